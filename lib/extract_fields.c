#include "extract_fields.h"

#include <medimail/record.h>
#include <medimail/whitelist.h>
#include <string.h>
#include <strings.h>

#include "postal.h"
#include "result.h"

/* Extract column of each mss_record_field, in mss_record_field order. */
static const size_t record_column[MSS_RECORD_FIELD_COUNT] = {
    MSS_EXTRACT_TYPE_BAL,       MSS_EXTRACT_ADDRESS,   MSS_EXTRACT_PP_TYPE,
    MSS_EXTRACT_PP_ID,          MSS_EXTRACT_IDNAT_PP,  MSS_EXTRACT_STRUCTURE_TYPE,
    MSS_EXTRACT_STRUCTURE_ID,   MSS_EXTRACT_LAST_NAME, MSS_EXTRACT_FIRST_NAME,
    MSS_NO_POSITION,            MSS_NO_POSITION,
};

/* Whether s is a followed by b. */
static bool is_concatenation(const char *s, const char *a, const char *b)
{
    for (; *a; a++, s++)
        if (*s != *a)
            return false;
    return strcmp(s, b) == 0;
}

bool mssi_extract_idnat_agrees(const char *const *f)
{
    const char *nat = f[MSS_EXTRACT_IDNAT_PP];
    return !*nat || is_concatenation(nat, f[MSS_EXTRACT_PP_TYPE], f[MSS_EXTRACT_PP_ID]);
}

static void check_record(const mss_extract_row *row, const struct mss_whitelist *wl, mss_result *res)
{
    const char *const *f = row->fields;
    mss_record rec = {
        .type = f[MSS_EXTRACT_TYPE_BAL],
        .address = f[MSS_EXTRACT_ADDRESS],
        .person_id_type = f[MSS_EXTRACT_PP_TYPE],
        .person_id = f[MSS_EXTRACT_PP_ID],
        .idnat_ps = f[MSS_EXTRACT_IDNAT_PP],
        .struct_id_type = f[MSS_EXTRACT_STRUCTURE_TYPE],
        .struct_id = f[MSS_EXTRACT_STRUCTURE_ID],
        .last_name = f[MSS_EXTRACT_LAST_NAME],
        .first_name = f[MSS_EXTRACT_FIRST_NAME],
    };
    /* The extract defines Identification nationale PP as the type followed
     * by the identifier: a value that is not is reported as such, rather
     * than as whatever else it happens to parse as. */
    bool idnat_mismatch = !mssi_extract_idnat_agrees(f);
    if (idnat_mismatch)
        rec.idnat_ps = "";
    mss_result rr;
    mss_record_check(&rec, wl, MSS_RECORD_NATIONAL_DATA, &rr);
    for (unsigned i = 0; i < rr.count; i++) {
        size_t field = rr.issues[i].field;
        size_t column = field < MSS_RECORD_FIELD_COUNT ? record_column[field] : MSS_NO_POSITION;
        mssi_report(res, rr.issues[i].code, rr.issues[i].offset, column);
    }
    res->dropped += rr.dropped;
    if (idnat_mismatch)
        mssi_report(res, MSS_ERR_RECORD_IDNAT_PS_MISMATCH, 0, MSS_EXTRACT_IDNAT_PP);
}

static void check_dematerialisation(const char *v, mss_result *res)
{
    if (*v && strcmp(v, "O") != 0 && strcmp(v, "N") != 0)
        mssi_report(res, MSS_ERR_EXTRACT_DEMATERIALISATION, 0, MSS_EXTRACT_DEMATERIALISATION);
}

/* The postal rules are French: an address abroad is not checked. */
static bool is_france(const char *country)
{
    return !*country || strcasecmp(country, "France") == 0 || strcasecmp(country, "FR") == 0
           || strcasecmp(country, "FRA") == 0;
}

static void check_location(const char *const *f, mss_result *res)
{
    const char *postal = f[MSS_EXTRACT_POSTAL_CODE];
    const char *department = f[MSS_EXTRACT_DEPARTMENT];
    if (!is_france(f[MSS_EXTRACT_COUNTRY]))
        return;
    bool postal_ok = *postal && mssi_postal_code_valid(postal);
    /* The column holds a code ("31", "2A", "974"); should a publication
     * spell the department out ("Haute-Garonne"), there is no code to
     * check, and a name is not an error. */
    bool department_is_code = *department >= '0' && *department <= '9';
    bool department_ok = department_is_code && mssi_department_exists(department);
    if (*postal && !postal_ok)
        mssi_report(res, MSS_ERR_EXTRACT_POSTAL_CODE, 0, MSS_EXTRACT_POSTAL_CODE);
    if (department_is_code && !department_ok)
        mssi_report(res, MSS_ERR_EXTRACT_DEPARTMENT, 0, MSS_EXTRACT_DEPARTMENT);
    if (postal_ok && department_ok && !mssi_postal_code_in_department(postal, department))
        mssi_report(res, MSS_ERR_EXTRACT_POSTAL_DEPARTMENT, 0, MSS_EXTRACT_DEPARTMENT);
}

/* The whitelist entry of the domain after the last '@', if listed. */
static const mss_whitelist_entry *listed_domain(const char *address, const struct mss_whitelist *wl)
{
    const char *at = strrchr(address, '@');
    return at ? mss_whitelist_lookup(wl, at + 1) : NULL;
}

void mssi_extract_check_fields(mss_extract_row *row, const struct mss_whitelist *wl, mss_result *res)
{
    const mss_whitelist_entry *listed;
    if (!mssi_extract_record_plain(row, wl, &listed)) {
        check_record(row, wl, res);
        if (!listed)
            listed = listed_domain(row->fields[MSS_EXTRACT_ADDRESS], wl);
    }
    row->listed = listed;
    check_dematerialisation(row->fields[MSS_EXTRACT_DEMATERIALISATION], res);
    check_location(row->fields, res);
}

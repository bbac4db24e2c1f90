/* The fast path of an extract row's record check. Nearly every row of the
 * national directory is a plainly valid mailbox: its type written as its
 * code, a lower-case ASCII address on a listed domain, compact identifiers
 * that are valid without a warning, names that are text. Such a row is
 * recognised here field by field, with no mss_record, no sub-results, no
 * normalisation and no second parse of Identification nationale PP.
 * Anything else gives false and the full check (check_record in
 * extract_fields.c, through mss_record_check) decides and reports: this file
 * only ever says "nothing to report", never why not. It relies on what the
 * row split has proved of the whole row: valid UTF-8, no C0 control
 * character, no DEL. tests/test_extract_plain.c checks, on rows built
 * around every case it leaves to the full check, that the full check finds
 * nothing wherever this says so, and that it does take the usual rows. */
#include <string.h>

#include "address_internal.h"
#include "bal_type.h"
#include "extract_fields.h"
#include "ids_internal.h"
#include "result.h"
#include "whitelist_table.h"

/* The type when written exactly as its code ("PER"), else NULL. */
static const mssi_bal_type_info *plain_type(const char *s, mss_bal_type *type)
{
    for (int t = 0; t < MSS_BAL_TYPE_COUNT; t++) {
        const mssi_bal_type_info *info = mssi_bal_type_info_of((mss_bal_type)t);
        const char *c = info->code;
        if (s[0] == c[0] && s[1] == c[1] && s[2] == c[2] && s[3] == '\0') {
            *type = (mss_bal_type)t;
            return info;
        }
    }
    return NULL;
}

static bool plain_local_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

/* An address that mss_address_check() passes without a word: a dot-atom
 * local part of lower-case letters, digits, hyphens and underscores, a
 * domain the whitelist holds as written (normalised names only, so generic
 * or whitelisted, and public: right for every type), the RFC lengths, and
 * the type's conventions. local receives the local part. */
static bool plain_address(const char *a, const mssi_bal_type_info *info, mss_bal_type type,
                          const mss_whitelist *wl, char local[MSS_LOCAL_MAX + 1])
{
    size_t at = 0;
    for (; a[at] != '@'; at++) {
        char c = a[at];
        if (at == MSS_LOCAL_MAX || !(plain_local_char(c) || (c == '.' && at > 0 && a[at - 1] != '.')))
            return false;
        local[at] = c;
    }
    if (at == 0 || a[at - 1] == '.')
        return false;
    local[at] = '\0';
    const char *domain = a + at + 1;
    size_t dlen = strlen(domain);
    if (dlen == 0 || dlen > MSS_DOMAIN_MAX || at + 1 + dlen > MSS_ADDRESS_MAX ||
        !mssi_whitelist_find(wl, domain, dlen))
        return false;
    mss_result conventions;
    mss_result_init(&conventions);
    mssi_address_conventions(local, type, &conventions);
    return conventions.count == 0;
}

typedef enum plain_person { PLAIN_NONE, PLAIN_RPPS, PLAIN_ADELI, NOT_PLAIN } plain_person;

/* Type Identifiant PP "8" with an RPPS or "0" with an ADELI, compact and
 * valid, Identification nationale PP empty or their concatenation; or all
 * three empty. */
static plain_person person_of(const char *const *f)
{
    const char *type = f[MSS_EXTRACT_PP_TYPE], *id = f[MSS_EXTRACT_PP_ID], *nat = f[MSS_EXTRACT_IDNAT_PP];
    if (!*type && !*id && !*nat)
        return PLAIN_NONE;
    if (!type[0] || type[1])
        return NOT_PLAIN;
    mss_id_kind kind = mssi_id_fast_inner_kind(MSS_ID_IDNAT_PS, type[0]);
    if (!mssi_id_fast_valid(kind, id, NULL) || (*nat && (nat[0] != type[0] || strcmp(nat + 1, id) != 0)))
        return NOT_PLAIN;
    return kind == MSS_ID_RPPS ? PLAIN_RPPS : PLAIN_ADELI;
}

/* Type identifiant structure and a compact identifier valid without a
 * warning: the inner one, or the whole IdNat_Struct repeating the type;
 * *present says whether there is one. False when not plain. */
static bool plain_structure(const char *const *f, bool *present)
{
    const char *type = f[MSS_EXTRACT_STRUCTURE_TYPE], *id = f[MSS_EXTRACT_STRUCTURE_ID];
    *present = *type || *id;
    if (!*present)
        return true;
    if (!type[0] || type[1])
        return false;
    return mssi_id_fast_valid(mssi_id_fast_inner_kind(MSS_ID_IDNAT_STRUCT, type[0]), id, NULL) ||
           (id[0] == type[0] && mssi_id_fast_valid(MSS_ID_IDNAT_STRUCT, id, NULL));
}

/* Text that the name check passes, in a row the split has proved to be
 * UTF-8 without C0 controls or DEL: what is left to refuse is a C1 control
 * (U+0080..U+009F, C2 80..C2 9F) and excess length. */
static bool plain_text(const char *s)
{
    size_t i = 0;
    for (; s[i] && i <= MSS_MAX_INPUT; i++)
        if ((unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] <= 0x9F)
            return false;
    return i <= MSS_MAX_INPUT;
}

/* The last name's ASCII form, as mssi_name_to_ascii() writes it; *plain is
 * false when the name check would report an error. Returns whether there
 * is a form (none: nothing to compare with the address). */
static bool last_name_ascii(const char *name, char ascii[MSS_LOCAL_MAX + 1], bool *plain)
{
    size_t n = 0;
    for (; (unsigned)((name[n] | 0x20) - 'a') < 26u; n++) {
        if (n == MSS_LOCAL_MAX)
            break;
        ascii[n] = (char)(name[n] | 0x20);
    }
    *plain = true;
    if (name[n] == '\0') { /* letters only, the usual name */
        ascii[n] = '\0';
        return n > 0;
    }
    int rc = mssi_name_to_ascii(name, MSS_EXTRACT_LAST_NAME, ascii, MSS_LOCAL_MAX + 1, NULL);
    *plain = rc != MSS_ERR_INVALID_UTF8 && rc != MSS_ERR_CONTROL_CHARACTER && rc != MSS_ERR_TOO_LONG;
    return rc == MSS_OK;
}

bool mssi_extract_record_plain(const mss_extract_row *row, const mss_whitelist *wl)
{
    const char *const *f = row->fields;
    mss_bal_type type;
    const mssi_bal_type_info *info = wl ? plain_type(f[MSS_EXTRACT_TYPE_BAL], &type) : NULL;
    if (!info)
        return false;
    char local[MSS_LOCAL_MAX + 1];
    if (!plain_address(f[MSS_EXTRACT_ADDRESS], info, type, wl, local))
        return false;

    /* The type's rules, as mss_record_check applies them to national data. */
    plain_person person = person_of(f);
    bool structure;
    if (person == NOT_PLAIN || !plain_structure(f, &structure))
        return false;
    if ((info->needs_rpps && person == PLAIN_NONE) || (info->rpps_forbidden && person == PLAIN_RPPS) ||
        (info->needs_structure && !structure))
        return false;

    if (!plain_text(f[MSS_EXTRACT_FIRST_NAME]))
        return false;
    char last[MSS_LOCAL_MAX + 1];
    bool plain;
    bool has_form = last_name_ascii(f[MSS_EXTRACT_LAST_NAME], last, &plain);
    return plain && !(info->nominative && has_form && !mssi_local_contains_name(local, last));
}

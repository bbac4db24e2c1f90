/* A mailbox record checked as a whole: every problem is reported, each
 * tied to its field, so a file checker can show them all at once. */
#include <string.h>

#include <medimail/ids.h>
#include <medimail/record.h>

#include "address_internal.h"
#include "bal_type.h"
#include "record_internal.h"
#include "result.h"

static const char *const field_names[MSS_RECORD_FIELD_COUNT] = {
    "type", "address", "person_id_type", "person_id", "idnat_ps", "struct_id_type", "struct_id",
    "last_name", "first_name", "notification_address", "responsible_address",
};

const char *mss_record_field_name(mss_record_field f)
{
    return (unsigned)f < MSS_RECORD_FIELD_COUNT ? field_names[f] : NULL;
}

static bool present(const char *s)
{
    return s && *s;
}

/* Identifier characters, as the identifier compact step counts them. */
static size_t significant_length(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += (unsigned)(*s - '0') < 10u || (unsigned)((*s | 0x20) - 'a') < 26u;
    return n;
}

/* Run one sub-check and file its issues under a field. */
static int merge_into(mss_result *res, int rc, const mss_result *sub, mss_record_field field)
{
    if (rc != MSS_OK && sub->count == 0)
        mssi_report(res, rc, MSS_NO_POSITION, field);
    mssi_result_merge(res, sub, 0, field);
    return rc;
}

/* The IdNat_PS of a prefix (0, 8 or 10) and a compact inner identifier,
 * which fits MSS_ID_BUFSIZE with its prefix by the identifier API's
 * contract. Built by hand: snprintf took 12 % of a directory row check. */
static void format_idnat(char out[MSS_ID_BUFSIZE], int prefix, const char *inner)
{
    size_t n = 0;
    if (prefix < 0 || prefix > 99) { /* impossible: an empty string matches nothing */
        out[0] = '\0';
        return;
    }
    if (prefix >= 10)
        out[n++] = (char)('0' + prefix / 10);
    out[n++] = (char)('0' + prefix % 10);
    size_t len = strnlen(inner, MSS_ID_BUFSIZE - 3);
    memcpy(out + n, inner, len);
    out[n + len] = '\0';
}

static mssi_person kind_of_prefix(int prefix)
{
    return prefix == 8 ? MSSI_PERSON_RPPS : prefix == 0 ? MSSI_PERSON_ADELI : MSSI_PERSON_ADDRESS;
}

/* An identifier given without its type: a valid bare identifier of one of
 * these kinds means the type field was forgotten, not that it is wrong. */
static bool is_bare(const char *id, const mss_id_kind *kinds, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (mss_id_is_valid(kinds[i], id))
            return true;
    return false;
}

/* The person identifier: person_id_type + person_id (with or without the
 * repeated prefix), or a full IdNat_PS in person_id; idnat_ps must agree. */
mssi_person mssi_record_check_person(const mss_record *rec, mss_result *res)
{
    char compact[MSS_ID_BUFSIZE]; /* the IdNat_PS */
    const char *type = rec->person_id_type, *id = rec->person_id;
    mss_result sub;
    mss_idnat nat;
    if (!present(id)) {
        if (present(type)) {
            mssi_report(res, MSS_ERR_RECORD_ID_MISSING, MSS_NO_POSITION, MSS_RECORD_FIELD_PERSON_ID);
            return MSSI_PERSON_INVALID;
        }
        if (!present(rec->idnat_ps))
            return MSSI_PERSON_NONE;
        /* The national form alone identifies the holder. */
        if (merge_into(res, mss_idnat_ps_parse(rec->idnat_ps, &nat, &sub), &sub, MSS_RECORD_FIELD_IDNAT_PS))
            return MSSI_PERSON_INVALID;
        format_idnat(compact, nat.prefix, nat.inner);
        return kind_of_prefix(nat.prefix);
    }
    if (present(type)) {
        if (strcmp(type, "8") != 0 && strcmp(type, "0") != 0) {
            mssi_report(res, MSS_ERR_RECORD_PERSON_ID_TYPE, 0, MSS_RECORD_FIELD_PERSON_ID_TYPE);
            return MSSI_PERSON_INVALID;
        }
        mss_id_kind kind = type[0] == '8' ? MSS_ID_RPPS : MSS_ID_ADELI;
        size_t inner_len = kind == MSS_ID_RPPS ? 11 : 9;
        size_t skip = strspn(id, " .-");
        bool prefixed = id[skip] == type[0] && significant_length(id) == inner_len + 1; /* cheap test first */
        int rc = prefixed ? mss_idnat_ps_parse(id, &nat, &sub) : mss_id_check(kind, id, nat.inner, sizeof nat.inner, &sub);
        if (merge_into(res, rc, &sub, MSS_RECORD_FIELD_PERSON_ID))
            return MSSI_PERSON_INVALID;
        format_idnat(compact, type[0] - '0', nat.inner);
    } else {
        int rc = mss_idnat_ps_parse(id, &nat, &sub);
        static const mss_id_kind bare[] = {MSS_ID_RPPS, MSS_ID_ADELI};
        if (rc != MSS_OK && is_bare(id, bare, 2)) {
            mssi_report(res, MSS_ERR_RECORD_PERSON_ID_TYPE, MSS_NO_POSITION, MSS_RECORD_FIELD_PERSON_ID_TYPE);
            return MSSI_PERSON_INVALID;
        }
        if (merge_into(res, rc, &sub, MSS_RECORD_FIELD_PERSON_ID))
            return MSSI_PERSON_INVALID;
        format_idnat(compact, nat.prefix, nat.inner);
    }
    if (present(rec->idnat_ps)) {
        mss_idnat given;
        char given_compact[MSS_ID_BUFSIZE];
        if (merge_into(res, mss_idnat_ps_parse(rec->idnat_ps, &given, &sub), &sub, MSS_RECORD_FIELD_IDNAT_PS))
            return MSSI_PERSON_INVALID;
        format_idnat(given_compact, given.prefix, given.inner);
        if (strcmp(given_compact, compact) != 0) {
            mssi_report(res, MSS_ERR_RECORD_IDNAT_PS_MISMATCH, 0, MSS_RECORD_FIELD_IDNAT_PS);
            return MSSI_PERSON_INVALID;
        }
    }
    return compact[0] == '8' ? MSSI_PERSON_RPPS : compact[0] == '0' ? MSSI_PERSON_ADELI : MSSI_PERSON_ADDRESS;
}

/* The structure identifier: struct_id_type + struct_id (with or without
 * the repeated prefix: the lengths tell), or a full IdNat_Struct.
 * Returns whether one is present and valid; errors go to res. */
int mssi_record_check_structure(const mss_record *rec, bool *found, mss_result *res)
{
    /* Inner kind and length per IdNat_Struct prefix; 5 and 6 are the
     * deprecated FINESS EJ/EG. */
    static const struct {
        mss_id_kind kind;
        size_t length;
    } inner[] = {
        {MSS_ID_ADELI_RANG, 11}, {MSS_ID_FINESS, 9}, {MSS_ID_SIREN, 9}, {MSS_ID_SIRET, 14},
        {MSS_ID_RPPS_RANG, 14},  {MSS_ID_FINESS, 9}, {MSS_ID_FINESS, 9},
    };
    const char *type = rec->struct_id_type, *id = rec->struct_id;
    mss_result sub;
    mss_idnat nat;
    *found = false;
    if (!present(id)) {
        if (!present(type))
            return MSS_OK;
        return mssi_report(res, MSS_ERR_RECORD_ID_MISSING, MSS_NO_POSITION, MSS_RECORD_FIELD_STRUCT_ID);
    }
    int rc;
    if (present(type)) {
        unsigned prefix = (unsigned)(type[0] - '0');
        if (type[1] != '\0' || prefix >= sizeof inner / sizeof inner[0])
            return mssi_report(res, MSS_ERR_RECORD_STRUCT_ID_TYPE, 0, MSS_RECORD_FIELD_STRUCT_ID_TYPE);
        size_t skip = strspn(id, " .-");
        if (significant_length(id) == inner[prefix].length + 1) {
            if (id[skip] != type[0])
                return mssi_report(res, MSS_ERR_RECORD_ID_TYPE_MISMATCH, skip, MSS_RECORD_FIELD_STRUCT_ID);
            rc = mss_idnat_struct_parse(id, &nat, &sub);
        } else {
            rc = mss_id_check(inner[prefix].kind, id, NULL, 0, &sub);
            if (rc == MSS_OK && prefix >= 5)
                mssi_report(res, MSS_WARN_IDNAT_DEPRECATED_PREFIX, 0, MSS_RECORD_FIELD_STRUCT_ID_TYPE);
        }
    } else {
        rc = mss_idnat_struct_parse(id, &nat, &sub);
        static const mss_id_kind bare[] = {MSS_ID_FINESS, MSS_ID_SIREN, MSS_ID_SIRET, MSS_ID_RPPS_RANG};
        if (rc != MSS_OK && is_bare(id, bare, 4))
            return mssi_report(res, MSS_ERR_RECORD_STRUCT_ID_TYPE, MSS_NO_POSITION,
                               MSS_RECORD_FIELD_STRUCT_ID_TYPE);
    }
    *found = rc == MSS_OK;
    return merge_into(res, rc, &sub, MSS_RECORD_FIELD_STRUCT_ID);
}

/* An address field other than the box's own: valid syntax on a public
 * domain; fills parts. */
static int check_other_address(const char *address, mss_record_field field, const mss_whitelist *wl,
                               mss_address_parts *parts, mss_result *res)
{
    mss_result sub;
    mss_result_init(&sub);
    size_t at = 0, len = strnlen(address, MSS_MAX_INPUT + 1);
    int rc = mssi_address_syntax(address, len, wl, parts, &at, &sub);
    if (rc == MSS_OK)
        rc = mssi_address_domain_rules(parts, at, len - at, MSS_BAL_INT, wl, &sub);
    return merge_into(res, rc, &sub, field);
}

static bool is_local_separator(char c)
{
    return c == '.' || c == '-' || c == '_';
}

/* Whether the name's letters start at lp, separators ignored. */
static bool name_starts_at(const char *lp, const char *np)
{
    for (;; lp++, np++) {
        while (is_local_separator(*lp))
            lp++;
        while (*np == '-')
            np++;
        if (!*np)
            return true;
        if (*lp != *np)
            return false;
    }
}

bool mssi_local_contains_name(const char *local, const char *name)
{
    /* Most local parts hold the name as a word of their own (nom.prenom,
     * prenom.nom): tried in place at each word first, without the copies
     * below. A match there is a match of the search below. */
    for (const char *w = local;; w++) {
        if (name_starts_at(w, name))
            return true;
        while (*w && !is_local_separator(*w))
            w++;
        if (!*w)
            break;
    }
    char l[MSS_LOCAL_MAX + 1], n[MSS_LOCAL_MAX + 1];
    size_t ln = 0, nn = 0;
    for (; *local; local++)
        if (!is_local_separator(*local))
            l[ln++] = *local;
    l[ln] = '\0';
    for (; *name && nn < MSS_LOCAL_MAX; name++)
        if (*name != '-')
            n[nn++] = *name;
    n[nn] = '\0';
    return strstr(l, n) != NULL;
}

/* Names are free text, but text: invalid UTF-8 or a control character is an
 * error. Returns the ASCII form of the name when it has one, else "". */
static void check_name(const char *name, mss_record_field field, char *ascii, size_t len, mss_result *res)
{
    ascii[0] = '\0';
    if (!present(name))
        return;
    mss_result sub;
    mss_result_init(&sub);
    int rc = mssi_name_to_ascii(name, field, ascii, len, &sub);
    if (rc == MSS_ERR_INVALID_UTF8 || rc == MSS_ERR_CONTROL_CHARACTER || rc == MSS_ERR_TOO_LONG)
        mssi_result_merge(res, &sub, 0, field);
    if (rc != MSS_OK)
        ascii[0] = '\0';
}

/* A name checked as text only (its ASCII form is not needed): printable
 * ASCII is text, and transliterating it could only end in an error that is
 * not reported, so it is skipped. */
static void check_name_text(const char *name, mss_record_field field, mss_result *res)
{
    if (!present(name))
        return;
    size_t i = 0;
    while (i <= MSS_MAX_INPUT && (unsigned char)name[i] >= 0x20 && (unsigned char)name[i] < 0x7F)
        i++;
    if (name[i] == '\0' && i <= MSS_MAX_INPUT)
        return;
    char ascii[MSS_LOCAL_MAX + 1];
    check_name(name, field, ascii, sizeof ascii, res);
}

void mssi_record_check_type_rules(const mss_record *rec, const mssi_bal_type_info *info, mssi_person person,
                                  bool has_structure, unsigned flags, mss_result *res)
{
    mss_record_field person_field = present(rec->person_id) ? MSS_RECORD_FIELD_PERSON_ID
                                    : present(rec->idnat_ps) ? MSS_RECORD_FIELD_IDNAT_PS
                                                             : MSS_RECORD_FIELD_PERSON_ID;
    if (info->needs_rpps && person != MSSI_PERSON_INVALID && person != MSSI_PERSON_RPPS &&
        !(person == MSSI_PERSON_ADELI && (flags & MSS_RECORD_NATIONAL_DATA)))
        mssi_report(res, MSS_ERR_RECORD_RPPS_REQUIRED, MSS_NO_POSITION, person_field);
    if (info->rpps_forbidden && person == MSSI_PERSON_RPPS)
        mssi_report(res, MSS_ERR_RECORD_RPPS_FORBIDDEN, MSS_NO_POSITION, person_field);
    if (info->needs_structure && !has_structure && !present(rec->struct_id) && !present(rec->struct_id_type))
        mssi_report(res, MSS_ERR_RECORD_STRUCT_ID_REQUIRED, MSS_NO_POSITION, MSS_RECORD_FIELD_STRUCT_ID);
    /* The national directory has no column for it: only account data can
     * say who is responsible. */
    if (info->needs_responsible && !present(rec->responsible_address) && !(flags & MSS_RECORD_NATIONAL_DATA))
        mssi_report(res, MSS_ERR_RECORD_RESPONSIBLE_REQUIRED, MSS_NO_POSITION,
                    MSS_RECORD_FIELD_RESPONSIBLE_ADDRESS);
}

int mss_record_check(const mss_record *rec, const mss_whitelist *wl, unsigned flags, mss_result *res)
{
    mss_result local;
    if (!res)
        res = &local; /* the answer is the first error: keep count even unasked */
    mss_result_init(res);
    if (!rec)
        return mssi_fail(res, MSS_ERR_NULL_ARGUMENT, MSS_NO_POSITION);

    const mssi_bal_type_info *info = NULL;
    mss_bal_type type = MSS_BAL_PER;
    if (!present(rec->type))
        mssi_report(res, MSS_ERR_RECORD_TYPE_MISSING, MSS_NO_POSITION, MSS_RECORD_FIELD_TYPE);
    else if (mss_bal_type_parse(rec->type, &type) != MSS_OK)
        mssi_report(res, MSS_ERR_BAL_TYPE_UNKNOWN, 0, MSS_RECORD_FIELD_TYPE);
    else
        info = mssi_bal_type_info_of(type);

    mss_address_parts own;
    bool own_valid = false;
    mss_result sub;
    if (!present(rec->address)) {
        mssi_report(res, MSS_ERR_RECORD_ADDRESS_MISSING, MSS_NO_POSITION, MSS_RECORD_FIELD_ADDRESS);
    } else {
        int rc = info ? mss_address_check(rec->address, type, wl, &own, &sub)
                      : mss_address_check_syntax(rec->address, &own, &sub);
        own_valid = merge_into(res, rc, &sub, MSS_RECORD_FIELD_ADDRESS) == MSS_OK;
    }

    mssi_person person = mssi_record_check_person(rec, res);
    bool has_structure;
    mssi_record_check_structure(rec, &has_structure, res);
    if (info)
        mssi_record_check_type_rules(rec, info, person, has_structure, flags, res);

    if (present(rec->responsible_address)) {
        mss_address_parts resp;
        if (check_other_address(rec->responsible_address, MSS_RECORD_FIELD_RESPONSIBLE_ADDRESS, wl, &resp,
                                res) == MSS_OK) {
            if (!mssi_local_is_nominative(resp.local))
                mssi_report(res, MSS_WARN_ADDRESS_NOT_NOMINATIVE, 0, MSS_RECORD_FIELD_RESPONSIBLE_ADDRESS);
            if (own_valid && strcmp(resp.address, own.address) == 0)
                mssi_report(res, MSS_ERR_RECORD_RESPONSIBLE_SELF, 0, MSS_RECORD_FIELD_RESPONSIBLE_ADDRESS);
        }
    }
    if (present(rec->notification_address)) {
        mss_address_parts notif;
        if (check_other_address(rec->notification_address, MSS_RECORD_FIELD_NOTIFICATION_ADDRESS, wl, &notif,
                                res) == MSS_OK &&
            (notif.domain_class == MSS_DOMAIN_GENERIC || notif.domain_class == MSS_DOMAIN_WHITELISTED ||
             notif.domain_class == MSS_DOMAIN_UNVERIFIED))
            mssi_report(res, MSS_WARN_RECORD_NOTIFICATION_MSSANTE, 0, MSS_RECORD_FIELD_NOTIFICATION_ADDRESS);
    }

    char last[MSS_LOCAL_MAX + 1];
    check_name(rec->last_name, MSS_RECORD_FIELD_LAST_NAME, last, sizeof last, res);
    check_name_text(rec->first_name, MSS_RECORD_FIELD_FIRST_NAME, res);
    if (info && info->nominative && own_valid && last[0] && !mssi_local_contains_name(own.local, last))
        mssi_report(res, MSS_WARN_RECORD_NAME_NOT_IN_ADDRESS, 0, MSS_RECORD_FIELD_ADDRESS);
    return res->code;
}

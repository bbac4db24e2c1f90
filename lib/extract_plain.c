/* The fast path of an extract row's record check. Nearly every row of the
 * national directory is a plainly valid mailbox: its type written as its
 * code, a lower-case ASCII address on a listed domain, compact identifiers
 * that are valid without a warning, names that are text. Such a row is
 * recognised here field by field, with no sub-results, no normalisation
 * and no second parse of Identification nationale PP; an identifier that
 * is not so plain goes through the record's own check of its part alone.
 * When anything would be reported this gives false and the full check
 * (check_record in extract_fields.c, through mss_record_check) reports it
 * in order: this file only ever says "nothing to report", never why not.
 * It relies on what the row split has proved of the whole row: valid
 * UTF-8, no C0 control character, no DEL. tests/test_extract_plain.c checks, on rows built
 * around every case it leaves to the full check, that the full check finds
 * nothing wherever this says so, and that it does take the usual rows;
 * tests/test_conventions.c checks the local part's one-pass decision. */
#include <stdint.h>
#include <string.h>

#include "address_internal.h"
#include "bal_type.h"
#include "extract_fields.h"
#include "ids_internal.h"
#include "octets.h"
#include "record_internal.h"
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

#ifdef __SSE2__
/* strlen() of a column of a split row whose end is followed by 29 octets
 * or more: thirty-two octets are read at once when the first two are not
 * its end (then there is room for them), and most domains end there. */
static size_t text_length(const char *s)
{
    unsigned end = mssi_equal16(mssi_load16(s), '\0');
    if (end & 3)
        return end & 1 ? 0 : 1;
    end |= mssi_equal16(mssi_load16(s + 16), '\0') << 16;
    return end ? (size_t)__builtin_ctz(end) : 32 + strlen(s + 32);
}
#endif

/* An address that mss_address_check() passes without a word: a dot-atom
 * local part of plain words, a domain the whitelist holds as written
 * (normalised names only, so generic or whitelisted, and public: right for
 * every type), the RFC lengths, and the type's conventions. local receives
 * the local part (up to 32 octets: then NULs up to 48), *listed the
 * domain's entry. Returns the local part's length, 0 when not plain. */
static size_t plain_address(const char *a, mss_bal_type type, const mss_whitelist *wl,
                            char local[MSS_LOCAL_MAX + 1], const mss_whitelist_entry **listed)
{
    size_t at = mssi_local_quiet_length(a, type);
    if (at == 0 || at > MSS_LOCAL_MAX)
        return 0;
    const char *domain = a + at + 1;
    size_t dlen;
#ifdef __SSE2__
    /* Column 1 of a split row is followed by 29 NULs or more (one per later
     * column and the line's): the usual local part is copied and the
     * usual domain measured in fixed blocks, not by calls whose branches
     * follow their lengths. */
    if (at <= 32) {
        mssi_store16(local, mssi_load16(a));
        mssi_store16(local + 16, mssi_load16(a + 16));
        mssi_store16(local + 32, _mm_setzero_si128()); /* for holds_name */
    } else {
        memcpy(local, a, at);
    }
    dlen = text_length(domain);
#else
    memcpy(local, a, at);
    dlen = strlen(domain);
#endif
    local[at] = '\0';
    bool listed_domain = at + 1 + dlen <= MSS_ADDRESS_MAX &&
                         (*listed = mssi_whitelist_find(wl, domain, dlen)) != NULL; /* lists no empty name */
    return listed_domain ? at : 0;
}

/* The holder. A type 8 or 0 with a compact RPPS or ADELI valid without a
 * warning is seen at once (Identification nationale PP, if given, is
 * their concatenation: checked before); anything else goes through the
 * record's own check, whose issues land in res. */
static mssi_person person_of(const mss_record *rec, mss_result *res)
{
    const char *type = rec->person_id_type;
    if (type[0] && !type[1]) {
        mss_id_kind kind = mssi_id_fast_inner_kind(MSS_ID_IDNAT_PS, type[0]);
        if (mssi_id_fast_valid(kind, rec->person_id, NULL))
            return kind == MSS_ID_RPPS ? MSSI_PERSON_RPPS : MSSI_PERSON_ADELI;
    }
    return mssi_record_check_person(rec, res);
}

/* Whether there is a valid structure identifier. A one-digit type with a
 * compact identifier valid without a warning, inner or the whole
 * IdNat_Struct repeating the type, is seen at once; anything else goes
 * through the record's own check, whose issues land in res. */
static bool structure_of(const mss_record *rec, mss_result *res)
{
    const char *type = rec->struct_id_type, *id = rec->struct_id;
    if (type[0] && !type[1] &&
        (mssi_id_fast_valid(mssi_id_fast_inner_kind(MSS_ID_IDNAT_STRUCT, type[0]), id, NULL) ||
         (id[0] == type[0] && mssi_id_fast_valid(MSS_ID_IDNAT_STRUCT, id, NULL))))
        return true;
    bool found;
    mssi_record_check_structure(rec, &found, res);
    return found;
}

#ifdef __SSE2__
/* The sixteen octets from the start of a name column. In a split row every
 * column is followed by a NUL per later column (a bar was there) and the
 * line's own NUL: 20 or more after the names (columns 9 and 10), so a name
 * shorter than sixteen octets is read whole without reading past the line.
 * *before receives the mask of the octets before the name's NUL (none
 * found: 0, and the caller looks octet by octet). */
static __m128i name_block(const char *name, unsigned *before)
{
    __m128i v = mssi_load16(name);
    unsigned end = mssi_equal16(v, '\0');
    *before = end ? (end & (0u - end)) - 1 : 0;
    return v;
}
#endif

/* Text that the name check passes, in a row the split has proved to be
 * UTF-8 without C0 controls or DEL: what is left to refuse is a C1 control
 * (U+0080..U+009F, C2 80..C2 9F) and excess length. A name with no C2 at
 * all is seen in one block, with no branch on its length. */
static bool plain_text(const char *s)
{
#ifdef __SSE2__
    unsigned before;
    __m128i v = name_block(s, &before);
    if ((s[0] == '\0' || before) &&
        !(mssi_equal16(v, (char)0xC2) & before))
        return true;
#endif
    size_t i = 0;
    for (; s[i] && i <= MSS_MAX_INPUT; i++)
        if ((unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] <= 0x9F)
            return false;
    return i <= MSS_MAX_INPUT;
}

/* The last name's ASCII form, as mssi_name_to_ascii() writes it; *plain is
 * false when the name check would report an error; *letters is the form's
 * length when it is letters only and was read in one block (1 to 15,
 * ascii then holds sixteen defined octets), else 0. Returns whether there
 * is a form (none: nothing to compare with the address). */
static bool last_name_ascii(const char *name, char ascii[MSS_LOCAL_MAX + 1], bool *plain, size_t *letters)
{
    *letters = 0;
#ifdef __SSE2__
    unsigned before;
    __m128i v = name_block(name, &before), lower = _mm_or_si128(v, _mm_set1_epi8(0x20));
    unsigned alpha = mssi_in16(lower, 'a', 26);
    if (before && (alpha & before) == before) { /* letters only, the usual name, in one block */
        mssi_store16(ascii, lower);
        *letters = (size_t)__builtin_ctz(before + 1);
        ascii[*letters] = '\0';
        *plain = true;
        return true;
    }
#endif
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

#ifdef __SSE2__
/* Whether the local part (llen octets, then NULs to 48) holds the name's n
 * letters (1 to 15, in a buffer of sixteen defined octets) as they are:
 * positions where the first and the last letter both fall are candidates
 * (usually one), each compared whole. False also when that cannot be
 * told at once (a longer local part or name, or the name cut by a
 * separator): mssi_local_contains_name() decides then. */
static bool holds_name(const char *local, size_t llen, const char *name, size_t n)
{
    if (n == 0 || llen > 32 || n > llen)
        return false;
    uint32_t starts = mssi_equal32(mssi_load32(local), name[0]);
    /* where the last letter falls, for each start */
    uint32_t ends = mssi_equal32(mssi_load32(local + n - 1), name[n - 1]);
    /* starts from 0 to llen - n: the name within the local part */
    uint32_t candidates = starts & ends & (uint32_t)(((uint64_t)1 << (llen - n + 1)) - 1);
    __m128i want = mssi_load16(name);
    unsigned whole = (1u << n) - 1;
    for (; candidates; candidates &= candidates - 1) {
        if ((mssi_same16(mssi_load16(local + __builtin_ctz(candidates)), want) & whole) == whole)
            return true;
    }
    return false;
}
#endif

bool mssi_extract_record_plain(const mss_extract_row *row, const mss_whitelist *wl,
                               const mss_whitelist_entry **listed)
{
    const char *const *f = row->fields;
    *listed = NULL;
    mss_bal_type type;
    const mssi_bal_type_info *info = wl ? plain_type(f[MSS_EXTRACT_TYPE_BAL], &type) : NULL;
    char local[MSS_LOCAL_MAX + 1];
    size_t llen = info ? plain_address(f[MSS_EXTRACT_ADDRESS], type, wl, local, listed) : 0;
    if (llen == 0 || !mssi_extract_idnat_agrees(f))
        return false;

    const mss_record rec = {
        .person_id_type = f[MSS_EXTRACT_PP_TYPE], .person_id = f[MSS_EXTRACT_PP_ID],
        .idnat_ps = f[MSS_EXTRACT_IDNAT_PP], .struct_id_type = f[MSS_EXTRACT_STRUCTURE_TYPE],
        .struct_id = f[MSS_EXTRACT_STRUCTURE_ID],
    };
    mss_result issues;
    mss_result_init(&issues);
    mssi_person person = person_of(&rec, &issues);
    bool structure = structure_of(&rec, &issues);
    mssi_record_check_type_rules(&rec, info, person, structure, MSS_RECORD_NATIONAL_DATA, &issues);
    if (issues.count > 0 || !plain_text(f[MSS_EXTRACT_FIRST_NAME]))
        return false;
    char last[MSS_LOCAL_MAX + 1];
    bool plain;
    size_t letters;
    bool has_form = last_name_ascii(f[MSS_EXTRACT_LAST_NAME], last, &plain, &letters);
    if (!plain)
        return false;
    if (!info->nominative || !has_form)
        return true;
#ifdef __SSE2__
    if (holds_name(local, llen, last, letters))
        return true;
#else
    (void)llen;
    (void)letters;
#endif
    return mssi_local_contains_name(local, last);
}

/* The fast path of the identifier checks. Nearly every identifier checked
 * in bulk (a directory row, a form field) is compact, all digits, of the
 * exact length, and valid without a warning: that case is recognised here in
 * one pass over the digits that also sums the Luhn key, with no working copy,
 * no descriptor and no indirect call. Anything else (separators, Corsican
 * letters, La Poste, overseas FINESS, ADELI-rang, an error, a warning) gives
 * 0 and the engine (ids.c, id_engine.c) decides and reports; so this file
 * only ever says "valid", never why not. tests/test_id_fast.c checks that it
 * agrees with the engine. */
#include <string.h>

#include "ids_internal.h"
#include "luhn.h"

/* Whether s is exactly len digits, then the end of the string, with a Luhn key. */
static bool luhn_number(const char *s, size_t len)
{
    int sum = mssi_luhn_digits(s, len);
    return sum >= 0 && sum % 10 == 0 && s[len] == '\0';
}

/* A department that the engine accepts without a word (no 00, 20, 96, 99). */
static bool known_department(const char *s)
{
    mssi_id_source quiet = { .in = s };
    mssi_id_span sp = { .s = s, .len = 9, .chars = MSSI_CHARS_DIGITS, .src = &quiet };
    return mssi_id_department(&sp, MSS_ERR_FINESS_DEPARTMENT) == MSS_OK;
}

/* Length of s when it is a plain valid identifier of the kind, else 0. */
static size_t plain_valid(mss_id_kind kind, const char *s)
{
    switch (kind) {
    case MSS_ID_SIREN:
        return luhn_number(s, 9) ? 9 : 0;
    case MSS_ID_SIRET:
        return luhn_number(s, 14) && mssi_luhn_digits(s, 9) % 10 == 0 && mssi_siret_luhn_keyed(s)
                   ? 14 : 0;
    case MSS_ID_FINESS:
        /* Overseas numbers (97x, 98x) have rules of their own; a third
         * character other than 0 is a warning. */
        return luhn_number(s, 9) && s[2] == '0' && !(s[0] == '9' && (s[1] == '7' || s[1] == '8')) &&
                       known_department(s)
                   ? 9 : 0;
    case MSS_ID_RPPS: /* not starting with 10 is a warning */
        return luhn_number(s, 11) && s[0] == '1' && s[1] == '0' ? 11 : 0;
    case MSS_ID_RPPS_RANG:
        return luhn_number(s, 14) ? 14 : 0;
    case MSS_ID_ADELI:
        return luhn_number(s, 9) && known_department(s) ? 9 : 0;
    default:
        return 0;
    }
}

mss_id_kind mssi_id_fast_inner_kind(mss_id_kind kind, char prefix)
{
    if (kind == MSS_ID_IDNAT_PS)
        return prefix == '8' ? MSS_ID_RPPS : prefix == '0' ? MSS_ID_ADELI : MSS_ID_ADDRESS;
    /* IdNat_Struct: ADELI-rang (0) is rare, 5 and 6 are deprecated (a warning). */
    static const mss_id_kind by_prefix[] = { MSS_ID_ADDRESS, MSS_ID_FINESS, MSS_ID_SIREN,
                                             MSS_ID_SIRET, MSS_ID_RPPS_RANG };
    unsigned p = (unsigned)(prefix - '0');
    return p < sizeof by_prefix / sizeof by_prefix[0] ? by_prefix[p] : MSS_ID_ADDRESS;
}

size_t mssi_id_fast_valid(mss_id_kind kind, const char *in, mss_idnat *nat)
{
    if (kind != MSS_ID_IDNAT_PS && kind != MSS_ID_IDNAT_STRUCT)
        return plain_valid(kind, in);
    mss_id_kind inner = mssi_id_fast_inner_kind(kind, in[0]);
    size_t len = plain_valid(inner, in + 1);
    if (len > 0 && nat) {
        nat->prefix = in[0] - '0';
        nat->inner_kind = inner;
        memcpy(nat->inner, in + 1, len + 1);
    }
    return len > 0 ? len + 1 : 0;
}

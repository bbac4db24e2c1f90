/* Domain names: syntax limits and IDNA normalisation (libidn2). Plain ASCII,
 * by far the common case, is checked and folded in place without touching
 * libidn2; anything non-ASCII, and ASCII `xn--` labels that must be decoded
 * to be trusted, go through idn2_lookup_u8 (IDNA2008 + UTS#46 mapping,
 * non-transitional). */
#include <idn2.h>
#include <string.h>
#include <unistr.h>

#include "domain_internal.h"
#include "result.h"

size_t mssi_input_length(const char *s)
{
    return strnlen(s, (size_t)MSS_MAX_INPUT + 1);
}

static unsigned char fold(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? (unsigned char)(c + ('a' - 'A')) : c;
}

/* A label ends at `end` (a dot or the end of the input). *alabel is set when
 * it is an `xn--` label, which only libidn2 can validate. The octet limit
 * applies to ASCII only: a Unicode label is measured as an A-label. */
static int check_label(const unsigned char *in, size_t start, size_t end, size_t len, bool ascii, bool *alabel,
                       mss_result *res)
{
    if (end == start) {
        if (end == len && end > 0)
            return mssi_fail(res, MSS_ERR_DOMAIN_TRAILING_DOT, end - 1);
        return mssi_fail(res, MSS_ERR_DOMAIN_EMPTY_LABEL, start);
    }
    if (in[start] == '-')
        return mssi_fail(res, MSS_ERR_DOMAIN_HYPHEN, start);
    if (ascii && end - start > MSS_LABEL_MAX)
        return mssi_fail(res, MSS_ERR_DOMAIN_LABEL_TOO_LONG, start);
    if (in[end - 1] == '-')
        return mssi_fail(res, MSS_ERR_DOMAIN_HYPHEN, end - 1);
    /* IDNA2008 reserves "??--" labels; only the xn-- prefix is defined.
     * Octets 3 and 4 are characters 3 and 4 only when the first two are
     * ASCII ("é--m" is fine): other labels are libidn2's to judge. */
    if (end - start >= 4 && in[start] < 0x80 && in[start + 1] < 0x80 && in[start + 2] == '-' &&
        in[start + 3] == '-') {
        if (fold(in[start]) != 'x' || fold(in[start + 1]) != 'n')
            return mssi_fail(res, MSS_ERR_DOMAIN_IDNA, start);
        *alabel = true;
    }
    return MSS_OK;
}

/* scan_labels met a byte >= 0x80 in ASCII mode: the name needs IDNA. */
#define NOT_ASCII 1

/* Check the label structure and the characters. When `folded` is given it
 * receives the input lowercased, the octet limits are enforced, and a byte
 * >= 0x80 stops the scan with NOT_ASCII. Without it (Unicode input, before
 * libidn2) such bytes count as label content and limits wait for the
 * A-label. This is the hot path of every lookup: one pass, letters first. */
static int scan_labels(const unsigned char *in, size_t len, char *folded, bool *alabel, mss_result *res)
{
    size_t end = folded && len > MSS_DOMAIN_MAX ? MSS_DOMAIN_MAX : len, start = 0;
    *alabel = false;
    for (size_t i = 0; i < end; i++) {
        unsigned char c = in[i], lower = c | 0x20;
        if ((unsigned)(lower - 'a') < 26u) {
            c = lower;
        } else if (c == '.') {
            int rc = check_label(in, start, i, len, folded != NULL, alabel, res);
            if (rc != MSS_OK)
                return rc;
            start = i + 1;
        } else if (c >= 0x80 && folded) {
            return NOT_ASCII;
        } else if (!((unsigned)(c - '0') < 10u || c == '-' || c >= 0x80)) {
            bool control = c < 0x20 || c == 0x7f;
            return mssi_fail(res, control ? MSS_ERR_CONTROL_CHARACTER : MSS_ERR_DOMAIN_INVALID_CHARACTER, i);
        }
        if (folded)
            folded[i] = (char)c;
    }
    if (end < len)
        return mssi_fail(res, MSS_ERR_DOMAIN_TOO_LONG, MSS_DOMAIN_MAX);
    int rc = check_label(in, start, len, len, folded != NULL, alabel, res);
    if (rc == MSS_OK && folded)
        folded[len] = '\0';
    return rc;
}

static int code_of_idn2(int rc)
{
    switch (rc) {
    case IDN2_MALLOC:
        return MSS_ERR_NO_MEMORY;
    case IDN2_TOO_BIG_DOMAIN:
        return MSS_ERR_DOMAIN_TOO_LONG;
    case IDN2_TOO_BIG_LABEL:
    case IDN2_PUNYCODE_BIG_OUTPUT: /* the A-label would exceed 63 octets */
        return MSS_ERR_DOMAIN_LABEL_TOO_LONG;
    case IDN2_HYPHEN_STARTEND:
        return MSS_ERR_DOMAIN_HYPHEN;
    default:
        return MSS_ERR_DOMAIN_IDNA;
    }
}

static int idna_lookup(const char *z, char **alabel)
{
    uint8_t *a = NULL;
    int rc = idn2_lookup_u8((const uint8_t *)z, &a, IDN2_NONTRANSITIONAL | IDN2_NFC_INPUT);
    *alabel = (char *)a;
    return rc;
}

/* libidn2 judges a whole name; to say where, retry label by label (only on
 * the error path, so the extra allocations do not matter). */
static size_t idna_error_offset(const char *z, size_t len)
{
    char label[MSS_MAX_INPUT + 1];
    size_t start = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && z[i] != '.')
            continue;
        memcpy(label, z + start, i - start);
        label[i - start] = '\0';
        char *a = NULL;
        int rc = idna_lookup(label, &a);
        idn2_free(a);
        if (rc != IDN2_OK)
            return start;
        start = i + 1;
    }
    return 0;
}

/* Offset in `in` of the label that holds octet `at` of the A-label form;
 * both have the same labels unless UTS#46 mapped an ideographic dot. */
static size_t input_offset_of(const char *alabel, size_t at, const char *in, size_t len)
{
    size_t index = 0;
    for (size_t i = 0; i < at && alabel[i]; i++)
        index += alabel[i] == '.';
    for (size_t i = 0; i < len && index > 0; i++)
        if (in[i] == '.' && --index == 0)
            return i + 1;
    return 0;
}

/* libidn2 lets an A-label through when its Punycode decodes, whatever the
 * decoded label holds ("xn--oth" decodes to symbols IDNA refuses): an
 * A-label is valid only when its Unicode form maps back to it exactly. */
static bool alabel_round_trips(const char *label)
{
    char *u = NULL, *back = NULL;
    bool ok = idn2_to_unicode_8z8z(label, &u, 0) == IDN2_OK && idna_lookup(u, &back) == IDN2_OK &&
              strcmp(back, label) == 0;
    idn2_free(u);
    idn2_free(back);
    return ok;
}

/* Offset in `in` of the first label of the A-label form `a` that does not
 * round-trip, or MSS_NO_POSITION when they all do. */
static size_t first_bad_alabel(const char *a, const char *in, size_t len)
{
    char label[MSS_DOMAIN_BUFSIZE];
    for (size_t start = 0, i = 0;; i++) {
        if (a[i] != '.' && a[i] != '\0')
            continue;
        size_t n = i - start;
        if (n > 4 && n < sizeof label && strncmp(a + start, "xn--", 4) == 0) {
            memcpy(label, a + start, n);
            label[n] = '\0';
            if (!alabel_round_trips(label))
                return input_offset_of(a, start, in, len);
        }
        if (a[i] == '\0')
            return MSS_NO_POSITION;
        start = i + 1;
    }
}

/* Run z (NUL-terminated, len octets, label syntax already checked) through
 * libidn2 and check the A-label it gives; offsets refer to `in`. */
static int to_alabel(const char *in, const char *z, size_t len, char *out, size_t *outlen, mss_result *res)
{
    char *a = NULL;
    int rc = idna_lookup(z, &a);
    if (rc != IDN2_OK) {
        idn2_free(a);
        return mssi_fail(res, code_of_idn2(rc), rc == IDN2_MALLOC ? MSS_NO_POSITION : idna_error_offset(z, len));
    }
    size_t bad = strstr(a, "xn--") ? first_bad_alabel(a, in, len) : MSS_NO_POSITION;
    if (bad != MSS_NO_POSITION) {
        idn2_free(a);
        return mssi_fail(res, MSS_ERR_DOMAIN_IDNA, bad);
    }
    mss_result where;
    mss_result_init(&where);
    bool alabel;
    size_t alen = strlen(a);
    int code = scan_labels((const unsigned char *)a, alen, out, &alabel, &where);
    size_t offset = code == MSS_OK ? 0 : input_offset_of(a, where.offset, in, len);
    idn2_free(a);
    if (code != MSS_OK)
        return mssi_fail(res, code, offset);
    *outlen = alen;
    return MSS_OK;
}

static int normalize_unicode(const char *in, size_t len, char *out, size_t *outlen, mss_result *res)
{
    const uint8_t *bad = u8_check((const uint8_t *)in, len);
    if (bad)
        return mssi_fail(res, MSS_ERR_INVALID_UTF8, (size_t)(bad - (const uint8_t *)in));
    /* C1 controls (U+0080..U+009F) are encoded C2 80..C2 9F. */
    for (size_t i = 0; i + 1 < len; i++)
        if ((unsigned char)in[i] == 0xC2 && (unsigned char)in[i + 1] <= 0x9F)
            return mssi_fail(res, MSS_ERR_CONTROL_CHARACTER, i);
    bool alabel;
    int rc = scan_labels((const unsigned char *)in, len, NULL, &alabel, res);
    if (rc != MSS_OK)
        return rc;
    char z[MSS_MAX_INPUT + 1];
    memcpy(z, in, len);
    z[len] = '\0';
    return to_alabel(in, z, len, out, outlen, res);
}

int mssi_domain_normalize(const char *in, size_t len, char out[MSS_DOMAIN_BUFSIZE], size_t *outlen,
                          mss_result *res)
{
    if (len == 0)
        return mssi_fail(res, MSS_ERR_EMPTY, 0);
    if (len > MSS_MAX_INPUT)
        return mssi_fail(res, MSS_ERR_TOO_LONG, MSS_MAX_INPUT);
    bool alabel;
    int rc = scan_labels((const unsigned char *)in, len, out, &alabel, res);
    if (rc == NOT_ASCII)
        return normalize_unicode(in, len, out, outlen, res);
    if (rc != MSS_OK)
        return rc;
    if (alabel) {
        char folded[MSS_DOMAIN_BUFSIZE];
        memcpy(folded, out, len + 1);
        return to_alabel(in, folded, len, out, outlen, res);
    }
    *outlen = len;
    return MSS_OK;
}

int mss_domain_normalize_n(const char *in, size_t len, char *out, size_t outlen, mss_result *res)
{
    mss_result_init(res);
    if (!in || (!out && outlen > 0))
        return mssi_fail(res, MSS_ERR_NULL_ARGUMENT, MSS_NO_POSITION);
    char buf[MSS_DOMAIN_BUFSIZE];
    size_t n;
    int rc = mssi_domain_normalize(in, len, buf, &n, res);
    if (rc != MSS_OK)
        return rc;
    rc = mssi_copy_out(buf, n, out, outlen);
    return rc == MSS_OK ? MSS_OK : mssi_fail(res, rc, MSS_NO_POSITION);
}

int mss_domain_normalize(const char *in, char *out, size_t outlen, mss_result *res)
{
    if (!in) {
        mss_result_init(res);
        return mssi_fail(res, MSS_ERR_NULL_ARGUMENT, MSS_NO_POSITION);
    }
    return mss_domain_normalize_n(in, mssi_input_length(in), out, outlen, res);
}

/* Display form of a valid A-label name; libidn2 only when a label needs it. */
static int unicode_form(const char *a, size_t n, char *out, size_t outlen)
{
    if (!strstr(a, "xn--"))
        return mssi_copy_out(a, n, out, outlen);
    char *u = NULL;
    int rc = idn2_to_unicode_8z8z(a, &u, 0);
    rc = rc == IDN2_OK ? mssi_copy_out(u, strlen(u), out, outlen)
                       : rc == IDN2_MALLOC ? MSS_ERR_NO_MEMORY : MSS_ERR_DOMAIN_IDNA;
    idn2_free(u);
    return rc;
}

int mss_domain_to_unicode(const char *in, char *out, size_t outlen, mss_result *res)
{
    mss_result_init(res);
    if (!in || (!out && outlen > 0))
        return mssi_fail(res, MSS_ERR_NULL_ARGUMENT, MSS_NO_POSITION);
    char a[MSS_DOMAIN_BUFSIZE];
    size_t n;
    int rc = mssi_domain_normalize(in, mssi_input_length(in), a, &n, res);
    if (rc != MSS_OK)
        return rc;
    rc = unicode_form(a, n, out, outlen);
    return rc == MSS_OK ? MSS_OK : mssi_fail(res, rc, MSS_NO_POSITION);
}

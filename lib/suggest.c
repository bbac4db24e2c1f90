/* Conventional addresses from names: nom.prenom@domaine, as the Medimail
 * guide writes them. Names go through compatibility decomposition (NFKD)
 * with their combining marks dropped, so é, ü, ç, ñ, å, ǆ all fall back to
 * ASCII without a hand-made table; the few Latin letters that do not
 * decompose (œ, æ, ß, ø, ł, đ, þ...) have one. */
#include <string.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include <medimail/record.h>

#include "address_internal.h"
#include "bal_type.h"
#include "result.h"

static const struct {
    ucs4_t uc;
    const char *ascii;
} undecomposed[] = {
    {0x00C6, "ae"}, {0x00D0, "d"},  {0x00D8, "o"},  {0x00DE, "th"}, {0x00DF, "ss"}, {0x00E6, "ae"},
    {0x00F0, "d"},  {0x00F8, "o"},  {0x00FE, "th"}, {0x0110, "d"},  {0x0111, "d"},  {0x0126, "h"},
    {0x0127, "h"},  {0x0131, "i"},  {0x0141, "l"},  {0x0142, "l"},  {0x0152, "oe"}, {0x0153, "oe"},
    {0x0166, "t"},  {0x0167, "t"},  {0x1E9E, "ss"},
};

static const char *undecomposed_ascii(ucs4_t uc)
{
    for (size_t i = 0; i < sizeof undecomposed / sizeof undecomposed[0]; i++)
        if (undecomposed[i].uc == uc)
            return undecomposed[i].ascii;
    return NULL;
}

/* Between words: spaces, hyphens and dashes, underscores, dots (J.-P.). */
static bool is_word_break(ucs4_t uc)
{
    return uc == ' ' || uc == '-' || uc == '_' || uc == '.' || uc == 0x2010 || uc == 0x2011 ||
           uc == 0x2013;
}

/* Inside a word, dropped: O'Brien → obrien, N'Diaye → ndiaye, l·l → ll. */
static bool is_apostrophe(ucs4_t uc)
{
    return uc == '\'' || uc == '`' || uc == 0x00B4 || uc == 0x00B7 || uc == 0x02BC || uc == 0x2018 ||
           uc == 0x2019;
}

typedef struct writer {
    char *out;
    size_t outlen;
    size_t len;
    bool pending_break;
    bool overflow;
} writer;

static void append(writer *w, char c)
{
    if (w->len + 1 >= w->outlen)
        w->overflow = true;
    else
        w->out[w->len++] = c;
}

/* Write one ASCII character of a name: a letter (lowered, after the hyphen
 * of a pending word break), a word break, or a dropped apostrophe; false
 * for anything else. */
static bool put_ascii(writer *w, unsigned char c)
{
    unsigned char lower = c | 0x20;
    if (lower >= 'a' && lower <= 'z') {
        if (w->pending_break && w->len > 0)
            append(w, '-');
        w->pending_break = false;
        if (!w->overflow)
            append(w, (char)lower);
        return true;
    }
    if (is_word_break(c)) {
        w->pending_break = true;
        return true;
    }
    return is_apostrophe(c);
}

/* Write the ASCII of one decomposed code point; false when it has none. */
static bool put_decomposed(writer *w, ucs4_t uc)
{
    if (uc < 0x80)
        return put_ascii(w, (unsigned char)uc);
    const char *mapped = undecomposed_ascii(uc);
    if (mapped) {
        for (; *mapped && !w->overflow; mapped++)
            put_ascii(w, (unsigned char)*mapped);
        return true;
    }
    if (is_word_break(uc)) {
        w->pending_break = true;
        return true;
    }
    return is_apostrophe(uc) || uc_is_general_category(uc, UC_CATEGORY_M);
}

/* The compatibility decomposition (NFKD) of uc, one mapping at a time: the
 * canonical reordering NFKD adds only moves combining marks, which are
 * dropped anyway, and a whole normalisation per accented letter cost more
 * than the rest of a name. */
static bool put_nfkd(writer *w, ucs4_t uc)
{
    ucs4_t d[UC_DECOMPOSITION_MAX_LENGTH];
    int tag;
    int n = uc_decomposition(uc, &tag, d);
    if (n <= 0)
        return put_decomposed(w, uc);
    for (int i = 0; i < n; i++)
        if (!put_nfkd(w, d[i]))
            return false;
    return true;
}

/* The letters U+00C0..U+00FF (every French accented letter) by their low
 * five bits, as the decomposition and the table above give them, with the
 * one difference between the cases (U+00DF ß, U+00FF ÿ) apart; NULL for ×
 * and ÷. A name spends most of its time on these otherwise: a
 * decomposition, a table search and a category lookup per letter.
 * tests/test_suggest.c checks every one against its decomposed spelling. */
static const char *latin1_ascii(ucs4_t uc)
{
    static const char *const by_low_bits[32] = {
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", NULL, "o", "u", "u", "u", "u", "y", "th", "ss",
    };
    return uc == 0xFF ? "y" : by_low_bits[uc & 0x1F];
}

static bool put_code_point(writer *w, ucs4_t uc)
{
    if (uc >= 0xC0 && uc <= 0xFF) {
        const char *ascii = latin1_ascii(uc);
        if (!ascii)
            return false;
        for (; *ascii && !w->overflow; ascii++)
            put_ascii(w, (unsigned char)*ascii);
        return true;
    }
    if (uc < 0x80 || undecomposed_ascii(uc) || is_apostrophe(uc) || is_word_break(uc))
        return put_decomposed(w, uc);
    return put_nfkd(w, uc);
}

int mssi_name_to_ascii(const char *name, size_t field, char *out, size_t outlen, mss_result *res)
{
    size_t len = name ? strnlen(name, MSS_MAX_INPUT + 1) : 0;
    if (len == 0)
        return mssi_report(res, MSS_ERR_SUGGEST_NAME, MSS_NO_POSITION, field);
    if (len > MSS_MAX_INPUT)
        return mssi_report(res, MSS_ERR_TOO_LONG, MSS_MAX_INPUT, field);
    const uint8_t *s = (const uint8_t *)name;
    const uint8_t *bad = u8_check(s, len);
    if (bad)
        return mssi_report(res, MSS_ERR_INVALID_UTF8, (size_t)(bad - s), field);
    writer w = {out, outlen, 0, false, false};
    for (size_t i = 0; i < len;) {
        if (s[i] >= 0x20 && s[i] < 0x7F) { /* ASCII: no decoding, no decomposition */
            if (!put_ascii(&w, s[i]))
                return mssi_report(res, MSS_ERR_SUGGEST_CHARACTER, i, field);
            if (w.overflow)
                return mssi_report(res, MSS_ERR_ADDRESS_LOCAL_TOO_LONG, i, field);
            i++;
            /* The rest of a word, with no break pending: letters lowered
             * straight into place, as put_ascii would; the one that would
             * overflow is left to it. */
            while (!w.pending_break && i < len && (unsigned)((s[i] | 0x20) - 'a') < 26u && w.len + 1 < w.outlen)
                out[w.len++] = (char)(s[i++] | 0x20);
            continue;
        }
        ucs4_t uc;
        int step = u8_mbtouc(&uc, s + i, len - i);
        if (uc < 0x20 || (uc >= 0x7F && uc < 0xA0))
            return mssi_report(res, MSS_ERR_CONTROL_CHARACTER, i, field);
        if (!put_code_point(&w, uc))
            return mssi_report(res, MSS_ERR_SUGGEST_CHARACTER, i, field);
        if (w.overflow)
            return mssi_report(res, MSS_ERR_ADDRESS_LOCAL_TOO_LONG, i, field);
        i += (size_t)step;
    }
    if (w.len == 0)
        return mssi_report(res, MSS_ERR_SUGGEST_NAME, 0, field);
    out[w.len] = '\0';
    return MSS_OK;
}

int mss_address_suggest(const char *last_name, const char *first_name, const char *domain,
                        mss_bal_type type, unsigned homonym_index, const mss_whitelist *wl,
                        char *out, size_t outlen, mss_result *res)
{
    mss_result_init(res);
    const mssi_bal_type_info *info = mssi_bal_type_info_of(type);
    if (!domain || !out)
        return mssi_fail(res, MSS_ERR_NULL_ARGUMENT, MSS_NO_POSITION);
    if (!info)
        return mssi_fail(res, MSS_ERR_BAL_TYPE_UNKNOWN, MSS_NO_POSITION);
    if (homonym_index > MSS_HOMONYM_MAX)
        return mssi_fail(res, MSS_ERR_INVALID_ARGUMENT, MSS_NO_POSITION);

    /* local part, at-sign, normalised domain: room for any valid address */
    char built[MSS_LOCAL_MAX + 1 + MSS_DOMAIN_BUFSIZE];
    int rc = mssi_name_to_ascii(last_name, MSS_RECORD_FIELD_LAST_NAME, built, MSS_LOCAL_MAX + 1, res);
    size_t n = rc == MSS_OK ? strlen(built) : 0;
    /* A shared box may be named after its service alone. */
    bool first_optional = !info->nominative && (!first_name || !*first_name);
    if (rc == MSS_OK && !first_optional) {
        built[n++] = '.';
        rc = mssi_name_to_ascii(first_name, MSS_RECORD_FIELD_FIRST_NAME, built + n,
                                MSS_LOCAL_MAX + 1 - n, res);
        n += rc == MSS_OK ? strlen(built + n) : 0;
    }
    if (rc == MSS_OK && homonym_index > 0) {
        size_t digits = homonym_index > 9 ? 2 : 1;
        if (n + digits > MSS_LOCAL_MAX)
            return mssi_fail(res, MSS_ERR_ADDRESS_LOCAL_TOO_LONG, MSS_NO_POSITION);
        if (digits == 2)
            built[n++] = (char)('0' + homonym_index / 10);
        built[n++] = (char)('0' + homonym_index % 10);
    }
    if (rc != MSS_OK)
        return rc;

    mss_result sub;
    mss_result_init(&sub);
    built[n++] = '@';
    rc = mss_domain_normalize(domain, built + n, sizeof built - n, &sub);
    if (rc != MSS_OK) {
        mssi_result_merge(res, &sub, 0, MSS_NO_POSITION);
        return sub.count ? rc : mssi_fail(res, rc, MSS_NO_POSITION);
    }
    mss_address_parts parts;
    rc = mss_address_check(built, type, wl, &parts, &sub);
    mssi_result_merge(res, &sub, 0, MSS_NO_POSITION);
    if (rc != MSS_OK)
        return rc;
    rc = mssi_copy_out(parts.address, strlen(parts.address), out, outlen);
    return rc == MSS_OK ? MSS_OK : mssi_fail(res, rc, MSS_NO_POSITION);
}

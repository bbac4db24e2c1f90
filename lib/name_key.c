#include "name_key.h"

#include <string.h>
#include <unistr.h>

#include "result.h"

static bool is_separator(ucs4_t c)
{
    return c == ' ' || c == '-' || c == '_' || c == '\'' || c == '.' || c == '(' || c == ')' ||
           c == 0xA0 /* no-break space */ || c == 0x2019 /* typographic apostrophe */;
}

static bool is_control(ucs4_t c)
{
    return c < 0x20 || (c >= 0x7F && c < 0xA0);
}

/* Base letter of U+00C0..U+00FF, uppercase, or 0 for a character without
 * one (Æ, Ð, ×, Þ, ß and their lowercase forms). */
static char latin1_base(ucs4_t c)
{
    static const char base[] = "AAAAAA\0CEEEEIIII\0NOOOOO\0OUUUUY\0\0";
    if (c == 0xFF)
        return 'Y';
    return base[(c - 0xC0) & 0x1F];
}

int mssi_text_check(const char *in, size_t *len, mss_result *res)
{
    if (!in)
        return mssi_fail(res, MSS_ERR_NULL_ARGUMENT, MSS_NO_POSITION);
    size_t n = strnlen(in, MSS_MAX_INPUT + 1);
    if (n == 0)
        return mssi_fail(res, MSS_ERR_EMPTY, 0);
    if (n > MSS_MAX_INPUT)
        return mssi_fail(res, MSS_ERR_TOO_LONG, MSS_MAX_INPUT);
    const uint8_t *s = (const uint8_t *)in;
    const uint8_t *bad = u8_check(s, n);
    if (bad)
        return mssi_fail(res, MSS_ERR_INVALID_UTF8, (size_t)(bad - s));
    for (size_t i = 0; i < n;) {
        ucs4_t c;
        int step = u8_mbtouc(&c, s + i, n - i);
        if (is_control(c))
            return mssi_fail(res, MSS_ERR_CONTROL_CHARACTER, i);
        i += (size_t)step;
    }
    *len = n;
    return MSS_OK;
}

int mssi_name_key(const char *in, char *key, size_t keylen, mss_result *res)
{
    size_t len;
    if (!key)
        return mssi_fail(res, MSS_ERR_NULL_ARGUMENT, MSS_NO_POSITION);
    int rc = mssi_text_check(in, &len, res);
    if (rc != MSS_OK)
        return rc;

    const uint8_t *s = (const uint8_t *)in;
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        ucs4_t c;
        int step = u8_mbtouc(&c, s + i, len - i);
        char folded = 0;
        if (c < 0x80)
            folded = (c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : (char)c;
        else if (c >= 0xC0 && c <= 0xFF)
            folded = latin1_base(c);
        if (!is_separator(c)) {
            size_t need = folded ? 1 : (size_t)step;
            if (n + need >= keylen)
                return MSS_ERR_BUFFER_TOO_SMALL;
            if (folded) {
                key[n++] = folded;
            } else {
                memcpy(key + n, s + i, (size_t)step);
                n += (size_t)step;
            }
        }
        i += (size_t)step;
    }
    key[n] = '\0';
    return MSS_OK;
}

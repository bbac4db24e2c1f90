/* Compaction of identifiers: drop the separators people type or paste
 * (space, no-break spaces from French typography, dot, hyphen), fold the
 * Corsican letters to upper case, and refuse anything else with the offset of
 * the offending byte. */
#include <unistr.h>

#include "ids_internal.h"
#include "result.h"

/* Length in bytes of the separator starting at p, or 0. */
static size_t separator_length(const unsigned char *p, size_t left)
{
    if (*p == ' ' || *p == '.' || *p == '-')
        return 1;
    if (left >= 2 && p[0] == 0xC2 && p[1] == 0xA0) /* U+00A0 NO-BREAK SPACE */
        return 2;
    if (left >= 3 && p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0xAF) /* U+202F NARROW NBSP */
        return 3;
    return 0;
}

/* Name what is wrong with the byte at p: broken UTF-8, a control character
 * (C0, DEL or C1), or just a character identifiers do not hold. */
static int character_error(const unsigned char *p, size_t left, size_t offset, mss_result *res)
{
    ucs4_t uc = *p;
    int code = MSS_ERR_ID_INVALID_CHARACTER;
    if (*p >= 0x80 && u8_mbtoucr(&uc, p, left) < 0)
        code = MSS_ERR_INVALID_UTF8;
    else if (uc < 0x20 || (uc >= 0x7F && uc <= 0x9F))
        code = MSS_ERR_CONTROL_CHARACTER;
    return mssi_fail(res, code, offset);
}

int mssi_id_compact_scan(const char *in, size_t inlen, mssi_charset chars, char *buf, size_t cap,
                         size_t *count, mss_result *res)
{
    const unsigned char *p = (const unsigned char *)in;
    size_t n = 0;
    for (size_t i = 0; i < inlen;) {
        unsigned char c = p[i];
        size_t sep;
        if (c >= '0' && c <= '9') {
            /* kept as is */
        } else if (chars == MSSI_CHARS_CORSICA && ((c | 0x20) == 'a' || (c | 0x20) == 'b')) {
            c = (unsigned char)(c & ~0x20);
        } else if ((sep = separator_length(p + i, inlen - i)) > 0) {
            i += sep;
            continue;
        } else {
            return character_error(p + i, inlen - i, i, res);
        }
        if (n < cap)
            buf[n] = (char)c;
        n++;
        i++;
    }
    *count = n;
    return MSS_OK;
}

size_t mssi_id_original_offset(const mssi_id_source *src, size_t i)
{
    if (src->verbatim)
        return i < src->inlen ? i : src->inlen;
    const unsigned char *p = (const unsigned char *)src->in;
    size_t kept = 0;
    for (size_t k = 0; k < src->inlen;) {
        size_t sep = separator_length(p + k, src->inlen - k);
        if (sep > 0) {
            k += sep;
            continue;
        }
        if (kept == i)
            return k;
        kept++;
        k++;
    }
    return src->inlen;
}

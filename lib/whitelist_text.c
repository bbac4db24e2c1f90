/* Plain text domain lists: one domain per line, '#' comments. */
#include <stdlib.h>
#include <string.h>

#include "domain_internal.h"
#include "whitelist_internal.h"

static bool is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

/* One line, without its newline. */
static int load_line(mssi_wl_builder *b, const char *s, size_t n, unsigned long line, mss_load_info *info)
{
    const char *hash = memchr(s, '#', n);
    size_t lead = 0;
    if (hash)
        n = (size_t)(hash - s);
    while (lead < n && is_blank(s[lead]))
        lead++;
    while (n > lead && is_blank(s[n - 1]))
        n--;
    if (n == lead)
        return MSS_OK;
    info->entries++;
    char d[MSS_DOMAIN_BUFSIZE];
    size_t dlen;
    mss_result r;
    mss_result_init(&r);
    if (mssi_domain_normalize(s + lead, n - lead, d, &dlen, &r) != MSS_OK) {
        unsigned long column = (unsigned long)lead + 1 + (r.offset == MSS_NO_POSITION ? 0 : r.offset);
        mssi_load_note(info, r.code, line, column, s + lead, n - lead);
        return mssi_load_error(info, MSS_ERR_WHITELIST_TEXT_LINE, line, column);
    }
    bool is_new;
    int rc = mssi_wlb_add(b, d, dlen, NULL, &is_new);
    info->added += is_new && rc == MSS_OK;
    return rc == MSS_OK ? MSS_OK : mssi_load_error(info, rc, line, 1);
}

static int load_lines(mssi_wl_builder *b, const char *data, size_t len, mss_load_info *info)
{
    if (len == 0)
        return mssi_load_error(info, MSS_ERR_EMPTY, 0, 0);
    if (len > MSS_WHITELIST_MAX_SIZE)
        return mssi_load_error(info, MSS_ERR_WHITELIST_TOO_LARGE, 0, 0);
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
        data += 3;
        len -= 3;
    }
    unsigned long line = 1;
    for (size_t start = 0; start < len; line++) {
        const char *nl = memchr(data + start, '\n', len - start);
        size_t end = nl ? (size_t)(nl - data) : len;
        int rc = load_line(b, data + start, end - start, line, info);
        if (rc != MSS_OK)
            return rc;
        start = end + 1;
    }
    return info->entries ? MSS_OK : mssi_load_error(info, MSS_ERR_EMPTY, 0, 0);
}

int mss_whitelist_load_text_buffer(mss_whitelist *wl, const char *data, size_t len, mss_load_info *info)
{
    return mssi_load_buffer(wl, data, len, info, load_lines);
}

/* The whole file, refused early when larger than any list. */
static int load_file_lines(mssi_wl_builder *b, FILE *f, mss_load_info *info)
{
    size_t cap = 1 << 16, n = 0, got;
    char *buf = malloc(cap);
    if (!buf)
        return MSS_ERR_NO_MEMORY;
    int rc = MSS_OK;
    while (rc == MSS_OK && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n > MSS_WHITELIST_MAX_SIZE) {
            rc = mssi_load_error(info, MSS_ERR_WHITELIST_TOO_LARGE, 0, 0);
        } else if (n == cap) {
            char *bigger = realloc(buf, cap * 2);
            rc = bigger ? MSS_OK : MSS_ERR_NO_MEMORY;
            buf = bigger ? bigger : buf;
            cap *= 2;
        }
    }
    if (rc == MSS_OK)
        rc = ferror(f) ? mssi_load_error(info, MSS_ERR_IO, 0, 0) : load_lines(b, buf, n, info);
    free(buf);
    return rc;
}

int mss_whitelist_load_text_file(mss_whitelist *wl, const char *path, mss_load_info *info)
{
    return mssi_load_file(wl, path, info, load_file_lines);
}

/* What every load shares: the all-or-nothing swap, the load report, file
 * opening, and telling XML from text. */
#include <stdlib.h>
#include <string.h>

#include "whitelist_internal.h"

int mssi_load_begin(const mss_whitelist *wl, mssi_wl_builder *b, mss_load_info *info)
{
    memset(b, 0, sizeof *b);
    if (info)
        memset(info, 0, sizeof *info);
    if (!wl)
        return MSS_ERR_NULL_ARGUMENT;
    return mssi_wlb_init(b, wl->table);
}

int mssi_load_end(mss_whitelist *wl, mssi_wl_builder *b, int code, mss_load_info *info)
{
    mssi_wl_table *t = NULL;
    if (code == MSS_OK)
        code = mssi_wlb_finish(b, &t);
    mssi_wlb_free(b);
    if (code == MSS_OK) {
        free(wl->table);
        wl->table = t;
    }
    if (info && info->code == MSS_OK)
        info->code = code;
    return code;
}

int mssi_load_error(mss_load_info *info, int code, unsigned long line, unsigned long column)
{
    if (info && info->code == MSS_OK) {
        info->code = code;
        info->line = line;
        info->column = column;
    }
    return code;
}

void mssi_load_note(mss_load_info *info, int code, unsigned long line, unsigned long column, const char *text,
                    size_t len)
{
    if (!info || info->nnotes >= MSS_LOAD_MAX_NOTES)
        return;
    mss_load_note *n = &info->notes[info->nnotes++];
    n->code = code;
    n->line = line;
    n->column = column;
    if (len >= sizeof n->text) {
        len = sizeof n->text - 1;
        while (len > 0 && ((unsigned char)text[len] & 0xC0) == 0x80)
            len--; /* never cut a UTF-8 sequence in two */
    }
    if (len) /* an empty Nom comes with no text at all */
        memcpy(n->text, text, len);
    n->text[len] = '\0';
}

int mssi_load_buffer(mss_whitelist *wl, const char *data, size_t len, mss_load_info *info, mssi_buffer_parser parse)
{
    mss_load_info scratch;
    info = info ? info : &scratch;
    mssi_wl_builder b;
    int rc = mssi_load_begin(wl, &b, info);
    if (rc == MSS_OK)
        rc = data ? parse(&b, data, len, info) : MSS_ERR_NULL_ARGUMENT;
    return mssi_load_end(wl, &b, rc, info);
}

int mssi_load_file(mss_whitelist *wl, const char *path, mss_load_info *info, mssi_file_parser parse)
{
    mss_load_info scratch;
    info = info ? info : &scratch;
    mssi_wl_builder b;
    FILE *f = NULL;
    int rc = mssi_load_begin(wl, &b, info);
    if (rc == MSS_OK && !path)
        rc = MSS_ERR_NULL_ARGUMENT;
    if (rc == MSS_OK && !(f = fopen(path, "rb")))
        rc = mssi_load_error(info, MSS_ERR_IO, 0, 0);
    if (rc == MSS_OK)
        rc = parse(&b, f, info);
    if (f)
        fclose(f);
    return mssi_load_end(wl, &b, rc, info);
}

/* XML when the first non-blank character, after a UTF-8 byte order mark,
 * is '<'. */
static bool looks_like_xml(const unsigned char *s, size_t n)
{
    size_t i = n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF ? 3 : 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
        i++;
    return i < n && s[i] == '<';
}

int mss_whitelist_load_file(mss_whitelist *wl, const char *path, mss_load_info *info)
{
    FILE *f = path ? fopen(path, "rb") : NULL;
    if (!f) /* the text loader reports the missing argument or file in full */
        return mss_whitelist_load_text_file(wl, path, info);
    unsigned char head[4096];
    size_t n = fread(head, 1, sizeof head, f);
    fclose(f);
    return looks_like_xml(head, n) ? mss_whitelist_load_xml_file(wl, path, info)
                                   : mss_whitelist_load_text_file(wl, path, info);
}

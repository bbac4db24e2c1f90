#include "line_reader.h"

#include <stdlib.h>
#include <string.h>

bool mssi_line_reader_init(mssi_line_reader *r, size_t max, mssi_line_fn fn, void *user)
{
    memset(r, 0, sizeof *r);
    r->buf = malloc(max + 1);
    if (!r->buf)
        return false;
    r->max = max;
    r->strip_bom = true;
    r->fn = fn;
    r->user = user;
    return true;
}

void mssi_line_reader_destroy(mssi_line_reader *r)
{
    free(r->buf);
    r->buf = NULL;
}

void mssi_line_reader_start_at(mssi_line_reader *r, unsigned long first_line)
{
    r->lineno = first_line > 0 ? first_line - 1 : 0;
    r->strip_bom = false;
}

static void append(mssi_line_reader *r, const char *data, size_t len)
{
    if (len > 0)
        r->pending = true;
    if (r->overflow)
        return;
    /* One extra octet is allowed for a CR that the line end will remove. */
    if (len > r->max + 1 - r->len) {
        r->overflow = true;
        return;
    }
    memcpy(r->buf + r->len, data, len);
    r->len += len;
}

static void emit(mssi_line_reader *r)
{
    char *line = r->buf;
    size_t len = r->len;
    bool too_long = r->overflow;
    r->lineno++;
    if (!too_long && len > 0 && line[len - 1] == '\r')
        len--;
    if (!too_long && len > r->max)
        too_long = true;
    if (too_long)
        len = 0;
    if (r->strip_bom && len >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0) {
        line += 3;
        len -= 3;
    }
    r->strip_bom = false;
    line[len] = '\0';
    r->fn(line, len, r->lineno, too_long, r->user);
    r->len = 0;
    r->overflow = false;
    r->pending = false;
}

void mssi_line_reader_feed(mssi_line_reader *r, const char *data, size_t len)
{
    const char *end = data + len;
    while (data < end) {
        const char *nl = memchr(data, '\n', (size_t)(end - data));
        if (!nl) {
            append(r, data, (size_t)(end - data));
            return;
        }
        append(r, data, (size_t)(nl - data));
        emit(r);
        data = nl + 1;
    }
}

void mssi_line_reader_finish(mssi_line_reader *r)
{
    if (r->pending)
        emit(r);
}

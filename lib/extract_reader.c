/* Streaming reader of the extract: lines from line_reader, the header
 * checked once, every other line checked as a row and handed to the
 * caller's callback. */
#include <medimail/extract.h>

#include <stdlib.h>

#include "line_reader.h"
#include "result.h"

struct mss_extract_reader {
    mssi_line_reader lines;
    const struct mss_whitelist *wl;
    mss_extract_row_fn fn;
    void *user;
    bool header_expected;
    bool seen_any;
};

static void report_alone(mss_extract_reader *r, unsigned long lineno, bool is_header, int code, size_t offset,
                         size_t field)
{
    mss_extract_row row = { .line = lineno, .is_header = is_header };
    for (size_t i = 0; i < MSS_EXTRACT_COLUMNS; i++)
        row.fields[i] = "";
    mss_result res;
    mss_result_init(&res);
    mssi_report(&res, code, offset, field);
    r->fn(&row, &res, r->user);
}

static void on_line(char *line, size_t len, unsigned long lineno, bool too_long, void *user)
{
    mss_extract_reader *r = user;
    r->seen_any = true;
    if (too_long) {
        r->header_expected = false;
        report_alone(r, lineno, false, MSS_ERR_FILE_LINE_TOO_LONG, MSS_EXTRACT_MAX_LINE, MSS_NO_POSITION);
        return;
    }
    if (r->header_expected) {
        r->header_expected = false;
        mss_result res;
        if (mss_extract_check_header(line, len, &res) != MSS_OK) {
            mss_extract_row row;
            mss_extract_split_row(line, len, lineno, &row, NULL);
            row.is_header = true;
            r->fn(&row, &res, r->user);
        }
        return;
    }
    /* A blank line (often the last one) is not a row. */
    if (len == 0)
        return;
    mss_extract_row row;
    mss_result res;
    mss_extract_check_row(line, len, lineno, r->wl, &row, &res);
    r->fn(&row, &res, r->user);
}

mss_extract_reader *mss_extract_reader_new(const struct mss_whitelist *wl, mss_extract_row_fn fn, void *user)
{
    if (!fn)
        return NULL;
    mss_extract_reader *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    if (!mssi_line_reader_init(&r->lines, MSS_EXTRACT_MAX_LINE, on_line, r)) {
        free(r);
        return NULL;
    }
    r->wl = wl;
    r->fn = fn;
    r->user = user;
    r->header_expected = true;
    return r;
}

void mss_extract_reader_start_at(mss_extract_reader *r, unsigned long first_line)
{
    if (!r)
        return;
    mssi_line_reader_start_at(&r->lines, first_line);
    r->header_expected = false;
    r->seen_any = true;
}

int mss_extract_reader_feed(mss_extract_reader *r, const char *data, size_t len)
{
    if (!r || (!data && len > 0))
        return MSS_ERR_NULL_ARGUMENT;
    mssi_line_reader_feed(&r->lines, data, len);
    return MSS_OK;
}

int mss_extract_reader_finish(mss_extract_reader *r)
{
    if (!r)
        return MSS_ERR_NULL_ARGUMENT;
    mssi_line_reader_finish(&r->lines);
    if (!r->seen_any) {
        r->seen_any = true;
        report_alone(r, 1, true, MSS_ERR_FILE_EMPTY, MSS_NO_POSITION, MSS_NO_POSITION);
    }
    return MSS_OK;
}

unsigned long mss_extract_reader_lines(const mss_extract_reader *r)
{
    return r ? r->lines.lineno : 0;
}

void mss_extract_reader_free(mss_extract_reader *r)
{
    if (!r)
        return;
    mssi_line_reader_destroy(&r->lines);
    free(r);
}

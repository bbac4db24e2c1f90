#include "csv_reader.h"

#include <medimail/error.h>
#include <stdlib.h>
#include <string.h>

/* libcsv's parser state for "no field of the row read yet" (csv.c names it
 * ROW_NOT_BEGUN); the struct is public, the name is not. */
enum { CSV_ROW_NOT_BEGUN = 0 };

static const char *const no_fields[1] = { "" };

static void reset_row(mssi_csv_reader *r)
{
    r->arena_len = 0;
    r->nfields = 0;
    r->overflow = false;
}

static void on_field(void *data, size_t len, void *user)
{
    mssi_csv_reader *r = user;
    if (r->overflow)
        return;
    if (r->nfields == MSSI_CSV_MAX_FIELDS || len + 1 > r->max_row - r->arena_len) {
        r->overflow = true;
        return;
    }
    r->offsets[r->nfields++] = r->arena_len;
    if (len > 0)
        memcpy(r->arena + r->arena_len, data, len);
    r->arena[r->arena_len + len] = '\0';
    r->arena_len += len + 1;
}

static void emit(mssi_csv_reader *r, int error)
{
    const char *fields[MSSI_CSV_MAX_FIELDS];
    if (r->overflow) {
        r->fn(no_fields, 0, r->row_line, MSS_ERR_FILE_LINE_TOO_LONG, r->user);
    } else {
        for (size_t i = 0; i < r->nfields; i++)
            fields[i] = r->arena + r->offsets[i];
        r->fn(fields, r->nfields, r->row_line, error, r->user);
    }
    reset_row(r);
}

static void on_row(int c, void *user)
{
    (void)c;
    emit(user, MSS_OK);
}

bool mssi_csv_reader_init(mssi_csv_reader *r, size_t max_row, mssi_csv_row_fn fn, void *user)
{
    memset(r, 0, sizeof *r);
    if (csv_init(&r->parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
        return false;
    r->arena = malloc(max_row);
    r->first = malloc(max_row);
    if (!r->arena || !r->first) {
        mssi_csv_reader_destroy(r);
        return false;
    }
    r->max_row = max_row;
    r->fn = fn;
    r->user = user;
    r->line = 1;
    r->row_line = 1;
    r->at_line_start = true;
    return true;
}

void mssi_csv_reader_destroy(mssi_csv_reader *r)
{
    csv_free(&r->parser);
    free(r->arena);
    free(r->first);
    r->arena = r->first = NULL;
}

/* The separator the header uses most, outside quotes: ';' (French
 * spreadsheets) wins ties. */
static char detect_separator(const char *s, size_t len)
{
    size_t semicolons = 0, commas = 0;
    bool quoted = false;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '"')
            quoted = !quoted;
        else if (!quoted && s[i] == ';')
            semicolons++;
        else if (!quoted && s[i] == ',')
            commas++;
    }
    return commas > semicolons ? ',' : ';';
}

static void quote_error(mssi_csv_reader *r)
{
    csv_fini(&r->parser, NULL, NULL, NULL);
    emit(r, MSS_ERR_FILE_CSV_QUOTE);
}

/* One piece of a line: up to and including its '\n', or the end of the block. */
static int feed_segment(mssi_csv_reader *r, const char *s, size_t len, bool ends_line)
{
    if (r->at_line_start && r->parser.pstate == CSV_ROW_NOT_BEGUN)
        r->row_line = r->line;
    if (!r->skip_line && len > 0 && csv_parse(&r->parser, s, len, on_field, on_row, r) != len) {
        if (csv_error(&r->parser) != CSV_EPARSE)
            return r->status = MSS_ERR_NO_MEMORY;
        quote_error(r);
        r->skip_line = true;
    }
    r->at_line_start = ends_line;
    if (ends_line) {
        r->line++;
        r->skip_line = false;
    }
    return MSS_OK;
}

static int feed_lines(mssi_csv_reader *r, const char *data, size_t len)
{
    const char *end = data + len;
    while (data < end && r->status == MSS_OK) {
        const char *nl = memchr(data, '\n', (size_t)(end - data));
        const char *stop = nl ? nl + 1 : end;
        feed_segment(r, data, (size_t)(stop - data), nl != NULL);
        data = stop;
    }
    return r->status;
}

/* Hold the first line until it is complete, then fix the separator and
 * parse it like any other. */
static int start(mssi_csv_reader *r)
{
    const char *s = r->first;
    size_t len = r->first_len;
    if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
        s += 3;
        len -= 3;
    }
    r->separator = detect_separator(s, len);
    csv_set_delim(&r->parser, (unsigned char)r->separator);
    return feed_lines(r, s, len);
}

int mssi_csv_reader_feed(mssi_csv_reader *r, const char *data, size_t len)
{
    if (!r->separator) {
        const char *nl = memchr(data, '\n', len);
        size_t take = nl ? (size_t)(nl - data) + 1 : len;
        if (take > r->max_row - r->first_len) {
            /* A header longer than any row: let libcsv see it as it comes. */
            take = r->max_row - r->first_len;
            nl = data + take - 1;
        }
        memcpy(r->first + r->first_len, data, take);
        r->first_len += take;
        if (!nl)
            return MSS_OK;
        if (start(r) != MSS_OK)
            return r->status;
        data += take;
        len -= take;
    }
    return feed_lines(r, data, len);
}

int mssi_csv_reader_finish(mssi_csv_reader *r)
{
    if (!r->separator && r->first_len > 0 && start(r) != MSS_OK)
        return r->status;
    if (r->status != MSS_OK)
        return r->status;
    if (r->at_line_start && r->parser.pstate == CSV_ROW_NOT_BEGUN)
        r->row_line = r->line;
    if (csv_fini(&r->parser, on_field, on_row, r) != 0)
        quote_error(r);
    return MSS_OK;
}

/* Streaming CSV reader on libcsv: separator detected from the first line,
 * UTF-8 BOM dropped, CRLF, quoted fields with separators, doubled quotes and
 * line ends inside. Rows come out whole with the line they start on; a quote
 * error skips to the end of that line and reading goes on. Not installed. */
#ifndef MSS_LIB_CSV_READER_H
#define MSS_LIB_CSV_READER_H

#include <csv.h>
#include <stdbool.h>
#include <stddef.h>

/* Most fields a row may have; more is reported like an over-long row. */
#define MSSI_CSV_MAX_FIELDS 128

/* error: MSS_OK, MSS_ERR_FILE_CSV_QUOTE (fields hold what was read before
 * the error) or MSS_ERR_FILE_LINE_TOO_LONG (no fields). */
typedef void (*mssi_csv_row_fn)(const char *const *fields, size_t nfields, unsigned long line, int error,
                                void *user);

typedef struct mssi_csv_reader {
    struct csv_parser parser;
    char separator;            /* 0 until the first line is complete */
    char *first;               /* the first line, held until the separator is known */
    size_t first_len;
    char *arena;               /* the current row's fields, NUL-terminated, one after the other */
    size_t arena_len;
    size_t offsets[MSSI_CSV_MAX_FIELDS];
    size_t nfields;
    bool overflow;             /* the current row does not fit */
    bool skip_line;            /* after a quote error: ignore the rest of the line */
    bool at_line_start;
    unsigned long line;        /* line being fed, 1-based */
    unsigned long row_line;    /* line where the current row started */
    int status;                /* MSS_OK or MSS_ERR_NO_MEMORY */
    size_t max_row;
    mssi_csv_row_fn fn;
    void *user;
} mssi_csv_reader;

bool mssi_csv_reader_init(mssi_csv_reader *r, size_t max_row, mssi_csv_row_fn fn, void *user);
void mssi_csv_reader_destroy(mssi_csv_reader *r);
/* Returns MSS_OK or MSS_ERR_NO_MEMORY. */
int mssi_csv_reader_feed(mssi_csv_reader *r, const char *data, size_t len);
int mssi_csv_reader_finish(mssi_csv_reader *r);

#endif

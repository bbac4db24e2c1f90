/* Splits a stream fed in arbitrary blocks into lines. Not installed.
 *
 * Each line is copied into the reader's own buffer (bounded by the longest
 * accepted line) and handed over writable and NUL-terminated, without its
 * LF or CRLF end, so callers can split it in place. Memory stays flat
 * whatever the stream's size. */
#ifndef MSS_LIB_LINE_READER_H
#define MSS_LIB_LINE_READER_H

#include <stdbool.h>
#include <stddef.h>

/* too_long: the line exceeded the limit; line is then empty and was skipped. */
typedef void (*mssi_line_fn)(char *line, size_t len, unsigned long lineno, bool too_long, void *user);

typedef struct mssi_line_reader {
    char *buf;             /* the line being assembled, max + 1 octets */
    size_t len;            /* octets in buf */
    size_t max;            /* longest accepted line */
    unsigned long lineno;  /* lines emitted so far */
    bool overflow;         /* the current line is too long and being skipped */
    bool pending;          /* something of the current line has been fed */
    bool strip_bom;        /* the next line is the file's first: drop a UTF-8 BOM */
    mssi_line_fn fn;
    void *user;
} mssi_line_reader;

/* Returns false when out of memory. */
bool mssi_line_reader_init(mssi_line_reader *r, size_t max, mssi_line_fn fn, void *user);
void mssi_line_reader_destroy(mssi_line_reader *r);

/* Continue a file in the middle: the next line is first_line, no BOM expected. */
void mssi_line_reader_start_at(mssi_line_reader *r, unsigned long first_line);

void mssi_line_reader_feed(mssi_line_reader *r, const char *data, size_t len);

/* Emit the last line when the input does not end with a line end. */
void mssi_line_reader_finish(mssi_line_reader *r);

#endif

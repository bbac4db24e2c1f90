/* Checking a bulk file (extract, accounts): as one stream, or with --jobs
 * in parts checked in parallel whose output and counts are put back
 * together in file order. */
#ifndef MSSCONF_BULK_CHECK_H
#define MSSCONF_BULK_CHECK_H

#include <stdatomic.h>

#include "bulk_output.h"
#include "input.h"
#include "progress.h"

/* A streaming reader of one file format. */
typedef struct bulk_format {
    /* A reader whose callback reports each row with bulk_report(sink, ...);
     * NULL when out of memory. */
    void *(*open)(const mss_whitelist *wl, bulk_sink *sink);
    /* Make a new reader continue a file at a line start, numbered
     * first_line, with no header. NULL for a format whose rows may span
     * lines (quoted CSV fields): such files are always checked as one stream. */
    void (*start_at)(void *reader, unsigned long first_line);
    int (*feed)(void *reader, const char *data, size_t len);
    int (*finish)(void *reader);
    void (*close)(void *reader);
} bulk_format;

/* Octets [begin, end) of the input, checked by one reader into one sink. */
typedef struct bulk_part {
    const bulk_format *fmt;
    const input *in;
    unsigned long long begin, end;
    unsigned long first_line;           /* 0: the start of the input (header expected) */
    unsigned long line_ends;            /* counted by bulk_count_line_ends() */
    bulk_sink sink;
    progress *bar;                      /* drawn by the reading thread itself, or NULL */
    _Atomic unsigned long long done;    /* octets read, for a bar drawn by another thread */
    _Atomic unsigned long rows;
    _Atomic bool finished;
    void *reader;
    int read_error;                     /* errno of a failed read */
    int reader_error;                   /* negative library code (out of memory) */
} bulk_part;

/* Octets read at once by each part. */
enum { BULK_BLOCK = 1 << 19 };

/* Check the part; a failure is left in read_error or reader_error. */
void bulk_check_part(bulk_part *p);

/* Count the line ends of the part into line_ends (no check). */
void bulk_count_line_ends(bulk_part *p);

/* Report the part's read or reader error on stderr: EXIT_USAGE, else EXIT_VALID. */
int bulk_part_error(cli *c, const bulk_part *p);

/* Add the part's counts to total and its outcome to c->status; frees its sink. */
void bulk_part_merge(cli *c, bulk_part *p, summary *total);

/* bulk_check_parallel() could not start (no temporary file): check as one stream. */
enum { BULK_NOT_SPLIT = -1 };

/* Check a regular input in `jobs` parts on as many threads; rows are
 * printed in file order, counts merged into total. Returns EXIT_VALID,
 * EXIT_USAGE (I/O error, reported) or BULK_NOT_SPLIT. */
int bulk_check_parallel(cli *c, const bulk_format *fmt, const input *in, unsigned jobs, summary *total);

/* mssconf extract|accounts FILE|-: check c->args[0] with the format, print
 * the rows and the summary. Returns the exit status. */
int bulk_run(cli *c, const bulk_format *fmt);

#endif

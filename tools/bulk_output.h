/* What extract and accounts count and print for each row. */
#ifndef MSSCONF_BULK_OUTPUT_H
#define MSSCONF_BULK_OUTPUT_H

#include "output.h"
#include "summary.h"

typedef struct bulk_row {
    unsigned long line;
    bool is_header;
    const char *type;     /* mailbox type as written ("" if none) */
    const char *address;  /* mailbox address as written ("" if none) */
    const mss_whitelist_entry *listed; /* the whitelist entry of its domain, if known */
} bulk_row;

/* Where the rows of one reader go: a whole file, or one part of it when
 * it is checked in parallel. */
typedef struct bulk_sink {
    cli c;        /* the options; c.status is the worst outcome of these rows */
    summary sum;
    FILE *out;    /* where rows are printed; NULL: nowhere */
} bulk_sink;

/* out is where rows go when the options print them (see bulk_prints_rows). */
void bulk_sink_init(bulk_sink *s, const cli *c, size_t max_types, FILE *out);

/* Whether rows are printed at all: with --json every row, in human output
 * the rows with a problem, unless --quiet. */
bool bulk_prints_rows(const cli *c);

/* Count the row (or file problem) and print it to s->out. */
void bulk_report(bulk_sink *s, const bulk_row *row, const mss_result *res, column_name_fn column_name);

#endif

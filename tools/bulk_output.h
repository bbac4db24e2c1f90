/* What extract and accounts print for each row with a problem. */
#ifndef MSSCONF_BULK_OUTPUT_H
#define MSSCONF_BULK_OUTPUT_H

#include "output.h"
#include "summary.h"

typedef struct bulk_row {
    unsigned long line;
    bool is_header;
    const char *type;     /* mailbox type as written ("" if none) */
    const char *address;  /* mailbox address as written ("" if none) */
} bulk_row;

/* Count the row (or file problem) and print it: JSON for every row, human
 * output for rows with a problem (none with --quiet). */
void bulk_report(cli *c, summary *s, const bulk_row *row, const mss_result *res, column_name_fn column_name);

/* A streaming reader of one file format, driven by bulk_run(). */
typedef struct bulk_reader {
    void *reader;
    int (*feed)(void *reader, const char *data, size_t len);
    int (*finish)(void *reader);
} bulk_reader;

/* Read c->args[0] (or standard input) through the reader, whose callback
 * reports rows with bulk_report() into s, then print the summary. Returns
 * the exit status. */
int bulk_run(cli *c, summary *s, const bulk_reader *r);

#endif

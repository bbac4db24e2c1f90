/* Counters of a bulk file check: rows, valid rows, problems by code, rows
 * by mailbox type and by domain. Memory grows with the distinct domains
 * only (about 5,000 in the national extract) and the whitelist's size. */
#ifndef MSSCONF_SUMMARY_H
#define MSSCONF_SUMMARY_H

#include <stddef.h>

#include "cli.h"

typedef struct tally {
    unsigned long rows, invalid;
} tally;

typedef struct named_tally {
    char *name;
    tally t;
} named_tally;

/* A slot of the domain table: the hash (case folded) is compared before the
 * name, so a probe past other domains costs no string compare. */
typedef struct domain_tally {
    named_tally n; /* name NULL: the slot is free */
    size_t hash;
} domain_tally;

typedef struct code_count {
    int code;
    unsigned long count;
} code_count;

typedef struct summary {
    unsigned long rows, valid, with_warnings, file_problems;
    code_count *codes;          /* sorted by code */
    size_t ncodes, codes_cap;
    named_tally *types;         /* few, in order of first appearance: linear search */
    size_t ntypes, types_cap, max_types;
    domain_tally *domains;      /* open addressing, capacity a power of two */
    size_t ndomains, domains_cap;
    /* Rows whose domain the check found in the whitelist, by the entry's
     * position (counted under the listed name, however the row spells
     * it): the usual row costs no hash and no string compare. Folded into
     * domains, by name, by summary_merge. */
    const mss_whitelist *wl;
    tally *listed;              /* NULL until the first such row; else nlisted items */
    size_t nlisted;
    bool out_of_memory;
} summary;

/* Distinct mailbox types counted apart; the others are counted as "?". A
 * part of a file checked in parallel keeps more, so that merging the parts
 * gives the counts of a single pass (exactly, unless a part holds more
 * than SUMMARY_PART_TYPES distinct types). */
enum { SUMMARY_TYPES = 32, SUMMARY_PART_TYPES = 256 };

/* Domains listed by the human summary. */
enum { SUMMARY_SHOWN_DOMAINS = 10 };

/* wl: the whitelist the rows were checked against, or NULL. */
void summary_init(summary *s, size_t max_types, const mss_whitelist *wl);
void summary_free(summary *s);

/* A data row: its mailbox type and address as written, the whitelist entry
 * of the address's domain (NULL: none, or not known), and its result. */
void summary_add_row(summary *s, const char *type, const char *address, const mss_whitelist_entry *listed,
                     const mss_result *res);

/* A problem of the file itself (header, empty file): counted by code, not as a row. */
void summary_add_file_problem(summary *s, const mss_result *res);

/* Add the counts of a part of the same file (checked against the same
 * whitelist); into must have no counts by entry (a total). */
void summary_merge(summary *into, const summary *part);

void summary_print(const summary *s, const cli *c);

#endif

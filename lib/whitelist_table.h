/* The compact, read-only form of a loaded whitelist, and the lookup on it.
 * Not installed.
 *
 * Every string lives once in one arena (operator names repeat thousands of
 * times in the ANS list) and is referenced by a 32-bit offset; offset 0 is
 * the empty string. Entries are 20 bytes; a lookup hashes the name once and
 * probes a table of 32-bit slots that carry an 8-bit tag of the hash, so a
 * miss rarely touches the arena. */
#ifndef MSS_LIB_WHITELIST_TABLE_H
#define MSS_LIB_WHITELIST_TABLE_H

#include <stdint.h>

#include <medimail/whitelist.h>

/* Slots hold the entry index in 24 bits: the bound on distinct domains. */
#define MSSI_WL_MAX_ENTRIES ((1u << 24) - 2)

struct mss_whitelist_entry {
    uint32_t self;          /* index in the table: finds the table back */
    uint32_t domain;        /* arena offsets */
    uint32_t description;
    uint32_t updated;
    uint32_t first_listing; /* its operators run to the next entry's first_listing */
};

/* One operator certificate: its CN (the mail server), O and OU. */
typedef struct mssi_wl_operator {
    uint32_t server; /* arena offsets */
    uint32_t organisation;
    uint32_t operator_id;
} mssi_wl_operator;

typedef struct mssi_wl_table {
    char *arena;
    size_t arena_size;
    mssi_wl_operator *operators; /* distinct certificates */
    size_t noperators;
    uint32_t *listings; /* operator index of each listing, grouped by entry */
    size_t nlistings;
    uint32_t *slots; /* 0: empty; else hash tag << 24 | (entry index + 1) */
    size_t nslots;   /* a power of two */
    uint32_t generated;
    size_t count;
    struct mss_whitelist_entry entries[]; /* count + 1: the last only ends the listings */
} mssi_wl_table;

struct mss_whitelist {
    mssi_wl_table *table; /* NULL while empty */
};

const mssi_wl_table *mssi_table_of(const mss_whitelist_entry *e);

/* Exact lookup of an already normalised name. */
const mss_whitelist_entry *mssi_whitelist_find(const mss_whitelist *wl, const char *normalised, size_t len);

/* Octets the table holds on the heap. */
size_t mssi_table_memory(const mssi_wl_table *t);

void mssi_table_free(mssi_wl_table *t);

#endif

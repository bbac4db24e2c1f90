/* The compact, read-only form of a loaded whitelist, and the lookup on it.
 * Not installed.
 *
 * The whole table is ONE allocation, in this order: the header with its
 * entries, the hash slots, the listing details, the operators, then the
 * arena where every string lives once (operator names repeat thousands of
 * times in the ANS list). A record reaches what it refers to by a 32-bit
 * count of octets from its own start, always forward: so an entry handle
 * alone gives its strings and operators, with no table pointer or index in
 * each entry (the 2025 list must fit in 512 KiB).
 *
 * Most domains share their DateMAJ and operators with others (the 5,001
 * domains of the 2025 list have 1,194 distinct pairs), so an entry holds
 * its domain and description and points to a shared details record.
 *
 * A lookup hashes the name once and probes 32-bit slots that carry an 8-bit
 * tag of the hash, so a miss rarely touches an entry. */
#ifndef MSS_LIB_WHITELIST_TABLE_H
#define MSS_LIB_WHITELIST_TABLE_H

#include <stddef.h>
#include <stdint.h>

#include <medimail/whitelist.h>

/* Slots hold the entry index in 24 bits: the bound on distinct domains. */
#define MSSI_WL_MAX_ENTRIES ((1u << 24) - 2)

/* The bound on a table's size: its references are 32-bit. */
#define MSSI_WL_MAX_OCTETS ((size_t)UINT32_MAX)

struct mss_whitelist_entry {
    uint32_t domain; /* octets from this entry to its strings */
    uint32_t description;
    uint32_t details; /* octets from this entry to its mssi_wl_details */
};

/* What entries may share: the latest DateMAJ and the operators in the order
 * first listed. */
typedef struct mssi_wl_details {
    uint32_t updated; /* octets from this record to the string */
    uint32_t count;
    uint32_t operators[]; /* octets from this record to each mssi_wl_operator */
} mssi_wl_details;

/* One operator certificate: its CN (the mail server), O and OU. */
typedef struct mssi_wl_operator {
    uint32_t server; /* octets from this record to each string */
    uint32_t organisation;
    uint32_t operator_id;
} mssi_wl_operator;

typedef struct mssi_wl_table {
    size_t size;           /* octets of the whole allocation */
    const uint32_t *slots; /* 0: empty; else hash tag << 24 | (entry index + 1) */
    size_t nslots;         /* a power of two */
    const char *arena;     /* offset 0: the empty string */
    size_t arena_size;
    const char *generated;
    size_t count;
    struct mss_whitelist_entry entries[];
} mssi_wl_table;

struct mss_whitelist {
    mssi_wl_table *table; /* NULL while empty */
};

/* What a record's field refers to. */
static inline const void *mssi_wl_at(const void *record, uint32_t offset)
{
    return (const char *)record + offset;
}

static inline const char *mssi_wl_domain(const mss_whitelist_entry *e)
{
    return mssi_wl_at(e, e->domain);
}

static inline const mssi_wl_details *mssi_wl_details_of(const mss_whitelist_entry *e)
{
    return mssi_wl_at(e, e->details);
}

/* Exact lookup of an already normalised name. */
const mss_whitelist_entry *mssi_whitelist_find(const mss_whitelist *wl, const char *normalised, size_t len);

#endif

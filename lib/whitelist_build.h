/* Building a whitelist table: listings are added one by one (interning
 * every string and merging duplicate domains), then the builder is turned
 * into a compact mssi_wl_table. A load builds into a fresh builder seeded
 * with the current table and swaps only on success, so a failed load never
 * leaves a half-loaded list. Not installed. */
#ifndef MSS_LIB_WHITELIST_BUILD_H
#define MSS_LIB_WHITELIST_BUILD_H

#include "index_map.h"
#include "whitelist_table.h"

/* One listing of a domain (one <Domaine> element). Strings need not be
 * NUL-terminated; a NULL or empty one is absent. */
typedef struct mssi_wl_listing {
    const char *description;
    size_t description_len;
    const char *updated;
    size_t updated_len;
    const char *server;
    size_t server_len;
    const char *organisation;
    size_t organisation_len;
    const char *operator_id;
    size_t operator_id_len;
    bool has_operator; /* false: no certificate, so no operator */
} mssi_wl_listing;

/* In the builder, strings are offsets in its arena. */
typedef struct mssi_wlb_entry {
    uint32_t domain, description, updated;
    uint32_t nlistings;
    uint64_t hash; /* of the domain, kept for the table's slots */
} mssi_wlb_entry;

typedef struct mssi_wlb_operator {
    uint32_t server, organisation, operator_id;
} mssi_wlb_operator;

typedef struct mssi_wlb_listing {
    uint32_t entry, op;
} mssi_wlb_listing;

typedef struct mssi_wl_builder {
    char *arena;
    size_t len, cap;
    mssi_map strings;   /* interned strings, by arena offset */
    mssi_map domains;   /* entries, by index */
    mssi_map operators; /* operator certificates, by index */
    mssi_map pairs;     /* listings, by index: a certificate counts once per domain */
    mssi_wlb_entry *entries;
    size_t nentries, centries;
    mssi_wlb_listing *listings;
    size_t nlistings, clistings;
    mssi_wlb_operator *ops;
    size_t nops, cops;
    uint32_t generated;
} mssi_wl_builder;

/* Start a builder holding every entry of `seed` (may be NULL). */
int mssi_wlb_init(mssi_wl_builder *b, const mssi_wl_table *seed);

/* Add a normalised domain and, when l is not NULL, one listing of it.
 * *is_new (may be NULL) tells whether the domain was new. */
int mssi_wlb_add(mssi_wl_builder *b, const char *domain, size_t len, const mssi_wl_listing *l, bool *is_new);

int mssi_wlb_set_generated(mssi_wl_builder *b, const char *s, size_t len);

/* Pack the builder into a compact table (whitelist_pack.c). The builder
 * must be freed afterwards either way. */
int mssi_wlb_finish(mssi_wl_builder *b, mssi_wl_table **out);

void mssi_wlb_free(mssi_wl_builder *b);

#endif

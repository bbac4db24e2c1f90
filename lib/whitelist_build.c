#include <stdlib.h>
#include <string.h>

#include "hash.h"
#include "whitelist_build.h"

/* Room for one more element of an array that doubles as it grows. */
static int reserve(void **array, size_t *cap, size_t used, size_t more, size_t size)
{
    if (used + more <= *cap)
        return MSS_OK;
    size_t n = *cap ? *cap : 64;
    while (n < used + more)
        n *= 2;
    if (n > SIZE_MAX / size)
        return MSS_ERR_NO_MEMORY;
    void *p = realloc(*array, n * size);
    if (!p)
        return MSS_ERR_NO_MEMORY;
    *array = p;
    *cap = n;
    return MSS_OK;
}

typedef struct {
    const char *s;
    size_t len;
} string_key;

static bool string_equals(const void *ctx, uint32_t offset, const void *key)
{
    const mssi_wl_builder *b = ctx;
    const string_key *k = key;
    const char *s = b->arena + offset;
    return strncmp(s, k->s, k->len) == 0 && s[k->len] == '\0';
}

static bool domain_equals(const void *ctx, uint32_t index, const void *key)
{
    const mssi_wl_builder *b = ctx;
    return string_equals(ctx, b->entries[index].domain, key);
}

static bool operator_equals(const void *ctx, uint32_t index, const void *key)
{
    const mssi_wl_builder *b = ctx;
    const mssi_wl_operator *k = key;
    return b->ops[index].server == k->server && b->ops[index].organisation == k->organisation &&
           b->ops[index].operator_id == k->operator_id;
}

static bool listing_equals(const void *ctx, uint32_t index, const void *key)
{
    const mssi_wl_builder *b = ctx;
    const mssi_wlb_listing *k = key;
    return b->listings[index].entry == k->entry && b->listings[index].op == k->op;
}

static uint32_t hash_pair(uint32_t x, uint32_t y)
{
    return (uint32_t)mssi_hash_mix(((uint64_t)x << 32) | y);
}

/* Arena offset of a string, added once. Offsets are 32-bit: the input size
 * limit keeps the arena far below 4 GiB. */
static int intern(mssi_wl_builder *b, const char *s, size_t len, uint32_t *offset)
{
    len = s ? strnlen(s, len) : 0;
    if (len == 0) {
        *offset = 0;
        return MSS_OK;
    }
    string_key key = {s, len};
    uint32_t hash = (uint32_t)mssi_hash(s, len);
    uint32_t found = mssi_map_find(&b->strings, hash, string_equals, b, &key);
    if (found != MSSI_MAP_NONE) {
        *offset = found;
        return MSS_OK;
    }
    if (b->len + len + 1 > UINT32_MAX)
        return MSS_ERR_WHITELIST_TOO_LARGE;
    int rc = reserve((void **)&b->arena, &b->cap, b->len, len + 1, 1);
    if (rc == MSS_OK)
        rc = mssi_map_insert(&b->strings, hash, (uint32_t)b->len);
    if (rc != MSS_OK)
        return rc;
    memcpy(b->arena + b->len, s, len);
    b->arena[b->len + len] = '\0';
    *offset = (uint32_t)b->len;
    b->len += len + 1;
    return MSS_OK;
}

static int operator_index(mssi_wl_builder *b, const mssi_wl_listing *l, uint32_t *index)
{
    mssi_wl_operator op;
    int rc = intern(b, l->server, l->server_len, &op.server);
    if (rc == MSS_OK)
        rc = intern(b, l->organisation, l->organisation_len, &op.organisation);
    if (rc == MSS_OK)
        rc = intern(b, l->operator_id, l->operator_id_len, &op.operator_id);
    if (rc != MSS_OK)
        return rc;
    uint32_t hash = hash_pair(hash_pair(op.server, op.organisation), op.operator_id);
    *index = mssi_map_find(&b->operators, hash, operator_equals, b, &op);
    if (*index != MSSI_MAP_NONE)
        return MSS_OK;
    rc = reserve((void **)&b->ops, &b->cops, b->nops, 1, sizeof *b->ops);
    if (rc == MSS_OK)
        rc = mssi_map_insert(&b->operators, hash, (uint32_t)b->nops);
    if (rc != MSS_OK)
        return rc;
    b->ops[b->nops] = op;
    *index = (uint32_t)b->nops++;
    return MSS_OK;
}

static int find_or_create(mssi_wl_builder *b, const char *domain, size_t len, uint32_t *index, bool *is_new)
{
    string_key key = {domain, len};
    uint32_t hash = (uint32_t)mssi_hash(domain, len);
    *index = mssi_map_find(&b->domains, hash, domain_equals, b, &key);
    *is_new = *index == MSSI_MAP_NONE;
    if (!*is_new)
        return MSS_OK;
    if (b->nentries >= MSSI_WL_MAX_ENTRIES)
        return MSS_ERR_WHITELIST_TOO_LARGE;
    mssi_wlb_entry e = {0, 0, 0, 0};
    int rc = intern(b, domain, len, &e.domain);
    if (rc == MSS_OK)
        rc = reserve((void **)&b->entries, &b->centries, b->nentries, 1, sizeof *b->entries);
    if (rc == MSS_OK)
        rc = mssi_map_insert(&b->domains, hash, (uint32_t)b->nentries);
    if (rc != MSS_OK)
        return rc;
    b->entries[b->nentries] = e;
    *index = (uint32_t)b->nentries++;
    return MSS_OK;
}

/* The description of the first listing that has one; the latest DateMAJ
 * (ISO 8601 dates in one format compare as strings). */
static int merge_listing(mssi_wl_builder *b, uint32_t index, const mssi_wl_listing *l)
{
    int rc = MSS_OK;
    uint32_t offset;
    if (b->entries[index].description == 0 && l->description_len > 0) {
        rc = intern(b, l->description, l->description_len, &offset);
        b->entries[index].description = rc == MSS_OK ? offset : 0;
    }
    if (rc == MSS_OK && l->updated_len > 0) {
        rc = intern(b, l->updated, l->updated_len, &offset);
        if (rc == MSS_OK && strcmp(b->arena + offset, b->arena + b->entries[index].updated) > 0)
            b->entries[index].updated = offset;
    }
    if (rc != MSS_OK || !l->has_operator)
        return rc;
    mssi_wlb_listing listing = {index, 0};
    rc = operator_index(b, l, &listing.op);
    if (rc != MSS_OK)
        return rc;
    /* The same certificate listed twice (a list loaded again) is one operator. */
    uint32_t hash = hash_pair(listing.entry, listing.op);
    if (mssi_map_find(&b->pairs, hash, listing_equals, b, &listing) != MSSI_MAP_NONE)
        return MSS_OK;
    rc = reserve((void **)&b->listings, &b->clistings, b->nlistings, 1, sizeof *b->listings);
    if (rc == MSS_OK)
        rc = mssi_map_insert(&b->pairs, hash, (uint32_t)b->nlistings);
    if (rc != MSS_OK)
        return rc;
    b->listings[b->nlistings++] = listing;
    b->entries[index].nlistings++;
    return MSS_OK;
}

int mssi_wlb_add(mssi_wl_builder *b, const char *domain, size_t len, const mssi_wl_listing *l, bool *is_new)
{
    uint32_t index;
    bool created;
    int rc = find_or_create(b, domain, len, &index, &created);
    if (is_new)
        *is_new = created;
    return rc == MSS_OK && l ? merge_listing(b, index, l) : rc;
}

int mssi_wlb_set_generated(mssi_wl_builder *b, const char *s, size_t len)
{
    return intern(b, s, len, &b->generated);
}

static int seed_from(mssi_wl_builder *b, const mssi_wl_table *t)
{
    int rc = mssi_wlb_set_generated(b, t->arena + t->generated, strlen(t->arena + t->generated));
    for (size_t i = 0; i < t->count && rc == MSS_OK; i++) {
        const struct mss_whitelist_entry *e = &t->entries[i];
        const char *domain = t->arena + e->domain;
        mssi_wl_listing l = {0};
        l.description = t->arena + e->description;
        l.description_len = strlen(l.description);
        l.updated = t->arena + e->updated;
        l.updated_len = strlen(l.updated);
        rc = mssi_wlb_add(b, domain, strlen(domain), &l, NULL);
        for (uint32_t k = e->first_listing; k < e[1].first_listing && rc == MSS_OK; k++) {
            const mssi_wl_operator *op = &t->operators[t->listings[k]];
            l.has_operator = true;
            l.server = t->arena + op->server;
            l.server_len = strlen(l.server);
            l.organisation = t->arena + op->organisation;
            l.organisation_len = strlen(l.organisation);
            l.operator_id = t->arena + op->operator_id;
            l.operator_id_len = strlen(l.operator_id);
            rc = mssi_wlb_add(b, domain, strlen(domain), &l, NULL);
        }
    }
    return rc;
}

int mssi_wlb_init(mssi_wl_builder *b, const mssi_wl_table *seed)
{
    memset(b, 0, sizeof *b);
    int rc = reserve((void **)&b->arena, &b->cap, 0, seed ? seed->arena_size : 1, 1);
    if (rc != MSS_OK)
        return rc;
    b->arena[0] = '\0'; /* offset 0: the empty string */
    b->len = 1;
    return seed ? seed_from(b, seed) : MSS_OK;
}

/* Fill the listings of the table grouped by entry, in input order within
 * each (a counting sort). */
static void group_listings(mssi_wl_builder *b, mssi_wl_table *t)
{
    uint32_t next = 0;
    for (size_t i = 0; i < b->nentries; i++) {
        t->entries[i].first_listing = next;
        next += b->entries[i].nlistings;
        b->entries[i].nlistings = t->entries[i].first_listing; /* now the fill cursor */
    }
    t->entries[b->nentries].first_listing = next;
    for (size_t k = 0; k < b->nlistings; k++)
        t->listings[b->entries[b->listings[k].entry].nlistings++] = b->listings[k].op;
}

static void index_entries(mssi_wl_table *t)
{
    for (size_t i = 0; i < t->count; i++) {
        const char *d = t->arena + t->entries[i].domain;
        uint64_t h = mssi_hash(d, strlen(d));
        size_t s = h & (t->nslots - 1);
        while (t->slots[s] != 0)
            s = (s + 1) & (t->nslots - 1);
        t->slots[s] = (uint32_t)(h >> 56) << 24 | (uint32_t)(i + 1);
    }
}

/* Shrink a builder array to its used size and hand it over. */
static void *take(void **array, size_t used, size_t size)
{
    void *p = used ? realloc(*array, used * size) : NULL;
    if (!p) {
        p = *array;
        if (!used) {
            free(p);
            p = NULL;
        }
    }
    *array = NULL;
    return p;
}

int mssi_wlb_finish(mssi_wl_builder *b, mssi_wl_table **out)
{
    size_t n = b->nentries, nslots = 8;
    while (nslots < n + n / 3 + 1)
        nslots *= 2;
    mssi_wl_table *t = malloc(sizeof *t + (n + 1) * sizeof t->entries[0]);
    uint32_t *slots = calloc(nslots, sizeof *slots);
    uint32_t *listings = malloc((b->nlistings ? b->nlistings : 1) * sizeof *listings);
    if (!t || !slots || !listings) {
        free(t);
        free(slots);
        free(listings);
        return MSS_ERR_NO_MEMORY;
    }
    t->count = n;
    t->slots = slots;
    t->nslots = nslots;
    t->listings = listings;
    t->nlistings = b->nlistings;
    t->generated = b->generated;
    for (size_t i = 0; i < n; i++) {
        t->entries[i].self = (uint32_t)i;
        t->entries[i].domain = b->entries[i].domain;
        t->entries[i].description = b->entries[i].description;
        t->entries[i].updated = b->entries[i].updated;
    }
    t->entries[n] = (struct mss_whitelist_entry){(uint32_t)n, 0, 0, 0, 0};
    group_listings(b, t);
    t->arena_size = b->len;
    t->arena = take((void **)&b->arena, b->len, 1);
    t->noperators = b->nops;
    t->operators = take((void **)&b->ops, b->nops, sizeof *b->ops);
    index_entries(t);
    *out = t;
    return MSS_OK;
}

void mssi_wlb_free(mssi_wl_builder *b)
{
    free(b->arena);
    free(b->entries);
    free(b->listings);
    free(b->ops);
    mssi_map_free(&b->strings);
    mssi_map_free(&b->domains);
    mssi_map_free(&b->operators);
    mssi_map_free(&b->pairs);
    memset(b, 0, sizeof *b);
}

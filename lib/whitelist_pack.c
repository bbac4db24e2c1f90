/* Packing a builder into the one-allocation table of whitelist_table.h:
 * the details records that entries share are found first, then every part
 * is laid out in order and each reference written as a forward offset. */
#include <stdlib.h>
#include <string.h>

#include "hash.h"
#include "whitelist_build.h"

/* The details records: entries with the same latest DateMAJ and the same
 * operators in the same order share one. */
typedef struct {
    const mssi_wl_builder *b;
    uint32_t *first;    /* entry e's operators are ops[first[e] .. first[e + 1]) */
    uint32_t *ops;      /* operator index of each listing, grouped by entry */
    uint32_t *of_entry; /* the record of each entry */
    uint32_t *owner;    /* the first entry of each record: its key */
    uint32_t *offset;   /* octets from the first record to each */
    size_t n;
    size_t size; /* octets of all the records */
    mssi_map map;
} details_set;

/* Group the listings by entry, in input order within each (a counting sort
 * that fills each entry's run from its end). */
static void group_listings(details_set *d)
{
    const mssi_wl_builder *b = d->b;
    uint32_t end = 0;
    for (size_t e = 0; e < b->nentries; e++) {
        end += b->entries[e].nlistings;
        d->first[e] = end;
    }
    d->first[b->nentries] = end;
    for (size_t k = b->nlistings; k-- > 0;)
        d->ops[--d->first[b->listings[k].entry]] = b->listings[k].op;
}

static bool same_details(const void *ctx, uint32_t id, const void *key)
{
    const details_set *d = ctx;
    uint32_t x = d->owner[id], y = *(const uint32_t *)key;
    uint32_t n = d->first[x + 1] - d->first[x];
    return d->b->entries[x].updated == d->b->entries[y].updated && d->first[y + 1] - d->first[y] == n &&
           memcmp(d->ops + d->first[x], d->ops + d->first[y], n * sizeof *d->ops) == 0;
}

static uint32_t hash_details(const details_set *d, uint32_t e)
{
    uint64_t h = mssi_hash_mix(d->b->entries[e].updated);
    for (uint32_t k = d->first[e]; k < d->first[e + 1]; k++)
        h = mssi_hash_mix(h + d->ops[k] + 1);
    return (uint32_t)h;
}

static int find_details(details_set *d)
{
    for (uint32_t e = 0; e < d->b->nentries; e++) {
        uint32_t hash = hash_details(d, e);
        uint32_t found = mssi_map_find(&d->map, hash, same_details, d, &e);
        if (found == MSSI_MAP_NONE) {
            int rc = mssi_map_insert(&d->map, hash, (uint32_t)d->n);
            if (rc != MSS_OK)
                return rc;
            found = (uint32_t)d->n++;
            d->owner[found] = e;
            d->offset[found] = (uint32_t)d->size;
            d->size += sizeof(mssi_wl_details) + (d->first[e + 1] - d->first[e]) * sizeof(uint32_t);
        }
        d->of_entry[e] = found;
    }
    return MSS_OK;
}

static void details_free(details_set *d)
{
    free(d->first);
    free(d->ops);
    free(d->of_entry);
    free(d->owner);
    free(d->offset);
    mssi_map_free(&d->map);
}

static int details_init(details_set *d, const mssi_wl_builder *b)
{
    memset(d, 0, sizeof *d);
    d->b = b;
    size_t n = b->nentries;
    d->first = malloc((n + 1) * sizeof *d->first);
    d->ops = malloc((b->nlistings ? b->nlistings : 1) * sizeof *d->ops);
    d->of_entry = malloc((n ? n : 1) * sizeof *d->of_entry);
    d->owner = malloc((n ? n : 1) * sizeof *d->owner);
    d->offset = malloc((n ? n : 1) * sizeof *d->offset);
    if (!d->first || !d->ops || !d->of_entry || !d->owner || !d->offset) {
        details_free(d);
        return MSS_ERR_NO_MEMORY;
    }
    group_listings(d);
    int rc = find_details(d);
    if (rc != MSS_OK)
        details_free(d);
    return rc;
}

/* Where each part starts, in octets from the start of the table. */
typedef struct {
    size_t slots, details, operators, arena, size;
} layout;

/* Octets from a record at `from` to what it refers to at `to`. */
static uint32_t ref(size_t from, size_t to)
{
    return (uint32_t)(to - from);
}

static void *at(mssi_wl_table *t, size_t offset)
{
    return (char *)t + offset;
}

static void fill_slots(mssi_wl_table *t, const mssi_wl_builder *b, const layout *p)
{
    uint32_t *slots = at(t, p->slots);
    memset(slots, 0, t->nslots * sizeof *slots);
    for (size_t i = 0; i < b->nentries; i++) {
        uint64_t h = b->entries[i].hash;
        size_t s = h & (t->nslots - 1);
        while (slots[s] != 0)
            s = (s + 1) & (t->nslots - 1);
        slots[s] = (uint32_t)(h >> 56) << 24 | (uint32_t)(i + 1);
    }
}

static void fill_operators(mssi_wl_table *t, const mssi_wl_builder *b, const layout *p)
{
    for (size_t k = 0; k < b->nops; k++) {
        size_t here = p->operators + k * sizeof(mssi_wl_operator);
        mssi_wl_operator *op = at(t, here);
        op->server = ref(here, p->arena + b->ops[k].server);
        op->organisation = ref(here, p->arena + b->ops[k].organisation);
        op->operator_id = ref(here, p->arena + b->ops[k].operator_id);
    }
}

static void fill_details(mssi_wl_table *t, const details_set *d, const layout *p)
{
    for (size_t i = 0; i < d->n; i++) {
        uint32_t e = d->owner[i];
        size_t here = p->details + d->offset[i];
        mssi_wl_details *rec = at(t, here);
        rec->updated = ref(here, p->arena + d->b->entries[e].updated);
        rec->count = d->first[e + 1] - d->first[e];
        for (uint32_t k = 0; k < rec->count; k++)
            rec->operators[k] = ref(here, p->operators + d->ops[d->first[e] + k] * sizeof(mssi_wl_operator));
    }
}

static void fill_entries(mssi_wl_table *t, const details_set *d, const layout *p)
{
    for (size_t i = 0; i < t->count; i++) {
        size_t here = offsetof(mssi_wl_table, entries) + i * sizeof t->entries[0];
        t->entries[i].domain = ref(here, p->arena + d->b->entries[i].domain);
        t->entries[i].description = ref(here, p->arena + d->b->entries[i].description);
        t->entries[i].details = ref(here, p->details + d->offset[d->of_entry[i]]);
    }
}

int mssi_wlb_finish(mssi_wl_builder *b, mssi_wl_table **out)
{
    size_t n = b->nentries, nslots = 8;
    while (nslots < n + n / 3 + 1)
        nslots *= 2;
    details_set d;
    int rc = details_init(&d, b);
    if (rc != MSS_OK)
        return rc;
    layout p;
    p.slots = offsetof(mssi_wl_table, entries) + n * sizeof(struct mss_whitelist_entry);
    p.details = p.slots + nslots * sizeof(uint32_t);
    p.operators = p.details + d.size;
    p.arena = p.operators + b->nops * sizeof(mssi_wl_operator);
    p.size = p.arena + b->len;
    mssi_wl_table *t = p.size <= MSSI_WL_MAX_OCTETS ? malloc(p.size) : NULL;
    if (!t) {
        details_free(&d);
        return p.size <= MSSI_WL_MAX_OCTETS ? MSS_ERR_NO_MEMORY : MSS_ERR_WHITELIST_TOO_LARGE;
    }
    t->size = p.size;
    t->slots = at(t, p.slots);
    t->nslots = nslots;
    t->arena = memcpy(at(t, p.arena), b->arena, b->len);
    t->arena_size = b->len;
    t->generated = t->arena + b->generated;
    t->count = n;
    fill_slots(t, b, &p);
    fill_operators(t, b, &p);
    fill_details(t, &d, &p);
    fill_entries(t, &d, &p);
    details_free(&d);
    *out = t;
    return MSS_OK;
}

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

/* An operator certificate as a listing gives it: its CN, O and OU. */
typedef struct {
    string_key server, organisation, operator_id;
} operator_key;

static bool operator_equals(const void *ctx, uint32_t index, const void *key)
{
    const mssi_wl_builder *b = ctx;
    const operator_key *k = key;
    return string_equals(ctx, b->ops[index].server, &k->server) &&
           string_equals(ctx, b->ops[index].organisation, &k->organisation) &&
           string_equals(ctx, b->ops[index].operator_id, &k->operator_id);
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

/* Arena offset of a non-empty string without NUL whose hash is known,
 * added once. Offsets are 32-bit: the input size limit keeps the arena far
 * below 4 GiB. */
static int intern_hashed(mssi_wl_builder *b, const char *s, size_t len, uint32_t hash, uint32_t *offset)
{
    string_key key = {s, len};
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

/* Arena offset of a string (up to its first NUL), "" at offset 0. */
static int intern(mssi_wl_builder *b, const char *s, size_t len, uint32_t *offset)
{
    len = s ? strnlen(s, len) : 0;
    *offset = 0;
    return len ? intern_hashed(b, s, len, (uint32_t)mssi_hash(s, len), offset) : MSS_OK;
}

static string_key key_of(const char *s, size_t len)
{
    return s ? (string_key){s, strnlen(s, len)} : (string_key){"", 0};
}

static uint32_t hash_key(const string_key *k)
{
    return (uint32_t)mssi_hash(k->s, k->len);
}

static uint32_t hash_operator(const operator_key *k)
{
    return hash_pair(hash_pair(hash_key(&k->server), hash_key(&k->organisation)), hash_key(&k->operator_id));
}

/* The operators are found by their strings as given, so a certificate seen
 * before (6,532 listings of 387 certificates in the 2025 list) costs no
 * interning. */
static int operator_index(mssi_wl_builder *b, const mssi_wl_listing *l, uint32_t *index)
{
    operator_key key = {key_of(l->server, l->server_len), key_of(l->organisation, l->organisation_len),
                        key_of(l->operator_id, l->operator_id_len)};
    uint32_t hash = hash_operator(&key);
    *index = mssi_map_find(&b->operators, hash, operator_equals, b, &key);
    if (*index != MSSI_MAP_NONE)
        return MSS_OK;
    mssi_wlb_operator op;
    int rc = intern(b, key.server.s, key.server.len, &op.server);
    if (rc == MSS_OK)
        rc = intern(b, key.organisation.s, key.organisation.len, &op.organisation);
    if (rc == MSS_OK)
        rc = intern(b, key.operator_id.s, key.operator_id.len, &op.operator_id);
    if (rc == MSS_OK)
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
    uint64_t full_hash = mssi_hash(domain, len);
    uint32_t hash = (uint32_t)full_hash;
    *index = mssi_map_find(&b->domains, hash, domain_equals, b, &key);
    *is_new = *index == MSSI_MAP_NONE;
    if (!*is_new)
        return MSS_OK;
    if (b->nentries >= MSSI_WL_MAX_ENTRIES)
        return MSS_ERR_WHITELIST_TOO_LARGE;
    mssi_wlb_entry e = {.hash = full_hash};
    int rc = intern_hashed(b, domain, len, hash, &e.domain); /* the strings map hashes as the domains map */
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

/* Whether s[0..len), without NUL, sorts after the C string current. */
static bool sorts_after(const char *s, size_t len, const char *current)
{
    return strncmp(current, s, len) < 0;
}

/* The description of the first listing that has one; the latest DateMAJ
 * (ISO 8601 dates in one format compare as strings), interned only when it
 * is the latest so far: an older one would be a dead string in the table. */
static int merge_listing(mssi_wl_builder *b, uint32_t index, const mssi_wl_listing *l)
{
    int rc = MSS_OK;
    uint32_t offset;
    if (b->entries[index].description == 0 && l->description_len > 0) {
        rc = intern(b, l->description, l->description_len, &offset);
        b->entries[index].description = rc == MSS_OK ? offset : 0;
    }
    size_t updated_len = l->updated ? strnlen(l->updated, l->updated_len) : 0;
    uint32_t *updated = &b->entries[index].updated;
    if (rc == MSS_OK && updated_len > 0 && sorts_after(l->updated, updated_len, b->arena + *updated)) {
        rc = intern(b, l->updated, updated_len, &offset);
        *updated = rc == MSS_OK ? offset : *updated;
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

/* Every entry of t, each with its description, date and operators. */
static int seed_from(mssi_wl_builder *b, const mssi_wl_table *t)
{
    int rc = mssi_wlb_set_generated(b, t->generated, strlen(t->generated));
    for (size_t i = 0; i < t->count && rc == MSS_OK; i++) {
        const struct mss_whitelist_entry *e = &t->entries[i];
        const mssi_wl_details *details = mssi_wl_details_of(e);
        const char *domain = mssi_wl_domain(e);
        size_t len = strlen(domain);
        mssi_wl_listing l = {0};
        l.description = mssi_wl_at(e, e->description);
        l.description_len = strlen(l.description);
        l.updated = mssi_wl_at(details, details->updated);
        l.updated_len = strlen(l.updated);
        rc = mssi_wlb_add(b, domain, len, &l, NULL);
        for (uint32_t k = 0; k < details->count && rc == MSS_OK; k++) {
            const mssi_wl_operator *op = mssi_wl_at(details, details->operators[k]);
            l.has_operator = true;
            l.server = mssi_wl_at(op, op->server);
            l.server_len = strlen(l.server);
            l.organisation = mssi_wl_at(op, op->organisation);
            l.organisation_len = strlen(l.organisation);
            l.operator_id = mssi_wl_at(op, op->operator_id);
            l.operator_id_len = strlen(l.operator_id);
            rc = mssi_wlb_add(b, domain, len, &l, NULL);
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

/* An open-addressing hash map from a 32-bit hash to a 32-bit id, where the
 * caller keeps the keys (the id indexes its own array) and says how to
 * compare them. Used while a whitelist is built. Not installed. */
#ifndef MSS_LIB_INDEX_MAP_H
#define MSS_LIB_INDEX_MAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define MSSI_MAP_NONE UINT32_MAX

typedef struct mssi_map_slot {
    uint32_t hash;
    uint32_t id_plus_one; /* 0: empty */
} mssi_map_slot;

typedef struct mssi_map {
    mssi_map_slot *slots;
    size_t cap; /* a power of two, or 0 */
    size_t n;
} mssi_map;

/* Whether the key of `id` equals `key`. */
typedef bool (*mssi_map_eq)(const void *ctx, uint32_t id, const void *key);

/* The id whose key equals `key`, or MSSI_MAP_NONE. */
uint32_t mssi_map_find(const mssi_map *m, uint32_t hash, mssi_map_eq eq, const void *ctx, const void *key);

/* Insert an id whose key is known to be absent; grows the map. */
int mssi_map_insert(mssi_map *m, uint32_t hash, uint32_t id);

void mssi_map_free(mssi_map *m);

#endif

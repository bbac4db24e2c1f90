#include <stdlib.h>

#include <medimail/error.h>

#include "index_map.h"

uint32_t mssi_map_find(const mssi_map *m, uint32_t hash, mssi_map_eq eq, const void *ctx, const void *key)
{
    if (m->cap == 0)
        return MSSI_MAP_NONE;
    for (size_t i = hash & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        const mssi_map_slot *s = &m->slots[i];
        if (s->id_plus_one == 0)
            return MSSI_MAP_NONE;
        if (s->hash == hash && eq(ctx, s->id_plus_one - 1, key))
            return s->id_plus_one - 1;
    }
}

static void place(mssi_map_slot *slots, size_t cap, uint32_t hash, uint32_t id_plus_one)
{
    size_t i = hash & (cap - 1);
    while (slots[i].id_plus_one != 0)
        i = (i + 1) & (cap - 1);
    slots[i].hash = hash;
    slots[i].id_plus_one = id_plus_one;
}

/* Keep the load under 3/4 so probes stay short. */
static int grow(mssi_map *m)
{
    size_t cap = m->cap ? m->cap * 2 : 64;
    mssi_map_slot *slots = calloc(cap, sizeof *slots);
    if (!slots)
        return MSS_ERR_NO_MEMORY;
    for (size_t i = 0; i < m->cap; i++)
        if (m->slots[i].id_plus_one != 0)
            place(slots, cap, m->slots[i].hash, m->slots[i].id_plus_one);
    free(m->slots);
    m->slots = slots;
    m->cap = cap;
    return MSS_OK;
}

int mssi_map_insert(mssi_map *m, uint32_t hash, uint32_t id)
{
    if ((m->n + 1) * 4 > m->cap * 3) {
        int rc = grow(m);
        if (rc != MSS_OK)
            return rc;
    }
    place(m->slots, m->cap, hash, id + 1);
    m->n++;
    return MSS_OK;
}

void mssi_map_free(mssi_map *m)
{
    free(m->slots);
    m->slots = NULL;
    m->cap = m->n = 0;
}

/* The whitelist handle: creation, single additions, and every read-only
 * query (lookup, listing, entry fields). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "domain_internal.h"
#include "hash.h"
#include "result.h"
#include "whitelist_internal.h"

mss_whitelist *mss_whitelist_new(void)
{
    return calloc(1, sizeof(mss_whitelist));
}

void mss_whitelist_free(mss_whitelist *wl)
{
    if (!wl)
        return;
    free(wl->table);
    free(wl);
}

const mss_whitelist_entry *mssi_whitelist_find(const mss_whitelist *wl, const char *normalised, size_t len)
{
    const mssi_wl_table *t = wl->table;
    if (!t)
        return NULL;
    uint64_t h = mssi_hash(normalised, len);
    uint32_t tag = (uint32_t)(h >> 56);
    for (size_t s = h & (t->nslots - 1);; s = (s + 1) & (t->nslots - 1)) {
        uint32_t v = t->slots[s];
        if (v == 0)
            return NULL;
        if (v >> 24 != tag)
            continue;
        const struct mss_whitelist_entry *e = &t->entries[(v & 0xFFFFFFu) - 1];
        const char *d = mssi_wl_domain(e);
        if (strncmp(d, normalised, len) == 0 && d[len] == '\0')
            return e;
    }
}

size_t mss_whitelist_memory(const mss_whitelist *wl)
{
    return wl ? sizeof *wl + (wl->table ? wl->table->size : 0) : 0;
}

int mss_whitelist_add(mss_whitelist *wl, const char *domain, mss_result *res)
{
    mss_result_init(res);
    if (!wl || !domain)
        return mssi_fail(res, MSS_ERR_NULL_ARGUMENT, MSS_NO_POSITION);
    char d[MSS_DOMAIN_BUFSIZE];
    size_t n;
    int rc = mssi_domain_normalize(domain, mssi_input_length(domain), d, &n, res);
    if (rc != MSS_OK || mssi_whitelist_find(wl, d, n))
        return rc;
    mssi_wl_builder b;
    rc = mssi_load_begin(wl, &b, NULL);
    if (rc == MSS_OK)
        rc = mssi_wlb_add(&b, d, n, NULL, NULL);
    rc = mssi_load_end(wl, &b, rc, NULL);
    return rc == MSS_OK ? MSS_OK : mssi_fail(res, rc, MSS_NO_POSITION);
}

size_t mss_whitelist_count(const mss_whitelist *wl)
{
    return wl && wl->table ? wl->table->count : 0;
}

const char *mss_whitelist_generated(const mss_whitelist *wl)
{
    return wl && wl->table ? wl->table->generated : "";
}

#define ONES 0x0101010101010101u
#define HIGHS (ONES * 0x80)

/* The high bit of each byte of w (all below 0x80) that lies in [lo, hi]. */
static uint64_t in_range(uint64_t w, unsigned lo, unsigned hi)
{
    return (w + ONES * (0x80 - lo)) & ~(w + ONES * (0x7F - hi)) & HIGHS;
}

/* Whether normalising s[0..len) could only give s back or refuse it: lower
 * case letters, digits, hyphens and dots, and no "--" (so no xn-- label for
 * libidn2 to rewrite). Eight bytes at a time: this decides every miss. */
static bool already_normal(const char *s, size_t len)
{
    size_t i = 0;
    for (uint64_t w; i + 8 <= len; i += 8) {
        memcpy(&w, s + i, 8);
        if (w & HIGHS)
            return false;
        if ((in_range(w, 'a', 'z') | in_range(w, '0', '9') | in_range(w, '-', '.')) != HIGHS)
            return false;
        /* a hyphen after a hyphen, inside this word or across two */
        uint64_t hyphens = in_range(w, '-', '-');
        if ((hyphens & (hyphens << 8)) || (s[i] == '-' && i > 0 && s[i - 1] == '-'))
            return false;
    }
    for (; i < len; i++) {
        char c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-'))
            return false;
        if (c == '-' && i > 0 && s[i - 1] == '-')
            return false;
    }
    return true;
}

const mss_whitelist_entry *mss_whitelist_lookup(const mss_whitelist *wl, const char *domain)
{
    if (!wl || !domain)
        return NULL;
    /* The table holds normalised names only, so a name found as it is needs
     * no normalising: the common case of a name taken from a listed address
     * or a directory row costs one hash. */
    size_t len = strnlen(domain, MSS_DOMAIN_MAX + 1);
    if (len <= MSS_DOMAIN_MAX) {
        const mss_whitelist_entry *e = mssi_whitelist_find(wl, domain, len);
        if (e || already_normal(domain, len))
            return e;
    }
    char d[MSS_DOMAIN_BUFSIZE];
    size_t n;
    if (mssi_domain_normalize(domain, mssi_input_length(domain), d, &n, NULL) != MSS_OK)
        return NULL;
    return mssi_whitelist_find(wl, d, n);
}

bool mss_whitelist_contains(const mss_whitelist *wl, const char *domain)
{
    return mss_whitelist_lookup(wl, domain) != NULL;
}

const mss_whitelist_entry *mss_whitelist_entry_at(const mss_whitelist *wl, size_t i)
{
    return i < mss_whitelist_count(wl) ? &wl->table->entries[i] : NULL;
}

size_t mss_whitelist_entry_index(const mss_whitelist *wl, const mss_whitelist_entry *e)
{
    if (!e || !wl || !wl->table)
        return MSS_NO_POSITION;
    /* As integers: comparing e with an array it may not belong to is
     * undefined for pointers. */
    uintptr_t first = (uintptr_t)wl->table->entries, at = (uintptr_t)e;
    size_t i = (at - first) / sizeof *e;
    return at >= first && i < wl->table->count && first + i * sizeof *e == at ? i : MSS_NO_POSITION;
}

const char *mss_whitelist_entry_domain(const mss_whitelist_entry *e)
{
    return e ? mssi_wl_domain(e) : "";
}

const char *mss_whitelist_entry_description(const mss_whitelist_entry *e)
{
    return e ? mssi_wl_at(e, e->description) : "";
}

const char *mss_whitelist_entry_updated(const mss_whitelist_entry *e)
{
    if (!e)
        return "";
    const mssi_wl_details *d = mssi_wl_details_of(e);
    return mssi_wl_at(d, d->updated);
}

size_t mss_whitelist_entry_operator_count(const mss_whitelist_entry *e)
{
    return e ? mssi_wl_details_of(e)->count : 0;
}

/* The i-th operator of e, or NULL when out of range. */
static const mssi_wl_operator *operator_at(const mss_whitelist_entry *e, size_t i)
{
    const mssi_wl_details *d = mssi_wl_details_of(e);
    return i < d->count ? mssi_wl_at(d, d->operators[i]) : NULL;
}

int mss_whitelist_entry_operator(const mss_whitelist_entry *e, size_t i, const char **organisation,
                                 const char **operator_id)
{
    if (!e)
        return MSS_ERR_NULL_ARGUMENT;
    const mssi_wl_operator *op = operator_at(e, i);
    if (!op)
        return MSS_ERR_INVALID_ARGUMENT;
    if (organisation)
        *organisation = mssi_wl_at(op, op->organisation);
    if (operator_id)
        *operator_id = mssi_wl_at(op, op->operator_id);
    return MSS_OK;
}

const char *mss_whitelist_entry_operator_server(const mss_whitelist_entry *e, size_t i)
{
    const mssi_wl_operator *op = e ? operator_at(e, i) : NULL;
    return op ? mssi_wl_at(op, op->server) : "";
}

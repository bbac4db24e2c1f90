/* What every whitelist load promises, checked by both loader targets:
 * all or nothing, an idempotent reload, and a loaded list whose entries
 * are normalised domains that look themselves up. */
#ifndef MSS_FUZZ_WHITELIST_INVARIANTS_H
#define MSS_FUZZ_WHITELIST_INVARIANTS_H

#include <medimail/domain.h>
#include <medimail/whitelist.h>

#include "fuzz_util.h"

typedef int (*whitelist_loader)(mss_whitelist *, const char *, size_t, mss_load_info *);

/* A domain in the list before the load: a failed load must keep it, alone. */
#define FUZZ_PRELOADED "preexistant.mssante.fr"

static inline void fuzz_check_info(int rc, const mss_load_info *info)
{
    FUZZ_ASSERT(rc <= 0 && mss_error_is_known(rc));
    FUZZ_ASSERT(info->code == rc);
    FUZZ_ASSERT(info->nnotes <= MSS_LOAD_MAX_NOTES);
    FUZZ_ASSERT(info->added <= info->entries);
    FUZZ_ASSERT(info->skipped <= info->entries);
    for (unsigned i = 0; i < info->nnotes; i++) {
        FUZZ_ASSERT(mss_error_is_known(info->notes[i].code) && info->notes[i].code != MSS_OK);
        FUZZ_ASSERT(memchr(info->notes[i].text, '\0', sizeof info->notes[i].text) != NULL);
    }
}

/* Suggestions cost an edit distance per listed domain: ask for a few only. */
#define FUZZ_SUGGEST_SAMPLE 4

static inline void fuzz_check_entries(const mss_whitelist *wl)
{
    size_t n = mss_whitelist_count(wl);
    FUZZ_ASSERT(mss_whitelist_entry_at(wl, n) == NULL);
    FUZZ_ASSERT(mss_whitelist_generated(wl) != NULL);
    for (size_t i = 0; i < n; i++) {
        const mss_whitelist_entry *e = mss_whitelist_entry_at(wl, i);
        FUZZ_ASSERT(e != NULL);
        const char *domain = mss_whitelist_entry_domain(e);
        char norm[MSS_DOMAIN_BUFSIZE];
        FUZZ_ASSERT(mss_domain_normalize(domain, norm, sizeof norm, NULL) == MSS_OK);
        FUZZ_ASSERT(strcmp(norm, domain) == 0);
        FUZZ_ASSERT(mss_whitelist_lookup(wl, domain) == e);
        FUZZ_ASSERT(mss_whitelist_entry_description(e) != NULL);
        FUZZ_ASSERT(mss_whitelist_entry_updated(e) != NULL);
        size_t ops = mss_whitelist_entry_operator_count(e);
        for (size_t k = 0; k < ops; k++) {
            const char *org = NULL, *id = NULL;
            FUZZ_ASSERT(mss_whitelist_entry_operator(e, k, &org, &id) == MSS_OK);
            FUZZ_ASSERT(org != NULL && id != NULL);
        }
        FUZZ_ASSERT(mss_whitelist_entry_operator(e, ops, NULL, NULL) == MSS_ERR_INVALID_ARGUMENT);
        if (i < FUZZ_SUGGEST_SAMPLE) {
            const mss_whitelist_entry *near[4];
            size_t got = mss_whitelist_suggest(wl, domain, near, 4);
            FUZZ_ASSERT(got <= 4);
            for (size_t k = 0; k < got; k++)
                FUZZ_ASSERT(near[k] != NULL);
        }
    }
}

static inline void fuzz_whitelist_load(whitelist_loader load, const uint8_t *data, size_t size)
{
    mss_whitelist *wl = mss_whitelist_new();
    FUZZ_ASSERT(wl != NULL);
    FUZZ_ASSERT(mss_whitelist_add(wl, FUZZ_PRELOADED, NULL) == MSS_OK);

    mss_load_info info;
    int rc = load(wl, (const char *)data, size, &info);
    fuzz_check_info(rc, &info);
    if (rc != MSS_OK) {
        FUZZ_ASSERT(mss_whitelist_count(wl) == 1);
        FUZZ_ASSERT(mss_whitelist_contains(wl, FUZZ_PRELOADED));
    } else {
        size_t count = mss_whitelist_count(wl);
        FUZZ_ASSERT(count == 1 + info.added);
        fuzz_check_entries(wl);
        /* Loading the same list again adds nothing and fails nothing. */
        mss_load_info again;
        FUZZ_ASSERT(load(wl, (const char *)data, size, &again) == MSS_OK);
        FUZZ_ASSERT(again.added == 0 && mss_whitelist_count(wl) == count);
    }
    mss_whitelist_free(wl);
}

#endif

/* "Did you mean": listed domains within a small edit distance of an
 * unlisted one (pro.oc.msante.fr -> pro.oc.mssante.fr). */
#include <string.h>

#include "domain_internal.h"
#include "whitelist_table.h"

/* Typos worth suggesting: one edit per eight octets, at most three. */
static size_t max_distance(size_t len)
{
    size_t k = 1 + len / 8;
    return k > 3 ? 3 : k;
}

/* Optimal string alignment distance (Damerau-Levenshtein where a swap of
 * neighbours is one edit), or bound + 1 as soon as it must exceed bound. */
static size_t bounded_distance(const char *a, size_t n, const char *b, size_t m, size_t bound)
{
    if ((n > m ? n - m : m - n) > bound)
        return bound + 1;
    size_t rows[3][MSS_DOMAIN_BUFSIZE];
    size_t *before = rows[0], *prev = rows[1], *cur = rows[2];
    for (size_t j = 0; j <= m; j++)
        prev[j] = j;
    for (size_t i = 1; i <= n; i++) {
        cur[0] = i;
        size_t row_min = i;
        for (size_t j = 1; j <= m; j++) {
            size_t cost = a[i - 1] != b[j - 1];
            size_t d = prev[j - 1] + cost;
            if (prev[j] + 1 < d)
                d = prev[j] + 1;
            if (cur[j - 1] + 1 < d)
                d = cur[j - 1] + 1;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && before[j - 2] + 1 < d)
                d = before[j - 2] + 1;
            cur[j] = d;
            if (d < row_min)
                row_min = d;
        }
        if (row_min > bound)
            return bound + 1;
        size_t *spare = before;
        before = prev;
        prev = cur;
        cur = spare;
    }
    return prev[m];
}

typedef struct {
    const mss_whitelist_entry *entry;
    size_t distance;
    const char *domain;
} candidate;

static bool closer(const candidate *x, const candidate *y)
{
    return x->distance < y->distance || (x->distance == y->distance && strcmp(x->domain, y->domain) < 0);
}

/* Keep the best `max` candidates sorted, closest first (insertion). */
static size_t keep(candidate *best, size_t n, size_t max, candidate c)
{
    if (n == max && !closer(&c, &best[n - 1]))
        return n;
    size_t i = n < max ? n++ : n - 1;
    for (; i > 0 && closer(&c, &best[i - 1]); i--)
        best[i] = best[i - 1];
    best[i] = c;
    return n;
}

enum { SUGGEST_MAX = 64 };

/* A typo can make a name invalid ("pro.oc.mssante,fr", a trailing dot):
 * compare it as typed, ASCII letters lowercased. */
static bool as_typed(const char *domain, char *d, size_t *n)
{
    *n = strnlen(domain, MSS_DOMAIN_BUFSIZE);
    if (*n == 0 || *n > MSS_DOMAIN_MAX)
        return false;
    for (size_t i = 0; i < *n; i++)
        d[i] = domain[i] >= 'A' && domain[i] <= 'Z' ? (char)(domain[i] + ('a' - 'A')) : domain[i];
    d[*n] = '\0';
    return true;
}

size_t mss_whitelist_suggest(const mss_whitelist *wl, const char *domain, const mss_whitelist_entry **out, size_t max)
{
    if (!wl || !wl->table || !domain || !out || max == 0)
        return 0;
    char d[MSS_DOMAIN_BUFSIZE];
    size_t n;
    if (mssi_domain_normalize(domain, mssi_input_length(domain), d, &n, NULL) != MSS_OK && !as_typed(domain, d, &n))
        return 0;
    if (max > SUGGEST_MAX)
        max = SUGGEST_MAX;
    const mssi_wl_table *t = wl->table;
    size_t bound = max_distance(n), found = 0;
    candidate best[SUGGEST_MAX];
    for (size_t i = 0; i < t->count; i++) {
        const char *e = mssi_wl_domain(&t->entries[i]);
        size_t dist = bounded_distance(d, n, e, strlen(e), bound);
        if (dist > bound)
            continue;
        found = keep(best, found, max, (candidate){&t->entries[i], dist, e});
        if (found == max)
            bound = best[max - 1].distance; /* only as close or closer can still enter */
    }
    for (size_t i = 0; i < found; i++)
        out[i] = best[i].entry;
    return found;
}

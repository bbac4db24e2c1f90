#include "summary.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "output.h"

void summary_init(summary *s, size_t max_types, const mss_whitelist *wl)
{
    memset(s, 0, sizeof *s);
    s->max_types = max_types;
    s->wl = wl;
}

void summary_free(summary *s)
{
    for (size_t i = 0; i < s->ntypes; i++)
        free(s->types[i].name);
    for (size_t i = 0; i < s->domains_cap; i++)
        free(s->domains[i].n.name);
    free(s->types);
    free(s->domains);
    free(s->codes);
    free(s->listed);
    summary_init(s, s->max_types, s->wl);
}

static void add_code(summary *s, int code, unsigned long count)
{
    size_t lo = 0, hi = s->ncodes;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (s->codes[mid].code < code)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < s->ncodes && s->codes[lo].code == code) {
        s->codes[lo].count += count;
        return;
    }
    if (s->ncodes == s->codes_cap) {
        size_t cap = s->codes_cap ? s->codes_cap * 2 : 32;
        code_count *bigger = realloc(s->codes, cap * sizeof *bigger);
        if (!bigger) {
            s->out_of_memory = true;
            return;
        }
        s->codes = bigger;
        s->codes_cap = cap;
    }
    memmove(s->codes + lo + 1, s->codes + lo, (s->ncodes - lo) * sizeof *s->codes);
    s->codes[lo] = (code_count){ code, count };
    s->ncodes++;
}

static void count_issues(summary *s, const mss_result *res)
{
    for (unsigned i = 0; i < res->count; i++)
        add_code(s, res->issues[i].code, 1);
}

static void add_tally(tally *t, unsigned long rows, unsigned long invalid)
{
    t->rows += rows;
    t->invalid += invalid;
}

/* Longer mailbox types are garbage: they are compared and shown cut to this. */
enum { TYPE_NAME_MAX = 16 };

static named_tally *find_type(summary *s, const char *key)
{
    for (size_t i = 0; i < s->ntypes; i++)
        if (strcmp(s->types[i].name, key) == 0)
            return &s->types[i];
    return NULL;
}

/* The tally of a type (upper-cased, cut), created when new; past
 * max_types distinct types, "?" counts the rest so that a file full of
 * garbage types does not grow the table without bound. NULL when out of
 * memory. */
static named_tally *type_slot(summary *s, const char *type)
{
    /* Types are mostly written as their key (PER, ORG): found as they are. */
    named_tally *as_written = find_type(s, type);
    if (as_written)
        return as_written;
    char key[TYPE_NAME_MAX + 1];
    size_t len = 0;
    for (; type[len] && len < TYPE_NAME_MAX; len++)
        key[len] = (type[len] >= 'a' && type[len] <= 'z') ? (char)(type[len] - 'a' + 'A') : type[len];
    key[len] = '\0';
    named_tally *known = find_type(s, key);
    if (!known && s->ntypes >= s->max_types)
        known = find_type(s, strcpy(key, "?"));
    if (known)
        return known;
    if (s->ntypes == s->types_cap) {
        size_t cap = s->types_cap ? s->types_cap * 2 : 8;
        named_tally *bigger = realloc(s->types, cap * sizeof *bigger);
        if (!bigger)
            return NULL;
        s->types = bigger;
        s->types_cap = cap;
    }
    char *name = strdup(key);
    if (!name)
        return NULL;
    s->types[s->ntypes] = (named_tally){ name, { 0, 0 } };
    return &s->types[s->ntypes++];
}

static char *copy_lower(const char *text, size_t len)
{
    char *p = malloc(len + 1);
    if (!p)
        return NULL;
    for (size_t i = 0; i < len; i++)
        p[i] = (text[i] >= 'A' && text[i] <= 'Z') ? (char)(text[i] - 'A' + 'a') : text[i];
    p[len] = '\0';
    return p;
}

/* Case-blind: every byte is taken with its 0x20 bit set (A and a alike),
 * eight at a time; equality is strncasecmp's business. */
static size_t hash(const char *s, size_t len)
{
    const uint64_t case_bits = 0x2020202020202020u;
    uint64_t h = 14695981039346656037u ^ len, w;
    for (; len >= 8; s += 8, len -= 8) {
        memcpy(&w, s, 8);
        h = ((h ^ (w | case_bits)) * 0xbf58476d1ce4e5b9u);
        h ^= h >> 29;
    }
    w = 0;
    memcpy(&w, s, len);
    h = (h ^ (w | case_bits)) * 0x94d049bb133111ebu;
    return (size_t)(h ^ (h >> 31));
}

/* Names are stored in lower case, as most are written. */
static bool same_domain(const char *stored, const char *d, size_t len)
{
    return (memcmp(stored, d, len) == 0 || strncasecmp(stored, d, len) == 0) && stored[len] == '\0';
}

static bool grow_domains(summary *s)
{
    size_t cap = s->domains_cap ? s->domains_cap * 2 : 1024;
    domain_tally *table = calloc(cap, sizeof *table);
    if (!table)
        return false;
    for (size_t i = 0; i < s->domains_cap; i++) {
        if (!s->domains[i].n.name)
            continue;
        size_t j = s->domains[i].hash & (cap - 1);
        while (table[j].n.name)
            j = (j + 1) & (cap - 1);
        table[j] = s->domains[i];
    }
    free(s->domains);
    s->domains = table;
    s->domains_cap = cap;
    return true;
}

/* The tally of a domain (compared without case), created when new; NULL
 * when out of memory. */
static named_tally *domain_slot(summary *s, const char *d, size_t len)
{
    if (s->ndomains * 2 >= s->domains_cap && !grow_domains(s))
        return NULL;
    size_t h = hash(d, len), j = h & (s->domains_cap - 1);
    domain_tally *slot;
    while ((slot = &s->domains[j])->n.name && !(slot->hash == h && same_domain(slot->n.name, d, len)))
        j = (j + 1) & (s->domains_cap - 1);
    if (!slot->n.name) {
        slot->n.name = copy_lower(d, len);
        if (!slot->n.name)
            return NULL;
        slot->hash = h;
        s->ndomains++;
    }
    return &slot->n;
}

static void count_type(summary *s, const char *type, bool invalid)
{
    named_tally *t = type_slot(s, type);
    if (t)
        add_tally(&t->t, 1, invalid);
    else
        s->out_of_memory = true;
}

/* Counts the row by the whitelist entry of its domain: under the listed
 * name, however the row spells it (upper case, U-label), with no look at
 * the address at all. */
static bool count_listed(summary *s, const mss_whitelist_entry *listed, bool invalid)
{
    size_t i = mss_whitelist_entry_index(s->wl, listed);
    if (i == MSS_NO_POSITION)
        return false;
    if (!s->listed) {
        s->listed = calloc(mss_whitelist_count(s->wl), sizeof *s->listed);
        if (!s->listed)
            return false; /* counted by name instead */
        s->nlisted = mss_whitelist_count(s->wl);
    }
    add_tally(&s->listed[i], 1, invalid);
    return true;
}

static void count_domain(summary *s, const char *address, const mss_whitelist_entry *listed, bool invalid)
{
    if (listed && count_listed(s, listed, invalid))
        return;
    const char *at = strrchr(address, '@');
    if (!at || !at[1])
        return;
    size_t len = strlen(at + 1);
    if (len > 253)
        return;
    named_tally *t = domain_slot(s, at + 1, len);
    if (t)
        add_tally(&t->t, 1, invalid);
    else
        s->out_of_memory = true;
}

void summary_add_row(summary *s, const char *type, const char *address, const mss_whitelist_entry *listed,
                     const mss_result *res)
{
    bool invalid = res->code != MSS_OK;
    s->rows++;
    s->valid += !invalid;
    s->with_warnings += mss_result_warning_count(res) > 0;
    count_issues(s, res);
    count_type(s, *type ? type : "-", invalid);
    count_domain(s, address, listed, invalid);
}

void summary_add_file_problem(summary *s, const mss_result *res)
{
    s->file_problems++;
    count_issues(s, res);
}

static void add_domain(summary *s, const char *name, const tally *counts)
{
    named_tally *t = domain_slot(s, name, strlen(name));
    if (t)
        add_tally(&t->t, counts->rows, counts->invalid);
    else
        s->out_of_memory = true;
}

void summary_merge(summary *into, const summary *part)
{
    into->rows += part->rows;
    into->valid += part->valid;
    into->with_warnings += part->with_warnings;
    into->file_problems += part->file_problems;
    into->out_of_memory |= part->out_of_memory;
    for (size_t i = 0; i < part->ncodes; i++)
        add_code(into, part->codes[i].code, part->codes[i].count);
    for (size_t i = 0; i < part->ntypes; i++) {
        named_tally *t = type_slot(into, part->types[i].name);
        if (t)
            add_tally(&t->t, part->types[i].t.rows, part->types[i].t.invalid);
        else
            into->out_of_memory = true;
    }
    for (size_t i = 0; i < part->domains_cap; i++)
        if (part->domains[i].n.name)
            add_domain(into, part->domains[i].n.name, &part->domains[i].n.t);
    for (size_t i = 0; i < part->nlisted; i++)
        if (part->listed[i].rows)
            add_domain(into, mss_whitelist_entry_domain(mss_whitelist_entry_at(part->wl, i)), &part->listed[i]);
}

static int by_invalid_then_rows(const void *a, const void *b)
{
    const named_tally *x = *(const named_tally *const *)a, *y = *(const named_tally *const *)b;
    if (x->t.invalid != y->t.invalid)
        return x->t.invalid < y->t.invalid ? 1 : -1;
    if (x->t.rows != y->t.rows)
        return x->t.rows < y->t.rows ? 1 : -1;
    return strcmp(x->name, y->name);
}

/* Every domain in a stable order: most invalid rows first. */
static const named_tally **sorted_domains(const summary *s)
{
    const named_tally **v = malloc((s->ndomains + 1) * sizeof *v);
    if (!v)
        return NULL;
    size_t n = 0;
    for (size_t i = 0; i < s->domains_cap; i++)
        if (s->domains[i].n.name)
            v[n++] = &s->domains[i].n;
    qsort(v, n, sizeof *v, by_invalid_then_rows);
    return v;
}

/* The first domains of that order, into top; returns how many. The human
 * summary shows ten of several thousands: they are picked by a bounded
 * insertion, without sorting the rest. */
static size_t top_domains(const summary *s, const named_tally *top[SUMMARY_SHOWN_DOMAINS])
{
    size_t n = 0;
    for (size_t i = 0; i < s->domains_cap; i++) {
        const named_tally *d = &s->domains[i].n;
        if (!d->name || (n == SUMMARY_SHOWN_DOMAINS && by_invalid_then_rows(&d, &top[n - 1]) >= 0))
            continue;
        size_t k = n < SUMMARY_SHOWN_DOMAINS ? n++ : n - 1;
        for (; k > 0 && by_invalid_then_rows(&d, &top[k - 1]) < 0; k--)
            top[k] = top[k - 1];
        top[k] = d;
    }
    return n;
}

static void json_tally(json *j, const named_tally *t)
{
    json_key(j, t->name);
    json_obj(j);
    json_kv_int(j, "rows", (long long)t->t.rows);
    json_kv_int(j, "invalid", (long long)t->t.invalid);
    json_obj_end(j);
}

/* sign: -1 errors, +1 warnings, 0 both. */
static void json_codes(json *j, const summary *s, int sign)
{
    json_obj(j);
    for (size_t i = 0; i < s->ncodes; i++)
        if (sign == 0 || (s->codes[i].code < 0) == (sign < 0))
            json_kv_int(j, mss_error_name(s->codes[i].code), (long long)s->codes[i].count);
    json_obj_end(j);
}

static void print_json(const summary *s, const named_tally **domains)
{
    json j;
    json_open(&j, stdout);
    json_key(&j, "summary");
    json_obj(&j);
    json_kv_int(&j, "rows", (long long)s->rows);
    json_kv_int(&j, "valid", (long long)s->valid);
    json_kv_int(&j, "invalid", (long long)(s->rows - s->valid));
    json_kv_int(&j, "with_warnings", (long long)s->with_warnings);
    json_kv_int(&j, "file_problems", (long long)s->file_problems);
    json_key(&j, "by_kind");
    json_codes(&j, s, 0);
    json_key(&j, "errors");
    json_codes(&j, s, -1);
    json_key(&j, "warnings");
    json_codes(&j, s, 1);
    json_key(&j, "by_type");
    json_obj(&j);
    for (size_t i = 0; i < s->ntypes; i++)
        json_tally(&j, &s->types[i]);
    json_obj_end(&j);
    json_key(&j, "by_domain");
    json_obj(&j);
    for (size_t i = 0; domains && i < s->ndomains; i++)
        json_tally(&j, domains[i]);
    json_obj_end(&j);
    if (s->out_of_memory)
        json_kv_bool(&j, "incomplete", true);
    json_obj_end(&j);
    json_close(&j);
}

static void print_human(const summary *s, const cli *c, const named_tally *const *top, size_t shown)
{
    printf("\n== %s ==\n", TR(c, "Summary", "Bilan"));
    const char *colon = COLON(c);
    printf("%s%s %lu, %s%s %lu, %s%s %lu, %s%s %lu\n", TR(c, "rows", "lignes"), colon, s->rows,
           TR(c, "valid", "valides"), colon, s->valid, TR(c, "invalid", "invalides"), colon, s->rows - s->valid,
           TR(c, "with warnings", "avec avertissements"), colon, s->with_warnings);
    if (s->file_problems)
        printf("%s%s %lu\n", TR(c, "file problems (header...)", "problèmes du fichier (en-tête...)"), colon,
               s->file_problems);
    if (s->ncodes)
        printf("%s%s\n", TR(c, "Problems by kind", "Problèmes par nature"), colon);
    for (size_t i = 0; i < s->ncodes; i++)
        printf("  %8lu  %-40s %s\n", s->codes[i].count, mss_error_name(s->codes[i].code),
               mss_strerror_lang(s->codes[i].code, c->lang));
    if (s->ntypes)
        printf("%s%s\n", TR(c, "By mailbox type (rows, invalid)", "Par type de BAL (lignes, invalides)"), colon);
    for (size_t i = 0; i < s->ntypes; i++)
        printf("  %-6s %8lu %8lu\n", s->types[i].name, s->types[i].t.rows, s->types[i].t.invalid);
    if (shown)
        printf("%s (%zu %s)%s\n", TR(c, "Domains with the most invalid rows (rows, invalid)",
                                    "Domaines ayant le plus de lignes invalides (lignes, invalides)"),
               s->ndomains, TR(c, "domains in all", "domaines au total"), colon);
    for (size_t i = 0; i < shown; i++)
        printf("  %-40s %8lu %8lu\n", top[i]->name, top[i]->t.rows, top[i]->t.invalid);
    if (s->out_of_memory)
        printf("%s\n", TR(c, "(out of memory: some counters are incomplete)",
                          "(mémoire insuffisante : certains compteurs sont incomplets)"));
}

void summary_print(const summary *s, const cli *c)
{
    if (c->json) {
        const named_tally **domains = sorted_domains(s);
        print_json(s, domains);
        free(domains);
    } else {
        const named_tally *top[SUMMARY_SHOWN_DOMAINS];
        print_human(s, c, top, top_domains(s, top));
    }
}

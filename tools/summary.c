#include "summary.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "output.h"

void summary_init(summary *s)
{
    memset(s, 0, sizeof *s);
}

void summary_free(summary *s)
{
    for (size_t i = 0; i < s->ntypes; i++)
        free(s->types[i].name);
    for (size_t i = 0; i < s->domains_cap; i++)
        free(s->domains[i].name);
    free(s->types);
    free(s->domains);
    free(s->codes);
    summary_init(s);
}

static void count_code(summary *s, int code)
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
        s->codes[lo].count++;
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
    s->codes[lo] = (code_count){ code, 1 };
    s->ncodes++;
}

static void count_issues(summary *s, const mss_result *res)
{
    for (unsigned i = 0; i < res->count; i++)
        count_code(s, res->issues[i].code);
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

static void bump(tally *t, bool invalid)
{
    t->rows++;
    t->invalid += invalid;
}

static named_tally *find_type(summary *s, const char *type)
{
    for (size_t i = 0; i < s->ntypes; i++)
        if (strcasecmp(s->types[i].name, type) == 0)
            return &s->types[i];
    return NULL;
}

static void count_type(summary *s, const char *type, bool invalid)
{
    named_tally *known = find_type(s, type);
    /* A file full of garbage types must not grow the table without bound. */
    if (!known && s->ntypes >= 32)
        known = find_type(s, type = "?");
    if (known) {
        bump(&known->t, invalid);
        return;
    }
    if (s->ntypes == s->types_cap) {
        size_t cap = s->types_cap ? s->types_cap * 2 : 8;
        named_tally *bigger = realloc(s->types, cap * sizeof *bigger);
        if (!bigger) {
            s->out_of_memory = true;
            return;
        }
        s->types = bigger;
        s->types_cap = cap;
    }
    char *name = copy_lower(type, strlen(type) < 16 ? strlen(type) : 16);
    if (!name) {
        s->out_of_memory = true;
        return;
    }
    for (char *p = name; *p; p++)
        if (*p >= 'a' && *p <= 'z')
            *p = (char)(*p - 'a' + 'A');
    s->types[s->ntypes] = (named_tally){ name, { 0, 0 } };
    bump(&s->types[s->ntypes++].t, invalid);
}

static size_t hash(const char *s, size_t len)
{
    size_t h = 14695981039346656037u;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)(s[i] | 0x20)) * 1099511628211u;
    return h;
}

static bool same_domain(const char *stored, const char *d, size_t len)
{
    return strncasecmp(stored, d, len) == 0 && stored[len] == '\0';
}

static bool grow_domains(summary *s)
{
    size_t cap = s->domains_cap ? s->domains_cap * 2 : 1024;
    named_tally *table = calloc(cap, sizeof *table);
    if (!table)
        return false;
    for (size_t i = 0; i < s->domains_cap; i++) {
        if (!s->domains[i].name)
            continue;
        size_t j = hash(s->domains[i].name, strlen(s->domains[i].name)) & (cap - 1);
        while (table[j].name)
            j = (j + 1) & (cap - 1);
        table[j] = s->domains[i];
    }
    free(s->domains);
    s->domains = table;
    s->domains_cap = cap;
    return true;
}

static void count_domain(summary *s, const char *address, bool invalid)
{
    const char *at = strrchr(address, '@');
    if (!at || !at[1])
        return;
    const char *d = at + 1;
    size_t len = strlen(d);
    if (len > 253)
        return;
    if (s->ndomains * 2 >= s->domains_cap && !grow_domains(s)) {
        s->out_of_memory = true;
        return;
    }
    size_t j = hash(d, len) & (s->domains_cap - 1);
    while (s->domains[j].name && !same_domain(s->domains[j].name, d, len))
        j = (j + 1) & (s->domains_cap - 1);
    if (!s->domains[j].name) {
        s->domains[j].name = copy_lower(d, len);
        if (!s->domains[j].name) {
            s->out_of_memory = true;
            return;
        }
        s->ndomains++;
    }
    bump(&s->domains[j].t, invalid);
}

void summary_add_row(summary *s, const char *type, const char *address, const mss_result *res)
{
    bool invalid = res->code != MSS_OK;
    s->rows++;
    s->valid += !invalid;
    s->with_warnings += mss_result_warning_count(res) > 0;
    count_issues(s, res);
    count_type(s, *type ? type : "-", invalid);
    count_domain(s, address, invalid);
}

void summary_add_file_problem(summary *s, const mss_result *res)
{
    s->file_problems++;
    count_issues(s, res);
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

/* Domains in a stable order: most invalid rows first. */
static const named_tally **sorted_domains(const summary *s)
{
    const named_tally **v = malloc((s->ndomains + 1) * sizeof *v);
    if (!v)
        return NULL;
    size_t n = 0;
    for (size_t i = 0; i < s->domains_cap; i++)
        if (s->domains[i].name)
            v[n++] = &s->domains[i];
    qsort(v, n, sizeof *v, by_invalid_then_rows);
    return v;
}

static void json_tallies(json *j, const named_tally *const *v, size_t n)
{
    json_obj(j);
    for (size_t i = 0; i < n; i++) {
        json_key(j, v[i]->name);
        json_obj(j);
        json_kv_int(j, "rows", (long long)v[i]->t.rows);
        json_kv_int(j, "invalid", (long long)v[i]->t.invalid);
        json_obj_end(j);
    }
    json_obj_end(j);
}

static void json_codes(json *j, const summary *s, int sign)
{
    json_obj(j);
    for (size_t i = 0; i < s->ncodes; i++)
        if ((s->codes[i].code < 0) == (sign < 0))
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
    json_key(&j, "errors");
    json_codes(&j, s, -1);
    json_key(&j, "warnings");
    json_codes(&j, s, 1);
    const named_tally *types[64];
    size_t nt = 0;
    for (size_t i = 0; i < s->ntypes && nt < 64; i++)
        types[nt++] = &s->types[i];
    json_key(&j, "by_type");
    json_tallies(&j, types, nt);
    json_key(&j, "by_domain");
    json_tallies(&j, domains, domains ? s->ndomains : 0);
    json_obj_end(&j);
    json_close(&j);
}

static void print_human(const summary *s, const cli *c, const named_tally **domains)
{
    printf("\n== %s ==\n", TR(c, "Summary", "Bilan"));
    printf("%s: %lu, %s: %lu, %s: %lu, %s: %lu\n", TR(c, "rows", "lignes"), s->rows, TR(c, "valid", "valides"),
           s->valid, TR(c, "invalid", "invalides"), s->rows - s->valid,
           TR(c, "with warnings", "avec avertissements"), s->with_warnings);
    if (s->file_problems)
        printf("%s: %lu\n", TR(c, "file problems (header...)", "problèmes du fichier (en-tête...)"),
               s->file_problems);
    if (s->ncodes)
        printf("%s:\n", TR(c, "Problems by kind", "Problèmes par nature"));
    for (size_t i = 0; i < s->ncodes; i++)
        printf("  %8lu  %-40s %s\n", s->codes[i].count, mss_error_name(s->codes[i].code),
               mss_strerror_lang(s->codes[i].code, c->lang));
    if (s->ntypes)
        printf("%s:\n", TR(c, "By mailbox type (rows, invalid)", "Par type de BAL (lignes, invalides)"));
    for (size_t i = 0; i < s->ntypes; i++)
        printf("  %-6s %8lu %8lu\n", s->types[i].name, s->types[i].t.rows, s->types[i].t.invalid);
    size_t show = s->ndomains < 10 ? s->ndomains : 10;
    if (domains && show)
        printf("%s (%zu %s):\n", TR(c, "Domains with the most invalid rows (rows, invalid)",
                                    "Domaines ayant le plus de lignes invalides (lignes, invalides)"),
               s->ndomains, TR(c, "domains in all", "domaines au total"));
    for (size_t i = 0; domains && i < show; i++)
        printf("  %-40s %8lu %8lu\n", domains[i]->name, domains[i]->t.rows, domains[i]->t.invalid);
    if (s->out_of_memory)
        printf("%s\n", TR(c, "(out of memory: some counters are incomplete)",
                          "(mémoire insuffisante : certains compteurs sont incomplets)"));
}

void summary_print(const summary *s, const cli *c)
{
    const named_tally **domains = sorted_domains(s);
    if (c->json)
        print_json(s, domains);
    else
        print_human(s, c, domains);
    free(domains);
}

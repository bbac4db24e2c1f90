/* libmssconf benchmark: ns per call of the checks, whitelist load time and
 * memory. Prints TSV lines: section, figure, value, unit, target.
 *
 *   bench [--runs N] [--calls N] [--whitelist XML] [--only SECTION]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"

static void usage(void)
{
    fputs("usage: bench [--runs N] [--calls N] [--whitelist XML] [--only SECTION]\n", stderr);
    exit(2);
}

static unsigned long number(const char *s)
{
    char *end;
    unsigned long v = strtoul(s, &end, 10);
    if (*s == '\0' || *end != '\0' || v == 0)
        usage();
    return v;
}

/* --only names a section ("identifiers") or one figure ("identifiers/SIREN"). */
static bool wanted(const bench_options *opt, const char *section)
{
    if (!opt->only)
        return true;
    size_t n = strlen(section), m = strlen(opt->only);
    return strncmp(section, opt->only, n < m ? n : m) == 0;
}

int main(int argc, char **argv)
{
    bench_options opt = { .runs = 7, .calls = 1000000 };
    for (int i = 1; i < argc; i++) {
        if (i + 1 >= argc)
            usage();
        if (strcmp(argv[i], "--runs") == 0)
            opt.runs = (unsigned)number(argv[++i]);
        else if (strcmp(argv[i], "--calls") == 0)
            opt.calls = number(argv[++i]);
        else if (strcmp(argv[i], "--whitelist") == 0)
            opt.whitelist = argv[++i];
        else if (strcmp(argv[i], "--only") == 0)
            opt.only = argv[++i];
        else
            usage();
    }
    if (opt.runs > BENCH_MAX_RUNS)
        usage();
    if (wanted(&opt, "identifiers"))
        bench_ids(&opt);
    if (wanted(&opt, "whitelist"))
        bench_whitelist_load(&opt);
    mss_whitelist *wl = bench_load_whitelist(&opt);
    if (wanted(&opt, "domains"))
        bench_domains(&opt, wl);
    if (wanted(&opt, "addresses") || wanted(&opt, "records"))
        bench_addresses(&opt, wl);
    mss_whitelist_free(wl);
    return 0;
}

/* Domains and the whitelist: normalisation (ASCII, upper-case ASCII, IDN),
 * lookup (hit and miss), and the time and memory of loading the ANS XML. */
#include <malloc.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "bench.h"

#define LOOKUP_TARGET_NS 50
#define LOAD_TARGET_MS 20
#define LOAD_TARGET_KIB 512

typedef struct domain_inputs {
    const mss_whitelist *wl;
    char values[BENCH_INPUTS][MSS_DOMAIN_BUFSIZE];
} domain_inputs;

static unsigned long run_normalize(const void *ctx, size_t n)
{
    const domain_inputs *in = ctx;
    char out[MSS_DOMAIN_BUFSIZE];
    unsigned long ok = 0;
    for (size_t i = 0; i < n; i++)
        ok += mss_domain_normalize(in->values[i & (BENCH_INPUTS - 1)], out, sizeof out, NULL) == MSS_OK;
    return ok;
}

static unsigned long run_lookup(const void *ctx, size_t n)
{
    const domain_inputs *in = ctx;
    unsigned long found = 0;
    for (size_t i = 0; i < n; i++)
        found += mss_whitelist_lookup(in->wl, in->values[i & (BENCH_INPUTS - 1)]) != NULL;
    return found;
}

/* Listed domains, spread over the whole list. */
static void listed(domain_inputs *in, const mss_whitelist *wl)
{
    size_t count = mss_whitelist_count(wl);
    in->wl = wl;
    for (size_t i = 0; i < BENCH_INPUTS; i++)
        snprintf(in->values[i], sizeof in->values[i], "%s",
                 mss_whitelist_entry_domain(mss_whitelist_entry_at(wl, i * 7919 % count)));
}

/* Unlisted domains that look like listed ones: a typo, a sub-domain. */
static void unlisted(domain_inputs *in)
{
    for (size_t i = 0; i < BENCH_INPUTS; i++) {
        char *d = in->values[i];
        if (i % 2) {
            d[0] = d[0] == 'q' ? 'k' : 'q';
        } else {
            memmove(d + 2, d, strlen(d) + 1);
            memcpy(d, "x.", 2);
        }
    }
}

static void upper_case(domain_inputs *in)
{
    for (size_t i = 0; i < BENCH_INPUTS; i++)
        for (char *c = in->values[i]; *c; c++)
            if (*c >= 'a' && *c <= 'z')
                *c = (char)(*c - 'a' + 'A');
}

/* Internationalised names as French structures write them. */
static void idn(domain_inputs *in)
{
    static const char *const stems[] = { "hôpital", "clinique-générale", "santé", "maison-médicale",
                                         "pédiatrie", "établissement", "crèche", "centre-thérapeutique" };
    static const char *const tlds[] = { "fr", "org", "re", "com" };
    for (size_t i = 0; i < BENCH_INPUTS; i++)
        snprintf(in->values[i], sizeof in->values[i], "%s-%zu.%s", stems[i % 8], i, tlds[i % 4]);
}

void bench_domains(const bench_options *opt, const mss_whitelist *wl)
{
    static domain_inputs in;
    if (wl) {
        listed(&in, wl);
        bench_case(opt, "domains", "normalize, ASCII lower case", run_normalize, &in, 0);
        bench_case(opt, "domains", "whitelist lookup, hit", run_lookup, &in, LOOKUP_TARGET_NS);
        upper_case(&in);
        bench_case(opt, "domains", "normalize, ASCII upper case", run_normalize, &in, 0);
        bench_case(opt, "domains", "whitelist lookup, upper-case hit", run_lookup, &in, 0);
        listed(&in, wl);
        unlisted(&in);
        bench_case(opt, "domains", "whitelist lookup, miss", run_lookup, &in, LOOKUP_TARGET_NS);
    }
    idn(&in);
    bench_case(opt, "domains", "normalize, IDN (U-label to A-label)", run_normalize, &in, 0);
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* Octets the allocator has handed out: small blocks and mmap'ed large ones. */
static size_t heap_in_use(void)
{
    struct mallinfo2 mi = mallinfo2();
    return mi.uordblks + mi.hblkhd;
}

mss_whitelist *bench_load_whitelist(const bench_options *opt)
{
    if (!opt->whitelist) {
        fprintf(stderr, "bench: no --whitelist: whitelist figures skipped\n");
        return NULL;
    }
    mss_whitelist *wl = mss_whitelist_new();
    mss_load_info info;
    if (!wl || mss_whitelist_load_file(wl, opt->whitelist, &info) != MSS_OK) {
        fprintf(stderr, "bench: cannot load %s: %s (line %lu): whitelist figures skipped\n",
                opt->whitelist, mss_strerror(info.code), info.line);
        mss_whitelist_free(wl);
        return NULL;
    }
    return wl;
}

/* Load time (median of the runs, file read included) and what the handle
 * holds, by its own count and by the allocator's. */
void bench_whitelist_load(const bench_options *opt)
{
    double ms[BENCH_MAX_RUNS];
    size_t held = 0, allocated = 0, domains = 0;
    if (!opt->whitelist)
        return;
    for (unsigned r = 0; r < opt->runs; r++) {
        size_t before = heap_in_use();
        double t0 = now_ms();
        mss_whitelist *wl = bench_load_whitelist(opt);
        ms[r] = now_ms() - t0;
        if (!wl)
            return;
        allocated = heap_in_use() - before;
        held = mss_whitelist_memory(wl);
        domains = mss_whitelist_count(wl);
        mss_whitelist_free(wl);
    }
    char target[32];
    bench_report("whitelist", "domains loaded", (double)domains, "domains", "");
    snprintf(target, sizeof target, "<= %d", LOAD_TARGET_MS);
    bench_report("whitelist", "XML load", bench_median(ms, opt->runs), "ms", target);
    snprintf(target, sizeof target, "<= %d", LOAD_TARGET_KIB);
    bench_report("whitelist", "memory held (mss_whitelist_memory)", (double)held / 1024, "KiB", target);
    bench_report("whitelist", "memory held (allocator, mallinfo2)", (double)allocated / 1024, "KiB",
                 target);
}

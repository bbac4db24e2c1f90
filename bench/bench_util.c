/* Timing, reporting and input generation shared by every section. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench.h"

static volatile unsigned long sink;

uint64_t bench_random(uint64_t *state)
{
    uint64_t x = *state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *state = x;
    return x * 0x2545F4914F6CDD1DULL;
}

void bench_digits(uint64_t *state, char *out, size_t n)
{
    for (size_t i = 0; i < n; i++)
        out[i] = (char)('0' + bench_random(state) % 10);
}

static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static int compare_doubles(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

double bench_median(double *samples, unsigned n)
{
    qsort(samples, n, sizeof samples[0], compare_doubles);
    return n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
}

double bench_ns_per_call(const bench_options *opt, bench_fn fn, const void *ctx)
{
    double samples[BENCH_MAX_RUNS];
    sink += fn(ctx, opt->calls / 10 + 1); /* warm caches and tables */
    for (unsigned r = 0; r < opt->runs; r++) {
        double t0 = now_ns();
        sink += fn(ctx, opt->calls);
        samples[r] = (now_ns() - t0) / (double)opt->calls;
    }
    return bench_median(samples, opt->runs);
}

void bench_report(const char *section, const char *name, double value, const char *unit,
                  const char *target)
{
    printf("%s\t%s\t%.4g\t%s\t%s\n", section, name, value, unit, target);
    fflush(stdout);
}

void bench_case(const bench_options *opt, const char *section, const char *name, bench_fn fn,
                const void *ctx, double target_ns)
{
    char target[32] = "", full[160];
    snprintf(full, sizeof full, "%s/%s", section, name);
    if (opt->only && strncmp(full, opt->only, strlen(opt->only)) != 0)
        return;
    if (target_ns > 0)
        snprintf(target, sizeof target, "<= %g", target_ns);
    bench_report(section, name, bench_ns_per_call(opt, fn, ctx), "ns/call", target);
}

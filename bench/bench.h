/* Benchmark harness: per-call timings as the median of several runs, and
 * one line of TSV per figure so scripts/bench.sh can build the report.
 * Only the public API of libmssconf is used. */
#ifndef MSS_BENCH_H
#define MSS_BENCH_H

#include <stddef.h>
#include <stdint.h>

#include <medimail/mssconf.h>

/* Inputs rotate through a power-of-two array so the branch predictor cannot
 * learn one value; every case draws its inputs from the same seeded PRNG. */
#define BENCH_INPUTS 1024

/* Runs n calls of the case; returns a value folded into a volatile sink so
 * the compiler cannot drop the calls. */
typedef unsigned long (*bench_fn)(const void *ctx, size_t n);

/* Most runs per figure. */
#define BENCH_MAX_RUNS 64

typedef struct bench_options {
    unsigned runs;          /* runs per figure (1..BENCH_MAX_RUNS), median reported */
    size_t calls;           /* calls per run for per-call figures */
    const char *whitelist;  /* ANS whitelist XML, or NULL */
    const char *only;       /* run only the sections whose name starts so */
} bench_options;

/* Deterministic xorshift64*: same seed, same inputs on every machine. */
uint64_t bench_random(uint64_t *state);
/* n random decimal digits into out (no NUL). */
void bench_digits(uint64_t *state, char *out, size_t n);

/* A valid compact identifier of a plain kind (SIREN, SIRET, FINESS, RPPS,
 * RPPS-rang, ADELI): random payload, then its computed key. */
void bench_valid_id(uint64_t *rng, mss_id_kind kind, char *out);

/* Median of n samples (reorders them). */
double bench_median(double *samples, unsigned n);

/* Median nanoseconds per call of fn over opt->runs runs of opt->calls calls. */
double bench_ns_per_call(const bench_options *opt, bench_fn fn, const void *ctx);

/* Print one figure: section, name, value, unit, target ("" if none). */
void bench_report(const char *section, const char *name, double value, const char *unit,
                  const char *target);

/* Time and report one per-call case against a target in ns (0: none). */
void bench_case(const bench_options *opt, const char *section, const char *name, bench_fn fn,
                const void *ctx, double target_ns);

/* Load opt->whitelist, or NULL (with a note on stderr) when none was given
 * or it cannot be loaded. */
mss_whitelist *bench_load_whitelist(const bench_options *opt);

/* The sections (bench_ids.c, bench_domain.c, bench_address.c). */
void bench_ids(const bench_options *opt);
void bench_domains(const bench_options *opt, const mss_whitelist *wl);
void bench_whitelist_load(const bench_options *opt);
void bench_addresses(const bench_options *opt, const mss_whitelist *wl);

#endif

/* --jobs N: a regular file is cut at line starts into N parts, each
 * checked on its own thread by its own reader with its own counters. Part
 * k's rows are numbered from the line ends of the parts before it (counted
 * first, also in parallel, when rows are printed), and printed into a
 * temporary file that is copied after part k - 1's; part 0 prints straight
 * to standard output.
 * Memory stays flat: the parts' output goes to disk, not to memory. */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bulk_check.h"

typedef void (*part_fn)(bulk_part *p);

typedef struct runner {
    bulk_part *part;
    part_fn fn;
} runner;

static void *run_part(void *arg)
{
    const runner *r = arg;
    r->fn(r->part);
    return NULL;
}

static void draw_progress(progress *bar, bulk_part *parts, unsigned n)
{
    for (;;) {
        unsigned long long done = 0;
        unsigned long rows = 0;
        bool all_finished = true;
        for (unsigned i = 0; i < n; i++) {
            done += atomic_load_explicit(&parts[i].done, memory_order_relaxed);
            rows += atomic_load_explicit(&parts[i].rows, memory_order_relaxed);
            all_finished &= atomic_load(&parts[i].finished);
        }
        if (all_finished)
            return;
        progress_update(bar, done, rows);
        nanosleep(&(struct timespec){ 0, 50 * 1000 * 1000 }, NULL);
    }
}

/* Run fn on every part, each on its own thread; a part whose thread cannot
 * be created runs on this one. bar, when drawn, is updated meanwhile. */
static void run_parts(bulk_part *parts, unsigned n, part_fn fn, progress *bar)
{
    pthread_t threads[MSSCONF_MAX_JOBS];
    runner runners[MSSCONF_MAX_JOBS];
    bool started[MSSCONF_MAX_JOBS];
    for (unsigned i = 0; i < n; i++) {
        runners[i] = (runner){ &parts[i], fn };
        started[i] = pthread_create(&threads[i], NULL, run_part, &runners[i]) == 0;
        if (!started[i])
            fn(&parts[i]);
    }
    if (bar && bar->enabled)
        draw_progress(bar, parts, n);
    for (unsigned i = 0; i < n; i++)
        if (started[i])
            pthread_join(threads[i], NULL);
}

/* Part boundaries at line starts near equal shares of the file. */
static int split(cli *c, const input *in, bulk_part *parts, unsigned n)
{
    char buf[1 << 16];
    unsigned long long span = in->size - in->start, at = in->start;
    for (unsigned k = 0; k < n; k++) {
        int error = 0;
        parts[k].begin = at;
        if (k + 1 == n) {
            at = in->size;
        } else if (at < in->size) {
            /* At least one line, so that part 0 always holds the first one
             * (an empty part 0 would report an empty file). */
            unsigned long long share = in->start + span / n * (k + 1) + span % n * (k + 1) / n;
            at = input_line_start(in, share > at ? share : at + 1, buf, sizeof buf, &error);
        }
        parts[k].end = at;
        if (error)
            return cli_fail(c, "%s: %s", in->path, strerror(error));
    }
    return EXIT_VALID;
}

/* Append a part's printed rows to standard output. */
static int copy_out(cli *c, FILE *from)
{
    char buf[1 << 16];
    size_t n;
    if (fflush(from) != 0 || fseek(from, 0, SEEK_SET) != 0)
        return cli_fail(c, "%s: %s", TR(c, "temporary file", "fichier temporaire"), strerror(errno));
    while ((n = fread(buf, 1, sizeof buf, from)) > 0)
        if (fwrite(buf, 1, n, stdout) != n)
            return cli_fail(c, "%s", TR(c, "cannot write the output", "écriture de la sortie impossible"));
    if (ferror(from))
        return cli_fail(c, "%s: %s", TR(c, "temporary file", "fichier temporaire"), strerror(errno));
    return EXIT_VALID;
}

/* Each part but the first prints into a temporary file; false when one
 * cannot be created (every one created is closed). */
static bool open_outputs(const cli *c, bulk_part *parts, unsigned n)
{
    bool prints = bulk_prints_rows(c);
    for (unsigned k = 0; k < n; k++) {
        FILE *out = k == 0 || !prints ? stdout : tmpfile();
        if (!out) {
            while (k-- > 1)
                fclose(parts[k].sink.out);
            return false;
        }
        bulk_sink_init(&parts[k].sink, c, SUMMARY_PART_TYPES, out);
    }
    return true;
}

int bulk_check_parallel(cli *c, const bulk_format *fmt, const input *in, unsigned jobs, summary *total)
{
    unsigned n = jobs < MSSCONF_MAX_JOBS ? jobs : MSSCONF_MAX_JOBS;
    bulk_part *parts = calloc(n, sizeof *parts);
    if (!parts)
        return BULK_NOT_SPLIT;
    if (!open_outputs(c, parts, n)) {
        free(parts);
        return BULK_NOT_SPLIT;
    }
    int rc = split(c, in, parts, n);
    for (unsigned k = 0; k < n; k++) {
        parts[k].fmt = fmt;
        parts[k].in = in;
    }
    /* Part k starts after the line ends of the parts before it; part 0
     * keeps first_line 0: it starts the input, header included. Numbers
     * are only seen on printed rows: with the summary alone (--quiet) the
     * parts are not counted first, and start at an unseen line 1. */
    bool numbered = bulk_prints_rows(c);
    if (rc == EXIT_VALID && numbered)
        run_parts(parts, n - 1, bulk_count_line_ends, NULL);
    unsigned long line = 1;
    for (unsigned k = 0; rc == EXIT_VALID && k < n; k++) {
        rc = bulk_part_error(c, &parts[k]);
        if (k > 0)
            parts[k].first_line = numbered ? line : 1;
        line += parts[k].line_ends;
    }
    if (rc == EXIT_VALID) {
        progress bar;
        progress_start(&bar, !c->no_progress, bulk_prints_rows(c), in->size - in->start);
        run_parts(parts, n, bulk_check_part, &bar);
        progress_end(&bar);
    }
    for (unsigned k = 0; k < n; k++) {
        if (rc == EXIT_VALID)
            rc = bulk_part_error(c, &parts[k]);
        if (rc == EXIT_VALID && k > 0 && parts[k].sink.out)
            rc = copy_out(c, parts[k].sink.out);
        if (k > 0 && parts[k].sink.out)
            fclose(parts[k].sink.out);
        bulk_part_merge(c, &parts[k], total);
    }
    free(parts);
    return rc;
}

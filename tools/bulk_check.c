#include "bulk_check.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

static int feed_block(const char *data, size_t len, void *ctx)
{
    bulk_part *p = ctx;
    int rc = p->fmt->feed(p->reader, data, len);
    if (rc < 0) {
        p->reader_error = rc;
        return rc;
    }
    unsigned long long done = atomic_load_explicit(&p->done, memory_order_relaxed) + len;
    atomic_store_explicit(&p->done, done, memory_order_relaxed);
    atomic_store_explicit(&p->rows, p->sink.sum.rows, memory_order_relaxed);
    if (p->bar)
        progress_update(p->bar, done, p->sink.sum.rows);
    return 0;
}

void bulk_check_part(bulk_part *p)
{
    char *buf = malloc(BULK_BLOCK);
    p->reader = buf ? p->fmt->open(p->sink.c.wl, &p->sink) : NULL;
    if (!p->reader) {
        p->reader_error = MSS_ERR_NO_MEMORY;
    } else {
        if (p->first_line)
            p->fmt->start_at(p->reader, p->first_line);
        p->read_error = input_range(p->in, p->begin, p->end, buf, BULK_BLOCK, feed_block, p);
        int rc = p->read_error || p->reader_error ? MSS_OK : p->fmt->finish(p->reader);
        if (rc != MSS_OK)
            p->reader_error = rc;
        p->fmt->close(p->reader);
        p->reader = NULL;
    }
    free(buf);
    atomic_store(&p->finished, true);
}

/* Sixteen octets at a time where SSE2 is there (one memchr call per line
 * cost more than the rest of the count): per-lane counts, summed before a
 * lane can wrap. */
static int count_block(const char *data, size_t len, void *ctx)
{
    unsigned long *n = ctx;
    size_t i = 0;
#ifdef __SSE2__
    const __m128i nl = _mm_set1_epi8('\n'), zero = _mm_setzero_si128();
    while (len - i >= 16) {
        size_t stop = len - i > 16 * 255 ? i + 16 * 255 : len;
        __m128i lanes = zero;
        for (; i + 16 <= stop; i += 16)
            lanes = _mm_sub_epi8(lanes, _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)(data + i)), nl));
        __m128i sums = _mm_sad_epu8(lanes, zero);
        *n += (unsigned long)_mm_cvtsi128_si32(sums) + (unsigned long)_mm_extract_epi16(sums, 4);
    }
#endif
    for (; i < len; i++)
        *n += data[i] == '\n';
    return 0;
}

void bulk_count_line_ends(bulk_part *p)
{
    char *buf = malloc(BULK_BLOCK);
    if (!buf)
        p->reader_error = MSS_ERR_NO_MEMORY;
    else
        p->read_error = input_range(p->in, p->begin, p->end, buf, BULK_BLOCK, count_block, &p->line_ends);
    free(buf);
}

int bulk_part_error(cli *c, const bulk_part *p)
{
    if (p->read_error)
        return cli_fail(c, "%s: %s", p->in->path, strerror(p->read_error));
    if (p->reader_error)
        return cli_fail(c, "%s: %s", p->in->path, mss_strerror_lang(p->reader_error, c->lang));
    return EXIT_VALID;
}

void bulk_part_merge(cli *c, bulk_part *p, summary *total)
{
    summary_merge(total, &p->sink.sum);
    summary_free(&p->sink.sum);
    if (p->sink.c.status > c->status)
        c->status = p->sink.c.status;
}

static int check_stream(cli *c, const bulk_format *fmt, const input *in, summary *total)
{
    progress bar;
    progress_start(&bar, !c->no_progress, bulk_prints_rows(c), in->regular ? in->size - in->start : 0);
    bulk_part p = { .fmt = fmt, .in = in, .begin = in->start, .end = in->size, .bar = &bar };
    bulk_sink_init(&p.sink, c, SUMMARY_TYPES, stdout);
    bulk_check_part(&p);
    progress_end(&bar);
    bulk_part_merge(c, &p, total);
    return bulk_part_error(c, &p);
}

/* --jobs 0: one per online processor. */
static unsigned jobs_wanted(const cli *c)
{
    if (c->jobs)
        return c->jobs;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > MSSCONF_MAX_JOBS ? MSSCONF_MAX_JOBS : (unsigned)n;
}

int bulk_run(cli *c, const bulk_format *fmt)
{
    input in;
    int rc = input_open(c, c->args[0], &in);
    if (rc != EXIT_VALID)
        return rc;
    summary total;
    summary_init(&total, SUMMARY_TYPES, c->wl);
    unsigned jobs = jobs_wanted(c);
    rc = jobs > 1 && in.regular && fmt->start_at ? bulk_check_parallel(c, fmt, &in, jobs, &total) : BULK_NOT_SPLIT;
    if (rc == BULK_NOT_SPLIT)
        rc = check_stream(c, fmt, &in, &total);
    input_close(&in);
    if (rc == EXIT_VALID) {
        summary_print(&total, c);
        rc = c->status;
    }
    summary_free(&total);
    return rc;
}

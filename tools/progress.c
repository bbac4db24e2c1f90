#include "progress.h"

#include <stdio.h>
#include <unistd.h>

void progress_start(progress *p, bool wanted, bool rows_printed, unsigned long long total)
{
    p->enabled = wanted && isatty(STDERR_FILENO) && !(rows_printed && isatty(STDOUT_FILENO));
    p->total = total;
    clock_gettime(CLOCK_MONOTONIC, &p->last);
}

/* Redrawn at most ten times a second: the check must not wait for the terminal. */
void progress_update(progress *p, unsigned long long done, unsigned long rows)
{
    if (!p->enabled)
        return;
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    long long ms = (now.tv_sec - p->last.tv_sec) * 1000LL + (now.tv_nsec - p->last.tv_nsec) / 1000000;
    if (ms < 100)
        return;
    p->last = now;
    if (p->total) {
        enum { WIDTH = 40 };
        unsigned filled = (unsigned)(done * WIDTH / p->total);
        char bar[WIDTH + 1];
        for (unsigned i = 0; i < WIDTH; i++)
            bar[i] = i < filled ? '#' : '.';
        bar[WIDTH] = '\0';
        fprintf(stderr, "\r[%s] %3u%%  %lu", bar, (unsigned)(done * 100 / p->total), rows);
    } else {
        fprintf(stderr, "\r%lu", rows);
    }
    fflush(stderr);
}

void progress_end(progress *p)
{
    if (p->enabled)
        fputs("\r\033[K", stderr);
}

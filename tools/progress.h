/* A progress bar on standard error, only when it is a terminal. */
#ifndef MSSCONF_PROGRESS_H
#define MSSCONF_PROGRESS_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

typedef struct progress {
    bool enabled;
    unsigned long long total;  /* bytes, 0 when unknown (a pipe) */
    struct timespec last;
} progress;

/* Drawn when wanted and standard error is a terminal, but not when the rows
 * themselves go to that terminal (they show the progress, and would be
 * broken by the bar). */
void progress_start(progress *p, bool wanted, bool rows_printed, unsigned long long total);
void progress_update(progress *p, unsigned long long done, unsigned long rows);
void progress_end(progress *p);

#endif

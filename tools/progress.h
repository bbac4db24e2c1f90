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

void progress_start(progress *p, bool wanted, unsigned long long total);
void progress_update(progress *p, unsigned long long done, unsigned long rows);
void progress_end(progress *p);

#endif

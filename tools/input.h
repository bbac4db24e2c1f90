/* The file (or standard input, "-") of a bulk check, read in large blocks. */
#ifndef MSSCONF_INPUT_H
#define MSSCONF_INPUT_H

#include <stdbool.h>
#include <stddef.h>

#include "cli.h"

typedef struct input {
    const char *path;         /* as given; "-" for standard input */
    int fd;
    bool regular;             /* a regular file: size known, readable at any offset */
    unsigned long long start; /* of a regular file: where reading starts (standard input may be past 0) */
    unsigned long long size;  /* of a regular file, when opened */
} input;

/* Open path (standard input for "-"); a missing file or a directory is
 * reported on stderr and gives EXIT_USAGE. */
int input_open(cli *c, const char *path, input *in);
void input_close(input *in);

/* Called for every block; a negative return stops the reading. */
typedef int (*input_block_fn)(const char *data, size_t len, void *ctx);

/* Feed octets [begin, end) of a regular file (pread: several threads may
 * read one input), or the whole stream of any other input (begin must be
 * 0), to fn in blocks of buf. Stops early at the end of the file, or when fn
 * returns a negative value. Returns 0 or the errno of a failed read. */
int input_range(const input *in, unsigned long long begin, unsigned long long end, char *buf, size_t cap,
                input_block_fn fn, void *ctx);

/* Offset just after the first line end at or after `from` - 1: the start
 * of the first line that begins at or after `from` (end of file if none). */
unsigned long long input_line_start(const input *in, unsigned long long from, char *buf, size_t cap, int *error);

#endif

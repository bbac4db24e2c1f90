/* Read a file (or standard input for "-") in large blocks. */
#ifndef MSSCONF_INPUT_H
#define MSSCONF_INPUT_H

#include <stddef.h>

#include "cli.h"
#include "progress.h"

/* Called for every block; returns a negative code to stop. */
typedef int (*input_block_fn)(const char *data, size_t len, void *ctx);

/* Feed the whole input to fn, drawing progress; EXIT_USAGE on an I/O error
 * (reported on stderr), else EXIT_VALID. rows_fn gives the progress count. */
int input_read(cli *c, const char *path, input_block_fn fn, void *ctx, unsigned long (*rows_fn)(void *ctx));

#endif

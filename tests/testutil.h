/* Shared helpers for the Check test executables. */
#ifndef MSS_TESTUTIL_H
#define MSS_TESTUTIL_H

#include <check.h>
#include <stddef.h>
#include <stdint.h>

/* Run the suites in TAP mode on stdout; returns the process exit status. */
int testutil_run(Suite **suites, size_t n);

/* Path of a file under ../shared (from $MSS_SHARED_DIR), or NULL when the
 * shared tree is absent. The string is static: copy it before calling again. */
const char *testutil_shared_path(const char *relative);

/* For an executable that only makes sense with ../shared: when it is absent,
 * print a TAP plan that skips everything and exit successfully. */
void testutil_require_shared(const char *relative);

/* The next number of a xorshift64 sequence (state must not be 0): cheap,
 * repeatable random inputs for the differential tests. */
uint64_t testutil_random(uint64_t *state);

/* Read a whole file into a NUL-terminated malloc'd buffer; *len gets its size. */
char *testutil_slurp(const char *path, size_t *len);

#endif

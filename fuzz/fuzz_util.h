/* Helpers shared by the fuzz targets. Targets check invariants, not just
 * absence of crashes: an invariant that fails aborts, which libFuzzer and the
 * replay driver both report as a failure. */
#ifndef MSS_FUZZ_UTIL_H
#define MSS_FUZZ_UTIL_H

#include <medimail/error.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FUZZ_ASSERT(cond)                                                              \
    do {                                                                               \
        if (!(cond)) {                                                                 \
            fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond); \
            abort();                                                                   \
        }                                                                              \
    } while (0)

/* The input as a malloc'd NUL-terminated string (it may hold inner NULs,
 * which C-string entry points see as the end). Never NULL: allocation
 * failure aborts, since a fuzz run with no memory proves nothing. */
static inline char *fuzz_cstring(const uint8_t *data, size_t size)
{
    char *s = malloc(size + 1);
    FUZZ_ASSERT(s != NULL);
    if (size)
        memcpy(s, data, size);
    s[size] = '\0';
    return s;
}

/* What every check promises about its answer: the return code is the
 * result's first error, every reported code is in the registry with the
 * right sign, and every offset points inside the input (or nowhere). */
static inline void fuzz_check_result(int rc, const mss_result *r, size_t input_len)
{
    FUZZ_ASSERT(rc <= 0);
    FUZZ_ASSERT(r->code == rc);
    FUZZ_ASSERT(mss_error_is_known(rc));
    FUZZ_ASSERT(r->count <= MSS_RESULT_MAX_ISSUES);
    FUZZ_ASSERT(rc == MSS_OK || r->count > 0 || r->dropped > 0);
    for (unsigned i = 0; i < r->count; i++) {
        FUZZ_ASSERT(r->issues[i].code != MSS_OK);
        FUZZ_ASSERT(mss_error_is_known(r->issues[i].code));
        FUZZ_ASSERT(r->issues[i].offset == MSS_NO_POSITION || r->issues[i].offset <= input_len);
    }
}

/* Split a copy of the input on `sep` into at most `max` fields; missing ones are "".
 * The copy is returned to be freed by the caller. */
static inline char *fuzz_split(const uint8_t *data, size_t size, char sep, const char **fields,
                               size_t max)
{
    char *copy = fuzz_cstring(data, size);
    for (size_t i = 0; i < max; i++)
        fields[i] = "";
    char *p = copy;
    for (size_t i = 0; i < max && p; i++) {
        fields[i] = p;
        p = strchr(p, sep);
        if (p)
            *p++ = '\0';
    }
    return copy;
}

#endif

#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int testutil_run(Suite **suites, size_t n)
{
    SRunner *sr = srunner_create(suites[0]);
    for (size_t i = 1; i < n; i++)
        srunner_add_suite(sr, suites[i]);
    srunner_set_tap(sr, "-");
    srunner_run_all(sr, CK_SILENT);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

const char *testutil_shared_path(const char *relative)
{
    static char path[4096];
    const char *root = getenv("MSS_SHARED_DIR");
    if (!root || !*root)
        return NULL;
    if ((size_t)snprintf(path, sizeof path, "%s/%s", root, relative) >= sizeof path)
        return NULL;
    return access(path, R_OK) == 0 ? path : NULL;
}

void testutil_require_shared(const char *relative)
{
    if (!testutil_shared_path(relative)) {
        printf("1..0 # SKIP ../shared/%s is absent\n", relative);
        exit(EXIT_SUCCESS);
    }
}

char *testutil_slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap + 1);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char *bigger = realloc(buf, cap * 2 + 1);
            if (!bigger) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = bigger;
            cap *= 2;
        }
    }
    fclose(f);
    if (buf) {
        buf[n] = '\0';
        if (len)
            *len = n;
    }
    return buf;
}

uint64_t testutil_random(uint64_t *state)
{
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    return *state;
}

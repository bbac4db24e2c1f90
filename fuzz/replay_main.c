/* A main() for fuzz targets built without libFuzzer (gcc, CI): feeds every
 * file named on the command line, or found directly inside a named
 * directory, to LLVMFuzzerTestOneInput once. A crash, a sanitizer report or
 * a leak (under ASan or valgrind) fails the test; so does a missing corpus,
 * which would otherwise make the replay silently test nothing. Output is TAP,
 * one line per input, in a stable (sorted) order. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Inputs are small seeds and regressions; anything bigger is a mistake. */
#define REPLAY_MAX_FILE (8u << 20)

static unsigned tap_count;

static int replay_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        printf("not ok %u - %s: cannot open\n", ++tap_count, path);
        return 1;
    }
    uint8_t *buf = malloc(REPLAY_MAX_FILE);
    size_t len = buf ? fread(buf, 1, REPLAY_MAX_FILE, f) : 0;
    int too_big = buf && len == REPLAY_MAX_FILE && fgetc(f) != EOF;
    fclose(f);
    if (!buf || too_big) {
        printf("not ok %u - %s: %s\n", ++tap_count, path, buf ? "too large" : "out of memory");
        free(buf);
        return 1;
    }
    /* An exact-size copy lets ASan and valgrind catch reads past the end. */
    uint8_t *exact = malloc(len ? len : 1);
    if (!exact) {
        free(buf);
        printf("not ok %u - %s: out of memory\n", ++tap_count, path);
        return 1;
    }
    memcpy(exact, buf, len);
    free(buf);
    LLVMFuzzerTestOneInput(exact, len);
    free(exact);
    printf("ok %u - %s (%zu bytes)\n", ++tap_count, path, len);
    return 0;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int replay_dir(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) {
        printf("not ok %u - %s: cannot open directory\n", ++tap_count, dir);
        return 1;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    int failed = 0;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.')
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            char **grown = realloc(names, cap * sizeof *names);
            if (!grown) {
                failed = 1;
                break;
            }
            names = grown;
        }
        size_t need = strlen(dir) + strlen(de->d_name) + 2;
        if ((names[n] = malloc(need)) == NULL) {
            failed = 1;
            break;
        }
        snprintf(names[n++], need, "%s/%s", dir, de->d_name);
    }
    closedir(d);
    if (names)
        qsort(names, n, sizeof *names, by_name);
    for (size_t i = 0; i < n; i++) {
        struct stat st;
        if (stat(names[i], &st) == 0 && S_ISREG(st.st_mode))
            failed |= replay_file(names[i]);
        free(names[i]);
    }
    free(names);
    return failed;
}

int main(int argc, char **argv)
{
    int failed = 0;
    for (int i = 1; i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) != 0) {
            printf("not ok %u - %s: does not exist\n", ++tap_count, argv[i]);
            failed = 1;
        } else if (S_ISDIR(st.st_mode)) {
            failed |= replay_dir(argv[i]);
        } else {
            failed |= replay_file(argv[i]);
        }
    }
    printf("1..%u\n", tap_count);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

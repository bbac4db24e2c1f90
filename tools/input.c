#include "input.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Big enough that a 90 MB extract is a hundred reads. */
enum { BLOCK = 1 << 20 };

int input_read(cli *c, const char *path, input_block_fn fn, void *ctx, unsigned long (*rows_fn)(void *ctx))
{
    bool is_stdin = strcmp(path, "-") == 0;
    int fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY);
    if (fd < 0)
        return cli_fail(c, "%s: %s", path, strerror(errno));
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        if (!is_stdin)
            close(fd);
        return cli_fail(c, "%s: %s", path, strerror(EISDIR));
    }
    progress bar;
    progress_start(&bar, !c->quiet && !c->no_progress,
                   fstat(fd, &st) == 0 && S_ISREG(st.st_mode) ? (unsigned long long)st.st_size : 0);
    char *buf = malloc(BLOCK);
    int rc = buf ? EXIT_VALID : cli_fail(c, "%s", mss_strerror_lang(MSS_ERR_NO_MEMORY, c->lang));
    unsigned long long done = 0;
    while (rc == EXIT_VALID) {
        ssize_t n = read(fd, buf, BLOCK);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            rc = cli_fail(c, "%s: %s", path, strerror(errno));
        if (n <= 0)
            break;
        done += (unsigned long long)n;
        int frc = fn(buf, (size_t)n, ctx);
        if (frc < 0)
            rc = cli_fail(c, "%s: %s", path, mss_strerror_lang(frc, c->lang));
        progress_update(&bar, done, rows_fn(ctx));
    }
    progress_end(&bar);
    free(buf);
    if (!is_stdin)
        close(fd);
    return rc;
}

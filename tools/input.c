#include "input.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int input_open(cli *c, const char *path, input *in)
{
    bool is_stdin = strcmp(path, "-") == 0;
    *in = (input){ .path = path, .fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC) };
    if (in->fd < 0)
        return cli_fail(c, "%s: %s", path, strerror(errno));
    struct stat st;
    int err = fstat(in->fd, &st) != 0 ? errno : S_ISDIR(st.st_mode) ? EISDIR : 0;
    if (err) {
        input_close(in);
        return cli_fail(c, "%s: %s", path, strerror(err));
    }
    /* Standard input redirected from a file is read from where it stands. */
    off_t start = S_ISREG(st.st_mode) ? lseek(in->fd, 0, SEEK_CUR) : -1;
    in->regular = start >= 0 && start <= st.st_size;
    if (in->regular) {
        in->start = (unsigned long long)start;
        in->size = (unsigned long long)st.st_size;
    }
    return EXIT_VALID;
}

void input_close(input *in)
{
    if (in->fd > STDIN_FILENO)
        close(in->fd);
    in->fd = -1;
}

static ssize_t read_at(const input *in, char *buf, size_t len, unsigned long long offset)
{
    for (;;) {
        ssize_t n = in->regular ? pread(in->fd, buf, len, (off_t)offset) : read(in->fd, buf, len);
        if (n >= 0 || errno != EINTR)
            return n;
    }
}

int input_range(const input *in, unsigned long long begin, unsigned long long end, char *buf, size_t cap,
                input_block_fn fn, void *ctx)
{
    for (unsigned long long at = begin; !in->regular || at < end;) {
        size_t want = in->regular && end - at < cap ? (size_t)(end - at) : cap;
        ssize_t n = read_at(in, buf, want, at);
        if (n < 0)
            return errno;
        if (n == 0 || fn(buf, (size_t)n, ctx) < 0)
            break;
        at += (unsigned long long)n;
    }
    return 0;
}

unsigned long long input_line_start(const input *in, unsigned long long from, char *buf, size_t cap, int *error)
{
    if (from <= in->start)
        return in->start;
    for (unsigned long long at = from - 1;;) {
        ssize_t n = read_at(in, buf, cap, at);
        if (n <= 0) {
            if (n < 0)
                *error = errno;
            return at;
        }
        const char *nl = memchr(buf, '\n', (size_t)n);
        if (nl)
            return at + (unsigned long long)(nl - buf) + 1;
        at += (unsigned long long)n;
    }
}

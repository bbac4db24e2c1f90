/* Run a command several times; print one JSON object with the median wall
 * time, every run's time, the largest peak RSS and the exit statuses.
 * A small C parent, not Python: a child's peak RSS counts the pages of the
 * process it was forked from until it execs.
 *
 *   time_command RUNS COMMAND [ARG...]     (output goes to /dev/null)
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "bench.h"

/* Wall seconds of one run; *code receives the child's exit status. */
static double run_once(char **argv, int *code)
{
    struct timespec t0, t1;
    int status;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid_t pid = fork();
    if (pid < 0) {
        perror("time_command: fork");
        exit(2);
    }
    if (pid == 0) {
        int null = open("/dev/null", O_WRONLY);
        if (null >= 0) {
            dup2(null, 1);
            dup2(null, 2);
        }
        execvp(argv[0], argv);
        _exit(127);
    }
    if (waitpid(pid, &status, 0) < 0) {
        perror("time_command: waitpid");
        exit(2);
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    *code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
}

int main(int argc, char **argv)
{
    int runs = argc > 2 ? atoi(argv[1]) : 0;
    if (runs < 1 || runs > BENCH_MAX_RUNS) {
        fputs("usage: time_command RUNS COMMAND [ARG...]\n", stderr);
        return 2;
    }
    double times[BENCH_MAX_RUNS], sorted[BENCH_MAX_RUNS];
    int first_code = -1, other_code = -1;
    for (int r = 0; r < runs; r++) {
        int code;
        times[r] = sorted[r] = run_once(argv + 2, &code);
        if (first_code < 0)
            first_code = code;
        else if (code != first_code)
            other_code = code;
    }
    printf("{\"median_s\": %.4f, \"runs_s\": [", bench_median(sorted, (unsigned)runs));
    for (int r = 0; r < runs; r++)
        printf("%s%.4f", r ? ", " : "", times[r]);
    /* The largest peak RSS of the children waited for: of the worst run. */
    struct rusage ru;
    getrusage(RUSAGE_CHILDREN, &ru);
    printf("], \"peak_rss_kib\": %ld, \"exit_codes\": [%d", ru.ru_maxrss, first_code);
    if (other_code >= 0)
        printf(", %d", other_code);
    printf("]}\n");
    return 0;
}

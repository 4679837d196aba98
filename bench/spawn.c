/* Benchmark helper, not part of the program: runs one command and reports its wall
 * time, CPU time and peak RSS. bench/run.py compiles it and launches every measured
 * command through it, so that the peak RSS is not inflated by the Python parent. */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* Usage: spawn REPORT PROG [ARG]...
 * Runs PROG with its arguments (standard streams inherited), waits for it and writes
 * one line to the file REPORT: "STATUS MAXRSS_KIB UTIME_S STIME_S WALL_S", STATUS
 * being the exit code, 128 + N for signal N, or 127 when PROG could not be run.
 * A process forked from a small program starts with a small resident set: the child's
 * ru_maxrss (from wait4) is then the command's own peak. Exits 0 once the report is
 * written, 2 otherwise. */
int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: spawn REPORT PROG [ARG]...\n");
        return 2;
    }
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid_t pid = fork();
    if (pid < 0) {
        perror("spawn: fork");
        return 2;
    }
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        perror("spawn: exec");
        _exit(127);
    }
    int status = 0;
    struct rusage ru;
    if (wait4(pid, &status, 0, &ru) < 0) {
        perror("spawn: wait4");
        return 2;
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    int code = WIFEXITED(status) ? WEXITSTATUS(status)
             : WIFSIGNALED(status) ? 128 + WTERMSIG(status) : 255;
    double wall = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    double user = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6;
    double sys = (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
    FILE *f = fopen(argv[1], "w");
    if (f == NULL) {
        perror("spawn: report");
        return 2;
    }
    fprintf(f, "%d %ld %.6f %.6f %.6f\n", code, ru.ru_maxrss, user, sys, wall);
    return fclose(f) == 0 ? 0 : 2;
}

/* The batch's outputs: files written atomically (a temporary file renamed
 * over the target), removed when a signal stops the run. Part of the program:
 * it prints. */
/* Linux calls, where they exist: sync_file_range. */
#define _GNU_SOURCE

#include "cli/batch_int.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/util.h"
#include "cli/batch.h"

static const char *prog = FICHE_PROGRAM;

/* Temporary files being written, removed if the run is interrupted by a
 * signal (SIGKILL aside), so that no ".NAME.XXXXXX" is left behind. */
#define MAX_TEMPS 8
static char *volatile temps[MAX_TEMPS];

static void temp_register(char *path)
{
    for (int i = 0; i < MAX_TEMPS; i++)
        if (!temps[i]) {
            temps[i] = path;
            return;
        }
}

static void temp_forget(const char *path)
{
    for (int i = 0; i < MAX_TEMPS; i++)
        if (temps[i] == path)
            temps[i] = NULL;
}

static void on_signal(int sig)
{
    for (int i = 0; i < MAX_TEMPS; i++)
        if (temps[i])
            unlink(temps[i]); /* async-signal-safe */
    signal(sig, SIG_DFL);
    raise(sig);
}

bool batch_is_special(const char *path)
{
    if (strcmp(path, "-") == 0)
        return true;
    struct stat st;
    return stat(path, &st) == 0 && !S_ISREG(st.st_mode);
}

/* The batch outputs are written in entry-sized pieces (a few kB), larger
 * than stdio's default 4 kB buffer: without a bigger one, each piece is a
 * write(2). glibc ignores the size given to setvbuf without a buffer, so the
 * buffer is ours. */
enum { OUT_BUFFER = 64 * 1024 };

/* Give a stream just opened, nothing written yet, a buffer of OUT_BUFFER
 * bytes: *owned (freed by the caller after fclose) or, for standard output,
 * which lives until exit, a static one. A terminal keeps its line buffering. */
void batch_big_buffer(FILE *fp, char **owned)
{
    static char stdout_buffer[OUT_BUFFER];
    if (fp == stdout) {
        if (!isatty(STDOUT_FILENO))
            setvbuf(stdout, stdout_buffer, _IOFBF, sizeof stdout_buffer);
        return;
    }
    *owned = xmalloc(OUT_BUFFER);
    setvbuf(fp, *owned, _IOFBF, OUT_BUFFER);
}

bool outfile_open(struct outfile *of, const char *path)
{
    memset(of, 0, sizeof *of);
    if (!path || strcmp(path, "-") == 0) {
        of->fp = stdout;
        return true;
    }
    of->path = xstrdup(path);
    if (batch_is_special(path)) {
        of->fp = fopen(path, "w");
        if (!of->fp) {
            fprintf(stderr, "%s: %s: %s\n", prog, path, strerror(errno));
            free(of->path);
            of->path = NULL;
            return false;
        }
        return true;
    }
    const char *slash = strrchr(path, '/');
    if (slash)
        of->tmp = xasprintf("%.*s/.%s.XXXXXX", (int)(slash - path), path, slash + 1);
    else
        of->tmp = xasprintf(".%s.XXXXXX", path);
    int fd = mkstemp(of->tmp);
    if (fd < 0) {
        fprintf(stderr, "%s: %s: cannot create a file there: %s\n", prog, path,
                strerror(errno));
        free(of->tmp);
        free(of->path);
        memset(of, 0, sizeof *of);
        return false;
    }
    mode_t mask = umask(0);
    umask(mask);
    fchmod(fd, 0666 & ~mask); /* mkstemp creates 0600: use the usual mode */
    temp_register(of->tmp);
    of->fp = fdopen(fd, "w");
    if (!of->fp) {
        close(fd);
        unlink(of->tmp);
        temp_forget(of->tmp);
        free(of->tmp);
        free(of->path);
        memset(of, 0, sizeof *of);
        return false;
    }
    return true;
}

/* Writeback of a file to be synced is started every so many bytes, so that
 * the disk works while the batch runs and the fsync before the rename finds
 * little left to write: it is on the batch's critical path. */
enum { WRITEBACK_EVERY = 8 * 1024 * 1024 };

void outfile_writeback(struct outfile *of)
{
#ifdef SYNC_FILE_RANGE_WRITE
    if (of->tmp && !of->no_sync && of->fp && fflush(of->fp) == 0) {
        /* Only starts the writes; an error is the final fsync's to report. */
        (void)sync_file_range(fileno(of->fp), 0, 0, SYNC_FILE_RANGE_WRITE);
        of->unsynced = 0;
    }
#else
    (void)of;
#endif
}

void outfile_write(struct outfile *of, const char *s, size_t n)
{
    if (of->fp && n && fwrite(s, 1, n, of->fp) != n)
        of->failed = true;
    of->unsynced += n;
    if (of->unsynced >= WRITEBACK_EVERY)
        outfile_writeback(of);
}

/* Finish: commit (rename) when ok, else remove the temporary file. Returns
 * false when the file could not be written. */
bool outfile_close(struct outfile *of, bool commit)
{
    bool ok = !of->failed;
    if (of->fp == stdout) {
        if (fflush(stdout) != 0)
            ok = false;
    } else if (of->fp) {
        if (fflush(of->fp) != 0 ||
            (of->tmp && commit && !of->no_sync && fsync(fileno(of->fp)) != 0))
            ok = false;
        if (fclose(of->fp) != 0)
            ok = false;
    }
    free(of->vbuf);
    of->vbuf = NULL;
    of->fp = NULL;
    if (of->tmp) {
        if (commit && ok) {
            if (rename(of->tmp, of->path) != 0) {
                fprintf(stderr, "%s: %s: %s\n", prog, of->path, strerror(errno));
                ok = false;
                unlink(of->tmp);
            }
        } else {
            unlink(of->tmp);
        }
    }
    if (!ok)
        fprintf(stderr, "%s: %s: write failed\n", prog,
                of->path ? of->path : "standard output");
    temp_forget(of->tmp);
    free(of->tmp);
    free(of->path);
    memset(of, 0, sizeof *of);
    return ok;
}

/* Write a whole small file atomically. */
/* The files of -o DIR are not synced one by one: the rename keeps a killed
 * run from leaving half a file, and an fsync per entry made 20,000 entries
 * take minutes. The big --vcf, --ics and --report files are synced. */
bool batch_write_file(const char *path, const char *data, size_t n)
{
    struct outfile of;
    if (!outfile_open(&of, path))
        return false;
    of.no_sync = true;
    outfile_write(&of, data, n);
    return outfile_close(&of, true);
}

void batch_install_signals(void)
{
    signal(SIGINT, on_signal);
    signal(SIGTERM, on_signal);
    signal(SIGHUP, on_signal);
    signal(SIGPIPE, on_signal);
}

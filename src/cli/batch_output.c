/* The batch's outputs: files written atomically (a temporary file renamed
 * over the target), every write, fsync, close and rename checked, temporary
 * files removed when a signal stops the run and, when a killed run left
 * some, by the next run into the same folder. Part of the program: it
 * prints. The buffering is ours, on write(2): a failed write is known at
 * once with its reason, which stdio's buffers could hide until too late. */
/* Linux calls, where they exist: sync_file_range. */
#define _GNU_SOURCE

#include "cli/batch_int.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/util.h"
#include "cli/batch.h"
#include "cli/message.h"

static const char *prog = FICHE_PROGRAM;

/* --- temporary files and signals ---------------------------------------- */

/* The mark in the name of our temporary files: ".NAME.fiche2vcard-PID-XXXXXX"
 * beside NAME. A later run removes those whose process is gone. */
#define TEMP_MARK ".fiche2vcard-"

/* Temporary files being written, removed if the run is interrupted by a
 * signal (SIGKILL aside). Slots are taken and given back atomically: the
 * handler may run at any moment. */
#define MAX_TEMPS 64
static _Atomic(char *) temps[MAX_TEMPS];

static void temp_register(char *path)
{
    for (int i = 0; i < MAX_TEMPS; i++) {
        char *expected = NULL;
        if (atomic_compare_exchange_strong(&temps[i], &expected, path))
            return;
    }
}

static void temp_forget(const char *path)
{
    for (int i = 0; i < MAX_TEMPS; i++)
        if (atomic_load(&temps[i]) == path)
            atomic_store(&temps[i], NULL);
}

static void on_signal(int sig)
{
    for (int i = 0; i < MAX_TEMPS; i++) {
        char *p = atomic_load(&temps[i]);
        if (p)
            unlink(p); /* async-signal-safe */
    }
    signal(sig, SIG_DFL);
    raise(sig); /* the parent sees the signal: status 128 + sig in a shell */
}

void batch_install_signals(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigfillset(&sa.sa_mask); /* one handler at a time */
    static const int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGPIPE};
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
        sigaction(sigs[i], &sa, NULL);
}

/* The process id in a temporary file's name ".X.fiche2vcard-PID-XXXXXX", or
 * 0 when the name is none of ours. */
static long temp_owner(const char *name)
{
    const char *m = name[0] == '.' ? strstr(name, TEMP_MARK) : NULL;
    if (!m)
        return 0;
    char *end;
    long pid = strtol(m + strlen(TEMP_MARK), &end, 10);
    if (pid <= 0 || *end != '-' || strlen(end + 1) != 6)
        return 0;
    return pid;
}

void batch_sweep_temps(const char *dir)
{
    DIR *d = opendir(dir && *dir ? dir : ".");
    if (!d)
        return;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        long pid = temp_owner(de->d_name);
        /* only the files of a process that is gone: not a running batch's */
        if (pid > 0 && pid != (long)getpid() && kill((pid_t)pid, 0) != 0 &&
            errno == ESRCH)
            unlinkat(dirfd(d), de->d_name, 0);
    }
    closedir(d);
}

void batch_sweep_for(const char *path)
{
    if (!path || batch_is_special(path))
        return;
    const char *slash = strrchr(path, '/');
    char *dir =
        slash ? xstrndup(path, slash == path ? 1 : (size_t)(slash - path)) : xstrdup(".");
    batch_sweep_temps(dir);
    free(dir);
}

bool batch_prepare_dir(const char *dir)
{
    batch_sweep_temps(dir);
    char *probe = xasprintf("%s/" TEMP_MARK "%ld-XXXXXX", dir, (long)getpid());
    temp_register(probe);
    int fd = mkstemp(probe);
    int e = errno;
    if (fd >= 0) {
        close(fd);
        unlink(probe);
    }
    temp_forget(probe);
    free(probe);
    if (fd < 0)
        say("%s: %s: cannot write files there: %s", prog, dir, strerror(e));
    return fd >= 0;
}

/* --- the files ------------------------------------------------------------ */

bool batch_is_special(const char *path)
{
    if (strcmp(path, "-") == 0)
        return true;
    struct stat st;
    return stat(path, &st) == 0 && !S_ISREG(st.st_mode);
}

/* Output is buffered in pieces this big: entries are a few kB each. */
enum { OUT_BUFFER = 64 * 1024 };

/* Say once why the file cannot be written. */
static void outfile_fail(struct outfile *of, int err)
{
    if (!of->failed) {
        of->failed = true;
        of->err = err;
    }
}

static bool open_temp(struct outfile *of, const char *path)
{
    const char *slash = strrchr(path, '/');
    long pid = (long)getpid();
    if (slash)
        of->tmp = xasprintf("%.*s/.%s" TEMP_MARK "%ld-XXXXXX", (int)(slash - path), path,
                            slash + 1, pid);
    else
        of->tmp = xasprintf(".%s" TEMP_MARK "%ld-XXXXXX", path, pid);
    temp_register(of->tmp); /* before it exists: a signal may come at once */
    of->fd = mkstemp(of->tmp);
    if (of->fd < 0) {
        int e = errno;
        if (!of->silent)
            say("%s: %s: cannot create a file there: %s", prog, path, strerror(e));
        errno = e;
        temp_forget(of->tmp);
        free(of->tmp);
        of->tmp = NULL;
        return false;
    }
    mode_t mask = umask(0);
    umask(mask);
    (void)fchmod(of->fd, 0666 & ~mask); /* mkstemp creates 0600: the usual mode */
    return true;
}

bool outfile_open(struct outfile *of, const char *path)
{
    memset(of, 0, sizeof *of);
    of->fd = -1;
    if (!path || strcmp(path, "-") == 0) {
        of->fd = STDOUT_FILENO;
        of->tty = isatty(STDOUT_FILENO);
        return true;
    }
    of->path = xstrdup(path);
    if (batch_is_special(path)) {
        of->fd = open(path, O_WRONLY | O_CLOEXEC);
        if (of->fd < 0) {
            say("%s: %s: %s", prog, path, strerror(errno));
            free(of->path);
            of->path = NULL;
            return false;
        }
        return true;
    }
    if (!open_temp(of, path)) {
        free(of->path);
        of->path = NULL;
        return false;
    }
    return true;
}

bool outfile_open_spool(struct outfile *of)
{
    memset(of, 0, sizeof *of);
    const char *dir = getenv("TMPDIR");
    char *name = xasprintf("%s/" TEMP_MARK "spool-XXXXXX", dir && *dir ? dir : "/tmp");
    of->fd = mkstemp(name);
    if (of->fd < 0) {
        say("%s: %s: cannot create a temporary file: %s", prog, name, strerror(errno));
        free(name);
        return false;
    }
    unlink(name); /* nothing to clean up, whatever stops the run */
    of->path = name;
    return true;
}

bool outfile_flush(struct outfile *of)
{
    if (of->len > 0 && !of->failed && write_all(of->fd, of->buf, of->len) != 0)
        outfile_fail(of, errno);
    of->len = 0;
    return !of->failed;
}

int outfile_fd(struct outfile *of)
{
    outfile_flush(of);
    return of->fd;
}

/* Writeback of a file to be synced is started every so many bytes, so that
 * the disk works while the batch runs and the fsync before the rename finds
 * little left to write: it is on the batch's critical path. */
enum { WRITEBACK_EVERY = 8 * 1024 * 1024 };

void outfile_writeback(struct outfile *of)
{
    if (!outfile_flush(of) || !of->tmp || of->no_sync)
        return;
#ifdef SYNC_FILE_RANGE_WRITE
    /* Only starts the writes; an error is the final fsync's to report. */
    (void)sync_file_range(of->fd, 0, 0, SYNC_FILE_RANGE_WRITE);
#endif
    of->unsynced = 0;
}

void outfile_write(struct outfile *of, const char *s, size_t n)
{
    if (of->failed || of->fd < 0 || n == 0)
        return;
    if (of->len + n > OUT_BUFFER) {
        outfile_flush(of);
        if (n >= OUT_BUFFER) {
            if (!of->failed && write_all(of->fd, s, n) != 0)
                outfile_fail(of, errno);
            n = 0;
        }
    }
    if (n > 0) {
        if (!of->buf)
            of->buf = xmalloc(OUT_BUFFER);
        memcpy(of->buf + of->len, s, n);
        of->len += n;
    }
    of->unsynced += n;
    if (of->tty)
        outfile_flush(of); /* a terminal sees each entry as it is done */
    else if (of->unsynced >= WRITEBACK_EVERY)
        outfile_writeback(of);
}

/* Make the rename itself durable: sync the folder that holds the file. */
static int sync_folder(const char *path)
{
    const char *slash = strrchr(path, '/');
    char *dir =
        slash ? xstrndup(path, slash == path ? 1 : (size_t)(slash - path)) : xstrdup(".");
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    free(dir);
    if (fd < 0)
        return 0; /* a folder that cannot be opened cannot be synced either */
    int rc = fsync(fd);
    int e = errno;
    close(fd);
    errno = e;
    /* some file systems cannot sync a folder: not a failure of ours */
    return rc != 0 && (errno == EINVAL || errno == EROFS) ? 0 : rc;
}

/* The file's end: flush, fsync (a synced file), close; the first failure is
 * remembered. */
static void finish_fd(struct outfile *of, bool commit)
{
    outfile_flush(of);
    if (of->fd == STDOUT_FILENO || of->fd < 0)
        return;
    if (of->tmp && commit && !of->no_sync && !of->failed && fsync(of->fd) != 0)
        outfile_fail(of, errno);
    if (close(of->fd) != 0 && errno != EINTR)
        outfile_fail(of, errno);
    of->fd = -1;
}

static bool outfile_finish(struct outfile *of, bool commit, int *err_out)
{
    finish_fd(of, commit);
    bool ok = !of->failed;
    if (of->tmp) {
        if (commit && ok && rename(of->tmp, of->path) != 0)
            outfile_fail(of, errno);
        else if (commit && ok && !of->no_sync && sync_folder(of->path) != 0)
            outfile_fail(of, errno);
        if (!commit || of->failed)
            unlink(of->tmp); /* the previous file stays as it was */
        ok = !of->failed;
    }
    if (of->failed && !of->silent)
        say("%s: %s: cannot write: %s", prog, of->path ? of->path : "standard output",
            strerror(of->err));
    if (of->failed && err_out)
        *err_out = of->err;
    temp_forget(of->tmp);
    free(of->tmp);
    free(of->path);
    free(of->buf);
    memset(of, 0, sizeof *of);
    of->fd = -1;
    return ok;
}

bool outfile_close(struct outfile *of, bool commit)
{
    return outfile_finish(of, commit, NULL);
}

bool outfile_close_err(struct outfile *of, bool commit, int *err)
{
    return outfile_finish(of, commit, err);
}

/* The files of -o DIR are not synced one by one: the rename keeps a killed
 * run from leaving half a file, and an fsync per entry made 20,000 entries
 * take minutes. The big --vcf, --ics and --report files are synced. */
bool batch_write_file(const char *path, const char *data, size_t n, int *err)
{
    struct outfile of;
    memset(&of, 0, sizeof of);
    of.silent = true;
    of.no_sync = true;
    if (!open_temp(&of, path)) {
        *err = errno;
        return false;
    }
    of.path = xstrdup(path);
    outfile_write(&of, data, n);
    return outfile_finish(&of, true, err);
}

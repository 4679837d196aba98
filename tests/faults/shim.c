/* A fault-injection shim for the output tests (LD_PRELOAD): the Nth call
 * to one of write, fsync, close or rename fails with the errno asked for, so
 * that every place the program writes a file is made to meet a full disk or
 * a failing device. Only calls on files are counted: write and close on
 * descriptors above 2 (not the terminal), rename on any path.
 *
 *   FAULT_CALL   write | fsync | close | rename
 *   FAULT_NTH    the call that fails, counted from 1
 *   FAULT_ERRNO  ENOSPC (default) | EIO | EDQUOT
 *   FAULT_LOG    a file that gets "fired CALL N" when the fault happens
 */
#define _GNU_SOURCE

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static atomic_long calls;

/* True when this call of name is the one to fail (errno is then set). */
static int should_fail(const char *name)
{
    const char *call = getenv("FAULT_CALL");
    const char *nth = getenv("FAULT_NTH");
    if (!call || !nth || strcmp(call, name) != 0)
        return 0;
    long n = atomic_fetch_add(&calls, 1) + 1;
    if (n != atol(nth))
        return 0;
    const char *e = getenv("FAULT_ERRNO");
    int err = ENOSPC;
    if (e && strcmp(e, "EIO") == 0)
        err = EIO;
    else if (e && strcmp(e, "EDQUOT") == 0)
        err = EDQUOT;
    const char *log = getenv("FAULT_LOG");
    if (log) {
        ssize_t (*real_write)(int, const void *, size_t) =
            (ssize_t(*)(int, const void *, size_t))dlsym(RTLD_NEXT, "write");
        int fd = open(log, O_WRONLY | O_APPEND | O_CREAT, 0644);
        if (fd >= 0) {
            char line[64];
            int k = snprintf(line, sizeof line, "fired %s %ld\n", name, n);
            if (k > 0)
                (void)real_write(fd, line, (size_t)k);
            int (*real_close)(int) = (int (*)(int))dlsym(RTLD_NEXT, "close");
            real_close(fd);
        }
    }
    errno = err;
    return 1;
}

ssize_t write(int fd, const void *buf, size_t n)
{
    static ssize_t (*real)(int, const void *, size_t);
    if (!real)
        real = (ssize_t(*)(int, const void *, size_t))dlsym(RTLD_NEXT, "write");
    if (fd > 2 && should_fail("write"))
        return -1;
    return real(fd, buf, n);
}

int fsync(int fd)
{
    static int (*real)(int);
    if (!real)
        real = (int (*)(int))dlsym(RTLD_NEXT, "fsync");
    if (should_fail("fsync"))
        return -1;
    return real(fd);
}

int close(int fd)
{
    static int (*real)(int);
    if (!real)
        real = (int (*)(int))dlsym(RTLD_NEXT, "close");
    if (fd > 2 && should_fail("close")) {
        real(fd); /* as Linux does: the descriptor is gone even so */
        return -1;
    }
    return real(fd);
}

int rename(const char *from, const char *to)
{
    static int (*real)(const char *, const char *);
    if (!real)
        real = (int (*)(const char *, const char *))dlsym(RTLD_NEXT, "rename");
    if (should_fail("rename"))
        return -1;
    return real(from, to);
}

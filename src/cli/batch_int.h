/* Private to the batch (batch*.c, part of the program): the atomic output
 * files of batch_output.c that the run in batch.c writes. */
#ifndef FICHE_BATCH_INT_H
#define FICHE_BATCH_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "write/ical.h"

/* An output file written atomically: a temporary file beside the target,
 * renamed over it at the end. Special files (stdout, devices, pipes) are
 * written directly and never replaced. Every write, fsync, close and rename
 * is checked; the first failure is kept with its errno and said once. */
struct outfile {
    char *path; /* target, NULL for stdout */
    char *tmp;  /* temporary path, NULL when written directly */
    int fd;
    char *buf; /* bytes not yet written, at most a buffer's worth */
    size_t len;
    bool failed;
    int err;         /* errno of the first failure */
    bool no_sync;    /* skip fsync before the rename (small per-entry files) */
    bool tty;        /* standard output on a terminal: written entry by entry */
    bool silent;     /* the caller says what failed (the files of -o DIR) */
    size_t unsynced; /* bytes written since writeback was last started */
};

/* Open path for writing into *of (overwritten): standard output for NULL or
 * "-", the file itself for a special file (device, pipe), else a temporary
 * file beside it (".NAME.fiche2vcard-PID-XXXXXX"), registered for removal
 * on a signal. Prints a message and returns false on failure (*of then holds
 * nothing to close). */
bool outfile_open(struct outfile *of, const char *path);

/* Append the n bytes at s; a failure is remembered for outfile_close. Starts
 * the writeback of a synced file every so many bytes. */
void outfile_write(struct outfile *of, const char *s, size_t n);

/* Write out what is buffered; false once the file has failed. */
bool outfile_flush(struct outfile *of);

/* The file descriptor, everything buffered written first (for copies). */
int outfile_fd(struct outfile *of);

/* Start writing what of holds to the disk, without waiting, so that the
 * fsync of outfile_close finds less to do (Linux; elsewhere nothing). */
void outfile_writeback(struct outfile *of);

/* Finish: when commit and nothing failed, fsync (unless no_sync), close,
 * rename over the target and sync its folder; else, or when any of these
 * fails, remove the temporary file so that the previous file stays. Returns
 * false when the file could not be written, after one message naming it
 * and the system's reason. Frees of's resources. */
bool outfile_close(struct outfile *of, bool commit);
/* outfile_close, and the errno of the failure into *err (for a silent
 * file, whose caller says what failed). */
bool outfile_close_err(struct outfile *of, bool commit, int *err);

/* Write a whole small file atomically, without fsync (the files of -o DIR).
 * False on failure, with the reason in *err and no message: the entry's
 * error names the file. */
bool batch_write_file(const char *path, const char *data, size_t n, int *err);

/* Open *of on a new unnamed temporary file (in $TMPDIR, else /tmp), for a
 * spool that is read back with outfile_fd and never committed. Prints a
 * message and returns false on failure. */
bool outfile_open_spool(struct outfile *of);

/* Remove from folder dir ("" or NULL: the current one) the temporary files
 * that a run of this program left when it was killed (SIGKILL, a crash):
 * ours by their name, of a process that is gone. */
void batch_sweep_temps(const char *dir);

/* batch_sweep_temps for the folder of output file path (none for "-" or a
 * special file). */
void batch_sweep_for(const char *path);

/* Before an -o DIR run: sweep dir's leftovers, then check that a file can be
 * made there; false after one message naming dir and the reason (a
 * read-only folder fails once, not once per entry). */
bool batch_prepare_dir(const char *dir);

/* Standard output ("-"), or an existing file that is not a regular one
 * (device, pipe...): written directly, never replaced. */
bool batch_is_special(const char *path);

/* The --ics output (batch_ics.c): one VCALENDAR whose head names the time
 * zones the components use. For a regular target the components go straight
 * into its temporary file behind a head; the file is rewritten with a new
 * head when a component brings a new zone (at once for the first few, else
 * once at the end). Other targets get a spool, copied behind the head at the
 * end. */
struct icsout {
    const char *path;
    bool direct;        /* components written into out, behind its head */
    struct outfile out; /* the target (its temporary file) */
    long long head_len; /* bytes of head at the start of out; -1: no file yet */
    struct ical_zones head_zones;
    int reheads;             /* rewrites so far */
    struct outfile spool;    /* not direct: the components */
    long long body_len;      /* bytes of components written */
    struct ical_zones zones; /* the zones they use */
    size_t components;
    bool failed;
};

/* Prepare *c for path; false (with a message) when it cannot be. */
bool icsout_open(struct icsout *c, const char *path);
/* Append one entry's components (n bytes at s) using zones. */
void icsout_add(struct icsout *c, const char *s, size_t n,
                const struct ical_zones *zones);
/* Start writing what is written so far to the disk (see outfile_writeback). */
void icsout_writeback(struct icsout *c);
/* Finish: head, components, "END:VCALENDAR", committed (or, without any
 * component, no file and a message unless quiet). Frees c's resources.
 * False (with a message) when the calendar could not be written. */
bool icsout_close(struct icsout *c, bool quiet);

#endif

/* The batch's --ics output: one VCALENDAR whose head names the time zones of
 * the components after it, which are known only as the entries are done.
 * Part of the program: it prints. */
/* Linux calls, where they exist: copy_file_range. */
#define _GNU_SOURCE

#include "cli/batch_int.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/diag.h"
#include "base/strbuf.h"
#include "base/util.h"
#include "cli/batch.h"
#include "cli/message.h"
#include "write/ical.h"

static const char *prog = FICHE_PROGRAM;

/* A component with a new zone makes the file be rewritten at once with the
 * new head: the copy runs in the reading thread while the workers go on,
 * instead of at the end, when nothing else runs. After this many rewrites
 * (there are 16 zones), the rest waits for the end: at most one more copy. */
enum { REHEAD_NOW_MAX = 8 };

/* Append bytes [from, from + n) of the file behind in to out: in the kernel
 * where it can (copy_file_range), else through a buffer. */
static void copy_range(struct outfile *in, long long from, long long n,
                       struct outfile *out)
{
    int ifd = outfile_fd(in), ofd = outfile_fd(out);
    if (in->failed && !out->failed) {
        /* one message: the new file's, which names the same target */
        out->failed = true;
        out->err = in->err;
        in->silent = true;
    }
    if (out->failed)
        return;
#ifdef __linux__
    off64_t at = from;
    long long left = n;
    ssize_t k = 0;
    while (left > 0 && (k = copy_file_range(ifd, &at, ofd, NULL, (size_t)left, 0)) > 0)
        left -= k;
    if (left == 0)
        return;
    if (at != from) { /* failed half-way: not a case for the fallback */
        out->failed = true;
        out->err = errno;
        return;
    }
#else
    (void)ofd;
#endif
    char buf[65536];
    while (n > 0) {
        size_t want = n < (long long)sizeof buf ? (size_t)n : sizeof buf;
        ssize_t got = pread(ifd, buf, want, (off_t)from);
        if (got <= 0) {
            out->failed = true;
            out->err = got < 0 ? errno : EIO;
            return;
        }
        outfile_write(out, buf, (size_t)got);
        from += got;
        n -= got;
    }
}

/* The head naming zones into sb (reset); false, with a message, when libical
 * cannot build it. */
static bool head_of(const struct icsout *c, const struct ical_zones *zones,
                    struct strbuf *sb)
{
    struct fiche_error err = {0};
    strbuf_reset(sb);
    if (ical_write_head(zones, sb, &err) == 0)
        return true;
    say("%s: %s: error: %s", prog, c->path,
        err.message ? err.message : "cannot build the calendar head");
    fiche_error_clear(&err);
    return false;
}

/* A new temporary file for the target with the head of zones, then the
 * components written so far (after the old head, or the spool's). */
static bool rehead(struct icsout *c, struct ical_zones zones)
{
    struct strbuf sb = STRBUF_INIT;
    struct outfile next;
    if (!head_of(c, &zones, &sb) || !outfile_open(&next, c->path)) {
        strbuf_free(&sb);
        return false;
    }
    outfile_write(&next, sb.buf, sb.len);
    long long head_len = (long long)sb.len;
    strbuf_free(&sb);
    if (c->direct) {
        if (c->head_len >= 0) {
            copy_range(&c->out, c->head_len, c->body_len, &next);
            outfile_close(&c->out, false);
        }
    } else {
        copy_range(&c->spool, 0, c->body_len, &next);
    }
    c->out = next;
    c->head_len = head_len;
    c->head_zones = zones;
    return !c->out.failed;
}

bool icsout_open(struct icsout *c, const char *path)
{
    memset(c, 0, sizeof *c);
    c->path = path;
    c->head_len = -1;
    /* A regular file gets the components in place, behind their head;
     * standard output and devices cannot be rewritten: a spool first. */
    c->direct = !batch_is_special(path);
    if (c->direct)
        return true; /* the file is made with the first head */
    return outfile_open_spool(&c->spool);
}

/* Whether zones holds a zone that have does not. */
static bool new_zone(const struct ical_zones *zones, const struct ical_zones *have)
{
    for (size_t i = 0; i < ICAL_ZONE_WORDS; i++)
        if (zones->w[i] & ~have->w[i])
            return true;
    return false;
}

void icsout_add(struct icsout *c, const char *s, size_t n, const struct ical_zones *zones)
{
    if (c->failed)
        return;
    ical_zones_add(&c->zones, zones);
    c->components++;
    if (c->direct) {
        bool first = c->head_len < 0;
        if (first || (new_zone(zones, &c->head_zones) && c->reheads < REHEAD_NOW_MAX)) {
            c->reheads += !first;
            struct ical_zones all = c->head_zones;
            ical_zones_add(&all, &c->zones);
            if (!rehead(c, all)) {
                c->failed = true;
                return;
            }
        }
        outfile_write(&c->out, s, n);
    } else {
        outfile_write(&c->spool, s, n);
        c->failed = c->spool.failed;
    }
    c->body_len += (long long)n;
}

void icsout_writeback(struct icsout *c)
{
    if (c->direct && c->head_len >= 0)
        outfile_writeback(&c->out);
}

bool icsout_close(struct icsout *c, bool quiet)
{
    bool ok = !c->failed;
    if (ok && c->components == 0) {
        if (!quiet)
            say("%s: %s: no entry has opening information; no calendar written", prog,
                c->path);
    } else if (ok && (!c->direct || !ical_zones_equal(&c->head_zones, &c->zones))) {
        ok = rehead(c, c->zones);
    }
    bool have_file = c->head_len >= 0;
    if (ok && have_file) {
        struct strbuf sb = STRBUF_INIT;
        ical_write_tail(&sb);
        outfile_write(&c->out, sb.buf, sb.len);
        strbuf_free(&sb);
    }
    if (have_file && !outfile_close(&c->out, ok))
        ok = false;
    /* a failed spool says why; the calendar is then not written */
    if (!c->direct && !outfile_close(&c->spool, false))
        ok = false;
    return ok;
}

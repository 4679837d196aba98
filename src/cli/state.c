/* The state of a delivery target (state.h). The file:
 *   fiche2vcard state 1 TITLE
 *   ORIGIN TAB HASH TAB SIZE TAB MTIME_NS TAB ETAG-or-"-" TAB NAME
 * one line per item, ORIGIN in upper case while a write is in flight (sent,
 * its answer not yet recorded); the journal has the same lines, and "x" lines for an
 * item forgotten. Names (UIDs, slugs) and ETags never hold a tab or a line
 * break: an HTTP header value cannot. */
#include "cli/state.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/strbuf.h"
#include "base/util.h"
#include "cli/batch.h"
#include "cli/batch_int.h"
#include "cli/message.h"

#define STATE_MAGIC "fiche2vcard state 1"

static struct state_rec *rec_add(struct state *st, const char *name)
{
    if (st->n == st->cap) {
        st->cap = st->cap ? 2 * st->cap : 64;
        st->v = xrealloc(st->v, st->cap * sizeof *st->v);
    }
    struct state_rec *r = &st->v[st->n];
    memset(r, 0, sizeof *r);
    r->name = xstrdup(name);
    *strset_add(&st->index, name) = ++st->n;
    return r;
}

struct state_rec *state_find(struct state *st, const char *name)
{
    unsigned long *k = strset_get(&st->index, name);
    if (!k || *k == 0)
        return NULL;
    struct state_rec *r = &st->v[*k - 1];
    return r->removed ? NULL : r;
}

struct state_rec *state_get(struct state *st, const char *name)
{
    unsigned long *k = strset_get(&st->index, name);
    if (k && *k > 0) {
        struct state_rec *r = &st->v[*k - 1];
        r->removed = false;
        return r;
    }
    return rec_add(st, name);
}

static void rec_line(struct strbuf *sb, const struct state_rec *r)
{
    char origin = r->origin ? r->origin : '?';
    strbuf_printf(sb, "%c\t%s\t%lld\t%lld\t%s\t%s\n",
                  r->inflight ? (char)ascii_toupper(origin) : origin,
                  r->hash[0] ? r->hash : "-", r->size, r->mtime_ns,
                  r->etag ? r->etag : "-", r->name);
}

static void journal_append(struct state *st, const struct strbuf *line)
{
    if (st->journal >= 0 && write_all(st->journal, line->buf, line->len) != 0) {
        say("%s: %s.journal: cannot write: %s", FICHE_PROGRAM, st->path, strerror(errno));
        close(st->journal);
        st->journal = -1;
    }
}

void state_changed(struct state *st, struct state_rec *r)
{
    st->dirty = true;
    if (st->journal < 0)
        return;
    struct strbuf sb = STRBUF_INIT;
    rec_line(&sb, r);
    journal_append(st, &sb);
    strbuf_free(&sb);
}

void state_remove(struct state *st, struct state_rec *r)
{
    r->removed = true;
    st->dirty = true;
    if (st->journal < 0)
        return;
    struct strbuf sb = STRBUF_INIT;
    strbuf_printf(&sb, "x\t-\t0\t0\t-\t%s\n", r->name);
    journal_append(st, &sb);
    strbuf_free(&sb);
}

/* One line of the file or journal (without its line feed) into st. */
static void take_line(struct state *st, char *line)
{
    char *f[6];
    int k = 0;
    for (char *p = line; k < 6; k++) {
        f[k] = p;
        char *tab = k < 5 ? strchr(p, '\t') : NULL;
        if (k < 5 && !tab)
            return; /* not one of ours */
        if (tab) {
            *tab = '\0';
            p = tab + 1;
        }
    }
    if (f[5][0] == '\0' || strlen(f[0]) != 1)
        return;
    if (f[0][0] == 'x') {
        struct state_rec *gone = state_find(st, f[5]);
        if (gone)
            gone->removed = true;
        return;
    }
    if (strlen(f[1]) != HASH_HEX_LEN)
        return;
    struct state_rec *r = state_get(st, f[5]);
    r->inflight = ascii_isupper(f[0][0]);
    r->origin = (char)ascii_tolower(f[0][0]);
    memcpy(r->hash, f[1], HASH_HEX_LEN + 1);
    r->size = strtoll(f[2], NULL, 10);
    r->mtime_ns = strtoll(f[3], NULL, 10);
    free(r->etag);
    r->etag = strcmp(f[4], "-") == 0 ? NULL : xstrdup(f[4]);
}

/* Read file path line by line into st; false when it exists but cannot be
 * read. *lines counts the lines taken. */
static bool read_lines(struct state *st, const char *path, bool header, size_t *lines)
{
    FILE *fp = fopen(path, "r");
    if (!fp)
        return errno == ENOENT;
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    bool first = header;
    while ((len = getline(&line, &cap, fp)) > 0) {
        if (line[len - 1] != '\n')
            break; /* a journal line cut short by a crash */
        line[len - 1] = '\0';
        if (first) {
            first = false;
            if (!str_startswith(line, STATE_MAGIC))
                break; /* not a state file of this version: start afresh */
            continue;
        }
        take_line(st, line);
        (*lines)++;
    }
    bool ok = !ferror(fp);
    free(line);
    fclose(fp);
    return ok;
}

bool state_load(struct state *st, const char *path, const char *title, bool journal)
{
    memset(st, 0, sizeof *st);
    st->journal = -1;
    st->path = xstrdup(path);
    st->title = xstrdup(title);
    size_t lines = 0, replayed = 0;
    if (!read_lines(st, path, true, &lines)) {
        say("%s: %s: cannot read: %s", FICHE_PROGRAM, path, strerror(errno));
        return false;
    }
    if (!journal)
        return true;
    char *jpath = xasprintf("%s.journal", path);
    bool ok = read_lines(st, jpath, false, &replayed);
    if (ok)
        st->journal = open(jpath, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (!ok || st->journal < 0)
        say("%s: %s: cannot %s: %s", FICHE_PROGRAM, jpath, ok ? "open" : "read",
            strerror(errno));
    free(jpath);
    st->dirty = replayed > 0; /* what the journal brought is saved at the end */
    return ok && st->journal >= 0;
}

bool state_save(struct state *st)
{
    if (!st->dirty)
        return true;
    struct outfile of;
    if (!outfile_open(&of, st->path))
        return false;
    of.silent = true; /* said below, as the error of this file */
    struct strbuf sb = STRBUF_INIT;
    strbuf_printf(&sb, STATE_MAGIC " %s\n", st->title);
    for (size_t i = 0; i < st->n; i++) {
        if (st->v[i].removed || st->v[i].hash[0] == '\0')
            continue;
        rec_line(&sb, &st->v[i]);
        if (sb.len >= 65536) {
            outfile_write(&of, sb.buf, sb.len);
            strbuf_reset(&sb);
        }
    }
    outfile_write(&of, sb.buf, sb.len);
    strbuf_free(&sb);
    int err = 0;
    if (!outfile_close_err(&of, true, &err)) {
        say("%s: error: cannot write %s: %s; the next run finds what this one wrote",
            FICHE_PROGRAM, st->path, strerror(err));
        return false;
    }
    st->dirty = false;
    /* the file holds everything the journal said */
    if (st->journal >= 0 && ftruncate(st->journal, 0) != 0)
        say("%s: %s.journal: cannot empty: %s", FICHE_PROGRAM, st->path, strerror(errno));
    return true;
}

void state_stop_journal(struct state *st)
{
    if (st->journal >= 0)
        close(st->journal);
    st->journal = -1;
}

void state_free(struct state *st)
{
    if (st->journal >= 0) {
        bool empty = lseek(st->journal, 0, SEEK_END) == 0;
        close(st->journal);
        if (empty) {
            char *jpath = xasprintf("%s.journal", st->path);
            unlink(jpath);
            free(jpath);
        }
    }
    for (size_t i = 0; i < st->n; i++) {
        free(st->v[i].name);
        free(st->v[i].etag);
    }
    free(st->v);
    strset_clear(&st->index);
    free(st->path);
    free(st->title);
    memset(st, 0, sizeof *st);
    st->journal = -1;
}

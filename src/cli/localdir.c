/* A folder kept up to date (localdir.h): --vdir and -o DIR. */
#include "cli/localdir.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/strbuf.h"
#include "base/util.h"
#include "cli/batch.h"
#include "cli/batch_int.h"
#include "cli/hash.h"
#include "cli/message.h"
#include "cli/state.h"

struct localdir {
    char *dir;
    bool vdir;
    const struct delivery_options *o;
    struct state st;
    struct fates f;
    bool failed;
};

static const char *prog = FICHE_PROGRAM;

const char *localdir_path(const struct localdir *ld)
{
    return ld->dir;
}

static bool make_dir(const char *path)
{
    struct stat sb;
    if (mkdir(path, 0755) != 0 && errno != EEXIST) {
        say("%s: %s: cannot create the folder: %s", prog, path, strerror(errno));
        return false;
    }
    if (stat(path, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
        say("%s: %s: not a folder", prog, path);
        return false;
    }
    return true;
}

struct localdir *localdir_open(const char *dir, bool vdir,
                               const struct delivery_options *o, bool want_report,
                               bool quiet)
{
    if (!make_dir(dir))
        return NULL;
    if (vdir) {
        static const char *const subs[] = {"contacts", "calendar"};
        for (size_t i = 0; i < 2; i++) {
            char *sub = xasprintf("%s/%s", dir, subs[i]);
            bool ok = make_dir(sub) && batch_prepare_dir(sub);
            free(sub);
            if (!ok)
                return NULL;
        }
    }
    if (!batch_prepare_dir(dir))
        return NULL;
    struct localdir *ld = xcalloc(1, sizeof *ld);
    ld->dir = xstrdup(dir);
    ld->vdir = vdir;
    ld->o = o;
    char *path = xasprintf("%s/" LOCALDIR_STATE, dir);
    bool ok = state_load(&ld->st, path, vdir ? "vdir" : "output-dir", false);
    free(path);
    ld->f.target = ld->dir;
    ld->f.dry_run = o->dry_run;
    ld->f.quiet = quiet;
    ld->f.items = want_report ? json_array() : NULL;
    if (!ok) {
        localdir_abort(ld);
        return NULL;
    }
    return ld;
}

/* The hash of the file at path (its content as an item), into h; false when
 * it cannot be read. */
static bool hash_file(const char *path, char h[HASH_HEX_LEN + 1])
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct strbuf sb = STRBUF_INIT;
    char buf[65536];
    ssize_t k;
    while ((k = read(fd, buf, sizeof buf)) > 0)
        strbuf_add(&sb, buf, (size_t)k);
    close(fd);
    if (k == 0)
        hash_item(sb.buf ? sb.buf : "", sb.len, h);
    strbuf_free(&sb);
    return k == 0;
}

static long long mtime_ns(const struct stat *sb)
{
    return (long long)sb->st_mtim.tv_sec * 1000000000LL + sb->st_mtim.tv_nsec;
}

/* What the file at path holds now, as a hash into h: the recorded one when
 * its size and mtime are those recorded (r may be NULL), else read. False
 * when there is no such file. */
static bool disk_hash(const char *path, const struct state_rec *r,
                      char h[HASH_HEX_LEN + 1])
{
    struct stat sb;
    if (stat(path, &sb) != 0 || !S_ISREG(sb.st_mode))
        return false;
    if (r && r->hash[0] && sb.st_size == r->size && mtime_ns(&sb) == r->mtime_ns) {
        memcpy(h, r->hash, HASH_HEX_LEN + 1);
        return true;
    }
    if (!hash_file(path, h))
        h[0] = '\0'; /* unreadable: something else than ours */
    return true;
}

/* Remember that the file at path holds content of hash h. */
static void remember(struct localdir *ld, struct state_rec *r, const char *path,
                     const char *h)
{
    if (ld->o->dry_run)
        return;
    struct stat sb;
    if (stat(path, &sb) == 0) {
        r->size = (long long)sb.st_size;
        r->mtime_ns = mtime_ns(&sb);
    }
    memcpy(r->hash, h, HASH_HEX_LEN + 1);
    state_changed(&ld->st, r);
}

/* Write the file and remember it; the fate is noted by the caller. */
static bool write_item(struct localdir *ld, struct state_rec *r, const char *path,
                       const char *data, size_t n, const char *h, int *err)
{
    if (!ld->o->dry_run && !batch_write_file(path, data, n, err))
        return false;
    remember(ld, r, path, h);
    return true;
}

/* The fate of an item whose content is h, given the record r (may be NULL)
 * and what the file holds (on_disk: there is one; dh its hash). */
static enum fate decide(const struct localdir *ld, const struct state_rec *r,
                        const char *h, bool on_disk, const char *dh)
{
    bool may_replace = ld->o->force || !ld->vdir; /* -o DIR owns its names */
    if (!on_disk)
        return FATE_CREATED;
    if (strcmp(dh, h) == 0)
        return FATE_UNCHANGED;
    if (r && strcmp(dh, r->hash) == 0)
        return FATE_UPDATED; /* still what we wrote: ours to replace */
    if (r && strcmp(r->hash, h) == 0)
        return may_replace ? FATE_UPDATED : FATE_KEPT;
    return may_replace ? FATE_UPDATED : FATE_CONFLICT;
}

bool localdir_put(struct localdir *ld, const char *name, const char *data, size_t n,
                  int *err)
{
    char h[HASH_HEX_LEN + 1], dh[HASH_HEX_LEN + 1] = "";
    hash_item(data, n, h);
    struct state_rec *r = state_find(&ld->st, name);
    if (r && r->seen) {
        fate_note(&ld->f, name, FATE_CONFLICT,
                  "two entries give this name (the same UID); the first is kept");
        return true;
    }
    char *path = xasprintf("%s/%s", ld->dir, name);
    bool on_disk = disk_hash(path, r, dh);
    enum fate fate = decide(ld, r, h, on_disk, dh);
    bool ok = true;
    if (!r && fate != FATE_CONFLICT) {
        r = state_get(&ld->st, name);
        r->origin = on_disk && fate != FATE_UNCHANGED ? STATE_ADOPTED : STATE_CREATED;
    }
    if (fate == FATE_CREATED || fate == FATE_UPDATED) {
        ok = write_item(ld, r, path, data, n, h, err);
    } else if (fate == FATE_UNCHANGED && strcmp(r->hash, dh) != 0) {
        remember(ld, r, path, h); /* our bytes, not yet remembered */
    } else if (fate == FATE_UNCHANGED) {
        struct stat sb; /* the same bytes, touched: remember the new mtime */
        if (stat(path, &sb) == 0 && mtime_ns(&sb) != r->mtime_ns)
            remember(ld, r, path, h);
    }
    if (r)
        r->seen = true;
    fate_note(&ld->f, name, ok ? fate : FATE_FAILED,
              fate == FATE_CONFLICT ? "changed since this program wrote it, or not "
                                      "written by it; not replaced (--force replaces it)"
              : fate == FATE_KEPT   ? "changed since this program wrote it; left as it is"
                                    : NULL);
    if (!ok)
        ld->failed = true;
    free(path);
    return ok;
}

/* One file of ours that no entry made this run: deleted with --prune when
 * it still holds what we wrote (or with --force), else left. */
static void prune_one(struct localdir *ld, struct state_rec *r)
{
    char *path = xasprintf("%s/%s", ld->dir, r->name);
    char dh[HASH_HEX_LEN + 1] = "";
    if (!disk_hash(path, r, dh)) {
        state_remove(&ld->st, r); /* gone already: nothing to do */
    } else if (strcmp(dh, r->hash) != 0 && !ld->o->force) {
        fate_note(&ld->f, r->name, FATE_KEPT,
                  "its entry is gone, but it changed since this program wrote it; "
                  "not deleted (--force deletes it)");
    } else if (ld->o->dry_run || unlink(path) == 0) {
        fate_note(&ld->f, r->name, FATE_DELETED, NULL);
        state_remove(&ld->st, r);
    } else {
        say("%s: %s: cannot delete: %s", prog, path, strerror(errno));
        fate_note(&ld->f, r->name, FATE_FAILED, NULL);
        ld->failed = true;
    }
    free(path);
}

void localdir_abort(struct localdir *ld)
{
    if (!ld)
        return;
    json_decref(ld->f.items);
    state_free(&ld->st);
    free(ld->dir);
    free(ld);
}

int localdir_close(struct localdir *ld, bool complete, json_t *report)
{
    size_t vanished = 0;
    for (size_t i = 0; i < ld->st.n; i++) {
        struct state_rec *r = &ld->st.v[i];
        if (r->removed || r->seen || r->hash[0] == '\0')
            continue;
        vanished++;
        if (ld->o->prune && complete)
            prune_one(ld, r);
        else
            fate_note(&ld->f, r->name, FATE_VANISHED, NULL);
    }
    if (vanished && ld->o->prune && !complete)
        say("%s: %s: nothing deleted: some entries could not be converted", prog,
            ld->dir);
    int status = ld->failed || ld->f.n[FATE_CONFLICT] ? 1 : 0;
    /* the files are written; the next run finds them by their content */
    if (!ld->o->dry_run && !state_save(&ld->st))
        status = 1;
    if (ld->vdir)
        fates_say(&ld->f);
    else if (ld->f.n[FATE_VANISHED] && !ld->f.quiet)
        say("%s: %s: %zu files of entries that are gone left (--prune deletes them)",
            prog, ld->dir, ld->f.n[FATE_VANISHED]);
    if (report)
        json_array_append_new(report,
                              fates_report(&ld->f, ld->vdir ? "vdir" : "output-dir"));
    localdir_abort(ld);
    return status;
}

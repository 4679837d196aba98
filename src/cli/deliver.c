/* Delivery (deliver.h): the options, the fates of items, and the glue that
 * hands each converted entry's items to the targets. */
#include "cli/deliver.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "cli/batch.h"
#include "cli/dav.h"
#include "cli/items.h"
#include "cli/localdir.h"
#include "cli/message.h"

static const char *prog = FICHE_PROGRAM;

/* Vanished items said one by one, before a count. */
enum { SAY_VANISHED_MAX = 10 };

bool delivery_option(struct delivery_options *d, int c, const char *arg)
{
    switch (c) {
    case OPT_VDIR:
        d->vdir = arg;
        return true;
    case OPT_CARDDAV:
        d->carddav = arg;
        return true;
    case OPT_CALDAV:
        d->caldav = arg;
        return true;
    case OPT_NETRC_FILE:
        d->netrc_file = arg;
        return true;
    case OPT_PRUNE:
        d->prune = true;
        return true;
    case OPT_DRY_RUN:
        d->dry_run = true;
        return true;
    case OPT_FORCE:
        d->force = true;
        return true;
    default:
        return false;
    }
}

char *delivery_check(const struct delivery_options *d, const char *out_dir)
{
    const char *urls[] = {d->carddav, d->caldav};
    const char *names[] = {"--carddav", "--caldav"};
    for (int i = 0; i < 2; i++) {
        const char *why = urls[i] ? dav_url_problem(urls[i]) : NULL;
        if (why)
            return xasprintf("%s: %s", names[i], why);
    }
    bool any = d->vdir || d->carddav || d->caldav || out_dir;
    if (!any && (d->prune || d->dry_run || d->force))
        return xstrdup(
            "--prune, --dry-run and --force apply to --vdir, -o, --carddav and "
            "--caldav");
    if (d->vdir && out_dir && strcmp(d->vdir, out_dir) == 0)
        return xstrdup("--vdir and -o cannot share a folder");
    return NULL;
}

bool delivery_wants_cards(const struct delivery_options *d)
{
    return d->vdir || d->carddav;
}

bool delivery_wants_calendar(const struct delivery_options *d)
{
    return d->vdir || d->caldav;
}

/* --- fates ----------------------------------------------------------------- */

static const char *const fate_names[FATE_COUNT] = {"created",  "updated",  "unchanged",
                                                   "kept",     "conflict", "deleted",
                                                   "vanished", "failed"};

static void say_item(const struct fates *f, const char *name, const char *what)
{
    size_t n = strlen(f->target);
    const char *sep = n && f->target[n - 1] == '/' ? "" : "/";
    say("%s: %s%s%s: %s", prog, f->target, sep, name, what);
}

void fate_note(struct fates *f, const char *name, enum fate fate, const char *why)
{
    f->n[fate]++;
    if (f->items)
        json_array_append_new(
            f->items, json_pack("{s:s, s:s}", "name", name, "fate", fate_names[fate]));
    static const char *const would[FATE_COUNT] = {
        [FATE_CREATED] = "would be created",
        [FATE_UPDATED] = "would be updated",
        [FATE_DELETED] = "would be deleted",
    };
    if (fate == FATE_CONFLICT || (fate == FATE_FAILED && why)) {
        say_item(f, name, why ? why : "conflict");
    } else if (f->quiet) {
        return;
    } else if (f->dry_run && would[fate]) {
        say_item(f, name, would[fate]);
    } else if (fate == FATE_KEPT && why) {
        say_item(f, name, why);
    } else if (fate == FATE_VANISHED && f->said_vanished++ < SAY_VANISHED_MAX) {
        say_item(f, name, "its entry is gone; left as it is (--prune deletes it)");
    }
}

json_t *fates_report(struct fates *f, const char *kind)
{
    json_t *totals = json_object();
    for (int i = 0; i < FATE_COUNT; i++)
        json_object_set_new(totals, fate_names[i], json_integer((json_int_t)f->n[i]));
    json_t *o = json_pack("{s:s, s:s, s:b, s:o}", "target", f->target, "kind", kind,
                          "dry_run", f->dry_run, "totals", totals);
    json_object_set_new(o, "items", f->items ? f->items : json_array());
    f->items = NULL;
    return o;
}

void fates_say(const struct fates *f)
{
    if (f->quiet)
        return;
    struct strbuf sb = STRBUF_INIT;
    for (int i = 0; i < FATE_COUNT; i++) {
        if (f->n[i] == 0 && i != FATE_CREATED && i != FATE_UPDATED && i != FATE_UNCHANGED)
            continue;
        strbuf_printf(&sb, "%s%zu %s", sb.len ? ", " : "", f->n[i], fate_names[i]);
    }
    say("%s: %s: %s%s", prog, f->target, f->dry_run ? "dry run, nothing changed: " : "",
        strbuf_str(&sb));
    strbuf_free(&sb);
}

/* --- the targets ------------------------------------------------------------ */

bool delivery_open(struct delivery *d, const struct delivery_options *o,
                   const char *out_dir, bool want_report, bool quiet)
{
    memset(d, 0, sizeof *d);
    d->o = o;
    d->want_report = want_report;
    d->quiet = quiet;
    d->report = want_report ? json_array() : NULL;
    bool ok = true;
    if (o->vdir)
        ok = (d->vdir = localdir_open(o->vdir, true, o, want_report, quiet)) != NULL;
    if (ok && out_dir)
        ok = (d->outdir = localdir_open(out_dir, false, o, want_report, quiet)) != NULL;
    if (ok && o->carddav)
        ok = (d->card = dav_open(o->carddav, true, o, want_report, quiet)) != NULL;
    if (ok && o->caldav)
        ok = (d->cal = dav_open(o->caldav, false, o, want_report, quiet)) != NULL;
    if (!ok)
        delivery_abort(d);
    return ok;
}

void delivery_abort(struct delivery *d)
{
    localdir_abort(d->vdir);
    localdir_abort(d->outdir);
    dav_abort(d->card);
    dav_abort(d->cal);
    json_decref(d->report);
    memset(d, 0, sizeof *d);
}

void delivery_add(struct delivery *d, const char *vcf, size_t n_vcf, const char *ics,
                  size_t n_ics, const struct ical_zones *zones)
{
    if (!d->vdir && !d->card && !d->cal)
        return;
    struct item_list cards = {0}, objects = {0};
    if (d->vdir || d->card)
        items_cards(vcf, n_vcf, &cards);
    if ((d->vdir || d->cal) && items_calendar(ics, n_ics, zones, &objects) != 0)
        d->status = EXIT_USAGE;
    int err = 0;
    for (size_t i = 0; i < cards.n; i++) {
        const struct item *it = &cards.v[i];
        if (d->vdir) {
            char *name = xasprintf("contacts/%s", it->name);
            localdir_put(d->vdir, name, it->text.buf, it->text.len, &err);
            free(name);
        }
        if (d->card)
            dav_put(d->card, it->name, it->text.buf, it->text.len);
    }
    for (size_t i = 0; i < objects.n; i++) {
        const struct item *it = &objects.v[i];
        if (d->vdir) {
            char *name = xasprintf("calendar/%s", it->name);
            localdir_put(d->vdir, name, it->text.buf, it->text.len, &err);
            free(name);
        }
        if (d->cal)
            dav_put(d->cal, it->name, it->text.buf, it->text.len);
    }
    item_list_clear(&cards);
    item_list_clear(&objects);
}

bool delivery_write_file(struct delivery *d, const char *path, const char *data, size_t n,
                         int *err)
{
    if (!d->outdir)
        return batch_write_file(path, data, n, err);
    const char *dir = localdir_path(d->outdir);
    size_t k = strlen(dir);
    const char *name = strncmp(path, dir, k) == 0 && path[k] == '/' ? path + k + 1 : path;
    return localdir_put(d->outdir, name, data, n, err);
}

static void worst(int *status, int s)
{
    if (s > *status)
        *status = s;
}

int delivery_close(struct delivery *d, bool complete)
{
    json_t *rep = d->want_report ? d->report : NULL;
    if (d->vdir)
        worst(&d->status, localdir_close(d->vdir, complete, rep));
    if (d->outdir)
        worst(&d->status, localdir_close(d->outdir, complete, rep));
    if (d->card)
        worst(&d->status, dav_close(d->card, complete, rep));
    if (d->cal)
        worst(&d->status, dav_close(d->cal, complete, rep));
    d->vdir = d->outdir = NULL;
    d->card = d->cal = NULL;
    items_cleanup();
    return d->status;
}

char *delivery_report_text(struct delivery *d)
{
    char *s = d->report && json_array_size(d->report) > 0
                  ? json_dumps(d->report, JSON_INDENT(2) | JSON_PRESERVE_ORDER)
                  : NULL;
    json_decref(d->report);
    d->report = NULL;
    char *text = s ? xasprintf("\"delivery\": %s,\n", s) : xstrdup("");
    free(s);
    return text;
}

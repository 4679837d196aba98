/* The outputs in the other formats (formats.h): a table that the batch
 * (batch.c) calls at a few places. Whole-run files go through the atomic
 * output calls of batch_int.h; -o DIR files through batch_write_file. */
#include "cli/formats.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "cli/batch.h"

/* File name suffixes in -o DIR, after the entry's slug. */
static const char *const suffix[FORMAT_COUNT] = {
    ".jcard.json", ".jscontact.json", ".jsonld", ".google.csv", ".outlook.csv"};

/* Whole-run files are written in blocks of this size. */
enum { BLOCK = 64 * 1024 };

bool formats_option(struct format_options *fo, int c, const char *arg)
{
    switch (c) {
    case OPT_JCARD:
        fo->path[FORMAT_JCARD] = arg;
        return true;
    case OPT_JSCONTACT:
        fo->path[FORMAT_JSCONTACT] = arg;
        return true;
    case OPT_JSONLD:
        fo->path[FORMAT_JSONLD] = arg;
        return true;
    case OPT_CSV:
        fo->csv_path = arg;
        return true;
    case OPT_CSV_FOR:
        if (strcmp(arg, "google") != 0 && strcmp(arg, "outlook") != 0)
            return false;
        fo->csv_outlook = strcmp(arg, "outlook") == 0;
        return true;
    default:
        return false;
    }
}

void formats_options_done(struct format_options *fo)
{
    fo->path[FORMAT_CSV_GOOGLE] = fo->csv_outlook ? NULL : fo->csv_path;
    fo->path[FORMAT_CSV_OUTLOOK] = fo->csv_outlook ? fo->csv_path : NULL;
}

bool formats_any(const struct format_options *fo)
{
    for (int f = 0; f < FORMAT_COUNT; f++)
        if (fo->path[f])
            return true;
    return false;
}

int formats_to_stdout(const struct format_options *fo)
{
    int n = 0;
    for (int f = 0; f < FORMAT_COUNT; f++)
        n += fo->path[f] && strcmp(fo->path[f], "-") == 0;
    return n;
}

/* ---- per entry -------------------------------------------------------------- */

void formats_job_work(const struct format_options *fo, const struct entry *e,
                      struct formats_job *j)
{
    for (int f = 0; f < FORMAT_COUNT; f++)
        if (fo->path[f])
            j->items[f] = format_write_entry((enum fiche_format)f, e, &j->text[f]);
}

void formats_job_free(struct formats_job *j)
{
    for (int f = 0; f < FORMAT_COUNT; f++)
        strbuf_free(&j->text[f]);
}

char *formats_write_entry_files(const struct format_options *fo,
                                const struct formats_job *j, struct delivery *dl,
                                const char *dir, const char *slug, json_t *files,
                                int *err)
{
    struct strbuf doc = STRBUF_INIT;
    char *bad = NULL;
    for (int f = 0; f < FORMAT_COUNT && !bad; f++) {
        if (!fo->path[f] || j->items[f] == 0)
            continue;
        struct format_doc d;
        format_doc_init(&d, (enum fiche_format)f);
        strbuf_reset(&doc);
        format_doc_add(&d, j->text[f].buf, j->text[f].len, j->items[f], &doc);
        format_doc_end(&d, &doc);
        char *path = xasprintf("%s/%s%s", dir, slug, suffix[f]);
        if (!delivery_write_file(dl, path, strbuf_str(&doc), doc.len, err)) {
            bad = path;
            break;
        }
        if (files)
            json_array_append_new(files, json_string(path));
        free(path);
    }
    strbuf_free(&doc);
    return bad;
}

/* ---- whole-run files ------------------------------------------------------- */

bool formats_run_open(struct formats_run *r, const struct format_options *fo)
{
    memset(r, 0, sizeof *r);
    r->fo = fo;
    for (int f = 0; f < FORMAT_COUNT; f++) {
        if (!fo->path[f])
            continue;
        if (!outfile_open(&r->out[f], fo->path[f])) {
            formats_run_close(r, true);
            return false;
        }
        r->open[f] = true;
        format_doc_init(&r->doc[f], (enum fiche_format)f);
    }
    return true;
}

static void flush(struct formats_run *r, int f, size_t at_least)
{
    if (r->pending[f].len >= at_least && r->pending[f].len > 0) {
        outfile_write(&r->out[f], r->pending[f].buf, r->pending[f].len);
        strbuf_reset(&r->pending[f]);
    }
}

void formats_run_add(struct formats_run *r, const struct formats_job *j)
{
    for (int f = 0; f < FORMAT_COUNT; f++) {
        if (!r->open[f] || j->items[f] == 0)
            continue;
        format_doc_add(&r->doc[f], j->text[f].buf, j->text[f].len, j->items[f],
                       &r->pending[f]);
        r->entries[f]++;
        flush(r, f, BLOCK);
    }
}

bool formats_run_close(struct formats_run *r, bool abort)
{
    bool ok = true;
    for (int f = 0; f < FORMAT_COUNT; f++) {
        if (!r->open[f])
            continue;
        bool any = format_doc_end(&r->doc[f], &r->pending[f]);
        if (!abort)
            flush(r, f, 0);
        /* standard output always "commits": nothing was written to it */
        if (!outfile_close(&r->out[f], !abort && any))
            ok = false;
        strbuf_free(&r->pending[f]);
        r->open[f] = false;
    }
    return ok;
}

char *formats_run_report_text(const struct formats_run *r)
{
    json_t *a = json_array();
    for (int f = 0; f < FORMAT_COUNT; f++) {
        if (!r->fo || !r->fo->path[f])
            continue;
        json_t *o = json_object();
        json_object_set_new(o, "format", json_string(format_name((enum fiche_format)f)));
        json_t *path = json_string(r->fo->path[f]);
        json_object_set_new(o, "file", path ? path : json_string("?"));
        json_object_set_new(o, "entries", json_integer((json_int_t)r->entries[f]));
        json_array_append_new(a, o);
    }
    char *s = json_array_size(a) > 0 ? json_dumps(a, JSON_INDENT(2) | JSON_PRESERVE_ORDER)
                                     : NULL;
    json_decref(a);
    char *text = s ? xasprintf("\"outputs\": %s,\n", s) : xstrdup("");
    free(s);
    return text;
}

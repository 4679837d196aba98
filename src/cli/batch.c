/* The batch (DESIGN's "batch" module): inputs, atomic outputs, the ordered
 * pool of workers, messages, the JSON report and progress. Part of the
 * program, not of libfiche: it prints. cli.c reads the options and calls it.
 * Inputs are listed by batch_input.c, outputs written by batch_output.c. */
#include "cli/batch.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>
#include <utf8proc.h>

#include "base/strset.h"
#include "base/util.h"
#include "cli/batch_int.h"
#include "cli/message.h"
#include "cli/pool.h"
#include "cli/reader.h"
#include "cli/slug.h"
#include "write/uid.h"

/* --- the run ----------------------------------------------------------- */

struct run {
    const struct options *o;
    struct outfile vcf; /* stdout or --vcf */
    bool vcf_open;
    struct outfile dump; /* --dump json: standard output */
    bool dump_open;
    struct icsout ics; /* --ics */
    bool ics_open;
    struct formats_run formats; /* --jcard, --jscontact, --jsonld, --csv */
    struct strset slugs;        /* file names used in -o DIR */
    struct outfile report;      /* --report, written as entries are done */
    bool report_open, report_first;
    size_t n_ok, n_failed, n_warnings, n_files;
    size_t n_unread, n_to_check; /* lines not understood; entries with some */
    bool stop;
    struct pool *pool;
    /* --vdir, -o DIR, --carddav, --caldav: written when changed */
    struct delivery delivery;
    bool delivery_open;
    int input_errors, delivery_status;
    /* Progress on a terminal: bytes of input done out of the total. */
    bool progress;
    bool progress_shown;
    long long bytes_total, bytes_done;
    double t_start, t_last;
    double delay; /* seconds before the first display */
};

/* One unit of the batch, made in input order by the reading thread, worked
 * (parsed and written to memory) by any worker, finished (printed, written
 * to the outputs, reported) in input order by the reading thread. */
struct job {
    char *source;            /* file name for messages */
    struct diag_list before; /* messages that come before it (decode, split) */
    /* An entry to convert ... */
    char *text;
    struct raw_entry raw;
    /* ... or a failure found while reading (text NULL). */
    struct fiche_error err;
    int rc;
    struct entry *e;        /* NULL once converted when nothing more needs it */
    struct diag_list after; /* the entry's own messages, once e is freed */
    struct strbuf vcf, ics, ics_whole, json;
    struct formats_job formats;
    struct ical_zones zones;
    long long bytes_done; /* input read when the job was made, for progress */
};

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* One line on stderr, rewritten in place: entries done, share of the input
 * read, rate and time left. Shown only after a moment, at most 10 times a
 * second, and only when stderr is a terminal. */
static void progress_update(struct run *r, bool final)
{
    if (!r->progress)
        return;
    double t = now_seconds();
    if (!final && (t - r->t_start < r->delay || t - r->t_last < 0.1))
        return;
    if (final && !r->progress_shown)
        return;
    r->t_last = t;
    r->progress_shown = true;
    double elapsed = t - r->t_start;
    size_t done = r->n_ok + r->n_failed;
    double rate = elapsed > 0 ? (double)done / elapsed : 0;
    double share =
        r->bytes_total > 0 ? (double)r->bytes_done / (double)r->bytes_total : 1;
    double left = share > 0 ? elapsed / share - elapsed : 0;
    if (final) {
        fprintf(stderr, "\r\033[K%zu entries in %.1f s (%.0f entries/s)\n", done, elapsed,
                rate);
    } else {
        fprintf(stderr,
                "\r\033[K%zu entries, %3.0f%% of the input, %.0f entries/s, "
                "about %.0f s left",
                done, share * 100, rate, left > 0 ? left : 0);
    }
    fflush(stderr);
}

static void print_diags(const struct run *r, const char *source,
                        const struct diag_list *d)
{
    if (r->o->quiet)
        return;
    for (size_t i = 0; i < d->n; i++) {
        const char *sev = d->v[i].severity == DIAG_ERROR  ? "error"
                          : d->v[i].severity == DIAG_NOTE ? "note"
                                                          : "warning";
        if (d->v[i].line > 0)
            say("%s:%d: %s: %s", source, d->v[i].line, sev, d->v[i].message);
        else
            say("%s: %s: %s", source, sev, d->v[i].message);
    }
}

static void print_error(const struct fiche_error *err, const char *source)
{
    const char *src = err->source ? err->source : source;
    if (err->line > 0 && err->column > 0)
        say("%s:%d:%d: error: %s", src, err->line, err->column, err->message);
    else if (err->line > 0)
        say("%s:%d: error: %s", src, err->line, err->message);
    else
        say("%s: error: %s", src, err->message ? err->message : "failed");
}

/* A JSON string for text that may not be UTF-8 (file names are bytes):
 * bytes that are not part of a valid character are written as "\xHH". */
static json_t *json_text(const char *s)
{
    json_t *v = json_string(s ? s : "");
    if (v)
        return v;
    struct strbuf sb = STRBUF_INIT;
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(p, -1, &cp);
        if (n > 0 && cp != 0) {
            strbuf_add(&sb, (const char *)p, (size_t)n);
            p += n;
        } else {
            strbuf_printf(&sb, "\\x%02X", *p);
            p++;
        }
    }
    v = json_string(strbuf_str(&sb));
    strbuf_free(&sb);
    return v ? v : json_string("");
}

static json_t *diags_json(const struct diag_list *d)
{
    json_t *a = json_array();
    for (size_t i = 0; i < d->n; i++)
        json_array_append_new(a, json_pack("{s:i, s:o}", "line", d->v[i].line, "message",
                                           json_text(d->v[i].message)));
    return a;
}

static void job_free(struct job *j)
{
    free(j->source);
    diag_list_clear(&j->before);
    diag_list_clear(&j->after);
    free(j->text);
    fiche_error_clear(&j->err);
    entry_free(j->e);
    strbuf_free(&j->vcf);
    strbuf_free(&j->ics);
    strbuf_free(&j->ics_whole);
    strbuf_free(&j->json);
    formats_job_free(&j->formats);
    free(j);
}

static struct job *job_new(const char *source, struct diag_list *before, long long done)
{
    struct job *j = xcalloc(1, sizeof *j);
    j->source = xstrdup(source);
    j->err.byte_offset = -1;
    j->bytes_done = done;
    if (before)
        diag_move(&j->before, before);
    return j;
}

/* What each worker thread owns. */
struct worker {
    struct ical_writer *ical;
};

/* Worker side: everything that needs no output file, in memory. */
static void job_work(void *job, void *ctx, void *wctx)
{
    struct job *j = job;
    struct worker *w = wctx;
    const struct options *o = ((struct run *)ctx)->o;
    if (!j->text)
        return;
    j->rc = extract_entry(&j->raw, j->source, &o->extract, &j->e, &j->err);
    if (j->rc != 0)
        return;
    struct entry *e = j->e;
    unsigned char org[16]; /* the entry's UID, hashed once for its writers */
    uid_entry_bytes(e, org);
    if (((struct run *)ctx)->vcf_open || o->out_dir || delivery_wants_cards(&o->delivery))
        j->rc = vcard_write_entry(e, org, &o->vcard, &j->vcf, &e->diags, &j->err);
    if (j->rc == 0 && (o->ics_path || delivery_wants_calendar(&o->delivery)))
        j->rc =
            ical_write_components(w->ical, e, org, &o->ical, &j->ics, &j->zones, &j->err);
    if (j->rc == 0 && o->out_dir)
        j->rc = ical_write_entry(w->ical, e, &o->ical, &j->ics_whole, &j->err);
    if (j->rc == 0 && o->dump_json)
        dump_entry_json(e, &j->json);
    if (j->rc == 0)
        formats_job_work(&o->formats, e, &j->formats);
    /* Only -o DIR and --report look at the entry after this: otherwise it
     * is freed here, by the thread that made it, which is cheaper for the
     * allocator than in the reading thread. */
    if (!o->out_dir && !o->report_path) {
        diag_move(&j->after, &e->diags);
        entry_free(e);
        j->e = NULL;
    }
}

/* A file name unused in this run: the slug, else slug-2, slug-3... The set
 * remembers, for each slug, the next suffix to try, so that thousands of
 * entries of the same name cost linear time. */
static char *unique_slug(struct run *r, const char *name)
{
    char *base = fiche_slug(name);
    if (!strset_get(&r->slugs, base)) {
        strset_add(&r->slugs, base);
        return base;
    }
    unsigned long k = *strset_get(&r->slugs, base);
    char *slug = NULL;
    for (k = k < 2 ? 2 : k;; k++) {
        free(slug);
        slug = xasprintf("%s-%lu", base, k);
        if (!strset_get(&r->slugs, slug))
            break;
    }
    *strset_get(&r->slugs, base) = k + 1;
    strset_add(&r->slugs, slug);
    free(base);
    return slug;
}

static void report_entry(struct run *r, const struct job *j, json_t *files)
{
    if (!r->report_open) {
        json_decref(files);
        return;
    }
    const struct entry *e = j->e;
    int line = e ? e->line : j->text ? j->raw.line : j->err.line;
    const char *name = e ? e->org_name : NULL;
    json_t *je = json_pack("{s:o, s:i, s:o, s:s}", "file", json_text(j->source), "line",
                           line, "org_name", name ? json_text(name) : json_null(),
                           "status", j->rc != 0 ? "error" : "ok");
    json_object_set_new(je, "files", files ? files : json_array());
    json_t *warnings = diags_json(&j->before);
    if (e) {
        json_t *more = diags_json(&e->diags);
        json_array_extend(warnings, more);
        json_decref(more);
    }
    json_object_set_new(je, "warnings", warnings);
    /* lines kept in NOTE as written, not understood: what needs a look */
    size_t unread = e ? e->not_understood : 0;
    json_object_set_new(je, "not_understood", json_integer((json_int_t)unread));
    r->n_unread += unread;
    r->n_to_check += unread > 0;
    json_t *errors = json_array();
    if (j->rc != 0)
        json_array_append_new(errors, json_pack("{s:i, s:o}", "line", j->err.line,
                                                "message", json_text(j->err.message)));
    json_object_set_new(je, "errors", errors);
    char *s = je ? json_dumps(je, JSON_INDENT(2) | JSON_PRESERVE_ORDER) : NULL;
    if (!s) {
        r->report.failed = true; /* cannot happen with json_text; never crash */
        json_decref(je);
        return;
    }
    outfile_write(&r->report, r->report_first ? "\n" : ",\n", r->report_first ? 1 : 2);
    r->report_first = false;
    outfile_write(&r->report, s, strlen(s));
    free(s);
    json_decref(je);
}

/* Write one file of -o DIR (when it changed); on failure the job fails with
 * the path. */
static void write_one(struct run *r, struct job *j, json_t *files, const char *path,
                      const char *data, size_t n)
{
    if (j->rc != 0)
        return;
    int err = 0;
    if (!delivery_write_file(&r->delivery, path, data, n, &err))
        j->rc = fiche_error_set(&j->err, FICHE_EIO, j->e->source, j->e->line, 0,
                                "cannot write %s: %s", path, strerror(err));
    else if (files)
        json_array_append_new(files, json_text(path));
}

/* -o DIR: SLUG.vcf (+ SLUG.ics). For clients that read only the first card
 * of a file (--for outlook), each person's card goes to a file of its own,
 * named after the organisation and the person. */
static void write_entry_files(struct run *r, struct job *j, json_t *files)
{
    const struct options *o = r->o;
    const struct entry *e = j->e;
    const char *name = e->org_name ? e->org_name : e->title;
    char *slug = unique_slug(r, name);
    const char *vcf = strbuf_str(&j->vcf);
    size_t first_len = j->vcf.len;
    static const char begin[] = "\r\nBEGIN:VCARD\r\n";
    const char *next = o->one_card_per_file ? strstr(vcf, begin) : NULL;
    if (next)
        first_len = (size_t)(next - vcf) + 2;
    char *path = xasprintf("%s/%s.vcf", o->out_dir, slug);
    write_one(r, j, files, path, vcf, first_len);
    free(path);
    /* The writer escapes every value, so "\r\nBEGIN:VCARD\r\n" only ever
     * starts a card: cut there. Person i is card i + 1. */
    for (size_t i = 0; next && i < e->people.n; i++) {
        const char *card = next + 2;
        next = strstr(card, begin);
        size_t len = next ? (size_t)(next - card) + 2 : (size_t)(vcf + j->vcf.len - card);
        const struct person *p = &e->people.v[i];
        char *who = xasprintf("%s %s %s", name, p->given ? p->given : "",
                              p->family ? p->family : "");
        char *pslug = unique_slug(r, who);
        path = xasprintf("%s/%s.vcf", o->out_dir, pslug);
        write_one(r, j, files, path, card, len);
        free(path);
        free(pslug);
        free(who);
    }
    if (j->ics_whole.len) {
        path = xasprintf("%s/%s.ics", o->out_dir, slug);
        write_one(r, j, files, path, j->ics_whole.buf, j->ics_whole.len);
        free(path);
    }
    int err = 0;
    char *bad = j->rc == 0
                    ? formats_write_entry_files(&o->formats, &j->formats, &r->delivery,
                                                o->out_dir, slug, files, &err)
                    : NULL;
    if (bad)
        j->rc = fiche_error_set(&j->err, FICHE_EIO, e->source, e->line, 0,
                                "cannot write %s: %s", bad, strerror(err));
    free(bad);
    free(slug);
}

/* Reading-thread side, in input order: messages, outputs, report. */
static void job_done(void *job, void *ctx)
{
    struct job *j = job;
    struct run *r = ctx;
    const struct options *o = r->o;
    print_diags(r, j->source, &j->before);
    r->n_warnings += j->before.n;
    if (r->stop || (!j->text && j->rc == 0)) {
        job_free(j); /* --strict: what comes after the first failure is dropped */
        return;
    }
    json_t *files = r->report_open ? json_array() : NULL;
    if (j->rc == 0 && j->text) {
        if (r->vcf_open)
            outfile_write(&r->vcf, j->vcf.buf, j->vcf.len);
        if (r->ics_open && j->ics.len)
            icsout_add(&r->ics, j->ics.buf, j->ics.len, &j->zones);
        if (o->out_dir)
            write_entry_files(r, j, files);
        if (o->dump_json)
            outfile_write(&r->dump, j->json.buf, j->json.len);
        formats_run_add(&r->formats, &j->formats);
        if (r->delivery_open)
            delivery_add(&r->delivery, j->vcf.buf, j->vcf.len, j->ics.buf, j->ics.len,
                         &j->zones);
    }
    const struct diag_list *own = j->e ? &j->e->diags : &j->after;
    print_diags(r, j->source, own);
    r->n_warnings += own->n;
    if (j->rc != 0) {
        print_error(&j->err, j->source);
        r->n_failed++;
        if (o->strict)
            r->stop = true;
    } else {
        r->n_ok++;
    }
    report_entry(r, j, files);
    if (j->bytes_done > r->bytes_done)
        r->bytes_done = j->bytes_done;
    progress_update(r, false);
    job_free(j);
}

/* Diagnostics from index from on, about text whose line 1 is the file's line
 * first_line: to the file's lines. */
static void shift_lines(struct diag_list *d, size_t from, int first_line)
{
    for (size_t i = from; i < d->n; i++)
        if (d->v[i].line > 0)
            d->v[i].line += first_line - 1;
}

/* Queue the entries of one piece of decoded text (lines from first_line),
 * which the function takes. A piece is most often one entry: its job takes
 * the text as it is; several entries are copied one by one. */
static size_t queue_text(struct run *r, const char *source, char *text, size_t n,
                         int first_line, int *index, struct diag_list *d, long long done)
{
    struct splitter sp;
    split_init(&sp, text, n);
    struct raw_entry raw, next;
    size_t count = 0, from = d->n;
    bool more = split_next(&sp, &raw, d);
    while (!r->stop && more) {
        more = split_next(&sp, &next, d);
        shift_lines(d, from, first_line);
        from = 0;
        struct job *j = job_new(source, d, done);
        j->raw = raw;
        if (count == 0 && !more) {
            j->text = text; /* the only entry: no copy */
            text = NULL;
        } else {
            j->text = xstrndup(raw.text, raw.len);
            j->raw.text = j->text;
        }
        j->raw.line += first_line - 1;
        j->raw.index = (*index)++;
        pool_submit(r->pool, j);
        count++;
        raw = next;
    }
    shift_lines(d, from, first_line);
    free(text);
    return count;
}

/* Queue a failure found while reading (a piece that does not decode, no
 * entry in a file): its entry is not written, the batch goes on. */
static void queue_failure(struct run *r, const char *source, struct diag_list *d,
                          struct fiche_error *err, long long done)
{
    struct job *j = job_new(source, d, done);
    j->err = *err;
    memset(err, 0, sizeof *err);
    j->rc = j->err.code ? j->err.code : FICHE_EPARSE;
    pool_submit(r->pool, j);
}

/* One input file being read. */
struct infile {
    const char *source;     /* its name in messages */
    struct decoder *dec;    /* NULL until the first piece says how to read it */
    bool whole;             /* UTF-16/32: gathered, decoded at the end */
    bool warned_fallback;   /* auto mode said "read as Windows-1252" once */
    struct strbuf wholebuf; /* the bytes of a whole file */
    struct diag_list d;     /* messages not yet given to a job */
    struct fiche_error err; /* a failure to queue */
    size_t queued;          /* jobs queued for the file */
    int index;              /* entries found so far */
};

/* How to read the file whose first piece is b[0..n): a decoder for the
 * charset asked for (a UTF-8 BOM makes auto mode read the whole file as
 * UTF-8), or, for a charset that cannot be cut on its bytes (UTF-16/32,
 * by BOM or by name), gather the whole file. */
static int infile_start(struct infile *f, const char *from_code, const char *b, size_t n)
{
    bool is_auto = !from_code || strcmp(from_code, "auto") == 0;
    f->whole = is_auto ? decode_wide_bom(b, n) : !decode_ascii_compatible(from_code);
    const char *code = from_code;
    if (is_auto && n >= 3 && memcmp(b, "\xEF\xBB\xBF", 3) == 0)
        code = "UTF-8"; /* a BOM declares UTF-8 for the whole file */
    return decoder_new(code, &f->dec, &f->err);
}

/* Decode one piece of the file and queue its entries, or its failure. */
static void queue_piece(struct run *r, struct infile *f, const char *piece, size_t len,
                        int first_line, size_t first_offset, long long done)
{
    char *text = NULL;
    size_t n_text = 0, n_diag = f->d.n;
    /* Once the fallback was said, decode's messages are not wanted. */
    struct diag_list *dd = f->warned_fallback ? NULL : &f->d;
    if (decoder_run(f->dec, piece, len, f->source, first_line, first_offset, &text,
                    &n_text, dd, &f->err) != 0) {
        queue_failure(r, f->source, &f->d, &f->err, done);
        f->queued++;
        return;
    }
    /* Each piece is UTF-8 if it can be, else Windows-1252: one entry saved
     * in another charset does not turn the rest of the file into mojibake.
     * The fallback is said once per file. */
    if (f->d.n > n_diag)
        f->warned_fallback = true;
    f->queued +=
        queue_text(r, f->source, text, n_text, first_line, &f->index, &f->d, done);
}

/* Read the file's pieces (one entry each, cut on their bytes) and queue
 * them; a UTF-16/32 file is gathered into f->wholebuf. */
static void read_pieces(struct run *r, struct infile *f, struct reader *rd,
                        long long file_base)
{
    const char *piece;
    size_t len;
    int first_line;
    long long first_offset;
    while (!r->stop && reader_next(rd, &piece, &len, &first_line, &first_offset)) {
        if (!f->dec && infile_start(f, r->o->from_code, piece, len) != 0) {
            queue_failure(r, f->source, &f->d, &f->err, file_base);
            f->queued++;
            return;
        }
        if (f->whole)
            strbuf_add(&f->wholebuf, piece, len);
        else
            queue_piece(r, f, piece, len, first_line, (size_t)first_offset,
                        file_base + first_offset + (long long)len);
    }
}

static void convert_file(struct run *r, const char *path)
{
    struct infile f = {.source = strcmp(path, "-") == 0 ? "<stdin>" : path};
    r->n_files++;
    FILE *fp = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!fp) {
        fiche_error_set(&f.err, FICHE_EIO, f.source, 0, 0, "cannot read: %s",
                        strerror(errno));
        queue_failure(r, f.source, NULL, &f.err, r->bytes_done);
        return;
    }
#ifdef POSIX_FADV_SEQUENTIAL
    /* read once, front to back: a larger readahead */
    (void)posix_fadvise(fileno(fp), 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
    struct reader rd;
    reader_init(&rd, fp, r->o->max_entry_size);
    long long file_base = r->bytes_done;
    read_pieces(r, &f, &rd, file_base);
    long long end = file_base + rd.offset + (long long)rd.buf.len;
    if (rd.too_big) {
        fiche_error_set(&f.err, FICHE_EPARSE, f.source, rd.line, 0,
                        "entry larger than %zu bytes (--max-entry-size%s); the rest of "
                        "the file is not read",
                        r->o->max_entry_size,
                        f.whole ? "; a UTF-16 or UTF-32 file is read whole" : "");
        queue_failure(r, f.source, &f.d, &f.err, end);
        f.queued++;
    } else if (f.whole && !r->stop) {
        queue_piece(r, &f, strbuf_str(&f.wholebuf), f.wholebuf.len, 1, 0, end);
    }
    if (rd.error) {
        fiche_error_set(&f.err, FICHE_EIO, f.source, 0, 0, "read error: %s",
                        strerror(errno));
        queue_failure(r, f.source, &f.d, &f.err, end);
        f.queued++;
    }
    reader_free(&rd);
    if (fp != stdin)
        fclose(fp);
    if (f.queued == 0 && !r->stop) {
        fiche_error_set(&f.err, FICHE_EPARSE, f.source, 0, 0,
                        "no entry found (an entry starts with a \"# \" title)");
        queue_failure(r, f.source, &f.d, &f.err, end);
    } else if (f.d.n > 0) {
        /* Messages of the file's end: an empty job, to keep their order. */
        pool_submit(r->pool, job_new(f.source, &f.d, end));
    }
    decoder_free(f.dec);
    strbuf_free(&f.wholebuf);
    diag_list_clear(&f.d);
    fiche_error_clear(&f.err);
}

/* --- options ----------------------------------------------------------- */

/* Open every output the options name, in the order a failure is cheapest;
 * false when one cannot be (then none is left open: none is written). */
static bool open_outputs(struct run *r)
{
    const struct options *o = r->o;
    /* With no output option, vCards go to standard output. */
    bool vcf_to_stdout = !o->vcf_path && !o->out_dir && !o->ics_path && !o->dump_json &&
                         !formats_any(&o->formats) &&
                         !delivery_wants_cards(&o->delivery) &&
                         !delivery_wants_calendar(&o->delivery);
    batch_sweep_for(o->vcf_path);
    batch_sweep_for(o->ics_path);
    batch_sweep_for(o->report_path);
    bool ok = !o->out_dir || batch_prepare_dir(o->out_dir);
    if (ok && o->report_path &&
        (ok = r->report_open = outfile_open(&r->report, o->report_path))) {
        r->report_first = true;
        static const char head[] = "{\n\"entries\": [";
        outfile_write(&r->report, head, sizeof head - 1);
    }
    if (ok && (o->vcf_path || vcf_to_stdout))
        ok = r->vcf_open = outfile_open(&r->vcf, o->vcf_path);
    if (ok && o->dump_json)
        ok = r->dump_open = outfile_open(&r->dump, NULL);
    if (ok && o->ics_path)
        ok = r->ics_open = icsout_open(&r->ics, o->ics_path);
    if (ok && !formats_run_open(&r->formats, &o->formats)) {
        ok = false;
        if (r->ics_open)
            icsout_close(&r->ics, true); /* nothing in it: no file */
    } else if (ok &&
               !(r->delivery_open = delivery_open(&r->delivery, &o->delivery, o->out_dir,
                                                  o->report_path != NULL, o->quiet))) {
        ok = false;
        formats_run_close(&r->formats, true);
        if (r->ics_open)
            icsout_close(&r->ics, true);
    }
    if (!ok) {
        if (r->report_open)
            outfile_close(&r->report, false);
        if (r->vcf_open)
            outfile_close(&r->vcf, false);
        if (r->dump_open)
            outfile_close(&r->dump, false);
    }
    return ok;
}

/* Close the report with the batch's totals; false when it failed. */
static bool close_report(struct run *r)
{
    /* The entries were written as they were done; the totals close it. */
    json_t *totals =
        json_pack("{s:I, s:I, s:I, s:I, s:I, s:I}", "files", (json_int_t)r->n_files,
                  "converted", (json_int_t)r->n_ok, "failed", (json_int_t)r->n_failed,
                  "warnings", (json_int_t)r->n_warnings, "not_understood",
                  (json_int_t)r->n_unread, "entries_to_check", (json_int_t)r->n_to_check);
    char *t = json_dumps(totals, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    /* the files of the other formats, when some are asked for */
    char *outputs = formats_run_report_text(&r->formats);
    char *delivered = delivery_report_text(&r->delivery);
    char *tail = xasprintf("\n],\n%s%s\"totals\": %s\n}\n", outputs, delivered, t);
    free(outputs);
    free(delivered);
    outfile_write(&r->report, tail, strlen(tail));
    free(tail);
    free(t);
    json_decref(totals);
    return outfile_close(&r->report, true);
}

/* Finish every output; false when one could not be written (it then keeps
 * its previous file, the others are committed). */
static bool close_outputs(struct run *r)
{
    bool ok = true;
    /* The disk writes the end of the vCards while the calendar is put
     * together: the two fsyncs overlap. */
    if (r->vcf_open)
        outfile_writeback(&r->vcf);
    if (r->ics_open)
        icsout_writeback(&r->ics);
    if (r->ics_open && !icsout_close(&r->ics, r->o->quiet))
        ok = false;
    /* A file of no card is not written: an old one stays as it was. */
    if (r->vcf_open && !outfile_close(&r->vcf, r->n_ok > 0 || !r->o->vcf_path))
        ok = false;
    if (!formats_run_close(&r->formats, false))
        ok = false;
    if (r->delivery_open)
        r->delivery_status = delivery_close(
            &r->delivery, r->n_failed == 0 && r->input_errors == 0 && !r->stop);
    if (r->report_open && !close_report(r))
        ok = false;
    if (r->dump_open && !outfile_close(&r->dump, true))
        ok = false;
    return ok;
}

/* Progress on a terminal: the inputs' total size, to show a share. */
static void progress_start(struct run *r, const struct strlist *inputs)
{
    r->progress = !r->o->quiet && isatty(STDERR_FILENO);
    if (!r->progress)
        return;
    const char *delay = getenv("FICHE2VCARD_PROGRESS_DELAY");
    r->delay = delay && *delay ? atof(delay) : 0.5;
    r->t_start = now_seconds();
    for (size_t i = 0; i < inputs->n; i++) {
        struct stat st;
        if (strcmp(inputs->v[i], "-") != 0 && stat(inputs->v[i], &st) == 0)
            r->bytes_total += (long long)st.st_size;
    }
}

/* Every input through the pool of workers. */
static void convert_all(struct run *r, const struct strlist *inputs)
{
    /* The writers are made here, before the threads start (see
     * ical_writer_new). */
    unsigned threads = r->o->jobs > 1 ? (unsigned)r->o->jobs : 0;
    size_t n_workers = threads ? threads : 1;
    struct worker *workers = xcalloc(n_workers, sizeof *workers);
    void **wctx = xcalloc(n_workers, sizeof *wctx);
    for (size_t i = 0; i < n_workers; i++) {
        workers[i].ical = ical_writer_new();
        wctx[i] = &workers[i];
    }
    r->pool = pool_new(threads, 32, job_work, job_done, r, wctx);
    for (size_t i = 0; i < inputs->n && !r->stop; i++)
        convert_file(r, inputs->v[i]);
    pool_free(r->pool);
    for (size_t i = 0; i < n_workers; i++)
        ical_writer_free(workers[i].ical);
    free(workers);
    free(wctx);
}

int batch_run(const struct options *o, const struct strlist *inputs, int input_errors)
{
    struct run r = {.o = o, .input_errors = input_errors};
    if (!open_outputs(&r))
        return EXIT_USAGE;
    progress_start(&r, inputs);
    convert_all(&r, inputs);
    progress_update(&r, true);
    bool ok = close_outputs(&r);
    strset_clear(&r.slugs);
    if (!ok || r.delivery_status == EXIT_USAGE)
        return EXIT_USAGE;
    if (r.n_failed > 0 || input_errors > 0 || r.delivery_status == EXIT_SOME_FAILED)
        return EXIT_SOME_FAILED;
    return EXIT_OK;
}

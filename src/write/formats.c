/* Writers of the other formats (formats.h): the call per entry, documents
 * made of many entries' items, and what the format writers share (UIDs,
 * JSON on jansson). */
#include "write/formats.h"

#include <stdlib.h>
#include <string.h>

#include "base/text.h"
#include "base/util.h"
#include "write/formats_int.h"

size_t format_write_entry(enum fiche_format f, const struct entry *e, struct strbuf *out)
{
    switch (f) {
    case FORMAT_JCARD:
        return jcard_write_entry(e, out);
    case FORMAT_JSCONTACT:
        return jscontact_write_entry(e, out);
    case FORMAT_JSONLD:
        return jsonld_write_entry(e, out);
    case FORMAT_CSV_GOOGLE:
        return csv_write_entry(e, false, out);
    case FORMAT_CSV_OUTLOOK:
        return csv_write_entry(e, true, out);
    default:
        break;
    }
    return 0;
}

const char *format_name(enum fiche_format f)
{
    static const char *const names[FORMAT_COUNT] = {"jcard", "jscontact", "jsonld",
                                                    "csv-google", "csv-outlook"};
    return f < FORMAT_COUNT ? names[f] : "?";
}

/* ---- documents ------------------------------------------------------------ */

static bool is_csv(enum fiche_format f)
{
    return f == FORMAT_CSV_GOOGLE || f == FORMAT_CSV_OUTLOOK;
}

/* What comes before the items of a document of several. */
static void doc_head(enum fiche_format f, struct strbuf *out)
{
    if (is_csv(f))
        csv_write_header(f == FORMAT_CSV_OUTLOOK, out);
    else if (f == FORMAT_JSONLD)
        strbuf_puts(out, "{" JSONLD_CONTEXT ",\"@graph\":[\n");
    else
        strbuf_puts(out, "[\n");
}

static const char *doc_sep(enum fiche_format f)
{
    return is_csv(f) ? "" : ",\n";
}

static const char *doc_tail(enum fiche_format f)
{
    return is_csv(f) ? "" : f == FORMAT_JSONLD ? "\n]}\n" : "\n]\n";
}

/* A document of one item: a CSV file still has its header; a JSON-LD
 * object gets the @context as its first member ("{" starts every object). */
static void doc_single(enum fiche_format f, const struct strbuf *item, struct strbuf *out)
{
    if (is_csv(f)) {
        doc_head(f, out);
        strbuf_add(out, item->buf, item->len);
    } else if (f == FORMAT_JSONLD && item->len > 1 && item->buf[0] == '{') {
        strbuf_puts(out, "{" JSONLD_CONTEXT ",");
        strbuf_add(out, item->buf + 1, item->len - 1);
        strbuf_putc(out, '\n');
    } else {
        strbuf_add(out, item->buf, item->len);
        strbuf_putc(out, '\n');
    }
}

void format_doc_init(struct format_doc *d, enum fiche_format f)
{
    memset(d, 0, sizeof *d);
    d->f = f;
}

void format_doc_add(struct format_doc *d, const char *chunk, size_t len, size_t n,
                    struct strbuf *out)
{
    if (n == 0)
        return;
    if (d->items == 0 && n == 1) {
        strbuf_add(&d->held, chunk, len); /* perhaps the only one */
        d->items = 1;
        return;
    }
    if (d->items == 0) {
        doc_head(d->f, out);
    } else if (d->items == 1) {
        doc_head(d->f, out);
        strbuf_add(out, d->held.buf, d->held.len);
        strbuf_free(&d->held);
    }
    if (d->items > 0)
        strbuf_puts(out, doc_sep(d->f));
    strbuf_add(out, chunk, len);
    d->items += n;
}

bool format_doc_end(struct format_doc *d, struct strbuf *out)
{
    bool any = d->items > 0;
    if (d->items == 1)
        doc_single(d->f, &d->held, out);
    else if (any)
        strbuf_puts(out, doc_tail(d->f));
    strbuf_free(&d->held);
    d->items = 0;
    return any;
}

/* ---- shared by the writers -------------------------------------------------- */

void card_uids_init(struct card_uids *u, const struct entry *e)
{
    uid_entry_bytes(e, u->org_bytes);
    uid_format(u->org_bytes, u->org);
    u->people = NULL;
    if (e->people.n > 0) {
        u->people = xcalloc(e->people.n, sizeof *u->people);
        uid_people(e, u->org_bytes, u->people);
    }
}

void card_uids_free(struct card_uids *u)
{
    free(u->people);
    u->people = NULL;
}

json_t *jw_str(const char *s)
{
    json_t *v = json_string(s ? s : "");
    return v ? v : json_string("");
}

json_t *jw_trimmed(const char *s)
{
    size_t n = 0;
    const char *t = s ? str_trim_view(s, &n) : "";
    json_t *v = json_stringn(t, n);
    return v ? v : json_string("");
}

void jw_set_text(json_t *o, const char *key, const char *s)
{
    if (!str_blank(s))
        json_object_set_new(o, key, jw_str(s));
}

void jw_dump(json_t *v, struct strbuf *out)
{
    char *s = json_dumps(v, JSON_COMPACT | JSON_PRESERVE_ORDER);
    if (s)
        strbuf_puts(out, s);
    free(s);
    json_decref(v);
}

bool card_address_lines(const struct entry *e, const char *sep, struct strbuf *sb)
{
    const struct address *a = &e->adr;
    size_t start = sb->len;
    const struct strlist *lines = a->label.n > 0 ? &a->label : &a->lines;
    for (size_t i = 0; i < lines->n; i++) {
        if (str_blank(lines->v[i]))
            continue;
        if (sb->len > start)
            strbuf_puts(sb, sep);
        strbuf_puts(sb, lines->v[i]);
    }
    if (a->label.n == 0 && (!str_blank(a->postcode) || !str_blank(a->locality))) {
        if (sb->len > start)
            strbuf_puts(sb, sep);
        strbuf_puts(sb, a->postcode ? a->postcode : "");
        if (!str_blank(a->postcode) && !str_blank(a->locality))
            strbuf_putc(sb, ' ');
        strbuf_puts(sb, a->locality ? a->locality : "");
    }
    return sb->len > start;
}

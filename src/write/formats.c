/* Writers of the other formats (formats.h): the call per entry and
 * documents made of many entries' items, over the format writers (jcard.c,
 * jscontact.c, jsonld.c, csv.c) and what they share (formats_common.c). */
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

/* Writer: the model -> the contact CSV files that Google Contacts and Outlook
 * import, one row per card (the organisation's, without a person's name, then
 * one per person), under the column names of each product's own export, RFC
 * 4180 quoting, CRLF. Google reads UTF-8 (a BOM would end up in its first
 * column's name); Outlook reads a file without BOM in the ANSI code page
 * (Windows-1252: "é" shows as "Ã©") and UTF-8 with one: its file starts with
 * the BOM and with a column that is never filled ("Suffix"), should the BOM
 * stick to the first name of the header. README.md says where this comes
 * from. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/text.h"
#include "base/util.h"
#include "write/formats_int.h"
#include "write/vcard.h"

/* Google Contacts' export header ("Google CSV"), the columns we fill. */
static const char *const google_cols[] = {"First Name",
                                          "Middle Name",
                                          "Last Name",
                                          "Name Prefix",
                                          "Name Suffix",
                                          "File As",
                                          "Organization Name",
                                          "Organization Title",
                                          "Notes",
                                          "E-mail 1 - Label",
                                          "E-mail 1 - Value",
                                          "E-mail 2 - Label",
                                          "E-mail 2 - Value",
                                          "E-mail 3 - Label",
                                          "E-mail 3 - Value",
                                          "Phone 1 - Label",
                                          "Phone 1 - Value",
                                          "Phone 2 - Label",
                                          "Phone 2 - Value",
                                          "Phone 3 - Label",
                                          "Phone 3 - Value",
                                          "Phone 4 - Label",
                                          "Phone 4 - Value",
                                          "Address 1 - Label",
                                          "Address 1 - Formatted",
                                          "Address 1 - Street",
                                          "Address 1 - City",
                                          "Address 1 - PO Box",
                                          "Address 1 - Region",
                                          "Address 1 - Postal Code",
                                          "Address 1 - Country",
                                          "Website 1 - Label",
                                          "Website 1 - Value",
                                          "Website 2 - Label",
                                          "Website 2 - Value",
                                          NULL};

/* Outlook's export header ("Comma Separated Values"), the columns we fill;
 * Outlook maps columns by name, so "Suffix" may come first. */
static const char *const outlook_cols[] = {"Suffix",
                                           "Title",
                                           "First Name",
                                           "Middle Name",
                                           "Last Name",
                                           "Company",
                                           "Job Title",
                                           "Business Street",
                                           "Business City",
                                           "Business State",
                                           "Business Postal Code",
                                           "Business Country/Region",
                                           "Business Phone",
                                           "Business Phone 2",
                                           "Business Fax",
                                           "Mobile Phone",
                                           "Other Phone",
                                           "E-mail Address",
                                           "E-mail 2 Address",
                                           "E-mail 3 Address",
                                           "Web Page",
                                           "Categories",
                                           "Notes",
                                           NULL};

enum { MAX_COLS = 40 };

struct row {
    const char *const *cols;
    bool outlook;
    struct strbuf cell[MAX_COLS];
    struct strbuf extra; /* values without a column: to Notes */
    struct strbuf key, tmp;
};

static struct strbuf *cell(struct row *r, const char *name)
{
    for (size_t i = 0; r->cols[i]; i++)
        if (strcmp(r->cols[i], name) == 0)
            return &r->cell[i];
    return NULL;
}

/* Set the column name to s, trimmed, unless it is filled or s is blank. */
static void set(struct row *r, const char *name, const char *s)
{
    struct strbuf *c = cell(r, name);
    if (!c || c->len > 0 || str_blank(s))
        return;
    size_t n;
    const char *t = str_trim_view(s, &n);
    strbuf_add(c, t, n);
}

/* A value without a column of its own: a line of Notes ("Fax : ..."). */
static void overflow(struct row *r, const char *label, const char *value)
{
    strbuf_puts(&r->extra, r->extra.len ? "\n" : "");
    strbuf_puts(&r->extra, label);
    strbuf_puts(&r->extra, " : ");
    strbuf_puts(&r->extra, value);
}

/* The first free column of "fmt" with n = 1, 2... (Google's "Phone 2 -
 * Value"), with its label; else the value goes to Notes under its label. */
static void set_numbered(struct row *r, const char *what, const char *label,
                         const char *note_label, const char *value)
{
    for (int n = 1; n <= 4; n++) {
        char name[40], lname[40];
        snprintf(name, sizeof name, "%s %d - Value", what, n);
        snprintf(lname, sizeof lname, "%s %d - Label", what, n);
        if (cell(r, name) && cell(r, name)->len == 0) {
            set(r, name, value);
            set(r, lname, label);
            return;
        }
    }
    overflow(r, note_label, value);
}

/* Outlook: the first free column of names (NULL-ended), else Notes. */
static void set_first_free(struct row *r, const char *const *names, const char *label,
                           const char *value)
{
    for (size_t i = 0; names[i]; i++)
        if (cell(r, names[i]) && cell(r, names[i])->len == 0) {
            set(r, names[i], value);
            return;
        }
    overflow(r, label, value);
}

static void set_phones(struct row *r, const struct phone_list *l)
{
    static const char *const voice[] = {"Business Phone", "Business Phone 2",
                                        "Other Phone", NULL};
    static const char *const fax[] = {"Business Fax", NULL};
    static const char *const cell_cols[] = {"Mobile Phone", "Other Phone", NULL};
    for (size_t i = 0; i < l->n; i++) {
        const struct phone *p = &l->v[i];
        if (!p->e164)
            continue;
        const char *value = p->intl ? p->intl : p->e164;
        const char *what = p->kind == PHONE_FAX ? "Fax" : "T\xC3\xA9l\xC3\xA9phone";
        if (r->outlook) {
            const char *const *cols = p->kind == PHONE_FAX    ? fax
                                      : p->kind == PHONE_CELL ? cell_cols
                                                              : voice;
            set_first_free(r, cols, what, value);
            continue;
        }
        /* Google's own labels, or the label as written (custom labels) */
        const char *label = p->kind == PHONE_FAX ? "Work Fax"
                            : p->kind == PHONE_CELL
                                ? "Mobile"
                                : vcard_phone_label(p, &r->key, &r->tmp);
        set_numbered(r, "Phone", label ? label : "Work", what, value);
    }
}

static void set_emails(struct row *r, const struct strlist *l)
{
    static const char *const cols[] = {"E-mail Address", "E-mail 2 Address",
                                       "E-mail 3 Address", NULL};
    for (size_t i = 0; i < l->n; i++) {
        if (str_blank(l->v[i]))
            continue;
        if (r->outlook)
            set_first_free(r, cols, "E-mail", l->v[i]);
        else
            set_numbered(r, "E-mail", "Work", "E-mail", l->v[i]);
    }
}

static void set_urls(struct row *r, const struct strlist *l)
{
    static const char *const cols[] = {"Web Page", NULL};
    struct strbuf v = STRBUF_INIT;
    for (size_t i = 0; i < l->n; i++) {
        if (str_blank(l->v[i]))
            continue;
        strbuf_reset(&v);
        vcard_add_uri(&v, l->v[i]);
        if (r->outlook)
            set_first_free(r, cols, "Site", strbuf_str(&v));
        else
            set_numbered(r, "Website", "Work", "Site", strbuf_str(&v));
    }
    strbuf_free(&v);
}

static void set_address(struct row *r, const struct entry *e)
{
    const struct address *a = &e->adr;
    struct strbuf sb = STRBUF_INIT;
    for (size_t i = 0; i < a->lines.n; i++) {
        if (i > 0)
            strbuf_putc(&sb, '\n');
        strbuf_puts(&sb, a->lines.v[i]);
    }
    bool outlook = r->outlook;
    set(r, outlook ? "Business Street" : "Address 1 - Street", strbuf_str(&sb));
    set(r, outlook ? "Business City" : "Address 1 - City", a->locality);
    set(r, outlook ? "Business State" : "Address 1 - Region", a->region);
    set(r, outlook ? "Business Postal Code" : "Address 1 - Postal Code", a->postcode);
    set(r, outlook ? "Business Country/Region" : "Address 1 - Country", a->country);
    strbuf_reset(&sb);
    if (!outlook && card_address_lines(e, "\n", &sb)) {
        set(r, "Address 1 - Formatted", strbuf_str(&sb));
        set(r, "Address 1 - Label", "Work");
    }
    strbuf_free(&sb);
}

/* One field, quoted when it holds a comma, a quote, CR or LF (RFC 4180 2.6),
 * quotes doubled (2.7), line breaks within it written CRLF as the records'
 * (the model's text has "\n" line ends). */
static void put_field(struct strbuf *out, const struct strbuf *v)
{
    const char *s = strbuf_str(v), *end = s + v->len;
    bool plain = strpbrk(s, ",\"\r\n") == NULL;
    if (plain)
        strbuf_reserve(out, v->len);
    else
        strbuf_putc(out, '"');
    while (s < end) {
        /* a control character a space, as in the vCard (fmt_control_len) */
        size_t c = fmt_control_len(s, (size_t)(end - s));
        if (*s == '"')
            strbuf_putc(out, '"');
        if (*s == '\n' && (s == strbuf_str(v) || s[-1] != '\r'))
            strbuf_putc(out, '\r');
        strbuf_putc(out, c ? ' ' : *s);
        s += c ? c : 1;
    }
    if (!plain)
        strbuf_putc(out, '"');
}

/* Notes (and what had no column), then the row, CRLF ended. */
static void row_end(struct row *r, const char *notes, struct strbuf *out)
{
    struct strbuf *n = cell(r, "Notes");
    strbuf_puts(n, notes ? notes : "");
    if (r->extra.len > 0) {
        strbuf_puts(n, n->len ? "\n\n" : "");
        strbuf_add(n, r->extra.buf, r->extra.len);
    }
    for (size_t i = 0; r->cols[i]; i++) {
        if (i > 0)
            strbuf_putc(out, ',');
        put_field(out, &r->cell[i]);
        strbuf_reset(&r->cell[i]);
    }
    strbuf_puts(out, "\r\n");
    strbuf_reset(&r->extra);
}

static void org_row(struct row *r, const struct entry *e, struct strbuf *out)
{
    const char *name = vcard_org_name(e);
    set(r, r->outlook ? "Company" : "Organization Name", name);
    if (!r->outlook)
        set(r, "File As", name);
    set_address(r, e);
    set_phones(r, &e->phones);
    set_emails(r, &e->emails);
    set_urls(r, &e->urls);
    struct strbuf note = STRBUF_INIT;
    if (r->outlook) {
        for (size_t i = 0; i < e->keywords.n; i++)
            if (!str_blank(e->keywords.v[i])) {
                struct strbuf *c = cell(r, "Categories");
                strbuf_puts(c, c->len ? ";" : "");
                strbuf_puts(c, e->keywords.v[i]);
            }
    }
    /* the 2.1 card's NOTE: prose, opening section, keywords and source */
    vcard_org_note(&note, e, VCARD_21);
    row_end(r, strbuf_str(&note), out);
    strbuf_free(&note);
}

static void person_row(struct row *r, const struct entry *e, const struct person *p,
                       struct strbuf *out)
{
    set(r, r->outlook ? "Title" : "Name Prefix", p->prefix);
    set(r, "First Name", p->given);
    set(r, "Last Name", p->family ? p->family : p->family_raw);
    if (str_blank(p->given) && str_blank(p->family) && str_blank(p->family_raw)) {
        struct strbuf fn = STRBUF_INIT; /* a name the model could not cut */
        set(r, "Last Name", vcard_person_fn(&fn, p));
        strbuf_free(&fn);
    }
    set(r, r->outlook ? "Company" : "Organization Name",
        !str_blank(e->org_name) ? e->org_name : e->title);
    set(r, r->outlook ? "Job Title" : "Organization Title", p->title);
    set_phones(r, &p->phones);
    set_emails(r, &p->emails);
    struct strbuf note = STRBUF_INIT;
    vcard_person_note(&note, p);
    row_end(r, strbuf_str(&note), out);
    strbuf_free(&note);
}

size_t csv_write_entry(const struct entry *e, bool outlook, struct strbuf *out)
{
    struct row *r = xcalloc(1, sizeof *r);
    r->cols = outlook ? outlook_cols : google_cols;
    r->outlook = outlook;
    org_row(r, e, out);
    for (size_t i = 0; i < e->people.n; i++)
        person_row(r, e, &e->people.v[i], out);
    for (size_t i = 0; i < MAX_COLS; i++)
        strbuf_free(&r->cell[i]);
    strbuf_free(&r->extra);
    strbuf_free(&r->key);
    strbuf_free(&r->tmp);
    free(r);
    return 1 + e->people.n;
}

void csv_write_header(bool outlook, struct strbuf *out)
{
    const char *const *cols = outlook ? outlook_cols : google_cols;
    if (outlook)
        strbuf_puts(out, "\xEF\xBB\xBF");
    for (size_t i = 0; cols[i]; i++) {
        if (i > 0)
            strbuf_putc(out, ',');
        strbuf_puts(out, cols[i]);
    }
    strbuf_puts(out, "\r\n");
}

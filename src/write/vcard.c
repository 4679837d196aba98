/* Writer: struct entry -> vCard text (3.0 default, 4.0, 2.1). One card for the
 * organisation, one per person. Escaping (one function per syntax), folding,
 * CRLF; for 2.1, CHARSET + QUOTED-PRINTABLE with iconv. Never parses Markdown.
 * Escaping and folding are in vcard_escape.c, the 2.1 charset and
 * quoted-printable in vcard_21.c; here, the cards. */
#include "write/vcard.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/text.h"
#include "base/util.h"
#include "write/uid.h"
#include "write/vcard_int.h"

#define PRODID VCARD_PRODID

/* Start buf on size bytes of the caller's (a stack array) for the buffers of
 * one call: most values fit, and never touch the heap. */
#define SCRATCH(buf, size)                                                               \
    char buf##_mem[size];                                                                \
    struct strbuf buf;                                                                   \
    strbuf_init_with(&buf, buf##_mem, sizeof buf##_mem)

/* ---- properties ----------------------------------------------------------- */

/* Write one property. head = [group "."] name [";" params], as the version
 * wants it; value already escaped for the version. */
static void emit(struct writer *w, const char *head, const char *value)
{
    if (w->v == VCARD_21) {
        vcard_emit_21(w, head, value);
        return;
    }
    size_t hlen = strlen(head), vlen = strlen(value);
    if (hlen + 1 + vlen <= FOLD_OCTETS) {
        /* what vcard_fold gives a line that needs no fold */
        vcard_put_line(w->out, head, hlen, value, vlen);
        return;
    }
    struct strbuf *line = &w->unfolded;
    strbuf_reset(line);
    strbuf_add(line, head, hlen);
    strbuf_putc(line, ':');
    strbuf_add(line, value, vlen);
    vcard_fold(w->out, line->buf, line->len);
}

/* Escape text for the version into sb; component: part of N, ADR, ORG.
 * 4.0 leaves ";" of a single text value bare (RFC 6350 3.4 makes the escape
 * optional): ical.js (Thunderbird) and KContacts (KDE) show "\;" raw, and
 * the 4.0 presets are theirs; Evolution, which cuts a 4.0 NOTE at a bare
 * one, gets 3.0 (tests/clients/). */
static void add_text(const struct writer *w, struct strbuf *sb, const char *s,
                     bool component)
{
    if (w->v == VCARD_21)
        vcard_escape_21(sb, s, component);
    else
        vcard_escape_text(sb, s, component || w->v == VCARD_30);
}

/* A text property; nothing when s is absent or blank. */
static void prop_text(struct writer *w, const char *head, const char *s)
{
    if (str_blank(s))
        return;
    if (w->v == VCARD_21) {
        strbuf_reset(&w->value);
        add_text(w, &w->value, s, false);
        vcard_emit_21(w, head, strbuf_str(&w->value));
        return;
    }
    /* the value is escaped straight after "head:", then folded */
    struct strbuf *line = &w->unfolded;
    strbuf_reset(line);
    strbuf_puts(line, head);
    strbuf_putc(line, ':');
    add_text(w, line, s, false);
    vcard_fold(w->out, line->buf, line->len);
}

static void prop_uri(struct writer *w, const char *head, const char *prefix,
                     const char *s)
{
    if (str_blank(s))
        return;
    struct strbuf *v = &w->value;
    strbuf_reset(v);
    strbuf_puts(v, prefix);
    vcard_add_uri(v, s);
    emit(w, head, v->buf);
}

/* Lines joined with "\n", written over sb; returns its contents. */
static const char *join_lines(struct strbuf *sb, const struct strlist *l)
{
    strbuf_reset(sb);
    for (size_t i = 0; i < l->n; i++) {
        if (i > 0)
            strbuf_putc(sb, '\n');
        strbuf_puts(sb, l->v[i]);
    }
    return strbuf_str(sb);
}

/* s trimmed (str_trim), written over w's tmp buffer; borrowed until the next
 * use of tmp. */
static const char *trimmed(struct writer *w, const char *s)
{
    size_t n;
    s = str_trim_view(s, &n);
    strbuf_reset(&w->tmp);
    strbuf_add(&w->tmp, s, n);
    return strbuf_str(&w->tmp);
}

/* "tel:" URI of a phone (RFC 3966): the international form with "-" as
 * visual separator ("+33 3 88 41 29 87" -> "tel:+33-3-88-41-29-87"), an
 * extension as ";ext=". */
void vcard_tel_uri(struct strbuf *sb, const struct phone *p)
{
    const char *s = p->intl ? p->intl : p->e164;
    strbuf_puts(sb, "tel:");
    bool sep = false, any = false, ext = false;
    for (; *s; s++) {
        if (ascii_isdigit(*s) || (*s == '+' && !any)) {
            if (sep && any)
                strbuf_putc(sb, '-');
            strbuf_putc(sb, *s);
            sep = false;
            any = true;
        } else if (!ext && (*s == 'e' || *s == 'x') && any) {
            /* libphonenumber writes extensions as " ext. 123" */
            strbuf_puts(sb, ";ext=");
            ext = true;
            any = false;
            sep = false;
        } else {
            sep = true;
        }
    }
}

/* The label a card shows for a number instead of "work" (Apple's
 * X-ABLabel, read by Apple, Google and Nextcloud): the label as written when
 * it says more than the TYPE does ("Astreinte", "Numéro gratuit"), "N° Vert"
 * for a toll-free number without one; NULL otherwise. */
static const char *custom_label(struct writer *w, const struct phone *p)
{
    return vcard_phone_label(p, &w->key, &w->tmp);
}

const char *vcard_phone_label(const struct phone *p, struct strbuf *key,
                              struct strbuf *out)
{
    if (!str_blank(p->label)) {
        static const char *const generic[] = {
            "tel",      "tel fixe",   "telephone", "telephones", "telephone fixe", "fixe",
            "standard", "fax",        "telecopie", "portable",   "mobile",         "gsm",
            "cell",     "cellulaire", "phone",     NULL};
        const char *k = str_fold_key_to(key, p->label, strlen(p->label));
        bool plain = k[0] == '\0' || str_key_is_any(k, generic);
        if (!plain) {
            size_t n;
            const char *t = str_trim_view(p->label, &n);
            strbuf_reset(out);
            strbuf_add(out, t, n);
            return strbuf_str(out);
        }
    }
    return p->kind == PHONE_TOLLFREE ? "N\xC2\xB0 Vert" : NULL;
}

/* Append "item" n "." (Apple's property group). */
static void put_item(struct strbuf *sb, int n)
{
    char digits[16];
    size_t k = sizeof digits;
    unsigned v = (unsigned)n;
    do {
        digits[--k] = (char)('0' + v % 10);
        v /= 10;
    } while (v > 0);
    strbuf_add(sb, "item", 4);
    strbuf_add(sb, digits + k, sizeof digits - k);
    strbuf_putc(sb, '.');
}

/* The numbers. 4.0 writes them as text with an unquoted TYPE list, as 3.0
 * does (RFC 6350 6.4.1 allows free-form text): Evolution puts a number of a
 * quoted TYPE in no field, vobject reads a quoted "work,fax" as voice, and
 * Evolution, KContacts and vobject show a "tel:" URI raw (tests/clients/).
 * A number's label goes to NOTE (vcard_phone_labels_note); with ablabel
 * (Apple, Google), also beside it in Apple's property group and X-ABLabel,
 * which KDE's KContacts would drop the number of. */
static void prop_tels(struct writer *w, const struct phone_list *l)
{
    static const char *const t30[] = {"TEL;TYPE=work,voice", "TEL;TYPE=work,fax",
                                      "TEL;TYPE=work,cell", "TEL;TYPE=work,voice"};
    static const char *const t21[] = {"TEL;WORK;VOICE", "TEL;WORK;FAX", "TEL;WORK;CELL",
                                      "TEL;WORK;VOICE"};
    struct strbuf *head = &w->head, *v = &w->value;
    for (size_t i = 0; i < l->n; i++) {
        const struct phone *p = &l->v[i];
        if (!p->e164)
            continue;
        if (p->line)
            w->line = p->line;
        const char *value = p->intl ? p->intl : p->e164;
        const char *label = w->ablabel ? custom_label(w, p) : NULL; /* in w->tmp */
        strbuf_reset(head);
        strbuf_reset(v);
        if (label)
            put_item(head, ++w->item);
        strbuf_puts(head, w->v == VCARD_21 ? t21[p->kind] : t30[p->kind]);
        if (w->v == VCARD_21)
            vcard_escape_21(v, value, false);
        else
            vcard_escape(v, value);
        emit(w, strbuf_str(head), strbuf_str(v));
        if (label) {
            strbuf_reset(head);
            put_item(head, w->item);
            strbuf_puts(head, "X-ABLabel");
            prop_text(w, strbuf_str(head), label);
        }
    }
}

void vcard_person_note(struct strbuf *sb, const struct person *p)
{
    if (p->note)
        strbuf_puts(sb, p->note);
    vcard_phone_labels_note(sb, &p->phones);
}

void vcard_phone_labels_note(struct strbuf *sb, const struct phone_list *l)
{
    struct strbuf key = STRBUF_INIT, out = STRBUF_INIT;
    bool first = true;
    for (size_t i = 0; i < l->n; i++) {
        const struct phone *p = &l->v[i];
        const char *label = p->e164 ? vcard_phone_label(p, &key, &out) : NULL;
        if (!label)
            continue;
        if (first && sb->len > 0)
            strbuf_puts(sb, "\n\n");
        if (first)
            strbuf_puts(sb, "T\xC3\xA9l\xC3\xA9phones :");
        first = false;
        strbuf_printf(sb, "\n%s : %s", label, p->intl ? p->intl : p->e164);
    }
    strbuf_free(&key);
    strbuf_free(&out);
}

static void prop_emails(struct writer *w, const struct strlist *l)
{
    static const char *const head[] = {"EMAIL;INTERNET", "EMAIL;TYPE=internet,work",
                                       "EMAIL;TYPE=work"};
    for (size_t i = 0; i < l->n; i++)
        prop_text(w, head[w->v], l->v[i]);
}

/* Append prefix, the UUID and CRLF: at most 55 octets, no fold. */
static void put_uuid_line(struct strbuf *out, const char *prefix, const char *uuid)
{
    strbuf_puts(out, prefix);
    strbuf_add(out, uuid, UID_STR_LEN - 1);
    strbuf_add(out, "\r\n", 2);
}

static void card_begin(struct writer *w, const char *uid)
{
    static const char *const start[] = {
        "BEGIN:VCARD\r\nVERSION:2.1\r\n",
        "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:" PRODID "\r\n",
        "BEGIN:VCARD\r\nVERSION:4.0\r\nPRODID:" PRODID "\r\n",
    };
    w->item = 0;
    strbuf_puts(w->out, start[w->v]);
    put_uuid_line(w->out, "UID:urn:uuid:", uid);
}

static void card_end(struct writer *w)
{
    strbuf_puts(w->out, "END:VCARD\r\n");
}

/* ADR (+ LABEL): street = every delivery line, joined with "\n" (clients
 * show a multi-line street best); post-office box and extended left empty. */
static void prop_adr(struct writer *w)
{
    const struct address *a = &w->e->adr;
    if (a->lines.n == 0 && str_blank(a->postcode) && str_blank(a->locality) &&
        str_blank(a->country))
        return;
    if (a->line)
        w->line = a->line;
    SCRATCH(street_sb, 256);
    SCRATCH(label_sb, 256);
    SCRATCH(v, 512);
    struct strbuf *head = &w->head;
    strbuf_reset(head);
    const char *street = join_lines(&street_sb, &a->lines);
    const char *label = join_lines(&label_sb, &a->label);
    const char *parts[7] = {"",        "",          street,    a->locality,
                            a->region, a->postcode, a->country};
    for (size_t i = 0; i < 7; i++) {
        if (i > 0)
            strbuf_putc(&v, ';');
        add_text(w, &v, parts[i] ? trimmed(w, parts[i]) : "", true);
    }
    switch (w->v) {
    case VCARD_40:
        /* no LABEL parameter: KContacts and vobject show its RFC 6868 "^n"
         * raw and KContacts reads it as Latin-1 (tests/clients/); the
         * components hold the address */
        emit(w, "ADR;TYPE=work", strbuf_str(&v));
        break;
    case VCARD_30:
        emit(w, "ADR;TYPE=work", strbuf_str(&v));
        prop_text(w, "LABEL;TYPE=work", label);
        break;
    case VCARD_21:
        emit(w, "ADR;WORK", strbuf_str(&v));
        prop_text(w, "LABEL;WORK", label);
        break;
    }
    strbuf_free(&v);
    strbuf_free(&street_sb);
    strbuf_free(&label_sb);
}

/* A heading without its final colon and spaces, then " :" (French usage)
 * and, when newline, a line break. */
static void add_heading(struct strbuf *sb, const char *heading, bool newline)
{
    size_t n;
    const char *h = str_trim_view(heading, &n);
    while (n > 0 && (h[n - 1] == ':' || ascii_isspace(h[n - 1])))
        n--;
    /* a no-break space before the colon is written by some authors */
    while (n >= 2 && (unsigned char)h[n - 2] == 0xC2 && (unsigned char)h[n - 1] == 0xA0)
        n -= 2;
    if (n > 0) {
        strbuf_add(sb, h, n);
        strbuf_puts(sb, newline ? " :\n" : " :");
    }
}

/* Start a new block of the NOTE: blank line between blocks. */
static void note_block(struct strbuf *sb)
{
    if (sb->len > 0)
        strbuf_puts(sb, "\n\n");
}

/* NOTE of the organisation card, so that no text of the entry is lost:
 * subtitle and other names, every prose section in source order, then the
 * opening information; for 2.1, which has neither CATEGORIES nor SOURCE,
 * the keywords and the source too. Appended to sb, empty: nothing. */
void vcard_org_note(struct strbuf *sb, const struct entry *e, enum vcard_version v)
{
    if (!str_blank(e->org_subtitle))
        strbuf_puts(sb, e->org_subtitle);
    for (size_t i = 0; i < e->org_units.n; i++) {
        if (str_blank(e->org_units.v[i]))
            continue;
        if (sb->len > 0)
            strbuf_putc(sb, '\n');
        strbuf_puts(sb, e->org_units.v[i]);
    }
    for (size_t i = 0; i < e->notes.n; i++) {
        const struct note_section *ns = &e->notes.v[i];
        /* a section without text still shows its heading ("Remarques :"):
         * the warning about it says it is kept in NOTE */
        bool empty = str_blank(ns->text);
        if (empty && str_blank(ns->heading))
            continue;
        note_block(sb);
        if (ns->heading)
            add_heading(sb, ns->heading, !empty);
        if (!empty)
            strbuf_puts(sb, ns->text);
    }
    if (!str_blank(e->hours_text)) {
        note_block(sb);
        strbuf_puts(sb, "Horaires d'ouverture et accueil du public :\n");
        strbuf_puts(sb, e->hours_text);
    }
    vcard_phone_labels_note(sb, &e->phones);
    if (v != VCARD_21)
        return;
    bool first = true;
    for (size_t i = 0; i < e->keywords.n; i++) {
        if (str_blank(e->keywords.v[i]))
            continue;
        if (first)
            note_block(sb);
        strbuf_puts(sb, first ? "Mots-clefs : " : ", ");
        strbuf_puts(sb, e->keywords.v[i]);
        first = false;
    }
    if (!str_blank(e->source_url)) {
        note_block(sb);
        strbuf_puts(sb, "Source de mise \xC3\xA0 jour : ");
        strbuf_puts(sb, e->source_url);
    }
}

const char *vcard_org_name(const struct entry *e)
{
    return !str_blank(e->org_name) ? e->org_name : !str_blank(e->title) ? e->title : "?";
}

const char *vcard_person_fn(struct strbuf *out, const struct person *p)
{
    struct strbuf fn = STRBUF_INIT;
    if (!str_blank(p->given))
        strbuf_puts(&fn, p->given);
    const char *family = p->family ? p->family : p->family_raw;
    if (!str_blank(family)) {
        if (fn.len > 0)
            strbuf_putc(&fn, ' ');
        strbuf_puts(&fn, family);
    }
    if (fn.len == 0)
        strbuf_puts(&fn, !str_blank(p->text) ? p->text : "?");
    str_squeeze_to(out, strbuf_str(&fn));
    strbuf_free(&fn);
    return strbuf_str(out);
}

static void write_org(struct writer *w, const char *uid)
{
    const struct entry *e = w->e;
    w->line = e->line;
    card_begin(w, uid);

    const char *name = vcard_org_name(e);
    SCRATCH(v, 512);
    add_text(w, &v, name, false);
    emit(w, "FN", strbuf_str(&v));
    if (w->v != VCARD_40)
        emit(w, "N", ";;;;"); /* required before 4.0; empty for an organisation */
    strbuf_reset(&v);
    add_text(w, &v, name, true);
    emit(w, "ORG", strbuf_str(&v));
    if (w->v == VCARD_40)
        emit(w, "KIND", "org");
    else
        emit(w, "X-ABShowAs", "COMPANY");

    prop_adr(w);
    w->line = e->line;
    prop_tels(w, &e->phones);
    w->line = e->line;
    prop_emails(w, &e->emails);
    for (size_t i = 0; i < e->urls.n; i++)
        prop_uri(w, "URL", "", e->urls.v[i]);

    struct strbuf *cat = &v;
    strbuf_reset(cat);
    for (size_t i = 0; w->v != VCARD_21 && i < e->keywords.n; i++) {
        if (str_blank(e->keywords.v[i]))
            continue;
        if (cat->len > 0)
            strbuf_putc(cat, ',');
        vcard_escape(cat, trimmed(w, e->keywords.v[i]));
    }
    if (cat->len > 0)
        emit(w, "CATEGORIES", strbuf_str(cat));

    if (e->updated.precision != DATE_NONE) {
        char rev[32];
        date_format_timestamp(&e->updated, w->v == VCARD_30, rev, sizeof rev);
        emit(w, "REV", rev);
    }
    if (w->v != VCARD_21)
        prop_uri(w, "SOURCE", "", e->source_url);
    strbuf_reset(&v);
    vcard_org_note(&v, e, w->v);
    prop_text(w, "NOTE", strbuf_str(&v));
    strbuf_free(&v);
    card_end(w);
}

static void write_person(struct writer *w, size_t i, const char *org_uid, const char *uid)
{
    const struct entry *e = w->e;
    const struct person *p = &e->people.v[i];
    w->line = p->line ? p->line : e->line;
    card_begin(w, uid);
    if (w->v == VCARD_40)
        emit(w, "KIND", "individual");

    SCRATCH(fn, 256);
    prop_text(w, "FN", vcard_person_fn(&fn, p));
    strbuf_free(&fn);
    const char *family = p->family ? p->family : p->family_raw;

    SCRATCH(v, 512);
    const char *n[5] = {family, p->given, NULL, p->prefix, NULL};
    for (size_t k = 0; k < 5; k++) {
        if (k > 0)
            strbuf_putc(&v, ';');
        add_text(w, &v, n[k], true);
    }
    emit(w, "N", strbuf_str(&v));
    prop_text(w, "TITLE", p->title);
    const char *org = !str_blank(e->org_name) ? e->org_name : e->title;
    if (!str_blank(org)) {
        strbuf_reset(&v);
        add_text(w, &v, org, true);
        emit(w, "ORG", strbuf_str(&v));
    }
    strbuf_free(&v);
    prop_tels(w, &p->phones);
    prop_emails(w, &p->emails);
    w->line = p->line ? p->line : e->line;
    SCRATCH(note, 256);
    vcard_person_note(&note, p);
    prop_text(w, "NOTE", strbuf_str(&note));
    strbuf_free(&note);
    if (w->v == VCARD_40)
        put_uuid_line(w->out, "RELATED:urn:uuid:", org_uid);
    card_end(w);
}

int vcard_write_entry(const struct entry *e, const unsigned char org[16],
                      const struct vcard_opts *o, struct strbuf *out, struct diag_list *d,
                      struct fiche_error *err)
{
    struct writer w;
    memset(&w, 0, sizeof w);
    /* The writer's buffers start on the stack: an entry's values mostly fit. */
    char mem_unfolded[1024], mem_value[1024], mem_head[256], mem_tmp[512], mem_key[256];
    strbuf_init_with(&w.unfolded, mem_unfolded, sizeof mem_unfolded);
    strbuf_init_with(&w.value, mem_value, sizeof mem_value);
    strbuf_init_with(&w.head, mem_head, sizeof mem_head);
    strbuf_init_with(&w.tmp, mem_tmp, sizeof mem_tmp);
    strbuf_init_with(&w.key, mem_key, sizeof mem_key);
    w.e = e;
    w.v = o ? o->version : VCARD_30;
    w.ablabel = o && o->ablabel;
    if (w.v != VCARD_21 && w.v != VCARD_40)
        w.v = VCARD_30;
    w.out = out;
    w.d = d;
    w.cd = (iconv_t)-1;
    if (w.v == VCARD_21) {
        int rc = vcard_open_charset(&w, o && o->charset ? o->charset : "UTF-8", err);
        if (rc != 0)
            return rc;
    }
    /* the organisation's UID: its bytes are the people's namespace */
    char org_uid[UID_STR_LEN];
    uid_format(org, org_uid);
    write_org(&w, org_uid);
    char stack_uids[8][UID_STR_LEN];
    char(*uids)[UID_STR_LEN] = stack_uids;
    if (e->people.n > 8)
        uids = xcalloc(e->people.n, sizeof *uids);
    if (e->people.n > 0)
        uid_people(e, org, uids);
    for (size_t i = 0; i < e->people.n; i++)
        write_person(&w, i, org_uid, uids[i]);
    if (uids != stack_uids)
        free(uids);
    if (w.cd != (iconv_t)-1)
        iconv_close(w.cd);
    strbuf_free(&w.unfolded);
    strbuf_free(&w.value);
    strbuf_free(&w.head);
    strbuf_free(&w.tmp);
    strbuf_free(&w.key);
    return 0;
}

int fiche_vcard(const struct entry *e, const struct vcard_opts *o, char **out,
                size_t *out_len, struct diag_list *d, struct fiche_error *err)
{
    struct strbuf sb = STRBUF_INIT;
    unsigned char org[16];
    uid_entry_bytes(e, org);
    int rc = vcard_write_entry(e, org, o, &sb, d, err);
    *out_len = rc == 0 ? sb.len : 0;
    if (rc != 0)
        strbuf_reset(&sb);
    *out = strbuf_detach(&sb);
    return rc;
}

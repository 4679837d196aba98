/* Writer: struct entry -> vCard text (3.0 default, 4.0, 2.1). One card for the
 * organisation, one per person. Escaping (one function per syntax), folding,
 * CRLF; for 2.1, CHARSET + QUOTED-PRINTABLE with iconv. Never parses Markdown.
 * Escaping and folding are in vcard_escape.c; here, the cards. */
#include "vcard.h"

#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "date.h"
#include "util.h"
#include "uuid.h"
#include "vcard_int.h"

#define QP_OCTETS 76 /* RFC 2045 6.7 (5), soft-break "=" included */
#define PRODID "-//fiche2vcard//fiche2vcard 0.1//FR"
#define MAX_WARNED 64

struct writer {
    const struct entry *e;
    enum vcard_version v;
    struct strbuf *out;
    struct diag_list *d;
    int line; /* source line for the warnings of the current property */
    int item; /* Apple "itemN." group counter of the current card */
    /* 2.1 only */
    iconv_t cd;                 /* UTF-8 -> charset; (iconv_t)-1 when not needed */
    bool utf8;                  /* the 2.1 charset is UTF-8: bytes pass as they are */
    char charset[48];           /* the CHARSET parameter value, upper case */
    int32_t warned[MAX_WARNED]; /* characters already reported */
    size_t nwarned;
    /* scratch buffers reused from property to property */
    struct strbuf unfolded; /* emit: the line before folding */
    struct strbuf value;    /* prop_text, prop_uri, prop_tels: the value */
    struct strbuf head;     /* prop_tels, prop_adr: the name and parameters */
    struct strbuf tmp;      /* a value being built for emit; a trimmed copy */
    struct strbuf key;      /* custom_label: the label's fold key */
};

/* Start buf on size bytes of the caller's (a stack array) for the buffers of
 * one call: most values fit, and never touch the heap. */
#define SCRATCH(buf, size)                                                               \
    char buf##_mem[size];                                                                \
    struct strbuf buf;                                                                   \
    strbuf_init_with(&buf, buf##_mem, sizeof buf##_mem)

/* ---- 2.1: charset and quoted-printable ----------------------------------- */

static bool already_warned(struct writer *w, int32_t cp)
{
    for (size_t i = 0; i < w->nwarned; i++)
        if (w->warned[i] == cp)
            return true;
    if (w->nwarned < MAX_WARNED)
        w->warned[w->nwarned++] = cp;
    return false;
}

/* Convert one character (n bytes of UTF-8 at s) to the 2.1 charset into buf.
 * Returns the byte count, or 0 when the charset lacks the character. */
static size_t convert_char(struct writer *w, const char *s, size_t n, char *buf,
                           size_t size)
{
    if (w->utf8) {
        memcpy(buf, s, n);
        return n;
    }
    char *in = (char *)s, *o = buf;
    size_t inleft = n, outleft = size;
    if (iconv(w->cd, &in, &inleft, &o, &outleft) == (size_t)-1 || inleft > 0) {
        iconv(w->cd, NULL, NULL, NULL, NULL);
        return 0;
    }
    return (size_t)(o - buf);
}

/* ASCII replacements for characters Latin charsets often lack (ISO-8859-1
 * has no "œ", "€", "’", "–", "…" that French text is full of). */
static const struct {
    int32_t cp;
    const char *ascii;
} translits[] = {
    {0x0152, "OE"}, {0x0153, "oe"}, {0x0178, "Y"},   {0x20AC, "EUR"}, {0x2018, "'"},
    {0x2019, "'"},  {0x201A, "'"},  {0x201B, "'"},   {0x2032, "'"},   {0x2039, "'"},
    {0x203A, "'"},  {0x201C, "\""}, {0x201D, "\""},  {0x201E, "\""},  {0x00AB, "\""},
    {0x00BB, "\""}, {0x2010, "-"},  {0x2011, "-"},   {0x2012, "-"},   {0x2013, "-"},
    {0x2014, "-"},  {0x2212, "-"},  {0x2026, "..."}, {0x00A0, " "},   {0x202F, " "},
    {0x2009, " "},  {0x2007, " "},  {0x2122, "TM"},  {0x00A9, "(C)"}, {0x00AE, "(R)"},
    {0x00B0, "o"},  {0x2022, "*"},  {0x2192, "->"},  {0x2190, "<-"},  {0x21D2, "=>"},
    {0x2264, "<="}, {0x2265, ">="},
};

static const char *translit_table(int32_t cp)
{
    for (size_t i = 0; i < sizeof translits / sizeof translits[0]; i++)
        if (translits[i].cp == cp)
            return translits[i].ascii;
    return NULL;
}

/* UTF-8 replacement for cp when the charset lacks it: our table, else the
 * character without its accents (utf8proc), else "?". Heap string. */
static char *translit(int32_t cp)
{
    const char *t = translit_table(cp);
    if (t)
        return xstrdup(t);
    utf8proc_int32_t buf[16];
    utf8proc_ssize_t n = utf8proc_decompose_char(
        cp, buf, 16, UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_STRIPMARK, NULL);
    if (n > 0 && n <= 16) {
        struct strbuf sb = STRBUF_INIT;
        for (utf8proc_ssize_t i = 0; i < n; i++) {
            utf8proc_uint8_t c8[4];
            utf8proc_ssize_t k = utf8proc_encode_char(buf[i], c8);
            strbuf_add(&sb, (const char *)c8, (size_t)k);
        }
        if (!(n == 1 && buf[0] == cp))
            return strbuf_detach(&sb);
        strbuf_free(&sb);
    }
    return xstrdup("?");
}

/* The quoted-printable units of value (UTF-8, newlines as "\n"): one string
 * per character, never to be split by a soft line break. A space is left raw
 * (" "); the layout decides whether it must become "=20". Characters the
 * charset lacks are transliterated (warning); retry marks a replacement. */
static void qp_units(struct writer *w, const char *value, struct strlist *units,
                     bool retry)
{
    static const char hex[] = "0123456789ABCDEF";
    const char *s = value;
    while (*s) {
        if (*s == '\n') {
            strlist_add(units, "=0D=0A");
            s++;
            continue;
        }
        int32_t cp;
        size_t n = vcard_next_char(s, &cp);
        if (cp == ' ') {
            strlist_add(units, " ");
        } else if (cp > 0x20 && cp < 0x7f && cp != '=' && cp != ':') {
            /* ":" is encoded too, so that no continuation line can read as
             * a property ("END:VCARD") to an importer that ignores QP. */
            char c[2] = {(char)cp, '\0'};
            strlist_add(units, c);
        } else {
            char bytes[32];
            size_t k = convert_char(w, s, n, bytes, sizeof bytes);
            if (k == 0 && !retry) {
                char *r = translit(cp);
                if (!already_warned(w, cp))
                    diag_add(w->d, DIAG_WARNING, w->line, 0,
                             "vCard 2.1: %s has no \"%.*s\" (U+%04X), written \"%s\"",
                             w->charset, (int)n, s, (unsigned)cp, r);
                qp_units(w, r, units, true);
                free(r);
            } else if (k == 0) {
                strlist_add(units, "?");
            } else {
                struct strbuf u = STRBUF_INIT;
                for (size_t i = 0; i < k; i++) {
                    unsigned char b = (unsigned char)bytes[i];
                    strbuf_putc(&u, '=');
                    strbuf_putc(&u, hex[b >> 4]);
                    strbuf_putc(&u, hex[b & 15]);
                }
                strlist_push(units, strbuf_detach(&u));
            }
        }
        s += n;
    }
}

/* Lay the units out after prefix (which ends with ':'): lines of at most
 * QP_OCTETS octets, "=" CRLF soft breaks between units, no line that starts
 * or ends with a raw space (a space placed raw reserved room for "=20"). */
static void qp_layout(struct strbuf *out, const char *prefix, const struct strlist *u)
{
    strbuf_puts(out, prefix);
    size_t col = strlen(prefix);
    size_t line_start = out->len - col;
    size_t last_space = (size_t)-1; /* offset of a raw space ending the line */
    for (size_t i = 0; i < u->n; i++) {
        bool last = i + 1 == u->n;
        bool space = strcmp(u->v[i], " ") == 0;
        size_t need = space ? 3 : strlen(u->v[i]);
        if (col + need + (last ? 0 : 1) > QP_OCTETS && out->len > line_start) {
            if (last_space != (size_t)-1) {
                /* the line ends with a raw space: make it "=20" */
                out->len = last_space;
                out->buf[out->len] = '\0';
                strbuf_puts(out, "=20");
            }
            strbuf_puts(out, "=\r\n");
            line_start = out->len;
            col = 0;
        }
        last_space = (size_t)-1;
        if (space && (col == 0 || last)) {
            strbuf_puts(out, "=20");
            col += 3;
        } else if (space) {
            last_space = out->len;
            strbuf_putc(out, ' ');
            col++;
        } else {
            strbuf_puts(out, u->v[i]);
            col += strlen(u->v[i]);
        }
    }
    strbuf_puts(out, "\r\n");
}

/* Append head ":" value CRLF (a line that needs no fold). */
static void put_line(struct strbuf *out, const char *head, size_t hlen, const char *value,
                     size_t vlen)
{
    strbuf_reserve(out, hlen + vlen + 3);
    char *o = out->buf + out->len;
    memcpy(o, head, hlen);
    o[hlen] = ':';
    memcpy(o + hlen + 1, value, vlen);
    memcpy(o + hlen + 1 + vlen, "\r\n", 3); /* with the NUL */
    out->len += hlen + vlen + 3;
}

/* One 2.1 property: raw when value is short printable ASCII, else
 * [CHARSET=...;]ENCODING=QUOTED-PRINTABLE. value is escaped (escape_21). */
static void emit_21(struct writer *w, const char *head, const char *value)
{
    bool ascii = true, plain = true;
    for (const unsigned char *p = (const unsigned char *)value; *p; p++) {
        if (*p >= 0x80)
            ascii = false;
        if (*p < 0x20 || *p >= 0x7f)
            plain = false;
    }
    size_t len = strlen(head) + 1 + strlen(value);
    size_t vlen = strlen(value);
    if (plain && len <= FOLD_OCTETS && value[0] != ' ' &&
        (vlen == 0 || value[vlen - 1] != ' ')) {
        put_line(w->out, head, strlen(head), value, vlen);
        return;
    }
    struct strlist units = {0};
    qp_units(w, value, &units, false);
    char *prefix =
        ascii ? xasprintf("%s;ENCODING=QUOTED-PRINTABLE:", head)
              : xasprintf("%s;CHARSET=%s;ENCODING=QUOTED-PRINTABLE:", head, w->charset);
    qp_layout(w->out, prefix, &units);
    free(prefix);
    strlist_clear(&units);
}

/* ---- properties ----------------------------------------------------------- */

/* Write one property. head = [group "."] name [";" params], as the version
 * wants it; value already escaped for the version. */
static void emit(struct writer *w, const char *head, const char *value)
{
    if (w->v == VCARD_21) {
        emit_21(w, head, value);
        return;
    }
    size_t hlen = strlen(head), vlen = strlen(value);
    if (hlen + 1 + vlen <= FOLD_OCTETS) {
        /* what vcard_fold gives a line that needs no fold */
        put_line(w->out, head, hlen, value, vlen);
        return;
    }
    struct strbuf *line = &w->unfolded;
    strbuf_reset(line);
    strbuf_add(line, head, hlen);
    strbuf_putc(line, ':');
    strbuf_add(line, value, vlen);
    vcard_fold(w->out, line->buf, line->len);
}

/* Escape text for the version into sb; component: part of N, ADR, ORG. */
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
        emit_21(w, head, strbuf_str(&w->value));
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
static void add_tel_uri(struct strbuf *sb, const struct phone *p)
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

/* The label a 3.0 card shows for a number instead of "work" (Apple's
 * X-ABLabel, read by Apple, Google and Nextcloud): the label as written when
 * it says more than the TYPE does ("Astreinte", "Numéro gratuit"), "N° Vert"
 * for a toll-free number without one; NULL otherwise. */
static const char *custom_label(struct writer *w, const struct phone *p)
{
    if (!str_blank(p->label)) {
        static const char *const generic[] = {
            "tel",      "tel fixe",   "telephone", "telephones", "telephone fixe", "fixe",
            "standard", "fax",        "telecopie", "portable",   "mobile",         "gsm",
            "cell",     "cellulaire", "phone",     NULL};
        const char *key = str_fold_key_to(&w->key, p->label, strlen(p->label));
        bool plain = key[0] == '\0';
        for (size_t i = 0; generic[i] && !plain; i++)
            plain = strcmp(key, generic[i]) == 0;
        if (!plain)
            return trimmed(w, p->label);
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

static void prop_tels(struct writer *w, const struct phone_list *l)
{
    static const char *const t40[] = {
        "TEL;VALUE=uri;TYPE=\"work,voice\"", "TEL;VALUE=uri;TYPE=\"work,fax\"",
        "TEL;VALUE=uri;TYPE=\"work,cell\"", "TEL;VALUE=uri;TYPE=\"work,voice\""};
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
        const char *label = NULL; /* in w->tmp */
        strbuf_reset(head);
        strbuf_reset(v);
        switch (w->v) {
        case VCARD_40:
            strbuf_puts(head, t40[p->kind]);
            add_tel_uri(v, p);
            break;
        case VCARD_30:
            label = custom_label(w, p);
            if (label)
                put_item(head, ++w->item);
            strbuf_puts(head, t30[p->kind]);
            vcard_escape(v, value);
            break;
        case VCARD_21:
            strbuf_puts(head, t21[p->kind]);
            vcard_escape_21(v, value, false);
            break;
        }
        emit(w, strbuf_str(head), strbuf_str(v));
        if (label) {
            strbuf_reset(head);
            strbuf_reset(v);
            put_item(head, w->item);
            strbuf_puts(head, "X-ABLabel");
            vcard_escape(v, label);
            emit(w, strbuf_str(head), strbuf_str(v));
        }
    }
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
    strbuf_add(out, uuid, UUID_STR_LEN - 1);
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
    if (a->lines.n == 0 && str_blank(a->postcode) && str_blank(a->locality))
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
        strbuf_puts(head, "ADR;TYPE=work");
        if (!str_blank(label)) {
            strbuf_puts(head, ";LABEL=");
            vcard_param_value(head, label, VCARD_40);
        }
        emit(w, strbuf_str(head), strbuf_str(&v));
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
static void org_note(struct strbuf *sb, const struct entry *e, enum vcard_version v)
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

static void write_org(struct writer *w, const char *uid)
{
    const struct entry *e = w->e;
    w->line = e->line;
    card_begin(w, uid);

    const char *name = !str_blank(e->org_name) ? e->org_name
                       : !str_blank(e->title)  ? e->title
                                               : "?";
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
    org_note(&v, e, w->v);
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
    prop_text(w, "FN", str_squeeze_to(&w->tmp, strbuf_str(&fn)));
    strbuf_free(&fn);

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
    prop_text(w, "NOTE", p->note);
    if (w->v == VCARD_40)
        put_uuid_line(w->out, "RELATED:urn:uuid:", org_uid);
    card_end(w);
}

/* Open the converter of the 2.1 charset. The name goes into a parameter, so
 * only [A-Za-z0-9._-] is accepted; the charset must write ASCII as ASCII
 * (UTF-16 cannot be a 2.1 file's charset). */
static int open_charset(struct writer *w, const char *name, struct fiche_error *err)
{
    size_t n = strlen(name);
    bool ok = n > 0 && n < sizeof w->charset;
    for (size_t i = 0; ok && i < n; i++)
        ok = ascii_isalnum(name[i]) || name[i] == '-' || name[i] == '_' || name[i] == '.';
    if (!ok)
        return fiche_error_set(err, FICHE_ECHARSET, w->e->source, 0, 0,
                               "invalid charset name \"%s\"", name);
    for (size_t i = 0; i <= n; i++)
        w->charset[i] = (char)ascii_toupper(name[i]);
    /* Stateful charsets (ISO-2022-JP, UTF-7, HZ) need escapes that span
     * characters; values are converted one character at a time. */
    if (strncmp(w->charset, "ISO-2022", 8) == 0 ||
        strncmp(w->charset, "ISO2022", 7) == 0 || strncmp(w->charset, "UTF-7", 5) == 0 ||
        strncmp(w->charset, "UTF7", 4) == 0 || strcmp(w->charset, "HZ") == 0)
        return fiche_error_set(err, FICHE_ECHARSET, w->e->source, 0, 0,
                               "stateful charset \"%s\" cannot be used for vCard 2.1",
                               name);
    if (strcmp(w->charset, "UTF-8") == 0 || strcmp(w->charset, "UTF8") == 0) {
        w->utf8 = true;
        return 0;
    }
    w->cd = iconv_open(name, "UTF-8");
    if (w->cd == (iconv_t)-1)
        return fiche_error_set(err, FICHE_ECHARSET, w->e->source, 0, 0,
                               "unknown charset \"%s\"", name);
    static const char probe[] = "AZaz09 ;:=\\";
    char buf[64];
    char *in = (char *)probe, *o = buf;
    size_t inleft = sizeof probe - 1, outleft = sizeof buf;
    size_t r = iconv(w->cd, &in, &inleft, &o, &outleft);
    if (r != (size_t)-1)
        r = iconv(w->cd, NULL, NULL, &o, &outleft);
    if (r == (size_t)-1 || (size_t)(o - buf) != sizeof probe - 1 ||
        memcmp(buf, probe, sizeof probe - 1) != 0) {
        iconv_close(w->cd);
        w->cd = (iconv_t)-1;
        return fiche_error_set(err, FICHE_ECHARSET, w->e->source, 0, 0,
                               "charset \"%s\" cannot be used for vCard 2.1 "
                               "(not ASCII-compatible)",
                               name);
    }
    iconv(w->cd, NULL, NULL, NULL, NULL);
    return 0;
}

int vcard_write_entry(const struct entry *e, const struct vcard_opts *o,
                      struct strbuf *out, struct diag_list *d, struct fiche_error *err)
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
    if (w.v != VCARD_21 && w.v != VCARD_40)
        w.v = VCARD_30;
    w.out = out;
    w.d = d;
    w.cd = (iconv_t)-1;
    if (w.v == VCARD_21) {
        int rc = open_charset(&w, o && o->charset ? o->charset : "UTF-8", err);
        if (rc != 0)
            return rc;
    }
    /* the organisation's UID once: its bytes are the people's namespace */
    unsigned char org[16];
    char org_uid[UUID_STR_LEN];
    uuid_entry_bytes(e, org);
    uuid_format(org, org_uid);
    write_org(&w, org_uid);
    char stack_uids[8][UUID_STR_LEN];
    char(*uids)[UUID_STR_LEN] = stack_uids;
    if (e->people.n > 8)
        uids = xcalloc(e->people.n, sizeof *uids);
    if (e->people.n > 0)
        uuid_people_in(e, org, uids);
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

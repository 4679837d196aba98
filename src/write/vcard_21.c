/* Part of the vCard writer (vcard.c): vCard 2.1 values, converted to the
 * card's charset (iconv), transliterated where it lacks a character, and
 * written as quoted-printable when not plain ASCII. */
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/text.h"
#include "base/util.h"
#include "write/vcard_int.h"

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
    struct strbuf sb = STRBUF_INIT;
    if (text_add_plain_cp(&sb, cp))
        return strbuf_detach(&sb);
    strbuf_free(&sb);
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

/* Lay the units out after prefix (which ends with ':') on one physical
 * line: no "=" CRLF soft break, which Evolution keeps inside the value and
 * vobject (so Radicale and khard) refuses (tests/clients/); a space that
 * starts or ends the value is "=20". The line may pass RFC 2045's 76
 * octets, which vCard 2.1 does not require and no client minds. */
static void qp_layout(struct strbuf *out, const char *prefix, const struct strlist *u)
{
    strbuf_puts(out, prefix);
    for (size_t i = 0; i < u->n; i++) {
        bool space = u->v[i][0] == ' ' && u->v[i][1] == '\0';
        strbuf_puts(out, space && (i == 0 || i + 1 == u->n) ? "=20" : u->v[i]);
    }
    strbuf_puts(out, "\r\n");
}

/* Append head ":" value CRLF (a line that needs no fold). */
void vcard_put_line(struct strbuf *out, const char *head, size_t hlen, const char *value,
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
void vcard_emit_21(struct writer *w, const char *head, const char *value)
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
        vcard_put_line(w->out, head, strlen(head), value, vlen);
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

/* Open the converter of the 2.1 charset. The name goes into a parameter, so
 * only [A-Za-z0-9._-] is accepted; the charset must write ASCII as ASCII
 * (UTF-16 cannot be a 2.1 file's charset). */
int vcard_open_charset(struct writer *w, const char *name, struct fiche_error *err)
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

/* Test helper (fuzz harness, tests/cases): re-reads the vCard writer's output
 * line by line, strictly, so that a field that forged a line, a parameter or
 * a card is caught. Works on the bytes, independent of the writer's code. */
#include "vcheck.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "base/strbuf.h"
#include "base/util.h"

static const char *const writer_names[] = {
    "VERSION",    "PRODID",    "UID",    "FN",    "N",     "ORG",     "KIND",
    "X-ABSHOWAS", "X-ABLABEL", "ADR",    "LABEL", "TEL",   "EMAIL",   "URL",
    "CATEGORIES", "REV",       "SOURCE", "NOTE",  "TITLE", "RELATED", NULL};

struct vc {
    struct vcheck_result *r;
    const char *const *allowed;
    int depth;    /* 1 inside a card */
    int versions; /* VERSION lines of the current card */
};

static int fail(struct vc *c, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int fail(struct vc *c, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->r->message, sizeof c->r->message, fmt, ap);
    va_end(ap);
    c->r->error_line = line;
    return -1;
}

static bool name_char(char ch)
{
    return ascii_isalnum((unsigned char)ch) || ch == '-';
}

static bool ieq(const char *a, size_t n, const char *b)
{
    if (strlen(b) != n)
        return false;
    for (size_t i = 0; i < n; i++)
        if (ascii_tolower((unsigned char)a[i]) != ascii_tolower((unsigned char)b[i]))
            return false;
    return true;
}

static int hexval(char ch)
{
    if (ascii_isdigit((unsigned char)ch))
        return ch - '0';
    if (ch >= 'A' && ch <= 'F')
        return ch - 'A' + 10;
    if (ch >= 'a' && ch <= 'f')
        return ch - 'a' + 10;
    return -1;
}

/* Length of the valid UTF-8 sequence at s (n bytes left), 0 when invalid,
 * overlong, a surrogate, beyond U+10FFFF or a C1 control. */
static size_t utf8_len(const unsigned char *s, size_t n)
{
    if (s[0] < 0x80)
        return 1;
    size_t k = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC2 ? 2 : 0;
    if (k == 0 || s[0] > 0xF4 || k > n)
        return 0;
    unsigned cp = s[0] & (0x7F >> k);
    for (size_t i = 1; i < k; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if ((k == 3 && cp < 0x800) || (k == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF) || (cp >= 0x80 && cp <= 0x9F))
        return 0;
    return k;
}

/* True when the head of a logical line (up to its first ':' outside quotes)
 * has ENCODING=QUOTED-PRINTABLE. */
static bool is_qp(const char *s, size_t n)
{
    static const char key[] = ";ENCODING=QUOTED-PRINTABLE";
    size_t k = sizeof key - 1;
    bool quoted = false;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"')
            quoted = !quoted;
        if (!quoted && s[i] == ':')
            return false;
        if (!quoted && i + k <= n && ieq(s + i, k, key) &&
            (i + k == n || s[i + k] == ';' || s[i + k] == ':'))
            return true;
    }
    return false;
}

static size_t count_end_vcard(const char *s, size_t n)
{
    size_t count = 0;
    for (size_t i = 0; i + 9 <= n; i++)
        if (ieq(s + i, 9, "END:VCARD"))
            count++;
    return count;
}

/* One unfolded line s (n bytes) starting at physical line `line`. */
static int check_logical(struct vc *c, const char *s, size_t n, int line)
{
    size_t i = 0, name_start = 0;
    while (i < n && name_char(s[i]))
        i++;
    if (i < n && s[i] == '.' && i > 0) { /* group */
        name_start = ++i;
        while (i < n && name_char(s[i]))
            i++;
    }
    if (i == name_start)
        return fail(c, line, "no property name");
    const char *name = s + name_start;
    size_t name_len = i - name_start;
    bool qp = false;
    while (i < n && s[i] == ';') {
        size_t p = ++i;
        while (i < n && name_char(s[i]))
            i++;
        if (i == p)
            return fail(c, line, "empty parameter name");
        bool enc = ieq(s + p, i - p, "ENCODING");
        if (i < n && s[i] == '=') {
            do {
                size_t v = ++i;
                if (i < n && s[i] == '"') {
                    const char *q = memchr(s + i + 1, '"', n - i - 1);
                    if (!q)
                        return fail(c, line, "unterminated quoted parameter value");
                    i = (size_t)(q - s) + 1;
                } else {
                    while (i < n && !strchr(";:,\"", s[i]))
                        i++;
                }
                if (enc && ieq(s + v, i - v, "QUOTED-PRINTABLE"))
                    qp = true;
            } while (i < n && s[i] == ',');
        }
    }
    if (i >= n || s[i] != ':')
        return fail(c, line, "no ':' after the property name and parameters");
    const char *val = s + i + 1;
    size_t vlen = n - i - 1;

    if (ieq(name, name_len, "BEGIN") || ieq(name, name_len, "END")) {
        bool begin = name_len == 5;
        if (!ieq(val, vlen, "VCARD"))
            return fail(c, line, "%s:%.*s is not a card boundary",
                        begin ? "BEGIN" : "END", (int)(vlen > 40 ? 40 : vlen), val);
        if (begin && c->depth != 0)
            return fail(c, line, "BEGIN:VCARD inside a card");
        if (!begin && c->depth != 1)
            return fail(c, line, "END:VCARD outside a card");
        if (!begin && c->versions != 1)
            return fail(c, line, "card with %d VERSION lines", c->versions);
        c->depth = begin ? 1 : 0;
        c->versions = 0;
        if (!begin)
            c->r->cards++;
        c->r->props++;
        return 0;
    }
    if (c->depth != 1)
        return fail(c, line, "property outside a card");
    c->r->props++;
    bool known = false;
    for (const char *const *a = c->allowed; *a && !known; a++)
        known = ieq(name, name_len, *a);
    if (!known)
        return fail(c, line, "unexpected property %.*s",
                    (int)(name_len > 40 ? 40 : name_len), name);
    if (ieq(name, name_len, "VERSION")) {
        c->versions++;
        if (!ieq(val, vlen, "2.1") && !ieq(val, vlen, "3.0") && !ieq(val, vlen, "4.0"))
            return fail(c, line, "bad VERSION value");
    }
    if (!qp) {
        c->r->end_vcard += count_end_vcard(val, vlen);
        return 0;
    }
    struct strbuf dec = STRBUF_INIT;
    for (size_t k = 0; k < vlen; k++) {
        if (val[k] != '=') {
            strbuf_putc(&dec, val[k]);
            continue;
        }
        int hi = k + 2 < vlen ? hexval(val[k + 1]) : -1;
        int lo = hi >= 0 ? hexval(val[k + 2]) : -1;
        if (hi < 0 || lo < 0) {
            strbuf_free(&dec);
            return fail(c, line, "bad quoted-printable escape");
        }
        strbuf_putc(&dec, (char)(hi * 16 + lo));
        k += 2;
    }
    c->r->end_vcard += count_end_vcard(strbuf_str(&dec), dec.len);
    strbuf_free(&dec);
    return 0;
}

int vcheck_text(const char *text, size_t len, const char *const *allowed,
                struct vcheck_result *r)
{
    memset(r, 0, sizeof *r);
    struct vc c = {r, allowed ? allowed : writer_names, 0, 0};
    struct strbuf lg = STRBUF_INIT; /* the logical line being unfolded */
    int lg_line = 0, line = 0, rc = 0;
    bool lg_qp = false, soft = false; /* soft: last line ended in a QP soft break */
    size_t pos = 0;
    while (pos < len && rc == 0) {
        line++;
        size_t start = pos, end = pos;
        while (end < len && text[end] != '\r' && text[end] != '\n')
            end++;
        if (end == len) {
            rc = fail(&c, line, "last line does not end in CRLF");
            break;
        }
        if (text[end] == '\n' || end + 1 >= len || text[end + 1] != '\n') {
            rc = fail(&c, line, "bare %s", text[end] == '\n' ? "LF" : "CR");
            break;
        }
        pos = end + 2;
        const unsigned char *p = (const unsigned char *)text + start;
        size_t n = end - start;
        for (size_t i = 0; i < n && rc == 0;) {
            if ((p[i] < 0x20 && !(p[i] == '\t' && i == 0)) || p[i] == 0x7F) {
                rc =
                    fail(&c, line, "control character 0x%02X at column %zu", p[i], i + 1);
                break;
            }
            size_t k = utf8_len(p + i, n - i);
            if (k == 0)
                rc = fail(&c, line, "invalid UTF-8 or C1 control at column %zu", i + 1);
            i += k ? k : 1;
        }
        if (rc != 0)
            break;
        bool cont = n > 0 && (p[0] == ' ' || p[0] == '\t');
        if (soft) {
            strbuf_add(&lg, (const char *)p, n);
        } else if (cont) {
            if (lg_line == 0) {
                rc = fail(&c, line, "continuation line without a property");
                break;
            }
            strbuf_add(&lg, (const char *)p + 1, n - 1);
        } else {
            if (lg_line != 0)
                rc = check_logical(&c, strbuf_str(&lg), lg.len, lg_line);
            if (rc != 0)
                break;
            strbuf_reset(&lg);
            strbuf_add(&lg, (const char *)p, n);
            lg_line = line;
            lg_qp = is_qp(lg.buf, lg.len);
        }
        /* a quoted-printable value (vCard 2.1) is written on one line, as
         * the clients read best; every other line is folded at 75 octets */
        if (!lg_qp && n > 75u) {
            rc = fail(&c, line, "line of %zu octets", n);
            break;
        }
        soft = lg_qp && n > 0 && p[n - 1] == '=';
        if (soft) /* remove the soft break: the next line continues the value */
            lg.buf[--lg.len] = '\0';
    }
    if (rc == 0 && soft)
        rc = fail(&c, line, "quoted-printable soft break at the end");
    if (rc == 0 && lg_line != 0)
        rc = check_logical(&c, strbuf_str(&lg), lg.len, lg_line);
    if (rc == 0 && c.depth != 0)
        rc = fail(&c, line, "card not closed by END:VCARD");
    strbuf_free(&lg);
    return rc;
}

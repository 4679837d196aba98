/* vCard writer: escaping (one function per syntax), URI values and folding
 * of the text vcard.c writes; UTF-8 text in, vCard text appended to a strbuf. */
#include "vcard_int.h"

#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <utf8proc.h>

#include "util.h"

/* ---- UTF-8 ---------------------------------------------------------------- */

/* Decode the character at s (NUL-terminated); returns its byte length (>= 1
 * when *s != 0). Invalid bytes count one each and decode as U+FFFD. */
size_t vcard_next_char(const char *s, int32_t *cp)
{
    utf8proc_int32_t c;
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s, -1, &c);
    if (n <= 0) {
        *cp = 0xFFFD;
        return 1;
    }
    *cp = c;
    return (size_t)n;
}

/* A character that must not appear raw in a value: C0, DEL, C1. */
static bool is_control(int32_t cp)
{
    return cp < 0x20 || (cp >= 0x7f && cp < 0xa0);
}

/* Length of a line break at s ("\r\n", "\r", "\n", U+2028, U+2029), or 0.
 * U+2028/2029 count because some readers split lines on them. */
static size_t newline_len(const char *s)
{
    if (s[0] == '\r')
        return s[1] == '\n' ? 2 : 1;
    if (s[0] == '\n')
        return 1;
    if ((unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
        ((unsigned char)s[2] == 0xA8 || (unsigned char)s[2] == 0xA9))
        return 3;
    return 0;
}

/* ---- escaping ------------------------------------------------------------- */

/* Sets of ASCII bytes (0-127) as two 64-bit masks: the bytes at which a run
 * of plain text stops because the escaping of a syntax handles them. */
struct byteset {
    uint64_t lo, hi;
};

#define BS_BIT(c) ((c) < 64 ? (uint64_t)1 << ((c)&63) : 0)
#define BS_BITH(c) ((c) >= 64 ? (uint64_t)1 << ((c)&63) : 0)
#define BS_CTL ((uint64_t)0xFFFFFFFFu) /* C0 controls, including CR and LF */
#define BS_DEL BS_BITH(0x7F)

static const struct byteset stop_param = {BS_CTL | BS_BIT(',') | BS_BIT(';') |
                                              BS_BIT(':') | BS_BIT('"'),
                                          BS_DEL | BS_BITH('^')};

/* Bytes the text escapers stop their eight-byte scan at, besides 0x80-0xFF. */
#define SWAR_LO (BS_CTL | BS_BIT(',') | BS_BIT(';'))
#define SWAR_HI (BS_DEL | BS_BITH('\\'))

/* How many of the 8 bytes of x (in memory order), from the first, are plain:
 * not in SWAR_LO or SWAR_HI and below 0x80 (8 when all are). */
static inline size_t swar_plain(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    uint64_t a, b, c, d;
    a = x ^ (ones * ',');
    b = x ^ (ones * ';');
    c = x ^ (ones * '\\');
    d = x ^ (ones * 0x7F);
    /* (v - ones) & ~v & highs flags the zero bytes of v, and
     * (x - 0x20 * ones) & ~x & highs the bytes of x below 0x20; x itself
     * flags the bytes from 0x80. A borrow only spreads upwards, so the lowest
     * flag is exact. */
    uint64_t hit = (x | ((x - ones * 0x20) & ~x) | ((a - ones) & ~a) | ((b - ones) & ~b) |
                    ((c - ones) & ~c) | ((d - ones) & ~d)) &
                   highs;
    if (hit == 0)
        return 8;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    return (size_t)__builtin_ctzll(hit) / 8;
#else
    return 0;
#endif
}

#if defined(__SSE2__)
/* How many of the 16 bytes at u, from the first, are plain for the text
 * escapers: the bytes swar_plain stops at stop here too (a signed compare
 * with 0x20 catches both the C0 controls and the bytes from 0x80). */
static inline size_t sse2_plain(const unsigned char *u)
{
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)u);
    __m128i hit =
        _mm_or_si128(_mm_or_si128(_mm_cmplt_epi8(x, _mm_set1_epi8(0x20)),
                                  _mm_cmpeq_epi8(x, _mm_set1_epi8(','))),
                     _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(';')),
                                               _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))),
                                  _mm_cmpeq_epi8(x, _mm_set1_epi8(0x7F))));
    unsigned mask = (unsigned)_mm_movemask_epi8(hit);
    return mask == 0 ? 16 : (size_t)__builtin_ctz(mask);
}
#endif

/* Length of the well-formed UTF-8 sequence of a non-ASCII character at u
 * (NUL-terminated), or 0 when the bytes are not one: the same sequences
 * utf8proc_iterate accepts (no overlong form, no surrogate, nothing above
 * U+10FFFF). */
static inline size_t utf8_seq_len(const unsigned char *u)
{
    unsigned c = u[0];
    if (c < 0xC2 || c > 0xF4 || (u[1] & 0xC0) != 0x80)
        return 0;
    if (c < 0xE0)
        return 2;
    if ((c == 0xE0 && u[1] < 0xA0) || (c == 0xED && u[1] > 0x9F) || (u[2] & 0xC0) != 0x80)
        return 0;
    if (c < 0xF0)
        return 3;
    if ((c == 0xF0 && u[1] < 0x90) || (c == 0xF4 && u[1] > 0x8F) || (u[3] & 0xC0) != 0x80)
        return 0;
    return 4;
}

/* Length of the run at s that vcard_param_value copies unchanged: ASCII
 * bytes outside stop, and well-formed UTF-8 characters from U+00A0 that are
 * not line breaks (U+2028, U+2029). Everything else (controls, C1, invalid
 * bytes, the syntax's special characters) ends the run and goes through the
 * character-by-character path. */
static size_t plain_run(const char *s, const struct byteset *stop)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    for (;;) {
        unsigned c = u[i];
        if (c < 64) {
            if (stop->lo >> c & 1)
                return i;
            i++;
        } else if (c < 128) {
            if (stop->hi >> (c - 64) & 1)
                return i;
            i++;
        } else {
            size_t n = utf8_seq_len(u + i);
            if (n == 0 || (c == 0xC2 && u[i + 1] < 0xA0) ||
                (c == 0xE2 && u[i + 1] == 0x80 && (u[i + 2] == 0xA8 || u[i + 2] == 0xA9)))
                return i;
            i += n;
        }
    }
}

/* How one kind of value is escaped: what a line break becomes, and which
 * characters get a backslash. */
struct escape_rules {
    const char *newline;
    size_t newline_len;
    bool comma, semicolon, backslash;
};

/* 3.0/4.0 text: "\\", "\," and a line break as "\n"; ";" too in 3.0 and in
 * the components of N, ADR, ORG (RFC 6350 3.4 leaves it optional in other
 * 4.0 text, and ical.js, Thunderbird's parser, shows the backslash there). */
static const struct escape_rules text_rules = {"\\n", 2, true, false, true};
static const struct escape_rules text_semi_rules = {"\\n", 2, true, true, true};
/* 2.1 (quoted-printable carries line breaks): only ";" in components, and a
 * backslash there, so that "Dupont\" + ";" does not read "\;". */
static const struct escape_rules v21_rules = {"\n", 1, false, false, false};
static const struct escape_rules v21_component_rules = {"\n", 1, false, true, true};

/* Append s escaped by the rules; other control characters (C0, DEL, C1)
 * become a space, an invalid byte U+FFFD. One pass for every version: the
 * output is written in place (at most 3 bytes per input byte: "\\," or
 * U+FFFD), eight bytes at a time while no byte needs a look. */
static void escape_with(struct strbuf *out, const char *s, const struct escape_rules *r)
{
    if (!s)
        return;
    size_t len = strlen(s);
    if (out->cap - out->len <= 3 * len)
        strbuf_reserve(out, 3 * len);
    const unsigned char *u = (const unsigned char *)s, *end = u + len;
    char *o = out->buf + out->len;
    while (u < end) {
        /* Store 16 or 8 bytes, keep the plain ones: o stays within 3 bytes
         * per byte read, so they fit while as many are left to read. */
        size_t k = 16;
#if defined(__SSE2__)
        while (k == 16 && end - u >= 16) {
            memcpy(o, u, 16);
            k = sse2_plain(u);
            u += k;
            o += k;
        }
#endif
        while (k >= 8 && end - u >= 8) {
            uint64_t x;
            memcpy(&x, u, 8);
            memcpy(o, &x, 8);
            k = swar_plain(x);
            u += k;
            o += k;
        }
        if (u == end)
            break;
        unsigned c = *u;
        size_t n = 1;
        if (c >= 0xC3 && c <= 0xDF && (u[1] & 0xC0) == 0x80) {
            /* the accented letters of French text, U+00C0-U+07FF */
            o[0] = (char)c;
            o[1] = (char)u[1];
            o += 2;
            n = 2;
        } else if (c == '\r' || c == '\n') {
            n = c == '\r' && u[1] == '\n' ? 2 : 1;
            memcpy(o, r->newline, 2); /* "\\n", or "\n" and its NUL */
            o += r->newline_len;
        } else if ((c == '\\' && r->backslash) || (c == ',' && r->comma) ||
                   (c == ';' && r->semicolon)) {
            *o++ = '\\';
            *o++ = (char)c;
        } else if (c < 0x20 || c == 0x7F) {
            *o++ = ' ';
        } else if (c < 0x80) {
            *o++ = (char)c;
        } else if ((n = utf8_seq_len(u)) == 0) {
            memcpy(o, "\xEF\xBF\xBD", 3);
            o += 3;
            n = 1;
        } else if (c == 0xC2 && u[1] < 0xA0) {
            *o++ = ' ';
        } else if (c == 0xE2 && u[1] == 0x80 && (u[2] == 0xA8 || u[2] == 0xA9)) {
            /* U+2028, U+2029: some readers split lines on them */
            memcpy(o, r->newline, 2);
            o += r->newline_len;
        } else {
            memcpy(o, u, n);
            o += n;
        }
        u += n;
    }
    out->len = (size_t)(o - out->buf);
    out->buf[out->len] = '\0';
}

void vcard_escape_text(struct strbuf *out, const char *s, bool semicolon)
{
    escape_with(out, s, semicolon ? &text_semi_rules : &text_rules);
}

void vcard_escape(struct strbuf *out, const char *s)
{
    vcard_escape_text(out, s, true);
}

void vcard_escape_40(struct strbuf *out, const char *s)
{
    vcard_escape_text(out, s, false);
}

void vcard_escape_21(struct strbuf *out, const char *s, bool component)
{
    escape_with(out, s, component ? &v21_component_rules : &v21_rules);
}

void vcard_param_value(struct strbuf *out, const char *s, enum vcard_version v)
{
    struct strbuf val = STRBUF_INIT;
    bool quote = false;
    while (s && *s) {
        size_t run = plain_run(s, &stop_param);
        if (run) {
            strbuf_add(&val, s, run);
            s += run;
            if (!*s)
                break;
        }
        size_t nl = newline_len(s);
        if (nl) {
            /* RFC 6868: a newline in a 4.0 parameter value is ^n */
            strbuf_puts(&val, v == VCARD_40 ? "^n" : " ");
            s += nl;
            continue;
        }
        int32_t cp;
        size_t n = vcard_next_char(s, &cp);
        if (cp == ',' || cp == ';' || cp == ':')
            quote = true;
        if (is_control(cp))
            strbuf_putc(&val, ' ');
        else if (cp == '"')
            strbuf_puts(&val, v == VCARD_40 ? "^'" : "'");
        else if (cp == '^' && v == VCARD_40)
            strbuf_puts(&val, "^^");
        else if (cp == 0xFFFD && n == 1)
            strbuf_puts(&val, "\xEF\xBF\xBD");
        else
            strbuf_add(&val, s, n);
        s += n;
    }
    if (quote)
        strbuf_putc(out, '"');
    strbuf_add(out, strbuf_str(&val), val.len);
    if (quote)
        strbuf_putc(out, '"');
    strbuf_free(&val);
}

/* Length of the white space str_trim strips at u: ASCII, U+00A0, U+202F. */
static size_t space_at(const unsigned char *u)
{
    if (ascii_isspace(u[0]))
        return 1;
    if (u[0] == 0xC2 && u[1] == 0xA0)
        return 2;
    if (u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0xAF)
        return 3;
    return 0;
}

/* s without its leading and trailing white space, as str_trim cuts it, as
 * (pointer, length) instead of a copy. */
static const char *trim_span(const char *s, size_t *len)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t k;
    while ((k = space_at(u)) > 0)
        u += k;
    size_t end = strlen((const char *)u);
    while (end > 0) {
        if (ascii_isspace(u[end - 1]))
            end--;
        else if (end >= 2 && u[end - 2] == 0xC2 && u[end - 1] == 0xA0)
            end -= 2;
        else if (end >= 3 && u[end - 3] == 0xE2 && u[end - 2] == 0x80 &&
                 u[end - 1] == 0xAF)
            end -= 3;
        else
            break;
    }
    *len = end;
    return (const char *)u;
}

/* A URI value (URL, SOURCE), trimmed: URIs are not text-escaped, so every
 * byte that could end the line or is not a URI character is percent-encoded
 * (RFC 3986 2.1), the bytes util.c's uri_escape encodes. */
void vcard_add_uri(struct strbuf *out, const char *s)
{
    static const char hex[] = "0123456789ABCDEF";
    /* the printable ASCII bytes that are encoded: " < > \ ^ ` { | } */
    static const struct byteset special = {BS_BIT('"') | BS_BIT('<') | BS_BIT('>'),
                                           BS_BITH('\\') | BS_BITH('^') | BS_BITH('`') |
                                               BS_BITH('{') | BS_BITH('|') |
                                               BS_BITH('}')};
    size_t n;
    const unsigned char *u = (const unsigned char *)trim_span(s, &n);
    strbuf_reserve(out, 3 * n);
    char *o = out->buf + out->len;
    for (size_t i = 0; i < n; i++) {
        unsigned c = u[i];
        if (c <= 0x20 || c >= 0x7F ||
            (c < 64 ? special.lo >> c & 1 : special.hi >> (c - 64) & 1)) {
            *o++ = '%';
            *o++ = hex[c >> 4];
            *o++ = hex[c & 15];
        } else {
            *o++ = (char)c;
        }
    }
    out->len = (size_t)(o - out->buf);
    out->buf[out->len] = '\0';
}

/* ---- folding -------------------------------------------------------------- */

static bool is_utf8_cont(char c)
{
    return ((unsigned char)c & 0xC0) == 0x80;
}

/* True when cutting line before c would separate a backslash escape ("\n",
 * "\,") from its letter: an odd run of backslashes ends at c - 1. */
static bool splits_escape(const char *line, size_t pos, size_t c)
{
    size_t bs = 0;
    while (c - bs > pos && line[c - bs - 1] == '\\')
        bs++;
    return bs % 2 == 1;
}

/* Where to end the physical line that starts at pos (len - pos > budget). */
static size_t fold_cut(const char *line, size_t pos, size_t budget)
{
    size_t cut = pos + budget;
    while (cut > pos && is_utf8_cont(line[cut]))
        cut--;
    if (splits_escape(line, pos, cut) && cut - 1 > pos)
        cut--;
    if (cut == pos) /* cannot happen on valid UTF-8 */
        return pos + budget;
    /* Importers that trim lines would lose a space at either side of the
     * fold: step back (at most 10 octets) to a cut between two non-spaces. */
    for (size_t c = cut; c > pos + budget - 10;) {
        if (line[c - 1] != ' ' && line[c] != ' ' && !splits_escape(line, pos, c))
            return c;
        c--;
        while (c > pos && is_utf8_cont(line[c]))
            c--;
    }
    return cut;
}

void vcard_fold(struct strbuf *out, const char *line, size_t len)
{
    size_t pos = 0;
    bool first = true;
    do {
        size_t budget = first ? FOLD_OCTETS : FOLD_OCTETS - 1;
        size_t cut = len - pos > budget ? fold_cut(line, pos, budget) : len;
        if (!first)
            strbuf_putc(out, ' ');
        strbuf_add(out, line + pos, cut - pos);
        strbuf_add(out, "\r\n", 2);
        pos = cut;
        first = false;
    } while (pos < len);
}

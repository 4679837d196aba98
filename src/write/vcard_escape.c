/* vCard writer: escaping (one function per syntax), URI values and folding
 * of the text vcard.c writes; UTF-8 text in, vCard text appended to a strbuf. */
#include "write/vcard_int.h"

#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "base/text.h"
#include "base/util.h"

/* ---- UTF-8 ---------------------------------------------------------------- */

/* Decode the character at s (NUL-terminated); returns its byte length (>= 1
 * when *s != 0). Invalid bytes count one each and decode as U+FFFD. */
size_t vcard_next_char(const char *s, int32_t *cp)
{
    size_t i = 0;
    int32_t c = text_next_cp(s, &i);
    *cp = c < 0 ? 0xFFFD : c;
    return i;
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
 * characters get a backslash. special holds them (padded with DEL, which
 * stops the scan anyway): the ASCII bytes, besides C0 and DEL, at which the
 * 16-byte scan of escape_with stops. */
struct escape_rules {
    const char *newline;
    size_t newline_len;
    unsigned char special[3];
};

/* 3.0/4.0 text: "\\", "\," and a line break as "\n"; ";" too in 3.0 and in
 * the components of N, ADR, ORG (RFC 6350 3.4 leaves it optional in other
 * 4.0 text, and ical.js, Thunderbird's parser, shows the backslash there). */
static const struct escape_rules text_rules = {"\\n", 2, {',', '\\', 0x7F}};
static const struct escape_rules text_semi_rules = {"\\n", 2, {',', ';', '\\'}};
/* 2.1 (quoted-printable carries line breaks): only ";" in components, and a
 * backslash there, so that "Dupont\" + ";" does not read "\;". */
static const struct escape_rules v21_rules = {"\n", 1, {0x7F, 0x7F, 0x7F}};
static const struct escape_rules v21_component_rules = {"\n", 1, {';', '\\', 0x7F}};

/* Bit i (0-15) set when byte i of the 16 at u stops the plain copy of
 * escape_with: a C0 control, DEL, one of r->special, or a byte from 0x80
 * that is not part of a two-byte character U+00A0-U+07FF whose two bytes
 * both lie in the 16 (C2 A0..BF, C3..DF 80..BF: the accented letters of
 * French text). Such a pair is copied as it is; every other stop goes
 * through escape_with's character-by-character path. The portable version,
 * byte by byte; sse2_stops computes the same with vector compares. */
static inline unsigned scalar_stops(const unsigned char *u, const struct escape_rules *r)
{
    unsigned m = 0;
    for (unsigned i = 0; i < 16; i++) {
        unsigned c = u[i];
        if (c < 0x80) {
            if (c < 0x20 || c == 0x7F || c == r->special[0] || c == r->special[1] ||
                c == r->special[2])
                m |= 1u << i;
        } else if (i < 15 && c >= 0xC2 && c <= 0xDF && (u[i + 1] & 0xC0) == 0x80 &&
                   (c != 0xC2 || u[i + 1] >= 0xA0)) {
            i++; /* a pair, kept */
        } else {
            m |= 1u << i;
        }
    }
    return m;
}

#if defined(__SSE2__)
/* The constants of sse2_stops, set once per string. */
struct sse2_consts {
    __m128i space, del, sp0, sp1, sp2, c1, e0, c0, a0, c2;
};

static inline void sse2_init(struct sse2_consts *k, const struct escape_rules *r)
{
    k->space = _mm_set1_epi8(0x20);
    k->del = _mm_set1_epi8(0x7F);
    k->sp0 = _mm_set1_epi8((char)r->special[0]);
    k->sp1 = _mm_set1_epi8((char)r->special[1]);
    k->sp2 = _mm_set1_epi8((char)r->special[2]);
    k->c1 = _mm_set1_epi8((char)0xC1);
    k->e0 = _mm_set1_epi8((char)0xE0);
    k->c0 = _mm_set1_epi8((char)0xC0);
    k->a0 = _mm_set1_epi8((char)0xA0);
    k->c2 = _mm_set1_epi8((char)0xC2);
}

/* scalar_stops with vector compares (signed: 0x80 is -128, so "< 0x20"
 * holds for C0 and every byte from 0x80, "< 0xC0" for 80..BF). */
static inline unsigned sse2_stops(const unsigned char *u, const struct sse2_consts *k)
{
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)u);
    __m128i hit = _mm_or_si128(
        _mm_or_si128(_mm_cmplt_epi8(x, k->space), _mm_cmpeq_epi8(x, k->del)),
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, k->sp0), _mm_cmpeq_epi8(x, k->sp1)),
                     _mm_cmpeq_epi8(x, k->sp2)));
    if (_mm_movemask_epi8(x) == 0)
        return (unsigned)_mm_movemask_epi8(hit);
    /* byte i of next is byte i + 1 of x, 0 (no continuation) for the last */
    __m128i next = _mm_srli_si128(x, 1);
    __m128i lead = _mm_and_si128(_mm_cmpgt_epi8(x, k->c1), _mm_cmplt_epi8(x, k->e0));
    __m128i c1 = _mm_and_si128(_mm_cmpeq_epi8(x, k->c2), _mm_cmplt_epi8(next, k->a0));
    __m128i pair = _mm_andnot_si128(c1, _mm_and_si128(lead, _mm_cmplt_epi8(next, k->c0)));
    __m128i kept = _mm_or_si128(pair, _mm_slli_si128(pair, 1));
    return (unsigned)_mm_movemask_epi8(_mm_andnot_si128(kept, hit));
}
#endif

/* Append s escaped by the rules; other control characters (C0, DEL, C1)
 * become a space, an invalid byte U+FFFD. One pass for every version: the
 * output is written in place (at most 3 bytes per input byte: "\\," or
 * U+FFFD), 16 bytes at a time up to the next stop (see scalar_stops). */
static void escape_with(struct strbuf *out, const char *s, const struct escape_rules *r)
{
    if (!s)
        return;
    size_t len = strlen(s);
    /* 16 more: a block is stored whole before the plain part is kept */
    if (out->cap - out->len <= 3 * len + 16)
        strbuf_reserve(out, 3 * len + 16);
    const unsigned char *u = (const unsigned char *)s, *end = u + len;
    char *o = out->buf + out->len;
#if defined(__SSE2__)
    struct sse2_consts kc;
    sse2_init(&kc, r);
#define STOPS16(p) sse2_stops(p, &kc)
#else
#define STOPS16(p) scalar_stops(p, r)
#endif
    while (u < end) {
        size_t left = (size_t)(end - u), k;
        if (left >= 16) {
            memcpy(o, u, 16);
            unsigned m = STOPS16(u);
            k = m == 0 ? 16 : (size_t)__builtin_ctz(m);
        } else {
            /* the tail, padded with plain bytes: a lead byte at its end
             * has no continuation in the block and stops */
            unsigned char tail[16];
            memset(tail, 'a', 16);
            memcpy(tail, u, left);
            memcpy(o, tail, 16);
            unsigned m = STOPS16(tail) | 1u << left;
            k = (size_t)__builtin_ctz(m);
        }
        u += k;
        o += k;
        if (k == 16 || u == end)
            continue;
        unsigned c = *u;
        size_t n = 1;
        if (c < 0x80) {
            /* only controls, DEL and r->special stop among ASCII */
            if (c == '\r' || c == '\n') {
                n = c == '\r' && u[1] == '\n' ? 2 : 1;
                memcpy(o, r->newline, 2); /* "\\n", or "\n" and its NUL */
                o += r->newline_len;
            } else if (c < 0x20 || c == 0x7F) {
                *o++ = ' ';
            } else {
                *o++ = '\\';
                *o++ = (char)c;
            }
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
#undef STOPS16
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

/* A URI value (URL, SOURCE), trimmed: URIs are not text-escaped, so every
 * byte that could end the line or is not a URI character is percent-encoded
 * (RFC 3986 2.1), the bytes util.c's uri_escape encodes. */
void vcard_add_uri(struct strbuf *out, const char *s)
{
    static const char hex[] = "0123456789ABCDEF";
    /* the printable ASCII bytes that are encoded: " < > \ ^ ` { | }, and "," and
     * ";", which vobject (hence Radicale and khard) takes for separators in
     * URL and SOURCE and cuts the address at (RFC 3986 2.2 lets a URI
     * carry them percent-encoded) */
    static const struct byteset special = {
        BS_BIT('"') | BS_BIT('<') | BS_BIT('>') | BS_BIT(',') | BS_BIT(';'),
        BS_BITH('\\') | BS_BITH('^') | BS_BITH('`') | BS_BITH('{') | BS_BITH('|') |
            BS_BITH('}')};
    size_t n;
    const unsigned char *u = (const unsigned char *)str_trim_view(s, &n);
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
    /* each physical line adds at most 3 bytes (" " and CRLF) and holds at
     * least one of line's, so 4 * len + 2 always fits; written in place */
    if (out->cap - out->len <= 4 * len + 2)
        strbuf_reserve(out, 4 * len + 2);
    char *o = out->buf + out->len;
    size_t pos = 0, budget = FOLD_OCTETS;
    for (;;) {
        size_t cut = len - pos > budget ? fold_cut(line, pos, budget) : len;
        memcpy(o, line + pos, cut - pos);
        o += cut - pos;
        o[0] = '\r';
        o[1] = '\n';
        o += 2;
        pos = cut;
        if (pos >= len)
            break;
        *o++ = ' ';
        budget = FOLD_OCTETS - 1;
    }
    out->len = (size_t)(o - out->buf);
    *o = '\0';
}

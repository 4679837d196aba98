/* First stage of the pipeline: the bytes of a file, in whatever charset, become NFC
 * UTF-8 text with "\n" line ends that split.c cuts into entries. UTF-8, UTF-16/32,
 * Windows-1252 and Latin-1 are decoded by hand, other charsets by iconv
 * (decode_iconv.c); NFC is decode_nfc.c's. */
#include "read/decode_int.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "base/util.h"

/* ------------------------------------------------------------------------ */
/* Output under construction                                                 */

/* Our own decoders reserve the worst-case size up front from the input length,
 * so their loops never check the capacity. */
struct out {
    char *p;
    size_t len;
    size_t first_unsafe; /* output offset of the first code point NFC may change */
    bool needs_nfc;
    bool own;        /* decoded by utf8_decode or sbcs_decode (not iconv, not wide) */
    bool bom_inside; /* a U+FEFF was dropped after the first output byte */
};

/* Why a decoder stopped early. */
enum bad {
    BAD_NONE,
    BAD_NUL,       /* U+0000 */
    BAD_INVALID,   /* byte or code unit not allowed in the charset */
    BAD_TRUNCATED, /* input ends inside a character */
};

static inline void out_mark(struct out *o, uint32_t c)
{
    if (!o->needs_nfc && !cp_nfc_safe(c)) {
        o->needs_nfc = true;
        o->first_unsafe = o->len;
    }
}

/* Append code point c (valid, not a surrogate) as UTF-8. */
static inline void out_cp(struct out *o, uint32_t c)
{
    unsigned char *q = (unsigned char *)o->p + o->len;
    if (c < 0x80) {
        q[0] = (unsigned char)c;
        o->len += 1;
        return;
    }
    out_mark(o, c);
    if (c < 0x800) {
        q[0] = (unsigned char)(0xC0 | (c >> 6));
        q[1] = (unsigned char)(0x80 | (c & 0x3F));
        o->len += 2;
    } else if (c < 0x10000) {
        q[0] = (unsigned char)(0xE0 | (c >> 12));
        q[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
        q[2] = (unsigned char)(0x80 | (c & 0x3F));
        o->len += 3;
    } else {
        q[0] = (unsigned char)(0xF0 | (c >> 18));
        q[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
        q[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
        q[3] = (unsigned char)(0x80 | (c & 0x3F));
        o->len += 4;
    }
}

/* ------------------------------------------------------------------------ */
/* Errors                                                                    */

int decode_fail(struct fiche_error *err, const char *source, int line, long col,
                size_t off, const char *fmt, ...)
{
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    bool fresh = err && err->code == 0;
    fiche_error_set(err, FICHE_EDECODE, source, line, (int)col, "%s", msg);
    if (fresh)
        err->byte_offset = (long)off;
    return FICHE_EDECODE;
}

/* Read one code unit of width w (1, 2 or 4 bytes) at b. */
static inline uint32_t unit_at(const unsigned char *b, int w, bool be)
{
    switch (w) {
    case 1:
        return b[0];
    case 2:
        return be ? (uint32_t)b[0] << 8 | b[1] : (uint32_t)b[1] << 8 | b[0];
    default:
        return be ? (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 |
                        b[3]
                  : (uint32_t)b[3] << 24 | (uint32_t)b[2] << 16 | (uint32_t)b[1] << 8 |
                        b[0];
    }
}

/* Line (1-based) and byte column (1-based) of input offset off, counting LF,
 * CR and CRLF as line ends in code units of width w from offset start (after a
 * BOM). Only run on the error path. */
static void locate(const unsigned char *b, size_t start, size_t off, int w, bool be,
                   int *line, long *col)
{
    int ln = 1;
    size_t ls = start;
    for (size_t i = start; i + (size_t)w <= off; i += (size_t)w) {
        uint32_t u = unit_at(b + i, w, be);
        if (u == '\n' || u == '\r') {
            if (u == '\r' && i + 2 * (size_t)w <= off &&
                unit_at(b + i + w, w, be) == '\n')
                i += (size_t)w;
            ln++;
            ls = i + (size_t)w;
        }
    }
    *line = ln;
    *col = (long)(off - ls) + 1;
}

/* ------------------------------------------------------------------------ */
/* UTF-8                                                                     */

/* Copy to q the bytes of b[0..n) before the first NUL, CR or byte >= 0x80,
 * sixteen or eight at a time (q must have room for n bytes: it may receive up
 * to 15 bytes past the run); returns their number. Such bytes mean themselves
 * in UTF-8 and the single-byte charsets. */
static inline size_t plain_run(const unsigned char *b, size_t n, unsigned char *q)
{
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    size_t i = 0;
#if defined(__SSE2__)
    /* Sixteen at a time: the sign bits flag bytes >= 0x80, the compares NUL
     * and CR. */
    const __m128i cr = _mm_set1_epi8('\r'), zero = _mm_setzero_si128();
    while (n - i >= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(b + i));
        _mm_storeu_si128((__m128i *)(void *)(q + i), v);
        __m128i special =
            _mm_or_si128(v, _mm_or_si128(_mm_cmpeq_epi8(v, cr), _mm_cmpeq_epi8(v, zero)));
        unsigned stop = (unsigned)_mm_movemask_epi8(special);
        if (stop != 0)
            return i + (size_t)__builtin_ctz(stop);
        i += 16;
    }
#endif
    while (n - i >= 8) {
        /* A zero byte in w or in w ^ CRs is detected exactly by
         * (v - ones) & ~v & highs; the lowest flagged byte is exact (the
         * borrow only spreads upwards). */
        uint64_t w, x;
        memcpy(&w, b + i, 8);
        x = w ^ (ones * '\r');
        uint64_t stop = (w | ((w - ones) & ~w) | ((x - ones) & ~x)) & highs;
        memcpy(q + i, b + i, 8);
        if (stop != 0) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
            i += (size_t)__builtin_ctzll(stop) / 8;
#endif
            return i;
        }
        i += 8;
    }
    return i;
}

/* Is output position q (in o->p) at the start of a line? There U+FEFF is a
 * byte-order mark, not text: the second file of "cat a.md b.md", both saved
 * with a BOM, has one before its "# " heading. Decoders drop it. */
static inline bool bom_here(const struct out *o, const char *q)
{
    return q == o->p || q[-1] == '\n';
}

/* Copy strict UTF-8 b[0..n) into o (capacity >= n + 1), converting CRLF and CR
 * to LF. Returns BAD_NONE, or the reason with the offset in *bad_off. */
static enum bad utf8_decode(struct out *o, const unsigned char *b, size_t n,
                            size_t *bad_off)
{
    unsigned char *q = (unsigned char *)o->p + o->len;
    size_t i = 0;
    while (i < n) {
        size_t run = plain_run(b + i, n - i, q);
        q += run;
        i += run;
        if (i == n)
            break;
        unsigned c = b[i];
        if (c >= 0x20 && c < 0x80) {
            *q++ = (unsigned char)c;
            i++;
            continue;
        }
        if (c < 0x20) {
            if (c == 0) {
                *bad_off = i;
                o->len = (size_t)((char *)q - o->p);
                return BAD_NUL;
            }
            if (c == '\r') {
                *q++ = '\n';
                i++;
                if (i < n && b[i] == '\n')
                    i++;
                continue;
            }
            *q++ = (unsigned char)c;
            i++;
            continue;
        }
        uint32_t cp = 0;
        int k = utf8_seq(b + i, n - i, &cp);
        if (k <= 0) {
            *bad_off = i;
            o->len = (size_t)((char *)q - o->p);
            return k < 0 ? BAD_TRUNCATED : BAD_INVALID;
        }
        if (cp == 0xFEFF && bom_here(o, (char *)q)) {
            if ((char *)q != o->p)
                o->bom_inside = true;
            i += (size_t)k;
            continue;
        }
        if (!o->needs_nfc && !cp_nfc_safe(cp)) {
            o->needs_nfc = true;
            o->first_unsafe = (size_t)((char *)q - o->p);
        }
        memcpy(q, b + i, (size_t)k);
        q += k;
        i += (size_t)k;
    }
    o->len = (size_t)((char *)q - o->p);
    return BAD_NONE;
}

/* ------------------------------------------------------------------------ */
/* Single-byte charsets                                                      */

/* Windows-1252 0x80-0x9F; 0 marks the five undefined bytes. */
static const uint16_t cp1252_high[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

/* Decode Windows-1252 (cp1252 true) or ISO-8859-1 into o (capacity >= 3n + 1):
 * ASCII is copied as is, 0xA0-0xFF (and ISO-8859-1's 0x80-0x9F) are U+0080-U+00FF
 * in two bytes, Windows-1252's 0x80-0x9F go through cp1252_high. Every
 * character of both charsets is NFC-safe (below U+0300, or punctuation,
 * currency and U+2122). */
static enum bad sbcs_decode(struct out *o, const unsigned char *b, size_t n, bool cp1252,
                            size_t *bad_off)
{
    unsigned char *q = (unsigned char *)o->p + o->len;
    for (size_t i = 0; i < n; i++) {
        size_t k = plain_run(b + i, n - i, q);
        q += k;
        i += k;
        if (i == n)
            break;
        unsigned c = b[i];
        if (c >= 0xA0 || (c >= 0x80 && !cp1252)) {
            q[0] = (unsigned char)(0xC0 | (c >> 6));
            q[1] = (unsigned char)(0x80 | (c & 0x3F));
            q += 2;
            continue;
        }
        if (c >= 0x80) {
            uint32_t u = cp1252_high[c - 0x80];
            if (u == 0) {
                *bad_off = i;
                o->len = (size_t)((char *)q - o->p);
                return BAD_INVALID;
            }
            o->len = (size_t)((char *)q - o->p);
            out_cp(o, u);
            q = (unsigned char *)o->p + o->len;
            continue;
        }
        if (c == 0) {
            *bad_off = i;
            o->len = (size_t)((char *)q - o->p);
            return BAD_NUL;
        }
        if (c == '\r') {
            *q++ = '\n';
            if (i + 1 < n && b[i + 1] == '\n')
                i++;
            continue;
        }
        *q++ = (unsigned char)c;
    }
    o->len = (size_t)((char *)q - o->p);
    return BAD_NONE;
}

/* ------------------------------------------------------------------------ */
/* UTF-16 and UTF-32                                                         */

/* Decode UTF-16 (w 2) or UTF-32 (w 4) code units b[start..n) into o (capacity
 * >= 4 bytes per code unit + 1). Truncation (n - start not a multiple of w) is checked by
 * the caller. */
static enum bad wide_decode(struct out *o, const unsigned char *b, size_t start, size_t n,
                            int w, bool be, size_t *bad_off)
{
    size_t i = start;
    while (i + (size_t)w <= n) {
        uint32_t c = unit_at(b + i, w, be);
        size_t at = i;
        i += (size_t)w;
        if (w == 2 && c >= 0xD800 && c <= 0xDBFF) {
            if (i + 2 > n) {
                *bad_off = at;
                return BAD_TRUNCATED;
            }
            uint32_t lo = unit_at(b + i, 2, be);
            if (lo < 0xDC00 || lo > 0xDFFF) {
                *bad_off = at;
                return BAD_INVALID;
            }
            i += 2;
            c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
        } else if ((c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) {
            *bad_off = at;
            return BAD_INVALID;
        }
        if (c == 0) {
            *bad_off = at;
            return BAD_NUL;
        }
        if (c == '\r') {
            o->p[o->len++] = '\n';
            if (i + (size_t)w <= n && unit_at(b + i, w, be) == '\n')
                i += (size_t)w;
            continue;
        }
        if (c == 0xFEFF && bom_here(o, o->p + o->len))
            continue;
        out_cp(o, c);
    }
    return BAD_NONE;
}

/* ------------------------------------------------------------------------ */
/* Charset names                                                             */

enum charset {
    CS_AUTO,
    CS_UTF8,
    CS_CP1252,
    CS_LATIN1,
    CS_UTF16, /* BOM, else big-endian (RFC 2781) */
    CS_UTF16LE,
    CS_UTF16BE,
    CS_UTF32,
    CS_UTF32LE,
    CS_UTF32BE,
    CS_ICONV,
};

/* Recognise the charsets decoded by hand, whatever their spelling
 * ("utf8", "UTF-8", "cp1252", "Windows-1252", "latin1", "ISO_8859-1"). */
static enum charset charset_of(const char *name)
{
    static const struct {
        const char *key;
        enum charset cs;
    } names[] = {
        {"AUTO", CS_AUTO},       {"UTF8", CS_UTF8},           {"WINDOWS1252", CS_CP1252},
        {"CP1252", CS_CP1252},   {"ISO88591", CS_LATIN1},     {"LATIN1", CS_LATIN1},
        {"L1", CS_LATIN1},       {"ISO885911987", CS_LATIN1}, {"UTF16", CS_UTF16},
        {"UTF16LE", CS_UTF16LE}, {"UTF16BE", CS_UTF16BE},     {"UTF32", CS_UTF32},
        {"UTF32LE", CS_UTF32LE}, {"UTF32BE", CS_UTF32BE},
    };
    char key[24];
    size_t k = 0;
    for (const char *p = name; *p; p++) {
        if (*p == '-' || *p == '_' || *p == ' ' || *p == ':')
            continue;
        if (k + 1 >= sizeof key)
            return CS_ICONV;
        key[k++] = (char)ascii_toupper((unsigned char)*p);
    }
    key[k] = '\0';
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(key, names[i].key) == 0)
            return names[i].cs;
    return CS_ICONV;
}

/* ------------------------------------------------------------------------ */
/* decode_to_utf8                                                            */

/* Turn a decoder's stop reason into an error. w/be describe the code units for
 * locating the line; start is where decoding began (after a BOM). */
static int report_bad(enum bad why, const unsigned char *b, size_t n, size_t start,
                      size_t off, int w, bool be, const char *csname, const char *source,
                      struct fiche_error *err)
{
    int line;
    long col;
    locate(b, start, off, w, be, &line, &col);
    switch (why) {
    case BAD_NUL:
        return decode_fail(err, source, line, col, off, "NUL character at byte %zu", off);
    case BAD_TRUNCATED:
        return decode_fail(err, source, line, col, off,
                           "truncated %s sequence at byte %zu", csname, off);
    default:
        break;
    }
    if (w == 1)
        return decode_fail(err, source, line, col, off,
                           "invalid byte 0x%02X for %s at byte %zu", (unsigned)b[off],
                           csname, off);
    uint32_t u = unit_at(b + off, w, be);
    (void)n;
    return decode_fail(err, source, line, col, off,
                       "invalid code unit 0x%0*X for %s at byte %zu", w * 2, (unsigned)u,
                       csname, off);
}

/* Decode UTF-16/32 from start; checks the length is whole code units. */
static int wide_to_utf8(struct out *o, const unsigned char *b, size_t n, size_t start,
                        int w, bool be, const char *csname, const char *source,
                        struct fiche_error *err)
{
    size_t rem = (n - start) % (size_t)w;
    o->p = xmalloc((n - start) / (size_t)w * 4 + 1);
    size_t bad_off = 0;
    enum bad why = wide_decode(o, b, start, n - rem, w, be, &bad_off);
    if (why == BAD_NONE && rem != 0) {
        why = BAD_TRUNCATED;
        bad_off = n - rem;
    }
    if (why != BAD_NONE)
        return report_bad(why, b, n, start, bad_off, w, be, csname, source, err);
    return 0;
}

/* Strict UTF-8 from start; on failure, *why and *bad_off tell where. */
static enum bad utf8_to_out(struct out *o, const unsigned char *b, size_t n, size_t start,
                            size_t *bad_off)
{
    o->p = xmalloc(n - start + 1);
    o->own = true;
    enum bad why = utf8_decode(o, b + start, n - start, bad_off);
    *bad_off += start;
    return why;
}

static int sbcs_to_out(struct out *o, const unsigned char *b, size_t n, bool cp1252,
                       const char *source, struct fiche_error *err)
{
    o->p = xmalloc(3 * n + 1);
    o->own = true;
    size_t bad_off = 0;
    enum bad why = sbcs_decode(o, b, n, cp1252, &bad_off);
    if (why != BAD_NONE)
        return report_bad(why, b, n, 0, bad_off, 1, false,
                          cp1252 ? "WINDOWS-1252" : "ISO-8859-1", source, err);
    return 0;
}

/* Auto mode: BOM, else strict UTF-8, else Windows-1252 with a warning. */
static int auto_to_out(struct out *o, const unsigned char *b, size_t n,
                       const char *source, struct diag_list *d, struct fiche_error *err)
{
    if (n >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0)
        return wide_to_utf8(o, b, n, 4, 4, false, "UTF-32LE", source, err);
    if (n >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF)
        return wide_to_utf8(o, b, n, 4, 4, true, "UTF-32BE", source, err);
    if (n >= 2 && b[0] == 0xFF && b[1] == 0xFE)
        return wide_to_utf8(o, b, n, 2, 2, false, "UTF-16LE", source, err);
    if (n >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        return wide_to_utf8(o, b, n, 2, 2, true, "UTF-16BE", source, err);
    bool bom = n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF;
    size_t start = bom ? 3 : 0, bad_off = 0;
    enum bad why = utf8_to_out(o, b, n, start, &bad_off);
    if (why == BAD_NONE)
        return 0;
    /* A BOM declares UTF-8, and a NUL is invalid in every charset. */
    if (bom || why == BAD_NUL)
        return report_bad(why, b, n, start, bad_off, 1, false, "UTF-8", source, err);
    int line = 0;
    long col = 0;
    if (d)
        locate(b, 0, bad_off, 1, false, &line, &col);
    free(o->p);
    memset(o, 0, sizeof *o);
    int rc = sbcs_to_out(o, b, n, true, source, err);
    if (rc == 0)
        diag_add(d, DIAG_WARNING, line, (int)col, "not UTF-8; read as Windows-1252");
    return rc;
}

/* A charset that iconv knows: convert, then check the UTF-8 it gives like any
 * other input (NUL, line ends, NFC). */
static int iconv_to_out(struct out *o, const char *code, const char *bytes, size_t n,
                        const char *source, struct fiche_error *err)
{
    char *tmp = NULL;
    size_t tlen = 0;
    int rc = decode_iconv_convert(code, bytes, n, source, &tmp, &tlen, err);
    if (rc != 0)
        return rc;
    const unsigned char *t = (const unsigned char *)tmp;
    size_t start = tlen >= 3 && t[0] == 0xEF && t[1] == 0xBB && t[2] == 0xBF ? 3 : 0;
    size_t bad_off = 0;
    enum bad why = utf8_to_out(o, t, tlen, start, &bad_off);
    o->own = false; /* what iconv gave, not the input's own bytes */
    if (why != BAD_NONE) {
        /* NUL (iconv's own output is valid UTF-8): find it in the input. */
        size_t off = decode_iconv_offset(code, bytes, n, bad_off);
        int line;
        long col;
        decode_iconv_locate(code, bytes, n, tmp, bad_off, &line, &col, off);
        rc = decode_fail(err, source, line, col, off, "%s at byte %zu",
                         why == BAD_NUL ? "NUL character" : "invalid text", off);
    }
    free(tmp);
    return rc;
}

/* decode_to_utf8, and *exact (when not NULL) as decode_piece says. */
static int decode_text(const char *bytes, size_t len, const char *from_code,
                       const char *source, char **out, size_t *out_len,
                       struct diag_list *d, struct fiche_error *err, bool *exact)
{
    if (exact)
        *exact = false;
    *out = NULL;
    *out_len = 0;
    const unsigned char *b = (const unsigned char *)bytes;
    struct out o = {0};
    enum charset cs = from_code ? charset_of(from_code) : CS_AUTO;
    int rc = 0;
    size_t bad_off = 0;
    enum bad why;
    bool be;

    switch (cs) {
    case CS_AUTO:
        rc = auto_to_out(&o, b, len, source, d, err);
        break;
    case CS_UTF8: {
        size_t start = len >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF ? 3 : 0;
        why = utf8_to_out(&o, b, len, start, &bad_off);
        if (why != BAD_NONE)
            rc = report_bad(why, b, len, start, bad_off, 1, false, "UTF-8", source, err);
        break;
    }
    case CS_CP1252:
    case CS_LATIN1:
        rc = sbcs_to_out(&o, b, len, cs == CS_CP1252, source, err);
        break;
    case CS_UTF16:
    case CS_UTF16LE:
    case CS_UTF16BE:
        be = cs == CS_UTF16BE ||
             (cs == CS_UTF16 && !(len >= 2 && b[0] == 0xFF && b[1] == 0xFE));
        rc = wide_to_utf8(&o, b, len, len >= 2 && unit_at(b, 2, be) == 0xFEFF ? 2 : 0, 2,
                          be, be ? "UTF-16BE" : "UTF-16LE", source, err);
        break;
    case CS_UTF32:
    case CS_UTF32LE:
    case CS_UTF32BE:
        be = cs == CS_UTF32BE ||
             (cs == CS_UTF32 &&
              !(len >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0));
        rc = wide_to_utf8(&o, b, len, len >= 4 && unit_at(b, 4, be) == 0xFEFF ? 4 : 0, 4,
                          be, be ? "UTF-32BE" : "UTF-32LE", source, err);
        break;
    case CS_ICONV:
        rc = iconv_to_out(&o, from_code, bytes, len, source, err);
        break;
    }
    if (rc != 0) {
        free(o.p);
        return rc;
    }
    if (exact)
        *exact = o.own && !o.needs_nfc && !o.bom_inside;
    if (o.needs_nfc) {
        *out = decode_nfc_text(o.p, o.len, o.first_unsafe, out_len);
        free(o.p);
    } else {
        o.p[o.len] = '\0';
        *out = o.p;
        *out_len = o.len;
    }
    return 0;
}

int decode_to_utf8(const char *bytes, size_t len, const char *from_code,
                   const char *source, char **out, size_t *out_len, struct diag_list *d,
                   struct fiche_error *err)
{
    return decode_text(bytes, len, from_code, source, out, out_len, d, err, NULL);
}

/* ------------------------------------------------------------------------ */
/* HTML character references                                                 */

/* Named references: all of HTML 4 Latin-1, the Latin Extended letters French
 * uses, typographic punctuation and a few symbols seen in directories. */
static const struct {
    const char *name;
    uint32_t cp;
} entities[] = {
    {"quot", 0x22},     {"amp", 0x26},      {"apos", 0x27},     {"lt", 0x3C},
    {"gt", 0x3E},       {"nbsp", 0xA0},     {"iexcl", 0xA1},    {"cent", 0xA2},
    {"pound", 0xA3},    {"curren", 0xA4},   {"yen", 0xA5},      {"brvbar", 0xA6},
    {"sect", 0xA7},     {"uml", 0xA8},      {"copy", 0xA9},     {"ordf", 0xAA},
    {"laquo", 0xAB},    {"not", 0xAC},      {"shy", 0xAD},      {"reg", 0xAE},
    {"macr", 0xAF},     {"deg", 0xB0},      {"plusmn", 0xB1},   {"sup2", 0xB2},
    {"sup3", 0xB3},     {"acute", 0xB4},    {"micro", 0xB5},    {"para", 0xB6},
    {"middot", 0xB7},   {"cedil", 0xB8},    {"sup1", 0xB9},     {"ordm", 0xBA},
    {"raquo", 0xBB},    {"frac14", 0xBC},   {"frac12", 0xBD},   {"frac34", 0xBE},
    {"iquest", 0xBF},   {"Agrave", 0xC0},   {"Aacute", 0xC1},   {"Acirc", 0xC2},
    {"Atilde", 0xC3},   {"Auml", 0xC4},     {"Aring", 0xC5},    {"AElig", 0xC6},
    {"Ccedil", 0xC7},   {"Egrave", 0xC8},   {"Eacute", 0xC9},   {"Ecirc", 0xCA},
    {"Euml", 0xCB},     {"Igrave", 0xCC},   {"Iacute", 0xCD},   {"Icirc", 0xCE},
    {"Iuml", 0xCF},     {"ETH", 0xD0},      {"Ntilde", 0xD1},   {"Ograve", 0xD2},
    {"Oacute", 0xD3},   {"Ocirc", 0xD4},    {"Otilde", 0xD5},   {"Ouml", 0xD6},
    {"times", 0xD7},    {"Oslash", 0xD8},   {"Ugrave", 0xD9},   {"Uacute", 0xDA},
    {"Ucirc", 0xDB},    {"Uuml", 0xDC},     {"Yacute", 0xDD},   {"THORN", 0xDE},
    {"szlig", 0xDF},    {"agrave", 0xE0},   {"aacute", 0xE1},   {"acirc", 0xE2},
    {"atilde", 0xE3},   {"auml", 0xE4},     {"aring", 0xE5},    {"aelig", 0xE6},
    {"ccedil", 0xE7},   {"egrave", 0xE8},   {"eacute", 0xE9},   {"ecirc", 0xEA},
    {"euml", 0xEB},     {"igrave", 0xEC},   {"iacute", 0xED},   {"icirc", 0xEE},
    {"iuml", 0xEF},     {"eth", 0xF0},      {"ntilde", 0xF1},   {"ograve", 0xF2},
    {"oacute", 0xF3},   {"ocirc", 0xF4},    {"otilde", 0xF5},   {"ouml", 0xF6},
    {"divide", 0xF7},   {"oslash", 0xF8},   {"ugrave", 0xF9},   {"uacute", 0xFA},
    {"ucirc", 0xFB},    {"uuml", 0xFC},     {"yacute", 0xFD},   {"thorn", 0xFE},
    {"yuml", 0xFF},     {"OElig", 0x152},   {"oelig", 0x153},   {"Scaron", 0x160},
    {"scaron", 0x161},  {"Yuml", 0x178},    {"fnof", 0x192},    {"circ", 0x2C6},
    {"tilde", 0x2DC},   {"ensp", 0x2002},   {"emsp", 0x2003},   {"thinsp", 0x2009},
    {"hairsp", 0x200A}, {"zwnj", 0x200C},   {"zwj", 0x200D},    {"lrm", 0x200E},
    {"rlm", 0x200F},    {"hyphen", 0x2010}, {"ndash", 0x2013},  {"mdash", 0x2014},
    {"horbar", 0x2015}, {"lsquo", 0x2018},  {"rsquo", 0x2019},  {"sbquo", 0x201A},
    {"ldquo", 0x201C},  {"rdquo", 0x201D},  {"bdquo", 0x201E},  {"dagger", 0x2020},
    {"Dagger", 0x2021}, {"bull", 0x2022},   {"hellip", 0x2026}, {"permil", 0x2030},
    {"prime", 0x2032},  {"Prime", 0x2033},  {"lsaquo", 0x2039}, {"rsaquo", 0x203A},
    {"oline", 0x203E},  {"frasl", 0x2044},  {"euro", 0x20AC},   {"trade", 0x2122},
    {"larr", 0x2190},   {"uarr", 0x2191},   {"rarr", 0x2192},   {"darr", 0x2193},
    {"harr", 0x2194},   {"minus", 0x2212},  {"phone", 0x260E},  {"check", 0x2713},
};

/* HTML5 reads &#128;-&#159; as the Windows-1252 characters of those bytes. */
static uint32_t html_numeric_fixup(uint32_t c)
{
    if (c >= 0x80 && c < 0xA0)
        return cp1252_high[c - 0x80];
    return c;
}

int decode_html_entity(const char *name, size_t nlen, char out[8])
{
    uint32_t c = 0;
    out[0] = '\0';
    if (nlen >= 2 && name[0] == '#') {
        bool hex = name[1] == 'x' || name[1] == 'X';
        size_t i = hex ? 2 : 1;
        if (i >= nlen)
            return 0;
        for (; i < nlen; i++) {
            int ch = (unsigned char)name[i], v;
            if (ascii_isdigit(ch))
                v = ch - '0';
            else if (hex && ascii_tolower(ch) >= 'a' && ascii_tolower(ch) <= 'f')
                v = ascii_tolower(ch) - 'a' + 10;
            else
                return 0;
            c = c * (hex ? 16 : 10) + (uint32_t)v;
            if (c > 0x10FFFF)
                return 0;
        }
        c = html_numeric_fixup(c);
        if (c == 0 || (c >= 0xD800 && c <= 0xDFFF))
            return 0;
    } else {
        for (size_t i = 0; i < sizeof entities / sizeof entities[0]; i++) {
            if (strncmp(entities[i].name, name, nlen) == 0 &&
                entities[i].name[nlen] == '\0') {
                c = entities[i].cp;
                break;
            }
        }
        if (c == 0)
            return 0;
    }
    struct out o = {.p = out};
    out_cp(&o, c);
    out[o.len] = '\0';
    return (int)o.len;
}

int decode_piece(const char *bytes, size_t len, const char *from_code, const char *source,
                 int first_line, size_t first_offset, char **out, size_t *out_len,
                 bool *exact, struct diag_list *d, struct fiche_error *err)
{
    size_t first_diag = d ? d->n : 0;
    bool fresh = err && err->code == 0;
    int rc = decode_text(bytes, len, from_code, source, out, out_len, d, err, exact);
    for (size_t i = first_diag; d && i < d->n; i++)
        if (d->v[i].line > 0)
            d->v[i].line += first_line - 1;
    if (rc != 0 && fresh && err->code == rc) {
        if (err->line > 0)
            err->line += first_line - 1;
        if (err->byte_offset >= 0) {
            /* Messages end with "at byte N" (see decode_fail's callers). */
            err->byte_offset += (long)first_offset;
            char *at = err->message ? strstr(err->message, " at byte ") : NULL;
            if (at) {
                *at = '\0';
                char *m = xasprintf("%s at byte %ld", err->message, err->byte_offset);
                free(err->message);
                err->message = m;
            }
        }
    }
    return rc;
}

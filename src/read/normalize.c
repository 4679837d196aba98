/* Part of the first stage (decode.c): UTF-8 input validated with utf8proc,
 * then every text, whatever charset it came from, gets "\n" line ends, loses
 * its byte-order marks and is brought to NFC by utf8proc. */
#include "read/normalize.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <utf8proc.h>

#include "base/strbuf.h"
#include "base/util.h"
#include "read/decode.h"

/* The UTF-8 sequence at b (n bytes available) is cut by the end of the input:
 * a lead byte followed by fewer continuation bytes than it announces, all
 * of them allowed there (E0 and ED, F0 and F4 restrict the second byte as
 * utf8proc does). */
static bool utf8_cut_short(const unsigned char *b, size_t n)
{
    unsigned c = b[0];
    size_t need = c >= 0xC2 && c <= 0xDF   ? 2
                  : c >= 0xE0 && c <= 0xEF ? 3
                  : c >= 0xF0 && c <= 0xF4 ? 4
                                           : 0;
    if (need == 0 || n >= need)
        return false;
    unsigned lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
    unsigned hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
    if (n >= 2 && (b[1] < lo || b[1] > hi))
        return false;
    for (size_t i = 2; i < n; i++)
        if ((b[i] & 0xC0) != 0x80)
            return false;
    return true;
}

enum bad utf8_check(const char *s, size_t n, size_t *bad_off)
{
    const unsigned char *b = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        if (b[i] < 0x80) {
            if (b[i] == 0) {
                *bad_off = i;
                return BAD_NUL;
            }
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(b + i, (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0) {
            *bad_off = i;
            return utf8_cut_short(b + i, n - i) ? BAD_TRUNCATED : BAD_INVALID;
        }
        i += (size_t)k;
    }
    return BAD_NONE;
}

/* True when NFC leaves c unchanged and c never composes with what precedes it,
 * so text made only of such code points is NFC already. Below U+0300 every code
 * point qualifies; so do general punctuation (’ “ ” – — … U+202F) and currency
 * signs (€) except U+2000/U+2001, and letterlike symbols up to U+2125.
 * test_decode checks these ranges against utf8proc. A filter only: what it
 * does not pass goes through utf8proc. */
static bool cp_nfc_safe(utf8proc_int32_t c)
{
    return c < 0x300 || (c >= 0x2002 && c <= 0x20CF) || (c >= 0x2100 && c <= 0x2125);
}

/* Does valid UTF-8 s[0..n) hold a code point that is not cp_nfc_safe()? */
static bool needs_nfc(const char *s, size_t n)
{
    const unsigned char *b = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        if (b[i] < 0xCC) { /* ASCII, continuation byte or lead of < U+0300 */
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(b + i, (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0 || !cp_nfc_safe(cp))
            return true;
        i += (size_t)k;
    }
    return false;
}

/* Append the NFC form of valid UTF-8 s[0..n) to sb. */
static void nfc_append(struct strbuf *sb, const char *s, size_t n)
{
    utf8proc_uint8_t *nfc = NULL;
    utf8proc_ssize_t r = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n,
                                      &nfc, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    if (r < 0)
        strbuf_add(sb, s, n); /* not reached: s is valid UTF-8 */
    else
        strbuf_add(sb, (const char *)nfc, (size_t)r);
    free(nfc);
}

/* NFC of valid UTF-8 s[0..n). NFC never reaches across a line feed, so only
 * the lines holding a code point that may change go through utf8proc; the
 * rest is copied. */
static char *nfc_lines(const char *s, size_t n, size_t *out_len)
{
    struct strbuf sb = STRBUF_INIT;
    strbuf_reserve(&sb, n);
    for (size_t i = 0; i < n;) {
        const char *nl = memchr(s + i, '\n', n - i);
        size_t end = nl ? (size_t)(nl - s) + 1 : n;
        if (needs_nfc(s + i, end - i))
            nfc_append(&sb, s + i, end - i);
        else
            strbuf_add(&sb, s + i, end - i);
        i = end;
    }
    *out_len = sb.len;
    return strbuf_detach(&sb);
}

char *decode_nfc(const char *s, size_t n)
{
    size_t len;
    return nfc_lines(s, n, &len);
}

/* Bytes tidy_into looks at: NUL, CR, and the lead bytes of code points from
 * U+0300 on (0xCC and up: marks, U+FEFF, the code points NFC may change).
 * Every other byte is copied as it is. */
static const unsigned char tidy_stop[256] = {
    [0] = 1,    ['\r'] = 1, [0xCC] = 1, [0xCD] = 1, [0xCE] = 1, [0xCF] = 1, [0xD0] = 1,
    [0xD1] = 1, [0xD2] = 1, [0xD3] = 1, [0xD4] = 1, [0xD5] = 1, [0xD6] = 1, [0xD7] = 1,
    [0xD8] = 1, [0xD9] = 1, [0xDA] = 1, [0xDB] = 1, [0xDC] = 1, [0xDD] = 1, [0xDE] = 1,
    [0xDF] = 1, [0xE0] = 1, [0xE1] = 1, [0xE2] = 1, [0xE3] = 1, [0xE4] = 1, [0xE5] = 1,
    [0xE6] = 1, [0xE7] = 1, [0xE8] = 1, [0xE9] = 1, [0xEA] = 1, [0xEB] = 1, [0xEC] = 1,
    [0xED] = 1, [0xEE] = 1, [0xEF] = 1, [0xF0] = 1, [0xF1] = 1, [0xF2] = 1, [0xF3] = 1,
    [0xF4] = 1,
};

/* The end of the run of bytes from i on that tidy_into copies as they are.
 * Most bytes are ASCII letters: eight at a time are let through while none
 * is below 0x20 (NUL, CR) nor 0xCC or above (a rough test: a byte that
 * passes it may still stop, one that fails it is looked at in the table). */
static size_t plain_run(const unsigned char *b, size_t i, size_t n)
{
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    for (;;) {
        while (n - i >= 8) {
            uint64_t w;
            memcpy(&w, b + i, 8);
            /* a byte < 0x20, or a byte >= 0x80 */
            if ((((w - ones * 0x20) & ~w) | w) & highs)
                break;
            i += 8;
        }
        size_t stop = n - i >= 8 ? i + 8 : n;
        for (; i < stop; i++)
            if (tidy_stop[b[i]])
                return i;
        if (i == n)
            return n;
    }
}

/* Copy s[0..n) to out (room for n + 1 bytes) with "\n" line ends and no BOM
 * at a line start; returns the length, or (size_t)-1 at a NUL (its offset in
 * *nul_at). Sets *unsafe when a code point NFC may change was seen. */
static size_t tidy_into(char *out, const char *s, size_t n, size_t *nul_at, bool *unsafe)
{
    const unsigned char *b = (const unsigned char *)s;
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        size_t run = plain_run(b, i, n);
        memcpy(out + o, s + i, run - i);
        o += run - i;
        i = run;
        if (i == n)
            break;
        if (b[i] == '\r') {
            out[o++] = '\n';
            i += i + 1 < n && b[i + 1] == '\n' ? 2 : 1;
            continue;
        }
        if (b[i] == 0) {
            *nul_at = i;
            return (size_t)-1;
        }
        utf8proc_int32_t cp = -1;
        utf8proc_ssize_t k = utf8proc_iterate(b + i, (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0)
            k = 1; /* not reached: the text is valid UTF-8 */
        if (cp == 0xFEFF && (o == 0 || out[o - 1] == '\n')) {
            i += (size_t)k; /* U+FEFF at a line start: a byte-order mark */
            continue;
        }
        *unsafe = *unsafe || !cp_nfc_safe(cp);
        memcpy(out + o, s + i, (size_t)k);
        o += (size_t)k;
        i += (size_t)k;
    }
    out[o] = '\0';
    return o;
}

/* out[0..len) (unsafe: it may need NFC) as the result, or its NFC. */
static char *nfc_result(char *out, size_t len, bool unsafe, size_t *out_len)
{
    if (unsafe) {
        char *nfc = nfc_lines(out, len, out_len);
        free(out);
        return nfc;
    }
    *out_len = len;
    return out;
}

char *cps_text(const struct cps *cp, size_t *out_len, size_t *nul_at)
{
    const uint32_t *v = cp->v;
    size_t n = cp->n, o = 0;
    char *out = xmalloc(4 * n + 1);
    bool unsafe = false;
    for (size_t i = 0; i < n; i++) {
        /* printable ASCII, the most of any text, in a tight loop */
        while (i < n && v[i] - 0x20u < 0x60u)
            out[o++] = (char)v[i++];
        if (i == n)
            break;
        uint32_t c = v[i];
        if (c == '\n' || c == '\t') {
            out[o++] = (char)c;
        } else if (c == '\r') {
            out[o++] = '\n';
            if (i + 1 < n && v[i + 1] == '\n')
                i++;
        } else if (c == 0) {
            free(out);
            *nul_at = i;
            return NULL;
        } else if (c == 0xFEFF && (o == 0 || out[o - 1] == '\n')) {
            continue; /* U+FEFF at a line start: a byte-order mark */
        } else {
            unsafe = unsafe || !cp_nfc_safe((utf8proc_int32_t)c);
            o += (size_t)utf8proc_encode_char((utf8proc_int32_t)c,
                                              (utf8proc_uint8_t *)out + o);
        }
    }
    out[o] = '\0';
    return nfc_result(out, o, unsafe, out_len);
}

char *text_tidy(const char *s, size_t n, size_t *out_len, size_t *nul_at)
{
    char *out = xmalloc(n + 1);
    bool unsafe = false;
    size_t len = tidy_into(out, s, n, nul_at, &unsafe);
    if (len == (size_t)-1) {
        free(out);
        return NULL;
    }
    return nfc_result(out, len, unsafe, out_len);
}

void byte_text_set(struct byte_text *m, size_t i, uint32_t cp)
{
    m->len[i] = 0;
    m->unsafe[i] = false;
    if (cp == UINT32_MAX || cp == 0 || cp == '\r' || cp == 0xFEFF)
        return; /* (no single byte charset maps a high byte to these) */
    utf8proc_ssize_t k =
        utf8proc_encode_char((utf8proc_int32_t)cp, (utf8proc_uint8_t *)m->utf8[i]);
    m->len[i] = (unsigned char)(k > 0 && k <= 4 ? k : 0);
    m->unsafe[i] = !cp_nfc_safe((utf8proc_int32_t)cp);
}

/* The end of the run of printable ASCII (0x20-0x7F) at u[i..n): sixteen
 * bytes at a time where SSE2 is. */
static size_t printable_run(const unsigned char *u, size_t i, size_t n)
{
#if defined(__SSE2__)
    const __m128i space = _mm_set1_epi8(0x20);
    while (n - i >= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(u + i));
        /* signed: below 0x20, and 0x80 up, are less than 0x20 */
        unsigned mask = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(v, space));
        if (mask != 0)
            return i + (size_t)__builtin_ctz(mask);
        i += 16;
    }
#endif
    while (i < n && u[i] - 0x20u < 0x60u)
        i++;
    return i;
}

char *bytes_text(const char *b, size_t n, const struct byte_text *m, size_t *out_len)
{
    const unsigned char *u = (const unsigned char *)b;
    char *out = xmalloc(4 * n + 1);
    size_t o = 0;
    bool unsafe = false;
    for (size_t i = 0; i < n; i++) {
        /* printable ASCII, the most of any text, copied in runs */
        size_t end = printable_run(u, i, n);
        memcpy(out + o, b + i, end - i);
        o += end - i;
        i = end;
        if (i == n)
            break;
        unsigned c = u[i];
        if (c == '\n' || c == '\t') {
            out[o++] = (char)c;
        } else if (c == '\r') {
            out[o++] = '\n';
            if (i + 1 < n && u[i + 1] == '\n')
                i++;
        } else if (c == 0 || (c >= 0x80 && m->len[c - 0x80] == 0)) {
            free(out); /* a NUL or an invalid byte: the general path says where */
            return NULL;
        } else if (c < 0x80) {
            out[o++] = (char)c;
        } else {
            memcpy(out + o, m->utf8[c - 0x80], m->len[c - 0x80]);
            o += m->len[c - 0x80];
            unsafe = unsafe || m->unsafe[c - 0x80];
        }
    }
    out[o] = '\0';
    return nfc_result(out, o, unsafe, out_len);
}

/* Private to the first stage (decode*.c): what the charset decoders (decode.c)
 * use of the iconv conversion (decode_iconv.c) and of NFC (decode_nfc.c). */
#ifndef FICHE_DECODE_INT_H
#define FICHE_DECODE_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "read/decode.h"

/* True when NFC leaves c unchanged and c never composes with what precedes it,
 * so text made only of such code points is NFC already. Below U+0300 every code
 * point qualifies; so do general punctuation (’ “ ” – — … U+202F) and currency
 * signs (€) except U+2000/U+2001, and letterlike symbols up to U+2125. The unit
 * test checks these ranges against utf8proc. */
static inline bool cp_nfc_safe(uint32_t c)
{
    return c < 0x300 || (c >= 0x2002 && c <= 0x20CF) || (c >= 0x2100 && c <= 0x2125);
}

/* Length of the strict UTF-8 sequence at b (n bytes available), its code point
 * in *cp; 0 when invalid (overlong, surrogate, beyond U+10FFFF, bad
 * continuation), -1 when the input ends inside a sequence that was valid so far.
 * Follows table 3-7 of the Unicode standard. */
static inline int utf8_seq(const unsigned char *b, size_t n, uint32_t *cp)
{
    unsigned c = b[0];
    int k;
    unsigned lo = 0x80, hi = 0xBF; /* allowed range of the second byte */
    if (c >= 0xC2 && c <= 0xDF) {
        k = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        k = 3;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        k = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else {
        return 0;
    }
    if (n < 2)
        return -1;
    if (b[1] < lo || b[1] > hi)
        return 0;
    uint32_t v = (uint32_t)(c & (0x7F >> k)) << 6 | (b[1] & 0x3F);
    for (int i = 2; i < k; i++) {
        if ((size_t)i >= n)
            return -1;
        if ((b[i] & 0xC0) != 0x80)
            return 0;
        v = v << 6 | (b[i] & 0x3F);
    }
    *cp = v;
    return k;
}

/* Record a decode error at input byte offset off (0-based), line and column
 * (1-based, column in input bytes from the start of the line). */
int decode_fail(struct fiche_error *err, const char *source, int line, long col,
                size_t off, const char *fmt, ...) __attribute__((format(printf, 6, 7)));

/* Input offset at which iconv from code has produced exactly outpos bytes of
 * UTF-8: where a character begins. Error path only. */
size_t decode_iconv_offset(const char *code, const char *b, size_t n, size_t outpos);

/* Line and column of the output offset outpos of an iconv conversion, the
 * column in input bytes. */
void decode_iconv_locate(const char *code, const char *b, size_t n, const char *utf8,
                         size_t outpos, int *line, long *col, size_t in_off);

/* Convert b[0..n) from code to UTF-8 with iconv into a new buffer *res of
 * *res_len bytes (not NUL-terminated), or fail with the position of the bad
 * bytes. */
int decode_iconv_convert(const char *code, const char *b, size_t n, const char *source,
                         char **res, size_t *res_len, struct fiche_error *err);

/* NFC of valid UTF-8 s[0..n), where nothing before offset from needs it. NFC
 * never reaches across a line feed, so only the lines holding a code point that
 * may change go through utf8proc; the rest is copied. Result is NUL-terminated,
 * its length in *out_len. */
char *decode_nfc_text(const char *s, size_t n, size_t from, size_t *out_len);

#endif

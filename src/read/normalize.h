/* Part of the first stage (decode.c): what becomes of UTF-8 once it is UTF-8:
 * validation of UTF-8 input, line ends, byte-order marks, NUL, NFC. */
#ifndef FICHE_NORMALIZE_H
#define FICHE_NORMALIZE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Why a text was refused. */
enum bad {
    BAD_NONE,
    BAD_NUL,       /* U+0000 */
    BAD_INVALID,   /* a byte not allowed there */
    BAD_TRUNCATED, /* the input ends inside a character */
};

/* Check that b[0..n) is strict UTF-8 (utf8proc's rules: no overlong form,
 * surrogate or code point beyond U+10FFFF) without NUL. Returns BAD_NONE, or
 * the reason with the offset of the offending byte in *bad_off. */
enum bad utf8_check(const char *b, size_t n, size_t *bad_off);

/* The text of valid UTF-8 s[0..n) as the pipeline wants it: CRLF and lone
 * CR turned into LF, U+FEFF at the start of a line dropped (a byte-order
 * mark: the second file of "cat a.md b.md" has one before its "# " heading),
 * then NFC (utf8proc). New heap string, NUL-terminated, its length in
 * *out_len; NULL when s holds a NUL character, whose offset in s is then in
 * *nul_at. */
char *text_tidy(const char *s, size_t n, size_t *out_len, size_t *nul_at);

/* Code points from iconv. */
struct cps {
    uint32_t *v;
    size_t n, cap;
};

/* The text of the code points cp->v (valid: iconv gave them) as UTF-8, with
 * what text_tidy does: LF line ends, no BOM at a line start, NFC. New heap
 * string, its length in *out_len; NULL at a NUL character, whose index in
 * cp->v is then in *nul_at. */
char *cps_text(const struct cps *cp, size_t *out_len, size_t *nul_at);

/* A single-byte charset whose bytes 0x00-0x7F are ASCII: what each byte from
 * 0x80 up is, as UTF-8 (asked of iconv by the decoder, once). */
struct byte_text {
    char utf8[128][4];      /* the UTF-8 of byte 0x80 + i */
    unsigned char len[128]; /* its length; 0 when the byte is invalid */
    bool unsafe[128];       /* NFC may change the text around it */
};

/* Byte 0x80 + i of m is code point cp (UINT32_MAX: invalid). */
void byte_text_set(struct byte_text *m, size_t i, uint32_t cp);

/* The text of b[0..n) in m's charset, with what text_tidy does (LF line
 * ends, NFC). NULL when b holds a NUL or an invalid byte: the caller's
 * general path then says where. */
char *bytes_text(const char *b, size_t n, const struct byte_text *m, size_t *out_len);

#endif

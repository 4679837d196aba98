/* Part of the first stage (decode.c): what becomes of UTF-8 once it is UTF-8:
 * validation of UTF-8 input, line ends, byte-order marks, NUL, NFC. */
#ifndef FICHE_NORMALIZE_H
#define FICHE_NORMALIZE_H

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

#endif

/* The one text module (text.h): code points, white space, case and the folds
 * extractors match with, on utf8proc. */
#include "base/text.h"

#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "base/util.h"

/* ---- code points -------------------------------------------------------- */

int32_t text_next_cp(const char *s, size_t *i)
{
    unsigned char c = (unsigned char)s[*i];
    if (c < 0x80) {
        (*i)++;
        return c;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + *i, -1, &cp);
    if (k <= 0) {
        (*i)++;
        return -1;
    }
    *i += (size_t)k;
    return cp;
}

size_t text_encode_cp(int32_t cp, char out[4])
{
    if (cp >= 0 && cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (!utf8proc_codepoint_valid(cp))
        return 0;
    return (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)out);
}

void text_put_cp(struct strbuf *b, int32_t cp)
{
    char buf[4];
    strbuf_add(b, buf, text_encode_cp(cp, buf));
}

bool text_is_upper(int32_t cp)
{
    if (cp >= 0 && cp < 0x80)
        return ascii_isupper(cp);
    return cp >= 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

bool text_is_lower(int32_t cp)
{
    if (cp >= 0 && cp < 0x80)
        return ascii_islower(cp);
    return cp >= 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

bool text_is_letter(int32_t cp)
{
    if (cp < 0)
        return false;
    if (cp < 0x80)
        return ascii_isalpha(cp);
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL ||
           c == UTF8PROC_CATEGORY_LT || c == UTF8PROC_CATEGORY_LO;
}

int32_t text_to_lower(int32_t cp)
{
    return cp < 0x80 ? ascii_tolower(cp) : utf8proc_tolower(cp);
}

int32_t text_to_upper(int32_t cp)
{
    return cp < 0x80 ? ascii_toupper(cp) : utf8proc_toupper(cp);
}

/* ---- white space -------------------------------------------------------- */

/* Length of the white space at s: ASCII space or U+00A0 / U+202F. */
static size_t space_len(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    if (ascii_isspace(u[0]))
        return 1;
    if (u[0] == 0xC2 && u[1] == 0xA0)
        return 2;
    if (u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0xAF)
        return 3;
    return 0;
}

/* Bytes that may start white space for str_squeeze (see space_len), and NUL:
 * 1 for the ASCII space, 2 for NUL and the other ASCII white space, 3 for
 * the lead bytes of U+00A0 and U+202F (which also lead "«" and "–"). */
static const unsigned char squeeze_class[256] = {
    [0] = 2,    ['\t'] = 2, ['\n'] = 2, ['\v'] = 2, ['\f'] = 2,
    ['\r'] = 2, [' '] = 1,  [0xC2] = 3, [0xE2] = 3,
};

char *str_trim(const char *s)
{
    size_t n;
    s = str_trim_view(s, &n);
    return xstrndup(s, n);
}

const char *str_trim_view(const char *s, size_t *n)
{
    size_t k;
    /* most lines start with a byte that starts no white space */
    while (squeeze_class[(unsigned char)*s] != 0 && (k = space_len(s)) > 0)
        s += k;
    /* Strip from the end: the three kinds of space cannot overlap (no byte
     * inside one starts another), so the last ones found backwards are the
     * ones a forward scan would find. */
    const unsigned char *u = (const unsigned char *)s;
    size_t end = strlen(s);
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
    *n = end;
    return s;
}

/* Length of the text at s that squeezing copies unchanged: everything up to
 * the first white space that is not one ASCII space between two other
 * characters ("a b" stays, "a  b", "a\tb", "a " do not). s does not start
 * with white space. */
static size_t squeeze_plain_len(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    for (;;) {
        while (squeeze_class[u[i]] == 0)
            i++;
        unsigned char k = squeeze_class[u[i]];
        unsigned char next = k == 1 ? squeeze_class[u[i + 1]] : 2;
        if ((k == 3 && space_len(s + i) == 0) ||
            (k == 1 && (next == 0 || (next == 3 && space_len(s + i + 1) == 0)))) {
            i++;
            continue;
        }
        return i;
    }
}

/* Write str_squeeze(s) at out (room for strlen(s) + 1 bytes); returns its
 * length. */
static size_t squeeze_into(char *out, const char *s)
{
    size_t o = 0;
    size_t k;
    while ((k = space_len(s)) > 0)
        s += k;
    /* Runs copied as they are, each run of white space after one becoming a
     * single space unless the text ends there. */
    while (*s) {
        size_t run = squeeze_plain_len(s);
        memcpy(out + o, s, run);
        o += run;
        s += run;
        while ((k = space_len(s)) > 0)
            s += k;
        if (*s)
            out[o++] = ' ';
    }
    out[o] = '\0';
    return o;
}

char *str_squeeze(const char *s)
{
    char *out = xmalloc(strlen(s) + 1);
    squeeze_into(out, s);
    return out;
}

const char *str_squeeze_to(struct strbuf *sb, const char *s)
{
    strbuf_reset(sb);
    strbuf_reserve(sb, strlen(s));
    sb->len = squeeze_into(sb->buf, s);
    return sb->buf;
}

bool str_blank(const char *s)
{
    if (!s)
        return true;
    size_t k;
    while (*s) {
        if ((k = space_len(s)) == 0)
            return false;
        s += k;
    }
    return true;
}

/* ---- folds -------------------------------------------------------------- */

/* Punctuation French typesetting varies on, as one ASCII character; 0 for
 * any other code point. */
static int fold_punct(int32_t cp)
{
    switch (cp) {
    case 0x2019:
    case 0x2018:
    case 0x02bc:
    case 0x00b4:
        return '\'';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2212:
    case 0x2192: /* "Lundi → jeudi" */
        return '-';
    case 0x00a0:
    case 0x202f:
    case 0x2009:
    case 0x2007:
    case '\t':
        return ' ';
    case 0x00ab:
    case 0x00bb:
    case 0x201c:
    case 0x201d:
        return '"';
    case 0x2026:
        return '.';
    default:
        return 0;
    }
}

size_t text_fold_cp(int32_t cp, char out[32])
{
    int a = fold_punct(cp);
    if (a) {
        out[0] = (char)a;
        return 1;
    }
    if (cp < 0x80) {
        out[0] = (char)ascii_tolower(cp);
        return 1;
    }
    utf8proc_int32_t buf[8];
    int bound = 0;
    utf8proc_ssize_t m = utf8proc_decompose_char(
        cp, buf, 8, UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK, &bound);
    if (m < 0 || m > 8) {
        out[0] = '?';
        return 1;
    }
    size_t n = 0;
    for (utf8proc_ssize_t j = 0; j < m; j++)
        n += (size_t)utf8proc_encode_char(buf[j], (utf8proc_uint8_t *)out + n);
    return n;
}

/* Room for want bytes (and their offsets) in f. */
static void fold_reserve(struct fold *f, size_t want)
{
    if (want <= f->cap)
        return;
    size_t cap = f->cap ? f->cap : 64;
    while (cap < want)
        cap *= 2;
    f->s = xrealloc(f->s, cap);
    f->orig = xrealloc(f->orig, cap * sizeof *f->orig);
    f->cap = cap;
}

void text_fold_map(const char *text, struct fold *f)
{
    size_t n = strlen(text);
    f->len = 0;
    fold_reserve(f, n + 1);
    for (size_t i = 0; i < n;) {
        size_t at = i;
        int32_t cp = text_next_cp(text, &i);
        char out[32];
        size_t m = cp < 0 ? (out[0] = '?', 1) : text_fold_cp(cp, out);
        fold_reserve(f, f->len + m + (n - i) + 1);
        for (size_t j = 0; j < m; j++) {
            f->s[f->len] = out[j];
            f->orig[f->len++] = at;
        }
    }
    f->s[f->len] = '\0';
    f->orig[f->len] = n;
}

void text_fold_free(struct fold *f)
{
    free(f->s);
    free(f->orig);
    memset(f, 0, sizeof *f);
}

char *text_fold(const char *text)
{
    struct fold f = {0};
    text_fold_map(text, &f);
    free(f.orig);
    return f.s;
}

/* Append the key part of the fold of one code point (m bytes at out): ASCII
 * letters and digits as they are, "œ" as "oe", a separator for the rest
 * (*pending: one space goes before the next letter, unless at the start). */
static void key_add(struct strbuf *sb, const char *out, size_t m, bool *pending)
{
    for (size_t j = 0; j < m; j++) {
        unsigned char c = (unsigned char)out[j];
        const char *piece = NULL;
        size_t len = 1;
        if (ascii_isalnum(c)) {
            piece = out + j;
        } else if (c == 0xC5 && j + 1 < m && (unsigned char)out[j + 1] == 0x93) {
            piece = "oe"; /* no decomposition: spelled out ("æ" stays a separator) */
            len = 2;
            j++;
        }
        if (!piece) {
            *pending = sb->len > 0;
            continue;
        }
        if (*pending)
            strbuf_putc(sb, ' ');
        *pending = false;
        strbuf_add(sb, piece, len);
    }
}

const char *str_fold_key_to(struct strbuf *sb, const char *s, size_t n)
{
    strbuf_reset(sb);
    strbuf_reserve(sb, n + 1);
    bool pending = false;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        char out[32];
        size_t m;
        if (c < 0x80) {
            out[0] = (char)ascii_tolower(c);
            m = 1;
            i++;
        } else {
            utf8proc_int32_t cp;
            utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                                  (utf8proc_ssize_t)(n - i), &cp);
            i += k > 0 ? (size_t)k : 1;
            m = k > 0 ? text_fold_cp(cp, out)
                      : (out[0] = ' ', 1); /* invalid: a separator */
        }
        key_add(sb, out, m, &pending);
    }
    return strbuf_str(sb);
}

char *str_fold_key(const char *s)
{
    struct strbuf sb = STRBUF_INIT;
    str_fold_key_to(&sb, s, strlen(s));
    return strbuf_detach(&sb);
}

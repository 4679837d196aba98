/* The one text module (text.h): code points, white space, case and the folds
 * extractors match with, on utf8proc. */
#include "base/text.h"

#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "base/text_tables.h"
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

bool text_add_plain_cp(struct strbuf *b, int32_t cp)
{
    utf8proc_int32_t buf[16];
    utf8proc_ssize_t n = utf8proc_decompose_char(
        cp, buf, 16, UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_STRIPMARK, NULL);
    if (n <= 0 || n > 16 || (n == 1 && buf[0] == cp))
        return false;
    for (utf8proc_ssize_t i = 0; i < n; i++)
        text_put_cp(b, buf[i]);
    return true;
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

const char *text_skip_symbols(const char *s)
{
    size_t i = 0, end = 0;
    while (s[i]) {
        size_t at = i;
        int32_t cp = text_next_cp(s, &i);
        if (cp == ' ') {
            continue;
        }
        /* a pictograph, or what dresses one: the emoji presentation
         * selector U+FE0F ("⚠️"), a joiner U+200D, skin tones */
        bool dress = end > 0 && (cp == 0xFE0F || cp == 0x200D ||
                                 utf8proc_category(cp) == UTF8PROC_CATEGORY_SK);
        if (!dress && (cp < 0x80 || utf8proc_category(cp) != UTF8PROC_CATEGORY_SO)) {
            i = at;
            break;
        }
        end = i;
    }
    if (end == 0)
        return s;
    while (s[end] == ' ')
        end++;
    return s + end;
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

size_t text_fold_cp_ref(int32_t cp, char out[32])
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

/* The generated entry of cp, or NULL when the tables do not hold it. */
static const struct text_cp *table_entry(int32_t cp)
{
    if (cp >= TEXT_LATIN_FIRST && cp < TEXT_LATIN_END)
        return &text_latin[cp - TEXT_LATIN_FIRST];
    if (cp >= TEXT_PUNCT_FIRST && cp < TEXT_PUNCT_END)
        return &text_punct[cp - TEXT_PUNCT_FIRST];
    return NULL;
}

size_t text_fold_cp(int32_t cp, char out[32])
{
    if (cp >= 0 && cp < 0x80) {
        out[0] = cp == '\t' ? ' ' : (char)ascii_tolower(cp);
        return 1;
    }
    const struct text_cp *t = table_entry(cp);
    if (t && (unsigned char)t->fold[0] != 0xFF) {
        size_t n = strlen(t->fold);
        memcpy(out, t->fold, n);
        return n;
    }
    return text_fold_cp_ref(cp, out);
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

/* The key state: out (reserved) gets letters and digits, and one space
 * before a letter that follows a separator (none at the start). */
struct keyw {
    char *out;
    size_t o;
    bool pending;
};

/* Add the m folded bytes at f to the key: ASCII letters and digits as they
 * are, "œ" as "oe" (it has no decomposition; "æ" stays a separator), any
 * other byte a separator. */
static void key_add(struct keyw *k, const char *f, size_t m)
{
    for (size_t j = 0; j < m; j++) {
        unsigned char c = (unsigned char)f[j];
        bool oe = c == 0xC5 && j + 1 < m && (unsigned char)f[j + 1] == 0x93;
        if (!oe && !ascii_isalnum(c)) {
            k->pending = k->o > 0;
            continue;
        }
        if (k->pending)
            k->out[k->o++] = ' ';
        k->pending = false;
        if (oe) {
            k->out[k->o++] = 'o';
            k->out[k->o++] = 'e';
            j++;
        } else {
            k->out[k->o++] = (char)c;
        }
    }
}

/* The key byte of each ASCII byte: a letter in lower case, a digit, or 0
 * (a separator). */
static const char ascii_key[128] = {
    ['0'] = '0', ['1'] = '1', ['2'] = '2', ['3'] = '3', ['4'] = '4', ['5'] = '5',
    ['6'] = '6', ['7'] = '7', ['8'] = '8', ['9'] = '9', ['A'] = 'a', ['B'] = 'b',
    ['C'] = 'c', ['D'] = 'd', ['E'] = 'e', ['F'] = 'f', ['G'] = 'g', ['H'] = 'h',
    ['I'] = 'i', ['J'] = 'j', ['K'] = 'k', ['L'] = 'l', ['M'] = 'm', ['N'] = 'n',
    ['O'] = 'o', ['P'] = 'p', ['Q'] = 'q', ['R'] = 'r', ['S'] = 's', ['T'] = 't',
    ['U'] = 'u', ['V'] = 'v', ['W'] = 'w', ['X'] = 'x', ['Y'] = 'y', ['Z'] = 'z',
    ['a'] = 'a', ['b'] = 'b', ['c'] = 'c', ['d'] = 'd', ['e'] = 'e', ['f'] = 'f',
    ['g'] = 'g', ['h'] = 'h', ['i'] = 'i', ['j'] = 'j', ['k'] = 'k', ['l'] = 'l',
    ['m'] = 'm', ['n'] = 'n', ['o'] = 'o', ['p'] = 'p', ['q'] = 'q', ['r'] = 'r',
    ['s'] = 's', ['t'] = 't', ['u'] = 'u', ['v'] = 'v', ['w'] = 'w', ['x'] = 'x',
    ['y'] = 'y', ['z'] = 'z',
};

const char *str_fold_key_to(struct strbuf *sb, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    strbuf_reset(sb);
    /* a code point of k >= 2 bytes folds to at most 8 key bytes (the
     * table's) or 32 (utf8proc's), and one space before them */
    strbuf_reserve(sb, 17 * n + 1);
    struct keyw k = {sb->buf, 0, false};
    for (size_t i = 0; i < n;) {
        if (u[i] < 0x80) {
            /* ASCII, the most of any text: its fold is itself in lower case */
            char f = ascii_key[u[i++]];
            if (f == 0) {
                k.pending = k.o > 0;
                continue;
            }
            if (k.pending)
                k.out[k.o++] = ' ';
            k.pending = false;
            k.out[k.o++] = f;
            continue;
        }
        int32_t cp2 = (u[i] & 0x1F) << 6 | (u[i + 1 < n ? i + 1 : i] & 0x3F);
        if (u[i] >= 0xC2 && u[i] < 0xCA && i + 1 < n && (u[i + 1] & 0xC0) == 0x80 &&
            cp2 < TEXT_LATIN_END) {
            /* U+0080..U+024F, the accented letters of the Latin scripts: their
             * table's fold, NUL-ended within its 8 bytes, unless marked 0xFF */
            const char *fold = text_latin[cp2 - TEXT_LATIN_FIRST].fold;
            if ((unsigned char)fold[0] != 0xFF) {
                key_add(&k, fold, strnlen(fold, sizeof text_latin[0].fold));
                i += 2;
                continue;
            }
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t len = utf8proc_iterate(u + i, (utf8proc_ssize_t)(n - i), &cp);
        char f[32];
        size_t m =
            len > 0 ? text_fold_cp(cp, f) : (f[0] = ' ', 1); /* invalid: a separator */
        i += len > 0 ? (size_t)len : 1;
        key_add(&k, f, m);
    }
    sb->len = k.o;
    sb->buf[k.o] = '\0';
    return sb->buf;
}

char *str_fold_key(const char *s)
{
    struct strbuf sb = STRBUF_INIT;
    str_fold_key_to(&sb, s, strlen(s));
    return strbuf_detach(&sb);
}

/* ---- words of a key -------------------------------------------------------- */

/* True when the word(s) w stand at p, followed by a space or the end. */
static inline bool word_at(const char *p, const char *w)
{
    size_t i = 0;
    while (w[i] && p[i] == w[i])
        i++;
    return !w[i] && (p[i] == ' ' || p[i] == '\0');
}

bool str_key_is_any(const char *key, const char *const *words)
{
    for (size_t i = 0; words[i]; i++)
        if (words[i][0] == key[0] && strcmp(key, words[i]) == 0)
            return true;
    return false;
}

bool str_folds_to_any(const char *s, const char *const *words)
{
    char *k = str_fold_key(s);
    bool found = str_key_is_any(k, words);
    free(k);
    return found;
}

bool str_key_starts_any(const char *key, const char *const *words)
{
    for (size_t i = 0; words[i]; i++)
        if (words[i][0] == key[0] && word_at(key, words[i]))
            return true;
    return false;
}

/* A word whole in the key starts at a word start of it: each word start is
 * tried against the list (comparing first letters) instead of searching the
 * key once per word. */
bool str_key_has_any(const char *key, const char *const *words)
{
    for (const char *p = key;;) {
        if (str_key_starts_any(p, words))
            return true;
        while (*p && *p != ' ')
            p++;
        if (!*p)
            return false;
        p++;
    }
}

bool str_key_has(const char *key, const char *word)
{
    const char *const words[] = {word, NULL};
    return str_key_has_any(key, words);
}

/* ---- name keys ------------------------------------------------------------ */

/* text_add_name_key by the tables alone: false, sb as it was, when s holds a
 * code point they do not decide. White space is squeezed as str_squeeze
 * does it. */
static bool name_key_fast(struct strbuf *sb, const char *s)
{
    size_t start = sb->len;
    bool pending = false, any = false;
    for (size_t i = 0; s[i];) {
        int32_t cp = text_next_cp(s, &i);
        if (cp == ' ' || (cp >= '\t' && cp <= '\r') || cp == 0xA0 || cp == 0x202F) {
            pending = any;
            continue;
        }
        const struct text_cp *t = cp >= 0x80 ? table_entry(cp) : NULL;
        if (cp < 0 || (cp >= 0x80 && (!t || (unsigned char)t->nfkc[0] == 0xFF))) {
            sb->len = start;
            if (sb->buf)
                sb->buf[start] = '\0';
            return false;
        }
        if (pending)
            strbuf_putc(sb, ' ');
        pending = false;
        any = true;
        if (cp < 0x80)
            strbuf_putc(sb, (char)ascii_tolower(cp));
        else
            strbuf_puts(sb, t->nfkc);
    }
    return true;
}

void text_add_name_key_ref(struct strbuf *sb, const char *s)
{
    char *sq = str_squeeze(s);
    utf8proc_uint8_t *f = utf8proc_NFKC_Casefold((const utf8proc_uint8_t *)sq);
    /* utf8proc returns NULL only on invalid UTF-8 or no memory; model text
     * is valid UTF-8, so the squeezed bytes rather than a failure. */
    strbuf_puts(sb, f ? (const char *)f : sq);
    free(f);
    free(sq);
}

void text_add_name_key(struct strbuf *sb, const char *s)
{
    if (s && !name_key_fast(sb, s))
        text_add_name_key_ref(sb, s);
}

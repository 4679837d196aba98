/* Shared helpers for every stage: allocators that abort on exhaustion and
 * string lists. */
#include "base/util.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "base/strbuf.h"

static void out_of_memory(size_t n)
{
    fprintf(stderr, "fiche2vcard: out of memory (%zu bytes)\n", n);
    abort();
}

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        out_of_memory(n);
    return p;
}

void *xcalloc(size_t nmemb, size_t size)
{
    void *p = calloc(nmemb ? nmemb : 1, size ? size : 1);
    if (!p)
        out_of_memory(nmemb * size);
    return p;
}

void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        out_of_memory(n);
    return q;
}

char *xstrdup(const char *s)
{
    return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
    char *p = xmalloc(n + 1);
    if (n > 0) /* s may be NULL when n is 0 (md4c's empty link target) */
        memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *xasprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        out_of_memory(0);
    char *p = xmalloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

struct arena_chunk {
    struct arena_chunk *next;
    /* the blocks follow, aligned like max_align_t */
    _Alignas(max_align_t) char data[];
};

#define ARENA_DEFAULT_CHUNK 4096

void arena_init(struct arena *a, size_t first_chunk)
{
    memset(a, 0, sizeof *a);
    a->chunk_size = first_chunk;
}

/* Under AddressSanitizer every block gets a chunk of its own, of its exact
 * size, so that a read or write past its end is caught as with malloc. */
#if defined(__SANITIZE_ADDRESS__)
#define ARENA_EXACT 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ARENA_EXACT 1
#endif
#endif
#ifndef ARENA_EXACT
#define ARENA_EXACT 0
#endif

/* Take the n bytes at the start of a fresh chunk large enough for them. */
static void *arena_refill(struct arena *a, size_t n)
{
    size_t size = a->chunk_size ? a->chunk_size : ARENA_DEFAULT_CHUNK;
    if (size < n || ARENA_EXACT)
        size = n;
    if (size > SIZE_MAX - sizeof(struct arena_chunk))
        out_of_memory(n);
    struct arena_chunk *c = xmalloc(sizeof *c + size);
    c->next = a->chunks;
    a->chunks = c;
    a->next = c->data + n;
    a->left = size - n;
    /* Later chunks double, up to 64 KiB: few chunks for a large entry. */
    if (size < 65536)
        a->chunk_size = size * 2 > 65536 ? 65536 : size * 2;
    return c->data;
}

void *arena_alloc(struct arena *a, size_t n)
{
    const size_t align = _Alignof(max_align_t);
    size_t pad = (size_t)(-(uintptr_t)a->next) & (align - 1);
    if (!ARENA_EXACT && a->next && a->left >= pad && a->left - pad >= n) {
        char *p = a->next + pad;
        a->next = p + n;
        a->left -= pad + n;
        return p;
    }
    return arena_refill(a, n);
}

char *arena_strndup(struct arena *a, const char *s, size_t n)
{
    char *p;
    if (!ARENA_EXACT && a->next && a->left > n) {
        p = a->next;
        a->next += n + 1;
        a->left -= n + 1;
    } else {
        if (n == SIZE_MAX)
            out_of_memory(n);
        p = arena_refill(a, n + 1);
    }
    if (n > 0)
        memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void arena_free(struct arena *a)
{
    struct arena_chunk *c = a->chunks;
    while (c) {
        struct arena_chunk *next = c->next;
        free(c);
        c = next;
    }
    a->chunks = NULL;
    a->next = NULL;
    a->left = 0;
}

void strlist_push(struct strlist *l, char *s)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 4;
        l->v = xrealloc(l->v, l->cap * sizeof *l->v);
    }
    l->v[l->n++] = s;
}

void strlist_add(struct strlist *l, const char *s)
{
    strlist_push(l, xstrdup(s));
}

bool strlist_contains(const struct strlist *l, const char *s)
{
    for (size_t i = 0; i < l->n; i++)
        if (strcmp(l->v[i], s) == 0)
            return true;
    return false;
}

void strlist_clear(struct strlist *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->v[i]);
    free(l->v);
    l->v = NULL;
    l->n = l->cap = 0;
}

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

bool str_startswith(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

bool str_startswith_ci(const char *s, const char *prefix)
{
    for (; *prefix; s++, prefix++)
        if (ascii_tolower((unsigned char)*s) != *prefix)
            return false;
    return true;
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

/* The reference matching key: utf8proc's decomposition, case folding and mark
 * stripping, then the ASCII filter. Used for whatever the tables below do not
 * cover (and for invalid UTF-8, where utf8proc fails and the bytes are
 * filtered as they are). The key of the n bytes at s goes to sb (reset). */
static void fold_key_utf8proc(struct strbuf *sb, const char *s, size_t n)
{
    utf8proc_uint8_t *folded = NULL;
    utf8proc_ssize_t m = utf8proc_map(
        (const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &folded,
        UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
    const char *src = m >= 0 ? (const char *)folded : s;
    size_t len = m >= 0 ? (size_t)m : n;
    strbuf_reset(sb);
    /* "œ" gives 2 bytes for 2; anything else at most one byte and one space */
    strbuf_reserve(sb, 2 * len + 1);
    char *out = sb->buf;
    size_t o = 0;
    bool pending = false;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)src[i];
        /* "œ" has no decomposition: spell it out. ("æ" stays a separator.) */
        if (c == 0xC5 && i + 1 < len && (unsigned char)src[i + 1] == 0x93) {
            if (pending)
                out[o++] = ' ';
            pending = false;
            out[o++] = 'o';
            out[o++] = 'e';
            i++;
            continue;
        }
        if (ascii_isalnum(c)) {
            if (pending)
                out[o++] = ' ';
            pending = false;
            out[o++] = (char)ascii_tolower(c);
        } else {
            pending = o > 0;
        }
    }
    out[o] = '\0';
    sb->len = o;
    free(folded);
}

/* What fold_key_utf8proc makes of one code point, as tokens: ASCII letters
 * and digits kept, " " for a separator (anything else), "" for a mark that
 * vanishes. The key of a string is the concatenation of its code points'
 * tokens with separators squeezed and trimmed: the flags used decompose and
 * fold code point by code point, and canonical reordering only moves marks,
 * which become separators or nothing. Generated with utf8proc 2.8 for
 * U+0080-U+024F (Latin) and U+2000-U+206F (punctuation); test_util.c checks
 * every code point up to U+FFFF, alone and in context, against utf8proc. */
static const char fold_latin[0x250 - 0x80][4] = {
    " ", " ", " ",  " ",  " ", " ", " ", " ", " ", " ",  " ", " ", " ", " ", " ", " ",
    " ", " ", " ",  " ",  " ", " ", " ", " ", " ", " ",  " ", " ", " ", " ", " ", " ",
    " ", " ", " ",  " ",  " ", " ", " ", " ", " ", " ",  " ", " ", " ", " ", " ", " ",
    " ", " ", " ",  " ",  " ", " ", " ", " ", " ", " ",  " ", " ", " ", " ", " ", " ",
    "a", "a", "a",  "a",  "a", "a", " ", "c", "e", "e",  "e", "e", "i", "i", "i", "i",
    " ", "n", "o",  "o",  "o", "o", "o", " ", " ", "u",  "u", "u", "u", "y", " ", "ss",
    "a", "a", "a",  "a",  "a", "a", " ", "c", "e", "e",  "e", "e", "i", "i", "i", "i",
    " ", "n", "o",  "o",  "o", "o", "o", " ", " ", "u",  "u", "u", "u", "y", " ", "y",
    "a", "a", "a",  "a",  "a", "a", "c", "c", "c", "c",  "c", "c", "c", "c", "d", "d",
    " ", " ", "e",  "e",  "e", "e", "e", "e", "e", "e",  "e", "e", "g", "g", "g", "g",
    "g", "g", "g",  "g",  "h", "h", " ", " ", "i", "i",  "i", "i", "i", "i", "i", "i",
    "i", " ", " ",  " ",  "j", "j", "k", "k", " ", "l",  "l", "l", "l", "l", "l", " ",
    " ", " ", " ",  "n",  "n", "n", "n", "n", "n", " n", " ", " ", "o", "o", "o", "o",
    "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r",  "s", "s", "s", "s", "s", "s",
    "s", "s", "t",  "t",  "t", "t", " ", " ", "u", "u",  "u", "u", "u", "u", "u", "u",
    "u", "u", "u",  "u",  "w", "w", "y", "y", "y", "z",  "z", "z", "z", "z", "z", "s",
    " ", " ", " ",  " ",  " ", " ", " ", " ", " ", " ",  " ", " ", " ", " ", " ", " ",
    " ", " ", " ",  " ",  " ", " ", " ", " ", " ", " ",  " ", " ", " ", " ", " ", " ",
    "o", "o", " ",  " ",  " ", " ", " ", " ", " ", " ",  " ", " ", " ", " ", " ", "u",
    "u", " ", " ",  " ",  " ", " ", " ", " ", " ", " ",  " ", " ", " ", " ", " ", " ",
    " ", " ", " ",  " ",  " ", " ", " ", " ", " ", " ",  " ", " ", " ", "a", "a", "i",
    "i", "o", "o",  "u",  "u", "u", "u", "u", "u", "u",  "u", "u", "u", " ", "a", "a",
    "a", "a", " ",  " ",  " ", " ", "g", "g", "k", "k",  "o", "o", "o", "o", " ", " ",
    "j", " ", " ",  " ",  "g", "g", " ", " ", "n", "n",  "a", "a", " ", " ", " ", " ",
    "a", "a", "a",  "a",  "e", "e", "e", "e", "i", "i",  "i", "i", "o", "o", "o", "o",
    "r", "r", "r",  "r",  "u", "u", "u", "u", "s", "s",  "t", "t", " ", " ", "h", "h",
    " ", " ", " ",  " ",  " ", " ", "a", "a", "e", "e",  "o", "o", "o", "o", "o", "o",
    "o", "o", "y",  "y",  " ", " ", " ", " ", " ", " ",  " ", " ", " ", " ", " ", " ",
    " ", " ", " ",  " ",  " ", " ", " ", " ", " ", " ",  " ", " ", " ", " ", " ", " ",
};
static const char fold_punct[0x2070 - 0x2000][4] = {
    " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ",
    " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ",
    " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ",
    " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ",
    " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ",
    " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ",
    " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ",
};

/* Tokens of the code point at u (see fold_latin), its length in *k; NULL
 * when the tables do not cover it or the bytes (avail of them, at least 2)
 * are not well-formed UTF-8. */
static inline const char *fold_tokens(const unsigned char *u, size_t avail, size_t *k)
{
    if (u[0] >= 0xC2 && u[0] <= 0xC9 && (u[1] & 0xC0) == 0x80) {
        unsigned cp = (unsigned)(u[0] & 0x1F) << 6 | (u[1] & 0x3F);
        if (cp < 0x250) {
            *k = 2;
            return fold_latin[cp - 0x80];
        }
        return NULL;
    }
    if (u[0] == 0xE2 && (u[1] == 0x80 || u[1] == 0x81) && avail > 2 &&
        (u[2] & 0xC0) == 0x80) {
        unsigned cp = 0x2000 | (unsigned)(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
        if (cp < 0x2070) {
            *k = 3;
            return fold_punct[cp - 0x2000];
        }
    }
    return NULL;
}

/* ASCII letters and digits lower-cased; 0 for every other ASCII byte (a
 * separator). */
static const char fold_ascii[128] = {
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 0,   0,   0,   0,   0,   0,
    0,   'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
    'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 0,   0,   0,   0,   0,
    0,   'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
    'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 0,   0,   0,   0,   0,
};

const char *str_fold_key_to(struct strbuf *sb, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    strbuf_reset(sb);
    /* A code point of at least 2 bytes gives at most 2 tokens, plus the
     * separator written before them: 3 bytes of key for 2 of input. */
    strbuf_reserve(sb, n + n / 2 + 1);
    char *out = sb->buf;
    size_t o = 0;
    bool pending = false;
    for (size_t i = 0; i < n;) {
        unsigned char c = u[i];
        if (c < 0x80) {
            char f = fold_ascii[c];
            i++;
            if (!f) {
                pending = o > 0;
                continue;
            }
            if (pending)
                out[o++] = ' ';
            pending = false;
            out[o++] = f;
            /* the rest of a run of ASCII letters and digits */
            while (i < n && u[i] < 0x80 && (f = fold_ascii[u[i]]) != 0) {
                out[o++] = f;
                i++;
            }
            continue;
        }
        size_t k;
        const char *t = i + 1 < n ? fold_tokens(u + i, n - i, &k) : NULL;
        if (!t) {
            fold_key_utf8proc(sb, s, n);
            return sb->buf;
        }
        for (; *t; t++) {
            if (*t == ' ') {
                pending = o > 0;
            } else {
                if (pending)
                    out[o++] = ' ';
                pending = false;
                out[o++] = *t;
            }
        }
        i += k;
    }
    out[o] = '\0';
    sb->len = o;
    return sb->buf;
}

char *str_fold_key(const char *s)
{
    struct strbuf sb = STRBUF_INIT;
    str_fold_key_to(&sb, s, strlen(s));
    return strbuf_detach(&sb);
}

char *uri_escape(const char *s)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        n += (*p <= 0x20 || *p >= 0x7f || strchr("\"<>\\^`{|}", *p)) ? 3 : 1;
    char *out = xmalloc(n + 1), *q = out;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p <= 0x20 || *p >= 0x7f || strchr("\"<>\\^`{|}", *p)) {
            *q++ = '%';
            *q++ = hex[*p >> 4];
            *q++ = hex[*p & 15];
        } else {
            *q++ = (char)*p;
        }
    }
    *q = '\0';
    return out;
}

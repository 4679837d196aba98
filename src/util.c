/* Shared helpers for every stage: allocators that abort on exhaustion and
 * string lists. */
#include "util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

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

char *str_trim(const char *s)
{
    size_t k;
    while ((k = space_len(s)) > 0)
        s += k;
    size_t end = 0, i = 0;
    while (s[i]) {
        k = space_len(s + i);
        if (k) {
            i += k;
        } else {
            i++;
            end = i;
        }
    }
    return xstrndup(s, end);
}

char *str_squeeze(const char *s)
{
    size_t n = strlen(s);
    char *out = xmalloc(n + 1);
    size_t o = 0;
    bool pending = false;
    for (size_t i = 0; s[i];) {
        size_t k = space_len(s + i);
        if (k) {
            pending = o > 0;
            i += k;
            continue;
        }
        if (pending)
            out[o++] = ' ';
        pending = false;
        out[o++] = s[i++];
    }
    out[o] = '\0';
    return out;
}

bool str_startswith(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
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

char *str_fold_key(const char *s)
{
    utf8proc_uint8_t *folded = NULL;
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)s, 0, &folded,
                                      UTF8PROC_NULLTERM | UTF8PROC_STABLE |
                                          UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD |
                                          UTF8PROC_STRIPMARK);
    const char *src = n >= 0 ? (const char *)folded : s;
    size_t len = strlen(src);
    char *out = xmalloc(len + 1);
    size_t o = 0;
    bool pending = false;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)src[i];
        /* "œ" and "æ" have no decomposition: spell them out. */
        if (c == 0xC5 && (unsigned char)src[i + 1] == 0x93) {
            if (pending)
                out[o++] = ' ';
            pending = false;
            out = xrealloc(out, len + 2 + o);
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
    free(folded);
    return out;
}

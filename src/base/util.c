/* Shared helpers for every stage: allocators that abort on exhaustion and
 * string lists. */
#include "base/util.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"

/* What the program wants done before the library aborts for want of memory
 * (fiche_set_oom_handler); the library itself prints nothing. */
static void (*oom_handler)(size_t n);

void fiche_set_oom_handler(void (*handler)(size_t n))
{
    oom_handler = handler;
}

static void out_of_memory(size_t n)
{
    if (oom_handler)
        oom_handler(n);
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

bool str_startswith(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

bool str_startswith_ci(const char *s, const char *prefix)
{
    for (; *prefix; s++, prefix++)
        if (ascii_tolower((unsigned char)*s) != (unsigned char)*prefix)
            return false;
    return true;
}

char *uri_escape(const char *s)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        n += (*p <= 0x20 || *p >= 0x7f || strchr("\"<>\\^`{|},;", *p)) ? 3 : 1;
    char *out = xmalloc(n + 1), *q = out;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p <= 0x20 || *p >= 0x7f || strchr("\"<>\\^`{|},;", *p)) {
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

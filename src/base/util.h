/* Small shared helpers: allocators that abort on exhaustion, ASCII classes
 * that never depend on the locale, and string lists. Used by every stage. */
#ifndef FICHE_UTIL_H
#define FICHE_UTIL_H

#include <stdbool.h>
#include <stddef.h>

#include "fiche.h"

/* Allocators: print to stderr and abort() when memory runs out. */
void *xmalloc(size_t n);
void *xcalloc(size_t nmemb, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
/* Copy of the first n bytes of s, NUL-terminated. */
char *xstrndup(const char *s, size_t n);
/* printf into a new heap string. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static inline bool ascii_isdigit(int c)
{
    return c >= '0' && c <= '9';
}
static inline bool ascii_isupper(int c)
{
    return c >= 'A' && c <= 'Z';
}
static inline bool ascii_islower(int c)
{
    return c >= 'a' && c <= 'z';
}
static inline bool ascii_isalpha(int c)
{
    return ascii_isupper(c) || ascii_islower(c);
}
static inline bool ascii_isalnum(int c)
{
    return ascii_isalpha(c) || ascii_isdigit(c);
}
static inline bool ascii_isspace(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
static inline int ascii_tolower(int c)
{
    return ascii_isupper(c) ? c + 32 : c;
}
static inline int ascii_toupper(int c)
{
    return ascii_islower(c) ? c - 32 : c;
}

/* A region allocator: many small blocks, all released at once by arena_free.
 * For data that lives exactly as long as one unit of work (one entry's parse):
 * a block costs a pointer bump instead of a malloc and a free. Blocks come
 * from chunks of at least first_chunk bytes (arena_init); a zeroed struct is
 * an empty arena with a default chunk size. Not thread-safe: one per owner. */
struct arena_chunk;
struct arena {
    struct arena_chunk *chunks; /* newest first */
    char *next;                 /* free space of the newest chunk */
    size_t left;                /* its size */
    size_t chunk_size;          /* size of the next ordinary chunk, 0: default */
};
/* Empty arena whose first chunk (allocated on first use) holds at least
 * first_chunk bytes. */
void arena_init(struct arena *a, size_t first_chunk);
/* A block of n bytes (n may be 0), aligned for any type, valid until
 * arena_free(a); contents undefined. Aborts when memory runs out. */
void *arena_alloc(struct arena *a, size_t n);
/* Copy of the first n bytes of s (s may be NULL when n is 0), NUL-terminated,
 * in a; byte-aligned. */
char *arena_strndup(struct arena *a, const char *s, size_t n);
/* Release every block of a; a is empty afterwards and can be used again. */
void arena_free(struct arena *a);

/* Lists of strings (struct strlist, fiche.h). */
/* Append s (takes ownership). */
void strlist_push(struct strlist *l, char *s);
/* Append a copy of s. */
void strlist_add(struct strlist *l, const char *s);
/* True when l holds a string equal to s. */
bool strlist_contains(const struct strlist *l, const char *s);
/* Free every string and the array; leaves l empty and reusable. */
void strlist_clear(struct strlist *l);

/* True when s starts with prefix (byte comparison). */
bool str_startswith(const char *s, const char *prefix);
/* True when s starts with prefix, ASCII letters of s compared
 * case-insensitively; prefix is lower case ("http" matches "HTTP://x"). */
bool str_startswith_ci(const char *s, const char *prefix);
/* s as a URI that is plain ASCII (RFC 3986): every byte >= 0x80, control
 * character, space and "<>\\^`{|} percent-encoded ("café" -> "caf%C3%A9"),
 * and "," and ";", which some vCard readers take for separators.
 * New heap string. */
char *uri_escape(const char *s);

#endif

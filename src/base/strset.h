/* A set of strings with a counter each (open addressing, FNV-1a), for the
 * batch: the slugs used in -o DIR, found in constant time so that thousands
 * of entries with the same name stay linear. */
#ifndef FICHE_STRSET_H
#define FICHE_STRSET_H

#include <stdbool.h>
#include <stddef.h>

struct strset_item {
    char *key; /* owned; NULL = empty slot */
    unsigned long value;
};

struct strset {
    struct strset_item *v;
    size_t n, cap; /* cap is 0 or a power of two */
};

/* The value stored for key, or NULL when key is not in the set (borrowed;
 * valid until the next strset_add). */
unsigned long *strset_get(struct strset *s, const char *key);

/* Add key (copied) with value 0 if it is absent; returns its value slot. */
unsigned long *strset_add(struct strset *s, const char *key);

void strset_clear(struct strset *s);

#endif

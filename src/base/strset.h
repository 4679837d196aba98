/* A set of strings with a counter each (open addressing, FNV-1a): the slugs
 * used in -o DIR, the keywords, e-mails and people of an entry, found in
 * constant time so that thousands of the same stay linear. */
#ifndef FICHE_STRSET_H
#define FICHE_STRSET_H

#include <stdbool.h>
#include <stddef.h>

#include "base/util.h"

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

/* Drop the strings of l that repeat an earlier one (freed), keeping the
 * order of the first ones: linear time. */
void strlist_unique(struct strlist *l);

#endif

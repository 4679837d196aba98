/* A string set with counters: unique output file names, lists without
 * repeats in linear time. */
#include "base/strset.h"

#include <stdlib.h>
#include <string.h>

#include "base/util.h"

static size_t hash(const char *s)
{
    size_t h = 1469598103934665603u;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        h ^= *p;
        h *= 1099511628211u;
    }
    return h;
}

static struct strset_item *find(const struct strset *s, const char *key)
{
    if (s->cap == 0)
        return NULL;
    size_t mask = s->cap - 1;
    for (size_t i = hash(key) & mask;; i = (i + 1) & mask) {
        struct strset_item *it = &s->v[i];
        if (!it->key || strcmp(it->key, key) == 0)
            return it;
    }
}

static void grow(struct strset *s)
{
    struct strset old = *s;
    s->cap = old.cap ? old.cap * 2 : 64;
    s->v = xcalloc(s->cap, sizeof *s->v);
    s->n = 0;
    for (size_t i = 0; i < old.cap; i++) {
        if (old.v[i].key) {
            struct strset_item *it = find(s, old.v[i].key);
            *it = old.v[i];
            s->n++;
        }
    }
    free(old.v);
}

unsigned long *strset_get(struct strset *s, const char *key)
{
    struct strset_item *it = find(s, key);
    return it && it->key ? &it->value : NULL;
}

unsigned long *strset_add(struct strset *s, const char *key)
{
    if ((s->n + 1) * 2 > s->cap)
        grow(s);
    struct strset_item *it = find(s, key);
    if (!it->key) {
        it->key = xstrdup(key);
        it->value = 0;
        s->n++;
    }
    return &it->value;
}

void strset_clear(struct strset *s)
{
    for (size_t i = 0; i < s->cap; i++)
        free(s->v[i].key);
    free(s->v);
    memset(s, 0, sizeof *s);
}

void strlist_unique(struct strlist *l)
{
    if (l->n < 2)
        return;
    struct strset seen = {0};
    size_t m = 0;
    for (size_t i = 0; i < l->n; i++) {
        if (strset_get(&seen, l->v[i])) {
            free(l->v[i]);
            continue;
        }
        strset_add(&seen, l->v[i]);
        l->v[m++] = l->v[i];
    }
    l->n = m;
    strset_clear(&seen);
}

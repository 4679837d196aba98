/* Hours extractor, edits of the ranges found (hours.c applies them): a break
 * cut out of the ranges, and a later start for some days, read from its own
 * sentence ("Le jeudi : ouverture à 10h."). */
#include "extract/hours_int.h"

#include <stdint.h>
#include <string.h>

/* Cut break [from, to) out of every range of r[0..*n) holding it; new ranges
 * are appended up to cap. True when some range held it. */
bool hours_cut_range(struct hours_range *r, size_t *n, size_t cap, int from, int to)
{
    bool hit = false;
    size_t n0 = *n;
    for (size_t q = 0; q < n0; q++) {
        if (!(r[q].start < from && to < r[q].end) || *n == cap)
            continue;
        r[*n] = r[q];
        r[*n].start = to;
        (*n)++;
        r[q].end = from;
        hit = true;
    }
    return hit;
}

/* Move the start of day d's first range holding t to t: that range is
 * split off for d when it serves other days. r[0..*n), cap as hours_cut_range. */
bool hours_start_day(struct hours_range *r, size_t *n, size_t cap, unsigned d, int t)
{
    size_t best = SIZE_MAX;
    for (size_t q = 0; q < *n; q++)
        if ((r[q].days & d) && (best == SIZE_MAX || r[q].start < r[best].start))
            best = q;
    if (best == SIZE_MAX || t <= r[best].start || t >= r[best].end)
        return false;
    if (r[best].days == d) {
        r[best].start = t;
        return true;
    }
    if (*n == cap)
        return false;
    r[*n] = r[best];
    r[*n].days = d;
    r[*n].start = t;
    (*n)++;
    r[best].days &= ~d;
    return true;
}

/* "Le jeudi : ouverture à 10h.", "Le mardi, ouvert à partir de 10h": a start
 * time for some days (tokens [a, b)). The opening word is checked in the
 * folded text s. Sets the days and the time. */
bool hours_start_override(const char *s, const struct tok *v, size_t a, size_t b,
                          unsigned *days, int *t)
{
    size_t i = a;
    unsigned d = 0;
    while (i < b && (v[i].used || is_word(&v[i], W_LE)))
        i++;
    for (; i < b && !v[i].used; i++) {
        if (v[i].kind == TK_DAY)
            d |= (unsigned)v[i].val;
        else if (!(v[i].kind == TK_AND || is_word(&v[i], W_LE) ||
                   (v[i].kind == TK_COMMA && v[i].sep == ',')))
            break;
    }
    if (!d)
        return false;
    if (i < b && v[i].kind == TK_COMMA && (v[i].sep == ':' || v[i].sep == ','))
        i++;
    bool opening = false;
    for (; i < b && v[i].kind == TK_WORD && v[i].val == W_FILL; i++)
        opening = opening || strncmp(s + v[i].b, "ouv", 3) == 0;
    if (!opening || i >= b || v[i].kind != TK_TO)
        return false;
    i++;
    /* "à partir de 10h" */
    if (i + 1 < b && v[i].kind == TK_WORD && v[i].e - v[i].b == 6 &&
        strncmp(s + v[i].b, "partir", 6) == 0 && is_word(&v[i + 1], W_DE))
        i += 2;
    if (i >= b || v[i].kind != TK_TIME)
        return false;
    *t = v[i].val;
    for (i++; i < b; i++)
        if (!v[i].used && v[i].kind != TK_END && v[i].kind != TK_COMMA)
            return false;
    *days = d;
    return true;
}

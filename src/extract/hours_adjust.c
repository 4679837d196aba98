/* Hours extractor: the edits the grammar makes to ranges read before (a
 * break cut out, days taken out of a period, a day's last range ending
 * earlier, its first starting later, days taking a group's ranges) and the
 * refinement of a later statement of the same days. */
#include "extract/hours_int.h"

#include <stdint.h>

/* Range q starts before the period's bound ('m': noon) or ends after it
 * ('a': 13:00): it spans into the period without lying in it. */
static bool spans_into(const struct hours_range *q, char p)
{
    if (in_period(q->start, q->end, p))
        return false;
    return p == 'm' ? q->start < 720 && q->end > 780 : q->end > 780 || q->end < q->start;
}

/* Drop the ranges of r[from, r->n) left without days. */
static void drop_empty(struct hours_list *r, size_t from)
{
    size_t w = from;
    for (size_t q = from; q < r->n; q++)
        if (r->v[q].days)
            r->v[w++] = r->v[q];
    r->n = w;
}

bool ranges_cut(struct hours_list *r, size_t first, int from, int to)
{
    bool hit = false;
    size_t n0 = r->n;
    for (size_t q = first; q < n0; q++) {
        if (!(r->v[q].start < from && to < r->v[q].end))
            continue;
        struct hours_range after = r->v[q];
        after.start = to;
        r->v[q].end = from;
        hours_list_push(r, after);
        hit = true;
    }
    return hit;
}

enum edit ranges_except(struct hours_list *r, size_t from, size_t to, unsigned days,
                        char p, bool keep)
{
    bool any = false;
    for (size_t q = from; q < to; q++) {
        const struct hours_range *h = &r->v[q];
        if (!(h->days & days))
            continue;
        if (p && spans_into(h, p))
            return EDIT_CONFLICT;
        any = any || !p || (in_period(h->start, h->end, p) != keep);
    }
    if (!any)
        return EDIT_NONE;
    for (size_t q = from; q < to; q++) {
        struct hours_range *h = &r->v[q];
        if ((h->days & days) && (!p || in_period(h->start, h->end, p) != keep))
            h->days &= ~days;
    }
    drop_empty(r, from);
    return EDIT_DONE;
}

/* The range of r[from, to) holding day d that starts last (first with
 * first), or SIZE_MAX. */
static size_t day_range(const struct hours_list *r, size_t from, size_t to, unsigned d,
                        bool first)
{
    size_t best = SIZE_MAX;
    for (size_t q = from; q < to; q++)
        if ((r->v[q].days & d) &&
            (best == SIZE_MAX || (first ? r->v[q].start < r->v[best].start
                                        : r->v[q].start > r->v[best].start)))
            best = q;
    return best;
}

/* Range q for day d only, with the other bound t: changed in place when it
 * serves d alone, else split off (merged with a range split off before for
 * another day with the same times, at or after merge_from). */
static void set_day(struct hours_list *r, size_t q, unsigned d, int t, bool end,
                    size_t merge_from)
{
    if (r->v[q].days == d) {
        if (end)
            r->v[q].end = t;
        else
            r->v[q].start = t;
        return;
    }
    struct hours_range x = r->v[q];
    r->v[q].days &= ~d;
    x.days = d;
    if (end)
        x.end = t;
    else
        x.start = t;
    for (size_t k = merge_from; k < r->n; k++)
        if (r->v[k].start == x.start && r->v[k].end == x.end && r->v[k].kind == x.kind &&
            r->v[k].appointment == x.appointment) {
            r->v[k].days |= d;
            return;
        }
    hours_list_push(r, x);
}

bool ranges_end_at(struct hours_list *r, size_t from, size_t to, unsigned days, int t)
{
    for (int d = 0; d < 7; d++) {
        if (!(days & (1u << d)))
            continue;
        size_t q = day_range(r, from, to, 1u << d, false);
        if (q == SIZE_MAX || t <= r->v[q].start)
            return false;
    }
    size_t n0 = r->n;
    for (int d = 0; d < 7; d++)
        if (days & (1u << d))
            set_day(r, day_range(r, from, to, 1u << d, false), 1u << d, t, true, n0);
    return true;
}

bool ranges_start_at(struct hours_list *r, size_t from, size_t to, unsigned days, int t)
{
    for (int d = 0; d < 7; d++) {
        if (!(days & (1u << d)))
            continue;
        size_t q = day_range(r, from, to, 1u << d, true);
        if (q == SIZE_MAX || t <= r->v[q].start || t >= r->v[q].end)
            return false;
    }
    size_t n0 = r->n;
    for (int d = 0; d < 7; d++)
        if (days & (1u << d))
            set_day(r, day_range(r, from, to, 1u << d, true), 1u << d, t, false, n0);
    return true;
}

bool ranges_copy(struct hours_list *r, size_t from, size_t to, unsigned days, char p)
{
    bool any = false;
    for (size_t q = from; q < to; q++) {
        if (p && !in_period(r->v[q].start, r->v[q].end, p))
            continue;
        struct hours_range x = r->v[q];
        x.days = days;
        hours_list_push(r, x);
        any = true;
    }
    return any;
}

bool ranges_refine(struct hours_list *r, size_t first, const struct hours_range *x)
{
    for (size_t q = first; q < r->n; q++) {
        struct hours_range *h = &r->v[q];
        if (h->kind != x->kind || h->appointment != x->appointment ||
            (h->days & x->days) != x->days)
            continue;
        bool s = h->start == x->start, e = h->end == x->end;
        if (s && e)
            return true;
        if (s == e || h->days == x->days)
            continue;
        h->days &= ~x->days;
        hours_list_push(r, *x);
        return true;
    }
    return false;
}

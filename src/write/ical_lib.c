/* Writer, iCalendar: the checked calls to libical that every part of the
 * writer builds with (ical.c, the reusable components of ical_skel.c, the
 * time zones of ical_zone.c): a failure is recorded once in the build
 * context with libical's reason, never lost. The bottom of the writer: it
 * calls none of them. */
#include <stdlib.h>
#include <string.h>

#include <libical/ical.h>

#include "base/text.h"
#include "base/util.h"
#include "write/ical_int.h"

/* ---- building with error checks ---------------------------------------- */

void ical_fail(struct ctx *x, const char *what)
{
    if (x->rc == 0)
        x->rc = fiche_error_set(x->err, FICHE_EICAL, x->e ? x->e->source : NULL,
                                x->e ? x->e->line : 0, 0, "libical cannot build %s: %s",
                                what, icalerror_strerror(icalerrno));
}

/* The checks run right after the constructor, since p is its value: a NULL
 * or a raised icalerrno fails the build (and p is dropped). */
icalproperty *ical_checked_prop(struct ctx *x, icalproperty *p, const char *what)
{
    if (p == NULL || icalerrno != ICAL_NO_ERROR) {
        if (p != NULL)
            icalproperty_free(p);
        ical_fail(x, what);
        return NULL;
    }
    return p;
}

icalcomponent *ical_checked_comp(struct ctx *x, icalcomponent *c, const char *what)
{
    if (c == NULL || icalerrno != ICAL_NO_ERROR) {
        if (c != NULL)
            icalcomponent_free(c);
        ical_fail(x, what);
        return NULL;
    }
    return c;
}

void ical_add_prop(struct ctx *x, icalcomponent *c, icalproperty *p, const char *what)
{
    p = ical_checked_prop(x, p, what);
    if (p != NULL && c != NULL)
        icalcomponent_add_property(c, p);
    else if (p != NULL)
        icalproperty_free(p);
}

/* A date-time property with a TZID parameter (value floating local time). */
void ical_add_prop_tz(struct ctx *x, icalcomponent *c, icalproperty *p, const char *tzid,
                      const char *what)
{
    p = ical_checked_prop(x, p, what);
    if (p == NULL)
        return;
    icalparameter *tz = icalparameter_new_tzid(tzid);
    if (tz == NULL || icalerrno != ICAL_NO_ERROR) {
        if (tz != NULL)
            icalparameter_free(tz);
        icalproperty_free(p);
        ical_fail(x, "TZID");
        return;
    }
    icalproperty_add_parameter(p, tz);
    if (c != NULL)
        icalcomponent_add_property(c, p);
    else
        icalproperty_free(p);
}

/* Text for a TEXT value: libical escapes "\\ ; , newline" but passes other
 * control characters through, which RFC 5545 forbids: CR is dropped (line
 * ends are "\n"), the others become spaces. */
static char *clean_text(const char *s)
{
    char *t = xmalloc(strlen(s) + 1), *q = t;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '\r')
            continue;
        *q++ = (*p < ' ' && *p != '\n' && *p != '\t') || *p == 0x7f ? ' ' : (char)*p;
    }
    *q = '\0';
    return t;
}

/* A TEXT property built by ctor (icalproperty_new_summary...) from s; none
 * when s is blank once cleaned (libical reads "CATEGORIES: " back as a
 * property without a value: an error). */
void ical_add_text(struct ctx *x, icalcomponent *c, text_ctor *ctor, const char *s,
                   const char *what)
{
    char *t = clean_text(s);
    if (!str_blank(t))
        ical_add_prop(x, c, ctor(t), what);
    free(t);
}

void ical_add_child(icalcomponent *parent, icalcomponent *child)
{
    if (parent != NULL && child != NULL)
        icalcomponent_add_component(parent, child);
    else if (child != NULL)
        icalcomponent_free(child);
}

/* Serialise c and append it to out; c stays owned by the caller. */
void ical_serialise(struct ctx *x, icalcomponent *c, struct strbuf *out)
{
    if (c == NULL || x->rc != 0)
        return;
    char *s = icalcomponent_as_ical_string_r(c);
    if (s == NULL || icalerrno != ICAL_NO_ERROR) {
        if (s != NULL)
            icalmemory_free_buffer(s);
        ical_fail(x, "the text of a component");
        return;
    }
    strbuf_puts(out, s);
    icalmemory_free_buffer(s);
}

struct icaltimetype ical_local_time(int year, int month, int day, int minutes)
{
    struct icaltimetype t = icaltime_null_time();
    t.year = year;
    t.month = month;
    t.day = day;
    icaltime_adjust(&t, 0, 0, minutes, 0); /* 1440 (24:00) -> next day 00:00 */
    return t;
}

/* BYDAY=... from DAY_* bits, into r's first eight by_day entries (the days
 * and the end mark ICAL_RECURRENCE_ARRAY_MAX after them). */
void ical_set_by_day(struct icalrecurrencetype *r, unsigned days)
{
    int k = 0;
    for (int i = 0; i < 7; i++)
        if (days & (1u << i))
            r->by_day[k++] =
                (short)(i < 6 ? ICAL_MONDAY_WEEKDAY + i : ICAL_SUNDAY_WEEKDAY);
    while (k < 8)
        r->by_day[k++] = ICAL_RECURRENCE_ARRAY_MAX;
}

/* RRULE:FREQ=WEEKLY;BYDAY=... from DAY_* bits. */
struct icalrecurrencetype ical_weekly_rule(unsigned days)
{
    struct icalrecurrencetype r;
    icalrecurrencetype_clear(&r);
    r.freq = ICAL_WEEKLY_RECURRENCE;
    ical_set_by_day(&r, days);
    return r;
}

char *ical_first_url(const struct entry *e)
{
    for (size_t i = 0; i < e->urls.n; i++)
        if (!str_blank(e->urls.v[i]))
            return uri_escape(e->urls.v[i]);
    return NULL;
}

/* One CATEGORIES per keyword. libical 3.0.16 writes CATEGORIES, a list
 * property, without escaping "," or ";" ("CATEGORIES:a,b" is two
 * categories), so a keyword holding one is cut there, as the keywords line
 * itself is ("Mots-clefs : soins, prévention" is two keywords). */
void ical_add_categories(struct ctx *x, icalcomponent *c, const struct strlist *kw)
{
    for (size_t i = 0; i < kw->n; i++) {
        const char *p = kw->v[i];
        while (*p) {
            size_t n = strcspn(p, ",;");
            char *piece = xstrndup(p, n);
            char *t = str_trim(piece);
            if (*t != '\0')
                ical_add_text(x, c, icalproperty_new_categories, t, "CATEGORIES");
            free(t);
            free(piece);
            p += n;
            if (*p)
                p++;
        }
    }
}

/* Private to the iCalendar writer (ical*.c): the build context and its
 * checked libical calls (ical_lib.c), the reusable components (ical_skel.c)
 * and the time zones (ical_zone.c), under the writer itself (ical.c).
 * Includes <libical/ical.h>; no other header may. */
#ifndef FICHE_ICAL_INT_H
#define FICHE_ICAL_INT_H

#include <stdbool.h>
#include <stddef.h>

#include <libical/ical.h>

#include "base/strbuf.h"
#include "model/entry.h"
#include "write/ical.h"

/* One build: the writer, the entry (for error positions), the bytes of its
 * UID (the namespace of its components'), and the first failure. */
struct ctx {
    struct ical_writer *w;
    const struct entry *e;
    unsigned char org[16];
    struct fiche_error *err;
    int rc;
};

/* Record a failure to build `what` in x (the first one only), with
 * libical's icalerrno text. */
void ical_fail(struct ctx *x, const char *what);

/* p (a constructor's result, passed on) when it is not NULL and icalerrno is
 * clear; else frees p, fails x and returns NULL. */
icalproperty *ical_checked_prop(struct ctx *x, icalproperty *p, const char *what);

/* As ical_checked_prop, for a component. */
icalcomponent *ical_checked_comp(struct ctx *x, icalcomponent *c, const char *what);

/* RRULE:FREQ=WEEKLY;BYDAY=... from DAY_* bits. */
struct icalrecurrencetype ical_weekly_rule(unsigned days);

/* BYDAY=... from DAY_* bits, into r's first eight by_day entries (the days
 * and the end mark ICAL_RECURRENCE_ARRAY_MAX after them). */
void ical_set_by_day(struct icalrecurrencetype *r, unsigned days);

/* One CATEGORIES property per keyword of kw added to c (cut at "," or ";",
 * which libical would not escape); failures go to x. */
void ical_add_categories(struct ctx *x, icalcomponent *c, const struct strlist *kw);

/* Serialise c and append it to out; c stays owned by the caller. Nothing
 * when c is NULL or x has failed. */
void ical_serialise(struct ctx *x, icalcomponent *c, struct strbuf *out);

/* The entry's first web address, percent-encoded (uri_escape), for a URI
 * value: a new string, or NULL when there is none. */
char *ical_first_url(const struct entry *e);

/* Building a component (about ten properties, each with a value and some
 * with a parameter, all allocated and freed again) cost half as much as
 * serialising it. So each form (VEVENT, VJOURNAL, VTODO) is built once and
 * kept as a skeleton: one property per slot, in output order; every
 * component sets the values in place (icalvalue_set_*), and a property it
 * has no value for (LOCATION, URL...) is taken out of the component, to be
 * put back in its place when a later one has a value. libical still builds
 * the objects and serialises them; only their reuse is ours. The writer
 * (struct ical_writer) keeps one idle skeleton per form.
 *
 * Serialising was then most of the writer's cost, and most properties of
 * an event hold the value they held in the one before (DTSTAMP, TRANSP,
 * CLASS always; LOCATION, URL, DESCRIPTION within an entry). So each slot
 * keeps the text libical gave for its property (icalproperty_as_ical_
 * string_r), until a setter changes its value; the component's text is
 * BEGIN, its properties' texts in order, END: what
 * icalcomponent_as_ical_string_r writes (test_ical checks the two equal). */
enum skel_form { FORM_EVENT, FORM_JOURNAL, FORM_TODO, N_FORMS };

#define MAX_SLOTS 12

struct skel {
    enum skel_form form;
    icalcomponent *c;
    size_t n;                       /* slots */
    icalproperty *p[MAX_SLOTS];     /* owned: by c when on[i], else by the skeleton */
    icalvalue *v[MAX_SLOTS];        /* the value of p[i] */
    bool on[MAX_SLOTS];             /* p[i] is in c */
    bool want[MAX_SLOTS];           /* p[i] has a value for the current component */
    char *text[MAX_SLOTS];          /* p[i] as libical writes it, NULL once changed */
    size_t cat_at;                  /* notes: the CATEGORIES go before this slot */
    bool cats;                      /* c holds CATEGORIES */
    icalparameter *tz[2];           /* events: the TZID of DTSTART and DTEND */
    const char *tzid;               /* the zones[] string they hold */
    unsigned days;                  /* events: the DAY_* bits RRULE holds, */
    struct icalrecurrencetype rule; /* as weekly_rule(days) gives it */
    bool stamped;                   /* DTSTAMP holds `stamp` */
    long long stamp;
    struct strbuf clean, a, b; /* scratch texts */
};

struct ical_writer {
    struct skel *idle[N_FORMS]; /* a skeleton of each form not in use, or NULL */
};

/* The slot of property kind `kind` (it is in k's layout). */
size_t skel_slot(const struct skel *k, icalproperty_kind kind);

/* The writer's idle skeleton of the form, else a new one; NULL on failure
 * (in x). Every slot is unwanted, DTSTAMP holds o's. */
struct skel *skel_take(struct ctx *x, enum skel_form form, const struct ical_opts *o);

/* k back to the writer after a success; freed after a failure (x failed). */
void skel_give(struct ctx *x, struct skel *k);

/* Check the values set since skel_take, put the wanted slots in place (with
 * one CATEGORIES per keyword of kw, NULL = none) and append the component's
 * text to out. */
void skel_write(struct ctx *x, struct skel *k, const struct strlist *kw,
                struct strbuf *out);

/* The TEXT property `kind` holds s (NULL = none), cleaned of control
 * characters; left out when blank. */
void skel_set_text(struct skel *k, icalproperty_kind kind, const char *s);

/* The URL property holds the entry's first web address, if any. */
void skel_set_url(struct skel *k, const struct entry *e);

/* The UID property holds the UID of the entry's component `what`. */
void skel_set_uid(struct ctx *x, struct skel *k, const char *what);

/* The DATE or DATE-TIME property `kind` holds t. */
void skel_set_time(struct skel *k, icalproperty_kind kind, struct icaltimetype t);

/* DTSTART and DTEND (events) are local times of zone tzid (a zones[]
 * string: compared by address). */
void skel_set_zone(struct skel *k, const char *tzid);

/* RRULE (events) is weekly on the DAY_* bits days. */
void skel_set_days(struct skel *k, unsigned days);

/* The constant property `kind` is in the component. */
void skel_want(struct skel *k, icalproperty_kind kind);

/* Free a skeleton; NULL is a no-op. */
void skel_free(struct skel *k);

/* ---- time zones (ical_zone.c) ------------------------------------------ */

/* A switch to summer time or back: the week-th (-1: last) weekday (0
 * Monday .. 6 Sunday) of month, at minutes of local time before the switch;
 * day: the day of the month it fell on in 1970 (a VTIMEZONE's DTSTART).
 * month 0: no switch. */
struct zone_switch {
    int month, week, weekday, minutes, day;
};

struct zone_def {
    const char *tzid;
    const char *codes;          /* ISO alpha-2 codes of its places, spaced */
    int std_offset, dst_offset; /* seconds east of UTC; dst 0: no summer time */
    const char *std_name, *dst_name;
    struct zone_switch to_dst, to_std;
};

/* The zones, Europe/Paris first (zones.c, generated). */
extern const struct zone_def ical_zones[ICAL_N_ZONES];

/* The zone of the place of ISO alpha-2 code cc (Europe/Paris when unknown). */
const struct zone_def *ical_zone_for_code(const char *cc);

/* The set of zone z of the table. */
struct ical_zones ical_zones_at(const struct zone_def *z);

/* The place's code: the address's country code, or, for a French address
 * without one, the overseas territory its postcode names ("97110" -> GP). */
const char *ical_place_code(const struct entry *e);

/* ---- more checked calls (ical_lib.c) ------------------------------------ */

/* Add p (a constructor's result, checked with ical_checked_prop) to c; p is
 * freed when c is NULL. */
void ical_add_prop(struct ctx *x, icalcomponent *c, icalproperty *p, const char *what);

/* Add child to parent; child is freed when parent is NULL. */
void ical_add_child(icalcomponent *parent, icalcomponent *child);

/* Floating local time: the day, plus minutes (1440 is the next day 00:00). */
struct icaltimetype ical_local_time(int year, int month, int day, int minutes);

/* A date-time property p with a TZID parameter (value floating local time)
 * added to c (p freed when c is NULL). */
void ical_add_prop_tz(struct ctx *x, icalcomponent *c, icalproperty *p, const char *tzid,
                      const char *what);

/* A constructor of a TEXT property (icalproperty_new_summary...). */
typedef icalproperty *text_ctor(const char *);

/* A TEXT property built by ctor from s, cleaned of the control characters
 * RFC 5545 forbids, added to c; none when s is blank once cleaned. */
void ical_add_text(struct ctx *x, icalcomponent *c, text_ctor *ctor, const char *s,
                   const char *what);

#endif

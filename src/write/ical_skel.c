/* iCalendar writer: the reusable components (skeletons) that ical.c fills
 * for each note and event of an entry; the writer keeps them. */
#include "write/ical_int.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/text.h"
#include "base/util.h"
#include "write/uid.h"

/* The slots of each form, in output order (ICAL_NO_PROPERTY ends a list). */
static const icalproperty_kind layouts[N_FORMS][MAX_SLOTS] = {
    [FORM_EVENT] = {ICAL_UID_PROPERTY, ICAL_DTSTAMP_PROPERTY, ICAL_DTSTART_PROPERTY,
                    ICAL_DTEND_PROPERTY, ICAL_RRULE_PROPERTY, ICAL_SUMMARY_PROPERTY,
                    ICAL_LOCATION_PROPERTY, ICAL_URL_PROPERTY, ICAL_DESCRIPTION_PROPERTY,
                    ICAL_TRANSP_PROPERTY, ICAL_CLASS_PROPERTY, ICAL_NO_PROPERTY},
    [FORM_JOURNAL] = {ICAL_UID_PROPERTY, ICAL_DTSTAMP_PROPERTY, ICAL_DTSTART_PROPERTY,
                      ICAL_SUMMARY_PROPERTY, ICAL_DESCRIPTION_PROPERTY,
                      ICAL_CONTACT_PROPERTY, ICAL_URL_PROPERTY, ICAL_CLASS_PROPERTY,
                      ICAL_STATUS_PROPERTY, ICAL_NO_PROPERTY},
    [FORM_TODO] = {ICAL_UID_PROPERTY, ICAL_DTSTAMP_PROPERTY, ICAL_SUMMARY_PROPERTY,
                   ICAL_DESCRIPTION_PROPERTY, ICAL_CONTACT_PROPERTY, ICAL_URL_PROPERTY,
                   ICAL_CLASS_PROPERTY, ICAL_STATUS_PROPERTY, ICAL_NO_PROPERTY},
};

/* The slot of property kind `kind` (it is in k's layout). */
size_t skel_slot(const struct skel *k, icalproperty_kind kind)
{
    size_t i = 0;
    while (layouts[k->form][i] != kind)
        i++;
    return i;
}

/* Take the CATEGORIES out of c and free them. */
static void drop_categories(struct skel *k)
{
    icalproperty *p;
    while ((p = icalcomponent_get_first_property(k->c, ICAL_CATEGORIES_PROPERTY)) !=
           NULL) {
        icalcomponent_remove_property(k->c, p);
        icalproperty_free(p);
    }
    k->cats = false;
}

/* Slot i's value changed: its kept text is stale. */
static void slot_changed(struct skel *k, size_t i)
{
    if (k->text[i] != NULL) {
        icalmemory_free_buffer(k->text[i]);
        k->text[i] = NULL;
    }
}

void skel_free(struct skel *k)
{
    if (k == NULL)
        return;
    for (size_t i = 0; i < k->n; i++) {
        if (k->p[i] != NULL && !k->on[i])
            icalproperty_free(k->p[i]);
        slot_changed(k, i);
    }
    if (k->c != NULL)
        icalcomponent_free(k->c);
    strbuf_free(&k->clean);
    strbuf_free(&k->a);
    strbuf_free(&k->b);
    free(k);
}

/* A TZID parameter (initially Europe/Paris) added to p. */
static icalparameter *add_tzid(struct ctx *x, icalproperty *p)
{
    icalparameter *tz = icalparameter_new_tzid(ical_zone_for(NULL));
    if (tz == NULL || icalerrno != ICAL_NO_ERROR) {
        if (tz != NULL)
            icalparameter_free(tz);
        ical_fail(x, "TZID");
        return NULL;
    }
    if (p == NULL) {
        icalparameter_free(tz);
        return NULL;
    }
    icalproperty_add_parameter(p, tz);
    return tz;
}

/* A property of kind `kind` with a placeholder value (constant properties:
 * their only value). */
static icalproperty *slot_prop(struct ctx *x, enum skel_form form, icalproperty_kind kind)
{
    struct icaltimetype t0 = icaltime_null_time();
    switch (kind) {
    case ICAL_UID_PROPERTY:
        return ical_checked_prop(x, icalproperty_new_uid(""), "UID");
    case ICAL_DTSTAMP_PROPERTY:
        return ical_checked_prop(x, icalproperty_new_dtstamp(t0), "DTSTAMP");
    case ICAL_DTSTART_PROPERTY:
        return ical_checked_prop(x, icalproperty_new_dtstart(t0), "DTSTART");
    case ICAL_DTEND_PROPERTY:
        return ical_checked_prop(x, icalproperty_new_dtend(t0), "DTEND");
    case ICAL_RRULE_PROPERTY:
        return ical_checked_prop(x, icalproperty_new_rrule(ical_weekly_rule(0)), "RRULE");
    case ICAL_SUMMARY_PROPERTY:
        return ical_checked_prop(x, icalproperty_new_summary(""), "SUMMARY");
    case ICAL_LOCATION_PROPERTY:
        return ical_checked_prop(x, icalproperty_new_location(""), "LOCATION");
    case ICAL_URL_PROPERTY:
        return ical_checked_prop(x, icalproperty_new_url(""), "URL");
    case ICAL_DESCRIPTION_PROPERTY:
        return ical_checked_prop(x, icalproperty_new_description(""), "DESCRIPTION");
    case ICAL_CONTACT_PROPERTY:
        return ical_checked_prop(x, icalproperty_new_contact(""), "CONTACT");
    case ICAL_TRANSP_PROPERTY:
        return ical_checked_prop(x, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT),
                                 "TRANSP");
    case ICAL_CLASS_PROPERTY:
        return ical_checked_prop(x, icalproperty_new_class(ICAL_CLASS_PUBLIC), "CLASS");
    case ICAL_STATUS_PROPERTY:
        return ical_checked_prop(x,
                                 icalproperty_new_status(form == FORM_TODO
                                                             ? ICAL_STATUS_NEEDSACTION
                                                             : ICAL_STATUS_FINAL),
                                 "STATUS");
    default:
        ical_fail(x, "a property of an unknown kind");
        return NULL;
    }
}

/* A skeleton of the form, every slot out of the component. */
static struct skel *skel_new(struct ctx *x, enum skel_form form)
{
    struct skel *k = xcalloc(1, sizeof *k);
    k->form = form;
    if (form == FORM_EVENT)
        k->c = ical_checked_comp(x, icalcomponent_new_vevent(), "VEVENT");
    else if (form == FORM_JOURNAL)
        k->c = ical_checked_comp(x, icalcomponent_new_vjournal(), "VJOURNAL");
    else
        k->c = ical_checked_comp(x, icalcomponent_new_vtodo(), "VTODO");
    while (layouts[form][k->n] != ICAL_NO_PROPERTY) {
        k->p[k->n] = slot_prop(x, form, layouts[form][k->n]);
        k->n++;
    }
    k->cat_at = form == FORM_EVENT ? k->n : skel_slot(k, ICAL_CLASS_PROPERTY);
    if (form == FORM_EVENT) {
        k->tz[0] = add_tzid(x, k->p[skel_slot(k, ICAL_DTSTART_PROPERTY)]);
        k->tz[1] = add_tzid(x, k->p[skel_slot(k, ICAL_DTEND_PROPERTY)]);
        k->tzid = ical_zone_for(NULL);
        k->rule = ical_weekly_rule(0);
    }
    if (x->rc != 0) {
        skel_free(k);
        return NULL;
    }
    for (size_t i = 0; i < k->n; i++)
        k->v[i] = icalproperty_get_value(k->p[i]);
    return k;
}

/* The writer's idle skeleton of the form, else a new one; NULL on failure.
 * Every slot is unwanted, DTSTAMP holds o's. */
struct skel *skel_take(struct ctx *x, enum skel_form form, const struct ical_opts *o)
{
    struct skel *k = x->w->idle[form];
    x->w->idle[form] = NULL;
    if (k == NULL && (k = skel_new(x, form)) == NULL)
        return NULL;
    memset(k->want, 0, sizeof k->want);
    if (!k->stamped || k->stamp != o->dtstamp) {
        size_t i = skel_slot(k, ICAL_DTSTAMP_PROPERTY);
        icalvalue_set_datetime(
            k->v[i], icaltime_from_timet_with_zone((time_t)o->dtstamp, 0,
                                                   icaltimezone_get_utc_timezone()));
        slot_changed(k, i);
        k->stamp = o->dtstamp;
        k->stamped = true;
    }
    return k;
}

/* Back to the writer after a success; freed after a failure, since its
 * state is then unknown. */
void skel_give(struct ctx *x, struct skel *k)
{
    if (x->rc != 0 || x->w->idle[k->form] != NULL) {
        skel_free(k);
        return;
    }
    x->w->idle[k->form] = k;
}

/* Put the wanted slots, and only them, in the component, in slot order,
 * with one CATEGORIES per keyword of kw (NULL = none) before slot cat_at.
 * libical appends a property at the end: from the first slot that changes,
 * the later ones are taken out and put back. The CATEGORIES (any number)
 * are new properties each time: the old ones go, and adding new ones means
 * taking out the slots after them. */
static void skel_sync(struct ctx *x, struct skel *k, const struct strlist *kw)
{
    size_t first = 0;
    while (first < k->n && k->on[first] == k->want[first])
        first++;
    bool cats = kw != NULL && kw->n > 0;
    if (cats && first > k->cat_at)
        first = k->cat_at;
    for (size_t i = first; i < k->n; i++)
        if (k->on[i]) {
            icalcomponent_remove_property(k->c, k->p[i]);
            k->on[i] = false;
        }
    if (k->cats)
        drop_categories(k);
    for (size_t i = first; i <= k->n; i++) {
        if (i == k->cat_at && cats) {
            ical_add_categories(x, k->c, kw);
            k->cats = true;
        }
        if (i < k->n && k->want[i]) {
            icalcomponent_add_property(k->c, k->p[i]);
            k->on[i] = true;
        }
    }
}

/* Append p's text to out: the one kept in *kept, else libical's, then
 * kept there when kept is not NULL. False after a failure (in x). */
static bool put_prop(struct ctx *x, icalproperty *p, char **kept, struct strbuf *out)
{
    char *s = kept != NULL ? *kept : NULL;
    if (s == NULL) {
        s = icalproperty_as_ical_string_r(p);
        if (s == NULL || icalerrno != ICAL_NO_ERROR) {
            if (s != NULL)
                icalmemory_free_buffer(s);
            ical_fail(x, "the text of a property");
            return false;
        }
    }
    strbuf_puts(out, s);
    if (kept != NULL)
        *kept = s;
    else
        icalmemory_free_buffer(s);
    return true;
}

/* Append the component's CATEGORIES (new each time: not kept). */
static void put_categories(struct ctx *x, struct skel *k, struct strbuf *out)
{
    icalproperty *p = icalcomponent_get_first_property(k->c, ICAL_CATEGORIES_PROPERTY);
    for (; p != NULL && x->rc == 0;
         p = icalcomponent_get_next_property(k->c, ICAL_CATEGORIES_PROPERTY))
        put_prop(x, p, NULL, out);
}

/* Check the values set since skel_take, put the slots in place and append
 * the component's text to out: BEGIN, the properties in the component's
 * order (slot order, the CATEGORIES before cat_at), END, as
 * icalcomponent_as_ical_string_r writes them, each property's text kept
 * while its value stays. */
void skel_write(struct ctx *x, struct skel *k, const struct strlist *kw,
                struct strbuf *out)
{
    if (icalerrno != ICAL_NO_ERROR) {
        ical_fail(x, "a property value");
        return;
    }
    skel_sync(x, k, kw);
    if (x->rc != 0)
        return;
    const char *kind = icalcomponent_kind_to_string(icalcomponent_isa(k->c));
    strbuf_puts(out, "BEGIN:");
    strbuf_puts(out, kind);
    strbuf_puts(out, "\r\n");
    for (size_t i = 0; i <= k->n && x->rc == 0; i++) {
        if (i == k->cat_at && k->cats)
            put_categories(x, k, out);
        if (i < k->n && k->on[i])
            put_prop(x, k->p[i], &k->text[i], out);
    }
    strbuf_puts(out, "END:");
    strbuf_puts(out, kind);
    strbuf_puts(out, "\r\n");
}

/* Whether one of the 8 bytes of w is below 0x20 or is 0x7f (the test of
 * "has a byte less than n" on each byte, exact for the word as a whole). */
static inline bool word_has_control(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    uint64_t del = w ^ (ones * 0x7f);
    return (((w - ones * 0x20) & ~w) | ((del - ones) & ~del)) & highs;
}

/* Whether clean_text changes byte c. */
static inline bool needs_clean(unsigned char c)
{
    return (c < ' ' && c != '\n' && c != '\t') || c == 0x7f;
}

/* The length of the start of s (n bytes) that clean_text leaves as it is:
 * eight bytes at a time while none is a control character. */
static size_t clean_prefix(const char *s, size_t n)
{
    size_t i = 0;
    for (;;) {
        uint64_t w;
        while (i + 8 <= n && (memcpy(&w, s + i, 8), !word_has_control(w)))
            i += 8;
        size_t stop = i + 8 < n ? i + 8 : n;
        for (; i < stop; i++)
            if (needs_clean((unsigned char)s[i]))
                return i;
        if (i == n)
            return n;
    }
}

/* s as add_text's clean_text makes it: s itself when nothing changes (most
 * texts), else a copy in scratch (valid until its next use). */
static const char *text_clean(struct strbuf *scratch, const char *s)
{
    size_t n = strlen(s), i = clean_prefix(s, n);
    if (i == n)
        return s;
    strbuf_reset(scratch);
    strbuf_add(scratch, s, i);
    for (const unsigned char *p = (const unsigned char *)s + i; *p; p++) {
        if (*p == '\r')
            continue;
        strbuf_putc(scratch, needs_clean(*p) ? ' ' : (char)*p);
    }
    return strbuf_str(scratch);
}

/* The TEXT property `kind` holds s (NULL = none), cleaned; as add_text,
 * none when blank. */
void skel_set_text(struct skel *k, icalproperty_kind kind, const char *s)
{
    size_t i = skel_slot(k, kind);
    const char *t = s != NULL ? text_clean(&k->clean, s) : NULL;
    k->want[i] = !str_blank(t);
    if (k->want[i] && strcmp(icalvalue_get_text(k->v[i]), t) != 0) {
        icalvalue_set_text(k->v[i], t);
        slot_changed(k, i);
    }
}

/* The URL property holds the entry's first web address, if any. */
void skel_set_url(struct skel *k, const struct entry *e)
{
    size_t i = skel_slot(k, ICAL_URL_PROPERTY);
    char *url = ical_first_url(e);
    k->want[i] = url != NULL;
    if (url != NULL && strcmp(icalvalue_get_uri(k->v[i]), url) != 0) {
        icalvalue_set_uri(k->v[i], url);
        slot_changed(k, i);
    }
    free(url);
}

void skel_set_uid(struct ctx *x, struct skel *k, const char *what)
{
    char uid[UID_STR_LEN];
    uid_component(x->org, what, uid);
    size_t i = skel_slot(k, ICAL_UID_PROPERTY);
    icalvalue_set_text(k->v[i], uid);
    slot_changed(k, i);
    k->want[i] = true;
}

/* Whether a and b are the same DATE or DATE-TIME (zones aside: a slot's
 * zone is its TZID parameter). */
static bool same_time(struct icaltimetype a, struct icaltimetype b)
{
    return a.year == b.year && a.month == b.month && a.day == b.day && a.hour == b.hour &&
           a.minute == b.minute && a.second == b.second && a.is_date == b.is_date &&
           a.is_daylight == b.is_daylight && a.zone == b.zone;
}

void skel_set_time(struct skel *k, icalproperty_kind kind, struct icaltimetype t)
{
    size_t i = skel_slot(k, kind);
    struct icaltimetype old = icalvalue_get_datetimedate(k->v[i]);
    if (!same_time(old, t)) {
        icalvalue_set_datetimedate(k->v[i], t); /* DATE or DATE-TIME */
        slot_changed(k, i);
    }
    k->want[i] = true;
}

/* DTSTART and DTEND (events) are local times of zone tzid (a zones[]
 * string). */
void skel_set_zone(struct skel *k, const char *tzid)
{
    if (k->tzid == tzid)
        return;
    icalparameter_set_tzid(k->tz[0], tzid);
    icalparameter_set_tzid(k->tz[1], tzid);
    k->tzid = tzid;
    slot_changed(k, skel_slot(k, ICAL_DTSTART_PROPERTY));
    slot_changed(k, skel_slot(k, ICAL_DTEND_PROPERTY));
}

/* RRULE (events) is weekly on the DAY_* bits days. */
void skel_set_days(struct skel *k, unsigned days)
{
    if (days == k->days)
        return;
    size_t i = skel_slot(k, ICAL_RRULE_PROPERTY);
    ical_set_by_day(&k->rule, days); /* the rest stays as weekly_rule made it */
    icalvalue_set_recur(k->v[i], k->rule);
    k->days = days;
    slot_changed(k, i);
}

/* The constant properties. */
void skel_want(struct skel *k, icalproperty_kind kind)
{
    k->want[skel_slot(k, kind)] = true;
}

/* Writer: the model -> iCalendar. Builds every component with libical's API
 * (libical 3.0.x), lets libical escape, fold and serialise; with ical_skel.c
 * (the reusable components), ical_zone.c (time zones) and ical_int.h, the only
 * files that include <libical/ical.h> or look at icalerrno. */
#include "write/ical.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libical/ical.h>

#include "base/text.h"
#include "base/util.h"
#include "write/ical_int.h"
#include "write/uid.h"

/* Weekly hours are anchored on a fixed reference week, the one of Monday
 * 2024-01-01 (a winter week, so every zone is on standard time): a range
 * "du lundi au vendredi 9h-12h" starts on 20240101T090000 and repeats with
 * RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR. The same dates on every run keep
 * the output reproducible. */
enum { REF_YEAR = 2024, REF_MONTH = 1, REF_MONDAY = 1 };

/* ---- text of the entry -------------------------------------------------- */

static const char *org_name(const struct entry *e)
{
    if (!str_blank(e->org_name))
        return e->org_name;
    return e->title != NULL ? e->title : "";
}

static bool bookable_phone(const struct phone *p)
{
    return p->kind != PHONE_FAX && !str_blank(p->intl ? p->intl : p->text);
}

static const char *phone_text(const struct phone *p)
{
    return p->intl != NULL ? p->intl : p->text;
}

static void join(struct strbuf *sb, const char *sep, const char *s)
{
    if (str_blank(s))
        return;
    if (sb->len > 0)
        strbuf_puts(sb, sep);
    strbuf_puts(sb, s);
}

/* The address on one line, appended to the empty sb: "Palais de l'Europe,
 * Avenue de l'Europe, 67075 STRASBOURG CEDEX, France"; false when the entry
 * has none. */
static bool location(const struct entry *e, struct strbuf *sb)
{
    const struct address *a = &e->adr;
    for (size_t i = 0; i < a->lines.n; i++)
        join(sb, ", ", a->lines.v[i]);
    if (!str_blank(a->postcode) || !str_blank(a->locality)) {
        if (sb->len > 0)
            strbuf_puts(sb, ", ");
        strbuf_puts(sb, a->postcode ? a->postcode : "");
        if (!str_blank(a->postcode) && !str_blank(a->locality))
            strbuf_putc(sb, ' ');
        strbuf_puts(sb, a->locality ? a->locality : "");
    }
    join(sb, ", ", a->region);
    if (sb->len > 0)
        join(sb, ", ", a->country);
    return sb->len > 0;
}

/* ---- the components ------------------------------------------------------ */

static void add_common(struct ctx *x, icalcomponent *c, const struct ical_opts *o,
                       const char *what)
{
    char uid[UID_STR_LEN];
    uid_component(x->org, what, uid);
    ical_add_prop(x, c, icalproperty_new_uid(uid), "UID");
    struct icaltimetype stamp = icaltime_from_timet_with_zone(
        (time_t)o->dtstamp, 0, icaltimezone_get_utc_timezone());
    ical_add_prop(x, c, icalproperty_new_dtstamp(stamp), "DTSTAMP");
}

/* What a range opens, as its SUMMARY says it. */
static const char *kind_summary(enum hours_kind k)
{
    switch (k) {
    case HOURS_PHONE:
        return "Permanence t\u00e9l\u00e9phonique";
    case HOURS_PERMANENCE:
        return "Permanence";
    case HOURS_RECEPTION:
        break;
    }
    return "Accueil du public";
}

/* "Accueil du public – Groupe Pompidou (sur rendez-vous)" into sb (reset). */
static void range_summary(struct strbuf *sb, const struct entry *e,
                          const struct hours_range *r)
{
    strbuf_reset(sb);
    strbuf_puts(sb, kind_summary(r->kind));
    strbuf_puts(sb, " \u2013 ");
    strbuf_puts(sb, org_name(e));
    if (r->appointment)
        strbuf_puts(sb, " (sur rendez-vous)");
}

/* The day of the reference week a range first falls on (its first day, Monday
 * to Saturday, else Sunday) and its end in minutes from that day's midnight,
 * past 24 h when it ends after midnight ("20h-2h"). */
static void range_on_ref_week(const struct hours_range *r, int *day, int *end)
{
    int first = 0;
    while (first < 6 && !(r->days & (1u << first)))
        first++;
    *day = REF_MONDAY + first;
    *end = r->end <= r->start ? r->end + 24 * 60 : r->end;
}

/* DTSTART, DTEND, RRULE of a range on the reference week. */
static void add_range_times(struct ctx *x, icalcomponent *c, const struct hours_range *r,
                            const char *tzid)
{
    int day, end;
    range_on_ref_week(r, &day, &end);
    ical_add_prop_tz(
        x, c,
        icalproperty_new_dtstart(ical_local_time(REF_YEAR, REF_MONTH, day, r->start)),
        tzid, "DTSTART");
    ical_add_prop_tz(
        x, c, icalproperty_new_dtend(ical_local_time(REF_YEAR, REF_MONTH, day, end)),
        tzid, "DTEND");
    ical_add_prop(x, c, icalproperty_new_rrule(ical_weekly_rule(r->days)), "RRULE");
}

static bool range_ok(const struct hours_range *r)
{
    return (r->days & DAY_ALL) != 0 && r->start >= 0 && r->start < 24 * 60 &&
           r->end >= 0 && r->end <= 24 * 60;
}

/* A range that becomes an event: a valid one, and, when the public is
 * received only by appointment (the note says so), not the reception's: the
 * hours of a telephone line or a permanence stay. */
static bool range_written(const struct entry *e, const struct hours_range *r)
{
    return range_ok(r) && !(e->appointment_only && r->kind == HOURS_RECEPTION);
}

/* What a VEVENT and an AVAILABLE of range i hold alike: UID ("hours-i",
 * "available-i"), DTSTAMP, the times with their TZID and RRULE, SUMMARY and
 * LOCATION. */
static void add_range(struct ctx *x, icalcomponent *c, const struct ical_opts *o,
                      const char *kind, size_t i, const char *tzid, const char *loc)
{
    const struct hours_range *r = &x->e->hours.v[i];
    char what[32];
    snprintf(what, sizeof what, "%s-%zu", kind, i);
    add_common(x, c, o, what);
    add_range_times(x, c, r, tzid);
    struct strbuf summary = STRBUF_INIT;
    range_summary(&summary, x->e, r);
    ical_add_text(x, c, icalproperty_new_summary, strbuf_str(&summary), "SUMMARY");
    strbuf_free(&summary);
    if (loc != NULL)
        ical_add_text(x, c, icalproperty_new_location, loc, "LOCATION");
}

/* ---- the components ------------------------------------------------------ */

/* Appointment-only reception: a VJOURNAL (or VTODO) telling how to book. */
static void write_note(struct ctx *x, const struct ical_opts *o, struct strbuf *out)
{
    const struct entry *e = x->e;
    bool todo = o->note == ICAL_NOTE_TODO;
    struct skel *k = skel_take(x, todo ? FORM_TODO : FORM_JOURNAL, o);
    if (k == NULL)
        return;
    skel_set_uid(x, k, todo ? "todo" : "journal");
    skel_want(k, ICAL_DTSTAMP_PROPERTY);
    /* The journal is dated by "Mise à jour : juin 2021" -> 20210601. */
    const struct date *d = &e->updated;
    if (!todo && d->precision != DATE_NONE && d->year > 0 && d->month >= 1 &&
        d->month <= 12 && d->day >= 1 &&
        d->day <= icaltime_days_in_month(d->month, d->year)) {
        struct icaltimetype t = icaltime_null_date();
        t.year = d->year;
        t.month = d->precision >= DATE_MONTH ? d->month : 1;
        t.day = d->precision >= DATE_DAY ? d->day : 1;
        skel_set_time(k, ICAL_DTSTART_PROPERTY, t);
    }

    struct strbuf *sb = &k->a;
    strbuf_reset(sb);
    if (todo) {
        strbuf_puts(sb, "Prendre rendez-vous \u2013 ");
        strbuf_puts(sb, org_name(e));
    } else {
        strbuf_puts(sb, org_name(e));
        strbuf_puts(sb, " : accueil du public uniquement sur rendez-vous");
    }
    skel_set_text(k, ICAL_SUMMARY_PROPERTY, strbuf_str(sb));

    /* The sentence as written, then every way to book. */
    strbuf_reset(sb);
    join(sb, "",
         str_blank(e->hours_text) ? "Accueil du public uniquement sur rendez-vous."
                                  : e->hours_text);
    const char *sep = "\n\n";
    const struct phone *first_phone = NULL;
    for (size_t i = 0; i < e->phones.n; i++) {
        const struct phone *p = &e->phones.v[i];
        if (!bookable_phone(p))
            continue;
        if (first_phone == NULL)
            first_phone = p;
        strbuf_puts(sb, sep);
        strbuf_puts(sb, "T\u00e9l\u00e9phone : ");
        strbuf_puts(sb, phone_text(p));
        sep = "\n";
    }
    for (size_t i = 0; i < e->emails.n; i++) {
        strbuf_puts(sb, sep);
        strbuf_puts(sb, "E-mail : ");
        strbuf_puts(sb, e->emails.v[i]);
        sep = "\n";
    }
    for (size_t i = 0; i < e->urls.n; i++) {
        strbuf_puts(sb, sep);
        strbuf_puts(sb, "Site : ");
        strbuf_puts(sb, e->urls.v[i]);
        sep = "\n";
    }
    skel_set_text(k, ICAL_DESCRIPTION_PROPERTY, strbuf_str(sb));

    strbuf_reset(sb);
    join(sb, ", ", org_name(e));
    if (first_phone != NULL)
        join(sb, ", ", phone_text(first_phone));
    if (e->emails.n > 0)
        join(sb, ", ", e->emails.v[0]);
    skel_set_text(k, ICAL_CONTACT_PROPERTY, sb->len > 0 ? strbuf_str(sb) : NULL);

    skel_set_url(k, e);
    skel_want(k, ICAL_CLASS_PROPERTY);
    skel_want(k, ICAL_STATUS_PROPERTY);
    skel_write(x, k, &e->keywords, out);
    skel_give(x, k);
}

/* "20h-2h" ends at 1560 minutes: the next day 02:00. The reference week
 * never reaches a month end, so no calendar arithmetic is needed. */
static struct icaltimetype ref_time(int day, int minutes)
{
    struct icaltimetype t = icaltime_null_time();
    t.year = REF_YEAR;
    t.month = REF_MONTH;
    t.day = day + minutes / (24 * 60);
    t.hour = minutes / 60 % 24;
    t.minute = minutes % 60;
    return t;
}

/* kind "-" and the decimal digits of i ("hours-0") into buf. */
static void range_what(char buf[32], const char *kind, size_t i)
{
    char digits[24];
    size_t n = 0;
    do {
        digits[n++] = (char)('0' + i % 10);
        i /= 10;
    } while (i > 0);
    size_t len = strlen(kind);
    memcpy(buf, kind, len);
    buf[len++] = '-';
    while (n > 0)
        buf[len++] = digits[--n];
    buf[len] = '\0';
}

/* One VEVENT per range, serialised into out. */
static void write_events(struct ctx *x, const struct ical_opts *o, const char *tzid,
                         struct strbuf *out)
{
    const struct entry *e = x->e;
    struct skel *k = skel_take(x, FORM_EVENT, o);
    if (k == NULL)
        return;
    /* What every range of the entry shares. */
    skel_want(k, ICAL_DTSTAMP_PROPERTY);
    skel_want(k, ICAL_RRULE_PROPERTY);
    skel_want(k, ICAL_TRANSP_PROPERTY);
    skel_want(k, ICAL_CLASS_PROPERTY);
    skel_set_zone(k, tzid);
    strbuf_reset(&k->b);
    skel_set_text(k, ICAL_LOCATION_PROPERTY,
                  location(e, &k->b) ? strbuf_str(&k->b) : NULL);
    skel_set_url(k, e);
    /* The section as written carries what a rule cannot: closures
     * ("Fermeture annuelle la première quinzaine d'août"), partial
     * appointment rules. */
    skel_set_text(k, ICAL_DESCRIPTION_PROPERTY, e->hours_text);

    for (size_t i = 0; i < e->hours.n && x->rc == 0; i++) {
        const struct hours_range *r = &e->hours.v[i];
        if (!range_written(e, r))
            continue;
        char what[32];
        range_what(what, "hours", i);
        skel_set_uid(x, k, what);
        int day, end;
        range_on_ref_week(r, &day, &end);
        skel_set_time(k, ICAL_DTSTART_PROPERTY, ref_time(day, r->start));
        skel_set_time(k, ICAL_DTEND_PROPERTY, ref_time(day, end));
        skel_set_days(k, r->days & DAY_ALL);
        range_summary(&k->a, e, r);
        skel_set_text(k, ICAL_SUMMARY_PROPERTY, strbuf_str(&k->a));
        skel_write(x, k, NULL, out);
    }
    skel_give(x, k);
}

/* One VAVAILABILITY with an AVAILABLE per range (RFC 7953). LOCATION goes
 * on each AVAILABLE: RFC 7953 does not allow it on VAVAILABILITY (and
 * icalrestriction_check rejects it there). */
static icalcomponent *build_availability(struct ctx *x, const struct ical_opts *o,
                                         const char *tzid)
{
    const struct entry *e = x->e;
    struct strbuf loc = STRBUF_INIT;
    bool has_loc = location(e, &loc);
    icalcomponent *c =
        ical_checked_comp(x, icalcomponent_new_vavailability(), "VAVAILABILITY");
    add_common(x, c, o, "availability");
    char *summary = xasprintf("Accueil du public \u2013 %s", org_name(e));
    ical_add_text(x, c, icalproperty_new_summary, summary, "SUMMARY");
    free(summary);
    char *url = ical_first_url(e);
    if (url != NULL)
        ical_add_prop(x, c, icalproperty_new_url(url), "URL");
    free(url);
    if (!str_blank(e->hours_text))
        ical_add_text(x, c, icalproperty_new_description, e->hours_text, "DESCRIPTION");
    for (size_t i = 0; i < e->hours.n && x->rc == 0; i++) {
        const struct hours_range *r = &e->hours.v[i];
        if (!range_written(e, r))
            continue;
        icalcomponent *a =
            ical_checked_comp(x, icalcomponent_new_xavailable(), "AVAILABLE");
        add_range(x, a, o, "available", i, tzid, has_loc ? strbuf_str(&loc) : NULL);
        ical_add_child(c, a);
    }
    strbuf_free(&loc);
    return c;
}

/* ---- public calls ------------------------------------------------------- */

bool ical_has_content(const struct entry *e)
{
    if (e == NULL)
        return false;
    if (e->appointment_only)
        return true;
    for (size_t i = 0; i < e->hours.n; i++)
        if (range_ok(&e->hours.v[i]))
            return true;
    return false;
}

struct ical_writer *ical_writer_new(void)
{
    /* libical sets up its UTC zone and the key of its per-thread icalerrno
     * on first use: here, in the thread that makes the writers, before
     * threads write. */
    (void)icaltimezone_get_utc_timezone();
    icalerror_clear_errno();
    return xcalloc(1, sizeof(struct ical_writer));
}

void ical_writer_free(struct ical_writer *w)
{
    if (!w)
        return;
    for (size_t f = 0; f < N_FORMS; f++)
        skel_free(w->idle[f]);
    free(w);
}

int ical_write_components(struct ical_writer *w, const struct entry *e,
                          const unsigned char org[16], const struct ical_opts *o,
                          struct strbuf *out, struct ical_zones *zones_used,
                          struct fiche_error *err)
{
    if (!ical_has_content(e))
        return 0;
    struct ctx x = {.w = w, .e = e, .err = err};
    memcpy(x.org, org, sizeof x.org);
    size_t start = out->len; /* out is cut back there on failure */
    struct ical_zones used = {{0}};
    icalerror_clear_errno();
    bool ranges = false;
    for (size_t i = 0; i < e->hours.n && !ranges; i++)
        ranges = range_written(e, &e->hours.v[i]);
    /* reception by appointment only: the note; the hours of a telephone line
     * or a permanence it may still have are events as ever */
    if (e->appointment_only)
        write_note(&x, o, out);
    if (ranges) {
        const struct zone_def *z = ical_zone_for_code(ical_place_code(e));
        used = ical_zones_at(z);
        if (o->hours == ICAL_HOURS_AVAILABILITY) {
            icalcomponent *c = build_availability(&x, o, z->tzid);
            ical_serialise(&x, c, out);
            if (c != NULL)
                icalcomponent_free(c);
        } else {
            write_events(&x, o, z->tzid, out);
        }
    }
    if (x.rc != 0) {
        out->len = start;
        if (out->buf != NULL)
            out->buf[start] = '\0';
    } else if (zones_used != NULL) {
        ical_zones_add(zones_used, &used);
    }
    return x.rc;
}

void ical_write_tail(struct strbuf *out)
{
    strbuf_puts(out, "END:VCALENDAR\r\n");
}

int ical_write_entry(struct ical_writer *w, const struct entry *e,
                     const struct ical_opts *o, struct strbuf *out,
                     struct fiche_error *err)
{
    if (!ical_has_content(e))
        return 0;
    struct strbuf body = STRBUF_INIT;
    struct ical_zones used = {{0}};
    unsigned char org[16];
    uid_entry_bytes(e, org);
    int rc = ical_write_components(w, e, org, o, &body, &used, err);
    if (rc == 0)
        rc = ical_write_head(&used, out, err);
    if (rc == 0) {
        strbuf_puts(out, strbuf_str(&body));
        ical_write_tail(out);
    }
    strbuf_free(&body);
    return rc;
}

int fiche_icalendar(const struct entry *e, const struct ical_opts *o, char **out,
                    size_t *out_len, struct fiche_error *err)
{
    static const struct ical_opts defaults = {ICAL_HOURS_EVENTS, ICAL_NOTE_JOURNAL, 0};
    struct ical_writer *w = ical_writer_new();
    struct strbuf sb = STRBUF_INIT;
    int rc = ical_write_entry(w, e, o ? o : &defaults, &sb, err);
    ical_writer_free(w);
    *out_len = rc == 0 ? sb.len : 0;
    if (rc != 0)
        strbuf_reset(&sb);
    *out = strbuf_detach(&sb);
    return rc;
}

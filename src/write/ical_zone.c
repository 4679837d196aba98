/* Part of the iCalendar writer (ical.c): the time zones of the places an
 * entry can be in, their VTIMEZONE components and the VCALENDAR head that
 * names them, built by libical. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libical/ical.h>

#include "base/util.h"
#include "write/ical_int.h"

#define PRODID "-//fiche2vcard//fiche2vcard 0.1//FR"

/* ---- time zones --------------------------------------------------------- */

void ical_zones_add(struct ical_zones *a, const struct ical_zones *b)
{
    for (size_t i = 0; i < ICAL_ZONE_WORDS; i++)
        a->w[i] |= b->w[i];
}

bool ical_zones_equal(const struct ical_zones *a, const struct ical_zones *b)
{
    return memcmp(a->w, b->w, sizeof a->w) == 0;
}

bool ical_zones_empty(const struct ical_zones *a)
{
    for (size_t i = 0; i < ICAL_ZONE_WORDS; i++)
        if (a->w[i])
            return false;
    return true;
}

static struct ical_zones zone_set(size_t i)
{
    struct ical_zones z = {{0}};
    z.w[i / 64] = (uint64_t)1 << (i % 64);
    return z;
}

struct ical_zones ical_zones_of(const char *tzid)
{
    for (size_t i = 0; i < ICAL_N_ZONES; i++)
        if (strcmp(ical_zones[i].tzid, tzid) == 0)
            return zone_set(i);
    return (struct ical_zones){{0}};
}

struct ical_zones ical_zones_all(void)
{
    struct ical_zones z = {{0}};
    for (size_t i = 0; i < ICAL_N_ZONES; i++)
        z.w[i / 64] |= (uint64_t)1 << (i % 64);
    return z;
}

static bool code_in(const char *codes, const char *cc)
{
    size_t n = strlen(cc);
    for (const char *p = codes; *p;) {
        const char *q = strchr(p, ' ');
        size_t len = q ? (size_t)(q - p) : strlen(p);
        if (len == n) {
            size_t i = 0;
            while (i < n && ascii_toupper((unsigned char)cc[i]) == p[i])
                i++;
            if (i == n)
                return true;
        }
        p += len;
        while (*p == ' ')
            p++;
    }
    return false;
}

const struct zone_def *ical_zone_for_code(const char *cc)
{
    if (cc != NULL && *cc != '\0')
        for (size_t i = 0; i < ICAL_N_ZONES; i++)
            if (code_in(ical_zones[i].codes, cc))
                return &ical_zones[i];
    return &ical_zones[0];
}

struct ical_zones ical_zones_at(const struct zone_def *z)
{
    return zone_set((size_t)(z - ical_zones));
}

const char *ical_zone_for(const char *country_code)
{
    return ical_zone_for_code(country_code)->tzid;
}

/* The place's code: the address's country code, or, for a French address
 * without one, the overseas territory its postcode names ("97110" -> GP). */
const char *ical_place_code(const struct entry *e)
{
    const char *cc = e->adr.country_code;
    if (cc != NULL && *cc != '\0' &&
        !(ascii_toupper((unsigned char)cc[0]) == 'F' &&
          ascii_toupper((unsigned char)cc[1]) == 'R' && cc[2] == '\0'))
        return cc;
    const char *t = postcode_territory(e->adr.postcode);
    if (t)
        return t;
    /* Monaco's postcodes (98000) follow France's, its zone is its own */
    if (e->adr.postcode && strlen(e->adr.postcode) == 5 &&
        str_startswith(e->adr.postcode, "980"))
        return "MC";
    return cc;
}

/* RRULE:FREQ=YEARLY;BYMONTH=month;BYDAY=<week><weekday> (week -1 = last). */
static struct icalrecurrencetype yearly_rule(const struct zone_switch *sw)
{
    static const icalrecurrencetype_weekday days[] = {
        ICAL_MONDAY_WEEKDAY,   ICAL_TUESDAY_WEEKDAY, ICAL_WEDNESDAY_WEEKDAY,
        ICAL_THURSDAY_WEEKDAY, ICAL_FRIDAY_WEEKDAY,  ICAL_SATURDAY_WEEKDAY,
        ICAL_SUNDAY_WEEKDAY};
    struct icalrecurrencetype r;
    icalrecurrencetype_clear(&r);
    r.freq = ICAL_YEARLY_RECURRENCE;
    /* libical's BYDAY encoding: sign(week) * (|week| * 8 + weekday). */
    int week = sw->week,
        code = (week < 0 ? -week : week) * 8 + (int)days[sw->weekday % 7];
    r.by_day[0] = (short)(week < 0 ? -code : code);
    r.by_day[1] = ICAL_RECURRENCE_ARRAY_MAX;
    r.by_month[0] = (short)sw->month;
    r.by_month[1] = ICAL_RECURRENCE_ARRAY_MAX;
    return r;
}

/* One STANDARD or DAYLIGHT observance. */
static icalcomponent *observance(struct ctx *x, bool daylight, struct icaltimetype start,
                                 const struct icalrecurrencetype *rule, int from, int to,
                                 const char *name)
{
    icalcomponent *c =
        daylight ? ical_checked_comp(x, icalcomponent_new_xdaylight(), "DAYLIGHT")
                 : ical_checked_comp(x, icalcomponent_new_xstandard(), "STANDARD");
    ical_add_prop(x, c, icalproperty_new_dtstart(start), "DTSTART");
    if (rule != NULL)
        ical_add_prop(x, c, icalproperty_new_rrule(*rule), "RRULE");
    ical_add_prop(x, c, icalproperty_new_tzoffsetfrom(from), "TZOFFSETFROM");
    ical_add_prop(x, c, icalproperty_new_tzoffsetto(to), "TZOFFSETTO");
    ical_add_prop(x, c, icalproperty_new_tzname(name), "TZNAME");
    return c;
}

/* The observance that starts at switch sw, from offset from to offset to. */
static icalcomponent *switch_observance(struct ctx *x, bool daylight,
                                        const struct zone_switch *sw, int from, int to,
                                        const char *name)
{
    struct icalrecurrencetype r = yearly_rule(sw);
    return observance(x, daylight, ical_local_time(1970, sw->month, sw->day, sw->minutes),
                      &r, from, to, name);
}

static icalcomponent *build_vtimezone(struct ctx *x, const struct zone_def *z)
{
    icalcomponent *tz = ical_checked_comp(x, icalcomponent_new_vtimezone(), "VTIMEZONE");
    ical_add_prop(x, tz, icalproperty_new_tzid(z->tzid), "TZID");
    if (z->to_dst.month == 0) {
        ical_add_child(tz, observance(x, false, ical_local_time(1970, 1, 1, 0), NULL,
                                      z->std_offset, z->std_offset, z->std_name));
        return tz;
    }
    ical_add_child(tz, switch_observance(x, false, &z->to_std, z->dst_offset,
                                         z->std_offset, z->std_name));
    ical_add_child(tz, switch_observance(x, true, &z->to_dst, z->std_offset,
                                         z->dst_offset, z->dst_name));
    return tz;
}

/* Append the serialised VTIMEZONE of zone i to sb. */
static void zone_vtimezone(struct ctx *x, size_t i, struct strbuf *sb)
{
    icalerror_clear_errno();
    icalcomponent *tz = build_vtimezone(x, &ical_zones[i]);
    ical_serialise(x, tz, sb);
    if (tz != NULL)
        icalcomponent_free(tz);
}

/* Append "BEGIN:VCALENDAR" and its properties, serialised by libical
 * without the closing line, to sb. */
static void calendar_head(struct ctx *x, struct strbuf *sb)
{
    static const char end[] = "END:VCALENDAR\r\n";
    icalerror_clear_errno();
    icalcomponent *cal = ical_checked_comp(x, icalcomponent_new_vcalendar(), "VCALENDAR");
    ical_add_prop(x, cal, icalproperty_new_version("2.0"), "VERSION");
    ical_add_prop(x, cal, icalproperty_new_prodid(PRODID), "PRODID");
    ical_add_prop(x, cal, icalproperty_new_calscale("GREGORIAN"), "CALSCALE");
    size_t start = sb->len;
    ical_serialise(x, cal, sb);
    if (cal != NULL)
        icalcomponent_free(cal);
    if (x->rc == 0 && (sb->len - start < sizeof end - 1 ||
                       strcmp(sb->buf + sb->len - (sizeof end - 1), end) != 0))
        ical_fail(x, "VCALENDAR (unexpected text)");
    if (x->rc == 0) {
        sb->len -= sizeof end - 1;
        sb->buf[sb->len] = '\0';
    }
}

int ical_write_head(const struct ical_zones *zones_used, struct strbuf *out,
                    struct fiche_error *err)
{
    struct ctx x = {.err = err};
    struct strbuf sb = STRBUF_INIT;
    calendar_head(&x, &sb);
    for (size_t i = 0; i < ICAL_N_ZONES && x.rc == 0; i++)
        if (zones_used->w[i / 64] & ((uint64_t)1 << (i % 64)))
            zone_vtimezone(&x, i, &sb);
    if (x.rc == 0)
        strbuf_add(out, sb.buf, sb.len);
    strbuf_free(&sb);
    return x.rc;
}

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

#define H (60 * 60)

/* Current rules of each zone (IANA tzdata 2024); TZNAMEs as tzdata spells them. */
static const struct zone_def zones[] = {
    {ICAL_ZONE_PARIS, "Europe/Paris", "FR", RULE_EU, 1 * H, 2 * H, "CET", "CEST"},
    {ICAL_ZONE_BRUSSELS, "Europe/Brussels", "BE", RULE_EU, 1 * H, 2 * H, "CET", "CEST"},
    {ICAL_ZONE_ZURICH, "Europe/Zurich", "CH LI", RULE_EU, 1 * H, 2 * H, "CET", "CEST"},
    {ICAL_ZONE_LUXEMBOURG, "Europe/Luxembourg", "LU", RULE_EU, 1 * H, 2 * H, "CET",
     "CEST"},
    {ICAL_ZONE_MONACO, "Europe/Monaco", "MC", RULE_EU, 1 * H, 2 * H, "CET", "CEST"},
    {ICAL_ZONE_GUADELOUPE, "America/Guadeloupe", "GP", RULE_NONE, -4 * H, 0, "AST", NULL},
    {ICAL_ZONE_MARTINIQUE, "America/Martinique", "MQ", RULE_NONE, -4 * H, 0, "AST", NULL},
    {ICAL_ZONE_CAYENNE, "America/Cayenne", "GF", RULE_NONE, -3 * H, 0, "-03", NULL},
    {ICAL_ZONE_REUNION, "Indian/Reunion", "RE", RULE_NONE, 4 * H, 0, "+04", NULL},
    {ICAL_ZONE_MAYOTTE, "Indian/Mayotte", "YT", RULE_NONE, 3 * H, 0, "EAT", NULL},
    {ICAL_ZONE_MIQUELON, "America/Miquelon", "PM", RULE_US, -3 * H, -2 * H, "-03", "-02"},
    {ICAL_ZONE_ST_BARTHELEMY, "America/St_Barthelemy", "BL", RULE_NONE, -4 * H, 0, "AST",
     NULL},
    {ICAL_ZONE_MARIGOT, "America/Marigot", "MF", RULE_NONE, -4 * H, 0, "AST", NULL},
    {ICAL_ZONE_NOUMEA, "Pacific/Noumea", "NC", RULE_NONE, 11 * H, 0, "+11", NULL},
    {ICAL_ZONE_TAHITI, "Pacific/Tahiti", "PF", RULE_NONE, -10 * H, 0, "-10", NULL},
    {ICAL_ZONE_WALLIS, "Pacific/Wallis", "WF", RULE_NONE, 12 * H, 0, "+12", NULL},
};

#define N_ZONES (sizeof zones / sizeof zones[0])

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
        for (size_t i = 0; i < N_ZONES; i++)
            if (code_in(zones[i].codes, cc))
                return &zones[i];
    return &zones[0];
}

const char *ical_zone_for(const char *country_code)
{
    return ical_zone_for_code(country_code)->tzid;
}

/* The place's code: the address's country code, or, for a French address
 * without one, the overseas territory its postcode names ("97110" -> GP). */
const char *ical_place_code(const struct entry *e)
{
    static const struct {
        const char *prefix, *code;
    } posts[] = {
        {"97133", "BL"}, {"97150", "MF"}, {"971", "GP"}, {"972", "MQ"},
        {"973", "GF"},   {"974", "RE"},   {"975", "PM"}, {"976", "YT"},
        {"980", "MC"},   {"986", "WF"},   {"987", "PF"}, {"988", "NC"},
    };
    const char *cc = e->adr.country_code;
    if (cc != NULL && *cc != '\0' &&
        !(ascii_toupper((unsigned char)cc[0]) == 'F' &&
          ascii_toupper((unsigned char)cc[1]) == 'R' && cc[2] == '\0'))
        return cc;
    if (e->adr.postcode != NULL && e->adr.postcode[0] == '9' &&
        strlen(e->adr.postcode) == 5)
        for (size_t i = 0; i < sizeof posts / sizeof posts[0]; i++)
            if (str_startswith(e->adr.postcode, posts[i].prefix))
                return posts[i].code;
    return cc;
}

/* RRULE:FREQ=YEARLY;BYMONTH=month;BYDAY=<pos>SU (pos -1 = last). */
static struct icalrecurrencetype yearly_sunday_rule(int month, int pos)
{
    struct icalrecurrencetype r;
    icalrecurrencetype_clear(&r);
    r.freq = ICAL_YEARLY_RECURRENCE;
    /* libical's BYDAY encoding: sign(pos) * (|pos| * 8 + weekday). */
    int code = (pos < 0 ? -pos : pos) * 8 + ICAL_SUNDAY_WEEKDAY;
    r.by_day[0] = (short)(pos < 0 ? -code : code);
    r.by_day[1] = ICAL_RECURRENCE_ARRAY_MAX;
    r.by_month[0] = (short)month;
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

static icalcomponent *build_vtimezone(struct ctx *x, const struct zone_def *z)
{
    icalcomponent *tz = ical_checked_comp(x, icalcomponent_new_vtimezone(), "VTIMEZONE");
    ical_add_prop(x, tz, icalproperty_new_tzid(z->tzid), "TZID");
    struct icalrecurrencetype r;
    switch (z->rule) {
    case RULE_NONE:
        ical_add_child(tz, observance(x, false, ical_local_time(1970, 1, 1, 0), NULL,
                                      z->std_offset, z->std_offset, z->std_name));
        break;
    case RULE_EU: /* the switch is at 01:00 UTC: 02:00 CET, 03:00 CEST */
        r = yearly_sunday_rule(10, -1);
        ical_add_child(tz, observance(x, false, ical_local_time(1970, 10, 25, 3 * 60), &r,
                                      z->dst_offset, z->std_offset, z->std_name));
        r = yearly_sunday_rule(3, -1);
        ical_add_child(tz, observance(x, true, ical_local_time(1970, 3, 29, 2 * 60), &r,
                                      z->std_offset, z->dst_offset, z->dst_name));
        break;
    case RULE_US: /* at 02:00 local time */
        r = yearly_sunday_rule(11, 1);
        ical_add_child(tz, observance(x, false, ical_local_time(1970, 11, 1, 2 * 60), &r,
                                      z->dst_offset, z->std_offset, z->std_name));
        r = yearly_sunday_rule(3, 2);
        ical_add_child(tz, observance(x, true, ical_local_time(1970, 3, 8, 2 * 60), &r,
                                      z->std_offset, z->dst_offset, z->dst_name));
        break;
    }
    return tz;
}

/* Append the serialised VTIMEZONE of zone i to sb. */
static void zone_vtimezone(struct ctx *x, size_t i, struct strbuf *sb)
{
    icalerror_clear_errno();
    icalcomponent *tz = build_vtimezone(x, &zones[i]);
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

int ical_write_head(unsigned zones_used, struct strbuf *out, struct fiche_error *err)
{
    struct ctx x = {.err = err};
    struct strbuf sb = STRBUF_INIT;
    calendar_head(&x, &sb);
    for (size_t i = 0; i < N_ZONES && x.rc == 0; i++)
        if (zones_used & zones[i].bit)
            zone_vtimezone(&x, i, &sb);
    if (x.rc == 0)
        strbuf_add(out, sb.buf, sb.len);
    strbuf_free(&sb);
    return x.rc;
}

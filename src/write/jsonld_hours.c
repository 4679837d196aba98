/* Writer: the opening information of the model -> the JSON-LD writer's
 * schema.org OpeningHoursSpecification objects and OpenStreetMap's
 * opening_hours syntax ("Mo-Fr 09:00-12:30,14:00-17:30; Sa 09:00-12:00"),
 * the one the opening_hours library (OSM's reference parser) reads. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "write/formats_int.h"

/* A range the calendar writes (ical.c's range_ok): some day, a start within
 * the day, an end at 24:00 at the latest (not after the start: next day). */
bool hours_range_usable(const struct hours_range *r)
{
    return (r->days & DAY_ALL) != 0 && r->start >= 0 && r->start < 24 * 60 &&
           r->end >= 0 && r->end <= 24 * 60;
}

static const char *const osm_days[7] = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};

/* "HH:MM" of minutes since midnight; up to 48:00 (OSM's extended times). */
static void put_hhmm(struct strbuf *sb, int minutes)
{
    strbuf_add_uint(sb, (unsigned long)(minutes / 60), 2);
    strbuf_putc(sb, ':');
    strbuf_add_uint(sb, (unsigned long)(minutes % 60), 2);
}

/* "09:00-12:30", end in minutes from the day's midnight (past 24:00 for a
 * range past midnight): written as OSM writes it ("20:00-02:00"); a whole
 * day from a later start in the extended form ("08:00-32:00"). */
static void put_range(struct strbuf *sb, int start, int end)
{
    put_hhmm(sb, start);
    strbuf_putc(sb, '-');
    put_hhmm(sb, end > 24 * 60 && end - 24 * 60 < start ? end - 24 * 60 : end);
}

/* The day selector of the days in bits: runs of three days or more as
 * "Mo-We", shorter ones listed ("Mo,Tu"). */
static void put_days(struct strbuf *sb, unsigned bits)
{
    bool first = true;
    for (int d = 0; d < 7; d++) {
        if (!(bits & (1u << d)))
            continue;
        int end = d;
        while (end + 1 < 7 && (bits & (1u << (end + 1))))
            end++;
        for (int k = d; k <= end; k++) {
            if (!first)
                strbuf_putc(sb, ',');
            first = false;
            strbuf_puts(sb, osm_days[k]);
            if (k == d && end - d >= 2) {
                strbuf_putc(sb, '-');
                strbuf_puts(sb, osm_days[end]);
                break;
            }
        }
        d = end;
    }
}

/* Whether range r opens on day d in the kind asked for. */
static bool on_day(const struct hours_range *r, int d, enum hours_kind kind)
{
    return r->kind == kind && hours_range_usable(r) && (r->days & (1u << d));
}

struct span {
    int start, end; /* end past 1440 for a range past midnight */
};

static int span_cmp(const void *a, const void *b)
{
    const struct span *x = a, *y = b;
    return x->start != y->start ? (x->start > y->start) - (x->start < y->start)
                                : (x->end > y->end) - (x->end < y->end);
}

/* The time ranges of day d, sorted, the overlapping ones merged (the
 * model may give the same hours twice; they open the same time), as text
 * ("09:00-12:00,14:00-17:00"), with the appointment ranges apart: key
 * "free|appointment". Two days with the same key share a rule. */
static void day_key(const struct hours_list *l, int d, enum hours_kind kind,
                    struct strbuf *key)
{
    struct span *v = xcalloc(l->n ? l->n : 1, sizeof *v);
    strbuf_reset(key);
    for (int appt = 0; appt < 2; appt++) {
        size_t n = 0;
        for (size_t i = 0; i < l->n; i++) {
            const struct hours_range *r = &l->v[i];
            if (on_day(r, d, kind) && r->appointment == (appt == 1))
                v[n++] = (struct span){r->start,
                                       r->end <= r->start ? r->end + 24 * 60 : r->end};
        }
        qsort(v, n, sizeof *v, span_cmp);
        size_t m = 0;
        for (size_t i = 0; i < n; i++) {
            if (m > 0 && v[i].start <= v[m - 1].end) {
                if (v[i].end > v[m - 1].end)
                    v[m - 1].end = v[i].end;
            } else {
                v[m++] = v[i];
            }
        }
        for (size_t i = 0; i < m; i++) {
            if (i > 0)
                strbuf_putc(key, ',');
            put_range(key, v[i].start, v[i].end);
        }
        if (appt == 0)
            strbuf_putc(key, '|');
    }
    free(v);
}

/* One rule per group of days with the same ranges, in the order of their
 * first day, so that no two rules name the same day (a later rule would
 * replace an earlier one for its days). Ranges open only by appointment are
 * an additional rule (", ") with the state "open" and the comment "sur
 * rendez-vous": without "open", a comment makes the state unknown. */
bool osm_opening_hours(const struct hours_list *l, enum hours_kind kind,
                       struct strbuf *out)
{
    struct strbuf key[7];
    for (int d = 0; d < 7; d++) {
        key[d] = (struct strbuf)STRBUF_INIT;
        day_key(l, d, kind, &key[d]);
    }
    /* A range past midnight spills into the next day, which a later rule
     * after ";" would overwrite whole: the rules are then additional (","),
     * which, for rules of days apart, is the same week otherwise. */
    bool overnight = false;
    for (size_t i = 0; i < l->n; i++)
        overnight = overnight || (l->v[i].kind == kind && l->v[i].end <= l->v[i].start);
    const char *between = overnight ? ", " : "; ";
    unsigned done = 0;
    size_t start = out->len;
    for (int d = 0; d < 7; d++) {
        if ((done & (1u << d)) || strcmp(strbuf_str(&key[d]), "|") == 0)
            continue;
        unsigned bits = 0;
        for (int k = d; k < 7; k++)
            if (strcmp(strbuf_str(&key[k]), strbuf_str(&key[d])) == 0)
                bits |= 1u << k;
        done |= bits;
        const char *free_part = strbuf_str(&key[d]);
        const char *bar = strchr(free_part, '|');
        if (out->len > start)
            strbuf_puts(out, between);
        if (bar != free_part) {
            put_days(out, bits);
            strbuf_putc(out, ' ');
            strbuf_add(out, free_part, (size_t)(bar - free_part));
        }
        if (bar[1] != '\0') {
            if (bar != free_part)
                strbuf_puts(out, ", ");
            put_days(out, bits);
            strbuf_putc(out, ' ');
            strbuf_puts(out, bar + 1);
            strbuf_puts(out, " open \"sur rendez-vous\"");
        }
    }
    for (int d = 0; d < 7; d++)
        strbuf_free(&key[d]);
    return out->len > start;
}

/* "HH:MM:SS" (schema.org's Time); the end of the day, 24:00, is 23:59:59 as
 * schema.org's examples write a day open around the clock. */
static json_t *schema_time(int minutes)
{
    struct strbuf sb = STRBUF_INIT;
    if (minutes >= 24 * 60)
        strbuf_puts(&sb, "23:59:59");
    else {
        put_hhmm(&sb, minutes);
        strbuf_puts(&sb, ":00");
    }
    json_t *v = jw_str(strbuf_str(&sb));
    strbuf_free(&sb);
    return v;
}

json_t *jsonld_hours_specs(const struct hours_list *l, enum hours_kind kind)
{
    static const char *const day_iri[7] = {
        "https://schema.org/Monday",    "https://schema.org/Tuesday",
        "https://schema.org/Wednesday", "https://schema.org/Thursday",
        "https://schema.org/Friday",    "https://schema.org/Saturday",
        "https://schema.org/Sunday"};
    json_t *a = json_array();
    for (size_t i = 0; i < l->n; i++) {
        const struct hours_range *r = &l->v[i];
        if (r->kind != kind || !hours_range_usable(r))
            continue;
        json_t *days = json_array();
        for (int d = 0; d < 7; d++)
            if (r->days & (1u << d))
                json_array_append_new(days, json_string(day_iri[d]));
        json_t *s = json_pack("{s:s, s:o, s:o, s:o}", "@type",
                              "OpeningHoursSpecification", "dayOfWeek", days, "opens",
                              schema_time(r->start), "closes", schema_time(r->end));
        if (r->appointment)
            json_object_set_new(s, "description", json_string("Sur rendez-vous"));
        json_array_append_new(a, s);
    }
    return a;
}

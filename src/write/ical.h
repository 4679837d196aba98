/* Writer: the model -> iCalendar, built with libical's API and serialised by
 * libical; the only includer of <libical/ical.h>. */
#ifndef FICHE_ICAL_H
#define FICHE_ICAL_H

#include <stdbool.h>
#include <stdint.h>

#include "base/diag.h"
#include "base/strbuf.h"
#include "fiche.h"
#include "model/entry.h"
#include "write/zones.h"

/* The time zones calendar objects use: a set of indices into the writer's
 * table of zones (src/write/zones.c, one per country, generated from tzdata
 * by `make zones`), filled by ical_write_components and read by
 * ical_write_head, which writes one minimal VTIMEZONE (current rules, plain
 * IANA TZID) per zone in the set. */
#define ICAL_ZONE_WORDS ((ICAL_N_ZONES + 63) / 64)
struct ical_zones {
    uint64_t w[ICAL_ZONE_WORDS];
};

/* The zones of a and b in a. */
void ical_zones_add(struct ical_zones *a, const struct ical_zones *b);

/* Whether a and b are the same set; whether a holds no zone. */
bool ical_zones_equal(const struct ical_zones *a, const struct ical_zones *b);
bool ical_zones_empty(const struct ical_zones *a);

/* The set of the zone named tzid (empty when the table has none); the set of
 * every zone. */
struct ical_zones ical_zones_of(const char *tzid);
struct ical_zones ical_zones_all(void);

/* A writer: the libical components it builds once and fills again for each
 * note and event (building a component cost half as much as serialising
 * it). One per thread that writes; entries written with one writer give the
 * same text as with a new writer each. */
struct ical_writer;

/* New writer. Make the writers of a run in one thread, before threads use
 * them: the first one sets up libical's UTC zone and error state, which
 * libical builds on first use. */
struct ical_writer *ical_writer_new(void);
void ical_writer_free(struct ical_writer *w);

/* True when e has opening information that becomes a calendar object
 * (appointment-only reception or weekly hours). */
bool ical_has_content(const struct entry *e);

/* The components of one entry (VJOURNAL or VTODO; VEVENTs or a
 * VAVAILABILITY), built with libical through w and serialised by libical
 * (CRLF, folded), appended to out without a VCALENDAR around them; the time
 * zones they use are added to *zones (which may be NULL). Weekly ranges start in
 * the reference week of Monday 2024-01-01 and repeat weekly. An
 * appointment-only entry gets the note only, without time zone. Appends
 * nothing for an entry without opening information, and nothing on failure.
 * Returns 0 or FICHE_EICAL (err set). */
int ical_write_components(struct ical_writer *w, const struct entry *e,
                          const unsigned char org[16], const struct ical_opts *o,
                          struct strbuf *out, struct ical_zones *zones,
                          struct fiche_error *err);

/* "BEGIN:VCALENDAR", VERSION, PRODID, CALSCALE, then one minimal VTIMEZONE
 * (current rules, plain IANA TZID) for each zone in zones, in the order of
 * the table, built by libical. Returns 0 or FICHE_EICAL (err set, out
 * untouched). */
int ical_write_head(const struct ical_zones *zones, struct strbuf *out,
                    struct fiche_error *err);

/* "END:VCALENDAR" and CRLF. */
void ical_write_tail(struct strbuf *out);

/* A whole VCALENDAR for one entry (head, components, tail); appends nothing
 * when e has no opening information or on failure. Returns 0 or FICHE_EICAL. */
int ical_write_entry(struct ical_writer *w, const struct entry *e,
                     const struct ical_opts *o, struct strbuf *out,
                     struct fiche_error *err);

/* IANA zone name for a place (ISO alpha-2 of the country or overseas
 * department): "FR" -> "Europe/Paris", "GP" -> "America/Guadeloupe",
 * "RE" -> "Indian/Reunion"...; case-insensitive; NULL, empty or unknown
 * country = Europe/Paris. Returns a static string. */
const char *ical_zone_for(const char *country_code);

#endif

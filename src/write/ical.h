/* Writer: the model -> iCalendar, built with libical's API and serialised by
 * libical; the only includer of <libical/ical.h>. */
#ifndef FICHE_ICAL_H
#define FICHE_ICAL_H

#include <stdbool.h>

#include "base/diag.h"
#include "base/strbuf.h"
#include "fiche.h"
#include "model/entry.h"

/* Time zones a calendar object may use: bits or-ed into the `zones` argument
 * of ical_write_components and read by ical_write_head, which writes one
 * minimal VTIMEZONE (current rules, plain IANA TZID) per bit set. */
enum ical_zone {
    ICAL_ZONE_PARIS = 1u << 0,          /* Europe/Paris (France, default) */
    ICAL_ZONE_BRUSSELS = 1u << 1,       /* Europe/Brussels */
    ICAL_ZONE_ZURICH = 1u << 2,         /* Europe/Zurich */
    ICAL_ZONE_LUXEMBOURG = 1u << 3,     /* Europe/Luxembourg */
    ICAL_ZONE_MONACO = 1u << 4,         /* Europe/Monaco */
    ICAL_ZONE_GUADELOUPE = 1u << 5,     /* America/Guadeloupe */
    ICAL_ZONE_MARTINIQUE = 1u << 6,     /* America/Martinique */
    ICAL_ZONE_CAYENNE = 1u << 7,        /* America/Cayenne (Guyane) */
    ICAL_ZONE_REUNION = 1u << 8,        /* Indian/Reunion */
    ICAL_ZONE_MAYOTTE = 1u << 9,        /* Indian/Mayotte */
    ICAL_ZONE_MIQUELON = 1u << 10,      /* America/Miquelon */
    ICAL_ZONE_ST_BARTHELEMY = 1u << 11, /* America/St_Barthelemy */
    ICAL_ZONE_MARIGOT = 1u << 12,       /* America/Marigot (Saint-Martin) */
    ICAL_ZONE_NOUMEA = 1u << 13,        /* Pacific/Noumea */
    ICAL_ZONE_TAHITI = 1u << 14,        /* Pacific/Tahiti */
    ICAL_ZONE_WALLIS = 1u << 15,        /* Pacific/Wallis */
    ICAL_ZONE_ALL = (1u << 16) - 1
};

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
 * zones they use are or-ed into
 * *zones (bits of enum ical_zone; zones may be NULL). Weekly ranges start in
 * the reference week of Monday 2024-01-01 and repeat weekly. An
 * appointment-only entry gets the note only, without time zone. Appends
 * nothing for an entry without opening information, and nothing on failure.
 * Returns 0 or FICHE_EICAL (err set). */
int ical_write_components(struct ical_writer *w, const struct entry *e,
                          const struct ical_opts *o, struct strbuf *out, unsigned *zones,
                          struct fiche_error *err);

/* "BEGIN:VCALENDAR", VERSION, PRODID, CALSCALE, then one minimal VTIMEZONE
 * (current rules, plain IANA TZID) for each zone bit set in zones, in the
 * order of enum ical_zone, built by libical. Returns 0 or FICHE_EICAL (err
 * set, out untouched). */
int ical_write_head(unsigned zones, struct strbuf *out, struct fiche_error *err);

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

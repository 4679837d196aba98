/* Private to the writers of formats.h (jcard.c, jscontact.c, jsonld*.c,
 * csv.c): the UIDs of an entry's cards, the JSON helpers on jansson, and
 * each format's call. */
#ifndef FICHE_FORMATS_INT_H
#define FICHE_FORMATS_INT_H

#include <stdbool.h>
#include <stddef.h>

#include <jansson.h>

#include "base/strbuf.h"
#include "model/entry.h"
#include "write/formats.h"
#include "write/uid.h"

/* The UIDs of the vCard: the organisation's, then one per person. */
struct card_uids {
    unsigned char org_bytes[16];
    char org[UID_STR_LEN];
    char (*people)[UID_STR_LEN]; /* e->people.n of them */
};

/* Compute the UIDs of e's cards into u (free with card_uids_free). */
void card_uids_init(struct card_uids *u, const struct entry *e);
void card_uids_free(struct card_uids *u);

/* A JSON string of s (NUL-terminated UTF-8; NULL gives ""). The model's text
 * is valid UTF-8; should it not be, the string is "" rather than a NULL that
 * would drop the member. */
json_t *jw_str(const char *s);

/* The length of the control character at s (n bytes left) that the card
 * writers make a space, as the vCard writer does: C0 but the line break,
 * DEL (1), C1 in UTF-8 (2); 0 for any other character. */
size_t fmt_control_len(const char *s, size_t n);

/* s trimmed, as a JSON string. */
json_t *jw_trimmed(const char *s);

/* Set key of o to the string s when s is not blank. */
void jw_set_text(json_t *o, const char *key, const char *s);

/* Append v as compact JSON (members in insertion order) to out, then drop
 * the reference to v. */
void jw_dump(json_t *v, struct strbuf *out);

/* The address of e on one line per delivery line, then "postcode
 * locality", region and country: the lines as the card's LABEL writes them
 * when there are, else built from the parts. Appended to sb with sep between
 * lines. False when e has no address. */
bool card_address_lines(const struct entry *e, const char *sep, struct strbuf *sb);

/* The per-format calls of format_write_entry. */
size_t jcard_write_entry(const struct entry *e, struct strbuf *out);
size_t jscontact_write_entry(const struct entry *e, struct strbuf *out);
size_t jsonld_write_entry(const struct entry *e, struct strbuf *out);
size_t csv_write_entry(const struct entry *e, bool outlook, struct strbuf *out);

/* ---- opening information (jsonld_hours.c) ---- */

/* True for a range the calendar writes too: some day, a start within the
 * day, an end at 24:00 at the latest (at or before the start: next day). */
bool hours_range_usable(const struct hours_range *r);

/* Append the ranges of kind in l in OpenStreetMap's opening_hours syntax
 * ("Mo-Fr 09:00-12:30,14:00-17:30; Sa 09:00-12:00") to out; false, nothing
 * appended, when there is none. */
bool osm_opening_hours(const struct hours_list *l, enum hours_kind kind,
                       struct strbuf *out);

/* The ranges of kind in l as schema.org OpeningHoursSpecification objects
 * (dayOfWeek, opens, closes), one per range; a new array. */
json_t *jsonld_hours_specs(const struct hours_list *l, enum hours_kind kind);

/* The CSV header row (with the byte order mark for Outlook), CRLF ended. */
void csv_write_header(bool outlook, struct strbuf *out);

/* The JSON-LD context member that a document of one entry starts with. */
#define JSONLD_CONTEXT "\"@context\":\"https://schema.org\""

#endif

/* The model: what one directory entry says, as plain structs of owned
 * NUL-terminated NFC UTF-8 strings, defined in fiche.h (they are the
 * library's public contract). Extractors fill it; the writers read it. Here:
 * how the stages build and free it, and its values as text. No I/O, no
 * third-party types. */
#ifndef FICHE_ENTRY_H
#define FICHE_ENTRY_H

#include <stdbool.h>
#include <stddef.h>

#include "base/diag.h"
#include "base/util.h"
#include "fiche.h"

/* New empty entry; source is copied. */
struct entry *entry_new(const char *source, int line, int index);

/* Containers: adding hands the item's strings over to the container. */
void phone_list_push(struct phone_list *l, struct phone p);
void phone_list_clear(struct phone_list *l);
void person_list_push(struct person_list *l, struct person p);
void hours_list_push(struct hours_list *l, struct hours_range r);
/* Append text under heading: when the last note has the same heading the text
 * is appended to it on a new line. Both strings are copied. */
void entry_add_note(struct entry *e, const char *heading, const char *text);

void phone_clear(struct phone *p);
void person_clear(struct person *p);
void address_clear(struct address *a);

/* The French overseas territory (ISO 3166-1 code: "GP", "RE", "PF"...)
 * that a five-digit postcode stands for ("97110" -> "GP", "97133" -> "BL",
 * "98718" -> "PF"), or NULL for any other (territory.c). */
const char *postcode_territory(const char *postcode);

/* The model's values as text (format.c). */
/* "2021", "2021-06" or "2021-06-12" as the precision says; buf >= 11 bytes. */
void date_format_iso(const struct date *d, char *buf, size_t size);

/* The first instant of the date as a UTC timestamp:
 * basic form "20210601T000000Z" (vCard 4.0 and 2.1) when extended is false,
 * extended "2021-06-01T00:00:00Z" (vCard 3.0) when true. buf >= 21 bytes. */
void date_format_timestamp(const struct date *d, bool extended, char *buf, size_t size);

/* "09:00" for 540, "24:00" for 1440 (minutes clamped to 0..1440); buf >= 6
 * bytes. */
void hours_format(int minutes, char *buf, size_t size);

/* Two-letter iCalendar day names, MO..SU, for bit i. */
extern const char *const entry_day_names[7];

#endif

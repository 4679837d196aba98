/* Delivery items: one entry's output cut into the objects that address books
 * and calendars store one per resource (a vdir file, a CardDAV/CalDAV
 * resource), each named after its UID. The bytes of an item are those of
 * --vcf or --ics output: a card as the writer wrote it; a calendar object is
 * the head of the entry's time zones, the components of one UID, the tail. */
#ifndef FICHE_CLI_ITEMS_H
#define FICHE_CLI_ITEMS_H

#include <stdbool.h>
#include <stddef.h>

#include "base/strbuf.h"

struct ical_zones;

/* One item: the file or resource name ("UID.vcf", "UID.ics") and its bytes,
 * both owned. */
struct item {
    char *name;
    struct strbuf text;
};

struct item_list {
    struct item *v;
    size_t n, cap;
};

/* Append one item per card of the n bytes at vcf (cards as the vCard writer
 * writes them: "BEGIN:VCARD" ... "END:VCARD", CRLF) to out, each named
 * after its UID ("urn:uuid:" left out) and ".vcf". A card without a UID, or
 * with one that is not a plain name ([A-Za-z0-9._-], not starting with
 * "."), is named after the hash of its bytes. */
void items_cards(const char *vcf, size_t n, struct item_list *out);

/* Append one calendar object per UID of the n bytes at comps (top-level
 * components, as ical_write_components writes them) to out: head, the
 * components of that UID, tail; named "UID.ics". The head is made by
 * libical (ical_write_head) for the time zones zones; once per distinct
 * zones. Returns 0, or -1 when the head could not be built (message said). */
int items_calendar(const char *comps, size_t n, const struct ical_zones *zones,
                   struct item_list *out);

/* Free the items of l; l is empty and reusable. */
void item_list_clear(struct item_list *l);

/* Free the heads that items_calendar keeps. */
void items_cleanup(void);

#endif

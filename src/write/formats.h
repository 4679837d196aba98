/* Writers: the model -> the other formats a contact or a schedule travels in
 * (issue 20): jCard (RFC 7095), JSContact (RFC 9553), schema.org JSON-LD with
 * OpenStreetMap opening hours, and the contact CSV files Google Contacts and
 * Outlook import. One file per format (jcard.c, jscontact.c, jsonld.c,
 * csv.c); here, what they share: one call per entry, and how the items of
 * many entries make one document. Never parses, never prints. */
#ifndef FICHE_FORMATS_H
#define FICHE_FORMATS_H

#include <stdbool.h>
#include <stddef.h>

#include "base/strbuf.h"
#include "model/entry.h"

enum fiche_format {
    FORMAT_JCARD,       /* RFC 7095: the vCard 4.0 cards as jCard arrays */
    FORMAT_JSCONTACT,   /* RFC 9553: one Card object per card */
    FORMAT_JSONLD,      /* schema.org: one Organization per entry */
    FORMAT_CSV_GOOGLE,  /* Google Contacts' CSV: one row per card, UTF-8 */
    FORMAT_CSV_OUTLOOK, /* Outlook's CSV: one row per card, UTF-8 with BOM */
    FORMAT_COUNT
};

/* Append the items of entry e in format f to out: the entry's cards (jCard,
 * JSContact: one JSON value per line, the organisation's then one per
 * person, separated by ",\n"), its Organization object (JSON-LD: one line),
 * or its rows (CSV: one per card, each ending in CRLF). Returns the number of
 * items appended. Deterministic: no clock, no randomness. */
size_t format_write_entry(enum fiche_format f, const struct entry *e, struct strbuf *out);

/* A document of format f put together from the items of many entries, as
 * they come: a single item is a document of its own (a jCard, a Card, a
 * JSON-LD object with its @context), several are gathered (a JSON array; a
 * JSON-LD @graph); a CSV file is its header row, then the rows. The first
 * item is held back until it is known whether another follows. No I/O: each
 * call appends to out what can be written so far. */
struct format_doc {
    enum fiche_format f;
    size_t items;       /* added so far */
    struct strbuf held; /* the first item, while it is the only one */
};

void format_doc_init(struct format_doc *d, enum fiche_format f);
/* Add the len bytes at chunk, n items from format_write_entry. */
void format_doc_add(struct format_doc *d, const char *chunk, size_t len, size_t n,
                    struct strbuf *out);
/* Append the end of the document to out and free d's memory. Returns false,
 * appending nothing, when no item was added (no document to write). */
bool format_doc_end(struct format_doc *d, struct strbuf *out);

/* The short name of f in messages and the report ("jcard", "jscontact",
 * "jsonld", "csv-google", "csv-outlook"). */
const char *format_name(enum fiche_format f);

#endif

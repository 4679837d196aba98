/* Extractor: the opening section. Appointment-only reception, weekly hours
 * ("du lundi au vendredi, 9h-12h et 13h30-17h", "Lundi et jeudi : 8h30-19h",
 * "24h/24 7j/7"), ranges open only by appointment, and closures. */
#ifndef FICHE_HOURS_H
#define FICHE_HOURS_H

#include <stddef.h>

#include "model/entry.h"
#include "read/section.h"

/* Fill e->appointment_only, e->hours, e->closures, e->hours_notes and
 * e->hours_text from the lines of the opening section (lines borrowed, n may
 * be 0). e->hours_text gets every line as written, joined by "\n" (appended to
 * any text already there). Closure sentences ("Fermé en août") go to
 * e->closures, final stop dropped. A line or part of a line not understood
 * (no hours invented) is kept in e->hours_notes as written, with a warning
 * "opening hours not understood: ..." carrying its line in e->diags (for a
 * part of a sentence, the part quoted, then the whole sentence). When
 * reception is only by appointment, e->hours stays empty. Never fails. */
void hours_extract(const struct text_line *lines, size_t n, struct entry *e);

/* The same for a section under heading (as written, Markdown removed; NULL or
 * "" for none): a heading that names a kind ("Horaires du numéro d'urgence",
 * "Permanences téléphoniques") or a season ("Horaires d'été") gives it to
 * the section's lines, as a label line ("Accueil téléphonique :") does to the
 * lines under it. */
void hours_extract_under(const char *heading, const struct text_line *lines, size_t n,
                         struct entry *e);

/* Ranges written outside the opening section (the contact block's sentences,
 * the slots before the people's names) read as hours_extract_under reads
 * them into e, e->hours_text left as it was: they stay where they are
 * written. */
void hours_extract_aside(const char *heading, const struct text_line *lines, size_t n,
                         struct entry *e);

#endif

/* The Markdown reader: one entry's decoded text -> its title and sections of
 * plain lines (section.h), through md4c, the only library it wraps. */
#ifndef FICHE_MARKDOWN_H
#define FICHE_MARKDOWN_H

#include <stddef.h>

#include "read/section.h"

/* Read the len bytes at text (one entry's decoded text, NFC UTF-8 with "\n"
 * line ends, whose first line is line base_line of its file) into doc, which
 * must be zeroed. Headings of level 1 give the title (the first one; later
 * ones are sections), the others sections; lines before any heading below
 * the title form a section with heading "". Paragraph lines, list items and
 * table rows each become one line ("| Lundi | 9h-12h |" -> "Lundi, 9h-12h");
 * a table whose header row names only a person's columns ("Civilité |
 * Prénom | Nom | Fonction") has each row written as a person's line ("Mme
 * Lisa CASANOVA, cadre de santé"). Returns 0; FICHE_ELIMIT when the text is
 * too large for md4c, FICHE_EPARSE when md4c fails. doc holds what was read
 * either way: the caller frees it (document_free). */
int markdown_read(const char *text, size_t len, int base_line, struct document *doc);

#endif

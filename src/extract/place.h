/* Extractor: which country an entry is in when its address does not say it,
 * from the other signals of its text: the country codes of its numbers, the
 * way its national numbers are written, the domains of its addresses. */
#ifndef FICHE_PLACE_H
#define FICHE_PLACE_H

#include <stddef.h>

#include "model/entry.h"
#include "read/section.h"

/* The country (ISO alpha-2) the lines of a contact block point to, or NULL
 * when they do not: in this order, an international prefix ("+32 2 …",
 * "0041 …", "(+352) 28 …"), the top-level domain of an e-mail or web
 * address (".be", ".ch", ".lu", ".mc"). Static string. */
const char *place_hint(const struct text_line *lines, size_t n);

/* The country a national number of the lines is written for, or NULL: nine
 * digits after the trunk 0, "02/514.41.11", "064/431.620": Belgium; "0XX XXX
 * XX XX", "022 722 11 50": Switzerland. A weaker sign than place_hint's, and
 * than a place the entry names. Static string. */
const char *place_number_form(const struct text_line *lines, size_t n);

/* The country of the top-level domain of an e-mail or web address
 * ("x@cpas.be", "https://www.x.nc/y") among those place_hint knows, or
 * NULL (s may be NULL). Static string. */
const char *place_domain(const char *s);

/* The country or territory (ISO alpha-2) that a part of text names whole,
 * the parts cut at commas, semicolons, parentheses and spaced dashes:
 * "SOS X – écoute (Nouvelle-Calédonie)" -> "NC", "Québec" -> "CA"; NULL
 * when none does, or only France. For an entry's title or keywords, a
 * weaker sign than the numbers and domains of its contact block. Static
 * string. */
const char *place_named(const char *text);

/* Whether one of the parts of a keywords line (cut at "," and ";") is a
 * French department ("Var", "Haute-Savoie"). */
bool place_names_department(const char *line);

/* Give e->adr a country when it has none: the country of the region of the
 * entry's first number from abroad (a French overseas number is France),
 * else of the domains of its e-mail and web addresses, else of the page it
 * was taken from, else o->region's,
 * else France. */
void place_default_country(struct entry *e, const struct extract_opts *o);

#endif

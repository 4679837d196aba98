/* Localities of Belgium, Switzerland, Luxembourg and Monaco (the table is
 * generated: scripts/gen-localities.cc, `make localities`). */
#ifndef FICHE_EXTRACT_LOCALITIES_H
#define FICHE_EXTRACT_LOCALITIES_H

#include <stddef.h>

struct locality {
    const char *key;  /* fold key of the name (base/text.h), sorted */
    const char *code; /* ISO 3166 alpha-2 */
};

extern const struct locality localities[];
extern const size_t n_localities;

/* The country of the locality of fold key key, or NULL when it is none of
 * the table's (a French one, or unknown). */
const char *locality_country(const char *key);

#endif

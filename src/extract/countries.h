/* Every country of ISO 3166-1 with its French name, generated from Debian's
 * iso-codes (scripts/gen-countries.py, `make countries`): for a country
 * written on its own line ("Thaïlande") or implied by a phone number. */
#ifndef FICHE_COUNTRIES_H
#define FICHE_COUNTRIES_H

#include <stdbool.h>
#include <stddef.h>

struct country_name {
    const char *key;  /* str_fold_key of the French name */
    const char *name; /* French name: "Thaïlande" */
    const char *code; /* ISO 3166-1 alpha-2 */
    bool overseas;    /* a French overseas department or collectivity */
};

/* Sorted by key (strcmp). */
extern const struct country_name country_names[];
extern const size_t country_names_count;

#endif

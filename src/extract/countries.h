/* Every country of ISO 3166-1 with its French name and every department of
 * France, generated from Debian's iso-codes (scripts/gen-countries.py, `make
 * countries`): for a country written on its own line ("Thaïlande") or
 * implied by a phone number, a department written in an address. */
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

/* A department of France, from ISO 3166-2. */
struct department_name {
    const char *key;  /* str_fold_key of its name */
    const char *name; /* "Pyrénées-Orientales" */
    const char *code; /* "66", "2A", "974" */
};

/* Sorted by key (strcmp). */
extern const struct department_name department_names[];
extern const size_t department_names_count;

#endif

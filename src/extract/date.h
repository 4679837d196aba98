/* Extractor: the date of "Mise à jour" ("juin 2021", "12/03/2022",
 * "1er février 2023", "07/2019", "2020"). */
#ifndef FICHE_DATE_H
#define FICHE_DATE_H

#include <stdbool.h>
#include <stddef.h>

#include "model/entry.h"

/* Parse text; dates are day/month/year ("08/11/22": a two-digit year is
 * 1970 to 2069). True and *out set when understood
 * (and a real calendar date); false, out->precision = DATE_NONE, otherwise. */
bool date_parse(const char *text, struct date *out);

#endif

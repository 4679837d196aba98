/* Extractor: the date of "Mise à jour" ("juin 2021", "12/03/2022",
 * "1er février 2023", "07/2019", "2020") and its forms in the outputs. */
#ifndef FICHE_DATE_H
#define FICHE_DATE_H

#include <stdbool.h>
#include <stddef.h>

#include "model/entry.h"

/* Parse text; dates are day/month/year ("08/11/22": a two-digit year is
 * 1970 to 2069). True and *out set when understood
 * (and a real calendar date); false, out->precision = DATE_NONE, otherwise. */
bool date_parse(const char *text, struct date *out);

/* "2021", "2021-06" or "2021-06-12" as the precision says; buf >= 11 bytes. */
void date_format_iso(const struct date *d, char *buf, size_t size);

/* The first instant of the date as a UTC timestamp:
 * basic form "20210601T000000Z" (vCard 4.0 and 2.1) when extended is false,
 * extended "2021-06-01T00:00:00Z" (vCard 3.0) when true. buf >= 21 bytes. */
void date_format_timestamp(const struct date *d, bool extended, char *buf, size_t size);

#endif

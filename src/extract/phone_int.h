/* Private to the phone extractor (phone*.c): what the finder and labeller
 * (phone.c) and the resolution to E.164 (phone_parse.c) share. */
#ifndef FICHE_PHONE_INT_H
#define FICHE_PHONE_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "extract/phone.h"

/* Byte length of the white space at s (ASCII blank, U+00A0, U+202F, U+2009),
 * 0 when none. Numbers are often typeset with no-break spaces. */
static inline size_t blank_len(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] == ' ' || u[0] == '\t')
        return 1;
    if (u[0] == 0xC2 && u[1] == 0xA0)
        return 2;
    if (u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0xAF || u[2] == 0x89))
        return 3;
    return 0;
}

/* phone_parse with the kind the label names already known (lk, known). */
int phone_parse_labelled(const char *text, const char *label, enum phone_kind lk,
                         bool known, const char *region, int line, struct phone *out);

#endif

/* Private to the people extractor (person*.c): what the line reader
 * (person.c) uses of the name parser and case rules (person_name.c). */
#ifndef FICHE_PERSON_INT_H
#define FICHE_PERSON_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "extract/person.h"

/* Room for a lower-cased word compared with the word lists, which hold
 * short words only: a longer word is in none of them. */
#define LOWER_CAP 64

/* A person's name as person_parse_name_v cuts it: the civility (not owned),
 * the given names and the family name as written (heap strings, the
 * caller's). */
struct name {
    const char *prefix;
    char *given;
    char *family_raw;
};

/* Lower-case copy of the word w in out (LOWER_CAP bytes, NUL-terminated);
 * false, out empty, when it does not fit. */
bool person_lower_word(const char *w, char out[LOWER_CAP]);

/* Parse "M. Jean DE LA TOUR", "GUILBAUD Sylvain", "Denis HUBER". vouched: the
 * line's label ("Directrice : Claire Dupuis") or a role after the name
 * ("Aurélie Robic, directrice") vouches, as a civility does, for a given and
 * family name written in natural case. A civility and one word are a family
 * name ("Madame Decoux"). */
bool person_parse_name_v(const char *text, struct name *out, bool vouched);

/* A given name alone, as a club's board writes its people ("Fabrice,
 * président"): one word opening with a capital, not an initial nor a word
 * of a service ("Accueil"); it is the name's only part, kept as its family
 * name as a civility and one word are ("Madame Decoux"). */
bool person_parse_first_name(const char *word, struct name *out);

#endif

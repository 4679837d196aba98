/* Private to the address extractor (address*.c): countries and postcode
 * lines (address_postcode.c), plain-text web addresses (address_web.c) and
 * the words and scores of delivery lines (address_delivery.c), as the line
 * sorting of address.c uses them. */
#ifndef FICHE_ADDRESS_INT_H
#define FICHE_ADDRESS_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "base/strbuf.h"
#include "base/text.h"
#include "base/util.h"
#include "extract/address.h"
#include "extract/countries.h"

struct postcode {
    char *postcode;
    char *locality;
    const char *country, *code; /* NULL: decide from context */
    char *region;               /* overseas department named in parentheses */
    size_t at;                  /* byte offset where the postcode starts */
};

/* Case-insensitive ASCII prefix test. */
static inline bool ascii_prefix(const char *s, const char *p)
{
    for (; *p; s++, p++)
        if (ascii_tolower((unsigned char)*s) != ascii_tolower((unsigned char)*p))
            return false;
    return true;
}

/* Whether p opens a postcode in parentheses, as the press writes it after
 * its locality: "(83110)". */
static inline bool paren_postcode(const char *p)
{
    return p[0] == '(' && strspn(p + 1, "0123456789") == 5 && p[6] == ')';
}

/* The index of the first byte at or after i of s that is no space or tab. */
static inline size_t skip_spaces(const char *s, size_t i)
{
    while (s[i] == ' ' || s[i] == '\t')
        i++;
    return i;
}

/* Country whose key is key (a str_fold_key, borrowed), or NULL; the result
 * is a static entry: the usual names of the countries around France and of
 * the overseas departments first, then every country of ISO 3166-1. */
const struct country_name *address_country_of_key(const char *key);

/* Free p's strings and zero it. */
void address_postcode_clear(struct postcode *p);

/* Apply a country given in the line ("(Belgique)", "FRANCE") to p. */
void address_postcode_set_country(struct postcode *p, const struct country_name *c);

/* Postcode line: the postcode at the start, after a separator ("BP 9050 -
 * 24019 PÉRIGUEUX CEDEX", "8 rue X, 25000 Besançon"), or after a street and
 * a space ("5, place du Cantin 62300 LENS", five digits only); the postcode
 * may be followed by a no-break space ("14100\u00a0LISIEUX"); four-digit
 * postcodes ("1000 Bruxelles") only when allow4. Fills *out (zeroed or
 * cleared by the caller, freed with address_postcode_clear) and returns true
 * when found. tmp is scratch space. */
bool address_postcode_line(struct strbuf *tmp, const char *s, bool allow4,
                           struct postcode *out);

/* The country of the postcode prefixes (B-, CH-...) whose code is code, set
 * on p; p unchanged when no prefix has that code. */
void address_postcode_default_country(struct postcode *p, const char *code);

/* Web address written in plain text in s at or after from: "https://...",
 * "www...". Sets the span; returns a new string or NULL. */
char *address_find_text_url(const char *s, size_t from, size_t span[2]);

/* Whether key holds a word that names an organisation or one of its units
 * ("service", "association", "antenne"...), not a place. */
bool address_org_key(const char *key);

/* Whether key is a postal box and its number, nothing else: "bp 66",
 * "cp 171", "case postale 2251" (not "cp 75001", a postcode's label). */
bool address_box_key(const char *key);

/* Street types that may open a line ("rue", "avenue", "bp"...), as fold
 * keys; the list ends with NULL. */
extern const char *const address_lead_words[];

/* Fold keys of the entry's names, made once per block: every text line is
 * compared with them. NULL where the entry has no such name. */
struct name_keys {
    const char *org_name, *title, *subtitle; /* in buf, or NULL */
    struct strbuf buf;
};

/* How much a line looks like a delivery line: 2 surely, 1 maybe (short line
 * with a building word), 0 not. first = first line of the block, which is
 * normally the organisation's name. A long name with a building word is no
 * delivery line ("Maison des associations de lutte contre ..."), unless the
 * building word carries a number ("Maison des associations, salle 4"). */
int address_score(const char *text, const char *key, bool first,
                  const struct name_keys *nk);

/* The keys of the entry's names, folded in tmp and kept one after another
 * in k->buf: one allocation for the three. */
void address_name_keys_init(struct name_keys *k, struct strbuf *tmp,
                            const struct entry *e);

/* Free what address_name_keys_init made. */
void address_name_keys_clear(struct name_keys *k);

/* True when key names a part of the title: the subtitle after the dash
 * ("Site Sud" for "Maison de l'Adolescent – site Sud"), or two words or more
 * found whole in the title. */
bool address_title_part(const char *key, const struct name_keys *nk);

/* A building's own name: "Le Carré Max Dormoy", "Les Terrasses du Lac" (an
 * article, two to six words, no organisation word, not part of the title). */
bool address_named_building(const char *key, const struct name_keys *nk);

/* True when key is the fold key of the organisation's name or of the title. */
bool address_same_name(const char *key, const struct name_keys *nk);

/* The lines of a contact block made into one field each (address_fields.c):
 * a label alone on its line joined to the value under it ("Téléphone :" /
 * "32 30"), a line holding values and place apart ("27 rue X - 66000 -
 * PERPIGNAN - Tél. : 04 …") cut into its fields. A new array of *n_out
 * lines, all in mem. */
struct text_line *address_fields(const struct text_line *lines, size_t n,
                                 struct arena *mem, size_t *n_out);

/* True when the line is an address label alone, over the address lines
 * ("Adresse :", "Localisation"). */
bool address_label_heading(struct strbuf *tmp, const struct text_line *tl);

/* True when the line is a contact label alone ("Site web :", "Courriel"). */
bool address_label_alone(struct strbuf *tmp, const struct text_line *tl);

/* The name of the department of France that key (a fold key) is with its
 * number ("66 Pyrénées-Orientales", "Haute-Corse (2B)"), or NULL. */
const char *address_department_line(const char *key);

/* Whether key (folded) is the name of a French department ("jura", "ain"). */
bool address_french_department(const char *key);

/* address_prose.c: the length of the locality at s (capitalised words,
 * "Saint-Germain-en-Laye", "Le Mans"), 0 when none opens there. */
size_t address_locality_len(const char *s);

/* The street in a sentence or a long line of the block ("… installés dans le
 * bâtiment au 43, avenue Anatole France", "8 rue Michelet à Alès, ouverte
 * du lundi …"): its length, its offset in *at, the locality written after
 * it (" à Alès", ", à Auch") in *town (new string) or NULL; 0 when none. */
size_t address_street_in(const char *text, size_t *at, char **town);

/* A street line ending with its locality after " à " ("45 rue Général Ferrié
 * à Grenoble", "…, quartier de Courteille à Alençon.", "502 Le Val, à
 * Hérouville-Saint-Clair (Calvados)"): the locality's length (without a
 * department in parentheses), its " à " at *at; 0 when the line does not
 * end so. */
size_t address_locality_after_a(const char *s, size_t *at);

#endif

/* Extractor: the Coordonnées block. Tells which lines name the organisation,
 * which are the postal address (delivery lines, postcode + locality, country),
 * which hold phones (phone.h), e-mails and web addresses. */
#ifndef FICHE_ADDRESS_H
#define FICHE_ADDRESS_H

#include <stdbool.h>
#include <stddef.h>

#include "model/entry.h"
#include "read/section.h"

/* Fill e->adr, e->phones, e->emails, e->urls and e->org_units from the lines
 * of the Coordonnées section. Lines that repeat the organisation's name are
 * consumed; dead links ("[Formulaire de contact](#)") and any line not
 * understood are kept in NOTE under heading (entry_add_note) so that no text
 * is lost, the latter with a warning in e->diags. National phone numbers are
 * read in the region of the address (e->adr.country_code: "BE" for a Belgian
 * address), else o->region, else "FR"; o may be NULL. Strings are copied. */
void address_extract(const struct text_line *lines, size_t n, const char *heading,
                     const struct extract_opts *o, struct entry *e);

/* address_extract with a second region alt (NULL: none) for the numbers that
 * the first does not accept, when the address names no country: the place
 * the entry's weaker signals name (phone_line_in). */
void address_extract_in(const struct text_line *lines, size_t n, const char *heading,
                        const struct extract_opts *o, const char *alt, struct entry *e);

/* When e has no address yet, take one from a sentence of tl that gives it
 * after "au" ("… au 56 avenue de Saint Cloud à Versailles, …"): the street
 * as the delivery line and the locality after "à". True when taken. */
bool address_in_prose(const struct text_line *tl, struct entry *e);

/* Weaker, for a sentence of the contact block only: a street type and its
 * name in capitals without a number ("…, dans les locaux de l'association,
 * rue Georges-Brassens.", "vient de s'installer place Yvon Delbos à
 * Terrasson"). True when taken. */
bool address_typed_in_prose(const struct text_line *tl, struct entry *e);

/* E-mail address in text: plain "a@b.fr", "a (at) b.fr", "a[at]b.org",
 * "a [at] b . org" forms. Returns a new lower-case address, or NULL; when
 * span is not NULL, sets span[0], span[1] to the byte range it covered. */
char *address_find_email(const char *text, size_t span[2]);

/* Web address for a link target or text: "https://x", "http://x", "www.x"
 * (given "http://"). Returns a new string, or NULL for "#", "mailto:",
 * relative or empty targets. */
char *address_web_url(const char *s);

/* Country from a French name or ISO code as written ("FRANCE", "Belgique",
 * "Suisse", "Luxembourg", "Guadeloupe"...): sets *name (French, natural case,
 * borrowed static string) and *code (ISO alpha-2, borrowed). An overseas
 * department gives its own name and code ("Guadeloupe", "GP"; address_extract
 * then keeps it as the region and "France" as the country). False if unknown. */
bool address_country(const char *s, const char **name, const char **code);

/* The French name of the country of ISO code code ("TH" -> "Thaïlande",
 * "BE" -> "Belgique"); NULL for an unknown code or an overseas department
 * (whose country is France). Static string. */
const char *address_country_name(const char *code);

#endif

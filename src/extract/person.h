/* Extractor: people in charge and contact people, one per line or bullet:
 * "Denis HUBER, Secrétaire Exécutif", "Dr Clémence VAUTHIER, Directrice",
 * "Président : M. Jean DE LA TOUR", "GUILBAUD Sylvain (président)". */
#ifndef FICHE_PERSON_H
#define FICHE_PERSON_H

#include <stdbool.h>

#include "base/diag.h"
#include "model/entry.h"

/* Parse one line as a person. Returns true and fills out (all strings owned
 * by out; phones and e-mails of the person found on the line with phone.h and
 * address_find_email) when the line names a person; false, out untouched,
 * when it does not ("L'équipe", "Secrétariat"). Family names are given in
 * natural case ("DE LA TOUR" -> "de La Tour", "LEFÈVRE-DUPONT" ->
 * "Lefèvre-Dupont", "N'DIAYE" -> "N'Diaye") unless o->keep_case. Phones
 * are read in region o->region ("FR" when o or the region is NULL). Warnings
 * (number not valid...) go to d (may be NULL) only when true is returned. */
bool person_parse(const char *text, int line, const struct extract_opts *o,
                  struct person *out, struct diag_list *d);

/* person_parse of a line vouched for as a person's, by the role written on
 * the line above it ("Secrétaire municipale :" / "Dominique Laure
 * Ruffieux"): two to four words in natural case are a name without a
 * civility. */
bool person_parse_vouched(const char *text, int line, const struct extract_opts *o,
                          struct person *out, struct diag_list *d);

/* Whether line t is a given name alone before a role ("Fabrice,
 * président", "Fred secrétaire adjoint"), as a board listed by first names
 * writes each of its lines. */
bool person_first_name_line(const char *t);

/* person_parse of such a line, vouched for by the list it is in: the given
 * name is the person's only name (kept as the family name, as "Madame
 * Decoux" keeps hers). */
bool person_parse_first_name_line(const char *text, int line,
                                  const struct extract_opts *o, struct person *out,
                                  struct diag_list *d);

/* Whether label a says only "this is a contact" ("Contact : M. X",
 * "Personne à contacter"): it gives no title. */
bool person_generic_label(const char *a);

/* The e-mails of line s into emails (each once); with cut, *cut lowered to
 * the first one's start, with gone, their bytes marked in it. The count of
 * e-mails s holds (a repeated one too). */
size_t person_emails(const char *s, struct strlist *emails, size_t *cut, bool *gone);

/* Whether label a is a meeting's roll call ("Présents", "Excusé",
 * "Absente"): no title, but kept in the person's note. */
bool person_roll_call(const char *a);

/* True when the title s opens with a role ("directrice départementale",
 * "Président", "chargée de mission"), compared folded. */
bool person_role_title(const char *s);

/* Natural case of an upper-case family name; new string. Rule: "de", "du",
 * "des" lower case before another word, "den"/"der"/"ten"/"ter" lower case
 * inside the name, every other word capitalised after each hyphen and
 * apostrophe ("VAN DEN BERGHE" -> "Van den Berghe", "D'ESTIENNE" ->
 * "D'Estienne", "LE GALL" -> "Le Gall"). */
char *person_natural_case(const char *family);

#endif

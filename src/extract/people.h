/* Extractor: the people sections of an entry ("Personnes responsables",
 * "Personnes contact"), line by line, and the people the entry names twice
 * made one. */
#ifndef FICHE_PEOPLE_H
#define FICHE_PEOPLE_H

#include "model/entry.h"
#include "read/section.h"

/* Add the people of section s to e->people: one per line ("Denis HUBER,
 * Secrétaire Exécutif"), several on one line ("A, directeur ; B,
 * présidente", "Emile EICHER, Georges MICHELS et Aline SCHROEDER"), the
 * phone or e-mail on the line under a person to that person. Any other line
 * is kept in NOTE under the heading, with a warning unless it is a dead
 * link or a label ending with ":". */
void people_extract(const struct section *s, const struct extract_opts *o,
                    struct entry *e);

/* Make one of the people e names twice (same given and family names, in
 * "Personnes responsables" with a title and in "Contact" with a phone): the
 * first keeps its place and gets what the others add. */
void people_merge(struct entry *e);

#endif

/* Third stage: one entry's Markdown (md4c) -> sections of plain lines ->
 * struct entry, through the extractors. The only includer of <md4c.h>. */
#ifndef FICHE_PARSE_H
#define FICHE_PARSE_H

#include "base/diag.h"
#include "model/entry.h"
#include "read/split.h"

/* Parse raw (decoded text of one entry) from file source. On success *out is
 * a new entry (caller frees) with its warnings in (*out)->diags, and 0 is
 * returned; FICHE_EPARSE (err set with line) when the entry cannot be
 * understood (no title, md4c failure). */
int parse_entry(const struct raw_entry *raw, const char *source,
                const struct extract_opts *o, struct entry **out,
                struct fiche_error *err);

/* Kinds of section, from headings matched accent- and case-insensitively. */
enum section_kind {
    SECTION_OTHER,      /* prose: to NOTE under its heading */
    SECTION_CONTACT,    /* Coordonnées */
    SECTION_HOURS,      /* Horaires (d'ouverture), Accueil du public */
    SECTION_PEOPLE,     /* Personne(s) responsable(s), Responsable(s) */
    SECTION_CONTACTS,   /* Personne(s) contact, Contacts */
    SECTION_UPDATED,    /* Mise à jour */
    SECTION_SOURCE,     /* Source de mise à jour */
    SECTION_KEYWORDS,   /* Mots-clefs, Mots-clés */
    SECTION_KNOWN_PROSE /* Nature et statut, Public visé, Objectifs... */
};

/* Kind of a heading as written ("**Coordonnées** :", "COORDONNEES"). */
enum section_kind parse_section_kind(const char *heading);

#endif

/* Extract stage, first step: what each section of an entry is, from its
 * heading, and new sections where a paragraph opens with a label. */
#ifndef FICHE_SECTIONS_H
#define FICHE_SECTIONS_H

#include <stddef.h>

#include "base/strbuf.h"
#include "read/section.h"

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

/* The kind of a heading from its str_fold_key key ("coordonnees"). */
enum section_kind section_kind_of_key(const char *key);

/* The kind of a heading as written ("**Coordonnées** :", "COORDONNEES");
 * key is scratch space (reset, reused). */
enum section_kind section_kind_of(const char *heading, struct strbuf *key);

/* Whether a heading of no known kind speaks of contact or address ("Nous
 * contacter", "Comment joindre le tribunal", "Adresse et accès", "Infos
 * pratiques"). key is scratch. */
bool section_heading_speaks_of_contact(const char *heading, struct strbuf *key);

/* The kind of each section of a document, doc->secs[i] having kind[i]. */
struct sections {
    enum section_kind *kind;
    size_t n, cap;
};

/* Rebuild doc's sections, splitting them where a paragraph opens with a
 * label naming a known section ("**Mise à jour :** juin 2021",
 * "**Coordonnées**"), a plain one-line paragraph gives the update date ("Mise
 * à jour le 2 juin 2022") or opens with "Source de mise à jour :" or
 * "Mots-clés :"; fill *out (overwritten) with their kinds. key is scratch. */
void sections_classify(struct document *doc, struct sections *out, struct strbuf *key);

void sections_free(struct sections *s);

/* True when a line of s names a day and holds a time ("ouverts du lundi au
 * vendredi de 9 h à 12 h"): a section of opening hours under a heading
 * that does not say so ("Services administratifs de la Mairie"). */
bool section_holds_hours(const struct section *s, struct strbuf *key);

/* True when the line names a day and gives a time ("lundi ... 9 h", "du
 * mardi au vendredi de 9h30 à 12h"); key is scratch. */
bool line_holds_hours(const struct text_line *tl, struct strbuf *key);

#endif

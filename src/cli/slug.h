/* Slugs: the file names of -o DIR, made from organisation names. */
#ifndef FICHE_SLUG_H
#define FICHE_SLUG_H

/* Slug of name for output file names: ASCII, lower case, accents
 * transliterated, words joined by "-", at most 60 bytes, never "", ".",
 * ".." or a reserved Windows device name ("CON", "NUL"...). New string. */
char *fiche_slug(const char *name);

#endif

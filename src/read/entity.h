/* HTML character references, for the Markdown reader. */
#ifndef FICHE_ENTITY_H
#define FICHE_ENTITY_H

#include <stddef.h>

/* Decode an HTML character reference: name is the text between '&' and ';'
 * ("eacute", "#233", "#xE9"), nlen its length. Writes the UTF-8 bytes and a
 * NUL into out (at least 8 bytes) and returns their count, or 0 when the
 * reference is unknown or invalid (NUL, surrogates, beyond U+10FFFF). */
int html_entity(const char *name, size_t nlen, char out[8]);

#endif

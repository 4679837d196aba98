/* What the Markdown parser hands to the extractors: the lines of one section
 * as plain text (Markdown removed, entities and escapes decoded, NFC UTF-8),
 * each with its source line number and the links it held. */
#ifndef FICHE_SECTION_H
#define FICHE_SECTION_H

#include <stdbool.h>
#include <stddef.h>

struct link {
    char *text; /* link text, plain ("Formulaire de contact") */
    char *href; /* target as written ("#", "mailto:a@b.fr", "https://...") */
    size_t end; /* byte offset in the line's text just after the link text */
};

struct text_line {
    char *text;          /* plain text of the line, trimmed */
    int line;            /* 1-based line in the source file */
    bool item;           /* a list item ("- x" / "1. x") */
    int depth;           /* list nesting depth, 1 for a top-level item; 0 otherwise */
    bool para_start;     /* first line of a paragraph or list item */
    struct link *links;  /* links of the line, in order */
    size_t n_links;
};

#endif

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
    char *text;         /* plain text of the line, trimmed */
    int line;           /* 1-based line in the source file */
    bool item;          /* a list item ("- x" / "1. x") */
    int depth;          /* list nesting depth, 1 for a top-level item; 0 otherwise */
    bool para_start;    /* first line of a paragraph or list item */
    struct link *links; /* links of the line, in order */
    size_t n_links;
};

/* Text of tl->text[from..to) (byte offsets; to is clamped to the text's
 * length, SIZE_MAX for the whole line) with the target of each live link
 * that ends in it written after the link's text: "prendre RDV
 * <https://rdv.example/foo>". A link is live unless its href is empty, starts
 * with '#', equals its text or is written in tl->text already. Every path that
 * keeps a line as text (NOTE, the opening section) uses it, so that no link
 * target is lost. New heap string (UTF-8); implemented in parse.c. */
char *section_line_text(const struct text_line *tl, size_t from, size_t to);

#endif

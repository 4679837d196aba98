/* What the Markdown reader hands to the extractors: the title of one entry and
 * its sections, each a heading and lines of plain text (Markdown removed,
 * entities and escapes decoded, NFC UTF-8) with their source line numbers and
 * the links they held. */
#ifndef FICHE_SECTION_H
#define FICHE_SECTION_H

#include <stdbool.h>
#include <stddef.h>

#include "base/strbuf.h"
#include "base/util.h"

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

/* A section: its heading as written (Markdown removed; "" for the lines
 * under the title before any heading) and its lines. strong[i] is the byte
 * length of the bold label that opens line i ("**Mise à jour :** juin 2021";
 * 0 when the line does not start with bold text). The arrays and the lines'
 * texts and links live in the document's arena; heading and hrefs are heap
 * memory the document owns. */
struct section {
    char *heading;
    int line;             /* of the heading */
    struct strlist hrefs; /* live link targets of the heading, for NOTE */
    struct text_line *lines;
    size_t *strong;
    size_t n, cap;
};

/* One entry as the Markdown reader sees it. */
struct document {
    struct arena mem; /* lines, links, the sections' arrays */
    char *title;      /* the "# " heading, squeezed; NULL when there is none */
    int title_line;
    struct strlist title_hrefs; /* live link targets of the title */
    struct section *secs;
    size_t n_secs, cap_secs;
};

/* Append a section to doc, which takes heading (a heap string). Returns it,
 * valid until the next section is appended. */
struct section *document_add_section(struct document *doc, char *heading, int line);

/* Append line tl (its text and links in doc's arena) to s, a section of doc,
 * with the byte length of the bold label that opens it (0: none). */
void section_push(struct document *doc, struct section *s, struct text_line tl,
                  size_t strong);

/* Free what doc holds; it is empty afterwards. */
void document_free(struct document *doc);

/* Is link l of line tl worth keeping its target: not empty, not a fragment
 * ("#", "#top"), not its own text, not already written in the line? */
bool section_link_live(const struct text_line *tl, const struct link *l);

/* Append to sb the text of tl->text[from..to) (byte offsets; to is clamped to
 * the text's length, SIZE_MAX for the whole line) with the target of each
 * live link that ends in it written after the link's text: "prendre RDV
 * <https://rdv.example/foo>". Every path that keeps a line as text (NOTE, the
 * opening section) uses it, so that no link target is lost. */
void section_add_line_text(struct strbuf *sb, const struct text_line *tl, size_t from,
                           size_t to);

/* The same as a new heap string. */
char *section_line_text(const struct text_line *tl, size_t from, size_t to);

#endif

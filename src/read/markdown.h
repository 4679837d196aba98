/* Private to the parse stage (parse*.c): the state of one entry's parse,
 * filled from md4c's callbacks by parse_md.c and turned into struct entry by
 * parse.c; the kinds of headings are parse_kind.c's. No md4c type appears
 * here. */
#ifndef FICHE_PARSE_INT_H
#define FICHE_PARSE_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "base/strbuf.h"
#include "base/util.h"
#include "extract/extract.h"
#include "read/section.h"

/* A section being collected. strong[i] is the byte length of the bold label
 * that opens line i (0 when the line does not start with bold text). The
 * arrays lines and strong, and the text and links of each line, live in the
 * entry's arena (struct pctx's mem); the heading and hrefs are heap strings. */
struct psec {
    char *heading;
    enum section_kind kind; /* parse_section_kind(heading), computed once */
    int line;
    struct strlist hrefs; /* live link targets of the heading, for NOTE */
    struct text_line *lines;
    size_t *strong;
    size_t n, cap;
};

/* Columns of a table that can be read as a people table. */
#define PARSE_TABLE_COLS 8

struct open_link {
    size_t start;
    char *href;
};

struct pctx {
    /* Lines, their links and the sections' line arrays: freed with the
     * entry's parse, in one go. */
    struct arena mem;
    const char *doc;
    size_t doc_len;
    int base_line;
    size_t *line_starts; /* offsets of line starts in doc */
    size_t n_lines;
    size_t last_line; /* index of the line line_of found last */

    struct psec *secs;
    size_t n_secs, cap_secs;

    int block_h; /* heading level being read, 0 outside headings */
    struct strbuf title;
    int title_line;
    bool have_title;
    struct strlist title_hrefs; /* live link targets of the title */
    struct strbuf heading;
    struct strbuf key;  /* scratch for heading keys */
    struct strbuf note; /* scratch for the NOTE text of a line or section */
    int heading_line;
    struct strlist heading_hrefs; /* of the heading being read */

    /* The line being built. */
    struct strbuf cur;
    int cur_line;
    bool cur_item, cur_para_start;
    int cur_depth;
    size_t cur_strong;   /* length of a leading bold label */
    int strong_open;     /* nesting of STRONG spans */
    size_t strong_start; /* cur.len when the leading STRONG opened, or SIZE_MAX */
    struct link *links;
    size_t n_links, cap_links;
    /* Links and images being read (an image may sit in a link's text): where
     * their text starts in the target buffer, and their target. */
    struct open_link *open;
    size_t n_open, cap_open;

    int list_depth;
    bool pending_item; /* next line is the first of a list item */
    bool pending_para; /* next line is the first of a block */
    size_t cell_start; /* cur.len when the current table cell opened */
    /* A table whose header row names the columns of a people table
     * ("Civilité | Prénom | Nom | Fonction"): each body row becomes the line
     * a person is written as ("Mme Lisa CASANOVA, cadre de santé"). */
    unsigned char col_role[PARSE_TABLE_COLS]; /* enum in parse_md.c, per column */
    size_t n_cols;                            /* header cells seen */
    bool in_thead, people_table;
    size_t cell_span[PARSE_TABLE_COLS][2]; /* [start, end) in cur of each cell */
    size_t n_cells;                        /* cells of the current row */
};

/* Run md4c over the len bytes at text (c zeroed but for doc, doc_len,
 * base_line, line_starts, n_lines and strong_start = SIZE_MAX): fills c's
 * title and sections, the last line flushed. Returns md_parse's result,
 * 0 on success; c's contents are the caller's to free either way. */
int parse_md_read(struct pctx *c, const char *text, size_t len);

/* Append a section to c, which takes the heading (a heap string of the
 * caller's, now the section's); kind is parse_section_kind(heading). Returns
 * the section, valid until the next one is appended. */
struct psec *parse_new_section_kind(struct pctx *c, char *heading, int line,
                                    enum section_kind kind);

/* Append line tl (its text and links in c's arena) to s, a section of c, with
 * the byte length of the bold label that opens it (0: none). */
void parse_section_push(struct pctx *c, struct psec *s, struct text_line tl,
                        size_t strong);

/* Is link l of line tl worth keeping its target: not empty, not a fragment
 * ("#", "#top"), not its own text, not already written in the line? */
bool parse_link_live(const struct text_line *tl, const struct link *l);

/* Append to sb what section_line_text(tl, from, to) returns. */
void parse_add_line_text(struct strbuf *sb, const struct text_line *tl, size_t from,
                         size_t to);

/* The kind of a heading from its str_fold_key key. */
enum section_kind parse_kind_of_key(const char *k);

/* parse_section_kind with c's scratch buffer: no allocation. */
enum section_kind parse_section_kind_in(struct pctx *c, const char *heading);

#endif

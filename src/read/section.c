/* The read stage's product: an entry's title and sections of plain lines
 * (section.h), built by the Markdown reader and read by the extractors. */
#include "read/section.h"

#include <stdlib.h>
#include <string.h>

struct section *document_add_section(struct document *doc, char *heading, int line)
{
    if (doc->n_secs == doc->cap_secs) {
        doc->cap_secs = doc->cap_secs ? doc->cap_secs * 2 : 8;
        doc->secs = xrealloc(doc->secs, doc->cap_secs * sizeof *doc->secs);
    }
    struct section *s = &doc->secs[doc->n_secs++];
    memset(s, 0, sizeof *s);
    s->heading = heading;
    s->line = line;
    return s;
}

void section_push(struct document *doc, struct section *s, struct text_line tl,
                  size_t strong)
{
    if (s->n == s->cap) {
        /* Most sections hold a few lines: start small, double in the arena
         * (the old arrays stay there until the entry is done). */
        size_t cap = s->cap ? s->cap * 2 : 4;
        struct text_line *lines = arena_alloc(&doc->mem, cap * sizeof *lines);
        size_t *st = arena_alloc(&doc->mem, cap * sizeof *st);
        if (s->n) {
            memcpy(lines, s->lines, s->n * sizeof *lines);
            memcpy(st, s->strong, s->n * sizeof *st);
        }
        s->lines = lines;
        s->strong = st;
        s->cap = cap;
    }
    s->lines[s->n] = tl;
    s->strong[s->n] = strong;
    s->n++;
}

void document_free(struct document *doc)
{
    for (size_t i = 0; i < doc->n_secs; i++) {
        free(doc->secs[i].heading);
        strlist_clear(&doc->secs[i].hrefs);
    }
    free(doc->secs);
    free(doc->title);
    strlist_clear(&doc->title_hrefs);
    arena_free(&doc->mem); /* the lines, links and targets */
    memset(doc, 0, sizeof *doc);
}

bool section_link_live(const struct text_line *tl, const struct link *l)
{
    return l->href[0] && l->href[0] != '#' && strcmp(l->href, l->text) != 0 &&
           !strstr(tl->text, l->href);
}

void section_add_line_text(struct strbuf *sb, const struct text_line *tl, size_t from,
                           size_t to)
{
    size_t len = strlen(tl->text);
    if (to > len)
        to = len;
    if (from > to)
        from = to;
    size_t done = from;
    for (size_t k = 0; k < tl->n_links; k++) {
        const struct link *l = &tl->links[k];
        /* links end in order; one ending right at from belongs to the text
         * before, except at the start of the line ("[](https://x)") */
        if (l->end < done || l->end > to || (l->end == from && from > 0))
            continue;
        if (section_link_live(tl, l)) {
            strbuf_add(sb, tl->text + done, l->end - done);
            strbuf_puts(sb, " <");
            strbuf_puts(sb, l->href);
            strbuf_putc(sb, '>');
            done = l->end;
        }
    }
    strbuf_add(sb, tl->text + done, to - done);
}

char *section_line_text(const struct text_line *tl, size_t from, size_t to)
{
    struct strbuf sb = STRBUF_INIT;
    section_add_line_text(&sb, tl, from, to);
    return strbuf_detach(&sb);
}

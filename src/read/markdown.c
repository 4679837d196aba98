/* Third stage, first half: one entry's Markdown -> the title and sections of
 * plain lines (struct text_line), for parse.c. The only includer of <md4c.h>. */
#include "read/markdown.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <md4c.h>

#include "base/strbuf.h"
#include "read/decode.h"

static int line_of(struct pctx *c, const char *p)
{
    if (p < c->doc || p > c->doc + c->doc_len)
        return 0;
    size_t off = (size_t)(p - c->doc);
    /* The parser reports text in document order: most lookups fall in the
     * line of the previous one or the next. */
    size_t k = c->last_line;
    if (c->line_starts[k] <= off) {
        for (int step = 0; step < 2; step++, k++) {
            if (k + 1 == c->n_lines || c->line_starts[k + 1] > off) {
                c->last_line = k;
                return c->base_line + (int)k;
            }
        }
    }
    size_t lo = 0, hi = c->n_lines;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (c->line_starts[mid] <= off)
            lo = mid;
        else
            hi = mid;
    }
    c->last_line = lo;
    return c->base_line + (int)lo;
}

/* Append a section, which takes the heading (a string of the caller's,
 * now the section's); kind is parse_section_kind(heading), which the caller
 * often knows already. */
struct psec *parse_new_section_kind(struct pctx *c, char *heading, int line,
                                    enum section_kind kind)
{
    if (c->n_secs == c->cap_secs) {
        c->cap_secs = c->cap_secs ? c->cap_secs * 2 : 8;
        c->secs = xrealloc(c->secs, c->cap_secs * sizeof *c->secs);
    }
    struct psec *s = &c->secs[c->n_secs++];
    memset(s, 0, sizeof *s);
    s->heading = heading;
    s->kind = kind;
    s->line = line;
    return s;
}

static struct psec *new_section(struct pctx *c, char *heading, int line)
{
    return parse_new_section_kind(c, heading, line, parse_section_kind_in(c, heading));
}

void parse_section_push(struct pctx *c, struct psec *s, struct text_line tl,
                        size_t strong)
{
    if (s->n == s->cap) {
        /* Most sections hold a few lines: start small, double in the arena
         * (the old arrays stay there until the entry is done). */
        size_t cap = s->cap ? s->cap * 2 : 4;
        struct text_line *lines = arena_alloc(&c->mem, cap * sizeof *lines);
        size_t *st = arena_alloc(&c->mem, cap * sizeof *st);
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

static void reset_line(struct pctx *c)
{
    strbuf_reset(&c->cur);
    c->cur_line = 0;
    c->cur_strong = 0;
    c->strong_start = (size_t)-1;
    c->n_links = 0;
    c->cap_links = 0;
    c->links = NULL;
    /* A link still open ("a[\n](x)": a line break inside its text) goes on
     * from the start of the new line. */
    for (size_t i = 0; i < c->n_open; i++)
        c->open[i].start = 0;
}

/* Close the line being built: keep it unless it is blank. */
static void flush_line(struct pctx *c)
{
    if (c->block_h) {
        return;
    }
    /* Blank (only white space) exactly when its trimmed length is 0. */
    const char *raw = strbuf_str(&c->cur);
    size_t text_len;
    const char *start = str_trim_view(raw, &text_len);
    if (c->n_links == 0 && text_len == 0) {
        reset_line(c);
        return;
    }
    char *text = arena_strndup(&c->mem, start, text_len);
    /* The label length is measured on the untrimmed text: adjust for the
     * leading white space that trimming removed. */
    size_t lead = 0;
    while (raw[lead] == ' ' || raw[lead] == '\t')
        lead++;
    size_t strong = c->cur_strong > lead ? c->cur_strong - lead : 0;
    if (strong > text_len)
        strong = text_len;
    for (size_t k = 0; k < c->n_links; k++) {
        size_t e = c->links[k].end > lead ? c->links[k].end - lead : 0;
        c->links[k].end = e > text_len ? text_len : e;
    }
    struct text_line tl = {
        .text = text,
        .line = c->cur_line ? c->cur_line : c->base_line,
        .item = c->cur_item,
        .depth = c->cur_item ? c->cur_depth : 0,
        .para_start = c->cur_para_start,
        .links = c->links,
        .n_links = c->n_links,
    };
    if (c->n_secs == 0)
        parse_new_section_kind(c, xstrdup(""), tl.line, SECTION_OTHER);
    parse_section_push(c, &c->secs[c->n_secs - 1], tl, strong);
    reset_line(c);
    c->cur_para_start = false;
}

static void start_line(struct pctx *c, bool para_start, bool item)
{
    flush_line(c);
    c->cur_para_start = para_start;
    c->cur_item = item;
    c->cur_depth = c->list_depth;
}

/* What a column of a people table holds. The name's parts come first, in
 * this order, then the title, then the person's phone or e-mail. */
enum col_role { COL_OTHER, COL_CIVILITY, COL_GIVEN, COL_NAME, COL_TITLE, COL_CONTACT };

/* The role of a header cell from its str_fold_key key: "Prénom" -> COL_GIVEN,
 * "Nom" (the family name, or the whole name when no column gives the given
 * name) -> COL_NAME. */
static enum col_role col_role_of(const char *k)
{
    static const struct {
        const char *key;
        enum col_role role;
    } names[] = {
        {"civilite", COL_CIVILITY},   {"prenom", COL_GIVEN},
        {"prenoms", COL_GIVEN},       {"nom", COL_NAME},
        {"nom de famille", COL_NAME}, {"nom prenom", COL_NAME},
        {"nom et prenom", COL_NAME},  {"prenom nom", COL_NAME},
        {"prenom et nom", COL_NAME},  {"fonction", COL_TITLE},
        {"fonctions", COL_TITLE},     {"role", COL_TITLE},
        {"poste", COL_TITLE},         {"qualite", COL_TITLE},
        {"contact", COL_CONTACT},     {"contacts", COL_CONTACT},
        {"coordonnees", COL_CONTACT}, {"telephone", COL_CONTACT},
        {"tel", COL_CONTACT},         {"courriel", COL_CONTACT},
        {"e mail", COL_CONTACT},      {"email", COL_CONTACT},
        {"mail", COL_CONTACT},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(k, names[i].key) == 0)
            return names[i].role;
    return COL_OTHER;
}

/* A header row naming only columns of a people table, one of them the name. */
static bool people_header(const struct pctx *c)
{
    if (c->n_cols == 0 || c->n_cols > PARSE_TABLE_COLS)
        return false;
    bool name = false;
    for (size_t i = 0; i < c->n_cols; i++) {
        if (c->col_role[i] == COL_OTHER)
            return false;
        name |= c->col_role[i] == COL_NAME;
    }
    return name;
}

/* Rewrite the row in c->cur (its cells at c->cell_span) as a person line:
 * "Mme | Lisa | CASANOVA | cadre de santé" -> "Mme Lisa CASANOVA, cadre de
 * santé". The name's parts are joined by a space, the other cells by ", ";
 * empty cells add nothing; the links' ends follow their cells. */
static void people_row(struct pctx *c)
{
    if (c->n_cells == 0 || c->n_cells > c->n_cols || c->cell_span[0][0] != 0)
        return; /* a row that does not start the line (in a list item): as is */
    const char *old = strbuf_str(&c->cur);
    struct strbuf *nb = &c->note;
    strbuf_reset(nb);
    size_t moved[PARSE_TABLE_COLS]; /* new start of each cell's trimmed text */
    size_t lead[PARSE_TABLE_COLS];  /* white space trimmed at its start */
    for (int r = COL_CIVILITY; r <= COL_CONTACT; r++)
        for (size_t i = 0; i < c->n_cells; i++) {
            if (c->col_role[i] != r)
                continue;
            size_t a = c->cell_span[i][0], b = c->cell_span[i][1];
            while (a < b && (old[a] == ' ' || old[a] == '\t'))
                a++;
            while (b > a && (old[b - 1] == ' ' || old[b - 1] == '\t'))
                b--;
            lead[i] = a - c->cell_span[i][0];
            size_t n = b - a;
            const char *t = old + a;
            if (n > 0 && nb->len > 0)
                strbuf_puts(nb, r <= COL_NAME ? " " : ", ");
            moved[i] = nb->len;
            strbuf_add(nb, t, n);
        }
    for (size_t k = 0; k < c->n_links; k++) {
        size_t e = c->links[k].end;
        for (size_t i = 0; i < c->n_cells; i++)
            if (e >= c->cell_span[i][0] && e <= c->cell_span[i][1]) {
                size_t in = e - c->cell_span[i][0];
                e = moved[i] + (in > lead[i] ? in - lead[i] : 0);
                break;
            }
        c->links[k].end = e > nb->len ? nb->len : e;
    }
    /* the links in the order of their ends again */
    for (size_t k = 1; k < c->n_links; k++)
        for (size_t j = k; j > 0 && c->links[j - 1].end > c->links[j].end; j--) {
            struct link t = c->links[j - 1];
            c->links[j - 1] = c->links[j];
            c->links[j] = t;
        }
    strbuf_reset(&c->cur);
    strbuf_add(&c->cur, nb->buf, nb->len);
    c->cur_strong = 0; /* a bold cell is no label of the new line */
}

static int on_enter_block(MD_BLOCKTYPE type, void *detail, void *userdata)
{
    struct pctx *c = userdata;
    switch (type) {
    case MD_BLOCK_H: {
        flush_line(c);
        MD_BLOCK_H_DETAIL *h = detail;
        c->block_h = (int)h->level;
        strbuf_reset(&c->heading);
        c->heading_line = 0;
        break;
    }
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
        flush_line(c);
        c->list_depth++;
        break;
    case MD_BLOCK_LI:
        start_line(c, true, true);
        c->pending_item = true;
        break;
    case MD_BLOCK_TABLE:
        c->n_cols = 0;
        c->people_table = false;
        break;
    case MD_BLOCK_THEAD:
        c->in_thead = true;
        break;
    case MD_BLOCK_P:
    case MD_BLOCK_CODE:
    case MD_BLOCK_HTML:
    case MD_BLOCK_QUOTE:
    case MD_BLOCK_TR:
        c->n_cells = 0;
        if (c->pending_item) {
            /* The first paragraph of a (loose) list item continues the item. */
            c->pending_item = false;
        } else {
            start_line(c, true, false);
        }
        break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
        /* A table row is one line, its cells separated as in prose ("| Lundi |
         * 9h-12h |" -> "Lundi, 9h-12h"); an empty cell adds nothing. */
        if (c->cur.len > 0 && !str_blank(strbuf_str(&c->cur)))
            strbuf_puts(&c->cur, ", ");
        c->cell_start = c->cur.len;
        break;
    default:
        break;
    }
    return 0;
}

static int on_leave_block(MD_BLOCKTYPE type, void *detail, void *userdata)
{
    (void)detail;
    struct pctx *c = userdata;
    switch (type) {
    case MD_BLOCK_H: {
        char *text = str_squeeze(strbuf_str(&c->heading));
        int line = c->heading_line ? c->heading_line : c->base_line;
        struct strlist *hrefs;
        const char *heading = text;
        if (c->block_h == 1 && !c->have_title) {
            strbuf_puts(&c->title, text);
            c->title_line = line;
            c->have_title = true;
            hrefs = &c->title_hrefs;
        } else {
            struct psec *s = new_section(c, text, line);
            hrefs = &s->hrefs;
            text = NULL; /* the section's now */
        }
        /* "# [Groupe X](https://groupe.example)": the heading keeps the
         * link's text; its target goes to NOTE unless the text shows it. */
        for (size_t i = 0; i < c->heading_hrefs.n; i++) {
            char *h = c->heading_hrefs.v[i];
            if (!strstr(heading, h) && !strlist_contains(hrefs, h))
                strlist_add(hrefs, h);
        }
        strlist_clear(&c->heading_hrefs);
        free(text);
        c->block_h = 0;
        break;
    }
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
        flush_line(c);
        c->list_depth--;
        break;
    case MD_BLOCK_LI:
        c->pending_item = false;
        flush_line(c);
        break;
    case MD_BLOCK_TABLE:
        c->people_table = false;
        break;
    case MD_BLOCK_THEAD:
        c->in_thead = false;
        c->people_table = people_header(c);
        break;
    case MD_BLOCK_TR:
        if (c->people_table && !c->in_thead)
            people_row(c);
        flush_line(c);
        break;
    case MD_BLOCK_P:
    case MD_BLOCK_CODE:
    case MD_BLOCK_HTML:
        flush_line(c);
        break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD: {
        /* Drop the separator of an empty cell. */
        size_t start = c->cell_start;
        if (c->cur.len == c->cell_start && c->cell_start >= 2 &&
            strcmp(strbuf_str(&c->cur) + c->cell_start - 2, ", ") == 0) {
            c->cur.len = c->cell_start - 2;
            c->cur.buf[c->cur.len] = '\0';
            start = c->cur.len;
        }
        size_t col = c->n_cells++;
        if (col < PARSE_TABLE_COLS) {
            c->cell_span[col][0] = start;
            c->cell_span[col][1] = c->cur.len;
        }
        if (c->in_thead) {
            if (col < PARSE_TABLE_COLS)
                c->col_role[col] = (unsigned char)col_role_of(str_fold_key_to(
                    &c->key, strbuf_str(&c->cur) + start, c->cur.len - start));
            c->n_cols = col + 1;
        }
        break;
    }
    default:
        break;
    }
    return 0;
}

static struct strbuf *target(struct pctx *c)
{
    return c->block_h ? &c->heading : &c->cur;
}

/* Is link l of line tl worth keeping its target: not empty, not a fragment
 * ("#", "#top"), not its own text, not already written in the line? */
bool parse_link_live(const struct text_line *tl, const struct link *l)
{
    return l->href[0] && l->href[0] != '#' && strcmp(l->href, l->text) != 0 &&
           !strstr(tl->text, l->href);
}

/* Append to sb what section_line_text(tl, from, to) returns. */
void parse_add_line_text(struct strbuf *sb, const struct text_line *tl, size_t from,
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
        if (parse_link_live(tl, l)) {
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
    parse_add_line_text(&sb, tl, from, to);
    return strbuf_detach(&sb);
}

static void open_link(struct pctx *c, const MD_ATTRIBUTE *href)
{
    if (c->n_open == c->cap_open) {
        c->cap_open = c->cap_open ? c->cap_open * 2 : 2;
        c->open = xrealloc(c->open, c->cap_open * sizeof *c->open);
    }
    c->open[c->n_open++] = (struct open_link){
        target(c)->len, arena_strndup(&c->mem, href->text, href->size)};
}

/* Close the innermost link or image: its text and target go with the line,
 * or, in a heading, its target to the heading's list. */
static void close_link(struct pctx *c)
{
    if (c->n_open == 0)
        return;
    struct open_link ol = c->open[--c->n_open];
    struct strbuf *sb = target(c);
    size_t start = ol.start > sb->len ? sb->len : ol.start;
    /* The link's text, trimmed: sb holds no NUL before its end, so the view
     * stops there. */
    size_t n;
    const char *t = str_trim_view(sb->buf ? sb->buf + start : "", &n);
    if (c->block_h) {
        if (ol.href[0] && ol.href[0] != '#' &&
            (strlen(ol.href) != n || memcmp(ol.href, t, n) != 0))
            strlist_add(&c->heading_hrefs, ol.href);
        return;
    }
    if (c->n_links == c->cap_links) {
        /* The line's links live in the arena: grow by copying. */
        size_t cap = c->cap_links ? c->cap_links * 2 : 2;
        struct link *links = arena_alloc(&c->mem, cap * sizeof *links);
        if (c->n_links)
            memcpy(links, c->links, c->n_links * sizeof *links);
        c->links = links;
        c->cap_links = cap;
    }
    c->links[c->n_links].text = arena_strndup(&c->mem, t, n);
    c->links[c->n_links].href = ol.href;
    c->links[c->n_links].end = sb->len;
    c->n_links++;
}

static int on_enter_span(MD_SPANTYPE type, void *detail, void *userdata)
{
    struct pctx *c = userdata;
    if (type == MD_SPAN_STRONG && !c->block_h) {
        if (c->strong_open++ == 0 && str_blank(strbuf_str(&c->cur)) && c->n_links == 0)
            c->strong_start = c->cur.len;
    } else if (type == MD_SPAN_A) {
        open_link(c, &((MD_SPAN_A_DETAIL *)detail)->href);
    } else if (type == MD_SPAN_IMG) {
        /* "![logo](https://x.fr/logo.png)": the alt text, and the source
         * kept like a link's target */
        open_link(c, &((MD_SPAN_IMG_DETAIL *)detail)->src);
    }
    return 0;
}

static int on_leave_span(MD_SPANTYPE type, void *detail, void *userdata)
{
    (void)detail;
    struct pctx *c = userdata;
    if (type == MD_SPAN_STRONG && !c->block_h) {
        if (--c->strong_open == 0 && c->strong_start != (size_t)-1) {
            c->cur_strong = c->cur.len;
            c->strong_start = (size_t)-1;
        }
    } else if (type == MD_SPAN_A || type == MD_SPAN_IMG) {
        close_link(c);
    }
    return 0;
}

static int on_text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    struct pctx *c = userdata;
    struct strbuf *sb = target(c);
    int line = line_of(c, text);
    if (c->block_h) {
        if (!c->heading_line)
            c->heading_line = line;
    } else if (!c->cur_line && line && type != MD_TEXT_SOFTBR && type != MD_TEXT_BR) {
        c->cur_line = line;
    }
    switch (type) {
    case MD_TEXT_BR:
    case MD_TEXT_SOFTBR:
        if (c->block_h) {
            strbuf_putc(sb, ' ');
        } else {
            /* A line break inside a paragraph starts a new line. A pending
             * bold label stays with the line it opened. */
            bool item = c->cur_item;
            flush_line(c);
            c->cur_item = false;
            c->cur_depth = item ? c->list_depth : 0;
        }
        break;
    case MD_TEXT_ENTITY: {
        char buf[8];
        int n = decode_html_entity(text + 1, size >= 2 ? size - 2 : 0, buf);
        if (n > 0)
            strbuf_add(sb, buf, (size_t)n);
        else
            strbuf_add(sb, text, size); /* unknown: keep as written */
        break;
    }
    case MD_TEXT_NULLCHAR:
        strbuf_puts(sb, "\xEF\xBF\xBD");
        break;
    case MD_TEXT_CODE:
    case MD_TEXT_HTML:
        /* Code and raw HTML carry their own newlines: one line each. */
        for (MD_SIZE i = 0; i < size; i++) {
            if (text[i] == '\n' && !c->block_h) {
                flush_line(c);
                c->cur_line = line_of(c, text + i + 1);
            } else {
                strbuf_putc(sb, text[i]);
            }
        }
        break;
    default:
        strbuf_add(sb, text, size);
        break;
    }
    return 0;
}

int parse_md_read(struct pctx *c, const char *text, size_t len)
{
    MD_PARSER parser = {
        .abi_version = 0,
        .flags = MD_FLAG_NOINDENTEDCODEBLOCKS | MD_FLAG_TABLES,
        .enter_block = on_enter_block,
        .leave_block = on_leave_block,
        .enter_span = on_enter_span,
        .leave_span = on_leave_span,
        .text = on_text,
    };
    int rc = md_parse(text, (MD_SIZE)len, &parser, c);
    flush_line(c);
    return rc;
}

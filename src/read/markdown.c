/* The Markdown reader: one entry's text -> the title and sections of plain
 * lines (struct document), through md4c's callbacks. The only includer of
 * <md4c.h>. */
#include "read/markdown.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <md4c.h>

#include "base/diag.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "read/entity.h"

/* Columns of a table that can be read as a people table. */
#define TABLE_COLS 8

struct open_link {
    size_t start;
    char *href;
};

/* The reader's state while md4c walks one entry. */
struct pctx {
    struct document *d; /* what is read: title, sections, the arena */
    const char *doc;
    size_t doc_len;
    int base_line;
    size_t *line_starts; /* offsets of line starts in doc */
    size_t n_lines;
    size_t last_line; /* index of the line line_of found last */

    int block_h; /* heading level being read, 0 outside headings */
    struct strbuf title;
    int title_line;
    bool have_title;
    struct strbuf heading;
    struct strbuf key;  /* scratch for table header keys */
    struct strbuf note; /* scratch for a people table's row */
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
    size_t cell_start; /* cur.len when the current table cell opened */
    /* A table whose header row names the columns of a people table
     * ("Civilité | Prénom | Nom | Fonction"): each body row becomes the line
     * a person is written as ("Mme Lisa CASANOVA, cadre de santé"). */
    unsigned char col_role[TABLE_COLS]; /* enum col_role, per column */
    size_t n_cols;                      /* header cells seen */
    bool in_thead, people_table;
    size_t cell_span[TABLE_COLS][2]; /* [start, end) in cur of each cell */
    size_t n_cells;                  /* cells of the current row */
};

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
    char *text = arena_strndup(&c->d->mem, start, text_len);
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
    struct document *d = c->d;
    if (d->n_secs == 0)
        document_add_section(d, xstrdup(""), tl.line);
    section_push(d, &d->secs[d->n_secs - 1], tl, strong);
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
    if (c->n_cols == 0 || c->n_cols > TABLE_COLS)
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
    size_t moved[TABLE_COLS]; /* new start of each cell's trimmed text */
    size_t lead[TABLE_COLS];  /* white space trimmed at its start */
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
            hrefs = &c->d->title_hrefs;
        } else {
            struct section *s = document_add_section(c->d, text, line);
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
        if (col < TABLE_COLS) {
            c->cell_span[col][0] = start;
            c->cell_span[col][1] = c->cur.len;
        }
        if (c->in_thead) {
            if (col < TABLE_COLS)
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

static void open_link(struct pctx *c, const MD_ATTRIBUTE *href)
{
    if (c->n_open == c->cap_open) {
        c->cap_open = c->cap_open ? c->cap_open * 2 : 2;
        c->open = xrealloc(c->open, c->cap_open * sizeof *c->open);
    }
    c->open[c->n_open++] = (struct open_link){
        target(c)->len, arena_strndup(&c->d->mem, href->text, href->size)};
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
        struct link *links = arena_alloc(&c->d->mem, cap * sizeof *links);
        if (c->n_links)
            memcpy(links, c->links, c->n_links * sizeof *links);
        c->links = links;
        c->cap_links = cap;
    }
    c->links[c->n_links].text = arena_strndup(&c->d->mem, t, n);
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
        int n = html_entity(text + 1, size >= 2 ? size - 2 : 0, buf);
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

/* Offsets of the line starts of the len bytes at text into c. */
static void index_lines(struct pctx *c, const char *text, size_t len)
{
    size_t cap = 64;
    c->line_starts = xmalloc(cap * sizeof *c->line_starts);
    c->line_starts[c->n_lines++] = 0;
    for (const char *p = text, *end = text + len;
         (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++) {
        if (c->n_lines == cap) {
            cap *= 2;
            c->line_starts = xrealloc(c->line_starts, cap * sizeof *c->line_starts);
        }
        c->line_starts[c->n_lines++] = (size_t)(p - text) + 1;
    }
}

static void pctx_free(struct pctx *c)
{
    strbuf_free(&c->cur);
    strbuf_free(&c->title);
    strbuf_free(&c->heading);
    strbuf_free(&c->key);
    strbuf_free(&c->note);
    free(c->open);
    strlist_clear(&c->heading_hrefs);
    free(c->line_starts);
}

int markdown_read(const char *text, size_t len, int base_line, struct document *doc)
{
    if (len > 0xFFFFFFF0u)
        return FICHE_ELIMIT; /* md4c counts in 32 bits */
    struct pctx c = {.d = doc, .doc = text, .doc_len = len, .base_line = base_line};
    c.strong_start = (size_t)-1;
    /* The lines' text is about as long as the entry's: one chunk holds it
     * and the sections' arrays most of the time. */
    arena_init(&doc->mem, len + 2048);
    index_lines(&c, text, len);
    MD_PARSER parser = {
        .abi_version = 0,
        .flags = MD_FLAG_NOINDENTEDCODEBLOCKS | MD_FLAG_TABLES,
        .enter_block = on_enter_block,
        .leave_block = on_leave_block,
        .enter_span = on_enter_span,
        .leave_span = on_leave_span,
        .text = on_text,
    };
    int rc = md_parse(text, (MD_SIZE)len, &parser, &c);
    flush_line(&c);
    if (c.have_title) {
        doc->title = str_squeeze(strbuf_str(&c.title));
        doc->title_line = c.title_line ? c.title_line : base_line;
    }
    pctx_free(&c);
    return rc == 0 ? 0 : FICHE_EPARSE;
}

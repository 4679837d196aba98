/* Extractor: the opening section. Its plain-text lines (from the Markdown
 * reader) -> the model's appointment rule, weekly ranges with their kind,
 * closures and notes. Each line is folded and cut into tokens
 * (hours_lex.c), its closures and breaks taken out (hours_closure.c), then
 * read sentence by sentence by the grammar (hours_grammar.c). Here: what
 * lines lend each other (days for times on the next line and back, a label's
 * kind for the lines under it), tables, breaks, notes and the appointment
 * rules of the section as a whole. */
#include "extract/hours.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "base/text.h"
#include "base/util.h"
#include "extract/hours_int.h"

/* An appointment rule and its sentence, resolved once the section is read. */
struct rule {
    struct appt_rule r;
    int line;
    char *text;
    size_t from, to; /* the ranges it may mark: the section's, or those
                        under its label ("Accueil sur rendez-vous :") */
    bool open_label; /* a label's rule whose lines are still being read */
};

struct rules {
    struct rule *v;
    size_t n, cap;
};

/* A note kept back: a line of days alone (or times alone) is understood if
 * the next line gives their times (days). */
struct held {
    int line;
    char *text; /* NULL: none */
};

/* Lines under a label of closures ("Fermetures annuelles :") are closures
 * while they name dates: the label's own closure in e->closures becomes a
 * note when the first of them comes. */
struct closure_scope {
    bool on;
    size_t label; /* index of the label's closure in e->closures, or SIZE_MAX */
    int line;
};

/* The reading of one section. */
struct hctx {
    struct entry *e;
    struct grammar g;
    struct fold f;
    struct toks t;
    struct spans closures, notes;
    struct breaks breaks;
    struct rules rules;
    struct context cx;            /* what the lines before lend the next one */
    enum hours_kind label_kind;   /* the kind of the label above the lines */
    enum hours_kind heading_kind; /* the section heading's, when it names one */
    unsigned pend_days;           /* a line of days alone, for the next lines' times */
    bool pend_next_only;          /* pend_days are of days and words: for the
                                     next line only */
    struct hours_list pend_times, new_times; /* a line of times alone */
    struct held held;
    bool columns;       /* a table's header named "Matin, Après-midi" */
    size_t first_range; /* the section's first range in e->hours */
    struct closure_scope scope;
    unsigned stopped_days; /* the days a full stop of this line ended */
    unsigned said_days;    /* a sentence of days alone, for the line's next one */
    size_t said_note;      /* its note in notes */
};

/* One line as read: its text, links, tokens. */
struct line {
    const struct text_line *tl;
    const char *text;
    struct tok *v;
    size_t n;
};

/* ---- notes ------------------------------------------------------------- */

/* Source text of folded span [b, e), trimmed, with the targets of the live
 * links ending in it ("Sur rendez-vous : prendre RDV <https://rdv.example/foo>")
 * when links is true. */
static char *span_text(const struct hctx *c, const struct line *l, size_t b, size_t e,
                       bool links)
{
    size_t ob = c->f.orig[b], oe = c->f.orig[e];
    char *raw =
        links ? section_line_text(l->tl, ob, oe) : xstrndup(l->text + ob, oe - ob);
    char *s = str_trim(raw);
    free(raw);
    return s;
}

/* Tokens [a, b) of the line as written, from a's first byte to the end of
 * b - 1 (with the sentence's final mark when b ends one). */
static char *tokens_text(const struct hctx *c, const struct line *l, size_t a, size_t b)
{
    return span_text(c, l, l->v[a].b, l->v[b - 1].e, true);
}

/* Keep text in the notes of the hours; warn unless it is a label, read as
 * one ("Accueil téléphonique :"). The words left of a sentence whose rest
 * was read name that sentence: the warning quotes it too. */
static void note_of(struct hctx *c, int lineno, char *text, bool label,
                    const char *sentence)
{
    if (str_blank(text)) {
        free(text);
        return;
    }
    if (!label) {
        if (sentence)
            diag_add(&c->e->diags, DIAG_WARNING, lineno, 0,
                     "opening hours not understood: \"%s\" in the sentence: %s", text,
                     sentence);
        else
            diag_add(&c->e->diags, DIAG_WARNING, lineno, 0,
                     "opening hours not understood: %s", text);
        c->e->not_understood++;
    }
    strlist_push(&c->e->hours_notes, text);
}

static void keep_note(struct hctx *c, int lineno, char *text, bool label)
{
    note_of(c, lineno, text, label, NULL);
}

static void add_note(struct hctx *c, int lineno, char *text)
{
    note_of(c, lineno, text, false, NULL);
}

static void flush_held(struct hctx *c)
{
    if (c->held.text)
        add_note(c, c->held.line, c->held.text);
    c->held.text = NULL;
}

static void add_rule(struct hctx *c, struct appt_rule r, int line, char *text)
{
    if (c->rules.n == c->rules.cap) {
        c->rules.cap = c->rules.cap ? c->rules.cap * 2 : 4;
        c->rules.v = xrealloc(c->rules.v, c->rules.cap * sizeof *c->rules.v);
    }
    c->rules.v[c->rules.n++] =
        (struct rule){r, line, text, c->first_range, SIZE_MAX, false};
}

/* ---- labels ------------------------------------------------------------ */

/* Where the words of line l start: past symbols, emphasis and blanks. */
static const char *line_words(const struct line *l)
{
    const char *t = text_skip_symbols(l->text);
    return t + strspn(t, "*_ ");
}

/* A line that opens with "Horaires", "Heures d…" or a season ("Haute
 * saison", "Été") and has no final stop: the title of the lines under it
 * ("Horaires habituels", "Horaires d'été (07/07 au 22/08)", "Horaires sur
 * rendez-vous uniquement", "Haute saison (du 1er avril au 30 septembre)"). */
static bool hours_title(const struct line *l)
{
    const char *t = line_words(l);
    bool stop = l->n && l->v[l->n - 1].kind == TK_END && l->v[l->n - 1].sep == '.';
    /* a season's own title: "Haute saison (du 1er avril au 30 septembre)" */
    bool season =
        l->n > 0 && (is_word(&l->v[0], W_SEASON) ||
                     (l->n > 1 && is_word(&l->v[1], W_SEASON) &&
                      (str_startswith_ci(t, "haute") || str_startswith_ci(t, "basse") ||
                       str_startswith_ci(t, "moyenne"))));
    return !stop && (str_startswith_ci(t, "horaire") ||
                     str_startswith_ci(t, "heures d") || season);
}

/* The kind a label's words name (seen: WKM of each), base when none. */
static enum hours_kind label_kind(uint64_t seen, enum hours_kind base)
{
    if (seen & WKM(W_PUBLIC))
        return HOURS_RECEPTION;
    if (seen & WKM(W_PHONE))
        return HOURS_PHONE;
    if ((seen & WKM(W_PERM)) && !(seen & WKM(W_OPEN)))
        return HOURS_PERMANENCE;
    return seen & WKM(W_OPEN) ? HOURS_RECEPTION : base;
}

/* A label line: no day, time or marker, no closure, and a few words or a
 * final colon ("Accueil téléphonique :", "SERVICE ÉTAT CIVIL", "Permanences
 * et distribution :"). Its kind goes to the lines under it, up to the next
 * label; a label that names no kind ("Tous les services sont regroupés
 * ici :") keeps base, the section heading's; a season's label ("Horaires
 * d'été :") makes them seasonal. */
static bool label_line(const struct line *l, bool heading, enum hours_kind base,
                       struct context *cx)
{
    size_t words = 0;
    uint64_t seen = 0;           /* WKM of each word */
    bool title = hours_title(l); /* its dates say when its lines hold */
    for (size_t i = 0; i < l->n; i++) {
        const struct tok *k = &l->v[i];
        if (title && (k->kind == TK_DATE || k->kind == TK_NUM || k->kind == TK_ORD))
            continue;
        if (k->used || (k->kind != TK_WORD && k->kind != TK_SEP && k->kind != TK_END &&
                        k->kind != TK_TO && k->kind != TK_AND && k->kind != TK_PHONE))
            return false;
        if (k->kind == TK_WORD) {
            words++;
            seen |= WKM(k->val);
        }
    }
    bool colon = l->n && l->v[l->n - 1].kind == TK_SEP && l->v[l->n - 1].sep == ':';
    /* "Par téléphone pour les assurés et les professionnels de santé": a
     * way in, whatever its length, over the lines of its hours */
    bool way = l->n >= 2 && is_word(&l->v[0], W_PAR) && is_word(&l->v[1], W_PHONE);
    if (!words || (words > 6 && !colon && !heading && !way))
        return false;
    /* "Tel : (+681) 72 36 00": a contact's field, its number the place's,
     * over "Horaires : …" — no telephone line's label */
    bool field = words == 1 && (seen & WKM(W_PHONE)) && l->n >= 2 &&
                 l->v[l->n - 1].kind == TK_PHONE && !way;
    *cx = (struct context){.kind = field ? base : label_kind(seen, base)};
    cx->phone_too = (seen & WKM(W_PUBLIC)) && (seen & WKM(W_PHONE));
    /* "Horaires d'été :", "De mi-juillet à fin août"; not "À partir du mois
     * d'août, les permanences se tiendront :" (from then on) */
    bool months = (seen & WKM(W_MONTH)) && !(seen & (WKM(W_FROM) | WKM(W_SINCE)));
    cx->seasonal = ((seen & WKM(W_SEASON)) || months) && !(seen & WKM(W_HORS));
    cx->phone_label = cx->kind == HOURS_PHONE;
    return true;
}

/* Whether a label's words (WKM of each) name a part of the day and no
 * kind: "Matins :", "L'après-midi :". */
static bool period_label(uint64_t words)
{
    uint64_t small = WKM(W_PERIOD) | WKM(W_LE) | WKM(W_FILL) | WKM(W_DE) | WKM(W_DU);
    return (words & WKM(W_PERIOD)) && !(words & ~small);
}

/* The lines under a label start afresh: nothing is lent across it; label
 * holds the label's kind, phone_too and seasonal. */
static void open_scope(struct hctx *c, struct context label)
{
    flush_held(c);
    for (size_t i = 0; i < c->rules.n; i++)
        if (c->rules.v[i].open_label) { /* a label's rule ends at the next */
            c->rules.v[i].to = c->e->hours.n;
            c->rules.v[i].open_label = false;
        }
    c->cx = label;
    c->cx.scope_from = c->e->hours.n;
    c->label_kind = label.kind;
    c->pend_days = 0;
    c->pend_times.n = 0;
}

/* ---- tables -------------------------------------------------------------- */

static bool is_comma(const struct tok *k)
{
    return k->kind == TK_SEP && k->sep == ',';
}

/* A table's header row naming periods only: "Matin, Après-midi". */
static bool period_header(const struct line *l)
{
    size_t periods = 0;
    for (size_t i = 0; i < l->n; i++) {
        if (is_word(&l->v[i], W_PERIOD))
            periods++;
        else if (!is_comma(&l->v[i]))
            return false;
    }
    return periods >= 2;
}

/* Under a period header, a row's cell that only says "sur RDV" ("Mardi,
 * 8h30 – 12h, sur RDV") gives its half-day no range and marks no other cell:
 * its tokens are set aside, in a row that gives times. True when a cell was. */
static bool rdv_cells(struct line *l)
{
    struct tok *v = l->v;
    bool any = false, times = false;
    for (size_t i = 0; i < l->n; i++)
        times = times || v[i].kind == TK_TIME;
    for (size_t cs = 0; cs < l->n && times;) {
        size_t ce = cs;
        while (ce < l->n && !is_comma(&v[ce]) && v[ce].kind != TK_END)
            ce++;
        bool rdv = false, only = cs > 0;
        for (size_t i = cs; i < ce && only; i++) {
            if (v[i].kind == TK_RDV)
                rdv = true;
            else if (!(is_word(&v[i], W_SUR) || is_word(&v[i], W_PAR) ||
                       is_word(&v[i], W_LE) || is_word(&v[i], W_STRONG)))
                only = false;
        }
        if (rdv && only) {
            for (size_t i = cs - 1; i < ce; i++)
                v[i].used = true;
            any = true;
        }
        cs = ce + 1;
    }
    return any;
}

/* Cells of a table row as the Markdown reader joins them ("a, b, c"): up to
 * max spans of text; returns how many, or max + 1 when there are more. */
static size_t row_cells(const char *t, const char **cb, size_t *cn, size_t max)
{
    size_t n = 0;
    for (;;) {
        const char *c = strstr(t, ", ");
        if (n == max)
            return max + 1;
        cb[n] = t;
        cn[n] = c ? (size_t)(c - t) : strlen(t);
        n++;
        if (!c)
            return n;
        t = c + 2;
    }
}

/* The tokens of text, with the kinds and word classes they hold, in c->t. */
static void lex_line(struct hctx *c, const char *text)
{
    text_fold_map(text, &c->f);
    c->t.n = 0;
    c->t.kinds = c->t.words = 0;
    hours_lex(&c->f, text, &c->t);
}

/* The n bytes at s fold to tokens of kind k only (at least one), or, with
 * close, to closing words only ("fermé"). */
static bool cell_is(struct hctx *c, const char *s, size_t n, enum tk k, bool close)
{
    char *cell = xstrndup(s, n);
    lex_line(c, cell);
    free(cell);
    bool ok = c->t.n > 0;
    for (size_t i = 0; i < c->t.n && ok; i++)
        ok = close ? is_word(&c->t.v[i], W_CLOSE) : c->t.v[i].kind == k;
    return ok;
}

static void do_line(struct hctx *c, const struct text_line *tl, bool continues);

/* A transposed table: a header row naming one day per column ("Lundi,
 * Mardi, Mercredi") over a row of as many cells ("9h-12h, fermé, 14h-18h").
 * Each cell is read as its own line "Lundi : 9h-12h"; a closing cell gives
 * nothing. True when lines head and row were such a table. */
static bool day_columns(struct hctx *c, const struct text_line *head,
                        const struct text_line *row)
{
    const char *hb[8], *rb[8];
    size_t hn[8], rn[8];
    /* cheap tests first: the header has no digit, the row has some */
    if (!row->para_start || head->n_links || row->n_links ||
        strpbrk(head->text, "0123456789") || !strpbrk(row->text, "0123456789"))
        return false;
    size_t nh = row_cells(head->text, hb, hn, 7);
    if (nh < 2 || nh > 7 || row_cells(row->text, rb, rn, 7) != nh)
        return false;
    for (size_t k = 0; k < nh; k++)
        if (!cell_is(c, hb[k], hn[k], TK_DAY, false))
            return false;
    for (size_t k = 0; k < nh; k++) {
        if (cell_is(c, rb[k], rn[k], TK_DAY, true))
            continue;
        char *t = xasprintf("%.*s : %.*s", (int)hn[k], hb[k], (int)rn[k], rb[k]);
        struct text_line cell = *row;
        cell.text = t;
        do_line(c, &cell, false);
        free(t);
    }
    return true;
}

/* The cell of a flattened row at v[i]: a closing word, or a range whose
 * times may end with a stop ("14.00 h. – 17.00 h."); its end, or 0. */
static size_t flat_cell(const struct tok *v, size_t i, size_t n)
{
    if (i < n && is_word(&v[i], W_CLOSE))
        return i + 1;
    size_t k = i;
    if (k >= n || v[k++].kind != TK_TIME)
        return 0;
    k += k < n && v[k].kind == TK_END;
    if (k >= n || v[k++].kind != TK_TO || k >= n || v[k++].kind != TK_TIME)
        return 0;
    return k + (k < n && v[k].kind == TK_END);
}

/* A transposed table flattened into one line, as a document's text gives
 * it: the header's days one after another, then as many cells, each a range
 * or a closing word ("… Lundi Mardi Mercredi fermé 14.00 h. – 17.00 h. 08.30
 * h. – 11.30 h."). The words before the days are read as a line of their
 * own, each cell as "Lundi : 14.00 h. – 17.00 h."; true when tl (whose
 * tokens are in c->t) was such a row. */
static bool flat_day_columns(struct hctx *c, const struct text_line *tl)
{
    /* the line's tokens are lexed (do_line): a day and a time at least */
    if ((c->t.kinds & (TKM(TK_DAY) | TKM(TK_TIME))) != (TKM(TK_DAY) | TKM(TK_TIME)))
        return false;
    const struct tok *v = c->t.v;
    size_t n = c->t.n, a = 0, at[8], end[8], m = 0;
    while (a < n && v[a].kind != TK_DAY)
        a++;
    size_t d = a;
    while (d < n && d - a < 8 && v[d].kind == TK_DAY)
        d++;
    size_t k = d - a, i = d;
    if (k < 3 || k > 7)
        return false;
    for (size_t e; m < k && (e = flat_cell(v, i, n)) != 0; i = e, m++) {
        at[m] = v[i].b;
        end[m] = v[e - 1].e;
    }
    if (m != k || i != n)
        return false;
    const struct fold *f = &c->f;
    char *lead = a > 0 ? xstrndup(tl->text, f->orig[v[a].b]) : NULL;
    char *cells[7];
    for (size_t q = 0; q < k; q++)
        cells[q] =
            xasprintf("%.*s : %.*s", (int)(f->orig[v[a + q].e] - f->orig[v[a + q].b]),
                      tl->text + f->orig[v[a + q].b],
                      (int)(f->orig[end[q]] - f->orig[at[q]]), tl->text + f->orig[at[q]]);
    struct text_line line = *tl;
    if (lead && !str_blank(lead)) {
        line.text = lead;
        do_line(c, &line, false);
    }
    for (size_t q = 0; q < k; q++) {
        line.text = cells[q];
        do_line(c, &line, false);
        free(cells[q]);
    }
    free(lead);
    return true;
}

/* Whether the n bytes at s are one range of times alone ("8h -12h",
 * "13h - 16h30"). */
static bool cell_range(struct hctx *c, const char *s, size_t n)
{
    char *cell = xstrndup(s, n);
    lex_line(c, cell);
    free(cell);
    const struct tok *v = c->t.v;
    return c->t.n == 3 && v[0].kind == TK_TIME && v[1].kind == TK_TO &&
           v[2].kind == TK_TIME;
}

/* One cell of a grid of slots, for day (dn bytes at d) and the slot of its
 * column (hn bytes at h): read as the line "Lundi : 8h-12h", with "sur
 * rendez-vous" for a cell "RDV", its own times for a cell that gives them;
 * nothing for "-", "Fermé" or an empty cell. */
static void grid_cell(struct hctx *c, const struct text_line *row, const char *d,
                      size_t dn, const char *h, size_t hn, const char *cell, size_t cn)
{
    char *t = xstrndup(cell, cn);
    lex_line(c, t);
    free(t);
    uint64_t kinds = c->t.kinds, words = c->t.words;
    if (kinds & TKM(TK_TIME))
        t = xasprintf("%.*s : %.*s", (int)dn, d, (int)cn, cell);
    else if (kinds & TKM(TK_RDV))
        t = xasprintf("%.*s : %.*s sur rendez-vous", (int)dn, d, (int)hn, h);
    else if (words & WKM(W_OPEN))
        t = xasprintf("%.*s : %.*s", (int)dn, d, (int)hn, h);
    else
        return;
    struct text_line line = *row;
    line.text = t;
    do_line(c, &line, false);
    free(t);
}

/* A grid of slots: a header row of ranges ("8h -12h, 12h - 13h, 13h -
 * 16h30", its first cell, over the days, empty or missing) over rows of a
 * day and one cell per slot ("Lundi, Ouvert, RDV, Ouvert, -"): each cell
 * read by grid_cell. The number of lines taken, 0 when lines[i] opens no
 * such grid. */
static size_t time_grid(struct hctx *c, const struct text_line *lines, size_t i, size_t n)
{
    const char *hb[8], *rb[9];
    size_t hn[8], rn[9];
    const struct text_line *head = &lines[i];
    if (head->n_links || !strpbrk(head->text, "0123456789") || !strstr(head->text, ", "))
        return 0;
    size_t nh = row_cells(head->text, hb, hn, 7);
    /* the header's empty cells at the end ("…, 16h30 - 18h,") */
    while (nh > 0 && nh <= 7 && hn[nh - 1] > 0 && hb[nh - 1][hn[nh - 1] - 1] == ',')
        hn[nh - 1]--;
    while (nh > 0 && nh <= 7 && strspn(hb[nh - 1], " ,") >= hn[nh - 1])
        nh--;
    if (nh < 2 || nh > 7)
        return 0;
    for (size_t k = 0; k < nh; k++)
        if (!cell_range(c, hb[k], hn[k]))
            return 0;
    size_t j = i + 1;
    for (; j < n; j++) {
        const struct text_line *row = &lines[j];
        if (row->n_links || row_cells(row->text, rb, rn, 8) != nh + 1 ||
            !cell_is(c, rb[0], rn[0], TK_DAY, false))
            break;
        for (size_t k = 0; k < nh; k++)
            grid_cell(c, row, rb[0], rn[0], hb[k], hn[k], rb[k + 1], rn[k + 1]);
    }
    return j > i + 1 ? j - i : 0;
}

/* ---- one line ------------------------------------------------------------ */

static void push_span(struct spans *s, size_t from, size_t to)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 8;
        s->v = xrealloc(s->v, s->cap * sizeof *s->v);
    }
    s->v[s->n++] = (struct span){from, to, from, to};
}

/* Sentences end at ".", ";", "!" and "?" (a token of their own, left out):
 * the end of the sentence starting at token a. */
static size_t sentence_end(const struct line *l, size_t a)
{
    while (a < l->n && l->v[a].kind != TK_END)
        a++;
    return a;
}

/* The next sentence after the one ending at b, or false. */
static bool next_sentence(const struct line *l, size_t *a, size_t *b)
{
    if (*b >= l->n)
        return false;
    *a = *b + 1;
    *b = sentence_end(l, *a);
    return *a < *b || *b < l->n;
}

/* The first sentence of the line. */
static bool first_sentence(const struct line *l, size_t *a, size_t *b)
{
    *a = 0;
    *b = sentence_end(l, 0);
    return *b > 0 || l->n > 0;
}

/* Whether token k of the line is the folded word w. */
static bool tok_is(const struct hctx *c, const struct tok *k, const char *w)
{
    size_t n = strlen(w);
    return k->kind == TK_WORD && k->e - k->b == n && memcmp(c->f.s + k->b, w, n) == 0;
}

/* "Fermeture de la caisse 30 minutes avant la fermeture", "La caisse ferme
 * 45 mns avant les horaires": a rule of each day's end, no closure. */
static bool minutes_before(const struct hctx *c, const struct line *l, size_t a, size_t b)
{
    static const char *const units[] = {"minutes", "minute", "min", "mn", "mns", "mins"};
    for (size_t i = a; i + 1 < b; i++) {
        const struct tok *k = &l->v[i];
        if (k->kind != TK_NUM)
            continue;
        /* "20min avant": the unit glued to its number */
        size_t d = k->b;
        while (d < k->e && ascii_isdigit((unsigned char)c->f.s[d]))
            d++;
        for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
            size_t n = strlen(units[u]);
            bool glued = k->e - d == n && memcmp(c->f.s + d, units[u], n) == 0;
            if ((glued && tok_is(c, &l->v[i + 1], "avant")) ||
                (i + 2 < b && tok_is(c, &l->v[i + 1], units[u]) &&
                 tok_is(c, &l->v[i + 2], "avant")))
                return true;
        }
    }
    return false;
}

/* A line that is "Fermé" alone ("Fermée", "FERMÉ."): a table's cell read
 * line by line ("Lundi" / "08:15 – 12:00" / "Fermé"), no closure; not
 * "Fermetures", the label of closures under it. */
static bool closed_cell_alone(const struct line *l)
{
    size_t words = 0;
    for (size_t k = 0; k < l->n; k++) {
        if (l->v[k].kind == TK_SEP || l->v[k].kind == TK_END)
            continue;
        if (!is_word(&l->v[k], W_CLOSE) || words++)
            return false;
    }
    const char *t = line_words(l);
    return words == 1 && str_startswith_ci(t, "ferm") &&
           !str_startswith_ci(t, "fermeture");
}

/* Closures and breaks of every sentence; the closures' text to the entry. */
static void take_closures(struct hctx *c, struct line *l)
{
    c->closures.n = 0;
    c->breaks.n = 0;
    if (!(c->t.words & (WKM(W_SAUF) | WKM(W_HORS) | WKM(W_CLOSE) | WKM(W_SUSPEND) |
                        WKM(W_SEASON) | WKM(W_MONTH))))
        return;
    size_t a, b;
    for (bool more = first_sentence(l, &a, &b); more; more = next_sentence(l, &a, &b))
        if (!minutes_before(c, l, a, b))
            hours_take_closures(l->v, a, b, &c->closures, &c->breaks);
    if (closed_cell_alone(l)) {
        c->closures.n = 0; /* the line, quiet, stays in the section's text */
        return;
    }
    for (size_t k = 0; k < c->closures.n; k++) {
        const struct span *sp = &c->closures.v[k];
        char *t = span_text(c, l, l->v[sp->from].b, l->v[sp->to - 1].e, false);
        const char *w = text_skip_symbols(t); /* "⚠️ Fermeture …" */
        if (w != t && *w) {
            char *u = str_trim(w);
            free(t);
            t = u;
        }
        strlist_push(&c->e->closures, t);
    }
}

/* The first token of [a, b) no closure took, or b. */
static size_t first_free(const struct line *l, size_t a, size_t b)
{
    while (a < b && l->v[a].used)
        a++;
    return a;
}

/* Note of tokens [a, end) of the sentence ending at end (its final mark
 * with it). */
static void note_part(struct spans *notes, const struct line *l, size_t s0, size_t a,
                      size_t end)
{
    size_t b = end;
    while (a < b && (l->v[a].used || l->v[a].kind == TK_SEP))
        a++;
    while (b > a && l->v[b - 1].used)
        b--;
    if (a >= b)
        return;
    push_span(notes, a, b < l->n && b == end ? b + 1 : b);
    notes->v[notes->n - 1].sent_from = s0;
    notes->v[notes->n - 1].sent_to = end < l->n ? end + 1 : end;
}

/* What the sentences of a line gave, for the line as a whole. */
struct line_sum {
    size_t content, noted; /* sentences with words; sentences all a note */
    bool own_days;         /* the line names days */
    bool lent_used;        /* times of the line took the line before's days */
    unsigned days_alone;   /* a sentence of days alone: its days */
    unsigned days_at;      /* a sentence of days and words: its days */
    bool times_alone;      /* a sentence of times alone */
    bool lead_appt;        /* "sur rendez-vous" before the line's days */
    bool ends_stop;        /* the line's last sentence ends with a full stop */
    bool label;            /* the line is a label of the lines under it */
};

/* New ranges of the line get its number; the group read last is lent on. */
static void set_lines(struct hctx *c, size_t n0, int line)
{
    for (size_t q = n0; q < c->e->hours.n; q++)
        if (c->e->hours.v[q].line == 0)
            c->e->hours.v[q].line = line;
}

/* Days of a line alone take the times of a line alone before them ("De 9h à
 * 12h :" then "- lundi", "- mercredi"). */
static void days_take_times(struct hctx *c, unsigned days, int line)
{
    for (size_t q = 0; q < c->pend_times.n; q++) {
        struct hours_range x = c->pend_times.v[q];
        x.days = days;
        x.line = line;
        if (!ranges_refine(&c->e->hours, c->cx.scope_from, &x))
            hours_list_push(&c->e->hours, x);
    }
}

/* A sentence that gives no hours but speaks of a permanence ("la
 * permanence est destinée aux habitants de la commune …"): the hours the
 * next sentences of its paragraph give are the permanence's ("Elle se
 * tient tous les mardis de 7h30 à 15h"). */
static void names_permanence(struct hctx *c, const struct line *l, size_t a, size_t b)
{
    bool perm = false;
    for (size_t k = a; k < b; k++) {
        if (is_word(&l->v[k], W_PHONE) || l->v[k].kind == TK_PHONE)
            return;
        perm = perm || is_word(&l->v[k], W_PERM);
    }
    if (perm && c->cx.kind == HOURS_RECEPTION)
        c->cx.kind = HOURS_PERMANENCE;
}

/* "Ouvert le mardi et le jeudi. Horaires : de 9h à 12h.": a sentence of
 * days alone lends its days to the next sentence of the line (when the
 * days before reach none); the days lent, or 0. */
static unsigned lend_said_days(struct hctx *c)
{
    unsigned said = c->said_days;
    c->said_days = 0;
    if (!said || c->cx.days)
        return 0;
    c->cx.days = said;
    return said;
}

/* When the sentence after them gave ranges of the days lent, the days'
 * sentence is read: its note goes. */
static void said_days_used(struct hctx *c, struct spans *notes, struct line_sum *sum,
                           unsigned said, const struct sentence *r)
{
    size_t k = c->said_note;
    if (!said || r->verdict != V_RANGES || r->days != said || k >= notes->n)
        return;
    memmove(&notes->v[k], &notes->v[k + 1], (notes->n - k - 1) * sizeof notes->v[0]);
    notes->n--;
    sum->noted--;
    sum->days_alone = 0;
}

/* A sentence of days without times (V_DAYS, V_DAYS_AT): they take the
 * times of the line before, else are lent to the next sentence or line. A
 * sentence of days alone goes to NOTE only if nothing takes them; one of
 * days and words ("Le CCAS vous reçoit le mardi.") stays there either way. */
static void days_sentence(struct hctx *c, const struct line *l, size_t a, size_t b,
                          const struct sentence *r, struct spans *notes,
                          struct line_sum *sum)
{
    bool alone = r->verdict == V_DAYS, taken = c->pend_times.n > 0;
    if (taken) {
        days_take_times(c, r->days, l->tl->line);
        sum->lent_used = true;
    } else {
        c->said_days = r->days;
        c->said_note = alone ? notes->n : SIZE_MAX;
        if (alone)
            sum->days_alone = r->days;
        else
            sum->days_at = r->days;
        sum->noted++;
    }
    if (!taken || !alone)
        note_part(notes, l, a, a, b);
    if (!alone)
        names_permanence(c, l, a, b);
}

static void one_sentence(struct hctx *c, struct line *l, size_t from, size_t b,
                         struct spans *notes, struct line_sum *sum)
{
    size_t a = first_free(l, from, b);
    size_t n0 = c->e->hours.n;
    c->new_times.n = 0;
    /* "… les mardis et les jeudis de 9 h 30 à 11 h 30. Et de 13 h 30 à 15 h
     * 30.": a sentence opening with "et" goes on with the days before */
    if (!c->cx.days && a < b && l->v[a].kind == TK_AND)
        c->cx.days = c->stopped_days;
    unsigned said = lend_said_days(c);
    struct sentence r =
        hours_read(&c->g, l->v, a, b, &c->cx, &c->e->hours, &c->new_times);
    said_days_used(c, notes, sum, said, &r);
    set_lines(c, n0, l->tl->line);
    if (r.verdict != V_EMPTY)
        sum->content++;
    switch (r.verdict) {
    case V_RANGES:
        /* "Accueil téléphonique de 9 h à 12 h du lundi au jeudi. Vendredi de 9 h
         * à 12 h.": the kind a sentence says goes on to the next ones */
        if (r.hint != HINT_NONE) {
            c->cx.kind = r.hint == HINT_PHONE ? HOURS_PHONE
                         : r.hint == HINT_PERM
                             ? (c->cx.phone_label ? HOURS_PHONE : HOURS_PERMANENCE)
                             : HOURS_RECEPTION;
            c->cx.phone_too = r.hint == HINT_BOTH;
        }
        c->cx.group_from = r.group_from;
        c->cx.group_to = r.group_to;
        c->cx.days = r.days;
        sum->lead_appt = sum->lead_appt || r.lead_appt;
        sum->lent_used = sum->lent_used || !sum->own_days || r.took_lent;
        /* fall through */
    case V_EDIT:
        if (r.note_from < b)
            note_part(notes, l, a, r.note_from, b);
        break;
    case V_APPT:
        /* "- l'accueil et la discussion avec … se feront sur rendez-vous", an
         * item of its own beside the items of ranges: what it names only */
        if (l->tl->item && r.rule.subject && r.rule.scope == SCOPE_ALL)
            r.rule.scope = SCOPE_SUBJECT;
        add_rule(c, r.rule, l->tl->line, tokens_text(c, l, a, b < l->n ? b + 1 : b));
        break;
    case V_DAYS:
    case V_DAYS_AT:
        days_sentence(c, l, a, b, &r, notes, sum);
        break;
    case V_TIMES:
        sum->times_alone = true;
        /* fall through */
    case V_NOTE:
        sum->noted++;
        note_part(notes, l, a, a, b);
        names_permanence(c, l, a, b);
        break;
    case V_WALKIN:
    case V_EMPTY:
        break;
    }
    if (b < l->n && l->v[b].sep == '.') {
        c->stopped_days = c->cx.days;
        c->cx.days = 0; /* a full stop ends the days' reach; ";" does not */
    }
}

/* Cut the line's breaks out of its ranges, else out of those under the
 * label so far ("Fermé de 12h à 14h." on a line of its own); a break no
 * range holds is a note: its sentence. */
static void cut_breaks(struct hctx *c, const struct line *l, size_t line_first,
                       struct spans *notes)
{
    for (size_t k = 0; k < c->breaks.n; k++) {
        const struct brk *br = &c->breaks.v[k];
        if (ranges_cut(&c->e->hours, line_first, br->from, br->to) ||
            ranges_cut(&c->e->hours, c->cx.scope_from, br->from, br->to))
            continue;
        push_span(notes, br->from_tok, br->to_tok < l->n ? br->to_tok + 1 : br->to_tok);
    }
}

/* The line's notes: the whole line when nothing of it was understood, else
 * each part left. */
static void add_line_notes(struct hctx *c, const struct line *l,
                           const struct spans *notes, const struct line_sum *sum,
                           bool hold)
{
    if (sum->content && sum->noted == sum->content && !c->closures.n) {
        char *t = section_line_text(l->tl, 0, SIZE_MAX);
        char *s = str_trim(t);
        free(t);
        if (hold) {
            c->held = (struct held){l->tl->line, s};
            return;
        }
        /* a label is read, not warned about: "Accueil téléphonique :",
         * "Matin, Après-midi"; not a sentence ("… sont suspendues.") */
        bool quiet = sum->label && !sum->ends_stop && !(c->t.kinds & TKM(TK_PHONE)) &&
                     !(l->n && l->v[l->n - 1].kind == TK_END);
        keep_note(c, l->tl->line, s, quiet);
        return;
    }
    for (size_t k = 0; k < notes->n; k++) {
        const struct span *sp = &notes->v[k];
        char *part = tokens_text(c, l, sp->from, sp->to);
        if (sp->sent_from == sp->from && sp->sent_to == sp->to) {
            add_note(c, l->tl->line, part);
            continue;
        }
        char *sentence = tokens_text(c, l, sp->sent_from, sp->sent_to);
        note_of(c, l->tl->line, part, false, sentence);
        free(sentence);
    }
}

/* What this line lends the next: days alone, times alone (their note held
 * until the next line says whether it takes them), a lead-in appointment. */
static void lend(struct hctx *c, const struct line *l, const struct line_sum *sum,
                 unsigned lent, bool lent_times, struct spans *notes)
{
    bool used = sum->lent_used && (lent || lent_times);
    if (used) {
        free(c->held.text);
        c->held.text = NULL;
        c->pend_days = sum->own_days ? 0 : lent;
    } else {
        flush_held(c);
        c->pend_times.n = 0;
        if (c->pend_next_only)
            c->pend_days = 0;
    }
    c->pend_next_only = false;
    bool alone = sum->content == 1 && sum->noted == 1 && !c->closures.n;
    if (alone && sum->days_alone) {
        c->pend_days = sum->days_alone;
        c->pend_times.n = 0;
    } else if (alone && sum->days_at) {
        c->pend_days = sum->days_at;
        c->pend_next_only = true;
        c->pend_times.n = 0;
    } else if (alone && sum->times_alone) {
        struct hours_list t = c->pend_times;
        c->pend_times = c->new_times;
        c->new_times = t;
        c->pend_days = 0;
    }
    add_line_notes(c, l, notes, sum, alone && (sum->days_alone || sum->times_alone));
    c->cx.appt = sum->lead_appt || (c->cx.appt && !sum->content);
    if (sum->ends_stop) {
        c->cx.days = 0;
        c->cx.appt = false;
    }
}

/* "… à partir du 11 mai", "… depuis le 3 mars": a label of hours that hold
 * from a day on, every week (no span to another day after it). */
static bool start_title(const struct line *l)
{
    size_t k = 0;
    while (k < l->n && !is_word(&l->v[k], W_FROM) && !is_word(&l->v[k], W_SINCE))
        k++;
    if (k == l->n)
        return false;
    for (k++; k < l->n; k++)
        if (l->v[k].kind == TK_TO || is_word(&l->v[k], W_SEASON))
            return false;
    return true;
}

/* A line of words and an appointment marker ending with a colon, or titled
 * "Horaires …": the label of the lines under it ("Accueil des ressortissants
 * étrangers sur rendez-vous exclusivement :", "Accueil sans rendez-vous :",
 * "Horaires sur rendez-vous uniquement"). */
static bool appt_label(const struct hctx *c, const struct line *l)
{
    const unsigned other = TKM(TK_DAY) | TKM(TK_DAYSET) | TKM(TK_TIME) | TKM(TK_H24) |
                           TKM(TK_NUM) | TKM(TK_ORD) | TKM(TK_DATE) | TKM(TK_PHONE);
    return (c->t.kinds & TKM(TK_RDV)) && !(c->t.kinds & other) && l->n > 0 &&
           ((l->v[l->n - 1].kind == TK_SEP && l->v[l->n - 1].sep == ':') ||
            hours_title(l));
}

/* A line naming a date, a month, holidays or a season, and no times: under
 * a label of closures, one ("- 1 semaine pendant les vacances de la
 * Toussaint", "Du 7 au 18 août 2023"). */
static bool names_dates(const struct hctx *c)
{
    const uint64_t calendar = WKM(W_MONTH) | WKM(W_FERIE) | WKM(W_SEASON);
    return !(c->t.kinds & (TKM(TK_TIME) | TKM(TK_H24))) &&
           ((c->t.kinds & TKM(TK_DATE)) || (c->t.words & calendar));
}

/* A line that is one closure and names no day, date, month or time: the
 * label of the closures under it ("Fermetures annuelles :", "Période de
 * fermeture des guichets", "Fermetures d'été :"). */
static bool closure_label(const struct hctx *c, const struct line *l)
{
    unsigned dated = TKM(TK_DATE) | TKM(TK_ORD) | TKM(TK_DAY) | TKM(TK_DAYSET) |
                     TKM(TK_TIME) | TKM(TK_H24);
    bool colon = l->n && l->v[l->n - 1].kind == TK_SEP && l->v[l->n - 1].sep == ':';
    if (!colon)
        dated |= TKM(TK_NUM); /* "Périodes de fermeture en 2025 :" is one */
    return c->closures.n == 1 && first_free(l, 0, l->n) == l->n &&
           !(c->t.kinds & dated) && !(c->t.words & (WKM(W_MONTH) | WKM(W_FERIE)));
}

/* Under a label of closures, a line naming dates is a closure as written;
 * the label, a note. Whether the line was taken so. */
static bool closure_under_label(struct hctx *c, const struct line *l)
{
    if (!c->scope.on || !names_dates(c)) {
        c->scope.on = false;
        return false;
    }
    struct strlist *cl = &c->e->closures;
    if (c->scope.label < cl->n) {
        char *label = cl->v[c->scope.label];
        memmove(cl->v + c->scope.label, cl->v + c->scope.label + 1,
                (cl->n - c->scope.label - 1) * sizeof *cl->v);
        cl->n--;
        keep_note(c, c->scope.line, label, true);
        c->scope.label = SIZE_MAX;
    }
    if (c->closures.n)
        return false; /* "25/12/24 : Fermé - Noël": its own, taken */
    size_t n = l->n;
    while (n > 0 && l->v[n - 1].kind == TK_END)
        n--; /* without its full stop, as closures are */
    if (n > 0)
        strlist_push(cl, span_text(c, l, l->v[0].b, l->v[n - 1].e, false));
    return true;
}

/* A line that opens with a place and its address before its first day or
 * time ("Vestiaire de Nancy (3 rue du Charmois) ouvert le lundi …", "soit au
 * pôle de Rivière-Salée, 7 rue Eugène-Levesque. Ouvert du lundi …"): three
 * words the reader does not know or more, a number or a parenthesis, and
 * nothing that says what the hours are. */
static bool site_with_address(const struct line *l)
{
    size_t unknown = 0;
    bool address = false;
    for (size_t k = 0; k < l->n; k++) {
        const struct tok *t = &l->v[k];
        if (t->kind == TK_DAY || t->kind == TK_DAYSET || t->kind == TK_TIME)
            return unknown >= 3 && address;
        if (t->kind == TK_NUM || (t->kind == TK_SEP && t->sep == '('))
            address = true;
        else if (is_word(t, W_UNKNOWN))
            unknown++;
        else if (t->kind != TK_SEP && t->kind != TK_END && t->kind != TK_TO &&
                 !is_word(t, W_LE) && !is_word(t, W_DE) && !is_word(t, W_DU) &&
                 !is_word(t, W_FILL) && !is_word(t, W_OPEN))
            return false;
    }
    return false;
}

/* A line that opens with a place's or a unit's name and a colon before its
 * days ("Thenon : les mardis, …" / "Hautefort : les mardis après-midi de 14 h
 * à 17 h"), or with a place and its address (site_with_address): a site of
 * its own, whose ranges edit none of the lines before. */
static bool site_first(const struct line *l)
{
    if (site_with_address(l))
        return true;
    size_t k = 0;
    while (k < l->n && k < 4 && is_word(&l->v[k], W_UNKNOWN))
        k++;
    if (k == 0 || k >= l->n || l->v[k].kind != TK_SEP || l->v[k].sep != ':')
        return false;
    k++;
    while (k < l->n && is_word(&l->v[k], W_LE))
        k++;
    return k < l->n && (l->v[k].kind == TK_DAY || l->v[k].kind == TK_DAYSET);
}

/* "Accueil sur rendez-vous :", "Accueil sans rendez-vous :": a label whose
 * rule (the rules from rules_before) holds for the lines under it, up to
 * the next label. */
static void open_appt_label(struct hctx *c, const struct text_line *tl,
                            size_t rules_before)
{
    enum hours_kind k = label_kind(c->t.words, c->label_kind);
    open_scope(c, (struct context){.kind = k, .phone_label = k == HOURS_PHONE});
    /* "Les RDV à prendre en ligne vous sont proposés les :": the
     * appointments themselves over their slots */
    if (rules_before == c->rules.n && !(c->t.words & WKM(W_SANS)))
        add_rule(c, (struct appt_rule){APPT_STRONG, SCOPE_ALL, 0, false}, tl->line,
                 str_trim(tl->text));
    for (size_t i = rules_before; i < c->rules.n; i++) {
        struct rule *r = &c->rules.v[i];
        r->from = c->e->hours.n;
        r->open_label = true;
        if (r->r.scope == SCOPE_SUBJECT) /* "Public étranger sur RDV :" */
            r->r.scope = SCOPE_ALL;      /* what it names is under it */
    }
}

static void do_line(struct hctx *c, const struct text_line *tl, bool continues)
{
    struct line l = {tl, tl->text, NULL, 0};
    lex_line(c, tl->text);
    if (flat_day_columns(c, tl))
        return;
    c->said_days = 0;
    l.v = c->t.v;
    l.n = c->t.n;
    take_closures(c, &l);
    if (closure_under_label(c, &l))
        return;
    if (site_first(&l))
        c->cx.scope_from = c->e->hours.n;
    if (closure_label(c, &l))
        c->scope = (struct closure_scope){true, c->e->closures.n - 1, tl->line};
    unsigned lent = c->pend_days;
    bool lent_times = c->pend_times.n > 0;
    c->stopped_days = 0;
    if (!continues) {
        c->cx.days = 0;
        c->cx.appt = false;
        c->cx.kind = c->label_kind;
    }
    /* days alone on the line before ("mercredi :") are those of this line's
     * times, whatever days the sentence before gave */
    if (lent)
        c->cx.days = lent;
    struct spans *notes = &c->notes;
    struct line_sum sum = {0};
    notes->n = 0;
    sum.own_days = c->t.kinds & (TKM(TK_DAY) | TKM(TK_DAYSET));
    sum.ends_stop = l.n && l.v[l.n - 1].kind == TK_END && l.v[l.n - 1].sep == '.';
    if (c->columns && rdv_cells(&l)) {
        /* the row is kept as written: which half-day is by appointment */
        char *t = section_line_text(tl, 0, SIZE_MAX);
        add_note(c, tl->line, str_trim(t));
        free(t);
    }
    if ((c->t.words & WKM(W_PERIOD)) && !(c->t.kinds & ~(TKM(TK_WORD) | TKM(TK_SEP))) &&
        period_header(&l))
        c->columns = true;
    size_t line_first = c->e->hours.n, rules_before = c->rules.n;
    size_t a, b;
    for (bool more = first_sentence(&l, &a, &b); more; more = next_sentence(&l, &a, &b))
        one_sentence(c, &l, a, b, notes, &sum);
    cut_breaks(c, &l, line_first, notes);
    struct context label;
    /* "Horaires d'été (07/07 au 22/08)", "Haute saison (du 1er avril au 30
     * septembre)": a title of dated lines */
    unsigned dates = TKM(TK_NUM) | TKM(TK_DATE) | TKM(TK_ORD);
    bool dated_title = (c->t.kinds & dates) && hours_title(&l);
    sum.label = !sum.lent_used &&
                !(c->t.kinds & (TKM(TK_DAY) | TKM(TK_DAYSET) | TKM(TK_TIME) |
                                TKM(TK_H24) | TKM(TK_RDV) | (dated_title ? 0 : dates))) &&
                label_line(&l, false, c->heading_kind, &label);
    /* a label's dates, or numbers with a month or season: a season's; not
     * "Horaires 2024", nor a start ("Horaires à partir du 11 mai") */
    if (sum.label && !start_title(&l) &&
        ((c->t.kinds & TKM(TK_DATE)) ||
         ((c->t.kinds & dates) && (c->t.words & (WKM(W_MONTH) | WKM(W_SEASON))))))
        label.seasonal = true;
    lend(c, &l, &sum, lent, lent_times, notes);
    if (sum.label && period_label(c->t.words)) {
        /* "Téléphones" / "Matins :" / "Du lundi au vendredi …": a part of
         * the day under a label keeps that label's kind */
        label.kind = c->label_kind;
        label.phone_label = label.kind == HOURS_PHONE;
    }
    if (sum.label)
        open_scope(c, label);
    else if (appt_label(c, &l))
        open_appt_label(c, tl, rules_before);
}

/* ---- the section ------------------------------------------------------- */

/* Whether the n bytes of t may end with a joint the lexer reads as such, a
 * comma, "et", "&" or "+" (behind the blanks and marks it skips): a cheap
 * test that spares lexing most lines twice. */
static bool may_end_with_joint(const char *t, size_t n)
{
    while (n > 0 && strchr(" '\"*_\t", t[n - 1]) != NULL)
        n--;
    if (n > 0 && strchr(",&+", t[n - 1]) != NULL)
        return true;
    return n >= 2 && ascii_tolower((unsigned char)t[n - 2]) == 'e' &&
           ascii_tolower((unsigned char)t[n - 1]) == 't';
}

/* Whether the n bytes of t end with a word no sentence ends with: "de",
 * "du", "des", "à", "au", "aux", "le", "la", "les", "pour", "par". */
static bool ends_mid_sentence(const char *t, size_t n)
{
    static const char *const words[] = {"de", "du", "des", "\xC3\xA0", "au",  "aux",
                                        "le", "la", "les", "pour",     "par", NULL};
    size_t b = n;
    while (b > 0 && t[b - 1] != ' ')
        b--;
    for (size_t i = 0; words[i]; i++)
        if (n - b == strlen(words[i]) && memcmp(t + b, words[i], n - b) == 0)
            return true;
    return false;
}

/* True when next carries on the sentence of prev: same paragraph, prev has no
 * final stop, is no label ("Accueil téléphonique :") and holds no time (days
 * waiting for theirs: "Du lundi au vendredi" then "de 9h à 12h"), and next
 * starts in lower case or with a digit, or prev ends with "et" or a comma
 * ("de 8h à 12h et" then "de 13h à 16h15"). A line of days alone also takes
 * the next line's times or closure in capitals (a table read row by row:
 * "Mercredi" then "Fermé"). Otherwise a line with its times is a sentence of
 * its own: "9h-12h" on the next line is not more of its times. */
static bool joins(struct hctx *c, const struct text_line *prev,
                  const struct text_line *next)
{
    if (next->para_start || next->item || str_blank(next->text) || str_blank(prev->text))
        return false;
    size_t len = strlen(prev->text);
    char last = prev->text[len - 1];
    unsigned char first = (unsigned char)next->text[0];
    if (last == '.' || last == ';' || last == '!' || last == '?' || last == ':')
        return false;
    if (may_end_with_joint(prev->text, len)) {
        lex_line(c, prev->text);
        const struct tok *end = c->t.n > 0 ? &c->t.v[c->t.n - 1] : NULL;
        if (end != NULL && (end->kind == TK_AND || is_comma(end)))
            return true;
    }
    if (ascii_islower(first) && ends_mid_sentence(prev->text, len))
        return true; /* "… 20min avant l'heure de" / "fermeture." */
    if (strpbrk(prev->text, "0123456789"))
        return false;
    lex_line(c, prev->text);
    /* "Fermetures exceptionnelles" over "25/12/24 : Fermé - Noël": a label
     * of closures over its first */
    if ((c->t.words & WKM(W_CLOSE)) && !ascii_islower(first))
        return false;
    if (c->t.kinds & (TKM(TK_TIME) | TKM(TK_H24)))
        return false;
    if (ascii_islower(first) || ascii_isdigit(first))
        return true;
    uint64_t plain = WKM(W_FILL) | WKM(W_DU) | WKM(W_LE) | WKM(W_UNKNOWN);
    if (!(c->t.kinds & (TKM(TK_DAY) | TKM(TK_DAYSET))) || (c->t.words & ~plain))
        return false;
    lex_line(c, next->text);
    return (c->t.kinds & TKM(TK_TIME)) || (c->t.words & WKM(W_CLOSE));
}

/* Lines [i, j) of one paragraph read as one line (the first's number), their
 * links' ends moved to the joined text. */
static void do_joined(struct hctx *c, const struct text_line *lines, size_t i, size_t j,
                      bool continues)
{
    struct strbuf joined = STRBUF_INIT;
    size_t n_links = 0;
    for (size_t k = i; k < j; k++)
        n_links += lines[k].n_links;
    struct link *links = xmalloc((n_links ? n_links : 1) * sizeof *links);
    n_links = 0;
    for (size_t k = i; k < j; k++) {
        if (k > i)
            strbuf_putc(&joined, ' ');
        for (size_t q = 0; q < lines[k].n_links; q++) {
            links[n_links] = lines[k].links[q];
            links[n_links++].end += joined.len;
        }
        strbuf_puts(&joined, lines[k].text);
    }
    struct text_line tl = lines[i];
    tl.text = joined.buf;
    tl.links = links;
    tl.n_links = n_links;
    do_line(c, &tl, continues);
    free(links);
    strbuf_free(&joined);
}

/* Mark the reception ranges of e->hours from first on that lie in period p
 * as by appointment; false (nothing marked) when none does. */
static bool mark_period(struct entry *e, size_t first, char p)
{
    bool any = false;
    for (size_t k = first; k < e->hours.n; k++) {
        struct hours_range *r = &e->hours.v[k];
        if (r->kind == HOURS_RECEPTION && in_period(r->start, r->end, p)) {
            r->appointment = true;
            any = true;
        }
    }
    return any;
}

/* The end of the ranges rule r may mark. */
static size_t rule_to(const struct rule *r, const struct entry *e)
{
    return r->to < e->hours.n ? r->to : e->hours.n;
}

/* Appointment sentences without times, now that all ranges are known: alone
 * they make the reception appointment-only; beside reception hours, "Sur
 * rendez-vous." marks them, "sur rendez-vous l'après-midi" those of the
 * afternoon, and what names some days or something else ("Consultations
 * médicales sur rendez-vous.") is a note. */
static void resolve_rules(struct hctx *c)
{
    struct entry *e = c->e;
    bool ranges = false;
    for (size_t k = c->first_range; k < e->hours.n; k++)
        ranges = ranges || e->hours.v[k].kind == HOURS_RECEPTION;
    for (size_t i = 0; i < c->rules.n; i++) {
        struct rule *r = &c->rules.v[i];
        bool note = false;
        switch (r->r.scope) {
        case SCOPE_OTHERS:
            note = true;
            break;
        case SCOPE_PERIOD:
            if (r->r.period && ranges && mark_period(e, c->first_range, r->r.period))
                break;
            e->appointment_only = e->appointment_only || !ranges;
            note = true;
            break;
        case SCOPE_DAYS:
        case SCOPE_SUBJECT:
            e->appointment_only = e->appointment_only || !ranges;
            note = ranges;
            break;
        case SCOPE_ALL:
            e->appointment_only = e->appointment_only || !ranges;
            for (size_t k = r->from; k < rule_to(r, e) && ranges; k++)
                if (e->hours.v[k].kind == HOURS_RECEPTION)
                    e->hours.v[k].appointment = true;
            break;
        }
        if (note)
            add_note(c, r->line, r->text);
        else
            free(r->text);
    }
}

/* Reception ranges go when the reception is by appointment only; the
 * telephone line's and the permanences' stay. */
static void drop_reception(struct entry *e, size_t first)
{
    size_t w = first;
    for (size_t k = first; k < e->hours.n; k++)
        if (e->hours.v[k].kind != HOURS_RECEPTION)
            e->hours.v[w++] = e->hours.v[k];
    e->hours.n = w;
}

static void read_lines(struct hctx *c, const struct text_line *lines, size_t n)
{
    for (size_t i = 0; i < n;) {
        if (str_blank(lines[i].text)) {
            i++;
            continue;
        }
        /* a line continues the previous one's sentence when both are in one
         * paragraph and the previous did not end with a full stop */
        bool continues = i > 0 && !lines[i].para_start && !str_blank(lines[i - 1].text);
        size_t j = i + 1;
        while (j < n && joins(c, &lines[j - 1], &lines[j]))
            j++;
        if (j == i + 1 && i + 1 < n && day_columns(c, &lines[i], &lines[i + 1])) {
            i += 2;
            continue;
        }
        size_t grid = j == i + 1 ? time_grid(c, lines, i, n) : 0;
        if (grid > 0) {
            i += grid;
            continue;
        }
        if (j == i + 1)
            do_line(c, &lines[i], continues);
        else
            do_joined(c, lines, i, j, continues);
        i = j;
    }
    flush_held(c);
}

/* The section's heading is the label of all its lines: "Horaires du numéro
 * d'urgence", "Permanences téléphoniques", "Horaires d'été". */
static void read_heading(struct hctx *c, const char *heading)
{
    if (str_blank(heading))
        return;
    lex_line(c, heading);
    struct line l = {NULL, heading, c->t.v, c->t.n};
    struct context label;
    if (label_line(&l, true, HOURS_RECEPTION, &label)) {
        open_scope(c, label);
        c->heading_kind = label.kind;
    }
}

void hours_extract(const struct text_line *lines, size_t n, struct entry *e)
{
    hours_extract_under(NULL, lines, n, e);
}

void hours_extract_aside(const char *heading, const struct text_line *lines, size_t n,
                         struct entry *e)
{
    if (n == 0)
        return;
    char *text = e->hours_text;
    e->hours_text = NULL;
    hours_extract_under(heading, lines, n, e);
    free(e->hours_text);
    e->hours_text = text;
}

void hours_extract_under(const char *heading, const struct text_line *lines, size_t n,
                         struct entry *e)
{
    struct hctx c = {.e = e, .first_range = e->hours.n};
    c.cx.scope_from = e->hours.n;
    read_heading(&c, heading);
    struct strbuf all = STRBUF_INIT;
    if (e->hours_text) {
        strbuf_puts(&all, e->hours_text);
        free(e->hours_text);
        e->hours_text = NULL;
    }
    for (size_t i = 0; i < n; i++) {
        if (all.len)
            strbuf_putc(&all, '\n');
        /* with its links' targets: "prendre RDV <https://rdv.example/foo>" */
        section_add_line_text(&all, &lines[i], 0, SIZE_MAX);
    }
    e->hours_text = strbuf_detach(&all);
    read_lines(&c, lines, n);
    resolve_rules(&c);
    if (e->appointment_only)
        drop_reception(e, c.first_range);
    grammar_free(&c.g);
    text_fold_free(&c.f);
    free(c.t.v);
    free(c.closures.v);
    free(c.notes.v);
    free(c.breaks.v);
    free(c.rules.v);
    free(c.pend_times.v);
    free(c.new_times.v);
}

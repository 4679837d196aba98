/* Extractor: the opening section. Its plain-text lines (from parse.c) -> the
 * model's appointment rule, weekly ranges, closures and notes. Each line is folded
 * (lower case, no accents), cut into tokens that keep their source offsets, then
 * read sentence by sentence; anything not clearly understood becomes a note.
 * Folding and tokens: hours_lex.c; one sentence: hours_sentence.c; here, each
 * line's closures, breaks and sentences, and the section as a whole. */
#include "extract/hours.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "base/text.h"
#include "base/util.h"
#include "extract/hours_int.h"

/* ---- one line ---------------------------------------------------------- */

/* A sentence that states an appointment rule without times; resolved once
 * the whole section is read. */
struct appt_rule {
    enum appt_kind kind;
    bool days, period;
    bool others;    /* "les autres jours": days no range names */
    bool subject;   /* "Consultations uniquement sur rendez-vous." */
    char period_of; /* "sur rendez-vous l'après-midi": that period, else 0 */
    int line;
    char *text;
};

struct ctx {
    struct entry *e;
    struct appt_rule *rules;
    size_t n_rules, cap_rules;
    unsigned carry;     /* days of the last day group, for a following line */
    bool columns;       /* a table's header named its columns "Matin, Après-midi" */
    size_t first_range; /* first range of the section in e->hours */
};

/* A break cut out of the ranges: "(12h-14h fermé)", "fermé de 12h à 14h". */
struct brk {
    int from, to;
    size_t b, e; /* folded span, for a note when no range holds it */
};

struct line {
    const char *text;           /* the line as written */
    const struct text_line *tl; /* its links */
    int lineno;
    struct fold f;
    struct toks t;
    struct brk brk[8];
    size_t n_brk;
};

/* Source text of folded span [b, e), trimmed; with the targets of the live
 * links ending in it when links is true (for notes: "Sur rendez-vous :
 * prendre RDV <https://rdv.example/foo>"). */
static char *span_text(const struct line *l, size_t b, size_t e, bool links)
{
    size_t ob = l->f.orig[b], oe = l->f.orig[e];
    char *raw =
        links ? section_line_text(l->tl, ob, oe) : xstrndup(l->text + ob, oe - ob);
    char *s = str_trim(raw);
    free(raw);
    return s;
}

static void add_note(struct ctx *c, int lineno, char *text)
{
    if (str_blank(text)) {
        free(text);
        return;
    }
    diag_add(&c->e->diags, DIAG_WARNING, lineno, 0, "opening hours not understood: %s",
             text);
    strlist_push(&c->e->hours_notes, text);
}

/* True when a range of the sentence [a, b) lies in period p ('m': ends by
 * 13:00; 'a': starts at noon or later), or p is 0. */
static bool has_range_in(const struct tok *v, size_t a, size_t b, char p)
{
    for (size_t i = a; i + 2 < b; i++) {
        if (v[i].kind != TK_TIME || v[i + 1].kind != TK_TO || v[i + 2].kind != TK_TIME)
            continue;
        if (p == 0 || (p == 'm' && v[i + 2].val <= 780) || (p == 'a' && v[i].val >= 720))
            return true;
    }
    return false;
}

/* A weekly exception, not a closure: "fermé le mardi matin" in a sentence
 * that gives the hours it takes out of ("Du lundi au vendredi de 9h à 12h et
 * de 14h à 17h, fermé le mardi matin"), or the same written days first
 * ("..., mercredi après-midi fermé"). Tokens (i, e) follow the closing word,
 * [s, i) precede it. */
static bool day_exception(const struct tok *v, size_t a, size_t b, size_t s, size_t i,
                          size_t e)
{
    bool day = false;
    char period = 0;
    if (e == i + 1 && s < i) {
        /* days first: the clause before the closing word */
        e = i;
        i = s - 1;
    }
    for (size_t k = i + 1; k < e; k++) {
        if (v[k].kind == TK_DAY && !period)
            day = true;
        else if (is_word(&v[k], W_PERIOD) && day && !period)
            period = v[k].period;
        else if (!(is_word(&v[k], W_LE) || v[k].kind == TK_AND ||
                   (v[k].kind == TK_COMMA && v[k].sep == ')')))
            return false;
    }
    return day && has_range_in(v, a, b, period);
}

/* A break next to closing word v[i]: "12h-14h fermé" (the range opening the
 * clause), "fermé de 12h à 14h", "fermeture 12h30-13h30", "fermé entre 12h et
 * 14h" (the range closing it). Sets the tokens [*s, *e) it spans and its
 * times; false when v[i] is no break. */
static bool break_at(const struct tok *v, size_t a, size_t b, size_t i, size_t *s,
                     size_t *e, int *from, int *to)
{
    size_t t = 0, end = 0;
    if (i >= a + 3 && v[i - 3].kind == TK_TIME && !v[i - 3].used &&
        v[i - 2].kind == TK_TO && v[i - 1].kind == TK_TIME &&
        (i - 3 == a || v[i - 4].kind == TK_COMMA)) {
        t = i - 3;
        *s = t;
        end = i + 1;
    } else {
        size_t j = i + 1;
        while (j < b && (is_word(&v[j], W_DE) || is_word(&v[j], W_ENTRE)))
            j++;
        if (j + 2 >= b || v[j].kind != TK_TIME ||
            (v[j + 1].kind != TK_TO && v[j + 1].kind != TK_AND) ||
            v[j + 2].kind != TK_TIME)
            return false;
        t = j;
        *s = i;
        end = j + 3;
    }
    if (end < b && v[end].kind != TK_COMMA && v[end].kind != TK_END)
        return false;
    if (v[t].val >= v[t + 2].val || v[t].used || v[t + 2].used)
        return false;
    *from = v[t].val;
    *to = v[t + 2].val;
    *e = end;
    return true;
}

/* Closures: "Fermé en août", "fermeture pendant les vacances scolaires",
 * "sauf jours fériés". The clause runs from the closing word (or the comma or
 * parenthesis before it) to the end of the sentence, or to a comma followed by
 * more hours ("Fermé le lundi, ouvert du mardi au samedi de 9h à 18h"). */
static void take_closures(struct ctx *c, struct line *l, size_t a, size_t b)
{
    struct tok *v = l->t.v;
    for (size_t i = a; i < b; i++) {
        if (v[i].used || v[i].kind != TK_WORD)
            continue;
        bool closing = v[i].val == W_CLOSE;
        if (v[i].val == W_SAUF) {
            size_t j = i + 1;
            while (j < b && (is_word(&v[j], W_LE) || is_word(&v[j], W_DU)))
                j++;
            closing = j < b && v[j].kind != TK_DAY && v[j].kind != TK_DAYSET;
            /* "hors" opens a clause only after "(" or ",": "(hors vacances
             * scolaires)", not "de 9h à 12h hors vacances et de 14h à 17h" */
            if (l->f.s[v[i].b] == 'h' && !(i > a && v[i - 1].kind == TK_COMMA))
                closing = false;
        }
        /* "(le vendredi fermeture à 16h)": a closing time, read as an end
         * time by the sentence reader */
        if (closing && v[i].val == W_CLOSE && i + 2 < b && v[i + 1].kind == TK_TO &&
            v[i + 2].kind == TK_TIME)
            continue;
        if (!closing)
            continue;
        size_t s = i;
        bool paren = false;
        size_t bs, be;
        int bf, bt;
        if (v[i].val == W_CLOSE && l->n_brk < sizeof l->brk / sizeof l->brk[0] &&
            break_at(v, a, b, i, &bs, &be, &bf, &bt)) {
            /* a break: cut out of the ranges of the line, see cut_breaks */
            l->brk[l->n_brk++] = (struct brk){bf, bt, v[bs].b, v[be - 1].e};
            bool open = bs > a && v[bs - 1].kind == TK_COMMA && v[bs - 1].sep == '(';
            for (size_t k = bs; k < be; k++)
                v[k].used = true;
            if (open) {
                v[bs - 1].used = true;
                if (be < b && v[be].sep == ')')
                    v[be].used = true;
            }
            i = be;
            continue;
        }
        if (v[i].val == W_CLOSE) {
            while (s > a && !v[s - 1].used &&
                   !(v[s - 1].kind == TK_COMMA && v[s - 1].sep != ':')) {
                /* "... 17h et fermé le lundi", "... 17h fermé le lundi" */
                if (v[s - 1].kind == TK_AND || v[s - 1].kind == TK_TIME ||
                    v[s - 1].kind == TK_H24)
                    break;
                s--;
            }
        }
        /* "(sauf jours fériés)": the clause ends with its parenthesis */
        paren = s > a && v[s - 1].kind == TK_COMMA && v[s - 1].sep == '(';
        size_t e = i + 1;
        while (e < b) {
            if (paren && v[e].sep == ')')
                break;
            if (v[e].kind == TK_COMMA && v[e].sep == ',') {
                bool more_hours = false;
                for (size_t k = e + 1; k < b; k++)
                    if (v[k].kind == TK_TIME || v[k].kind == TK_H24)
                        more_hours = true;
                if (more_hours)
                    break;
            }
            e++;
        }
        if (v[i].val == W_CLOSE && day_exception(v, a, b, s, i, e))
            continue;
        if (v[i].val == W_CLOSE && s == i && e == i + 1 && i > a &&
            (v[i - 1].kind == TK_TIME || v[i - 1].kind == TK_COMMA)) {
            /* "Mercredi, 9h-12h, fermé" (a table's afternoon cell): the
             * bare word closes the rest of that day, no closure to record */
            v[i].used = true;
            continue;
        }
        strlist_push(&c->e->closures, span_text(l, v[s].b, v[e - 1].e, false));
        for (size_t k = s; k < e; k++)
            v[k].used = true;
        if (paren && e < b)
            v[e].used = true;
        if (s > a && v[s - 1].kind == TK_COMMA && v[s - 1].sep == '(')
            v[s - 1].used = true;
        i = e;
    }
}

static void add_rule(struct ctx *c, const struct sent_result *r, int line, char *text)
{
    if (c->n_rules == c->cap_rules) {
        c->cap_rules = c->cap_rules ? c->cap_rules * 2 : 4;
        c->rules = xrealloc(c->rules, c->cap_rules * sizeof *c->rules);
    }
    c->rules[c->n_rules++] = (struct appt_rule){
        r->appt, r->days, r->period, r->others, r->subject, r->appt_period, line, text};
}

/* Cut the breaks of line l out of its ranges fd, else out of the ranges of
 * the section read so far ("Fermé de 12h à 14h." on a line of its own); a
 * break no range holds is a note. */
static void cut_breaks(struct ctx *c, struct line *l, struct found *fd)
{
    struct hours_list *h = &c->e->hours;
    for (size_t k = 0; k < l->n_brk; k++) {
        const struct brk *br = &l->brk[k];
        size_t cap = sizeof fd->v / sizeof fd->v[0];
        if (hours_cut_range(fd->v, &fd->n, cap, br->from, br->to))
            continue;
        bool hit = false;
        size_t n0 = h->n;
        for (size_t q = c->first_range; q < n0; q++) {
            struct hours_range r[2] = {h->v[q]};
            size_t n = 1;
            if (hours_cut_range(r, &n, 2, br->from, br->to)) {
                h->v[q] = r[0];
                hours_list_push(h, r[1]);
                hit = true;
            }
        }
        if (!hit)
            add_note(c, l->lineno, span_text(l, br->b, br->e, true));
    }
}

/* Apply "Le jeudi : ouverture à 10h." to the ranges of the line, else of the
 * section so far. False (nothing changed) when some day has no range it
 * falls in. */
static bool apply_start(struct ctx *c, struct found *fd, unsigned days, int t)
{
    size_t cap = sizeof fd->v / sizeof fd->v[0];
    struct found save = *fd;
    bool ok = true;
    for (int d = 0; d < 7 && ok; d++)
        if (days & (1u << d))
            ok = hours_start_day(fd->v, &fd->n, cap, 1u << d, t);
    if (ok)
        return true;
    *fd = save;
    struct hours_list *h = &c->e->hours;
    if (h->n <= c->first_range)
        return false;
    /* the section's ranges, copied out to be changed as one */
    struct found sec = {.n = 0};
    for (size_t q = c->first_range; q < h->n && sec.n < cap; q++)
        sec.v[sec.n++] = h->v[q];
    if (sec.n != h->n - c->first_range)
        return false;
    for (int d = 0; d < 7; d++)
        if ((days & (1u << d)) && !hours_start_day(sec.v, &sec.n, cap, 1u << d, t))
            return false;
    size_t old = h->n - c->first_range;
    for (size_t q = 0; q < sec.n; q++) {
        if (q < old)
            h->v[c->first_range + q] = sec.v[q];
        else
            hours_list_push(h, sec.v[q]);
    }
    return true;
}

/* A table's header row naming periods only: "Matin, Après-midi". */
static bool period_header(const struct tok *v, size_t n)
{
    size_t periods = 0;
    for (size_t i = 0; i < n; i++) {
        if (is_word(&v[i], W_PERIOD))
            periods++;
        else if (!(v[i].kind == TK_COMMA && v[i].sep == ','))
            return false;
    }
    return periods >= 2;
}

/* Under a period header, a row's cell that only says "sur RDV" ("Mardi,
 * 8h30 – 12h, sur RDV") gives its half-day no range and marks no other cell:
 * its tokens are set aside, in a row that gives times. True when a cell was. */
static bool rdv_cells(struct tok *v, size_t n)
{
    bool any = false, times = false;
    for (size_t i = 0; i < n; i++)
        times = times || v[i].kind == TK_TIME;
    for (size_t cs = 0; cs < n && times;) {
        size_t ce = cs;
        while (ce < n && !(v[ce].kind == TK_COMMA && v[ce].sep == ',') &&
               v[ce].kind != TK_END)
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

static void do_line(struct ctx *c, const struct text_line *tl, bool continues)
{
    struct line l = {.text = tl->text, .tl = tl, .lineno = tl->line};
    text_fold_map(tl->text, &l.f);
    hours_lex(l.f.s, &l.t);
    struct tok *v = l.t.v;
    size_t n = l.t.n;
    unsigned carry = continues ? c->carry : 0;
    c->carry = 0;

    /* Sentences end at ".", ";", "!" and "?". */
    size_t starts[64], ends[64], ns = 0;
    for (size_t i = 0; i < n && ns < 64;) {
        size_t j = i;
        while (j < n && (v[j].kind != TK_END || ns == 63))
            j++;
        starts[ns] = i;
        ends[ns] = j;
        ns++;
        i = j + 1;
    }
    for (size_t s = 0; s < ns; s++)
        take_closures(c, &l, starts[s], ends[s]);
    if (c->columns && rdv_cells(v, n)) {
        /* the row is kept as written: which half-day is by appointment */
        char *t = section_line_text(tl, 0, SIZE_MAX);
        add_note(c, tl->line, str_trim(t));
        free(t);
    }
    if (period_header(v, n))
        c->columns = true;

    struct found fd;
    fd.n = 0; /* fd.v[0, fd.n) only is set */
    bool notes[64] = {false};
    size_t note_from[64];
    size_t n_plain = 0, n_content = 0;
    bool any_closure = false;
    for (size_t i = 0; i < n; i++)
        any_closure = any_closure || v[i].used;
    for (size_t s = 0; s < ns; s++) {
        size_t before = fd.n;
        unsigned od;
        int ot;
        if (hours_start_override(l.f.s, v, starts[s], ends[s], &od, &ot) &&
            apply_start(c, &fd, od, ot)) {
            n_content++;
            continue;
        }
        struct sent_result r = hours_read_sentence(v, starts[s], ends[s], carry, &fd);
        note_from[s] = starts[s];
        if (r.verdict == V_EMPTY)
            continue;
        n_content++;
        switch (r.verdict) {
        case V_RANGES:
            carry = r.last_days;
            if (r.dangling) {
                notes[s] = true;
                note_from[s] = r.dangling_from;
            }
            break;
        case V_APPT: {
            size_t a = starts[s], b = ends[s];
            while (a < b && v[a].used)
                a++;
            size_t e = b < n ? b + 1 : b;
            add_rule(c, &r, tl->line, span_text(&l, v[a].b, v[e - 1].e, true));
            break;
        }
        case V_NOTE:
            notes[s] = true;
            n_plain++;
            fd.n = before;
            break;
        default:
            break;
        }
        /* A dot ends the days' reach; ";" and "," do not. */
        if (ends[s] < n && v[ends[s]].sep == '.')
            carry = 0;
    }
    cut_breaks(c, &l, &fd);
    for (size_t q = 0; q < fd.n; q++) {
        fd.v[q].line = tl->line;
        hours_list_push(&c->e->hours, fd.v[q]);
    }
    c->carry = fd.n ? fd.v[fd.n - 1].days : 0;
    if (n > 0 && v[n - 1].kind == TK_END && v[n - 1].sep == '.')
        c->carry = 0;

    if (n_plain && n_plain == n_content && !any_closure) {
        char *t = section_line_text(tl, 0, SIZE_MAX);
        add_note(c, tl->line, str_trim(t));
        free(t);
    } else {
        for (size_t s = 0; s < ns; s++) {
            if (!notes[s])
                continue;
            size_t a = note_from[s], b = ends[s];
            while (a < b && (v[a].used || v[a].kind == TK_COMMA))
                a++;
            while (b > a && v[b - 1].used)
                b--;
            if (a == b)
                continue;
            size_t e = b < n && ends[s] == b ? b + 1 : b;
            add_note(c, tl->line, span_text(&l, v[a].b, v[e - 1].e, true));
        }
    }
    text_fold_free(&l.f);
    free(l.t.v);
}

/* Cells of a table row as parse.c joins them ("a, b, c"): up to max spans of
 * text; returns how many, or max + 1 when there are more. */
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

/* True when the n bytes at s fold to tokens of kind k only (any number of
 * them, at least one), or, with close, to closing words only ("fermé"). */
static bool cell_is(const char *s, size_t n, enum tk k, bool close)
{
    char buf[64];
    if (n >= sizeof buf)
        return false;
    memcpy(buf, s, n);
    buf[n] = '\0';
    struct fold f = {0};
    struct toks t = {0};
    text_fold_map(buf, &f);
    hours_lex(f.s, &t);
    bool ok = t.n > 0;
    for (size_t i = 0; i < t.n && ok; i++)
        ok = close ? is_word(&t.v[i], W_CLOSE) : t.v[i].kind == k;
    text_fold_free(&f);
    free(t.v);
    return ok;
}

/* A transposed table: a header row naming one day per column ("Lundi,
 * Mardi, Mercredi") over a row of as many cells ("9h-12h, fermé, 14h-18h").
 * Each cell is read as its own line "Lundi : 9h-12h"; a closing cell gives
 * nothing. True when lines head and row were such a table. */
static bool day_columns(struct ctx *c, const struct text_line *head,
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
        if (!cell_is(hb[k], hn[k], TK_DAY, false))
            return false;
    for (size_t k = 0; k < nh; k++) {
        if (cell_is(rb[k], rn[k], TK_DAY, true))
            continue;
        char *t = xasprintf("%.*s : %.*s", (int)hn[k], hb[k], (int)rn[k], rb[k]);
        struct text_line tl = *row;
        tl.text = t;
        do_line(c, &tl, false);
        free(t);
    }
    return true;
}

/* True when next carries on the sentence of prev: same paragraph, prev has no
 * final stop, and next starts in lower case or with a digit ("de 9h à 12h"). */
static bool joins(const struct text_line *prev, const struct text_line *next)
{
    if (next->para_start || next->item || str_blank(next->text) || str_blank(prev->text))
        return false;
    size_t len = strlen(prev->text);
    char last = prev->text[len - 1];
    if (last == '.' || last == ';' || last == '!' || last == '?')
        return false;
    unsigned char c = (unsigned char)next->text[0];
    return ascii_islower(c) || ascii_isdigit(c);
}

/* Mark the ranges of e->hours from first on that lie in period p ('m': end
 * by 13:00, 'a': start at noon or later) as by appointment; false (nothing
 * marked) when none does. */
static bool mark_period(struct entry *e, size_t first, char p)
{
    bool any = false;
    for (size_t k = first; k < e->hours.n; k++) {
        struct hours_range *r = &e->hours.v[k];
        if (p == 'm' ? r->end <= 780 : r->start >= 720) {
            r->appointment = true;
            any = true;
        }
    }
    return any;
}

void hours_extract(const struct text_line *lines, size_t n, struct entry *e)
{
    struct ctx c = {.e = e, .first_range = e->hours.n};
    struct strbuf all = STRBUF_INIT;
    if (e->hours_text) {
        strbuf_puts(&all, e->hours_text);
        free(e->hours_text);
        e->hours_text = NULL;
    }
    size_t first_range = c.first_range;
    for (size_t i = 0; i < n; i++) {
        if (all.len)
            strbuf_putc(&all, '\n');
        /* with its links' targets: "prendre RDV <https://rdv.example/foo>" */
        char *t = section_line_text(&lines[i], 0, SIZE_MAX);
        strbuf_puts(&all, t);
        free(t);
    }
    for (size_t i = 0; i < n;) {
        if (str_blank(lines[i].text)) {
            i++;
            continue;
        }
        /* A line continues the previous one's sentence when both are in one
         * paragraph and the previous did not end with a full stop. */
        bool continues = i > 0 && !lines[i].para_start && !str_blank(lines[i - 1].text);
        /* "Du lundi au vendredi" / "de 9h à 12h": one sentence over two lines
         * of a paragraph is read as one line (the first line's number). */
        size_t j = i + 1;
        while (j < n && joins(&lines[j - 1], &lines[j]))
            j++;
        if (j == i + 1 && i + 1 < n && day_columns(&c, &lines[i], &lines[i + 1])) {
            i += 2;
            continue;
        }
        if (j == i + 1) {
            do_line(&c, &lines[i], continues);
        } else {
            /* The links of every line, their ends moved to the joined text. */
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
            do_line(&c, &tl, continues);
            free(links);
            strbuf_free(&joined);
        }
        i = j;
    }
    e->hours_text = strbuf_detach(&all);

    /* Appointment sentences without times, now that all ranges are known. */
    bool has_ranges = e->hours.n > first_range;
    for (size_t i = 0; i < c.n_rules; i++) {
        struct appt_rule *r = &c.rules[i];
        if (r->others) {
            /* "Sur rendez-vous les autres jours." beside a note on some
             * days: no range, and the reception is not by appointment only */
            add_note(&c, r->line, r->text);
            r->text = NULL;
        } else if (r->period_of && has_ranges &&
                   mark_period(e, first_range, r->period_of)) {
            /* "Accueil sans rendez-vous le matin, sur rendez-vous
             * l'après-midi.": the ranges of that period are by appointment */
        } else if (r->period) {
            /* "sur rendez-vous le samedi matin": no times to give */
            if (!has_ranges)
                e->appointment_only = true;
            add_note(&c, r->line, r->text);
            r->text = NULL;
        } else if (!has_ranges) {
            e->appointment_only = true;
        } else if (r->days || r->subject) {
            /* "Consultations uniquement sur rendez-vous." beside the hours:
             * what is by appointment, not the reception */
            add_note(&c, r->line, r->text);
            r->text = NULL;
        } else if (r->kind == APPT_STRONG) {
            e->appointment_only = true;
        } else {
            /* "Sur rendez-vous." next to the hours: every range is by
             * appointment. */
            for (size_t k = first_range; k < e->hours.n; k++)
                e->hours.v[k].appointment = true;
        }
        free(r->text);
    }
    free(c.rules);
    if (e->appointment_only)
        e->hours.n = 0;
}

/* Hours extractor, the grammar's first half: the tokens of a sentence (those
 * closures did not take) -> items (days, times, markers...), the clauses they
 * are in and the marks of each clause, as the item rules at the top of
 * hours_grammar.c say; a word the reader does not know is skipped. */
#include "extract/hours_int.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"

void grammar_free(struct grammar *g)
{
    free(g->block);
    memset(g, 0, sizeof *g);
}

_Static_assert(sizeof(struct item) % _Alignof(struct clause) == 0 &&
                   sizeof(struct clause) % _Alignof(struct rng) == 0,
               "one block holds items, clauses and ranges");

/* Room for a sentence of n tokens: an item for each but a span of days
 * with their times (read_day_span), which gives one more. */
static void grammar_reserve(struct grammar *g, size_t n)
{
    n += 2;
    if (n <= g->cap)
        return;
    size_t cap = g->cap ? g->cap : 16;
    while (cap < n)
        cap *= 2;
    free(g->block);
    /* items, then clauses, then ranges: each type's alignment holds for
     * the next (sizes are multiples of size_t) */
    char *p = xmalloc(cap * (sizeof *g->items + sizeof *g->clauses + sizeof *g->r));
    g->block = p;
    g->items = (struct item *)p;
    g->clauses = (struct clause *)(p + cap * sizeof *g->items);
    g->r = (struct rng *)(p + cap * (sizeof *g->items + sizeof *g->clauses));
    g->cap = cap;
}

static struct item *add_item(struct grammar *g, enum item_kind kind, size_t tok,
                             size_t end)
{
    struct item *it = &g->items[g->n_items++];
    *it = (struct item){.kind = kind, .tok = tok, .end = end, .clause = g->n_clauses - 1};
    return it;
}

/* Tokens [i, e) are articles and fillers only ("le", "de", ":"). */
static bool fillers(const struct tok *v, size_t i, size_t e)
{
    for (; i < e; i++)
        if (!(v[i].used || is_word(&v[i], W_LE) || is_word(&v[i], W_DE) ||
              is_word(&v[i], W_DU) || is_word(&v[i], W_FILL) ||
              (v[i].kind == TK_SEP && v[i].sep == ':')))
            return false;
    return true;
}

/* A date at tokens [first, end): it dates the days or times right before it
 * ("de 9h à 12h le 5 mai") or right after it ("26/09 de 14h à 16h", "le
 * jeudi 24 décembre de 9h à 12h"), not those of another phrase ("lance ce
 * jeudi 24 décembre une ligne ouverte de 17h à 19h"). */
static void a_date(struct grammar *g, struct sent *st, size_t first, size_t end)
{
    for (size_t k = g->n_items; k > 0; k--) {
        struct item *it = &g->items[k - 1];
        if (it->kind != IT_DAYS && it->kind != IT_TIMES)
            continue;
        it->dated = it->dated || fillers(st->v, it->end, first);
        break;
    }
    st->date_end = end;
    if (st->dating == DATING_NONE)
        st->dating = DATING_NEXT;
}

/* The parenthesis opened at token i follows the last days or times item with
 * only fillers between ("le samedi de 9h à 12h sans interruption (les 2èmes
 * et 4èmes du mois)"): what it says qualifies that item. */
static void paren_after(struct grammar *g, const struct sent *st, size_t i)
{
    for (size_t k = g->n_items; k > 0; k--) {
        const struct item *it = &g->items[k - 1];
        if (it->kind != IT_DAYS && it->kind != IT_TIMES)
            continue;
        if (fillers(st->v, it->end, i))
            g->clauses[g->n_clauses - 1].after = k - 1;
        return;
    }
}

/* A days or times item just read: dated when a date is right before it. */
static void anchor_read(struct sent *st, struct item *it)
{
    if (st->date_end && fillers(st->v, st->date_end, it->tok))
        it->dated = true;
}

static void add_clause(struct grammar *g, size_t first, bool paren)
{
    g->clauses[g->n_clauses++] = (struct clause){0, 0, first, paren, SIZE_MAX};
}

static void mark(struct grammar *g, unsigned m)
{
    g->clauses[g->n_clauses - 1].marks |= m;
}

/* Whether a telephone word or number read now names a way to reach or to
 * book rather than a telephone line: after "ou" ("de 9h à 12h ou par
 * téléphone au 02 …", "sur place ou par téléphone") or after "rendez-vous"
 * ("sur rendez-vous par téléphone au 01 …", "sur rdv au 01 …") in its
 * clause. */
static bool another_way(const struct grammar *g, const struct sent *st)
{
    return st->alt == g->n_clauses - 1 || st->booking == g->n_clauses - 1;
}

/* Whether an "ou" read now offers another way than what its clause said
 * already: times or days ("de 9h à 12h ou par téléphone"), the place ("sur
 * place ou par téléphone"); not "vous inscrire ou inscrire un proche en
 * contactant le 05 …", two things to do by the line. */
static bool offers_choice(const struct grammar *g)
{
    size_t c = g->n_clauses - 1;
    return (g->n_items > 0 && g->items[g->n_items - 1].clause == c) ||
           (g->clauses[c].marks & (CM_PUBLIC | CM_ACCUEIL));
}

/* A telephone word or number, unless it names another way (above). */
static void mark_phone(struct grammar *g, const struct sent *st)
{
    if (!another_way(g, st))
        mark(g, CM_PHONE);
}

static bool is_sep(const struct tok *k, unsigned char c)
{
    return k->kind == TK_SEP && k->sep == c;
}

/* Skip articles and fillers: "le", "les", "du", "de". */
static size_t skip_le(const struct tok *v, size_t i, size_t b)
{
    i = next_tok(v, i, b);
    while (i < b &&
           (is_word(&v[i], W_LE) || is_word(&v[i], W_DU) || is_word(&v[i], W_DE)))
        i = next_tok(v, i + 1, b);
    return i;
}

static int day_index(unsigned bit)
{
    int d = 0;
    while (d < 6 && !(bit & (1u << d)))
        d++;
    return d;
}

/* Days from..to, wrapping past Sunday ("du samedi au lundi"). */
static unsigned day_span(unsigned from, unsigned to)
{
    int a = day_index(from), b = day_index(to);
    unsigned bits = 0;
    for (int d = a;; d = (d + 1) % 7) {
        bits |= 1u << d;
        if (d == b)
            break;
    }
    return bits;
}

/* ---- items: days -------------------------------------------------------- */

/* Days joined by dashes: in a chain of more than two ("Lun-Mar-Ven") each dash
 * separates a list; a span has exactly two ends. v[i] is the chain's first. */
static bool dash_chain(const struct tok *v, size_t i, size_t b)
{
    size_t n = 1;
    for (size_t j = i; j + 2 < b && v[j + 1].kind == TK_TO && v[j + 1].sep == '-' &&
                       v[j + 2].kind == TK_DAY;
         j += 2)
        n++;
    return n > 2;
}

/* The joint after a day at i: a span ("au", "à", "-"), a list (",", "et",
 * "/", a dash in a chain), or none; *next is the next day's token. */
enum joint { J_NONE, J_LIST, J_SPAN };
static enum joint day_joint(const struct tok *v, size_t i, size_t b, bool chain,
                            size_t *next)
{
    size_t j = next_tok(v, i, b);
    enum joint jt = J_NONE;
    if (j < b && v[j].kind == TK_TO && v[j].val == TO_PLAIN)
        jt = v[j].sep == '/' || (v[j].sep == '-' && chain) ? J_LIST : J_SPAN;
    else if (j < b && (v[j].kind == TK_AND || is_sep(&v[j], ',')))
        jt = J_LIST;
    if (jt == J_NONE)
        return J_NONE;
    j = next_tok(v, j + 1, b);
    if (j < b && v[j].kind == TK_AND) /* ", et" */
        j = next_tok(v, j + 1, b);
    j = skip_le(v, j, b);
    if (j >= b || v[j].kind != TK_DAY)
        return J_NONE;
    *next = j;
    return jt;
}

/* A day followed by a number is a date: "jeudi 24 décembre", "Lundi 15 avril",
 * "Samedi, le 18 mars". */
static bool dated_day(const struct tok *v, size_t i, size_t b)
{
    size_t j = next_tok(v, i + 1, b);
    if (j + 1 < b && is_sep(&v[j], ',') && is_word(&v[j + 1], W_LE))
        j = next_tok(v, j + 2, b);
    return j < b && (v[j].kind == TK_NUM || v[j].kind == TK_ORD) && v[j].val >= 1 &&
           v[j].val <= 31;
}

/* After the days at end: "le matin", "matin uniquement". */
static size_t days_period(const struct tok *v, size_t end, size_t b, struct item *it)
{
    size_t j = skip_le(v, end, b);
    if (j < b && is_word(&v[j], W_PERIOD)) {
        it->period = v[j].period;
        end = j + 1;
        j = next_tok(v, end, b);
        if (j < b && is_word(&v[j], W_STRONG)) {
            it->only = true;
            end = j + 1;
        }
    }
    return end;
}

/* Whether the day at d (a span to another day with it) is followed by its
 * own times: "… et le samedi de 9h à 11h". Not a day written short ("mar.",
 * "dim."), whose full stop the lexer keeps out of the tokens: the times
 * after it may be another sentence's. */
static bool own_times(const struct tok *v, size_t d, size_t b)
{
    if (v[d].e - v[d].b <= 4) /* "mar.", "dim." */
        return false;
    size_t k = next_tok(v, d + 1, b);
    if (k + 1 < b && v[k].kind == TK_TO && v[k + 1].kind == TK_DAY)
        k = next_tok(v, k + 2, b);
    while (k < b && (is_word(&v[k], W_DE) || is_word(&v[k], W_LE) || is_sep(&v[k], ':')))
        k = next_tok(v, k + 1, b);
    if (k < b && v[k].kind == TK_TO && v[k].val == TO_UNTIL) /* "jusqu'à 18h" */
        k = next_tok(v, k + 1, b);
    return k < b && (v[k].kind == TK_TIME || v[k].kind == TK_H24);
}

/* Whether ordinals come right before the day at i ("les 2e et 4e dimanches",
 * "le 1er et le 3e mercredi"): those days are some of the month's, not
 * every week's; the other days of the sentence keep theirs ("le mercredi
 * de 15h à 18h et les 2e et 4e dimanches …"). */
static bool ordinal_before(const struct sent *st, size_t i)
{
    const struct tok *v = st->v;
    while (i > st->a && (v[i - 1].kind == TK_AND || is_word(&v[i - 1], W_LE) ||
                         is_word(&v[i - 1], W_FILL))) {
        i--;
    }
    return i > st->a && v[i - 1].kind == TK_ORD;
}

/* A list of days joined by "et" or a comma in a sentence that opened with
 * the times of its first days ("de 8h à 15h, du lundi au vendredi et le
 * samedi de 9h à 11h", "entre 9 h et 22 h du lundi au vendredi, le samedi
 * jusqu'à 18 heures"): the day after the joint with its own times (or end)
 * starts a list of its own. */
static bool own_list(const struct grammar *g, const struct tok *v, size_t end,
                     size_t next, size_t b)
{
    bool times_first = g->n_items > 0;
    for (size_t k = 0; k < g->n_items; k++)
        times_first = times_first && g->items[k].kind == IT_TIMES;
    bool joint = false; /* "et", or a comma: "…, le samedi jusqu'à 18h" */
    for (size_t k = end; k < next; k++)
        joint = joint || v[k].kind == TK_AND || is_sep(&v[k], ',');
    return times_first && joint && own_times(v, next, b);
}

/* A time alone after a day at i, not a range's start ("vendredi 19h", not
 * "vendredi 9h-12h"): its token, or b. */
static size_t day_time(const struct tok *v, size_t i, size_t b)
{
    size_t j = next_tok(v, i + 1, b);
    if (j >= b || v[j].kind != TK_TIME)
        return b;
    size_t k = next_tok(v, j + 1, b);
    if (k < b && (v[k].kind == TK_TO || v[k].kind == TK_AND))
        k = next_tok(v, k + 1, b);
    return k < b && v[k].kind == TK_TIME ? b : j;
}

static void add_range(struct grammar *g, struct sent *st, int s, int e);

/* Days d [from, to) each with the one range [s, e) (tokens of its times). */
static void days_range(struct grammar *g, struct sent *st, unsigned days, int s, int e,
                       size_t from, size_t to)
{
    struct item *it = add_item(g, IT_DAYS, from, to);
    it->days = days;
    anchor_read(st, it);
    it = add_item(g, IT_TIMES, to - 1, to);
    it->r0 = g->n_r;
    st->cur_tok = to - 1;
    add_range(g, st, s, e);
    it->r1 = g->n_r;
    anchor_read(st, it);
}

/* A span from a day's time to another day's ("du vendredi 19h au lundi
 * 8h"): over the nights between when the end comes before the start in the
 * day (the first day to midnight, the days between whole, the last from
 * midnight), else each day's range ("du lundi 8h au vendredi 18h"). Its
 * end, or 0. (It gives up to six items for its five tokens: room is kept by
 * grammar_reserve.) */
static size_t read_day_span(struct grammar *g, struct sent *st, size_t i)
{
    const struct tok *v = st->v;
    size_t b = st->b, j = day_time(v, i, b);
    size_t k = j < b ? next_tok(v, j + 1, b) : b;
    if (k >= b || v[k].kind != TK_TO || v[k].sep == '|')
        return 0;
    size_t d = skip_le(v, k + 1, b), t = d < b ? day_time(v, d, b) : b;
    if (t >= b || v[d].kind != TK_DAY || v[d].val == v[i].val)
        return 0;
    unsigned first = (unsigned)v[i].val, last = (unsigned)v[d].val;
    int s = v[j].val, e = v[t].val;
    if (s < e) {
        days_range(g, st, day_span(first, last), s, e, i, t + 1);
        return t + 1;
    }
    unsigned between = day_span(first, last) & ~(first | last);
    days_range(g, st, first, s, 1440, i, j + 1);
    if (between)
        days_range(g, st, between, 0, 1440, k, d + 1);
    days_range(g, st, last, 0, e, d, t + 1);
    return t + 1;
}

static size_t read_days(struct grammar *g, struct sent *st, size_t i)
{
    const struct tok *v = st->v;
    size_t b = st->b;
    if (v[i].kind == TK_DAY && dated_day(v, i, b))
        return i + 1; /* its number is read as a date (read_number) */
    size_t span = v[i].kind == TK_DAY ? read_day_span(g, st, i) : 0;
    if (span)
        return span;
    unsigned days = (unsigned)v[i].val;
    size_t end = i + 1;
    if (v[i].kind == TK_DAY) {
        bool chain = dash_chain(v, i, b);
        unsigned last = days;
        size_t next;
        enum joint jt;
        while ((jt = day_joint(v, end, b, chain, &next)) != J_NONE &&
               !(jt == J_LIST && own_list(g, v, end, next, b))) {
            unsigned d = (unsigned)v[next].val;
            days |= jt == J_SPAN ? day_span(last, d) : d;
            last = d;
            end = next + 1;
        }
    }
    struct item *it = add_item(g, IT_DAYS, i, end);
    it->days = days;
    it->dated = ordinal_before(st, i);
    size_t p = i;
    while (p > st->a && (is_word(&v[p - 1], W_LE) || is_word(&v[p - 1], W_DU)))
        p--;
    it->after_and = p > st->a && v[p - 1].kind == TK_AND;
    it->end = days_period(v, end, b, it);
    if (v[i].plural) {
        /* "Les cours reprennent le 5 septembre les lundis de 19 h à 20 h",
         * "À partir du 5 septembre, les lundis …": every week from the date */
        mark(g, CM_WEEKLY);
        return it->end;
    }
    anchor_read(st, it);
    return it->end;
}

/* ---- items: times ------------------------------------------------------- */

/* A table's row pasted as text ("Lundi	09:00	12:00", "Mardi 9h 12h 14h
 * 17h"): times side by side, an even run of them after a day, each pair
 * rising; time i opens a pair of it, j is the next token. */
static bool cells_range(const struct tok *v, size_t i, size_t j, size_t b)
{
    size_t first = i;
    while (first > 0 && v[first - 1].kind == TK_TIME)
        first--;
    size_t end = i;
    while (end < b && v[end].kind == TK_TIME)
        end++;
    size_t d = first; /* the day before them, maybe with a colon */
    if (d > 0 && v[d - 1].kind == TK_SEP && v[d - 1].sep == ':')
        d--;
    if (d == 0 || (v[d - 1].kind != TK_DAY && v[d - 1].kind != TK_DAYSET) ||
        (end - first) % 2 || (i - first) % 2 || j != i + 1 || v[j].kind != TK_TIME)
        return false;
    for (size_t k = first; k + 1 < end; k++)
        if (v[k + 1].val <= v[k].val)
            return false; /* the day's times rise: 9:00 12:00 14:00 17:00 */
    return true;
}

/* A range at i: "[de|entre] T (à|-|/|jusqu'à|et after entre) [le|de] T", a
 * table's cells or "24h/24". Sets *s and *e; its end, or 0. */
static size_t read_range(const struct tok *v, size_t i, size_t b, int *s, int *e)
{
    if (v[i].kind == TK_H24) {
        *s = 0;
        *e = 1440;
        return i + 1;
    }
    if (v[i].kind != TK_TIME)
        return 0;
    bool entre = i > 0 && is_word(&v[i - 1], W_ENTRE);
    size_t j = next_tok(v, i + 1, b);
    if (j < b && cells_range(v, i, j, b)) {
        *s = v[i].val;
        *e = v[j].val;
        return j + 1;
    }
    if (j >= b || !(v[j].kind == TK_TO || (entre && v[j].kind == TK_AND)))
        return 0;
    j = skip_le(v, j + 1, b);
    if (j >= b || v[j].kind != TK_TIME)
        return 0;
    *s = v[i].val == 1440 ? 0 : v[i].val;
    *e = v[j].val;
    return j + 1;
}

/* A range is sound: it ends after it starts, or past midnight over a night,
 * from the afternoon to the morning ("de 17h à 8h", "de 15h30 à 8h"), or
 * from the day to the small hours ("de 9 heures à 1 heure"); not "de 14h à
 * 9h", a slip. */
static bool range_ok(int s, int e)
{
    return s < e || (s >= 900 && e <= 600) || (s >= 360 && e <= 120);
}

static void add_range(struct grammar *g, struct sent *st, int s, int e)
{
    if (!range_ok(s, e))
        st->bad = true;
    g->r[g->n_r++] =
        (struct rng){s, e, g->n_clauses - 1, st->cur_tok, false, HOURS_RECEPTION, false};
}

/* The joint between two ranges: "et", ",", "/", "-", "|", "puis", or none. */
static size_t range_joint(const struct tok *v, size_t i, size_t b)
{
    size_t j = next_tok(v, i, b);
    if (j < b && (v[j].kind == TK_AND || is_sep(&v[j], ',') ||
                  (v[j].kind == TK_TO && v[j].val == TO_PLAIN) || is_word(&v[j], W_FILL)))
        j = next_tok(v, j + 1, b);
    while (j < b && (is_word(&v[j], W_DE) || is_word(&v[j], W_ENTRE)))
        j = next_tok(v, j + 1, b);
    return j;
}

/* Days come at k, after small words ("le", "du", "sans interruption"). */
static bool days_next(const struct tok *v, size_t k, size_t b)
{
    while (k < b && (is_word(&v[k], W_LE) || is_word(&v[k], W_DU) ||
                     is_word(&v[k], W_DE) || is_word(&v[k], W_FILL)))
        k++;
    return k < b && (v[k].kind == TK_DAY || v[k].kind == TK_DAYSET);
}

static size_t read_times(struct grammar *g, struct sent *st, size_t i)
{
    const struct tok *v = st->v;
    size_t b = st->b;
    int s, e;
    size_t end = read_range(v, i, b, &s, &e);
    if (!end) {
        struct item *it = add_item(g, IT_TIME, i, i + 1);
        it->t = v[i].val;
        return i + 1;
    }
    struct item *it = add_item(g, IT_TIMES, i, end);
    it->r0 = g->n_r;
    st->cur_tok = i;
    add_range(g, st, s, e);
    /* after days, a range followed by days of its own is theirs: "Du lundi
     * au vendredi de 19h à 23h, de 8h à 12h le samedi" (leads_days) */
    bool days_before = false;
    for (size_t q = 0; q + 1 < g->n_items; q++)
        days_before = days_before || g->items[q].kind == IT_DAYS;
    for (;;) {
        size_t j = range_joint(v, end, b), k;
        if (j >= b || !(k = read_range(v, j, b, &s, &e)))
            break;
        if (days_before && days_next(v, k, b))
            break;
        add_range(g, st, s, e);
        end = k;
    }
    it = &g->items[g->n_items - 1];
    it->r1 = g->n_r;
    it->end = end;
    anchor_read(st, it);
    return end;
}

/* ---- items: markers ----------------------------------------------------- */

/* "sur rendez-vous", "par RDV", "rendez-vous obligatoire": appt; "sans
 * rendez-vous": walk-in; "prendre rendez-vous": a word like any. */
static size_t read_rdv(struct grammar *g, struct sent *st, size_t i)
{
    const struct tok *v = st->v;
    enum item_kind kind = IT_PERIOD; /* none yet */
    for (size_t j = i, n = 0; j > st->a && n < 4; j--, n++) {
        const struct tok *p = &v[j - 1];
        if (is_word(p, W_SANS)) {
            kind = IT_WALKIN;
            break;
        }
        if (is_word(p, W_SUR) || is_word(p, W_PAR) || is_word(p, W_APRES)) {
            /* "… de 17h30 à 19h00 ou sur rendez-vous": another way in, not a
             * condition of the hours */
            if (j - 1 > st->a && is_word(&v[j - 2], W_OR))
                return i + 1;
            kind = IT_APPT;
            break;
        }
        if (!(is_word(p, W_DE) || is_word(p, W_FILL) || is_word(p, W_STRONG)))
            break;
    }
    size_t j = next_tok(v, i + 1, st->b);
    /* "rendez-vous obligatoire", "la prise de rendez-vous est obligatoire" */
    size_t k = j;
    while (k < st->b && is_word(&v[k], W_FILL))
        k = next_tok(v, k + 1, st->b);
    if (kind == IT_PERIOD && k < st->b && is_word(&v[k], W_STRONG))
        kind = IT_APPT;
    /* "RDV le samedi de 9h à 12h", "Rendez-vous le lundi …": opening the
     * sentence, the condition of its hours */
    if (kind == IT_PERIOD && next_tok(v, st->a, st->b) == i && j < st->b &&
        (v[j].kind == TK_DAY || v[j].kind == TK_DAYSET || v[j].kind == TK_TIME ||
         is_word(&v[j], W_LE) || is_word(&v[j], W_DU) || is_word(&v[j], W_DE)))
        kind = IT_APPT;
    if (kind == IT_APPT) /* "Des rendez-vous seront pris par téléphone …": the line */
        st->booking = g->n_clauses - 1;
    if (kind == IT_PERIOD) {
        mark(g, CM_UNKNOWN);
        if (st->first_unknown == st->b)
            st->first_unknown = i;
        return i + 1;
    }
    add_item(g, kind, i, i + 1);
    return i + 1;
}

/* Whether the times after an exception's days (its items from n) are
 * theirs: the days before the exception have their times already, after
 * them or just before them in their clause ("de 9h à 17h du lundi au
 * vendredi, sauf le mercredi de 9h à 12h"), or nothing comes before it in
 * the sentence.
 * "Tous les jours sauf le week-end 10:45-16:15" shares them. */
static bool except_has_own_times(const struct grammar *g, size_t n)
{
    size_t d = n;
    for (size_t k = 0; k < n; k++)
        if (g->items[k].kind == IT_DAYS)
            d = k;
    if (d == n)
        return true;
    const struct item *prev = d > 0 ? &g->items[d - 1] : NULL;
    bool timed = prev && (prev->kind == IT_TIMES || prev->kind == IT_TIME) &&
                 prev->clause == g->items[d].clause;
    for (size_t k = d + 1; k < n && !timed; k++)
        timed = g->items[k].kind == IT_TIMES || g->items[k].kind == IT_TIME;
    return timed;
}

/* Whether times follow the days that end at k, with only words and a colon
 * between them (no other days, no comma or end of clause). */
static bool own_times_follow(const struct sent *st, size_t k)
{
    const struct tok *v = st->v;
    for (size_t q = k; q < st->b && q < k + 6; q++) {
        if (v[q].kind == TK_TIME)
            return true;
        if (!(v[q].kind == TK_WORD || v[q].kind == TK_TO || is_sep(&v[q], ':')) ||
            is_word(&v[q], W_CLOSE) || is_word(&v[q], W_SAUF))
            return false;
    }
    return false;
}

/* "sauf le mardi", "à l'exception du vendredi, uniquement le matin". */
static size_t read_except(struct grammar *g, struct sent *st, size_t i)
{
    const struct tok *v = st->v;
    size_t b = st->b, j = skip_le(v, i + 1, b);
    if (j >= b || (v[j].kind != TK_DAY && v[j].kind != TK_DAYSET))
        return i + 1;
    size_t n = g->n_items;
    size_t end = read_days(g, st, j);
    if (g->n_items == n)
        return end;
    /* "de 9h à 18h sauf le jeudi de 13h à 18h", "Sauf le jeudi où elle
     * fonctionne de 13 à 18 heures": the day with its own times, which the
     * week's ranges leave to it, as "Le jeudi de 13h à 18h" would; not "Du
     * lundi au samedi sauf le mercredi de 9h à 12h", whose times are the
     * other days' */
    if (own_times_follow(st, end) && except_has_own_times(g, n))
        return end;
    struct item *it = &g->items[n];
    it->kind = IT_EXCEPT;
    it->tok = i;
    /* ", uniquement le matin" */
    size_t k = next_tok(v, end, b);
    if (!it->period && k < b && is_sep(&v[k], ',')) {
        size_t q = next_tok(v, k + 1, b);
        if (q < b && is_word(&v[q], W_STRONG)) {
            size_t e2 = days_period(v, q + 1, b, it);
            if (it->period) {
                it->only = true;
                it->end = end = e2;
            }
        }
    }
    return end;
}

/* Whether the days from j open a cell of their own, a colon after them: "…
 * : Fermé Jeudi et vendredi : 13 h à 18 h" (a table run together). */
static bool own_cell(const struct tok *v, size_t j, size_t b)
{
    while (j < b && (v[j].kind == TK_DAY || v[j].kind == TK_AND || v[j].kind == TK_TO ||
                     is_word(&v[j], W_LE) || (v[j].kind == TK_SEP && v[j].sep == ',')))
        j++;
    return j < b && v[j].kind == TK_SEP && v[j].sep == ':';
}

static void add_until(struct grammar *g, const struct sent *st, size_t i, size_t end,
                      int t);

/* "fermé le mardi matin", "(fermé le matin)", "mercredi après-midi fermé",
 * "Le mardi matin et le vendredi après-midi sont fermés" (the days items
 * just before, in the clause, become the closed days). */
static size_t read_closed(struct grammar *g, struct sent *st, size_t i)
{
    const struct tok *v = st->v;
    size_t b = st->b, j = skip_le(v, i + 1, b);
    /* an end time: "(le vendredi fermeture à 16h)", "Fermeture des guichets
     * à 16h30"; "Fermeture de la billetterie à 17h" is the closing time of
     * something else than the reception, which changes no range (the words
     * stay a note) */
    size_t w = j;
    bool other = false;
    while (w < b && w < j + 4 && closing_subject(&v[w])) {
        other = other || is_word(&v[w], W_UNKNOWN);
        w = next_tok(v, w + 1, b);
    }
    size_t t = closing_time(v, w, next_tok(v, w + 1, b), b);
    if (t < b && other)
        return t + 1;
    if (t < b) {
        add_until(g, st, i, t + 1, v[t].val);
        return t + 1;
    }
    size_t n = g->n_items, cl = g->n_clauses - 1;
    bool before = false;
    /* "Mardi fermé": the days before; not when days follow the word ("De 9h
     * à 12h le samedi et fermé le mercredi": Wednesday is closed) */
    bool days_after =
        j < b && (v[j].kind == TK_DAY || v[j].kind == TK_DAYSET) && !own_cell(v, j, b);
    for (size_t k = n; !days_after && k > 0 && g->items[k - 1].kind == IT_DAYS &&
                       g->items[k - 1].clause == cl;
         k--) {
        g->items[k - 1].kind = IT_CLOSED;
        before = true;
    }
    if (before)
        return i + 1;
    struct item *it;
    size_t end = i + 1;
    if (j < b && (v[j].kind == TK_DAY || v[j].kind == TK_DAYSET)) {
        end = read_days(g, st, j);
        if (g->n_items == n)
            return end;
        it = &g->items[n];
        it->kind = IT_CLOSED;
    } else {
        it = add_item(g, IT_CLOSED, i, i + 1);
        it->end = days_period(v, i + 1, b, it);
        end = it->end;
    }
    it->tok = i;
    return end;
}

/* Whether the lone time it opens with "de" or "dès": "dès 9h et jusqu'à 17h". */
static bool after_de(const struct sent *st, const struct item *it)
{
    return it->tok > st->a && is_word(&st->v[it->tok - 1], W_DE);
}

/* An opening time then a closing time, no range, time or other days in the
 * sentence before: one range, the opening's item becomes it ("L'épicerie
 * ouvre à 9h du mardi au vendredi et ferme à 17h", "Ouverture à 9h,
 * fermeture à 17h, du lundi au vendredi", "dès 9h et jusqu'à 17h"). Not "Le
 * lundi à partir de 14h, le vendredi jusqu'à 16h" (two days' edits of the
 * lines before: G4, G5). */
static bool from_then_until(struct grammar *g, const struct sent *st, int t)
{
    struct item *from = NULL;
    size_t days = 0, froms = 0;
    for (size_t k = 0; k < g->n_items; k++) {
        struct item *it = &g->items[k];
        bool opens = it->kind == IT_FROM || (it->kind == IT_TIME && after_de(st, it));
        if (!opens &&
            (it->kind == IT_TIMES || it->kind == IT_TIME || it->kind == IT_UNTIL))
            return false;
        days += it->kind == IT_DAYS;
        froms += opens;
        from = opens ? it : from;
    }
    if (froms != 1 || days > 1 || !range_ok(from->t, t))
        return false;
    from->kind = IT_TIMES;
    from->r0 = g->n_r;
    g->r[g->n_r++] =
        (struct rng){from->t, t, from->clause, from->tok, false, HOURS_RECEPTION, false};
    from->r1 = g->n_r;
    return true;
}

/* A closing time: "jusqu'à 16h", "fermeture à 16h"; the end of an opening
 * time's range. */
static void add_until(struct grammar *g, const struct sent *st, size_t i, size_t end,
                      int t)
{
    if (from_then_until(g, st, t))
        return;
    struct item *it = add_item(g, IT_UNTIL, i, end);
    it->t = t;
}

/* "jusqu'à 16h" (not in a range: read_range takes those). */
static size_t read_until(struct grammar *g, struct sent *st, size_t i)
{
    size_t j = next_tok(st->v, i + 1, st->b);
    if (j >= st->b || st->v[j].kind != TK_TIME)
        return i + 1;
    add_until(g, st, i, j + 1, st->v[j].val);
    return j + 1;
}

/* Just after the date at j ("03/02/2025", "lundi 4 juillet 2022", "1er
 * janvier", a number alone), or j when none is there. */
static size_t date_end(const struct tok *v, size_t j, size_t b)
{
    size_t d = j < b && v[j].kind == TK_DAY ? next_tok(v, j + 1, b) : j;
    if (d < b && v[d].kind == TK_DATE)
        return d + 1;
    if (d >= b || (v[d].kind != TK_ORD && v[d].kind != TK_NUM))
        return j;
    size_t m = next_tok(v, d + 1, b);
    if (m >= b || !is_word(&v[m], W_MONTH))
        return d == j ? d + 1 : j; /* "à partir du 29": a day of the month */
    size_t y = next_tok(v, m + 1, b);
    return y < b && v[y].kind == TK_NUM ? y + 1 : m + 1;
}

/* Past two words at most between an opening word and "à" and its time:
 * "ouvre ses portes à 9h", "ouverture des portes à 8h30"; else j. */
static size_t past_doors(const struct tok *v, size_t j, size_t b)
{
    size_t w = j;
    for (int n = 0;
         n < 2 && w < b &&
         (is_word(&v[w], W_DE) || is_word(&v[w], W_UNKNOWN) || is_word(&v[w], W_FILL));
         n++)
        w = next_tok(v, w + 1, b);
    if (w == j || w >= b || v[w].kind != TK_TO)
        return j;
    size_t t = next_tok(v, w + 1, b);
    return t < b && v[t].kind == TK_TIME ? w : j;
}

/* A season of a year after "à": "(ouvert) à l'été 2018", "au printemps
 * 2021": when it opened, no season of the hours; past the year, else j. */
static size_t season_of_year(const struct tok *v, size_t j, size_t b)
{
    if (j >= b || !is_word(&v[j], W_SEASON))
        return j;
    size_t y = next_tok(v, j + 1, b);
    return y < b && v[y].kind == TK_NUM && v[y].val >= 1900 && v[y].val < 2100 ? y + 1
                                                                               : j;
}

/* Whether the token at i opens the sentence (separators only before it). */
static bool first_word(const struct sent *st, size_t i)
{
    for (size_t k = st->a; k < i; k++)
        if (st->v[k].kind != TK_SEP)
            return false;
    return true;
}

/* "Hors congés scolaires, …", "En dehors des vacances, …" (the closure
 * reader leaves them when they open the sentence): the usual week, outside
 * the time named; its words mark nothing (no closure, no season). Returns
 * the end of that time. */
static size_t outside(const struct sent *st, size_t i)
{
    const struct tok *v = st->v;
    size_t j = i + 1;
    while (j < st->b && !v[j].used &&
           (is_word(&v[j], W_LE) || is_word(&v[j], W_DU) || is_word(&v[j], W_DE) ||
            is_word(&v[j], W_FILL) || is_word(&v[j], W_CLOSE) ||
            is_word(&v[j], W_SEASON) || is_word(&v[j], W_MONTH) ||
            is_word(&v[j], W_FERIE)))
        j++;
    return j;
}

/* "à partir de 10h", "ouverture à 10h", "ouvert à partir de 14h"; "à partir du
 * 29/11" dates the whole sentence. */
static size_t read_from(struct grammar *g, struct sent *st, size_t i)
{
    const struct tok *v = st->v;
    size_t b = st->b, j = next_tok(v, i + 1, b);
    bool at = false;
    if (is_word(&v[i], W_OPEN)) {
        j = past_doors(v, j, b);
        at = j < b && v[j].kind == TK_TO;
        if (at)
            j = next_tok(v, j + 1, b);
        if (j < b && is_word(&v[j], W_FROM))
            j = next_tok(v, j + 1, b);
    }
    j = skip_le(v, j, b);
    size_t y = at ? season_of_year(v, j, b) : j;
    if (y > j) {
        mark(g, CM_OPEN);
        return y;
    }
    /* "À partir de mardi, la bibliothèque sera ouverte …": the day the
     * hours start from, said alone, is none of their days; "… et en dehors
     * des vacances scolaires, …" after it is the usual week's, as when it
     * opens the sentence */
    if (is_word(&v[i], W_FROM) && j < b && v[j].kind == TK_DAY) {
        size_t k = next_tok(v, j + 1, b);
        size_t h = k < b && v[k].kind == TK_AND ? next_tok(v, k + 1, b) : b;
        if (h < b && is_word(&v[h], W_HORS))
            return outside(st, h);
        if (k >= b || v[k].kind == TK_SEP || v[k].kind == TK_AND || v[k].kind == TK_END)
            return j + 1;
    }
    size_t d = date_end(v, j, b);
    if (d > j && is_word(&v[i], W_FROM)) {
        st->dating = DATING_ALL;
        return d;
    }
    if (j >= b || v[j].kind != TK_TIME || (j + 1 < b && v[j + 1].kind == TK_TO)) {
        /* "La permanence sera ouverte …": the permanence is what opens, not
         * the place ("La MJD est ouverte et les permanences …") */
        if (is_word(&v[i], W_OPEN) && !(g->clauses[g->n_clauses - 1].marks & CM_PERM))
            mark(g, CM_OPEN);
        return i + 1;
    }
    struct item *it = add_item(g, IT_FROM, i, j + 1);
    it->t = v[j].val;
    return j + 1;
}

/* "depuis le 1er janvier", "depuis le 03/02/2025", "depuis janvier 2023",
 * "depuis le début du mois de mars":
 * the hours hold since a day or a month past, the date changes nothing (the
 * month is no season); "depuis 9h" as "à partir de 9h". */
static size_t read_since(struct grammar *g, struct sent *st, size_t i)
{
    const struct tok *v = st->v;
    size_t b = st->b, j = skip_le(v, next_tok(v, i + 1, b), b);
    size_t d = date_end(v, j, b);
    if (d > j && (v[j].kind != TK_NUM || d > j + 1))
        return d;
    /* "depuis le début du mois de mars": up to four words before the month */
    size_t m = j;
    for (int n = 0; n < 4 && m < b && !is_word(&v[m], W_MONTH) &&
                    (is_word(&v[m], W_UNKNOWN) || is_word(&v[m], W_DU) ||
                     is_word(&v[m], W_DE) || is_word(&v[m], W_MONTHLY));
         n++)
        m = next_tok(v, m + 1, b);
    if (m < b && is_word(&v[m], W_MONTH)) {
        size_t y = next_tok(v, m + 1, b);
        return y < b && v[y].kind == TK_NUM ? y + 1 : m + 1;
    }
    return read_from(g, st, i);
}

/* A number before a month ("le 5 mai", "les 5 et 7 mai", "du 1er au 15
 * août"), an ordinal before a day ("le 1er et le 3e mercredi"). */
static size_t read_number(struct grammar *g, struct sent *st, size_t i)
{
    const struct tok *v = st->v;
    size_t j = next_tok(v, i + 1, st->b);
    /* "du 1er juillet au 31 août": the second date of a span */
    bool span = i >= st->a + 2 && v[i - 1].kind == TK_TO &&
                (is_word(&v[i - 2], W_MONTH) || v[i - 2].kind == TK_DATE);
    while (j < st->b &&
           (v[j].kind == TK_AND || v[j].kind == TK_TO || is_word(&v[j], W_LE) ||
            v[j].kind == TK_NUM || v[j].kind == TK_ORD || is_word(&v[j], W_DU) ||
            is_word(&v[j], W_FILL))) {
        span = span || v[j].kind == TK_TO;
        j = next_tok(v, j + 1, st->b);
    }
    if (j < st->b && is_word(&v[j], W_MONTH)) {
        size_t first = i > st->a && v[i - 1].kind == TK_DAY ? i - 1 : i;
        if (span)
            mark(g, CM_SEASON); /* "du 1er au 15 août": a period of the year */
        else
            a_date(g, st, first, j + 1);
        return j + 1;
    }
    if (v[i].kind == TK_ORD && j < st->b && v[j].kind == TK_DAY)
        return i + 1; /* the day's own: ordinal_before */
    if (v[i].kind == TK_NUM) {
        mark(g, CM_UNKNOWN);
        if (st->first_unknown == st->b)
            st->first_unknown = i;
    }
    return i + 1;
}

/* A rule that is not every week ("un samedi sur deux", "un dimanche par
 * mois"): in a parenthesis it qualifies what the parenthesis follows; else
 * it dates the days right before it, in its clause or the one before ("les
 * lundis de 10h à 18h et un dimanche par mois": the Mondays stay weekly),
 * or, with none, its clause ("tous les mois, le lundi …"). */
static void not_weekly(struct grammar *g)
{
    size_t c = g->n_clauses - 1;
    if (g->clauses[c].paren) {
        mark(g, CM_MONTHLY);
        return;
    }
    for (size_t k = g->n_items; k > 0; k--) {
        struct item *it = &g->items[k - 1];
        if (it->kind == IT_DAYS && it->clause + 1 >= c) {
            it->dated = true;
            return;
        }
    }
    mark(g, CM_MONTHLY);
}

/* "un samedi sur deux", "Samedi (3 sur 4)", "une semaine sur deux": a
 * rhythm of one week in M. Any other "sur" ("sur rendez-vous", "sur
 * place") is none. */
static void read_rhythm(struct grammar *g, struct sent *st, size_t i)
{
    const struct tok *v = st->v;
    size_t j = next_tok(v, i + 1, st->b);
    if (j < st->b && (v[j].kind == TK_NUM || is_word(&v[j], W_COUNT)))
        not_weekly(g);
}

/* "une permanence physique les lundis …": a permanence held in person, not
 * the public's reception (but "permanences physiques et téléphoniques" are
 * both, read as the place and the line). */
static bool held_in_person(const struct sent *st, size_t i)
{
    return i > st->a && is_word(&st->v[i - 1], W_PERM) &&
           !(i + 1 < st->b && st->v[i + 1].kind == TK_AND);
}

/* A word: its item or its mark. */
static size_t read_word(struct grammar *g, struct sent *st, size_t i)
{
    static const unsigned marks[] = {
        [W_PUBLIC] = CM_PUBLIC, [W_PERM] = CM_PERM,     [W_ACCUEIL] = CM_ACCUEIL,
        [W_STRONG] = CM_STRONG, [W_OTHER] = CM_OTHER,   [W_MONTHLY] = CM_MONTHLY,
        [W_SOME] = CM_MONTHLY,  [W_MONTH] = CM_SEASON,  [W_UNKNOWN] = CM_UNKNOWN,
        [W_PAST] = CM_PAST,     [W_WEEKLY] = CM_WEEKLY,
    };
    const struct tok *k = &st->v[i];
    switch ((enum wk)k->val) {
    case W_PERIOD: {
        struct item *it = add_item(g, IT_PERIOD, i, i + 1);
        it->period = k->period;
        return i + 1;
    }
    case W_SAUF:
        return read_except(g, st, i);
    case W_CLOSE:
        return read_closed(g, st, i);
    case W_OPEN:
    case W_FROM:
        return read_from(g, st, i);
    case W_SINCE:
        return read_since(g, st, i);
    case W_SEASON:
        mark(g, CM_SEASON);
        return i + 1;
    case W_HORS:
        if (first_word(st, i))
            return outside(st, i);
        break;
    case W_PHONE:
        mark_phone(g, st);
        /* "sur place ou par téléphone": the place and the line, both */
        if (!another_way(g, st) || (g->clauses[g->n_clauses - 1].marks & CM_PUBLIC))
            mark(g, CM_PHONE_WORD);
        return i + 1;
    case W_PUBLIC:
        if (held_in_person(st, i))
            return i + 1;
        break;
    case W_OR:
        if (offers_choice(g))
            st->alt = g->n_clauses - 1;
        return i + 1;
    case W_SUR:
        read_rhythm(g, st, i);
        return i + 1;
    case W_MONTHLY:
        not_weekly(g);
        return i + 1;
    default:
        break;
    }
    if ((size_t)k->val < sizeof marks / sizeof marks[0])
        mark(g, marks[k->val]);
    if (k->val == W_UNKNOWN && st->first_unknown == st->b)
        st->first_unknown = i;
    return i + 1;
}

static size_t read_item(struct grammar *g, struct sent *st, size_t i)
{
    const struct tok *k = &st->v[i];
    st->content = st->content || k->kind != TK_SEP;
    switch (k->kind) {
    case TK_SEP:
        if (k->sep == ',' || k->sep == '(' || k->sep == ')')
            add_clause(g, i + 1, k->sep == '(');
        if (k->sep == '(')
            paren_after(g, st, i);
        return i + 1;
    case TK_DAY:
    case TK_DAYSET:
        return read_days(g, st, i);
    case TK_TIME:
    case TK_H24:
        return read_times(g, st, i);
    case TK_TO:
        return k->val == TO_UNTIL ? read_until(g, st, i) : i + 1;
    case TK_RDV:
        return read_rdv(g, st, i);
    case TK_DATE:
        if (i + 2 < st->b && st->v[i + 1].kind == TK_TO && st->v[i + 2].kind == TK_DATE) {
            mark(g, CM_SEASON); /* "du 01/07 au 31/08" */
            return i + 3;
        }
        a_date(g, st, i, i + 1);
        return i + 1;
    case TK_PHONE:
        mark_phone(g, st);
        return i + 1;
    case TK_NUM:
    case TK_ORD:
        return read_number(g, st, i);
    case TK_WORD:
        return read_word(g, st, i);
    default:
        return i + 1;
    }
}

/* Items and clauses of the sentence; anchors and unknown words. */
void hours_read_items(struct grammar *g, struct sent *st)
{
    grammar_reserve(g, st->b - st->a);
    g->n_items = g->n_clauses = g->n_r = 0;
    add_clause(g, st->a, false);
    for (size_t i = next_tok(st->v, st->a, st->b); i < st->b;
         i = next_tok(st->v, read_item(g, st, i), st->b))
        ;
    for (size_t c = 0; c < g->n_clauses; c++)
        st->marks |= g->clauses[c].marks;
    for (size_t c = 0; c < g->n_clauses; c++)
        if (g->clauses[c].after != SIZE_MAX && (g->clauses[c].marks & CM_MONTHLY))
            g->items[g->clauses[c].after].dated =
                true; /* "(les 2èmes et 4èmes du mois)" */
    st->first_anchor = st->last_anchor = st->b;
    for (size_t k = 0; k < g->n_items; k++) {
        const struct item *it = &g->items[k];
        struct clause *c = &g->clauses[it->clause];
        c->items |= ITM(it->kind);
        if (!(c->marks & CM_OTHER))
            st->items |= ITM(it->kind);
        if (it->kind == IT_APPT && st->first_anchor == st->b)
            st->lead_appt = true;
        if (it->kind != IT_DAYS && it->kind != IT_TIMES)
            continue;
        if (st->first_anchor == st->b) {
            st->first_anchor = it->tok;
            st->order = it->kind == IT_TIMES ? TIMES_FIRST : DAYS_FIRST;
        }
        st->last_anchor = it->end;
    }
    st->tail = st->b;
    for (size_t i = st->last_anchor; i < st->b && st->last_anchor < st->b; i++)
        if (!st->v[i].used && is_word(&st->v[i], W_UNKNOWN)) {
            st->tail = i;
            break;
        }
}

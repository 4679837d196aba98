/* Hours extractor, second step: in the tokens of one sentence, the closures
 * ("Fermé en août", "(sauf jours fériés)", "L'accueil du public est
 * suspendu") and the breaks ("fermé de 12h à 14h", "(12h-14h fermé)") are
 * found and taken out before the grammar reads the rest. A closing word that
 * belongs to the weekly pattern ("fermé le mardi matin" beside the hours,
 * "mercredi après-midi fermé", "Mardi : fermé") is left to the grammar. */
#include "extract/hours_int.h"

#include "base/util.h"

/* A clause ends at ',', '(', ')' or the end of the sentence; ':' and '>' only
 * introduce what follows ("Fermeture annuelle : la première semaine d'août"). */
static bool clause_sep(const struct tok *k)
{
    return k->kind == TK_SEP && (k->sep == ',' || k->sep == '(' || k->sep == ')');
}

static bool is_sep(const struct tok *k, unsigned char c)
{
    return k->kind == TK_SEP && k->sep == c;
}

/* A word of the calendar: a month, a season, a public holiday, a date. */
static bool calendar(const struct tok *v, size_t i, size_t b)
{
    const struct tok *k = &v[i];
    if (k->kind == TK_DATE || k->kind == TK_ORD)
        return true;
    if (k->kind == TK_NUM)
        return i + 1 < b && is_word(&v[i + 1], W_MONTH);
    return is_word(k, W_MONTH) || is_word(k, W_SEASON) || is_word(k, W_FERIE);
}

/* Some range "T - T" of tokens [a, b) lies in period p. */
static bool has_range_in(const struct tok *v, size_t a, size_t b, char p)
{
    for (size_t i = a; i + 2 < b; i++)
        if (v[i].kind == TK_TIME && v[i + 1].kind == TK_TO && v[i + 2].kind == TK_TIME &&
            (p == 0 || in_period(v[i].val, v[i + 2].val, p)))
            return true;
    return false;
}

/* ---- breaks ------------------------------------------------------------ */

/* A break at closing word v[c]: "12h-14h fermé" (the range opening the
 * clause), "fermé de 12h à 14h", "fermeture 12h30-13h30", "fermé au public
 * entre 11h45 et 12h45" (a range closing the clause, after words only). Sets
 * its tokens [*s, *e) and times; false when v[c] opens no break. */
static bool break_at(const struct tok *v, size_t a, size_t b, size_t c, size_t *s,
                     size_t *e, struct brk *br)
{
    size_t t, end;
    if (c >= a + 3 && v[c - 3].kind == TK_TIME && v[c - 2].kind == TK_TO &&
        v[c - 1].kind == TK_TIME && (c - 3 == a || clause_sep(&v[c - 4]))) {
        t = c - 3;
        *s = t;
        end = c + 1;
    } else {
        size_t j = c + 1;
        while (j < b && (v[j].kind == TK_WORD || (v[j].kind == TK_TO && v[j].sep == 'a')))
            j++;
        if (j + 2 >= b || v[j].kind != TK_TIME ||
            (v[j + 1].kind != TK_TO && v[j + 1].kind != TK_AND) ||
            v[j + 2].kind != TK_TIME)
            return false;
        t = j;
        *s = c;
        end = j + 3;
    }
    if (end < b && !clause_sep(&v[end]) && v[end].kind != TK_END)
        return false;
    if (v[t].val >= v[t + 2].val || v[t].used || v[t + 2].used)
        return false;
    br->from = v[t].val;
    br->to = v[t + 2].val;
    br->from_tok = a;
    br->to_tok = b;
    *e = end;
    return true;
}

/* ---- the weekly pattern ------------------------------------------------ */

/* Tokens [i, e) name days and a period at most: "le mardi matin", "l'après-midi". */
static bool days_and_period(const struct tok *v, size_t i, size_t e, char *period)
{
    *period = 0;
    for (size_t k = i; k < e; k++) {
        if (is_word(&v[k], W_PERIOD) && !*period)
            *period = v[k].period;
        else if (!(v[k].kind == TK_DAY || is_word(&v[k], W_LE) || v[k].kind == TK_AND ||
                   is_sep(&v[k], ')')))
            return false;
    }
    return true;
}

/* Closing word v[c] of clause [s, e) is part of the weekly pattern: days
 * named before it ("mercredi après-midi fermé", "Le mardi matin ... sont
 * fermés", "Mardi : fermé"), or the sentence gives hours before it and the
 * clause names only days and a period ("Mardi de 8h à 12h FERMÉ
 * l'après-midi", "(fermé le matin)", "..., fermé le mardi matin"). */
static bool weekly(const struct tok *v, size_t a, size_t s, size_t c, size_t e)
{
    for (size_t k = c + 1; k < e; k++)
        if (calendar(v, k, e))
            return false;
    for (size_t k = s; k < c; k++) /* "Samedi et jours fériés : fermé" */
        if (is_word(&v[k], W_FERIE))
            return false;
    for (size_t k = s; k < c; k++)
        if (v[k].kind == TK_DAY || (v[k].kind == TK_DAYSET && v[k].val))
            return true;
    char period;
    return days_and_period(v, c + 1, e, &period) && has_range_in(v, a, c, 0);
}

/* ---- closures ---------------------------------------------------------- */

static void push_span(struct spans *cl, size_t from, size_t to)
{
    if (cl->n == cl->cap) {
        cl->cap = cl->cap ? cl->cap * 2 : 4;
        cl->v = xrealloc(cl->v, cl->cap * sizeof *cl->v);
    }
    cl->v[cl->n++] = (struct span){from, to, 0, 0};
}

static void push_break(struct breaks *br, struct brk x)
{
    if (br->n == br->cap) {
        br->cap = br->cap ? br->cap * 2 : 4;
        br->v = xrealloc(br->v, br->cap * sizeof *br->v);
    }
    br->v[br->n++] = x;
}

/* Whether v[k] is a table's cell border: '|'. */
static bool cell_border(const struct tok *v, size_t k)
{
    return v[k].kind == TK_TO && v[k].sep == '|';
}

/* Where the clause of closing word v[c] starts: back to the clause's
 * separator, but not over a time or an "et" ("... 17h et fermé le lundi"). */
static size_t clause_start(const struct tok *v, size_t a, size_t c)
{
    size_t s = c;
    while (s > a && !v[s - 1].used && !clause_sep(&v[s - 1]) && v[s - 1].kind != TK_AND &&
           v[s - 1].kind != TK_TIME && v[s - 1].kind != TK_H24)
        s--;
    return s;
}

/* Whether v[a, s) is a date leading the sentence, what its closure is
 * about: "Le 2 janvier, …", "Ces 16, 17, 21 et 22 janvier, …" (a month or
 * a date, with numbers, days, articles and their joints; one word besides at
 * most: "ces"). */
static bool date_lead(const struct tok *v, size_t a, size_t s)
{
    bool dated = false;
    size_t other = 0;
    for (size_t k = a; k < s; k++) {
        if (v[k].used)
            return false;
        dated = dated || v[k].kind == TK_DATE || is_word(&v[k], W_MONTH);
        bool part = v[k].kind == TK_DATE || v[k].kind == TK_NUM || v[k].kind == TK_ORD ||
                    v[k].kind == TK_DAY || v[k].kind == TK_AND || is_sep(&v[k], ',') ||
                    is_word(&v[k], W_MONTH) || is_word(&v[k], W_LE) ||
                    is_word(&v[k], W_DU) || is_word(&v[k], W_DE);
        other += !part;
    }
    return dated && other <= 1;
}

/* "Week-end et jours fériés (France & Sénégal) : fermé": a label of what is
 * closed, a colon and the closing word right after it; the label holds no
 * time, number or booking. */
static bool label_closed(const struct tok *v, size_t a, size_t c)
{
    size_t k = c;
    while (k > a && is_word(&v[k - 1], W_LE))
        k--;
    if (k <= a + 1 || !is_sep(&v[k - 1], ':'))
        return false;
    for (size_t q = a; q + 1 < k; q++)
        if (v[q].used || v[q].kind == TK_TIME || v[q].kind == TK_H24 ||
            v[q].kind == TK_NUM || v[q].kind == TK_PHONE || v[q].kind == TK_RDV ||
            v[q].kind == TK_DATE || is_sep(&v[q], ':'))
            return false;
    return true;
}

/* Where a closure stated as a sentence starts: at the sentence's start when
 * what comes before its clause gives no day, time or date and opens no
 * parenthesis ("En raison de la pandémie, les guichets sont fermés depuis le
 * 16 mars"), or is the date it is about ("Le 2 janvier, la mairie sera
 * fermée"); else at its clause's (clause_start). */
static size_t closure_start(const struct tok *v, size_t a, size_t c)
{
    size_t s = clause_start(v, a, c);
    if (s == a || (s > a && is_sep(&v[s - 1], '(')))
        return s;
    if (label_closed(v, a, c))
        return a;
    if (date_lead(v, a, s))
        return a;
    bool open = false; /* inside the subject's own parenthesis: "Le Centre …
                          (CABB) sera fermé" */
    for (size_t k = a; k < s; k++) {
        if (is_sep(&v[k], '(') && !open) {
            open = true;
            continue;
        }
        if (is_sep(&v[k], ')') && open) {
            open = false;
            continue;
        }
        if (open && !v[k].used)
            continue; /* the subject's own words: "(Mdph35)" */
        if (v[k].used || v[k].kind == TK_DAY || v[k].kind == TK_DAYSET ||
            v[k].kind == TK_TIME || v[k].kind == TK_H24 || v[k].kind == TK_DATE ||
            v[k].kind == TK_NUM || v[k].kind == TK_ORD || v[k].kind == TK_PHONE ||
            v[k].kind == TK_RDV || is_sep(&v[k], '(') || is_sep(&v[k], ':'))
            return s;
    }
    return open ? s : a;
}

/* Where the closure opened at c ends: its parenthesis closes, or a comma is
 * followed by more hours with their days ("Fermé le lundi, ouvert du mardi au
 * samedi de 9h à 18h"), or the sentence ends. */
static size_t closure_end(const struct tok *v, size_t c, size_t b, bool paren)
{
    size_t e = c + 1;
    for (; e < b; e++) {
        if (paren && is_sep(&v[e], ')'))
            break;
        if (!is_sep(&v[e], ',') && !is_sep(&v[e], '('))
            continue;
        bool days = false, times = false;
        for (size_t k = e + 1; k < b; k++) {
            days = days || v[k].kind == TK_DAY || v[k].kind == TK_DAYSET;
            times = times || v[k].kind == TK_TIME || v[k].kind == TK_H24;
        }
        if (days && times)
            break;
    }
    return e;
}

/* Take closure [s, e): tokens used, the enclosing parentheses too. */
static void take(struct tok *v, size_t a, size_t b, size_t s, size_t e, struct spans *cl)
{
    push_span(cl, s, e);
    for (size_t k = s; k < e; k++)
        v[k].used = true;
    if (s > a && is_sep(&v[s - 1], '(')) {
        v[s - 1].used = true;
        if (e < b && is_sep(&v[e], ')'))
            v[e].used = true;
    }
}

/* Where an exception of the calendar that opens at v[i] ends: as a closure
 * does, or before the first day or time after it, with the words that lead
 * to them ("du lundi au vendredi sauf jours fériés de 9h à 12h": the times
 * are the week's). */
static size_t except_end(const struct tok *v, size_t i, size_t b, bool paren)
{
    size_t e = closure_end(v, i, b, paren);
    for (size_t k = i + 1; k < e; k++) {
        if (!(v[k].kind == TK_TIME || v[k].kind == TK_H24 || v[k].kind == TK_DAY ||
              v[k].kind == TK_DAYSET))
            continue;
        while (k > i + 1 && (is_word(&v[k - 1], W_DE) || is_word(&v[k - 1], W_DU) ||
                             is_word(&v[k - 1], W_ENTRE) || is_word(&v[k - 1], W_LE) ||
                             v[k - 1].kind == TK_AND || v[k - 1].kind == TK_SEP))
            k--;
        return k;
    }
    return e;
}

/* A token a list of days is made of: days, "et", commas, articles. */
static bool of_day_list(const struct tok *k)
{
    return k->kind == TK_DAY || k->kind == TK_DAYSET || k->kind == TK_AND ||
           is_sep(k, ',') || is_word(k, W_LE) || is_word(k, W_FILL);
}

/* After days at v[j] ("sauf les dimanches et jours fériés"), where the
 * calendar words their list goes on with start (after its "et"), or b. */
static size_t calendar_after_days(const struct tok *v, size_t j, size_t b)
{
    size_t k = j, joint = b; /* the "et" before the calendar word */
    for (; k < b && of_day_list(&v[k]); k++)
        if (v[k].kind == TK_AND)
            joint = k;
    return joint < b && k < b && calendar(v, k, b) ? joint + 1 : b;
}

/* Whether v[a, b) holds a day or a time. */
static bool has_anchor(const struct tok *v, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (v[k].kind == TK_DAY || v[k].kind == TK_DAYSET || v[k].kind == TK_TIME ||
            v[k].kind == TK_H24)
            return true;
    return false;
}

/* "sauf jours fériés", "(hors vacances scolaires)", "sauf janvier, février et
 * jours fériés": an exception of the calendar is a closure; "sauf le mardi"
 * is the grammar's; "Hors vacances scolaires :" opening a line is a label.
 * "sauf les dimanches et jours fériés": both, the closure as written, its
 * days left to the grammar. */
static size_t except_clause(struct tok *v, size_t a, size_t b, size_t i, struct spans *cl)
{
    size_t j = i + 1;
    while (j < b && (is_word(&v[j], W_LE) || is_word(&v[j], W_DU) ||
                     is_word(&v[j], W_DE) || is_word(&v[j], W_FILL)))
        j++;
    size_t k = j < b && (v[j].kind == TK_DAY || v[j].kind == TK_DAYSET)
                   ? calendar_after_days(v, j, b)
                   : b;
    if (k < b && is_word(&v[i], W_SAUF)) {
        size_t e = except_end(v, k, b, false);
        push_span(cl, i, e);
        for (size_t q = k - 1; q < e; q++) /* "et jours fériés" */
            v[q].used = true;
        return k - 1;
    }
    if (j >= b || !calendar(v, j, b))
        return i;
    if (is_word(&v[i], W_HORS) &&
        (!(i > a && (is_sep(&v[i - 1], '(') || is_sep(&v[i - 1], ','))) ||
         !has_anchor(v, a, b)))
        return i; /* "Horaire d'ouverture (hors vacances scolaires)": a label's */
    bool paren = i > a && is_sep(&v[i - 1], '(');
    size_t e = except_end(v, i, b, paren);
    /* "à l'exception des jours fériés": the closure with its "à l'" */
    size_t s =
        i >= a + 2 && is_word(&v[i - 1], W_LE) && v[i - 2].kind == TK_TO ? i - 2 : i;
    take(v, a, b, s, e, cl);
    return e;
}

/* A sentence of days and closing words only, with their periods and
 * separators, the day first ("Mardi, Fermé, Fermé", "Samedi : fermé"): a
 * day of the weekly pattern that is closed. */
static bool closed_day_row(const struct tok *v, size_t a, size_t b)
{
    bool day = false, close = false;
    for (size_t k = a; k < b; k++) {
        if (v[k].kind == TK_DAY || v[k].kind == TK_DAYSET)
            day = day || !close; /* the day first: "Fermé le lundi matin" is none */
        else if (is_word(&v[k], W_CLOSE))
            close = true;
        else if (!(v[k].kind == TK_SEP || v[k].kind == TK_END ||
                   is_word(&v[k], W_PERIOD) || is_word(&v[k], W_LE) ||
                   v[k].kind == TK_AND || cell_border(v, k)))
            return false;
    }
    return day && close;
}

/* Closing word v[c] alone in its cell of a row of the week, before the
 * row's times: "MARDI | Fermé | 18h00 - 20h00 |" (the morning closed). The
 * word and the border after it are used; whether it is so. */
static bool closed_cell_before(struct tok *v, size_t a, size_t b, size_t c)
{
    size_t d = a;
    while (d < c && cell_border(v, d))
        d++;
    if (c == a || !cell_border(v, c - 1) || c + 1 >= b || !cell_border(v, c + 1) ||
        d >= c || (v[d].kind != TK_DAY && v[d].kind != TK_DAYSET))
        return false;
    bool times = false;
    for (size_t k = c + 2; k < b && !times; k++)
        times = v[k].kind == TK_TIME;
    if (times)
        v[c].used = v[c + 1].used = true;
    return times;
}

/* Closing word v[c] closing a row of the week after its times, maybe with
 * a period: "Vendredi : 8h00 - 11h30 / après-midi fermé", "… / Fermé".
 * The separator, the period and the word are used (the rest of the day is
 * closed); whether it is so. */
static bool closed_cell(struct tok *v, size_t a, size_t c)
{
    size_t r = c;
    while (r > a && is_sep(&v[r - 1], ':'))
        r--;
    if (r > a && is_word(&v[r - 1], W_PERIOD))
        r--;
    if (r < a + 2 || v[r - 2].kind != TK_TIME ||
        !((v[r - 1].kind == TK_TO && (v[r - 1].sep == '/' || v[r - 1].sep == '|')) ||
          is_sep(&v[r - 1], ',')))
        return false;
    for (size_t k = r - 1; k <= c; k++)
        v[k].used = true;
    return true;
}

/* Closing word v[c]: a closing time, a break, the weekly pattern, a table's
 * closed cell, or a closure. Returns where to go on. */
static size_t close_clause(struct tok *v, size_t a, size_t b, size_t c, struct spans *cl,
                           struct breaks *br)
{
    size_t s, e;
    struct brk x;
    /* "fermé à 16h", "Fermeture de la billetterie à 17h", "fermeture 17h": an
     * end time, the grammar's (up to three words of what closes between) */
    size_t w = c + 1;
    while (w < b && w < c + 4 && closing_subject(&v[w]))
        w++;
    if (closing_time(v, w, w + 1, b) < b)
        return c;
    size_t cell = closure_end(v, c, b, false);
    if ((cell == c + 1 || (cell == c + 2 && cell_border(v, c + 1))) &&
        closed_cell(v, a, c))
        return cell; /* "… 9h00 - 12h30 | Fermé |" */
    if (closed_cell_before(v, a, b, c))
        return c + 1;
    /* "Jeudi : fermé le matin / 15h00 - 19h00": a half-day closed in the
     * week's pattern, no closure; its words are left out of the reading */
    size_t p = c + 1;
    while (p < b && (is_word(&v[p], W_LE) || is_word(&v[p], W_FILL)))
        p++;
    bool dated = false; /* "fermé le matin du 24 décembre": a closure */
    for (size_t k = p + 1; k < b && !clause_sep(&v[k]) && v[k].kind != TK_TIME; k++)
        dated = dated || v[k].kind == TK_DAY || v[k].kind == TK_DATE ||
                v[k].kind == TK_NUM || v[k].kind == TK_ORD || is_word(&v[k], W_MONTH);
    if (p < b && is_word(&v[p], W_PERIOD) && !dated) {
        for (size_t k = c; k <= p; k++)
            v[k].used = true;
        return p;
    }
    if (break_at(v, a, b, c, &s, &e, &x)) {
        /* "Le tribunal sera fermé au public entre 11h45 et 12h45": the
         * words before the closing word go with the break */
        if (s == c)
            s = clause_start(v, a, c);
        push_break(br, x);
        for (size_t k = s; k < e; k++)
            v[k].used = true;
        if (s > a && is_sep(&v[s - 1], '(') && e < b && is_sep(&v[e], ')'))
            v[s - 1].used = v[e].used = true;
        return e;
    }
    s = closure_start(v, a, c);
    bool paren = s > a && is_sep(&v[s - 1], '(');
    e = closure_end(v, c, b, paren);
    size_t ce = c + 1; /* the clause's end */
    while (ce < b && !clause_sep(&v[ce]))
        ce++;
    if (s == c && e == c + 1 && c > a &&
        (v[c - 1].kind == TK_TIME || clause_sep(&v[c - 1]))) {
        /* "Mercredi, 9h-12h, fermé" (a table's row): the rest of that day */
        v[c].used = true;
        return c;
    }
    bool modal = false; /* "peuvent être fixées": a possibility */
    for (size_t k = a; k < b; k++)
        modal = modal || is_word(&v[k], W_MODAL);
    if (modal || weekly(v, a, s, c, ce < e ? ce : e))
        return c;
    if (closed_day_row(v, a, b)) {
        /* "Mardi, Fermé, Fermé" (a table's row): that day is closed */
        for (size_t k = c; k < b; k++)
            v[k].used = v[k].used || is_word(&v[k], W_CLOSE);
        return b;
    }
    take(v, a, b, s, e, cl);
    return e;
}

/* "L'accueil physique du public au tribunal est suspendu": a closure when it
 * says so of the reception ("Les permanences des adjoints sont suspendues" of
 * something else), or of the entry's service in a sentence of its own
 * ("SERVICE MOMENTANEMENT SUSPENDU."). */
static size_t suspend_clause(struct tok *v, size_t a, size_t b, size_t c,
                             struct spans *cl)
{
    size_t s = clause_start(v, a, c);
    bool reception = s == a && c - a <= 3 && c + 1 == b;
    for (size_t k = s; k < c; k++)
        reception = reception || is_word(&v[k], W_ACCUEIL) || is_word(&v[k], W_PUBLIC);
    if (!reception)
        return c;
    size_t e = closure_end(v, c, b, s > a && is_sep(&v[s - 1], '('));
    take(v, a, b, s, e, cl);
    return e;
}

/* "de 13h30 à 17h (jusque 16h en juillet et août)": a parenthesis giving
 * times for a season is the season's exception to the week; its tokens are
 * left out of the sentence's reading (the text stays as written). Returns
 * where to go on. */
static size_t season_paren(struct tok *v, size_t i, size_t b)
{
    bool time = false, season = false;
    size_t e = i + 1;
    for (; e < b && !is_sep(&v[e], ')') && !is_sep(&v[e], '('); e++) {
        time = time || v[e].kind == TK_TIME;
        season = season || is_word(&v[e], W_SEASON) || is_word(&v[e], W_MONTH);
    }
    if (!time || !season || e >= b || !is_sep(&v[e], ')'))
        return i;
    for (size_t k = i; k <= e; k++)
        v[k].used = true;
    return e;
}

/* Whether the closing word at i follows "hors" or "en dehors" ("Hors congés
 * scolaires, l'antenne sera ouverte…": the time outside the holidays, no
 * closure), the small words between them skipped. */
static bool after_hors(const struct tok *v, size_t a, size_t i)
{
    size_t k = i;
    while (k > a && (is_word(&v[k - 1], W_LE) || is_word(&v[k - 1], W_DU) ||
                     is_word(&v[k - 1], W_DE) || is_word(&v[k - 1], W_FILL)))
        k--;
    return k > a && is_word(&v[k - 1], W_HORS);
}

void hours_take_closures(struct tok *v, size_t a, size_t b, struct spans *cl,
                         struct breaks *br)
{
    for (size_t i = a; i < b; i++) {
        if (!v[i].used && is_sep(&v[i], '('))
            i = season_paren(v, i, b);
        if (v[i].used || v[i].kind != TK_WORD)
            continue;
        switch ((enum wk)v[i].val) {
        case W_SAUF:
        case W_HORS:
            i = except_clause(v, a, b, i, cl);
            break;
        case W_CLOSE:
            if (!after_hors(v, a, i))
                i = close_clause(v, a, b, i, cl, br);
            break;
        case W_SUSPEND:
            i = suspend_clause(v, a, b, i, cl);
            break;
        default:
            break;
        }
    }
}

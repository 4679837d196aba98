/* Hours extractor, third step: the grammar of one sentence. Its tokens (those
 * closures did not take) are read left to right into items (hours_items.c);
 * here the items are combined into groups of days and ranges by the rules
 * below; every word the reader does not know is skipped, its place kept for
 * a note.
 *
 * Items (read_*):
 *   days    DAYSET | DAY { (au|à|-) DAY | (,|et|/) DAY } [le PERIOD [uniquement]]
 *           ("du lundi au vendredi", "Lun-Mar-Ven" = a list of three, "lu-ve")
 *   times   range { (et|,|/|-|–) [de] range }    range: [de|entre] T (à|-|/|et) T
 *           | 24h/24                              ("de 9h à 12h et de 14h à 17h")
 *   time    T alone                               ("(16h30 le vendredi)")
 *   until   jusqu'à T | fermeture à T
 *   from    à partir de T | ouverture à T
 *   except  sauf|excepté|à l'exception de days [, uniquement le PERIOD]
 *   closed  fermé [le days] [le PERIOD] | days fermé
 *   appt    sur|par [simple] rendez-vous | rendez-vous obligatoire
 *   walkin  sans rendez-vous | avec ou sans rendez-vous
 *   period  le matin | l'après-midi | le soir      (without days)
 * and marks on each clause (between ',', '(' and ')'): a telephone word or
 * number, "public", "permanence", a date, a month's rule, a season...
 *
 * Rules (combine):
 *   G1 days times        the days' ranges            "lundi de 9h à 12h"
 *   G2 times days        the same when the sentence opens with times
 *                                                     "de 9h à 12h du lundi au jeudi"
 *                        or when the group before has its times and these
 *                        days have none ("…, de 9h à 12h le vendredi")
 *   G3 times             the days of the group before in the sentence, else
 *                        of the lines before, else (24h/24) every day, else
 *                        the week an exception is taken from ("(à
 *                        l'exception du vendredi, …)"; "(sauf le samedi)":
 *                        Monday to Friday), else the rest of the week when
 *                        the weekend has its own times after them
 *   G4 days until        the group before's ranges for these days, the last
 *                        ending then ("le vendredi jusqu'à 16h"), or theirs
 *                        ending then when the group had them ("Nocturne le
 *                        jeudi jusqu'à 19h30", "(16h30 le vendredi)")
 *   G5 days from         their first range starts then ("Le jeudi : ouverture à 10h")
 *   G6 days PERIOD       the group before's ranges of that period: new days
 *                        take them ("le vendredi matin seulement"), its own
 *                        days keep only them ("le mercredi matin uniquement")
 *   G7 except / closed   the days (of that period) leave the group's ranges
 *                        ("sauf le mardi", "fermé le mardi matin", "(fermé le
 *                        matin)" for the group's own days); a range that
 *                        spans the period's bound makes the sentence a note
 *   G8 a group whose days or times are a date's ("26/09 de 14h à 16h", "à
 *      partir du 29/11" for the sentence) or a month's ("le 1er mardi du
 *      mois", "(les 2èmes et 4èmes du mois)"), of a season ("pendant les
 *      vacances", "du 1er au 15 août") or of something else ("borne en libre
 *      service") gives no weekly range
 *   G9 a range already read for more days, one end shared, moves its other
 *      end for these days ("Tous les jours de 17h à 8h" then "Vendredi de
 *      15h30 à 8h"); the same range again is nothing new (hours_adjust.c)
 *   M1 an appt or walkin marker belongs to the ranges of its clause; alone in
 *      its clause (no days, no times), to the ranges since the marker before
 *      (else those up to the marker after)
 *   M2 a clause's kind word (telephone, permanence, public) gives its ranges
 *      their kind, and the later ranges of the sentence; from a clause
 *      without ranges, the sentence's ranges that have none; else the kind
 *      of the sentences before in the paragraph, of the label above the
 *      lines (hours.c); else reception
 * A sentence with days and times that gives no range is a note (hours.c). */
#include "extract/hours_int.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"

/* ---- markers: appointments and kinds (M1, M2) --------------------------- */

/* The kind a clause's words say: the public's place before all ("Accueil
 * téléphonique et physique"), then a telephone line, then a permanence
 * (unless the place is said open: "La MJD est ouverte et les permanences
 * sont assurées"), then the reception named. */
static enum hint clause_hint(unsigned m)
{
    if ((m & CM_PUBLIC) && (m & CM_PHONE_WORD))
        return HINT_BOTH;
    if (m & CM_PUBLIC)
        return HINT_RECEPTION;
    if (m & CM_PHONE)
        return HINT_PHONE;
    if (m & CM_PERM)
        return m & CM_OPEN ? HINT_RECEPTION : HINT_PERM;
    if (m & CM_ACCUEIL)
        return HINT_RECEPTION;
    return HINT_NONE;
}

static enum hours_kind hint_kind(enum hint h, enum hours_kind other, bool phone_label)
{
    switch (h) {
    case HINT_RECEPTION:
    case HINT_BOTH:
        return HOURS_RECEPTION;
    case HINT_PHONE:
        return HOURS_PHONE;
    case HINT_PERM: /* under a telephone line's label, the line's permanence */
        return phone_label ? HOURS_PHONE : HOURS_PERMANENCE;
    case HINT_NONE:
        break;
    }
    return other;
}

/* The marks of the clauses without ranges in [from, to). */
static unsigned loose_marks(const struct grammar *g, size_t from, size_t to)
{
    unsigned m = 0;
    for (size_t c = from; c < to && c < g->n_clauses; c++)
        if (!(g->clauses[c].items & ITM(IT_TIMES)))
            m |= g->clauses[c].marks;
    return m;
}

/* M2: a range's kind is its clause's; else that of the clause of a range
 * before it in the sentence ("Permanences : lundi 9h-12h, mardi 14h-17h");
 * else that of the clauses without ranges before it ("En cas de détresse,
 * appelez le 0 800 …, du lundi au vendredi de 7h30 à 17h30"), else after
 * the last range ("…, de 9h à 17h, par téléphone"), not of one before
 * other ranges ("Du lundi au vendredi de 8h30 à 13h, avec une permanence
 * du service … le mardi, de 16h à 18h30": the permanence is the
 * Tuesday's); else the label's above the lines. */
static void mark_kinds(struct grammar *g, struct sent *st)
{
    size_t last = g->n_r ? g->r[g->n_r - 1].clause : 0;
    enum hint before = HINT_NONE,
              trailing = clause_hint(loose_marks(g, last + 1, SIZE_MAX));
    for (size_t k = 0; k < g->n_r; k++) {
        enum hint h = clause_hint(g->clauses[g->r[k].clause].marks);
        if (h != HINT_NONE)
            before = h;
        enum hint rest = clause_hint(loose_marks(g, 0, g->r[k].clause));
        h = before != HINT_NONE ? before : rest != HINT_NONE ? rest : trailing;
        g->r[k].kind = hint_kind(h, st->cx->kind, st->cx->phone_label);
        g->r[k].phone_too = h == HINT_BOTH || (h == HINT_NONE && st->cx->phone_too);
    }
    enum hint all = clause_hint(loose_marks(g, 0, SIZE_MAX));
    st->hint = before != HINT_NONE ? before : all;
}

/* The ranges read before token t. */
static size_t ranges_before(const struct grammar *g, size_t t)
{
    size_t n = 0;
    while (n < g->n_r && g->r[n].tok < t)
        n++;
    return n;
}

/* Whether marker m, after range r in its clause, is about a period that r
 * is not in: "de 8h à 12h et les après-midi sur rendez-vous". */
static bool other_period(const struct grammar *g, const struct rng *r,
                         const struct item *m)
{
    for (size_t k = 0; k < g->n_items; k++) {
        const struct item *p = &g->items[k];
        if (p->kind != IT_PERIOD || p->clause != m->clause || p->tok < r->tok ||
            p->tok > m->tok)
            continue;
        if (p->period == 'a' ? r->end <= 780 && r->end > r->start : r->start >= 720)
            return true;
    }
    return false;
}

/* M1: a marker marks the ranges of its clause; alone in its clause, those
 * since the marker before, else those up to the marker after. A lead-in
 * marker of the lines before marks a sentence that has none. */
static void mark_appts(struct grammar *g, const struct sent *st)
{
    size_t done = 0, markers = 0;
    if (!(st->items & (ITM(IT_APPT) | ITM(IT_WALKIN))) && !st->cx->appt)
        return;
    for (size_t k = 0; k < g->n_items; k++) {
        const struct item *m = &g->items[k];
        if (m->kind != IT_APPT && m->kind != IT_WALKIN)
            continue;
        markers++;
        bool own = false;
        for (size_t q = 0; q < g->n_r; q++) {
            if (g->r[q].clause != m->clause || other_period(g, &g->r[q], m))
                continue;
            own = true;
            g->r[q].appt = m->kind == IT_APPT;
            done = q + 1 > done ? q + 1 : done;
        }
        if (own || (g->clauses[m->clause].items & ITM(IT_DAYS)))
            continue; /* "…, sur rendez-vous le samedi matin": those days' */
        size_t from = done, to = ranges_before(g, m->tok);
        if (to <= from) {
            size_t nx = k + 1;
            while (nx < g->n_items && g->items[nx].kind != IT_APPT &&
                   g->items[nx].kind != IT_WALKIN)
                nx++;
            to = nx < g->n_items ? ranges_before(g, g->items[nx].tok) : g->n_r;
        }
        for (size_t q = from; q < to; q++)
            g->r[q].appt = m->kind == IT_APPT;
        done = to > done ? to : done;
    }
    if (!markers && st->cx->appt)
        for (size_t q = 0; q < g->n_r; q++)
            g->r[q].appt = true;
}

/* ---- groups ------------------------------------------------------------- */

/* The items of one group: [i0, i1); dx its days' item, or SIZE_MAX. */
struct grp {
    size_t i0, i1, dx;
};

static bool kind_is(const struct grammar *g, size_t k, enum item_kind kind)
{
    return k < g->n_items && g->items[k].kind == kind;
}

/* Item j leads the days right after it in its clause into a group of their
 * own: a lone time or "jusqu'à" ("(16h30 le vendredi)"; not after days of
 * its own and before "et": "le mercredi jusqu'à 17h30 et le jeudi de 9h à
 * 12h30"), or times once the group from i0 has its own and the days have
 * none ("Du lundi au jeudi de 9h à 17h, de 9h à 12h le vendredi"). */
static bool leads_days(const struct grammar *g, size_t i0, size_t j)
{
    const struct item *it = &g->items[j];
    if (!kind_is(g, j + 1, IT_DAYS) || g->items[j + 1].clause != it->clause)
        return false;
    if (it->kind == IT_TIME || it->kind == IT_UNTIL)
        return !(g->items[j + 1].after_and && j > 0 && kind_is(g, j - 1, IT_DAYS) &&
                 g->items[j - 1].clause == it->clause);
    if (it->kind != IT_TIMES)
        return false;
    bool before = false;
    for (size_t q = i0; q < j && !before; q++)
        before = g->items[q].kind == IT_TIMES;
    for (size_t q = j + 2; q < g->n_items && g->items[q].kind != IT_DAYS; q++)
        if (g->items[q].kind == IT_TIMES)
            return false;
    return before;
}

/* Days first: a group opens at each days' item, or at what leads them; not
 * at the days a group's first item, its times, has led ("…, de 9h à 12h le
 * vendredi": the group opened at "de 9h à 12h" goes on to its days). */
static bool opens_days_first(const struct grammar *g, size_t i0, size_t k)
{
    if (g->items[k].kind == IT_DAYS) {
        bool led = k - 1 == i0 && kind_is(g, i0, IT_TIMES) &&
                   g->items[i0].clause == g->items[k].clause;
        return !(k > i0 && (led || leads_days(g, i0, k - 1)));
    }
    return leads_days(g, i0, k);
}

/* Whether items [i0, k) hold times in a clause other than item k's. */
static bool times_in(const struct grammar *g, size_t i0, size_t k)
{
    for (size_t q = i0; q < k; q++)
        if (g->items[q].kind == IT_TIMES && g->items[q].clause != g->items[k].clause)
            return true;
    return false;
}

/* Whether items [i0, k) hold times, in a clause before item k's, and no
 * days follow k's (whose times would be theirs: "…, de 13h30 à 17h45 le
 * lundi, 9h à 11h le jeudi"). */
static bool times_before(const struct grammar *g, size_t i0, size_t k)
{
    for (size_t q = k + 1; q < g->n_items; q++)
        if (g->items[q].kind == IT_DAYS)
            return false;
    return times_in(g, i0, k);
}

/* The next group from item i0. Times first ("de 9h à 12h du lundi au jeudi,
 * de 9h à 12h le vendredi"): a group is times, then days, then what follows
 * up to the next times; days with their own times after them open a group
 * of their own, days first ("de 8h à 15h, du lundi au vendredi et le samedi
 * de 9h à 11h"). */
static bool next_group(const struct grammar *g, size_t i0, enum order order,
                       struct grp *gr)
{
    if (i0 >= g->n_items)
        return false;
    gr->i0 = i0;
    gr->dx = SIZE_MAX;
    size_t k = i0;
    if (order == TIMES_FIRST) {
        bool days_led = g->items[i0].kind == IT_DAYS;
        for (; k < g->n_items; k++) {
            enum item_kind kd = g->items[k].kind;
            /* days with their own times or end: "…, le samedi jusqu'à 18h" */
            bool own = kind_is(g, k + 1, IT_TIMES) || kind_is(g, k + 1, IT_UNTIL);
            if (kd == IT_DAYS && gr->dx == SIZE_MAX && own && times_before(g, i0, k))
                break; /* "7h-21h, dimanche 10h-21h": the days' own group */
            if (kd == IT_DAYS && gr->dx == SIZE_MAX)
                gr->dx = k;
            else if (kd == IT_DAYS && (days_led || own))
                break;
            else if (kd == IT_TIMES && gr->dx != SIZE_MAX && !days_led)
                break;
            /* "…, du lundi au samedi, jusqu'à midi le mercredi"; "entre 14h
             * et 17h (16h le vendredi)": the times have no days of their
             * own, the end is of the days after it */
            else if ((kd == IT_UNTIL || kd == IT_TIME) &&
                     (gr->dx != SIZE_MAX || times_in(g, i0, k)) && leads_days(g, i0, k))
                break;
        }
    } else {
        for (k = i0 + 1; k < g->n_items && !opens_days_first(g, i0, k); k++)
            ;
        for (size_t q = i0; q < k; q++)
            if (g->items[q].kind == IT_DAYS && gr->dx == SIZE_MAX)
                gr->dx = q;
    }
    gr->i1 = k;
    return true;
}

/* G8: why a group gives no weekly range. */
enum drop { DROP_NONE, DROP_DATED, DROP_OTHER };

/* Item k is times of a season in a clause of their own, after days that are
 * not the season's ("Le mercredi de 12h15 à 19h, pendant les vacances
 * scolaires de 7h30 à 19h"): they leave the group, which keeps the rest. */
static bool season_times(const struct grammar *g, const struct grp *gr, size_t k)
{
    const struct item *it = &g->items[k];
    return it->kind == IT_TIMES && (g->clauses[it->clause].marks & CM_SEASON) &&
           gr->dx != SIZE_MAX && g->items[gr->dx].clause != it->clause;
}

/* Whether the season of clause c, after the sentence's days and times, is
 * that of a word the reader does not know right before it ("…, de quoi se
 * vêtir pour l'hiver"): not the sentence's ("…, l'accueil est assuré
 * pendant les vacances scolaires"). */
static bool season_of_words(const struct grammar *g, const struct sent *st, size_t c)
{
    size_t from = g->clauses[c].first;
    size_t to = c + 1 < g->n_clauses ? g->clauses[c + 1].first : st->b;
    if (from < st->last_anchor)
        return false;
    const struct tok *before = NULL;
    for (size_t k = from; k < to && k < st->b; k++) {
        const struct tok *t = &st->v[k];
        if (t->used || is_word(t, W_LE) || is_word(t, W_DE) || is_word(t, W_DU))
            continue;
        if (is_word(t, W_SEASON))
            return before && is_word(before, W_UNKNOWN);
        before = t;
    }
    return false;
}

/* Whether a season holds for a group whose clauses have marks m: it names one
 * ("… , pendant les vacances scolaires de 7h30 à 19h"), or a clause of the
 * sentence names one and has no times of its own, the sentence's season
 * ("Pendant les vacances, du lundi au vendredi de 9h à 12h"); not the
 * season of another clause's times ("Les mercredis de 12h15 à 19h, …"). */
static bool of_season(const struct grammar *g, const struct sent *st, unsigned m)
{
    if (m & CM_SEASON)
        return true;
    for (size_t c = 0; (st->marks & CM_SEASON) && c < g->n_clauses; c++)
        if ((g->clauses[c].marks & CM_SEASON) && !(g->clauses[c].items & ITM(IT_TIMES)) &&
            !season_of_words(g, st, c))
            return true;
    return false;
}

/* The group's days or times are a date's ("26/09 de 14h à 16h", "à partir
 * du 29/11" for the sentence) or a month's ("le 1er mardi du mois", "le
 * samedi (les 2èmes et 4èmes du mois)"), the sentence a season's ("pendant les
 * vacances", "en août"); or the group is in a clause of something else than
 * the reception ("borne", "automate"). */
static enum drop group_dropped(const struct grammar *g, const struct sent *st,
                               const struct grp *gr)
{
    unsigned m = 0;
    /* a start date dates times without days ("À partir du 29/11, de 9h à
     * 12h"), not days, which hold every week from it ("À partir du 4
     * novembre, le samedi de 9h à 12h"), nor times said weekly ("à compter
     * du 4 juillet, toutes les semaines") */
    bool from_date = st->dating == DATING_ALL && !(st->marks & CM_WEEKLY);
    bool dated = false;
    for (size_t k = gr->i0; k < gr->i1; k++) {
        unsigned ck = g->clauses[g->items[k].clause].marks;
        m |= season_times(g, gr, k) ? ck & ~(unsigned)CM_SEASON : ck;
        dated = dated || g->items[k].dated;
    }
    if (m & CM_OTHER)
        return DROP_OTHER;
    /* times without days in a sentence of a date: "Le 8 octobre, 24h/24."; a
     * clause of the past: "alors qu'ils étaient accessibles de 9h à 22h" */
    if (dated || (m & CM_PAST) || st->cx->seasonal || of_season(g, st, m) ||
        (gr->dx == SIZE_MAX && (st->dating == DATING_NEXT || from_date)))
        return DROP_DATED;
    if (gr->dx != SIZE_MAX && (g->clauses[g->items[gr->dx].clause].marks & CM_MONTHLY))
        return DROP_DATED;
    /* a month's rule in a clause of its own, nothing else in it: the
     * sentence's ("de 15 heures à 18 heures, tous les jours pairs, y compris
     * le week-end"; not "Pour les premiers mois, …") */
    for (size_t c = 0; (st->marks & CM_MONTHLY) && c < g->n_clauses; c++)
        if ((g->clauses[c].marks & (CM_MONTHLY | CM_UNKNOWN)) == CM_MONTHLY &&
            g->clauses[c].after == SIZE_MAX &&
            !(g->clauses[c].items & (ITM(IT_DAYS) | ITM(IT_TIMES))))
            return DROP_DATED;
    return DROP_NONE;
}

/* Times first without days, then the weekend's own times after them ("7 h-21
 * h, di et jours fériés 10 h-21 h", "de 9h à 18h, le samedi de 9h à 12h"):
 * the first times are the other days' of the week (Saturday's too when
 * only Sunday is named); 0 when other days are named. */
static unsigned other_days(const struct grammar *g, const struct grp *gr)
{
    const unsigned weekend = DAY_SA | DAY_SU, week = DAY_ALL & ~weekend;
    unsigned named = 0;
    for (size_t k = gr->i1; k < g->n_items; k++)
        if (g->items[k].kind == IT_DAYS)
            named |= g->items[k].days;
    if (!named || (named & ~weekend))
        return 0;
    return named == DAY_SU ? week | DAY_SA : week;
}

/* The days of times without days (G3): the group before in the sentence, the
 * lines before, every day for "24h/24" alone, the week an exception is taken
 * from ("(à l'exception du vendredi, uniquement le matin)"; the working week
 * when Saturday alone is taken: "(sauf le samedi)"), other_days. */
static unsigned times_days(const struct grammar *g, const struct sent *st,
                           const struct grp *gr)
{
    if (st->group_days)
        return st->group_days;
    if (st->cx->days)
        return st->cx->days;
    bool h24 = true;
    unsigned except = 0;
    for (size_t k = gr->i0; k < gr->i1; k++) {
        const struct item *it = &g->items[k];
        if (it->kind == IT_TIMES)
            for (size_t q = it->r0; q < it->r1; q++)
                h24 = h24 && g->r[q].start == 0 && g->r[q].end == 1440;
        if (it->kind == IT_EXCEPT)
            except |= it->days;
    }
    const unsigned workdays = DAY_MO | DAY_TU | DAY_WE | DAY_TH | DAY_FR;
    if (except)
        return except == DAY_SA || !(except & ~workdays) ? workdays : DAY_ALL;
    return h24 ? DAY_ALL : other_days(g, gr);
}

/* ---- rules -------------------------------------------------------------- */

/* Push ranges g->r[r0, r1) for days: a range already read, or a later
 * statement of it, is taken by ranges_refine. */
static void emit(struct grammar *g, struct sent *st, size_t r0, size_t r1, unsigned days)
{
    for (size_t q = r0; q < r1; q++) {
        struct hours_range x = {days,         g->r[q].start, g->r[q].end,
                                g->r[q].appt, g->r[q].kind,  0};
        if (!ranges_refine(st->out, st->cx->scope_from, &x))
            hours_list_push(st->out, x);
        if (g->r[q].phone_too) {
            x.kind = HOURS_PHONE;
            x.appointment = false;
            if (!ranges_refine(st->out, st->cx->scope_from, &x))
                hours_list_push(st->out, x);
        }
        st->n_emitted++;
    }
}

/* G1-G3 and G7: the group's ranges; "fermé ..." takes days out of the ranges
 * read before it, "sauf ..." out of all the group's. */
static void group_times(struct grammar *g, struct sent *st, const struct grp *gr,
                        unsigned days)
{
    size_t from = st->out->n;
    enum edit e = EDIT_DONE;
    for (size_t k = gr->i0; k < gr->i1 && e != EDIT_CONFLICT; k++) {
        const struct item *it = &g->items[k];
        if (it->kind == IT_TIMES && !season_times(g, gr, k))
            emit(g, st, it->r0, it->r1, days);
        else if (it->kind == IT_CLOSED)
            e = ranges_except(st->out, from, st->out->n, it->days ? it->days : days,
                              it->period, false);
    }
    for (size_t k = gr->i0; k < gr->i1 && e != EDIT_CONFLICT; k++) {
        const struct item *it = &g->items[k];
        if (it->kind == IT_EXCEPT)
            e = ranges_except(st->out, from, st->out->n, it->days, it->period, it->only);
    }
    if (e == EDIT_CONFLICT)
        st->bad = true;
    st->group_from = from;
    st->group_to = st->out->n;
    st->group_days = days;
}

/* The group read last: in this sentence, else in the lines before. */
static void last_group(const struct sent *st, size_t *from, size_t *to)
{
    if (st->group_to > st->group_from) {
        *from = st->group_from;
        *to = st->group_to;
    } else {
        *from = st->cx->group_from;
        *to = st->cx->group_to;
    }
}

static unsigned days_of(const struct hours_list *r, size_t from, size_t to)
{
    unsigned d = 0;
    for (size_t q = from; q < to; q++)
        d |= r->v[q].days;
    return d;
}

/* G4: "le vendredi jusqu'à 16h" (new days: the group's ranges, the last
 * ending then), "Nocturne le jeudi jusqu'à 19h30", "(16h30 le vendredi)"
 * (the group's days: their last range ends then). */
static bool group_until(struct sent *st, unsigned days, int t)
{
    size_t from, to;
    last_group(st, &from, &to);
    if (to <= from || to != st->out->n)
        return false;
    unsigned have = days_of(st->out, from, to);
    if ((days & have) == days)
        return ranges_end_at(st->out, from, to, days, t);
    if (days & have)
        return false;
    size_t n0 = st->out->n;
    if (!ranges_copy(st->out, from, to, days, 0))
        return false;
    if (!ranges_end_at(st->out, n0, st->out->n, days, t)) {
        st->out->n = n0;
        return false;
    }
    st->group_from = n0;
    st->group_to = st->out->n;
    st->group_days = days;
    return true;
}

/* G6: days and a period without times: new days take the group's ranges of
 * the period ("; le vendredi matin seulement"); the group's own days keep
 * only those ("..., le mercredi matin uniquement"). */
static bool group_period(struct sent *st, unsigned days, char p, bool only)
{
    size_t from, to;
    last_group(st, &from, &to);
    if (to <= from || to != st->out->n)
        return false;
    unsigned have = days_of(st->out, from, to);
    if ((days & have) == days)
        return only && ranges_except(st->out, from, to, days, p, true) == EDIT_DONE;
    if (days & have)
        return false;
    return ranges_copy(st->out, from, to, days, p);
}

static bool group_has(const struct grammar *g, const struct grp *gr, enum item_kind kind)
{
    for (size_t k = gr->i0; k < gr->i1; k++)
        if (g->items[k].kind == kind)
            return true;
    return false;
}

/* The group is days alone then their place, before more days: "le lundi à
 * Rieux, le mardi à Monceaux et le jeudi à Bury, de 9h à 12h". */
static bool days_at_place(const struct grammar *g, const struct sent *st,
                          const struct grp *gr)
{
    const struct item *d = &g->items[gr->dx];
    if (gr->i1 != gr->i0 + 1 || d->period || d->dated || !kind_is(g, gr->i1, IT_DAYS))
        return false;
    size_t t = next_tok(st->v, d->end, st->b);
    size_t w = next_tok(st->v, t + 1, st->b);
    while (w < st->b && is_word(&st->v[w], W_LE)) /* "à la mairie" */
        w = next_tok(st->v, w + 1, st->b);
    return t < g->items[gr->i1].tok && st->v[t].kind == TK_TO &&
           st->v[t].val == TO_PLAIN && w < g->items[gr->i1].tok &&
           is_word(&st->v[w], W_UNKNOWN);
}

/* A group without times: G4, G5, G6, or days left dangling. */
static void group_edit(struct grammar *g, struct sent *st, const struct grp *gr)
{
    const struct item *d = &g->items[gr->dx], *until = NULL, *start = NULL;
    char p = d->period;
    for (size_t k = gr->i0; k < gr->i1; k++) {
        const struct item *it = &g->items[k];
        if (it->kind == IT_UNTIL || it->kind == IT_TIME)
            until = it;
        else if (it->kind == IT_FROM)
            start = it;
        else if (it->kind == IT_PERIOD && !p)
            p = it->period;
    }
    bool ok = false;
    /* a lone time ("(16h30 le vendredi)") ends a range of its own sentence
     * only; "jusqu'à 16h" one of the lines before too (not "Permanence
     * chaque lundi … à 11h30", an hour to come at under another item: the
     * sentence is a note) */
    if (until && (until->kind == IT_UNTIL || st->group_to > st->group_from))
        ok = group_until(st, d->days, until->t);
    else if (start)
        ok = ranges_start_at(st->out, st->cx->scope_from, st->out->n, d->days, start->t);
    else if (p && !group_has(g, gr, IT_APPT) && !group_has(g, gr, IT_WALKIN))
        ok = group_period(st, d->days, p, d->only);
    if (ok)
        st->n_edits++;
    else if (until)
        st->bad = true; /* "le vendredi jusqu'à 8h" after "de 9h à 17h" */
    else if (start)
        st->n_loose++; /* "le lundi à partir de 14h", no end: no range, the
                          sentence's other groups still read */
    else if (days_at_place(g, st, gr)) {
        st->held |= d->days;
        if (st->held_dx == SIZE_MAX)
            st->held_dx = gr->dx;
        if (st->dangling == SIZE_MAX)
            st->dangling = gr->dx;
    } else if (st->dangling == SIZE_MAX)
        st->dangling = gr->dx; /* "…, sur rendez-vous le samedi matin" */
}

/* Days held with their places take the times of the days after them. */
static unsigned with_held(struct sent *st, const struct grp *gr, unsigned days)
{
    if (!st->held || gr->dx == SIZE_MAX)
        return days;
    days |= st->held;
    if (st->dangling == st->held_dx)
        st->dangling = SIZE_MAX;
    st->held = 0;
    st->held_dx = SIZE_MAX;
    return days;
}

/* A group without days nor times: "fermé ..." or "sauf ..." alone, on the
 * lines read before ("Le mardi matin et le vendredi après-midi sont fermés"). */
static void group_alone(struct grammar *g, struct sent *st, const struct grp *gr)
{
    for (size_t k = gr->i0; k < gr->i1; k++) {
        const struct item *it = &g->items[k];
        if ((it->kind != IT_CLOSED && it->kind != IT_EXCEPT) || !it->days)
            continue;
        enum edit e = ranges_except(st->out, st->cx->scope_from, st->out->n, it->days,
                                    it->period, it->kind == IT_EXCEPT && it->only);
        if (e == EDIT_CONFLICT)
            st->bad = true;
        st->n_edits++;
    }
}

static void apply_group(struct grammar *g, struct sent *st, const struct grp *gr)
{
    bool times = false;
    for (size_t k = gr->i0; k < gr->i1; k++)
        times = times || g->items[k].kind == IT_TIMES;
    if (!times && gr->dx == SIZE_MAX) {
        group_alone(g, st, gr);
        return;
    }
    switch (group_dropped(g, st, gr)) {
    case DROP_NONE:
        break;
    case DROP_OTHER: /* "borne Caf accessible 24h/24": not ours, no hours */
        return;
    case DROP_DATED:
        st->n_dropped++;
        return;
    }
    if (!times) {
        group_edit(g, st, gr);
        return;
    }
    if (gr->dx == SIZE_MAX && !st->group_days && st->cx->days)
        st->took_lent = true;
    unsigned days = gr->dx != SIZE_MAX ? with_held(st, gr, g->items[gr->dx].days)
                                       : times_days(g, st, gr);
    if (!days) {
        st->n_loose++;
        return;
    }
    group_times(g, st, gr, days);
}

/* ---- the sentence ------------------------------------------------------- */

/* Where the note of days left dangling starts: back over the words of their
 * clause ("…, sur rendez-vous le samedi matin"). */
static size_t dangling_from(const struct tok *v, size_t a, size_t t)
{
    while (t > a &&
           (v[t - 1].used || !(v[t - 1].kind == TK_SEP || v[t - 1].kind == TK_TIME ||
                               v[t - 1].kind == TK_H24 || v[t - 1].kind == TK_AND)))
        t--;
    return t;
}

/* The period of the clause of marker m, when only one is named there. */
static char clause_period(const struct grammar *g, const struct item *m)
{
    char p = 0;
    for (size_t k = 0; k < g->n_items; k++) {
        const struct item *it = &g->items[k];
        char q = it->kind == IT_PERIOD || it->kind == IT_DAYS ? it->period : 0;
        if (!q || it->clause != m->clause)
            continue;
        if (p && p != q)
            return 0;
        p = q;
    }
    return p;
}

/* An appointment rule without times: what it applies to. */
static struct appt_rule appt_rule(const struct grammar *g, const struct sent *st,
                                  const struct item *m)
{
    struct appt_rule r = {APPT_WEAK, SCOPE_ALL, 0, false};
    bool strong = st->marks & (CM_STRONG | CM_ACCUEIL);
    bool days = false, others = false, period = false;
    for (size_t k = 0; k < g->n_items; k++) {
        const struct item *it = &g->items[k];
        if (g->clauses[it->clause].marks & CM_OTHER)
            continue;
        if (it->kind == IT_DAYS && it->days == 0)
            others = true;
        else if (it->kind == IT_DAYS)
            days = true;
        period = period || it->period;
    }
    /* "Consultations médicales sur rendez-vous": words not understood before
     * the marker name what is by appointment */
    bool subject = st->first_unknown < m->tok;
    r.subject = subject;
    if (strong)
        r.strength = APPT_STRONG;
    if (others)
        r.scope = SCOPE_OTHERS;
    else if (period && !days)
        r.scope = SCOPE_PERIOD, r.period = clause_period(g, m);
    else if (period || (subject && !strong))
        r.scope = SCOPE_PERIOD;
    else if (days)
        r.scope = SCOPE_DAYS;
    else if (subject && (st->marks & CM_STRONG) && !(st->marks & CM_ACCUEIL))
        r.scope = SCOPE_SUBJECT;
    return r;
}

/* Days first, then a colon and words the reader does not know, nothing
 * else: "Le lundi : mairie annexe du Piton" (where the day's hours are). */
static bool days_then_words(const struct grammar *g, const struct sent *st)
{
    if ((st->items & ~(ITM(IT_DAYS) | ITM(IT_PERIOD))) || st->dangling == SIZE_MAX ||
        !g->items[st->dangling].days || g->items[st->dangling].tok != st->first_anchor)
        return false;
    for (size_t t = g->items[st->dangling].end; t < st->first_unknown; t++)
        if (st->v[t].kind == TK_SEP && st->v[t].sep == ':')
            return true;
    return false;
}

/* Words the reader does not know, then days that end the sentence, nothing
 * else: "Le CCAS vous reçoit le mardi et le jeudi." (its times may follow). */
static bool words_then_days(const struct grammar *g, const struct sent *st)
{
    const unsigned other = CM_PAST | CM_SEASON | CM_MONTHLY | CM_OTHER | CM_PHONE;
    return !(st->items & ~ITM(IT_DAYS)) && !(st->marks & other) &&
           st->dangling != SIZE_MAX && g->items[st->dangling].days &&
           st->first_unknown < st->first_anchor && st->tail == st->b;
}

/* Days, a comma and words the reader does not know, nothing else: "Du
 * lundi au vendredi, la distribution a lieu sur le parking." (its times may
 * follow). */
static bool days_comma_words(const struct grammar *g, const struct sent *st)
{
    const unsigned other = CM_PAST | CM_SEASON | CM_MONTHLY | CM_OTHER | CM_PHONE;
    if ((st->items & ~(ITM(IT_DAYS) | ITM(IT_PERIOD))) || (st->marks & other) ||
        !(st->marks & CM_UNKNOWN) || st->dangling == SIZE_MAX ||
        !g->items[st->dangling].days)
        return false;
    size_t t = g->items[st->dangling].end;
    return t < st->b && st->v[t].kind == TK_SEP && st->v[t].sep == ',';
}

/* Whether the sentence ends with a colon, over the lines it introduces ("Le
 * service répond 7 jours sur 7 et propose trois lignes :"): its days are
 * theirs, whatever words it holds. */
static bool opens_list(const struct sent *st)
{
    size_t e = st->b;
    while (e > st->a && st->v[e - 1].kind == TK_END)
        e--;
    return e > st->a && st->v[e - 1].kind == TK_SEP && st->v[e - 1].sep == ':';
}

/* What the sentence was. */
static enum verdict verdict(const struct grammar *g, const struct sent *st,
                            struct sentence *out)
{
    bool days = st->items & ITM(IT_DAYS), times = st->items & ITM(IT_TIMES);
    if (st->bad)
        return V_NOTE;
    if (st->n_emitted)
        return V_RANGES;
    if (st->n_edits)
        return V_EDIT;
    if (st->n_loose && !st->n_dropped && !days)
        return V_TIMES;
    if (st->n_dropped || (days && times))
        return V_NOTE;
    for (size_t k = 0; k < g->n_items && (st->items & ITM(IT_APPT)); k++)
        if (g->items[k].kind == IT_APPT &&
            !(g->clauses[g->items[k].clause].marks & CM_OTHER)) {
            out->rule = appt_rule(g, st, &g->items[k]);
            return V_APPT;
        }
    if (days && (!(st->marks & CM_UNKNOWN) || opens_list(st)) &&
        st->dangling != SIZE_MAX && g->items[st->dangling].days)
        return V_DAYS;
    if (days &&
        (days_then_words(g, st) || words_then_days(g, st) || days_comma_words(g, st)))
        return V_DAYS_AT;
    if ((st->items & ITM(IT_WALKIN)) && !days && !(st->marks & CM_UNKNOWN))
        return V_WALKIN;
    return st->content ? V_NOTE : V_EMPTY;
}

struct sentence hours_read(struct grammar *g, const struct tok *v, size_t a, size_t b,
                           const struct context *cx, struct hours_list *out,
                           struct hours_list *times)
{
    struct sent st = {.alt = SIZE_MAX,
                      .booking = SIZE_MAX,
                      .v = v,
                      .a = a,
                      .b = b,
                      .cx = cx,
                      .out = out,
                      .out0 = out->n,
                      .first_unknown = b,
                      .dangling = SIZE_MAX,
                      .held_dx = SIZE_MAX};
    hours_read_items(g, &st);
    mark_kinds(g, &st);
    mark_appts(g, &st);
    struct grp gr;
    for (size_t i = 0; next_group(g, i, st.order, &gr); i = gr.i1)
        apply_group(g, &st, &gr);
    struct sentence res = {.note_from = b,
                           .days = st.group_days,
                           .group_from = st.group_from,
                           .group_to = st.group_to};
    res.verdict = verdict(g, &st, &res);
    if (res.verdict == V_NOTE || res.verdict == V_APPT) {
        out->n = st.out0; /* nothing of a sentence not understood */
    } else if (res.verdict == V_RANGES) {
        res.note_from = st.dangling != SIZE_MAX
                            ? dangling_from(v, a, g->items[st.dangling].tok)
                            : st.tail;
    } else if (res.verdict == V_EDIT) {
        res.note_from = st.tail;
    } else if (res.verdict == V_DAYS || res.verdict == V_DAYS_AT) {
        res.days = g->items[st.dangling].days;
    } else if (res.verdict == V_TIMES) {
        for (size_t q = 0; q < g->n_r; q++)
            hours_list_push(times, (struct hours_range){0, g->r[q].start, g->r[q].end,
                                                        g->r[q].appt, g->r[q].kind, 0});
    }
    res.lead_appt = st.lead_appt;
    res.took_lent = st.took_lent;
    res.hint = st.hint;
    return res;
}

/* Hours extractor, second step: the tokens of one sentence (hours_lex.c) ->
 * weekly ranges or an appointment verdict, for the line handling of hours.c. */
#include "extract/hours_int.h"

#include <stdint.h>
#include <string.h>

static int day_index(unsigned bit)
{
    int d = 0;
    while (d < 6 && !(bit & (1u << d)))
        d++;
    return d;
}

/* Bits from..to inclusive, wrapping past Sunday ("du samedi au lundi"). */
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

static bool push_found(struct found *fd, unsigned days, int start, int end, bool appt)
{
    if (fd->n == sizeof fd->v / sizeof fd->v[0])
        return false;
    fd->v[fd->n++] = (struct hours_range){days, start, end, appt, HOURS_RECEPTION, 0};
    return true;
}

/* "(16h30 le vendredi)", "(jusqu'à 16h30 le vendredi)" after the ranges of
 * the sentence: on those days the last range ends at that time instead
 * ("Lundi au vendredi : 8:30 - 17:30 (16h30 le vendredi)"). v[i] is the time
 * or the "jusqu'à" before it, right after "(". Changes the ranges fd->v[from..]
 * and returns the index of ")", or returns 0 and changes nothing. */
static size_t end_override(const struct tok *v, size_t i, size_t a, size_t b,
                           struct found *fd, size_t from)
{
    if (i == a || v[i - 1].kind != TK_COMMA || v[i - 1].sep != '(')
        return 0;
    unsigned days = 0;
    size_t t, j;
    if (v[i].kind == TK_DAY) {
        /* "(vendredi 16h)", "(le vendredi jusqu'à 16h)" */
        for (t = i; t < b; t++) {
            if (v[t].kind == TK_DAY)
                days |= (unsigned)v[t].val;
            else if (!is_word(&v[t], W_LE) && v[t].kind != TK_AND)
                break;
        }
        if (t < b && v[t].kind == TK_TO)
            t++;
        if (t >= b || v[t].kind != TK_TIME)
            return 0;
        j = t + 1;
    } else {
        t = v[i].kind == TK_TO ? i + 1 : i;
        if (t >= b || v[t].kind != TK_TIME || (t + 1 < b && v[t + 1].kind == TK_TO))
            return 0;
        for (j = t + 1; j < b; j++) {
            if (v[j].kind == TK_DAY)
                days |= (unsigned)v[j].val;
            else if (!is_word(&v[j], W_LE) && v[j].kind != TK_AND)
                break;
        }
    }
    if (!days || j >= b || v[j].kind != TK_COMMA || v[j].sep != ')')
        return 0;
    int end = v[t].val;
    size_t last[7];
    for (int d = 0; d < 7; d++) {
        last[d] = SIZE_MAX;
        if (!(days & (1u << d)))
            continue;
        for (size_t q = from; q < fd->n; q++)
            if ((fd->v[q].days & (1u << d)) &&
                (last[d] == SIZE_MAX || fd->v[q].start > fd->v[last[d]].start))
                last[d] = q;
        if (last[d] == SIZE_MAX || end <= fd->v[last[d]].start)
            return 0;
    }
    size_t first_new = fd->n;
    for (int d = 0; d < 7; d++) {
        if (last[d] == SIZE_MAX)
            continue;
        struct hours_range *r = &fd->v[last[d]];
        if (r->days == (1u << d)) {
            r->end = end;
            continue;
        }
        r->days &= ~(1u << d);
        bool merged = false;
        for (size_t q = first_new; q < fd->n && !merged; q++)
            if (fd->v[q].start == r->start && fd->v[q].end == end) {
                fd->v[q].days |= 1u << d;
                merged = true;
            }
        if (!merged && !push_found(fd, 1u << d, r->start, end, r->appointment))
            return 0;
    }
    return j;
}

/* "Du lundi au vendredi de 9h à 12h et de 14h à 18h. Nocturne le jeudi
 * jusqu'à 19h30": days inside those of the previous group's last range
 * fd->v[last of from..to) end it later: that range is split, the days taken
 * out of it and given it with the new end; their other ranges stay. True
 * when it applies (*ok false when fd is full). */
static bool jusqua_inside(struct found *fd, size_t from, size_t to, unsigned days,
                          int end, bool *ok)
{
    size_t last = SIZE_MAX;
    for (size_t q = from; q < to; q++)
        if (last == SIZE_MAX || fd->v[q].start > fd->v[last].start)
            last = q;
    if (last == SIZE_MAX || (days & ~fd->v[last].days) || end <= fd->v[last].start)
        return false;
    if (fd->v[last].days == days) {
        fd->v[last].end = end;
        return true;
    }
    struct hours_range g = fd->v[last];
    fd->v[last].days &= ~days;
    *ok = push_found(fd, days, g.start, end, g.appointment);
    return true;
}

/* "Du lundi au jeudi de 9h à 12h et de 14h à 17h ; le vendredi matin
 * seulement": days and one period, without times, after a sentence whose last
 * day group (carry) has ranges in fd: the days take that group's ranges in
 * the period ('m': ending by 13:00, 'a': starting at noon or later). True
 * when ranges were added. */
static bool period_days(const struct tok *v, size_t a, size_t b, unsigned carry,
                        struct found *fd)
{
    unsigned days = 0;
    char period = 0;
    for (size_t i = a; i < b; i++) {
        const struct tok *k = &v[i];
        if (k->used || k->kind == TK_AND || k->kind == TK_COMMA)
            continue;
        if (k->kind == TK_DAY)
            days |= (unsigned)k->val;
        else if (is_word(k, W_PERIOD) && !period)
            period = k->period;
        else if (!(is_word(k, W_LE) || is_word(k, W_STRONG) || is_word(k, W_FILL)))
            return false;
    }
    if (!days || !period || (days & carry))
        return false;
    size_t n0 = fd->n;
    for (size_t q = 0; q < n0; q++) {
        const struct hours_range *h = &fd->v[q];
        if (h->days == carry && (period == 'm' ? h->end <= 780 : h->start >= 720) &&
            !push_found(fd, days, h->start, h->end, h->appointment)) {
            fd->n = n0;
            return false;
        }
    }
    return fd->n > n0;
}

/* Tokens [a, b) name days and at most a period only: "mercredi après-midi",
 * "le lundi et le mardi matin". */
static bool days_clause(const struct tok *v, size_t a, size_t b)
{
    size_t periods = 0;
    for (size_t i = a; i < b; i++) {
        if (is_word(&v[i], W_PERIOD))
            periods++;
        else if (!(v[i].kind == TK_DAY || v[i].kind == TK_AND || is_word(&v[i], W_LE) ||
                   (v[i].kind == TK_COMMA && v[i].sep == ',')))
            return false;
    }
    return periods <= 1;
}

/* "le mercredi matin uniquement" (tokens [a, b)) after the ranges
 * fd->v[from, to) of a group holding days: those days lose the group's
 * ranges outside the period. True when applied. */
static bool only_period(const struct tok *v, size_t a, size_t b, struct found *fd,
                        size_t from, size_t to, unsigned days)
{
    char period = 0;
    bool strong = false;
    for (size_t i = a; i < b; i++) {
        if (v[i].used || v[i].kind == TK_DAY || v[i].kind == TK_AND ||
            is_word(&v[i], W_LE))
            continue;
        if (is_word(&v[i], W_PERIOD) && !period)
            period = v[i].period;
        else if (is_word(&v[i], W_STRONG))
            strong = true;
        else
            return false;
    }
    if (!period || !strong)
        return false;
    unsigned in = 0, all = 0;
    for (size_t q = from; q < to; q++) {
        all |= fd->v[q].days;
        if (period == 'm' ? fd->v[q].end <= 780 : fd->v[q].start >= 720)
            in |= fd->v[q].days;
    }
    if ((days & ~all) || (days & ~in))
        return false;
    for (size_t q = from; q < to; q++)
        if (!(period == 'm' ? fd->v[q].end <= 780 : fd->v[q].start >= 720))
            fd->v[q].days &= ~days;
    return true;
}

/* The period named in the clause (between commas) of the first appointment
 * marker of [a, b) (appt_at indexed from a): "sur rendez-vous l'après-midi"
 * gives 'a'; 0 when none or more than one. */
static char appt_clause_period(const struct tok *v, size_t a, size_t b,
                               const bool *appt_at)
{
    size_t m = a;
    while (m < b && !appt_at[m - a])
        m++;
    if (m == b)
        return 0;
    size_t s = m, e = m;
    while (s > a && !(v[s - 1].kind == TK_COMMA && v[s - 1].sep == ','))
        s--;
    while (e < b && !(v[e].kind == TK_COMMA && v[e].sep == ','))
        e++;
    char period = 0;
    for (size_t i = s; i < e; i++) {
        if (!is_word(&v[i], W_PERIOD))
            continue;
        if (period)
            return 0;
        period = v[i].period;
    }
    return period;
}

/* Days joined by dashes: in a chain of more than two ("Lundi - Mardi - Jeudi
 * - Vendredi") each dash separates a list; a span has exactly two ends.
 * v[i] is a day. */
static bool dash_chain(const struct tok *v, size_t a, size_t b, size_t i)
{
    size_t n = 1;
    for (size_t j = i; j >= a + 2 && v[j - 1].kind == TK_TO && v[j - 2].kind == TK_DAY;
         j -= 2)
        n++;
    for (size_t j = i; j + 2 < b && v[j + 1].kind == TK_TO && v[j + 2].kind == TK_DAY;
         j += 2)
        n++;
    return n > 2;
}

/* Read the hours of one sentence (tokens [a, b) not used by a closure).
 * Days named apply to the ranges that follow them until the next day group;
 * when the sentence names times first ("de 9h à 17h du lundi au vendredi")
 * the ranges take the day group that follows. */
struct sent_result hours_read_sentence(const struct tok *v, size_t a, size_t b,
                                       unsigned carry, struct found *fd)
{
    struct sent_result r = {.verdict = V_EMPTY, .appt = APPT_NONE};
    bool has_time = false, unknown = false, tel = false, for_public = false;
    bool strong = false, accueil = false, sans = false, content = false;
    size_t first_time = b, first_day = b;

    /* Pass 1: what the sentence holds, and where each appointment marker and
     * each word not understood is. */
    bool appt_at[256], unk_at[256]; /* [0, b - a) only: cleared below */
    bool season = false;
    size_t last_anchor = a;
    if (b - a > sizeof appt_at / sizeof appt_at[0])
        return (struct sent_result){.verdict = V_NOTE, .appt = APPT_NONE};
    memset(appt_at, 0, (b - a) * sizeof appt_at[0]);
    memset(unk_at, 0, (b - a) * sizeof unk_at[0]);
    for (size_t i = a; i < b; i++) {
        const struct tok *k = &v[i];
        if (k->used)
            continue;
        if (k->kind != TK_COMMA && k->kind != TK_END)
            content = true;
        switch (k->kind) {
        case TK_TIME:
        case TK_H24:
            has_time = true;
            if (first_time == b)
                first_time = i;
            last_anchor = i;
            break;
        case TK_DAY:
        case TK_DAYSET:
            r.days = true;
            if (k->kind == TK_DAYSET && k->val == 0)
                r.others = true;
            if (first_day == b)
                first_day = i;
            last_anchor = i;
            break;
        case TK_NUM:
            unknown = true;
            unk_at[i - a] = true;
            break;
        case TK_RDV: {
            /* "sans rendez-vous" is walk-in; "sur (simple / prise de)
             * rendez-vous", "par rendez-vous", "rendez-vous obligatoire" mark
             * the reception by appointment; any other use is prose. */
            int kind = 0;
            for (size_t j = i; j > a && i - j < 4; j--) {
                const struct tok *p = &v[j - 1];
                if (is_word(p, W_SANS)) {
                    kind = -1;
                    break;
                }
                if (is_word(p, W_SUR) || is_word(p, W_PAR) || is_word(p, W_APRES)) {
                    kind = 1;
                    break;
                }
                if (!(p->kind == TK_WORD &&
                      (p->val == W_DE || p->val == W_FILL || p->val == W_STRONG)))
                    break;
            }
            if (kind == 0 && i + 1 < b && is_word(&v[i + 1], W_STRONG))
                kind = 1;
            if (kind > 0)
                appt_at[i - a] = true;
            else if (kind < 0)
                sans = true;
            else {
                unknown = true;
                unk_at[i - a] = true;
            }
            break;
        }
        case TK_WORD:
            switch ((enum wk)k->val) {
            case W_UNKNOWN:
                unknown = true;
                unk_at[i - a] = true;
                break;
            case W_SEASON:
                unknown = true;
                season = true;
                break;
            case W_STRONG:
                strong = true;
                break;
            case W_ACCUEIL:
                accueil = true;
                break;
            case W_PERIOD:
                r.period = true;
                break;
            case W_TEL:
                tel = true;
                break;
            case W_PUBLIC:
                for_public = true;
                break;
            default:
                break;
            }
            break;
        default:
            break;
        }
    }
    bool appt = false;
    for (size_t i = a; i < b; i++)
        appt = appt || appt_at[i - a];
    if (!content)
        return r;
    if (tel && !for_public) {
        r.verdict = V_NOTE; /* "Accueil téléphonique : ..." is not the opening */
        return r;
    }
    if (!has_time && !appt && !unknown && r.days && r.period && carry &&
        period_days(v, a, b, carry, fd)) {
        r.verdict = V_RANGES;
        r.last_days = fd->v[fd->n - 1].days;
        return r;
    }
    if (!has_time) {
        if (appt && !unknown) {
            r.verdict = V_APPT;
            r.appt = strong || accueil ? APPT_STRONG : APPT_WEAK;
            if (!r.days)
                r.appt_period = appt_clause_period(v, a, b, appt_at);
        } else if (appt) {
            /* "Reçoit uniquement sur rendez-vous (téléphoner au préalable)."
             * Without "uniquement" or "accueil", words not understood before
             * "rendez-vous" name what is by appointment ("Consultations médicales sur
             * rendez-vous.", "Visites à domicile sur rendez-vous."): beside
             * hours it is a note, as for a period; alone, the reception is by
             * appointment. */
            r.verdict = V_APPT;
            r.appt = APPT_STRONG;
            bool subject = false;
            for (size_t i = a; i < b && !appt_at[i - a]; i++)
                subject = subject || unk_at[i - a];
            if (subject && !strong && !accueil)
                r.period = true;
            /* "Consultations uniquement sur rendez-vous.": the same beside
             * hours; alone, the reception is by appointment only */
            r.subject = subject && strong && !accueil;
        } else if (sans && !unknown && !r.days) {
            r.verdict = V_WALKIN;
        } else {
            r.verdict = V_NOTE;
        }
        return r;
    }
    /* Words not understood are tolerated before the first day or time (a
     * label: "Permanence juridique le samedi de 9h à 12h", "Consultations du
     * lundi au vendredi ...") and after the last one, where they become a note
     * ("Accueil 24h/24 7j/7 par les hôtes de la maison"); never in between,
     * nor in seasonal hours ("Horaires d'été : ..."). */
    size_t first_anchor = first_time < first_day ? first_time : first_day;
    size_t tail_unknown = b;
    for (size_t i = a; i < b && unknown && !season; i++) {
        if (!unk_at[i - a])
            continue;
        if (i > first_anchor && i < last_anchor) {
            season = true; /* in the middle: not understood */
        } else if (i > last_anchor && tail_unknown == b) {
            tail_unknown = i;
        }
    }
    if (season) {
        r.verdict = V_NOTE;
        return r;
    }

    /* Pass 2: day groups and time ranges. */
    bool times_first = first_time < first_day;
    unsigned cur = 0;      /* days of the current group */
    bool building = false; /* last day token may be extended */
    int conn = 0;          /* 0 none, 1 "et" / ",", 2 "au" / "-" */
    unsigned last_day = 0;
    bool excluding = false;          /* after "sauf" */
    size_t group_start = 0;          /* first range of the current group in fd */
    size_t prev_group_start = fd->n; /* first range of the group before */
    size_t group_tok = a;            /* first token of the current group */
    bool group_ranges = false, group_appt = false, appt_next = false;
    size_t pending = fd->n; /* times-first: ranges waiting for their days */
    unsigned given = 0;     /* times-first: the days the last waiting ranges took */
    bool ok = true;
    size_t base = fd->n;
    size_t rdv_from = base; /* first range after the last rendez-vous marker */
    size_t z;               /* end of an end-time override */
    /* "sauf le jeudi matin": exclusions that apply to the ranges of a period */
    struct {
        unsigned days;
        char period;
        size_t from;
    } later[8];
    size_t n_later = 0;

    for (size_t i = a; i < b && ok; i++) {
        const struct tok *k = &v[i];
        if (k->used)
            continue;
        switch (k->kind) {
        case TK_DAY:
        case TK_DAYSET: {
            unsigned d = (unsigned)k->val;
            if (!excluding && !times_first && k->kind == TK_DAY && fd->n > base &&
                (z = end_override(v, i, a, b, fd, base)) != 0) {
                i = z;
                building = false;
                break;
            }
            if (excluding) {
                unsigned x = conn == 2 && k->kind == TK_DAY && last_day
                                 ? day_span(last_day, d)
                                 : d;
                size_t p = i + 1;
                while (p < b && is_word(&v[p], W_LE))
                    p++;
                if (p < b && is_word(&v[p], W_PERIOD)) {
                    if (n_later == sizeof later / sizeof later[0]) {
                        ok = false;
                        break;
                    }
                    later[n_later].days = x;
                    later[n_later].period = v[p].period;
                    later[n_later].from = group_start;
                    n_later++;
                    last_day = k->kind == TK_DAY ? d : 0;
                    conn = 0;
                    break;
                }
                cur &= ~x;
                for (size_t j = group_start; j < fd->n; j++)
                    fd->v[j].days &= ~x;
                last_day = k->kind == TK_DAY ? d : 0;
                conn = 0;
                break;
            }
            if (building && !group_ranges) {
                if (conn == 2 && k->kind == TK_DAY && last_day && !dash_chain(v, a, b, i))
                    cur |= day_span(last_day, d);
                else
                    cur |= d;
            } else {
                cur = d;
                group_tok = i;
                prev_group_start = group_start;
                group_start = fd->n;
                group_ranges = false;
                group_appt = appt_next;
                appt_next = false;
            }
            building = true;
            last_day = k->kind == TK_DAY ? d : 0;
            conn = 0;
            break;
        }
        case TK_AND:
            if (building)
                conn = 1;
            break;
        case TK_COMMA:
            if (building && k->sep == ',')
                conn = 1;
            excluding = false;
            break;
        case TK_TO:
            if (building && !times_first && cur && !group_ranges && i + 1 < b &&
                v[i + 1].kind == TK_TIME && !(i + 2 < b && v[i + 2].kind == TK_TO) &&
                prev_group_start < group_start && group_start == fd->n) {
                /* "Du lundi au jeudi de 9h à 17h, le vendredi jusqu'à 16h":
                 * the new days take the previous group's ranges, the last
                 * one ending at that time. */
                size_t last = SIZE_MAX;
                if (jusqua_inside(fd, prev_group_start, group_start, cur, v[i + 1].val,
                                  &ok)) {
                    group_ranges = true;
                    building = false;
                    conn = 0;
                    i++;
                    break;
                }
                for (size_t q = prev_group_start; q < group_start && ok; q++) {
                    struct hours_range g = fd->v[q];
                    ok = push_found(fd, cur, g.start, g.end, g.appointment);
                    if (ok && (last == SIZE_MAX || g.start > fd->v[last].start))
                        last = fd->n - 1;
                }
                if (!ok || last == SIZE_MAX || v[i + 1].val <= fd->v[last].start) {
                    ok = false;
                    break;
                }
                fd->v[last].end = v[i + 1].val;
                group_ranges = true;
                building = false;
                conn = 0;
                i++;
            } else if (building) {
                conn = 2;
            } else if (!times_first && (z = end_override(v, i, a, b, fd, base)) != 0) {
                i = z;
            } else if (i + 1 < b && v[i + 1].kind == TK_TIME &&
                       !(i > a && v[i - 1].kind == TK_TIME)) {
                ok = false; /* "jusqu'à 19h": a time without its start */
            }
            break;
        case TK_WORD:
            if (k->val == W_CLOSE && i + 2 < b && v[i + 1].kind == TK_TO &&
                v[i + 2].kind == TK_TIME) {
                /* "(le vendredi fermeture à 16h)": as "jusqu'à 16h" */
                break;
            }
            if (k->val == W_CLOSE && cur && !group_ranges && !times_first &&
                prev_group_start < group_start && group_start == fd->n &&
                days_clause(v, group_tok, i)) {
                /* "..., mercredi après-midi fermé": the days just named are
                 * taken out of the previous group's ranges (of the period) */
                char period = 0;
                for (size_t p = group_tok; p < i; p++)
                    if (is_word(&v[p], W_PERIOD))
                        period = v[p].period;
                if (n_later == sizeof later / sizeof later[0]) {
                    ok = false;
                    break;
                }
                later[n_later].days = cur;
                later[n_later].period = period;
                later[n_later].from = prev_group_start;
                n_later++;
                cur = 0;
                building = false;
                conn = 0;
                last_day = 0;
                break;
            }
            if (k->val == W_SAUF || k->val == W_CLOSE) {
                excluding = true;
                building = false;
                conn = 0;
                last_day = 0;
            } else if (k->val != W_LE && k->val != W_DU && k->val != W_DE &&
                       k->val != W_FILL) {
                building = false;
            }
            break;
        case TK_RDV:
            if (appt_at[i - a]) {
                /* Marks the ranges of the group it follows, or the group it
                 * introduces ("..., sur rendez-vous le samedi de 9h à 12h"). */
                size_t j = i + 1;
                while (j < b && !v[j].used && v[j].kind == TK_WORD &&
                       (v[j].val == W_LE || v[j].val == W_DU || v[j].val == W_STRONG ||
                        v[j].val == W_DE || v[j].val == W_PERIOD))
                    j++;
                bool next_group =
                    j < b && (v[j].kind == TK_DAY || v[j].kind == TK_DAYSET ||
                              v[j].kind == TK_TIME || v[j].kind == TK_H24);
                /* times first, a marker after the waiting ranges' days and
                 * before more times ("Le matin de 9h à 12h du lundi au
                 * vendredi, l'après-midi sur rendez-vous de 14h à 17h") marks
                 * the times that follow */
                if (times_first && pending < fd->n && !(cur && next_group)) {
                    for (size_t q = pending; q < fd->n; q++)
                        fd->v[q].appointment = true;
                } else if (group_ranges && !next_group) {
                    /* only the ranges since the last marker: "de 8h30 à 12h
                     * sans rendez-vous, de 14h à 17h sur rendez-vous" */
                    size_t q0 = group_start > rdv_from ? group_start : rdv_from;
                    for (size_t q = q0; q < fd->n; q++)
                        fd->v[q].appointment = true;
                } else {
                    appt_next = true;
                }
            }
            rdv_from = fd->n;
            building = false;
            break;
        case TK_TIME:
        case TK_H24: {
            int start, end;
            size_t j = i;
            z = times_first ? 0 : end_override(v, i, a, b, fd, base);
            if (z) {
                i = z;
                building = false;
                break;
            }
            if (k->kind == TK_H24) {
                start = 0;
                end = 1440;
            } else {
                bool entre = i > a && is_word(&v[i - 1], W_ENTRE);
                j = i + 1;
                if (j < b && (v[j].kind == TK_TO || (entre && v[j].kind == TK_AND)))
                    j++;
                else {
                    ok = false;
                    break;
                }
                while (j < b && (is_word(&v[j], W_LE) || is_word(&v[j], W_DE)))
                    j++;
                if (j >= b || v[j].kind != TK_TIME) {
                    ok = false;
                    break;
                }
                start = k->val == 1440 ? 0 : k->val;
                end = v[j].val;
                if (start == 1440 || end <= start) {
                    ok = false;
                    break;
                }
            }
            if (times_first && cur && pending < fd->n) {
                /* "9h-12h du lundi au vendredi, 14h-16h le samedi": the
                 * group just read takes the waiting ranges. */
                for (size_t q = pending; q < fd->n; q++)
                    fd->v[q].days = cur;
                pending = fd->n;
                given = cur;
                cur = 0;
            }
            unsigned days = times_first ? 0 : (cur ? cur : carry);
            if (!times_first && !days) {
                ok = false;
                break;
            }
            if (!push_found(fd, days, start, end, group_appt || appt_next)) {
                ok = false;
                break;
            }
            if (!times_first)
                group_ranges = true;
            building = false;
            i = j;
            break;
        }
        default:
            break;
        }
    }
    if (times_first && ok) {
        for (size_t q = pending; q < fd->n; q++) {
            /* "Le matin de 9h à 12h du lundi au vendredi, l'après-midi de
             * 14h à 17h": ranges after the last day group take its days */
            unsigned d = cur ? cur : given ? given : carry;
            if (!d && fd->v[q].start == 0 && fd->v[q].end == 1440)
                d = DAY_ALL; /* "24h/24" alone: every day */
            if (!d) {
                ok = false;
                break;
            }
            fd->v[q].days = d;
        }
    }
    for (size_t x = 0; ok && x < n_later; x++) {
        bool hit = false;
        for (size_t q = later[x].from; q < fd->n; q++) {
            const struct hours_range *h = &fd->v[q];
            if (later[x].period == 0 ||
                (later[x].period == 'm' ? h->end <= 780 : h->start >= 720)) {
                fd->v[q].days &= ~later[x].days;
                hit = true;
            }
        }
        ok = hit; /* "sauf le jeudi matin" next to "9h-17h": not understood */
    }
    for (size_t q = base; ok && q < fd->n; q++)
        if (fd->v[q].days == 0)
            ok = false;
    if (!ok || fd->n == base) {
        fd->n = base;
        r.verdict = V_NOTE;
        return r;
    }
    /* "Du lundi au vendredi de 7h30 à 12h et de 13h à 16h, le mercredi matin
     * uniquement": days of the previous group and a period, without times,
     * keep only that group's ranges of the period on those days. */
    if (!times_first && cur && !group_ranges && prev_group_start < group_start &&
        group_start == fd->n &&
        only_period(v, group_tok, b, fd, prev_group_start, group_start, cur))
        cur = 0;
    /* A day group left without times ("... et le samedi matin"). */
    r.dangling = !times_first && cur && !group_ranges;
    if (r.dangling) {
        size_t g = group_tok;
        while (g > a &&
               (v[g - 1].used || (v[g - 1].kind != TK_COMMA && v[g - 1].kind != TK_TIME &&
                                  v[g - 1].kind != TK_H24 && v[g - 1].kind != TK_AND)))
            g--;
        r.dangling_from = g;
    }
    if (!r.dangling && tail_unknown < b) {
        r.dangling = true;
        r.dangling_from = tail_unknown;
    }
    r.last_days = fd->v[fd->n - 1].days;
    r.verdict = V_RANGES;
    return r;
}

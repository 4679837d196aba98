/* Hours extractor, first step: one line of the opening section -> folded text
 * with an offset map -> tokens (days, times, words) for hours_sentence.c and
 * hours.c. */
#include "extract/hours_int.h"

#include <string.h>

#include "base/util.h"

/* ---- tokens ------------------------------------------------------------ */

/* Room for want tokens in t. */
static void tok_reserve(struct toks *t, size_t want)
{
    if (want <= t->cap)
        return;
    size_t cap = t->cap ? t->cap : 32;
    while (cap < want)
        cap *= 2;
    t->v = xrealloc(t->v, cap * sizeof *t->v);
    t->cap = cap;
}

static inline void tok_add(struct toks *t, enum tk kind, int val, size_t b, size_t e)
{
    if (t->n == t->cap)
        tok_reserve(t, t->n + 1);
    t->v[t->n++] = (struct tok){kind, val, b, e, false, 0, 0};
}

/* Single words, by first letter, the most frequent first (then alphabetical),
 * with their lengths. lead marks the first word of a phrase (below), tried only
 * after one: "rendez" and the other W_UNKNOWN words are there for that alone.
 * hours_lex_tables_ok checks the buckets, lengths and marks. */
struct word {
    const char *w;
    size_t len;
    enum tk kind;
    int val;
    bool lead;
};
static const struct word words_a[] = {
    {"a", 1, TK_TO, 0, false},
    {"au", 2, TK_TO, 0, false},
    {"aux", 3, TK_WORD, W_LE, false},
    {"accueil", 7, TK_WORD, W_ACCUEIL, false},
    {"apres", 5, TK_WORD, W_APRES, true},
    {"accueille", 9, TK_WORD, W_ACCUEIL, false},
    {"accueillent", 11, TK_WORD, W_ACCUEIL, false},
    {"accueillons", 11, TK_WORD, W_ACCUEIL, false},
    {"ainsi", 5, TK_WORD, W_FILL, false},
    {"aout", 4, TK_WORD, W_SEASON, false},
    {"appel", 5, TK_WORD, W_TEL, false},
    {"appels", 6, TK_WORD, W_TEL, false},
    {"astreinte", 9, TK_WORD, W_TEL, false},
    {"aussi", 5, TK_WORD, W_FILL, false},
    {"autres", 6, TK_WORD, W_UNKNOWN, true},
    {"avril", 5, TK_WORD, W_SEASON, false},
};
static const struct word words_b[] = {
    {"bureau", 6, TK_WORD, W_FILL, false},
    {"bureaux", 7, TK_WORD, W_FILL, false},
};
static const struct word words_c[] = {
    {"chaque", 6, TK_WORD, W_FILL, true},   {"clos", 4, TK_WORD, W_CLOSE, false},
    {"close", 5, TK_WORD, W_CLOSE, false},  {"closes", 6, TK_WORD, W_CLOSE, false},
    {"continu", 7, TK_WORD, W_FILL, false}, {"continue", 8, TK_WORD, W_FILL, false},
};
static const struct word words_d[] = {
    {"de", 2, TK_WORD, W_DE, false},           {"des", 3, TK_WORD, W_DE, false},
    {"du", 2, TK_WORD, W_DU, false},           {"d", 1, TK_WORD, W_DE, false},
    {"decembre", 8, TK_WORD, W_SEASON, false}, {"dim", 3, TK_DAY, DAY_SU, false},
    {"dimanche", 8, TK_DAY, DAY_SU, false},    {"dimanches", 9, TK_DAY, DAY_SU, false},
};
static const struct word words_e[] = {
    {"et", 2, TK_AND, 0, false},
    {"en", 2, TK_WORD, W_FILL, true},
    {"entre", 5, TK_WORD, W_ENTRE, false},
    {"egalement", 9, TK_WORD, W_FILL, false},
    {"est", 3, TK_WORD, W_FILL, false},
    {"estival", 7, TK_WORD, W_SEASON, false},
    {"estivale", 8, TK_WORD, W_SEASON, false},
    {"estivales", 9, TK_WORD, W_SEASON, false},
    {"estivaux", 8, TK_WORD, W_SEASON, false},
    {"ete", 3, TK_WORD, W_SEASON, false},
    {"excepte", 7, TK_WORD, W_SAUF, false},
    {"exclusivement", 13, TK_WORD, W_STRONG, false},
};
static const struct word words_f[] = {
    {"ferme", 5, TK_WORD, W_CLOSE, false},    {"fermeture", 9, TK_WORD, W_CLOSE, false},
    {"fermee", 6, TK_WORD, W_CLOSE, false},   {"fermees", 7, TK_WORD, W_CLOSE, false},
    {"fermes", 6, TK_WORD, W_CLOSE, false},   {"fermetures", 10, TK_WORD, W_CLOSE, false},
    {"fevrier", 7, TK_WORD, W_SEASON, false},
};
static const struct word words_h[] = {
    {"heure", 5, TK_WORD, W_FILL, false},
    {"heures", 6, TK_WORD, W_FILL, false},
    {"hiver", 5, TK_WORD, W_SEASON, false},
    {"hors", 4, TK_WORD, W_SAUF, false},
    {"hivernal", 8, TK_WORD, W_SEASON, false},
    {"hivernale", 9, TK_WORD, W_SEASON, false},
    {"hivernales", 10, TK_WORD, W_SEASON, false},
    {"hivernaux", 9, TK_WORD, W_SEASON, false},
    {"horaire", 7, TK_WORD, W_FILL, false},
    {"horaires", 8, TK_WORD, W_FILL, false},
};
static const struct word words_i[] = {
    {"inclus", 6, TK_WORD, W_FILL, false},
    {"interruption", 12, TK_WORD, W_FILL, false},
};
static const struct word words_j[] = {
    {"jeudi", 5, TK_DAY, DAY_TH, false},       {"jours", 5, TK_WORD, W_FILL, true},
    {"janvier", 7, TK_WORD, W_SEASON, false},  {"jeu", 3, TK_DAY, DAY_TH, false},
    {"jeudis", 6, TK_DAY, DAY_TH, false},      {"joignable", 9, TK_WORD, W_TEL, false},
    {"joignables", 10, TK_WORD, W_TEL, false}, {"jour", 4, TK_WORD, W_FILL, false},
    {"journee", 7, TK_WORD, W_FILL, false},    {"juillet", 7, TK_WORD, W_SEASON, false},
    {"juin", 4, TK_WORD, W_SEASON, false},     {"jusqu", 5, TK_WORD, W_UNKNOWN, true},
};
static const struct word words_l[] = {
    {"le", 2, TK_WORD, W_LE, false},     {"les", 3, TK_WORD, W_LE, false},
    {"la", 2, TK_WORD, W_LE, false},     {"l", 1, TK_WORD, W_LE, false},
    {"lundi", 5, TK_DAY, DAY_MO, false}, {"ligne", 5, TK_WORD, W_TEL, false},
    {"lun", 3, TK_DAY, DAY_MO, false},   {"lundis", 6, TK_DAY, DAY_MO, false},
};
static const struct word words_m[] = {
    {"mercredi", 8, TK_DAY, DAY_WE, false},   {"mardi", 5, TK_DAY, DAY_TU, false},
    {"matin", 5, TK_WORD, W_PERIOD, false},   {"midi", 4, TK_TIME, 720, false},
    {"mai", 3, TK_WORD, W_SEASON, false},     {"mar", 3, TK_DAY, DAY_TU, false},
    {"mardis", 6, TK_DAY, DAY_TU, false},     {"mars", 4, TK_WORD, W_SEASON, false},
    {"matinee", 7, TK_WORD, W_PERIOD, false}, {"matinees", 8, TK_WORD, W_PERIOD, false},
    {"matins", 6, TK_WORD, W_PERIOD, false},  {"mer", 3, TK_DAY, DAY_WE, false},
    {"merc", 4, TK_DAY, DAY_WE, false},       {"mercredis", 9, TK_DAY, DAY_WE, false},
    {"minuit", 6, TK_TIME, 1440, false},
};
static const struct word words_n[] = {
    {"non", 3, TK_WORD, W_FILL, false},
    {"nous", 4, TK_WORD, W_FILL, false},
    {"novembre", 8, TK_WORD, W_SEASON, false},
};
static const struct word words_o[] = {
    {"obligatoire", 11, TK_WORD, W_STRONG, false},
    {"obligatoirement", 15, TK_WORD, W_STRONG, false},
    {"octobre", 7, TK_WORD, W_SEASON, false},
    {"ouvert", 6, TK_WORD, W_FILL, false},
    {"ouverte", 7, TK_WORD, W_FILL, false},
    {"ouvertes", 8, TK_WORD, W_FILL, false},
    {"ouverts", 7, TK_WORD, W_FILL, false},
    {"ouverture", 9, TK_WORD, W_FILL, false},
    {"ouvertures", 10, TK_WORD, W_FILL, false},
    {"ouvre", 5, TK_WORD, W_FILL, false},
};
static const struct word words_p[] = {
    {"public", 6, TK_WORD, W_PUBLIC, false},
    {"prealable", 9, TK_WORD, W_STRONG, false},
    {"par", 3, TK_WORD, W_PAR, false},
    {"pendant", 7, TK_WORD, W_FILL, false},
    {"periode", 7, TK_WORD, W_SEASON, false},
    {"permanence", 10, TK_WORD, W_FILL, false},
    {"permanences", 11, TK_WORD, W_FILL, false},
    {"physique", 8, TK_WORD, W_PUBLIC, false},
    {"place", 5, TK_WORD, W_FILL, false},
    {"prise", 5, TK_WORD, W_FILL, false},
    {"puis", 4, TK_WORD, W_FILL, false},
};
static const struct word words_q[] = {
    {"que", 3, TK_WORD, W_FILL, false},
};
static const struct word words_r[] = {
    {"rendez", 6, TK_WORD, W_UNKNOWN, true},
    {"rdv", 3, TK_RDV, 0, false},
    {"recoit", 6, TK_WORD, W_ACCUEIL, false},
    {"r", 1, TK_WORD, W_UNKNOWN, true},
    {"reception", 9, TK_WORD, W_ACCUEIL, false},
    {"recevons", 8, TK_WORD, W_ACCUEIL, false},
    {"recoivent", 9, TK_WORD, W_ACCUEIL, false},
};
static const struct word words_s[] = {
    {"samedi", 6, TK_DAY, DAY_SA, false},
    {"sur", 3, TK_WORD, W_SUR, true},
    {"sauf", 4, TK_WORD, W_SAUF, false},
    {"saison", 6, TK_WORD, W_SEASON, false},
    {"sam", 3, TK_DAY, DAY_SA, false},
    {"samedis", 7, TK_DAY, DAY_SA, false},
    {"sans", 4, TK_WORD, W_SANS, false},
    {"scolaires", 9, TK_WORD, W_SEASON, false},
    {"secretariat", 11, TK_WORD, W_FILL, false},
    {"semaine", 7, TK_WORD, W_FILL, false},
    {"septembre", 9, TK_WORD, W_SEASON, false},
    {"seulement", 9, TK_WORD, W_STRONG, false},
    {"simple", 6, TK_WORD, W_FILL, false},
    {"soir", 4, TK_WORD, W_PERIOD, false},
    {"soiree", 6, TK_WORD, W_PERIOD, false},
    {"soirs", 5, TK_WORD, W_PERIOD, false},
    {"sont", 4, TK_WORD, W_FILL, false},
    {"standard", 8, TK_WORD, W_TEL, false},
    {"stop", 4, TK_WORD, W_FILL, false},
};
static const struct word words_t[] = {
    {"telephonique", 12, TK_WORD, W_TEL, false},
    {"tous", 4, TK_WORD, W_FILL, true},
    {"tel", 3, TK_WORD, W_TEL, false},
    {"telephone", 9, TK_WORD, W_TEL, false},
    {"telephoniques", 13, TK_WORD, W_TEL, false},
    {"toute", 5, TK_WORD, W_UNKNOWN, true},
    {"toutes", 6, TK_WORD, W_FILL, false},
};
static const struct word words_u[] = {
    {"uniquement", 10, TK_WORD, W_STRONG, false},
};
static const struct word words_v[] = {
    {"vendredi", 8, TK_DAY, DAY_FR, false},  {"vacances", 8, TK_WORD, W_SEASON, false},
    {"ven", 3, TK_DAY, DAY_FR, false},       {"vend", 4, TK_DAY, DAY_FR, false},
    {"vendredis", 9, TK_DAY, DAY_FR, false}, {"vous", 4, TK_WORD, W_FILL, false},
};
static const struct word words_w[] = {
    {"week", 4, TK_WORD, W_UNKNOWN, true},
};

#define BUCKET(c, l) [c - 'a'] = {words_##l, sizeof words_##l / sizeof words_##l[0]}
static const struct {
    const struct word *v;
    size_t n;
} words[26] = {
    BUCKET('a', a), BUCKET('b', b), BUCKET('c', c), BUCKET('d', d), BUCKET('e', e),
    BUCKET('f', f), BUCKET('h', h), BUCKET('i', i), BUCKET('j', j), BUCKET('l', l),
    BUCKET('m', m), BUCKET('n', n), BUCKET('o', o), BUCKET('p', p), BUCKET('q', q),
    BUCKET('r', r), BUCKET('s', s), BUCKET('t', t), BUCKET('u', u), BUCKET('v', v),
    BUCKET('w', w),
};
#undef BUCKET

/* Phrases tried before single words; ' ' matches spaces or a hyphen. */
static const struct {
    const char *p;
    enum tk kind;
    int val;
} phrases[] = {
    {"rendez vous", TK_RDV, 0},
    {"apres midi", TK_WORD, W_PERIOD},
    {"en semaine", TK_DAYSET, DAY_MO | DAY_TU | DAY_WE | DAY_TH | DAY_FR},
    /* "jours ouvrables": Monday to Saturday (the legal meaning); "jours
     * ouvrés": Monday to Friday */
    {"tous les jours ouvrables", TK_DAYSET,
     DAY_MO | DAY_TU | DAY_WE | DAY_TH | DAY_FR | DAY_SA},
    {"tous les jours ouvres", TK_DAYSET, DAY_MO | DAY_TU | DAY_WE | DAY_TH | DAY_FR},
    {"jours ouvrables", TK_DAYSET, DAY_MO | DAY_TU | DAY_WE | DAY_TH | DAY_FR | DAY_SA},
    {"jours ouvres", TK_DAYSET, DAY_MO | DAY_TU | DAY_WE | DAY_TH | DAY_FR},
    {"tous les jours", TK_DAYSET, DAY_ALL},
    {"tous les soirs", TK_DAYSET, DAY_ALL},
    {"toute la semaine", TK_DAYSET, DAY_ALL},
    {"chaque jour", TK_DAYSET, DAY_ALL},
    {"week end", TK_DAYSET, DAY_SA | DAY_SU},
    /* "les autres jours sur rendez-vous": days, but none a range can take */
    {"autres jours", TK_DAYSET, 0},
    {"jusqu'a", TK_TO, 0},
    {"jusqu a", TK_TO, 0},
    {"sur place", TK_WORD, W_FILL},
    {"r.d.v.", TK_RDV, 0},
    {"r.d.v", TK_RDV, 0},
};

static bool is_letter(unsigned char c)
{
    return ascii_isalpha(c) || c >= 0x80;
}

/* Length of phrase p matched at s, 0 when it does not match or does not end
 * at a word boundary. */
static size_t match_phrase(const char *s, const char *p)
{
    size_t i = 0;
    for (; *p; p++) {
        if (*p == ' ') {
            if (s[i] != ' ' && s[i] != '-')
                return 0;
            while (s[i] == ' ' || s[i] == '-')
                i++;
        } else {
            if (s[i] != *p)
                return 0;
            i++;
        }
    }
    if (is_letter((unsigned char)s[i]) && is_letter((unsigned char)s[i - 1]))
        return 0;
    return i;
}

static size_t skip_sp(const char *s, size_t i)
{
    while (s[i] == ' ')
        i++;
    return i;
}

static size_t digits(const char *s, size_t i, int *val)
{
    size_t k = i;
    int v = 0;
    while (ascii_isdigit((unsigned char)s[k])) {
        if (k - i < 6)
            v = v * 10 + (s[k] - '0');
        k++;
    }
    *val = v;
    return k - i;
}

/* "h" or "heure(s)" at s+i; returns its length or 0. */
static size_t hour_mark(const char *s, size_t i)
{
    if (s[i] != 'h')
        return 0;
    if (s[i + 1] == 'e') {
        size_t n = match_phrase(s + i, "heures");
        if (!n)
            n = match_phrase(s + i, "heure");
        if (n)
            return n;
    }
    /* "9h", "9h30" / "9h00": 'h' directly followed by digits. */
    return is_letter((unsigned char)s[i + 1]) ? 0 : 1;
}

/* Numbers at s+i: times "9h", "9 h 30", "09:00", "9.00", "24h/24", "7j/7"; else a
 * plain number (with a suffix like "er"). Adds one token; returns the end. */
static size_t lex_number(const char *s, size_t i, struct toks *t)
{
    int h, m;
    size_t nd = digits(s, i, &h), k = i + nd;

    /* "24h/24", "24 h / 24", "24h sur 24" */
    if (h == 24 && nd == 2) {
        size_t q = skip_sp(s, k);
        size_t hm = hour_mark(s, q);
        if (hm) {
            q = skip_sp(s, q + hm);
            size_t r = 0;
            if (s[q] == '/')
                r = skip_sp(s, q + 1);
            else if (match_phrase(s + q, "sur "))
                r = q + match_phrase(s + q, "sur ");
            int v;
            if (r && digits(s, r, &v) == 2 && v == 24) {
                tok_add(t, TK_H24, 0, i, r + 2);
                return r + 2;
            }
        }
    }
    /* "7j/7", "7 j/7", "7/7", "7j sur 7", "7 jours sur 7" */
    if (h == 7 && nd == 1) {
        size_t q = skip_sp(s, k), r = 0;
        size_t jl = match_phrase(s + q, "jours");
        if (!jl)
            jl = match_phrase(s + q, "j");
        if (!jl && s[q] == 'j' && s[q + 1] == '/')
            jl = 1;
        q = skip_sp(s, q + jl);
        if (s[q] == '/')
            r = skip_sp(s, q + 1);
        else if (jl && match_phrase(s + q, "sur "))
            r = q + match_phrase(s + q, "sur ");
        int v;
        if (r && digits(s, r, &v) == 1 && v == 7 && !is_letter((unsigned char)s[r + 1])) {
            tok_add(t, TK_DAYSET, DAY_ALL, i, r + 1);
            return r + 1;
        }
    }
    if (nd <= 2) {
        /* "09:00" */
        if (s[k] == ':' && ascii_isdigit((unsigned char)s[k + 1])) {
            size_t md = digits(s, k + 1, &m);
            if (md == 2 && !is_letter((unsigned char)s[k + 3]) && h <= 24 && m < 60 &&
                !(h == 24 && m)) {
                tok_add(t, TK_TIME, h * 60 + m, i, k + 3);
                return k + 3;
            }
        }
        /* "9.00", "12.30" (not "03.53.01..." nor a date "14.07.2023") */
        if (s[k] == '.' && ascii_isdigit((unsigned char)s[k + 1])) {
            size_t md = digits(s, k + 1, &m);
            if (md == 2 && !is_letter((unsigned char)s[k + 3]) &&
                !(s[k + 3] == '.' && ascii_isdigit((unsigned char)s[k + 4])) &&
                (i == 0 || s[i - 1] != '.') && h <= 24 && m < 60 && !(h == 24 && m)) {
                tok_add(t, TK_TIME, h * 60 + m, i, k + 3);
                return k + 3;
            }
        }
        size_t q = skip_sp(s, k);
        size_t hm = hour_mark(s, q);
        if (hm && h <= 24) {
            size_t end = q + hm;
            m = 0;
            size_t r = skip_sp(s, end);
            int mm;
            size_t md = digits(s, r, &mm);
            if (md == 2 && !is_letter((unsigned char)s[r + 2])) {
                m = mm;
                end = r + 2;
            } else if (md) {
                goto plain;
            }
            if (m >= 60 || (h == 24 && m))
                goto plain;
            tok_add(t, TK_TIME, h * 60 + m, i, end);
            return end;
        }
    }
plain:
    while (is_letter((unsigned char)s[k]))
        k++;
    tok_add(t, TK_NUM, h, i, k);
    return k;
}

/* TK_DAY (the day in *val) when the two letters at s[i..e) name a day in a
 * list of days, else TK_WORD (*val unchanged). */
static enum tk short_day(const char *s, size_t i, size_t e, const struct toks *t,
                         int *val)
{
    static const struct {
        char w[3];
        int day;
    } days[] = {{"lu", DAY_MO}, {"ma", DAY_TU}, {"me", DAY_WE}, {"je", DAY_TH},
                {"ve", DAY_FR}, {"sa", DAY_SA}, {"di", DAY_SU}};
    int day = 0;
    for (size_t k = 0; k < sizeof days / sizeof days[0] && !day; k++)
        if (s[i] == days[k].w[0] && s[i + 1] == days[k].w[1])
            day = days[k].day;
    if (!day)
        return TK_WORD;
    if (t->n > 0) {
        enum tk p = t->v[t->n - 1].kind;
        if (p != TK_COMMA && p != TK_END && p != TK_AND && p != TK_TO && p != TK_DAY)
            return TK_WORD;
    }
    size_t q = skip_sp(s, e);
    bool list = s[q] == ',' || s[q] == ':' || s[q] == '-' || s[q] == '/' ||
                (s[q] == 'e' && s[q + 1] == 't' && s[q + 2] == ' ');
    if (!list)
        return TK_WORD;
    *val = day;
    return TK_DAY;
}

/* The entry of words[] spelt by the n letters at s, or NULL. */
static const struct word *find_word(const char *s, size_t n)
{
    unsigned char c = (unsigned char)s[0];
    if (c < 'a' || c > 'z')
        return NULL;
    const struct word *v = words[c - 'a'].v;
    for (size_t k = 0; k < words[c - 'a'].n; k++) {
        if (v[k].len != n)
            continue;
        size_t j = 1; /* the first letter matches */
        while (j < n && v[k].w[j] == s[j])
            j++;
        if (j == n)
            return &v[k];
    }
    return NULL;
}

/* Letters at the start of phrase p. */
static size_t lead_len(const char *p)
{
    size_t n = 0;
    while (ascii_isalpha((unsigned char)p[n]))
        n++;
    return n;
}

bool hours_lex_tables_ok(void)
{
    for (size_t c = 0; c < 26; c++) {
        const struct word *v = words[c].v;
        for (size_t k = 0; k < words[c].n; k++) {
            if (v[k].len != strlen(v[k].w) || v[k].len == 0 ||
                lead_len(v[k].w) != v[k].len || v[k].w[0] != (char)('a' + c))
                return false;
            for (size_t q = 0; q < k; q++)
                if (strcmp(v[q].w, v[k].w) == 0)
                    return false;
        }
    }
    /* A phrase matches only where its first word does, whole (a non-letter
     * follows it in the phrase): that word must be marked. */
    for (size_t k = 0; k < sizeof phrases / sizeof phrases[0]; k++) {
        size_t n = lead_len(phrases[k].p);
        if (n == 0 || phrases[k].p[n] == '\0')
            return false;
        const struct word *w = find_word(phrases[k].p, n);
        if (!w || !w->lead)
            return false;
    }
    return true;
}

static void lex_word(const char *s, size_t *pi, struct toks *t)
{
    size_t i = *pi;
    size_t e = i;
    while (is_letter((unsigned char)s[e]))
        e++;
    size_t n = e - i;
    enum tk kind = TK_WORD;
    int val = W_UNKNOWN;
    const struct word *w = find_word(s + i, n);
    /* Phrases first, where one may start: after the first word of some phrase. */
    for (size_t k = 0; w && w->lead && k < sizeof phrases / sizeof phrases[0]; k++) {
        if (phrases[k].p[0] != s[i]) /* no phrase starts with a space */
            continue;
        size_t pn = match_phrase(s + i, phrases[k].p);
        if (pn) {
            tok_add(t, phrases[k].kind, phrases[k].val, i, i + pn);
            if (phrases[k].kind == TK_WORD && phrases[k].val == W_PERIOD)
                t->v[t->n - 1].period = 'a'; /* "après-midi" */
            *pi = i + pn;
            return;
        }
    }
    if (w) {
        kind = w->kind;
        val = w->val;
    }
    /* "Lu, ma, je, ve : 8h-19h ; sa : 9h-12h": two-letter day names, which
     * are also words ("je", "sa"), only in a list of days: after the start,
     * a separator or "et", and before ",", ":", "-", "/" or "et". */
    if (kind == TK_WORD && val == W_UNKNOWN && n == 2)
        kind = short_day(s, i, e, t, &val);
    if (kind == TK_DAY && n <= 4 && s[e] == '.')
        e++;
    tok_add(t, kind, val, i, e);
    if (kind == TK_WORD && val == W_PERIOD)
        t->v[t->n - 1].period = s[i] == 'm' ? 'm' : 'a';
    *pi = e;
}

void hours_lex(const char *s, struct toks *t)
{
    size_t i = 0;
    /* about one token in 4 bytes: room for most lines at once */
    tok_reserve(t, t->n + strlen(s) / 2 + 16);
    while (s[i]) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\'' || c == '"' || c == '*' || c == '_') {
            i++;
        } else if (ascii_isdigit(c)) {
            i = lex_number(s, i, t);
        } else if (is_letter(c)) {
            lex_word(s, &i, t);
        } else {
            enum tk kind;
            switch (c) {
            case '-':
            case '/':
            case '|': /* "8h45-12h15 | 13h30-17h15" */
                kind = TK_TO;
                break;
            case '&':
            case '+':
                kind = TK_AND;
                break;
            case ',':
            case '(':
            case ')':
            case ':':
            case '[':
            case ']':
                kind = TK_COMMA;
                break;
            case '.':
            case ';':
            case '!':
            case '?':
                kind = TK_END;
                break;
            default:
                kind = TK_NUM; /* any other sign: not understood */
                break;
            }
            tok_add(t, kind, 0, i, i + 1);
            t->v[t->n - 1].sep = (char)c;
            i++;
        }
    }
}

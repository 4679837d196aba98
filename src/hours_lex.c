/* Hours extractor, first step: one line of the opening section -> folded text
 * with an offset map -> tokens (days, times, words) for hours_sentence.c and
 * hours.c. */
#include "hours_int.h"

#include <string.h>

#include <utf8proc.h>

#include "util.h"

/* ---- folding with an offset map --------------------------------------- */

static void fold_put(struct fold *f, char c, size_t off)
{
    if (f->len + 2 > f->cap) {
        f->cap = f->cap ? f->cap * 2 : 64;
        f->s = xrealloc(f->s, f->cap);
        f->orig = xrealloc(f->orig, f->cap * sizeof *f->orig);
    }
    f->s[f->len] = c;
    f->orig[f->len] = off;
    f->len++;
}

/* Punctuation French typesetting varies on, mapped to one ASCII form. */
static int fold_punct(utf8proc_int32_t cp)
{
    switch (cp) {
    case 0x2019:
    case 0x2018:
    case 0x02bc:
    case 0x00b4:
        return '\'';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2212:
        return '-';
    case 0x00a0:
    case 0x202f:
    case 0x2009:
    case 0x2007:
    case '\t':
        return ' ';
    case 0x00ab:
    case 0x00bb:
    case 0x201c:
    case 0x201d:
        return '"';
    case 0x2026:
        return '.';
    default:
        return 0;
    }
}

void hours_fold_line(const char *text, struct fold *f)
{
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)text;
    size_t n = strlen(text), i = 0;
    while (i < n) {
        if (p[i] < 0x80 && p[i] != '\t') {
            /* the ASCII case below, without decoding (fold_punct maps no
             * other ASCII character) */
            fold_put(f, (char)ascii_tolower(p[i]), i);
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(p + i, (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0) {
            fold_put(f, '?', i);
            i++;
            continue;
        }
        int a = fold_punct(cp);
        if (a) {
            fold_put(f, (char)a, i);
        } else if (cp < 0x80) {
            fold_put(f, (char)ascii_tolower(cp), i);
        } else {
            utf8proc_int32_t buf[8];
            int bound = 0;
            utf8proc_ssize_t m = utf8proc_decompose_char(
                cp, buf, 8, UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK,
                &bound);
            if (m < 0 || m > 8) {
                fold_put(f, '?', i);
            } else {
                for (utf8proc_ssize_t j = 0; j < m; j++) {
                    utf8proc_uint8_t enc[4];
                    utf8proc_ssize_t el = utf8proc_encode_char(buf[j], enc);
                    for (utf8proc_ssize_t b = 0; b < el; b++)
                        fold_put(f, (char)enc[b], i);
                }
            }
        }
        i += (size_t)k;
    }
    fold_put(f, '\0', n);
    f->len--;
}

/* ---- tokens ------------------------------------------------------------ */

static void tok_add(struct toks *t, enum tk kind, int val, size_t b, size_t e)
{
    if (t->n == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 32;
        t->v = xrealloc(t->v, t->cap * sizeof *t->v);
    }
    t->v[t->n++] = (struct tok){kind, val, b, e, false, 0, 0};
}

static const struct {
    const char *w;
    enum tk kind;
    int val;
} words[] = {
    {"lundi", TK_DAY, DAY_MO},
    {"lundis", TK_DAY, DAY_MO},
    {"lun", TK_DAY, DAY_MO},
    {"mardi", TK_DAY, DAY_TU},
    {"mardis", TK_DAY, DAY_TU},
    {"mar", TK_DAY, DAY_TU},
    {"mercredi", TK_DAY, DAY_WE},
    {"mercredis", TK_DAY, DAY_WE},
    {"mer", TK_DAY, DAY_WE},
    {"merc", TK_DAY, DAY_WE},
    {"jeudi", TK_DAY, DAY_TH},
    {"jeudis", TK_DAY, DAY_TH},
    {"jeu", TK_DAY, DAY_TH},
    {"vendredi", TK_DAY, DAY_FR},
    {"vendredis", TK_DAY, DAY_FR},
    {"ven", TK_DAY, DAY_FR},
    {"vend", TK_DAY, DAY_FR},
    {"samedi", TK_DAY, DAY_SA},
    {"samedis", TK_DAY, DAY_SA},
    {"sam", TK_DAY, DAY_SA},
    {"dimanche", TK_DAY, DAY_SU},
    {"dimanches", TK_DAY, DAY_SU},
    {"dim", TK_DAY, DAY_SU},
    {"midi", TK_TIME, 720},
    {"minuit", TK_TIME, 1440},
    {"a", TK_TO, 0},
    {"au", TK_TO, 0},
    {"et", TK_AND, 0},
    {"rdv", TK_RDV, 0},
    {"du", TK_WORD, W_DU},
    {"de", TK_WORD, W_DE},
    {"des", TK_WORD, W_DE},
    {"d", TK_WORD, W_DE},
    {"le", TK_WORD, W_LE},
    {"la", TK_WORD, W_LE},
    {"les", TK_WORD, W_LE},
    {"l", TK_WORD, W_LE},
    {"aux", TK_WORD, W_LE},
    {"entre", TK_WORD, W_ENTRE},
    {"sur", TK_WORD, W_SUR},
    {"par", TK_WORD, W_PAR},
    {"apres", TK_WORD, W_APRES},
    {"sans", TK_WORD, W_SANS},
    {"uniquement", TK_WORD, W_STRONG},
    {"exclusivement", TK_WORD, W_STRONG},
    {"seulement", TK_WORD, W_STRONG},
    {"obligatoire", TK_WORD, W_STRONG},
    {"obligatoirement", TK_WORD, W_STRONG},
    {"prealable", TK_WORD, W_STRONG},
    {"accueil", TK_WORD, W_ACCUEIL},
    {"accueille", TK_WORD, W_ACCUEIL},
    {"accueillons", TK_WORD, W_ACCUEIL},
    {"accueillent", TK_WORD, W_ACCUEIL},
    {"reception", TK_WORD, W_ACCUEIL},
    {"recoit", TK_WORD, W_ACCUEIL},
    {"recoivent", TK_WORD, W_ACCUEIL},
    {"recevons", TK_WORD, W_ACCUEIL},
    {"sauf", TK_WORD, W_SAUF},
    {"excepte", TK_WORD, W_SAUF},
    {"ferme", TK_WORD, W_CLOSE},
    {"fermee", TK_WORD, W_CLOSE},
    {"fermes", TK_WORD, W_CLOSE},
    {"fermees", TK_WORD, W_CLOSE},
    {"fermeture", TK_WORD, W_CLOSE},
    {"fermetures", TK_WORD, W_CLOSE},
    {"clos", TK_WORD, W_CLOSE},
    {"close", TK_WORD, W_CLOSE},
    {"closes", TK_WORD, W_CLOSE},
    {"matin", TK_WORD, W_PERIOD},
    {"matins", TK_WORD, W_PERIOD},
    {"matinee", TK_WORD, W_PERIOD},
    {"matinees", TK_WORD, W_PERIOD},
    {"soir", TK_WORD, W_PERIOD},
    {"soirs", TK_WORD, W_PERIOD},
    {"soiree", TK_WORD, W_PERIOD},
    {"telephonique", TK_WORD, W_TEL},
    {"telephoniques", TK_WORD, W_TEL},
    {"telephone", TK_WORD, W_TEL},
    {"tel", TK_WORD, W_TEL},
    {"standard", TK_WORD, W_TEL},
    {"ligne", TK_WORD, W_TEL},
    {"astreinte", TK_WORD, W_TEL},
    {"joignable", TK_WORD, W_TEL},
    {"joignables", TK_WORD, W_TEL},
    {"appel", TK_WORD, W_TEL},
    {"appels", TK_WORD, W_TEL},
    {"ete", TK_WORD, W_SEASON},
    {"hiver", TK_WORD, W_SEASON},
    {"estival", TK_WORD, W_SEASON},
    {"estivale", TK_WORD, W_SEASON},
    {"estivaux", TK_WORD, W_SEASON},
    {"estivales", TK_WORD, W_SEASON},
    {"hivernal", TK_WORD, W_SEASON},
    {"hivernale", TK_WORD, W_SEASON},
    {"hivernaux", TK_WORD, W_SEASON},
    {"hivernales", TK_WORD, W_SEASON},
    {"vacances", TK_WORD, W_SEASON},
    {"scolaires", TK_WORD, W_SEASON},
    {"saison", TK_WORD, W_SEASON},
    {"periode", TK_WORD, W_SEASON},
    {"janvier", TK_WORD, W_SEASON},
    {"fevrier", TK_WORD, W_SEASON},
    {"mars", TK_WORD, W_SEASON},
    {"avril", TK_WORD, W_SEASON},
    {"mai", TK_WORD, W_SEASON},
    {"juin", TK_WORD, W_SEASON},
    {"juillet", TK_WORD, W_SEASON},
    {"aout", TK_WORD, W_SEASON},
    {"septembre", TK_WORD, W_SEASON},
    {"octobre", TK_WORD, W_SEASON},
    {"novembre", TK_WORD, W_SEASON},
    {"decembre", TK_WORD, W_SEASON},
    {"public", TK_WORD, W_PUBLIC},
    {"physique", TK_WORD, W_PUBLIC},
    {"ouvert", TK_WORD, W_FILL},
    {"ouverte", TK_WORD, W_FILL},
    {"ouverts", TK_WORD, W_FILL},
    {"ouvertes", TK_WORD, W_FILL},
    {"ouverture", TK_WORD, W_FILL},
    {"ouvertures", TK_WORD, W_FILL},
    {"ouvre", TK_WORD, W_FILL},
    {"horaire", TK_WORD, W_FILL},
    {"horaires", TK_WORD, W_FILL},
    {"place", TK_WORD, W_FILL},
    {"permanence", TK_WORD, W_FILL},
    {"permanences", TK_WORD, W_FILL},
    {"bureau", TK_WORD, W_FILL},
    {"bureaux", TK_WORD, W_FILL},
    {"secretariat", TK_WORD, W_FILL},
    {"nous", TK_WORD, W_FILL},
    {"vous", TK_WORD, W_FILL},
    {"est", TK_WORD, W_FILL},
    {"sont", TK_WORD, W_FILL},
    {"heure", TK_WORD, W_FILL},
    {"heures", TK_WORD, W_FILL},
    {"interruption", TK_WORD, W_FILL},
    {"continu", TK_WORD, W_FILL},
    {"continue", TK_WORD, W_FILL},
    {"journee", TK_WORD, W_FILL},
    {"inclus", TK_WORD, W_FILL},
    {"egalement", TK_WORD, W_FILL},
    {"aussi", TK_WORD, W_FILL},
    {"puis", TK_WORD, W_FILL},
    {"ainsi", TK_WORD, W_FILL},
    {"que", TK_WORD, W_FILL},
    {"chaque", TK_WORD, W_FILL},
    {"tous", TK_WORD, W_FILL},
    {"toutes", TK_WORD, W_FILL},
    {"jour", TK_WORD, W_FILL},
    {"jours", TK_WORD, W_FILL},
    {"semaine", TK_WORD, W_FILL},
    {"simple", TK_WORD, W_FILL},
    {"prise", TK_WORD, W_FILL},
    {"non", TK_WORD, W_FILL},
    {"stop", TK_WORD, W_FILL},
    {"en", TK_WORD, W_FILL},
    {"pendant", TK_WORD, W_FILL},
};

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
    size_t n = match_phrase(s + i, "heures");
    if (!n)
        n = match_phrase(s + i, "heure");
    if (n)
        return n;
    if (s[i] == 'h' && !is_letter((unsigned char)s[i + 1]))
        return 1;
    /* "9h30" / "9h00": 'h' directly followed by digits. */
    if (s[i] == 'h' && ascii_isdigit((unsigned char)s[i + 1]))
        return 1;
    return 0;
}

/* Numbers at s+i: times "9h", "9 h 30", "09:00", "24h/24", "7j/7"; else a
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

static void lex_word(const char *s, size_t *pi, struct toks *t)
{
    size_t i = *pi;
    for (size_t k = 0; k < sizeof phrases / sizeof phrases[0]; k++) {
        if (phrases[k].p[0] != s[i]) /* no phrase starts with a space */
            continue;
        size_t n = match_phrase(s + i, phrases[k].p);
        if (n) {
            tok_add(t, phrases[k].kind, phrases[k].val, i, i + n);
            if (phrases[k].kind == TK_WORD && phrases[k].val == W_PERIOD)
                t->v[t->n - 1].period = 'a'; /* "après-midi" */
            *pi = i + n;
            return;
        }
    }
    size_t e = i;
    while (is_letter((unsigned char)s[e]))
        e++;
    size_t n = e - i;
    enum tk kind = TK_WORD;
    int val = W_UNKNOWN;
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++) {
        if (words[k].w[0] == s[i] && strlen(words[k].w) == n &&
            memcmp(words[k].w, s + i, n) == 0) {
            kind = words[k].kind;
            val = words[k].val;
            break;
        }
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

/* Extractor: the opening section. Its plain-text lines (from parse.c) -> the
 * model's appointment rule, weekly ranges, closures and notes. Each line is folded
 * (lower case, no accents), cut into tokens that keep their source offsets, then
 * read sentence by sentence; anything not clearly understood becomes a note. */
#include "hours.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "strbuf.h"
#include "util.h"

/* ---- folding with an offset map --------------------------------------- */

/* Folded text of one line: every byte of s comes from the source character
 * starting at byte orig[i] of the line; orig[len] is the line's length. */
struct fold {
    char *s;
    size_t *orig;
    size_t len, cap;
};

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

static void fold_line(const char *text, struct fold *f)
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

enum tk {
    TK_DAY,    /* val = DAY_* bits of one day */
    TK_DAYSET, /* val = bits: "en semaine", "tous les jours", "7j/7" */
    TK_TIME,   /* val = minutes; minuit = 1440 */
    TK_H24,    /* "24h/24" */
    TK_TO,     /* "-", "/", "à", "au", "jusqu'à" */
    TK_AND,    /* "et", "&", "+" */
    TK_COMMA,  /* "," "(" ")" ":" */
    TK_END,    /* "." ";" "!" "?": end of a sentence */
    TK_RDV,    /* "rendez-vous", "RDV" */
    TK_NUM,    /* a number that is no time ("1er", "15") */
    TK_WORD,   /* val = enum wk */
};

enum wk {
    W_UNKNOWN,
    W_FILL,
    W_DU,
    W_DE,
    W_LE,
    W_ENTRE,
    W_SUR,
    W_PAR,
    W_APRES,
    W_SANS,
    W_STRONG,
    W_ACCUEIL,
    W_SAUF,
    W_CLOSE,
    W_PERIOD,
    W_TEL,
    W_PUBLIC,
    W_SEASON, /* "été", "vacances", a month: hours that are not the weekly ones */
};

struct tok {
    enum tk kind;
    int val;
    size_t b, e; /* byte span in the folded text */
    bool used;   /* taken by a closure */
    char sep;    /* TK_COMMA / TK_END: the character */
    char period; /* W_PERIOD: 'm' morning, 'a' afternoon or evening */
};

struct toks {
    struct tok *v;
    size_t n, cap;
};

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
    /* "lun." "sept." : an abbreviation's dot ends no sentence. */
    if (kind == TK_DAY && n <= 4 && s[e] == '.')
        e++;
    tok_add(t, kind, val, i, e);
    if (kind == TK_WORD && val == W_PERIOD)
        t->v[t->n - 1].period = s[i] == 'm' ? 'm' : 'a';
    *pi = e;
}

static void lex(const char *s, struct toks *t)
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

static bool is_word(const struct tok *k, enum wk w)
{
    return k->kind == TK_WORD && k->val == (int)w;
}

/* ---- one line ---------------------------------------------------------- */

enum appt_kind { APPT_NONE, APPT_WEAK, APPT_STRONG };

/* A sentence that states an appointment rule without times; resolved once
 * the whole section is read. */
struct appt_rule {
    enum appt_kind kind;
    bool days, period;
    bool others; /* "les autres jours": days no range names */
    int line;
    char *text;
};

struct ctx {
    struct entry *e;
    struct appt_rule *rules;
    size_t n_rules, cap_rules;
    unsigned carry;     /* days of the last day group, for a following line */
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
 * de 14h à 17h, fermé le mardi matin"). Tokens (i, e) follow the closing word. */
static bool day_exception(const struct tok *v, size_t a, size_t b, size_t i, size_t e)
{
    bool day = false;
    char period = 0;
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
        }
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
        if (v[i].val == W_CLOSE && day_exception(v, a, b, i, e))
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

/* Ranges found in one sentence, before they are committed. */
struct found {
    struct hours_range v[32];
    size_t n;
};

enum verdict { V_EMPTY, V_RANGES, V_APPT, V_WALKIN, V_NOTE };

struct sent_result {
    enum verdict verdict;
    enum appt_kind appt;
    bool days, period, dangling;
    bool others;          /* names "les autres jours" */
    size_t dangling_from; /* first token of the clause of a day group left
                             without times */
    unsigned last_days;
};

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
    fd->v[fd->n++] = (struct hours_range){days, start, end, appt, 0};
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

/* Cut break [from, to) out of every range of r[0..*n) holding it; new ranges
 * are appended up to cap. True when some range held it. */
static bool cut_range(struct hours_range *r, size_t *n, size_t cap, int from, int to)
{
    bool hit = false;
    size_t n0 = *n;
    for (size_t q = 0; q < n0; q++) {
        if (!(r[q].start < from && to < r[q].end) || *n == cap)
            continue;
        r[*n] = r[q];
        r[*n].start = to;
        (*n)++;
        r[q].end = from;
        hit = true;
    }
    return hit;
}

/* Move the start of day d's first range holding t to t: that range is
 * split off for d when it serves other days. r[0..*n), cap as cut_range. */
static bool start_day(struct hours_range *r, size_t *n, size_t cap, unsigned d, int t)
{
    size_t best = SIZE_MAX;
    for (size_t q = 0; q < *n; q++)
        if ((r[q].days & d) && (best == SIZE_MAX || r[q].start < r[best].start))
            best = q;
    if (best == SIZE_MAX || t <= r[best].start || t >= r[best].end)
        return false;
    if (r[best].days == d) {
        r[best].start = t;
        return true;
    }
    if (*n == cap)
        return false;
    r[*n] = r[best];
    r[*n].days = d;
    r[*n].start = t;
    (*n)++;
    r[best].days &= ~d;
    return true;
}

/* "Le jeudi : ouverture à 10h.", "Le mardi, ouvert à partir de 10h": a start
 * time for some days (tokens [a, b)). The opening word is checked in the
 * folded text s. Sets the days and the time. */
static bool start_override(const char *s, const struct tok *v, size_t a, size_t b,
                           unsigned *days, int *t)
{
    size_t i = a;
    unsigned d = 0;
    while (i < b && (v[i].used || is_word(&v[i], W_LE)))
        i++;
    for (; i < b && !v[i].used; i++) {
        if (v[i].kind == TK_DAY)
            d |= (unsigned)v[i].val;
        else if (!(v[i].kind == TK_AND || is_word(&v[i], W_LE) ||
                   (v[i].kind == TK_COMMA && v[i].sep == ',')))
            break;
    }
    if (!d)
        return false;
    if (i < b && v[i].kind == TK_COMMA && (v[i].sep == ':' || v[i].sep == ','))
        i++;
    bool opening = false;
    for (; i < b && v[i].kind == TK_WORD && v[i].val == W_FILL; i++)
        opening = opening || strncmp(s + v[i].b, "ouv", 3) == 0;
    if (!opening || i >= b || v[i].kind != TK_TO)
        return false;
    i++;
    /* "à partir de 10h" */
    if (i + 1 < b && v[i].kind == TK_WORD && v[i].e - v[i].b == 6 &&
        strncmp(s + v[i].b, "partir", 6) == 0 && is_word(&v[i + 1], W_DE))
        i += 2;
    if (i >= b || v[i].kind != TK_TIME)
        return false;
    *t = v[i].val;
    for (i++; i < b; i++)
        if (!v[i].used && v[i].kind != TK_END && v[i].kind != TK_COMMA)
            return false;
    *days = d;
    return true;
}

/* Read the hours of one sentence (tokens [a, b) not used by a closure).
 * Days named apply to the ranges that follow them until the next day group;
 * when the sentence names times first ("de 9h à 17h du lundi au vendredi")
 * the ranges take the day group that follows. */
static struct sent_result read_sentence(const struct tok *v, size_t a, size_t b,
                                        unsigned carry, struct found *fd)
{
    struct sent_result r = {.verdict = V_EMPTY, .appt = APPT_NONE};
    bool has_time = false, unknown = false, tel = false, for_public = false;
    bool strong = false, accueil = false, sans = false, content = false;
    size_t first_time = b, first_day = b;

    /* Pass 1: what the sentence holds, and where each appointment marker and
     * each word not understood is. */
    bool appt_at[256] = {false}, unk_at[256] = {false};
    bool season = false;
    size_t last_anchor = a;
    if (b - a > sizeof appt_at / sizeof appt_at[0])
        return (struct sent_result){.verdict = V_NOTE, .appt = APPT_NONE};
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
    if (!has_time) {
        if (appt && !unknown) {
            r.verdict = V_APPT;
            r.appt = strong || accueil ? APPT_STRONG : APPT_WEAK;
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
                if (times_first && pending < fd->n) {
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
            unsigned d = cur ? cur : carry;
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
            if (later[x].period == 'm' ? h->end <= 780 : h->start >= 720) {
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

static void add_rule(struct ctx *c, const struct sent_result *r, int line, char *text)
{
    if (c->n_rules == c->cap_rules) {
        c->cap_rules = c->cap_rules ? c->cap_rules * 2 : 4;
        c->rules = xrealloc(c->rules, c->cap_rules * sizeof *c->rules);
    }
    c->rules[c->n_rules++] =
        (struct appt_rule){r->appt, r->days, r->period, r->others, line, text};
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
        if (cut_range(fd->v, &fd->n, cap, br->from, br->to))
            continue;
        bool hit = false;
        size_t n0 = h->n;
        for (size_t q = c->first_range; q < n0; q++) {
            struct hours_range r[2] = {h->v[q]};
            size_t n = 1;
            if (cut_range(r, &n, 2, br->from, br->to)) {
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
            ok = start_day(fd->v, &fd->n, cap, 1u << d, t);
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
        if ((days & (1u << d)) && !start_day(sec.v, &sec.n, cap, 1u << d, t))
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

static void do_line(struct ctx *c, const struct text_line *tl, bool continues)
{
    struct line l = {.text = tl->text, .tl = tl, .lineno = tl->line};
    fold_line(tl->text, &l.f);
    lex(l.f.s, &l.t);
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

    struct found fd = {.n = 0};
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
        if (start_override(l.f.s, v, starts[s], ends[s], &od, &ot) &&
            apply_start(c, &fd, od, ot)) {
            n_content++;
            continue;
        }
        struct sent_result r = read_sentence(v, starts[s], ends[s], carry, &fd);
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
    free(l.f.s);
    free(l.f.orig);
    free(l.t.v);
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
        } else if (r->period) {
            /* "sur rendez-vous le samedi matin": no times to give */
            if (!has_ranges)
                e->appointment_only = true;
            add_note(&c, r->line, r->text);
            r->text = NULL;
        } else if (!has_ranges) {
            e->appointment_only = true;
        } else if (r->days) {
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

void hours_format(int minutes, char *buf, size_t size)
{
    if (size == 0)
        return;
    if (minutes < 0)
        minutes = 0;
    if (minutes > 1440)
        minutes = 1440;
    snprintf(buf, size, "%02d:%02d", minutes / 60, minutes % 60);
}

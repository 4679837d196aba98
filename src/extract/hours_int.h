/* Private to the hours extractor (hours*.c). One line of the opening section
 * is folded and cut into tokens (hours_lex.c); closures and breaks are taken
 * out of each sentence (hours_closure.c); the grammar reads what is left into
 * items (hours_items.c) and combines them into groups of days and ranges by
 * its rules (hours_grammar.c); the edits of ranges live in hours_adjust.c;
 * the lines, labels and the section as a whole in hours.c. */
#ifndef FICHE_HOURS_INT_H
#define FICHE_HOURS_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/text.h"
#include "model/entry.h"

/* ---- tokens (hours_lex.c) ------------------------------------------------ */

enum tk {
    TK_DAY,    /* val: the DAY_* bit of one day */
    TK_DAYSET, /* val: DAY_* bits ("en semaine", "tous les jours", "7j/7"); 0 for
                  "les autres jours" */
    TK_TIME,   /* val: minutes; minuit = 1440 */
    TK_H24,    /* "24h/24", "24 heures sur 24", "jour et nuit" */
    TK_TO,     /* "à", "au", "-", "/", "|"; val TO_UNTIL for "jusqu'à" */
    TK_AND,    /* "et", "&", "+" */
    TK_SEP,    /* sep: ',' '(' ')' ':' '[' ']' '>' */
    TK_END,    /* sep: '.' ';' '!' '?': the end of a sentence */
    TK_RDV,    /* "rendez-vous", "RDV" */
    TK_NUM,    /* val: a number that is no time ("15", "365") */
    TK_ORD,    /* an ordinal: "1er", "3e", "2èmes", "premier" */
    TK_DATE,   /* a date: "29/11", "14.07.2023", "2026-02-09" */
    TK_PHONE,  /* a telephone number: "03.88.41.29.87", "0 800 22 55 55" */
    TK_WORD,   /* val: enum wk */
};

enum { TO_PLAIN = 0, TO_UNTIL = 1 };

/* Word classes. */
enum wk {
    W_UNKNOWN, /* a word the reader does not know: skipped */
    W_FILL,    /* a word that changes nothing: "ouvert", "horaires", "est" */
    W_DU,
    W_DE,
    W_LE,
    W_ENTRE,
    W_SUR,
    W_PAR,
    W_APRES,   /* "après" (rendez-vous) */
    W_SANS,    /* "sans" (rendez-vous) */
    W_AVEC,    /* "avec" (ou sans rendez-vous) */
    W_STRONG,  /* "uniquement", "exclusivement", "seulement", "obligatoire" */
    W_ACCUEIL, /* "accueil", "reçoit", "réception": the reception itself */
    W_PUBLIC,  /* "public", "physique", "sur place": the place, not the phone */
    W_PHONE,   /* "téléphonique", "standard", "écoute", "joignable", "répond" */
    W_PERM,    /* "permanence(s)" */
    W_OPEN,    /* "ouvert(e)", "ouverture", "ouvre" */
    W_FROM,    /* "partir" (à partir de), "dès" */
    W_SINCE,   /* "depuis": since a date past, or from a time */
    W_SAUF,    /* "sauf", "excepté", "exception" */
    W_HORS,    /* "hors", "en dehors" */
    W_CLOSE,   /* "fermé", "fermeture", "clos", "congés" */
    W_SUSPEND, /* "suspendu(e)(s)" */
    W_PERIOD,  /* tok.period: 'm' morning, 'a' afternoon or evening */
    W_SEASON,  /* "été", "vacances", "scolaires": hours that are not all year */
    W_MONTH,   /* a month's name */
    W_MONTHLY, /* "mois": "du mois", "par mois" */
    W_SOME,    /* "certains", "certaines": not every week */
    W_FERIE,   /* "férié(s)", "Noël", "fêtes": calendar days */
    W_MODAL,   /* "peut", "peuvent", "pourra": a possibility, not a rule */
    W_COUNT,   /* "deux", "trois", "quatre": the M of "un samedi sur M" */
    W_PAST,    /* "était", "étaient", "auparavant": what the hours were;
                  "prochainement": what they will be */
    W_OTHER,   /* "borne", "libre-service", "automate": not the reception */
    W_OR,      /* "ou": what follows is another way ("ou par téléphone") */
    W_WEEKLY,  /* "semaines" (toutes les), "hebdomadaire(s)" */
    W_N_CLASSES
};
/* the classes of a line's words are bits of a uint64_t (struct toks) */
_Static_assert(W_N_CLASSES <= 64, "word classes must fit in 64 bits");

struct tok {
    enum tk kind;
    int val;
    uint32_t b, e;     /* byte span in the folded text */
    unsigned char sep; /* TK_SEP / TK_END / TK_TO: the character */
    char period;       /* W_PERIOD: 'm' or 'a' */
    bool plural;       /* TK_DAY written in the plural: "les lundis", weekly */
    bool used;         /* taken by a closure or a break */
};

/* A growable list of tokens, with the kinds and word classes it holds
 * (1 << enum tk, 1 << enum wk). */
struct toks {
    struct tok *v;
    size_t n, cap;
    unsigned kinds;
    uint64_t words;
};

#define TKM(k) (1u << (k))
#define WKM(w) (UINT64_C(1) << (w))

/* The next token at or after i not used by a closure, or b. */
static inline size_t next_tok(const struct tok *v, size_t i, size_t b)
{
    while (i < b && v[i].used)
        i++;
    return i;
}

static inline bool is_word(const struct tok *k, enum wk w)
{
    return k->kind == TK_WORD && k->val == (int)w;
}

/* A word of what closes, between a closing word and its time: "Fermeture
 * de la billetterie à 17h", "des guichets" (read by the closures and by the
 * grammar alike). */
static inline bool closing_subject(const struct tok *k)
{
    return is_word(k, W_DE) || is_word(k, W_LE) || is_word(k, W_UNKNOWN) ||
           is_word(k, W_FILL) || is_word(k, W_ACCUEIL) || is_word(k, W_PUBLIC);
}

/* The time a closing word ends at, w the first token past the words of
 * what closes and k the one after w (the grammar's skips the tokens a
 * closure took): "à 16h", or "17h" alone ("ouverture 8h30, fermeture
 * 17h"); not a table's border ("| 18h00 - 20h00") nor a range ("fermé
 * 12h-14h"). Its index, or b. */
static inline size_t closing_time(const struct tok *v, size_t w, size_t k, size_t b)
{
    if (w < b && v[w].kind == TK_TIME && !(w + 1 < b && v[w + 1].kind == TK_TO))
        return w;
    if (w < b && v[w].kind == TK_TO && v[w].sep != '|' && k < b && v[k].kind == TK_TIME)
        return k;
    return b;
}

/* Cut the folded text of orig (text_fold_map) into tokens appended to *t;
 * each keeps its byte span in fold->s. The text as written tells a full stop
 * that ends a sentence from an abbreviation's. */
void hours_lex(const struct fold *fold, const char *orig, struct toks *t);

/* True when the lexer's tables are well formed (for the unit test): words in
 * their first letter's bucket with their lengths, no duplicate, every
 * phrase's first word marked as a lead. */
bool hours_lex_tables_ok(void);

/* ---- closures and breaks (hours_closure.c) ------------------------------- */

/* A break cut out of the ranges: "(12h-14h fermé)", "fermé de 12h à 14h". */
struct brk {
    int from, to;
    size_t from_tok, to_tok; /* the sentence it is in */
};

struct breaks {
    struct brk *v;
    size_t n, cap;
};

/* A closure clause found, or a part of a sentence left as a note: tokens
 * [from, to) of the sentence, which is [sent_from, sent_to) (a note's
 * warning quotes it whole; 0, 0 for a closure). */
struct span {
    size_t from, to;
    size_t sent_from, sent_to;
};

struct spans {
    struct span *v;
    size_t n, cap;
};

/* Take the closures ("Fermé en août", "sauf jours fériés") and breaks ("fermé
 * de 12h à 14h") out of sentence [a, b) of v: their tokens are marked used,
 * closures appended to *cl, breaks to *br. Weekly exceptions ("fermé le mardi
 * matin" beside hours, "mercredi après-midi fermé") are left to the grammar. */
void hours_take_closures(struct tok *v, size_t a, size_t b, struct spans *cl,
                         struct breaks *br);

/* ---- the grammar (hours_grammar.c) --------------------------------------- */

/* What a sentence gave. */
enum verdict {
    V_EMPTY,   /* nothing but separators (or everything taken by closures) */
    V_RANGES,  /* weekly ranges (some words may be left: see note_from) */
    V_EDIT,    /* an edit of ranges read before: a weekly exception, a later
                  start, an earlier end */
    V_APPT,    /* an appointment rule without times ("Sur rendez-vous.") */
    V_WALKIN,  /* "Sans rendez-vous." */
    V_DAYS,    /* a list of days alone ("Du lundi au vendredi"): their times may
                  come on the next line */
    V_TIMES,   /* time ranges without days: their days may come on the next line */
    V_DAYS_AT, /* days, a colon and words ("Le lundi : mairie annexe du Piton"):
                  the days take times lent by the line before, else a note */
    V_NOTE,    /* not understood */
};

/* The kind a word of a clause gives (or none). */
/* HINT_BOTH: the reception and the phone ("accueil physique et téléphonique") */
enum hint { HINT_NONE, HINT_RECEPTION, HINT_PHONE, HINT_PERM, HINT_BOTH };

/* An appointment rule stated without times, resolved once the section is
 * read. */
enum appt_strength { APPT_WEAK, APPT_STRONG };
struct appt_rule {
    enum appt_strength strength;
    enum appt_scope {
        SCOPE_ALL,     /* "Sur rendez-vous.": the reception */
        SCOPE_DAYS,    /* "Sur rendez-vous le samedi": some days, no times */
        SCOPE_PERIOD,  /* "sur rendez-vous l'après-midi": ranges of a period */
        SCOPE_OTHERS,  /* "Sur rendez-vous les autres jours." */
        SCOPE_SUBJECT, /* "Consultations sur rendez-vous.": something named */
    } scope;
    char period;  /* SCOPE_PERIOD: 'm' or 'a' */
    bool subject; /* words the reader does not know name what is by
                     appointment ("l'accueil et la discussion avec …") */
};

/* What the lines around a sentence lend it. */
struct context {
    unsigned days;               /* days for times given without days (0: none) */
    enum hours_kind kind;        /* the kind of the lines under a label */
    bool phone_too;              /* the reception's hours are the phone's too
                                    ("Accueil physique et téléphonique :") */
    bool appt;                   /* a lead-in "sur rendez-vous" of the lines before */
    bool seasonal;               /* under a label of a season ("Horaires d'été :") */
    bool phone_label;            /* under a telephone line's label or heading: a
                                    permanence there is the line's */
    size_t group_from, group_to; /* the ranges of the group read last, in out */
    size_t scope_from;           /* the first range of the lines under the label */
};

/* The result of one sentence. */
struct sentence {
    enum verdict verdict;
    size_t note_from;            /* first token of words left over (a note); the
                                    sentence's end when none */
    unsigned days;               /* V_RANGES: the last group's days; V_DAYS: the days */
    size_t group_from, group_to; /* V_RANGES: the last group's ranges in out */
    bool lead_appt;              /* "sur rendez-vous" before the first day or time */
    bool took_lent;              /* times without days took cx->days */
    enum hint hint;              /* V_RANGES: the kind the sentence's words gave */
    struct appt_rule rule;       /* V_APPT */
};

/* Scratch memory of the grammar, reused from sentence to sentence: the
 * items of a sentence, its clauses and its ranges (hours_grammar.c), in one
 * block of cap of each: a sentence of n tokens has at most n items and
 * ranges and n + 1 clauses. */
struct grammar {
    void *block;
    size_t cap;
    struct item *items;
    size_t n_items;
    struct clause *clauses;
    size_t n_clauses;
    struct rng *r;
    size_t n_r;
};

void grammar_free(struct grammar *g);

/* ---- the grammar's items (hours_items.c) ------------------------------------
 * The grammar (hours_grammar.c) reads a sentence's tokens into items, each in
 * a clause, and the ranges of its times; hours_items.c reads them. */

enum item_kind {
    IT_DAYS,
    IT_TIMES,
    IT_TIME,
    IT_UNTIL,
    IT_FROM,
    IT_EXCEPT,
    IT_CLOSED,
    IT_APPT,
    IT_WALKIN,
    IT_PERIOD,
};

struct item {
    enum item_kind kind;
    size_t tok, end; /* tokens [tok, end) */
    size_t clause;
    unsigned days;  /* IT_DAYS, IT_EXCEPT, IT_CLOSED (0: the group's own) */
    char period;    /* IT_DAYS, IT_EXCEPT, IT_CLOSED, IT_PERIOD */
    bool only;      /* IT_DAYS, IT_EXCEPT: "uniquement": keep the period */
    bool dated;     /* IT_DAYS, IT_TIMES: next to a date ("26/09 de 14h à 16h") */
    bool after_and; /* IT_DAYS: after "et" ("…, et le jeudi") */
    int t;          /* IT_TIME, IT_UNTIL, IT_FROM */
    size_t r0, r1;  /* IT_TIMES: its ranges in g->r */
};

/* Marks of a clause. */
enum {
    CM_PHONE = 1 << 0,   /* a telephone word or number */
    CM_PUBLIC = 1 << 1,  /* "public", "physique", "sur place" */
    CM_PERM = 1 << 2,    /* "permanence" */
    CM_OPEN = 1 << 3,    /* "ouvert(e)" */
    CM_ACCUEIL = 1 << 4, /* "accueil", "reçoit" */
    CM_MONTHLY = 1 << 5, /* "du mois", "1er mardi", "certains samedis" */
    CM_OTHER = 1 << 6,   /* "borne", "libre service" */
    CM_STRONG = 1 << 7,  /* "uniquement" */
    CM_SEASON = 1 << 8,  /* "été", "vacances" */
    CM_UNKNOWN = 1 << 9,
    CM_PHONE_WORD = 1 << 10, /* a telephone word: "téléphonique", "standard" */
    CM_PAST = 1 << 11,       /* "étaient", "auparavant", "prochainement": hours
                                that are not the present's */
    CM_WEEKLY = 1 << 12,     /* "toutes les semaines": weekly, whatever date
                                they start from */
};

struct clause {
    unsigned marks;
    unsigned items; /* 1 << enum item_kind of its items */
    size_t first;   /* its first token */
    bool paren;     /* opened by '(' */
    size_t after;   /* a parenthesis: the days or times item right before it
                       (fillers between), or SIZE_MAX */
};

#define ITM(k) (1u << (k))

/* A range read, with where it was read. */
struct rng {
    int start, end;
    size_t clause;
    size_t tok; /* its times' first token */
    bool appt;
    enum hours_kind kind;
    bool phone_too; /* a reception range that is the phone line's too */
};

/* What a date in a sentence dates. */
enum dating {
    DATING_NONE, /* no date */
    DATING_NEXT, /* the days or times next to it ("26/09 de 14h à 16h") */
    DATING_ALL,  /* everything ("à partir du 29/11, ...") */
};

/* Which of days and times a sentence says first. */
enum order { DAYS_FIRST, TIMES_FIRST };

/* What is known of one sentence while it is read. */
struct sent {
    const struct tok *v;
    size_t a, b;
    const struct context *cx;
    unsigned marks; /* of all clauses */
    bool bad;       /* a range that is none ("9h-9h") */
    enum dating dating;
    size_t first_anchor; /* first day or time token (b: none) */
    size_t last_anchor;
    enum order order; /* of the first anchor */
    bool lead_appt;   /* an appt marker before the first anchor */
    bool content;     /* a token other than a separator */
    unsigned items;   /* 1 << enum item_kind of the items not in a clause
                         of something else (CM_OTHER) */
    size_t tail;      /* first unknown word after the last anchor (b: none) */
    size_t first_unknown;
    size_t cur_tok;  /* the times being read */
    size_t date_end; /* just after the last date read, or 0 */
    size_t alt;      /* first clause of "ou …" (another way) read, or SIZE_MAX */
    size_t booking;  /* clause of the last "rendez-vous" read, or SIZE_MAX */
    enum hint hint;  /* the kind the sentence's words give its ranges */
    struct hours_list *out;
    size_t out0;                 /* out->n before the sentence */
    size_t group_from, group_to; /* the group read last, in out */
    unsigned group_days;
    size_t dangling;  /* the first group of days left without times (an
                         item), or SIZE_MAX */
    unsigned held;    /* days each said with its place, waiting for the
                         times said once after them */
    size_t held_dx;   /* the first of them (an item), or SIZE_MAX */
    size_t n_emitted; /* ranges given */
    size_t n_edits;   /* edits of ranges read before, applied */
    size_t n_dropped; /* groups of a date, a season, something else */
    size_t n_loose;   /* groups of times without days */
    bool took_lent;   /* a group of times without days took cx->days */
};

/* Read the items, clauses and ranges of sentence st->[a, b) into g; set the
 * sentence's marks, anchors and unknown words in st. */
void hours_read_items(struct grammar *g, struct sent *st);

/* Read sentence [a, b) of v (its tokens not used by closures) in context cx.
 * Weekly ranges found are appended to out (their line unset), edits of
 * ranges read before apply to out[cx->scope_from, out->n); ranges without
 * days (V_TIMES) go to times instead (days 0). */
struct sentence hours_read(struct grammar *g, const struct tok *v, size_t a, size_t b,
                           const struct context *cx, struct hours_list *out,
                           struct hours_list *times);

/* ---- edits of ranges (hours_adjust.c) ----------------------------------- */

/* Is minute range [s, e) within period p ('m': ends by 13:00; 'a': starts at
 * noon or later)? */
static inline bool in_period(int s, int e, char p)
{
    return p == 'm' ? e <= 780 && e > s : s >= 720;
}

/* Cut break [from, to) out of every range of r[first, r->n) holding it. True
 * when some range held it. */
bool ranges_cut(struct hours_list *r, size_t first, int from, int to);

/* What an edit did. */
enum edit { EDIT_DONE, EDIT_NONE, EDIT_CONFLICT };

/* Take days out of the ranges of r[from, to) of period p ('m' or 'a'); with
 * keep, out of the ranges outside the period instead. EDIT_NONE when no range
 * of those days is concerned; EDIT_CONFLICT (nothing changed) when a range of
 * those days spans the period's bound ("9h-17h" for "le mercredi matin"). */
enum edit ranges_except(struct hours_list *r, size_t from, size_t to, unsigned days,
                        char p, bool keep);

/* The last range of each of the days in r[from, to) ends at t instead; the
 * ranges serving other days too are split. False, nothing changed, when a
 * day has no range or t is not after its last start. */
bool ranges_end_at(struct hours_list *r, size_t from, size_t to, unsigned days, int t);

/* The first range of each of the days in r[from, to) starts at t instead
 * (split as above). False, nothing changed, when a day has no range holding t. */
bool ranges_start_at(struct hours_list *r, size_t from, size_t to, unsigned days, int t);

/* New days take the ranges of r[from, to) (those of period p when p is not 0),
 * appended to r. False, nothing added, when none is of the period. */
bool ranges_copy(struct hours_list *r, size_t from, size_t to, unsigned days, char p);

/* A later statement of some days already served: range x sharing one end
 * with a range of r[first, r->n) of the same kind and appointment that serves
 * x's days and more moves that range's other end for x's days ("Tous les
 * jours de 17h à 8h" then "Vendredi de 15h30 à 8h"); the same range again,
 * for the same days or fewer, is nothing new. True when x was taken so
 * (nothing is to be added). */
bool ranges_refine(struct hours_list *r, size_t first, const struct hours_range *x);

#endif

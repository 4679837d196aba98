/* Private to the hours extractor (hours*.c): the folded line and its tokens
 * (hours_lex.c), shared with the sentence reader (hours_sentence.c), the
 * range edits (hours_adjust.c) and the line and section handling (hours.c). */
#ifndef FICHE_HOURS_INT_H
#define FICHE_HOURS_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/text.h"
#include "model/entry.h"

/* Folded text of one line: every byte of s comes from the source character
 * starting at byte orig[i] of the line; orig[len] is the line's length. s and
 * orig are heap memory, or, when borrowed, the caller's arrays of cap entries
 * (replaced by heap memory when more room is needed). */

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

/* Tokens (heap memory). */
struct toks {
    struct tok *v;
    size_t n, cap;
};

static inline bool is_word(const struct tok *k, enum wk w)
{
    return k->kind == TK_WORD && k->val == (int)w;
}

enum appt_kind { APPT_NONE, APPT_WEAK, APPT_STRONG };

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
    bool subject;         /* V_APPT naming what is by appointment, with
                             "uniquement": "Consultations uniquement sur
                             rendez-vous." */
    char appt_period;     /* V_APPT without days: the period ('m', 'a') the
                             appointment clause names ("sur rendez-vous
                             l'après-midi"), else 0 */
    size_t dangling_from; /* first token of the clause of a day group left
                             without times */
    unsigned last_days;
};
/* Cut folded text s (text_fold_map) into tokens appended to *t (zeroed by
 * the caller, who frees t->v); each keeps its byte span in s. */
void hours_lex(const char *s, struct toks *t);

/* True when the lexer's tables are well formed: words sorted (bytewise, no
 * duplicate) with their lengths, every phrase's first letter in its quick
 * check. For the unit test. */
bool hours_lex_tables_ok(void);

/* Cut break [from, to) out of every range of r[0..*n) holding it; new ranges
 * are appended up to cap. True when some range held it. */
bool hours_cut_range(struct hours_range *r, size_t *n, size_t cap, int from, int to);

/* Move the start of day d's first range holding t to t: that range is
 * split off for d when it serves other days. r[0..*n), cap as hours_cut_range. */
bool hours_start_day(struct hours_range *r, size_t *n, size_t cap, unsigned d, int t);

/* "Le jeudi : ouverture à 10h.", "Le mardi, ouvert à partir de 10h": a start
 * time for some days (tokens [a, b)). The opening word is checked in the
 * folded text s. Sets the days and the time. */
bool hours_start_override(const char *s, const struct tok *v, size_t a, size_t b,
                          unsigned *days, int *t);

/* Read the hours of one sentence (tokens [a, b) of v not used by a closure)
 * into fd, days of a previous line's last day group in carry; returns what
 * the sentence was (ranges, appointment rule, walk-in, note). */
struct sent_result hours_read_sentence(const struct tok *v, size_t a, size_t b,
                                       unsigned carry, struct found *fd);

#endif

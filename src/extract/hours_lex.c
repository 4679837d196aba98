/* Hours extractor, first step: the folded text of one line (lower case, no
 * accents, typographic punctuation as ASCII) -> tokens: days, times, numbers,
 * dates, telephone numbers, separators and classes of words, each with its
 * byte span, for the closures (hours_closure.c) and the grammar
 * (hours_grammar.c). */
#include "extract/hours_int.h"

#include <string.h>

#include "base/text.h"
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
    t->v[t->n++] =
        (struct tok){.kind = kind, .val = val, .b = (uint32_t)b, .e = (uint32_t)e};
    t->kinds |= TKM(kind);
    if (kind == TK_WORD)
        t->words |= WKM(val);
}

/* ---- words ------------------------------------------------------------- */

/* Single words by first letter, the most frequent first, with their
 * lengths. lead marks the first word of a phrase (below): phrases are tried
 * only after one. A word of W_UNKNOWN class is there for its phrases alone.
 * hours_lex_tables_ok checks the buckets, lengths and marks. */
struct word {
    const char *w;
    size_t len;
    enum tk kind;
    int val;
    bool lead;
};

#define WD(s, k, v)                                                                      \
    {                                                                                    \
        s, sizeof s - 1, k, v, false                                                     \
    }
#define WL(s, k, v)                                                                      \
    {                                                                                    \
        s, sizeof s - 1, k, v, true                                                      \
    }
#define DAYW(s, d) WD(s, TK_DAY, d)
#define DAYL(s, d) WL(s, TK_DAY, d) /* a day that opens a phrase */
#define WW(s, w) WD(s, TK_WORD, w)

static const struct word words_a[] = {
    WL("a", TK_TO, TO_PLAIN),
    WD("au", TK_TO, TO_PLAIN),
    WW("avise", W_MODAL), /* "vous en serez avisé": a notice to come */
    WW("avises", W_MODAL),
    WL("avait", TK_WORD, W_UNKNOWN),
    WL("avaient", TK_WORD, W_UNKNOWN),
    WL("aura", TK_WORD, W_UNKNOWN),
    WL("auront", TK_WORD, W_UNKNOWN),
    WL("ayant", TK_WORD, W_UNKNOWN),
    WW("accueil", W_ACCUEIL),
    WL("apres", TK_WORD, W_APRES),
    WW("aux", W_LE),
    WW("aout", W_MONTH),
    WW("avec", W_AVEC),
    WW("ainsi", W_FILL),
    WW("appel", W_PHONE),
    WW("aussi", W_FILL),
    WW("avril", W_MONTH),
    WW("auparavant", W_PAST),
    WW("anciennement", W_PAST),
    WW("appels", W_PHONE),
    WL("autres", TK_WORD, W_UNKNOWN),
    WW("appelez", W_PHONE),
    WW("appeler", W_PHONE),
    WW("automate", W_OTHER),
    WW("accueille", W_ACCUEIL),
    WW("astreinte", W_PHONE),
    WW("automates", W_OTHER),
    WW("accueillent", W_ACCUEIL),
    WW("accueillons", W_ACCUEIL),
    WW("avocat", W_PERM), /* a role who receives: a permanence */
    WW("avocats", W_PERM),
    WW("avocate", W_PERM),
    WW("avocates", W_PERM),
};
static const struct word words_b[] = {
    WW("borne", W_OTHER),
    WW("bureau", W_FILL),
    WW("bornes", W_OTHER),
    WW("bureaux", W_FILL),
};
static const struct word words_c[] = {
    WW("clos", W_CLOSE),
    WW("close", W_CLOSE),
    WW("conge", W_CLOSE),
    WL("chaque", TK_WORD, W_FILL),
    WW("closes", W_CLOSE),
    WW("conges", W_CLOSE),
    WW("continu", W_FILL),
    WW("continue", W_FILL),
    WW("certains", W_SOME),
    WW("certaines", W_SOME),
    WW("compter", W_FROM),
    WW("conciliateur", W_PERM), /* a role who receives: a permanence */
    WW("conciliateurs", W_PERM),
    WW("conciliatrice", W_PERM),
};
static const struct word words_d[] = {
    WW("de", W_DE),
    WW("du", W_DU),
    WL("des", TK_WORD, W_DE), /* its phrases: "dès le 8 février" */
    WW("d", W_DE),
    WW("durant", W_FILL), /* "durant les vacances": as "pendant" */
    DAYW("dimanche", DAY_SU),
    DAYW("dim", DAY_SU),
    WW("depuis", W_SINCE),
    WW("decembre", W_MONTH),
    DAYW("dimanches", DAY_SU),
    WW("deux", W_COUNT),
    WW("distributeur", W_OTHER),
};
static const struct word words_e[] = {
    WD("et", TK_AND, 0),
    WL("en", TK_WORD, W_FILL),
    WW("entre", W_ENTRE),
    WW("est", W_FILL),
    WW("ete", W_SEASON),
    WL("ecoute", TK_WORD, W_UNKNOWN),
    WW("estival", W_SEASON),
    WW("excepte", W_SAUF),
    WW("estivale", W_SEASON),
    WW("estivaux", W_SEASON),
    WW("etait", W_PAST),
    WW("etaient", W_PAST),
    WW("egalement", W_FILL),
    WW("estivales", W_SEASON),
    WW("exception", W_SAUF),
    WW("exclusivement", W_STRONG),
    /* "éventuelles fermetures": what may happen, no closure */
    WW("eventuel", W_MODAL),
    WW("eventuelle", W_MODAL),
    WW("eventuels", W_MODAL),
    WW("eventuelles", W_MODAL),
};
static const struct word words_f[] = {
    WW("ferme", W_CLOSE),
    WW("fermeture", W_CLOSE),
    WW("ferie", W_FERIE),
    WW("fetes", W_FERIE),
    WW("fermee", W_CLOSE),
    WW("fermes", W_CLOSE),
    WW("feries", W_FERIE),
    WW("feriee", W_FERIE),
    WW("fermees", W_CLOSE),
    WW("fermera", W_CLOSE),
    WW("ferment", W_CLOSE),
    WW("fevrier", W_MONTH),
    WW("feriees", W_FERIE),
    WW("fermeront", W_CLOSE),
    WW("fermetures", W_CLOSE),
    WW("fonctionne", W_OPEN),
    WW("fonctionnent", W_OPEN),
    WL("fin", TK_WORD, W_UNKNOWN), /* its phrases: "la fin de semaine" */
    WL("fins", TK_WORD, W_UNKNOWN),
};
/* "les guichets": the counters, where the public is received */
static const struct word words_g[] = {
    WW("guichet", W_PUBLIC),
    WW("guichets", W_PUBLIC),
};
static const struct word words_h[] = {
    WW("heures", W_FILL),         WL("hors", TK_WORD, W_HORS),
    WW("heure", W_FILL),          WW("hiver", W_SEASON),
    WW("horaire", W_FILL),        WW("hivernal", W_SEASON),
    WW("horaires", W_FILL),       WW("hivernale", W_SEASON),
    WW("hivernaux", W_SEASON),    WW("hivernales", W_SEASON),
    WW("hebdomadaire", W_WEEKLY), WW("hebdomadaires", W_WEEKLY),
    WW("hotline", W_PHONE),
};
static const struct word words_i[] = {
    WW("inclus", W_FILL),
    WW("interruption", W_FILL),
};
static const struct word words_j[] = {
    DAYW("jeudi", DAY_TH),
    WL("jours", TK_WORD, W_FILL),
    WL("jour", TK_WORD, W_FILL),
    DAYW("jeu", DAY_TH),
    WW("juin", W_MONTH),
    WL("jusqu", TK_WORD, W_UNKNOWN),
    DAYL("jeudis", DAY_TH),
    WW("janvier", W_MONTH),
    WL("journee", TK_WORD, W_FILL),
    WW("juillet", W_MONTH),
    WW("joignable", W_PHONE),
    WW("joignables", W_PHONE),
    WW("jointe", W_PHONE),
    WW("joindre", W_PHONE),
    WW("juriste", W_PERM), /* a role who receives: a permanence */
    WW("juristes", W_PERM),
};
static const struct word words_l[] = {
    WW("le", W_LE),
    WW("les", W_LE),
    WL("la", TK_WORD, W_LE),
    WW("l", W_LE),
    DAYW("lundi", DAY_MO),
    DAYW("lun", DAY_MO),
    WL("ligne", TK_WORD, W_UNKNOWN),
    WL("libre", TK_WORD, W_UNKNOWN),
    DAYL("lundis", DAY_MO),
};
static const struct word words_m[] = {
    DAYW("mercredi", DAY_WE),
    DAYW("mardi", DAY_TU),
    WW("matin", W_PERIOD),
    WD("midi", TK_TIME, 720),
    WW("mai", W_MONTH),
    DAYW("mar", DAY_TU),
    DAYW("mer", DAY_WE),
    WW("mars", W_MONTH),
    DAYW("merc", DAY_WE),
    WW("mois", W_MONTHLY),
    DAYL("mardis", DAY_TU),
    WW("matins", W_PERIOD),
    WD("minuit", TK_TIME, 1440),
    WW("matinee", W_PERIOD),
    WW("matinees", W_PERIOD),
    DAYL("mercredis", DAY_WE),
    /* a role who receives: a permanence */
    WW("mediateur", W_PERM),
    WW("mediateurs", W_PERM),
    WW("mediatrice", W_PERM),
};
static const struct word words_n[] = {
    WL("non", TK_WORD, W_FILL),   WW("nous", W_FILL),     WW("noel", W_FERIE),
    WW("numero", W_PHONE),        WW("numeros", W_PHONE), WW("novembre", W_MONTH),
    WL("ne", TK_WORD, W_UNKNOWN), /* its phrases: "ne fermera pas" */
    WW("notaire", W_PERM),        /* a role who receives: a permanence */
    WW("notaires", W_PERM),
};
static const struct word words_o[] = {
    WW("ou", W_OR),
    WL("ont", TK_WORD, W_UNKNOWN),
    WW("ouvert", W_OPEN),
    WW("ouvre", W_OPEN),
    WW("octobre", W_MONTH),
    WW("ouverte", W_OPEN),
    WW("ouverts", W_OPEN),
    WW("ouvertes", W_OPEN),
    WW("ouverture", W_OPEN),
    WW("ouvertures", W_OPEN),
    WW("obligatoire", W_STRONG),
    WW("obligatoirement", W_STRONG),
};
static const struct word words_p[] = {
    WW("par", W_PAR),
    WL("pas", TK_WORD, W_UNKNOWN), /* its phrases: "pas de permanence(s)" */
    WW("permanence", W_PERM),
    WW("public", W_PUBLIC),
    WW("puis", W_FILL),
    WW("peut", W_MODAL),
    WW("prise", W_FILL),
    WW("partir", W_FROM),
    WW("pourra", W_MODAL),
    WW("pendant", W_FILL),
    WW("portes", W_FILL), /* "fermeture des portes à 17h": the place's */
    WL("periode", TK_WORD, W_FILL),
    WL("periodes", TK_WORD, W_FILL),
    WW("peuvent", W_MODAL),
    WD("premier", TK_ORD, 1),
    WW("physique", W_PUBLIC),
    WW("pourront", W_MODAL),
    WW("pourrait", W_MODAL),
    WD("premiere", TK_ORD, 1),
    WW("prealable", W_STRONG),
    WW("physiques", W_PUBLIC),
    WD("premieres", TK_ORD, 1),
    WW("permanences", W_PERM),
    WW("prochainement", W_PAST),    /* "devrait être prochainement ouvert …" */
    WL("plus", TK_WORD, W_UNKNOWN), /* its phrases: "n'est plus accessible au public" */
};
static const struct word words_q[] = {
    WW("quatre", W_COUNT),
    WW("que", W_FILL),
    WL("quinze", TK_WORD, W_UNKNOWN), /* "tous les quinze jours" */
    WW("quinzaine", W_MONTHLY),
};
static const struct word words_r[] = {
    WL("rendez", TK_WORD, W_UNKNOWN),
    WD("rdv", TK_RDV, 0),
    WL("r", TK_WORD, W_UNKNOWN),
    WW("recu", W_ACCUEIL),
    WW("recue", W_ACCUEIL),
    WW("recus", W_ACCUEIL),
    WW("recoit", W_ACCUEIL),
    WW("recues", W_ACCUEIL),
    WW("repond", W_PHONE),
    WW("recevons", W_ACCUEIL),
    WW("reception", W_ACCUEIL),
    WW("recoivent", W_ACCUEIL),
    WW("repondent", W_PHONE),
    WW("repondeur", W_PHONE),
};
/* clang-format off */
static const struct word words_s[] = {
    DAYW("samedi", DAY_SA),              WL("sur", TK_WORD, W_SUR),
    WW("sauf", W_SAUF),                  WL("sans", TK_WORD, W_SANS),
    DAYW("sam", DAY_SA),                 WW("soir", W_PERIOD),
    WW("sont", W_FILL),                  WW("stop", W_FILL),
    WW("soirs", W_PERIOD),               WW("saison", W_SEASON),
    WW("simple", W_FILL),                WW("soiree", W_PERIOD),
    DAYL("samedis", DAY_SA),             WL("semaine", TK_WORD, W_FILL),
    WL("semaines", TK_WORD, W_WEEKLY),   WW("standard", W_PHONE),
    WW("suspendu", W_SUSPEND),           WW("scolaires", W_SEASON),
    WW("septembre", W_MONTH),            WW("seulement", W_STRONG),
    WW("suspendue", W_SUSPEND),          WW("suspendus", W_SUSPEND),
    WW("suspendues", W_SUSPEND),         WW("secretariat", W_FILL),
    WL("sept", TK_WORD, W_UNKNOWN),
};
/* clang-format on */
static const struct word words_t[] = {
    WW("trois", W_COUNT),
    WW("telephonique", W_PHONE),
    WL("tous", TK_WORD, W_FILL),
    WW("tel", W_PHONE),
    WL("toute", TK_WORD, W_UNKNOWN),
    WW("toutes", W_FILL),
    WW("telephone", W_PHONE),
    WW("telephoner", W_PHONE),
    WW("telephoniques", W_PHONE),
    WW("telephones", W_PHONE),
};
static const struct word words_u[] = {
    WW("uniquement", W_STRONG),
};
static const struct word words_v[] = {
    DAYW("vendredi", DAY_FR), WW("vous", W_FILL),       DAYW("ven", DAY_FR),
    DAYW("vend", DAY_FR),     WW("vacances", W_SEASON), DAYL("vendredis", DAY_FR),
};
static const struct word words_w[] = {
    WL("week", TK_WORD, W_UNKNOWN),
    WD("weekend", TK_DAYSET, DAY_SA | DAY_SU),
    WD("weekends", TK_DAYSET, DAY_SA | DAY_SU),
};

#define BUCKET(c, l) [c - 'a'] = {words_##l, sizeof words_##l / sizeof words_##l[0]}
static const struct {
    const struct word *v;
    size_t n;
} words[26] = {
    BUCKET('a', a), BUCKET('b', b), BUCKET('c', c), BUCKET('d', d), BUCKET('e', e),
    BUCKET('f', f), BUCKET('g', g), BUCKET('h', h), BUCKET('i', i), BUCKET('j', j),
    BUCKET('l', l), BUCKET('m', m), BUCKET('n', n), BUCKET('o', o), BUCKET('p', p),
    BUCKET('q', q), BUCKET('r', r), BUCKET('s', s), BUCKET('t', t), BUCKET('u', u),
    BUCKET('v', v), BUCKET('w', w),
};
#undef BUCKET

/* Phrases, tried before single words; ' ' matches spaces or a hyphen. */
static const struct {
    const char *p;
    enum tk kind;
    int val;
} phrases[] = {
    {"rendez vous", TK_RDV, 0},
    {"apres midi", TK_WORD, W_PERIOD},
    {"en semaine", TK_DAYSET, DAY_MO | DAY_TU | DAY_WE | DAY_TH | DAY_FR},
    /* "de 9h à 12h30 et de 14h à 16h30 la semaine ; de 9h à 12h le samedi" */
    {"la semaine", TK_DAYSET, DAY_MO | DAY_TU | DAY_WE | DAY_TH | DAY_FR},
    {"en dehors", TK_WORD, W_HORS},
/* "jours ouvrables" (legally Monday to Saturday) and "jours ouvrés" are
 * read as Monday to Friday: the working days of the offices this
 * program lists, as every transcriber of a real page read them */
#define WORKDAYS (DAY_MO | DAY_TU | DAY_WE | DAY_TH | DAY_FR)
    {"tous les jours ouvrables", TK_DAYSET, WORKDAYS},
    {"tous les jours ouvres", TK_DAYSET, WORKDAYS},
    {"chaque jour ouvrable", TK_DAYSET, WORKDAYS},
    {"chaque jour ouvre", TK_DAYSET, WORKDAYS},
    {"jours ouvrables", TK_DAYSET, WORKDAYS},
    {"jours ouvres", TK_DAYSET, WORKDAYS},
    {"jour ouvrable", TK_DAYSET, WORKDAYS},
    {"jour ouvre", TK_DAYSET, WORKDAYS},
#undef WORKDAYS
    {"jour et nuit", TK_H24, 0},
    {"toute heure du jour et de la nuit", TK_H24, 0},
    /* "7 jours sur 7" said in words */
    {"sept jours sur sept", TK_DAYSET, DAY_ALL},
    {"sept jours sur 7", TK_DAYSET, DAY_ALL},
    {"sept jours par semaine", TK_DAYSET, DAY_ALL},
    {"tous les jours de la semaine", TK_DAYSET, DAY_ALL},
    /* the month's even or odd days: not every week's */
    {"tous les jours pairs", TK_WORD, W_MONTHLY},
    {"tous les jours impairs", TK_WORD, W_MONTHLY},
    {"tous les jours", TK_DAYSET, DAY_ALL},
    {"tous les soirs", TK_DAYSET, DAY_ALL},
    {"tous les matins", TK_DAYSET, DAY_ALL},
    {"toute la semaine", TK_DAYSET, DAY_ALL},
    {"chaque jour", TK_DAYSET, DAY_ALL},
    /* "Chaque mercredi, à compter du 17 janvier, …": every week, as "les
     * mercredis" (a day phrase is plural) */
    {"chaque lundi", TK_DAY, DAY_MO},
    {"chaque mardi", TK_DAY, DAY_TU},
    {"chaque mercredi", TK_DAY, DAY_WE},
    {"chaque jeudi", TK_DAY, DAY_TH},
    {"chaque vendredi", TK_DAY, DAY_FR},
    {"chaque samedi", TK_DAY, DAY_SA},
    {"chaque dimanche", TK_DAY, DAY_SU},
    /* "(pas de permanences en juillet et août, ni …)": a closure */
    {"pas de permanences", TK_WORD, W_CLOSE},
    {"pas de permanence", TK_WORD, W_CLOSE},
    {"pas d'accueil", TK_WORD, W_CLOSE},
    {"pas d accueil", TK_WORD, W_CLOSE},
    {"pas de distribution", TK_WORD, W_CLOSE},
    {"pas de consultations", TK_WORD, W_CLOSE},
    {"pas de consultation", TK_WORD, W_CLOSE},
    {"pas de reception", TK_WORD, W_CLOSE},
    /* "L'antenne n'est plus accessible au public", "n'accueillera plus le
     * public": a closure for good; but "ne sont plus ouverts au public que
     * le mardi": only then */
    {"plus accessible au public que", TK_WORD, W_STRONG},
    {"plus accessibles au public que", TK_WORD, W_STRONG},
    {"plus ouvert au public que", TK_WORD, W_STRONG},
    {"plus ouverte au public que", TK_WORD, W_STRONG},
    {"plus ouverts au public que", TK_WORD, W_STRONG},
    {"plus ouvertes au public que", TK_WORD, W_STRONG},
    {"plus le public que", TK_WORD, W_STRONG},
    {"plus accessible au public", TK_WORD, W_CLOSE},
    {"plus accessibles au public", TK_WORD, W_CLOSE},
    {"plus ouvert au public", TK_WORD, W_CLOSE},
    {"plus ouverte au public", TK_WORD, W_CLOSE},
    {"plus ouverts au public", TK_WORD, W_CLOSE},
    {"plus ouvertes au public", TK_WORD, W_CLOSE},
    {"plus le public", TK_WORD, W_CLOSE},
    {"plus de public", TK_WORD, W_CLOSE},
    /* "ces 16 et 17 janvier, votre bureau ne sera pas joignable" */
    {"pas joignable", TK_WORD, W_CLOSE},
    {"pas joignables", TK_WORD, W_CLOSE},
    /* every other week: "(semaine impaire)", "tous les quinze jours" */
    {"semaine paire", TK_WORD, W_MONTHLY},
    {"semaines paires", TK_WORD, W_MONTHLY},
    {"semaine impaire", TK_WORD, W_MONTHLY},
    {"semaines impaires", TK_WORD, W_MONTHLY},
    {"quinze jours", TK_WORD, W_MONTHLY},
    /* "de 16.00 à 19.00 heures (PAS en juillet et aout)": an exception */
    {"pas en", TK_WORD, W_SAUF},
    {"pas pendant", TK_WORD, W_SAUF},
    {"pas durant", TK_WORD, W_SAUF},
    /* "dès le lundi 8 février", folded: "des" is no article before "le" */
    {"des le", TK_WORD, W_FROM},
    {"des la", TK_WORD, W_FROM},
    /* a closure denied: "le bureau ne fermera pas cet été", "n'est pas
     * fermé le midi" */
    {"ne fermera pas", TK_WORD, W_FILL},
    {"ne fermeront pas", TK_WORD, W_FILL},
    {"ne ferme pas", TK_WORD, W_FILL},
    {"ne ferment pas", TK_WORD, W_FILL},
    {"pas ferme", TK_WORD, W_FILL},
    {"pas fermee", TK_WORD, W_FILL},
    {"pas fermes", TK_WORD, W_FILL},
    {"pas fermees", TK_WORD, W_FILL},
    /* "Le musée n'est pas ouvert les jours fériés", "Pas d'ouverture …" */
    {"pas ouvert", TK_WORD, W_CLOSE},
    {"pas ouverte", TK_WORD, W_CLOSE},
    {"pas ouverts", TK_WORD, W_CLOSE},
    {"pas ouvertes", TK_WORD, W_CLOSE},
    {"pas d'ouverture", TK_WORD, W_CLOSE},
    {"pas d ouverture", TK_WORD, W_CLOSE},
    /* Québec's week-end: "du lundi au vendredi … et la fin de semaine …" */
    {"fin de semaine", TK_DAYSET, DAY_SA | DAY_SU},
    {"fins de semaine", TK_DAYSET, DAY_SA | DAY_SU},
    {"week ends", TK_DAYSET, DAY_SA | DAY_SU},
    {"week end", TK_DAYSET, DAY_SA | DAY_SU},
    /* "les autres jours sur rendez-vous": days, but none a range can take */
    {"autres jours", TK_DAYSET, 0},
    {"jusqu'a", TK_TO, TO_UNTIL},
    {"jusqu a", TK_TO, TO_UNTIL},
    {"jusqu'au", TK_TO, TO_UNTIL},
    {"jusqu au", TK_TO, TO_UNTIL},
    {"sur place", TK_WORD, W_PUBLIC},
    /* the school term is the usual week; out of it, the holidays */
    {"periode scolaire", TK_WORD, W_FILL},
    {"periodes scolaires", TK_WORD, W_FILL},
    {"hors periode scolaire", TK_WORD, W_SEASON},
    {"hors periodes scolaires", TK_WORD, W_SEASON},
    /* "les mardis et jeudis scolaires": the days of the school term */
    {"lundis scolaires", TK_DAY, DAY_MO},
    {"mardis scolaires", TK_DAY, DAY_TU},
    {"mercredis scolaires", TK_DAY, DAY_WE},
    {"jeudis scolaires", TK_DAY, DAY_TH},
    {"vendredis scolaires", TK_DAY, DAY_FR},
    {"samedis scolaires", TK_DAY, DAY_SA},
    /* "été" after an auxiliary is the verb's, not the summer's: "des
     * flyers ont été réalisés" */
    {"a ete", TK_WORD, W_FILL},
    {"ont ete", TK_WORD, W_FILL},
    {"avait ete", TK_WORD, W_FILL},
    {"avaient ete", TK_WORD, W_FILL},
    {"aura ete", TK_WORD, W_FILL},
    {"auront ete", TK_WORD, W_FILL},
    {"ayant ete", TK_WORD, W_FILL},
    /* a self-service reception is a reception; a terminal ("borne") is not */
    {"libre service", TK_WORD, W_FILL},
    /* one range over the day: words of no weight */
    {"sans interruption", TK_WORD, W_FILL},
    {"non stop", TK_WORD, W_FILL},
    {"en continu", TK_WORD, W_FILL},
    {"journee continue", TK_WORD, W_FILL},
    /* a telephone line, not "de première ligne" */
    {"ligne d'ecoute", TK_WORD, W_PHONE},
    {"ligne telephonique", TK_WORD, W_PHONE},
    {"ligne directe", TK_WORD, W_PHONE},
    {"ligne d'urgence", TK_WORD, W_PHONE},
    {"ecoute telephonique", TK_WORD, W_PHONE},
    /* "le 116006 est à l'écoute … 7 jours sur 7 de 9h à 19h" */
    {"a l'ecoute", TK_WORD, W_PHONE},
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

/* The entry of words[] spelt by the n letters at s, or NULL. */
static inline const struct word *find_word(const char *s, size_t n)
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

/* ---- numbers ----------------------------------------------------------- */

static size_t skip_sp(const char *s, size_t i)
{
    while (s[i] == ' ')
        i++;
    return i;
}

/* Digits at s+i: their count, the value of the first six in *val. */
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

/* Whether a time may end before s[k]: no letter there, an "à" glued to the
 * next time ("14h30à16h30", "14hà 17h": folded, "a" then a digit), or, in
 * a table's cells run together, "et" or a closed cell ("11h30etde 12 h",
 * "12h00FERME"). */
static bool time_ends(const char *s, size_t k)
{
    if (!is_letter((unsigned char)s[k]))
        return true;
    if (strncmp(s + k, "ferme", 5) == 0 ||
        (strncmp(s + k, "et", 2) == 0 &&
         (!is_letter((unsigned char)s[k + 2]) || strncmp(s + k + 2, "de", 2) == 0)))
        return true;
    return s[k] == 'a' && (ascii_isdigit((unsigned char)s[k + 1]) ||
                           (s[k + 1] == ' ' && ascii_isdigit((unsigned char)s[k + 2])));
}

/* "h" or "heure(s)" at s+i: its length, or 0. */
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
    /* "9h", "9h30": 'h' directly followed by no letter */
    return time_ends(s, i + 1) ? 1 : 0;
}

/* "/ 24", "sur 24", "/24h" at s+q (after "24 h"): the end of the 24, or 0.
 * "7/7" alike with want 7. */
static size_t per_total(const char *s, size_t q, int want, bool sur)
{
    size_t r = 0;
    q = skip_sp(s, q);
    if (s[q] == '/')
        r = skip_sp(s, q + 1);
    else if (sur && match_phrase(s + q, "sur "))
        r = q + match_phrase(s + q, "sur ");
    int v;
    size_t n = r ? digits(s, r, &v) : 0;
    if (!n || v != want)
        return 0;
    if (want == 24 && s[r + n] == 'h' && !is_letter((unsigned char)s[r + n + 1]))
        n++; /* "24h/24h" */
    return is_letter((unsigned char)s[r + n]) ? 0 : r + n;
}

/* "24h/24", "24 h sur 24", "24 heures sur 24", "24h/24h", "24/24", "24
 * heures par jour": the end, or 0. */
static size_t lex_h24(const char *s, size_t k)
{
    size_t q = skip_sp(s, k), hm = hour_mark(s, q);
    size_t per = hm ? match_phrase(s + skip_sp(s, q + hm), "par jour") : 0;
    if (per) /* "24 heures par jour" */
        return skip_sp(s, q + hm) + per;
    return per_total(s, q + hm, 24, true);
}

/* "7j/7", "7 j/7", "7/7", "7 jours sur 7", "7jr/7", "7 jours par semaine":
 * the end, or 0. */
static size_t lex_7_7(const char *s, size_t k)
{
    size_t q = skip_sp(s, k);
    static const char *const day_words[] = {"jours", "j", "jrs", "jr", NULL};
    size_t jl = 0;
    for (size_t i = 0; day_words[i] && !jl; i++)
        jl = match_phrase(s + q, day_words[i]);
    if (!jl && s[q] == 'j' && s[q + 1] == '/')
        jl = 1;
    size_t per = jl ? match_phrase(s + skip_sp(s, q + jl), "par semaine") : 0;
    if (per) /* "7 jours par semaine" */
        return skip_sp(s, q + jl) + per;
    return per_total(s, q + jl, 7, jl > 0);
}

/* Four pairs of digits or more joined by one '.' or ' ', a number of a plan
 * without trunk prefix ("93.25.00.07" in Monaco, "26 12 34 56" in
 * Luxembourg): its end, or 0. */
static size_t lex_pairs(const char *s, size_t i)
{
    size_t k = i, pairs = 0;
    char joint = 0;
    while (ascii_isdigit((unsigned char)s[k]) && ascii_isdigit((unsigned char)s[k + 1]) &&
           !ascii_isdigit((unsigned char)s[k + 2])) {
        pairs++;
        k += 2;
        char c = s[k];
        if ((c != '.' && c != ' ') || (joint && c != joint) ||
            !ascii_isdigit((unsigned char)s[k + 1]))
            break;
        joint = c;
        k++;
    }
    return pairs >= 4 && !is_letter((unsigned char)s[k]) && s[k] != ':' ? k : 0;
}

/* A North American number: "1 855 852-7784", "514-279-0117", "1-800-263-
 * 2266" (groups of 3, 3 and 4 digits, "1" before them or not): its end, or
 * 0. */
static size_t lex_nanp(const char *s, size_t i)
{
    static const int groups[] = {3, 3, 4};
    size_t k = i;
    if (s[k] == '1' && (s[k + 1] == ' ' || s[k + 1] == '-') &&
        ascii_isdigit((unsigned char)s[k + 2]))
        k += 2;
    for (int g = 0; g < 3; g++) {
        for (int d = 0; d < groups[g]; d++, k++)
            if (!ascii_isdigit((unsigned char)s[k]))
                return 0;
        if (g < 2 && s[k] != ' ' && s[k] != '-' && s[k] != '.')
            return 0;
        k += g < 2;
    }
    return ascii_isdigit((unsigned char)s[k]) || is_letter((unsigned char)s[k]) ? 0 : k;
}

/* A telephone number at s+i: "0", or after "+" (maybe "(+377) "), then
 * groups of digits joined by one ' ', '.', '/' or '-' (the first joint may
 * differ from the others: "064/43.16.20"), nine digits or more, not
 * followed by 'h' or ':' (times: "08.30-12.00" stops at the change of
 * joint); without them, lex_pairs or lex_nanp. Its end, or 0. */
static size_t lex_phone(const char *s, size_t i)
{
    if (s[i] != '0' && !(i > 0 && s[i - 1] == '+')) {
        size_t e = lex_pairs(s, i);
        return e ? e : lex_nanp(s, i);
    }
    size_t k = i, total = 0, end = 0, groups = 0;
    char joint = 0;
    for (;;) {
        int v;
        size_t n = digits(s, k, &v);
        if (n == 0)
            break;
        total += n;
        k += n;
        end = k;
        char c = s[k];
        /* "(+377) 93 15 44 44": the country's code in parentheses */
        if (groups == 0 && c == ')' && i >= 2 && s[i - 2] == '(' && s[k + 1] == ' ' &&
            ascii_isdigit((unsigned char)s[k + 2])) {
            k += 2;
            groups++;
            continue;
        }
        bool sep = c == ' ' || c == '.' || c == '/' || c == '-';
        if (!sep || !ascii_isdigit((unsigned char)s[k + 1]) ||
            (groups >= 2 && joint != c))
            break;
        if (groups++ == 1)
            joint = c;
        k++;
    }
    if (total < 9 || s[end] == 'h' || s[end] == ':' || is_letter((unsigned char)s[end]))
        return 0;
    return end;
}

/* A date at s+i of the first number (nd digits, value d): "29/11",
 * "14.07.2023", "2026-02-09". Its end, or 0. */
static size_t lex_date(const char *s, size_t k, size_t nd, int d)
{
    int m, y;
    size_t n;
    if (nd == 4 && s[k] == '-' && (n = digits(s, k + 1, &m)) == 2 && s[k + 3] == '-' &&
        digits(s, k + 4, &y) == 2)
        return k + 6; /* ISO */
    if (nd > 2 || d < 1 || d > 31 || (s[k] != '/' && s[k] != '.'))
        return 0;
    char sep = s[k];
    n = digits(s, k + 1, &m);
    if (n < 1 || n > 2 || m < 1 || m > 12)
        return 0;
    size_t e = k + 1 + n;
    if (s[e] == sep && ((n = digits(s, e + 1, &y)) == 4 || n == 2))
        return e + 1 + n;
    /* "29/11", but not "9.00" (a time) nor "10/12 h" (hours) */
    return sep == '/' && s[e] != sep && !hour_mark(s, skip_sp(s, e)) ? e : 0;
}

/* An "h" closing a time that already has its minutes, "9:00h", "16h45h",
 * "14.00 h" (as pages write them): its length with the blank, or 0. */
static size_t stray_h(const char *s, size_t k)
{
    size_t b = s[k] == ' ';
    return s[k + b] == 'h' && time_ends(s, k + b + 1) ? b + 1 : 0;
}

/* Whether a word other than "a" ("à") or "et" follows s[k]: "15 minutes". */
static bool minutes_word(const char *s, size_t k)
{
    size_t q = skip_sp(s, k);
    return is_letter((unsigned char)s[q]) && !match_phrase(s + q, "a") &&
           !match_phrase(s + q, "et");
}

/* "9h", "9 h 30", "9 heures 30", "09:00", "9.00" at s+i (nd digits, value h):
 * adds the time and returns its end, or 0. */
/* The part of the day after a time said in hours, at s+k: "8 heures du
 * matin", "7 heures du soir", "3 heures de l'après-midi" (the afternoon's
 * and the evening's hours before noon move by twelve). Its end, or k. */
static size_t part_of_day(const char *s, size_t k, int *h)
{
    if (s[k] != ' ' || s[k + 1] != 'd')
        return k; /* each part opens with " d" */
    static const struct {
        const char *p;
        bool later;
    } parts[] = {{" du matin", false},
                 {" du soir", true},
                 {" de l'apres midi", true},
                 {" de l apres midi", true}};
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        size_t n = strlen(parts[i].p);
        if (strncmp(s + k, parts[i].p, n) != 0 || is_letter((unsigned char)s[k + n]))
            continue;
        if (parts[i].later ? *h < 1 || *h > 11 : *h > 12)
            return k; /* "14 heures du matin": not ours to mend */
        *h += parts[i].later ? 12 : 0;
        return k + n;
    }
    return k;
}

static size_t lex_time(const char *s, size_t i, size_t nd, int h, struct toks *t)
{
    size_t k = i + nd;
    int m;
    if (nd > 2 || h > 24)
        return 0;
    /* "08 : 00": a table's time, blanks around its colon (two digits each;
     * not "02 : 10.00", a month's number, a colon and a time) */
    size_t mins =
        nd == 2 && strncmp(s + k, " : ", 3) == 0 &&
                !(strchr(".:", s[k + 5]) && ascii_isdigit((unsigned char)s[k + 6]))
            ? k + 3
            : k + 1;
    if ((s[k] == ':' || s[k] == '.' || mins == k + 3) && digits(s, mins, &m) == 2 &&
        (time_ends(s, mins + 2) || stray_h(s, mins + 2)) && m < 60 && !(h == 24 && m) &&
        /* "9.00", not "03.53.01..." nor a date "14.07.2023" */
        !(s[k] == '.' && ((s[k + 3] == '.' && ascii_isdigit((unsigned char)s[k + 4])) ||
                          (i > 0 && s[i - 1] == '.')))) {
        size_t end = mins + 2 + stray_h(s, mins + 2);
        tok_add(t, TK_TIME, h * 60 + m, i, end);
        return end;
    }
    size_t q = skip_sp(s, k), hm = hour_mark(s, q);
    if (!hm)
        return 0;
    size_t end = q + hm, dot = hm == 1 && s[end] == '.';
    size_t r = skip_sp(s, end + dot);
    size_t md = digits(s, r, &m);
    if (md == 4 && r == end && s[r + 4] == 'h' && s[r] <= '5') {
        md = 2; /* "12h0014h00": a table's cells run together */
        m = (s[r] - '0') * 10 + (s[r + 1] - '0');
    }
    /* "9h30", "9 h 30", "9 heures 30", "18h.45"; not the next time, "12 h
     * 14 h", "11 heures 14.30" (lines read as one), nor a full stop and a
     * count ("18h. 15 minutes avant") */
    if (md == 2 && (time_ends(s, r + 2) || stray_h(s, r + 2)) && s[r + 2] != ':' &&
        !(s[r + 2] == '.' && ascii_isdigit((unsigned char)s[r + 3])) &&
        !(r > end && hour_mark(s, skip_sp(s, r + 2))) && !(dot && minutes_word(s, r + 2)))
        end = r + 2 + stray_h(s, r + 2);
    else if (md && r == end)
        return 0; /* "9h5", "9h300" */
    else
        m = 0; /* "9h 13h30": the next time */
    if (m >= 60 || (h == 24 && m))
        return 0;
    end = part_of_day(s, end, &h);
    tok_add(t, TK_TIME, h * 60 + m, i, end);
    return end;
}

/* An ordinal's suffix at s+k: "er", "re", "ere", "e", "eme(s)", "ieme(s)",
 * "nd(e)": its length, or 0. */
static size_t ordinal_suffix(const char *s, size_t k)
{
    static const char *const sfx[] = {"iemes", "ieme", "emes", "eme", "ere", "nde",
                                      "er",    "re",   "nd",   "es",  "e"};
    for (size_t q = 0; q < sizeof sfx / sizeof sfx[0]; q++) {
        size_t n = strlen(sfx[q]);
        if (strncmp(s + k, sfx[q], n) == 0 && !is_letter((unsigned char)s[k + n]))
            return n;
    }
    return 0;
}

/* Numbers at s+i: one token. Returns its end. */
static size_t lex_number(const char *s, size_t i, struct toks *t)
{
    int h;
    size_t nd = digits(s, i, &h), k = i + nd, e;
    if (nd == 2 && h == 24 && (e = lex_h24(s, k)) != 0) {
        tok_add(t, TK_H24, 0, i, e);
        return e;
    }
    if (nd == 1 && h == 7 && (e = lex_7_7(s, k)) != 0) {
        tok_add(t, TK_DAYSET, DAY_ALL, i, e);
        return e;
    }
    /* "365 jours par an" */
    if (nd == 3 && h == 365 &&
        (e = match_phrase(s + skip_sp(s, k), "jours par an")) != 0) {
        e += skip_sp(s, k);
        tok_add(t, TK_DAYSET, DAY_ALL, i, e);
        return e;
    }
    if ((e = lex_phone(s, i)) != 0) {
        tok_add(t, TK_PHONE, 0, i, e);
        return e;
    }
    if ((e = lex_date(s, k, nd, h)) != 0) {
        tok_add(t, TK_DATE, 0, i, e);
        return e;
    }
    if ((e = lex_time(s, i, nd, h, t)) != 0)
        return e;
    size_t sx = nd <= 2 ? ordinal_suffix(s, k) : 0;
    if (sx) {
        tok_add(t, TK_ORD, h, i, k + sx);
        return k + sx;
    }
    while (is_letter((unsigned char)s[k]))
        k++;
    tok_add(t, TK_NUM, h, i, k);
    return k;
}

/* ---- words ------------------------------------------------------------- */

/* The day of two letters at s+i ("lu", "ma", ...), or 0. */
static int two_letter_day(const char *s, size_t i)
{
    static const struct {
        char w[3];
        int day;
    } days[] = {{"lu", DAY_MO}, {"ma", DAY_TU}, {"me", DAY_WE}, {"je", DAY_TH},
                {"ve", DAY_FR}, {"sa", DAY_SA}, {"di", DAY_SU}};
    for (size_t k = 0; k < sizeof days / sizeof days[0]; k++)
        if (s[i] == days[k].w[0] && s[i + 1] == days[k].w[1])
            return days[k].day;
    return 0;
}

/* The joint after a two-letter day at s+q: ',', ':', '-', '/', "et", "à"
 * or "au"; its length, 0 for none. */
static size_t day_joint_at(const char *s, size_t q)
{
    if (s[q] == ',' || s[q] == ':' || s[q] == '-' || s[q] == '/')
        return 1;
    if ((s[q] == 'e' && s[q + 1] == 't' && s[q + 2] == ' ') ||
        (s[q] == 'a' && s[q + 1] == 'u' && s[q + 2] == ' '))
        return 2;
    return s[q] == 'a' && s[q + 1] == ' ' ? 1 : 0;
}

/* "Lu, ma, je, ve : 8h-19h ; sa : 9h-12h", "Lu–ve: 8h00", "je à sa": two
 * letters name a day, not a word ("je", "sa", "me"), in a list of days only:
 * before a joint and another two-letter day; before a joint after a
 * separator, a time, a day or a known word ("Horaires : lu, ..."); or right
 * after a day and a joint ("lu-ve"). */
static bool short_day_here(const char *s, size_t e, const struct toks *t)
{
    size_t q = skip_sp(s, e), j = day_joint_at(s, q);
    enum tk p = t->n ? t->v[t->n - 1].kind : TK_SEP;
    if (j) {
        size_t r = skip_sp(s, q + j);
        if (two_letter_day(s, r) && !is_letter((unsigned char)s[r + 2]))
            return true;
        return p == TK_SEP || p == TK_END || p == TK_AND || p == TK_TO || p == TK_DAY ||
               p == TK_TIME || (p == TK_WORD && t->v[t->n - 1].val != W_UNKNOWN);
    }
    /* opening the line or a sentence before a time or a closing word: "je
     * 8h‐12h / 13h30‐18h", "Sa Fermé" */
    if ((p == TK_SEP || p == TK_END) &&
        (ascii_isdigit((unsigned char)s[q]) || strncmp(s + q, "ferme", 5) == 0))
        return true;
    return t->n >= 2 && t->v[t->n - 2].kind == TK_DAY &&
           (p == TK_TO || p == TK_AND || p == TK_SEP);
}

/* Whether the short day's name ending at s[e] is a word of a name, "de" or
 * "du" and a word after it ("Jeu de balle"), not a day ("Jeu de 9h à 12h"). */
static bool abbrev_in_name(const char *s, size_t e)
{
    size_t q = skip_sp(s, e);
    if (q == e || !(match_phrase(s + q, "de") || match_phrase(s + q, "du")))
        return false;
    q = skip_sp(s, q + 2);
    return is_letter((unsigned char)s[q]);
}

/* An e-mail or web address from s+i to the next blank (its final
 * punctuation left out): its end, or 0. */
static size_t lex_address(const char *s, size_t i)
{
    size_t e = i;
    bool at = false;
    while (s[e] && s[e] != ' ') {
        at = at || s[e] == '@';
        e++;
    }
    if (!at && strncmp(s + i, "http", 4) != 0 && strncmp(s + i, "www.", 4) != 0)
        return 0;
    while (e > i && strchr(".,;:)!?", s[e - 1]))
        e--;
    return e;
}

/* "ce jeudi", "ce lundi 20h": one day, this week's; "ce" is read as a date
 * before it (a day next to a date is the date's, not every week's). */
static void this_day(const char *s, struct toks *t)
{
    if (t->n < 2)
        return;
    struct tok *k = &t->v[t->n - 2];
    if (k->kind == TK_WORD && k->val == W_UNKNOWN && k->e - k->b == 2 &&
        memcmp(s + k->b, "ce", 2) == 0) {
        k->kind = TK_DATE;
        k->val = 0;
        t->kinds |= TKM(TK_DATE);
    }
}

static void lex_word(const char *s, size_t *pi, struct toks *t, bool at)
{
    size_t i = *pi, e = i;
    /* an address: in a line with an '@', or starting "http" or "www." */
    if ((at || s[i] == 'h' || s[i] == 'w') &&
        (i == 0 || s[i - 1] == ' ' || s[i - 1] == '(') && (e = lex_address(s, i)) != 0) {
        tok_add(t, TK_WORD, W_UNKNOWN, i, e);
        *pi = e;
        return;
    }
    e = i;
    while (is_letter((unsigned char)s[e]))
        e++;
    size_t n = e - i;
    const struct word *w = find_word(s + i, n);
    /* phrases first, where one may start: after the first word of one */
    for (size_t k = 0; w && w->lead && k < sizeof phrases / sizeof phrases[0]; k++) {
        size_t pn = phrases[k].p[0] == s[i] ? match_phrase(s + i, phrases[k].p) : 0;
        if (pn) {
            tok_add(t, phrases[k].kind, phrases[k].val, i, i + pn);
            if (phrases[k].kind == TK_WORD && phrases[k].val == W_PERIOD)
                t->v[t->n - 1].period = 'a'; /* "après-midi" */
            if (phrases[k].kind == TK_TO)
                t->v[t->n - 1].sep = 'a';
            if (phrases[k].kind == TK_DAY) /* "mardis scolaires" */
                t->v[t->n - 1].plural = true;
            *pi = i + pn;
            return;
        }
    }
    /* "…, le samedi de 14 h à 20 h et ce sur réservation uniquement": what
     * follows "et ce" is said of the whole sentence, a clause of its own
     * ("et" is no phrase's lead: it is too frequent to try them all) */
    if (w && w->kind == TK_AND && n == 2 && s[e] == ' ' && s[e + 1] == 'c' &&
        s[e + 2] == 'e' && !is_letter((unsigned char)s[e + 3])) {
        tok_add(t, TK_SEP, 0, i, e + 3);
        t->v[t->n - 1].sep = ',';
        *pi = e + 3;
        return;
    }
    enum tk kind = w ? w->kind : TK_WORD;
    int val = w ? w->val : W_UNKNOWN;
    if (!w && n == 2 && two_letter_day(s, i) && short_day_here(s, e, t)) {
        kind = TK_DAY;
        val = two_letter_day(s, i);
    }
    if (kind == TK_DAY && n <= 4 && s[e] == '.')
        e++; /* "Lun.", "ven." */
    else if (kind == TK_DAY && n <= 4 && abbrev_in_name(s, e)) {
        kind = TK_WORD; /* "Place du Jeu de balle", "la Mer du Nord" */
        val = W_UNKNOWN;
    }
    tok_add(t, kind, val, i, e);
    if (kind == TK_WORD && val == W_PERIOD)
        t->v[t->n - 1].period = s[i] == 'm' ? 'm' : 'a';
    if (kind == TK_TO)
        t->v[t->n - 1].sep = 'a';
    /* no day's name ends with "s" but in the plural ("mardis", "dimanches") */
    if (kind == TK_DAY && n > 4 && s[i + n - 1] == 's')
        t->v[t->n - 1].plural = true;
    if (kind == TK_DAY)
        this_day(s, t);
    *pi = e;
}

/* A full stop ends a sentence, unless a word in lower case follows it in the
 * text as written ("16 av. de la gare"), or a dot, a comma or a closing
 * parenthesis right after it ("(salles des fêtes…) sont fermés"); fold maps
 * s to that text. */
static bool stop_ends(const char *s, size_t i, const struct fold *fold, const char *orig)
{
    if (s[i + 1] == '.' || s[i + 1] == ',' || s[i + 1] == ')')
        return false;
    /* "S.O.S", "A.V.I.P.": a dot between single letters */
    if (i > 0 && is_letter((unsigned char)s[i - 1]) &&
        (i < 2 || !is_letter((unsigned char)s[i - 2])) &&
        is_letter((unsigned char)s[i + 1]))
        return false;
    size_t q = skip_sp(s, i + 1);
    /* "14.00 h. – 17.00 h.": an hour's abbreviation before a dash */
    if (i > 0 && s[i - 1] == 'h' &&
        (s[q] == '-' || str_startswith(s + q, "\xE2\x80\x93")))
        return false;
    if (s[q] == ':') /* "N.B. :": no sentence starts with a colon */
        return false;
    if (q == i + 1 || !ascii_islower((unsigned char)s[q]))
        return true;
    if (!fold)
        return true;
    size_t o = fold->orig[q]; /* "9 h. à 12 h.": "à" is in lower case too */
    return !text_is_lower(text_next_cp(orig, &o));
}

/* Whether the folded text of token k (in s) is one of list (NULL-ended). */
static bool tok_is_any(const char *s, const struct tok *k, const char *const *list)
{
    size_t n = k->e - k->b;
    for (size_t i = 0; list[i]; i++)
        if (strlen(list[i]) == n && memcmp(s + k->b, list[i], n) == 0)
            return true;
    return false;
}

/* Whether the token before the dot at s[i] is a civility's abbreviation,
 * whose dot ends no sentence: "avec M. Dupont", "Mme. Roux", "Dr. Weber". */
static bool after_civility(const char *s, size_t i, const struct toks *t)
{
    static const char *const abbr[] = {"m",  "mm", "mme", "mmes", "mlle",
                                       "mr", "dr", "pr",  NULL};
    const struct tok *w = t->n ? &t->v[t->n - 1] : NULL;
    return w && w->e == i && w->kind == TK_WORD && tok_is_any(s, w, abbr);
}

/* Whether the dot at s[i] stands between days alone and their times,
 * "Lundi et mardi. 9h-11h45/13h30-16h" (a row whose cells lost their
 * separator): it ends no sentence. Not after a sentence of times and days
 * ("… du lundi au vendredi. 7h30-11h le samedi"). */
static bool days_then_times(const char *s, size_t i, const struct toks *t)
{
    if (t->n == 0 || (t->v[t->n - 1].kind != TK_DAY && t->v[t->n - 1].kind != TK_DAYSET))
        return false;
    for (size_t k = t->n; k > 0 && t->v[k - 1].kind != TK_END; k--) {
        const struct tok *p = &t->v[k - 1];
        if (!(p->kind == TK_DAY || p->kind == TK_DAYSET || p->kind == TK_AND ||
              p->kind == TK_TO || p->kind == TK_SEP ||
              (p->kind == TK_WORD && (p->val == W_LE || p->val == W_DU))))
            return false;
    }
    size_t q = skip_sp(s, i + 1), d = q;
    while (ascii_isdigit((unsigned char)s[d]) && d - q < 2)
        d++;
    return q > i + 1 && d > q && (s[d] == 'h' || s[d] == ':');
}

static void lex_sign(const char *s, size_t i, const struct fold *fold, const char *orig,
                     struct toks *t)
{
    unsigned char c = (unsigned char)s[i];
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
        kind = TK_SEP;
        break;
    case '>': /* "Mardi > samedi", "15h > 18h30": a span; else a sign */
        kind = t->n && (t->v[t->n - 1].kind == TK_DAY || t->v[t->n - 1].kind == TK_TIME)
                   ? TK_TO
                   : TK_SEP;
        break;
    case '.':
        if (!stop_ends(s, i, fold, orig) || after_civility(s, i, t) ||
            days_then_times(s, i, t))
            return;
        kind = TK_END;
        break;
    case ';':
    case '!':
    case '?':
        kind = TK_END;
        break;
    default: /* any other sign: a word not understood */
        tok_add(t, TK_WORD, W_UNKNOWN, i, i + 1);
        return;
    }
    tok_add(t, kind, 0, i, i + 1);
    t->v[t->n - 1].sep = c;
}

/* "sur réservation", "sur inscription": an appointment, as "sur rendez-vous"
 * ("le musée est ouvert de 08h00 à 16h00 sur réservation uniquement"). */
static void booked(const char *s, struct toks *t, size_t from)
{
    static const char *const booking[] = {"reservation", "reservations", "inscription",
                                          "inscriptions", NULL};
    for (size_t i = from + 1; i < t->n; i++) {
        struct tok *k = &t->v[i];
        if (is_word(k, W_UNKNOWN) && is_word(&t->v[i - 1], W_SUR) &&
            tok_is_any(s, k, booking)) {
            k->kind = TK_RDV;
            k->val = 0;
            t->kinds |= TKM(TK_RDV);
        }
    }
}

/* A token of "semaine(s) paire(s)" or "semaine(s) impaire(s)": 1 for the
 * even weeks, 2 for the odd ones, 0 for any other. */
static int week_parity(const char *s, const struct tok *k)
{
    if (k->kind != TK_WORD || k->val != W_MONTHLY || strncmp(s + k->b, "semaine", 7) != 0)
        return 0;
    size_t q = k->b + 7 + (s[k->b + 7] == 's'); /* the blank, then the parity */
    return strncmp(s + q + 1, "imp", 3) == 0 ? 2 : 1;
}

/* "les semaines paires au Puzzle et les semaines impaires au Totem": odd
 * and even weeks said one after the other, no day or time between them, are
 * every week (the place alternates); not "le mercredi (semaine paire) et le
 * vendredi (semaine impaire)". */
static void both_weeks(const char *s, struct toks *t, size_t from)
{
    size_t last =
        SIZE_MAX; /* the last parity token, while nothing of a day or time since */
    for (size_t i = from; i < t->n; i++) {
        enum tk kind = t->v[i].kind;
        if (kind == TK_DAY || kind == TK_DAYSET || kind == TK_TIME || kind == TK_END) {
            last = SIZE_MAX;
            continue;
        }
        int p = week_parity(s, &t->v[i]);
        if (!p)
            continue;
        if (last != SIZE_MAX && week_parity(s, &t->v[last]) != p)
            t->v[last].val = t->v[i].val = W_FILL;
        last = i;
    }
}

/* "de 10 à 18h", "entre 9 et 12 h", "10-13h": a bare number that opens a
 * range whose end is a time is an hour too (before a dash, an hour of the
 * day before the end's, or of the evening before a morning's: "20-6h"). */
static void bare_hours(struct toks *t, size_t from)
{
    struct tok *v = t->v;
    for (size_t i = from; i + 2 < t->n; i++) {
        bool de = i > from && v[i - 1].kind == TK_WORD &&
                  (v[i - 1].val == W_DE || v[i - 1].val == W_ENTRE);
        bool to = v[i + 1].kind == TK_TO ||
                  (i > from && v[i - 1].val == W_ENTRE && v[i + 1].kind == TK_AND);
        bool dash = v[i + 1].kind == TK_TO &&
                    (v[i + 1].sep == '-' || v[i + 1].sep == '/') &&
                    v[i + 2].kind == TK_TIME &&
                    ((v[i].val >= 6 && v[i + 2].val > v[i].val * 60) ||
                     (v[i].val >= 17 && v[i + 2].val <= 8 * 60) || /* "20-6h" */
                     (v[i].val == 0 && v[i + 2].val == 1440));     /* "0-24h" */
        if ((de || dash) && v[i].kind == TK_NUM && v[i].val >= 0 && v[i].val <= 24 &&
            to && v[i + 2].kind == TK_TIME) {
            v[i].kind = TK_TIME;
            v[i].val *= 60;
        }
    }
}

void hours_lex(const struct fold *fold, const char *orig, struct toks *t)
{
    size_t first = t->n;
    const char *s = fold->s;
    size_t i = 0;
    bool at = strchr(s, '@') != NULL;
    /* about one token in 4 bytes: room for most lines at once */
    tok_reserve(t, t->n + fold->len / 2 + 16);
    i = skip_sp(s, i);
    if (s[i] == '-' && s[i + 1] == ' ')
        i++; /* a dash opening the line is a bullet: "– Fermé le dimanche" */
    unsigned char c;
    while ((c = (unsigned char)s[i]) != 0) {
        if (is_letter(c))
            lex_word(s, &i, t, at);
        else if (ascii_isdigit(c))
            i = lex_number(s, i, t);
        else if (c == ' ' || c == '\'' || c == '"' || c == '*' || c == '_')
            i++;
        else
            lex_sign(s, i++, fold, orig, t);
    }
    bare_hours(t, first);
    if (t->words & WKM(W_SUR))
        booked(s, t, first);
    if (t->words & WKM(W_MONTHLY))
        both_weeks(s, t, first);
}

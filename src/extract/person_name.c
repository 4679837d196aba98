/* Part of the people extractor (person.c): the name of a person line, cut into
 * civility, given and family names, and the case rules of family names. */
#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "base/text.h"
#include "base/util.h"
#include "extract/person_int.h"

/* ------------------------------------------------------------------ */
/* Unicode case                                                         */

static bool is_apostrophe(int32_t cp)
{
    return cp == '\'' || cp == 0x2019;
}

/* Lower-case copy of the word w in out (LOWER_CAP bytes, NUL-terminated);
 * false, out empty, when it does not fit. */
bool person_lower_word(const char *w, char out[LOWER_CAP])
{
    size_t o = 0;
    for (size_t i = 0; w[i];) {
        int32_t cp = text_next_cp(w, &i);
        if (cp < 0)
            continue;
        cp = text_to_lower(cp);
        char buf[4];
        size_t k = text_encode_cp(cp, buf);
        if (o + k >= LOWER_CAP) {
            out[0] = '\0';
            return false;
        }
        memcpy(out + o, buf, k);
        o += k;
    }
    out[o] = '\0';
    return true;
}

/* "LEFÈVRE-DUPONT" -> "Lefèvre-Dupont", "N'DIAYE" -> "N'Diaye": each part
 * after a start, hyphen or apostrophe gets a capital, the rest lower case. */
static void capitalise_word(struct strbuf *b, const char *w)
{
    bool start = true;
    for (size_t i = 0; w[i];) {
        int32_t cp = text_next_cp(w, &i);
        if (cp < 0)
            continue;
        if (text_is_letter(cp)) {
            text_put_cp(b, start ? text_to_upper(cp) : text_to_lower(cp));
            start = false;
        } else {
            text_put_cp(b, cp);
            start = cp == '-' || is_apostrophe(cp);
        }
    }
}

/* Rule (documented for the scorer and the tests): "de", "du", "des" are lower
 * case before another word ("DE LA TOUR" -> "de La Tour", "DU PONT" ->
 * "du Pont"); "den", "der", "ten", "ter" are lower case inside a name
 * ("VAN DEN BERGHE" -> "Van den Berghe"); a word written in lower case
 * before the last stays so ("de la Monneraye"); every other word, articles
 * included, is capitalised after each hyphen and apostrophe ("LE GALL" ->
 * "Le Gall", "D'ESTIENNE" -> "D'Estienne", "N'DIAYE" -> "N'Diaye"). */
char *person_natural_case(const char *family)
{
    static const char *const lead_lower[] = {"de", "du", "des", NULL};
    static const char *const mid_lower[] = {"den", "der", "ten", "ter", NULL};
    char *copy = xstrdup(family ? family : "");
    char *words[32];
    size_t n = 0;
    char *save = NULL;
    for (char *w = strtok_r(copy, " ", &save); w && n < 32;
         w = strtok_r(NULL, " ", &save))
        words[n++] = w;
    struct strbuf b = STRBUF_INIT;
    for (size_t i = 0; i < n; i++) {
        if (i)
            strbuf_putc(&b, ' ');
        char lw[LOWER_CAP];
        bool fits = person_lower_word(words[i], lw);
        bool last = i + 1 == n;
        if (fits && ((!last && str_key_is_any(lw, lead_lower)) ||
                     (i > 0 && !last && str_key_is_any(lw, mid_lower))))
            strbuf_puts(&b, lw);
        else if (fits && !last && strcmp(lw, words[i]) == 0)
            strbuf_puts(&b, lw); /* written in lower case: "de la Monneraye" */
        else
            capitalise_word(&b, words[i]);
    }
    free(copy);
    return strbuf_detach(&b);
}

/* ------------------------------------------------------------------ */
/* Words of a name                                                      */

enum wclass { W_UPPER, W_PARTICLE, W_GIVEN, W_OTHER };

/* Lower-case particles that belong to the family name when they stand
 * before it: "Jean de LA TOUR". */
static const char *const particles[] = {"de",  "du",  "des", "d'",  "la", "le",  "van",
                                        "von", "der", "den", "di",  "da", "del", "della",
                                        "dos", "das", "ten", "ter", NULL};

/* First words of a family name written in capitals: "Mme LE GALL", "M. BEN
 * SAÏD" are family names whole. */
static const char *const family_heads[] = {
    "de",  "du",  "des",   "d",   "la",  "le",  "les",   "l",   "van",
    "von", "der", "den",   "di",  "da",  "del", "della", "dos", "das",
    "ten", "ter", "ben",   "ibn", "el",  "al",  "abu",   "bou", "ould",
    "mac", "mc",  "saint", "st",  "ste", "o",   "y",     NULL};

/* After a civility, a name all in capitals ("M. JEAN-PIERRE DUMONT") has its
 * given name first when it has two capital words or more and the first is no
 * particle ("Mme LE GALL" is a family name). */
static bool caps_given(char *const *w, const enum wclass *cls, size_t i0, size_t n)
{
    size_t upper = 0;
    for (size_t i = i0; i < n; i++) {
        if (cls[i] != W_UPPER)
            return false;
        upper++;
    }
    if (upper < 2)
        return false;
    char *k = str_fold_key(w[i0]);
    /* "D'ALMEIDA": the elided particle is the head */
    if (strchr(w[i0], '\'') || strstr(w[i0], "\xE2\x80\x99"))
        k[strcspn(k, " ")] = '\0';
    bool head = str_key_is_any(k, family_heads);
    free(k);
    return !head;
}

static enum wclass word_class(const char *w)
{
    size_t letters = 0, upper = 0, lower = 0, digits = 0;
    int32_t first = -1;
    for (size_t i = 0; w[i];) {
        int32_t cp = text_next_cp(w, &i);
        if (text_is_letter(cp)) {
            if (first < 0)
                first = cp;
            letters++;
            upper += text_is_upper(cp);
            lower += text_is_lower(cp);
        } else if (cp >= '0' && cp <= '9') {
            digits++;
        }
    }
    if (digits || letters == 0)
        return W_OTHER;
    if (lower == 0 && letters >= 2)
        return W_UPPER;
    /* "Y.", "A.": an initial is a given name */
    if (letters == 1 && upper == 1 && w[strlen(w) - 1] == '.')
        return W_GIVEN;
    /* "d'ALMEIDA": an elided lower-case particle on an upper-case name */
    if (w[0] == 'd' && (str_startswith(w, "d'") || str_startswith(w, "d’")) &&
        lower == 1 && letters >= 3)
        return W_UPPER;
    if (lower == letters || (lower == letters - 1 && letters == 1)) {
        char lw[LOWER_CAP];
        return person_lower_word(w, lw) && str_key_is_any(lw, particles) ? W_PARTICLE
                                                                         : W_OTHER;
    }
    if (text_is_upper(first))
        return W_GIVEN; /* "Jean", "Jean-Marc", "J." (letters == 1, upper) */
    return W_OTHER;
}

struct civility {
    const char *word; /* lower case, as written */
    const char *prefix;
};

static const struct civility civilities[] = {
    {"m.", "M."},
    {"m", "M."},
    {"mr", "M."},
    {"mr.", "M."},
    {"monsieur", "M."},
    {"mme", "Mme"},
    {"mme.", "Mme"},
    {"madame", "Mme"},
    {"mlle", "Mlle"},
    {"mlle.", "Mlle"},
    {"mademoiselle", "Mlle"},
    {"dr", "Dr"},
    {"dr.", "Dr"},
    {"docteur", "Dr"},
    {"docteure", "Dr"},
    {"dre", "Dr"},
    {"dre.", "Dr"},
    {"pr", "Pr"},
    {"pr.", "Pr"},
    {"professeur", "Pr"},
    {"professeure", "Pr"},
    {"me", "Me"},
    {"me.", "Me"},
    {"maître", "Me"},
    {"maitre", "Me"},
};

static const char *civility_of(const char *w)
{
    char lw[LOWER_CAP];
    if (!person_lower_word(w, lw))
        return NULL;
    for (size_t i = 0; i < sizeof civilities / sizeof civilities[0]; i++)
        if (lw[0] == civilities[i].word[0] && strcmp(lw, civilities[i].word) == 0)
            return civilities[i].prefix;
    return NULL;
}

/* Words that open a line naming a group or a service, not a person:
 * "Équipe CSAPA", "Secrétariat DUPONT". Compared folded. */
/* clang-format off */
static const char *const not_people[] = {
    "equipe",          "l equipe",        "secretariat",     "accueil",
    "service",         "standard",        "direction",       "contact",
    "contacts",        "permanence",      "cellule",         "pole",
    "bureau",          "association",     "centre",          "mairie",
    "conseil",         "comite",          "groupe",          "federation",
    "maison",          "reseau",          "union",           "commission",
    "departement",     "mission",         "unite",           "cabinet",
    "agence",          "institut",        "observatoire",    "fondation",
    "collectif",       "antenne",         "point",           "espace",
    "plateforme",      "plate",           "formulaire",      "site",
    "voir",            "tel",             "telephone",       "fax",
    "courriel",        "mail",            "e",               "greffe",
    "secretaire",      "police",          "controle",        "administration",
    "guichet",         "hotel",           "batiment",        "immeuble",
    "salle",           "residence",       "rue",             "avenue",
    /* a letter's closing words: "PAR ORDONNANCE," over the signatures */
    "par",             "pour",            "ordonnance",      "signe",
    NULL
};
/* clang-format on */

static void name_clear(struct name *nm)
{
    free(nm->given);
    free(nm->family_raw);
    memset(nm, 0, sizeof *nm);
}

static char *join_words(char *const *w, const enum wclass *cls, size_t a, size_t b,
                        bool skip_part)
{
    struct strbuf s = STRBUF_INIT;
    for (size_t i = a; i < b; i++) {
        if (skip_part && cls[i] == W_PARTICLE)
            continue;
        if (s.len)
            strbuf_putc(&s, ' ');
        strbuf_puts(&s, w[i]);
    }
    return strbuf_detach(&s);
}

/* Capitalised particles that open a family name in natural case: "Mme Le Gall",
 * "M. Van Damme". Compared lower-cased. */
static const char *const cap_particles[] = {"le",  "la", "de", "du",  "des",   "van",
                                            "von", "da", "di", "del", "della", NULL};

/* The words of a name, their classes, and the first after the civility. */
struct words {
    char *w[16];
    enum wclass cls[16];
    size_t n, i0;
};

/* Whether word w is one that names no one ("Bureau", "Mairie", "Tél"). */
static bool not_a_name(const char *w)
{
    return str_folds_to_any(w, not_people);
}

/* Whether words a and b are a compound given name written without its
 * hyphen ("Jean Marc Arnold", "Marie France Harang", "Rose Marie Müller"):
 * a first part that makes most French compounds, then a given name that
 * often follows it. Compared folded. */
static bool compound_given(const char *a, const char *b)
{
    static const char *const heads[] = {"jean", "marie", "anne", "rose", NULL};
    /* clang-format off */
    static const char *const tails[] = {
        "marc",     "pierre",  "paul",      "luc",      "claude",   "francois",
        "louis",    "michel",  "jacques",   "philippe", "yves",     "baptiste",
        "charles",  "christophe", "noel",   "rene",     "guy",      "bernard",
        "daniel",   "marie",   "claire",    "france",   "christine", "helene",
        "therese",  "odile",   "laure",     "noelle",   "jose",     "sophie",
        "cecile",   "lise",    "line",      "agnes",    "catherine", "madeleine",
        "annick",   "pascale", "paule",     "dominique", "chantal", "joseph",
        "emmanuel", "gabriel", "andre",     "eric",     "alain",    "denis",
        "francoise", "jeanne", "josephe",   "lou",      "ange",     "laurence",
        NULL};
    /* clang-format on */
    return str_folds_to_any(a, heads) && str_folds_to_any(b, tails);
}

/* "M. Jean Dupuis": a civility (or vouched) names a person written in natural
 * case; the last word, with the particles before it, is the family name
 * ("Mme Anne de Villiers"). "Mme Dupont": a civility before one name is
 * before the family name, as in a letter's greeting. */
static bool natural_case(const struct words *ws, struct name *out, bool vouched)
{
    size_t i0 = ws->i0, n = ws->n;
    char *const *w = ws->w;
    const enum wclass *cls = ws->cls;
    if (out->prefix && n - i0 == 1 && cls[i0] == W_GIVEN) {
        char *k = str_fold_key(w[i0]);
        bool stop = str_key_is_any(k, not_people) || str_key_is_any(k, cap_particles);
        free(k);
        if (stop)
            return false;
        out->given = NULL;
        out->family_raw = xstrdup(w[i0]);
        return true;
    }
    if (!(out->prefix || (vouched && n - i0 >= 2)) || n - i0 < 2 || n - i0 > 4)
        return false;
    /* "Représentant de la Ville", "Directrice Générale": a role in title
     * case, no name */
    if (!out->prefix && person_role_title(w[i0]))
        return false;
    size_t fam = n - 1;
    while (fam > i0 + 1 && cls[fam - 1] == W_PARTICLE)
        fam--;
    /* "Nolwenn Jan Prado, coordinatrice", "Salima Allal Cherif, directrice":
     * without a civility, three words are a given name and a family name of
     * two (a given name of two words is mostly hyphenated, "Jean-Pierre",
     * but for the common compounds written without it: compound_given);
     * "Madame Marie Claire Dupont", formal, keeps a given name of two */
    if (!out->prefix && n - i0 == 3 && fam == n - 1 && !compound_given(w[i0], w[i0 + 1]))
        fam = i0 + 1;
    /* "Mme Le Gall": a capitalised particle opens the family name */
    if (fam > i0 && cls[fam - 1] == W_GIVEN) {
        char lw[LOWER_CAP];
        if (person_lower_word(w[fam - 1], lw) && str_key_is_any(lw, cap_particles))
            fam--;
    }
    for (size_t i = i0; i < n; i++)
        if (((i < fam || i == n - 1) && cls[i] != W_GIVEN) || not_a_name(w[i]))
            return false;
    out->given = fam > i0 ? join_words(ws->w, cls, i0, fam, false) : NULL;
    out->family_raw = join_words(ws->w, cls, fam, n, false);
    return true;
}

/* "DENIS HUBER", "M. JEAN-PIERRE DUMONT": all capitals; the first word is
 * the given name ("GREFFE MUNICIPAL", a service's label, is none). */
static bool all_capitals(const struct words *ws, struct name *out)
{
    size_t upper = 0;
    for (size_t i = ws->i0; i < ws->n; i++)
        upper += ws->cls[i] == W_UPPER;
    if (upper < 2 || ws->cls[ws->i0] != W_UPPER || not_a_name(ws->w[ws->i0]))
        return false;
    struct strbuf g = STRBUF_INIT;
    capitalise_word(&g, ws->w[ws->i0]);
    out->given = strbuf_detach(&g);
    out->family_raw = join_words(ws->w, ws->cls, ws->i0 + 1, ws->n, false);
    return true;
}

/* The family name in capitals, words [a, b), the other words the given
 * name ("GUILBAUD Sylvain", "Jean DE LA TOUR"). */
static bool family_run(const struct words *ws, size_t a, size_t b, struct name *out)
{
    for (size_t i = ws->i0; i < ws->n; i++) {
        if (i >= a && i < b)
            continue;
        if (ws->cls[i] == W_PARTICLE || not_a_name(ws->w[i]))
            return false; /* "Jean de la Fontaine": no upper-case family word */
    }
    out->family_raw = join_words(ws->w, ws->cls, a, b, false);
    struct strbuf g = STRBUF_INIT;
    for (size_t i = ws->i0; i < ws->n; i++) {
        if (i >= a && i < b)
            continue;
        if (g.len)
            strbuf_putc(&g, ' ');
        strbuf_puts(&g, ws->w[i]);
    }
    out->given = strbuf_detach(&g);
    if (out->given[0] == '\0') {
        free(out->given);
        out->given = NULL;
    }
    return true;
}

/* Split copy into ws (civility into out->prefix); false when it cannot be a
 * name: more than 16 words, none or more than 6 after the civility, or a
 * word that is not one of a name. */
static bool split_name(char *copy, struct words *ws, struct name *out)
{
    char *save = NULL;
    ws->n = 0;
    for (char *t = strtok_r(copy, " ", &save); t; t = strtok_r(NULL, " ", &save)) {
        if (ws->n == 16)
            return false;
        ws->w[ws->n++] = t;
    }
    ws->i0 = ws->n > 0 && (out->prefix = civility_of(ws->w[0])) != NULL ? 1 : 0;
    if (ws->n == ws->i0 || ws->n - ws->i0 > 6)
        return false;
    for (size_t i = ws->i0; i < ws->n; i++)
        if ((ws->cls[i] = word_class(ws->w[i])) == W_OTHER)
            return false;
    return true;
}

/* The name of ws, whose capitals are read from its runs of upper-case words. */
static bool name_of_words(struct words *ws, struct name *out, bool vouched)
{
    size_t i0 = ws->i0, n = ws->n, run_a = n, run_b = n, runs = 0, first = n;
    const enum wclass *cls = ws->cls;
    for (size_t i = i0; i < n; i++) {
        if (cls[i] == W_UPPER && (i == i0 || cls[i - 1] != W_UPPER)) {
            runs++;
            run_a = i;
            first = first == n ? i : first;
        }
        if (cls[i] == W_UPPER)
            run_b = i + 1;
    }
    if (runs == 0)
        return natural_case(ws, out, vouched);
    if (runs > 1) {
        /* "DE LA TOUR" split by nothing else than particles is one run */
        for (size_t i = first; i < run_b; i++)
            if (cls[i] == W_GIVEN)
                return false;
        run_a = first;
    }
    /* lower-case particles just before the run belong to the family name */
    while (run_a > i0 && cls[run_a - 1] == W_PARTICLE)
        run_a--;
    size_t given_words = 0;
    for (size_t i = i0; i < n; i++)
        if ((i < run_a || i >= run_b) && cls[i] != W_PARTICLE)
            given_words++;
    if (given_words == 0 && (!out->prefix || caps_given(ws->w, cls, i0, n)))
        return all_capitals(ws, out);
    return family_run(ws, run_a, run_b, out);
}

/* Parse "M. Jean DE LA TOUR", "GUILBAUD Sylvain", "Denis HUBER". vouched: the
 * line's label ("Directrice : Claire Dupuis") or a role after the name
 * ("Aurélie Robic, directrice") vouches, as a civility does, for a given and
 * family name written in natural case. A civility and one word are a family
 * name ("Madame Decoux"). */
bool person_parse_name_v(const char *text, struct name *out, bool vouched)
{
    memset(out, 0, sizeof *out);
    char *copy = str_squeeze(text);
    struct words ws;
    bool ok = split_name(copy, &ws, out) && name_of_words(&ws, out, vouched);
    free(copy);
    if (!ok)
        name_clear(out);
    return ok;
}

bool person_parse_first_name(const char *word, struct name *out)
{
    memset(out, 0, sizeof *out);
    char *copy = str_squeeze(word);
    struct words ws;
    bool ok = split_name(copy, &ws, out) && !out->prefix && ws.n == 1 &&
              ws.cls[0] == W_GIVEN && strlen(ws.w[0]) >= 3 && !not_a_name(ws.w[0]) &&
              !strchr(ws.w[0], '.');
    if (ok)
        out->family_raw = xstrdup(ws.w[0]);
    free(copy);
    if (!ok)
        name_clear(out);
    return ok;
}

/* Extractor: a postal address given in a sentence ("… dans la boîte aux
 * lettres du tribunal, au 56 avenue de Saint Cloud à Versailles, …"), for an
 * entry whose contact block gives none. The sentence itself stays in NOTE. */
/* GNU calls: memmem. */
#define _GNU_SOURCE

#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "base/text.h"
#include "base/util.h"
#include "extract/address.h"
#include "extract/address_int.h"
#include "extract/phone.h"

/* The end of the number that opens a street at s ("56", "12 bis", "3ter,"):
 * the offset of the street type after it, or 0. */
static size_t street_number(const char *s)
{
    size_t i = 0;
    while (ascii_isdigit((unsigned char)s[i]))
        i++;
    if (i == 0 || i > 5)
        return 0;
    static const char *const suffixes[] = {" bis", " ter", "bis", "ter", NULL};
    for (size_t k = 0; suffixes[k]; k++)
        if (ascii_prefix(s + i, suffixes[k]) &&
            !ascii_isalpha((unsigned char)s[i + strlen(suffixes[k])])) {
            i += strlen(suffixes[k]);
            break;
        }
    /* "Depuis 2010, place …": a year and a comma are no street number */
    if (s[i] == ',' && i == 4 && (s[0] == '1' || s[0] == '2'))
        return 0;
    if (s[i] == ',')
        i++;
    return s[i] == ' ' ? i + 1 : 0;
}

/* The length of the locality at s: capitalised words joined by spaces or
 * hyphens ("Versailles", "Saint-Germain-en-Laye", "Le Mans"), the joining
 * small words of place names allowed inside. */
size_t address_locality_len(const char *s)
{
    /* "à" joined by hyphens only: "Pointe-à-Pitre", "Saint-Martin-à-Vézelay" */
    static const char *const small[] = {"en",  "de",   "des", "du",  "la", "le", "les",
                                        "sur", "sous", "lès", "lez", "d'", "à-", NULL};
    size_t i = 0, end = 0;
    while (s[i]) {
        bool cap = ascii_isupper((unsigned char)s[i]) ||
                   ((unsigned char)s[i] == 0xC3 && (unsigned char)s[i + 1] >= 0x80 &&
                    (unsigned char)s[i + 1] <= 0x9E);
        bool joined = false;
        for (size_t k = 0; small[k] && !cap && !joined && end > 0; k++)
            joined = ascii_prefix(s + i, small[k]) &&
                     (small[k][strlen(small[k]) - 1] == '-' ||
                      s[i + strlen(small[k])] == '-' || s[i + strlen(small[k])] == ' ');
        if (!cap && !joined)
            break;
        while (s[i] && s[i] != ' ' && s[i] != '-' && s[i] != ',' && s[i] != '.' &&
               s[i] != '(' && s[i] != ')' && s[i] != ';')
            i++;
        if (cap)
            end = i;
        if ((s[i] == ' ' || s[i] == '-') && s[i + 1])
            i++;
        else
            break;
    }
    return end;
}

/* How a street opens in a sentence: by its number ("au 49, rue Maubec"),
 * by its type after "située" ("située rue du Transit à Grègues"), or by its
 * type after a comma with its number last ("au Centre de Réseau Santé,
 * Place d'Armes 30."). */
enum opening { OPEN_NUMBER, OPEN_PLACED, OPEN_NUMBER_LAST };

/* The street types a street without its number in front may open with (not
 * the lead words of buildings and boxes: "bâtiment 4", "BP 12"). */
static const char *const street_types[] = {
    "rue",     "avenue",  "av",     "boulevard", "bd",        "bld",
    "blvd",    "boul",    "chemin", "route",     "allee",     "impasse",
    "quai",    "place",   "cours",  "chaussee",  "square",    "faubourg",
    "passage", "sentier", "montee", "esplanade", "promenade", NULL};

/* Whether the street [0, n) of s ends with its number (three digits at
 * most, a letter after them allowed): "Place d'Armes 30",
 * "rue de Chièvres 17a". */
static bool number_last(const char *s, size_t n)
{
    size_t i = n;
    if (i > 0 && ascii_isalpha((unsigned char)s[i - 1]))
        i--; /* "17a" */
    size_t d = i;
    while (d > 0 && ascii_isdigit((unsigned char)s[d - 1]))
        d--;
    return i > d && i - d <= 3 && d > 1 && s[d - 1] == ' ';
}

/* Whether the full stop at s[i] ends an abbreviation of a street word
 * ("31, boul. de Gaulle", "12 av. Foch", "rue St. Jean") or an initial
 * with more after. */
static bool abbrev_stop(const char *s, size_t i)
{
    static const char *const abbr[] = {"boul", "av",  "bd", "bld", "blvd", "st", "ste",
                                       "pl",   "rte", "ch", "imp", "fbg",  NULL};
    size_t w = i;
    while (w > 0 && ascii_isalpha((unsigned char)s[w - 1]))
        w--;
    /* an initial: "Place G. Bisson", "rue J.B.Clément", "rue J.-B. Clément" */
    const char *next = s + i + 1 + (s[i + 1] == ' ' || s[i + 1] == '-');
    if (i - w == 1 && ascii_isupper((unsigned char)s[w]) &&
        (w == 0 || strchr(" ,.-", s[w - 1])) && ascii_isupper((unsigned char)*next))
        return true;
    if (w > 0 && s[w - 1] != ' ' && s[w - 1] != ',')
        return false;
    if (s[i + 1] != ' ' || !ascii_isalpha((unsigned char)s[i + 2]))
        return false;
    for (size_t k = 0; abbr[k]; k++)
        if (strlen(abbr[k]) == i - w && ascii_prefix(s + w, abbr[k]))
            return true;
    return false;
}

/* The end of the street's text that starts at s (its number k bytes long):
 * the first ",", ";", ":", "(", ")" or end of line, or a full stop that
 * ends no abbreviation. */
static size_t street_end(const char *s, size_t k)
{
    size_t n = k + strcspn(s + k, ",.;:()\n");
    while (s[n] == '.' && abbrev_stop(s, n))
        n += 1 + strcspn(s + n + 1, ",.;:()\n");
    /* the sentence going on: "31, boul. de Gaulle et vous pouvez…" (not
     * "rue des Arts et Métiers") */
    static const char *const links[] = {" et ",        " ou ",   " qui ",
                                        " o\xC3\xB9 ", " pour ", NULL};
    for (size_t i = k; i < n; i++)
        for (size_t j = 0; links[j]; j++) {
            size_t len = strlen(links[j]);
            if (i + len < n && memcmp(s + i, links[j], len) == 0 &&
                ascii_islower((unsigned char)s[i + len]))
                return i;
        }
    return n;
}

/* ", 08170 Fumay" at s: a French postcode and its locality after a
 * street; the length of the locality (its offset is 8), or 0. */
static size_t postcode_after(const char *s, size_t *loc_n)
{
    if (s[0] != ',' || s[1] != ' ')
        return 0;
    for (size_t i = 2; i < 7; i++)
        if (!ascii_isdigit((unsigned char)s[i]))
            return 0;
    size_t n = s[7] == ' ' ? address_locality_len(s + 8) : 0;
    if (loc_n)
        *loc_n = n;
    return n;
}

/* The street that opens at s as `how` says ("56 avenue de Saint Cloud à
 * Versailles, …"): its length and, after " à ", the locality's offset and
 * length. */
static bool street_at(struct strbuf *tmp, const char *s, enum opening how, size_t *street,
                      size_t *loc, size_t *loc_n)
{
    size_t k = how == OPEN_NUMBER ? street_number(s) : 0;
    if (how == OPEN_NUMBER && k == 0)
        return false;
    size_t n = street_end(s, k); /* "49, rue Maubec, …" */
    /* " à " within the street's text only: a search to the end of the line
     * from every comma of a long list is quadratic */
    const char *a = memmem(s, n, " \xC3\xA0 ", 4);
    if (a && (size_t)(a - s) < n)
        n = (size_t)(a - s);
    if (n <= k)
        return false;
    const char *key = str_fold_key_to(tmp, s + k, n - k);
    if (!str_key_starts_any(key,
                            how == OPEN_NUMBER ? address_lead_words : street_types) ||
        (how == OPEN_NUMBER_LAST && !number_last(s, n) && !postcode_after(s + n, NULL)))
        return false;
    /* a second street word after a comma: the corner or square the street
     * opens on ("5 rue Saint-Laurent, place Paul-Julius-Benard à …") */
    size_t next = s[n] == ',' && s[n + 1] == ' ' ? street_end(s + n + 2, 0) : 0;
    if (!a && next > 0 &&
        str_key_starts_any(str_fold_key_to(tmp, s + n + 2, next), street_types)) {
        n = n + 2 + next;
        a = memmem(s, n, " \xC3\xA0 ", 4);
        if (a)
            n = (size_t)(a - s);
    }
    *street = n;
    *loc = *loc_n = 0;
    if (a && (size_t)(a - s) == n) {
        *loc = n + 4;
        *loc_n = address_locality_len(s + *loc);
    } else if (s[n] == ',' && strncmp(s + n + 1, " \xC3\xA0 ", 4) == 0) {
        *loc = n + 5; /* "12 rue Pelletier d'Oisy, à Auch" */
        *loc_n = address_locality_len(s + *loc);
    }
    return true;
}

static bool after_placed(const char *t, const char *p);

/* Whether the number at p (in t) may open a street: after "au " or "au n°"
 * ("situé au 49, rue Maubec"), at the start of the line or set off by a
 * comma, a parenthesis or a spaced dash ("SOS Femmes accueil 72, 30 avenue Gisèle Halimi,
 * au Mans"); not after any other word ("le bureau 12 rue X"). */
static bool street_may_open(const char *t, const char *p)
{
    if (p == t)
        return true;
    if (p >= t + 2 && (p[-1] == ' ' || p[-1] == '(') &&
        (p[-2] == ',' || p[-2] == '(' || p[-1] == '('))
        return true;
    /* set off by a spaced dash: "la MDPH - 12 rue Pelletier d'Oisy, à Auch -" */
    if (p >= t + 3 && p[-1] == ' ' &&
        ((p[-2] == '-' && p[-3] == ' ') ||
         (p >= t + 5 && (unsigned char)p[-2] == 0x93 && (unsigned char)p[-3] == 0x80 &&
          (unsigned char)p[-4] == 0xE2 && p[-5] == ' ')))
        return true;
    if (p >= t + 3 && ascii_prefix(p - 3, "au ") && (p == t + 3 || p[-4] == ' '))
        return true;
    if (after_placed(t, p)) /* "Et se situe 5 rue Saint-Laurent" */
        return true;
    const char *no = "au n\xC2\xB0"; /* "au n°" with or without a space */
    for (size_t sp = 0; sp < 2; sp++) {
        size_t len = strlen(no) + sp;
        if ((size_t)(p - t) >= len && ascii_prefix(p - len, no) &&
            (sp == 0 || p[-1] == ' ') && (p - len == t || *(p - len - 1) == ' '))
            return true;
    }
    return false;
}

/* Whether p (in t) follows "situé", "située(s)", "sis", "sise", "(se)
 * situe", "(se) trouve" and a space, a word of its own. */
static bool after_placed(const char *t, const char *p)
{
    static const char *const words[] = {"situ\xC3\xA9 ",
                                        "situ\xC3\xA9\x65 ",
                                        "situ\xC3\xA9s ",
                                        "situ\xC3\xA9\x65s ",
                                        "sis ",
                                        "sise ",
                                        "situe ",
                                        "trouve ",
                                        NULL};
    for (size_t i = 0; words[i]; i++) {
        size_t len = strlen(words[i]);
        if ((size_t)(p - t) >= len && ascii_prefix(p - len, words[i]) &&
            (p - len == t || *(p - len - 1) == ' '))
            return true;
    }
    return false;
}

/* The next place from `from` in t where a street may open: its offset and
 * *how, or SIZE_MAX. */
static size_t sentence_street(const char *t, size_t from, enum opening *how)
{
    for (const char *p = t + from; *p; p++) {
        if (ascii_isdigit((unsigned char)*p)) {
            if ((p == t || !ascii_isdigit((unsigned char)p[-1])) &&
                street_may_open(t, p)) {
                *how = OPEN_NUMBER;
                return (size_t)(p - t);
            }
        } else if (ascii_isalpha((unsigned char)*p) && p > t && p[-1] == ' ') {
            *how = after_placed(t, p) ? OPEN_PLACED : OPEN_NUMBER_LAST;
            if (*how == OPEN_PLACED || (p >= t + 2 && p[-2] == ','))
                return (size_t)(p - t);
        }
    }
    return SIZE_MAX;
}

/* Whether the n bytes at s name a department: its number ("69", "2A"), its
 * postcode, or capitalised words alone ("Calvados", "Haute-Garonne"). */
static bool department_in(const char *s, size_t n)
{
    if (n == 5 && strspn(s, "0123456789") == 5)
        return true; /* the postcode, as the press writes it: "à Sanary (83110)" */
    if (n >= 2 && n <= 3 && ascii_isdigit((unsigned char)s[0]) &&
        ascii_isalnum((unsigned char)s[1]) &&
        (n == 2 || ascii_isdigit((unsigned char)s[2])))
        return true;
    char *t = xstrndup(s, n);
    bool words = n > 0 && address_locality_len(t) == n;
    free(t);
    return words;
}

size_t address_locality_after_a(const char *s, size_t *at)
{
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == '.' || s[n - 1] == ' '))
        n--;
    const char *a = NULL;
    for (const char *p = strstr(s, " \xC3\xA0 "); p && (size_t)(p - s) < n;
         p = strstr(p + 1, " \xC3\xA0 "))
        a = p;
    if (!a || a == s)
        return 0;
    size_t from = (size_t)(a - s) + 4, len = address_locality_len(s + from);
    /* its department may follow in parentheses: "à Hérouville-Saint-Clair
     * (Calvados)" */
    const char *tail = s + from + len;
    size_t blank = tail[0] == ' '; /* "à Carouge(GE)" too */
    bool dept = len > 0 && tail[blank] == '(' && s[n - 1] == ')' &&
                department_in(tail + blank + 1, (size_t)(s + n - tail) - blank - 2);
    if (len == 0 || (from + len != n && !dept))
        return 0;
    *at = (size_t)(a - s);
    return len;
}

size_t address_street_in(const char *text, size_t *at, char **town)
{
    struct strbuf tmp = STRBUF_INIT;
    size_t street = 0, loc = 0, loc_n = 0;
    bool found = false;
    enum opening how;
    for (size_t p = sentence_street(text, 0, &how); !found && p != SIZE_MAX;
         p = sentence_street(text, p + 1, &how)) {
        found = street_at(&tmp, text + p, how, &street, &loc, &loc_n);
        *at = p;
    }
    strbuf_free(&tmp);
    if (!found)
        return 0;
    /* ", rue Général Leclerc 03 85 93 85 20": the number ending it is a phone */
    size_t pa, pb;
    for (size_t from = *at; phone_find(text, from, &pa, &pb) && pa < *at + street;
         from = pb)
        if (pb >= *at + street && pa > *at) {
            street = pa - *at;
            loc_n = 0;
            break;
        }
    *town = loc_n > 0 ? xstrndup(text + *at + loc, loc_n) : NULL;
    while (street > 0 && text[*at + street - 1] == ' ') /* "31 rue X (face à …)" */
        street--;
    return street;
}

bool address_in_prose(const struct text_line *tl, struct entry *e)
{
    struct address *a = &e->adr;
    if (a->line != 0 || a->lines.n || a->postcode)
        return false;
    size_t at;
    char *town;
    size_t n = address_street_in(tl->text, &at, &town);
    if (n == 0)
        return false;
    strlist_push(&a->lines, xstrndup(tl->text + at, n));
    size_t loc_n = 0;
    if (!town && postcode_after(tl->text + at + n, &loc_n) > 0) {
        /* "…, avenue de Champagne, 08170 Fumay." */
        a->postcode = xstrndup(tl->text + at + n + 2, 5);
        town = xstrndup(tl->text + at + n + 8, loc_n);
    }
    a->locality = town;
    /* the label: the street and its locality as written */
    const char *end = town ? strstr(tl->text + at + n, town) : NULL;
    size_t label = end ? (size_t)(end - tl->text - at) + strlen(town) : n;
    strlist_push(&a->label, xstrndup(tl->text + at, label));
    a->line = tl->line;
    return true;
}

/* Whether s opens with a name in capitals, past a particle ("Georges-Brassens",
 * "de l'Église", "du Dauphiné", "G. Bisson"). */
static bool capital_name(const char *s)
{
    static const char *const particles[] = {"de la ", "de l'",         "de l\xE2\x80\x99",
                                            "des ",   "du ",           "de ",
                                            "d'",     "d\xE2\x80\x99", NULL};
    for (size_t k = 0; particles[k]; k++)
        if (ascii_prefix(s, particles[k])) {
            s += strlen(particles[k]);
            break;
        }
    size_t i = 0;
    return text_is_upper(text_next_cp(s, &i));
}

/* The first street type of t that starts a word after a blank and is
 * followed by a name in capitals, not after "la" ("stationnement dans la
 * rue Massillon" is no address): its offset, or SIZE_MAX. */
static size_t typed_street(struct strbuf *tmp, const char *t)
{
    for (const char *p = strchr(t, ' '); p; p = strchr(p + 1, ' ')) {
        const char *w = p + 1;
        size_t n = strcspn(w, " ,.;:()");
        if (n < 3 || w[n] != ' ' || !capital_name(w + n + 1) ||
            (p >= t + 2 && ascii_prefix(p - 2, "la") && (p == t + 2 || p[-3] == ' ')))
            continue;
        if (str_key_is_any(str_fold_key_to(tmp, w, n), street_types))
            return (size_t)(w - t);
    }
    return SIZE_MAX;
}

bool address_typed_in_prose(const struct text_line *tl, struct entry *e)
{
    struct address *a = &e->adr;
    if (a->line != 0 || a->lines.n || a->postcode)
        return false;
    struct strbuf tmp = STRBUF_INIT;
    size_t at = typed_street(&tmp, tl->text);
    strbuf_free(&tmp);
    if (at == SIZE_MAX)
        return false;
    const char *s = tl->text + at;
    size_t n = street_end(s, 0), loc_n = 0;
    const char *dash = memmem(s, n, " - ", 3); /* "– place Colonel Parisot - abritait" */
    if (dash)
        n = (size_t)(dash - s);
    const char *to = memmem(s, n, " \xC3\xA0 ", 4); /* "place X à Terrasson" */
    if (to) {
        n = (size_t)(to - s);
        loc_n = address_locality_len(to + 4);
    }
    while (n > 0 && s[n - 1] == ' ')
        n--;
    strlist_push(&a->lines, xstrndup(s, n));
    a->locality = loc_n ? xstrndup(to + 4, loc_n) : NULL;
    strlist_push(&a->label, xstrndup(s, loc_n ? (size_t)(to + 4 - s) + loc_n : n));
    a->line = tl->line;
    return true;
}

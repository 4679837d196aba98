/* Part of the address extractor (address.c): the words of street, building and
 * organisation names, and from them how much a line of the block looks like a
 * delivery line rather than a name. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "base/text.h"
#include "base/util.h"
#include "extract/address_int.h"

/* ------------------------------------------------------------------ */
/* Words                                                                */

static size_t key_words(const char *key)
{
    size_t n = key[0] != '\0';
    for (const char *p = key; *p; p++)
        n += *p == ' ';
    return n;
}

/* Words that make a line a delivery line wherever they stand: street types
 * and building / floor / postal-box words. */
static const char *const strong_words[] = {"rue",
                                           "avenue",
                                           "av",
                                           "bd",
                                           "bld",
                                           "blvd",
                                           "boul",
                                           "boulevard",
                                           "chemin",
                                           "route",
                                           "rte",
                                           "allee",
                                           "impasse",
                                           "quai",
                                           "faubourg",
                                           "fbg",
                                           "rond point",
                                           "esplanade",
                                           "parvis",
                                           "promenade",
                                           "lieu dit",
                                           "hameau",
                                           "zi",
                                           "za",
                                           "zac",
                                           "zone industrielle",
                                           "zone artisanale",
                                           "lotissement",
                                           "sentier",
                                           "montee",
                                           "traverse",
                                           "chaussee",
                                           "batiment",
                                           "bat",
                                           "immeuble",
                                           "res",
                                           "etage",
                                           "rez de chaussee",
                                           "rdc",
                                           "rez de jardin",
                                           "escalier",
                                           "esc",
                                           "appartement",
                                           "appt",
                                           "bp",
                                           "b p",
                                           "cs",
                                           "tsa",
                                           "case postale",
                                           "boite postale",
                                           "bte",
                                           "cedex",
                                           NULL};

/* Words that make a short line a delivery line ("Palais de l'Europe",
 * "Maison des associations") but that also occur in names. */
static const char *const weak_words[] = {
    "place",      "cours",     "square",    "passage",    "voie",    "zone",
    "parc",       "campus",    "residence", "cite",       "tour",    "palais",
    "espace",     "maison",    "hotel",     "centre",     "pole",    "porte",
    "entree",     "aile",      "niveau",    "local",      "bureau",  "domaine",
    "site",       "villa",     "mail",      "galerie",    "clos",    "ferme",
    "chateau",    "moulin",    "couvent",   "abbaye",     "caserne", "hopital",
    "ecole",      "college",   "lycee",     "universite", "mairie",  "salle",
    "plateau",    "cour",      "pavillon",  "hall",       "bloc",    "quartier",
    "technopole", "pepiniere", "hangar",    "entrepot",   "dock",    "carre",
    "forum",      "atrium",    "agora",     "arche",      "rotonde", NULL};

/* Link words of a long name: "Groupe de Coopération en matière de lutte contre...";
 * "de", "du", "des" alone also link the words of a place ("Maison de quartier des
 * Moulins"), so they count only in a long line. */
static const char *const name_particles[] = {"en", "pour", "contre", "aux",
                                             "au", "et",   NULL};
static const char *const place_particles[] = {"de", "du", "des", "d", NULL};

/* Words that name an organisation or one of its units, not a place. */
static const char *const org_words[] = {
    "association", "asbl",        "federation", "service",      "services",
    "unite",       "departement", "direction",  "antenne",      "delegation",
    "secretariat", "comite",      "reseau",     "groupe",       "collectif",
    "institut",    "office",      "mission",    "agence",       "observatoire",
    "programme",   "cellule",     "equipe",     "consultation", "consultations",
    "prevention",  "lutte",       "union",      "fondation",    "syndicat",
    NULL};

bool address_org_key(const char *key)
{
    return str_key_has_any(key, org_words);
}

/* Building, floor and postal-box words: a first line holding one is a delivery
 * line even where the organisation's name is expected ("Centre d'affaires
 * Agora, 2e étage", "Rés. Les Tilleuls, entrée 2"). */
static const char *const floor_words[] = {
    "etage", "batiment",      "bat",           "escalier", "esc", "rez de chaussee",
    "rdc",   "rez de jardin", "appartement",   "appt",     "bp",  "cs",
    "tsa",   "case postale",  "boite postale", "lieu dit", "res", NULL};

/* Street types that may open a line: "Rue de Fer 52", "Avenue de l'Europe". */
const char *const address_lead_words[] = {"rue",
                                          "avenue",
                                          "av",
                                          "bd",
                                          "bld",
                                          "blvd",
                                          "boul",
                                          "boulevard",
                                          "chemin",
                                          "route",
                                          "allee",
                                          "impasse",
                                          "quai",
                                          "faubourg",
                                          "fbg",
                                          "rte",
                                          "rond point",
                                          "esplanade",
                                          "parvis",
                                          "promenade",
                                          "lieu dit",
                                          "hameau",
                                          "zi",
                                          "za",
                                          "zac",
                                          "batiment",
                                          "bat",
                                          "immeuble",
                                          "bp",
                                          "cs",
                                          "tsa",
                                          "case postale",
                                          "boite postale",
                                          "place",
                                          "cours",
                                          "square",
                                          "passage",
                                          "residence",
                                          "cite",
                                          "parc",
                                          "campus",
                                          "zone",
                                          "chaussee",
                                          "sentier",
                                          "montee",
                                          "lotissement",
                                          NULL};

/* A building word followed by a number: "salle 4", "bureau 12", "porte 4". */
static bool weak_word_numbered(const char *key)
{
    for (size_t i = 0; weak_words[i]; i++) {
        size_t n = strlen(weak_words[i]);
        for (const char *p = key; (p = strstr(p, weak_words[i])) != NULL; p++)
            if ((p == key || p[-1] == ' ') && p[n] == ' ' &&
                ascii_isdigit((unsigned char)p[n + 1]))
                return true;
    }
    return false;
}

static bool town_building(const char *key, const struct name_keys *nk);

/* A first line that names a place rather than the organisation: short, a
 * building word first ("Maison des Associations", "Espace Saint-Louis") or
 * after an article ("Le Métropole, bloc A"), no organisation word, and at
 * most half of its own words (neither building words, link words nor single
 * letters) found in the title ("Maison des Adolescents du Var" under "… –
 * Maison des Ados du Var" is the organisation's name). */
static bool first_line_place(const char *key, const struct name_keys *nk)
{
    static const char *const articles[] = {"le", "la", "les", "l", NULL};
    size_t w = key_words(key);
    if (w > 5 || str_key_has_any(key, org_words))
        return false;
    const char *k = key;
    if (str_key_starts_any(k, articles)) {
        k = strchr(k, ' ');
        if (!k || !str_key_has_any(k + 1, weak_words))
            return false;
    } else if (!str_key_starts_any(k, weak_words)) {
        return false;
    }
    size_t own = 0, shared = 0;
    char word[64];
    for (const char *p = key; *p;) {
        size_t n = strcspn(p, " ");
        if (n > 1 && n < sizeof word) {
            memcpy(word, p, n);
            word[n] = '\0';
            const char *one[] = {word, NULL};
            bool link = str_key_starts_any(word, place_particles) ||
                        str_key_starts_any(word, name_particles) ||
                        str_key_starts_any(word, articles);
            if (!link && !str_key_starts_any(word, weak_words)) {
                own++;
                shared += nk->title && str_key_has_any(nk->title, one);
            }
        }
        p += n;
        p += *p == ' ';
    }
    return shared * 2 <= own || town_building(key, nk);
}

/* A town's building: "Mairie de Saint-Flour", "Hôtel de Ville" (a building
 * word, a link word, at most three words more), under a title that does not
 * name that building ("Conciliateur de justice du canton de Saint-Flour"):
 * the town the title shares is no sign of the organisation's name. */
static bool town_building(const char *key, const struct name_keys *nk)
{
    size_t w = key_words(key);
    const char *sp = strchr(key, ' ');
    if (w < 3 || w > 5 || !sp || !str_key_starts_any(sp + 1, place_particles))
        return false;
    char word[32];
    size_t n = (size_t)(sp - key);
    if (n >= sizeof word)
        return false;
    memcpy(word, key, n);
    word[n] = '\0';
    const char *one[] = {word, NULL};
    return !nk->title || !str_key_has_any(nk->title, one);
}

/* A host building and its part, joined by a spaced dash: "Centre hospitalier
 * de Bastia – pavillon Les Oliviers" (a place by first_line_place, then a
 * part opening with a building word). */
static bool dashed_place(const char *text, const struct name_keys *nk)
{
    static const char *const dashes[] = {" \xE2\x80\x93 ", " \xE2\x80\x94 ", " - "};
    const char *d = NULL;
    size_t dn = 0;
    for (size_t i = 0; i < sizeof dashes / sizeof dashes[0] && !d; i++)
        if ((d = strstr(text, dashes[i])) != NULL)
            dn = strlen(dashes[i]);
    if (!d)
        return false;
    struct strbuf tmp = STRBUF_INIT;
    const char *tail = str_fold_key_to(&tmp, d + dn, strlen(d + dn));
    bool place =
        str_key_starts_any(tail, weak_words) || str_key_starts_any(tail, floor_words);
    if (place) {
        const char *head = str_fold_key_to(&tmp, text, (size_t)(d - text));
        place = first_line_place(head, nk);
    }
    strbuf_free(&tmp);
    return place;
}

/* A name, a comma and a street: "Hôtel du département, 8 rue Haute",
 * "Maison des associations, avenue de Champagne" (the building the address
 * is in, kept on its line), not the organisation's name. The key's comma
 * is a space: the text's is looked for, the street judged on its key. */
static bool comma_street(const char *text, const char *key, const struct name_keys *nk)
{
    const char *c = strstr(text, ", ");
    if (!c || c == text)
        return false;
    /* "SOS Femmes accueil 72, 30 avenue …": the organisation, no building */
    if (nk && nk->org_name && nk->org_name[0] && str_startswith(key, nk->org_name))
        return false;
    const char *rest = c + 2;
    size_t words = 0; /* the words before the comma, to skip in the key */
    for (const char *p = text; p < c; p++) {
        /* a name: no digit, no parenthesis, a few words ("Elle est située à
         * la KannerKlinik du CHL (4, rue …" is a sentence) */
        if (ascii_isdigit((unsigned char)*p) || *p == '(')
            return false;
        words += *p == ' ';
    }
    if (words > 5)
        return false;
    const char *k = key;
    for (size_t w = 0; w <= words && k; w++) {
        k = strchr(k, ' ');
        k = k ? k + 1 : NULL;
    }
    return ascii_isdigit((unsigned char)rest[0]) ||
           (k && str_key_starts_any(k, address_lead_words));
}

/* A street of German or Dutch spelling with its number, its type a suffix
 * of its name: "Hallwylstrasse 15", "Marktgasse 4", "Kerkstraat 12",
 * "Brusselsesteenweg 9" (a line of a few words holding a number). */
static bool suffixed_street(const char *key)
{
    static const char *const suffixes[] = {"strasse", "gasse",    "platz", "weg",
                                           "straat",  "steenweg", "laan",  "plein",
                                           "dreef",   NULL};
    size_t w = key_words(key);
    bool number = false, street = false;
    for (const char *p = key; *p && w <= 5;) {
        size_t n = strcspn(p, " ");
        number = number || (n <= 4 && ascii_isdigit((unsigned char)p[0]));
        for (size_t i = 0; suffixes[i] && !street; i++) {
            size_t k = strlen(suffixes[i]);
            street = n > k + 2 && memcmp(p + n - k, suffixes[i], k) == 0;
        }
        p += n;
        p += *p == ' ';
    }
    return number && street;
}

/* A street type abbreviated with its full stop opening the line: "Ch. du
 * Grand-Chêne 1", "Pl. de la Gare 4", "Imp. des Lilas" (the folded key has
 * lost the stop, and "ch" or "pl" alone are no street words). */
static bool dotted_street_type(const char *text)
{
    static const char *const abbr[] = {"ch", "pl",   "imp", "all",
                                       "sq", "prom", "esp", NULL};
    size_t n = 0;
    while (ascii_isalpha((unsigned char)text[n]))
        n++;
    if (text[n] != '.' || text[n + 1] != ' ' || n == 0)
        return false;
    for (size_t i = 0; abbr[i]; i++)
        if (strlen(abbr[i]) == n && str_startswith_ci(text, abbr[i]))
            return true;
    return false;
}

/* How much a line looks like a delivery line: 2 surely, 1 maybe (short line
 * with a building word), 0 not. first = first line of the block, which is
 * normally the organisation's name. A long name with a building word is no
 * delivery line ("Maison des associations de lutte contre ..."), unless the
 * building word carries a number ("Maison des associations, salle 4"). */
int address_score(const char *text, const char *key, bool first,
                  const struct name_keys *nk)
{
    text = text_skip_symbols(text); /* "📍 12 chemin des Vignes" */
    if (ascii_isdigit((unsigned char)text[0]))
        return 2;
    if (str_key_starts_any(key, address_lead_words) || ascii_prefix(key, "adresse") ||
        ascii_prefix(key, "adr ") || dotted_street_type(text) || address_box_key(key))
        return 2;
    /* a first line opening with a building word and short is the host
     * building, not the name: "Centre hospitalier, pavillon Lannelongue" */
    if (first)
        return str_key_has_any(key, floor_words) ||
                       (str_key_starts_any(key, weak_words) && key_words(key) <= 5 &&
                        strchr(text, ',')) ||
                       first_line_place(key, nk) || dashed_place(text, nk) ||
                       comma_street(text, key, nk)
                   ? 2
                   : 0;
    if (str_key_has_any(key, strong_words) || suffixed_street(key))
        return 2;
    if (str_key_has_any(key, weak_words)) {
        /* a long line with name particles or words and no street word is a
         * name; "Maison de quartier des Moulins" is a place */
        size_t w = key_words(key);
        bool long_name =
            w >= 5 && !weak_word_numbered(key) &&
            (str_key_has_any(key, name_particles) || str_key_has_any(key, org_words) ||
             (w >= 7 && str_key_has_any(key, place_particles)));
        return long_name ? 0 : 1;
    }
    return 0;
}

/* The keys of the entry's names, folded in tmp and kept one after another
 * in k->buf: one allocation for the three. */
void address_name_keys_init(struct name_keys *k, struct strbuf *tmp,
                            const struct entry *e)
{
    const char *names[3] = {e->org_name, e->title, e->org_subtitle};
    size_t at[3];
    k->buf = (struct strbuf)STRBUF_INIT;
    for (size_t i = 0; i < 3; i++) {
        at[i] = 0;
        if (!names[i])
            continue;
        str_fold_key_to(tmp, names[i], strlen(names[i]));
        at[i] = k->buf.len + 1;
        strbuf_add(&k->buf, tmp->buf, tmp->len + 1);
    }
    k->org_name = at[0] ? k->buf.buf + at[0] - 1 : NULL;
    k->title = at[1] ? k->buf.buf + at[1] - 1 : NULL;
    k->subtitle = at[2] ? k->buf.buf + at[2] - 1 : NULL;
}

void address_name_keys_clear(struct name_keys *k)
{
    strbuf_free(&k->buf);
}

/* True when key names a part of the title: the subtitle after the dash
 * ("Site Sud" for "Maison de l'Adolescent – site Sud"), or two words or more
 * found whole in the title. */
bool address_title_part(const char *key, const struct name_keys *nk)
{
    /* "La maison de justice et du droit" under "# Maison de justice et du
     * droit d'Hérouville…": the article is no part of the name */
    static const char *const articles[] = {"la ", "le ", "les ", "l ", NULL};
    for (size_t i = 0; articles[i]; i++)
        if (str_startswith(key, articles[i])) {
            key += strlen(articles[i]);
            break;
        }
    if (!key[0])
        return false;
    bool part = false;
    if (nk->subtitle)
        part = strcmp(nk->subtitle, key) == 0;
    if (!part && nk->title && key_words(key) >= 2)
        part = str_key_has(nk->title, key);
    return part;
}

/* A building's own name: "Le Carré Max Dormoy", "Les Terrasses du Lac" (an
 * article, two to six words, no organisation word, not part of the title). */
bool address_named_building(const char *key, const struct name_keys *nk)
{
    static const char *const articles[] = {"le", "la", "les", "l", NULL};
    size_t w = key_words(key);
    return w >= 3 && w <= 6 && str_key_starts_any(key, articles) &&
           !str_key_has_any(key, org_words) && !address_title_part(key, nk);
}

bool address_same_name(const char *key, const struct name_keys *nk)
{
    const char *names[] = {nk->org_name, nk->title};
    for (size_t i = 0; i < 2; i++)
        if (names[i] && names[i][0] && strcmp(names[i], key) == 0)
            return true;
    return false;
}

/* Extractor of the Coordonnées block (after parse, before the writers): sorts
 * every line into organisation names, postal address, phones (phone.c),
 * e-mails and web addresses; whatever is left goes to NOTE. */
#include "address.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "phone.h"
#include "strbuf.h"
#include "util.h"

/* ------------------------------------------------------------------ */
/* Countries                                                            */

struct country {
    const char *key;  /* str_fold_key of the name as written */
    const char *name; /* French name, natural case */
    const char *code; /* ISO 3166 alpha-2 of the place */
    bool overseas;    /* French overseas department: a region of France */
};

static const struct country countries[] = {
    {"france", "France", "FR", false},
    {"fr", "France", "FR", false},
    {"france metropolitaine", "France", "FR", false},
    {"metropole", "France", "FR", false},
    {"republique francaise", "France", "FR", false},
    {"belgique", "Belgique", "BE", false},
    {"be", "Belgique", "BE", false},
    {"suisse", "Suisse", "CH", false},
    {"ch", "Suisse", "CH", false},
    {"luxembourg", "Luxembourg", "LU", false},
    {"grand duche de luxembourg", "Luxembourg", "LU", false},
    {"lu", "Luxembourg", "LU", false},
    {"allemagne", "Allemagne", "DE", false},
    {"italie", "Italie", "IT", false},
    {"espagne", "Espagne", "ES", false},
    {"monaco", "Monaco", "MC", false},
    {"principaute de monaco", "Monaco", "MC", false},
    {"mc", "Monaco", "MC", false},
    {"pays bas", "Pays-Bas", "NL", false},
    {"royaume uni", "Royaume-Uni", "GB", false},
    {"guadeloupe", "Guadeloupe", "GP", true},
    {"martinique", "Martinique", "MQ", true},
    {"guyane", "Guyane", "GF", true},
    {"guyane francaise", "Guyane", "GF", true},
    {"la reunion", "La Réunion", "RE", true},
    {"reunion", "Réunion", "RE", true},
    {"ile de la reunion", "La Réunion", "RE", true},
    {"mayotte", "Mayotte", "YT", true},
};

/* Country whose key is key (a fold key), or NULL. */
static const struct country *country_of_key(const char *key)
{
    for (size_t i = 0; i < sizeof countries / sizeof countries[0]; i++)
        if (key[0] == countries[i].key[0] && strcmp(key, countries[i].key) == 0)
            return &countries[i];
    return NULL;
}

/* Country named by the n bytes at s; tmp is scratch space for the key. */
static const struct country *country_find_n(struct strbuf *tmp, const char *s, size_t n)
{
    return country_of_key(str_fold_key_to(tmp, s, n));
}

bool address_country(const char *s, const char **name, const char **code)
{
    struct strbuf tmp = STRBUF_INIT;
    const struct country *c = s ? country_find_n(&tmp, s, strlen(s)) : NULL;
    strbuf_free(&tmp);
    if (!c)
        return false;
    *name = c->name;
    *code = c->code;
    return true;
}

/* Overseas department of a French postcode: 971xx Guadeloupe ... 976xx Mayotte. */
static const char *overseas_code(const char *postcode)
{
    static const char *const codes[] = {"GP", "MQ", "GF", "RE", NULL, "YT"};
    if (strlen(postcode) != 5 || strncmp(postcode, "97", 2) != 0)
        return NULL;
    int d = postcode[2] - '1';
    return d >= 0 && d < 6 ? codes[d] : NULL;
}

/* ------------------------------------------------------------------ */
/* E-mail addresses                                                     */

static bool local_char(int c)
{
    return ascii_isalnum(c) || c == '.' || c == '_' || c == '-' || c == '+' || c == '%';
}

static bool label_char(int c)
{
    return ascii_isalnum(c) || c == '-';
}

/* Case-insensitive ASCII prefix test. */
static bool ascii_prefix(const char *s, const char *p)
{
    for (; *p; s++, p++)
        if (ascii_tolower((unsigned char)*s) != ascii_tolower((unsigned char)*p))
            return false;
    return true;
}

static size_t skip_spaces(const char *s, size_t i)
{
    while (s[i] == ' ' || s[i] == '\t')
        i++;
    return i;
}

/* Length of an "at" marker at s: "@" (plain), "(at)", "[at]", "{at}",
 * "(arobase)"...; *obf tells an obfuscated one (spaces allowed around): also
 * a bare "@" with a space on either side, "contact @ x.fr" (spaced tells
 * whether a space stands before it). */
static size_t at_marker(const char *s, bool spaced, bool *obf)
{
    static const char *const marks[] = {"(at)",      "[at]", "{at}", "(arobase)",
                                        "[arobase]", "(a)",  "[a]"};
    *obf = false;
    if (*s == '@') {
        *obf = spaced || s[1] == ' ' || s[1] == '\t';
        return 1;
    }
    for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
        if (ascii_prefix(s, marks[i])) {
            *obf = true;
            return strlen(marks[i]);
        }
    return 0;
}

/* Length of a "dot" marker at s in an obfuscated domain: "(dot)", "[dot]",
 * "(point)", " . " (spaces on both sides); 0 if none. */
static size_t dot_marker(const char *s)
{
    static const char *const marks[] = {"(dot)", "[dot]", "{dot}", "(point)", "[point]"};
    size_t i = skip_spaces(s, 0);
    for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++)
        if (ascii_prefix(s + i, marks[k]))
            return i + strlen(marks[k]);
    if (i > 0 && s[i] == '.' && (s[i + 1] == ' ' || s[i + 1] == '\t'))
        return i + 1;
    return 0;
}

/* Try an address around the at-marker at text + at; on success fills a new
 * normalised string and the span. */
static char *email_at(const char *text, size_t at, size_t mlen, bool obf, size_t span[2])
{
    /* local part, leftwards */
    size_t lend = at;
    if (obf)
        while (lend > 0 && (text[lend - 1] == ' ' || text[lend - 1] == '\t'))
            lend--;
    size_t lstart = lend;
    while (lstart > 0 && local_char((unsigned char)text[lstart - 1]))
        lstart--;
    while (lstart < lend && text[lstart] == '.')
        lstart++;
    if (lstart == lend)
        return NULL;

    /* the address: the local part lower-cased, "@", then the domain's labels
     * (which are never longer than the text after the marker) */
    size_t llen = lend - lstart;
    char *r = xmalloc(llen + 1 + strlen(text + at) + 2);
    for (size_t k = 0; k < llen; k++)
        r[k] = (char)ascii_tolower((unsigned char)text[lstart + k]);
    r[llen] = '@';
    struct strbuf_lite {
        char *v;
        size_t n;
    } dom = {r + llen + 1, 0};

    /* domain, rightwards: labels separated by dots */
    size_t i = at + mlen;
    if (obf)
        i = skip_spaces(text, i);
    size_t labels = 0, end = i, last_start = 0;
    for (;;) {
        size_t j = i;
        while (label_char((unsigned char)text[j]))
            j++;
        if (j == i)
            break;
        if (labels)
            dom.v[dom.n++] = '.';
        last_start = dom.n;
        for (size_t k = i; k < j; k++)
            dom.v[dom.n++] = (char)ascii_tolower((unsigned char)text[k]);
        labels++;
        end = j;
        size_t d = 0;
        if (text[j] == '.' && label_char((unsigned char)text[j + 1]))
            d = 1;
        else if (obf)
            d = dot_marker(text + j);
        if (!d)
            break;
        i = j + d;
        if (obf)
            i = skip_spaces(text, i);
    }
    dom.v[dom.n] = '\0';
    bool ok = labels >= 2 && dom.n - last_start >= 2;
    for (size_t k = last_start; ok && k < dom.n; k++)
        ok = ascii_isalpha((unsigned char)dom.v[k]);
    if (!ok) {
        free(r);
        return NULL;
    }
    if (span) {
        span[0] = lstart;
        span[1] = end;
    }
    return r;
}

char *address_find_email(const char *text, size_t span[2])
{
    if (!text)
        return NULL;
    /* every marker starts with one of "@([{" */
    for (size_t i = strcspn(text, "@([{"); text[i];
         i += 1 + strcspn(text + i + 1, "@([{")) {
        bool obf;
        bool spaced = i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t');
        size_t m = at_marker(text + i, spaced, &obf);
        if (!m)
            continue;
        char *r = email_at(text, i, m, obf, span);
        if (r)
            return r;
    }
    return NULL;
}

/* ------------------------------------------------------------------ */
/* Web addresses                                                        */

/* Case-insensitive ASCII prefix test on the n bytes at s. */
static bool ascii_prefix_n(const char *s, size_t n, const char *p)
{
    size_t k = strlen(p);
    return n >= k && ascii_prefix(s, p);
}

char *address_web_url(const char *s)
{
    if (!s)
        return NULL;
    size_t n;
    const char *t = str_trim_view(s, &n);
    if (memchr(t, ' ', n))
        return NULL;
    if (ascii_prefix_n(t, n, "http://") || ascii_prefix_n(t, n, "https://")) {
        size_t skip = ascii_prefix(t, "http://") ? 7 : 8;
        if (n > skip && t[skip] != '/')
            return xstrndup(t, n);
    } else if (ascii_prefix_n(t, n, "www.") && n > 4 && label_char((unsigned char)t[4])) {
        char *r = xmalloc(7 + n + 1);
        memcpy(r, "http://", 7);
        memcpy(r + 7, t, n);
        r[7 + n] = '\0';
        return r;
    }
    return NULL;
}

/* Web address written in plain text at or after from: "https://...", "www...".
 * Sets the span; returns a new string or NULL. */
static char *find_text_url(const char *s, size_t from, size_t span[2])
{
    for (size_t i = from; s[i]; i++) {
        /* every form starts with "h" or "w" */
        unsigned char c0 = (unsigned char)ascii_tolower((unsigned char)s[i]);
        if (c0 != 'h' && c0 != 'w')
            continue;
        if (i > 0 && (ascii_isalnum((unsigned char)s[i - 1]) || s[i - 1] == '.' ||
                      s[i - 1] == '/' || s[i - 1] == '@'))
            continue;
        if (!ascii_prefix(s + i, "http://") && !ascii_prefix(s + i, "https://") &&
            !ascii_prefix(s + i, "www."))
            continue;
        size_t j = i;
        while (s[j] && s[j] != ' ' && s[j] != '\t' && s[j] != '<' && s[j] != '>' &&
               s[j] != '"')
            j++;
        while (j > i && strchr(".,;:!?)]", s[j - 1]))
            j--;
        char *cand = xstrndup(s + i, j - i);
        char *url = address_web_url(cand);
        free(cand);
        if (url) {
            span[0] = i;
            span[1] = j;
            return url;
        }
    }
    return NULL;
}

/* ------------------------------------------------------------------ */
/* Words                                                                */

/* True when the folded key holds word (which may be several words) whole. */
static bool key_has(const char *key, const char *word)
{
    size_t n = strlen(word);
    for (const char *p = key; (p = strstr(p, word)) != NULL; p++)
        if ((p == key || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
            return true;
    return false;
}

static bool key_has_any(const char *key, const char *const *words)
{
    for (size_t i = 0; words[i]; i++)
        if (key_has(key, words[i]))
            return true;
    return false;
}

static bool key_starts_any(const char *key, const char *const *words)
{
    for (size_t i = 0; words[i]; i++) {
        if (words[i][0] != key[0])
            continue;
        size_t n = strlen(words[i]);
        if (strncmp(key, words[i], n) == 0 && (key[n] == '\0' || key[n] == ' '))
            return true;
    }
    return false;
}

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

/* Building, floor and postal-box words: a first line holding one is a delivery
 * line even where the organisation's name is expected ("Centre d'affaires
 * Agora, 2e étage"). */
static const char *const floor_words[] = {
    "etage", "batiment",      "bat",           "escalier", "esc", "rez de chaussee",
    "rdc",   "rez de jardin", "appartement",   "appt",     "bp",  "cs",
    "tsa",   "case postale",  "boite postale", "lieu dit", NULL};

/* Street types that may open a line: "Rue de Fer 52", "Avenue de l'Europe". */
static const char *const lead_words[] = {
    "rue",         "avenue",   "av",           "bd",
    "boulevard",   "chemin",   "route",        "allee",
    "impasse",     "quai",     "faubourg",     "rond point",
    "esplanade",   "parvis",   "promenade",    "lieu dit",
    "hameau",      "zi",       "za",           "zac",
    "batiment",    "bat",      "immeuble",     "bp",
    "cs",          "tsa",      "case postale", "boite postale",
    "place",       "cours",    "square",       "passage",
    "residence",   "cite",     "parc",         "campus",
    "zone",        "chaussee", "sentier",      "montee",
    "lotissement", NULL};

/* Label words of the contact lines, ignored once the values are taken out. */
static const char *const contact_labels[] = {
    "e",         "mail",    "email",    "mails",    "emails",       "courriel",
    "courriels", "mel",     "adresse",  "adresses", "electronique", "electroniques",
    "site",      "sites",   "internet", "web",      "url",          "ou",
    "et",        "contact", "nous",     "ecrire",   "par",          "de",
    "en",        "ligne",   NULL};

/* True when key is made only of contact label words (or is empty). */
static bool only_labels(const char *key)
{
    /* a key's words are separated by single spaces, without any at either end */
    for (const char *w = key; *w;) {
        size_t n = strcspn(w, " ");
        bool found = false;
        for (size_t i = 0; contact_labels[i] && !found; i++)
            found = contact_labels[i][0] == w[0] &&
                    strncmp(w, contact_labels[i], n) == 0 && contact_labels[i][n] == '\0';
        if (!found)
            return false;
        w += n;
        if (*w == ' ')
            w++;
    }
    return true;
}

/* ------------------------------------------------------------------ */
/* Postcode line                                                        */

struct postcode {
    char *postcode;
    char *locality;
    const char *country, *code; /* NULL: decide from context */
    char *region;               /* overseas department named in parentheses */
    size_t at;                  /* byte offset where the postcode starts */
};

static void postcode_clear(struct postcode *p)
{
    free(p->postcode);
    free(p->locality);
    free(p->region);
    memset(p, 0, sizeof *p);
}

struct prefix {
    const char *p;
    int digits;
    const char *country, *code;
};

static const struct prefix prefixes[] = {
    {"B-", 4, "Belgique", "BE"},    {"CH-", 4, "Suisse", "CH"},
    {"L-", 4, "Luxembourg", "LU"},  {"F-", 5, "France", "FR"},
    {"FR-", 5, "France", "FR"},     {"D-", 5, "Allemagne", "DE"},
    {"MC-", 5, "Monaco", "MC"},     {"I-", 5, "Italie", "IT"},
    {"E-", 5, "Espagne", "ES"},     {"BE-", 4, "Belgique", "BE"},
    {"LU-", 4, "Luxembourg", "LU"},
};

/* Apply a country given in the line ("(Belgique)", "FRANCE") to p. */
static void postcode_set_country(struct postcode *p, const struct country *c)
{
    if (c->overseas) {
        free(p->region);
        p->region = xstrdup(c->name);
        p->country = "France";
        p->code = c->code;
    } else {
        p->country = c->name;
        p->code = c->code;
        if (strcmp(c->code, "FR") == 0 && p->postcode && overseas_code(p->postcode))
            p->code = overseas_code(p->postcode);
    }
}

/* Postcode and locality at s + at: "67075 STRASBOURG CEDEX (FRANCE)",
 * "B-5000 Namur (Belgique)", "1000 Bruxelles" (only when allow4). */
static bool postcode_at(struct strbuf *tmp, const char *s, size_t at, bool allow4,
                        struct postcode *out)
{
    const char *p = s + at;
    const struct prefix *pre = NULL;
    /* every prefix starts with a capital letter */
    for (size_t i = 0; ascii_isupper((unsigned char)p[0]) &&
                       i < sizeof prefixes / sizeof prefixes[0] && !pre;
         i++)
        if (p[0] == prefixes[i].p[0] && str_startswith(p, prefixes[i].p) &&
            ascii_isdigit((unsigned char)p[strlen(prefixes[i].p)]))
            pre = &prefixes[i];
    if (pre)
        p += strlen(pre->p);
    size_t nd = 0;
    while (ascii_isdigit((unsigned char)p[nd]))
        nd++;
    if (pre ? (int)nd != pre->digits : !(nd == 5 || (nd == 4 && allow4)))
        return false;
    if (p[nd] != ' ' && p[nd] != '\t')
        return false;
    const char *loc = p + skip_spaces(p, nd);
    unsigned char c0 = (unsigned char)loc[0];
    if (!(ascii_isalpha(c0) || c0 >= 0x80))
        return false;
    if (key_starts_any(str_fold_key_to(tmp, loc, strlen(loc)), lead_words))
        return false;

    memset(out, 0, sizeof *out);
    out->at = at;
    out->postcode = xstrndup(p, nd);
    if (pre && strcmp(pre->code, "FR") != 0) {
        out->country = pre->country;
        out->code = pre->code;
    } else if (nd == 5 && strncmp(out->postcode, "980", 3) == 0) {
        /* 98000 Monaco: the principality is in the French postal system */
        out->country = "Monaco";
        out->code = "MC";
    } else if (nd == 5) {
        out->country = "France";
        out->code = overseas_code(out->postcode) ? overseas_code(out->postcode) : "FR";
    }
    /* locality up to a parenthesised country, or a ", France" / " - France" tail */
    char *l = str_trim(loc);
    char *open = strrchr(l, '(');
    if (open && open > l) {
        char *close = strchr(open, ')');
        const struct country *c = country_find_n(
            tmp, open + 1, close ? (size_t)(close - open - 1) : strlen(open + 1));
        if (c && (!close || str_blank(close + 1))) {
            postcode_set_country(out, c);
            *open = '\0';
        }
    }
    static const char *const tails[] = {", ", " - ", " – ", " — "};
    for (size_t i = 0; i < sizeof tails / sizeof tails[0]; i++) {
        char *t = strstr(l, tails[i]);
        if (!t)
            continue;
        const char *rest = t + strlen(tails[i]);
        const struct country *c = country_find_n(tmp, rest, strlen(rest));
        if (c) {
            postcode_set_country(out, c);
            *t = '\0';
            break;
        }
    }
    out->locality = str_trim(l);
    free(l);
    size_t n = strlen(out->locality);
    while (n > 0 && strchr(",;.-", out->locality[n - 1]))
        out->locality[--n] = '\0';
    if (n == 0) {
        postcode_clear(out);
        return false;
    }
    if (out->locality[n - 1] == ' ') {
        char *t = str_trim(out->locality);
        free(out->locality);
        out->locality = t;
    }
    return true;
}

/* Postcode line: the postcode at the start, or after a separator
 * ("BP 9050 - 24019 PÉRIGUEUX CEDEX", "8 rue X, 25000 Besançon"). */
static bool postcode_line(struct strbuf *tmp, const char *s, bool allow4,
                          struct postcode *out)
{
    if (postcode_at(tmp, s, 0, allow4, out))
        return true;
    static const char *const seps[] = {", ", " - ", " – ", " — ", " / "};
    for (size_t i = 0; i < sizeof seps / sizeof seps[0]; i++)
        for (const char *t = strstr(s, seps[i]); t; t = strstr(t + 1, seps[i]))
            if (postcode_at(tmp, s, (size_t)(t - s) + strlen(seps[i]), allow4, out)) {
                out->at = (size_t)(t - s);
                return true;
            }
    return false;
}

/* ------------------------------------------------------------------ */
/* Line analysis                                                        */

enum lkind {
    L_BLANK,
    L_TEXT,     /* plain text, not yet classified */
    L_CONTACT,  /* e-mail, web, dead link or phone */
    L_NAME,     /* repeats the organisation's name: consumed */
    L_UNIT,     /* other name of the organisation */
    L_ADDR,     /* delivery line */
    L_POSTCODE, /* postcode + locality */
    L_COUNTRY,  /* country on its own line */
};

struct linfo {
    enum lkind kind;
    char *residue; /* text with e-mails, web addresses, link texts blanked */
    struct strlist emails, urls;
    bool dead;       /* held a dead link */
    bool named;      /* a web link with a text of its own ("[Notre blog](http://x)") */
    bool phone;      /* residue holds something like a phone number */
    const char *key; /* str_fold_key of the text, in the block's key buffer */
    size_t key_at;   /* where analyse put it in that buffer, plus one; 0: none */
};

/* True when s holds a phone-like run of at least 8 digits. */
static bool has_phone(const char *s)
{
    size_t a, b, from = 0;
    while (phone_find(s, from, &a, &b)) {
        size_t d = 0;
        for (size_t i = a; i < b; i++)
            d += ascii_isdigit((unsigned char)s[i]);
        if (d >= 8)
            return true;
        from = b > from ? b : from + 1;
    }
    return false;
}

static void blank(char *s, size_t a, size_t b)
{
    memset(s + a, ' ', b - a);
}

/* Where the text of link lk stands in the line: at lk->end when that holds
 * the text, else its first occurrence; NULL when absent. */
static char *link_text_at(char *line, const struct link *lk)
{
    if (!lk->text || !lk->text[0])
        return NULL;
    size_t n = strlen(lk->text), len = strlen(line);
    if (lk->end >= n && lk->end <= len && memcmp(line + lk->end - n, lk->text, n) == 0)
        return line + lk->end - n;
    return strstr(line, lk->text);
}

/* A bare domain after a web label: "Site : cidff72.example.org",
 * "Site internet : x.example.fr/page". Sets the span of the domain and
 * returns "http://" and it, or NULL. */
static char *labelled_domain(struct strbuf *tmp, const char *s, size_t span[2])
{
    const char *colon = strchr(s, ':');
    if (!colon || colon == s)
        return NULL;
    const char *key = str_fold_key_to(tmp, s, (size_t)(colon - s));
    bool web = key[0] && only_labels(key) &&
               (key_has(key, "site") || key_has(key, "internet") || key_has(key, "web"));
    if (!web)
        return NULL;
    size_t a = (size_t)(colon - s) + 1;
    while (s[a] == ' ' || s[a] == '\t')
        a++;
    size_t b = a;
    while (s[b] && s[b] != ' ' && s[b] != '\t')
        b++;
    size_t e = b; /* rest of the line must be blank */
    while (s[e] == ' ' || s[e] == '\t')
        e++;
    if (s[e] || b == a || !ascii_isalnum((unsigned char)s[a]))
        return NULL;
    /* host: labels of letters, digits and '-', at least two, the last alphabetic */
    size_t h = a, dots = 0, last = a;
    for (; h < b && s[h] != '/'; h++) {
        unsigned char c = (unsigned char)s[h];
        if (c == '.') {
            dots++;
            last = h + 1;
        } else if (!ascii_isalnum(c) && c != '-') {
            return NULL;
        }
    }
    if (dots == 0 || h - last < 2)
        return NULL;
    for (size_t i = last; i < h; i++)
        if (!ascii_isalpha((unsigned char)s[i]))
            return NULL;
    span[0] = a;
    span[1] = b;
    char *url = xmalloc(7 + (b - a) + 1);
    memcpy(url, "http://", 7);
    memcpy(url + 7, s + a, b - a);
    url[7 + (b - a)] = '\0';
    return url;
}

/* True when s holds at least 8 ASCII digits, which a phone needs. */
static bool eight_digits(const char *s)
{
    size_t d = 0;
    for (; *s && d < 8; s++)
        d += ascii_isdigit((unsigned char)*s);
    return d >= 8;
}

/* Sort one line; the key of a text line is appended to keys (its NUL too). */
static void analyse(struct strbuf *tmp, struct strbuf *keys, const struct text_line *tl,
                    struct linfo *li)
{
    memset(li, 0, sizeof *li);
    li->residue = xstrdup(tl->text);
    if (str_blank(tl->text)) {
        li->kind = L_BLANK;
        return;
    }
    for (size_t k = 0; k < tl->n_links; k++) {
        const struct link *lk = &tl->links[k];
        const char *href = lk->href ? lk->href : "";
        char *url = NULL, *mail = NULL;
        if (ascii_prefix(href, "mailto:"))
            mail = address_find_email(href + 7, NULL);
        else
            url = address_web_url(href);
        if (mail) {
            strlist_push(&li->emails, mail);
        } else if (url) {
            strlist_push(&li->urls, url);
            /* its text is lost with the link unless it only says "site" */
            const char *text = lk->text ? lk->text : "";
            char *tu = address_web_url(text);
            li->named = li->named ||
                        (!tu && !only_labels(str_fold_key_to(tmp, text, strlen(text))));
            free(tu);
        } else if (!ascii_prefix(href, "mailto:") && !ascii_prefix(href, "tel:"))
            li->dead = true;
        char *at = link_text_at(li->residue, lk);
        /* a tel: link keeps its text for the phone parser */
        if (at && !ascii_prefix(href, "tel:"))
            blank(li->residue, (size_t)(at - li->residue),
                  (size_t)(at - li->residue) + strlen(lk->text));
    }
    size_t span[2], from = 0;
    char *m;
    while ((m = address_find_email(li->residue + from, span)) != NULL) {
        strlist_push(&li->emails, m);
        blank(li->residue, from + span[0], from + span[1]);
        from += span[1];
    }
    char *u;
    from = 0;
    while ((u = find_text_url(li->residue, from, span)) != NULL) {
        strlist_push(&li->urls, u);
        blank(li->residue, span[0], span[1]);
        from = span[1];
    }
    if (li->urls.n == 0 && (u = labelled_domain(tmp, li->residue, span)) != NULL) {
        strlist_push(&li->urls, u);
        blank(li->residue, span[0], span[1]);
    }
    /* has_phone needs a run of 8 digits: most lines have not 8 in all */
    li->phone = eight_digits(li->residue) && has_phone(li->residue);
    bool contact = li->emails.n || li->urls.n || li->dead || li->phone;
    li->kind = contact ? L_CONTACT : L_TEXT;
    /* only text lines are matched against words (names, address) */
    if (!contact) {
        str_fold_key_to(tmp, tl->text, strlen(tl->text));
        li->key_at = keys->len + 1;
        strbuf_add(keys, tmp->buf, tmp->len + 1);
    }
}

/* Fold key of a line: the one analyse made for a text line, else made in tmp. */
static const char *line_key(struct strbuf *tmp, const struct text_line *tl,
                            const struct linfo *li)
{
    return li->key ? li->key : str_fold_key_to(tmp, tl->text, strlen(tl->text));
}

static void linfo_clear(struct linfo *li)
{
    free(li->residue);
    strlist_clear(&li->emails);
    strlist_clear(&li->urls);
}

/* Country implied by the rest of the block, for postcodes of four digits
 * written without prefix ("1000 Bruxelles"): phone country codes, domains. */
static const char *context_country(const struct text_line *lines, size_t n,
                                   const struct extract_opts *o)
{
    static const struct {
        const char *needle, *code;
    } hints[] = {{"+32", "BE"},   {"0032", "BE"}, {"+352", "LU"},
                 {"00352", "LU"}, {"+41", "CH"},  {"0041", "CH"},
                 {".be", "BE"},   {".lu", "LU"},  {".ch", "CH"}};
    /* the first line holding a hint decides, by the first hint of the table
     * found anywhere in it: one pass over the line's "+", "0" and "." */
    for (size_t i = 0; i < n; i++) {
        const char *t = lines[i].text;
        size_t best = sizeof hints / sizeof hints[0];
        for (const char *p = strpbrk(t, "+0."); p; p = strpbrk(p + 1, "+0.")) {
            for (size_t h = 0; h < best; h++) {
                size_t len = strlen(hints[h].needle);
                if (hints[h].needle[0] != p[0] || strncmp(p, hints[h].needle, len) != 0)
                    continue;
                if (hints[h].needle[0] == '.' && ascii_isalnum((unsigned char)p[len]))
                    continue;
                if (hints[h].needle[0] != '.' && !ascii_isdigit((unsigned char)p[len]) &&
                    p[len] != ' ')
                    continue;
                best = h;
            }
        }
        if (best < sizeof hints / sizeof hints[0])
            return hints[best].code;
    }
    if (o && o->region &&
        (strcmp(o->region, "BE") == 0 || strcmp(o->region, "CH") == 0 ||
         strcmp(o->region, "LU") == 0))
        return o->region;
    return NULL;
}

/* A street written number last, Belgian style: "Rue de Fer 52". */
static bool number_last_street(const char *key)
{
    if (!key_starts_any(key, lead_words))
        return false;
    const char *last = strrchr(key, ' ');
    return last && ascii_isdigit((unsigned char)last[1]);
}

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

/* How much a line looks like a delivery line: 2 surely, 1 maybe (short line
 * with a building word), 0 not. first = first line of the block, which is
 * normally the organisation's name. A long name with a building word is no
 * delivery line ("Maison des associations de lutte contre ..."), unless the
 * building word carries a number ("Maison des associations, salle 4"). */
static int address_score(const char *text, const char *key, bool first)
{
    if (ascii_isdigit((unsigned char)text[0]))
        return 2;
    if (key_starts_any(key, lead_words) || ascii_prefix(key, "adresse") ||
        ascii_prefix(key, "adr "))
        return 2;
    /* a first line opening with a building word and short is the host
     * building, not the name: "Centre hospitalier, pavillon Lannelongue" */
    if (first)
        return key_has_any(key, floor_words) || (key_starts_any(key, weak_words) &&
                                                 key_words(key) <= 5 && strchr(text, ','))
                   ? 2
                   : 0;
    if (key_has_any(key, strong_words))
        return 2;
    if (key_has_any(key, weak_words)) {
        /* a long line with name particles or words and no street word is a
         * name; "Maison de quartier des Moulins" is a place */
        size_t w = key_words(key);
        bool long_name =
            w >= 5 && !weak_word_numbered(key) &&
            (key_has_any(key, name_particles) || key_has_any(key, org_words) ||
             (w >= 7 && key_has_any(key, place_particles)));
        return long_name ? 0 : 1;
    }
    return 0;
}

/* Fold keys of the entry's names, made once per block: every text line is
 * compared with them. NULL where the entry has no such name. */
struct name_keys {
    char *org_name, *title, *subtitle;
};

static void name_keys_init(struct name_keys *k, const struct entry *e)
{
    k->org_name = e->org_name ? str_fold_key(e->org_name) : NULL;
    k->title = e->title ? str_fold_key(e->title) : NULL;
    k->subtitle = e->org_subtitle ? str_fold_key(e->org_subtitle) : NULL;
}

static void name_keys_clear(struct name_keys *k)
{
    free(k->org_name);
    free(k->title);
    free(k->subtitle);
}

/* True when key names a part of the title: the subtitle after the dash
 * ("Site Sud" for "Maison de l'Adolescent – site Sud"), or two words or more
 * found whole in the title. */
static bool title_part(const char *key, const struct name_keys *nk)
{
    if (!key[0])
        return false;
    bool part = false;
    if (nk->subtitle)
        part = strcmp(nk->subtitle, key) == 0;
    if (!part && nk->title && key_words(key) >= 2)
        part = key_has(nk->title, key);
    return part;
}

/* A building's own name: "Le Carré Max Dormoy", "Les Terrasses du Lac" (an
 * article, two to six words, no organisation word, not part of the title). */
static bool named_building(const char *key, const struct name_keys *nk)
{
    static const char *const articles[] = {"le", "la", "les", "l", NULL};
    size_t w = key_words(key);
    return w >= 3 && w <= 6 && key_starts_any(key, articles) &&
           !key_has_any(key, org_words) && !title_part(key, nk);
}

static bool same_name(const char *key, const struct name_keys *nk)
{
    const char *names[] = {nk->org_name, nk->title};
    for (size_t i = 0; i < 2; i++)
        if (names[i] && names[i][0] && strcmp(names[i], key) == 0)
            return true;
    return false;
}

/* Delivery line as it goes to adr.lines: an "Adresse :" or "Adr. :" label
 * dropped. */
static char *delivery_text(const char *text)
{
    if (ascii_prefix(text, "adresse") || ascii_prefix(text, "adr.") ||
        ascii_prefix(text, "adr :")) {
        const char *c = strchr(text, ':');
        if (c && !str_blank(c + 1))
            return str_trim(c + 1);
    }
    return xstrdup(text);
}

static void add_unique(struct strlist *l, const char *s)
{
    if (!strlist_contains(l, s))
        strlist_add(l, s);
}

static void not_understood(struct entry *e, const char *heading,
                           const struct text_line *tl)
{
    entry_add_note(e, heading, tl->text);
    diag_add(&e->diags, DIAG_WARNING, tl->line, 0, "line not understood in %s: %s",
             heading ? heading : "", tl->text);
}

/* Take the values of a contact line; note the line when text is left over. */
static void do_contact(struct strbuf *tmp, const struct text_line *tl, struct linfo *li,
                       const char *heading, const char *region, struct entry *e)
{
    for (size_t i = 0; i < li->emails.n; i++)
        add_unique(&e->emails, li->emails.v[i]);
    for (size_t i = 0; i < li->urls.n; i++)
        add_unique(&e->urls, li->urls.v[i]);
    bool got = li->emails.n || li->urls.n;
    char *rest = NULL; /* what phone_line left, when it took numbers */
    const char *left = li->residue;
    if (li->phone) {
        /* phone_line takes the labels before the numbers; e-mail and web
         * labels may remain in rest. Invalid numbers are warned about by
         * phone_line and come back in rest. */
        char *sq = str_squeeze(li->residue);
        if (phone_line(sq, tl->line, region, &e->phones, &e->diags, &rest)) {
            got = true;
            left = rest ? rest : "";
        }
        free(sq);
    }
    bool clean = only_labels(str_fold_key_to(tmp, left, strlen(left)));
    free(rest);
    if (li->named && clean) {
        /* "[Notre blog](http://x)": the text with its target */
        char *t = section_line_text(tl, 0, SIZE_MAX);
        entry_add_note(e, heading, t);
        free(t);
    } else if (li->dead || !clean) {
        if (got || li->dead)
            entry_add_note(e, heading, tl->text);
        else
            not_understood(e, heading, tl);
    }
}

void address_extract(const struct text_line *lines, size_t n, const char *heading,
                     const struct extract_opts *o, struct entry *e)
{
    if (n == 0)
        return;
    struct strbuf tmp = STRBUF_INIT;  /* scratch fold keys */
    struct strbuf keys = STRBUF_INIT; /* the text lines' keys, one after another */
    struct linfo *li = xcalloc(n, sizeof *li);
    for (size_t i = 0; i < n; i++)
        analyse(&tmp, &keys, &lines[i], &li[i]);
    for (size_t i = 0; i < n; i++)
        if (li[i].key_at)
            li[i].key = keys.buf + li[i].key_at - 1;

    /* 1. the postcode line: first text line that reads as one */
    const char *ctx = context_country(lines, n, o);
    bool number_last = false;
    for (size_t i = 0; i < n; i++)
        if (li[i].kind == L_TEXT && number_last_street(li[i].key))
            number_last = true;
    bool allow4 = ctx != NULL || number_last;
    struct postcode pc = {0};
    size_t pci = n;
    for (size_t i = 0; i < n && pci == n; i++) {
        if (li[i].kind != L_TEXT)
            continue;
        /* four-digit postcodes also when the next line names the country */
        bool a4 = allow4;
        if (!a4 && i + 1 < n) {
            const struct country *c =
                country_of_key(line_key(&tmp, &lines[i + 1], &li[i + 1]));
            a4 = c && (strcmp(c->code, "BE") == 0 || strcmp(c->code, "CH") == 0 ||
                       strcmp(c->code, "LU") == 0);
        }
        if (postcode_line(&tmp, lines[i].text, a4, &pc))
            pci = i;
    }

    /* 2. country on the line after the postcode */
    const struct country *cline = NULL;
    if (pci < n) {
        li[pci].kind = L_POSTCODE;
        size_t j = pci + 1;
        while (j < n && li[j].kind == L_BLANK)
            j++;
        if (j < n && li[j].kind == L_TEXT && (cline = country_of_key(li[j].key)) != NULL)
            li[j].kind = L_COUNTRY;
        if (cline)
            postcode_set_country(&pc, cline);
        if (!pc.country) {
            const char *code = ctx ? ctx : "BE";
            for (size_t k = 0; k < sizeof prefixes / sizeof prefixes[0]; k++)
                if (strcmp(prefixes[k].code, code) == 0) {
                    pc.country = prefixes[k].country;
                    pc.code = prefixes[k].code;
                    break;
                }
        }
    }

    /* 3. names and delivery lines: the text lines before the postcode line
     * (or, without one, before the first contact line); the delivery lines
     * are the run that starts at the first line that looks like one */
    size_t end = pci;
    if (pci == n)
        for (end = 0; end < n && li[end].kind != L_CONTACT; end++)
            ;
    size_t first_text = n, addr_start = end;
    struct name_keys nk;
    name_keys_init(&nk, e);
    for (size_t i = 0; i < end; i++) {
        if (li[i].kind != L_TEXT)
            continue;
        bool first = first_text == n;
        if (first)
            first_text = i;
        if (same_name(li[i].key, &nk)) {
            li[i].kind = L_NAME;
            continue;
        }
        if (title_part(li[i].key, &nk) &&
            !ascii_isdigit((unsigned char)lines[i].text[0])) {
            li[i].kind = L_UNIT;
            continue;
        }
        if (addr_start == end && address_score(lines[i].text, li[i].key, first) > 0)
            addr_start = i;
        li[i].kind = i < addr_start ? L_UNIT : L_ADDR;
    }
    /* a named building between the name and the street: "CRCDC – site de
     * l'Allier" / "Le Carré Max Dormoy" / "2 rue des Carmes" */
    if (pci < n && first_text < n && addr_start < end && addr_start > first_text + 1 &&
        li[addr_start - 1].kind == L_UNIT && named_building(li[addr_start - 1].key, &nk))
        li[--addr_start].kind = L_ADDR;
    name_keys_clear(&nk);
    /* without a postcode, only lines that look like address lines are */
    if (pci == n)
        for (size_t i = addr_start; i < end; i++)
            if (li[i].kind == L_ADDR &&
                address_score(lines[i].text, li[i].key, false) == 0)
                li[i].kind = L_TEXT;

    /* 4. the address */
    struct address *a = &e->adr;
    bool have_adr = pci < n;
    for (size_t i = 0; i < end; i++)
        have_adr = have_adr || li[i].kind == L_ADDR;
    if (have_adr && a->line == 0) {
        for (size_t i = 0; i < n; i++) {
            if (li[i].kind == L_ADDR) {
                if (!a->line)
                    a->line = lines[i].line;
                strlist_push(&a->lines, delivery_text(lines[i].text));
                strlist_add(&a->label, lines[i].text);
            } else if (li[i].kind == L_POSTCODE) {
                if (!a->line)
                    a->line = lines[i].line;
                if (pc.at > 0) {
                    /* delivery text before the postcode on the same line */
                    char *d = xstrndup(lines[i].text, pc.at);
                    char *t = str_trim(d);
                    strlist_push(&a->lines, delivery_text(t));
                    free(t);
                    free(d);
                }
                strlist_add(&a->label, lines[i].text);
                a->postcode = pc.postcode;
                a->locality = pc.locality;
                a->region = pc.region;
                pc.postcode = pc.locality = pc.region = NULL;
                a->country = xstrdup(pc.country ? pc.country : "France");
                a->country_code = xstrdup(pc.code ? pc.code : "FR");
            } else if (li[i].kind == L_COUNTRY) {
                strlist_add(&a->label, lines[i].text);
            }
        }
    } else {
        /* a second Coordonnées block: its address lines are kept as text */
        for (size_t i = 0; i < n; i++)
            if (li[i].kind == L_ADDR || li[i].kind == L_POSTCODE ||
                li[i].kind == L_COUNTRY)
                li[i].kind = L_TEXT;
    }
    postcode_clear(&pc);

    /* 5. every line, in source order */
    const char *region =
        a->country_code ? a->country_code : (o && o->region ? o->region : "FR");
    for (size_t i = 0; i < n; i++) {
        const struct text_line *tl = &lines[i];
        switch (li[i].kind) {
        case L_UNIT:
            add_unique(&e->org_units, tl->text);
            break;
        case L_CONTACT:
            do_contact(&tmp, tl, &li[i], heading, region, e);
            break;
        case L_TEXT:
            not_understood(e, heading, tl);
            break;
        default:
            break;
        }
    }
    for (size_t i = 0; i < n; i++)
        linfo_clear(&li[i]);
    free(li);
    strbuf_free(&tmp);
    strbuf_free(&keys);
}

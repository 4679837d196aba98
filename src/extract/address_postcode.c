/* Address extractor: country names and postcode lines ("67075 STRASBOURG
 * CEDEX", "B-5000 Namur (Belgique)"), for the line sorting of address.c. */
#include "extract/address_int.h"

#include <stdlib.h>
#include <string.h>

#include "base/text.h"
#include "base/util.h"

/* ------------------------------------------------------------------ */
/* Countries                                                            */

/* The names people write beyond the official ones: abbreviations, the
 * overseas departments as they are called, "Grand-Duché de Luxembourg". */
static const struct country_name countries[] = {
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
static int cmp_country_key(const void *k, const void *c)
{
    return strcmp(k, ((const struct country_name *)c)->key);
}

const struct country_name *address_country_of_key(const char *key)
{
    for (size_t i = 0; i < sizeof countries / sizeof countries[0]; i++)
        if (key[0] == countries[i].key[0] && strcmp(key, countries[i].key) == 0)
            return &countries[i];
    if (!key[0])
        return NULL;
    return bsearch(key, country_names, country_names_count, sizeof country_names[0],
                   cmp_country_key);
}

const char *address_country_name(const char *code)
{
    for (size_t i = 0; i < sizeof countries / sizeof countries[0]; i++)
        if (strcmp(countries[i].code, code) == 0 && !countries[i].overseas)
            return countries[i].name;
    for (size_t i = 0; i < country_names_count; i++)
        if (strcmp(country_names[i].code, code) == 0 && !country_names[i].overseas)
            return country_names[i].name;
    return NULL;
}

/* Country named by the n bytes at s; tmp is scratch space for the key. */
static const struct country_name *country_find_n(struct strbuf *tmp, const char *s,
                                                 size_t n)
{
    return address_country_of_key(str_fold_key_to(tmp, s, n));
}

bool address_country(const char *s, const char **name, const char **code)
{
    struct strbuf tmp = STRBUF_INIT;
    const struct country_name *c = s ? country_find_n(&tmp, s, strlen(s)) : NULL;
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
/* Postcode line                                                        */

void address_postcode_clear(struct postcode *p)
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
void address_postcode_set_country(struct postcode *p, const struct country_name *c)
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

/* Length of the no-break space (U+00A0 or U+202F) at p, else 0. */
static inline size_t nbsp_len(const char *p)
{
    if ((unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xA0)
        return 2;
    if ((unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
        (unsigned char)p[2] == 0xAF)
        return 3;
    return 0;
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
    /* a space, a tab or a no-break space (U+00A0, U+202F: "14100\u00a0LISIEUX") */
    size_t sp = nd;
    while (p[sp] == ' ' || p[sp] == '\t' || nbsp_len(p + sp))
        sp += p[sp] == ' ' || p[sp] == '\t' ? 1 : nbsp_len(p + sp);
    if (sp == nd)
        return false;
    const char *loc = p + sp;
    unsigned char c0 = (unsigned char)loc[0];
    if (!(ascii_isalpha(c0) || c0 >= 0x80))
        return false;
    if (address_key_starts_any(str_fold_key_to(tmp, loc, strlen(loc)),
                               address_lead_words))
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
        const struct country_name *c = country_find_n(
            tmp, open + 1, close ? (size_t)(close - open - 1) : strlen(open + 1));
        if (c && (!close || str_blank(close + 1))) {
            address_postcode_set_country(out, c);
            *open = '\0';
        }
    }
    static const char *const tails[] = {", ", " - ", " – ", " — "};
    for (size_t i = 0; i < sizeof tails / sizeof tails[0]; i++) {
        char *t = strstr(l, tails[i]);
        if (!t)
            continue;
        const char *rest = t + strlen(tails[i]);
        const struct country_name *c = country_find_n(tmp, rest, strlen(rest));
        if (c) {
            address_postcode_set_country(out, c);
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
        address_postcode_clear(out);
        return false;
    }
    if (out->locality[n - 1] == ' ') {
        char *t = str_trim(out->locality);
        free(out->locality);
        out->locality = t;
    }
    return true;
}

/* Postal-box words, whose number is no postcode. */
static const char *const box_words[] = {"bp", "cs", "tsa", "cp", NULL};

/* Postcode line: the postcode at the start, after a separator ("BP 9050 -
 * 24019 PÉRIGUEUX CEDEX", "8 rue X, 25000 Besançon"), or after a street and
 * a space ("5, place du Cantin 62300 LENS"). */
bool address_postcode_line(struct strbuf *tmp, const char *s, bool allow4,
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
    /* the street written before the postcode with a space only: "5, place du
     * Cantin 62300 LENS" (a five-digit postcode after a word, the text
     * before it holding a street word) */
    for (const char *t = strchr(s, ' '); t; t = strchr(t + 1, ' ')) {
        if (t == s || !ascii_isalpha((unsigned char)t[-1]) ||
            !ascii_isdigit((unsigned char)t[1]))
            continue;
        const char *key = str_fold_key_to(tmp, s, (size_t)(t - s));
        const char *last = strrchr(key, ' ');
        last = last ? last + 1 : key;
        /* "CS 50123 ...": a box number, not a postcode */
        if (!address_key_has_any(key, address_lead_words) ||
            address_key_starts_any(last, box_words))
            continue;
        if (postcode_at(tmp, s, (size_t)(t - s) + 1, false, out)) {
            out->at = (size_t)(t - s);
            return true;
        }
    }
    return false;
}

/* The country of the postcode prefixes (B-, CH-...) whose code is code, set
 * on p; p unchanged when no prefix has that code. */
void address_postcode_default_country(struct postcode *p, const char *code)
{
    for (size_t k = 0; k < sizeof prefixes / sizeof prefixes[0]; k++)
        if (strcmp(prefixes[k].code, code) == 0) {
            p->country = prefixes[k].country;
            p->code = prefixes[k].code;
            break;
        }
}

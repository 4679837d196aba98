/* Address extractor: country names and postcode lines ("67075 STRASBOURG
 * CEDEX", "B-5000 Namur (Belgique)"), for the line sorting of address.c. */
#include "extract/address_int.h"

#include <stdlib.h>
#include <string.h>

#include "base/text.h"
#include "base/util.h"
#include "extract/phone.h"

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
        if (strcmp(c->code, "FR") == 0 && p->postcode && postcode_territory(p->postcode))
            p->code = postcode_territory(p->postcode);
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

/* The postcode prefix at p ("B-5000", "L -6834", "CH-1700"), *after set
 * past it; NULL, *after = p, when there is none. Every prefix starts with a
 * capital letter. */
static const struct prefix *prefix_at(const char *p, const char **after)
{
    *after = p;
    if (!ascii_isupper((unsigned char)p[0]))
        return NULL;
    for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
        size_t k = strlen(prefixes[i].p) - 1; /* the letters, without "-" */
        if (strncmp(p, prefixes[i].p, k) != 0)
            continue;
        const char *q = p + k;
        if (*q == ' ' && q[1] == '-') /* "L -6834" */
            q++;
        /* "MC 98000 MONACO", "CH 1700 Fribourg": two letters and a space
         * too (one letter and a space are a word's) */
        if ((*q == '-' || (*q == ' ' && k == 2)) && ascii_isdigit((unsigned char)q[1])) {
            *after = q + 1;
            return &prefixes[i];
        }
    }
    return NULL;
}

/* The digits of a postcode at p into digits (at most 7): a run of digits,
 * or two then a space then three ("14 200", a French habit); *after set
 * past them. Returns how many. */
static size_t postcode_digits(const char *p, char digits[8], const char **after)
{
    size_t n = 0, i = 0;
    while (ascii_isdigit((unsigned char)p[i]) && n < 7)
        digits[n++] = p[i++];
    if (n == 2 && p[i] == ' ' && ascii_isdigit((unsigned char)p[i + 1]) &&
        ascii_isdigit((unsigned char)p[i + 2]) &&
        ascii_isdigit((unsigned char)p[i + 3]) &&
        !ascii_isdigit((unsigned char)p[i + 4])) {
        memcpy(digits + 2, p + i + 1, 3);
        n = 5;
        i += 4;
    }
    if (ascii_isdigit((unsigned char)p[i]))
        n = 0; /* too long */
    digits[n] = '\0';
    *after = p + i;
    return n;
}

/* Where the locality starts after a postcode ending at p: past blanks (a
 * space, a tab, a no-break space: "14100\u00a0LISIEUX") or a dash between
 * blanks ("66000 - PERPIGNAN"), or right there for a name in capitals glued
 * to it ("24016PERIGUEUX"); NULL otherwise. */
static const char *locality_start(const char *p)
{
    const char *q = p;
    while (*q == ' ' || *q == '\t' || nbsp_len(q))
        q += *q == ' ' || *q == '\t' ? 1 : nbsp_len(q);
    if (q == p)
        return ascii_isupper((unsigned char)p[0]) && ascii_isupper((unsigned char)p[1]) &&
                       ascii_isupper((unsigned char)p[2])
                   ? p
                   : NULL;
    if (*q == '-' || str_startswith(q, "\xE2\x80\x93")) {
        const char *r = q + (*q == '-' ? 1 : 3);
        if (*r != ' ')
            return NULL;
        while (*r == ' ')
            r++;
        q = r;
    }
    return q;
}

/* Whether the word at s (up to a space or the end) has a lower-case letter
 * (an accented one too: "é" is 0xC3 0xA9, capitals are 0xC3 0x80-0x9E);
 * "Cedex" in any case counts as capitals. */
static bool word_has_lower(const char *s)
{
    if (ascii_prefix(s, "cedex") && (s[5] == ' ' || s[5] == '\0'))
        return false; /* "ALBI cedex 9": the locality's */
    for (const unsigned char *u = (const unsigned char *)s; *u && *u != ' '; u++)
        if (ascii_islower(*u) || (u[0] == 0xC3 && u[1] >= 0xA0))
            return true;
    return false;
}

/* The length of a locality in capitals at l, up to the first word in lower
 * case ("PARIS sans rendez-vous.." -> "PARIS"; the line stays whole in the
 * address's label); a locality written otherwise is all of l. */
static size_t caps_locality_len(const char *l)
{
    if (word_has_lower(l))
        return strlen(l);
    static const char *const small[] = {"en ",  "sur ", "sous ", "l\xC3\xA8s ", "lez ",
                                        "de ",  "du ",  "des ",  "la ",         "le ",
                                        "les ", "aux ", "au ",   "et ",         NULL};
    for (const char *p = strchr(l, ' '); p; p = strchr(p + 1, ' ')) {
        if (!word_has_lower(p + 1))
            continue;
        /* "AIX en PROVENCE": a joining word between capitals */
        const char *next = strchr(p + 1, ' ');
        bool joining = false;
        for (size_t i = 0; small[i] && next && !joining; i++)
            joining = strncmp(p + 1, small[i], strlen(small[i])) == 0 &&
                      next[1] != '\0' && !word_has_lower(next + 1);
        if (!joining)
            return (size_t)(p - l);
    }
    return strlen(l);
}

/* A locality holds no postcode (a repeated one ends it: "Saint-Joseph
 * 97480 La Réunion"; a district's number stays: "Genève 4", "CEDEX 9"), and
 * a locality written twice is one ("Saint-Joseph Saint-Joseph"). The line
 * stays whole in the address's label. */
static void locality_tidy(char *l)
{
    for (char *p = strchr(l, ' '); p; p = strchr(p + 1, ' ')) {
        size_t d = strspn(p + 1, "0123456789");
        if (d >= 4) { /* not a district's number: "Genève 4", "CEDEX 9" */
            *p = '\0';
            break;
        }
    }
    size_t n = strlen(l);
    if (n % 2 == 1 && l[n / 2] == ' ' && strncmp(l, l + n / 2 + 1, n / 2) == 0)
        l[n / 2] = '\0';
}

/* Words after the locality and a comma that are none of it ("75002 Paris,
 * tél. 01 …", "1213 Onex, sur rendez-vous"): a word in lower case or a
 * telephone's label; the comma ends the locality (the line stays whole in
 * the address's label). */
static void locality_words_after(char *l)
{
    char *t = strstr(l, ", ");
    if (!t || t == l)
        return;
    const char *rest = t + 2;
    if (ascii_islower((unsigned char)rest[0]) ||
        phone_label_word(rest, strcspn(rest, " :")))
        *t = '\0';
}

/* A country after the locality l, in parentheses or after ", " or a spaced
 * dash ("STRASBOURG CEDEX (FRANCE)", "Namur - Belgique"): out's country,
 * cut from l. */
static void locality_country_tail(struct strbuf *tmp, char *l, struct postcode *out)
{
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
}

/* Postcode and locality at s + at: "67075 STRASBOURG CEDEX (FRANCE)",
 * "B-5000 Namur (Belgique)", "1000 Bruxelles" (only when allow4). */
static bool postcode_at(struct strbuf *tmp, const char *s, size_t at, bool allow4,
                        struct postcode *out)
{
    const char *p = s + at;
    while (*p == ' ')
        p++;
    const struct prefix *pre = prefix_at(p, &p);
    char digits[8];
    size_t nd = postcode_digits(p, digits, &p);
    if (pre ? (int)nd != pre->digits : !(nd == 5 || (nd == 4 && allow4)))
        return false;
    /* then blanks (a space, a tab, a no-break space: "14100\u00a0LISIEUX"),
     * or a dash between blanks ("66000 - PERPIGNAN") */
    const char *loc = locality_start(p);
    if (!loc)
        return false;
    unsigned char c0 = (unsigned char)loc[0];
    if (!(ascii_isalpha(c0) || c0 >= 0x80))
        return false;
    if (str_key_starts_any(str_fold_key_to(tmp, loc, strlen(loc)), address_lead_words))
        return false;

    memset(out, 0, sizeof *out);
    out->at = at;
    out->postcode = xstrndup(digits, nd);
    if (pre && strcmp(pre->code, "FR") != 0) {
        out->country = pre->country;
        out->code = pre->code;
    } else if (nd == 5 && strncmp(out->postcode, "980", 3) == 0) {
        /* 98000 Monaco: the principality is in the French postal system */
        out->country = "Monaco";
        out->code = "MC";
    } else if (nd == 5) {
        out->country = "France";
        out->code =
            postcode_territory(out->postcode) ? postcode_territory(out->postcode) : "FR";
    }
    /* locality up to a parenthesised country, or a ", France" / " - France" tail,
     * and up to " : " ("1200 WSL : service social de première ligne") */
    char *l = str_trim(loc);
    char *colon = strstr(l, " : ");
    if (colon && colon > l)
        *colon = '\0';
    locality_country_tail(tmp, l, out);
    locality_words_after(l);
    l[caps_locality_len(l)] = '\0';
    locality_tidy(l);
    out->locality = str_trim(l);
    free(l);
    /* "1772 Grolley /" before a second site: the separator is none of it */
    size_t n = strlen(out->locality);
    while (n > 0 && strchr(",;.-/| ", out->locality[n - 1]))
        out->locality[--n] = '\0';
    if (n == 0) {
        address_postcode_clear(out);
        return false;
    }
    return true;
}

/* Postal-box words, whose number is no postcode ("B.P." folds to "b p"). */
static const char *const box_words[] = {
    "bp", "cs", "tsa", "cp", "b p", "boite postale", "case postale", NULL};

/* Whether key ends with a postal box and its number ("bp 66", "... cs
 * 50123"). */
static bool box_numbered(const char *key)
{
    const char *last = strrchr(key, ' ');
    if (!last || !strpbrk(last + 1, "0123456789")) /* "BP 66", "BP K1" */
        return false;
    const char *prev = last;
    while (prev > key && prev[-1] != ' ')
        prev--;
    return str_key_starts_any(prev, box_words);
}

bool address_box_key(const char *key)
{
    const char *num = strrchr(key, ' ');
    size_t d = num ? strspn(num + 1, "0123456789") : 0;
    if (d == 0 || num[1 + d] != '\0')
        return false;
    size_t head = (size_t)(num - key);
    /* "CP" also labels a postcode: a box's number is shorter */
    if (head == 2 && memcmp(key, "cp", 2) == 0 && d >= 5)
        return false;
    for (size_t i = 0; box_words[i]; i++)
        if (strlen(box_words[i]) == head && memcmp(key, box_words[i], head) == 0)
            return true;
    return false;
}

/* A postcode glued by a dash to a postal box's number: "B.P. 517-15005
 * AURILLAC CEDEX" (five digits after the dash, a box word before the
 * number). */
static bool postcode_after_box(struct strbuf *tmp, const char *s, struct postcode *out)
{
    for (const char *d = strchr(s, '-'); d; d = strchr(d + 1, '-')) {
        if (d == s || !ascii_isdigit((unsigned char)d[-1]) ||
            strspn(d + 1, "0123456789") != 5)
            continue;
        const char *key = str_fold_key_to(tmp, s, (size_t)(d - s));
        const char *num = strrchr(key, ' '); /* "b p 517": the box's words before */
        size_t head = num ? (size_t)(num - key) : 0;
        bool box = false;
        for (size_t i = 0; box_words[i] && !box; i++) {
            size_t n = strlen(box_words[i]);
            box = head >= n && memcmp(key + head - n, box_words[i], n) == 0 &&
                  (head == n || key[head - n - 1] == ' ');
        }
        if (box && postcode_at(tmp, s, (size_t)(d - s) + 1, false, out)) {
            out->at = (size_t)(d - s);
            return true;
        }
    }
    return false;
}

/* The locality field of postcode_last, [b, e) of s: a few words without
 * digits nor street word, trimmed; NULL when it is none. */
static char *locality_field(struct strbuf *tmp, const char *b, const char *e)
{
    char *l = xstrndup(b, (size_t)(e - b));
    char *locality = str_trim(l);
    free(l);
    size_t words = 1;
    for (const char *q = locality; *q; q++)
        words += *q == ' ';
    /* a few words: not "Coordonnées sans accent; pas d'horaires; 2018" */
    bool word = locality[0] && words <= 6 && !strpbrk(locality, "0123456789;:") &&
                !str_key_has_any(str_fold_key_to(tmp, locality, strlen(locality)),
                                 address_lead_words);
    if (!word) {
        free(locality);
        return NULL;
    }
    return locality;
}

/* A postcode written after its locality, found: its nd digits at d, the
 * locality (taken), the place where the delivery text ends (at); a French
 * postcode's country and territory. */
static void found_last(struct postcode *out, size_t at, const char *d, size_t nd,
                       char *locality)
{
    memset(out, 0, sizeof *out);
    out->at = at;
    out->postcode = xstrndup(d, nd);
    out->locality = locality;
    if (nd == 5) {
        out->country = "France";
        out->code =
            postcode_territory(out->postcode) ? postcode_territory(out->postcode) : "FR";
    }
}

/* A line of a locality and its postcode after it, nothing else: "POITIERS
 * 86034" (five digits, or four when allow4). */
static bool locality_postcode(struct strbuf *tmp, const char *s, bool allow4,
                              struct postcode *out)
{
    const char *end = s + strlen(s);
    while (end > s && end[-1] == ' ')
        end--;
    const char *d = end;
    while (d > s && ascii_isdigit((unsigned char)d[-1]))
        d--;
    size_t nd = (size_t)(end - d);
    if (!(nd == 5 || (nd == 4 && allow4)) || d == s || d[-1] != ' ' ||
        box_numbered(str_fold_key_to(tmp, s, (size_t)(end - s)))) /* "CP 2045" */
        return false;
    char *locality = locality_field(tmp, s, d);
    if (!locality)
        return false;
    found_last(out, 0, d, nd, locality);
    return true;
}

/* A postcode written after its locality, at the end of the line, or before
 * a last field naming the country: "ZI Kaweni, Lotissement Kamal,
 * MAMOUDZOU, 97600", "1 Rue de la liberté, Fort-de-France 97200,
 * Martinique" (five digits, or four when allow4). */
static bool postcode_last(struct strbuf *tmp, const char *s, bool allow4,
                          struct postcode *out)
{
    const char *c = strrchr(s, ',');
    if (!c)
        return locality_postcode(tmp, s, allow4, out);
    if (c[1] != ' ')
        return false;
    const char *end = s + strlen(s);
    const struct country_name *country = ascii_isdigit((unsigned char)c[2])
                                             ? NULL
                                             : country_find_n(tmp, c + 2, strlen(c + 2));
    if (country) { /* ", Martinique": the field before holds the postcode */
        end = c;
        while (c > s && *--c != ',')
            ;
        if (*c != ',' || c[1] != ' ')
            return false;
    }
    /* the postcode: the field's last word, the locality before it in the
     * field ("Fort-de-France 97200") or in the field before ("…, 97600") */
    const char *d = end;
    while (d > c + 2 && d[-1] != ' ')
        d--;
    size_t nd = strspn(d, "0123456789");
    if (!(nd == 5 || (nd == 4 && allow4)) || d + nd != end)
        return false;
    const char *b = c + 2, *e = d;
    if (d == c + 2) { /* the postcode alone: the locality is the field before */
        e = c;
        b = c;
        while (b > s && b[-1] != ',')
            b--;
    }
    char *locality = locality_field(tmp, b, e);
    if (!locality)
        return false;
    found_last(out,
               b == c + 2 ? (size_t)(c - s)
               : b > s    ? (size_t)(b - 1 - s)
                          : 0,
               d, nd, locality);
    if (country && !(nd == 5 && country->overseas))
        address_postcode_set_country(out, country);
    return true;
}

/* Whether s is a province's code alone: "QC", "ON". */
static bool province_code(const char *s)
{
    static const char *const codes[] = {"QC", "ON", "NB", "NS", "MB", "SK", "AB",
                                        "BC", "PE", "NL", "YT", "NT", "NU", NULL};
    for (size_t i = 0; codes[i]; i++)
        if (strcmp(s, codes[i]) == 0)
            return true;
    return false;
}

/* A province's code after the locality ("Pont-Rouge QC"): the region, cut
 * from the locality, unless the region is known already. */
static void canada_province(char *locality, char **region)
{
    size_t n = strlen(locality);
    if (*region || n < 4 || locality[n - 3] != ' ' || !province_code(locality + n - 2))
        return;
    *region = xstrdup(locality + n - 2);
    locality[n - 3] = '\0';
}

/* Whether s is a Canadian province's name: "Québec", "Ontario". */
static bool province_name(const char *s)
{
    static const char *const names[] = {"quebec",
                                        "ontario",
                                        "nouveau brunswick",
                                        "nouvelle ecosse",
                                        "manitoba",
                                        "saskatchewan",
                                        "alberta",
                                        "colombie britannique",
                                        "terre neuve et labrador",
                                        "ile du prince edouard",
                                        NULL};
    return str_folds_to_any(s, names);
}

/* Whether "Québec" between commas before the postcode is the city, not
 * the province: "…, Université Laval, Québec, G1V 0A6". It is the
 * province after the city of that name ("Québec, Québec, G2B 1E7") or
 * before a code the city has not (its codes open with G1, G2, G3: "Côte
 * Saint-Luc, Québec, H4W 1X8"); any other province's name is no city. */
static bool quebec_city(const char *name, const char *prev, const char *code)
{
    static const char *const quebec[] = {"quebec", NULL};
    if (!str_folds_to_any(name, quebec) || str_folds_to_any(prev, quebec))
        return false;
    return code[0] == 'G' && code[1] >= '1' && code[1] <= '3';
}

/* A Canadian postcode at the end of the line, letter digit letter, a space,
 * digit letter digit: "Saint-Luc-de-Vincennes (Québec) G0X 3K0", "…,
 * Université Laval, Québec, G1V 0A6". The locality is the text before it
 * back to a comma, its province in parentheses (or its code after it) the
 * region. */
static bool postcode_canada(const char *s, struct postcode *out)
{
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '.'))
        n--;
    const unsigned char *p = (const unsigned char *)s + (n >= 7 ? n - 7 : 0);
    if (n < 8 || !ascii_isupper(p[0]) || !ascii_isdigit(p[1]) || !ascii_isupper(p[2]) ||
        p[3] != ' ' || !ascii_isdigit(p[4]) || !ascii_isupper(p[5]) ||
        !ascii_isdigit(p[6]) || (p[-1] != ' ' && p[-1] != ','))
        return false;
    const char *end = (const char *)p, *b;
    while (end > s && (end[-1] == ' ' || end[-1] == ','))
        end--;
    for (b = end; b > s && b[-1] != ','; b--)
        ;
    char *l = xstrndup(b, (size_t)(end - b));
    char *locality = str_trim(l);
    free(l);
    char *open = strrchr(locality, '('), *region = NULL;
    size_t ln = strlen(locality);
    if (open && open > locality && ln && locality[ln - 1] == ')') {
        region = xstrndup(open + 1, (size_t)(locality + ln - 1 - open - 1));
        *open = '\0';
        char *t = str_trim(locality);
        free(locality);
        locality = t;
    }
    canada_province(locality, &region); /* "Pont-Rouge QC" */
    /* "Joliette, Québec J6E 8S5", "Montréal, QC H2X 2S6": the province,
     * its locality before it */
    if (!region && b > s && (province_code(locality) || province_name(locality))) {
        const char *lb = b - 1;
        while (lb > s && lb[-1] != ',')
            lb--;
        char *raw = xstrndup(lb, (size_t)(b - 1 - lb));
        char *prev = str_trim(raw);
        free(raw);
        if (prev[0] && !strpbrk(prev, "0123456789") &&
            address_locality_len(prev) == strlen(prev) &&
            (*end != ',' || !quebec_city(locality, prev, (const char *)p))) {
            region = locality;
            locality = prev;
            b = lb;
        } else {
            free(prev);
        }
    }
    if (!locality[0] || strpbrk(locality, "0123456789")) {
        free(locality);
        free(region);
        return false;
    }
    memset(out, 0, sizeof *out);
    out->at = b > s ? (size_t)(b - 1 - s) : 0;
    out->postcode = xstrndup((const char *)p, 7);
    out->locality = locality;
    out->region = region;
    out->country = "Canada";
    out->code = "CA";
    return true;
}

/* A postcode in parentheses after its locality, as the press writes it:
 * "12 rue des Fleurs à Sanary (83110)", "… se situe à Sanary (83110).",
 * "…, Sanary-sur-Mer (83110)". The text before the locality is delivery
 * text when it names a street, else none (out->at 0). */
static bool postcode_in_parens(struct strbuf *tmp, const char *s, struct postcode *out)
{
    const char *o = strchr(s, '(');
    if (!o || o == s || o[-1] != ' ' || !paren_postcode(o) ||
        strspn(o + 7, " .") != strlen(o + 7)) /* at the end of the line */
        return false;
    /* the locality: after " à " (address_locality_after_a reads "à Sanary
     * (83110)" so), else after the last comma before it, or the start */
    size_t at, from, n = address_locality_after_a(s, &at);
    if (n > 0) {
        from = at + 4;
    } else {
        const char *c = o;
        while (c > s && c[-1] != ',')
            c--;
        at = c > s ? (size_t)(c - 1 - s) : 0;
        from = skip_spaces(s, (size_t)(c - s));
        n = address_locality_len(s + from);
        if (n == 0 || s + from + n != o - 1)
            return false;
    }
    bool street =
        at > 0 && str_key_has_any(str_fold_key_to(tmp, s, at), address_lead_words);
    found_last(out, street ? at : 0, o + 1, 5, xstrndup(s + from, n));
    return true;
}

/* Postcode line: the postcode at the start, after a separator ("BP 9050 -
 * 24019 PÉRIGUEUX CEDEX", "8 rue X, 25000 Besançon"), or after a street and
 * a space ("5, place du Cantin 62300 LENS"). */
bool address_postcode_line(struct strbuf *tmp, const char *s, bool allow4,
                           struct postcode *out)
{
    if (postcode_at(tmp, s, 0, allow4, out))
        return true;
    static const char *const seps[] = {
        ", ",        " - ",        " \xE2\x80\x93 ", " \xE2\x80\x94 ",
        " / ",       " \xC3\xA0 ", " \xE2\x96\xA0 ", "; ",
        " \xC2\xB7 "};
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
        const char *after;
        if (t[1] == ' ')
            continue; /* the last blank of a run: "BP K1   98849 NOUMEA" */
        /* a prefixed postcode says what it is wherever it stands: "26, rue
         * Abbé Muller L-9065 Ettelbruck" */
        if (t > s && prefix_at(t + 1, &after) &&
            postcode_at(tmp, s, (size_t)(t - s) + 1, true, out)) {
            out->at = (size_t)(t - s);
            return true;
        }
        const char *w = t; /* the word before the blanks */
        while (w > s && w[-1] == ' ')
            w--;
        if (w == s || !ascii_isdigit((unsigned char)t[1]))
            continue;
        const char *key = str_fold_key_to(tmp, s, (size_t)(w - s));
        const char *last = strrchr(key, ' ');
        last = last ? last + 1 : key;
        /* "CS 50123 ...": a box number, not a postcode; but "BP 66 97322
         * CAYENNE", the postcode after the box's number, is one */
        bool after_box = ascii_isdigit((unsigned char)w[-1]) && box_numbered(key);
        /* "Rue Saint-Martin 52 7500 Tournai": after a street's number
         * written last, as Belgium and Switzerland write it */
        bool after_number = ascii_isdigit((unsigned char)w[-1]) && !after_box &&
                            ascii_isalpha((unsigned char)key[0]) && strchr(key, ' ') &&
                            str_key_has_any(key, address_lead_words);
        if (after_number && postcode_at(tmp, s, (size_t)(t - s) + 1, allow4, out)) {
            out->at = (size_t)(t - s);
            return true;
        }
        if (!after_box &&
            (!(ascii_isalpha((unsigned char)w[-1]) || (unsigned char)w[-1] >= 0x80) ||
             !str_key_has_any(key, address_lead_words) ||
             str_key_starts_any(last, box_words)))
            continue;
        if (postcode_at(tmp, s, (size_t)(t - s) + 1, false, out)) {
            out->at = (size_t)(t - s);
            return true;
        }
    }
    return postcode_after_box(tmp, s, out) || postcode_last(tmp, s, allow4, out) ||
           postcode_canada(s, out) || postcode_in_parens(tmp, s, out);
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

static int department_cmp(const void *k, const void *d)
{
    return strcmp(k, ((const struct department_name *)d)->key);
}

bool address_french_department(const char *key)
{
    return bsearch(key, department_names, department_names_count,
                   sizeof department_names[0], department_cmp) != NULL;
}

const char *address_department_line(const char *key)
{
    /* "66 pyrenees orientales" or "pyrenees orientales 66" */
    size_t n = strlen(key);
    const char *name = key, *code = NULL;
    size_t name_n = n;
    const char *sp = strchr(key, ' ');
    const char *last = strrchr(key, ' ');
    if (sp && ascii_isdigit((unsigned char)key[0])) {
        code = key;
        name = sp + 1;
        name_n = n - (size_t)(name - key);
    } else if (last && ascii_isdigit((unsigned char)last[1])) {
        code = last + 1;
        name_n = (size_t)(last - key);
    }
    if (!code || name_n == 0 || name_n > 40)
        return NULL;
    char buf[48];
    memcpy(buf, name, name_n);
    buf[name_n] = '\0';
    const struct department_name *d =
        bsearch(buf, department_names, department_names_count, sizeof department_names[0],
                department_cmp);
    size_t cn = strcspn(code, " ");
    return d && strlen(d->code) == cn && ascii_prefix(code, d->code) ? d->name : NULL;
}

/* Extractor: a postal address given in a sentence ("… dans la boîte aux
 * lettres du tribunal, au 56 avenue de Saint Cloud à Versailles, …"), for an
 * entry whose contact block gives none. The sentence itself stays in NOTE. */
#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "base/text.h"
#include "base/util.h"
#include "extract/address.h"
#include "extract/address_int.h"

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
    if (s[i] == ',')
        i++;
    return s[i] == ' ' ? i + 1 : 0;
}

/* The length of the locality at s: capitalised words joined by spaces or
 * hyphens ("Versailles", "Saint-Germain-en-Laye", "Le Mans"), the joining
 * small words of place names allowed inside. */
static size_t locality_len(const char *s)
{
    static const char *const small[] = {"en",  "de",   "des", "du",  "la", "le", "les",
                                        "sur", "sous", "lès", "lez", "d'", NULL};
    size_t i = 0, end = 0;
    while (s[i]) {
        bool cap = ascii_isupper((unsigned char)s[i]) ||
                   ((unsigned char)s[i] == 0xC3 && (unsigned char)s[i + 1] >= 0x80 &&
                    (unsigned char)s[i + 1] <= 0x9E);
        bool joined = false;
        for (size_t k = 0; small[k] && !cap && !joined && end > 0; k++)
            joined = ascii_prefix(s + i, small[k]) &&
                     (s[i + strlen(small[k])] == '-' || s[i + strlen(small[k])] == ' ');
        if (!cap && !joined)
            break;
        while (s[i] && s[i] != ' ' && s[i] != '-' && s[i] != ',' && s[i] != '.' &&
               s[i] != ')' && s[i] != ';')
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

/* The street that opens at s ("56 avenue de Saint Cloud à Versailles, …"):
 * its length and, after " à ", the locality's offset and length. */
static bool street_at(struct strbuf *tmp, const char *s, size_t *street, size_t *loc,
                      size_t *loc_n)
{
    size_t k = street_number(s);
    if (k == 0)
        return false;
    size_t n = strcspn(s, ",.;:()\n");
    const char *a = strstr(s, " \xC3\xA0 "); /* " à " */
    if (a && (size_t)(a - s) < n)
        n = (size_t)(a - s);
    if (n <= k ||
        !address_key_starts_any(str_fold_key_to(tmp, s + k, n - k), address_lead_words))
        return false;
    *street = n;
    *loc = *loc_n = 0;
    if (a && (size_t)(a - s) == n) {
        *loc = n + 4;
        *loc_n = locality_len(s + *loc);
    }
    return true;
}

/* The street in a sentence of t, after "au " or "au n°": its offset, or
 * SIZE_MAX. */
static size_t sentence_street(const char *t)
{
    for (const char *p = strstr(t, "au "); p; p = strstr(p + 1, "au ")) {
        if (p > t && ascii_isalpha((unsigned char)p[-1]))
            continue;
        const char *q = p + 3;
        if (ascii_prefix(q, "n\xC2\xB0"))
            q = q + 3 + (q[3] == ' ');
        if (ascii_isdigit((unsigned char)*q))
            return (size_t)(q - t);
    }
    return SIZE_MAX;
}

bool address_in_prose(const struct text_line *tl, struct entry *e)
{
    struct address *a = &e->adr;
    if (a->line != 0 || a->lines.n || a->postcode)
        return false;
    size_t at = sentence_street(tl->text);
    if (at == SIZE_MAX)
        return false;
    struct strbuf tmp = STRBUF_INIT;
    size_t street, loc, loc_n;
    const char *s = tl->text + at;
    bool found = street_at(&tmp, s, &street, &loc, &loc_n);
    strbuf_free(&tmp);
    if (!found)
        return false;
    strlist_push(&a->lines, xstrndup(s, street));
    if (loc_n > 0)
        a->locality = xstrndup(s + loc, loc_n);
    strlist_push(&a->label, xstrndup(s, loc_n > 0 ? loc + loc_n : street));
    a->line = tl->line;
    return true;
}

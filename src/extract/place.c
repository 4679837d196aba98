/* Extractor: the country an entry is in, from the signals of its text when
 * its address does not name one (place.h). */
#include "extract/place.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "base/text.h"
#include "base/util.h"
#include "extract/address.h"
#include "extract/address_int.h"
#include "extract/localities.h"
#include "extract/phone.h"

/* International prefixes and domains, in the order they decide. */
static const struct {
    const char *needle;
    const char *code;
} hints[] = {
    {"+32", "BE"},
    {"0032", "BE"},
    {"+352", "LU"},
    {"00352", "LU"},
    {"+41", "CH"},
    {"0041", "CH"},
    {"+377", "MC"},
    {"00377", "MC"},
    {".be", "BE"},
    {".lu", "LU"},
    {".ch", "CH"},
    {".mc", "MC"},
    /* France overseas: the numbers' plan (the address's country stays
     * France), and Canada */
    {"+689", "PF"},
    {"00689", "PF"},
    {"+687", "NC"},
    {"00687", "NC"},
    {"+262", "RE"},
    {"00262", "RE"},
    {"+590", "GP"},
    {"00590", "GP"},
    {"+594", "GF"},
    {"00594", "GF"},
    {"+596", "MQ"},
    {"00596", "MQ"},
    {"+508", "PM"},
    {"00508", "PM"},
    {"+681", "WF"},
    {"00681", "WF"},
    {".pf", "PF"},
    {".nc", "NC"},
    {".re", "RE"},
    {".gp", "GP"},
    {".mq", "MQ"},
    {".gf", "GF"},
    {".yt", "YT"},
    {".pm", "PM"},
    {".wf", "WF"},
    {".ca", "CA"},
};
#define N_HINTS (sizeof hints / sizeof hints[0])

/* The index of the first hint of the table found in t (a prefix before a
 * digit or a space, a domain not followed by a letter or digit), or N_HINTS:
 * one pass over the line's "+", "0" and ".". */
static size_t line_hint(const char *t)
{
    size_t best = N_HINTS;
    for (const char *p = strpbrk(t, "+0."); p; p = strpbrk(p + 1, "+0.")) {
        /* every needle is "+" and a digit, "00", or a dot and a two-letter
         * domain: the national numbers' zeros ("03 88 …") and dots
         * ("03.88.41…") are tried against none */
        const unsigned char *u = (const unsigned char *)p;
        bool may = p[0] == '+'   ? ascii_isdigit(u[1])
                   : p[0] == '0' ? u[1] == '0'
                                 : ascii_isalpha(u[1]) && ascii_isalpha(u[2]) &&
                                       !ascii_isalnum(u[3]);
        if (!may)
            continue;
        for (size_t h = 0; h < best; h++) {
            if (hints[h].needle[0] != p[0] || hints[h].needle[1] != p[1])
                continue;
            size_t len = strlen(hints[h].needle);
            if (strncmp(p, hints[h].needle, len) != 0)
                continue;
            bool domain = hints[h].needle[0] == '.';
            if (domain ? ascii_isalnum((unsigned char)p[len])
                       : !ascii_isdigit((unsigned char)p[len]) && p[len] != ' ' &&
                             p[len] != ')')
                continue;
            /* "0032" inside a longer run of digits is no prefix */
            if (!domain && p[0] == '0' && p > t && ascii_isdigit((unsigned char)p[-1]))
                continue;
            best = h;
        }
    }
    return best;
}

/* The country a national number's written form points to ("0…" without an
 * international prefix), or NULL: nine digits (Belgium's fixed lines:
 * "02/514.41.11", "064/431.620"), a mobile's prefix and a slash (Belgium:
 * "0498/68.51.91"), or groups of 3, 3, 2 and 2 digits (Switzerland: "022
 * 722 11 50", "026/557.30.50"; France writes 2 by 2). */
static const char *number_form(const char *s, size_t a, size_t b)
{
    if (s[a] != '0')
        return NULL;
    size_t digits = 0, groups[8], g = 0, run = 0;
    for (size_t i = a; i < b; i++) {
        if (ascii_isdigit((unsigned char)s[i])) {
            digits++;
            run++;
        } else if (run > 0) {
            if (g < 8)
                groups[g++] = run;
            run = 0;
        }
    }
    if (run > 0 && g < 8)
        groups[g++] = run;
    if (digits == 9)
        return "BE";
    /* a Belgian mobile, its prefix and a slash: "0498/68.51.91" */
    if (digits == 10 && g >= 2 && groups[0] == 4 && s[a + 1] == '4' && s[a + 4] == '/')
        return "BE";
    if (digits == 10 && g == 4 && groups[0] == 3 && groups[1] == 3 && groups[2] == 2 &&
        groups[3] == 2)
        return "CH";
    return NULL;
}

/* The country the national numbers of t are written for, or NULL. */
static const char *line_number_form(const char *t)
{
    /* a number of the kind needs nine digits: most lines have fewer */
    size_t digits = 0;
    for (const char *p = strpbrk(t, "0123456789"); p && digits < 9;
         p = strpbrk(p + 1, "0123456789"))
        digits++;
    if (digits < 9)
        return NULL;
    size_t a, b, from = 0;
    while (phone_find(t, from, &a, &b)) {
        const char *c = number_form(t, a, b);
        if (c)
            return c;
        from = b > from ? b : from + 1;
    }
    return NULL;
}

const char *place_hint(const struct text_line *lines, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        size_t h = line_hint(lines[i].text);
        if (h < N_HINTS)
            return hints[h].code;
    }
    return NULL;
}

const char *place_number_form(const struct text_line *lines, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const char *c = line_number_form(lines[i].text);
        if (c)
            return c;
    }
    return NULL;
}

/* The country of the domain of an e-mail or web address ("x@cpas.be",
 * "https://www.x.ch/y"): its last label, or NULL. */
static const char *domain_country(const char *s)
{
    const char *host = strchr(s, '@');
    const char *scheme = strstr(s, "://");
    host = host ? host + 1 : scheme ? scheme + 3 : s;
    size_t n = strcspn(host, "/:?#");
    for (size_t h = 0; h < N_HINTS; h++) {
        size_t len = strlen(hints[h].needle);
        if (hints[h].needle[0] != '.' || n <= len)
            continue;
        size_t k = 0;
        while (k < len &&
               ascii_tolower((unsigned char)host[n - len + k]) == hints[h].needle[k])
            k++;
        if (k == len)
            return hints[h].code;
    }
    return NULL;
}

const char *place_domain(const char *s)
{
    return s ? domain_country(s) : NULL;
}

bool place_names_department(const char *line)
{
    struct strbuf tmp = STRBUF_INIT;
    bool found = false;
    for (const char *p = line; *p && !found;) {
        size_t n = strcspn(p, ",;");
        char *part = xstrndup(p, n);
        char *t = str_trim(part);
        found = address_french_department(str_fold_key_to(&tmp, t, strlen(t)));
        free(t);
        free(part);
        p += n + (p[n] != '\0');
    }
    strbuf_free(&tmp);
    return found;
}

/* Places named by what people call them beyond the ISO names. */
static const struct {
    const char *key;
    const char *code;
} other_names[] = {
    {"quebec", "CA"},
    {"tahiti", "PF"},
};

/* The country or territory the n bytes at s name whole, or NULL: an ISO
 * name ("Nouvelle-Calédonie", "Belgique") or one of other_names, never an
 * abbreviation ("CH" is a hospital as often as Switzerland). */
static const char *named_whole(struct strbuf *tmp, const char *s, size_t n)
{
    const char *key = str_fold_key_to(tmp, s, n);
    if (strlen(key) <= 2)
        return NULL;
    for (size_t i = 0; i < sizeof other_names / sizeof other_names[0]; i++)
        if (strcmp(key, other_names[i].key) == 0)
            return other_names[i].code;
    const struct country_name *c = address_country_of_key(key);
    return c && strcmp(c->code, "FR") != 0 ? c->code : NULL;
}

const char *place_named(const char *text)
{
    struct strbuf tmp = STRBUF_INIT;
    const char *code = NULL;
    const char *p = text;
    while (*p && !code) {
        /* the parts between "," ";" "(" ")" and spaced dashes */
        size_t n = strcspn(p, ",;()");
        for (const char *d = p; d < p + n; d++)
            if (d[0] == ' ' && (d[1] == '-' || str_startswith(d + 1, "\xE2\x80\x93") ||
                                str_startswith(d + 1, "\xE2\x80\x94"))) {
                n = (size_t)(d - p);
                break;
            }
        code = named_whole(&tmp, p, n);
        p += n;
        p += strspn(p, ",;() -");
        while (str_startswith(p, "\xE2\x80\x93") || str_startswith(p, "\xE2\x80\x94"))
            p += 3 + strspn(p + 3, " ");
    }
    strbuf_free(&tmp);
    return code;
}

/* The country of the first number from abroad of e, or NULL: "BE" for
 * +32…; none for France and its overseas departments. A North American
 * toll-free number ("1 877 700-2433"), which libphonenumber gives to the
 * United States, is Canada's in a directory written in French. */
static const char *phone_country(const struct entry *e)
{
    for (size_t i = 0; i < e->phones.n; i++) {
        const char *r = e->phones.v[i].region;
        if (r && strcmp(r, "US") == 0 && e->phones.v[i].kind == PHONE_TOLLFREE)
            return "CA";
        if (r && r[0] && address_country_name(r) && strcmp(r, "FR") != 0)
            return r;
    }
    return NULL;
}

const char *locality_country(const char *key)
{
    size_t lo = 0, hi = n_localities;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(key, localities[mid].key);
        if (c == 0)
            return localities[mid].code;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

/* The country of a locality that text's key ends with, or is ("Bibliothèque
 * communale de Limal – Wavre", "Bibliothèque de Wavre"): the key, then each
 * end of the text from a word with a capital ("… pour les enfants de 0 à 12
 * ans" names no Ans); NULL when none is one. */
static const char *locality_in(struct strbuf *tmp, const char *text)
{
    const char *code = locality_country(str_fold_key_to(tmp, text, strlen(text)));
    for (const char *p = strpbrk(text, " -("); !code && p; p = strpbrk(p + 1, " -(")) {
        size_t i = (size_t)(p + 1 - text);         /* "(L'Avenir, Huy-Waremme)" */
        if (text_is_upper(text_next_cp(text, &i))) /* "Bibliothèque de Wavre" */
            code = locality_country(str_fold_key_to(tmp, p + 1, strlen(p + 1)));
    }
    return code;
}

/* Whether e has a number of metropolitan France (an overseas one has
 * placed the entry already: phone_country). */
static bool french_number(const struct entry *e)
{
    for (size_t i = 0; i < e->phones.n; i++) {
        const char *r = e->phones.v[i].region;
        if (r && strcmp(r, "FR") == 0)
            return true;
    }
    return false;
}

/* The country the entry's own words name, when its numbers are not French:
 * its address's locality ("… à Wavre"), a country or locality its title or
 * keywords name ("Bibliothèque communale de Limal – Wavre", "Mots-clés :
 * bibliothèque, Belgique"); NULL when none does. */
static const char *named_country(const struct entry *e)
{
    if (french_number(e))
        return NULL;
    struct strbuf tmp = STRBUF_INIT;
    const char *code = NULL;
    if (e->adr.locality)
        code = locality_country(
            str_fold_key_to(&tmp, e->adr.locality, strlen(e->adr.locality)));
    if (!code && e->title)
        code = place_named(e->title);
    /* a French department among the keywords before a title's locality:
     * "… Service Jeunesse de Baden", "Mots-clefs : …, Baden, Morbihan" */
    for (size_t i = 0; !code && e->title && i < e->keywords.n; i++)
        if (address_french_department(
                str_fold_key_to(&tmp, e->keywords.v[i], strlen(e->keywords.v[i]))))
            code = "FR";
    if (!code && e->title)
        code = locality_in(&tmp, e->title);
    for (size_t i = 0; !code && i < e->keywords.n; i++) {
        const char *k = str_fold_key_to(&tmp, e->keywords.v[i], strlen(e->keywords.v[i]));
        /* "Jura", a French department as well as a Swiss canton: France */
        code = address_french_department(k) ? "FR" : place_named(e->keywords.v[i]);
        code = code ? code : locality_country(k);
    }
    strbuf_free(&tmp);
    return code;
}

void place_default_country(struct entry *e, const struct extract_opts *o)
{
    struct address *a = &e->adr;
    if (a->country)
        return;
    const char *code = phone_country(e);
    for (size_t i = 0; !code && i < e->emails.n; i++)
        code = domain_country(e->emails.v[i]);
    for (size_t i = 0; !code && i < e->urls.n; i++)
        code = domain_country(e->urls.v[i]);
    if (!code && e->source_url)
        code = domain_country(e->source_url);
    if (!code)
        code = named_country(e);
    if (!code && o && o->region && address_country_name(o->region))
        code = o->region;
    const char *name = code ? address_country_name(code) : NULL;
    a->country = xstrdup(name ? name : "France");
    if (!a->country_code)
        a->country_code = xstrdup(name ? code : "FR");
}

/* Part of the address extractor (address.c): the lines of a contact block
 * as people lay them out are made into one field per line, as the sorting
 * wants them. A label alone on its line takes the value on the next one
 * ("Téléphone :" / "32 30"); a line holding the whole block ("ZI Kaweni,
 * MAMOUDZOU, 97600 - 06 92 15 80 72 – x@scje.fr", "APAJH Guyane : BP 66
 * 97322 CAYENNE - Tél. : 0594 25 05 05") is cut into its fields. */
#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "base/text.h"
#include "base/util.h"
#include "extract/address_int.h"
#include "extract/phone.h"

/* Labels of a contact value, as fold keys, which may stand alone on a line
 * over their value. */
static const char *const value_labels[] = {
    "tel", "tel fixe", "telephone", "telephones", "t", "fax", "telecopie", "telecopieur",
    "cellulaire", "portable", "mobile", "gsm", "natel", "standard", "mail", "e mail",
    "email", "courriel", "mel", "site", "site web", "site internet", "web", "internet",
    "contact", "nous contacter", "adresse mail", "adresse electronique", "bp", "b p",
    "boite postale", "case postale", "cs",
    /* a form's address fields */
    "rue", "code postal", "npa", "ville", "localite", NULL};

/* Labels of a form's address fields (form_fields). */
static const char *const street_labels[] = {"rue", "voie", NULL};
static const char *const postcode_labels[] = {"code postal", "cp", "npa", "numero postal",
                                              NULL};
static const char *const town_labels[] = {"ville", "localite", "commune", NULL};

/* Field separators of a line that holds several values, and their lengths. */
static const char *const seps[] = {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " | ",
                                   "|",   " \xE2\x96\xA0 ", " \xE2\x80\xA2 ", " ; ",
                                   "; ",  " \xC2\xB7 "};
static const size_t sep_len[] = {3, 5, 5, 3, 1, 5, 5, 3, 2, 4};

/* The key of the n bytes at s, without a final colon. */
static const char *key_of(struct strbuf *tmp, const char *s, size_t n)
{
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == ':'))
        n--;
    return str_fold_key_to(tmp, s, n);
}

/* False when the key of s surely starts with none of list's first letters:
 * s opens, after ASCII spaces and signs, with an ASCII letter or digit (its
 * key's first byte, lower-cased) that starts none of them. Spares folding
 * most lines to compare them with a list of labels. */
static bool may_start_list(const char *s, const char *const *list)
{
    const unsigned char *u = (const unsigned char *)s;
    while (*u && *u < 0x80 && !ascii_isalnum(*u))
        u++;
    if (*u == '\0' || *u >= 0x80)
        return true;
    int c = ascii_tolower(*u);
    for (size_t i = 0; list[i]; i++)
        if (list[i][0] == c)
            return true;
    return false;
}

/* A label is a few words: a longer line is none, and is not folded to see. */
static bool short_line(const struct text_line *tl)
{
    return tl->n_links == 0 && strnlen(tl->text, 48) < 48;
}

bool address_label_heading(struct strbuf *tmp, const struct text_line *tl)
{
    static const char *const labels[] = {"adresse",      "adresses", "adresse postale",
                                         "localisation", "acces",    NULL};
    return short_line(tl) && may_start_list(tl->text, labels) &&
           str_key_is_any(key_of(tmp, tl->text, strlen(tl->text)), labels);
}

bool address_label_alone(struct strbuf *tmp, const struct text_line *tl)
{
    return short_line(tl) && may_start_list(tl->text, value_labels) &&
           str_key_is_any(key_of(tmp, tl->text, strlen(tl->text)), value_labels);
}

/* What a field holds, roughly: the kinds that make a line worth cutting. */
enum fkind { F_TEXT, F_VALUE, F_PLACE };

static enum fkind field_kind(struct strbuf *tmp, const char *s, size_t n)
{
    char *t = xstrndup(s, n);
    enum fkind k = F_TEXT;
    size_t a, b;
    struct postcode pc = {0};
    if (strchr(t, '@') || strstr(t, "http") || strstr(t, "www."))
        k = F_VALUE;
    else if (phone_find(t, 0, &a, &b) && b - a >= 8)
        k = F_VALUE;
    else if (address_postcode_line(tmp, t, true, &pc))
        k = F_PLACE;
    else {
        const char *key = str_fold_key_to(tmp, t, n);
        if (str_key_has_any(key, address_lead_words) || address_box_key(key))
            k = F_PLACE;
    }
    address_postcode_clear(&pc);
    free(t);
    return k;
}

/* The field [from, from + n) of src, trimmed, as a line of its own (text in
 * mem), with src's number and the links of src that end inside it. */
static struct text_line field_line(struct arena *mem, const struct text_line *src,
                                   size_t from, size_t n)
{
    const char *s = src->text + from;
    while (n > 0 && (*s == ' ' || *s == '\t'))
        s++, n--, from++;
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    struct text_line tl = *src;
    tl.text = arena_strndup(mem, s, n);
    tl.n_links = 0;
    tl.links = NULL;
    for (size_t k = 0; k < src->n_links; k++)
        if (src->links[k].end > from && src->links[k].end <= from + n) {
            if (!tl.links)
                tl.links = arena_alloc(mem, src->n_links * sizeof *tl.links);
            tl.links[tl.n_links] = src->links[k];
            tl.links[tl.n_links++].end -= from;
        }
    return tl;
}

/* A label line and the value line under it as one line, "label : value",
 * in mem; the value's links follow it. */
static struct text_line joined_line(struct arena *mem, const struct text_line *label,
                                    const struct text_line *value)
{
    size_t ln = strlen(label->text), vn = strlen(value->text);
    const char *sep = ln > 0 && label->text[ln - 1] == ':' ? " " : " : ";
    size_t sn = strlen(sep);
    char *t = arena_alloc(mem, ln + sn + vn + 1);
    memcpy(t, label->text, ln);
    memcpy(t + ln, sep, sn);
    memcpy(t + ln + sn, value->text, vn + 1);
    struct text_line tl = *value;
    tl.text = t;
    tl.para_start = label->para_start;
    if (value->n_links) {
        tl.links = arena_alloc(mem, value->n_links * sizeof *tl.links);
        for (size_t k = 0; k < value->n_links; k++) {
            tl.links[k] = value->links[k];
            tl.links[k].end += ln + sn;
        }
    }
    return tl;
}

/* A full stop that ends a field before a value's label: "63370 Lempdes.
 * Tél.: 04.73.61.79.74"; or a blank before a label and its colon (maybe a
 * parenthesis between) or a letterhead's "T." and its number, in a block
 * run together on one line ("35031 Rennes cedex E-mail : x@…", "Roubaix
 * Cedex 1 Tél. (standard) : 03 …", "CH-2350 Saignelégier T. +41 …"): the
 * length of the cut, or 0. */
static size_t stop_before_label(const char *s)
{
    static const char *const labels[] = {"t\xC3\xA9l", "tel",   "fax",  "courriel",
                                         "e-mail",     "email", "mail", "m\xC3\xA9l",
                                         "site",       NULL};
    size_t k = s[0] == '.' && s[1] == ' ' ? 2 : s[0] == ' ' ? 1 : 0;
    if (k == 0 || !strchr("tfcemsTFCEMS", s[k]) || s[k] == '\0')
        return 0; /* no label's first letter: most blanks of a line */
    /* a letterhead's "T. +41 …", "F. 02 …" */
    if (k == 1 && (s[1] == 'T' || s[1] == 'F') && s[2] == '.' && s[3] == ' ' &&
        (s[4] == '+' || ascii_isdigit((unsigned char)s[4])))
        return 1;
    for (size_t i = 0; labels[i]; i++) {
        if (!str_startswith_ci(s + k, labels[i]))
            continue;
        if (k == 2)
            return 2;
        const char *p = s + k + strlen(labels[i]);
        p += strspn(p, ". ");
        /* "Tél. (standard) :" */
        const char *close = *p == '(' ? strchr(p, ')') : NULL;
        if (close && close - p < 24)
            p = close + 1 + strspn(close + 1, " ");
        if (*p == ':')
            return 1;
    }
    return 0;
}

/* The offsets of the fields of line s: at each separator; *n of them. */
static size_t cut_points(const char *s, size_t *at, size_t *len, size_t max)
{
    size_t n = 0, start = 0;
    /* every separator opens with a space, "|", ";" or ".": only there are they
     * compared (most lines have a few spaces and no separator) */
    for (size_t i = strcspn(s, " |;."); s[i] && n + 1 < max;
         i += strcspn(s + i, " |;.")) {
        size_t k = stop_before_label(s + i);
        for (size_t j = 0; j < sizeof seps / sizeof seps[0] && !k && s[i] != '.'; j++) {
            size_t sl = sep_len[j];
            if (s[i] == seps[j][0] && (sl == 1 || s[i + 1] == seps[j][1]) &&
                memcmp(s + i, seps[j], sl) == 0)
                k = sl;
        }
        if (k == 0) {
            i++;
            continue;
        }
        at[n] = start;
        len[n++] = i - start;
        i += k;
        start = i;
    }
    at[n] = start;
    len[n++] = strlen(s) - start;
    return n;
}

/* A field that is only a postcode ("66000", "L-9701") before one that is
 * the locality ("PERPIGNAN"): one field. */
static bool bare_postcode(const char *s, size_t n)
{
    while (n > 0 && (*s == ' ' || *s == '\t'))
        s++, n--;
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    size_t i = 0;
    while (i < n && ascii_isupper((unsigned char)s[i]))
        i++;
    if (i > 0 && i < n && s[i] == '-')
        i++;
    size_t d = 0;
    while (i < n && (ascii_isdigit((unsigned char)s[i]) || (d == 2 && s[i] == ' '))) {
        d += ascii_isdigit((unsigned char)s[i]);
        i++;
    }
    return (d == 4 || d == 5) && i == n;
}

#define MAX_FIELDS 16

/* Whether s separates its fields with bullets: " • ", " ■ ", " · ", "|". */
static bool bulleted(const char *s)
{
    return strstr(s, " \xE2\x80\xA2 ") || strstr(s, " \xE2\x96\xA0 ") ||
           strstr(s, " \xC2\xB7 ") || strchr(s, '|');
}

/* Whether t holds a number followed by a street word ("36, rue …", "12 bis
 * avenue …"), not a time ("18h30 sur place"). */
static bool numbered_street(struct strbuf *tmp, const char *t)
{
    for (const char *p = t; *p; p++) {
        if (!ascii_isdigit((unsigned char)*p) ||
            (p > t && ascii_isalnum((unsigned char)p[-1])))
            continue;
        const char *q = p + strspn(p, "0123456789");
        if (ascii_prefix(q, " bis") || ascii_prefix(q, " ter"))
            q += 4;
        q += *q == ',';
        if (*q != ' ')
            continue;
        q++;
        size_t n = strcspn(q, " ,.");
        if (n > 0 && str_key_starts_any(str_fold_key_to(tmp, q, n), address_lead_words))
            return true;
    }
    return false;
}

/* The start of the phone's label before its number at a in t ("…, 69003
 * Lyon, tél. 04 …": the label is the number's field), else a. */
static size_t label_before(const char *t, size_t a)
{
    size_t e = a;
    while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == ':'))
        e--;
    size_t w = e;
    while (w > 0 && t[w - 1] != ' ' && t[w - 1] != ',')
        w--;
    return w < e && phone_label_word(t + w, e - w) ? w : a;
}

/* Where a phone number starts in the n bytes at s after a postcode line with
 * a space only ("1 rue de Sercq 22000 Saint-Brieuc 02 96 68 23 50") or a
 * street with its number ("36, rue Général Leclerc 03 85 93 85 20"), or 0. */
static size_t phone_after_place(struct strbuf *tmp, const char *s, size_t n)
{
    /* a postcode has four digits or more in a row: "Tél : 03 88 …" has none
     * before its number and is not looked at further */
    size_t run = 0, best = 0;
    for (size_t i = 0; i < n; i++) {
        run = ascii_isdigit((unsigned char)s[i]) ? run + 1 : 0;
        best = run > best ? run : best;
    }
    char *t = xstrndup(s, n);
    size_t a, b, at = 0;
    if (phone_find(t, 0, &a, &b) && a > 0 && b - a >= 10 && t[a - 1] == ' ') {
        t[a] = '\0';
        struct postcode pc = {0};
        /* or a street ("12 rue des Lilas 04 78 12 34 56"); four digits
         * too ("route de Chancy 88, 1213 Onex, tél. 022 …"): the cut only
         * sets the number apart, the block reads the place by its rules */
        if ((best >= 4 && address_postcode_line(tmp, t, true, &pc)) ||
            (ascii_isalnum((unsigned char)t[a - 2]) && numbered_street(tmp, t)))
            at = label_before(t, a);
        address_postcode_clear(&pc);
    }
    free(t);
    return at;
}

/* Whether s holds 11 digits or more: a street's number or a postcode, and
 * a phone. */
static bool place_and_phone_digits(const char *s)
{
    size_t d = 0;
    for (; *s && d < 11; s++)
        d += ascii_isdigit((unsigned char)*s) ? 1 : 0;
    return d >= 11;
}

/* Cut a field more where a phone follows a postcode line in it. */
static size_t cut_phones(struct strbuf *tmp, const char *s, size_t *at, size_t *len,
                         size_t nf)
{
    for (size_t i = 0; i < nf && nf < MAX_FIELDS; i++) {
        size_t p = phone_after_place(tmp, s + at[i], len[i]);
        if (p == 0)
            continue;
        memmove(at + i + 2, at + i + 1, (nf - i - 1) * sizeof *at);
        memmove(len + i + 2, len + i + 1, (nf - i - 1) * sizeof *len);
        at[i + 1] = at[i] + p;
        len[i + 1] = len[i] - p;
        len[i] = p;
        nf++;
        i++;
    }
    return nf;
}

/* Append the fields of tl to out: tl itself unless it holds a value and a
 * place, or two values, in fields apart. */
static void split_line(struct strbuf *tmp, struct arena *mem, const struct text_line *tl,
                       struct text_line **out, size_t *n, size_t *cap)
{
    size_t at[MAX_FIELDS], len[MAX_FIELDS];
    size_t nf = cut_points(tl->text, at, len, MAX_FIELDS);
    if (place_and_phone_digits(tl->text))
        nf = cut_phones(tmp, tl->text, at, len, nf);
    size_t values = 0, places = 0;
    for (size_t i = 0; i < nf && nf > 1; i++) {
        enum fkind k = field_kind(tmp, tl->text + at[i], len[i]);
        values += k == F_VALUE;
        places += k == F_PLACE;
    }
    /* a value and a place, two values, or places only between bullets:
     * "14, rue du Village-Suisse • CP 171 • 1211 Genève 8" (not dashes: "Cité
     * administrative Bugeaud - Bâtiment E - Rue du 26e-RI" is one line) */
    bool cut = nf > 1 && ((values > 0 && (places > 0 || values > 1)) ||
                          (places >= 3 && places == nf && bulleted(tl->text)));
    for (size_t i = 0; i < (cut ? nf : 1); i++) {
        size_t a = cut ? at[i] : 0, l = cut ? len[i] : strlen(tl->text);
        if (cut && i + 1 < nf && bare_postcode(tl->text + a, l)) {
            l = at[i + 1] + len[i + 1] - a; /* "66000 - PERPIGNAN" */
            i++;
        }
        if (*n == *cap) {
            *cap = *cap ? *cap * 2 : 8;
            struct text_line *v = arena_alloc(mem, *cap * sizeof *v);
            if (*n)
                memcpy(v, *out, *n * sizeof *v);
            *out = v;
        }
        (*out)[(*n)++] = field_line(mem, tl, a, l);
    }
}

/* Where the value of a form's field labelled with one of labels starts in
 * s ("Rue: Ancien presbytère", "Code postal : 58120"), or 0. */
static size_t form_value(struct strbuf *tmp, const char *s, const char *const *labels)
{
    const char *colon = strchr(s, ':');
    if (!colon || colon - s > 16 || !may_start_list(s, labels) ||
        !str_key_is_any(key_of(tmp, s, (size_t)(colon - s)), labels))
        return 0;
    size_t v = (size_t)(colon + 1 - s);
    v += strspn(s + v, " ");
    return s[v] ? v : 0;
}

/* A form's address fields, each with its label ("Rue: Ancien presbytère
 * Rue de l'église" / "Code postal: 76520" / "Ville: Boos"): the street's
 * value alone, the postcode's and the town's as one line "76520 Boos", as
 * the block's readers want them (the labels say what ADR's fields say). */
static void form_fields(struct strbuf *tmp, struct arena *mem, struct text_line *v,
                        size_t *n)
{
    size_t m = 0;
    for (size_t i = 0; i < *n; i++) {
        struct text_line tl = v[i];
        size_t at = form_value(tmp, tl.text, street_labels), town = 0;
        if (at) {
            tl = field_line(mem, &v[i], at, strlen(tl.text) - at);
        } else if ((at = form_value(tmp, tl.text, postcode_labels)) && i + 1 < *n &&
                   (town = form_value(tmp, v[i + 1].text, town_labels))) {
            size_t pn = strlen(tl.text + at), tn = strlen(v[i + 1].text + town);
            char *t = arena_alloc(mem, pn + tn + 2);
            memcpy(t, tl.text + at, pn);
            t[pn] = ' ';
            memcpy(t + pn + 1, v[i + 1].text + town, tn + 1);
            tl.text = t;
            tl.n_links = 0;
            i++;
        }
        v[m++] = tl;
    }
    *n = m;
}

/* The length of a contact label glued after a lower-case letter or a digit
 * at s ("VernierTél.: 022 …", "06Fax: …", "BordeauxTél : 05 …", "Vernier
 * CP 520" written "VernierCP 520"): the label, maybe a word and a full stop
 * after it, then a colon; a box's "CP"/"BP" then its number. 0 when none. */
static size_t glued_label(const char *s)
{
    static const char *const labels[] = {"T\xC3\xA9l", "Tel",    "Fax",      "M\xC3\xA9l",
                                         "Mail",       "E-mail", "Courriel", "Site",
                                         "Horaires",   NULL};
    if ((s[0] == 'C' || s[0] == 'B') && s[1] == 'P' && s[2] == ' ' &&
        ascii_isdigit((unsigned char)s[3]))
        return 2;
    for (size_t i = 0; labels[i]; i++) {
        size_t n = strlen(labels[i]);
        if (strncmp(s, labels[i], n) != 0 || ascii_isalpha((unsigned char)s[n]))
            continue;
        const char *p = s + n + (s[n] == '.');
        p += strspn(p, " ");
        if (*p != ':' && ascii_isupper((unsigned char)*p)) /* "Site Internet:" */
            p += strcspn(p, " :") + strspn(p + strcspn(p, " :"), " ");
        /* "…06 60Horaires d'ouverture 9h-12h": hours open a field of their own */
        if (*p == ':' || strcmp(labels[i], "Horaires") == 0)
            return n;
    }
    return 0;
}

/* The capitals the labels of glued_label open with. */
#define LABEL_CAPITALS "TFMECSHB"

/* Whether a label is glued at p to the lower-case letter or the digit
 * before it (p past the text's first byte). */
static bool glued_at(const char *p)
{
    return (ascii_islower((unsigned char)p[-1]) || ascii_isdigit((unsigned char)p[-1])) &&
           ascii_isupper((unsigned char)p[0]) && glued_label(p);
}

/* tl with a space before each label glued to the text before it (a page
 * flattened from print: "Mairie de VernierCP 520 - 1214 VernierTél.: 022
 * …"), in mem; tl itself when none is, or the line has links (their
 * offsets stay). */
static struct text_line unglued(struct arena *mem, const struct text_line *tl)
{
    const char *t = tl->text;
    size_t extra = 0;
    /* only where a label's capital is: strpbrk skips the rest fast */
    for (const char *p = t[0] ? strpbrk(t + 1, LABEL_CAPITALS) : NULL; p && !tl->n_links;
         p = strpbrk(p + 1, LABEL_CAPITALS))
        extra += glued_at(p);
    if (!extra)
        return *tl;
    struct text_line out = *tl;
    char *u = arena_alloc(mem, strlen(t) + extra + 1), *w = u;
    for (size_t i = 0; t[i]; i++) {
        if (i > 0 && glued_at(t + i))
            *w++ = ' ';
        *w++ = t[i];
    }
    *w = '\0';
    out.text = u;
    return out;
}

struct text_line *address_fields(const struct text_line *lines, size_t n,
                                 struct arena *mem, size_t *n_out)
{
    struct strbuf tmp = STRBUF_INIT;
    struct text_line *out = NULL;
    size_t m = 0, cap = 0;
    /* each line's verdict once: it is asked of a line and of the one under it */
    bool *label = xcalloc(n + 1, sizeof *label);
    for (size_t i = 0; i < n; i++)
        label[i] = address_label_alone(&tmp, &lines[i]);
    for (size_t i = 0; i < n; i++) {
        const struct text_line *tl = &lines[i];
        struct text_line joined;
        if (i + 1 < n && label[i] && !lines[i + 1].para_start && !label[i + 1] &&
            !str_blank(lines[i + 1].text) &&
            !address_label_heading(&tmp, &lines[i + 1])) {
            /* "Téléphone :" over "32 30": one line "Téléphone : 32 30" */
            joined = joined_line(mem, tl, &lines[i + 1]);
            tl = &joined;
            i++;
        }
        struct text_line u = unglued(mem, tl);
        split_line(&tmp, mem, &u, &out, &m, &cap);
    }
    free(label);
    form_fields(&tmp, mem, out, &m);
    strbuf_free(&tmp);
    *n_out = m;
    return out;
}

/* Extractor of the Coordonnées block (after parse, before the writers): sorts
 * every line into organisation names, postal address, phones (phone.c),
 * e-mails and web addresses; whatever is left goes to NOTE. Countries and
 * postcode lines: address_postcode.c; e-mail and web addresses: address_web.c;
 * street and building words, delivery line scores: address_delivery.c. */
#include "extract/address.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "base/strset.h"
#include "base/text.h"
#include "base/util.h"
#include "extract/address_int.h"
#include "extract/localities.h"
#include "extract/phone.h"
#include "extract/place.h"

/* Label words of the contact lines, ignored once the values are taken out. */
static const char *const contact_labels[] = {
    "e",         "mail",  "email",    "mails",    "emails",       "courriel",
    "courriels", "mel",   "adresse",  "adresses", "electronique", "electroniques",
    "site",      "sites", "internet", "web",      "url",          "ou",
    "blog",      "et",    "contact",  "nous",     "ecrire",       "par",
    "de",        "en",    "ligne",    NULL};

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
    L_CEDEX,    /* "CEDEX 15" on the line after the postcode line */
    L_LABEL,    /* a contact label alone ("Site web :"): to NOTE */
    L_REGION,   /* a department with its number: "66 Pyrénées-Orientales" */
    L_LOCALITY, /* a locality alone under the street, no postcode: consumed */
};

struct linfo {
    enum lkind kind;
    char *residue; /* text with e-mails, web addresses, link texts blanked */
    struct strlist emails, urls;
    bool dead;       /* held a dead link */
    bool named;      /* a web or mailto link with a text of its own ("[Notre
                        blog](http://x)") */
    bool phone;      /* residue holds something like a phone number */
    const char *key; /* str_fold_key of the text, in the block's key buffer */
    size_t key_at;   /* where analyse put it in that buffer, plus one; 0: none */
    size_t from;     /* a delivery line's text starts here, after a name */
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

/* A bare domain after a web label, at the end of the line: "Site :
 * cidff72.example.org", "Site internet : x.example.fr/page", "Blog :
 * x.example.org/blog". Sets the span of the domain and
 * returns "http://" and it, or NULL. */
static char *labelled_domain(struct strbuf *tmp, const char *s, size_t span[2])
{
    /* the label of the last colon: from the line's start or the dash or bar
     * after an earlier value ("Site : https://x — Blog : x.example.org/blog",
     * the first address blanked already) */
    const char *colon = strrchr(s, ':');
    if (!colon || colon == s)
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
    /* the label last: most lines fail on the value, before any folding */
    const char *from = s;
    static const char *const seps[] = {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " - ", " | "};
    for (size_t i = 0; i < sizeof seps / sizeof seps[0]; i++)
        for (const char *p = strstr(s, seps[i]); p && p < colon;
             p = strstr(p + 1, seps[i]))
            if (p + strlen(seps[i]) > from)
                from = p + strlen(seps[i]);
    const char *key = str_fold_key_to(tmp, from, (size_t)(colon - from));
    bool web = key[0] && only_labels(key) &&
               (str_key_has(key, "site") || str_key_has(key, "internet") ||
                str_key_has(key, "web") || str_key_has(key, "blog"));
    if (!web)
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
    /* from digit run to digit run: most lines have few digits */
    size_t d = 0;
    for (s = strpbrk(s, "0123456789"); s && d < 8; s = strpbrk(s, "0123456789"))
        while (ascii_isdigit((unsigned char)*s) && d < 8) {
            d++;
            s++;
        }
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
            /* "[Écrivez-nous](mailto:x)": a text of its own, not the address
             * nor only labels ("[Nous écrire](mailto:x)"), is kept as the web
             * links' is */
            const char *text = lk->text ? lk->text : "";
            /* "mailto:x?subject=…": the subject or body the page asks for is
             * no part of EMAIL; the link goes to NOTE with its target */
            li->named = li->named || strchr(href, '?') ||
                        (!strchr(text, '@') &&
                         !only_labels(str_fold_key_to(tmp, text, strlen(text))));
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
    while ((u = address_find_text_url(li->residue, from, span)) != NULL) {
        strlist_push(&li->urls, u);
        blank(li->residue, span[0], span[1]);
        from = span[1];
    }
    if ((u = labelled_domain(tmp, li->residue, span)) != NULL) {
        strlist_push(&li->urls, u);
        blank(li->residue, span[0], span[1]);
    }
    /* has_phone needs a run of 8 digits: most lines have not 8 in all */
    li->phone = (eight_digits(li->residue) && has_phone(li->residue)) ||
                phone_short_lead(li->residue);
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

/* "CEDEX", "Cedex 15": a line that only carries on the locality. */
static bool cedex_line(const char *key)
{
    if (strncmp(key, "cedex", 5) != 0)
        return false;
    const char *p = key + 5;
    if (*p == ' ')
        for (p++; ascii_isdigit((unsigned char)*p); p++)
            ;
    return *p == '\0' && p[-1] != ' ';
}

/* A street written number last, Belgian style: "Rue de Fer 52". */
static bool number_last_street(const char *key)
{
    if (!str_key_starts_any(key, address_lead_words))
        return false;
    const char *last = strrchr(key, ' ');
    return last && ascii_isdigit((unsigned char)last[1]);
}

/* A part of the line between commas and colons is a street written number
 * last: "Rue de la Gare 12", "Rue de l'Eglise 2 , 1175 Lavigny", "Adresse :
 * L'Assiette du Cœur, chaussée de Fagnolle 2, Mariembourg, 5660". */
static bool number_last_part(struct strbuf *tmp, const char *text)
{
    for (const char *p = text; *p;) {
        size_t n = strcspn(p, ",:"), e = n;
        while (e > 0 && (p[e - 1] == ' ' || p[e - 1] == '.'))
            e--;
        /* ending with a digit first: folding every part costs */
        if (e > 0 && ascii_isdigit((unsigned char)p[e - 1]) &&
            number_last_street(str_fold_key_to(tmp, p, n)))
            return true;
        p += n + (p[n] != '\0');
    }
    return false;
}

/* An address label alone on its line: "Adresse :", "Adresse postale :". */
static bool address_label_only(const char *text, const char *key)
{
    size_t n = strlen(text);
    while (n > 0 && (text[n - 1] == ' ' || text[n - 1] == '\t'))
        n--;
    bool colon = n > 0 && text[n - 1] == ':';
    return (strcmp(key, "adresse") == 0 || strcmp(key, "adresses") == 0 ||
            strcmp(key, "adresse postale") == 0 || strcmp(key, "localisation") == 0 ||
            (colon && strcmp(key, "adr") == 0));
}

/* Repeats are dropped at the end of the block (strlist_unique): a check on
 * each addition would make 100,000 e-mails quadratic. */
static void add_unique(struct strlist *l, const char *s)
{
    strlist_add(l, s);
}

/* n bytes of t, trimmed, with a final separator (":", ",", "-") dropped. */
static char *str_trim_copy_n(const char *t, size_t n)
{
    char *c = xstrndup(t, n);
    size_t k = strlen(c);
    while (k > 0 && strchr(" :,-\t", c[k - 1]))
        c[--k] = '\0';
    char *r = str_trim(c);
    free(c);
    return r;
}

/* Another name of the organisation, found in its address. */
static void add_unique_name(struct entry *e, const char *name)
{
    if (name[0])
        add_unique(&e->org_units, name);
}

/* The sentence's full stop at the end of t, when the last word is no
 * abbreviation ("Place de la Vaillance 27.", not "12 rue St."): its
 * offset, or the length of t. */
static size_t full_stop(const char *t)
{
    size_t n = strlen(t);
    while (n > 0 && (t[n - 1] == ' ' || t[n - 1] == '\t'))
        n--;
    if (n < 2 || t[n - 1] != '.' || t[n - 2] == '.')
        return strlen(t);
    size_t w = n - 1;
    while (w > 0 && t[w - 1] != ' ')
        w--;
    bool number = ascii_isdigit((unsigned char)t[n - 2]);
    return number || n - 1 - w > 4 ? n - 1 : strlen(t);
}

/* A label of a few words naming the address before a colon, no digit in it:
 * "!!NOUVELLE ADRESSE!!:", "Notre adresse :", "Adresse postale :". */
static bool address_word_label(const char *text)
{
    const char *c = strchr(text, ':');
    if (!c || c - text > 32)
        return false;
    for (const char *p = text; p < c; p++)
        if (ascii_isdigit((unsigned char)*p))
            return false;
    for (const char *p = text; p + 7 <= c; p++)
        if (ascii_prefix(p, "adresse") &&
            (p == text || !ascii_isalpha((unsigned char)p[-1])))
            return true;
    return false;
}

/* Text past an "Adresse :" or "Adr. :" label, if any. */
static const char *past_address_label(const char *text)
{
    text = text_skip_symbols(text);
    if (ascii_prefix(text, "adresse") || ascii_prefix(text, "adr.") ||
        ascii_prefix(text, "adr :") || address_word_label(text)) {
        const char *c = strchr(text, ':');
        if (c && !str_blank(c + 1))
            text = c + 1;
    }
    return text;
}

/* A line as it goes to the address's label: without a plain "Adresse :"
 * in front (a label saying more, "Adresse postale :", "Adresse Mairie :",
 * stays), nor the comma a phone's label came after ("1260 Nyon, Tél. :
 * …" cut before the label). */
static char *label_text(struct strbuf *tmp, const char *text)
{
    static const char *const plain[] = {"adresse", "adr", NULL};
    const char *c = strchr(text, ':');
    char *t = NULL;
    if (c && !str_blank(c + 1)) {
        const char *key = str_fold_key_to(tmp, text, (size_t)(c - text));
        if (str_key_is_any(key, plain))
            t = str_trim(c + 1);
    }
    t = t ? t : str_trim(text);
    size_t n = strlen(t);
    if (n > 1 && t[n - 1] == ',')
        t[n - 1] = '\0';
    return t;
}

/* Past a lead-in of a sentence's place, written in lower case, before a
 * number or a name: "au n° 30 de la rue du Patinage", "située à l'Espace
 * 2000, n°16" (not "Au Bon Accueil, …", a name). */
static const char *past_place_lead(const char *text)
{
    static const char *const leads[] = {"situ\xC3\xA9"
                                        "e \xC3\xA0 l'",
                                        "situ\xC3\xA9"
                                        "e \xC3\xA0 l\xE2\x80\x99",
                                        "situ\xC3\xA9 \xC3\xA0 l'",
                                        "situ\xC3\xA9 \xC3\xA0 l\xE2\x80\x99",
                                        "situ\xC3\xA9"
                                        "e au ",
                                        "situ\xC3\xA9 au ",
                                        "au ",
                                        "\xC3\xA0 l'",
                                        "\xC3\xA0 l\xE2\x80\x99",
                                        NULL};
    for (size_t i = 0; leads[i]; i++) {
        size_t n = strlen(leads[i]);
        const unsigned char *r = (const unsigned char *)text + n;
        if (strncmp(text, leads[i], n) == 0 &&
            (ascii_isdigit(*r) || ascii_isupper(*r) || (r[0] == 'n' && r[1] == 0xC2)))
            return (const char *)r; /* "n°": 'n', then U+00B0 */
    }
    return text;
}

/* Delivery line as it goes to adr.lines: an "Adresse :" or "Adr. :" label,
 * a lead-in of a sentence's place and a full stop at the end dropped. */
static char *delivery_text(const char *text)
{
    text = past_place_lead(past_address_label(text));
    char *d = xstrndup(text, full_stop(text));
    char *t = str_trim(d);
    free(d);
    /* "(6, quai Adolphe Merle)": a line wholly in parentheses, without them */
    size_t n = strlen(t);
    if (n > 2 && t[0] == '(' && t[n - 1] == ')' && !memchr(t + 1, '(', n - 2) &&
        !memchr(t + 1, ')', n - 2)) {
        char *inner = xstrndup(t + 1, n - 2);
        free(t);
        t = str_trim(inner);
        free(inner);
    }
    return t;
}

/* Whether the n bytes at s are a place: a digit or a street or building
 * word ("Rue des Terreaux 1", "BP 66", "ZI Kaweni"), not a name ("ARAS
 * Broye-Vully", "Secours populaire français"). */
static bool place_part(struct strbuf *tmp, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (ascii_isdigit((unsigned char)s[i]))
            return true;
    return address_score(s, str_fold_key_to(tmp, s, n), false, NULL) > 0;
}

/* The end of the leading name of a delivery text written on the postcode's
 * line ("APAJH Guyane : BP 66", "Secours populaire français - 16 av. de
 * …", "ARAS Broye-Vully, Rue des Terreaux 1"): the offset after its
 * separator, 0 when the text does not open with a name. */
static size_t leading_name(struct strbuf *tmp, const char *t)
{
    static const char *const seps[] = {" : ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ",
                                       ", "};
    size_t best = 0;
    for (size_t i = 0; i < sizeof seps / sizeof seps[0] && !best; i++) {
        const char *p = strstr(t, seps[i]);
        if (p && p > t && !place_part(tmp, t, (size_t)(p - t)))
            best = (size_t)(p - t) + strlen(seps[i]);
    }
    return best;
}

/* A delivery line written after a name and a separator ("Antenne Centre :
 * Place de la Vaillance 27"; the name has no digit and no street word):
 * sets *from to where the street starts. */
static bool named_delivery(struct strbuf *tmp, const char *t, size_t *from)
{
    static const char *const seps[] = {" : ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "};
    for (size_t i = 0; i < sizeof seps / sizeof seps[0]; i++) {
        const char *p = strstr(t, seps[i]);
        if (!p || p == t)
            continue;
        size_t n = (size_t)(p - t);
        bool digit = false;
        for (size_t k = 0; k < n && !digit; k++)
            digit = ascii_isdigit((unsigned char)t[k]);
        if (digit || str_key_has_any(str_fold_key_to(tmp, t, n), address_lead_words))
            continue;
        const char *rest = p + strlen(seps[i]);
        const char *key = str_fold_key_to(tmp, rest, strlen(rest));
        if (str_key_has_any(key, address_lead_words) &&
            address_score(rest, key, false, NULL) == 2) {
            *from = (size_t)(rest - t);
            return true;
        }
    }
    return false;
}

/* The start of the street in a delivery text that opens with a name and no
 * separator ("Institut Fournier CeGIDD 25, bld St Jacques"): the first
 * number, after words without digits, followed by a street word; 0 when
 * there is none. */
static size_t name_before_number(struct strbuf *tmp, const char *t)
{
    size_t i = 0;
    while (t[i] && !ascii_isdigit((unsigned char)t[i]))
        i++;
    /* "Adresse : 5, place du Cantin": a label; "Hôtel du département, 8 rue
     * X": a building, the address's own */
    if (t[i] == '\0' || i < 2 || t[i - 1] != ' ' || memchr(t, ':', i) ||
        place_part(tmp, t, i))
        return 0;
    size_t k = i;
    while (ascii_isdigit((unsigned char)t[k]))
        k++;
    while (t[k] == ',' || t[k] == ' ')
        k++;
    /* "19 B rue de Châtillon": a letter after the number */
    if (ascii_isalpha((unsigned char)t[k]) && t[k + 1] == ' ')
        k += 2;
    const char *key = str_fold_key_to(tmp, t + k, strlen(t + k));
    return k > i && str_key_starts_any(key, address_lead_words) ? i : 0;
}

/* A delivery text of pieces between spaced dashes, each a place or a name
 * of the entry ("Espace Vergnole – 4 Rue Daumier", "Hôtel de ville – Rue
 * Cours Nolivos" under "Mairie de Basse-Terre – Hôtel de ville"): each place
 * a line, each name to the entry's names. False, nothing added, when a
 * piece is neither or there is no dash. */
static bool dashed_delivery(struct strbuf *tmp, struct entry *e, const char *t)
{
    static const char *const dashes[] = {" \xE2\x80\x93 ", " \xE2\x80\x94 ", " - ", NULL};
    struct strlist pieces = {0};
    struct name_keys nk;
    struct strbuf keys = STRBUF_INIT;
    address_name_keys_init(&nk, &keys, e);
    bool ok = true;
    for (const char *p = t; ok && *p;) {
        size_t n = strlen(p), skip = 0;
        for (size_t i = 0; dashes[i]; i++) {
            const char *d = strstr(p, dashes[i]);
            if (d && (size_t)(d - p) < n)
                n = (size_t)(d - p), skip = strlen(dashes[i]);
        }
        char *raw = xstrndup(p, n);
        char *piece = delivery_text(raw); /* "Adresse Mairie : Hôtel de ville" */
        free(raw);
        const char *key = str_fold_key_to(tmp, piece, strlen(piece));
        bool name = address_same_name(key, &nk) || address_title_part(key, &nk);
        /* "(Pavillon Maurice-Pollack – local 2231)": no cut inside */
        size_t open = 0, close = 0;
        for (const char *q = piece; *q; q++)
            open += *q == '(', close += *q == ')';
        /* a place: a street or building word, not any digit ("9.00") */
        bool place = address_score(piece, key, false, NULL) > 0 &&
                     (!ascii_isdigit((unsigned char)piece[0]) ||
                      str_key_has_any(key, address_lead_words));
        ok = piece[0] && open == close && (name || place);
        strlist_push(&pieces, name ? xasprintf("\x01%s", piece) : xstrdup(piece));
        free(piece);
        p += n + skip;
    }
    address_name_keys_clear(&nk);
    strbuf_free(&keys);
    ok = ok && pieces.n >= 2;
    for (size_t i = 0; ok && i < pieces.n; i++) {
        if (pieces.v[i][0] == '\x01')
            add_unique_name(e, pieces.v[i] + 1);
        else
            strlist_add(&e->adr.lines, pieces.v[i]);
    }
    strlist_clear(&pieces);
    return ok;
}

/* A building, a comma, then a street with its number ("Maison des
 * associations, 78 quai de Seine"): where the street starts, 0 if t is not
 * so. The two are lines of their own. */
static size_t building_then_street(struct strbuf *tmp, const char *t)
{
    const char *c = strstr(t, ", ");
    if (!c || c == t || strpbrk(t, "0123456789") < c ||
        !place_part(tmp, t, (size_t)(c - t)))
        return 0;
    const char *st = c + 2;
    size_t k = strspn(st, "0123456789");
    if (k == 0 || k > 4)
        return 0;
    while (st[k] == ',' || st[k] == ' ')
        k++;
    const char *key = str_fold_key_to(tmp, st + k, strlen(st + k));
    return str_key_starts_any(key, address_lead_words) ? (size_t)(st - t) : 0;
}

/* Add the delivery text t found on the postcode's line: without a leading
 * name (to the organisation's other names), and cut before a postal box
 * ("Rue des Terreaux 1, CP 144": two lines). Blanks around the pieces go. */
static void add_postcode_delivery(struct strbuf *tmp, struct entry *e, const char *t)
{
    t = past_address_label(t);
    while (*t == ' ')
        t++;
    /* a name and its separator, then one before the street's number:
     * "Impressum : Croix-Rouge luxembourgeoise 44, Boulevard Joseph II" */
    for (int round = 0; round < 2; round++) {
        size_t skip = round == 0 ? leading_name(tmp, t) : name_before_number(tmp, t);
        if (skip > 0) {
            char *name = str_trim_copy_n(t, skip);
            add_unique_name(e, name);
            free(name);
            t += skip;
        }
    }
    if (dashed_delivery(tmp, e, t))
        return;
    size_t street = building_then_street(tmp, t);
    if (street > 0) {
        strlist_push(&e->adr.lines, str_trim_copy_n(t, street - 2));
        t += street;
    }
    static const char *const boxes[] = {", BP ",           ", B.P. ", ", CP ",
                                        ", CS ",           ", TSA ",  ", Case postale ",
                                        ", case postale ", NULL};
    const char *cut = NULL;
    for (size_t i = 0; boxes[i] && !cut; i++)
        cut = strstr(t, boxes[i]);
    char *d = cut ? xstrndup(t, (size_t)(cut - t)) : xstrdup(t);
    char *s = str_trim(d);
    if (s[0])
        strlist_push(&e->adr.lines, delivery_text(s));
    free(s);
    free(d);
    if (cut)
        strlist_push(&e->adr.lines, str_trim(cut + 2));
}

static void not_understood(struct entry *e, const char *heading,
                           const struct text_line *tl)
{
    entry_add_note(e, heading, tl->text);
    e->not_understood++;
    diag_add(&e->diags, DIAG_WARNING, tl->line, 0, "line not understood in %s: %s",
             heading ? heading : "", tl->text);
}

/* Take the values of a contact line; note the line when text is left over. */
static void do_contact(struct strbuf *tmp, const struct text_line *tl, struct linfo *li,
                       const char *heading, const char *region, const char *alt,
                       struct entry *e)
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
        if (phone_line_in(sq, tl->line, region, alt, &e->phones, &e->diags, &rest)) {
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

/* ------------------------------------------------------------------ */
/* The block, sorted in phases                                          */

/* A contact block as address_extract sorts it: its lines made into fields,
 * what each line is, the postcode found and where the address runs. */
struct block {
    const struct text_line *lines;
    size_t n;
    struct linfo *li;
    struct strbuf tmp;  /* scratch fold keys */
    struct strbuf keys; /* the text lines' keys, one after another */
    const char *ctx;    /* the country the block's numbers and domains show */
    const char *weak;   /* the entry's weaker place (its source page's domain,
                           a territory in its title), or NULL */
    struct postcode pc;
    size_t pci;        /* the postcode line, or n */
    size_t end;        /* the names and delivery lines stand before it */
    size_t first_text; /* the first text line, or n */
    size_t addr_start; /* the first delivery line, or end */
};

static void block_open(struct block *b, const struct text_line *block, size_t n_block,
                       struct arena *mem)
{
    memset(b, 0, sizeof *b);
    b->lines = address_fields(block, n_block, mem, &b->n);
    b->li = xcalloc(b->n, sizeof *b->li);
    for (size_t i = 0; i < b->n; i++)
        analyse(&b->tmp, &b->keys, &b->lines[i], &b->li[i]);
    /* the key buffer has stopped moving: point at the keys */
    for (size_t i = 0; i < b->n; i++)
        if (b->li[i].key_at)
            b->li[i].key = b->keys.buf + b->li[i].key_at - 1;
    b->pci = b->n;
}

static void block_close(struct block *b)
{
    for (size_t i = 0; i < b->n; i++)
        linfo_clear(&b->li[i]);
    free(b->li);
    address_postcode_clear(&b->pc);
    strbuf_free(&b->tmp);
    strbuf_free(&b->keys);
}

static bool four_digit_country(const char *code)
{
    return code && (strcmp(code, "BE") == 0 || strcmp(code, "CH") == 0 ||
                    strcmp(code, "LU") == 0);
}

/* The country of the locality after four digits that open at ("1300 Wavre"),
 * or NULL. */
static const char *four_digits_then_locality(struct strbuf *tmp, const char *at)
{
    size_t i = strspn(at, "0123456789");
    if (i != 4 || at[i] != ' ')
        return NULL;
    return locality_country(str_fold_key_to(tmp, at + 5, strlen(at + 5)));
}

/* The country of "1300 Wavre", "1003 Lausanne": four digits and a locality
 * of the table (extract/localities.h), opening the line or after a street
 * and a separator ("2, Place du Parc - 7000 Mons"), or NULL. */
static const char *four_digit_locality(struct strbuf *tmp, const char *text)
{
    static const char *const seps[] = {" - ", " \xE2\x80\x93 ", ", ", NULL};
    const char *code = four_digits_then_locality(tmp, text);
    for (size_t k = 0; !code && seps[k]; k++) {
        const char *at = strstr(text, seps[k]);
        if (at)
            code = four_digits_then_locality(tmp, at + strlen(seps[k]));
    }
    return code;
}

/* Phase 1, the postcode line: the first text line that reads as one.
 * Four-digit postcodes where the block points to a country that has them,
 * a street is written number last, or the next line names such a country. */
static void find_postcode(struct block *b, const struct extract_opts *o)
{
    /* how the numbers are written yields to a place the entry names */
    b->ctx = place_hint(b->lines, b->n);
    if (!b->ctx && !b->weak)
        b->ctx = place_number_form(b->lines, b->n);
    if (!b->ctx && o && four_digit_country(o->region))
        b->ctx = o->region;
    bool allow4 = b->ctx != NULL;
    for (size_t i = 0; i < b->n && !allow4; i++) {
        if (b->li[i].kind != L_TEXT)
            continue;
        allow4 = number_last_part(&b->tmp, b->lines[i].text);
    }
    for (size_t i = 0; i < b->n && b->pci == b->n; i++) {
        if (b->li[i].kind != L_TEXT)
            continue;
        bool a4 = allow4;
        const char *named = four_digit_locality(&b->tmp, b->lines[i].text);
        if (named && !b->ctx)
            b->ctx = named; /* "1003 Lausanne": Switzerland's */
        a4 = a4 || named;
        if (!a4 && i + 1 < b->n) {
            const struct country_name *c = address_country_of_key(
                line_key(&b->tmp, &b->lines[i + 1], &b->li[i + 1]));
            a4 = c && four_digit_country(c->code);
        }
        if (address_postcode_line(&b->tmp, b->lines[i].text, a4, &b->pc))
            b->pci = i;
    }
}

/* The index of the next line at or after j that is not blank. */
static size_t next_filled(const struct block *b, size_t j)
{
    while (j < b->n && b->li[j].kind == L_BLANK)
        j++;
    return j;
}

/* Phase 2, after the postcode line: "CEDEX 15" carries on the locality, a
 * country alone names the country; else the postcode's own. */
static void after_postcode(struct block *b)
{
    struct postcode *pc = &b->pc;
    b->li[b->pci].kind = L_POSTCODE;
    size_t j = next_filled(b, b->pci + 1);
    if (j < b->n && b->li[j].kind == L_TEXT && cedex_line(b->li[j].key)) {
        b->li[j].kind = L_CEDEX;
        char *t = str_trim(b->lines[j].text);
        char *loc = xasprintf("%s %s", pc->locality, t);
        free(t);
        free(pc->locality);
        pc->locality = loc;
        j = next_filled(b, j + 1);
    }
    if (j < b->n && b->li[j].kind == L_TEXT && address_department_line(b->li[j].key)) {
        b->li[j].kind = L_REGION;
        j = next_filled(b, j + 1);
    }
    const struct country_name *c = NULL;
    if (j < b->n && b->li[j].kind == L_TEXT &&
        (c = address_country_of_key(b->li[j].key)) != NULL) {
        b->li[j].kind = L_COUNTRY;
        address_postcode_set_country(pc, c);
    }
    /* four digits alone: Belgium's, unless the block or the entry's weaker
     * signals say Switzerland or Luxembourg ("1772 Grolley" on a .ch page) */
    if (!pc->country)
        address_postcode_default_country(pc, b->ctx                        ? b->ctx
                                             : four_digit_country(b->weak) ? b->weak
                                                                           : "BE");
}

/* Where a labelled postcode's value starts ("Code postal : 1040", "Numéro
 * postal : 75001 Paris", "NPA : 1003"), or 0. */
static size_t postcode_label(const char *text, const char *key)
{
    static const char *const labels[] = {"code postal", "numero postal", "npa", "cp",
                                         NULL};
    const char *colon = strchr(text, ':');
    if (!colon || !str_key_starts_any(key, labels))
        return 0;
    size_t v = skip_spaces(text, (size_t)(colon - text) + 1);
    return ascii_isdigit((unsigned char)text[v]) ? v : 0;
}

/* Phase 1 again, without a postcode line: a postcode given with its label,
 * in any text line of the block. */
static void find_labelled_postcode(struct block *b)
{
    for (size_t i = 0; i < b->n && b->pci == b->n; i++) {
        if (b->li[i].kind != L_TEXT)
            continue;
        const char *t = b->lines[i].text;
        size_t v = postcode_label(t, b->li[i].key);
        if (v == 0)
            continue;
        if (!address_postcode_line(&b->tmp, t + v, true, &b->pc)) {
            size_t d = 0;
            while (ascii_isdigit((unsigned char)t[v + d]))
                d++;
            if (!str_blank(t + v + d))
                continue;
            b->pc.postcode = xstrndup(t + v, d);
        }
        b->pc.at = 0;
        b->pci = i;
    }
}

/* The organisation's name, a comma and a street ("Secours populaire
 * français, 17/19, rue Odolant-Desnos à Alençon."): sets *from to where the
 * street starts. */
static bool org_then_street(struct strbuf *tmp, const char *t, const struct name_keys *nk,
                            size_t *from)
{
    const char *c = strstr(t, ", ");
    if (!c || c == t || !address_same_name(str_fold_key_to(tmp, t, (size_t)(c - t)), nk))
        return false;
    const char *rest = c + 2;
    if (!ascii_isdigit((unsigned char)rest[0]) &&
        !str_key_starts_any(str_fold_key_to(tmp, rest, strlen(rest)), address_lead_words))
        return false;
    *from = (size_t)(rest - t);
    return true;
}

/* A name glued to its street's number, the page's line break lost ("Accueil
 * de jour12 rue Émilienne Goumy", "MPT DU PAYS MELUSIN12 RUE DES SINSOTS"):
 * a letter, the number (maybe "bis", "ter" and a comma), a street word.
 * Sets *from to the number. */
static bool glued_number(struct strbuf *tmp, const char *t, size_t *from)
{
    size_t i = 0;
    while (t[i] && !ascii_isdigit((unsigned char)t[i]))
        i++;
    if (i < 2 || !t[i] || !(ascii_isalpha((unsigned char)t[i - 1]) || (t[i - 1] & 0x80)))
        return false;
    size_t k = i;
    while (ascii_isdigit((unsigned char)t[k]))
        k++;
    const char *rest = t + k;
    if (rest[0] == ',')
        rest++;
    if (rest[0] != ' ')
        return false;
    const char *key = str_fold_key_to(tmp, rest, strlen(rest));
    if (str_startswith(key, "bis ") || str_startswith(key, "ter "))
        key += 4;
    if (!str_key_starts_any(key, address_lead_words))
        return false;
    *from = i;
    return true;
}

static size_t word_count(const char *s);

/* A street written without its type, its number last, on the line right
 * above the postcode's: "Maladière 45" / "2000 Neuchâtel", "Colleau 2" /
 * "1325 Chaumont-Gistoux" (one to three words with a capital, then a house
 * number: "45", "13bis", "2a"). */
static bool bare_street_over_postcode(const struct block *b, size_t i)
{
    const char *t = b->lines[i].text, *key = b->li[i].key;
    if (i + 1 != b->pci || !key || b->pc.at > 0 ||
        !(ascii_isupper((unsigned char)t[0]) || (unsigned char)t[0] >= 0x80))
        return false;
    const char *last = strrchr(key, ' ');
    if (!last || word_count(key) > 4)
        return false;
    size_t d = strspn(last + 1, "0123456789");
    const char *sfx = last + 1 + d;
    return d >= 1 && d <= 4 && strpbrk(key, "0123456789") == last + 1 &&
           (!*sfx || strcmp(sfx, "bis") == 0 || strcmp(sfx, "ter") == 0 ||
            (sfx[0] >= 'a' && sfx[0] <= 'h' && !sfx[1]));
}

/* Phase 3 for one text line before the end: a label, a repeat of the
 * name, a part of the title, a unit or a delivery line. */
static void sort_line(struct block *b, size_t i, const struct name_keys *nk)
{
    const struct text_line *tl = &b->lines[i];
    struct linfo *l = &b->li[i];
    bool first = b->first_text == b->n;
    if (first)
        b->first_text = i;
    if (address_label_alone(&b->tmp, tl)) {
        l->kind = L_LABEL;
    } else if (address_department_line(l->key)) {
        l->kind = L_REGION;
    } else if (address_label_only(tl->text, l->key)) {
        /* "- **Adresse :**" over a nested list: the lines under it are the
         * address; the label itself is no line of it */
        l->kind = L_BLANK;
        if (b->addr_start == b->end)
            b->addr_start = i;
    } else if (address_same_name(l->key, nk)) {
        l->kind = L_NAME;
    } else if (address_title_part(l->key, nk) &&
               !ascii_isdigit((unsigned char)tl->text[0])) {
        l->kind = L_UNIT;
    } else {
        if (b->addr_start == b->end) {
            if (address_score(tl->text, l->key, first, nk) > 0)
                b->addr_start = i;
            else if (named_delivery(&b->tmp, tl->text, &l->from) ||
                     org_then_street(&b->tmp, tl->text, nk, &l->from) ||
                     glued_number(&b->tmp, tl->text, &l->from) ||
                     bare_street_over_postcode(b, i))
                b->addr_start = i;
        }
        l->kind = i < b->addr_start ? L_UNIT : L_ADDR;
    }
}

/* Without a postcode line, the block may give its numbers first and its
 * street after them ("Téléphone : 0590 …" / "Adresse :" / "Place Gerty
 * Archimède"): a short text line there that opens with a street word or a
 * street's number is a street line. */
static void streets_after_contact(struct block *b)
{
    for (size_t i = b->end; i < b->n; i++) {
        const struct linfo *li = &b->li[i];
        const char *t = b->lines[i].text;
        if (li->kind != L_TEXT || li->from != 0 || !li->key || word_count(t) > 8)
            continue;
        bool numbered = ascii_isdigit((unsigned char)t[0]) &&
                        str_key_has_any(li->key, address_lead_words);
        if (numbered || str_key_starts_any(li->key, address_lead_words))
            b->li[i].kind = L_ADDR;
    }
}

static bool ends_with_colon(const char *t)
{
    size_t n = strlen(t);
    while (n > 0 && t[n - 1] == ' ')
        n--;
    return n > 0 && t[n - 1] == ':';
}

/* Phase 3: names and delivery lines, the text lines before the postcode
 * line (or, without one, before the first contact line); the delivery lines
 * are the run that starts at the first line that looks like one. */
static void sort_names(struct block *b, const struct entry *e, bool labelled)
{
    b->end = b->pci;
    if (labelled || b->pci == b->n)
        for (b->end = 0; b->end < b->n && b->li[b->end].kind != L_CONTACT; b->end++)
            ;
    b->first_text = b->n;
    b->addr_start = b->end;
    struct name_keys nk;
    address_name_keys_init(&nk, &b->tmp, e);
    for (size_t i = 0; i < b->end; i++)
        if (b->li[i].kind == L_TEXT)
            sort_line(b, i, &nk);
    /* a named building between the name and the street: "CRCDC – site de
     * l'Allier" / "Le Carré Max Dormoy" / "2 rue des Carmes" */
    size_t s = b->addr_start;
    if (b->pci < b->n && !labelled && b->first_text < b->n && s < b->end &&
        s > b->first_text + 1 && b->li[s - 1].kind == L_UNIT &&
        address_named_building(b->li[s - 1].key, &nk))
        b->li[--b->addr_start].kind = L_ADDR;
    address_name_keys_clear(&nk);
    /* without a postcode line, only lines that look like address lines are;
     * "Hôtel de ville :" over a service's lines is a label */
    if (labelled || b->pci == b->n)
        for (size_t i = b->addr_start; i < b->end; i++) {
            const char *t = b->lines[i].text + b->li[i].from;
            if (b->li[i].kind == L_ADDR && b->li[i].from == 0 &&
                (address_score(t, b->li[i].key, false, NULL) == 0 || ends_with_colon(t)))
                b->li[i].kind = L_TEXT;
        }
    if (b->pci == b->n && !labelled)
        streets_after_contact(b);
}

/* A country written where the locality goes ("1 avenue du Général de
 * Gaulle, Cayenne 97300 Guyane française"): the country, and the locality
 * the last part of delivery text t before the postcode, cut from it. */
static void country_for_locality(struct block *b, char *t)
{
    struct postcode *pc = &b->pc;
    const struct country_name *c = address_country_of_key(
        str_fold_key_to(&b->tmp, pc->locality, strlen(pc->locality)));
    char *comma = c ? strrchr(t, ',') : NULL;
    if (!comma)
        return;
    char *part = str_trim(comma + 1);
    /* not a street ("44, Boulevard Joseph II L-1840 Luxembourg": the
     * country's name is its capital's too) */
    if (!part[0] || strpbrk(part, "0123456789") || word_count(part) > 4 ||
        str_key_has_any(str_fold_key_to(&b->tmp, part, strlen(part)),
                        address_lead_words)) {
        free(part);
        return;
    }
    free(pc->locality);
    pc->locality = part;
    *comma = '\0';
    if (!pc->country)
        address_postcode_set_country(pc, c);
}

/* Phase 4 for the postcode line: the delivery text before the postcode, the
 * postcode, the locality, the country. */
static void take_postcode(struct block *b, size_t i, struct entry *e)
{
    struct address *a = &e->adr;
    struct postcode *pc = &b->pc;
    if (pc->at > 0) {
        char *d = xstrndup(b->lines[i].text, pc->at);
        char *t = str_trim(d);
        country_for_locality(b, t);
        add_postcode_delivery(&b->tmp, e, t);
        free(t);
        free(d);
    }
    a->postcode = pc->postcode;
    a->locality = pc->locality;
    if (pc->region) { /* the overseas department in parentheses */
        free(a->region);
        a->region = pc->region;
    }
    pc->postcode = pc->locality = pc->region = NULL;
    a->country = xstrdup(pc->country ? pc->country : "France");
    a->country_code = xstrdup(pc->code ? pc->code : "FR");
}

/* Words of s: runs between spaces that hold a letter or a digit ("-" and
 * "«" alone are none). */
static size_t word_count(const char *s)
{
    size_t n = 0;
    bool word = false;
    for (const char *p = s;; p++) {
        if (*p == ' ' || *p == '\0') {
            n += word;
            word = false;
            if (*p == '\0')
                break;
        } else if (ascii_isalnum((unsigned char)*p) || (unsigned char)*p >= 0xC3) {
            word = true;
        }
    }
    return n;
}

/* Whether the street [at, at + n) of line d is inside a sentence: ten words
 * or more before it ("Elle est gérée par … installés dans le bâtiment au
 * 43, avenue Anatole France"), or three after it and its locality ("8 rue
 * Michelet à Alès, ouverte du lundi au vendredi …"); not a building's name
 * before it ("Bâtiment « Agora » - 37, avenue de la Gare"). */
static bool street_in_sentence(const char *d, size_t at, size_t n, const char *place)
{
    char *before = xstrndup(d, at);
    size_t words = word_count(before);
    free(before);
    const char *after = d + at + n;
    const char *p = place ? strstr(after, place) : NULL;
    if (p)
        after = p + strlen(place);
    return words >= 10 || word_count(after) >= 3;
}

/* ", au Mans", ", aux Abymes" ending a street line: the town, cut from
 * the street. Not the locality: its name ("Le Mans") is not written so. */
static void au_locality(char *d)
{
    static const char *const forms[] = {", au ", ", aux "};
    for (size_t f = 0; f < sizeof forms / sizeof forms[0]; f++) {
        char *p = strstr(d, forms[f]);
        if (!p)
            continue;
        char *name = p + strlen(forms[f]);
        size_t len = address_locality_len(name), n = strlen(name);
        while (n > 0 && (name[n - 1] == '.' || name[n - 1] == ' '))
            n--;
        if (len != 0 && len == n) {
            *p = '\0';
            return;
        }
    }
}

/* A street line to a's lines, without the locality it may end with ("45 rue
 * Général Ferrié à Grenoble"), which goes to *town (the first one). A
 * street inside a sentence is taken alone (street_in_sentence). */
static bool street_line(struct address *a, const char *text, char **town)
{
    char *d = delivery_text(text);
    size_t at, n = 0;
    char *place = NULL;
    if (word_count(d) > 8 && (n = address_street_in(d, &at, &place)) > 0 &&
        street_in_sentence(d, at, n, place)) {
        char *street = xstrndup(d + at, n);
        free(d);
        strlist_push(&a->lines, street);
        if (place && !*town)
            *town = place;
        else
            free(place);
        return true;
    }
    free(place);
    /* a long sentence that names a street without being one ("Les locaux se
     * situent au premier étage … (stationnement … dans la rue Massillon) et
     * l'accès …"): no address line */
    if (n == 0 && word_count(d) > 16) {
        free(d);
        return false;
    }
    au_locality(d);
    n = address_locality_after_a(d, &at);
    if (n > 0) {
        if (!*town)
            *town = xstrndup(d + at + 4, n);
        const char *tail = d + at + 4 + n; /* "à Sanary (83110)": the postcode */
        tail += strspn(tail, " ");
        if (!a->postcode && paren_postcode(tail))
            a->postcode = xstrndup(tail + 1, 5);
        d[at] = '\0';
        size_t k = strlen(d);
        while (k > 0 && (d[k - 1] == ',' || d[k - 1] == ' '))
            d[--k] = '\0'; /* "12 rue des Lilas, à Lyon" */
        char *t = str_trim(d);
        free(d);
        d = t;
    }
    struct strbuf tmp = STRBUF_INIT;
    size_t street = building_then_street(&tmp, d);
    strbuf_free(&tmp);
    if (street > 0) { /* "Maison des associations, 78 quai de Seine" */
        strlist_push(&a->lines, str_trim_copy_n(d, street - 2));
        char *rest = xstrdup(d + street);
        free(d);
        d = rest;
    }
    strlist_push(&a->lines, d);
    return true;
}

/* Without a postcode, a line under a street line that is a locality alone,
 * capitalised words and no digit ("70 rue Douy-Delcupe" /
 * "Montreuil-sous-Bois"): the address's locality. */
static void locality_under_street(struct block *b, struct entry *e)
{
    for (size_t i = 0; i < b->n; i++) {
        if (b->li[i].kind != L_ADDR)
            continue;
        size_t j = i + 1;
        while (j < b->n && b->li[j].kind == L_BLANK)
            j++;
        if (j == b->n || (b->li[j].kind != L_TEXT && b->li[j].kind != L_UNIT))
            continue;
        const char *t = b->lines[j].text;
        /* not a unit's name: "Service JEUNESSE" */
        if (strpbrk(t, "0123456789") || word_count(t) > 4 ||
            address_locality_len(t) != strlen(t) ||
            (b->li[j].key && address_org_key(b->li[j].key)))
            continue;
        e->adr.locality = xstrdup(t);
        strlist_add(&e->adr.label, t);
        b->li[j].kind = L_LOCALITY;
        return;
    }
}

/* A line of public transport ("Tram 2. arrêt place du cirque", "Métro :
 * Gambetta", "Bus 26, arrêt Mairie"): how to come, not the address. */
static bool transit_line(const char *key)
{
    static const char *const words[] = {"tram",  "tramway", "bus",    "metro",   "rer",
                                        "arret", "ligne",   "lignes", "navette", NULL};
    return key && str_key_starts_any(key, words);
}

/* Phase 4: the address, from the lines sorted into it, in source order; a
 * second Coordonnées block keeps its address lines as text. */
static void take_address(struct block *b, struct entry *e)
{
    struct address *a = &e->adr;
    bool have = b->pci < b->n;
    for (size_t i = 0; i < b->n; i++) /* a street after the numbers too */
        have = have || b->li[i].kind == L_ADDR;
    bool take = have && a->line == 0;
    char *town = NULL; /* a street's " à Grenoble", for want of a postcode's */
    for (size_t i = 0; i < b->n; i++) {
        enum lkind k = b->li[i].kind;
        const struct text_line *tl = &b->lines[i];
        if (k != L_ADDR && k != L_POSTCODE && k != L_COUNTRY && k != L_CEDEX &&
            k != L_REGION)
            continue;
        if (!take) {
            b->li[i].kind = L_TEXT;
            continue;
        }
        if (k == L_ADDR && b->li[i].from == 0) /* under "Adresse" too */
            glued_number(&b->tmp, tl->text, &b->li[i].from);
        if (k == L_ADDR && (transit_line(b->li[i].key) ||
                            (b->li[i].from == 0 && !street_line(a, tl->text, &town)))) {
            b->li[i].kind = L_TEXT; /* to NOTE */
            continue;
        }
        if ((k == L_ADDR || k == L_POSTCODE) && !a->line)
            a->line = tl->line;
        if (k == L_POSTCODE) {
            take_postcode(b, i, e);
        } else if (k == L_ADDR && b->li[i].from > 0) {
            /* "Antenne Centre : Place de la Vaillance 27" */
            char *name = str_trim_copy_n(tl->text, b->li[i].from);
            add_unique_name(e, name);
            free(name);
            street_line(a, tl->text + b->li[i].from, &town);
        } else if (k == L_REGION && !a->region) {
            /* "66 Pyrénées-Orientales": the department, the address's region */
            const char *name = address_department_line(b->li[i].key);
            a->region = name ? xstrdup(name) : NULL;
        }
        char *lab = label_text(&b->tmp, tl->text);
        strlist_add(&a->label, lab);
        free(lab);
    }
    if (take && b->pci == b->n && !town && !a->locality)
        locality_under_street(b, e);
    if (town && !a->locality)
        a->locality = town;
    else
        free(town);
}

/* A line that is a number alone of six digits ("26 95 90") where numbers
 * have six (New Caledonia, Wallis-et-Futuna, Saint-Pierre-et-Miquelon):
 * the entry's phone, when valid there. */
static bool six_digit_number(const struct text_line *tl, const char *region,
                             struct entry *e)
{
    if (!phone_six_digit_plan(region))
        return false;
    size_t d = 0;
    for (const char *t = tl->text; *t; t++) {
        if (ascii_isdigit((unsigned char)*t))
            d++;
        else if (*t != ' ' && *t != '.' && *t != '-')
            return false;
    }
    struct phone ph;
    if (d != 6)
        return false;
    if (phone_parse(tl->text, NULL, region, tl->line, &ph) != 0) {
        phone_clear(&ph);
        return false;
    }
    phone_list_push(&e->phones, ph);
    return true;
}

/* The region the block's numbers are read in: the address's country (code,
 * when known), else the country its numbers and domains show, else the
 * caller's, else France. */
static const char *block_region(const struct block *b, const char *code,
                                const struct extract_opts *o)
{
    return code ? code : b->ctx ? b->ctx : o && o->region ? o->region : "FR";
}

/* Whether phone_find_in finds in s, for region and alt, a number that the
 * line analysis (phone_find) did not: "41 40 00" in New Caledonia, "450
 * 655-9081" in Québec. */
static bool regional_number(const char *s, const char *region, const char *alt)
{
    size_t a, b;
    return phone_find_in(s, 0, region, alt, &a, &b) && !phone_find(s, 0, &a, &b);
}

/* Phase 1b: the lines that hold a number only the plans of the block's
 * country or of alt write ("Hôtel de ville (41 40 00), mairie du nord (41 40
 * 30)" in New Caledonia, "… au 450 655-9081 ou par courriel à x@y.ca" in
 * Québec) are contact lines, as those with a French-looking number are. */
static void regional_lines(struct block *b, const struct extract_opts *o, const char *alt)
{
    /* the postcode's country first: "H2H 1P5" makes "1 877 700-2433" one */
    const char *region = block_region(b, b->pci < b->n ? b->pc.code : NULL, o);
    for (size_t i = 0; i < b->n; i++) {
        struct linfo *li = &b->li[i];
        if (i == b->pci || li->phone || (li->kind != L_TEXT && li->kind != L_CONTACT) ||
            !regional_number(li->residue, region, alt))
            continue;
        li->kind = L_CONTACT;
        li->phone = true;
    }
}

/* Phase 5: every line that is no part of the address, in source order. The
 * second region serves only when the address names no country. */
static void emit_lines(struct block *b, const char *heading, const struct extract_opts *o,
                       const char *alt, struct entry *e)
{
    const struct address *a = &e->adr;
    const char *region = block_region(b, a->country_code, o);
    if (a->country_code || (alt && strcmp(alt, region) == 0))
        alt = NULL;
    for (size_t i = 0; i < b->n; i++) {
        const struct text_line *tl = &b->lines[i];
        struct linfo *li = &b->li[i];
        switch (li->kind) {
        case L_UNIT:
            add_unique(&e->org_units, tl->text);
            break;
        case L_CONTACT:
            do_contact(&b->tmp, tl, li, heading, region, alt, e);
            break;
        case L_TEXT:
            if (!six_digit_number(tl, region, e))
                not_understood(e, heading, tl);
            break;
        case L_LABEL:
            entry_add_note(e, heading, tl->text);
            break;
        case L_BLANK:
            /* "Adresse postale" over the address: says which one it is */
            if (li->key && strcmp(li->key, "adresse postale") == 0)
                entry_add_note(e, heading, tl->text);
            break;
        default:
            break;
        }
    }
}

void address_extract(const struct text_line *block, size_t n_block, const char *heading,
                     const struct extract_opts *o, struct entry *e)
{
    address_extract_in(block, n_block, heading, o, NULL, e);
}

void address_extract_in(const struct text_line *block, size_t n_block,
                        const char *heading, const struct extract_opts *o,
                        const char *alt, struct entry *e)
{
    if (n_block == 0)
        return;
    struct arena mem = {0};
    struct block b;
    block_open(&b, block, n_block, &mem);
    b.weak = alt;
    find_postcode(&b, o);
    regional_lines(&b, o, alt);
    bool labelled = false;
    if (b.pci < b.n) {
        after_postcode(&b);
    } else {
        find_labelled_postcode(&b);
        labelled = b.pci < b.n;
        if (labelled) {
            b.li[b.pci].kind = L_POSTCODE;
            if (!b.pc.country && b.ctx)
                address_postcode_default_country(&b.pc, b.ctx);
        }
    }
    sort_names(&b, e, labelled);
    take_address(&b, e);
    emit_lines(&b, heading, o, alt, e);
    strlist_unique(&e->emails);
    strlist_unique(&e->urls);
    strlist_unique(&e->org_units);
    block_close(&b);
    arena_free(&mem);
}

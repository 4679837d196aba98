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
#include "base/text.h"
#include "base/util.h"
#include "extract/address_int.h"
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
               (address_key_has(key, "site") || address_key_has(key, "internet") ||
                address_key_has(key, "web") || address_key_has(key, "blog"));
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
            li->named =
                li->named || (!strchr(text, '@') &&
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
    if (!address_key_starts_any(key, address_lead_words))
        return false;
    const char *last = strrchr(key, ' ');
    return last && ascii_isdigit((unsigned char)last[1]);
}

/* An address label alone on its line: "Adresse :", "Adresse postale :". */
static bool address_label_only(const char *text, const char *key)
{
    size_t n = strlen(text);
    while (n > 0 && (text[n - 1] == ' ' || text[n - 1] == '\t'))
        n--;
    return n > 0 && text[n - 1] == ':' &&
           (strcmp(key, "adresse") == 0 || strcmp(key, "adresses") == 0 ||
            strcmp(key, "adresse postale") == 0 || strcmp(key, "adr") == 0);
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
    const char *ctx = place_hint(lines, n);
    if (!ctx && o && o->region &&
        (strcmp(o->region, "BE") == 0 || strcmp(o->region, "CH") == 0 ||
         strcmp(o->region, "LU") == 0))
        ctx = o->region;
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
            const struct country_name *c =
                address_country_of_key(line_key(&tmp, &lines[i + 1], &li[i + 1]));
            a4 = c && (strcmp(c->code, "BE") == 0 || strcmp(c->code, "CH") == 0 ||
                       strcmp(c->code, "LU") == 0);
        }
        if (address_postcode_line(&tmp, lines[i].text, a4, &pc))
            pci = i;
    }

    /* 2. country on the line after the postcode */
    const struct country_name *cline = NULL;
    if (pci < n) {
        li[pci].kind = L_POSTCODE;
        size_t j = pci + 1;
        while (j < n && li[j].kind == L_BLANK)
            j++;
        if (j < n && li[j].kind == L_TEXT && cedex_line(li[j].key)) {
            /* "75901 PARIS" / "CEDEX 15": the locality goes on */
            li[j].kind = L_CEDEX;
            char *t = str_trim(lines[j].text);
            char *loc = xasprintf("%s %s", pc.locality, t);
            free(t);
            free(pc.locality);
            pc.locality = loc;
            j++;
            while (j < n && li[j].kind == L_BLANK)
                j++;
        }
        if (j < n && li[j].kind == L_TEXT &&
            (cline = address_country_of_key(li[j].key)) != NULL)
            li[j].kind = L_COUNTRY;
        if (cline)
            address_postcode_set_country(&pc, cline);
        if (!pc.country) {
            const char *code = ctx ? ctx : "BE";
            address_postcode_default_country(&pc, code);
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
    address_name_keys_init(&nk, &tmp, e);
    for (size_t i = 0; i < end; i++) {
        if (li[i].kind != L_TEXT)
            continue;
        bool first = first_text == n;
        if (first)
            first_text = i;
        if (address_label_only(lines[i].text, li[i].key)) {
            /* "- **Adresse :**" over a nested list: the lines under it are
             * the address; the label itself is no line of it */
            li[i].kind = L_BLANK;
            if (addr_start == end)
                addr_start = i;
            continue;
        }
        if (address_same_name(li[i].key, &nk)) {
            li[i].kind = L_NAME;
            continue;
        }
        if (address_title_part(li[i].key, &nk) &&
            !ascii_isdigit((unsigned char)lines[i].text[0])) {
            li[i].kind = L_UNIT;
            continue;
        }
        if (addr_start == end && address_score(lines[i].text, li[i].key, first, &nk) > 0)
            addr_start = i;
        li[i].kind = i < addr_start ? L_UNIT : L_ADDR;
    }
    /* a named building between the name and the street: "CRCDC – site de
     * l'Allier" / "Le Carré Max Dormoy" / "2 rue des Carmes" */
    if (pci < n && first_text < n && addr_start < end && addr_start > first_text + 1 &&
        li[addr_start - 1].kind == L_UNIT &&
        address_named_building(li[addr_start - 1].key, &nk))
        li[--addr_start].kind = L_ADDR;
    address_name_keys_clear(&nk);
    /* without a postcode, only lines that look like address lines are */
    if (pci == n)
        for (size_t i = addr_start; i < end; i++)
            if (li[i].kind == L_ADDR &&
                address_score(lines[i].text, li[i].key, false, NULL) == 0)
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
            } else if (li[i].kind == L_COUNTRY || li[i].kind == L_CEDEX) {
                strlist_add(&a->label, lines[i].text);
            }
        }
    } else {
        /* a second Coordonnées block: its address lines are kept as text */
        for (size_t i = 0; i < n; i++)
            if (li[i].kind == L_ADDR || li[i].kind == L_POSTCODE ||
                li[i].kind == L_COUNTRY || li[i].kind == L_CEDEX)
                li[i].kind = L_TEXT;
    }
    address_postcode_clear(&pc);

    /* 5. every line, in source order */
    const char *region = a->country_code  ? a->country_code
                         : ctx            ? ctx
                         : o && o->region ? o->region
                                          : "FR";
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

/* Extract stage: one entry's text -> its document (the Markdown reader) ->
 * the kinds of its sections (sections.c) -> struct entry, each section
 * handed to its extractor: the contact block (address.c, phone.c), opening
 * hours (hours.c), people (people.c, person.c), the update date (date.c), the source
 * and keywords. */
#include "extract/extract.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "base/strset.h"
#include "base/text.h"
#include "extract/address.h"
#include "extract/date.h"
#include "extract/hours.h"
#include "extract/people.h"
#include "extract/phone.h"
#include "extract/place.h"
#include "extract/sections.h"
#include "read/markdown.h"
#include "read/section.h"

/* One entry's extraction: the document read, the kinds of its sections and
 * scratch buffers. */
struct xctx {
    struct document doc;
    struct sections sections;
    struct strbuf key;     /* fold keys */
    struct strbuf note;    /* the NOTE text of a line or section */
    size_t section_ranges; /* the ranges read from the opening section */
};

/* Prose of a section: lines of a paragraph joined by "\n", list items as
 * "- item" (indented by depth), written over c's note buffer; borrowed. */
static const char *section_text(struct xctx *c, const struct section *s)
{
    struct strbuf *sb = &c->note;
    strbuf_reset(sb);
    for (size_t i = 0; i < s->n; i++) {
        const struct text_line *tl = &s->lines[i];
        if (i > 0)
            strbuf_putc(sb, '\n');
        if (tl->item && tl->para_start) {
            /* Indent by depth, up to 8 levels: a list nested 10,000 deep
             * would otherwise make a NOTE quadratic in its input. */
            for (int d = 1; d < tl->depth && d < 8; d++)
                strbuf_puts(sb, "  ");
            strbuf_puts(sb, "- ");
        }
        /* A dead link's target does not matter; a live one in prose would be
         * lost with the Markdown: keep it after its text. */
        section_add_line_text(sb, tl, 0, SIZE_MAX);
    }
    return strbuf_str(sb);
}

/* The title up to the first spaced dash is the organisation's name. */
static void split_title(struct entry *e)
{
    static const char *const dashes[] = {" \xE2\x80\x93 ", " \xE2\x80\x94 ", " - "};
    const char *best = NULL;
    size_t best_len = 0;
    for (size_t i = 0; i < 3; i++) {
        const char *p = strstr(e->title, dashes[i]);
        if (p && (!best || p < best)) {
            best = p;
            best_len = strlen(dashes[i]);
        }
    }
    if (best) {
        char *name = xstrndup(e->title, (size_t)(best - e->title));
        e->org_name = str_trim(name);
        free(name);
        e->org_subtitle = str_trim(best + best_len);
        if (e->org_subtitle[0] == '\0') {
            free(e->org_subtitle);
            e->org_subtitle = NULL;
        }
    } else {
        e->org_name = xstrdup(e->title);
    }
}

/* A line kept in NOTE under heading, with its links' targets. */
static void add_line_note(struct xctx *c, struct entry *e, const char *heading,
                          const struct text_line *tl)
{
    strbuf_reset(&c->note);
    section_add_line_text(&c->note, tl, 0, SIZE_MAX);
    entry_add_note(e, heading, strbuf_str(&c->note));
}

static void do_updated(struct xctx *c, const struct section *s, struct entry *e)
{
    char *flat = str_squeeze(section_text(c, s));
    if (!e->updated_text && date_parse(flat, &e->updated)) {
        /* "## Mise à jour" over the date: the date's line has no label to
         * say what it is, so it is also kept in NOTE under the heading. */
        if (s->n > 0 && s->lines[0].line != s->line)
            entry_add_note(e, s->heading, flat);
        e->updated_text = flat;
        return;
    }
    if (!str_blank(flat)) {
        diag_add(&e->diags, DIAG_WARNING, s->line, 0, "date not understood: %s", flat);
        entry_add_note(e, s->heading, flat);
        e->not_understood++;
    }
    free(flat);
}

/* A web address written as a word of a source line: "site de l'association
 * (https://x.fr/contact)", "annuaire : www.x.fr." -> new string, or NULL. */
static char *source_text_url(const char *s)
{
    while (*s) {
        s += strspn(s, " \t(<[");
        size_t n = strcspn(s, " \t");
        if (n == 0)
            break;
        size_t m = n;
        while (m > 0 && strchr(".,;:!?)>]", s[m - 1]))
            m--;
        if (m > 4 && (str_startswith_ci(s, "http") || str_startswith_ci(s, "www."))) {
            char *w = xstrndup(s, m);
            char *url = address_web_url(w);
            free(w);
            if (url)
                return url;
        }
        s += n;
    }
    return NULL;
}

static void do_source(struct xctx *c, const struct section *s, struct entry *e)
{
    for (size_t i = 0; i < s->n; i++) {
        const struct text_line *tl = &s->lines[i];
        char *url = NULL;
        for (size_t k = 0; k < tl->n_links && !url; k++)
            url = address_web_url(tl->links[k].href);
        if (!url)
            url = address_web_url(tl->text);
        if (!url)
            url = source_text_url(tl->text);
        bool whole = url && (tl->n_links == 1 ? strcmp(tl->links[0].text, tl->text) == 0
                                              : strcmp(url, tl->text) == 0);
        if (url && !e->source_url) {
            e->source_url = url;
            if (!whole)
                add_line_note(c, e, s->heading, tl);
        } else {
            free(url);
            add_line_note(c, e, s->heading, tl);
        }
    }
}

static void do_keywords(const struct section *s, struct entry *e)
{
    for (size_t i = 0; i < s->n; i++) {
        const struct text_line *tl = &s->lines[i];
        /* A keyword is its link's text; the target ("[santé](https://x)")
         * goes to NOTE: a URL holds "," and ";" that would cut it. */
        for (size_t k = 0; k < tl->n_links; k++)
            if (section_link_live(tl, &tl->links[k])) {
                char *t = xasprintf("%s <%s>", tl->links[k].text, tl->links[k].href);
                entry_add_note(e, s->heading, t);
                free(t);
            }
        /* "a - b - c": a spaced dash separates when no comma or semicolon
         * does */
        static const char *const dashes[] = {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "};
        const char *dash = NULL;
        for (size_t d = 0; !dash && !strpbrk(tl->text, ",;") && d < 3; d++)
            if (strstr(tl->text, dashes[d]))
                dash = dashes[d];
        const char *p = tl->text;
        while (*p) {
            size_t n = strcspn(p, ",;");
            if (dash) {
                const char *d = strstr(p, dash);
                n = d ? (size_t)(d - p) : strlen(p);
            }
            char *part = xstrndup(p, n);
            char *kw = str_trim(part);
            free(part);
            size_t len = strlen(kw);
            /* a sentence's full stop, not an abbreviation's ("B.A.J.") */
            if (len > 0 && kw[len - 1] == '.' && !memchr(kw, '.', len - 1))
                kw[--len] = '\0';
            if (kw[0]) /* repeats dropped at the end, in linear time */
                strlist_push(&e->keywords, kw);
            else
                free(kw);
            p += n;
            if (*p)
                p += dash ? strlen(dash) : 1;
        }
    }
}

/* Targets of links in a heading, "Lien : <https://x>", to NOTE under it. */
static void add_heading_links(struct entry *e, const struct section *s)
{
    for (size_t i = 0; i < s->hrefs.n; i++) {
        char *t = xasprintf("Lien : <%s>", s->hrefs.v[i]);
        entry_add_note(e, s->heading, t);
        free(t);
    }
}

/* Whether a line starts with a postcode ("18000 BOURGES", "B-5000 Namur",
 * "14 200 HEROUVILLE"). */
static bool postcode_start(const char *t)
{
    const char *start = t;
    while (ascii_isupper((unsigned char)*t))
        t++;
    if (*t == '-' || (*t == ' ' && t - start == 2)) /* "B-5000", "MC 98000" */
        t++;
    size_t n = 0;
    while (ascii_isdigit((unsigned char)t[n]) || (n == 2 && t[n] == ' '))
        n++;
    return n >= 4 && n <= 6 && t[n] == ' ';
}

/* Whether t holds five digits alone before a capitalised word, after a
 * street on the same line: "40 rue du Bourg 55000 Bar-le-Duc". */
static bool postcode_inside(const char *t)
{
    for (const char *p = strchr(t, ' '); p; p = strchr(p + 1, ' ')) {
        size_t n = strspn(p + 1, "0123456789");
        if (n == 5 && p[1 + n] == ' ' && ascii_isupper((unsigned char)p[2 + n]))
            return true;
    }
    return false;
}

/* Whether a line holds a contact value: a postcode line, an e-mail, ten
 * digits or more, a street and its postcode on one short line. */
static bool contact_line(const char *t)
{
    if (postcode_start(t) || strchr(t, '@') || (strlen(t) <= 80 && postcode_inside(t)))
        return true;
    size_t digits = 0;
    for (const char *p = t; *p; p++)
        digits += ascii_isdigit((unsigned char)*p) ? 1 : 0;
    return digits >= 10;
}

/* Whether a section's lines look like a contact block: a contact value, and
 * (unless its heading says contact) no long prose: at least a third of its
 * lines are short (the lines of a block, not the sentences of a text). */
static bool looks_like_contact(const struct section *s, bool heading_says)
{
    size_t values = 0, shorts = 0;
    for (size_t i = 0; i < s->n; i++) {
        values += contact_line(s->lines[i].text);
        shorts += strlen(s->lines[i].text) <= 60;
    }
    return values > 0 && (heading_says || 3 * shorts >= s->n);
}

/* Whether a line of s starts with a postcode: an address, which a list of
 * people does not give. */
static bool has_postcode_line(const struct section *s)
{
    for (size_t i = 0; i < s->n; i++) {
        const char *t = s->lines[i].text;
        if (!postcode_start(t))
            continue;
        /* the locality after the digits: "98718 Punaauia", not "02 61 91 72 12" */
        const char *p = t + strcspn(t, "0123456789");
        p += strspn(p, "0123456789 ");
        if (p > t && p[-1] == ' ' &&
            (ascii_isalpha((unsigned char)*p) || (unsigned char)*p >= 0x80))
            return true;
    }
    return false;
}

/* Whether every line of s is a labelled contact value ("- Tél : 40 48 71
 * 02", "- E-mail : x@y.pf"): values alone, no person named ("Juriste : Mme
 * Sarah KHELIF, Tél. 02 …" is a person's line). key is scratch. */
static bool values_only(const struct section *s, struct strbuf *key)
{
    static const char *const labels[] = {
        "tel",  "telephone", "t",    "fax",           "telecopie", "portable", "mobile",
        "gsm",  "standard",  "mail", "e mail",        "email",     "courriel", "mel",
        "site", "site web",  "web",  "site internet", "internet",  NULL};
    for (size_t i = 0; i < s->n; i++) {
        const char *t = s->lines[i].text;
        if (!contact_line(t))
            return false;
        size_t n = strcspn(t, ":0123456789+<@");
        const char *k = str_fold_key_to(key, t, n);
        if (!str_key_is_any(k, labels))
            return false;
    }
    return s->n > 0;
}

/* Whether a line of s starts with a five-digit postcode ("67000 Strasbourg",
 * "F-67000 …"): France's or its overseas', which place the entry. */
static bool five_digit_postcode(const struct section *s)
{
    for (size_t i = 0; i < s->n; i++) {
        const char *t = s->lines[i].text;
        if (!postcode_start(t))
            continue;
        size_t d = 0;
        for (const char *p = t; *p && *p != ' ' && d < 6; p++)
            d += ascii_isdigit((unsigned char)*p) ? 1 : 0;
        if (d == 5)
            return true;
    }
    return false;
}

/* The section that holds the coordinates: a Coordonnées section; without
 * one, a section headed "Contact" (singular: "## Contact" over the address
 * and phones) or one of contacts with a postcode line ("## Contact
 * Information", "## Contacts" over an address) or of values alone; then a section of no
 * known kind whose heading speaks of contact or address ("Nous contacter", "Comment
 * joindre le tribunal", "Adresse et accès") and holds a contact value; then one of no
 * known kind that looks like a contact block ("## Le service" over an address, a phone
 * and an e-mail); still none, the lines right under the title, before any
 * "## " heading, when they hold a contact value. */
static void find_contact_section(struct xctx *c)
{
    struct document *d = &c->doc;
    enum section_kind *kind = c->sections.kind;
    for (size_t i = 0; i < d->n_secs; i++)
        if (kind[i] == SECTION_CONTACT)
            return;
    /* "## HORAIRES / CONTACT" over an address and a phone, the hours in a
     * section of their own: the contact block */
    for (size_t i = 0; i < d->n_secs; i++) {
        const struct section *s = &d->secs[i];
        if (kind[i] == SECTION_HOURS &&
            section_heading_speaks_of_contact(s->heading, &c->key) &&
            looks_like_contact(s, true) && !section_holds_hours(s, &c->key)) {
            kind[i] = SECTION_CONTACT;
            return;
        }
    }
    for (size_t i = 0; i < d->n_secs; i++) {
        const char *h = d->secs[i].heading;
        if (kind[i] == SECTION_CONTACTS &&
            (strcmp(str_fold_key_to(&c->key, h, strlen(h)), "contact") == 0 ||
             has_postcode_line(&d->secs[i]) || values_only(&d->secs[i], &c->key))) {
            kind[i] = SECTION_CONTACT;
            return;
        }
    }
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < d->n_secs; i++) {
            const struct section *s = &d->secs[i];
            bool says = section_heading_speaks_of_contact(s->heading, &c->key);
            if (kind[i] == SECTION_OTHER && s->heading[0] && (pass == 1 || says) &&
                looks_like_contact(s, says)) {
                kind[i] = SECTION_CONTACT;
                return;
            }
        }
    if (d->n_secs > 0 && d->secs[0].heading[0] == '\0' &&
        looks_like_contact(&d->secs[0], true))
        kind[0] = SECTION_CONTACT;
}

/* Whether heading names closures ("Fermetures ou ouvertures
 * exceptionnelles", "Congés annuels"). */
static bool closure_heading(struct xctx *c, const char *heading)
{
    static const char *const words[] = {"fermeture", "fermetures", "conges", NULL};
    return str_key_has_any(str_fold_key_to(&c->key, heading, strlen(heading)), words);
}

/* Without an opening section, the first section of no known kind whose
 * lines give days and times is one ("Un accueil permanent", "Services
 * administratifs de la Mairie"); without any, the first whose heading names
 * closures ("## Fermeture temporaire"). */
static void find_hours_section(struct xctx *c)
{
    struct document *d = &c->doc;
    enum section_kind *kind = c->sections.kind;
    for (size_t i = 0; i < d->n_secs; i++)
        if (kind[i] == SECTION_HOURS)
            return;
    for (size_t i = 0; i < d->n_secs; i++)
        if (kind[i] == SECTION_OTHER && d->secs[i].heading[0] &&
            section_holds_hours(&d->secs[i], &c->key)) {
            kind[i] = SECTION_HOURS;
            return;
        }
    /* no hours at all, but closures under their own heading ("## Fermeture
     * temporaire" / "Le centre sera fermé du 7 au 11 septembre…") */
    for (size_t i = 0; i < d->n_secs; i++)
        if (kind[i] == SECTION_OTHER && d->secs[i].heading[0] &&
            closure_heading(c, d->secs[i].heading)) {
            kind[i] = SECTION_HOURS;
            return;
        }
}

/* Whether the heading and every line of s give days and times. */
static bool all_hours(struct xctx *c, const struct section *s)
{
    struct text_line h = {.text = s->heading, .line = s->line};
    if (!s->heading[0] || !line_holds_hours(&h, &c->key))
        return false;
    for (size_t i = 0; i < s->n; i++)
        if (!str_blank(s->lines[i].text) && !line_holds_hours(&s->lines[i], &c->key))
            return false;
    return true;
}

/* Days pasted with a lone "-" under each ("lundi : 9 h 30 – 12 h 30" / "-"):
 * Markdown makes every such line a heading. Sections of no known kind
 * whose headings and lines all give days and times, right after an opening
 * section, are lines of it: their headings become its lines. So is a
 * section of closures right after it ("### Fermetures exceptionnelles" over
 * "25/12/24 : Fermé - Noël"). */
static void hours_as_headings(struct xctx *c)
{
    struct document *d = &c->doc;
    enum section_kind *kind = c->sections.kind;
    for (size_t i = 1; i < d->n_secs; i++) {
        size_t j = i - 1;
        while (j > 0 && kind[j] == SECTION_OTHER && !d->secs[j].heading[0])
            j--; /* a section emptied here */
        struct section *s = &d->secs[i];
        if (kind[j] != SECTION_HOURS ||
            (kind[i] != SECTION_OTHER && kind[i] != SECTION_HOURS))
            continue;
        bool all = all_hours(c, s);
        bool closures = !all && closure_heading(c, s->heading);
        /* "### Fermetures ou horaires exceptionnels" names hours too */
        if (!closures && (!all || kind[i] != SECTION_OTHER))
            continue;
        /* the heading is a line: a label of closures for the dated lines
         * under it ("Fermetures ou horaires exceptionnels :") */
        struct text_line tl = {.text =
                                   arena_strndup(&d->mem, s->heading, strlen(s->heading)),
                               .line = s->line,
                               .para_start = true};
        section_push(d, &d->secs[j], tl, 0);
        for (size_t k = 0; k < s->n; k++)
            section_push(d, &d->secs[j], s->lines[k], 0);
        s->n = 0;
        s->heading[0] = '\0'; /* emptied: nothing of it is noted twice */
        kind[i] = SECTION_OTHER;
    }
}

/* A prose section (or one of no known kind) to NOTE under its heading. */
static void do_prose(struct xctx *c, const struct section *s, enum section_kind kind,
                     struct entry *e)
{
    if (kind == SECTION_OTHER) {
        if (s->n == 0 && s->heading[0] == '\0')
            return;
        if (s->heading[0] != '\0')
            diag_add(&e->diags, DIAG_WARNING, s->line, 0,
                     "unknown section \"%s\" kept in NOTE", s->heading);
    }
    /* An empty section keeps its heading in NOTE ("## Objectifs" with
     * nothing under it), unless its links say something. */
    const char *t = section_text(c, s);
    if (t[0] || s->hrefs.n == 0)
        entry_add_note(e, s->heading, t);
}

/* An opening section found by its lines, under a heading that names no
 * hours ("## En pratique"): the heading kept in NOTE, as the contact
 * block's own, when nothing went there under it. */
static void keep_heading(struct xctx *c, const struct section *s, struct entry *e)
{
    if (!s->heading[0] || section_kind_of(s->heading, &c->key) == SECTION_HOURS)
        return;
    for (size_t i = 0; i < e->notes.n; i++)
        if (e->notes.v[i].heading && strcmp(e->notes.v[i].heading, s->heading) == 0)
            return;
    entry_add_note(e, s->heading, "");
}

/* Section s of kind kind into e (all but the contact block). */
static void do_section(struct xctx *c, const struct section *s, enum section_kind kind,
                       const struct extract_opts *o, struct entry *e)
{
    switch (kind) {
    case SECTION_CONTACT:
        break;
    case SECTION_HOURS:
        if (e->hours_text) /* a second opening section: kept as prose */
            entry_add_note(e, s->heading, section_text(c, s));
        else {
            size_t n0 = e->hours.n;
            hours_extract_under(s->heading, s->lines, s->n, e);
            c->section_ranges += e->hours.n - n0;
            keep_heading(c, s, e);
        }
        break;
    case SECTION_PEOPLE:
    case SECTION_CONTACTS:
        people_extract(s, o, e);
        break;
    case SECTION_UPDATED:
        do_updated(c, s, e);
        break;
    case SECTION_SOURCE:
        do_source(c, s, e);
        break;
    case SECTION_KEYWORDS:
        do_keywords(s, e);
        break;
    case SECTION_OTHER:
    case SECTION_KNOWN_PROSE:
        do_prose(c, s, kind, e);
        break;
    }
}

/* True when a range of e->hours[0, n) gives r's days, times and kind. */
static bool range_known(const struct entry *e, size_t n, const struct hours_range *r)
{
    for (size_t i = 0; i < n; i++)
        if (e->hours.v[i].days == r->days && e->hours.v[i].start == r->start &&
            e->hours.v[i].end == r->end && e->hours.v[i].kind == r->kind)
            return true;
    return false;
}

/* Whether the parenthesis at p of text t follows a telephone word and at
 * most a number: "Tél. 032 933 85 31 (lu, ma, jeu et ven de 8h30-11h30)",
 * "par téléphone (27 54 49 60; horaires : …)": the line's own hours. */
static bool phone_paren(struct xctx *c, const char *t, const char *p)
{
    while (p > t && (ascii_isdigit((unsigned char)p[-1]) || strchr(" .+/-", p[-1])))
        p--;
    size_t from = (size_t)(p - t) > 24 ? (size_t)(p - t) - 24 : 0;
    static const char *const words[] = {"tel", "telephone", NULL};
    const char *key = str_fold_key_to(&c->key, t + from, (size_t)(p - t) - from);
    size_t n = strlen(key);
    for (size_t w = 0; words[w]; w++) {
        size_t k = strlen(words[w]);
        if (n >= k && strcmp(key + n - k, words[w]) == 0 &&
            (n == k || key[n - k - 1] == ' '))
            return true;
    }
    return false;
}

/* Whether tl is a telephone number and its label alone ("Tél. : 03 20 50
 * 51 31"): the hours on the line under it are the line's ("Du lundi au
 * vendredi de 8h à 13h"). */
static bool number_alone(struct xctx *c, const struct text_line *tl)
{
    static const char *const labels[] = {"tel", "telephone", "standard", NULL};
    const char *t = tl->text;
    size_t digits = 0, letters = 0;
    for (const char *p = t; *p; p++) {
        digits += ascii_isdigit((unsigned char)*p) != 0;
        letters += ascii_isalpha((unsigned char)*p) != 0;
    }
    if (digits < 8 || letters > 12)
        return false;
    const char *key = str_fold_key_to(&c->key, t, strlen(t));
    return str_key_starts_any(key, labels);
}

/* Whether tl gives days and times outside parentheses: "… 0 800 06 66 66
 * (Appel gratuit, 24h/24, 7j/7)" qualifies one number, often another
 * service's, and is not the entry's hours. */
static bool sentence_of_hours(struct xctx *c, const struct text_line *tl)
{
    if (!line_holds_hours(tl, &c->key))
        return false;
    if (!strchr(tl->text, '('))
        return true;
    struct strbuf out = STRBUF_INIT;
    int depth = 0;
    for (const char *p = tl->text; *p; p++) {
        depth += *p == '(';
        if (depth == 0)
            strbuf_putc(&out, *p);
        depth -= *p == ')' && depth > 0;
    }
    struct text_line bare = *tl;
    bare.text = (char *)strbuf_str(&out);
    bool holds = line_holds_hours(&bare, &c->key);
    strbuf_free(&out);
    return holds;
}

/* Whether tl's hours are in a parenthesis after a telephone word: the
 * line's hours. */
static bool phone_hours(struct xctx *c, const struct text_line *tl)
{
    const char *paren = strchr(tl->text, '(');
    if (!paren || !phone_paren(c, tl->text, paren))
        return false;
    /* a time in it ("8h30", "14:00"), whatever the days' spelling ("lu, ma") */
    for (const char *p = paren + 1; *p && *p != ')'; p++)
        if (ascii_isdigit((unsigned char)p[0]) &&
            (p[1] == 'h' || p[1] == ':' || (p[1] == ' ' && p[2] == 'h')))
            return true;
    return false;
}

/* Whether a section of hours says that some reception needs no appointment
 * ("Service Population accessible sans rendez-vous du lundi au vendredi",
 * "… peuvent se rendre aux permanences sans rendez-vous"; not "Aucun
 * accueil sans rendez-vous", "pas de visite sans rdv"). */
static bool walk_in_said(struct xctx *c)
{
    static const char *const words[] = {"sans rendez vous", "sans rdv", NULL};
    static const char *const negations[] = {"pas",  "aucun", "aucune", "jamais",
                                            "plus", "nul",   NULL};
    for (size_t i = 0; i < c->doc.n_secs; i++) {
        const struct section *s = &c->doc.secs[i];
        for (size_t k = 0; c->sections.kind[i] == SECTION_HOURS && k < s->n; k++) {
            const char *t = s->lines[k].text;
            if (!strstr(t, "sans"))
                continue;
            const char *key = str_fold_key_to(&c->key, t, strlen(t));
            if (str_key_has_any(key, words) && !str_key_has_any(key, negations))
                return true;
        }
    }
    return false;
}

/* Hours written in the contact block ("L'accueil se fait sans rendez-vous du
 * lundi au vendredi de 13h30 à 18h30 sur place ou par téléphone au 02 …"):
 * their ranges, the text staying in NOTE where the address reader put it;
 * those under a number alone ("Tél. : 03 …" / "Du lundi au vendredi de 8h à
 * 13h") or in its parenthesis are the telephone line's.
 * After an opening section, only the hours of a telephone line that it does
 * not give ("une permanence téléphonique au 05 …, de 9h à 12h"). */
static void contact_hours(struct xctx *c, const struct section *s, struct entry *e)
{
    /* the lines of hours, then (from s->n on) those of a line's hours in
     * parentheses: one pass over the block */
    struct text_line *with = xcalloc(s->n ? 2 * s->n : 1, sizeof *with);
    struct text_line *line = with + s->n;
    size_t n = 0, n_line = 0;
    for (size_t i = 0; i < s->n; i++) {
        bool of_hours = sentence_of_hours(c, &s->lines[i]);
        bool under_number = of_hours && i > 0 && !s->lines[i].para_start &&
                            number_alone(c, &s->lines[i - 1]);
        if (of_hours && !under_number)
            with[n++] = s->lines[i];
        else if (under_number || phone_hours(c, &s->lines[i]))
            line[n_line++] = s->lines[i];
    }
    size_t from = e->hours.n;
    bool before = c->section_ranges > 0;
    hours_extract_aside(NULL, with, n, e);
    size_t line_from = e->hours.n;
    hours_extract_aside(NULL, line, n_line, e);
    for (size_t i = line_from; i < e->hours.n; i++)
        e->hours.v[i].kind = HOURS_PHONE;
    size_t kept = from;
    for (size_t i = from; i < e->hours.n; i++) {
        const struct hours_range *r = &e->hours.v[i];
        if ((!before || r->kind == HOURS_PHONE) && !range_known(e, from, r))
            e->hours.v[kept++] = *r;
    }
    e->hours.n = kept;
    free(with);
}

/* The country the numbers and e-mails of the entry's contact, people and
 * hours sections point to ("021 808 63 76" and "x@montherod.ch" under the
 * people of a Swiss commune whose block gives only "1174 Montherod"), or
 * NULL, as read sees them (place_hint, place_number_form). Not the
 * prose's: it names partners abroad. */
static const char *entry_place_hint(const struct xctx *c,
                                    const char *(*read)(const struct text_line *, size_t))
{
    const struct document *d = &c->doc;
    /* a contact block with a five-digit postcode line is placed by it */
    for (size_t i = 0; i < d->n_secs; i++)
        if (c->sections.kind[i] == SECTION_CONTACT && five_digit_postcode(&d->secs[i]))
            return NULL;
    for (size_t i = 0; i < d->n_secs; i++) {
        enum section_kind k = c->sections.kind[i];
        if (k != SECTION_CONTACT && k != SECTION_PEOPLE && k != SECTION_CONTACTS &&
            k != SECTION_HOURS)
            continue;
        const char *h = read(d->secs[i].lines, d->secs[i].n);
        if (h)
            return h;
    }
    return NULL;
}

/* The place the entry's weaker signals name, when its contact block has no
 * five-digit postcode line: a territory named whole in its title or a
 * keyword ("SOS X – écoute (Nouvelle-Calédonie)", "Mots-clés : mairie,
 * Polynésie française"), else the domain of its source page
 * ("https://www.ville.pf/…"); NULL when none does. A French page cites
 * places and sites abroad, so this serves only for the numbers France does
 * not accept, and never when the address names a country. */
static const char *entry_weak_hint(const struct xctx *c, const char *title)
{
    const struct document *d = &c->doc;
    for (size_t i = 0; i < d->n_secs; i++)
        if (c->sections.kind[i] == SECTION_CONTACT && five_digit_postcode(&d->secs[i]))
            return NULL;
    const char *code = place_named(title);
    /* "Mots-clefs : action sociale, Ukraine, accueil, Var": a French
     * department among the keywords places the entry; the country is whom
     * it serves */
    for (size_t i = 0; !code && i < d->n_secs; i++)
        for (size_t j = 0; c->sections.kind[i] == SECTION_KEYWORDS && j < d->secs[i].n;
             j++)
            if (place_names_department(d->secs[i].lines[j].text))
                return NULL;
    for (size_t i = 0; !code && i < d->n_secs; i++)
        for (size_t j = 0;
             !code && c->sections.kind[i] == SECTION_KEYWORDS && j < d->secs[i].n; j++)
            code = place_named(d->secs[i].lines[j].text);
    for (size_t i = 0; !code && i < d->n_secs; i++) {
        if (c->sections.kind[i] != SECTION_SOURCE)
            continue;
        for (size_t j = 0; !code && j < d->secs[i].n; j++) {
            const struct text_line *tl = &d->secs[i].lines[j];
            for (size_t k = 0; !code && k < tl->n_links; k++)
                code = place_domain(tl->links[k].href);
            char *url = code ? NULL : address_web_url(tl->text);
            code = code ? code : place_domain(url);
            free(url);
        }
    }
    return code;
}

/* The contact block s into e, its numbers also read in alt (NULL: none)
 * when the first region does not accept them. A heading of its own that
 * names no known section ("## Renseignements") is kept in NOTE when none of
 * the block's lines went there under it: no word of the entry is lost. */
static void contact_block(struct xctx *c, const struct section *s,
                          const struct extract_opts *o, const char *alt, struct entry *e)
{
    address_extract_in(s->lines, s->n, s->heading, o, alt, e);
    if (!s->heading[0] || section_kind_of(s->heading, &c->key) != SECTION_OTHER ||
        section_heading_speaks_of_contact(s->heading, &c->key))
        return;
    for (size_t i = 0; i < e->notes.n; i++)
        if (e->notes.v[i].heading && strcmp(e->notes.v[i].heading, s->heading) == 0)
            return;
    entry_add_note(e, s->heading, "");
}

/* An entry that is a telephone line ("Allô écoute ado", "3919 … – service
 * téléphonique national d'écoute") and gives no address: its hours are the
 * line's, not a reception's, and its permanences are the line's too ("des
 * permanences sont assurées du lundi au samedi de 14 à 17 heures"). */
static void line_entry_hours(struct xctx *c, struct entry *e)
{
    /* "points d'écoute", "Centre d'écoute" are places: "écoute" alone is no
     * line */
    static const char *const words[] = {"ligne d ecoute",
                                        "lignes d ecoute",
                                        "ligne ecoute",
                                        "plateforme d ecoute",
                                        "plateformes d ecoute",
                                        "numero d ecoute",
                                        "telephonique",
                                        "allo",
                                        "numero vert",
                                        "hotline",
                                        NULL};
    if (e->adr.line != 0 || !e->title ||
        !str_key_has_any(str_fold_key_to(&c->key, e->title, strlen(e->title)), words))
        return;
    for (size_t i = 0; i < e->hours.n; i++)
        if (e->hours.v[i].kind == HOURS_RECEPTION ||
            e->hours.v[i].kind == HOURS_PERMANENCE)
            e->hours.v[i].kind = HOURS_PHONE;
}

/* "il accueille sur rendez-vous au 07 63 14 33 47": an appointment said in
 * the contact block when nothing gives the entry's reception hours. The
 * hours reader judges the lines; only its verdict on appointments is kept
 * (their text stays in NOTE where the address reader put it). */
static void contact_appointment(struct xctx *c, const struct section *s, struct entry *e)
{
    static const char *const words[] = {"rendez vous", "rdv", NULL};
    for (size_t i = 0; i < e->hours.n; i++)
        if (e->hours.v[i].kind == HOURS_RECEPTION)
            return;
    struct text_line *with = xcalloc(s->n ? s->n : 1, sizeof *with);
    size_t n = 0;
    /* "Pour les associations, …, uniquement sur rendez-vous au …": for a
     * public it names, not the entry's */
    static const char *const publics[] = {"pour les ", "pour le ", "pour la ", "pour l ",
                                          NULL};
    for (size_t i = 0; i < s->n; i++) {
        const char *t = s->lines[i].text;
        /* most lines name no appointment: spare them the folding */
        if (!strstr(t, "endez") && !strstr(t, "dv") && !strstr(t, "DV"))
            continue;
        const char *k = str_fold_key_to(&c->key, t, strlen(t));
        bool named = false;
        for (size_t p = 0; publics[p]; p++)
            named = named || strncmp(k, publics[p], strlen(publics[p])) == 0;
        if (!named && str_key_has_any(k, words) && !sentence_of_hours(c, &s->lines[i]))
            with[n++] = s->lines[i];
    }
    size_t hours = e->hours.n, notes = e->hours_notes.n, diags = e->diags.n;
    size_t not_understood = e->not_understood;
    if (n && !e->appointment_only)
        hours_extract_aside(NULL, with, n, e);
    e->hours.n = hours;
    while (e->hours_notes.n > notes)
        free(e->hours_notes.v[--e->hours_notes.n]);
    while (e->diags.n > diags)
        free(e->diags.v[--e->diags.n].message);
    e->not_understood = not_understood;
    free(with);
}

static void build_entry(struct xctx *c, const struct extract_opts *o, struct entry *e)
{
    struct document *d = &c->doc;
    enum section_kind *kind = c->sections.kind;
    /* The contact block first: its place (country) sets the phone region
     * for the people of the entry. */
    find_contact_section(c);
    find_hours_section(c);
    hours_as_headings(c);
    /* the block's own signals first (address.c), then the entry's */
    struct extract_opts placed = *o;
    const char *hint = entry_place_hint(c, place_hint);
    const char *weak = hint ? NULL : entry_weak_hint(c, e->title);
    /* numbers written as abroad ("020 223 98 44", as in Switzerland) are
     * of the place the entry names, if it names one ("Ambassade de France
     * à Madagascar") */
    const char *form = hint ? NULL : entry_place_hint(c, place_number_form);
    if (form)
        hint = weak ? weak : form;
    if (hint)
        placed.region = hint;
    for (size_t i = 0; i < d->n_secs; i++)
        if (kind[i] == SECTION_CONTACT)
            contact_block(c, &d->secs[i], &placed, weak, e);
    /* (not in the opening hours: a street there is where a permanence is
     * held, "Lundi de 9h30 à 12h, quartier Verlaine, 49 avenue …") */
    for (size_t i = 0; i < d->n_secs && e->adr.line == 0; i++)
        for (size_t j = 0; kind[i] != SECTION_HOURS && j < d->secs[i].n; j++)
            if (address_in_prose(&d->secs[i].lines[j], e))
                break;
    /* then, in the contact block, a street named without its number */
    for (size_t i = 0; i < d->n_secs && e->adr.line == 0; i++)
        for (size_t j = 0; kind[i] == SECTION_CONTACT && j < d->secs[i].n; j++)
            if (address_typed_in_prose(&d->secs[i].lines[j], e))
                break;
    /* the people's numbers: the address's country, else the same hint as
     * the block's own numbers ("063 58 86 75" beside "x@cpas-y.be" in an
     * entry with no address is Belgian) */
    struct extract_opts local = *o;
    const char *cc = e->adr.country_code;
    if (cc && (strcmp(cc, "BE") == 0 || strcmp(cc, "CH") == 0 || strcmp(cc, "LU") == 0 ||
               strcmp(cc, "MC") == 0 || strcmp(cc, "CA") == 0))
        local.region = cc;
    else if (!cc && hint)
        local.region = hint;
    for (size_t i = 0; i < d->n_secs; i++) {
        const struct section *s = &d->secs[i];
        if (s->n > 0 || kind[i] == SECTION_OTHER || kind[i] == SECTION_KNOWN_PROSE)
            do_section(c, s, kind[i], &local, e);
        add_heading_links(e, s);
    }
    for (size_t i = 0; i < d->n_secs; i++)
        if (kind[i] == SECTION_CONTACT)
            contact_hours(c, &d->secs[i], e);
    for (size_t i = 0; i < d->n_secs; i++)
        if (kind[i] == SECTION_CONTACT)
            contact_appointment(c, &d->secs[i], e);
    line_entry_hours(c, e);
    /* "sur rendez-vous" somewhere, "sans rendez-vous" in the hours: not an
     * entry by appointment only ("Le samedi matin sur rendez-vous" in the
     * block, "Service Population accessible sans rendez-vous …") */
    if (e->appointment_only && walk_in_said(c))
        e->appointment_only = false;
    people_merge(e);
    strlist_unique(&e->keywords);
    strlist_unique(&e->emails);
    strlist_unique(&e->urls);
    strlist_unique(&e->org_units);
    place_default_country(e, o);
}

static void xctx_free(struct xctx *c)
{
    document_free(&c->doc);
    sections_free(&c->sections);
    strbuf_free(&c->key);
    strbuf_free(&c->note);
}

int extract_entry(const struct raw_entry *raw, const char *source,
                  const struct extract_opts *o, struct entry **out,
                  struct fiche_error *err)
{
    *out = NULL;
    struct xctx c = {0};
    int rc = markdown_read(raw->text, raw->len, raw->line, &c.doc);
    if (rc == FICHE_ELIMIT)
        rc = fiche_error_set(err, FICHE_ELIMIT, source, raw->line, 0,
                             "entry too large for the Markdown parser");
    else if (rc != 0)
        rc = fiche_error_set(err, FICHE_EPARSE, source, raw->line, 0,
                             "the Markdown parser failed on this entry");
    else if (!c.doc.title || c.doc.title[0] == '\0')
        rc = fiche_error_set(err, FICHE_EPARSE, source, raw->line, 1,
                             "entry has no title (a \"# \" heading with the name)");
    if (rc != 0) {
        xctx_free(&c);
        return rc;
    }
    sections_classify(&c.doc, &c.sections, &c.key);
    struct entry *e = entry_new(source, c.doc.title_line, raw->index);
    e->title = c.doc.title;
    c.doc.title = NULL;
    split_title(e);
    /* "# [Groupe X](https://groupe.example)": the target opens the NOTE. */
    for (size_t i = 0; i < c.doc.title_hrefs.n; i++) {
        char *t = xasprintf("Lien : <%s>", c.doc.title_hrefs.v[i]);
        entry_add_note(e, "", t);
        free(t);
    }
    build_entry(&c, o, e);
    xctx_free(&c);
    *out = e;
    return 0;
}

int fiche_extract(const struct raw_entry *raw, const char *source,
                  const struct extract_opts *o, struct entry **out,
                  struct fiche_error *err)
{
    static const struct extract_opts defaults = {"FR", false};
    return extract_entry(raw, source, o ? o : &defaults, out, err);
}

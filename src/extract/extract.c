/* Third stage: one entry's Markdown -> sections of plain lines (md4c, in
 * parse_md.c: the only includer of <md4c.h>) -> struct entry through the
 * extractors.
 * Headings are matched accent- and case-insensitively ("COORDONNEES",
 * "**Coordonnées :**", parse_kind.c); a paragraph that starts with a bold
 * label such as "**Mise à jour :** juin 2021" opens a section of its own. */
#include "extract/extract.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "extract/address.h"
#include "extract/date.h"
#include "extract/hours.h"
#include "extract/person.h"
#include "extract/phone.h"
#include "read/markdown.h"
#include "read/section.h"

/* Heading text of a bold label: "Mise à jour :" -> "Mise à jour". */
static char *label_heading(const char *text, size_t n)
{
    char *h = xstrndup(text, n);
    size_t len = strlen(h);
    while (len > 0 && (h[len - 1] == ':' || h[len - 1] == ' '))
        h[--len] = '\0';
    char *t = str_trim(h);
    free(h);
    return t;
}

/* Case-insensitive ASCII prefix test. */
static bool ascii_prefix_ci(const char *s, const char *p)
{
    for (; *p; s++, p++)
        if (ascii_tolower((unsigned char)*s) != *p)
            return false;
    return true;
}

/* A plain one-line paragraph giving the update date: "Mise à jour le 2 juin
 * 2022", "Actualisé en 2019.", "MAJ : 03/2021", "Mise à jour en date du
 * 14/06/2022". Its label (up to the date, with ":" and "le"/"en"/"du"/"en date
 * du") is label_len bytes. True only when the line is
 * short and date_parse reads the rest. */
static bool update_line(struct pctx *c, const char *text, size_t *label_len)
{
    static const struct {
        const char *key;
        int words;
    } labels[] = {{"derniere mise a jour", 4},
                  {"derniere actualisation", 2},
                  {"date d actualisation", 3},
                  {"date de mise a jour", 5},
                  {"date de maj", 3},
                  {"mise a jour", 3},
                  {"mis a jour", 3},
                  {"maj", 1},
                  {"actualise", 1},
                  {"actualisee", 1},
                  {"actualisation", 1}};
    /* An ASCII letter or digit starts the key as itself, lower-cased: most
     * lines are told apart without folding them, by the labels' first
     * letters ("Fiche" may come before a label). */
    int first = ascii_tolower((unsigned char)text[0]);
    if (ascii_isalnum(first) && !ascii_prefix_ci(text, "fiche ")) {
        bool may = false;
        for (size_t i = 0; !may && i < sizeof labels / sizeof labels[0]; i++)
            may = labels[i].key[0] == first;
        if (!may)
            return false;
    }
    const char *k = str_fold_key_to(&c->key, text, strlen(text));
    size_t words = k[0] ? 1 : 0;
    for (const char *p = k; *p; p++)
        words += *p == ' ';
    /* The label may name the fiche: "Fiche mise à jour le ...", "Fiche
     * actualisée : ...", "Mise à jour de la fiche : ..." (words that do not
     * count against the line's length). */
    int extra = 0;
    if (strncmp(k, "fiche ", 6) == 0) {
        k += 6;
        extra = 1;
    }
    int nw = 0, link_words = 0;
    for (size_t i = 0; !nw && i < sizeof labels / sizeof labels[0]; i++) {
        size_t n = strlen(labels[i].key);
        if (strncmp(k, labels[i].key, n) == 0 && k[n] == ' ') {
            nw = labels[i].words;
            if (strncmp(k + n + 1, "de la fiche ", 12) == 0)
                extra += 3;
            else if (strncmp(k + n + 1, "en date du ", 11) == 0)
                link_words = 2; /* read over below with the "le" links */
        }
    }
    if (!nw || words > 8 + (size_t)(extra + link_words))
        return false;
    nw += extra;
    /* skip the label's words in the text as written */
    const unsigned char *u = (const unsigned char *)text;
    size_t i = 0;
    for (int w = 0; w < nw; w++) {
        while (u[i] && u[i] < 0x80 && !ascii_isalnum(u[i]))
            i++;
        while (u[i] && (u[i] >= 0x80 || ascii_isalnum(u[i])))
            i++;
    }
    while (u[i] == ' ' || u[i] == '\t')
        i++;
    bool sep = false;
    if (u[i] == ':') {
        sep = true;
        i++;
        while (u[i] == ' ' || u[i] == '\t')
            i++;
    }
    /* "Mise à jour en date du 14/06/2022": the longer link first */
    static const char *const links[] = {"en date du ", "le ", "en ", "du ", "au "};
    for (size_t l = 0; l < sizeof links / sizeof links[0]; l++)
        if (ascii_prefix_ci((const char *)u + i, links[l])) {
            sep = true;
            i += strlen(links[l]);
            break;
        }
    if (!sep && !ascii_isdigit(u[i]))
        return false;
    struct date d;
    if (!date_parse(text + i, &d))
        return false;
    *label_len = i;
    return true;
}

/* A plain one-line paragraph opening with the label of the closing lines of
 * a fiche, not bold: "Source de mise à jour : http://x", "Mots-clés : a, b".
 * Returns the label's byte length with its ":", 0 when the line is none. */
static size_t plain_closing_label(struct pctx *c, const char *text)
{
    if (!ascii_prefix_ci(text, "source") && !ascii_prefix_ci(text, "mot"))
        return 0;
    const char *colon = memchr(text, ':', strnlen(text, 40));
    if (!colon)
        return 0;
    const char *k = str_fold_key_to(&c->key, text, (size_t)(colon - text));
    enum section_kind kind = parse_kind_of_key(k);
    return kind == SECTION_SOURCE || kind == SECTION_KEYWORDS ? (size_t)(colon - text) + 1
                                                              : 0;
}

/* Split sections at paragraphs that open with a bold label naming a known
 * section ("**Mise à jour :** juin 2021", "**Coordonnées**"), at a plain
 * one-line paragraph giving the update date ("Mise à jour le 2 juin 2022"),
 * and at a plain "Source de mise à jour : ..." or "Mots-clés : ..." line. */
static void split_bold_labels(struct pctx *c)
{
    struct psec *old = c->secs;
    size_t n_old = c->n_secs;
    c->secs = NULL;
    c->n_secs = c->cap_secs = 0;
    for (size_t si = 0; si < n_old; si++) {
        /* Lines go to the last section; new_section_kind may move the array.
         * Until a label splits the section, its lines stay where they are:
         * without a split, the whole array moves over at the end. */
        parse_new_section_kind(c, old[si].heading, old[si].line, old[si].kind)->hrefs =
            old[si].hrefs;
        bool split = false;
        for (size_t li = 0; li < old[si].n; li++) {
            struct text_line tl = old[si].lines[li];
            size_t strong = old[si].strong[li];
            const char *rest = tl.text + strong;
            size_t ulen = 0, plen = 0;
            bool one_line = tl.para_start && strong == 0 && !tl.item &&
                            (li + 1 == old[si].n || old[si].lines[li + 1].para_start);
            if (one_line && old[si].kind != SECTION_UPDATED &&
                update_line(c, tl.text, &ulen)) {
                /* "Mise à jour le 2 juin 2022": the label becomes the heading */
                strong = ulen;
                rest = tl.text + ulen;
            } else if (one_line && old[si].kind != SECTION_SOURCE &&
                       old[si].kind != SECTION_KEYWORDS &&
                       (plen = plain_closing_label(c, tl.text)) > 0) {
                /* read as if the label were bold */
                strong = plen;
                rest = tl.text + plen;
            }
            /* The cheap syntactic test first: folding the label is not. */
            if (tl.para_start && strong > 0 && !tl.item &&
                (ulen > 0 || tl.text[strong - 1] == ':' ||
                 rest[strspn(rest, " ")] == ':' || str_blank(rest))) {
                char *h = ulen ? xstrdup("Mise à jour") : label_heading(tl.text, strong);
                enum section_kind k = parse_section_kind_in(c, h);
                if (k != SECTION_OTHER && k != SECTION_KNOWN_PROSE) {
                    for (size_t x = 0; !split && x < li; x++)
                        parse_section_push(c, &c->secs[c->n_secs - 1], old[si].lines[x],
                                           old[si].strong[x]);
                    split = true;
                    parse_new_section_kind(c, h, tl.line, k);
                    rest += strspn(rest, " :");
                    if (str_blank(rest))
                        continue;
                    size_t r_len;
                    const char *r_at = str_trim_view(rest, &r_len);
                    char *r = arena_strndup(&c->mem, r_at, r_len);
                    /* Link ends count from the start of the line: make them
                     * count from the start of what is kept. */
                    const char *at = r[0] ? strstr(rest, r) : NULL;
                    size_t cut = (size_t)((at ? at : rest) - tl.text);
                    for (size_t k2 = 0; k2 < tl.n_links; k2++) {
                        size_t e = tl.links[k2].end;
                        e = e > cut ? e - cut : 0;
                        tl.links[k2].end = e > strlen(r) ? strlen(r) : e;
                    }
                    tl.text = r;
                    tl.para_start = true;
                    strong = 0;
                } else {
                    free(h);
                }
            }
            if ((ulen > 0 || plen > 0) && strong > 0)
                strong = 0; /* not split after all: no bold label */
            if (split)
                parse_section_push(c, &c->secs[c->n_secs - 1], tl, strong);
        }
        if (!split) {
            struct psec *s = &c->secs[c->n_secs - 1];
            s->lines = old[si].lines;
            s->strong = old[si].strong;
            s->n = old[si].n;
            s->cap = old[si].cap;
        }
    }
    free(old);
}

static void free_sections(struct pctx *c)
{
    /* The lines and their arrays are in c->mem. */
    for (size_t i = 0; i < c->n_secs; i++) {
        free(c->secs[i].heading);
        strlist_clear(&c->secs[i].hrefs);
    }
    free(c->secs);
    c->secs = NULL;
    c->n_secs = 0;
}

/* Prose of a section: lines of a paragraph joined by "\n", list items as
 * "- item" (indented by depth), written over c's note buffer; borrowed. */
static const char *section_text(struct pctx *c, const struct psec *s)
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
        parse_add_line_text(sb, tl, 0, SIZE_MAX);
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

/* Several people on one line, separated by ";": "M. Jean DUPONT, directeur ;
 * Mme Anne MARTIN, présidente". True (people added) only when every part
 * names a person; otherwise nothing is added and the line is read whole. */
static bool people_on_one_line(const struct text_line *tl, const struct extract_opts *o,
                               struct entry *e)
{
    if (!strchr(tl->text, ';'))
        return false;
    struct person found[8];
    struct diag_list d = {0};
    size_t n = 0;
    bool all = true;
    for (const char *p = tl->text; *p && all;) {
        size_t len = strcspn(p, ";");
        char *part = xstrndup(p, len);
        char *t = str_trim(part);
        free(part);
        if (n == 8 || !person_parse(t, tl->line, o, &found[n], &d))
            all = false;
        else
            n++;
        free(t);
        p += len;
        if (*p)
            p++;
    }
    if (!all || n < 2) {
        for (size_t i = 0; i < n; i++)
            person_clear(&found[i]);
        diag_list_clear(&d);
        return false;
    }
    for (size_t i = 0; i < n; i++)
        person_list_push(&e->people, found[i]);
    diag_move(&e->diags, &d);
    return true;
}

/* A line kept in NOTE under heading, with its links' targets. */
static void add_line_note(struct pctx *c, struct entry *e, const char *heading,
                          const struct text_line *tl)
{
    strbuf_reset(&c->note);
    parse_add_line_text(&c->note, tl, 0, SIZE_MAX);
    entry_add_note(e, heading, strbuf_str(&c->note));
}

/* A line that continues the previous person's line or list item and holds
 * only that person's phone or e-mail: "- Mme MARTIN, chargée de prévention"
 * then "06 39 98 70 12" or "Tél. : 06 …" or "martin@x.fr" under it. Only
 * inside the same list item, or for a line opening with the number itself.
 * True when the phones or e-mails were added to *p. */
static bool person_continuation(const struct text_line *tl, bool in_item,
                                const struct extract_opts *o, struct person *p,
                                struct diag_list *d)
{
    if (tl->para_start)
        return false;
    const char *t = tl->text;
    bool bare = ascii_isdigit((unsigned char)t[0]) || t[0] == '+';
    if (!tl->item && !in_item && !bare)
        return false;
    size_t span[2];
    char *mail = address_find_email(t, span);
    if (mail) {
        /* the e-mail alone, or after a short "E-mail :" label */
        char *after = str_trim(t + span[1]);
        bool alone = after[0] == '\0' && span[0] <= 12 &&
                     (span[0] == 0 || memchr(t, ':', span[0]) != NULL);
        free(after);
        if (alone && !strlist_contains(&p->emails, mail)) {
            strlist_push(&p->emails, mail);
            return true;
        }
        free(mail);
        return false;
    }
    const char *region = o && o->region ? o->region : "FR";
    struct phone_list got = {0};
    char *rest = NULL;
    struct diag_list w = {0};
    bool ok = phone_line(t, tl->line, region, &got, &w, &rest) && got.n > 0 && !rest;
    if (ok) {
        for (size_t i = 0; i < got.n; i++)
            phone_list_push(&p->phones, got.v[i]);
        free(got.v);
        diag_move(d, &w);
    } else {
        phone_list_clear(&got);
    }
    diag_list_clear(&w);
    free(rest);
    return ok;
}

static void do_people(struct pctx *c, const struct psec *s, const struct extract_opts *o,
                      struct entry *e)
{
    bool after_person = false, in_item = false;
    for (size_t i = 0; i < s->n; i++) {
        const struct text_line *tl = &s->lines[i];
        /* "[Contacter la MDPH](#)": a dead link alone names nobody */
        if (tl->n_links == 1 && (!tl->links[0].href[0] || tl->links[0].href[0] == '#') &&
            strcmp(tl->links[0].text, tl->text) == 0) {
            add_line_note(c, e, s->heading, tl);
            continue;
        }
        if (people_on_one_line(tl, o, e)) {
            after_person = false;
            continue;
        }
        struct person p = {0};
        if (person_parse(tl->text, tl->line, o, &p, &e->diags)) {
            person_list_push(&e->people, p);
            after_person = true;
            in_item = tl->item;
        } else if (after_person && e->people.n > 0 &&
                   person_continuation(tl, in_item, o, &e->people.v[e->people.n - 1],
                                       &e->diags)) {
            continue;
        } else {
            add_line_note(c, e, s->heading, tl);
            after_person = false;
        }
    }
}

static void do_updated(struct pctx *c, const struct psec *s, struct entry *e)
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
        if (m > 4 && (ascii_prefix_ci(s, "http") || ascii_prefix_ci(s, "www."))) {
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

static void do_source(struct pctx *c, const struct psec *s, struct entry *e)
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

static void do_keywords(const struct psec *s, struct entry *e)
{
    for (size_t i = 0; i < s->n; i++) {
        const struct text_line *tl = &s->lines[i];
        /* A keyword is its link's text; the target ("[santé](https://x)")
         * goes to NOTE: a URL holds "," and ";" that would cut it. */
        for (size_t k = 0; k < tl->n_links; k++)
            if (parse_link_live(tl, &tl->links[k])) {
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
            if (len > 0 && kw[len - 1] == '.')
                kw[--len] = '\0';
            if (kw[0] && !strlist_contains(&e->keywords, kw))
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
static void add_heading_links(struct entry *e, const struct psec *s)
{
    for (size_t i = 0; i < s->hrefs.n; i++) {
        char *t = xasprintf("Lien : <%s>", s->hrefs.v[i]);
        entry_add_note(e, s->heading, t);
        free(t);
    }
}

/* Whether a line starts with a postcode ("18000 BOURGES", "B-5000 Namur"). */
static bool postcode_start(const char *t)
{
    while (ascii_isupper((unsigned char)*t))
        t++;
    if (*t == '-')
        t++;
    size_t n = 0;
    while (ascii_isdigit((unsigned char)t[n]))
        n++;
    return n >= 4 && n <= 5 && t[n] == ' ';
}

/* Whether the lines under the title (no heading) look like a contact block:
 * a postcode line, an e-mail or a line holding ten digits or more. */
static bool opening_is_contact(const struct psec *s)
{
    for (size_t i = 0; i < s->n; i++) {
        const char *t = s->lines[i].text;
        if (postcode_start(t) || strchr(t, '@'))
            return true;
        size_t digits = 0;
        for (const char *p = t; *p; p++)
            digits += ascii_isdigit((unsigned char)*p) ? 1 : 0;
        if (digits >= 10)
            return true;
    }
    return false;
}

static void build_entry(struct pctx *c, const struct extract_opts *o, struct entry *e)
{
    /* Extract the contact block first: its place (country) sets the phone
     * region for the people of the entry. */
    struct extract_opts local = *o;
    /* Without a Coordonnées section, a section headed "Contact" (singular) is
     * the coordinates block: "## Contact" over the address and phones. */
    bool have_contact = false;
    for (size_t i = 0; i < c->n_secs; i++)
        have_contact = have_contact || c->secs[i].kind == SECTION_CONTACT;
    for (size_t i = 0; i < c->n_secs && !have_contact; i++) {
        const char *h = c->secs[i].heading;
        if (c->secs[i].kind == SECTION_CONTACTS &&
            strcmp(str_fold_key_to(&c->key, h, strlen(h)), "contact") == 0) {
            c->secs[i].kind = SECTION_CONTACT;
            have_contact = true;
        }
    }
    /* Still none: the lines right under the title, before any "## " heading,
     * are the coordinates when they hold a postcode line, a phone or an
     * e-mail. */
    if (!have_contact && c->n_secs > 0 && c->secs[0].heading[0] == '\0' &&
        opening_is_contact(&c->secs[0]))
        c->secs[0].kind = SECTION_CONTACT;
    for (size_t i = 0; i < c->n_secs; i++) {
        struct psec *s = &c->secs[i];
        if (s->kind == SECTION_CONTACT)
            address_extract(s->lines, s->n, s->heading, o, e);
    }
    const char *cc = e->adr.country_code;
    if (cc && (strcmp(cc, "BE") == 0 || strcmp(cc, "CH") == 0 || strcmp(cc, "LU") == 0 ||
               strcmp(cc, "MC") == 0))
        local.region = cc;

    for (size_t i = 0; i < c->n_secs; i++) {
        struct psec *s = &c->secs[i];
        enum section_kind kind = s->kind;
        if (s->n == 0 && kind != SECTION_OTHER && kind != SECTION_KNOWN_PROSE) {
            add_heading_links(e, s);
            continue;
        }
        switch (kind) {
        case SECTION_CONTACT:
            break;
        case SECTION_HOURS:
            if (e->hours_text) {
                /* A second opening section: keep it as prose. */
                entry_add_note(e, s->heading, section_text(c, s));
            } else {
                hours_extract(s->lines, s->n, e);
            }
            break;
        case SECTION_PEOPLE:
        case SECTION_CONTACTS:
            do_people(c, s, &local, e);
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
            if (s->n == 0 && s->heading[0] == '\0')
                break;
            if (s->heading[0] != '\0')
                diag_add(&e->diags, DIAG_WARNING, s->line, 0,
                         "unknown section \"%s\" kept in NOTE", s->heading);
            /* fall through */
        case SECTION_KNOWN_PROSE: {
            /* An empty section keeps its heading in NOTE ("## Objectifs"
             * with nothing under it), unless its links say something. */
            const char *t = section_text(c, s);
            if (t[0] || s->hrefs.n == 0)
                entry_add_note(e, s->heading, t);
            break;
        }
        }
        add_heading_links(e, s);
    }
}

int parse_entry(const struct raw_entry *raw, const char *source,
                const struct extract_opts *o, struct entry **out, struct fiche_error *err)
{
    *out = NULL;
    struct pctx c;
    memset(&c, 0, sizeof c);
    c.doc = raw->text;
    c.doc_len = raw->len;
    c.base_line = raw->line;
    c.strong_start = (size_t)-1;
    /* The lines' text is about as long as the entry's: one chunk holds it
     * and the sections' arrays most of the time. */
    arena_init(&c.mem, raw->len + 2048);
    /* The per-entry buffers start on the stack: most entries never outgrow
     * them. */
    char mem_cur[512], mem_title[256], mem_heading[256], mem_key[256], mem_note[1024];
    strbuf_init_with(&c.cur, mem_cur, sizeof mem_cur);
    strbuf_init_with(&c.title, mem_title, sizeof mem_title);
    strbuf_init_with(&c.heading, mem_heading, sizeof mem_heading);
    strbuf_init_with(&c.key, mem_key, sizeof mem_key);
    strbuf_init_with(&c.note, mem_note, sizeof mem_note);
    size_t cap = 64;
    c.line_starts = xmalloc(cap * sizeof *c.line_starts);
    c.line_starts[c.n_lines++] = 0;
    for (const char *p = raw->text, *end = raw->text + raw->len;
         (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++) {
        if (c.n_lines == cap) {
            cap *= 2;
            c.line_starts = xrealloc(c.line_starts, cap * sizeof *c.line_starts);
        }
        c.line_starts[c.n_lines++] = (size_t)(p - raw->text) + 1;
    }
    if (raw->len > 0xFFFFFFF0u) {
        free(c.line_starts);
        return fiche_error_set(err, FICHE_ELIMIT, source, raw->line, 0,
                               "entry too large for the Markdown parser");
    }

    int rc = parse_md_read(&c, raw->text, raw->len);
    int ret = 0;
    if (rc != 0) {
        ret = fiche_error_set(err, FICHE_EPARSE, source, raw->line, 0,
                              "the Markdown parser failed on this entry");
        goto out;
    }
    char *title = str_squeeze(strbuf_str(&c.title));
    if (!c.have_title || title[0] == '\0') {
        free(title);
        ret = fiche_error_set(err, FICHE_EPARSE, source, raw->line, 1,
                              "entry has no title (a \"# \" heading with the name)");
        goto out;
    }
    split_bold_labels(&c);
    struct entry *e =
        entry_new(source, c.title_line ? c.title_line : raw->line, raw->index);
    e->title = title;
    split_title(e);
    /* "# [Groupe X](https://groupe.example)": the target opens the NOTE. */
    for (size_t i = 0; i < c.title_hrefs.n; i++) {
        char *t = xasprintf("Lien : <%s>", c.title_hrefs.v[i]);
        entry_add_note(e, "", t);
        free(t);
    }
    build_entry(&c, o, e);
    *out = e;
out:
    free_sections(&c);
    strbuf_free(&c.cur);
    strbuf_free(&c.title);
    strbuf_free(&c.heading);
    strbuf_free(&c.key);
    strbuf_free(&c.note);
    free(c.open);
    arena_free(&c.mem); /* after free_sections: the lines, links, targets */
    strlist_clear(&c.title_hrefs);
    strlist_clear(&c.heading_hrefs);
    free(c.line_starts);
    return ret;
}

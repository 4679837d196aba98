/* Extract stage, first step: the kind of each section of an entry, from its
 * heading matched accent- and case-insensitively ("COORDONNEES", "**Coordonnées
 * :**"), which decides the extractor its lines go to; and new sections where a
 * paragraph opens with a label ("**Mise à jour :** juin 2021", "Mots-clés :
 * a, b", "Mise à jour le 2 juin 2022"). */
#include "extract/sections.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "base/text.h"
#include "base/util.h"
#include "extract/date.h"

/* Heading rules: a key equal to prefix, or starting with prefix and a space,
 * has the rule's kind. */
struct kind_rule {
    const char *prefix;
    enum section_kind kind;
};

/* The rules by first letter of the key, in their order of precedence within
 * each letter (a prefix rule only competes with rules of its own letter):
 * "contact et adresse ..." is a CONTACT heading before "contact ..." makes it
 * CONTACTS. */
static const struct kind_rule rules_a[] = {
    {"adresse", SECTION_CONTACT},       {"accueil du public", SECTION_HOURS},
    {"accueil", SECTION_HOURS},         {"actualise", SECTION_UPDATED},
    {"actualisee", SECTION_UPDATED},    {"actualisation", SECTION_UPDATED},
    {"activites", SECTION_KNOWN_PROSE},
};
static const struct kind_rule rules_c[] = {
    {"coordonnee", SECTION_CONTACT},
    {"coordonnees", SECTION_CONTACT},
    {"contact et adresse", SECTION_CONTACT},
    {"contact et horaires", SECTION_CONTACT},
    {"contacts et horaires", SECTION_CONTACT},
    {"contact", SECTION_CONTACTS},
    {"contacts", SECTION_CONTACTS},
};
static const struct kind_rule rules_d[] = {
    {"direction", SECTION_PEOPLE},
    {"dirigeant", SECTION_PEOPLE},
    {"dirigeants", SECTION_PEOPLE},
    {"date de mise a jour", SECTION_UPDATED},
    {"derniere mise a jour", SECTION_UPDATED},
    {"derniere actualisation", SECTION_UPDATED},
    {"date d actualisation", SECTION_UPDATED},
    {"date de maj", SECTION_UPDATED},
};
static const struct kind_rule rules_e[] = {
    {"ecoute telephonique", SECTION_HOURS},
    {"equipe de direction", SECTION_PEOPLE},
    {"equipe dirigeante", SECTION_PEOPLE},
};
static const struct kind_rule rules_h[] = {
    {"horaire", SECTION_HOURS},
    {"horaires", SECTION_HOURS},
    {"heures d ouverture", SECTION_HOURS},
};
static const struct kind_rule rules_i[] = {
    {"interlocuteur", SECTION_CONTACTS},
    {"interlocuteurs", SECTION_CONTACTS},
};
static const struct kind_rule rules_j[] = {
    {"jours et horaires", SECTION_HOURS},
};
static const struct kind_rule rules_l[] = {
    {"ligne d ecoute", SECTION_HOURS},
    {"ligne telephonique", SECTION_HOURS},
};
static const struct kind_rule rules_m[] = {
    {"mise a jour", SECTION_UPDATED}, {"mis a jour", SECTION_UPDATED},
    {"maj", SECTION_UPDATED},         {"mots clefs", SECTION_KEYWORDS},
    {"mots cles", SECTION_KEYWORDS},  {"mot clef", SECTION_KEYWORDS},
    {"mot cle", SECTION_KEYWORDS},    {"mots clef", SECTION_KEYWORDS},
    {"mots cle", SECTION_KEYWORDS},   {"missions", SECTION_KNOWN_PROSE},
};
static const struct kind_rule rules_n[] = {
    {"nature et statut", SECTION_KNOWN_PROSE},
    {"nature", SECTION_KNOWN_PROSE},
};
static const struct kind_rule rules_o[] = {
    {"ouverture", SECTION_HOURS},
    {"objectifs", SECTION_KNOWN_PROSE},
    {"objectif", SECTION_KNOWN_PROSE},
};
static const struct kind_rule rules_p[] = {
    {"permanence", SECTION_HOURS},
    {"permanences", SECTION_HOURS},
    {"personne responsable", SECTION_PEOPLE},
    {"personnes responsables", SECTION_PEOPLE},
    {"personne contact", SECTION_CONTACTS},
    {"personnes contact", SECTION_CONTACTS},
    {"personnes contacts", SECTION_CONTACTS},
    {"personne a contacter", SECTION_CONTACTS},
    {"personnes a contacter", SECTION_CONTACTS},
    {"public vise", SECTION_KNOWN_PROSE},
    {"public", SECTION_KNOWN_PROSE},
    {"presentation", SECTION_KNOWN_PROSE},
};
static const struct kind_rule rules_r[] = {
    {"responsable", SECTION_PEOPLE},
    {"responsables", SECTION_PEOPLE},
};
static const struct kind_rule rules_s[] = {
    {"source", SECTION_SOURCE},
    {"sources", SECTION_SOURCE},
    {"statut", SECTION_KNOWN_PROSE},
};

#define RULES(letter)                                                                    \
    {                                                                                    \
        rules_##letter, sizeof rules_##letter / sizeof rules_##letter[0]                 \
    }
static const struct {
    const struct kind_rule *v;
    size_t n;
} rules_by_letter[26] = {
    ['a' - 'a'] = RULES(a), ['c' - 'a'] = RULES(c), ['d' - 'a'] = RULES(d),
    ['e' - 'a'] = RULES(e), ['h' - 'a'] = RULES(h), ['i' - 'a'] = RULES(i),
    ['j' - 'a'] = RULES(j), ['l' - 'a'] = RULES(l), ['m' - 'a'] = RULES(m),
    ['n' - 'a'] = RULES(n), ['o' - 'a'] = RULES(o), ['p' - 'a'] = RULES(p),
    ['r' - 'a'] = RULES(r), ['s' - 'a'] = RULES(s),
};
#undef RULES

/* The kind of a heading from its str_fold_key key. */
enum section_kind section_kind_of_key(const char *k)
{
    if (!ascii_islower((unsigned char)k[0]))
        return SECTION_OTHER;
    const struct kind_rule *rules = rules_by_letter[k[0] - 'a'].v;
    size_t n_rules = rules_by_letter[k[0] - 'a'].n;
    /* Exact keys first, then "key ..." prefixes ("horaires d ouverture et
     * accueil du public", "objectifs et activites de l organisme"). */
    for (size_t i = 0; i < n_rules; i++)
        if (strcmp(k, rules[i].prefix) == 0)
            return rules[i].kind;
    if (!strchr(k, ' '))
        return SECTION_OTHER;
    for (size_t i = 0; i < n_rules; i++) {
        size_t n = strlen(rules[i].prefix);
        if (strncmp(k, rules[i].prefix, n) == 0 && k[n] == ' ')
            return rules[i].kind;
    }
    return SECTION_OTHER;
}

/* A heading that speaks of hours anywhere ("Emplacements et horaires de la
 * Courneuve Mobile", "Nos horaires"): the words, whole. */
static bool key_speaks_of_hours(const char *k)
{
    static const char *const words[] = {"horaires", "horaire", "heures d ouverture",
                                        "jours d ouverture", NULL};
    return str_key_has_any(k, words);
}

enum section_kind section_kind_of(const char *heading, struct strbuf *key)
{
    const char *k = str_fold_key_to(key, heading, strlen(heading));
    enum section_kind kind = section_kind_of_key(k);
    /* "Public Hours/Heures d'Ouverture": hours, not the public aimed at */
    bool public_only = kind == SECTION_KNOWN_PROSE && str_startswith(k, "public ") &&
                       !str_startswith(k, "public vise");
    return (kind == SECTION_OTHER || public_only) && key_speaks_of_hours(k)
               ? SECTION_HOURS
               : kind;
}

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

/* A plain one-line paragraph giving the update date: "Mise à jour le 2 juin
 * 2022", "Actualisé en 2019.", "MAJ : 03/2021", "Mise à jour en date du
 * 14/06/2022". Its label (up to the date, with ":" and "le"/"en"/"du"/"en date
 * du") is label_len bytes. True only when the line is
 * short and date_parse reads the rest. */
static bool update_line(struct strbuf *key, const char *text, size_t *label_len)
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
    if (ascii_isalnum(first) && !str_startswith_ci(text, "fiche ")) {
        bool may = false;
        for (size_t i = 0; !may && i < sizeof labels / sizeof labels[0]; i++)
            may = labels[i].key[0] == first;
        if (!may)
            return false;
    }
    const char *k = str_fold_key_to(key, text, strlen(text));
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
        if (str_startswith_ci((const char *)u + i, links[l])) {
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
static size_t plain_closing_label(struct strbuf *key, const char *text)
{
    if (!str_startswith_ci(text, "source") && !str_startswith_ci(text, "mot"))
        return 0;
    const char *colon = memchr(text, ':', strnlen(text, 40));
    if (!colon)
        return 0;
    const char *k = str_fold_key_to(key, text, (size_t)(colon - text));
    enum section_kind kind = section_kind_of_key(k);
    return kind == SECTION_SOURCE || kind == SECTION_KEYWORDS ? (size_t)(colon - text) + 1
                                                              : 0;
}

/* The sections being rebuilt: the document's new list and the kind of each. */
struct classify {
    struct document *doc;
    struct sections *out;
    struct strbuf *key;
};

static void add_section(struct classify *c, char *heading, int line,
                        enum section_kind kind)
{
    struct sections *o = c->out;
    document_add_section(c->doc, heading, line);
    if (o->n == o->cap) {
        o->cap = o->cap ? o->cap * 2 : 8;
        o->kind = xrealloc(o->kind, o->cap * sizeof *o->kind);
    }
    o->kind[o->n++] = kind;
}

static struct section *last_section(struct classify *c)
{
    return &c->doc->secs[c->doc->n_secs - 1];
}

/* The label that may open line li of s, a section of kind kind: the label
 * of a one-line paragraph giving the update date, bold or not (*update set),
 * else the bold label, else the label of a plain one-line paragraph opening
 * the source or keywords lines. Its byte length. */
static size_t line_label(struct classify *c, const struct section *s, size_t li,
                         enum section_kind kind, bool *update)
{
    const struct text_line *tl = &s->lines[li];
    size_t strong = s->strong[li], n = 0;
    *update = false;
    bool one_line =
        tl->para_start && !tl->item && (li + 1 == s->n || s->lines[li + 1].para_start);
    /* a bold label with its colon ("**Mots-clefs :** …") is read by its
     * words (label_kind): only one without colon may be an update's */
    const char *after = tl->text + strong;
    if (!one_line ||
        (strong && (tl->text[strong - 1] == ':' || after[strspn(after, " ")] == ':')))
        return strong;
    if (kind != SECTION_UPDATED && update_line(c->key, tl->text, &n)) {
        /* "Mise à jour le 2 juin 2022", "**Mis à jour le** 21/08/2013" */
        *update = true;
        return n;
    }
    if (strong)
        return strong;
    if (kind != SECTION_SOURCE && kind != SECTION_KEYWORDS)
        return plain_closing_label(c->key, tl->text);
    return 0;
}

/* The kind of the section that a label of `label` bytes opening tl starts,
 * with its heading in *heading; SECTION_OTHER (no new section) when the label
 * names none. The cheap syntactic test first: folding the label is not. */
static enum section_kind label_kind(struct classify *c, const struct text_line *tl,
                                    size_t label, bool update, char **heading)
{
    const char *rest = tl->text + label;
    *heading = NULL;
    if (!tl->para_start || label == 0 || tl->item ||
        !(update || tl->text[label - 1] == ':' || rest[strspn(rest, " ")] == ':' ||
          str_blank(rest)))
        return SECTION_OTHER;
    char *h = update ? xstrdup("Mise à jour") : label_heading(tl->text, label);
    enum section_kind k = section_kind_of(h, c->key);
    if (k == SECTION_OTHER || k == SECTION_KNOWN_PROSE) {
        free(h);
        return SECTION_OTHER;
    }
    *heading = h;
    return k;
}

/* The text of tl after its label as a line of its own, pushed to the last
 * section unless blank. Link ends count from the start of the line: they
 * are made to count from the start of what is kept. */
static void push_rest(struct classify *c, struct text_line tl, size_t label)
{
    const char *rest = tl.text + label;
    rest += strspn(rest, " :");
    if (str_blank(rest))
        return;
    size_t r_len;
    const char *r_at = str_trim_view(rest, &r_len);
    char *r = arena_strndup(&c->doc->mem, r_at, r_len);
    const char *at = r[0] ? strstr(rest, r) : NULL;
    size_t cut = (size_t)((at ? at : rest) - tl.text);
    for (size_t k = 0; k < tl.n_links; k++) {
        size_t e = tl.links[k].end;
        e = e > cut ? e - cut : 0;
        tl.links[k].end = e > strlen(r) ? strlen(r) : e;
    }
    tl.text = r;
    tl.para_start = true;
    section_push(c->doc, last_section(c), tl, 0);
}

/* Labels inside an opening section that name hours of another kind or who
 * receives: they qualify the hours under them. */
static bool sublabel_of_hours(enum section_kind k)
{
    return k == SECTION_HOURS || k == SECTION_CONTACTS || k == SECTION_PEOPLE;
}

/* Copy section s (of kind kind) to the new list, split where a line opens
 * with a label naming a known section. Until a label splits it, its lines
 * stay where they are: without a split, the whole array moves over. */
static void split_section(struct classify *c, struct section *s, enum section_kind kind)
{
    add_section(c, s->heading, s->line, kind);
    last_section(c)->hrefs = s->hrefs;
    bool split = false;
    for (size_t li = 0; li < s->n; li++) {
        bool update;
        size_t label = line_label(c, s, li, kind, &update);
        char *h;
        enum section_kind k = label_kind(c, &s->lines[li], label, update, &h);
        if (k != SECTION_OTHER && kind == SECTION_HOURS && sublabel_of_hours(k)) {
            /* "**Permanence sociale**", "**Contact du service social**" over
             * their hours: labels of the opening section, not sections */
            free(h);
            k = SECTION_OTHER;
        }
        if (k != SECTION_OTHER) {
            for (size_t x = 0; !split && x < li; x++)
                section_push(c->doc, last_section(c), s->lines[x], s->strong[x]);
            split = true;
            add_section(c, h, s->lines[li].line, k);
            push_rest(c, s->lines[li], label);
        } else if (split) {
            /* a plain label that opened nothing is no bold label */
            size_t strong = label == s->strong[li] ? label : 0;
            section_push(c->doc, last_section(c), s->lines[li], strong);
        }
    }
    if (!split) {
        struct section *n = last_section(c);
        n->lines = s->lines;
        n->strong = s->strong;
        n->n = s->n;
        n->cap = s->cap;
    }
}

void sections_classify(struct document *doc, struct sections *out, struct strbuf *key)
{
    struct section *old = doc->secs;
    size_t n_old = doc->n_secs;
    doc->secs = NULL;
    doc->n_secs = doc->cap_secs = 0;
    memset(out, 0, sizeof *out);
    struct classify c = {doc, out, key};
    for (size_t i = 0; i < n_old; i++)
        split_section(&c, &old[i], section_kind_of(old[i].heading, key));
    free(old);
}

void sections_free(struct sections *s)
{
    free(s->kind);
    memset(s, 0, sizeof *s);
}

bool section_heading_speaks_of_contact(const char *heading, struct strbuf *key)
{
    static const char *const words[] = {
        "contact",      "contacter",  "contactez", "contacts", "joindre",
        "coordonnees",  "coordonnee", "adresse",   "adresses", "acces",
        "localisation", "trouver",    "pratiques", "pratique", "telephone",
        "numero",       "numeros",    "appeler",   NULL};
    return str_key_has_any(str_fold_key_to(key, heading, strlen(heading)), words);
}

/* True when the fold key k holds a time: digits then "h", "heures" or
 * another group ("9 h", "9h30", "9 heures 30", "17 00" from "17:00"). */
static bool key_has_time(const char *k)
{
    for (const char *p = k; *p; p++) {
        if (!ascii_isdigit((unsigned char)*p) ||
            (p > k && ascii_isalnum((unsigned char)p[-1])))
            continue;
        const char *q = p;
        while (ascii_isdigit((unsigned char)*q))
            q++;
        if (q - p <= 2 &&
            (*q == 'h' ||
             (q[0] == ' ' && (q[1] == 'h' || ascii_isdigit((unsigned char)q[1])))))
            return true;
    }
    return false;
}

/* True when the fold key k names a day whole: "lundi", "mardis", "tous les
 * jours", "7j/7", "en semaine"... */
static bool key_has_day(const char *k)
{
    static const char *const days[] = {
        "lundi",       "mardi",           "mercredi",       "jeudi",      "vendredi",
        "samedi",      "dimanche",        "tous les jours", "lundis",     "mardis",
        "mercredis",   "jeudis",          "vendredis",      "samedis",    "dimanches",
        "7j 7",        "7 j 7",           "7 jours sur 7",  "en semaine", "week end",
        "chaque jour", "jours ouvrables", "jours ouvres",   NULL};
    return str_key_has_any(k, days);
}

/* True when the fold key of a line names a day and holds a time ("lundi ...
 * 9 h", "du mardi au vendredi de 9h30 a 12h", "tous les jours 17:00"). */
static bool key_has_day_and_time(const char *k)
{
    return key_has_time(k) && key_has_day(k);
}

bool line_holds_hours(const struct text_line *tl, struct strbuf *key)
{
    /* a time has digits: a line without any is not folded to see */
    if (!strpbrk(tl->text, "0123456789"))
        return false;
    return key_has_day_and_time(str_fold_key_to(key, tl->text, strlen(tl->text)));
}

bool section_holds_hours(const struct section *s, struct strbuf *key)
{
    for (size_t i = 0; i < s->n; i++)
        if (line_holds_hours(&s->lines[i], key))
            return true;
    return false;
}

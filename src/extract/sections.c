/* Part of the parse stage (parse.c): the kind of a section from its heading,
 * matched accent- and case-insensitively ("COORDONNEES", "Coordonnées :"),
 * which decides the extractor its lines go to. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "base/util.h"
#include "read/markdown.h"
#include "read/section.h"

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
    {"coordonnee", SECTION_CONTACT},         {"coordonnees", SECTION_CONTACT},
    {"contact et adresse", SECTION_CONTACT}, {"contact", SECTION_CONTACTS},
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
    ['j' - 'a'] = RULES(j), ['m' - 'a'] = RULES(m), ['n' - 'a'] = RULES(n),
    ['o' - 'a'] = RULES(o), ['p' - 'a'] = RULES(p), ['r' - 'a'] = RULES(r),
    ['s' - 'a'] = RULES(s),
};
#undef RULES

/* The kind of a heading from its str_fold_key key. */
enum section_kind parse_kind_of_key(const char *k)
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

enum section_kind parse_section_kind(const char *heading)
{
    char *k = str_fold_key(heading);
    enum section_kind kind = parse_kind_of_key(k);
    free(k);
    return kind;
}

/* The kinds of the headings this thread met last, by heading text as
 * written: a directory repeats the same dozen headings in every entry, and
 * folding a heading costs more than comparing it. Fixed size, no allocation
 * (nothing to free when the thread ends); longer headings are not kept. */
#define KIND_MEMO_SLOTS 16
#define KIND_MEMO_TEXT 64
static _Thread_local struct {
    unsigned char len; /* 0: empty slot */
    unsigned char kind;
    char text[KIND_MEMO_TEXT];
} kind_memo[KIND_MEMO_SLOTS];

/* parse_section_kind with the entry's scratch buffer and the memo. */
enum section_kind parse_section_kind_in(struct pctx *c, const char *heading)
{
    size_t n = strlen(heading);
    if (n == 0 || n >= KIND_MEMO_TEXT)
        return parse_kind_of_key(str_fold_key_to(&c->key, heading, n));
    const unsigned char *u = (const unsigned char *)heading;
    unsigned slot =
        (unsigned)(n * 7 + u[0] + u[n / 2] * 3 + u[n - 1] * 5) % KIND_MEMO_SLOTS;
    if (kind_memo[slot].len == n && memcmp(kind_memo[slot].text, heading, n) == 0)
        return (enum section_kind)kind_memo[slot].kind;
    enum section_kind kind = parse_kind_of_key(str_fold_key_to(&c->key, heading, n));
    kind_memo[slot].len = (unsigned char)n;
    kind_memo[slot].kind = (unsigned char)kind;
    memcpy(kind_memo[slot].text, heading, n);
    return kind;
}

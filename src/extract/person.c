/* Extractor of the people sections (after parse, before the writers): one
 * line -> civility, given and family names, title, and the person's own
 * phones and e-mails. The name and its case rules: person_name.c. */
#include "extract/person_int.h"

#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "base/text.h"
#include "base/util.h"
#include "extract/address.h"
#include "extract/phone.h"

/* ------------------------------------------------------------------ */
/* The line                                                             */

/* Label words that may precede the person's own phone or e-mail, and the
 * words of a sentence that leads to them ("… à l'adresse x@…", "joignable
 * au 06 …"). */
static const char *const contact_words[] = {
    "tel",      "tél",       "tél.",      "tel.",      "téléphone", "telephone",
    "portable", "mobile",    "gsm",       "fax",       "ligne",     "directe",
    "e-mail",   "email",     "mail",      "courriel",  "mél",       "mel",
    "ou",       "et",        "à",         "au",        "par",       "via",
    "adresse",  "l'adresse", "l’adresse", "joignable", NULL};

static bool is_sep_byte(char c)
{
    return c == ' ' || strchr(":,;/.-(&", c) != NULL;
}

/* True when s[m - 1] is the final dot of a dotted abbreviation, which
 * stays: "ergothérapeute D.E.". */
static bool acronym_dot(const char *s, size_t m)
{
    if (m < 3 || s[m - 1] != '.' || !ascii_isalpha((unsigned char)s[m - 2]))
        return false;
    for (size_t i = m - 2; i > 0 && s[i - 1] != ' '; i--)
        if (s[i - 1] == '.')
            return true;
    return false;
}

/* Strip trailing separators, dashes and contact labels from s (in place). */
static void strip_tail(char *s)
{
    for (;;) {
        size_t n = strlen(s);
        size_t m = n;
        while (m > 0 && is_sep_byte(s[m - 1]) && !acronym_dot(s, m))
            m--;
        /* "–" and "—" are three bytes */
        while (m >= 3 &&
               ((unsigned char)s[m - 3] == 0xE2 && (unsigned char)s[m - 2] == 0x80 &&
                ((unsigned char)s[m - 1] == 0x93 || (unsigned char)s[m - 1] == 0x94))) {
            m -= 3;
            while (m > 0 && is_sep_byte(s[m - 1]))
                m--;
        }
        s[m] = '\0';
        size_t ws = m;
        /* "(tél." is the label "tél." after an opening bracket */
        while (ws > 0 && s[ws - 1] != ' ' && s[ws - 1] != ',' && s[ws - 1] != ':' &&
               s[ws - 1] != '(')
            ws--;
        char lw[LOWER_CAP];
        bool label = person_lower_word(s + ws, lw) && str_key_is_any(lw, contact_words);
        /* "port." for portable, only as a piece of its own: ", port." (a
         * title may end with the word: "capitaine du port") */
        size_t before = ws;
        while (before > 0 && s[before - 1] == ' ')
            before--;
        if (!label && strcmp(lw, "port") == 0 &&
            (before == 0 || s[before - 1] == ',' || s[before - 1] == '('))
            label = true;
        if (label && ws < m)
            s[ws] = '\0';
        if (strlen(s) == n)
            return;
    }
}

/* True when the folded key has at most three words. */
static bool key_words_short(const char *key)
{
    size_t n = key[0] != '\0';
    for (const char *p = key; *p; p++)
        n += *p == ' ';
    return n <= 3;
}

/* Label written before a number: "tél. : 06 ..." -> "tél.". NULL if the
 * words before it are no phone label. */
static char *phone_label(const char *s, size_t start, size_t floor)
{
    size_t e = start;
    while (e > floor && (s[e - 1] == ' ' || s[e - 1] == ':'))
        e--;
    size_t b = e;
    while (b > floor && !strchr(",;(:/", s[b - 1]))
        b--;
    if (b == e)
        return NULL;
    char *l = xstrndup(s + b, e - b);
    char *t = str_trim(l);
    free(l);
    bool known = false;
    char *k = str_fold_key(t);
    /* only short labels: a title such as "conseillère ..." is no label */
    if (key_words_short(k))
        phone_kind_from_label(t, &known);
    free(k);
    if (!known) {
        free(t);
        return NULL;
    }
    return t;
}

/* Title as written: "(président)" -> "président"; NULL when empty. */
static char *clean_title(const char *s)
{
    char *t = str_trim(s);
    size_t n = strlen(t);
    if (n > 0 && t[n - 1] == ')' && !strchr(t, '('))
        t[--n] = '\0';
    if (n > 1 && t[0] == '(' && t[n - 1] == ')') {
        t[--n] = '\0';
        memmove(t, t + 1, n);
    }
    strip_tail(t);
    char *r = str_trim(t);
    free(t);
    if (r[0] == '\0') {
        free(r);
        return NULL;
    }
    return r;
}

/* One piece of the rest of a line, between the phones and e-mails taken
 * out: the separators, brackets and contact labels around it removed
 * ("), présent le mardi" -> "présent le mardi", "(tél. " -> ""). Heap string,
 * possibly empty. */
static char *clean_piece(const char *s)
{
    char *t = xstrdup(s);
    for (;;) {
        size_t n = strlen(t);
        size_t i = 0;
        for (;;) {
            if (t[i] != '\0' && strchr(" ,;:./-)", t[i])) {
                i++;
            } else if ((unsigned char)t[i] == 0xE2 && (unsigned char)t[i + 1] == 0x80 &&
                       ((unsigned char)t[i + 2] == 0x93 ||
                        (unsigned char)t[i + 2] == 0x94)) {
                i += 3; /* "–", "—" */
            } else {
                break;
            }
        }
        memmove(t, t + i, n - i + 1);
        strip_tail(t);
        n = strlen(t);
        bool open = strchr(t, '(') != NULL;
        if (n > 0 && t[n - 1] == ')' && !open) {
            t[n - 1] = '\0'; /* "présent le mardi)" */
        } else if (n > 1 && t[0] == '(' && t[n - 1] == ')' &&
                   strchr(t + 1, '(') == NULL) {
            /* "(sur rendez-vous)" */
            t[n - 1] = '\0';
            memmove(t, t + 1, n - 1);
        }
        if (strlen(t) == n)
            break;
    }
    return t;
}

/* What the line says besides the person's name, title, phones and e-mails:
 * s from cut on, without the byte ranges in gone (phones, e-mails), each
 * piece cleaned of labels and punctuation, pieces joined with ", ". "(tél.
 * 01 42 34 56 78, jean.dupont@x.fr), présent le mardi" -> "présent le mardi".
 * NULL when nothing is left. */
static char *line_rest(const char *s, size_t cut, const bool *gone)
{
    struct strbuf out = STRBUF_INIT;
    size_t n = strlen(s);
    for (size_t i = cut; i < n;) {
        if (gone[i]) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < n && !gone[j])
            j++;
        char *raw = xstrndup(s + i, j - i);
        char *piece = clean_piece(raw);
        free(raw);
        if (piece[0] != '\0') {
            if (out.len)
                strbuf_puts(&out, ", ");
            strbuf_puts(&out, piece);
        }
        free(piece);
        i = j;
    }
    if (out.len == 0) {
        strbuf_free(&out);
        return NULL;
    }
    return strbuf_detach(&out);
}

bool person_generic_label(const char *a)
{
    static const char *const generic[] = {"contact",
                                          "contacts",
                                          "interlocuteur",
                                          "interlocutrice",
                                          "personne a contacter",
                                          "personne de reference",
                                          "referent",
                                          "referente",
                                          NULL};
    return str_folds_to_any(a, generic);
}

bool person_roll_call(const char *a)
{
    static const char *const words[] = {
        "present",  "presents", "presente", "presentes", "excuse",   "excuses", "excusee",
        "excusees", "absent",   "absents",  "absente",   "absentes", NULL};
    return str_folds_to_any(a, words);
}

/* The words a role opens with, folded: matched at the start of the title. */
/* clang-format off */
static const char *const roles[] = {
    "direct",        "presid",        "vice presid",   "respons",       "coordin",
    "secretaire",    "tresori",       "chef",          "charge",        "delegue",
    "conseill",      "adjoint",       "assistant",     "animat",        "gerant",
    "maire",         "bourgmestre",   "echevin",       "medecin",       "infirmi",
    "psycholog",     "educat",        "referent",      "benevole",      "fondat",
    "administrat",   "concierge",     "gestionnaire",  "accompagn",     "intervenant",
    "juriste",       "avocat",        "mediat",        "travailleu",    "agent",
    "cadre",         "comptable",     "bibliothec",    "documentaliste", "pharmacien",
    "sage femme",    "pasteur",       "cure",          "consul",        "ambassad",
    "attache",       "greffi",        "porte parole",  "membre",        "elu",
    "ingenieur",     "technicien",    "enseignant",    "professeur",    "manager",
    "superviseur",   "capitaine",     "commandant",    "fonctionnaire", "represent",
    "correspond",    "collaborat",    "commissaire",   "inspect",       "officier",
    "formateur",     "formatrice",    "ecoutant",      "stagiaire",     "volontaire",
    "prepose",       "employe",       "hotesse",       "commis",        "boursi",
    "syndic",        "abbe",          "pretre",        "diacre",        "aumonier",
    "rabbin",        "imam",          "conciliat",     "notaire",       "huissier",
    "ecrivain",      "psychiatre",    "psychotherap",  "orthophon",     "dieteti",
    "puericult",     "ergotherap",    "kinesither",    "conservat",     "archiviste",
    "regisseu",      "prefet",        "sous prefet",   "depute",        "senat",
    "accueillant",   "intendant",     "proviseur",     NULL
};
/* clang-format on */

/* Past a rank before a role, in the folded key k: "premiere echevine", "1er
 * adjoint", "2eme vice presidente", "deuxieme adjoint". */
static const char *past_rank(const char *k)
{
    static const char *const ranks[] = {
        "premier ",   "premiere ",  "second ",    "seconde ", "deuxieme ",
        "troisieme ", "quatrieme ", "cinquieme ", "sixieme ", NULL};
    for (size_t i = 0; ranks[i]; i++)
        if (str_startswith(k, ranks[i]))
            return k + strlen(ranks[i]);
    size_t d = strspn(k, "0123456789");
    if (d == 0 || d > 2)
        return k;
    static const char *const marks[] = {
        "er ", "re ",  "ere ", "e ", "eme ",
        "nd ", "nde ", "d ",   NULL}; /* "1er", "2e", "2ème", "2nd" */
    for (size_t i = 0; marks[i]; i++)
        if (str_startswith(k + d, marks[i]))
            return k + d + strlen(marks[i]);
    return k;
}

/* True when the title s opens with a role ("directrice départementale",
 * "président", "chargée de mission"): it vouches, as a civility does, for the
 * name in natural case before it ("Aurélie Robic, directrice"). Compared
 * folded, as word beginnings (masculine and feminine forms). */
/* Whether the folded key k opens with one of the roles. */
static bool opens_role(const char *k)
{
    for (size_t i = 0; roles[i]; i++)
        if (k[0] == roles[i][0] && strncmp(k, roles[i], strlen(roles[i])) == 0)
            return true;
    return false;
}

bool person_role_title(const char *s)
{
    /* The roles are matched at the start of the key, and none is longer
     * than 16 bytes: the key of the first 64 bytes (a prefix of the whole
     * key) decides when it is that long, and people's lines can be long. */
    char mem[17 * 64 + 1]; /* str_fold_key_to's room for 64 bytes */
    struct strbuf key;
    strbuf_init_with(&key, mem, sizeof mem);
    size_t n = strlen(s), cut = n > 64 ? 64 : n;
    while (cut < n && cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80)
        cut--;
    const char *k = str_fold_key_to(&key, s, cut);
    if (cut < n && key.len < 16)
        k = str_fold_key_to(&key, s, n);
    /* "Christophe Augias, le directeur de la bibliothèque" */
    /* "l'un des accueillants": one of a team */
    static const char *const articles[] = {
        "l un des ", "l une des ", "un des ", "une des ", "le ", "la ",
        "l ",        "les ",       "notre ",  "son ",     "sa ", NULL};
    for (size_t i = 0; articles[i]; i++)
        if (str_startswith(k, articles[i])) {
            k += strlen(articles[i]);
            break;
        }
    k = past_rank(k);
    if (str_startswith(k, "co ")) /* "co-présidente", "co-fondateur" */
        k += 3;
    /* "coprésidents", "coresponsables": the prefix without its hyphen */
    bool found =
        opens_role(k) || (str_startswith(k, "co") && k[2] != 'o' && opens_role(k + 2));
    strbuf_free(&key);
    return found;
}

/* Earliest separator between a name and a title in s: ", ", " – ", ":",
 * " (" ...; sets *len and returns its offset, or -1. */
static long find_sep(const char *s, size_t *len)
{
    static const char *const seps[] = {", ", " – ", " — ", " - ", " : ",
                                       ": ", ":",   " (",  "; ",  " / "};
    /* the earliest place where one starts, and there the first of the table:
     * each starts with one of ", :;" */
    for (const char *p = strpbrk(s, ", :;"); p; p = strpbrk(p + 1, ", :;"))
        for (size_t i = 0; i < sizeof seps / sizeof seps[0]; i++)
            if (seps[i][0] == p[0]) {
                size_t k = 1;
                while (seps[i][k] && p[k] == seps[i][k])
                    k++;
                if (!seps[i][k]) {
                    *len = k;
                    return p - s;
                }
            }
    return -1;
}

/* The role in a label after a lead-in that ends with an article
 * ("Renseignements auprès de la responsable du Pôle Jeunesse" ->
 * "responsable du Pôle Jeunesse"), or NULL. */
static const char *role_after_article(const char *a)
{
    static const char *const articles[] = {"le ", "la ",           "les ",
                                           "l'",  "l\xE2\x80\x99", NULL};
    for (const char *p = strchr(a, ' '); p; p = strchr(p + 1, ' '))
        for (size_t i = 0; articles[i]; i++) {
            const char *w = p + 1;
            if (!str_startswith_ci(w, articles[i]))
                continue;
            w += strlen(articles[i]);
            if (person_role_title(w))
                return w;
        }
    return NULL;
}

/* The role in a label before the name: all of a when it is one, else past
 * a lead-in that ends with an article (role_after_article; as "Contact :",
 * the lead-in only says whom to ask); a label without such a role is all
 * of a. */
static const char *role_in_label(const char *a)
{
    if (person_role_title(a))
        return a;
    const char *r = role_after_article(a);
    return r ? r : a;
}

/* The role in label a (role_in_label), and in *lead the lead-in left before
 * it ("Renseignements auprès de la"), kept for the person's NOTE; NULL when
 * none. */
static const char *label_role(const char *a, char **lead)
{
    const char *r = role_in_label(a);
    if (r != a && !*lead) {
        char *t = xstrndup(a, (size_t)(r - a));
        *lead = str_trim(t);
        free(t);
    }
    return r;
}

/* The count of words of s. */
static size_t words_of(const char *s)
{
    size_t n = 0;
    for (const char *p = s + strspn(s, " "); *p; p += strspn(p, " ")) {
        n++;
        p += strcspn(p, " ");
    }
    return n;
}

/* The name that opens b, two to four words (a civility too) followed by
 * words in lower case about the person ("Engelbert Cottenoir est membre du
 * syndicat …", "Guy Gingras du STT …") or by the end of its sentence ("Mme
 * Annette Magnollay. Elle est …"), vouched for by the role before it: into
 * nm, the words after it into *rest (new string). False when b opens with
 * none. */
static bool name_then_prose(const char *b, struct name *nm, char **rest)
{
    const char *end[5] = {0};
    size_t words = 0, stop = 0; /* stop: words up to a sentence's end */
    for (const char *p = b; *p && words < 5 && !stop;) {
        const char *w = p;
        p += strcspn(p, " ");
        end[words++] = p;
        if (p - w > 2 && p[-1] == '.')
            stop = words;
        p += strspn(p, " ");
    }
    for (size_t k = stop ? stop : words < 5 ? words - 1 : 4; k >= 2 && k < 5; k--) {
        size_t i = (size_t)(end[k - 1] - b) + 1;
        if (k != stop && (k >= words || !text_is_lower(text_next_cp(b, &i))))
            continue;
        char *head = xstrndup(b, (size_t)(end[k - 1] - b) - (k == stop));
        bool ok = person_parse_name_v(head, nm, true);
        free(head);
        if (ok) {
            *rest = str_trim(end[k - 1]);
            return true;
        }
    }
    return false;
}

/* more (taken; may be NULL) joined to the words kept for the person's note
 * in *lead: before them when first, else after, "; " between. */
static void join_lead(char **lead, char *more, bool first)
{
    if (!more)
        return;
    if (*lead) {
        char *both =
            first ? xasprintf("%s ; %s", more, *lead) : xasprintf("%s ; %s", *lead, more);
        free(*lead);
        free(more);
        more = both;
    }
    *lead = more;
}

/* Whether a, before a comma, is a role ("Sa secrétaire", "et le
 * trésorier"); *memo caches the answer (-1: not asked yet). */
static bool role_before(const char *a, int *memo)
{
    if (*memo < 0)
        *memo = person_role_title(a) || role_after_article(a) != NULL;
    return *memo;
}

/* Name and title of the line without its phones and e-mails, and the
 * lead-in of a label before the title (*lead); vouched: a name alone is
 * taken in natural case without a civility. */
static bool split_person(const char *main, bool vouched, struct name *nm, char **title,
                         char **lead)
{
    *title = NULL;
    *lead = NULL;
    size_t sl = 0;
    long p = find_sep(main, &sl);
    if (p < 0)
        return person_parse_name_v(main, nm, vouched);
    char *a = xstrndup(main, (size_t)p);
    const char *b = main + p + sl;
    bool ok = false;
    /* a label before ":" names the role: "Directrice : Claire Dupuis" */
    bool colon = strchr(main + p, ':') && (size_t)(strchr(main + p, ':') - main) < p + sl;
    bool generic = colon && person_generic_label(a);
    /* "Excusé : Mr Hazza": no title, what the label says to the note */
    if (colon && person_roll_call(a)) {
        generic = true;
        *lead = str_trim(a);
    }
    size_t sl2 = 0;
    long p2 = find_sep(b, &sl2);
    /* "Contact : Sandrine CAPONY, Directrice": the role after the name */
    bool role_after = p2 > 0 && person_role_title(b + p2 + sl2);
    /* "Maire : Léon BERTRAND (Droite)": the parenthesis is no part of the name */
    bool paren_after = p2 > 0 && b[p2 + 1] == '(';
    /* "Bernard Bouvret : Vice-président": a role after the colon vouches
     * for the name before it, unless that is a role too ("Directrice
     * Générale : Claire Dupuis") */
    bool name_first = colon ? person_role_title(b) && !person_role_title(a)
                            : vouched || person_role_title(b);
    /* "Sa secrétaire, Rose Marie Müller": a role before the comma vouches
     * for the name after it, as a label's colon does (asked once, when
     * the name is not before it) */
    int role_first = colon ? 0 : -1;
    char *rest = NULL;
    if (person_parse_name_v(a, nm, name_first)) {
        *title = clean_title(b);
        ok = true;
    } else if (words_of(b) > 4 && role_before(a, &role_first) &&
               name_then_prose(b, nm, &rest)) {
        /* "et le trésorier, Guy Gingras du STT CSSS Domaine-du-Roy": a
         * name has four words at most, the rest is about the person */
        *title = clean_title(label_role(a, lead));
        ok = true;
    } else if (!role_after && !paren_after &&
               person_parse_name_v(b, nm, colon || role_before(a, &role_first))) {
        /* "Président : M. Jean DE LA TOUR", "Directrice : Claire Dupuis" */
        *title = generic ? NULL : clean_title(label_role(a, lead));
        ok = true;
    } else {
        if (p2 > 0) {
            char *b1 = xstrndup(b, (size_t)p2);
            if (person_parse_name_v(b1, nm, colon)) {
                char *t = generic ? xstrdup(b + p2 + sl2)
                          : paren_after
                              ? xasprintf("%s (%s", label_role(a, lead), b + p2 + sl2)
                              : xasprintf("%s, %s", label_role(a, lead), b + p2 + sl2);
                *title = clean_title(t);
                free(t);
                ok = true;
            }
            free(b1);
        }
        /* "le président, Engelbert Cottenoir est membre du syndicat …" */
        if (!ok && role_before(a, &role_first) && name_then_prose(b, nm, &rest)) {
            *title = clean_title(label_role(a, lead));
            ok = true;
        }
    }
    join_lead(lead, rest, false);
    free(a);
    return ok;
}

/* Where a civility opens a name inside s, after words that are not one
 * ("Conseil de direction M. Yves DELUZ, directeur": a label whose line
 * break was lost), or 0. */
static size_t civility_inside(const char *s)
{
    static const char *const civ[] = {" M. ",       " Mme ", " Madame ",
                                      " Monsieur ", " Dr ",  NULL};
    size_t best = 0;
    for (size_t i = 0; civ[i]; i++) {
        const char *p = strstr(s, civ[i]);
        if (p && (best == 0 || (size_t)(p - s) < best))
            best = (size_t)(p - s) + 1;
    }
    return best > 0 && !strpbrk(s, "0123456789") ? best : 0;
}

/* split_person, and when the line is not so: the name after a civility
 * inside it, the words before it the lead-in ("Conseil de direction M.
 * Yves DELUZ, directeur"); a name in natural case and a role written after
 * it without a separator ("Monique Kieffer directrice de la Bibliothèque
 * nationale"). */
static bool split_person_any(const char *main, bool vouched, struct name *nm,
                             char **title, char **lead)
{
    if (split_person(main, vouched, nm, title, lead))
        return true;
    size_t c = civility_inside(main);
    if (c > 0 && split_person(main + c, vouched, nm, title, lead)) {
        char *before = xstrndup(main, c);
        join_lead(lead, str_trim(before), true);
        free(before);
        return true;
    }
    char *rest = NULL;
    if (find_sep(main, &(size_t){0}) < 0 && name_then_prose(main, nm, &rest)) {
        if (person_role_title(rest)) {
            *title = clean_title(rest);
            free(rest);
            return true;
        }
        free(nm->given);
        free(nm->family_raw);
        free(rest);
    }
    return false;
}

/* A given name alone and its role after it ("Fabrice, président", "Mado,
 * la présidente du club", "Fred secrétaire adjoint"): the name in nm and
 * the role in *title (new string); false, nothing set, when the line is
 * not so. */
static bool split_first_name(const char *main, struct name *nm, char **title)
{
    size_t w = strcspn(main, " ,:;("), sl = 0;
    const char *rest = main + w;
    rest += find_sep(rest, &sl) == 0 ? sl : strspn(rest, " ");
    *title = NULL;
    /* the role in lower case, as such a list writes it: most lines are
     * dismissed before folding ("Jean DUPONT, directeur") */
    size_t at = 0;
    if (w == 0 || !text_is_lower(text_next_cp(rest, &at)) || !person_role_title(rest))
        return false;
    char *word = xstrndup(main, w);
    bool ok = person_parse_first_name(word, nm);
    free(word);
    if (ok)
        *title = clean_title(rest);
    return ok;
}

bool person_first_name_line(const char *t)
{
    struct name nm;
    char *title;
    if (!split_first_name(t, &nm, &title))
        return false;
    free(nm.family_raw);
    free(title);
    return true;
}

/* Whether the line's own number or e-mail vouches for a name written
 * before it without civility or capitals: a mobile ("Pierre Nivois : 06 82
 * …"), or an e-mail whose local part holds a word of the name ("Jean
 * Dupont – jean.dupont@…"); not a landline ("Urgences pédiatriques : 05 …"). */
static bool personal_contact(const char *name, const struct phone_list *phones,
                             const struct strlist *emails)
{
    for (size_t i = 0; i < phones->n; i++)
        if (phones->v[i].kind == PHONE_CELL)
            return true;
    if (emails->n == 0)
        return false;
    bool found = false;
    char *words = str_fold_key(name);
    struct strbuf local = STRBUF_INIT;
    for (size_t i = 0; i < emails->n && !found; i++) {
        const char *e = emails->v[i], *at = strchr(e, '@');
        const char *k = str_fold_key_to(&local, e, at ? (size_t)(at - e) : strlen(e));
        for (const char *w = words; *w && !found;) {
            size_t n = strcspn(w, " ");
            char word[64];
            if (n >= 3 && n < sizeof word) {
                memcpy(word, w, n);
                word[n] = '\0';
                found = strstr(k, word) != NULL;
            }
            w += n + (w[n] == ' ');
        }
    }
    strbuf_free(&local);
    free(words);
    return found;
}

/* The numbers of line s (eight digits or more) read in region into phones,
 * their bytes marked in gone, *cut moved back to the first; a number valid
 * nowhere is warned about in warn. */
static void person_numbers(const char *s, int line, const char *region, size_t *cut,
                           bool *gone, struct phone_list *phones, struct diag_list *warn)
{
    size_t a, b, floor = 0, from = 0;
    while (phone_find_in(s, from, region, NULL, &a, &b)) {
        size_t digits = 0;
        for (size_t i = a; i < b; i++)
            digits += ascii_isdigit((unsigned char)s[i]);
        if (digits >= 8) {
            if (a < *cut)
                *cut = a;
            for (size_t i = a; i < b; i++)
                gone[i] = true;
            char *num = xstrndup(s + a, b - a);
            char *label = phone_label(s, a, floor);
            struct phone ph;
            if (phone_parse(num, label, region, line, &ph) == 0) {
                phone_list_push(phones, ph);
            } else {
                diag_add(warn, DIAG_WARNING, line, 0, "phone number not valid: %s", num);
                phone_clear(&ph);
            }
            free(num);
            free(label);
            floor = b;
        }
        from = b > from ? b : from + 1;
    }
}

/* How a line's name is read: as written (a civility or capitals say it is
 * one), vouched for by what is around it (natural case without a
 * civility), or as a given name alone before its role (a board listed by
 * first names). */
enum name_reading { NAME_PLAIN, NAME_VOUCHED, NAME_FIRST };

/* A line that opens with a dash or a bullet written as text ("– Pascale
 * DUBOSCQ au 06 …", "• Mme X"), and the "ou" or "et" of a list going on
 * after it ("– ou Jacky GAILLET au 06 …"): the name starts past them. */
static const char *past_bullet(const char *s)
{
    if ((unsigned char)s[0] != 0xE2 && (unsigned char)s[0] != 0xC2)
        return s; /* every mark opens with one of these bytes */
    static const char *const marks[] = {"\xE2\x80\x93 ", "\xE2\x80\x94 ", "\xE2\x80\xA2 ",
                                        "\xC2\xB7 ", NULL};
    size_t i = 0;
    while (marks[i] && strncmp(s, marks[i], strlen(marks[i])) != 0)
        i++;
    if (!marks[i])
        return s;
    s += strlen(marks[i]);
    while (*s == ' ')
        s++;
    if ((strncmp(s, "ou ", 3) == 0 || strncmp(s, "et ", 3) == 0) &&
        ascii_isupper((unsigned char)s[3]))
        s += 3;
    return s;
}

/* Whether s[i] opens a parenthesis glued to the word before it and
 * holding words in lower case: "YON(chargée du réseau)", not "Anne(Annie)"
 * nor a word's ending ("Président(e)"). */
static bool glued_paren(const char *s, size_t i)
{
    if (i == 0 || s[i] != '(' || !ascii_isalpha((unsigned char)s[i - 1]) ||
        !(ascii_islower((unsigned char)s[i + 1]) || (unsigned char)s[i + 1] == 0xC3))
        return false;
    size_t n = strcspn(s + i, ")");
    return memchr(s + i, ' ', n) != NULL;
}

/* The text of a person's line as read: past a bullet, blanks squeezed, a
 * space before a parenthesis glued to a word ("Sylvie YON(chargée du
 * réseau)", a page flattened from print). Heap string. */
static char *person_text(const char *text)
{
    char *s = str_squeeze(past_bullet(text));
    size_t glued = 0;
    for (const char *p = strchr(s, '('); p; p = strchr(p + 1, '('))
        glued += glued_paren(s, (size_t)(p - s));
    if (!glued)
        return s;
    char *u = xmalloc(strlen(s) + glued + 1), *w = u;
    for (size_t i = 0; s[i]; i++) {
        if (glued_paren(s, i))
            *w++ = ' ';
        *w++ = s[i];
    }
    *w = '\0';
    free(s);
    return u;
}

size_t person_emails(const char *s, struct strlist *emails, size_t *cut, bool *gone)
{
    size_t span[2], from = 0, n = 0;
    char *m;
    while ((m = address_find_email(s + from, span)) != NULL) {
        if (cut && from + span[0] < *cut)
            *cut = from + span[0];
        for (size_t i = from + span[0]; gone && i < from + span[1]; i++)
            gone[i] = true;
        if (strlist_contains(emails, m))
            free(m);
        else
            strlist_push(emails, m);
        from += span[1];
        n++;
    }
    return n;
}

static bool parse_person(const char *text, int line, const struct extract_opts *o,
                         enum name_reading how, struct person *out, struct diag_list *d)
{
    char *s = person_text(text);
    if (str_blank(s)) {
        free(s);
        return false;
    }
    size_t cut = strlen(s);
    struct strlist emails = {0};
    struct phone_list phones = {0};
    struct diag_list warn = {0};

    bool *gone = xcalloc(cut + 1, sizeof *gone); /* bytes of phones and e-mails */
    person_emails(s, &emails, &cut, gone);
    person_numbers(s, line, o && o->region ? o->region : "FR", &cut, gone, &phones,
                   &warn);

    char *main = xstrndup(s, cut);
    strip_tail(main);
    struct name nm;
    char *title = NULL, *lead = NULL;
    bool ok =
        main[0] &&
        (how == NAME_FIRST
             ? split_first_name(main, &nm, &title)
             : split_person_any(
                   main, how == NAME_VOUCHED || personal_contact(main, &phones, &emails),
                   &nm, &title, &lead));
    free(main);
    char *note = ok ? line_rest(s, cut, gone) : NULL;
    free(gone);
    free(s);
    if (note)
        diag_add(&warn, DIAG_WARNING, line, 0, "text of a person line kept in NOTE: %s",
                 note);
    if (ok && lead && note) { /* the label's lead-in, quietly: it says whom to ask */
        char *both = xasprintf("%s ; %s", lead, note);
        free(note);
        free(lead);
        note = both;
    } else if (ok && lead) {
        note = lead;
    } else {
        free(lead);
    }
    if (!ok) {
        strlist_clear(&emails);
        phone_list_clear(&phones);
        diag_list_clear(&warn);
        return false;
    }
    memset(out, 0, sizeof *out);
    out->prefix = nm.prefix ? xstrdup(nm.prefix) : NULL;
    out->given = nm.given;
    out->family_raw = nm.family_raw;
    out->family =
        o && o->keep_case ? xstrdup(nm.family_raw) : person_natural_case(nm.family_raw);
    out->title = title;
    out->phones = phones;
    out->emails = emails;
    out->text = xstrdup(text);
    out->note = note;
    out->line = line;
    if (d)
        diag_move(d, &warn);
    diag_list_clear(&warn);
    return true;
}

bool person_parse(const char *text, int line, const struct extract_opts *o,
                  struct person *out, struct diag_list *d)
{
    return parse_person(text, line, o, NAME_PLAIN, out, d);
}

bool person_parse_vouched(const char *text, int line, const struct extract_opts *o,
                          struct person *out, struct diag_list *d)
{
    return parse_person(text, line, o, NAME_VOUCHED, out, d);
}

bool person_parse_first_name_line(const char *text, int line,
                                  const struct extract_opts *o, struct person *out,
                                  struct diag_list *d)
{
    return parse_person(text, line, o, NAME_FIRST, out, d);
}

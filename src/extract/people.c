/* Extractor of the people sections ("Personnes responsables", "Contact"):
 * each line read as a person (person.c), as several people, as the phone or
 * e-mail of the person above it, or kept in NOTE with a warning; then the
 * people named twice in the entry made one. */
#include "extract/people.h"

#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "base/strset.h"
#include "base/text.h"
#include "base/util.h"
#include "extract/address.h"
#include "extract/hours.h"
#include "extract/person.h"
#include "extract/phone.h"
#include "extract/sections.h"

/* True when t opens with a contact label: "Tél. :", "Portable", "E-mail". */
static bool contact_lead(const char *t)
{
    /* with the letterhead's letters ("T. 06 …", "P. 06 …") */
    static const char *const leads[] = {
        "tel",      "telephone", "portable", "mobile", "gsm", "fax", "e mail", "email",
        "courriel", "mail",      "mel",      "t",      "f",   "m",   "p",      NULL};
    char *k = str_fold_key(t);
    bool found = str_key_starts_any(k, leads);
    free(k);
    return found;
}

/* A few words without digits nor colon, then a number that ends the line:
 * "en cas d'urgence 076 343 81 35"; or a sentence of any length that says
 * how to reach the person ("répond à vos questions au 076 …", "Pour tout
 * renseignement, le président est joignable au 06.73.69.65.81."). */
static bool short_lead(const char *t)
{
    static const char *const reach[] = {"joignable",  "repond",  "contacter", "contactez",
                                        "appeler",    "appelez", "joindre",   "rappeler",
                                        "disponible", NULL};
    size_t a, b, words = 0;
    if (!phone_find(t, 0, &a, &b) || t[b + strspn(t + b, " .")] != '\0' || a == 0)
        return false;
    for (size_t i = 0; i < a; i++) {
        /* "Secrétariat : 02 …" names another line than the person's */
        if (ascii_isdigit((unsigned char)t[i]) || t[i] == ':')
            return false;
        words += t[i] == ' ';
    }
    if (words <= 4)
        return true;
    struct strbuf key = STRBUF_INIT;
    bool said = str_key_has_any(str_fold_key_to(&key, t, a), reach);
    strbuf_free(&key);
    return said;
}

/* The next part of a line of people at p, cut at ";" (bare names: also at
 * ", ", " et ", " & "); its length, and in *skip the separator's. */
static size_t next_part(const char *p, bool bare, size_t *skip)
{
    static const char *const seps[] = {";", ", ", " et ", " & "};
    size_t best = strlen(p);
    *skip = 0;
    for (size_t i = 0; i < (bare ? 4u : 1u); i++) {
        const char *q = strstr(p, seps[i]);
        if (q && (size_t)(q - p) < best) {
            best = (size_t)(q - p);
            *skip = strlen(seps[i]);
        }
    }
    return best;
}

/* Whether a line may hold names alone, cut at ", ", " et ", " & ": such a
 * separator, no digit, no "@", and every part after one opens with a capital
 * and no role ("Emile EICHER, Georges MICHELS"; not "M. X, directeur" nor
 * "Noël PÉREZ, Responsable de l'accueil"), which spares most person lines a
 * second reading. */
static bool bare_names_line(const char *t)
{
    if (strpbrk(t, "0123456789@"))
        return false;
    size_t parts = 0, skip;
    for (const char *p = t; *p;) {
        size_t len = next_part(p, true, &skip);
        p += len + skip;
        if (skip == 0)
            break;
        parts++;
        while (*p == ' ')
            p++;
        if ((!ascii_isupper((unsigned char)*p) && (unsigned char)*p < 0x80) ||
            person_role_title(p))
            return false;
    }
    return parts > 0;
}

/* The people of a line, every part one ("M. Jean DUPONT, directeur ; Mme
 * Anne MARTIN, présidente"; bare names: "Emile EICHER, Georges MICHELS et
 * Aline SCHROEDER-KREINS"), into found (at most 8); their count, 0 when a
 * part names nobody (bare: or holds more than a name). */
static size_t line_people(const char *text, bool bare, bool vouched, int line,
                          const struct extract_opts *o, struct person *found,
                          struct diag_list *d)
{
    size_t n = 0, skip;
    for (const char *p = text; *p;) {
        size_t len = next_part(p, bare, &skip);
        char *part = xstrndup(p, len);
        char *t = str_trim(part);
        free(part);
        bool ok = n < 8 && (vouched ? person_parse_vouched(t, line, o, &found[n], d)
                                    : person_parse(t, line, o, &found[n], d));
        free(t);
        if (ok && bare &&
            (found[n].title || found[n].note || found[n].phones.n || found[n].emails.n))
            person_clear(&found[n]), ok = false;
        if (!ok) {
            for (size_t i = 0; i < n; i++)
                person_clear(&found[i]);
            return 0;
        }
        n++;
        p += len + skip;
    }
    return n;
}

/* Where the role of names_then_role starts: after the last ";", or after the
 * last ", " when a role in the plural follows ("Philippe Raynaud et Aurore
 * Larue, médecins chef de pôle"); NULL when none. */
static const char *shared_role(const char *t)
{
    const char *semi = strrchr(t, ';');
    if (semi)
        return person_role_title(semi + 1 + strspn(semi + 1, " ")) ? semi : NULL;
    const char *comma = NULL;
    for (const char *c = strstr(t, ", "); c; c = strstr(c + 1, ", "))
        comma = c;
    if (!comma)
        return NULL;
    size_t w = strcspn(comma + 2, " ,");
    char last = w > 0 ? comma[2 + w - 1] : '\0';
    return (last == 's' || last == 'x') && person_role_title(comma + 2) ? comma : NULL;
}

/* Names, a semicolon or a comma and the role they share: "Giulia MARCON,
 * Aurélie REYES ; agents de prévention" (two people of that title), the
 * names vouched for by the role. Their count in found, 0 when the line is
 * not so. */
static size_t names_then_role(const struct text_line *tl, const struct extract_opts *o,
                              struct person *found, struct diag_list *d)
{
    const char *semi = shared_role(tl->text);
    if (!semi)
        return 0;
    char *cut = xstrndup(tl->text, (size_t)(semi - tl->text));
    char *names = str_trim(cut);
    free(cut);
    size_t n = bare_names_line(names)
                   ? line_people(names, true, true, tl->line, o, found, d)
                   : 0;
    free(names);
    char *role = n >= 2 ? str_trim(semi + 1) : NULL;
    for (size_t i = 0; i < n; i++)
        found[i].title = xstrdup(role);
    free(role);
    return n;
}

/* A role alone on its line, over the name on the next ("Président :" /
 * "M. Jean SEITHER", "Préposée" / "Mme Rosanne Abplanalp"): a few words, no
 * digit, no e-mail. */
static bool role_line(const char *t)
{
    size_t n = strlen(t), words = 1;
    for (size_t i = 0; i < n; i++)
        words += t[i] == ' ';
    /* "Contrôle des habitants et police des étrangers :": a colon allows
     * a longer label */
    bool colon = n > 0 && t[n - 1] == ':';
    return n > 0 && n <= 60 && words <= (colon ? 9 : 6) && !strpbrk(t, "0123456789@") &&
           (ascii_isalpha((unsigned char)t[0]) || (unsigned char)t[0] >= 0x80);
}

/* The role of a role line: its text without the final colon. */
static char *role_text(const char *t)
{
    char *r = str_trim(t);
    size_t n = strlen(r);
    while (n > 0 && (r[n - 1] == ':' || r[n - 1] == ' '))
        r[--n] = '\0';
    return r;
}

/* A label, a colon and names after it that it is the title of ("Autres
 * membres : Françoise TESTELIN, Tania DE OLIVEIRA, Brice PARFAIT"; a
 * contact label gives none), the names vouched for by the label. Their
 * count in found, 0 when the line is not so. */
static size_t label_then_names(const struct text_line *tl, const struct extract_opts *o,
                               struct person *found, struct diag_list *d)
{
    const char *colon = strchr(tl->text, ':');
    if (!colon || colon == tl->text ||
        !bare_names_line(colon + 1 + strspn(colon + 1, " ")))
        return 0;
    char *head = xstrndup(tl->text, (size_t)(colon - tl->text));
    char *label = role_text(head);
    free(head);
    size_t n =
        role_line(label) ? line_people(colon + 1, true, true, tl->line, o, found, d) : 0;
    /* a roll call's word ("Présents : …") to each one's note */
    bool roll = person_roll_call(label);
    for (size_t i = 0; i < n && !person_generic_label(label); i++) {
        char **to = roll ? &found[i].note : &found[i].title;
        char *t = *to ? xasprintf("%s ; %s", label, *to) : xstrdup(label);
        free(*to);
        *to = t;
    }
    free(label);
    return n;
}

/* Two given names, "et" and the family name they share: "Jean-Claude et
 * Lionel VOULET, agents funéraires" (two people, the title for each). Their
 * count in found, 0 when the line is not so. */
static size_t shared_family(const struct text_line *tl, const struct extract_opts *o,
                            struct person *found, struct diag_list *d)
{
    const char *t = tl->text, *et = strstr(t, " et ");
    const char *comma = strchr(t, ',');
    if (!et || (comma && comma < et) || memchr(t, ' ', (size_t)(et - t)))
        return 0; /* one word before "et" */
    const char *g2 = et + 4, *sp = strchr(g2, ' ');
    if (!sp || (comma && sp > comma))
        return 0;
    const char *rest = sp + 1; /* the family name, then the title */
    char *a = xasprintf("%.*s %s", (int)(et - t), t, rest);
    char *b = xasprintf("%.*s %s", (int)(sp - g2), g2, rest);
    size_t n = 0;
    if (person_parse(a, tl->line, o, &found[0], d)) {
        n = 1;
        if (person_parse(b, tl->line, o, &found[1], d)) {
            bool same = found[0].family && found[1].family && found[0].given &&
                        found[1].given && strcmp(found[0].family, found[1].family) == 0 &&
                        strcmp(found[0].given, found[1].given) != 0;
            if (same)
                n = 2;
            else
                person_clear(&found[1]);
        }
    }
    free(a);
    free(b);
    return n;
}

/* The parts of t cut at ", " and " et " into parts (at most max), each
 * trimmed; their count, 0 when more or t holds a digit, "@" or ";". */
static size_t comma_parts(const char *t, char **parts, size_t max)
{
    if (strpbrk(t, "0123456789@;"))
        return 0;
    size_t n = 0;
    for (const char *p = t; *p;) {
        const char *c = strstr(p, ", "), *et = strstr(p, " et ");
        const char *e = c && (!et || c < et) ? c : et;
        size_t len = e ? (size_t)(e - p) : strlen(p);
        if (n == max) {
            while (n > 0)
                free(parts[--n]);
            return 0;
        }
        char *part = xstrndup(p, len);
        parts[n++] = str_trim(part);
        free(part);
        p += len + (e ? (e == c ? 2 : 4) : 0);
    }
    return n;
}

/* Names each with the role after it ("Josiane Crouzet, présidente,
 * Francine Lecouffe, trésorière et Marie-Jo Pousson secrétaire"), or names
 * then as many roles in their order ("Anne Roy et Paul Blanc, secrétaire
 * et trésorier"): the names vouched for by the roles. Their count in
 * found, 0 when the line is not so (a part neither a name nor a role, a
 * name without its role). */
static size_t names_and_roles(const struct text_line *tl, const struct extract_opts *o,
                              struct person *found, struct diag_list *d)
{
    char *parts[16];
    size_t np = comma_parts(tl->text, parts, 16), n = 0, roles = 0, first_role = np;
    bool ok = np >= 4;
    for (size_t i = 0; i < np && ok; i++) {
        if (person_role_title(parts[i])) {
            first_role = first_role < i ? first_role : i;
            roles++;
            continue;
        }
        if (n < 8 && person_parse_vouched(parts[i], tl->line, o, &found[n], d))
            n++;
        else
            ok = false;
    }
    /* names then roles in order, or each name with its role after it */
    bool in_order = ok && first_role == n && roles == n;
    for (size_t i = 0, k = 0; ok && !in_order && i < np; i++) {
        if (person_role_title(parts[i])) {
            ok = k > 0 && !found[k - 1].title;
            if (ok)
                found[k - 1].title = xstrdup(parts[i]);
        } else {
            k++;
        }
    }
    for (size_t i = 0; in_order && i < n; i++)
        found[i].title = xstrdup(parts[n + i]);
    for (size_t i = 0; ok && i < n; i++)
        ok = found[i].title != NULL;
    for (size_t i = 0; i < np; i++)
        free(parts[i]);
    if (!ok || n < 2) {
        for (size_t i = 0; i < n; i++)
            person_clear(&found[i]);
        return 0;
    }
    return n;
}

/* Names, then after " / " or " – " the number or e-mail they share:
 * "Ophélie MAUREL et Amélie MARTINEZ / Tel : 04.73.86.91.77" (two people,
 * the number each one's). Their count in found, 0 when the line is not
 * so. */
static size_t names_then_contact(const struct text_line *tl, const struct extract_opts *o,
                                 struct person *found, struct diag_list *d)
{
    const char *t = tl->text, *c = strpbrk(t, "0123456789@+");
    const char *sep = NULL;
    for (const char *p = strstr(t, " / "); p && c && p < c; p = strstr(p + 1, " / "))
        sep = p;
    for (const char *p = strstr(t, " \xE2\x80\x93 "); !sep && p && c && p < c;
         p = strstr(p + 1, " \xE2\x80\x93 "))
        sep = p;
    if (!sep)
        return 0;
    char *head = xstrndup(t, (size_t)(sep - t)), *parts[8];
    size_t np = bare_names_line(head) ? comma_parts(head, parts, 8) : 0, n = 0;
    free(head);
    bool ok = np >= 2;
    for (size_t i = 0; i < np; i++) {
        char *line = xasprintf("%s%s", parts[i], sep);
        if (ok && person_parse_vouched(line, tl->line, o, &found[n], d)) {
            const struct person *p = &found[n++];
            ok = p->phones.n + p->emails.n > 0 && !p->title; /* the contact is all */
        } else {
            ok = false;
        }
        free(line);
        free(parts[i]);
    }
    if (!ok) {
        for (size_t i = 0; i < n; i++)
            person_clear(&found[i]);
        return 0;
    }
    return n;
}

/* The count of the parts of t cut at ";": three or more, a board run
 * together on one line ("Marie Cloutier, régistraire; Martin Audet,
 * vice-président; …"), vouch for each other's names. */
static size_t semicolon_parts(const char *t)
{
    size_t n = 1;
    for (const char *p = strchr(t, ';'); p; p = strchr(p + 1, ';'))
        n++;
    return n;
}

/* Reading number step of a line of several people (people_on_one_line):
 * their count in found. */
static size_t people_read(int step, const struct text_line *tl,
                          const struct extract_opts *o, struct person *found,
                          struct diag_list *d)
{
    bool bare = step == 6;
    switch (step) {
    case 0:
        return label_then_names(tl, o, found, d);
    case 1:
        return names_then_role(tl, o, found, d);
    case 2:
        return shared_family(tl, o, found, d);
    case 3:
        return names_and_roles(tl, o, found, d);
    case 4:
        return names_then_contact(tl, o, found, d);
    default:
        return strchr(tl->text, ';') || (bare && bare_names_line(tl->text))
                   ? line_people(tl->text, bare, !bare && semicolon_parts(tl->text) >= 3,
                                 tl->line, o, found, d)
                   : 0;
    }
}

/* Several people on one line: names after the label that is their title,
 * names and the role they share after ";", given names sharing one family name, names
 * each with their role (or then their roles in order), names and the number they share,
 * parts cut at ";" that each name a person with whatever goes with them, or parts cut at
 * ";", ",", "et", "&" that are each a name and nothing else. True (people added) when
 * there are two or more; otherwise nothing is added and the line is read whole. */
static bool people_on_one_line(const struct text_line *tl, const struct extract_opts *o,
                               struct entry *e)
{
    struct person found[8];
    struct diag_list d = {0};
    /* names under their label first, then names and their shared role,
     * then given names sharing a family name, then names with their roles,
     * then names and their shared number, then parts cut at ";", then bare
     * names: the first reading of two people or more (people_read) */
    size_t n = 0;
    for (int step = 0; step < 7 && n < 2; step++) {
        if (n == 1)
            person_clear(&found[0]);
        diag_list_clear(&d);
        n = people_read(step, tl, o, found, &d);
    }
    if (n < 2) {
        if (n == 1)
            person_clear(&found[0]);
        diag_list_clear(&d);
        return false;
    }
    for (size_t i = 0; i < n; i++)
        person_list_push(&e->people, found[i]);
    diag_move(&e->diags, &d);
    return true;
}

/* The numbers a line gave (got, with their warnings w) to person p when ok,
 * else dropped; got and w emptied either way. */
static void give_numbers(bool ok, struct phone_list *got, struct diag_list *w,
                         struct person *p, struct diag_list *d)
{
    if (ok) {
        for (size_t i = 0; i < got->n; i++)
            phone_list_push(&p->phones, got->v[i]);
        free(got->v);
        *got = (struct phone_list){0};
        diag_move(d, w);
    } else {
        phone_list_clear(got);
    }
    diag_list_clear(w);
}

/* "Tél: 0590 87 61 71 - Email:" or "04.355.89.61 |" before a person's
 * e-mail at byte at of tl: when it holds numbers and nothing but labels and
 * separators besides, the numbers go to p; whether they did. */
static bool number_before_mail(const struct text_line *tl, size_t at,
                               const struct extract_opts *o, struct person *p,
                               struct diag_list *d)
{
    char *before = xstrndup(tl->text, at);
    struct phone_list got = {0};
    char *rest = NULL;
    struct diag_list w = {0};
    /* a label first, or the number itself ("04.355.89.61 | x@…") */
    bool lead = contact_lead(before) || ascii_isdigit((unsigned char)before[0]) ||
                before[0] == '+';
    bool ok = lead &&
              phone_line(before, tl->line, o && o->region ? o->region : "FR", &got, &w,
                         &rest) &&
              got.n > 0;
    /* what is left: a separator, the e-mail's label only ("- Email :") */
    const char *left = rest ? rest + strspn(rest, " -–|/") : NULL;
    ok = ok && (!rest || !*left || (strlen(rest) <= 12 && contact_lead(left)));
    give_numbers(ok, &got, &w, p, d);
    free(rest);
    free(before);
    return ok;
}

/* The e-mail found at span of tl's text, the person's when alone, after a
 * short "E-mail :" label, or after the person's number ("Tél: 0590 87 61 71
 * - Email: x@…"); whether it was added to *p (mail is taken either way). */
static bool mail_continuation(const struct text_line *tl, const size_t span[2],
                              char *mail, const struct extract_opts *o, struct person *p,
                              struct diag_list *d)
{
    const char *t = tl->text;
    char *after = str_trim(t + span[1]);
    bool end = after[0] == '\0';
    free(after);
    bool alone = end && span[0] <= 12 && (span[0] == 0 || memchr(t, ':', span[0]));
    if ((alone || (end && number_before_mail(tl, span[0], o, p, d))) &&
        !strlist_contains(&p->emails, mail)) {
        strlist_push(&p->emails, mail);
        return true;
    }
    free(mail);
    return false;
}

/* Whether t opens with words that say how to reach the person above it:
 * "Pour la joindre : par mail …", "Pour le contacter : 06 …". */
static bool reach_lead(const char *t)
{
    static const char *const leads[] = {"pour la joindre",
                                        "pour le joindre",
                                        "pour les joindre",
                                        "pour la contacter",
                                        "pour le contacter",
                                        "pour les contacter",
                                        NULL};
    if (!str_startswith_ci(t, "pour "))
        return false;
    char *k = str_fold_key(t);
    bool found = str_key_starts_any(k, leads);
    free(k);
    return found;
}

/* A line that says how to reach the person above it, with e-mails and
 * numbers anywhere in it: they go to the person, the line to its NOTE.
 * False (nothing added) when it holds none. */
static bool reach_continuation(const struct text_line *tl, const struct extract_opts *o,
                               struct person *p, struct diag_list *d)
{
    const char *t = tl->text;
    size_t mails = person_emails(t, &p->emails, NULL, NULL);
    struct phone_list got = {0};
    struct diag_list w = {0};
    char *rest = NULL;
    bool phones =
        phone_line(t, tl->line, o && o->region ? o->region : "FR", &got, &w, &rest) &&
        got.n > 0;
    free(rest);
    give_numbers(phones, &got, &w, p, d);
    if (!phones && !mails)
        return false;
    char *note = p->note ? xasprintf("%s ; %s", p->note, t) : xstrdup(t);
    free(p->note);
    p->note = note;
    return true;
}

/* A line that continues the previous person's line or list item and holds
 * only that person's phone or e-mail: "- Mme MARTIN, chargée de prévention"
 * then "06 39 98 70 12" or "Tél. : 06 …" or "martin@x.fr" under it. Only
 * inside the same list item, or for a line opening with the number, the
 * e-mail or a contact label ("Tél :", "Courriel :"; not "Secrétariat :").
 * True when the phones or e-mails were added to *p. */
static bool person_continuation(const struct text_line *tl, bool in_item,
                                const struct extract_opts *o, struct person *p,
                                struct diag_list *d)
{
    const char *t = tl->text;
    size_t word = strcspn(t, " \t");
    bool bare = ascii_isdigit((unsigned char)t[0]) || t[0] == '+' || memchr(t, '@', word);
    /* a number or an e-mail alone in the paragraph right after the person's
     * ("Responsable de département: Marie Caers" / "" / "071/466.913") */
    if (tl->para_start && !bare)
        return false;
    if (reach_lead(t))
        return reach_continuation(tl, o, p, d);
    bool labelled = bare || contact_lead(t);
    /* "en cas d'urgence 076 343 81 35": words that are no label */
    bool lead = !labelled && short_lead(t);
    /* in the person's paragraph, words that are not the person's role
     * before a number or an e-mail: "Sur rendez-vous 061/28.90.75 ou
     * 0495/37.13.86" */
    bool listed = tl->item || in_item || labelled || lead;
    bool words = !tl->para_start && strpbrk(t, "0123456789@") && !person_role_title(t);
    if (!listed && !words)
        return false;
    size_t span[2];
    char *mail = address_find_email(t, span);
    if (mail)
        return mail_continuation(tl, span, mail, o, p, d);
    words = words && !strchr(t, ':'); /* not "Secrétariat : 02 …", another line */
    if (!listed && !words)
        return false;
    const char *region = o && o->region ? o->region : "FR";
    struct phone_list got = {0};
    char *rest = NULL;
    struct diag_list w = {0};
    bool ok = phone_line(t, tl->line, region, &got, &w, &rest) && got.n > 0 &&
              (!rest || lead || words);
    if (ok && (lead || rest || !labelled)) { /* the words: the line, in the note */
        char *note = p->note ? xasprintf("%s ; %s", p->note, t) : xstrdup(t);
        free(p->note);
        p->note = note;
    }
    give_numbers(ok, &got, &w, p, d);
    free(rest);
    return ok;
}

/* Both NULL, or the same text. */
static bool same_text(const char *a, const char *b)
{
    return a == b || (a && b && strcmp(a, b) == 0);
}

/* The line under a person's title that ends with a comma, the title's
 * second role ("Sandrine Fabre," / "Directrice des Soins," / "Gestionnaire
 * des Risques"): joined to it. */
static bool title_goes_on(const struct text_line *tl, struct person *p)
{
    size_t n = strlen(p->text), tn = p->title ? strlen(p->title) : 0;
    while (n > 0 && p->text[n - 1] == ' ')
        n--;
    if (tl->para_start || tl->item || tn == 0 || n == 0 || p->text[n - 1] != ',' ||
        strpbrk(tl->text, "0123456789@:") || strlen(tl->text) > 60 ||
        !person_role_title(tl->text))
        return false;
    char *t =
        xasprintf("%s%s %s", p->title, p->title[tn - 1] == ',' ? "" : ",", tl->text);
    free(p->title);
    p->title = t;
    char *text = xasprintf("%s\n%s", p->text, tl->text);
    free(p->text);
    p->text = text;
    return true;
}

/* The line under a person's name alone that gives the person's title, and
 * maybe a phone and an e-mail ("Roland BAUD" then "Médiateur de la MSA",
 * "Adjoint du médiateur Tél. : 01 41 63 76 79"): read as one line "name,
 * title ...", which replaces *p when it names the same person and gives a
 * title. Only in the same paragraph, for a line that starts with a letter. */
static bool title_continuation(const struct text_line *tl, const struct extract_opts *o,
                               struct person *p, struct diag_list *d)
{
    size_t len = strlen(tl->text);
    if (title_goes_on(tl, p))
        return true;
    if (tl->para_start || tl->item || p->title || p->phones.n || p->emails.n ||
        (len > 0 && tl->text[len - 1] == ':') || /* "Secrétaire :" over the next name */
        !(ascii_isalpha((unsigned char)tl->text[0]) ||
          (unsigned char)tl->text[0] >= 0x80) ||
        contact_lead(tl->text))
        return false;
    /* "[email protected]": an e-mail a web page hid from robots, copied as
     * text: out of the title, into the person's note */
    static const char hidden[] = "[email protected]";
    const char *h = strstr(tl->text, hidden);
    char *text =
        h ? xasprintf("%.*s%s", (int)(h - tl->text), tl->text, h + sizeof hidden - 1)
          : xstrdup(tl->text);
    /* "Pierre MAURETTE," / "Directeur.": the name's own comma */
    size_t pn = strlen(p->text);
    while (pn > 0 && (p->text[pn - 1] == ',' || p->text[pn - 1] == ' '))
        pn--;
    char *joined = xasprintf("%.*s, %s", (int)pn, p->text, text);
    free(text);
    struct person q = {0};
    struct diag_list w = {0};
    bool parsed = person_parse(joined, p->line, o, &q, &w);
    bool ok = parsed && q.title && same_text(q.given, p->given) &&
              same_text(q.family, p->family);
    free(joined);
    if (ok && h) {
        char *note = q.note ? xasprintf("%s ; %s", q.note, hidden) : xstrdup(hidden);
        free(q.note);
        q.note = note;
    }
    if (ok) {
        free(q.text);
        q.text = xasprintf("%s\n%s", p->text, tl->text);
        person_clear(p);
        *p = q;
        diag_move(d, &w);
    } else if (parsed) {
        person_clear(&q);
    }
    diag_list_clear(&w);
    return ok;
}

/* A line kept in NOTE under heading, with its links' targets. */
static void line_note(struct entry *e, const char *heading, const struct text_line *tl)
{
    struct strbuf sb = STRBUF_INIT;
    section_add_line_text(&sb, tl, 0, SIZE_MAX);
    entry_add_note(e, heading, strbuf_str(&sb));
    strbuf_free(&sb);
}

/* A line that names nobody: kept in NOTE; a warning unless it is a dead link
 * alone ("[Contacter la MDPH](#)") or a label over the next lines ("Collège
 * des échevins :"). */
static void not_a_person(struct entry *e, const char *heading, const struct text_line *tl)
{
    line_note(e, heading, tl);
    size_t n = strlen(tl->text);
    while (n > 0 && (tl->text[n - 1] == ' ' || tl->text[n - 1] == '\t'))
        n--;
    bool dead = tl->n_links == 1 && strcmp(tl->links[0].text, tl->text) == 0;
    if (!dead && !(n > 0 && tl->text[n - 1] == ':')) {
        diag_add(&e->diags, DIAG_WARNING, tl->line, 0, "line not understood in %s: %s",
                 heading ? heading : "", tl->text);
        e->not_understood++;
    }
}

/* The title a line under a name gives, as "Fonction : Bourgmestre",
 * "Activité : Bourgmestre" or a role alone ("Directrice"): new string, or
 * NULL when the line gives none. */
static char *title_under(const struct text_line *tl, bool *labelled)
{
    static const char *const labels[] = {"fonction", "activit\xC3\xA9", "titre",
                                         "poste",    "qualit\xC3\xA9",  NULL};
    if (tl->para_start || tl->item || strpbrk(tl->text, "0123456789@"))
        return NULL;
    const char *t = tl->text, *colon = strchr(t, ':');
    *labelled = false;
    for (size_t i = 0; colon && labels[i] && !*labelled; i++)
        if (str_startswith_ci(t, labels[i]) && colon - t <= 12) {
            t = colon + 1;
            *labelled = true;
        }
    t += strspn(t, " ");
    return t[0] && strlen(t) <= 60 && person_role_title(t) ? role_text(t) : NULL;
}

/* A name without civility over the line that gives its title ("Sophie
 * Diderrich" / "Activité : Bourgmestre"): the person, the title line taken
 * too (*i moves over it). */
static bool name_over_title(const struct section *s, size_t *i,
                            const struct extract_opts *o, struct entry *e)
{
    if (*i + 1 >= s->n)
        return false;
    bool labelled;
    char *title = title_under(&s->lines[*i + 1], &labelled);
    struct person p = {0};
    if (!title ||
        !person_parse_vouched(s->lines[*i].text, s->lines[*i].line, o, &p, &e->diags)) {
        free(title);
        return false;
    }
    if (p.title) {
        free(title);
        labelled = true; /* its own title: the line under it to its note */
    } else {
        p.title = title;
    }
    /* the label's word is kept: the line as written, in the person's note */
    if (labelled) {
        const char *line = s->lines[*i + 1].text;
        char *note = p.note ? xasprintf("%s ; %s", p.note, line) : xstrdup(line);
        free(p.note);
        p.note = note;
    }
    person_list_push(&e->people, p);
    (*i)++;
    return true;
}

/* Whether line i is a short line without digits over a line of its
 * paragraph that gives a number or an e-mail ("Barbara Schick" / "021 887
 * 83 13"): the contact vouches for a name written without civility. */
static bool over_contact(const struct section *s, size_t i)
{
    if (i + 1 >= s->n || s->lines[i + 1].para_start ||
        strpbrk(s->lines[i].text, "0123456789@:") || strlen(s->lines[i].text) > 40)
        return false;
    const char *next = s->lines[i + 1].text;
    size_t a, b;
    return strchr(next, '@') || phone_find(next, 0, &a, &b);
}

/* Whether t may be a bare name in a list of names: one to four words
 * opening with a capital, no digit, no punctuation but "-" and "'", no
 * role ("Isabelle Huet"; not "Service accueil" nor "Accueil : …"). Its
 * count of words, 0 when it is none. */
static size_t bare_name(const char *t)
{
    size_t words = 0;
    for (const char *p = t; *p;) {
        p += strspn(p, " ");
        if (!*p)
            break;
        if ((!ascii_isupper((unsigned char)*p) && (unsigned char)*p < 0x80) ||
            ++words > 4)
            return 0;
        p += strcspn(p, " ");
    }
    /* the cheap tests first: folding for the roles comes last */
    return words && !strpbrk(t, "0123456789@:,;()/.") && !person_role_title(t) ? words
                                                                               : 0;
}

/* A bare name of two words or more, a comma and words in lower case that
 * say who the person is ("Emilie Boué, qui assure le secrétariat", "Bernard
 * Goballet, de l'Eglise réformée"): the name's count of words, else 0. */
static size_t name_then_words(const char *t)
{
    const char *c = strstr(t, ", ");
    if (!c || c == t)
        return 0;
    size_t i = (size_t)(c + 2 - t);
    if (!text_is_lower(text_next_cp(t, &i)))
        return 0;
    char *head = xstrndup(t, (size_t)(c - t));
    size_t w = bare_name(head);
    free(head);
    return w >= 2 ? w : 0;
}

/* The lines [*a, *b) of the block line i is in: its paragraph, or the run
 * of list items it is one of ("- Paul, président" / "- Anne,
 * secrétaire"). */
static void block_of(const struct section *s, size_t i, size_t *a, size_t *b)
{
    bool items =
        s->lines[i].item || (i > 0 && !s->lines[i].para_start && s->lines[i - 1].item);
    *a = i;
    while (*a > 0 && (!s->lines[*a].para_start || (items && s->lines[*a - 1].item)))
        (*a)--;
    *b = i + 1;
    while (*b < s->n && (!s->lines[*b].para_start || (items && s->lines[*b].item)))
        (*b)++;
}

/* Whether line i is in a paragraph of lines that are all bare names, two of
 * them of two words or more ("Isabelle Huet" / "Aurore Gautheron"), or is
 * alone in its paragraph and a name of two words or more ("Michelle
 * Cazanove" under "Personnes responsables"), each maybe followed by who
 * the person is (name_then_words): the section and the list vouch for names
 * written without civility or capitals. */
static bool in_name_list(const struct section *s, size_t i)
{
    size_t a, b;
    block_of(s, i, &a, &b);
    size_t names = 0;
    for (size_t k = a; k < b; k++) {
        size_t w = bare_name(s->lines[k].text);
        if (w == 0)
            w = name_then_words(s->lines[k].text);
        if (w == 0)
            return false;
        names += w >= 2;
    }
    return names >= 2 || (b - a == 1 && names == 1);
}

/* Whether the role after the first comma of t opens with an article or a
 * possessive ("Philippe, l'agent responsable du service"): the apposition
 * that names a person by the post. */
static bool article_role(const char *t)
{
    static const char *const articles[] = {"le ",    "la ",  "l'",  "l\xE2\x80\x99",
                                           "notre ", "son ", "sa ", NULL};
    const char *c = strstr(t, ", ");
    for (size_t i = 0; c && articles[i]; i++)
        if (str_startswith_ci(c + 2, articles[i]))
            return true;
    return false;
}

/* Whether line i is in a paragraph of two lines or more that each give a
 * given name alone and a role ("Fabrice, président" / "Magali,
 * secrétaire"): a club's board listed by first names, the list vouching
 * for each; or is alone in its paragraph, the role named with an article
 * ("Philippe, l'agent responsable du service"). */
static bool in_first_name_list(const struct section *s, size_t i)
{
    if (!person_first_name_line(s->lines[i].text))
        return false;
    size_t a, b;
    block_of(s, i, &a, &b);
    if (b - a < 2)
        return article_role(s->lines[i].text);
    for (size_t k = a; k < b; k++)
        if (!person_first_name_line(s->lines[k].text))
            return false;
    return true;
}

/* A role written over the names it belongs to: "Préposée" / "Mme Rosanne
 * Abplanalp" in one paragraph (the next name only); a label with its colon
 * over the names of its paragraph, or a heading alone in its paragraph over
 * names each in its own ("Autres conseillers municipaux" / "" / "Thierry
 * BEAUQUIER" / "" / "Laure DEROQUE"): every name after it without a title
 * of its own, until a line that names nobody. */
struct held_role {
    const struct text_line *line; /* NULL: none */
    bool heading;                 /* alone in its paragraph */
    size_t given;                 /* names it gave its title to */
};

/* A held role done with: a line like any other when it gave its title to
 * nobody (NOTE, and a warning). */
static void flush_role(struct entry *e, const char *heading, struct held_role *held)
{
    if (held->line && held->given == 0)
        not_a_person(e, heading, held->line);
    *held = (struct held_role){0};
}

/* Whether held's role goes to the name on line tl: the next line of its
 * paragraph, or any line after a heading. */
static bool role_reaches(const struct held_role *held, const struct text_line *tl)
{
    return held->line && (held->heading || !tl->para_start);
}

/* Whether held's role goes to every name after it, not to the next only:
 * a heading's, or a label's over the names of its paragraph
 * ("Enseignant(e)s :" / "Mme BAUME" / "Mr GUEGUEN"). */
static bool held_for_all(const struct held_role *held)
{
    const char *t = held->line ? held->line->text : "";
    size_t n = strlen(t);
    while (n > 0 && t[n - 1] == ' ')
        n--;
    return held->heading || (n > 0 && t[n - 1] == ':');
}

/* Whether line i, short, alone in its paragraph and one phrase (no comma:
 * not a table's header), heads a name alone in the next paragraph
 * ("Premier adjoint" / "" / "Rose-Marie BERGER"), as a title. */
static bool heads_names(const struct section *s, size_t i, const struct extract_opts *o)
{
    if (!s->lines[i].para_start || i + 1 >= s->n || !s->lines[i + 1].para_start ||
        (i + 2 < s->n && !s->lines[i + 2].para_start) || s->lines[i].item ||
        strpbrk(s->lines[i].text, ",;|()"))
        return false;
    /* "Personne de référence" / "" / "Alain COCHEZ": a contact label is
     * no title */
    char *role = role_text(s->lines[i].text);
    bool generic = person_generic_label(role);
    free(role);
    if (generic)
        return false;
    struct person p = {0};
    bool parsed =
        person_parse_vouched(s->lines[i + 1].text, s->lines[i + 1].line, o, &p, NULL);
    bool ok = parsed && !p.title;
    if (parsed)
        person_clear(&p);
    return ok;
}

/* A title that is a weekly slot ("Les lundis de 9h à 12h : Mme ROBIN Anne –
 * …": a day and a time) is the person's presence, not a role: it goes to
 * the person's note, and to *slot (its own copy), to be read as a
 * permanence. False when the title is none. */
static bool take_slot(struct person *p, struct text_line *slot, struct strbuf *key)
{
    struct text_line tl = {.text = p->title, .line = p->line, .para_start = true};
    if (!p->title || !line_holds_hours(&tl, key))
        return false;
    tl.text = xstrdup(p->title);
    *slot = tl;
    char *note = p->note ? xasprintf("%s ; %s", p->title, p->note) : p->title;
    if (p->note)
        free(p->title);
    free(p->note);
    p->note = note;
    p->title = NULL;
    return true;
}

void people_extract(const struct section *s, const struct extract_opts *o,
                    struct entry *e)
{
    bool after_person = false, in_item = false;
    struct held_role held = {0};
    /* the slots written before the people's names: one a line at most */
    struct text_line *slots = xcalloc(s->n ? s->n : 1, sizeof *slots);
    size_t n_slots = 0;
    struct strbuf key = STRBUF_INIT;
    for (size_t i = 0; i < s->n; i++) {
        const struct text_line *tl = &s->lines[i];
        /* "[Contacter la MDPH](#)": a dead link alone names nobody */
        if (tl->n_links == 1 && (!tl->links[0].href[0] || tl->links[0].href[0] == '#') &&
            strcmp(tl->links[0].text, tl->text) == 0) {
            flush_role(e, s->heading, &held);
            line_note(e, s->heading, tl);
            continue;
        }
        if (people_on_one_line(tl, o, e)) {
            flush_role(e, s->heading, &held);
            after_person = false;
            continue;
        }
        struct person p = {0};
        /* under "Secrétaire municipale :" or a role alone ("Secrétaire" /
         * "Emilie Petermann"), a name without civility */
        const char *ht = held.line ? held.line->text : "";
        bool vouched =
            (role_reaches(&held, tl) &&
             (held.heading || ht[strlen(ht) - 1] == ':' || person_role_title(ht))) ||
            over_contact(s, i) || in_name_list(s, i);
        bool read =
            in_first_name_list(s, i)
                ? person_parse_first_name_line(tl->text, tl->line, o, &p, &e->diags)
            : vouched ? person_parse_vouched(tl->text, tl->line, o, &p, &e->diags)
                      : person_parse(tl->text, tl->line, o, &p, &e->diags);
        if (read) {
            n_slots += take_slot(&p, &slots[n_slots], &key);
            bool own = p.title != NULL;
            if (role_reaches(&held, tl) && !own) {
                p.title = role_text(held.line->text);
                held.given++;
            }
            if (!held_for_all(&held) || own)
                flush_role(e, s->heading, &held);
            person_list_push(&e->people, p);
            after_person = true;
            in_item = tl->item;
        } else if (after_person && e->people.n > 0 &&
                   (person_continuation(tl, in_item, o, &e->people.v[e->people.n - 1],
                                        &e->diags) ||
                    title_continuation(tl, o, &e->people.v[e->people.n - 1],
                                       &e->diags))) {
            continue;
        } else if (!held.line && name_over_title(s, &i, o, e)) {
            after_person = true;
            in_item = false;
        } else if (!str_blank(tl->text)) {
            flush_role(e, s->heading, &held);
            bool heads = role_line(tl->text) && i + 1 < s->n &&
                         (!s->lines[i + 1].para_start || heads_names(s, i, o));
            if (heads)
                held = (struct held_role){tl, s->lines[i + 1].para_start, 0};
            else
                not_a_person(e, s->heading, tl);
            /* "Marc CAPRASSE, Bourgmestre" / "Permanence" / "Sur rendez-vous
             * - 061/…": a line of words in the person's paragraph ends it
             * not */
            after_person = after_person && !tl->para_start;
        }
    }
    flush_role(e, s->heading, &held);
    /* "Les lundis de 9h à 12h : Mme ROBIN Anne": the people's permanences */
    hours_extract_aside("Permanences", slots, n_slots, e);
    for (size_t i = 0; i < n_slots; i++)
        free(slots[i].text);
    free(slots);
    strbuf_free(&key);
}

/* The key two mentions of one person share: given and family names folded. */
static char *person_key(const struct person *p)
{
    char *g = str_fold_key(p->given ? p->given : "");
    char *f = str_fold_key(p->family_raw ? p->family_raw : "");
    char *k = xasprintf("%s|%s", g, f);
    free(g);
    free(f);
    return k;
}

/* Add what b says of the person to a: the title a lacks, the phones and
 * e-mails it has not, the rest of the line; b is cleared. */
static void person_merge(struct person *a, struct person *b)
{
    if (!a->title) {
        a->title = b->title;
        b->title = NULL;
    } else if (b->title && strcmp(a->title, b->title) != 0) {
        /* two roles ("Coordonnatrice", "Bibliothécaire"): both kept */
        char *t = xasprintf("%s, %s", a->title, b->title);
        free(a->title);
        a->title = t;
    }
    if (!a->prefix) {
        a->prefix = b->prefix;
        b->prefix = NULL;
    }
    for (size_t i = 0; i < b->phones.n; i++) {
        bool dup = false;
        for (size_t j = 0; j < a->phones.n && !dup; j++)
            dup = a->phones.v[j].e164 && b->phones.v[i].e164 &&
                  strcmp(a->phones.v[j].e164, b->phones.v[i].e164) == 0;
        if (!dup) {
            phone_list_push(&a->phones, b->phones.v[i]);
            memset(&b->phones.v[i], 0, sizeof b->phones.v[i]);
        }
    }
    for (size_t i = 0; i < b->emails.n; i++)
        if (!strlist_contains(&a->emails, b->emails.v[i]))
            strlist_add(&a->emails, b->emails.v[i]);
    if (b->note) {
        char *n = a->note ? xasprintf("%s\n%s", a->note, b->note) : xstrdup(b->note);
        free(a->note);
        a->note = n;
    }
    person_clear(b);
}

void people_merge(struct entry *e)
{
    struct person_list *l = &e->people;
    if (l->n < 2)
        return;
    struct strset first = {0}; /* key -> index of its first person + 1 */
    size_t m = 0;
    for (size_t i = 0; i < l->n; i++) {
        char *k = person_key(&l->v[i]);
        unsigned long *at = strset_add(&first, k);
        free(k);
        if (*at) {
            person_merge(&l->v[*at - 1], &l->v[i]);
            continue;
        }
        *at = m + 1;
        l->v[m++] = l->v[i];
    }
    strset_clear(&first);
    l->n = m;
}

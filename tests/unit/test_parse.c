/* Unit tests of the Markdown stage: headings and their kinds, bold labels
 * that open sections, links, entities, line numbers, and what goes to NOTE. */
#include "harness.h"

#include <stdio.h>

#include "base/text.h"
#include "extract/extract.h"
#include "extract/sections.h"
#include "read/split.h"

static struct entry *parse_text(const char *md, int first_line)
{
    struct raw_entry raw = {md, strlen(md), first_line, 0};
    struct extract_opts o = {"FR", false};
    struct entry *e = NULL;
    struct fiche_error err = {0};
    int rc = extract_entry(&raw, "t.md", &o, &e, &err);
    if (rc != 0)
        fiche_error_clear(&err);
    return e;
}

static const struct note_section *find_note(const struct entry *e, const char *heading)
{
    for (size_t i = 0; i < e->notes.n; i++)
        if (strcmp(e->notes.v[i].heading, heading) == 0)
            return &e->notes.v[i];
    return NULL;
}

static void test_section_kinds(void **state)
{
    (void)state;
    static const struct {
        const char *heading;
        enum section_kind kind;
    } rows[] = {
        {"Coordonnées", SECTION_CONTACT},
        {"**Coordonnées**", SECTION_CONTACT},
        {"COORDONNEES :", SECTION_CONTACT},
        {"coordonnées", SECTION_CONTACT},
        {"Horaires d'ouverture et accueil du public :", SECTION_HOURS},
        {"Horaires", SECTION_HOURS},
        {"Accueil du public", SECTION_HOURS},
        {"Écoute téléphonique", SECTION_HOURS},
        {"Contact et horaires", SECTION_CONTACT},
        {"Ligne d’écoute et d’orientation", SECTION_HOURS},
        {"Personnes responsables", SECTION_PEOPLE},
        {"Personne responsable", SECTION_PEOPLE},
        {"Responsable", SECTION_PEOPLE},
        {"Personnes contact :", SECTION_CONTACTS},
        {"Contacts", SECTION_CONTACTS},
        {"Mise à jour :", SECTION_UPDATED},
        {"MISE A JOUR", SECTION_UPDATED},
        {"MAJ :", SECTION_UPDATED},
        {"Actualisé le", SECTION_UPDATED},
        {"Actualisation", SECTION_UPDATED},
        {"Source de mise à jour", SECTION_SOURCE},
        {"Mots-clefs :", SECTION_KEYWORDS},
        {"Mots-clés", SECTION_KEYWORDS},
        {"Nature et statut de l'organisme :", SECTION_KNOWN_PROSE},
        {"Public visé", SECTION_KNOWN_PROSE},
        {"Objectifs et activités en matière de coopération européenne :",
         SECTION_KNOWN_PROSE},
        {"Partenaires", SECTION_OTHER},
        {"", SECTION_OTHER},
    };
    struct strbuf key = STRBUF_INIT;
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        enum section_kind k = section_kind_of(rows[i].heading, &key);
        if (k != rows[i].kind)
            fail_msg("heading \"%s\": kind %d, want %d", rows[i].heading, k,
                     rows[i].kind);
    }
    strbuf_free(&key);
}

/* The heading rules in one list, in the order of precedence they had before
 * parse.c grouped them by first letter: the reference kind_of_key. */
static const struct {
    const char *prefix;
    enum section_kind kind;
} ref_rules[] = {
    {"source", SECTION_SOURCE},
    {"sources", SECTION_SOURCE},
    {"coordonnee", SECTION_CONTACT},
    {"coordonnees", SECTION_CONTACT},
    {"adresse", SECTION_CONTACT},
    {"contact et adresse", SECTION_CONTACT},
    {"contact et horaires", SECTION_CONTACT},
    {"contacts et horaires", SECTION_CONTACT},
    {"horaire", SECTION_HOURS},
    {"horaires", SECTION_HOURS},
    {"heures d ouverture", SECTION_HOURS},
    {"jours et horaires", SECTION_HOURS},
    {"ouverture", SECTION_HOURS},
    {"accueil du public", SECTION_HOURS},
    {"accueil", SECTION_HOURS},
    {"permanence", SECTION_HOURS},
    {"permanences", SECTION_HOURS},
    {"ecoute telephonique", SECTION_HOURS},
    {"ligne d ecoute", SECTION_HOURS},
    {"ligne telephonique", SECTION_HOURS},
    {"personne responsable", SECTION_PEOPLE},
    {"personnes responsables", SECTION_PEOPLE},
    {"responsable", SECTION_PEOPLE},
    {"responsables", SECTION_PEOPLE},
    {"direction", SECTION_PEOPLE},
    {"equipe de direction", SECTION_PEOPLE},
    {"equipe dirigeante", SECTION_PEOPLE},
    {"dirigeant", SECTION_PEOPLE},
    {"dirigeants", SECTION_PEOPLE},
    {"personne contact", SECTION_CONTACTS},
    {"personnes contact", SECTION_CONTACTS},
    {"personnes contacts", SECTION_CONTACTS},
    {"personne a contacter", SECTION_CONTACTS},
    {"personnes a contacter", SECTION_CONTACTS},
    {"contact", SECTION_CONTACTS},
    {"contacts", SECTION_CONTACTS},
    {"interlocuteur", SECTION_CONTACTS},
    {"interlocuteurs", SECTION_CONTACTS},
    {"mise a jour", SECTION_UPDATED},
    {"mis a jour", SECTION_UPDATED},
    {"maj", SECTION_UPDATED},
    {"actualise", SECTION_UPDATED},
    {"actualisee", SECTION_UPDATED},
    {"actualisation", SECTION_UPDATED},
    {"date de mise a jour", SECTION_UPDATED},
    {"derniere mise a jour", SECTION_UPDATED},
    {"derniere actualisation", SECTION_UPDATED},
    {"date d actualisation", SECTION_UPDATED},
    {"mots clefs", SECTION_KEYWORDS},
    {"mots cles", SECTION_KEYWORDS},
    {"mot clef", SECTION_KEYWORDS},
    {"mot cle", SECTION_KEYWORDS},
    {"mots clef", SECTION_KEYWORDS},
    {"mots cle", SECTION_KEYWORDS},
    {"nature et statut", SECTION_KNOWN_PROSE},
    {"nature", SECTION_KNOWN_PROSE},
    {"statut", SECTION_KNOWN_PROSE},
    {"public vise", SECTION_KNOWN_PROSE},
    {"public", SECTION_KNOWN_PROSE},
    {"objectifs", SECTION_KNOWN_PROSE},
    {"objectif", SECTION_KNOWN_PROSE},
    {"activites", SECTION_KNOWN_PROSE},
    {"presentation", SECTION_KNOWN_PROSE},
    {"missions", SECTION_KNOWN_PROSE},
};

/* The reference: every rule exactly, then every rule as a prefix. k is a key
 * (lower-case words separated by single spaces). */
static enum section_kind ref_kind_of_key(const char *k)
{
    for (size_t i = 0; i < ARRAY_LEN(ref_rules); i++)
        if (strcmp(k, ref_rules[i].prefix) == 0)
            return ref_rules[i].kind;
    for (size_t i = 0; i < ARRAY_LEN(ref_rules); i++) {
        size_t n = strlen(ref_rules[i].prefix);
        if (strncmp(k, ref_rules[i].prefix, n) == 0 && k[n] == ' ')
            return ref_rules[i].kind;
    }
    return SECTION_OTHER;
}

/* The rules grouped by letter agree with the reference on every rule, every
 * pair of rules ("contact et adresse horaires"), their truncations and
 * extensions. */
static void test_kind_rules(void **state)
{
    (void)state;
    struct strbuf key = STRBUF_INIT;
    static const char *const tails[] = {"", " ", "s", " x", " :", "\xC3\xA9"};
    char h[160];
    {
        for (size_t i = 0; i < ARRAY_LEN(ref_rules); i++) {
            for (size_t j = 0; j <= ARRAY_LEN(ref_rules); j++) {
                for (size_t t = 0; t < ARRAY_LEN(tails); t++) {
                    const char *second =
                        j < ARRAY_LEN(ref_rules) ? ref_rules[j].prefix : "";
                    snprintf(h, sizeof h, "%s%s%s%s", ref_rules[i].prefix,
                             *second ? " " : "", second, tails[t]);
                    char *k = str_fold_key(h);
                    enum section_kind want = ref_kind_of_key(k);
                    assert_int_equal(section_kind_of_key(k), want);
                    free(k);
                    /* the same heading cut short: a different text, maybe the
                     * same slot */
                    size_t n = strlen(h);
                    h[n > 3 ? n - 3 : 0] = '\0';
                    k = str_fold_key(h);
                    want = ref_kind_of_key(k);
                    assert_int_equal(section_kind_of_key(k), want);
                    free(k);
                }
            }
        }
    }
    assert_int_equal(section_kind_of("", &key), SECTION_OTHER);
    /* a heading that speaks of hours anywhere is an opening section */
    assert_int_equal(
        section_kind_of("Emplacements et horaires de La Courneuve Mobile :", &key),
        SECTION_HOURS);
    assert_int_equal(section_kind_of("Nos horaires", &key), SECTION_HOURS);
    /* "Public …" is the public aimed at, unless it speaks of hours */
    assert_int_equal(section_kind_of("Public Hours/Heures d'ouverture", &key),
                     SECTION_HOURS);
    assert_int_equal(section_kind_of("Public visé et horaires", &key),
                     SECTION_KNOWN_PROSE);
    assert_int_equal(section_kind_of("Les horairesxx", &key), SECTION_OTHER);
    assert_int_equal(section_kind_of("Objectifs et horaires", &key), SECTION_KNOWN_PROSE);
    strbuf_free(&key);
}

static void test_title_and_labels(void **state)
{
    (void)state;
    const char *md = "# Groupe &amp; Cie – plate-forme de coopération\n"
                     "\n"
                     "## **Public visé**\n"
                     "\n"
                     "Agents \\*publics\\* et [chercheurs](https://x.example.org/c).\n"
                     "\n"
                     "- un\n"
                     "- deux\n"
                     "\n"
                     "## Partenaires\n"
                     "\n"
                     "Divers.\n"
                     "\n"
                     "**Mise à jour :** juin 2021\n"
                     "\n"
                     "**Source de mise à jour :** <https://x.example.org/about>\n"
                     "\n"
                     "**Mots-clefs :** prévention, réduction des risques ; europe\n";
    struct entry *e = parse_text(md, 10);
    assert_non_null(e);
    assert_int_equal(e->line, 10);
    assert_string_equal(e->title, "Groupe & Cie – plate-forme de coopération");
    assert_string_equal(e->org_name, "Groupe & Cie");
    assert_string_equal(e->org_subtitle, "plate-forme de coopération");
    const struct note_section *pub = find_note(e, "Public visé");
    assert_non_null(pub);
    assert_string_equal(pub->text,
                        "Agents *publics* et chercheurs <https://x.example.org/c>."
                        "\n- un\n- deux");
    assert_non_null(find_note(e, "Partenaires"));
    /* An unknown section is kept with a warning naming its line. */
    bool warned = false;
    for (size_t i = 0; i < e->diags.n; i++)
        if (strstr(e->diags.v[i].message, "Partenaires") && e->diags.v[i].line == 19)
            warned = true;
    assert_true(warned);
    assert_int_equal(e->updated.precision, DATE_MONTH);
    assert_int_equal(e->updated.year, 2021);
    assert_int_equal(e->updated.month, 6);
    assert_string_equal(e->source_url, "https://x.example.org/about");
    assert_int_equal(e->keywords.n, 3);
    assert_string_equal(e->keywords.v[1], "réduction des risques");
    assert_string_equal(e->keywords.v[2], "europe");
    /* The bold labels are not prose. */
    assert_null(find_note(e, "Mise à jour"));
    entry_free(e);
}

/* The update date as a plain one-line paragraph; keywords split by a spaced
 * dash when no comma or semicolon splits them. */
static void test_plain_update_and_keywords(void **state)
{
    (void)state;
    static const struct {
        const char *md;
        int year, month, day;    /* 0: no date */
        const char *keywords[4]; /* expected keywords */
        const char *note;        /* a NOTE heading that must exist, or NULL */
    } rows[] = {
        {"## Objectifs\n\nTexte.\n\nMise à jour le 2 juin 2022\n\n"
         "**Mots-clés :** addictions - alcool - tabac\n",
         2022,
         6,
         2,
         {"addictions", "alcool", "tabac"},
         "Objectifs"},
        {"## Public\n\nTous.\n\nDernière actualisation : 05/2022\n\n**Mots-clés :** a\n",
         2022,
         5,
         0,
         {"a"},
         "Public"},
        {"## Public\n\nTous.\n\nActualisé en 2019.\n\n**Mots-clefs :** a – b\n",
         2019,
         0,
         0,
         {"a", "b"},
         "Public"},
        {"**MAJ :** 03/2021\n\n**Mots-clefs :** emploi - formation, Pays de Gex\n",
         2021,
         3,
         0,
         {"emploi - formation", "Pays de Gex"},
         NULL},
        {"## Objectifs\n\nTexte.\n\nMAJ le 04/05/2023\n",
         2023,
         5,
         4,
         {NULL},
         "Objectifs"},
        /* the label names the fiche: before, after, or in emphasis */
        {"## Objectifs\n\nTexte.\n\n*Fiche mise à jour le 30/11/2022*\n",
         2022,
         11,
         30,
         {NULL},
         "Objectifs"},
        {"## Objectifs\n\nTexte.\n\nFiche actualisée : avril 2022\n",
         2022,
         4,
         0,
         {NULL},
         "Objectifs"},
        {"## Objectifs\n\nTexte.\n\nMise à jour de la fiche : 20/01/2024\n",
         2024,
         1,
         20,
         {NULL},
         "Objectifs"},
        /* a keyword's abbreviation keeps its stops; a sentence's full stop
         * goes */
        {"## Objectifs\n\nTexte.\n\n**Mots-clefs :** C.C.A.S., aide sociale.\n",
         0,
         0,
         0,
         {"C.C.A.S.", "aide sociale"},
         "Objectifs"},
        /* plain closing labels, not bold */
        {"## Objectifs\n\nTexte.\n\nMise à jour : 03-2021\n\nMots-clés : a ; b\n",
         2021,
         3,
         0,
         {"a", "b"},
         "Objectifs"},
        /* "en date du" before the date; "Date de MAJ" bold (corpus set9) */
        {"## Objectifs\n\nTexte.\n\nMise à jour en date du 14/06/2022\n",
         2022,
         6,
         14,
         {NULL},
         "Objectifs"},
        {"## Objectifs\n\nTexte.\n\n**Date de MAJ :** 12/2020\n",
         2020,
         12,
         0,
         {NULL},
         "Objectifs"},
        /* a bold label without colon, after the keywords or in the contact
         * block: the date, not a keyword or a contact line */
        {"## Public\n\nTous.\n\n**Mots-clés :** a, b\n\n**Actualisé le** 21/08/2013\n",
         2013,
         8,
         21,
         {"a", "b"},
         "Public"},
        {"## Coordonnées\n\n1 rue X\n75001 Paris\n\n__Mise à jour__ 05/2020\n",
         2020,
         5,
         0,
         {NULL},
         NULL},
        /* in a longer paragraph or a list item: prose */
        {"## Objectifs\n\nMise à jour le 2 juin 2022 des tarifs\nsuite.\n",
         0,
         0,
         0,
         {NULL},
         "Objectifs"},
        {"## Objectifs\n\n- Actualisé en 2019\n", 0, 0, 0, {NULL}, "Objectifs"},
        /* a label without a date */
        {"## Objectifs\n\nMise à jour prochainement.\n", 0, 0, 0, {NULL}, "Objectifs"},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        char *md = xasprintf("# T – x\n\n%s", rows[i].md);
        struct entry *e = parse_text(md, 1);
        assert_non_null(e);
        if (rows[i].year == 0) {
            if (e->updated.precision != DATE_NONE)
                fail_msg("row %zu: a date", i);
        } else {
            assert_int_equal(e->updated.year, rows[i].year);
            assert_int_equal(e->updated.month, rows[i].month ? rows[i].month : 1);
            assert_int_equal(e->updated.precision, rows[i].day     ? DATE_DAY
                                                   : rows[i].month ? DATE_MONTH
                                                                   : DATE_YEAR);
            if (rows[i].day)
                assert_int_equal(e->updated.day, rows[i].day);
            assert_null(find_note(e, "Mise à jour"));
        }
        size_t nk = 0;
        while (nk < 4 && rows[i].keywords[nk])
            nk++;
        if (e->keywords.n != nk)
            fail_msg("row %zu: %zu keywords", i, e->keywords.n);
        for (size_t k = 0; k < nk; k++)
            assert_string_equal(e->keywords.v[k], rows[i].keywords[k]);
        if (rows[i].note)
            assert_non_null(find_note(e, rows[i].note));
        free(md);
        entry_free(e);
    }
}

static void test_title_without_dash(void **state)
{
    (void)state;
    struct entry *e = parse_text("# Sémaphore-Namur\n\nTexte libre.\n", 1);
    assert_non_null(e);
    assert_string_equal(e->org_name, "Sémaphore-Namur");
    assert_null(e->org_subtitle);
    /* Text between the title and the first section is kept. */
    assert_int_equal(e->notes.n, 1);
    assert_string_equal(e->notes.v[0].text, "Texte libre.");
    entry_free(e);
}

static void test_no_title(void **state)
{
    (void)state;
    const char *md = "#   \n\nrien\n";
    struct raw_entry raw = {md, strlen(md), 4, 0};
    struct extract_opts o = {"FR", false};
    struct entry *e = NULL;
    struct fiche_error err = {0};
    assert_int_equal(extract_entry(&raw, "t.md", &o, &e, &err), FICHE_EPARSE);
    assert_null(e);
    assert_int_equal(err.line, 4);
    fiche_error_clear(&err);
}

static void test_contact_block_lines(void **state)
{
    (void)state;
    const char *md =
        "# Groupe Pompidou – plate-forme\n"
        "\n"
        "## **Coordonnées**\n"
        "\n"
        "Groupe Pompidou  \n"
        "Palais de l'Europe  \n"
        "Avenue de l'Europe  \n"
        "67075 STRASBOURG CEDEX (FRANCE)  \n"
        "E-mail : [pompidou.group@coe.int](mailto:pompidou.group@coe.int)  \n"
        "[Formulaire de contact](#)  \n"
        "<https://www.coe.int/fr/web/pompidou/home>\n";
    struct entry *e = parse_text(md, 1);
    assert_non_null(e);
    assert_int_equal(e->emails.n, 1);
    assert_string_equal(e->emails.v[0], "pompidou.group@coe.int");
    assert_int_equal(e->urls.n, 1);
    assert_string_equal(e->urls.v[0], "https://www.coe.int/fr/web/pompidou/home");
    assert_string_equal(e->adr.postcode, "67075");
    assert_int_equal(e->adr.line, 6);
    /* The dead link's text is not lost. */
    bool kept = false;
    for (size_t i = 0; i < e->notes.n; i++)
        if (strstr(e->notes.v[i].text, "Formulaire de contact"))
            kept = true;
    assert_true(kept);
    entry_free(e);
    /* a label over a service's lines is no address line */
    e = parse_text("# Mairie de Carmaux\n\n## Coordonnées\n\nHôtel de ville :  \n"
                   "Pour prendre rendez-vous composez le 05.63.80.22.50.\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->adr.lines.n, 0);
    assert_int_equal(e->phones.n, 1);
    entry_free(e);
}

/* corpus set6: contact lines right under the title (no Coordonnées heading), a
 * people table, hours as a table and "## Mise à jour" over the date. */
static void test_opening_block_and_tables(void **state)
{
    (void)state;
    const char *md = "# CIDFF du Cher\n"
                     "\n"
                     "8 place Cujas  \n"
                     "18000 BOURGES  \n"
                     "Tél. : 02 61 91 18 00  \n"
                     "<contact@cidff18.example.fr>\n"
                     "\n"
                     "## Horaires d'ouverture\n"
                     "\n"
                     "| Jour | Matin | Après-midi |\n"
                     "|---|---|---|\n"
                     "| Lundi | 9h - 12h | 14h - 17h |\n"
                     "| Mardi | 9h - 12h | fermé |\n"
                     "\n"
                     "## Personnes responsables\n"
                     "\n"
                     "| Nom | Fonction | Téléphone |\n"
                     "|---|---|---|\n"
                     "| M. Didier FOURNIER | président | |\n"
                     "| Mme Agnès ROY | directrice | 02 61 91 18 02 |\n"
                     "\n"
                     "## Mise à jour\n"
                     "\n"
                     "12.03.2022\n";
    struct entry *e = parse_text(md, 1);
    assert_non_null(e);
    assert_string_equal(e->adr.postcode, "18000");
    assert_int_equal(e->phones.n, 1);
    assert_int_equal(e->emails.n, 1);
    assert_int_equal(e->hours.n, 3);
    assert_int_equal(e->closures.n, 0);
    assert_int_equal(e->people.n, 2);
    assert_string_equal(e->people.v[0].family_raw, "FOURNIER");
    assert_string_equal(e->people.v[0].title, "président");
    assert_string_equal(e->people.v[1].family_raw, "ROY");
    assert_int_equal(e->people.v[1].phones.n, 1);
    assert_int_equal(e->updated.year, 2022);
    assert_int_equal(e->updated.month, 3);
    bool kept = false;
    for (size_t i = 0; i < e->notes.n; i++)
        if (strstr(e->notes.v[i].text, "12.03.2022"))
            kept = true;
    assert_true(kept);
    entry_free(e);
}

static void check_same_text(const char *a, const char *b)
{
    if (a || b) {
        assert_non_null(a);
        assert_non_null(b);
        assert_string_equal(a, b);
    }
}

/* corpus set9: a people table with Civilité/Prénom/Nom columns, in any order and
 * with any of them missing, gives the people its rows give written inline;
 * the header row stays in NOTE; a table naming other columns is left as is. */
static void test_people_tables(void **state)
{
    (void)state;
    static const struct {
        const char *table; /* header, separator, one row */
        const char *inline_line;
    } rows[] = {
        {"| Civilité | Prénom | Nom | Fonction |\n|---|---|---|---|\n"
         "| Dr | Paul-Antoine | ALBERTINI | pédopsychiatre, chef de service |\n",
         "Dr Paul-Antoine ALBERTINI, pédopsychiatre, chef de service"},
        {"| Prénom | Nom | Fonction |\n|---|---|---|\n"
         "| Anne-Sophie | VAN DEN BROECK | coordinatrice |\n",
         "Anne-Sophie VAN DEN BROECK, coordinatrice"},
        {"| Fonction | Nom | Prénom | Civilité |\n|---|---|---|---|\n"
         "| cadre de santé | CASANOVA | Lisa | Mme |\n",
         "Mme Lisa CASANOVA, cadre de santé"},
        {"| Nom | Prénom | Téléphone |\n|---|---|---|\n"
         "| LEMAIRE | Mathieu | 02 61 91 35 18 |\n",
         "Mathieu LEMAIRE, 02 61 91 35 18"},
        {"| Contact | Fonction | Nom |\n|---|---|---|\n"
         "| [a.roy@x.example](mailto:a.roy@x.example) | | Mme Agnès ROY |\n",
         "Mme Agnès ROY, a.roy@x.example"},
        {"| Civilité | Nom |\n|---|---|\n| M. | FOURNIER |\n", "M. FOURNIER"},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        char *md = xasprintf("# Org\n\n## Personnes responsables\n\n%s", rows[i].table);
        char *md2 =
            xasprintf("# Org\n\n## Personnes responsables\n\n%s\n", rows[i].inline_line);
        struct entry *e = parse_text(md, 1), *e2 = parse_text(md2, 1);
        assert_non_null(e);
        assert_non_null(e2);
        if (e->people.n != 1 || e2->people.n != 1)
            fail_msg("row %zu: %zu and %zu people", i, e->people.n, e2->people.n);
        const struct person *a = &e->people.v[0], *b = &e2->people.v[0];
        check_same_text(a->prefix, b->prefix);
        check_same_text(a->given, b->given);
        check_same_text(a->family_raw, b->family_raw);
        check_same_text(a->title, b->title);
        assert_int_equal(a->phones.n, b->phones.n);
        assert_int_equal(a->emails.n, b->emails.n);
        /* the header row is kept */
        const struct note_section *n = find_note(e, "Personnes responsables");
        assert_non_null(n);
        assert_non_null(strstr(n->text, "Nom"));
        entry_free(e);
        entry_free(e2);
        free(md);
        free(md2);
    }

    /* Another column: the row stays as written, cell after cell. */
    struct entry *e =
        parse_text("# Org\n\n## Partenaires\n\n| Nom | Adresse |\n|---|---|\n"
                   "| Mairie | 1 rue X |\n",
                   1);
    assert_non_null(e);
    const struct note_section *n = find_note(e, "Partenaires");
    assert_non_null(n);
    assert_string_equal(n->text, "Nom, Adresse\nMairie, 1 rue X");
    entry_free(e);
}

static void test_people_on_one_line(void **state)
{
    (void)state;
    const char *md = "# Test – x\n\n## Personnes responsables\n\n"
                     "M. Jean DUPONT, directeur ; Mme Anne MARTIN, présidente  \n"
                     "Mme Claire PETIT, chargée de mission ; secrétariat\n";
    struct entry *e = parse_text(md, 1);
    assert_non_null(e);
    assert_int_equal(e->people.n, 3);
    assert_string_equal(e->people.v[0].family, "Dupont");
    assert_string_equal(e->people.v[0].title, "directeur");
    assert_string_equal(e->people.v[1].prefix, "Mme");
    assert_string_equal(e->people.v[1].title, "présidente");
    /* Not every part is a person: the line is read whole. */
    assert_string_equal(e->people.v[2].title, "chargée de mission ; secrétariat");
    entry_free(e);
    /* three parts or more cut at ";" vouch for each other's names */
    e = parse_text("# Test – x\n\n## Personnes responsables\n\nLéa Fortin, archiviste; "
                   "Paul Gagnon, régisseur; Ana Roy, marguillière\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->people.n, 3);
    assert_string_equal(e->people.v[2].family, "Roy");
    assert_string_equal(e->people.v[2].title, "marguillière");
    entry_free(e);
    /* names, a semicolon and the role they share */
    e = parse_text("# Test – x\n\n## Personnes responsables\n\nGiulia MARCON, Aurélie "
                   "REYES ; agents de prévention\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->people.n, 2);
    assert_string_equal(e->people.v[1].family, "Reyes");
    assert_string_equal(e->people.v[0].title, "agents de prévention");
    assert_string_equal(e->people.v[1].title, "agents de prévention");
    entry_free(e);
    /* names in natural case, a comma and a role in the plural they share;
     * not a role in the singular (whose? the line is read whole) */
    e = parse_text(
        "# Test – x\n\n## Personnes responsables\n\nLucie Vidal et Marc "
        "Olivier, éducateurs spécialisés du service\n\nAnne Roux et Léa Blanc, "
        "directrice\n",
        1);
    assert_non_null(e);
    assert_int_equal(e->people.n, 2);
    assert_string_equal(e->people.v[0].given, "Lucie");
    assert_string_equal(e->people.v[1].family, "Olivier");
    assert_string_equal(e->people.v[1].title, "éducateurs spécialisés du service");
    entry_free(e);
    /* each name with its role after it, or names then their roles in order;
     * a prefix "co" without its hyphen ("cogérants") */
    e = parse_text(
        "# Test – x\n\n## Personnes responsables\n\nHervé Lacaze, trésorier, Nadia "
        "Ferrand, présidente et Eric Vidal secrétaire\n\nJeanne Roux et Luc Mas, "
        "animatrice et comptable\n\nIrène Bosc et Yann Morel, cogérants\n",
        1);
    assert_non_null(e);
    assert_int_equal(e->people.n, 7);
    assert_string_equal(e->people.v[0].title, "trésorier");
    assert_string_equal(e->people.v[1].family, "Ferrand");
    assert_string_equal(e->people.v[1].title, "présidente");
    assert_string_equal(e->people.v[2].given, "Eric");
    assert_string_equal(e->people.v[2].title, "secrétaire");
    assert_string_equal(e->people.v[3].title, "animatrice");
    assert_string_equal(e->people.v[4].family, "Mas");
    assert_string_equal(e->people.v[4].title, "comptable");
    assert_string_equal(e->people.v[6].title, "cogérants");
    entry_free(e);
    /* a line that says how to reach the person above: its e-mail and
     * number are the person's, the line in the note */
    e = parse_text("# Test – x\n\n## Personnes responsables\n\nLéa MOREL  \nPour la "
                   "contacter : par mail, lea.morel@club.fr , ou au 06 11 22 33 44.\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->people.n, 1);
    assert_null(e->people.v[0].title);
    assert_int_equal(e->people.v[0].emails.n, 1);
    assert_int_equal(e->people.v[0].phones.n, 1);
    assert_non_null(strstr(e->people.v[0].note, "Pour la contacter"));
    entry_free(e);
    /* names, then after " / " the number they share */
    e = parse_text("# Test – x\n\n## Personnes responsables\n\nLina PONS et Hugo RAMEL / "
                   "Tél. : 04 73 10 20 30\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->people.n, 2);
    assert_string_equal(e->people.v[1].family, "Ramel");
    assert_int_equal(e->people.v[0].phones.n, 1);
    assert_string_equal(e->people.v[1].phones.v[0].e164, "+33473102030");
    entry_free(e);
    /* a dead link alone names nobody: its text goes to NOTE */
    e = parse_text("# Test – x\n\n## Personnes contact\n\n[Contacter la MDPH](#)  \n"
                   "Mme Anne MARTIN, accueil\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->people.n, 1);
    assert_string_equal(e->people.v[0].family, "Martin");
    const struct note_section *ns = find_note(e, "Personnes contact");
    assert_non_null(ns);
    assert_string_equal(ns->text, "Contacter la MDPH");
    entry_free(e);
}

/* A board listed by first names, each with its role, the list vouching
 * for each (paragraph or list items); names after a label that is their
 * title; a service's word or a single such line is no first name. */
static void test_people_first_names_and_labels(void **state)
{
    (void)state;
    const char *md = "# Test – x\n\n## Personnes responsables\n\n"
                     "Yvette, la trésorière du foyer – 06 71 22 33 44  \n"
                     "Gaston secrétaire  \nIrène, vice-présidente\n\n"
                     "- Hugues, président\n- Solène : animatrice\n\n"
                     "Membres actifs : Lucie MOREAU, Ahmed BENALI et Rose Tran\n\n"
                     "Contact : Paul GIRARD, Anne VIDAL\n\n"
                     "Accueil, secrétaire  \nSecrétariat, trésorier\n\n"
                     "Marcel, président\n";
    struct entry *e = parse_text(md, 1);
    assert_non_null(e);
    assert_int_equal(e->people.n, 10);
    assert_null(e->people.v[0].given);
    assert_string_equal(e->people.v[0].family, "Yvette");
    assert_string_equal(e->people.v[0].title, "la trésorière du foyer");
    assert_int_equal(e->people.v[0].phones.n, 1);
    assert_string_equal(e->people.v[1].family, "Gaston");
    assert_string_equal(e->people.v[1].title, "secrétaire");
    assert_string_equal(e->people.v[2].title, "vice-présidente");
    assert_string_equal(e->people.v[3].family, "Hugues");
    assert_string_equal(e->people.v[4].family, "Solène");
    assert_string_equal(e->people.v[4].title, "animatrice");
    for (size_t i = 5; i < 8; i++)
        assert_string_equal(e->people.v[i].title, "Membres actifs");
    assert_string_equal(e->people.v[6].family, "Benali");
    assert_string_equal(e->people.v[7].given, "Rose");
    assert_string_equal(e->people.v[8].family, "Girard");
    assert_null(e->people.v[8].title);
    assert_string_equal(e->people.v[9].family, "Vidal");
    const struct note_section *ns = find_note(e, "Personnes responsables");
    assert_non_null(ns);
    assert_non_null(strstr(ns->text, "Accueil, secrétaire"));
    assert_non_null(strstr(ns->text, "Marcel, président"));
    entry_free(e);
    /* alone in its paragraph, a given name and a role said with an article;
     * a label glued before a civility; a role after a name in natural case
     * without a separator */
    e = parse_text("# Test – x\n\n## Personnes responsables\n\n"
                   "Josette, la responsable de l'accueil\n\n"
                   "Équipe pédagogique Mme Inès MOREL, proviseure\n\n"
                   "Claire Vasseur conservatrice du musée\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->people.n, 3);
    assert_string_equal(e->people.v[0].family, "Josette");
    assert_string_equal(e->people.v[0].title, "la responsable de l'accueil");
    assert_string_equal(e->people.v[1].family, "Morel");
    assert_string_equal(e->people.v[1].title, "proviseure");
    assert_string_equal(e->people.v[1].note, "Équipe pédagogique");
    assert_string_equal(e->people.v[2].given, "Claire");
    assert_string_equal(e->people.v[2].title, "conservatrice du musée");
    entry_free(e);
}

/* A role alone in its paragraph over names each alone in theirs titles
 * every name after it until a line that names nobody or a name with a
 * title of its own; a contact label over a name is no title, and a role
 * over nothing stays a line not understood. */
static void test_people_role_headings(void **state)
{
    (void)state;
    const char *md = "# Test – x\n\n## Personnes responsables\n\n"
                     "Trésorière\n\nJosiane PELLETIER\n\n"
                     "Membres du comité\n\nOdile FAURE\n\nMarc Antoine LEBRUN\n\n"
                     "M. Yves ROCHE, animateur\n\nSylvie GARNIER\n\n"
                     "Personne à contacter\n\nHenri BLANC\n\n"
                     "Vérificateur aux comptes\n";
    struct entry *e = parse_text(md, 1);
    assert_non_null(e);
    assert_int_equal(e->people.n, 6);
    assert_string_equal(e->people.v[0].family, "Pelletier");
    assert_string_equal(e->people.v[0].title, "Trésorière");
    assert_string_equal(e->people.v[1].title, "Membres du comité");
    assert_string_equal(e->people.v[2].family, "Lebrun");
    assert_string_equal(e->people.v[2].title, "Membres du comité");
    assert_string_equal(e->people.v[3].title, "animateur");
    assert_null(e->people.v[4].title);
    assert_string_equal(e->people.v[5].family, "Blanc");
    assert_null(e->people.v[5].title);
    const struct note_section *ns = find_note(e, "Personnes responsables");
    assert_non_null(ns);
    assert_non_null(strstr(ns->text, "Personne à contacter"));
    assert_non_null(strstr(ns->text, "Vérificateur aux comptes"));
    assert_null(strstr(ns->text, "Trésorière"));
    entry_free(e);
    /* a label with its colon over the names of its paragraph titles each;
     * a roll call's word is no title */
    e = parse_text("# Test – x\n\n## Personnes responsables\n\n"
                   "Délégués de classe :  \nMme RIOU  \nM. TANGUY  \n"
                   "Animatrices :  \nMme LE GOFF\n\n"
                   "Excusés : Mme PRIGENT\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->people.n, 4);
    assert_string_equal(e->people.v[0].title, "Délégués de classe");
    assert_string_equal(e->people.v[1].family, "Tanguy");
    assert_string_equal(e->people.v[1].title, "Délégués de classe");
    assert_string_equal(e->people.v[2].title, "Animatrices");
    assert_string_equal(e->people.v[3].family, "Prigent");
    assert_null(e->people.v[3].title);
    assert_string_equal(e->people.v[3].note, "Excusés");
    entry_free(e);
    /* a title line under a name that has one already: kept in its note */
    e = parse_text("# Test – x\n\n## Personnes responsables\n\n"
                   "Martin Claude, Roux Alain  \nTrésorier adjoint\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->people.n, 1);
    assert_non_null(e->people.v[0].note);
    assert_non_null(strstr(e->people.v[0].note, "Trésorier adjoint"));
    entry_free(e);
    /* a name and its comma over its title, a title going on after its
     * comma; a label in title case under a label is no name */
    e = parse_text("# Test – x\n\n## Personnes responsables\n\n"
                   "Hélène VIDAL,  \nDirectrice.  \nBruno PONS,  \nCadre de Santé,  \n"
                   "Référent Handicap\n\n"
                   "Bénévoles :  \nMme RIOU  \nResponsable de la Salle :  \nM. LE DU\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->people.n, 4);
    assert_string_equal(e->people.v[0].title, "Directrice");
    assert_string_equal(e->people.v[1].family, "Pons");
    assert_string_equal(e->people.v[1].title, "Cadre de Santé, Référent Handicap");
    assert_string_equal(e->people.v[2].title, "Bénévoles");
    assert_string_equal(e->people.v[3].family, "Le Du");
    assert_string_equal(e->people.v[3].title, "Responsable de la Salle");
    entry_free(e);
}

/* Names alone on one line, cut at commas and "et"; a label line over them
 * goes to NOTE without a warning, a line that names nobody with one; a
 * person named in two sections is one person. */
static void test_people_lists_and_merge(void **state)
{
    (void)state;
    const char *md = "# Test – x\n\n## Personnes responsables\n\n"
                     "Collège des échevins :  \n"
                     "Emile EICHER, Georges MICHELS et Aline SCHROEDER-KREINS\n\n"
                     "Secrétaire général : Joël VIS\n\n"
                     "Voir aussi la liste des bénévoles\n\n"
                     "## Personnes contact\n\n"
                     "Joël VIS  \njoel.vis@example.fr  \nTél : 06 85 10 39 70\n";
    struct entry *e = parse_text(md, 1);
    assert_non_null(e);
    assert_int_equal(e->people.n, 4);
    assert_string_equal(e->people.v[0].family, "Eicher");
    assert_string_equal(e->people.v[2].given, "Aline");
    assert_string_equal(e->people.v[2].family, "Schroeder-Kreins");
    assert_null(e->people.v[2].title);
    const struct person *vis = &e->people.v[3];
    assert_string_equal(vis->title, "Secrétaire général");
    assert_int_equal(vis->phones.n, 1);
    assert_string_equal(vis->phones.v[0].e164, "+33685103970");
    assert_int_equal(vis->emails.n, 1);
    size_t warned = 0;
    for (size_t i = 0; i < e->diags.n; i++)
        if (strstr(e->diags.v[i].message,
                   "line not understood in Personnes responsables")) {
            warned++;
            assert_non_null(strstr(e->diags.v[i].message, "Voir aussi"));
        }
    assert_int_equal(warned, 1);
    const struct note_section *ns = find_note(e, "Personnes responsables");
    assert_non_null(ns);
    assert_non_null(strstr(ns->text, "Collège des échevins :"));
    assert_non_null(strstr(ns->text, "Voir aussi la liste des bénévoles"));
    entry_free(e);
}

/* Lines of names without civility nor capitals, each with a comma and who
 * the person is in lower case, vouch for each other; a service's line does
 * not. */
static void test_names_with_descriptions(void **state)
{
    (void)state;
    struct entry *e = parse_text("# Foyer – x\n\n## Personnes responsables\n\n"
                                 "Jeanne Moreau-Vidal, qui anime l'atelier couture  \n"
                                 "Paul Grandjean, de la paroisse Saint-Jean\n\n"
                                 "Accueil Jeunes, du lundi au vendredi\n",
                                 1);
    assert_non_null(e);
    assert_int_equal(e->people.n, 2);
    assert_string_equal(e->people.v[0].given, "Jeanne");
    assert_string_equal(e->people.v[0].family, "Moreau-Vidal");
    assert_string_equal(e->people.v[0].title, "qui anime l'atelier couture");
    assert_string_equal(e->people.v[1].family, "Grandjean");
    assert_string_equal(e->people.v[1].title, "de la paroisse Saint-Jean");
    entry_free(e);
}

/* A sentence of the contact block that names a street without its number:
 * the street (and the locality after "à"), not a street "dans la rue". */
static void test_street_without_number(void **state)
{
    (void)state;
    struct entry *e = parse_text("# Épicerie – x\n\n## Coordonnées\n\n"
                                 "L'épicerie vient de s'installer place Jean Jaurès à "
                                 "Figeac, près de la gare.\n",
                                 1);
    assert_non_null(e);
    assert_int_equal(e->adr.lines.n, 1);
    assert_string_equal(e->adr.lines.v[0], "place Jean Jaurès");
    assert_string_equal(e->adr.locality, "Figeac");
    entry_free(e);
    e = parse_text("# Mairie – x\n\n## Coordonnées\n\nLe siège est à l'hôtel de ville, "
                   "Place G. Bisson.\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->adr.lines.n, 1);
    assert_string_equal(e->adr.lines.v[0], "Place G. Bisson");
    entry_free(e);
    /* a street and its phone on one line, a space apart */
    e = parse_text(
        "# Club – x\n\n## Coordonnées\n\n12 bis rue des Lilas 04 78 12 34 56  \n"
        "69003 Lyon\n",
        1);
    assert_non_null(e);
    assert_int_equal(e->adr.lines.n, 1);
    assert_string_equal(e->adr.lines.v[0], "12 bis rue des Lilas");
    assert_string_equal(e->adr.postcode, "69003");
    assert_int_equal(e->phones.n, 1);
    assert_string_equal(e->phones.v[0].e164, "+33478123456");
    entry_free(e);
    e = parse_text("# Club – x\n\n## Coordonnées\n\nStationnement possible dans la rue "
                   "Carnot.\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->adr.lines.n, 0);
    entry_free(e);
}

/* tests/corpus/set5: the phone or e-mail on the line under a person's bullet is
 * that person's, as is a number alone in the next paragraph; a labelled line
 * after a plain person line is not. */
static void test_person_continuation(void **state)
{
    (void)state;
    static const struct {
        const char *md;
        size_t n_people;
        size_t who; /* person that gets the phone / e-mail */
        const char *e164, *email;
        bool noted; /* the second line went to NOTE */
    } rows[] = {
        {"- Mme MARTIN, chargée de prévention  \n  06 39 98 70 12\n", 1, 0,
         "+33639987012", NULL, false},
        {"- M. DUHALDE, éducateur  \n  Tél. : 06 39 98 64 02\n- Mme Anne ROY, psy\n", 2,
         0, "+33639986402", NULL, false},
        {"- M. Jo GUÉHENNEC, travailleur social  \n  jo.g@example.org\n", 1, 0, NULL,
         "jo.g@example.org", false},
        {"Mme Anne ROY, juriste  \n02 61 91 72 12\n", 1, 0, "+33261917212", NULL, false},
        {"Mme Anne ROY, juriste  \nSecrétariat : 02 61 91 72 12\n", 1, 0, NULL, NULL,
         true},
        /* alone in the next paragraph: hers too (a Belgian commune's page
         * gives each person's number so) */
        {"Mme Anne ROY, juriste\n\n02 61 91 72 12\n", 1, 0, "+33261917212", NULL, false},
        /* in her paragraph, under a line of words (noted, warned), a number
         * after words that are no label is hers, the line in her note; her
         * role in front of the number is her title's business */
        {"Paul HENRY, adjoint  \nPermanence  \nLe samedi sur rendez-vous - "
         "06 11 22 33 44\n",
         1, 0, "+33611223344", NULL, true},
        {"Paul HENRY, adjoint  \nPermanence  \npaul.henry@example.fr\n", 1, 0, NULL,
         "paul.henry@example.fr", true},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        char *md = xasprintf("# Test – x\n\n## Personnes contact\n\n%s", rows[i].md);
        struct entry *e = parse_text(md, 1);
        free(md);
        assert_non_null(e);
        assert_int_equal(e->people.n, rows[i].n_people);
        const struct person *p = &e->people.v[rows[i].who];
        if (rows[i].e164) {
            assert_int_equal(p->phones.n, 1);
            assert_string_equal(p->phones.v[0].e164, rows[i].e164);
        } else {
            assert_int_equal(p->phones.n, 0);
        }
        if (rows[i].email) {
            assert_int_equal(p->emails.n, 1);
            assert_string_equal(p->emails.v[0], rows[i].email);
        } else {
            assert_int_equal(p->emails.n, 0);
        }
        assert_int_equal(find_note(e, "Personnes contact") != NULL, rows[i].noted);
        entry_free(e);
    }
}

/* parse-link-targets: every live link target ends in NOTE or a structured
 * field, whatever path its line takes: prose, people and source fallbacks,
 * keywords, headings, the title, images. */
static void test_link_targets(void **state)
{
    (void)state;
    static const struct {
        const char *md;      /* after "# Org\n\n" */
        const char *heading; /* of the note */
        const char *note;    /* its text */
    } rows[] = {
        {"## Responsables\n\nVoir [la liste](https://liste.example)\n", "Responsables",
         "Voir la liste <https://liste.example>"},
        {"## Source de mise à jour\n\nAnnuaire : [lien](https://src.example) et "
         "[autre](https://autre.example)\n",
         "Source de mise à jour",
         "Annuaire : lien <https://src.example> et autre <https://autre.example>"},
        {"## Mots-clefs\n\nsanté, [social](https://soc.example/a,b)\n", "Mots-clefs",
         "social <https://soc.example/a,b>"},
        {"## [Objectifs](https://obj.example)\n\nTexte.\n", "Objectifs",
         "Texte.\nLien : <https://obj.example>"},
        {"## [Horaires](https://h.example)\n\nLundi : 9h-12h.\n", "Horaires",
         "Lien : <https://h.example>"},
        {"## [Public visé](https://p.example)\n\n## Fin\n\nx\n", "Public visé",
         "Lien : <https://p.example>"},
        {"## Objectifs\n\nTexte ![logo](https://x.fr/logo.png) ici.\n", "Objectifs",
         "Texte logo <https://x.fr/logo.png> ici."},
        {"## Objectifs\n\n[![logo](https://x.fr/l.png)](https://x.fr)\n", "Objectifs",
         "logo <https://x.fr/l.png> <https://x.fr>"},
        {"## Objectifs\n\n[a](#) [b]() [https://y.fr](https://y.fr) "
         "[c](https://y.fr)\n",
         "Objectifs", "a b https://y.fr c"},
        {"## <https://h.example> ![](https://i.example/x.png)\n\nx\n",
         "https://h.example", "x\nLien : <https://i.example/x.png>"},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        char *md = xasprintf("# Org\n\n%s", rows[i].md);
        struct entry *e = parse_text(md, 1);
        assert_non_null(e);
        const struct note_section *ns = find_note(e, rows[i].heading);
        if (!ns || strcmp(ns->text, rows[i].note) != 0)
            fail_msg("row %zu: note \"%s\" is \"%s\"", i, rows[i].heading,
                     ns ? ns->text : "(none)");
        entry_free(e);
        free(md);
    }

    /* The opening section as written, for NOTE and DESCRIPTION. */
    struct entry *e = parse_text("# Org\n\n## Horaires\n\nSur rendez-vous : "
                                 "[prendre RDV](https://rdv.example/foo)\n",
                                 1);
    assert_non_null(e);
    assert_string_equal(e->hours_text,
                        "Sur rendez-vous : prendre RDV <https://rdv.example/foo>");
    entry_free(e);

    /* The title keeps its text; the target opens the NOTE. */
    e = parse_text("# [Groupe X](https://groupe.example) – sous-titre\n\nIntro.\n", 1);
    assert_non_null(e);
    assert_string_equal(e->title, "Groupe X – sous-titre");
    assert_string_equal(e->org_name, "Groupe X");
    assert_true(e->notes.n >= 1);
    assert_string_equal(e->notes.v[0].heading, "");
    assert_string_equal(e->notes.v[0].text, "Lien : <https://groupe.example>\nIntro.");
    entry_free(e);

    /* A plain "Source de mise à jour :" line at the end of the prose. */
    e = parse_text("# Org\n\n## Objectifs\n\nTexte.\n\n"
                   "Source de mise à jour : http://src.example/qui\n",
                   1);
    assert_non_null(e);
    assert_non_null(e->source_url);
    assert_string_equal(e->source_url, "http://src.example/qui");
    assert_string_equal(find_note(e, "Objectifs")->text, "Texte.");
    entry_free(e);

    /* A URL written inside the source text is the source; the line stays in
     * NOTE for its words. A source without a URL gives none. */
    static const char *const sources[][2] = {
        {"site de l’association (https://src.example/contact)",
         "https://src.example/contact"},
        {"annuaire : www.src.example.", "http://www.src.example"},
        {"appel téléphonique du 12/03/2023", NULL},
    };
    for (size_t i = 0; i < ARRAY_LEN(sources); i++) {
        char *md = xasprintf("# Org\n\n**Source de mise à jour :** %s\n", sources[i][0]);
        e = parse_text(md, 1);
        assert_non_null(e);
        if (sources[i][1]) {
            assert_non_null(e->source_url);
            assert_string_equal(e->source_url, sources[i][1]);
        } else {
            assert_null(e->source_url);
        }
        assert_non_null(find_note(e, "Source de mise à jour"));
        entry_free(e);
        free(md);
    }

    /* Keywords stay the links' texts; the source URL is the first link. */
    e = parse_text("# Org\n\n## Mots-clefs\n\nsanté, [social](https://soc.example/a,b)\n"
                   "\n## Source\n\n[lien](https://src.example)\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->keywords.n, 2);
    assert_string_equal(e->keywords.v[1], "social");
    assert_string_equal(e->source_url, "https://src.example");
    assert_null(find_note(e, "Source"));
    entry_free(e);
}

/* parse-empty-sections: a prose section with nothing under it keeps its
 * heading in NOTE (empty text); empty structured sections add nothing. */
/* A name alone, then its title on the next line of the paragraph, with or
 * without a phone and a hidden e-mail; not across paragraphs, and not when
 * the next line is a contact line of its own. */
static void test_title_on_the_next_line(void **state)
{
    (void)state;
    struct entry *e = parse_text(
        "# Service\n\n## Contacts\n\nAline MOREAU  \nConseillère conjugale  \n\n"
        "Paul LEROY  \nAdjoint du directeur Tél. : 01 41 63 76 79 [email protected]\n\n"
        "Marc DURAND\n\nSecrétaire général\n",
        1);
    assert_non_null(e);
    assert_int_equal(e->people.n, 3);
    assert_string_equal(e->people.v[0].title, "Conseillère conjugale");
    assert_string_equal(e->people.v[1].title, "Adjoint du directeur");
    assert_int_equal(e->people.v[1].phones.n, 1);
    assert_string_equal(e->people.v[1].phones.v[0].e164, "+33141637679");
    assert_non_null(strstr(e->people.v[1].note, "[email protected]"));
    assert_null(e->people.v[2].title);
    entry_free(e);
}

/* A role alone on its line over the name on the next, with or without a
 * colon; across a paragraph when each is alone in its own. */
static void test_role_above_the_name(void **state)
{
    (void)state;
    struct entry *e =
        parse_text("# CDAD\n\n## Personnes responsables\n\n"
                   "Président :  \nM. Jean SEITHER  \nSecrétaire général :  \n"
                   "Mme Julie FARFART  \nTél. : 05.47.33.91.17\n\n"
                   "Préposée  \nMme Rosanne Abplanalp\n\nTrésorier\n\nM. Paul RIVE\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->people.n, 4);
    assert_string_equal(e->people.v[0].title, "Président");
    assert_string_equal(e->people.v[1].title, "Secrétaire général");
    assert_int_equal(e->people.v[1].phones.n, 1);
    assert_string_equal(e->people.v[2].title, "Préposée");
    assert_string_equal(e->people.v[3].title, "Trésorier");
    entry_free(e);
}

/* One person named twice with two roles is one card with both. */
static void test_two_roles_merged(void **state)
{
    (void)state;
    struct entry *e = parse_text("# Bibliothèque\n\n## Responsables\n\n"
                                 "Coordonnatrice : Mme Colette NORMANDIN  \n"
                                 "Bibliothécaire : Mme Colette NORMANDIN\n",
                                 1);
    assert_non_null(e);
    assert_int_equal(e->people.n, 1);
    assert_string_equal(e->people.v[0].title, "Coordonnatrice, Bibliothécaire");
    entry_free(e);
}

/* A section headed as contacts that gives an address is the contact block
 * ("## Contact Information" over the agency's address, phone and e-mail);
 * one that gives people and phones stays a list of people. */
static void test_contacts_heading_over_an_address(void **state)
{
    (void)state;
    struct entry *e = parse_text("# Agence consulaire\n\n## Contact Information\n\n"
                                 "Centre Tamanu, 1er étage  \n98718 Punaauia  \n"
                                 "Tel : 40 42 65 35  \nemail : agence@example.pf\n",
                                 1);
    assert_non_null(e);
    assert_non_null(e->adr.postcode);
    assert_string_equal(e->adr.postcode, "98718");
    assert_int_equal(e->people.n, 0);
    assert_int_equal(e->emails.n, 1);
    entry_free(e);
    e = parse_text(
        "# Service\n\n## Contacts\n\nMme Anne ROY, juriste  \n02 61 91 72 12\n", 1);
    assert_non_null(e);
    assert_int_equal(e->people.n, 1);
    entry_free(e);
    /* values alone under "Contacts": the contact block; the e-mail's domain
     * gives the numbers' plan (French Polynesia), the country stays France */
    e = parse_text("# État civil – Commune de Mahina\n\n## Contacts\n\n"
                   "- Tél : 40 48 71 02 – 40 48 71 03\n- E-mail : etat-civil@mahina.pf\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->people.n, 0);
    assert_int_equal(e->phones.n, 2);
    assert_string_equal(e->phones.v[0].e164, "+68940487102");
    assert_int_equal(e->emails.n, 1);
    assert_string_equal(e->adr.country, "France");
    entry_free(e);
}

/* Hours written in the contact block: their ranges, the sentence left in
 * NOTE once; after an opening section that gives ranges, only a telephone
 * line's. */
static void test_hours_in_the_contact_block(void **state)
{
    (void)state;
    /* one day by appointment in the block: the entry is by appointment
     * only, unless its hours say some reception needs none */
    static const char block[] = "# Ville\n\n## Coordonnées\n\nLe samedi matin sur "
                                "rendez-vous au 071/55.94.23\n\n## Horaires\n\n";
    struct entry *e = parse_text(block, 1);
    assert_non_null(e);
    assert_true(e->appointment_only);
    entry_free(e);
    char *md = xasprintf("%sService Population accessible sans rendez-vous du lundi au "
                         "vendredi\n",
                         block);
    e = parse_text(md, 1);
    free(md);
    assert_non_null(e);
    assert_false(e->appointment_only);
    entry_free(e);
    /* in the hours alone: walk-in permanences beside consultations by
     * appointment; a negated "sans rendez-vous" is none */
    e = parse_text("# PMI\n\n## Horaires\n\nLes mères peuvent venir aux permanences "
                   "sans rendez-vous.\n\nLes consultations sont sur rendez-vous.\n",
                   1);
    assert_non_null(e);
    assert_false(e->appointment_only);
    entry_free(e);
    e = parse_text("# PMI\n\n## Horaires\n\nAucun accueil sans rendez-vous.\n\n"
                   "Les consultations sont sur rendez-vous.\n",
                   1);
    assert_non_null(e);
    assert_true(e->appointment_only);
    entry_free(e);
    e = parse_text(
        "# Maison des ados\n\n## Coordonnées\n\nL'accueil se fait sans rendez-vous du "
        "lundi "
        "au vendredi de 13h30 à 18h30 sur place ou par téléphone au 02 47 22 20 69.\n",
        1);
    assert_non_null(e);
    assert_int_equal(e->phones.n, 1);
    assert_int_equal(e->hours.n, 2);
    assert_int_equal(e->hours.v[0].days, DAY_MO | DAY_TU | DAY_WE | DAY_TH | DAY_FR);
    assert_int_equal(e->hours.v[0].start, 13 * 60 + 30);
    assert_int_equal(e->hours.v[0].kind, HOURS_RECEPTION);
    assert_int_equal(e->hours.v[1].kind, HOURS_PHONE);
    assert_null(e->hours_text);
    size_t with = 0;
    for (size_t i = 0; i < e->notes.n; i++)
        with += strstr(e->notes.v[i].text, "13h30") != NULL;
    assert_int_equal(with, 1);
    entry_free(e);
    e = parse_text("# Aide\n\n## Coordonnées\n\nUne permanence téléphonique au "
                   "05.58.06.02.02, de 9h à 12h du lundi au vendredi. Accueil du public "
                   "le lundi de 9h à 12h.\n\n## Horaires\n\nLe lundi de 9h à 12h.\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->hours.n, 2);
    assert_int_equal(e->hours.v[0].kind, HOURS_RECEPTION);
    assert_int_equal(e->hours.v[0].days, DAY_MO);
    assert_int_equal(e->hours.v[1].kind, HOURS_PHONE);
    assert_string_equal(e->hours_text, "Le lundi de 9h à 12h.");
    entry_free(e);
    /* "Contact et horaires" is a contact block; "à l'écoute", a line's hours */
    e = parse_text("# Écoute parents\n\n## Contact et horaires\n\nLe 0 800 00 12 34 est "
                   "à l'écoute des parents 7 jours sur 7 de 8h à 20h.\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->hours.n, 1);
    assert_int_equal(e->hours.v[0].days, DAY_ALL);
    assert_int_equal(e->hours.v[0].kind, HOURS_PHONE);
    entry_free(e);
    /* an opening section that gives no range (days without times) leaves
     * the block's sentence the entry's reception hours */
    e = parse_text("# Espace emploi\n\n## Coordonnées\n\nEspace emploi de Brienne  \n"
                   "Vous reçoit le mardi et le jeudi de 8h30 à 11h45  \n"
                   "Tél : 03 25 92 80 46\n\n## Horaires\n\nNos conseillers vous "
                   "reçoivent du lundi au vendredi, avec ou sans rendez-vous.\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->hours.n, 1);
    assert_int_equal(e->hours.v[0].days, DAY_TU | DAY_TH);
    assert_int_equal(e->hours.v[0].start, 8 * 60 + 30);
    assert_int_equal(e->hours.v[0].end, 11 * 60 + 45);
    assert_int_equal(e->hours.v[0].kind, HOURS_RECEPTION);
    entry_free(e);
    /* "7j/7" is days; hours in parentheses after one number are that
     * number's (often another service's), not the entry's */
    e = parse_text("# France Victimes\n\n## Coordonnées\n\nLe 116 006 reste joignable "
                   "7j/7, de 9h à 19h pour toutes les victimes.\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->hours.n, 1);
    assert_int_equal(e->hours.v[0].days, DAY_ALL);
    assert_int_equal(e->hours.v[0].kind, HOURS_PHONE);
    entry_free(e);
    e = parse_text(
        "# CCAS\n\n## Coordonnées\n\nCCAS : 03 84 36 66 60  \n"
        "Canicule Info Service : 0 800 06 66 66 (Appel gratuit, 24h/24, 7j/7).\n",
        1);
    assert_non_null(e);
    assert_int_equal(e->phones.n, 2);
    assert_int_equal(e->hours.n, 0);
    entry_free(e);
}

/* An opening section found by its lines under a heading that names no hours
 * keeps its heading in NOTE (nothing of the entry is lost). */
static void test_hours_under_other_heading(void **state)
{
    (void)state;
    struct entry *e = parse_text("# Ludothèque\n\n## Coordonnées\n\n2 rue Basse  \n"
                                 "32700 Lectoure\n\n## Bon à savoir\n\n"
                                 "Le mercredi de 14h à 18h.\n",
                                 1);
    assert_non_null(e);
    assert_int_equal(e->hours.n, 1);
    bool kept = false;
    for (size_t i = 0; i < e->notes.n; i++)
        kept = kept || strcmp(e->notes.v[i].heading, "Bon à savoir") == 0;
    assert_true(kept);
    entry_free(e);
}

/* A number or an e-mail alone in the paragraph after a person's is hers. */
static void test_person_values_in_next_paragraph(void **state)
{
    (void)state;
    struct entry *e = parse_text("# Service social\n\n## Personnes contact\n\n"
                                 "Assistante sociale : Mme Julie BERNARD\n\n"
                                 "04 76 00 00 05\n\njulie.bernard@example.fr\n",
                                 1);
    assert_non_null(e);
    assert_int_equal(e->people.n, 1);
    assert_int_equal(e->people.v[0].phones.n, 1);
    assert_string_equal(e->people.v[0].phones.v[0].e164, "+33476000005");
    assert_int_equal(e->people.v[0].emails.n, 1);
    entry_free(e);
}

/* No opening hours at all, but a closure under its own heading: read. */
static void test_closure_section_alone(void **state)
{
    (void)state;
    struct entry *e =
        parse_text("# Centre X\n\n## Coordonnées\n\nTél. : 03 20 00 00 03\n\n"
                   "## Fermeture estivale\n\nLe centre sera fermé du 1er au "
                   "15 août.\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->hours.n, 0);
    assert_int_equal(e->closures.n, 1);
    assert_string_equal(e->closures.v[0], "Le centre sera fermé du 1er au 15 août");
    entry_free(e);
}

/* A weekly slot before a person's name ("Le mardi de 14h à 16h : M. …") is
 * that person's permanence: in the entry's hours as a permanence, in the
 * person's note, not the title; the contact block's reception hours stay. */
static void test_slots_before_people(void **state)
{
    (void)state;
    struct entry *e =
        parse_text("# Maison des solidarités\n\n## Coordonnées\n\n3 rue Haute  \n"
                   "59000 Lille\n\nAccueil du lundi au vendredi de 9h à 12h.\n\n"
                   "## Personnes contact\n\n- Le mardi de 14h à 16h : M. MARTIN Paul – "
                   "03 20 00 00 01\n- Les jeudis de 9h30 à 11h30 : Mme PETIT Lucie\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->people.n, 2);
    assert_null(e->people.v[0].title);
    assert_string_equal(e->people.v[0].note, "Le mardi de 14h à 16h");
    assert_string_equal(e->people.v[1].family, "Petit");
    size_t perm = 0, reception = 0;
    for (size_t i = 0; i < e->hours.n; i++) {
        const struct hours_range *r = &e->hours.v[i];
        if (r->kind == HOURS_PERMANENCE && r->days == DAY_TU && r->start == 14 * 60)
            perm++;
        if (r->kind == HOURS_PERMANENCE && r->days == DAY_TH && r->start == 9 * 60 + 30)
            perm++;
        reception += r->kind == HOURS_RECEPTION &&
                     r->days == (DAY_MO | DAY_TU | DAY_WE | DAY_TH | DAY_FR);
    }
    assert_int_equal(perm, 2);
    assert_int_equal(reception, 1);
    entry_free(e);
}

/* A role written over a name without civility vouches for it; a service's
 * label in capitals names nobody; the people's numbers and e-mails tell the
 * country of a four-digit postcode the block leaves open. */
static void test_roles_over_plain_names(void **state)
{
    (void)state;
    struct entry *e = parse_text(
        "# Administration communale de Montherod\n\n## Coordonnées\n\n"
        "Route de Gimel 3  \n1174 Montherod\n\n## Personnes contact\n\n"
        "GREFFE MUNICIPAL  \nSecrétaire municipale :  \nDominique Laure Ruffieux  \n"
        "021 808 63 76  \nadministration@montherod.ch\n\n"
        "Contrôle des habitants et police des étrangers :  \nIsabelle Pfäuti\n",
        1);
    assert_non_null(e);
    assert_string_equal(e->adr.country, "Suisse");
    assert_int_equal(e->people.n, 2);
    /* three words without a civility: one given name, a family name of two
     * (person_name.c; this Swiss page's double given name is the trade) */
    assert_string_equal(e->people.v[0].given, "Dominique");
    assert_string_equal(e->people.v[0].family, "Laure Ruffieux");
    assert_string_equal(e->people.v[0].title, "Secrétaire municipale");
    assert_int_equal(e->people.v[0].phones.n, 1);
    assert_string_equal(e->people.v[0].phones.v[0].e164, "+41218086376");
    assert_string_equal(e->people.v[1].title,
                        "Contrôle des habitants et police des étrangers");
    entry_free(e);
    /* a title on the line under a plain name vouches for it too */
    e = parse_text("# Commune\n\n## Personnes responsables\n\nSophie Diderrich  \n"
                   "Activité : Bourgmestre\n\nJean Muller  \nÉchevin\n\n"
                   "Le bureau est fermé  \nDirectrice\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->people.n, 2);
    assert_string_equal(e->people.v[0].family, "Diderrich");
    assert_string_equal(e->people.v[0].title, "Bourgmestre");
    assert_string_equal(e->people.v[1].title, "Échevin");
    entry_free(e);
    /* "## HORAIRES / CONTACT" over the address, the hours under their own
     * heading */
    e = parse_text("# Commune\n\n## HORAIRES / CONTACT\n\nAdministration communale  \n"
                   "Grand'Rue 35  \n2072 Saint-Blaise\n\n032 886 49 50\n\n## Horaires\n\n"
                   "Lundi8h30 - 12h00 et 14h00 - 18h00\n",
                   1);
    assert_non_null(e);
    assert_string_equal(e->adr.postcode, "2072");
    assert_string_equal(e->adr.country, "Suisse");
    assert_int_equal(e->phones.n, 1);
    assert_string_equal(e->phones.v[0].e164, "+41328864950");
    assert_int_equal(e->hours.n, 2);
    entry_free(e);
    /* days pasted with a lone "-" under each: Markdown headings, read as the
     * lines of the opening section above them */
    e = parse_text("# Espace\n\n## Horaires\n\n-\nlundi : 9 h 30 – 12 h 30\n-\n"
                   "mardi : 9 heures – 12 heures\n-\nsamedi : 9 h 30 – 12 heures.\n\n"
                   "## Objectifs\n\nTexte.\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->hours.n, 3);
    assert_int_equal(e->hours.v[0].days, DAY_MO);
    assert_int_equal(e->hours.v[1].days, DAY_TU);
    assert_int_equal(e->hours.v[2].days, DAY_SA);
    assert_int_equal(e->notes.n, 1); /* "Objectifs" only: no heading left over */
    entry_free(e);
    /* closures under their own heading right after the opening section */
    e = parse_text("# Population\n\n## Horaires habituels\n\n- Lundi : 08:30 - 12:00\n\n"
                   "### Fermetures exceptionnelles\n\n- 25/12/24 : Fermé - Noël\n"
                   "- 26/12/24 : Fermé - congé local\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->hours.n, 1);
    assert_int_equal(e->closures.n, 2);
    assert_string_equal(e->closures.v[0], "25/12/24 : Fermé - Noël");
    entry_free(e);
    /* a heading naming closures and hours ("Fermetures ou horaires
     * exceptionnels") is no second opening section: its dated lines are
     * closures, its heading a note of the hours */
    e = parse_text(
        "# Médiathèque\n\n## Horaires\n\nMardi : 13 h 00 – 19 h 00\n\n"
        "### Fermetures ou horaires exceptionnels :\n\n"
        "- Du 19/04/2025 au 20/04/2025 - Pâques\n- Le 29/05/2025 - Ascension 2025\n",
        1);
    assert_non_null(e);
    assert_int_equal(e->hours.n, 1);
    assert_int_equal(e->closures.n, 2);
    assert_string_equal(e->closures.v[1], "Le 29/05/2025 - Ascension 2025");
    assert_int_equal(e->hours_notes.n, 1);
    assert_string_equal(e->hours_notes.v[0], "Fermetures ou horaires exceptionnels :");
    entry_free(e);
    /* hours in a parenthesis after a telephone word are the line's; after a
     * number named otherwise, another service's (no hours) */
    e = parse_text("# Bibliothèque\n\n## Coordonnées\n\n"
                   "Bibliothèque du Locle : Tél. 032 933 85 31 (lu, ma, jeu et ven de "
                   "8h30-11h30) ; courriel : b@ne.ch\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->hours.n, 1);
    assert_int_equal(e->hours.v[0].days, DAY_MO | DAY_TU | DAY_TH | DAY_FR);
    assert_int_equal(e->hours.v[0].kind, HOURS_PHONE);
    entry_free(e);
    e = parse_text(
        "# CCAS\n\n## Coordonnées\n\nCCAS : 03 84 36 66 60  \n"
        "«Canicule Info Service» : 0 800 06 66 66 (Appel gratuit, 24h/24, 7j/7).\n",
        1);
    assert_non_null(e);
    assert_int_equal(e->hours.n, 0);
    entry_free(e);
    /* an entry that is a listening line, without address: the line's hours;
     * with an address, a reception's */
    e = parse_text(
        "# Allô écoute ado – prévention\n\n## Coordonnées\n\n(au 0 800 506 692)\n\n"
        "## Horaires\n\nDu lundi au samedi de 17 heures à 20 heures\n",
        1);
    assert_non_null(e);
    assert_int_equal(e->hours.n, 1);
    assert_int_equal(e->hours.v[0].kind, HOURS_PHONE);
    entry_free(e);
    e = parse_text("# Ville – points d'écoute psychologique\n\n## Horaires\n\n"
                   "Une psychologue reçoit les mercredis de 14h à 17h.\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->hours.n, 1);
    assert_int_equal(e->hours.v[0].kind, HOURS_RECEPTION);
    entry_free(e);
    e = parse_text("# Allo Ecoute Parents\n\n## Coordonnées\n\nAppelez le 06 01 18 40 "
                   "36\n\n## Horaires\n\nDes permanences sont assurées du lundi au "
                   "samedi de 14 à 17 heures.\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->hours.n, 1);
    assert_int_equal(e->hours.v[0].kind, HOURS_PHONE);
    entry_free(e);
    e = parse_text("# Centre d'écoute – accueil\n\n## Coordonnées\n\n2 rue Haute\n"
                   "67000 Strasbourg\n\n## Horaires\n\nDu lundi au samedi de 17h à 20h\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->hours.n, 1);
    assert_int_equal(e->hours.v[0].kind, HOURS_RECEPTION);
    entry_free(e);
    /* an appointment said in the contact block, no reception hours
     * elsewhere: by appointment only; said for a public it names, not */
    e = parse_text("# PMI\n\n## Coordonnées\n\nDoté de deux cabines, il accueille sur "
                   "rendez-vous au 07 63 14 33 47.\n",
                   1);
    assert_non_null(e);
    assert_true(e->appointment_only);
    assert_int_equal(e->hours_notes.n, 0);
    entry_free(e);
    e = parse_text(
        "# Sous-préfecture\n\n## Coordonnées\n\nPour les associations, un "
        "accueil physique est possible uniquement sur rendez-vous au 05 65 65 11 "
        "00.\n",
        1);
    assert_non_null(e);
    assert_false(e->appointment_only);
    entry_free(e);
    /* nothing else placing it, a locality of Belgium, Switzerland or
     * Luxembourg does: four digits and the locality, a title naming one; a
     * French number keeps France */
    e = parse_text("# Commune\n\n## Coordonnées\n\nRue du Bourg 12  \n1003 Lausanne\n",
                   1);
    assert_non_null(e);
    assert_string_equal(e->adr.country, "Suisse");
    entry_free(e);
    e = parse_text("# Bibliothèque communale de Limal – Wavre\n\n## Horaires\n\n"
                   "Le mercredi de 15h à 18h.\n",
                   1);
    assert_non_null(e);
    assert_string_equal(e->adr.country, "Belgique");
    entry_free(e);
    e = parse_text("# Bibliothèque de Wavre\n\n## Coordonnées\n\nTél. 01 42 34 56 78\n",
                   1);
    assert_non_null(e);
    assert_string_equal(e->adr.country, "France");
    entry_free(e);
    /* a name alone over its number vouches for itself; a few words before a
     * number ("en cas d'urgence") go to the person's note */
    e = parse_text("# Commune\n\n## Coordonnées\n\nRoute 1  \n1047 Oppens\n\n"
                   "## Personnes contact\n\nBarbara Schick  \n021 887 83 13  \n"
                   "en cas d’urgence 076 343 81 35  \nemail: greffe@oppens.ch\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->people.n, 1);
    assert_string_equal(e->people.v[0].family, "Schick");
    assert_int_equal(e->people.v[0].phones.n, 2);
    assert_int_equal(e->people.v[0].emails.n, 1);
    assert_non_null(e->people.v[0].note);
    assert_non_null(strstr(e->people.v[0].note, "en cas d’urgence"));
    entry_free(e);
    /* the person's number and e-mail on one line after her; a building's
     * name is nobody */
    e = parse_text(
        "# État civil\n\n## Personnes responsables\n\nService: Hôtel de la "
        "Collectivité\n\nService des élections  \nResponsable: Véronique Sapor  \n"
        "Tél: 0590 29 59 20 - Email: Veronique.Sapor@com-saint-martin.fr\n",
        1);
    assert_non_null(e);
    assert_int_equal(e->people.n, 1);
    assert_int_equal(e->people.v[0].phones.n, 1);
    assert_int_equal(e->people.v[0].emails.n, 1);
    assert_string_equal(e->people.v[0].emails.v[0],
                        "veronique.sapor@com-saint-martin.fr");
    entry_free(e);
    /* a North American toll-free number (read as one in a Québec entry)
     * places the entry in Canada, not in the United States */
    e = parse_text("# Tel-Aide Québec\n\n## Coordonnées\n\nTel-Aide  \n"
                   "Il suffit de composer le 1 877 700-2433.\n\n"
                   "**Mots-clefs :** écoute, Québec\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->phones.n, 1);
    assert_string_equal(e->adr.country, "Canada");
    entry_free(e);
    /* two given names and the family name they share: two people */
    e = parse_text("# Service funéraire\n\n## Personnes responsables\n\n"
                   "Jean-Claude et Lionel VOULET, agents funéraires\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->people.n, 2);
    assert_string_equal(e->people.v[1].given, "Lionel");
    assert_string_equal(e->people.v[1].family, "Voulet");
    assert_string_equal(e->people.v[1].title, "agents funéraires");
    entry_free(e);
    /* days and times under a number alone in the block: the line's hours */
    e = parse_text(
        "# CCAS\n\n## Coordonnées\n\nCCAS de Lille  \nTél. : 03 20 50 51 31  \n"
        "Du lundi au vendredi de 8h à 13h  \nrepas@example.fr\n",
        1);
    assert_non_null(e);
    assert_int_equal(e->hours.n, 1);
    assert_int_equal(e->hours.v[0].kind, HOURS_PHONE);
    entry_free(e);
    /* her own number and e-mail after her, separated by a bar; a Belgian
     * entry's number */
    e = parse_text(
        "# Population\n\n## Coordonnées\n\nPlace Dejardin 2 - 4610 Beyne-Heusay\n\n"
        "## Personnes responsables\n\nAnne HODY, Chef de service  \n"
        "04.355.89.61 | anne.hody@example.be\n",
        1);
    assert_non_null(e);
    assert_int_equal(e->people.n, 1);
    assert_int_equal(e->people.v[0].phones.n, 1);
    assert_string_equal(e->people.v[0].phones.v[0].e164, "+3243558961");
    assert_int_equal(e->people.v[0].emails.n, 1);
    entry_free(e);
    /* a sentence saying how to reach the person, on the line after her */
    e = parse_text("# Club\n\n## Personnes responsables\n\nJulien Cuccuru, président  \n"
                   "Pour tout renseignement, le président est joignable au "
                   "06.73.69.65.81.\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->people.n, 1);
    assert_int_equal(e->people.v[0].phones.n, 1);
    assert_string_equal(e->people.v[0].phones.v[0].e164, "+33673696581");
    entry_free(e);
    /* a heading of no known kind over a street and its postcode on one line
     * ("## Lieu"): the contact block */
    e = parse_text(
        "# Préfecture - Meuse\n\n## Lieu\n\n40 rue du Bourg 55000 Bar-le-Duc\n", 1);
    assert_non_null(e);
    assert_string_equal(e->adr.postcode, "55000");
    assert_string_equal(e->adr.locality, "Bar-le-Duc");
    entry_free(e);
    /* a role alone on its line over a plain name ("Secrétaire" / "Emilie
     * Petermann") vouches for it, as "Secrétaire :" does */
    e = parse_text("# Contrôle des habitants\n\n## Personnes contact\n\nSecrétaire  \n"
                   "Emilie Petermann\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->people.n, 1);
    assert_string_equal(e->people.v[0].family, "Petermann");
    assert_string_equal(e->people.v[0].title, "Secrétaire");
    entry_free(e);
    /* a contact block's own heading of no known kind stays in NOTE */
    e = parse_text("# CIAS\n\n## Renseignements\n\n1 place X  \n53200 Château-Gontier  \n"
                   "02 43 09 55 55\n",
                   1);
    assert_non_null(e);
    assert_string_equal(e->adr.postcode, "53200");
    size_t kept = 0;
    for (size_t i = 0; i < e->notes.n; i++)
        kept +=
            e->notes.v[i].heading && strcmp(e->notes.v[i].heading, "Renseignements") == 0;
    assert_int_equal(kept, 1);
    entry_free(e);
    /* a heading that names a number holds the contact block */
    e = parse_text("# Secours\n\n## Un numéro relais\n\n04 68 34 03 75 c'est le numéro "
                   "à composer pour s'informer sur le dispositif de crise.\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->phones.n, 1);
    assert_string_equal(e->phones.v[0].e164, "+33468340375");
    entry_free(e);
    /* a plain name alone in its paragraph of a people section: a person;
     * a service's name is none, nor a name among other lines */
    e = parse_text("# Org\n\n## Personnes contact\n\nDominique Laure Ruffieux\n", 1);
    assert_non_null(e);
    assert_int_equal(e->people.n, 1);
    assert_string_equal(e->people.v[0].family, "Laure Ruffieux");
    entry_free(e);
    e = parse_text("# Org\n\n## Personnes contact\n\nAccueil Mairie\n", 1);
    assert_non_null(e);
    assert_int_equal(e->people.n, 0);
    entry_free(e);
    e = parse_text("# Org\n\n## Personnes contact\n\nMichel Dubois  \nLes lundis matin\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->people.n, 0);
    entry_free(e);
    /* a paragraph of plain names vouches for each (a glued one-word name
     * stays in NOTE); one line that is no name leaves the others unread */
    e = parse_text("# Org\n\n## Personnes responsables\n\nSophie Marchal  \n"
                   "Jean-Luc Ferrand  \nPaulTessier\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->people.n, 2);
    assert_string_equal(e->people.v[0].given, "Sophie");
    assert_string_equal(e->people.v[1].family, "Ferrand");
    entry_free(e);
    e = parse_text("# Org\n\n## Personnes responsables\n\nSophie Marchal  \n"
                   "Accueil des familles\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->people.n, 0);
    entry_free(e);
}

/* Titles of the lists under them: "Horaires d'été (07/07 au 22/08)" makes its
 * list seasonal (its closed Friday leaves the usual week alone); "Horaires
 * sur rendez-vous uniquement" makes its list by appointment, not the lists
 * before it. */
static void test_hours_titles(void **state)
{
    (void)state;
    static const char usual[] = "# Ville\n\n## Horaires\n\nHoraires habituels\n\n"
                                "- Lundi : 08:30 - 12:00\n- Vendredi : 08:30 - 12:00\n\n";
    char *md = xasprintf("%sHoraires d’été (07/07 au 22/08)\n\n- Lundi : 08:30 - 11:00\n"
                         "- Vendredi : Fermé\n",
                         usual);
    struct entry *e = parse_text(md, 1);
    free(md);
    assert_non_null(e);
    assert_int_equal(e->hours.n, 2);
    assert_int_equal(e->hours.v[1].days, DAY_FR);
    entry_free(e);
    md = xasprintf("%sHoraires sur rendez-vous uniquement\n\n- Lundi : 13:30 - 19:00\n"
                   "- Vendredi : Fermé\n",
                   usual);
    e = parse_text(md, 1);
    free(md);
    assert_non_null(e);
    assert_int_equal(e->hours.n, 3);
    assert_false(e->hours.v[0].appointment);
    assert_false(e->hours.v[1].appointment);
    assert_true(e->hours.v[2].appointment);
    assert_int_equal(e->hours.v[2].start, 13 * 60 + 30);
    entry_free(e);
    /* lines that open with a site's name and a colon: each site's ranges,
     * the second's not an edit of the first's */
    e = parse_text(
        "# CC\n\n## Horaires\n\nThenon : les mardis et vendredis de 9 h à 12 h "
        "et 14 h à 17 h 30.\n\nHautefort : les mardis après-midi de 14 h à 17 "
        "h.\n",
        1);
    assert_non_null(e);
    assert_int_equal(e->hours.n, 3);
    assert_int_equal(e->hours.v[1].days, DAY_TU | DAY_FR);
    assert_int_equal(e->hours.v[1].end, 17 * 60 + 30);
    entry_free(e);
    /* a year in the title dates nothing */
    e = parse_text("# Musée\n\n## Horaires\n\nHoraires d’ouverture 2024\n\n"
                   "- du lundi au samedi : 9h30-13h\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->hours.n, 1);
    entry_free(e);
}

/* People's numbers in an entry with no address are read in the country
 * the entry's contact values point to, as its own numbers are: Belgian
 * numbers beside ".be" e-mails, not "+33 0…". */
static void test_people_numbers_placed(void **state)
{
    (void)state;
    struct entry *e =
        parse_text("# Maison Y – accueil\n\n## Personnes contact\n\n"
                   "- Mme Léa DURAND – lea.durand@maison-y.be – 081 23 45 67\n"
                   "- M. Paul NOEL – paul.noel@maison-y.be – 081 23 45 68\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->people.n, 2);
    assert_int_equal(e->people.v[0].phones.n, 1);
    assert_string_equal(e->people.v[0].phones.v[0].e164, "+3281234567");
    assert_string_equal(e->people.v[1].phones.v[0].e164, "+3281234568");
    entry_free(e);
    /* the same lines with French numbers and ".fr" e-mails stay French */
    e = parse_text("# Maison Z – accueil\n\n## Personnes contact\n\n"
                   "- Mme Léa DURAND – lea.durand@maison-z.fr – 03 81 23 45 67\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->people.n, 1);
    assert_string_equal(e->people.v[0].phones.v[0].e164, "+33381234567");
    entry_free(e);
    /* a Canadian address: its people's numbers in the North American shape */
    e = parse_text("# Centre Q\n\n## Coordonnées\n\n12, rue Principale, Laval (Québec) "
                   "H7N 1A1\n\n## Personnes responsables\n\nSophie Tremblay, "
                   "directrice 450-555-0142\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->people.n, 1);
    assert_string_equal(e->people.v[0].title, "directrice");
    assert_int_equal(e->people.v[0].phones.n, 1);
    assert_string_equal(e->people.v[0].phones.v[0].e164, "+14505550142");
    entry_free(e);
}

/* Without an address country, the place named by the title or keywords,
 * or the domain of the source page, reads the numbers France does not
 * accept; French numbers stay French; an address's country wins. */
static void test_weak_place_signals(void **state)
{
    (void)state;
    /* four digits alone: Belgium's, but Switzerland's on a .ch page */
    struct entry *e0 =
        parse_text("# Déchetterie\n\n## Coordonnées\n\nChemin de la Grotte "
                   "14, 1772 Grolley\n\n**Source de mise à jour :** "
                   "<https://www.memodechets.ch/grolley>\n",
                   1);
    assert_non_null(e0);
    assert_string_equal(e0->adr.country, "Suisse");
    entry_free(e0);
    e0 = parse_text("# Déchetterie\n\n## Coordonnées\n\nChemin de la Grotte 14, 1772 "
                    "Grolley\n",
                    1);
    assert_non_null(e0);
    assert_string_equal(e0->adr.country, "Belgique");
    entry_free(e0);
    /* a French department among the keywords wins over a title's locality
     * that is also Swiss (Baden, Morbihan) */
    e0 = parse_text("# Espace Jeunes – Service Jeunesse de Baden\n\n## Coordonnées\n\n"
                    "rue des Ajoncs\n\n**Mots-clefs :** jeunesse, Baden, Morbihan\n",
                    1);
    assert_non_null(e0);
    assert_string_equal(e0->adr.country, "France");
    entry_free(e0);
    e0 = parse_text("# Espace Jeunes – Service Jeunesse de Baden\n\n## Coordonnées\n\n"
                    "rue des Ajoncs\n",
                    1);
    assert_non_null(e0);
    assert_string_equal(e0->adr.country, "Suisse");
    entry_free(e0);
    /* but a country the title names comes first */
    e0 = parse_text("# Maison de l'emploi (Belgique)\n\n## Coordonnées\n\n"
                    "rue des Ajoncs\n\n**Mots-clefs :** emploi, Nord\n",
                    1);
    assert_non_null(e0);
    assert_string_equal(e0->adr.country, "Belgique");
    entry_free(e0);
    /* a number written as in Switzerland (3, 3, 2, 2 digits) is of the
     * country the title or keywords name, when one is named */
    e0 = parse_text("# Alliance française – Antananarivo\n\n## Coordonnées\n\n"
                    "Tél. 020 224 55 01\n\n**Mots-clefs :** culture, Madagascar\n",
                    1);
    assert_non_null(e0);
    assert_string_equal(e0->adr.country, "Madagascar");
    assert_string_equal(e0->phones.v[0].e164, "+261202245501");
    entry_free(e0);
    e0 = parse_text("# Alliance française\n\n## Coordonnées\n\nTél. 020 224 55 01\n", 1);
    assert_non_null(e0);
    assert_string_equal(e0->adr.country, "Suisse");
    entry_free(e0);
    /* so is a number without its trunk 0, which France always writes */
    e0 = parse_text("# Centre culturel – Thiès\n\n## Coordonnées\n\nTél. 33 951 12 34\n\n"
                    "**Mots-clefs :** culture, Sénégal\n",
                    1);
    assert_non_null(e0);
    assert_string_equal(e0->adr.country, "Sénégal");
    assert_string_equal(e0->phones.v[0].e164, "+221339511234");
    entry_free(e0);
    /* a Belgian mobile written with its prefix and a slash places the block:
     * the four-digit postcode on the street's line is read */
    e0 = parse_text("# ALE\n\n## Coordonnées\n\nRue de la Poste, 7 - 6700 Arlon\n\n"
                    "0497/12.34.56\n",
                    1);
    assert_non_null(e0);
    assert_string_equal(e0->adr.country, "Belgique");
    assert_string_equal(e0->adr.postcode, "6700");
    assert_string_equal(e0->phones.v[0].e164, "+32497123456");
    entry_free(e0);
    /* a locality ending the title counts with its capital: "… de 0 à 12 ans"
     * names no Ans (Liège), "… (Le Soir, Huy-Waremme)" names Waremme */
    e0 = parse_text("# Ludothèque – prêt de jeux pour les enfants de 0 à 12 ans\n\n"
                    "## Coordonnées\n\nau 41, boulevard Pie-IX\n",
                    1);
    assert_non_null(e0);
    assert_string_equal(e0->adr.country, "France");
    entry_free(e0);
    e0 = parse_text("# Ludothèque – jeux (Le Soir, Huy-Waremme)\n\n## Coordonnées\n\n"
                    "rue du Marché 3\n",
                    1);
    assert_non_null(e0);
    assert_string_equal(e0->adr.country, "Belgique");
    entry_free(e0);
    /* a keyword that is a French department and a Swiss canton: France */
    struct entry *e = parse_text("# Épicerie sociale\n\n## Coordonnées\n\n10, rue de la "
                                 "Glacière\n\n**Mots-clés :** aide alimentaire, Jura\n",
                                 1);
    assert_non_null(e);
    assert_string_equal(e->adr.country, "France");
    entry_free(e);
    e = parse_text("# Mairie X – accueil (Nouvelle-Calédonie)\n\n"
                   "## Coordonnées\n\nAccueil (26 12 34), état civil "
                   "(26 12 35), services techniques.\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->phones.n, 2);
    assert_string_equal(e->phones.v[0].e164, "+687261234");
    assert_string_equal(e->phones.v[1].e164, "+687261235");
    assert_string_equal(e->adr.country, "France");
    entry_free(e);
    e = parse_text("# Service Y\n\n## Coordonnées\n\nTél. 40 50 12 34\n\n"
                   "**Source de mise à jour :** <https://www.commune-y.pf/contact>\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->phones.n, 1);
    assert_string_equal(e->phones.v[0].e164, "+68940501234");
    entry_free(e);
    e = parse_text("# Centre Z\n\n## Nous joindre\n\nAppelez le 514 555-0199.\n\n"
                   "**Mots-clés :** bénévolat, Québec\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->phones.n, 1);
    assert_string_equal(e->phones.v[0].e164, "+15145550199");
    entry_free(e);
    /* a French entry citing a Belgian site: its numbers stay French */
    e = parse_text("# Asso W\n\n## Coordonnées\n\nTél. : 04 78 12 34 56\n\n"
                   "**Source de mise à jour :** <https://www.partenaire.be/x>\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->phones.n, 1);
    assert_string_equal(e->phones.v[0].e164, "+33478123456");
    entry_free(e);
    /* a country the entry serves among keywords that name a French
     * department: the number is France's */
    e = parse_text("# Accueil des réfugiés\n\n## Coordonnées\n\nNuméro vert : 0 800 "
                   "830 053\n\n**Mots-clés :** accueil, Ukraine, Haute-Savoie\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->phones.n, 1);
    assert_string_equal(e->phones.v[0].e164, "+33800830053");
    assert_string_equal(e->adr.country, "France");
    entry_free(e);
    /* a French address: the keyword does not read its numbers */
    e = parse_text("# Asso V\n\n## Coordonnées\n\n2 rue X\n69001 Lyon\n"
                   "Tél. 26 12 34\n\n**Mots-clés :** Nouvelle-Calédonie\n",
                   1);
    assert_non_null(e);
    assert_int_equal(e->phones.n, 0);
    entry_free(e);
}

static void test_empty_sections(void **state)
{
    (void)state;
    struct entry *e = parse_text("# Org\n\n## Objectifs\n\n## Public visé\n\n"
                                 "## Partenaires\n\n## Horaires\n\n## Responsables\n",
                                 1);
    assert_non_null(e);
    static const char *const headings[] = {"Objectifs", "Public visé", "Partenaires"};
    assert_int_equal(e->notes.n, ARRAY_LEN(headings));
    for (size_t i = 0; i < ARRAY_LEN(headings); i++) {
        assert_string_equal(e->notes.v[i].heading, headings[i]);
        assert_string_equal(e->notes.v[i].text, "");
    }
    assert_null(e->hours_text);
    assert_int_equal(e->people.n, 0);
    entry_free(e);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_section_kinds),
        cmocka_unit_test(test_kind_rules),
        cmocka_unit_test(test_title_and_labels),
        cmocka_unit_test(test_plain_update_and_keywords),
        cmocka_unit_test(test_title_without_dash),
        cmocka_unit_test(test_no_title),
        cmocka_unit_test(test_contact_block_lines),
        cmocka_unit_test(test_opening_block_and_tables),
        cmocka_unit_test(test_people_tables),
        cmocka_unit_test(test_people_on_one_line),
        cmocka_unit_test(test_person_continuation),
        cmocka_unit_test(test_people_lists_and_merge),
        cmocka_unit_test(test_people_first_names_and_labels),
        cmocka_unit_test(test_people_role_headings),
        cmocka_unit_test(test_names_with_descriptions),
        cmocka_unit_test(test_street_without_number),
        cmocka_unit_test(test_link_targets),
        cmocka_unit_test(test_title_on_the_next_line),
        cmocka_unit_test(test_role_above_the_name),
        cmocka_unit_test(test_two_roles_merged),
        cmocka_unit_test(test_contacts_heading_over_an_address),
        cmocka_unit_test(test_hours_in_the_contact_block),
        cmocka_unit_test(test_roles_over_plain_names),
        cmocka_unit_test(test_slots_before_people),
        cmocka_unit_test(test_hours_under_other_heading),
        cmocka_unit_test(test_closure_section_alone),
        cmocka_unit_test(test_hours_titles),
        cmocka_unit_test(test_person_values_in_next_paragraph),
        cmocka_unit_test(test_empty_sections),
        cmocka_unit_test(test_people_numbers_placed),
        cmocka_unit_test(test_weak_place_signals),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

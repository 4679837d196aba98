/* Unit tests of the Markdown stage: headings and their kinds, bold labels
 * that open sections, links, entities, line numbers, and what goes to NOTE. */
#include "harness.h"

#include "parse.h"
#include "split.h"

static struct entry *parse_text(const char *md, int first_line)
{
    struct raw_entry raw = {md, strlen(md), first_line, 0};
    struct extract_opts o = {"FR", false};
    struct entry *e = NULL;
    struct fiche_error err = {0};
    int rc = parse_entry(&raw, "t.md", &o, &e, &err);
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
        {"Personnes responsables", SECTION_PEOPLE},
        {"Personne responsable", SECTION_PEOPLE},
        {"Responsable", SECTION_PEOPLE},
        {"Personnes contact :", SECTION_CONTACTS},
        {"Contacts", SECTION_CONTACTS},
        {"Mise à jour :", SECTION_UPDATED},
        {"MISE A JOUR", SECTION_UPDATED},
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
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        if (parse_section_kind(rows[i].heading) != rows[i].kind)
            fail_msg("heading \"%s\": kind %d, want %d", rows[i].heading,
                     parse_section_kind(rows[i].heading), rows[i].kind);
    }
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
    assert_string_equal(pub->text, "Agents *publics* et chercheurs <https://x.example.org/c>."
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
    assert_int_equal(parse_entry(&raw, "t.md", &o, &e, &err), FICHE_EPARSE);
    assert_null(e);
    assert_int_equal(err.line, 4);
    fiche_error_clear(&err);
}

static void test_contact_block_lines(void **state)
{
    (void)state;
    const char *md = "# Groupe Pompidou – plate-forme\n"
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
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_section_kinds),
        cmocka_unit_test(test_title_and_labels),
        cmocka_unit_test(test_title_without_dash),
        cmocka_unit_test(test_no_title),
        cmocka_unit_test(test_contact_block_lines),
        cmocka_unit_test(test_people_on_one_line),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

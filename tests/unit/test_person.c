/* Unit tests of the people extractor (person.c): every person line form of
 * the brief and every person of the sample corpus, lines that name nobody,
 * and the natural case of family names. */
#include "harness.h"

#include "base/util.h"
#include "extract/person.h"
#include "model/entry.h"

#include <utf8proc.h>

struct person_case {
    const char *in;
    bool ok;
    const char *prefix, *given, *family, *family_raw, *title;
    const char *phone; /* e164 of the person's own phone, or NULL */
    const char *email;
};

static const struct person_case cases[] = {
    /* corpus and seed */
    /* a plain name vouched for by its role: representatives, inspectors */
    {"Martine Lebrun, représentante de l’association à Dole", true, NULL, "Martine",
     "Lebrun", "Lebrun", "représentante de l’association à Dole", NULL, NULL},
    {"Yves Corbel, inspecteur de l'éducation", true, NULL, "Yves", "Corbel", "Corbel",
     "inspecteur de l'éducation", NULL, NULL},
    {"Hélène Marchal, la directrice du centre social", true, NULL, "Hélène", "Marchal",
     "Marchal", "la directrice du centre social", NULL, NULL},

    {"Denis HUBER, Secrétaire Exécutif", true, NULL, "Denis", "Huber", "HUBER",
     "Secrétaire Exécutif", NULL, NULL},
    {"Dr Clémence VAUTHIER, Directrice médicale", true, "Dr", "Clémence", "Vauthier",
     "VAUTHIER", "Directrice médicale", NULL, NULL},
    {"Mme Armelle GUILLOUX, Directrice", true, "Mme", "Armelle", "Guilloux", "GUILLOUX",
     "Directrice", NULL, NULL},
    {"M. Timothée RAMBAUD, Psychologue clinicien", true, "M.", "Timothée", "Rambaud",
     "RAMBAUD", "Psychologue clinicien", NULL, NULL},
    {"M. Benjamin THOLLET, président", true, "M.", "Benjamin", "Thollet", "THOLLET",
     "président", NULL, NULL},
    {"Mme Josiane BRÉMOND, directrice", true, "Mme", "Josiane", "Brémond", "BRÉMOND",
     "directrice", NULL, NULL},
    {"M. Quentin DELVAUX, directeur", true, "M.", "Quentin", "Delvaux", "DELVAUX",
     "directeur", NULL, NULL},
    {"Pr Bérangère LAVERGNE, cheffe de service", true, "Pr", "Bérangère", "Lavergne",
     "LAVERGNE", "cheffe de service", NULL, NULL},
    {"M. Célestin DUBREUIL, infirmier coordinateur", true, "M.", "Célestin", "Dubreuil",
     "DUBREUIL", "infirmier coordinateur", NULL, NULL},
    {"Mme Servane LEMARCHAND, directrice", true, "Mme", "Servane", "Lemarchand",
     "LEMARCHAND", "directrice", NULL, NULL},
    {"Mme Anouk PYTHON-MAYOR, directrice", true, "Mme", "Anouk", "Python-Mayor",
     "PYTHON-MAYOR", "directrice", NULL, NULL},
    {"M. Jocelyn BOREL-LOUIS, coordinateur", true, "M.", "Jocelyn", "Borel-Louis",
     "BOREL-LOUIS", "coordinateur", NULL, NULL},
    {"M. GUILBAUD Sylvain, président", true, "M.", "Sylvain", "Guilbaud", "GUILBAUD",
     "président", NULL, NULL},
    {"Mme Pauline ROBICHON, conseillère en économie sociale et familiale : 06 39 98 88 "
     "12",
     true, "Mme", "Pauline", "Robichon", "ROBICHON",
     "conseillère en économie sociale et familiale", "+33639988812", NULL},
    {"M. Jérôme KAYSER – chargé de direction", true, "M.", "Jérôme", "Kayser", "KAYSER",
     "chargé de direction", NULL, NULL},
    {"Mme Capucine D'ESTIENNE, présidente fondatrice", true, "Mme", "Capucine",
     "D'Estienne", "D'ESTIENNE", "présidente fondatrice", NULL, NULL},
    /* all capitals after a civility: the first word is the given name, unless
     * it is a particle of the family name */
    {"M. JEAN-PIERRE DUMONT, directeur", true, "M.", "Jean-Pierre", "Dumont", "DUMONT",
     "directeur", NULL, NULL},
    {"M. PIERRE-YVES LAMBERT, PRÉSIDENT", true, "M.", "Pierre-Yves", "Lambert", "LAMBERT",
     "PRÉSIDENT", NULL, NULL},
    {"Mme LE GALL, présidente", true, "Mme", NULL, "Le Gall", "LE GALL", "présidente",
     NULL, NULL},
    {"M. BEN SAÏD, trésorier", true, "M.", NULL, "Ben Saïd", "BEN SAÏD", "trésorier",
     NULL, NULL},
    {"Mme DE LA PORTE, sage-femme", true, "Mme", NULL, "de La Porte", "DE LA PORTE",
     "sage-femme", NULL, NULL},
    {"MICHEL LABORDE, président", true, NULL, "Michel", "Laborde", "LABORDE", "président",
     NULL, NULL},
    /* a one-letter initial is a given name; "port." is a phone label */
    {"M. Y. MORVAN, directeur", true, "M.", "Y.", "Morvan", "MORVAN", "directeur", NULL,
     NULL},
    {"Dr A. BERNARD", true, "Dr", "A.", "Bernard", "BERNARD", NULL, NULL, NULL},
    {"Mme Rose-Aimée CLÉRY, chargée de prévention, port. 06 39 98 12 05", true, "Mme",
     "Rose-Aimée", "Cléry", "CLÉRY", "chargée de prévention", "+33639981205", NULL},
    {"M. Jean BART, capitaine du port", true, "M.", "Jean", "Bart", "BART",
     "capitaine du port", NULL, NULL},
    /* mixed-case names: civility + family only, a role label, a "Contact" label */
    {"Mme Dupont (directrice)", true, "Mme", NULL, "Dupont", "Dupont", "directrice", NULL,
     NULL},
    {"Mme Le Gall (auxiliaire)", true, "Mme", NULL, "Le Gall", "Le Gall", "auxiliaire",
     NULL, NULL},
    {"Directrice : Claire Dupuis", true, NULL, "Claire", "Dupuis", "Dupuis", "Directrice",
     NULL, NULL},
    /* a parenthesis after the name under a label goes with the role */
    {"Maire : Anne DUVAL (sans étiquette)", true, NULL, "Anne", "Duval", "DUVAL",
     "Maire (sans étiquette)", NULL, NULL},
    /* a label naming a unit first keeps it (a lead-in: test_label_lead_in) */
    {"Secrétariat du maire : Lina FAURE", true, NULL, "Lina", "Faure", "FAURE",
     "Secrétariat du maire", NULL, NULL},
    /* "co-" before the role */
    {"Rose Vautour, co-présidente", true, NULL, "Rose", "Vautour", "Vautour",
     "co-présidente", NULL, NULL},
    /* a rank before the role: the role still vouches for the name */
    {"Sophie Lambert, Première échevine des Finances", true, NULL, "Sophie", "Lambert",
     "Lambert", "Première échevine des Finances", NULL, NULL},
    {"Paul Henry (2e adjoint au maire)", true, NULL, "Paul", "Henry", "Henry",
     "2e adjoint au maire", NULL, NULL},
    {"Léa Morel, troisième Prix du concours", false, NULL, NULL, NULL, NULL, NULL, NULL,
     NULL},
    /* the roles of Swiss communes' pages vouch too */
    {"Vanessa Berruex, préposée", true, NULL, "Vanessa", "Berruex", "Berruex", "préposée",
     NULL, NULL},
    /* the role after the name, capitalised: not the name's last word */
    {"Contact : Sandrine CAPONY, Directrice", true, NULL, "Sandrine", "Capony", "CAPONY",
     "Directrice", NULL, NULL},
    {"Contact : M. Yannick FABRE", true, "M.", "Yannick", "Fabre", "FABRE", NULL, NULL,
     NULL},
    {"Contact : Mme Inès KACI, juriste", true, "Mme", "Inès", "Kaci", "KACI", "juriste",
     NULL, NULL},
    /* forms of the brief */
    {"Président : M. Jean DE LA TOUR", true, "M.", "Jean", "de La Tour", "DE LA TOUR",
     "Président", NULL, NULL},
    {"Jean DE LA TOUR (président)", true, NULL, "Jean", "de La Tour", "DE LA TOUR",
     "président", NULL, NULL},
    {"Mme Anouk PYTHON-MAYOR – directrice", true, "Mme", "Anouk", "Python-Mayor",
     "PYTHON-MAYOR", "directrice", NULL, NULL},
    {"M. Jean-Marc LEFÈVRE-DUPONT - trésorier", true, "M.", "Jean-Marc", "Lefèvre-Dupont",
     "LEFÈVRE-DUPONT", "trésorier", NULL, NULL},
    {"Madame Aïssatou N'DIAYE, infirmière", true, "Mme", "Aïssatou", "N'Diaye", "N'DIAYE",
     "infirmière", NULL, NULL},
    {"Monsieur Paulo D'ALMEIDA", true, "M.", "Paulo", "D'Almeida", "D'ALMEIDA", NULL,
     NULL, NULL},
    {"Docteur Pieter VAN DEN BERGHE, médecin", true, "Dr", "Pieter", "Van den Berghe",
     "VAN DEN BERGHE", "médecin", NULL, NULL},
    {"Mlle Marie Claire LE GALL, secrétaire", true, "Mlle", "Marie Claire", "Le Gall",
     "LE GALL", "secrétaire", NULL, NULL},
    {"Professeur Louis DU PONT", true, "Pr", "Louis", "du Pont", "DU PONT", NULL, NULL,
     NULL},
    /* feminine forms of the titles (corpus set9) */
    {"Docteure Line VIGNAL, médecin addictologue", true, "Dr", "Line", "Vignal", "VIGNAL",
     "médecin addictologue", NULL, NULL},
    {"Dre Line VIGNAL", true, "Dr", "Line", "Vignal", "VIGNAL", NULL, NULL, NULL},
    {"Professeure Anne DU PONT", true, "Pr", "Anne", "du Pont", "DU PONT", NULL, NULL,
     NULL},
    {"Me Hélène de LA TOUR, avocate", true, "Me", "Hélène", "de La Tour", "de LA TOUR",
     "avocate", NULL, NULL},
    {"M Noël ÉMERY, Chargé de mission", true, "M.", "Noël", "Émery", "ÉMERY",
     "Chargé de mission", NULL, NULL},
    {"Mr Loïc GARÇON, Trésorier", true, "M.", "Loïc", "Garçon", "GARÇON", "Trésorier",
     NULL, NULL},
    {"Zoé D'ARCY, Présidente", true, NULL, "Zoé", "D'Arcy", "D'ARCY", "Présidente", NULL,
     NULL},
    {"Gaëlle MARTIN-DUCRÊT, Délégué régional", true, NULL, "Gaëlle", "Martin-Ducrêt",
     "MARTIN-DUCRÊT", "Délégué régional", NULL, NULL},
    {"Mme Inès MÜLLER, directrice, tél. 01 99 00 12 34, ines.muller@example.fr", true,
     "Mme", "Inès", "Müller", "MÜLLER", "directrice", "+33199001234",
     "ines.muller@example.fr"},
    {"M. Loïc BRÛLÉ (trésorier) : loic (at) example.org", true, "M.", "Loïc", "Brûlé",
     "BRÛLÉ", "trésorier", NULL, "loic@example.org"},
    /* not people */
    {"Equipe", false, NULL, NULL, NULL, NULL, NULL, NULL, NULL},
    {"L'équipe", false, NULL, NULL, NULL, NULL, NULL, NULL, NULL},
    {"L’équipe", false, NULL, NULL, NULL, NULL, NULL, NULL, NULL},
    {"Secrétariat", false, NULL, NULL, NULL, NULL, NULL, NULL, NULL},
    {"Accueil", false, NULL, NULL, NULL, NULL, NULL, NULL, NULL},
    {"contact@example.fr", false, NULL, NULL, NULL, NULL, NULL, NULL, NULL},
    {"01 99 00 12 34", false, NULL, NULL, NULL, NULL, NULL, NULL, NULL},
    {"Secrétariat : 01 99 00 12 34", false, NULL, NULL, NULL, NULL, NULL, NULL, NULL},
    {"Équipe CSAPA", false, NULL, NULL, NULL, NULL, NULL, NULL, NULL},
    /* a role after the comma vouches for a name in natural case */
    {"Charles de Gaulle, président", true, NULL, "Charles", "de Gaulle", "de Gaulle",
     "président", NULL, NULL},
    {"Bruno de la Roche, conciliateur de justice", true, NULL, "Bruno", "de la Roche",
     "de la Roche", "conciliateur de justice", NULL, NULL},
    {"Paul Martin, l'un des écrivains publics", true, NULL, "Paul", "Martin", "Martin",
     "l'un des écrivains publics", NULL, NULL},
    {"CSAPA", false, NULL, NULL, NULL, NULL, NULL, NULL, NULL},
    {"PAR ORDONNANCE,", false, NULL, NULL, NULL, NULL, NULL, NULL, NULL},
    {"", false, NULL, NULL, NULL, NULL, NULL, NULL, NULL},
    {"Voir la liste sur le site", false, NULL, NULL, NULL, NULL, NULL, NULL, NULL},
    /* a civility vouches for a name written in natural case (tests/corpus/set2) */
    {"M. Jean Dupuis, directeur", true, "M.", "Jean", "Dupuis", "Dupuis", "directeur",
     NULL, NULL},
    {"Mme Anne de Villiers, présidente", true, "Mme", "Anne", "de Villiers",
     "de Villiers", "présidente", NULL, NULL},
    {"Madame Marie Claire Dupont", true, "Mme", "Marie Claire", "Dupont", "Dupont", NULL,
     NULL, NULL},
    /* three words without a civility: a family name of two */
    {"Nolwenn Jan Prado, coordinatrice de l’association", true, NULL, "Nolwenn",
     "Jan Prado", "Jan Prado", "coordinatrice de l’association", NULL, NULL},
    /* but for a compound given name written without its hyphen */
    {"Marie Odile Vernet, trésorière", true, NULL, "Marie Odile", "Vernet", "Vernet",
     "trésorière", NULL, NULL},
    {"Jean Luc Mercier, secrétaire", true, NULL, "Jean Luc", "Mercier", "Mercier",
     "secrétaire", NULL, NULL},
    {"Jean Vallée Roux, secrétaire", true, NULL, "Jean", "Vallée Roux", "Vallée Roux",
     "secrétaire", NULL, NULL},
    /* a name, a colon and its role: the role vouches for the name; not a
     * role before the colon */
    {"Odette Garnier : Trésorière adjointe", true, NULL, "Odette", "Garnier", "Garnier",
     "Trésorière adjointe", NULL, NULL},
    {"Responsable Technique : Hervé Collin", true, NULL, "Hervé", "Collin", "Collin",
     "Responsable Technique", NULL, NULL},
    {"Maison Verte : animatrice", false, NULL, NULL, NULL, NULL, NULL, NULL, NULL},
    /* a role, a comma and the name it vouches for (test_label_lead_in:
     * with words about the person after it) */
    {"Son animatrice, Léa Fontaine – 06 12 34 56 78", true, NULL, "Léa", "Fontaine",
     "Fontaine", "Son animatrice", "+33612345678", NULL},
    {"Le quartier, Saint Jean est animé", false, NULL, NULL, NULL, NULL, NULL, NULL,
     NULL},
    {"M. Service Accueil, standard", false, NULL, NULL, NULL, NULL, NULL, NULL, NULL},
    /* a civility before one word: the family name ("Madame Decoux") */
    {"Mme Marie", true, "Mme", NULL, "Marie", "Marie", NULL, NULL, NULL},
    {"Madame Decoux", true, "Mme", NULL, "Decoux", "Decoux", NULL, NULL, NULL},
    {"Jean Dupuis, directeur", true, NULL, "Jean", "Dupuis", "Dupuis", "directeur", NULL,
     NULL},
    {"Aurélie Robic, directrice départementale.", true, NULL, "Aurélie", "Robic", "Robic",
     "directrice départementale", NULL, NULL},
    /* no role: a name in natural case is not vouched for */
    {"Jean Dupuis, quartier nord", false, NULL, NULL, NULL, NULL, NULL, NULL, NULL},
    {"Concierge : M. Hugo Simoes & 079 412 73 94", true, "M.", "Hugo", "Simoes", "Simoes",
     "Concierge", "+33794127394", NULL},
    /* tests/corpus/set3: a dotted abbreviation keeps its final dot, a sentence's
     * stop does not; "Dr." is "Dr"; particles and apostrophes */
    {"Mme Armelle LE CORRE-MORVAN, ergothérapeute D.E.", true, "Mme", "Armelle",
     "Le Corre-Morvan", "LE CORRE-MORVAN", "ergothérapeute D.E.", NULL, NULL},
    {"M. Luc DEWAELE – directeur médical.", true, "M.", "Luc", "Dewaele", "DEWAELE",
     "directeur médical", NULL, NULL},
    {"Dr. Marc AUBERT – médecin de prévention", true, "Dr", "Marc", "Aubert", "AUBERT",
     "médecin de prévention", NULL, NULL},
    {"Pr Anne-Sophie DE SAINT-EXUPÉRY (directrice)", true, "Pr", "Anne-Sophie",
     "de Saint-Exupéry", "DE SAINT-EXUPÉRY", "directrice", NULL, NULL},
    {"Mme Fatou N'GUESSAN, coordinatrice, fatou.nguessan@example.fr, 06 39 98 15 42",
     true, "Mme", "Fatou", "N'Guessan", "N'GUESSAN", "coordinatrice", "+33639981542",
     "fatou.nguessan@example.fr"},
    {"Chargée de projets : Mme Ana DOS SANTOS, 06 94 12 34 57", true, "Mme", "Ana",
     "Dos Santos", "DOS SANTOS", "Chargée de projets", "+594694123457", NULL},
};

static void check(const char *what, const char *got, const char *want)
{
    if (!want) {
        if (got)
            print_error("%s: got \"%s\", want NULL\n", what, got);
        assert_null(got);
        return;
    }
    if (!got || strcmp(got, want) != 0)
        print_error("%s: got \"%s\", want \"%s\"\n", what, got ? got : "(null)", want);
    assert_non_null(got);
    assert_string_equal(got, want);
}

static void test_lines(void **state)
{
    (void)state;
    struct extract_opts o = {"FR", false};
    for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
        const struct person_case *c = &cases[i];
        struct person p;
        memset(&p, 0x5a, sizeof p); /* must stay untouched on false */
        struct diag_list d = {0};
        print_message("line \"%s\"\n", c->in);
        bool ok = person_parse(c->in, 7, &o, &p, &d);
        assert_int_equal(ok, c->ok);
        if (!ok) {
            unsigned char *b = (unsigned char *)&p;
            for (size_t k = 0; k < sizeof p; k++)
                assert_int_equal(b[k], 0x5a);
            diag_list_clear(&d);
            continue;
        }
        check("prefix", p.prefix, c->prefix);
        check("given", p.given, c->given);
        check("family", p.family, c->family);
        check("family_raw", p.family_raw, c->family_raw);
        check("title", p.title, c->title);
        check("text", p.text, c->in);
        assert_int_equal(p.line, 7);
        if (c->phone) {
            assert_int_equal(p.phones.n, 1);
            check("phone", p.phones.v[0].e164, c->phone);
        } else {
            assert_int_equal(p.phones.n, 0);
        }
        if (c->email) {
            assert_int_equal(p.emails.n, 1);
            check("email", p.emails.v[0], c->email);
        } else {
            assert_int_equal(p.emails.n, 0);
        }
        assert_null(p.note);
        assert_int_equal(d.n, 0);
        person_clear(&p);
        diag_list_clear(&d);
    }
}

/* The title stops before the person's own phone or e-mail, its label and an
 * opening bracket; what the line says besides name, title, numbers and
 * e-mails is kept as the person's note, with a warning (it was lost
 * silently: TITLE "directeur (tél", "présent le mardi" nowhere). */
static const struct {
    const char *in, *title, *phone, *email, *note;
} rest_cases[] = {
    {"M. Jean DUPONT, directeur (tél. 01 42 34 56 78, jean.dupont@x.fr), présent le "
     "mardi",
     "directeur", "+33142345678", "jean.dupont@x.fr", "présent le mardi"},
    {"Mme Anne MARTIN, présidente, tél : 01 42 34 56 79", "présidente", "+33142345679",
     NULL, NULL},
    /* a parish's roles; the words leading to the number or e-mail are no
     * part of the title */
    {"Jacques Dorélien, l’abbé de la paroisse", "l’abbé de la paroisse", NULL, NULL,
     NULL},
    {"M. Jean SEGERS, coordinateur des boutiques à l’adresse jean.segers@x.be",
     "coordinateur des boutiques", NULL, "jean.segers@x.be", NULL},
    {"M. Paul DURAND, président, joignable au 06 12 34 56 78", "président",
     "+33612345678", NULL, NULL},
    {"M. Paul DURAND – médecin, e-mail : paul.durand@example.fr (sur rendez-vous)",
     "médecin", NULL, "paul.durand@example.fr", "sur rendez-vous"},
    {"Dr Marc AUBERT (médecin, tél. 01 42 34 56 78)", "médecin", "+33142345678", NULL,
     NULL},
    {"Mme Léa ROUX, secrétaire : 01 42 34 56 80 – le matin ; courriel : "
     "lea.roux@example.fr – l'après-midi",
     "secrétaire", "+33142345680", "lea.roux@example.fr", "le matin, l'après-midi"},
    {"M. Jean DUPONT, 01 42 34 56 78, directeur", NULL, "+33142345678", NULL,
     "directeur"},
    /* a dash or a bullet written as text opens the line, and the "ou" of a
     * list going on */
    {"\xE2\x80\x94 Hélène VIDAL, trésorière, 06 11 22 33 44 ,", "trésorière",
     "+33611223344", NULL, NULL},
    {"\xE2\x80\x93 ou Marc LEROY au 06 55 44 33 22.", NULL, "+33655443322", NULL, NULL},
    {"\xE2\x80\xA2 et Mme Lise PONS, secrétaire", "secrétaire", NULL, NULL, NULL},
    /* a parenthesis glued to the name */
    {"Trésorier : Marc ROUX(chargé des adhésions)", "Trésorier (chargé des adhésions)",
     NULL, NULL, NULL},
};

/* The lead-in of a label before the role is kept in the person's NOTE. */
static void test_label_lead_in(void **state)
{
    (void)state;
    struct extract_opts o = {"FR", false};
    static const struct {
        const char *in, *title, *note, *phone;
    } rows[] = {
        {"Inscriptions auprès de l'animatrice jeunesse : Paul ROCHE, 06 12 34 56 78",
         "animatrice jeunesse", "Inscriptions auprès de l'", "+33612345678"},
        {"Pour tout renseignement s'adresser à la secrétaire de mairie : Odile MARTY",
         "secrétaire de mairie", "Pour tout renseignement s'adresser à la", NULL},
        /* a role, a comma, the name it vouches for and words about the
         * person, or the end of the name's sentence */
        {"le vice-président, Hugo Ribeiro vient du club de Thiers", "le vice-président",
         "vient du club de Thiers", NULL},
        {"La trésorière, Mme Odile Perrin. Elle tient les comptes.", "La trésorière",
         "Elle tient les comptes", NULL},
        {"et la secrétaire, Inès Garnier du SNES FSU Haute-Loire", "secrétaire",
         "et la ; du SNES FSU Haute-Loire", NULL},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        struct person p;
        struct diag_list d = {0};
        assert_true(person_parse(rows[i].in, 7, &o, &p, &d));
        assert_string_equal(p.title, rows[i].title);
        assert_non_null(p.note);
        assert_string_equal(p.note, rows[i].note);
        assert_int_equal(p.phones.n, rows[i].phone ? 1 : 0);
        if (rows[i].phone)
            assert_string_equal(p.phones.v[0].e164, rows[i].phone);
        assert_int_equal(d.n, 0);
        person_clear(&p);
        diag_list_clear(&d);
    }
}

static void test_line_rest(void **state)
{
    (void)state;
    struct extract_opts o = {"FR", false};
    for (size_t i = 0; i < ARRAY_LEN(rest_cases); i++) {
        struct person p;
        struct diag_list d = {0};
        print_message("line \"%s\"\n", rest_cases[i].in);
        assert_true(person_parse(rest_cases[i].in, 7, &o, &p, &d));
        check("title", p.title, rest_cases[i].title);
        check("note", p.note, rest_cases[i].note);
        assert_int_equal(p.phones.n, rest_cases[i].phone != NULL);
        if (rest_cases[i].phone)
            check("phone", p.phones.v[0].e164, rest_cases[i].phone);
        assert_int_equal(p.emails.n, rest_cases[i].email != NULL);
        if (rest_cases[i].email)
            check("email", p.emails.v[0], rest_cases[i].email);
        if (rest_cases[i].note) {
            assert_int_equal(d.n, 1);
            char *want =
                xasprintf("text of a person line kept in NOTE: %s", rest_cases[i].note);
            assert_string_equal(d.v[0].message, want);
            assert_int_equal(d.v[0].line, 7);
            free(want);
        } else {
            assert_int_equal(d.n, 0);
        }
        person_clear(&p);
        assert_null(p.note);
        diag_list_clear(&d);
    }
}

static void test_keep_case(void **state)
{
    (void)state;
    struct extract_opts o = {"FR", true};
    struct person p;
    assert_true(person_parse("M. Jean DE LA TOUR, président", 3, &o, &p, NULL));
    assert_string_equal(p.family, "DE LA TOUR");
    assert_string_equal(p.family_raw, "DE LA TOUR");
    person_clear(&p);
}

/* The person's mobile number is a cell phone; an invalid one is warned about. */
static void test_phone_kinds(void **state)
{
    (void)state;
    struct extract_opts o = {"FR", false};
    struct person p;
    struct diag_list d = {0};
    assert_true(person_parse("Mme Pauline ROBICHON, conseillère : 06 39 98 88 12", 9, &o,
                             &p, &d));
    assert_int_equal(p.phones.n, 1);
    assert_int_equal(p.phones.v[0].kind, PHONE_CELL);
    assert_int_equal(p.phones.v[0].line, 9);
    person_clear(&p);
    assert_true(
        person_parse("Mme Pauline ROBICHON, fax : 01 99 00 12 34", 9, &o, &p, &d));
    assert_int_equal(p.phones.n, 1);
    assert_int_equal(p.phones.v[0].kind, PHONE_FAX);
    person_clear(&p);
    assert_true(
        person_parse("M. Paul DURAND, directeur : 09 99 99 99 99 99", 4, &o, &p, &d));
    assert_int_equal(p.phones.n, 0);
    assert_int_equal(d.n, 1);
    assert_int_equal(d.v[0].line, 4);
    assert_string_equal(p.title, "directeur");
    person_clear(&p);
    diag_list_clear(&d);
}

/* A name in natural case without civility, vouched by its own mobile or
 * an e-mail that holds its name; not by a landline or another e-mail. */
static void test_vouched_by_contact(void **state)
{
    (void)state;
    static const struct {
        const char *in, *family; /* NULL: no person */
    } rows[] = {
        {"Pierre Nivois : 06 82 37 00 69", "Nivois"},
        {"Anne Roux – anne.roux@free.fr", "Roux"},
        {"Anne Roux, roux.a@asso.fr", "Roux"},
        {"Urgences Pédiatriques : 05 59 44 39 54", NULL},
        {"Anne Roux – contact@asso.fr", NULL},
        {"Service Jeunesse : 06 82 37 00 69", NULL},
    };
    struct extract_opts o = {.region = "FR"};
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        struct person p;
        bool ok = person_parse(rows[i].in, 2, &o, &p, NULL);
        if (ok != (rows[i].family != NULL))
            fail_msg("row %zu \"%s\": person %d", i, rows[i].in, ok);
        if (ok) {
            assert_string_equal(p.family, rows[i].family);
            person_clear(&p);
        }
    }
}

static void test_natural_case(void **state)
{
    (void)state;
    static const struct {
        const char *in, *want;
    } rows[] = {
        {"HUBER", "Huber"},
        {"LEFÈVRE-DUPONT", "Lefèvre-Dupont"},
        {"N'DIAYE", "N'Diaye"},
        {"D'ESTIENNE", "D'Estienne"},
        {"D’ARCY", "D’Arcy"},
        {"DE LA TOUR", "de La Tour"},
        {"de LA TOUR", "de La Tour"},
        {"VAN DEN BERGHE", "Van den Berghe"},
        /* a particle written in lower case stays so */
        {"de la Monneraye", "de la Monneraye"},
        {"van der Berg", "van der Berg"},
        {"LE GALL", "Le Gall"},
        {"DU PONT", "du Pont"},
        {"ÉMERY", "Émery"},
        {"CHÂTEAU", "Château"},
        {"GARÇON", "Garçon"},
        {"DE", "De"},
        {"", ""},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        char *got = person_natural_case(rows[i].in);
        assert_string_equal(got, rows[i].want);
        free(got);
    }
}

/* person.c answers ASCII without utf8proc: the premise, on every ASCII code
 * point (decoding, category, case mapping). */
static void test_ascii_as_utf8proc(void **state)
{
    (void)state;
    for (int32_t cp = 1; cp < 0x80; cp++) {
        utf8proc_uint8_t s[2] = {(utf8proc_uint8_t)cp, 0};
        utf8proc_int32_t got;
        assert_int_equal(utf8proc_iterate(s, -1, &got), 1);
        assert_int_equal(got, cp);
        utf8proc_category_t c = utf8proc_category(cp);
        assert_int_equal(c == UTF8PROC_CATEGORY_LU, ascii_isupper(cp));
        assert_int_equal(c == UTF8PROC_CATEGORY_LL, ascii_islower(cp));
        assert_int_equal(c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL ||
                             c == UTF8PROC_CATEGORY_LT || c == UTF8PROC_CATEGORY_LO,
                         ascii_isalpha(cp));
        assert_int_equal(utf8proc_tolower(cp), ascii_tolower(cp));
        assert_int_equal(utf8proc_toupper(cp), ascii_toupper(cp));
    }
}

/* person_natural_case as it was, with utf8proc for every code point and a
 * heap copy of every lower-cased word: the reference for the fast paths. */
static void ref_put(char **o, int32_t cp)
{
    *o += utf8proc_encode_char(cp, (utf8proc_uint8_t *)*o);
}

static bool ref_letter(int32_t cp)
{
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL ||
           c == UTF8PROC_CATEGORY_LT || c == UTF8PROC_CATEGORY_LO;
}

/* Lower-cased or capitalised word w written at *o. */
static void ref_word(char **o, const char *w, bool capitalise)
{
    bool start = true;
    for (size_t i = 0; w[i];) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)w + i, -1, &cp);
        if (k <= 0) {
            i++;
            continue;
        }
        i += (size_t)k;
        if (!capitalise) {
            ref_put(o, utf8proc_tolower(cp));
        } else if (ref_letter(cp)) {
            ref_put(o, start ? utf8proc_toupper(cp) : utf8proc_tolower(cp));
            start = false;
        } else {
            ref_put(o, cp);
            start = cp == '-' || cp == '\'' || cp == 0x2019;
        }
    }
    **o = '\0';
}

static char *ref_natural_case(const char *family)
{
    static const char *const lead[] = {"de", "du", "des"};
    static const char *const mid[] = {"den", "der", "ten", "ter"};
    char *copy = strdup(family), *save = NULL;
    char *out = malloc(strlen(family) * 4 + 1), *o = out;
    *o = '\0';
    char *words[32];
    size_t n = 0;
    for (char *w = strtok_r(copy, " ", &save); w && n < 32;
         w = strtok_r(NULL, " ", &save))
        words[n++] = w;
    for (size_t i = 0; i < n; i++) {
        if (i)
            *o++ = ' ';
        char lw[256], *l = lw;
        ref_word(&l, words[i], false);
        bool last = i + 1 == n, keep = false;
        for (size_t k = 0; k < ARRAY_LEN(lead); k++)
            keep = keep || (!last && strcmp(lw, lead[k]) == 0);
        for (size_t k = 0; k < ARRAY_LEN(mid); k++)
            keep = keep || (i > 0 && !last && strcmp(lw, mid[k]) == 0);
        keep = keep || (!last && strcmp(lw, words[i]) == 0); /* written in lower case */
        if (keep) {
            strcpy(o, lw);
            o += strlen(lw);
        } else {
            ref_word(&o, words[i], true);
        }
    }
    *o = '\0';
    free(copy);
    return out;
}

static size_t put_utf8(char *p, int32_t cp)
{
    return (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)p);
}

/* Every code point up to U+FFFF in names around it: the ASCII fast paths
 * and the word lists give what utf8proc gave. */
static void test_natural_case_all_bmp(void **state)
{
    (void)state;
    static const char *const ctx[][2] = {
        {"", ""},
        {"DE ", " X"},
        {"A", "B"},
        {"x-", "'y"},
        {"VAN ", " Z"},
        {"d", "E"},
        {"\xC3\x89", "\xE2\x80\x99"
                     "a"},
    };
    for (int32_t cp = 1; cp <= 0xFFFF; cp++) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        for (size_t c = 0; c < ARRAY_LEN(ctx); c++) {
            char buf[64];
            size_t n = strlen(ctx[c][0]);
            memcpy(buf, ctx[c][0], n);
            n += put_utf8(buf + n, cp);
            strcpy(buf + n, ctx[c][1]);
            char *want = ref_natural_case(buf);
            char *got = person_natural_case(buf);
            if (strcmp(want, got) != 0)
                fail_msg("person_natural_case(\"%s\") = \"%s\", want \"%s\"", buf, got,
                         want);
            free(want);
            free(got);
        }
    }
    /* invalid bytes and a word longer than any of the lists' */
    static const char *const odd[] = {
        "DE \xC3 LA", "\xFF\xFE", "DU \xE2\x80",
        "DE "
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
        " X"};
    for (size_t i = 0; i < ARRAY_LEN(odd); i++) {
        char *want = ref_natural_case(odd[i]);
        char *got = person_natural_case(odd[i]);
        assert_string_equal(got, want);
        free(want);
        free(got);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lines),
        cmocka_unit_test(test_line_rest),
        cmocka_unit_test(test_label_lead_in),
        cmocka_unit_test(test_keep_case),
        cmocka_unit_test(test_phone_kinds),
        cmocka_unit_test(test_vouched_by_contact),
        cmocka_unit_test(test_natural_case),
        cmocka_unit_test(test_ascii_as_utf8proc),
        cmocka_unit_test(test_natural_case_all_bmp),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

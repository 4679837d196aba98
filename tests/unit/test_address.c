/* Unit tests of the Coordonnées extractor (address.c): every block of the
 * sample corpus, built by hand as the parser hands it over, and tricky forms. */
#include "harness.h"

#include <stdio.h>

#include "base/util.h"
#include "extract/address.h"
#include "extract/address_int.h"
#include "model/entry.h"
#include "read/section.h"

/* One source line: text as the parser gives it, and at most one link. */
struct tline {
    const char *text;
    const char *ltext; /* link text, NULL for no link */
    const char *href;
};

/* Expected fields; lists are joined with "|", NULL = field must be empty. */
struct block_case {
    const char *name;
    const char *title;
    const char *org_name;
    struct tline in[14];
    const char *adr_lines;
    const char *postcode;
    const char *locality;
    const char *country;
    const char *code;
    const char *region;
    const char *label;
    const char *phones; /* e164 with kind letter: "+33353018820v" */
    const char *emails;
    const char *urls;
    const char *units;
    const char *notes; /* text of the NOTE under the heading */
    int warnings;
    int adr_line; /* expected adr.line (source lines are 10, 11, ...) */
};

#define L(t)                                                                             \
    {                                                                                    \
        t, NULL, NULL                                                                    \
    }
#define LK(t, lt, h)                                                                     \
    {                                                                                    \
        t, lt, h                                                                         \
    }

static const struct block_case cases[] = {
    {"locality_then_postcode",
     "Maison du quartier – Le Lamentin",
     "Maison du quartier",
     {L("Maison du quartier"), L("8 allée des Flamboyants, Le Lamentin 97232, Martinique"),
      L("Tél. : 0596 51 00 00")},
     "8 allée des Flamboyants",
     "97232",
     "Le Lamentin",
     "France",
     "MQ",
     NULL,
     "8 allée des Flamboyants, Le Lamentin 97232, Martinique",
     "+596596510000v",
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     11},
    {"locality_then_postcode_belgium",
     "Ludothèque – Namur",
     "Ludothèque",
     {L("Rue des Brasseurs 4, Namur 5000, Belgique")},
     "Rue des Brasseurs 4",
     "5000",
     "Namur",
     "Belgique",
     "BE",
     NULL,
     "Rue des Brasseurs 4, Namur 5000, Belgique",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
    {"bullets",
     "Service d'entraide – Lausanne",
     "Service d'entraide",
     {L("SERVICE D'ENTRAIDE"),
      L("3, avenue de la Gare (Flon) \xE2\x80\xA2 Case postale 52 \xE2\x80\xA2 1001 "
        "Lausanne 2"),
      L("T 021 310 20 20 \xE2\x80\xA2 F 021 310 20 21")},
     "3, avenue de la Gare (Flon)|Case postale 52",
     "1001",
     "Lausanne 2",
     "Suisse",
     "CH",
     NULL,
     "3, avenue de la Gare (Flon)|Case postale 52|1001 Lausanne 2",
     "+41213102020v|+41213102021f",
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     11},
    {"dotted_street_cp_box",
     "Atelier – Sion",
     "Atelier",
     {L("Pl. du Midi21"), L("CP 2045"), L("1950 Sion"), L("027 322 11 11")},
     "Pl. du Midi21|CP 2045",
     "1950",
     "Sion",
     "Suisse",
     "CH",
     NULL,
     "Pl. du Midi21|CP 2045|1950 Sion",
     "+41273221111v",
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
    {"pompidou",
     "Groupe Pompidou – plate-forme",
     "Groupe Pompidou",
     {L("Groupe Pompidou"),
      L("Groupe de Coopération en matière de lutte contre l'abus et le trafic illicite "
        "de "
        "stupéfiants"),
      L("Palais de l'Europe"), L("Avenue de l'Europe"),
      L("67075 STRASBOURG CEDEX (FRANCE)"), L("Téléphone : 00 33 3 88 41 29 87"),
      L("Fax : 00 33 3 88 41 27 85"),
      LK("E-mail : pompidou.group@coe.int", "pompidou.group@coe.int",
         "mailto:pompidou.group@coe.int"),
      LK("Formulaire de contact", "Formulaire de contact", "#"),
      LK("https://www.coe.int/fr/web/pompidou/home",
         "https://www.coe.int/fr/web/pompidou/home",
         "https://www.coe.int/fr/web/pompidou/home")},
     "Palais de l'Europe|Avenue de l'Europe",
     "67075",
     "STRASBOURG CEDEX",
     "France",
     "FR",
     NULL,
     "Palais de l'Europe|Avenue de l'Europe|67075 STRASBOURG CEDEX (FRANCE)",
     "+33388412987v|+33388412785f",
     "pompidou.group@coe.int",
     "https://www.coe.int/fr/web/pompidou/home",
     "Groupe de Coopération en matière de lutte contre l'abus et le trafic illicite de "
     "stupéfiants",
     "Formulaire de contact",
     0,
     12},
    {"s01",
     "Maison Régionale des Addictions de Bourgogne-Franche-Comté – centre ressources",
     "Maison Régionale des Addictions de Bourgogne-Franche-Comté",
     {L("Maison Régionale des Addictions de Bourgogne-Franche-Comté"),
      L("Espace Lumière, 2e étage"), L("8 rue des Granges"), L("25000 BESANÇON (FRANCE)"),
      L("Téléphone : 03 53 01 88 20"), L("Fax : 03 53 01 88 21"),
      LK("E-mail : mra@example.fr", "mra@example.fr", "mailto:mra@example.fr"),
      LK("Nous écrire", "Nous écrire", "#"),
      LK("https://mra-bfc.example.fr", "https://mra-bfc.example.fr",
         "https://mra-bfc.example.fr")},
     "Espace Lumière, 2e étage|8 rue des Granges",
     "25000",
     "BESANÇON",
     "France",
     "FR",
     NULL,
     "Espace Lumière, 2e étage|8 rue des Granges|25000 BESANÇON (FRANCE)",
     "+33353018820v|+33353018821f",
     "mra@example.fr",
     "https://mra-bfc.example.fr",
     NULL,
     "Nous écrire",
     0,
     11},
    {"s02",
     "Cap’Ados Loiret – accompagnement",
     "Cap’Ados Loiret",
     {L("Cap’Ados Loiret"), L("31 boulevard Alexandre-Martin"), L("45000 Orléans"),
      L("Tél. : 02.61.91.88.30"),
      LK("E-mail : capados45@example.org", "capados45@example.org",
         "mailto:capados45@example.org"),
      LK("https://capados45.example.org", "https://capados45.example.org",
         "https://capados45.example.org")},
     "31 boulevard Alexandre-Martin",
     "45000",
     "Orléans",
     "France",
     "FR",
     NULL,
     "31 boulevard Alexandre-Martin|45000 Orléans",
     "+33261918830v",
     "capados45@example.org",
     "https://capados45.example.org",
     NULL,
     NULL,
     0,
     11},
    {"s03",
     "Fédération rhodanienne de l'éducation pour la santé - pôle ressources",
     "Fédération rhodanienne de l'éducation pour la santé",
     {L("Fédération rhodanienne de l'éducation pour la santé"),
      L("12 quai Saint-Vincent"), L("69001 Lyon"), L("France"),
      L("Téléphone : 04 65 71 88 40"),
      LK("Courriel : frees@example.fr", "frees@example.fr", "mailto:frees@example.fr"),
      LK("https://frees.example.fr", "https://frees.example.fr",
         "https://frees.example.fr")},
     "12 quai Saint-Vincent",
     "69001",
     "Lyon",
     "France",
     "FR",
     NULL,
     "12 quai Saint-Vincent|69001 Lyon|France",
     "+33465718840v",
     "frees@example.fr",
     "https://frees.example.fr",
     NULL,
     NULL,
     0,
     11},
    {"s04",
     "Sémaphore Namur – centre de consultation en assuétudes",
     "Sémaphore Namur",
     {L("Sémaphore Namur ASBL"), L("Rue de Fer 52"), L("B-5000 Namur (Belgique)"),
      L("Tél. : +32 81 00 88 50"),
      LK("E-mail : accueil@semaphore-namur.example.be",
         "accueil@semaphore-namur.example.be",
         "mailto:accueil@semaphore-namur.example.be"),
      LK("https://semaphore-namur.example.be", "https://semaphore-namur.example.be",
         "https://semaphore-namur.example.be")},
     "Rue de Fer 52",
     "5000",
     "Namur",
     "Belgique",
     "BE",
     NULL,
     "Rue de Fer 52|B-5000 Namur (Belgique)",
     "+3281008850v",
     "accueil@semaphore-namur.example.be",
     "https://semaphore-namur.example.be",
     "Sémaphore Namur ASBL",
     NULL,
     0,
     11},
    {"s05",
     "Unité d'addictologie de liaison du Centre hospitalier de Périgueux",
     "Unité d'addictologie de liaison du Centre hospitalier de Périgueux",
     {L("Unité d'addictologie de liaison"), L("Bâtiment Élysée, rez-de-chaussée"),
      L("80 avenue Georges-Pompidou"), L("BP 9050"), L("24019 PÉRIGUEUX CEDEX"),
      L("Téléphone : 05 36 49 88 60"), L("Fax : 05 36 49 88 61"),
      LK("E-mail : elsa24@example.fr", "elsa24@example.fr", "mailto:elsa24@example.fr")},
     "Bâtiment Élysée, rez-de-chaussée|80 avenue Georges-Pompidou|BP 9050",
     "24019",
     "PÉRIGUEUX CEDEX",
     "France",
     "FR",
     NULL,
     "Bâtiment Élysée, rez-de-chaussée|80 avenue Georges-Pompidou|BP 9050|24019 "
     "PÉRIGUEUX "
     "CEDEX",
     "+33536498860v|+33536498861f",
     "elsa24@example.fr",
     NULL,
     "Unité d'addictologie de liaison",
     NULL,
     0,
     11},
    {"s06",
     "Le Phare du Cotentin – CSAPA",
     "Le Phare du Cotentin",
     {L("Le Phare du Cotentin"), L("14 rue Gambetta"), L("50100 Cherbourg-en-Cotentin"),
      L("N° Vert : 0 800 00 88 70"), L("Téléphone : 02 61 91 88 71"),
      L("Portable : 06 39 98 88 72"),
      LK("E-mail : lephare50@example.org", "lephare50@example.org",
         "mailto:lephare50@example.org"),
      LK("https://lephare50.example.org", "https://lephare50.example.org",
         "https://lephare50.example.org")},
     "14 rue Gambetta",
     "50100",
     "Cherbourg-en-Cotentin",
     "France",
     "FR",
     NULL,
     "14 rue Gambetta|50100 Cherbourg-en-Cotentin",
     "+33800008870t|+33261918871v|+33639988872c",
     "lephare50@example.org",
     "https://lephare50.example.org",
     NULL,
     NULL,
     0,
     11},
    {"s07a",
     "Fondation Tremplin Fribourg – réinsertion",
     "Fondation Tremplin Fribourg",
     {L("Fondation Tremplin Fribourg"), L("Route de la Glâne 7"),
      L("CH-1700 Fribourg (Suisse)"), L("Téléphone : +41 26 000 88 80"),
      LK("E-mail : info@tremplin-fr.example.org", "info@tremplin-fr.example.org",
         "mailto:info@tremplin-fr.example.org"),
      LK("https://tremplin-fr.example.org", "https://tremplin-fr.example.org",
         "https://tremplin-fr.example.org")},
     "Route de la Glâne 7",
     "1700",
     "Fribourg",
     "Suisse",
     "CH",
     NULL,
     "Route de la Glâne 7|CH-1700 Fribourg (Suisse)",
     "+41260008880v",
     "info@tremplin-fr.example.org",
     "https://tremplin-fr.example.org",
     NULL,
     NULL,
     0,
     11},
    {"s07b",
     "Karukera Prévention – point d'accueil jeunes",
     "Karukera Prévention",
     {L("Karukera Prévention"), L("Immeuble Le Lamentin"), L("9 rue Frébault"),
      L("97110 Pointe-à-Pitre (Guadeloupe)"), L("Tél : 0590 00 88 90"),
      LK("E-mail : karukera@example.fr", "karukera@example.fr",
         "mailto:karukera@example.fr")},
     "Immeuble Le Lamentin|9 rue Frébault",
     "97110",
     "Pointe-à-Pitre",
     "France",
     "GP",
     "Guadeloupe",
     "Immeuble Le Lamentin|9 rue Frébault|97110 Pointe-à-Pitre (Guadeloupe)",
     "+590590008890v",
     "karukera@example.fr",
     NULL,
     NULL,
     NULL,
     0,
     11},
    {"s08",
     "Solidarité Addictions Vendée - antenne",
     "Solidarité Addictions Vendée",
     {L("Solidarité Addictions Vendée"), L("Pôle associatif, bureau 12"),
      L("5 rue Sadi-Carnot"), L("85000 La Roche-sur-Yon"), L("Tél. : 0261918810"),
      L("Tél. : +33 (0)2 61 91 88 11"), L("Courriel : contact.sav@example.org"),
      L("www.sav85.example.org")},
     "Pôle associatif, bureau 12|5 rue Sadi-Carnot",
     "85000",
     "La Roche-sur-Yon",
     "France",
     "FR",
     NULL,
     "Pôle associatif, bureau 12|5 rue Sadi-Carnot|85000 La Roche-sur-Yon",
     "+33261918810v|+33261918811v",
     "contact.sav@example.org",
     "http://www.sav85.example.org",
     NULL,
     NULL,
     0,
     11},
    {"s09",
     "Jugend a Gesondheet Esch – centre",
     "Jugend a Gesondheet Esch",
     {L("Jugend a Gesondheet Esch"), L("45, boulevard Kennedy"),
      L("L-4170 Esch-sur-Alzette (Luxembourg)"), L("Téléphone : +352 26 00 88 90"),
      LK("E-mail : jage@example.org", "jage@example.org", "mailto:jage@example.org"),
      LK("https://jage-esch.example.org", "https://jage-esch.example.org",
         "https://jage-esch.example.org")},
     "45, boulevard Kennedy",
     "4170",
     "Esch-sur-Alzette",
     "Luxembourg",
     "LU",
     NULL,
     "45, boulevard Kennedy|L-4170 Esch-sur-Alzette (Luxembourg)",
     "+35226008890v",
     "jage@example.org",
     "https://jage-esch.example.org",
     NULL,
     NULL,
     0,
     11},
    {"s10",
     "Parents, Ados ; Écrans : l'Atelier & Cie – association",
     "Parents, Ados ; Écrans : l'Atelier & Cie",
     {L("Parents, Ados ; Écrans : l'Atelier & Cie"), L("22 rue du Faubourg-Bonnefoy"),
      L("31500 Toulouse"), L("Téléphone : 05 36 49 88 95"),
      LK("E-mail : atelier_ecrans@example.org", "atelier_ecrans@example.org",
         "mailto:atelier_ecrans@example.org"),
      LK("https://atelier-ecrans.example.org", "https://atelier-ecrans.example.org",
         "https://atelier-ecrans.example.org")},
     "22 rue du Faubourg-Bonnefoy",
     "31500",
     "Toulouse",
     "France",
     "FR",
     NULL,
     "22 rue du Faubourg-Bonnefoy|31500 Toulouse",
     "+33536498895v",
     "atelier_ecrans@example.org",
     "https://atelier-ecrans.example.org",
     NULL,
     NULL,
     0,
     11},
    /* tests/corpus/set5: "(France métropolitaine)", a bare domain after "Site :" */
    {"metropolitan france, labelled bare domain",
     "CIDFF – x",
     "CIDFF",
     {L("CIDFF"), L("Adresse : 5 place des Comtes du Maine"),
      L("72000 Le Mans (France métropolitaine)"), L("Site : cidff72.example.org/"),
      L("Site : pas une adresse")},
     "5 place des Comtes du Maine",
     "72000",
     "Le Mans",
     "France",
     "FR",
     NULL,
     "5 place des Comtes du Maine|72000 Le Mans (France métropolitaine)",
     NULL,
     NULL,
     "http://cidff72.example.org/",
     NULL,
     "Site : pas une adresse",
     1,
     11},
    /* tricky forms */
    {"belgian context, 4 digits",
     "Maison X – test",
     "Maison X",
     {L("Maison X"), L("Chaussée de Louvain 12"), L("1000 Bruxelles"), L("Belgique"),
      L("Tél. : 02 500 00 00")},
     "Chaussée de Louvain 12",
     "1000",
     "Bruxelles",
     "Belgique",
     "BE",
     NULL,
     "Chaussée de Louvain 12|1000 Bruxelles|Belgique",
     "+3225000000v",
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     11},
    {"corsica, cedex number, obfuscated mails",
     "Asso Y",
     "Asso Y",
     {L("Asso Y"), L("Résidence Les Érables"), L("12 bis cours Napoléon"),
      L("20000 Ajaccio CEDEX 01"), L("Courriel : contact (at) example.fr"),
      L("Mail : contact [at] example [dot] org"), L("Mél : Contact@Example.fr"),
      L("Site : www.asso-y.example.fr")},
     "Résidence Les Érables|12 bis cours Napoléon",
     "20000",
     "Ajaccio CEDEX 01",
     "France",
     "FR",
     NULL,
     "Résidence Les Érables|12 bis cours Napoléon|20000 Ajaccio CEDEX 01",
     NULL,
     "contact@example.fr|contact@example.org",
     "http://www.asso-y.example.fr",
     NULL,
     NULL,
     0,
     11},
    {"overseas by postcode, F- prefix, unknown line",
     "Z – t",
     "Z",
     {L("Z"), L("Centre hospitalier"), L("CS 70001"), L("F-97400 Saint-Denis"),
      L("Accès : tram A"), LK("Plan d'accès", "Plan d'accès", "plan.html")},
     "Centre hospitalier|CS 70001",
     "97400",
     "Saint-Denis",
     "France",
     "RE",
     NULL,
     "Centre hospitalier|CS 70001|F-97400 Saint-Denis",
     NULL,
     NULL,
     NULL,
     NULL,
     "Accès : tram A\nPlan d'accès",
     1,
     11},
    {"postcode after street on one line",
     "W",
     "W",
     {L("W"), L("Hôtel du département, 8 rue X - 69001 Lyon"), L("Tél : 04 65 71 88 40")},
     "Hôtel du département|8 rue X",
     "69001",
     "Lyon",
     "France",
     "FR",
     NULL,
     "Hôtel du département, 8 rue X - 69001 Lyon",
     "+33465718840v",
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     11},
    /* a number alone of six digits where numbers have six */
    {"six-digit number of New Caledonia",
     "ACH",
     "ACH",
     {L("6, rue Juliette Bernard"), L("98 800 Nouméa"), L("26 95 90")},
     "6, rue Juliette Bernard",
     "98800",
     "Nouméa",
     "France",
     "NC",
     NULL,
     "6, rue Juliette Bernard|98 800 Nouméa",
     "+687269590v",
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
    /* a long line of the block: its street and locality, not the sentence */
    {"street and locality inside a sentence of the block",
     "MJD",
     "MJD",
     {L("Informations pratiques : 8 rue Michelet à Alès, ouverte du lundi au vendredi, "
        "de 9h à 12h et de 14h à 17h.")},
     "8 rue Michelet",
     NULL,
     "Alès",
     NULL,
     NULL,
     NULL,
     "Informations pratiques : 8 rue Michelet à Alès, ouverte du lundi au vendredi, de "
     "9h à 12h et de 14h à 17h.",
     NULL,
     NULL,
     NULL,
     "Informations pratiques",
     NULL,
     0,
     10},
    /* a name glued to its street's number (a line break lost in a copy) */
    {"name glued to the street's number",
     "Accueil",
     "Accueil",
     {L("Accueil de jour12 rue Émilienne Goumy"), L("63100 Clermont-Ferrand")},
     "12 rue Émilienne Goumy",
     "63100",
     "Clermont-Ferrand",
     "France",
     "FR",
     NULL,
     "Accueil de jour12 rue Émilienne Goumy|63100 Clermont-Ferrand",
     NULL,
     NULL,
     NULL,
     "Accueil de jour",
     NULL,
     0,
     10},
    /* a two-letter country prefix and a space before the postcode */
    {"Monaco prefix with a space",
     "Sûreté publique",
     "Sûreté publique",
     {L("Stade Louis II, entrée B, étage 1"), L("MC 98000 MONACO")},
     "Stade Louis II, entrée B, étage 1",
     "98000",
     "MONACO",
     "Monaco",
     "MC",
     NULL,
     "Stade Louis II, entrée B, étage 1|MC 98000 MONACO",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
    /* a building, a comma and its street: two delivery lines, as a postal
     * label writes them */
    {"building, comma, street over the postcode",
     "Ludothèque",
     "Ludothèque",
     {L("Maison des associations, 3 avenue de Champagne"), L("51200 Épernay")},
     "Maison des associations|3 avenue de Champagne",
     "51200",
     "Épernay",
     "France",
     "FR",
     NULL,
     "Maison des associations, 3 avenue de Champagne|51200 Épernay",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
    /* the organisation's own name before the comma: the street after it */
    {"organisation, comma, street and town",
     "Secours populaire français – Alençon",
     "Secours populaire français",
     {L("Secours populaire français, 17/19, rue Odolant-Desnos à Alençon.")},
     "17/19, rue Odolant-Desnos",
     NULL,
     "Alençon",
     NULL,
     NULL,
     NULL,
     "Secours populaire français, 17/19, rue Odolant-Desnos à Alençon.",
     NULL,
     NULL,
     NULL,
     "Secours populaire français",
     NULL,
     0,
     10},
    /* a line of public transport under a street is how to come: NOTE */
    {"transport under a street without postcode",
     "Solidair'été",
     "Solidair'été",
     {L("Rue Siméon-Foucault."), L("Tram 2. arrêt place du cirque.")},
     "Rue Siméon-Foucault",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     "Rue Siméon-Foucault.",
     NULL,
     NULL,
     NULL,
     NULL,
     "Tram 2. arrêt place du cirque.",
     1,
     10},
    /* a whole block on one line: the phone after the postcode line is cut */
    {"block on one line, the phone after the locality",
     "Eau",
     "Eau",
     {L("Service des Eaux, 1 rue de Sercq 22000 Saint-Brieuc 02 96 68 23 50 - "
        "www.eau.example.fr")},
     "1 rue de Sercq",
     "22000",
     "Saint-Brieuc",
     "France",
     "FR",
     NULL,
     "Service des Eaux, 1 rue de Sercq 22000 Saint-Brieuc",
     "+33296682350v",
     NULL,
     "http://www.eau.example.fr",
     "Service des Eaux",
     NULL,
     0,
     10},
    /* an accented word right before the postcode; an area code and its
     * number apart, around a spaced slash (Switzerland) */
    {"accented street word before the postcode, spaced slash",
     "Conservatoire",
     "Conservatoire",
     {L("135 Bis rue de l'Université 75007 PARIS"), L("032 / 886 48 60")},
     "135 Bis rue de l'Université",
     "75007",
     "PARIS",
     "France",
     "FR",
     NULL,
     "135 Bis rue de l'Université 75007 PARIS",
     "+33328864860v",
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
    /* a building's name before the street, a box after it: the line whole */
    {"building, street and box on one line",
     "Agora",
     "Agora",
     {L("Bâtiment « Agora » - 37, avenue de la Gare, BP 43"), L("06801 Cagnes-sur-Mer")},
     "Bâtiment « Agora » - 37, avenue de la Gare, BP 43",
     "06801",
     "Cagnes-sur-Mer",
     "France",
     "FR",
     NULL,
     "Bâtiment « Agora » - 37, avenue de la Gare, BP 43|06801 Cagnes-sur-Mer",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
    /* the locality after " à " at the end of a street line */
    {"locality after the street",
     "Episol",
     "Episol",
     {L("45 rue Général Ferrié à Grenoble"), L("09 82 53 01 12")},
     "45 rue Général Ferrié",
     NULL,
     "Grenoble",
     NULL,
     NULL,
     NULL,
     "45 rue Général Ferrié à Grenoble",
     "+33982530112v",
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
    /* Belgium's number after the street, the postcode after it, no comma */
    {"number-last street and postcode, no separator",
     "Tournai",
     "Tournai",
     {L("Rue Saint-Martin 52 7500 Tournai"), L("Téléphone :+32 69 33 22 81")},
     "Rue Saint-Martin 52",
     "7500",
     "Tournai",
     "Belgique",
     "BE",
     NULL,
     "Rue Saint-Martin 52 7500 Tournai",
     "+3269332281v",
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
    /* a full stop before a value's label ends a field */
    {"postcode line going on with a phone after a full stop",
     "Relais",
     "Relais",
     {L("3, rue de la Réserve"), L("63370 Lempdes. Tél.: 04.73.61.79.74")},
     "3, rue de la Réserve",
     "63370",
     "Lempdes",
     "France",
     "FR",
     NULL,
     "3, rue de la Réserve|63370 Lempdes",
     "+33473617974v",
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
    /* the whole block on one line: a name before the street's number, "bld",
     * a locality in capitals followed by a remark */
    {"name, street, postcode and a remark on one line",
     "Association Santé Plus",
     "Association Santé Plus",
     {L("Association Santé Plus 14, bld Voltaire 13001 MARSEILLE sur rendez-vous.. Tél : "
        "04 91 "
        "00 00 01")},
     "14, bld Voltaire",
     "13001",
     "MARSEILLE",
     "France",
     "FR",
     NULL,
     "Association Santé Plus 14, bld Voltaire 13001 MARSEILLE sur rendez-vous.",
     "+33491000001v",
     NULL,
     NULL,
     "Association Santé Plus",
     NULL,
     0,
     10},
    /* no postcode: the numbers first, the street after them */
    {"street after the numbers, no postcode",
     "Relais",
     "Relais",
     {L("Téléphone : 04 50 00 00 02"), L("Chemin des Écoliers")},
     "Chemin des Écoliers",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     "Chemin des Écoliers",
     "+33450000002v",
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     11},
    /* a label, then a name, then the street's number */
    {"label, name and street before a Luxembourg postcode",
     "Entraide",
     "Entraide",
     {L("Siège : Entraide du Nord 7, rue de la Gare L-9012 Ettelbruck")},
     "7, rue de la Gare",
     "9012",
     "Ettelbruck",
     "Luxembourg",
     "LU",
     NULL,
     "Siège : Entraide du Nord 7, rue de la Gare L-9012 Ettelbruck",
     NULL,
     NULL,
     NULL,
     "Siège|Entraide du Nord",
     NULL,
     0,
     10},
    /* a postal box label alone over its number; a locality alone under the
     * street; a pictograph before the street; a long sentence that names a
     * street is no address line */
    {"box label over its number, locality under the street",
     "Relais",
     "Relais",
     {L("📍 12 chemin des Vignes"), L("Saint-Cyr-sur-Loire"), L("BP :"), L("40217")},
     "12 chemin des Vignes|BP : 40217",
     NULL,
     "Saint-Cyr-sur-Loire",
     NULL,
     NULL,
     NULL,
     "📍 12 chemin des Vignes|BP : 40217|Saint-Cyr-sur-Loire",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
    {"a sentence naming a street, no address",
     "Relais",
     "Relais",
     {L("Les bureaux sont au deuxième étage de la mairie, avec un parking gratuit dans "
        "la "
        "rue voisine et un accès par la cour du château aux heures suivantes :")},
     "",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     "",
     NULL,
     NULL,
     NULL,
     NULL,
     "Les bureaux sont au deuxième étage de la mairie, avec un parking gratuit dans la "
     "rue voisine et un accès par la cour du château aux heures suivantes :",
     1,
     0},
    /* a locality written twice, then its postcode again and its island */
    {"locality repeated with its postcode",
     "Médiathèque",
     "Médiathèque",
     {L("Médiathèque 12 rue des Lilas 97430 Le Tampon Le Tampon 97430 La Réunion")},
     "12 rue des Lilas",
     "97430",
     "Le Tampon",
     "France",
     "RE",
     NULL,
     "Médiathèque 12 rue des Lilas 97430 Le Tampon Le Tampon 97430 La Réunion",
     NULL,
     NULL,
     NULL,
     "Médiathèque",
     NULL,
     0,
     10},
    {"mixed contact lines, Adresse label",
     "Asso Q",
     "Asso Q",
     {L("Asso Q"), L("Adresse : 3 place de la Mairie"), L("33000 Bordeaux"),
      L("Tél : 05 56 00 00 00 – contact@asso-q.example.fr"),
      LK("Site internet : www.asso-q.example.fr", "www.asso-q.example.fr",
         "http://www.asso-q.example.fr"),
      L("Permanence téléphonique : 05 56 00 00 01 (le mardi)"),
      L("E-mail : secretariat@asso-q.example.fr ou contact@asso-q.example.fr")},
     "3 place de la Mairie",
     "33000",
     "Bordeaux",
     "France",
     "FR",
     NULL,
     "3 place de la Mairie|33000 Bordeaux",
     "+33556000000v|+33556000001v",
     "contact@asso-q.example.fr|secretariat@asso-q.example.fr",
     "http://www.asso-q.example.fr",
     NULL,
     "Permanence téléphonique : 05 56 00 00 01 (le mardi)",
     0,
     11},
    /* a street wholly in parentheses under a sentence: without them */
    {"street in parentheses",
     "CAF",
     "CAF",
     {L("CAF"), L("(6, quai Adolphe Merle)"), L("34200 Sète")},
     "6, quai Adolphe Merle",
     "34200",
     "Sète",
     "France",
     "FR",
     NULL,
     "(6, quai Adolphe Merle)|34200 Sète",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     11},
    /* a first line naming a place foreign to the title is the host building
     * (tests/corpus/set8 i04#2), not a name line */
    {"martinique named, no name line",
     "V",
     "V",
     {L("Maison des associations"), L("97200 Fort-de-France"), L("Martinique")},
     "Maison des associations",
     "97200",
     "Fort-de-France",
     "France",
     "MQ",
     "Martinique",
     "Maison des associations|97200 Fort-de-France|Martinique",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
    /* tests/corpus/set2: a building word with a number makes a long line a
     * delivery line; "Cour" is a building word */
    {"salle-4",
     "Les Amis de la Santé du Cher – antenne de Bourges",
     "Les Amis de la Santé du Cher",
     {L("Les Amis de la Santé du Cher"), L("Maison des associations, salle 4"),
      L("28 rue Gambon"), L("18000 Bourges"), L("Tél. : 02 61 91 18 30")},
     "Maison des associations, salle 4|28 rue Gambon",
     "18000",
     "Bourges",
     "France",
     "FR",
     NULL,
     "Maison des associations, salle 4|28 rue Gambon|18000 Bourges",
     "+33261911830v",
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     11},
    {"cour",
     "SOS Hépatites Alsace – association de patients",
     "SOS Hépatites Alsace",
     {L("SOS Hépatites Alsace"), L("Cour des Boecklin"), L("1a place des Orphelins"),
      L("67000 Strasbourg"), L("Tél. : 03 53 01 67 70 - Fax : 03 53 01 67 71"),
      L("N° Vert : 0 800 00 67 72 (appel gratuit)")},
     "Cour des Boecklin|1a place des Orphelins",
     "67000",
     "Strasbourg",
     "France",
     "FR",
     NULL,
     "Cour des Boecklin|1a place des Orphelins|67000 Strasbourg",
     "+33353016770v|+33353016771f|+33800006772t",
     NULL,
     NULL,
     NULL,
     "N° Vert : 0 800 00 67 72 (appel gratuit)",
     0,
     11},
    {"long-name-unit",
     "Groupe X – y",
     "Groupe X",
     {L("Groupe X"), L("Maison des associations de lutte contre les addictions"),
      L("3 rue Haute"), L("67000 Strasbourg")},
     "3 rue Haute",
     "67000",
     "Strasbourg",
     "France",
     "FR",
     NULL,
     "3 rue Haute|67000 Strasbourg",
     NULL,
     NULL,
     NULL,
     "Maison des associations de lutte contre les addictions",
     NULL,
     0,
     12},
    /* tests/corpus/set3: Monaco by its postcode and its full name */
    {"monaco",
     "Association Monégasque contre les Addictions – AMCA",
     "Association Monégasque contre les Addictions",
     {L("Association Monégasque contre les Addictions"), L("57 rue Grimaldi"),
      L("98000 Monaco"), L("Principauté de Monaco"), L("Tél. : +377 93 15 40 00")},
     "57 rue Grimaldi",
     "98000",
     "Monaco",
     "Monaco",
     "MC",
     NULL,
     "57 rue Grimaldi|98000 Monaco|Principauté de Monaco",
     "+37793154000v",
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     11},
    {"monaco-postcode",
     "Club X",
     "Club X",
     {L("Club X"), L("2 avenue de la Costa"), L("98000 MONACO")},
     "2 avenue de la Costa",
     "98000",
     "MONACO",
     "Monaco",
     "MC",
     NULL,
     "2 avenue de la Costa|98000 MONACO",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     11},
    /* the title's subtitle is a unit, not a delivery line */
    {"subtitle-unit",
     "Maison de l'Adolescent de La Réunion – site Sud",
     "Maison de l'Adolescent de La Réunion",
     {L("Maison de l'Adolescent de La Réunion"), L("Site Sud"),
      L("25 rue Marius-et-Ary-Leblond"), L("97410 Saint-Pierre (La Réunion)")},
     "25 rue Marius-et-Ary-Leblond",
     "97410",
     "Saint-Pierre",
     "France",
     "RE",
     "La Réunion",
     "25 rue Marius-et-Ary-Leblond|97410 Saint-Pierre (La Réunion)",
     NULL,
     NULL,
     NULL,
     "Site Sud",
     NULL,
     0,
     12},
    /* a floor on the first line: a delivery line, not the name */
    {"first-floor",
     "Réseau Martiniquais de Soins Palliatifs",
     "Réseau Martiniquais de Soins Palliatifs",
     {L("Centre d'affaires Agora, 2e étage"), L("Zone de l'Étang Z'abricots"),
      L("97200 Fort-de-France")},
     "Centre d'affaires Agora, 2e étage|Zone de l'Étang Z'abricots",
     "97200",
     "Fort-de-France",
     "France",
     "MQ",
     NULL,
     "Centre d'affaires Agora, 2e étage|Zone de l'Étang Z'abricots|97200 Fort-de-France",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
    /* "de" / "des" alone link the words of a place; a hangar is a building */
    {"place-particles",
     "Point Info Jeunesse Lille Moulins – espace ressources",
     "Point Info Jeunesse Lille Moulins",
     {L("Point Info Jeunesse Lille Moulins"), L("Maison de quartier des Moulins"),
      L("1 place Vanhoenacker"), L("59000 Lille")},
     "Maison de quartier des Moulins|1 place Vanhoenacker",
     "59000",
     "Lille",
     "France",
     "FR",
     NULL,
     "Maison de quartier des Moulins|1 place Vanhoenacker|59000 Lille",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     11},
    {"hangar",
     "Bordeaux Entraide Logement",
     "Bordeaux Entraide Logement",
     {L("Bordeaux Entraide Logement"), L("Les Bassins à flot, hangar G2"),
      L("quai Armand-Lalande"), L("33300 Bordeaux")},
     "Les Bassins à flot, hangar G2|quai Armand-Lalande",
     "33300",
     "Bordeaux",
     "France",
     "FR",
     NULL,
     "Les Bassins à flot, hangar G2|quai Armand-Lalande|33300 Bordeaux",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     11},
    /* a named building between the name and the street; spaced "@" */
    {"carre",
     "CRCDC – site de l'Allier",
     "CRCDC",
     {L("CRCDC – site de l'Allier"), L("Le Carré Max Dormoy"), L("2 rue des Carmes"),
      L("03000 MOULINS"), L("contact @ crcdc.example.fr")},
     "Le Carré Max Dormoy|2 rue des Carmes",
     "03000",
     "MOULINS",
     "France",
     "FR",
     NULL,
     "Le Carré Max Dormoy|2 rue des Carmes|03000 MOULINS",
     NULL,
     "contact@crcdc.example.fr",
     NULL,
     NULL,
     NULL,
     0,
     11},
    {"article-building",
     "Mission locale – Vallée",
     "Mission locale",
     {L("Mission locale"), L("Les Terrasses du Lac"), L("12 rue Haute"),
      L("38000 Grenoble")},
     "Les Terrasses du Lac|12 rue Haute",
     "38000",
     "Grenoble",
     "France",
     "FR",
     NULL,
     "Les Terrasses du Lac|12 rue Haute|38000 Grenoble",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     11},
    /* a unit line with an organisation word stays a unit */
    {"unit-before-street",
     "Hôpital Nord",
     "Hôpital Nord",
     {L("Hôpital Nord"), L("Le service des urgences"), L("12 rue Haute"),
      L("38000 Grenoble")},
     "12 rue Haute",
     "38000",
     "Grenoble",
     "France",
     "FR",
     NULL,
     "12 rue Haute|38000 Grenoble",
     NULL,
     NULL,
     NULL,
     "Le service des urgences",
     NULL,
     0,
     12},
    /* a web link with a text of its own keeps the text in NOTE */
    {"named-link",
     "Les P'tits Pas",
     "Les P'tits Pas",
     {L("46100 FIGEAC"), LK("Notre blog", "Notre blog", "http://pas.example.org/blog"),
      LK("Site internet", "Site internet", "http://pas.example.org"),
      L("bij64 (arobase) example.fr")},
     NULL,
     "46100",
     "FIGEAC",
     "France",
     "FR",
     NULL,
     "46100 FIGEAC",
     NULL,
     "bij64@example.fr",
     "http://pas.example.org/blog|http://pas.example.org",
     NULL,
     "Notre blog <http://pas.example.org/blog>",
     0,
     10},
    /* a first line naming a place, not the organisation: building word first
     * and at most half of its own words in the title */
    {"first-place",
     "Centre Départemental de Dépistage des Alpes-Maritimes",
     "Centre Départemental de Dépistage des Alpes-Maritimes",
     {L("Centre administratif départemental"), L("36, bd Jean-Jaurès"),
      L("CS 30012 – 06001 NICE CEDEX 1")},
     "Centre administratif départemental|36, bd Jean-Jaurès|CS 30012",
     "06001",
     "NICE CEDEX 1",
     "France",
     "FR",
     NULL,
     "Centre administratif départemental|36, bd Jean-Jaurès|CS 30012 – 06001 NICE "
     "CEDEX 1",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
    /* a building's own name after an article, with a building word */
    {"first-named-building",
     "Maison de la Jeunesse de Monaco — Espace Ados",
     "Maison de la Jeunesse de Monaco",
     {L("Le Métropole, bloc A"), L("17, avenue des Spélugues"), L("98000 Monaco")},
     "Le Métropole, bloc A|17, avenue des Spélugues",
     "98000",
     "Monaco",
     "Monaco",
     "MC",
     NULL,
     "Le Métropole, bloc A|17, avenue des Spélugues|98000 Monaco",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
    /* "Rés." is a residence */
    {"first-res",
     "Accueil de Jour « L'Escale » – Montauban",
     "Accueil de Jour « L'Escale »",
     {L("Rés. Les Tilleuls, entrée 2"), L("Av. Marcel-Unal"), L("82000 MONTAUBAN")},
     "Rés. Les Tilleuls, entrée 2|Av. Marcel-Unal",
     "82000",
     "MONTAUBAN",
     "France",
     "FR",
     NULL,
     "Rés. Les Tilleuls, entrée 2|Av. Marcel-Unal|82000 MONTAUBAN",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
    /* the same words mostly in the title: the organisation's name */
    {"first-name-in-title",
     "Lieu d'Écoute et d'Accueil pour Adolescents – Maison des Ados du Var",
     "Lieu d'Écoute et d'Accueil pour Adolescents",
     {L("Maison des Adolescents du Var"), L("12 boulevard de Strasbourg"),
      L("83000 TOULON")},
     "12 boulevard de Strasbourg",
     "83000",
     "TOULON",
     "France",
     "FR",
     NULL,
     "12 boulevard de Strasbourg|83000 TOULON",
     NULL,
     NULL,
     NULL,
     "Maison des Adolescents du Var",
     NULL,
     0,
     11},
    /* a mailto link's own text is kept with its target; "Nous écrire" is
     * only labels */
    {"mailto-text",
     "Espace Santé Jeunes",
     "Espace Santé Jeunes",
     {L("69100 VILLEURBANNE"),
      LK("Courriel : Écrivez-nous", "Écrivez-nous", "mailto:esj@example.fr"),
      LK("Nous écrire", "Nous écrire", "mailto:info@example.fr")},
     NULL,
     "69100",
     "VILLEURBANNE",
     "France",
     "FR",
     NULL,
     "69100 VILLEURBANNE",
     NULL,
     "esj@example.fr|info@example.fr",
     NULL,
     NULL,
     "Courriel : Écrivez-nous <mailto:esj@example.fr>",
     0,
     10},
    /* an "Adresse :" label alone over the lines of the address */
    {"label-alone",
     "Point Information Jeunesse d'Évry-Courcouronnes",
     "Point Information Jeunesse d'Évry-Courcouronnes",
     {L("Adresse :"), L("Centre commercial des Pyramides, local 12"),
      L("91000 ÉVRY-COURCOURONNES")},
     "Centre commercial des Pyramides, local 12",
     "91000",
     "ÉVRY-COURCOURONNES",
     "France",
     "FR",
     NULL,
     "Centre commercial des Pyramides, local 12|91000 ÉVRY-COURCOURONNES",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     11},
    /* corpus set9: a no-break space after the postcode */
    {"nbsp-postcode",
     "Plateforme de Répit",
     "Plateforme de Répit",
     {L("12, avenue du 6-Juin"), L("14100\u00a0LISIEUX")},
     "12, avenue du 6-Juin",
     "14100",
     "LISIEUX",
     "France",
     "FR",
     NULL,
     "12, avenue du 6-Juin|14100\u00a0LISIEUX",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
    /* corpus set9: the street on the postcode line, a space between; a box
     * number is no postcode */
    /* a locality in capitals glued to its postcode */
    {"glued-postcode",
     "Maison des solidarités",
     "Maison des solidarités",
     {L("12, avenue du 6-Juin"), L("33000BORDEAUX CEDEX")},
     "12, avenue du 6-Juin",
     "33000",
     "BORDEAUX CEDEX",
     "France",
     "FR",
     NULL,
     "12, avenue du 6-Juin|33000BORDEAUX CEDEX",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
    /* corpus set9: the street on the postcode line, a space between; a box
     * number is no postcode */
    /* a street written number last, its four-digit postcode after a comma */
    /* a Canadian postcode after the town and its province */
    {"canadian-postcode",
     "Maison des solidarités",
     "Maison des solidarités",
     {L("1200, rue Principale"), L("Sainte-Anne-des-Monts (Québec) G4V 1A1")},
     "1200, rue Principale",
     "G4V 1A1",
     "Sainte-Anne-des-Monts",
     "Canada",
     "CA",
     "Québec",
     "1200, rue Principale|Sainte-Anne-des-Monts (Québec) G4V 1A1",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
    /* corpus set9: the street on the postcode line, a space between; a box
     * number is no postcode */
    /* a street written number last, its four-digit postcode after a comma */
    {"number-last-comma-postcode",
     "Maison des solidarités",
     "Maison des solidarités",
     {L("Rue du Temple 4 , 1450 Sainte-Croix")},
     "Rue du Temple 4",
     "1450",
     "Sainte-Croix",
     "Belgique",
     "BE",
     NULL,
     "Rue du Temple 4 , 1450 Sainte-Croix",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
    /* corpus set9: the street on the postcode line, a space between; a box
     * number is no postcode */
    {"street-postcode",
     "Maison de l'Emploi du Lensois",
     "Maison de l'Emploi du Lensois",
     {L("CS 50123 Lens"), L("Adresse : 5, place du Cantin 62300 LENS")},
     "CS 50123 Lens|5, place du Cantin",
     "62300",
     "LENS",
     "France",
     "FR",
     NULL,
     "CS 50123 Lens|5, place du Cantin 62300 LENS",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
    /* corpus set9: "CEDEX 15" on the line after the postcode line (a narrow
     * no-break space after the postcode) */
    {"cedex-line",
     "Écoute Deuil Île-de-France",
     "Écoute Deuil Île-de-France",
     {L("TSA 70012"), L("75901\u202fPARIS"), L("CEDEX 15"), L("France")},
     "TSA 70012",
     "75901",
     "PARIS CEDEX 15",
     "France",
     "FR",
     NULL,
     "TSA 70012|75901\u202fPARIS|CEDEX 15|France",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
    /* corpus set9: a host building and its part after a spaced dash */
    {"host-dash",
     "Centre Médico-Psychologique Enfants et Adolescents de Bastia",
     "Centre Médico-Psychologique Enfants et Adolescents de Bastia",
     {L("Centre hospitalier de Bastia – pavillon Les Oliviers"), L("Route Impériale"),
      L("20604 BASTIA CEDEX")},
     "Centre hospitalier de Bastia – pavillon Les Oliviers|Route Impériale",
     "20604",
     "BASTIA CEDEX",
     "France",
     "FR",
     NULL,
     "Centre hospitalier de Bastia – pavillon Les Oliviers|Route Impériale|20604 "
     "BASTIA CEDEX",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
    /* corpus set9: a bare domain after "Blog :", a site's address before it */
    {"blog-domain",
     "Trait d'Union",
     "Trait d'Union",
     {L("75011 PARIS"),
      L("Site : https://traitdunion.example.org — Blog : traitdunion.example.org/blog")},
     NULL,
     "75011",
     "PARIS",
     "France",
     "FR",
     NULL,
     "75011 PARIS",
     NULL,
     NULL,
     "https://traitdunion.example.org|http://traitdunion.example.org/blog",
     NULL,
     NULL,
     0,
     10},
    /* corpus set9: a town's building under a title naming the town, not the
     * building */
    {"town-building",
     "Conciliateur de justice du canton de Saint-Flour",
     "Conciliateur de justice du canton de Saint-Flour",
     {L("Mairie de Saint-Flour"), L("Place d'Armes"), L("15100 SAINT-FLOUR")},
     "Mairie de Saint-Flour|Place d'Armes",
     "15100",
     "SAINT-FLOUR",
     "France",
     "FR",
     NULL,
     "Mairie de Saint-Flour|Place d'Armes|15100 SAINT-FLOUR",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
    /* a postcode given with its label, under the street line's label */
    {"labelled postcode",
     "Commune d'Etterbeek",
     "Commune d'Etterbeek",
     {L("Numéro postal : 1040"), L("Adresse : Avenue d'Auderghem, 113-115"),
      L("Tél : 02 627 21 11")},
     "Avenue d'Auderghem, 113-115",
     "1040",
     NULL,
     "Belgique",
     "BE",
     NULL,
     "Numéro postal : 1040|Avenue d'Auderghem, 113-115",
     "+3226272111v",
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
    /* a street after a name and a colon, number last, full stop dropped */
    {"named street",
     "Antenne de quartier",
     "Antenne de quartier",
     {L("Antenne Centre : Place de la Vaillance 27.")},
     "Place de la Vaillance 27",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     "Antenne Centre : Place de la Vaillance 27.",
     NULL,
     NULL,
     NULL,
     "Antenne Centre",
     NULL,
     0,
     10},
    /* places between spaced dashes before the postcode: a line each; a piece
     * naming the entry goes to its names; no cut inside parentheses */
    {"dashed places",
     "Comité de quartier",
     "Comité de quartier",
     {L("Espace Vergnole – 4 Rue Daumier – 30900 – Nîmes")},
     "Espace Vergnole|4 Rue Daumier",
     "30900",
     "Nîmes",
     "France",
     "FR",
     NULL,
     "Espace Vergnole – 4 Rue Daumier – 30900 – Nîmes",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
    {"dashed name",
     "Mairie de Basse-Terre – Hôtel de ville",
     "Mairie de Basse-Terre",
     {L("Adresse Mairie : Hôtel de ville – Rue Cours Nolivos – 97100 BASSE-TERRE")},
     "Rue Cours Nolivos",
     "97100",
     "BASSE-TERRE",
     "France",
     "GP",
     NULL,
     "Adresse Mairie : Hôtel de ville – Rue Cours Nolivos – 97100 BASSE-TERRE",
     NULL,
     NULL,
     NULL,
     "Hôtel de ville",
     NULL,
     0,
     10},
    /* a street of German spelling: its type is its name's suffix */
    {"suffixed street",
     "Bibliothèque nationale suisse",
     "Bibliothèque nationale suisse",
     {L("Bibliothèque nationale suisse"), L("Hallwylstrasse 15"), L("3003 Berne"),
      L("Suisse")},
     "Hallwylstrasse 15",
     "3003",
     "Berne",
     "Suisse",
     "CH",
     NULL,
     "Hallwylstrasse 15|3003 Berne|Suisse",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     11},
    /* a postcode glued by a dash to a postal box's number */
    {"box glued to the postcode",
     "Amicale des anciens",
     "Amicale des anciens",
     {L("B.P. 517-15005 AURILLAC CEDEX")},
     "B.P. 517",
     "15005",
     "AURILLAC CEDEX",
     "France",
     "FR",
     NULL,
     "B.P. 517-15005 AURILLAC CEDEX",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
    /* a four-digit postcode after a street and a spaced dash, its locality
     * in the table: Belgium's */
    {"street, dash, four digits",
     "Service de prévention",
     "Service de prévention",
     {L("2, Place du Parc - 7000 Mons")},
     "2, Place du Parc",
     "7000",
     "Mons",
     "Belgique",
     "BE",
     NULL,
     "2, Place du Parc - 7000 Mons",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
    /* a labelled line: a name, a street number last, the locality, then
     * four digits; the number last says they are a postcode */
    {"name, street number last, locality, postcode",
     "Restaurant social",
     "Restaurant social",
     {L("Adresse : Le Bon Repas, chaussée de Namur 12, Gembloux, 5030")},
     "chaussée de Namur 12",
     "5030",
     "Gembloux",
     "Belgique",
     "BE",
     NULL,
     "Le Bon Repas, chaussée de Namur 12, Gembloux, 5030",
     NULL,
     NULL,
     NULL,
     "Le Bon Repas",
     NULL,
     0,
     10},
    /* a territory's name where the locality goes: the locality is the part
     * before the postcode */
    {"territory after the postcode",
     "Médiathèque",
     "Médiathèque",
     {L("4 rue Schoelcher, Fort-de-France 97200 Martinique")},
     "4 rue Schoelcher",
     "97200",
     "Fort-de-France",
     "France",
     "MQ",
     NULL,
     "4 rue Schoelcher, Fort-de-France 97200 Martinique",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
    /* dashes between places, a box numbered with a letter, blanks before the
     * postcode */
    {"dashed places, lettered box, blanks",
     "Musée",
     "Musée",
     {L("12 rue de Sébastopol – Place Feillet – BP A5   98845 NOUMEA Cedex")},
     "12 rue de Sébastopol|Place Feillet|BP A5",
     "98845",
     "NOUMEA Cedex",
     "France",
     "NC",
     NULL,
     "12 rue de Sébastopol – Place Feillet – BP A5   98845 NOUMEA Cedex",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
    /* a block run together on one line: the name, a street numbered "19 B",
     * the postcode, then a labelled e-mail */
    {"block on one line, labelled e-mail",
     "Maison départementale",
     "Maison départementale",
     {L("Maison des personnes handicapées d’Ille-et-Vilaine 19 B rue de Châtillon 35031 "
        "Rennes cedex E-mail : contact@example.fr")},
     "19 B rue de Châtillon",
     "35031",
     "Rennes cedex",
     "France",
     "FR",
     NULL,
     "Maison des personnes handicapées d’Ille-et-Vilaine 19 B rue de Châtillon 35031 "
     "Rennes cedex",
     NULL,
     "contact@example.fr",
     NULL,
     "Maison des personnes handicapées d’Ille-et-Vilaine",
     NULL,
     0,
     10},
    /* a Canadian block: the province after a comma is the region, a bare
     * number with its country's "1" under the postcode is a number */
    {"locality, province and postcode; bare toll-free number",
     "Écocentre",
     "Écocentre",
     {L("1483 rue Raoul-Charette"), L("Joliette, Québec J6E 8S5"), L("1 877 700-2433")},
     "1483 rue Raoul-Charette",
     "J6E 8S5",
     "Joliette",
     "Canada",
     "CA",
     "Québec",
     "1483 rue Raoul-Charette|Joliette, Québec J6E 8S5",
     "+18777002433t",
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
    /* the postcode in parentheses after the locality, as the press writes it */
    {"street à locality (postcode)",
     "Temple",
     "Temple",
     {L("12 rue des Fleurs à Sanary (83110)")},
     "12 rue des Fleurs",
     "83110",
     "Sanary",
     "France",
     "FR",
     NULL,
     "12 rue des Fleurs à Sanary (83110)",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
    {"street, locality (postcode)",
     "Temple",
     "Temple",
     {L("12 rue des Fleurs, Sanary-sur-Mer (83110)")},
     "12 rue des Fleurs",
     "83110",
     "Sanary-sur-Mer",
     "France",
     "FR",
     NULL,
     "12 rue des Fleurs, Sanary-sur-Mer (83110)",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
    /* a sentence naming no street: the locality and its postcode only */
    {"sentence à locality (postcode)",
     "Temple",
     "Temple",
     {L("Notre lieu de vie se situe à Sanary (83110).")},
     NULL,
     "83110",
     "Sanary",
     "France",
     "FR",
     NULL,
     "Notre lieu de vie se situe à Sanary (83110).",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
    /* the canton glued to the locality after "à" */
    {"street à locality(canton)",
     "Colis",
     "Colis",
     {L("16 rue du Marché à Carouge(GE)")},
     "16 rue du Marché",
     NULL,
     "Carouge",
     NULL,
     NULL,
     NULL,
     "16 rue du Marché à Carouge(GE)",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
    /* a building, a comma and a street with its number: two lines */
    {"building, comma, street",
     "Croix-Rouge",
     "Croix-Rouge",
     {L("Espace Saint-Jean, 4 rue de la Gare"), L("41000 Blois")},
     "Espace Saint-Jean|4 rue de la Gare",
     "41000",
     "Blois",
     "France",
     "FR",
     NULL,
     "Espace Saint-Jean, 4 rue de la Gare|41000 Blois",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
    /* no postcode: the locality after "à", its department in parentheses */
    {"street, à locality (department)",
     "Union locale",
     "Union locale",
     {L("8 Le Clos, à Saint-Lô (Manche)")},
     "8 Le Clos",
     NULL,
     "Saint-Lô",
     NULL,
     NULL,
     NULL,
     "8 Le Clos, à Saint-Lô (Manche)",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
    /* a street without its type right over the postcode line; a unit's name
     * with a number elsewhere is none */
    {"bare street over the postcode",
     "Hôpital – pédiatrie",
     "Hôpital",
     {L("DIRECTION GÉNÉRALE"), L("Communication"), L("Maladière 45"),
      L("2000 Neuchâtel")},
     "Maladière 45",
     "2000",
     "Neuchâtel",
     "Suisse",
     "CH",
     NULL,
     "Maladière 45|2000 Neuchâtel",
     NULL,
     NULL,
     NULL,
     "DIRECTION GÉNÉRALE|Communication",
     NULL,
     0,
     12},
    /* a label of words naming the address before the street */
    {"address label of words",
     "Administration communale",
     "Administration communale",
     {L("!!NOUVELLE ADRESSE!!: 33, Chemin J.A Zinnen L-7626 LAROCHETTE")},
     "33, Chemin J.A Zinnen",
     "7626",
     "LAROCHETTE",
     "Luxembourg",
     "LU",
     NULL,
     "!!NOUVELLE ADRESSE!!: 33, Chemin J.A Zinnen L-7626 LAROCHETTE",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
    /* a Canadian province's code after the locality: the region */
    {"province code",
     "Maison des jeunes",
     "Maison des jeunes",
     {L("6, rue des Rapides"), L("Pont-Rouge QC G3H 1Z6")},
     "6, rue des Rapides",
     "G3H 1Z6",
     "Pont-Rouge",
     "Canada",
     "CA",
     "QC",
     "6, rue des Rapides|Pont-Rouge QC G3H 1Z6",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
    /* a separator after the locality, before a second site */
    {"slash after the locality",
     "Déchetteries",
     "Déchetteries",
     {L("12 rue Haute, 75001 Paris /"), L("3 rue Basse, 75002 Paris")},
     "12 rue Haute",
     "75001",
     "Paris",
     "France",
     "FR",
     NULL,
     "12 rue Haute, 75001 Paris /",
     NULL,
     NULL,
     NULL,
     NULL,
     "3 rue Basse, 75002 Paris",
     1,
     10},
    {"dash in parentheses",
     "Bureau",
     "Bureau",
     {L("Maison des sociétés (bâtiment A – 2e étage) – 12 rue Haute – 75001 Paris")},
     "Maison des sociétés (bâtiment A – 2e étage) – 12 rue Haute",
     "75001",
     "Paris",
     "France",
     "FR",
     NULL,
     "Maison des sociétés (bâtiment A – 2e étage) – 12 rue Haute – 75001 Paris",
     NULL,
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
    /* a department with its number among the fields of one line: the region */
    {"department field",
     "Les Restos du Cœur",
     "Les Restos du Cœur",
     {L("66  Pyrénées-Orientales  -  27 rue Monticelli  -  66000 - PERPIGNAN  -  "
        "Téléphone : 04.68.85.04.53")},
     "27 rue Monticelli",
     "66000",
     "PERPIGNAN",
     "France",
     "FR",
     "Pyrénées-Orientales",
     "66  Pyrénées-Orientales|27 rue Monticelli|66000 - PERPIGNAN",
     "+33468850453v",
     NULL,
     NULL,
     NULL,
     NULL,
     0,
     10},
};

static char *join(const struct strlist *l)
{
    size_t n = 1;
    for (size_t i = 0; i < l->n; i++)
        n += strlen(l->v[i]) + 1;
    char *s = calloc(1, n);
    for (size_t i = 0; i < l->n; i++) {
        if (i)
            strcat(s, "|");
        strcat(s, l->v[i]);
    }
    return s;
}

static void check_list(const char *what, const struct strlist *l, const char *want)
{
    char *got = join(l);
    if (strcmp(got, want ? want : "") != 0)
        print_error("%s: got \"%s\", want \"%s\"\n", what, got, want ? want : "");
    assert_string_equal(got, want ? want : "");
    free(got);
}

static void check_str(const char *what, const char *got, const char *want)
{
    if (!want) {
        if (got)
            print_error("%s: got \"%s\", want NULL\n", what, got);
        assert_null(got);
        return;
    }
    assert_non_null(got);
    if (strcmp(got, want) != 0)
        print_error("%s: got \"%s\", want \"%s\"\n", what, got, want);
    assert_string_equal(got, want);
}

static const char kind_letter[] = {'v', 'f', 'c', 't'};

static void run_case(const struct block_case *c)
{
    struct text_line tl[14];
    struct link lk[14];
    size_t n = 0;
    for (; n < 14 && c->in[n].text; n++) {
        memset(&tl[n], 0, sizeof tl[n]);
        tl[n].text = (char *)c->in[n].text;
        tl[n].line = 10 + (int)n;
        tl[n].para_start = n == 0;
        if (c->in[n].ltext) {
            lk[n].text = (char *)c->in[n].ltext;
            lk[n].href = (char *)c->in[n].href;
            lk[n].end = (size_t)(strstr(c->in[n].text, c->in[n].ltext) - c->in[n].text) +
                        strlen(c->in[n].ltext);
            tl[n].links = &lk[n];
            tl[n].n_links = 1;
        }
    }
    struct entry *e = entry_new("t.md", 1, 0);
    e->title = xstrdup(c->title);
    e->org_name = xstrdup(c->org_name);
    struct extract_opts o = {"FR", false};
    address_extract(tl, n, "Coordonnées", &o, e);

    print_message("case %s\n", c->name);
    check_list("adr.lines", &e->adr.lines, c->adr_lines);
    check_str("postcode", e->adr.postcode, c->postcode);
    check_str("locality", e->adr.locality, c->locality);
    check_str("country", e->adr.country, c->country);
    check_str("country_code", e->adr.country_code, c->code);
    check_str("region", e->adr.region, c->region);
    check_list("label", &e->adr.label, c->label);
    assert_int_equal(e->adr.line, c->adr_line);

    struct strlist ph = {0};
    for (size_t i = 0; i < e->phones.n; i++)
        strlist_push(&ph,
                     xasprintf("%s%c", e->phones.v[i].e164 ? e->phones.v[i].e164 : "?",
                               kind_letter[e->phones.v[i].kind]));
    check_list("phones", &ph, c->phones);
    strlist_clear(&ph);
    check_list("emails", &e->emails, c->emails);
    check_list("urls", &e->urls, c->urls);
    check_list("units", &e->org_units, c->units);
    if (c->notes) {
        assert_int_equal(e->notes.n, 1);
        assert_string_equal(e->notes.v[0].heading, "Coordonnées");
        check_str("notes", e->notes.v[0].text, c->notes);
    } else {
        assert_int_equal(e->notes.n, 0);
    }
    size_t warnings = 0;
    for (size_t i = 0; i < e->diags.n; i++) {
        if (strstr(e->diags.v[i].message, "line not understood in Coordonnées: ")) {
            warnings++;
            assert_true(e->diags.v[i].line >= 10);
        }
    }
    assert_int_equal(warnings, c->warnings);
    entry_free(e);
}

static void test_blocks(void **state)
{
    (void)state;
    for (size_t i = 0; i < ARRAY_LEN(cases); i++)
        run_case(&cases[i]);
}

/* An address given in a sentence, taken only when the entry has none. */
static void test_prose(void **state)
{
    (void)state;
    static const struct {
        const char *in, *street, *locality;
    } prose[] = {
        {"Enfin, les requêtes peuvent être déposées dans la boite aux lettres du "
         "tribunal, au 56 avenue de Saint Cloud à Versailles, après avoir été "
         "introduites.",
         "56 avenue de Saint Cloud", "Versailles"},
        {"Le local se trouve au 12 bis rue des Lilas à Saint-Germain-en-Laye.",
         "12 bis rue des Lilas", "Saint-Germain-en-Laye"},
        {"Rendez-vous au n° 3 place du Marché.", "3 place du Marché", NULL},
        {"Le bureau 12 rue X n'existe pas.", NULL, NULL},
        /* a number set off by a comma, a comma after the number */
        {"Situé au 49, rue Maubec, l'association reçoit les jeunes.", "49, rue Maubec",
         NULL},
        {"SOS Femmes accueil 72, 30 avenue Gisèle Halimi, au Mans. Tél. 02 43 78 12 75.",
         "30 avenue Gisèle Halimi", NULL},
        {"Depuis 2010, place Kléber, le marché se tient le samedi.", NULL, NULL},
        {"Les professionnels de la MDPH - 12 rue Pelletier d’Oisy, à Auch -  est "
         "disponible du lundi au vendredi.",
         "12 rue Pelletier d’Oisy", "Auch"},
        /* a street without its number after "située", "sis"; a street with
         * its number last after a comma */
        {"Le centre, située chemin des Prés à Vesoul, ouvre en mai.", "chemin des Prés",
         "Vesoul"},
        {"La salle, sise quai de la Fontaine, accueille les ateliers.",
         "quai de la Fontaine", NULL},
        {"Elle se tient à la Maison des associations, Rue du Moulin 8a.",
         "Rue du Moulin 8a", NULL},
        {"Rendez-vous au local, rue du Moulin, derrière l'église.", NULL, NULL},
        {"Elle est située bâtiment 4, au fond de la cour.", NULL, NULL},
        {"Nous sommes situés dans le centre, place de la Gare 2010.", NULL, NULL},
        /* an abbreviation's full stop, the sentence going on after "et";
         * a number after "se situe", a square after the street */
        {"La salle est au 14, boul. Saint-Michel et vous pouvez y venir.",
         "14, boul. Saint-Michel", NULL},
        {"Le point d'accueil se situe 8 rue du Port, place de l'Église à Vannes.",
         "8 rue du Port, place de l'Église", "Vannes"},
        /* a street after a comma, its postcode and town after another */
        {"Elle se trouve à la Maison des sports, allée des Tilleuls, 45000 Orléans.",
         "allée des Tilleuls", "Orléans"},
        {"Rendez-vous à la salle, rue du Moulin, 12 personnes au plus.", NULL, NULL},
        {"Inscriptions au 12 décembre à Paris.", NULL, NULL},
        {"Accueil au 1er étage du bâtiment.", NULL, NULL},
    };
    for (size_t i = 0; i < ARRAY_LEN(prose); i++) {
        struct entry *e = entry_new("t.md", 1, 0);
        struct text_line tl = {.text = (char *)prose[i].in, .line = 7};
        bool got = address_in_prose(&tl, e);
        print_message("prose %zu\n", i);
        assert_int_equal(got, prose[i].street != NULL);
        if (got && strstr(prose[i].in, "45000"))
            assert_string_equal(e->adr.postcode, "45000");
        if (got) {
            assert_string_equal(e->adr.lines.v[0], prose[i].street);
            check_str("locality", e->adr.locality, prose[i].locality);
            assert_int_equal(e->adr.line, 7);
            /* an entry with an address keeps it */
            assert_false(address_in_prose(&tl, e));
            assert_int_equal(e->adr.lines.n, 1);
        }
        entry_free(e);
    }
}

/* A finder's result: NULL when nothing is wanted, else want over the span
 * [s0, s1) of the input; got is freed. */
static void check_found(char *got, const char *want, const size_t span[2], size_t s0,
                        size_t s1)
{
    if (!want) {
        assert_null(got);
        return;
    }
    assert_non_null(got);
    assert_string_equal(got, want);
    assert_int_equal(span[0], s0);
    assert_int_equal(span[1], s1);
    free(got);
}

static void test_find_email(void **state)
{
    (void)state;
    static const struct {
        const char *in, *want;
        size_t s0, s1;
    } rows[] = {
        {"E-mail : a.b@example.fr", "a.b@example.fr", 9, 23},
        {"contact (at) example.fr", "contact@example.fr", 0, 23},
        {"commune/at/novalles.ch", "commune@novalles.ch", 0, 22},
        {"voir https://x.example/at/y", NULL, 0, 0},
        {"voir https://x.example/at/page.html", NULL, 0, 0},
        {"contact[at]example.org", "contact@example.org", 0, 22},
        {"contact [at] example [dot] org", "contact@example.org", 0, 30},
        {"x (AT) y . org", "x@y.org", 0, 14},
        {"Écrire à Jean.Dupont@Example.COM.", "jean.dupont@example.com", 11, 34},
        {"atelier_ecrans@example.org", "atelier_ecrans@example.org", 0, 26},
        {"pas d'adresse @ ici", NULL, 0, 0},
        {"a@b", NULL, 0, 0},
        {"nom@domaine.f1", NULL, 0, 0},
        {"contact (at) example.fr. Merci", "contact@example.fr", 0, 23},
        /* a bare "@" with spaces around it */
        {"contact @ pej.example.fr", "contact@pej.example.fr", 0, 24},
        {"Courriel : pass @chu.example.fr", "pass@chu.example.fr", 11, 31},
        {"bij64 (arobase) example.fr", "bij64@example.fr", 0, 26},
        /* a space typed after the last dot, before a known domain alone */
        {"ou ludo.yzeure@orange. fr", "ludo.yzeure@orange.fr", 3, 25},
        {"écrire à x@mairie. Le lundi", NULL, 0, 0},
        /* letters of other scripts in the local part (RFC 6531); not a
         * quotation mark or an apostrophe glued before it */
        {"Mail : vendôme.sc@dartybox.com", "vendôme.sc@dartybox.com", 7, 31},
        {"Courriel : «contact@asso.fr»", "contact@asso.fr", 13, 28},
        {"l’adresse:info@x.fr", "info@x.fr", 12, 21},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        size_t span[2] = {99, 99};
        char *got = address_find_email(rows[i].in, span);
        check_found(got, rows[i].want, span, rows[i].s0, rows[i].s1);
    }
}

static void test_web_url(void **state)
{
    (void)state;
    static const struct {
        const char *in, *want;
    } rows[] = {
        {"https://x.example.fr", "https://x.example.fr"},
        {"HTTP://X.fr/a", "HTTP://X.fr/a"},
        {"www.sav85.example.org", "http://www.sav85.example.org"},
        {" https://a.fr/ ", "https://a.fr/"},
        {"#", NULL},
        {"mailto:a@b.fr", NULL},
        {"../plan.html", NULL},
        {"", NULL},
        {"https://", NULL},
        {"voir https://a.fr", NULL},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        char *got = address_web_url(rows[i].in);
        if (!rows[i].want) {
            assert_null(got);
        } else {
            assert_non_null(got);
            assert_string_equal(got, rows[i].want);
        }
        free(got);
    }
    assert_null(address_web_url(NULL));
}

/* Web addresses in a line's text: with a scheme, "www.", or a bare host
 * name of a known top-level domain; not e-mails, numbers, abbreviations,
 * nor a host whose path is cut by spaces. */
static void test_text_url(void **state)
{
    (void)state;
    static const struct {
        const char *in, *want;
        size_t s0, s1;
    } rows[] = {
        {"Site : https://ville.example.fr/accueil.", "https://ville.example.fr/accueil",
         7, 39},
        {"Voir www.asso-x.org", "http://www.asso-x.org", 5, 19},
        {"Démarches sur lyon.caf.fr, rubrique Mon compte", "http://lyon.caf.fr", 15, 26},
        {"Infos : mairie-saint-jean.re", "http://mairie-saint-jean.re", 8, 28},
        {"Écrire à accueil@lyon.caf.fr", NULL, 0, 0},
        {"Tél. 03.88.12.34.56", NULL, 0, 0},
        {"M. Dupont et Mme Durand.", NULL, 0, 0},
        {"Le dossier rapport.pdf est en ligne", NULL, 0, 0},
        {"Suivez-nous sur facebook.com /mairie.x /", NULL, 0, 0},
        {"Voir Ville.fr", NULL, 0, 0},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        size_t span[2] = {0, 0};
        char *got = address_find_text_url(rows[i].in, 0, span);
        print_message("text url %zu\n", i);
        check_found(got, rows[i].want, span, rows[i].s0, rows[i].s1);
    }
}

static void test_country(void **state)
{
    (void)state;
    static const struct {
        const char *in, *name, *code;
    } rows[] = {
        {"FRANCE", "France", "FR"},
        {"Belgique", "Belgique", "BE"},
        {"suisse", "Suisse", "CH"},
        {"Luxembourg", "Luxembourg", "LU"},
        {"Guadeloupe", "Guadeloupe", "GP"},
        {"La Réunion", "La Réunion", "RE"},
        {"REUNION", "Réunion", "RE"},
        {"Mayotte", "Mayotte", "YT"},
        {"Guyane", "Guyane", "GF"},
        {"Martinique", "Martinique", "MQ"},
        {"Principauté de Monaco", "Monaco", "MC"},
        {"GRAND-DUCHÉ DE LUXEMBOURG", "Luxembourg", "LU"},
        {"France métropolitaine", "France", "FR"},
        {"Atlantide", NULL, NULL},
        {"", NULL, NULL},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        const char *name = NULL, *code = NULL;
        bool ok = address_country(rows[i].in, &name, &code);
        assert_int_equal(ok, rows[i].name != NULL);
        if (ok) {
            assert_string_equal(name, rows[i].name);
            assert_string_equal(code, rows[i].code);
        }
    }
}

/* A line that is neither name, address nor contact after the contact lines
 * goes to NOTE with a warning carrying its line number. */
/* key_has as it was: every occurrence of word, kept at word boundaries. */
static bool ref_key_has(const char *key, const char *word)
{
    size_t n = strlen(word);
    for (const char *p = key; (p = strstr(p, word)) != NULL; p++)
        if ((p == key || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
            return true;
    return false;
}

/* str_key_has_any (word starts against the list), str_key_starts_any and
 * str_key_is_any agree with searching the key word by word, on every
 * key of up to four words made of list words, their pieces and extensions. */
static void test_key_words(void **state)
{
    (void)state;
    static const char *const vocab[] = {"rue", "ruelle", "r",  "ue",  "rond",     "point",
                                        "b",   "p",      "de", "rez", "chaussee", "2"};
    static const char *const words[] = {"rue", "rond point", "b p", "rez de chaussee",
                                        "de",  "2",          NULL};
    static const char *const one[] = {"ue", NULL};
    const size_t nv = ARRAY_LEN(vocab);
    for (size_t code = 0; code < nv * nv * nv * nv * 5; code++) {
        char key[64] = "";
        size_t nw = code % 5;
        for (size_t c = code / 5, i = 0; i < nw; i++, c /= nv) {
            if (i)
                strcat(key, " ");
            strcat(key, vocab[c % nv]);
        }
        if (nw < 4 && code / 5 >= nv * nv * nv)
            continue; /* the same key again */
        bool want = false, want1 = false;
        for (size_t i = 0; words[i]; i++)
            want = want || ref_key_has(key, words[i]);
        want1 = ref_key_has(key, one[0]);
        assert_int_equal(str_key_has_any(key, words), want);
        assert_int_equal(str_key_has_any(key, one), want1);
        bool starts = false;
        for (size_t i = 0; words[i]; i++) {
            size_t n = strlen(words[i]);
            starts = starts || (strncmp(key, words[i], n) == 0 &&
                                (key[n] == '\0' || key[n] == ' '));
        }
        assert_int_equal(str_key_starts_any(key, words), starts);
        bool is = false;
        for (size_t i = 0; words[i]; i++)
            is = is || strcmp(key, words[i]) == 0;
        assert_int_equal(str_key_is_any(key, words), is);
    }
}

static void test_nothing_lost(void **state)
{
    (void)state;
    struct text_line tl[3] = {{0}};
    tl[0].text = "Groupe Pompidou";
    tl[0].line = 5;
    tl[1].text = "75013 Paris";
    tl[1].line = 6;
    tl[2].text = "Permanence le mardi";
    tl[2].line = 7;
    struct entry *e = entry_new("t.md", 1, 0);
    e->title = xstrdup("GROUPE POMPIDOU");
    e->org_name = xstrdup("GROUPE POMPIDOU");
    address_extract(tl, 3, "Coordonnées", NULL, e);
    assert_int_equal(e->org_units.n, 0); /* the name line is consumed */
    assert_string_equal(e->adr.postcode, "75013");
    assert_int_equal(e->adr.line, 6);
    assert_int_equal(e->notes.n, 1);
    assert_string_equal(e->notes.v[0].text, "Permanence le mardi");
    assert_int_equal(e->diags.n, 1);
    assert_int_equal(e->diags.v[0].line, 7);
    assert_string_equal(e->diags.v[0].message,
                        "line not understood in Coordonnées: Permanence le mardi");
    entry_free(e);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_blocks),       cmocka_unit_test(test_prose),
        cmocka_unit_test(test_find_email),   cmocka_unit_test(test_web_url),
        cmocka_unit_test(test_text_url),     cmocka_unit_test(test_country),
        cmocka_unit_test(test_nothing_lost), cmocka_unit_test(test_key_words),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

#!/usr/bin/env python3
"""Regenerate the eighth corpus: i01.md .. i05.md and expected.json (this folder).

Entries written for tests/corpus8 after the extractors had been tuned on tests/corpus ..
tests/corpus7 (same schema, same normalisation rules, same rendering and checks, from
tests/corpus_lib.py), as yet other people wrote the same directory: bold labels
("**Tél. :**", "**Courriel :**"), e-mails as Markdown links whose text is not the
address ("[Écrivez-nous](mailto:…)", "<mailto:…>"), web addresses as links whose text is
the address, "+33 (0)4", "+262 262 …", "00 590 590 …", "+596 (0)596 …", "(+352) 26 …",
"+32 (0)475 …", dashed "04-65-71-06-00", "N° Azur", "N° Indigo", "Tél./Fax", "☎",
two numbers joined by "ou", "–" or "•"; "B.P. 311", "B.P. 17 – 21001 DIJON CEDEX",
"CS 30012 – 06001 NICE CEDEX 1", "CP 615" (Swiss case postale), "4 ter, boulevard",
"av.", "bd", "Rés.", "Hameau", Luxembourg "L-8069 Bertrange", Monaco with a country line,
Belgium with a capitals country line, Réunion / Martinique / Guadeloupe with international
numbers; hours "de 09:00 à 12:00", "Nocturne le jeudi jusqu'à 19:30", two-letter days
"Lu, ma, je, ve", "Lun. à ven. : 8h–12h et 13h–17h", "les lundis, mardis et jeudis",
"le vendredi matin seulement", times before days, "tous les jours ouvrables", "sans
interruption (jusqu'à 16h00 le vendredi)", "&" between ranges, a three-column table with
"sur RDV" and "–" cells, "Accueil physique" beside "Accueil téléphonique"; people with a
lowercase particle ("de LA VILLEMARQUÉ"), initials ("Y. MORVAN", "Dr A. BERNARD"), a title
between dashes then an e-mail, "(assistante sociale) : e-mail", bold names, nested
bullets under a unit label, a table with a Courriel column; dates "15-09-2022",
"03-2021", "mardi 7 février 2023", "MàJ : 06/2021", "01.2024", "*Fiche mise à jour le
30/11/2022*"; keywords in emphasis; entries without hours, without people, without
source or keywords; unknown sections ("Accès", "Langues parlées", "Antennes", "Tarifs",
"Conditions d'accès", "Hébergement") holding addresses, phones and hours that are not the
entry's; sections under a "## Informations pratiques" heading as "### " headings.

Run:  python3 make_corpus.py      (from anywhere; paths are relative to this file)

A line ending in "$$" gets a Markdown hard line break (two trailing spaces).
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
import corpus_lib  # noqa: E402
from corpus_lib import A, E, F, H, P, heading, main, prose_tail  # noqa: E402

corpus_lib.accept_long_forms()
_h = heading
T = prose_tail


def T2(style, nature, public, missions, items, *closing):
    """A prose tail whose closing lines (update, source, keywords) are given as the
    caller wants them: some may be missing."""
    out = [heading(style, "Nature et statut de l'organisme"), "", nature, "",
           heading(style, "Public visé", colon=False), "", public, "",
           heading(style, "Objectifs et activités de l'organisme"), "", missions, ""]
    if items:
        out += ["- " + i for i in items] + [""]
    for c in closing:
        out += [c, ""]
    return "\n".join(out).rstrip("\n")


# ---------------------------------------------------------------------------
# i01: UTF-8, LF.
F("i01.md")
E(r"""
# Espace Santé Jeunes de Villeurbanne – Point Accueil Écoute Jeunes

## Coordonnées

**Adresse :** 14, av. Roger-Salengro$$
69100 VILLEURBANNE$$
**Tél. :** +33 (0)4 65 71 69 10$$
**N° Azur :** 0 810 69 10 69$$
**Courriel :** [Écrivez-nous](mailto:esj.villeurbanne@example.fr)$$
**Site :** [esj-villeurbanne.example.fr](https://esj-villeurbanne.example.fr/)

## Accès

Métro A, arrêt Gratte-Ciel ; bus C3. Parking public au 2 rue Michel-Servet,
69100 Villeurbanne (04 65 71 69 99).

## Horaires d'ouverture

Du lundi au vendredi, de 09:00 à 12:00 et de 14:00 à 18:00. Nocturne le jeudi jusqu'à 19:30.

## Personnes responsables

**Directrice :** Mme Nadia BENALI

## Personnes contact

- M. Hugo FERREIRA – psychologue – hugo.ferreira@example.fr

""" + T("plain",
        "Association loi 1901 financée par l'agence régionale de santé et la ville.",
        "Jeunes de 12 à 25 ans et leurs parents.",
        "L'espace accueille anonymement et gratuitement les jeunes en difficulté :",
        ["écoute individuelle ;", "groupes de parole ;", "orientation vers le soin."],
        "**Mise à jour :** 15-09-2022",
        "**Source de mise à jour :** [site de l'ESJ](https://esj-villeurbanne.example.fr/qui-sommes-nous)",
        "**Mots-clefs :** *jeunes*, écoute, santé mentale"),
  org="Espace Santé Jeunes de Villeurbanne",
  phones=["+33465716910 voice", "+33810691069 voice"],
  emails=["esj.villeurbanne@example.fr"],
  urls=["https://esj-villeurbanne.example.fr/"],
  address=A(["14, av. Roger-Salengro"], "69100", "VILLEURBANNE"),
  people=[P("Nadia", "BENALI", "Directrice", "Mme"),
          P("Hugo", "FERREIRA", "psychologue", "M.",
            emails=["hugo.ferreira@example.fr"])],
  hours=[H("MO-FR", "09:00", "12:00"), H("MO-WE,FR", "14:00", "18:00"),
         H("TH", "14:00", "19:30")],
  updated="2022-09-15",
  source="https://esj-villeurbanne.example.fr/qui-sommes-nous",
  keywords=["jeunes", "écoute", "santé mentale"])

E(r"""
# Maison Médicale du Laveu - Liège

## Coordonnées

Rue du Laveu 58$$
4000 Liège$$
BELGIQUE$$
Tél. : +32 (0)4 222 40 00 – GSM : +32 (0)475 40 00 01$$
E-mail : <accueil@mmlaveu.example.be>$$
Site : <https://www.mmlaveu.example.be>

## Personnes responsables

Dr Pieter VAN DAMME (médecin généraliste, coordinateur)

## Personnes contact

Mme Fatima EL OUAZZANI, assistante sociale, +32 (0)4 222 40 05

## Langues parlées

Français, néerlandais, arabe, turc.

## Horaires d'ouverture

Lu, ma, je, ve : 8h-19h ; me : 8h-13h ; sa : 9h-12h

""" + T("plain",
        "Association sans but lucratif agréée par la Région wallonne, au forfait.",
        "Habitants du quartier du Laveu inscrits à la maison médicale.",
        "La maison médicale assure des soins de première ligne en équipe :",
        ["médecine générale ;", "soins infirmiers et kinésithérapie ;",
         "animations de santé communautaire."],
        "Mise à jour : 03-2021",
        "**Source de mise à jour :** <https://www.mmlaveu.example.be/equipe>",
        "**Mots-clefs :** médecine générale ; soins de première ligne ; Liège"),
  org="Maison Médicale du Laveu",
  phones=["+3242224000 voice", "+32475400001 cell"],
  emails=["accueil@mmlaveu.example.be"],
  urls=["https://www.mmlaveu.example.be"],
  address=A(["Rue du Laveu 58"], "4000", "Liège", country="Belgique"),
  people=[P("Pieter", "VAN DAMME", "médecin généraliste, coordinateur", "Dr"),
          P("Fatima", "EL OUAZZANI", "assistante sociale", "Mme",
            phones=["+3242224005 voice"])],
  hours=[H("MO,TU,TH,FR", "08:00", "19:00"), H("WE", "08:00", "13:00"),
         H("SA", "09:00", "12:00")],
  updated="2021-03", source="https://www.mmlaveu.example.be/equipe",
  keywords=["médecine générale", "soins de première ligne", "Liège"])

E(r"""
# Association Réunionnaise d'Aide aux Aidants — ARAA

## Coordonnées

Résidence Les Filaos, bât. C$$
12 bd Hubert-Delisle$$
B.P. 311$$
97410 SAINT-PIERRE CEDEX (La Réunion)$$
Tél. +262 262 35 41 00 / +262 692 35 41 01$$
Mél. : contact@araa.example.re

## Horaires d'ouverture

Les lundis, mardis et jeudis de 7h30 à 12h30 et de 13h30 à 16h.$$
Le mercredi matin de 7h30 à 12h.

## Personnes responsables

Présidente : Marie-Josée HOARAU

## Personnes contact

- Pôle aidants :
  - Mme Sabrina PAYET, coordinatrice, 0692 35 41 05
  - M. Johnny GRONDIN, animateur

""" + T("bold",
        "Association loi 1901 reconnue d'intérêt général.",
        "Proches aidants de personnes âgées ou handicapées du Sud de l'île.",
        "L'association soutient les aidants familiaux :",
        ["cafés des aidants ;", "formations ;", "solutions de répit."],
        "**Mise à jour :** mardi 7 février 2023",
        "**Source de mise à jour :** <https://araa.example.re/association>",
        "**Mots-clefs :** aidants, handicap, La Réunion"),
  org="Association Réunionnaise d'Aide aux Aidants",
  phones=["+262262354100 voice", "+262692354101 cell"],
  emails=["contact@araa.example.re"],
  address=A(["Résidence Les Filaos, bât. C", "12 bd Hubert-Delisle", "B.P. 311"],
            "97410", "SAINT-PIERRE CEDEX", region="La Réunion"),
  people=[P("Marie-Josée", "HOARAU", "Présidente"),
          P("Sabrina", "PAYET", "coordinatrice", "Mme", phones=["+262692354105 cell"]),
          P("Johnny", "GRONDIN", "animateur", "M.")],
  hours=[H("MO,TU,TH", "07:30", "12:30"), H("MO,TU,TH", "13:30", "16:00"),
         H("WE", "07:30", "12:00")],
  updated="2023-02-07", source="https://araa.example.re/association",
  keywords=["aidants", "handicap", "La Réunion"])

E(r"""
# Atelier et Chantier d'Insertion Récup'Alsace

## Coordonnées

Bâtiment Le Séchoir$$
5 impasse de la Grande-Boucherie$$
67000 STRASBOURG

| Contact | |
|---|---|
| Téléphone | 03 53 01 67 00 |
| Télécopie | 03 53 01 67 09 |
| Courriel | recup.alsace@example.org |
| Internet | www.recup-alsace.example.org |

## Responsable

M. Luc SCHNEIDER, directeur

## Tarifs

Vente au public de 1 à 50 euros ; enlèvement à domicile 15 euros.

""" + T2("plain",
         "Association loi 1901 conventionnée atelier et chantier d'insertion.",
         "Personnes éloignées de l'emploi orientées par Pôle emploi ou le Département.",
         "Le chantier collecte, répare et revend meubles et objets :",
         ["collecte ;", "réparation ;", "boutique solidaire."],
         "*Fiche mise à jour le 30/11/2022*"),
  org="Atelier et Chantier d'Insertion Récup'Alsace",
  phones=["+33353016700 voice", "+33353016709 fax"],
  emails=["recup.alsace@example.org"],
  urls=["http://www.recup-alsace.example.org"],
  address=A(["Bâtiment Le Séchoir", "5 impasse de la Grande-Boucherie"], "67000",
            "STRASBOURG"),
  people=[P("Luc", "SCHNEIDER", "directeur", "M.")],
  updated="2022-11-30")

# ---------------------------------------------------------------------------
# i02: Windows-1252, CRLF.
F("i02.md", enc="windows-1252", eol="CRLF")
E(r"""
# Centre d’Accueil et d’Orientation « Le Phare » – Bertrange

## Coordonnées

Centre d’Accueil et d’Orientation « Le Phare »$$
Zone d’activités Bourmicht$$
2, rue de l’Industrie$$
L-8069 Bertrange$$
Tél. (+352) 26 39 00 00 • Fax (+352) 26 39 00 09$$
Mobile (+352) 621 39 00 01$$
info@lephare.example.lu

## Horaires d’ouverture

Lun. à ven. : 8h–12h et 13h–17h$$
Permanence sociale le mercredi de 17h à 19h, sur rendez-vous.

## Personnes responsables

Directeur : M. Marc WEBER

## Personnes contact

Mme Anne KIEFFER-MULLER (assistante sociale) : anne.kieffer@lephare.example.lu

""" + T("plain",
        "Association sans but lucratif conventionnée par le ministère de la Famille.",
        "Personnes sans abri ou en logement précaire.",
        "Le centre accueille, oriente et accompagne vers un logement :",
        ["accueil de jour ;", "domiciliation ;", "accompagnement social…"],
        "Dernière mise à jour : 2 mars 2023",
        "**Source de mise à jour :** <https://lephare.example.lu/qui-sommes-nous>",
        "**Mots-clefs :** sans-abrisme; orientation; Luxembourg"),
  org="Centre d’Accueil et d’Orientation « Le Phare »",
  phones=["+35226390000 voice", "+35226390009 fax", "+352621390001 cell"],
  emails=["info@lephare.example.lu"],
  address=A(["Zone d’activités Bourmicht", "2, rue de l’Industrie"], "8069", "Bertrange",
            country="Luxembourg"),
  people=[P("Marc", "WEBER", "Directeur", "M."),
          P("Anne", "KIEFFER-MULLER", "assistante sociale", "Mme",
            emails=["anne.kieffer@lephare.example.lu"])],
  hours=[H("MO-FR", "08:00", "12:00"), H("MO-FR", "13:00", "17:00"),
         H("WE", "17:00", "19:00", appt=True)],
  updated="2023-03-02", source="https://lephare.example.lu/qui-sommes-nous",
  keywords=["sans-abrisme", "orientation", "Luxembourg"])

E(r"""
# Centre Départemental de Dépistage des Alpes-Maritimes

## Coordonnées

Centre administratif départemental$$
36, bd Jean-Jaurès$$
CS 30012 – 06001 NICE CEDEX 1$$
Tél. : 04-65-71-06-00$$
N° Vert : 0 800 06 06 06 (service & appel gratuits)$$
Courriel : depistage06@example.fr

## Horaires d’ouverture

|  | Matin | Après-midi |
|---|---|---|
| Lundi | 8h30 – 12h | 13h30 – 17h |
| Mardi | 8h30 – 12h | sur RDV |
| Mercredi | – | 13h30 – 17h |
| Jeudi | 8h30 – 12h | 13h30 – 17h |
| Vendredi | 8h30 – 12h | – |

## Personnes responsables

Dr Hélène CASTELLI-ROSSI, médecin directeur

## Personnes contact

Secrétariat médical : Mme Julie ORSINI — 04-65-71-06-02

""" + T("bold",
        "Service du Département habilité par l’agence régionale de santé.",
        "Toute personne, sans condition d’âge ni de ressources.",
        "Le centre propose gratuitement dépistage et vaccinations :",
        ["dépistage du VIH, des hépatites et des IST ;", "vaccinations ;",
         "actions hors les murs."],
        "MAJ le 18/10/2023",
        "**Source de mise à jour :** <https://www.departement06.example.fr/depistage>",
        "**Mots-clefs :** dépistage, vaccination, IST, Alpes-Maritimes"),
  org="Centre Départemental de Dépistage des Alpes-Maritimes",
  phones=["+33465710600 voice", "+33800060606 tollfree"],
  emails=["depistage06@example.fr"],
  address=A(["Centre administratif départemental", "36, bd Jean-Jaurès", "CS 30012"],
            "06001", "NICE CEDEX 1"),
  people=[P("Hélène", "CASTELLI-ROSSI", "médecin directeur", "Dr"),
          P("Julie", "ORSINI", "Secrétariat médical", "Mme",
            phones=["+33465710602 voice"])],
  hours=[H("MO", "08:30", "12:00"), H("MO", "13:30", "17:00"),
         H("TU", "08:30", "12:00"), H("WE", "13:30", "17:00"),
         H("TH", "08:30", "12:00"), H("TH", "13:30", "17:00"),
         H("FR", "08:30", "12:00")],
  updated="2023-10-18", source="https://www.departement06.example.fr/depistage",
  keywords=["dépistage", "vaccination", "IST", "Alpes-Maritimes"])

E(r"""
# Fondation Vaudoise pour la Prévention du Jeu Excessif

## Coordonnées

Avenue de la Gare 12$$
CP 615$$
1001 Lausanne$$
Suisse$$
Tél. : +41 (0)21 000 22 10$$
Portable : 079 000 22 11$$
E-mail : [info@fvpje.example.ch](mailto:info@fvpje.example.ch)

## Horaires d’ouverture

Ouvert du lundi au jeudi de 8 h 30 à 11 h 30 et de 13 h 30 à 16 h 30 ; le vendredi matin seulement.$$
Fermé durant les fêtes de fin d’année.

## Personnes responsables

Président : Olivier PIGUET

## Personnes contact

Mme Sylvie Rochat-Bonvin, intervenante, portable 079 000 22 15

""" + T("plain",
        "Fondation de droit privé reconnue d’utilité publique par le canton.",
        "Joueurs, anciens joueurs et leurs proches.",
        "La fondation prévient le jeu excessif et accompagne les joueurs :",
        ["consultations ;", "formation des casinos ;", "ligne d’aide."],
        "Mis à jour : janv. 2024",
        "**Source de mise à jour :** <https://fvpje.example.ch/fondation>",
        "**Mots-clefs :** addiction; jeu excessif; Vaud"),
  org="Fondation Vaudoise pour la Prévention du Jeu Excessif",
  phones=["+41210002210 voice", "+41790002211 cell"],
  emails=["info@fvpje.example.ch"],
  address=A(["Avenue de la Gare 12", "CP 615"], "1001", "Lausanne", country="Suisse"),
  people=[P("Olivier", "PIGUET", "Président"),
          P("Sylvie", "Rochat-Bonvin", "intervenante", "Mme",
            phones=["+41790002215 cell"])],
  hours=[H("MO-TH", "08:30", "11:30"), H("MO-TH", "13:30", "16:30"),
         H("FR", "08:30", "11:30")],
  closures=["Fermé durant les fêtes de fin d’année"],
  updated="2024-01", source="https://fvpje.example.ch/fondation",
  keywords=["addiction", "jeu excessif", "Vaud"])

E(r"""
# Cabinet de Médiation Familiale « Trait d’Union » – Paris 11e

## Coordonnées

Trait d’Union$$
6, villa Gaudelet – escalier B$$
75011 PARIS$$
Tél. : 01 99 00 75 20 ou 06 39 98 75 21$$
[tu.mediation@example.fr](mailto:tu.mediation@example.fr)

## Horaires d’ouverture

Reçoit exclusivement sur rendez-vous, du lundi au samedi.

## Personnes responsables

| Nom | Fonction | Téléphone |
|---|---|---|
| Mme Cécile AUBERT | médiatrice familiale diplômée d’État | 06 39 98 75 22 |
| M. Karim HADDAD | médiateur familial | |

""" + T("bold",
        "Cabinet libéral conventionné par la caisse d’allocations familiales.",
        "Couples en séparation, parents et grands-parents, jeunes adultes.",
        "Le cabinet aide les familles à renouer le dialogue :",
        ["entretiens d’information gratuits ;", "médiations familiales ;",
         "médiations ordonnées par le juge."],
        "**Mis à jour :** 9 octobre 2023",
        "**Source de mise à jour :** <https://trait-union.example.fr/cabinet>",
        "**Mots-clefs :** médiation familiale, divorce, Paris"),
  org="Cabinet de Médiation Familiale « Trait d’Union »",
  phones=["+33199007520 voice", "+33639987521 cell"],
  emails=["tu.mediation@example.fr"],
  address=A(["6, villa Gaudelet – escalier B"], "75011", "PARIS"),
  people=[P("Cécile", "AUBERT", "médiatrice familiale diplômée d’État", "Mme",
            phones=["+33639987522 cell"]),
          P("Karim", "HADDAD", "médiateur familial", "M.")],
  appt=True,
  updated="2023-10-09", source="https://trait-union.example.fr/cabinet",
  keywords=["médiation familiale", "divorce", "Paris"])

# ---------------------------------------------------------------------------
# i03: ISO-8859-1 (no curly quotes, no en or em dashes).
F("i03.md", enc="iso-8859-1")
E(r"""
# Association Martiniquaise de Prévention Routière

## PERSONNES RESPONSABLES

Président : Dr Serge LOUIS-JOSEPH

## PERSONNES CONTACT

Mme Maryse CÉLESTINE-URSULET, chargée de prévention, port. 0696 60 12 05

## COORDONNEES

Immeuble Les Flamboyants$$
Lotissement Dillon, route de Châteauboeuf$$
97200 FORT-DE-FRANCE (Martinique)$$
Tél. : +596 (0)596 60 12 00$$
Portable : +596 (0)696 60 12 01$$
Fax : +596 (0)596 60 12 09$$
E-mail : amp972[at]example.fr

## HORAIRES

Lundi, mardi, jeudi : 7h00-13h00 / 14h30-17h00 ; mercredi et vendredi : 7h00-13h00

""" + T("caps",
        "Association loi 1901 agréée par la préfecture.",
        "Scolaires, conducteurs novices, entreprises et collectivités de l'île.",
        "L'association mène des actions de sensibilisation à la sécurité routière :",
        ["interventions en milieu scolaire ;", "stages pour conducteurs ;",
         "simulateurs de conduite."],
        "Fiche actualisée : avril 2022",
        "**Source de mise à jour :** <https://amp972.example.fr/association>",
        "**Mots-clefs :** sécurité routière, prévention, Martinique"),
  org="Association Martiniquaise de Prévention Routière",
  phones=["+596596601200 voice", "+596696601201 cell", "+596596601209 fax"],
  emails=["amp972@example.fr"],
  address=A(["Immeuble Les Flamboyants", "Lotissement Dillon, route de Châteauboeuf"],
            "97200", "FORT-DE-FRANCE", region="Martinique"),
  people=[P("Serge", "LOUIS-JOSEPH", "Président", "Dr"),
          P("Maryse", "CÉLESTINE-URSULET", "chargée de prévention", "Mme",
            phones=["+596696601205 cell"])],
  hours=[H("MO,TU,TH", "07:00", "13:00"), H("MO,TU,TH", "14:30", "17:00"),
         H("WE,FR", "07:00", "13:00")],
  updated="2022-04", source="https://amp972.example.fr/association",
  keywords=["sécurité routière", "prévention", "Martinique"])

E(r"""
# Service de Prévention Spécialisée du Pays de Morlaix

## Coordonnées

Service de Prévention Spécialisée$$
Rés. Les Ajoncs, entrée 3$$
B.P. 90$$
29600 MORLAIX$$
FRANCE$$
Tél. 02 61 91 29 40$$
Courriel : prevention.morlaix@example.fr

## Antennes

Antenne de Landivisiau : 3 rue de la Gare, 29400 Landivisiau, tél. 02 61 91 29 41.

## Horaires d'ouverture

Accueil : du lundi au vendredi, 8h30 à 12h15 - 13h45 à 17h15$$
Fermeture estivale du 31 juillet au 20 août.

## Personnes responsables

M. Y. MORVAN, directeur

## Personnes contact

- Loïc LE BIHAN (éducateur) - 02 61 91 29 45

""" + T("plain",
        "Service d'une association habilitée par le Département du Finistère.",
        "Jeunes de 11 à 25 ans en rupture et leurs familles.",
        "Les éducateurs vont à la rencontre des jeunes dans la rue et les quartiers.",
        ["travail de rue ;", "accompagnement individuel ;", "chantiers éducatifs."],
        "MàJ : 06/2021",
        "**Source de mise à jour :** <http://www.prevention-morlaix.example.fr>",
        "**Mots clefs :** prévention spécialisée, jeunes, Morlaix"),
  org="Service de Prévention Spécialisée du Pays de Morlaix",
  phones=["+33261912940 voice"],
  emails=["prevention.morlaix@example.fr"],
  address=A(["Rés. Les Ajoncs, entrée 3", "B.P. 90"], "29600", "MORLAIX"),
  people=[P("Y.", "MORVAN", "directeur", "M."),
          P("Loïc", "LE BIHAN", "éducateur", phones=["+33261912945 voice"])],
  hours=[H("MO-FR", "08:30", "12:15"), H("MO-FR", "13:45", "17:15")],
  closures=["Fermeture estivale du 31 juillet au 20 août"],
  updated="2021-06", source="http://www.prevention-morlaix.example.fr",
  keywords=["prévention spécialisée", "jeunes", "Morlaix"])

E(r"""
# Comité Local pour le Logement Autonome des Jeunes du Puy-en-Velay

## **Coordonnées :**

Espace Saint-Louis$$
4 ter, boulevard Saint-Louis$$
43000 LE PUY-EN-VELAY$$
Tél : 04 65 71 43 00 (accueil) - 04 65 71 43 01 (ligne directe logement)$$
E-mail : cllaj43@example.fr - logement.cllaj43@example.fr

## **Horaires d'ouverture et accueil du public :**

Accueil physique : mardi et jeudi de 14h à 17h.$$
Accueil téléphonique : du lundi au vendredi de 9h à 12h.

## **Personnes responsables**

Mme Odette FAURE-BARTHÉLEMY, présidente

## **Personnes contact :**

Conseillère logement : Mme Inès BONNEFOY, 04 65 71 43 03

""" + T("bold",
        "Association loi 1901 soutenue par la communauté d'agglomération.",
        "Jeunes de 16 à 30 ans à la recherche d'un logement.",
        "Le comité informe et accompagne les jeunes dans l'accès au logement :",
        ["aide à la recherche ;", "garanties et aides financières ;"],
        "Dernière mise à jour le 03/10/2022",
        "**Source de mise à jour :** <https://cllaj43.example.fr/le-cllaj>",
        "**Mots-clefs :** logement, jeunes, Haute-Loire"),
  org="Comité Local pour le Logement Autonome des Jeunes du Puy-en-Velay",
  phones=["+33465714300 voice", "+33465714301 voice"],
  emails=["cllaj43@example.fr", "logement.cllaj43@example.fr"],
  address=A(["Espace Saint-Louis", "4 ter, boulevard Saint-Louis"], "43000",
            "LE PUY-EN-VELAY"),
  people=[P("Odette", "FAURE-BARTHÉLEMY", "présidente", "Mme"),
          P("Inès", "BONNEFOY", "Conseillère logement", "Mme",
            phones=["+33465714303 voice"])],
  hours=[H("TU,TH", "14:00", "17:00")],
  updated="2022-10-03", source="https://cllaj43.example.fr/le-cllaj",
  keywords=["logement", "jeunes", "Haute-Loire"])

E(r"""
# Point Écoute Parents-Adolescents de Vichy

## Coordonnées

2 allée des Ailes$$
03200 VICHY$$
Tél. 04 65 71 03 20$$
Tél. 04.65.71.03.21 (secrétariat)$$
Courriel : pepa.vichy@example.fr$$
[Site de la ville](https://www.vichy.example.fr/pepa)

## Horaires d'ouverture

Permanences sans rendez-vous : lundi 14h-17h.$$
Consultations sur rendez-vous : mardi et jeudi 9h-12h.

## Responsable

Dr A. BERNARD, pédopsychiatre

## Personnes contact

**Mme Claire VILLENEUVE**, psychologue

## Tarifs

Gratuit. Participation libre de 2 à 5 euros pour les ateliers.

""" + T("plain",
        "Service municipal rattaché au centre communal d'action sociale.",
        "Adolescents de 11 à 21 ans, parents, professionnels.",
        "Le point écoute reçoit parents et adolescents et propose des ateliers "
        "collectifs le samedi de 10h à 12h.",
        ["entretiens familiaux ;", "groupes de parents ;"],
        "Actualisé le 21 juin 2023",
        "**Source de mise à jour :** <https://www.vichy.example.fr/pepa/equipe>",
        "**Mots-clefs :** parentalité ; adolescence ; écoute"),
  org="Point Écoute Parents-Adolescents de Vichy",
  phones=["+33465710320 voice", "+33465710321 voice"],
  emails=["pepa.vichy@example.fr"],
  urls=["https://www.vichy.example.fr/pepa"],
  address=A(["2 allée des Ailes"], "03200", "VICHY"),
  people=[P("A.", "BERNARD", "pédopsychiatre", "Dr"),
          P("Claire", "VILLENEUVE", "psychologue", "Mme")],
  hours=[H("MO", "14:00", "17:00"), H("TU,TH", "09:00", "12:00", appt=True)],
  updated="2023-06-21", source="https://www.vichy.example.fr/pepa/equipe",
  keywords=["parentalité", "adolescence", "écoute"])

# ---------------------------------------------------------------------------
# i04: UTF-16LE with BOM.
F("i04.md", enc="utf-16le-bom")
E(r"""
# Maison de la Jeunesse de Monaco — Espace Ados

## Coordonnées

Le Métropole, bloc A$$
17, avenue des Spélugues$$
98000 Monaco$$
MONACO$$
Tél. : +377 97 98 40 00$$
Portable : 00 377 6 40 98 40 01$$
Courriel : <mjm@example.mc>

## Horaires d'ouverture

Du lundi au vendredi : 9h30-12h30 & 14h-17h

## Personnes responsables

Directrice : Mme Laetitia GAZIELLO

## Personnes contact

M. Paolo CROVETTO – éducateur – +377 97 98 40 05

""" + T("plain",
        "Établissement public placé sous l'autorité du Département de l'Intérieur.",
        "Jeunes monégasques et résidents de 11 à 25 ans.",
        "La maison propose loisirs, information et accompagnement de projets :",
        ["accueil libre ;", "séjours ;", "aide aux projets de jeunes."],
        "**Mise à jour :** 15 janvier 2024",
        "**Source de mise à jour :** <https://mjm.example.mc/la-maison>",
        "**Mots-clefs :** jeunesse, Monaco, loisirs"),
  org="Maison de la Jeunesse de Monaco",
  phones=["+37797984000 voice", "+377640984001 cell"],
  emails=["mjm@example.mc"],
  address=A(["Le Métropole, bloc A", "17, avenue des Spélugues"], "98000", "Monaco",
            country="Monaco"),
  people=[P("Laetitia", "GAZIELLO", "Directrice", "Mme"),
          P("Paolo", "CROVETTO", "éducateur", "M.", phones=["+37797984005 voice"])],
  hours=[H("MO-FR", "09:30", "12:30"), H("MO-FR", "14:00", "17:00")],
  updated="2024-01-15", source="https://mjm.example.mc/la-maison",
  keywords=["jeunesse", "Monaco", "loisirs"])

E(r"""
# Relais Santé Précarité de Saint-Nazaire

## Informations pratiques

### Coordonnées

Cité sanitaire$$
11, boulevard Georges-Charpak$$
44600 SAINT-NAZAIRE$$
☎ 02 61 91 44 60$$
Fax 02 61 91 44 69$$
<mailto:rsp.saintnazaire@example.fr>

### Horaires

Lundi au vendredi 8 h 45 – 12 h 15 / 13 h 30 – 16 h 45

## Personnes responsables

Dr Anne-Claire LE FUR, médecin coordonnateur

## Personnes contact

Mme Morgane DANIELO, infirmière — 06 39 98 44 62

""" + T("plain",
        "Dispositif hospitalier de permanence d'accès aux soins de santé.",
        "Personnes sans couverture sociale ou en grande précarité.",
        "Le relais accueille sans condition et ouvre les droits à l'assurance maladie :",
        ["consultations médicales ;", "accompagnement social ;", "délivrance de médicaments."],
        "Mise à jour de la fiche : 20/01/2024",
        "**Source de mise à jour :** <https://www.ch-saintnazaire.example.fr/rsp>",
        "**Mots-clefs :** précarité, accès aux soins, Saint-Nazaire"),
  org="Relais Santé Précarité de Saint-Nazaire",
  phones=["+33261914460 voice", "+33261914469 fax"],
  emails=["rsp.saintnazaire@example.fr"],
  address=A(["Cité sanitaire", "11, boulevard Georges-Charpak"], "44600",
            "SAINT-NAZAIRE"),
  people=[P("Anne-Claire", "LE FUR", "médecin coordonnateur", "Dr"),
          P("Morgane", "DANIELO", "infirmière", "Mme", phones=["+33639984462 cell"])],
  hours=[H("MO-FR", "08:45", "12:15"), H("MO-FR", "13:30", "16:45")],
  updated="2024-01-20", source="https://www.ch-saintnazaire.example.fr/rsp",
  keywords=["précarité", "accès aux soins", "Saint-Nazaire"])

E(r"""
# Écoute et Partage Côte-d'Or - permanence d'accueil

## Coordonnées

Maison des Associations$$
2, rue des Corroyeurs$$
B.P. 17 – 21001 DIJON CEDEX$$
Écoute : 03 53 01 21 21 (24h/24)$$
Secrétariat : 03 53 01 21 20$$
[www.ecoute-partage21.example.org](http://www.ecoute-partage21.example.org)$$
[Nous contacter](mailto:contact@ecoute-partage21.example.org)

## Horaires d'ouverture

Accueil du public tous les jours ouvrables, de 9h à 18h.

## Personnes responsables

M. Arnaud de LA VILLEMARQUÉ, président$$
Mme Élodie Marchand, coordinatrice

## Personnes contact

Les bénévoles d'écoute restent anonymes.

""" + T("bold",
        "Association loi 1901 reconnue d'utilité publique.",
        "Toute personne en situation de solitude ou de détresse.",
        "L'association offre une écoute anonyme par téléphone et en face à face.",
        ["écoute téléphonique ;", "entretiens ;", "formation des bénévoles."],
        "Mise à jour : 01.2024",
        "**Source de mise à jour :** <http://www.ecoute-partage21.example.org/asso>",
        "**Mots-clefs :** écoute, solitude, prévention du suicide, Dijon"),
  org="Écoute et Partage Côte-d'Or",
  phones=["+33353012121 voice", "+33353012120 voice"],
  emails=["contact@ecoute-partage21.example.org"],
  urls=["http://www.ecoute-partage21.example.org"],
  address=A(["Maison des Associations", "2, rue des Corroyeurs", "B.P. 17"], "21001",
            "DIJON CEDEX"),
  people=[P("Arnaud", "de LA VILLEMARQUÉ", "président", "M."),
          P("Élodie", "Marchand", "coordinatrice", "Mme")],
  hours=[H("MO-SA", "09:00", "18:00")],
  updated="2024-01", source="http://www.ecoute-partage21.example.org/asso",
  keywords=["écoute", "solitude", "prévention du suicide", "Dijon"])

E(r"""
# Point Information Jeunesse d'Évry-Courcouronnes

## Coordonnées

- **Adresse :**
  - Centre commercial des Pyramides, local 12
  - 91000 ÉVRY-COURCOURONNES
- **Téléphone :** 01 99 00 91 00
- **Mobile :** 07 56 98 91 01
- **Courriel :** <pij.evry@example.fr>

## Horaires d'ouverture

Mardi, mercredi, vendredi : 13h30 – 18h ; mercredi et samedi : 10h – 12h30

## Responsable

Samia BOUZIDI – informatrice jeunesse

## Contacts

- Yohan DIALLO, animateur multimédia, yohan.diallo@example.fr

""" + T("plain",
        "Structure municipale labellisée Information Jeunesse.",
        "Jeunes de 13 à 30 ans.",
        "Le PIJ informe les jeunes sur les études, l'emploi, le logement et les loisirs.",
        ["documentation en libre accès ;", "aide au CV ;", "ateliers numériques."],
        "Mise à jour : 30/06/2023",
        "**Source de mise à jour :** <https://www.evry-courcouronnes.example.fr/pij>",
        "**Mots-clés :** jeunesse, information, emploi, Essonne"),
  org="Point Information Jeunesse d'Évry-Courcouronnes",
  phones=["+33199009100 voice", "+33756989101 cell"],
  emails=["pij.evry@example.fr"],
  address=A(["Centre commercial des Pyramides, local 12"], "91000",
            "ÉVRY-COURCOURONNES"),
  people=[P("Samia", "BOUZIDI", "informatrice jeunesse"),
          P("Yohan", "DIALLO", "animateur multimédia",
            emails=["yohan.diallo@example.fr"])],
  hours=[H("TU,WE,FR", "13:30", "18:00"), H("WE,SA", "10:00", "12:30")],
  updated="2023-06-30", source="https://www.evry-courcouronnes.example.fr/pij",
  keywords=["jeunesse", "information", "emploi", "Essonne"])

# ---------------------------------------------------------------------------
# i05: UTF-8 with BOM, NFD, no final newline.
F("i05.md", enc="utf-8-bom", nfd=True, trail="")
E(r"""
# Centre d'Information sur les Droits des Femmes de Basse-Terre

## Coordonnées

Centre Delgrès, 1er étage$$
Rue Lardenoy$$
97100 BASSE-TERRE (Guadeloupe)$$
Tél. 00 590 590 81 20 00$$
Port. 00 590 690 81 20 01$$
E-mail : cidf.basseterre@example.fr

## Horaires d'ouverture

De 7h30 à 13h30 du lundi au vendredi ; de 14h30 à 17h30 les lundis et jeudis.

## Personnes responsables

Présidente : Mme Gisèle BOURGEOIS-JACQUET

## Personnes contact

- Mme Line ZÉNON, juriste — line.zenon@example.fr — 0590 81 20 05

""" + T("bold",
        "Association loi 1901 agréée par l'État.",
        "Femmes, familles et professionnels de la Basse-Terre.",
        "Le centre informe sur les droits et accompagne les victimes de violences :",
        ["permanences juridiques ;", "groupes de parole ;"],
        "**Mise à jour :** 17/03/2022",
        "**Source de mise à jour :** <https://cidf-basseterre.example.fr/equipe>",
        "**Mots-clefs :** droits des femmes; violences; Guadeloupe"),
  org="Centre d'Information sur les Droits des Femmes de Basse-Terre",
  phones=["+590590812000 voice", "+590690812001 cell"],
  emails=["cidf.basseterre@example.fr"],
  address=A(["Centre Delgrès, 1er étage", "Rue Lardenoy"], "97100", "BASSE-TERRE",
            region="Guadeloupe"),
  people=[P("Gisèle", "BOURGEOIS-JACQUET", "Présidente", "Mme"),
          P("Line", "ZÉNON", "juriste", "Mme", phones=["+590590812005 voice"],
            emails=["line.zenon@example.fr"])],
  hours=[H("MO-FR", "07:30", "13:30"), H("MO,TH", "14:30", "17:30")],
  updated="2022-03-17", source="https://cidf-basseterre.example.fr/equipe",
  keywords=["droits des femmes", "violences", "Guadeloupe"])

E(r"""
# Agence pour l'Insertion des Travailleurs Handicapés de Seine-Saint-Denis

## Coordonnées

Tour Essor, 14e étage$$
14, rue Scandicci$$
93508 PANTIN CEDEX$$
Standard : 01 99 00 93 30 — Ligne directe du service : 01 99 00 93 35$$
N° Indigo : 0 820 93 93 93$$
Courriel : contact@aith93.example.fr

## Horaires d'ouverture

Du lundi au vendredi de 9h00 à 17h00 sans interruption (jusqu'à 16h00 le vendredi).

## Personnes responsables

Directeur général : M. Jean-François ROBIN

## Personnes contact

| Nom | Fonction | Courriel |
|---|---|---|
| Mme Aurélie MASSON | chargée de mission | aurelie.masson@example.fr |

""" + T("plain",
        "Association loi 1901 conventionnée par l'État et l'Agefiph.",
        "Travailleurs handicapés et employeurs du département.",
        "L'agence accompagne vers l'emploi et le maintien dans l'emploi :",
        ["bilans ;", "placement ;", "conseil aux entreprises."],
        "Mise à jour : le 8 novembre 2022",
        "**Source de mise à jour :** <https://aith93.example.fr/agence>",
        "**Mots-clefs :** insertion professionnelle, handicap, Seine-Saint-Denis"),
  org="Agence pour l'Insertion des Travailleurs Handicapés de Seine-Saint-Denis",
  phones=["+33199009330 voice", "+33199009335 voice", "+33820939393 voice"],
  emails=["contact@aith93.example.fr"],
  address=A(["Tour Essor, 14e étage", "14, rue Scandicci"], "93508", "PANTIN CEDEX"),
  people=[P("Jean-François", "ROBIN", "Directeur général", "M."),
          P("Aurélie", "MASSON", "chargée de mission", "Mme",
            emails=["aurelie.masson@example.fr"])],
  hours=[H("MO-TH", "09:00", "17:00"), H("FR", "09:00", "16:00")],
  updated="2022-11-08", source="https://aith93.example.fr/agence",
  keywords=["insertion professionnelle", "handicap", "Seine-Saint-Denis"])

E(r"""
# Accueil de Jour « L'Escale » – Montauban

## Coordonnées

Rés. Les Tilleuls, entrée 2$$
Av. Marcel-Unal$$
82000 MONTAUBAN$$
Tél./Fax : 05 36 49 82 00$$
Astreinte éducative : 06 39 98 82 01$$
Courriel : escale82@example.org

## Conditions d'accès

Accueil inconditionnel, animaux acceptés. Douches de 9h à 11h, laverie de 14h à 16h.

## Horaires d'ouverture

Accueil de jour : tous les jours de 8h à 20h.$$
Fermé le 25 décembre et le 1er janvier.

## Personnes responsables

Chef de service : M. Thierry BOUSQUET

## Personnes contact

Mme FAURÉ, éducatrice spécialisée

""" + T("plain",
        "Établissement géré par une association loi 1901, financé par l'État.",
        "Personnes sans domicile ou mal logées.",
        "L'accueil de jour offre un lieu de repos, d'hygiène et d'orientation.",
        ["petit-déjeuner ;", "hygiène ;", "domiciliation et orientation."],
        "Mise à jour : 4 sept. 2023",
        "**Source de mise à jour :** <https://escale82.example.org/accueil-de-jour>",
        "**Mots-clefs :** sans-abri, accueil de jour, Tarn-et-Garonne"),
  org="Accueil de Jour « L'Escale »",
  phones=["+33536498200 voice", "+33639988201 cell"],
  emails=["escale82@example.org"],
  address=A(["Rés. Les Tilleuls, entrée 2", "Av. Marcel-Unal"], "82000", "MONTAUBAN"),
  people=[P("Thierry", "BOUSQUET", "Chef de service", "M."),
          P("", "FAURÉ", "éducatrice spécialisée", "Mme")],
  hours=[H("MO-SU", "08:00", "20:00")],
  closures=["Fermé le 25 décembre et le 1er janvier"],
  updated="2023-09-04", source="https://escale82.example.org/accueil-de-jour",
  keywords=["sans-abri", "accueil de jour", "Tarn-et-Garonne"])

E(r"""
# Ferme de la Grange Neuve — insertion par le maraîchage

## Coordonnées

Ferme de la Grange Neuve$$
Hameau des Granges$$
73480 BONNEVAL-SUR-ARC$$
Tél. : +33 4 65 71 73 40 – +33 6 39 98 73 41$$
[Écrire à l'association](mailto:Contact@GrangeNeuve.example.org)$$
<http://grangeneuve.example.org/>

## Hébergement

Six chambres pour les salariés en insertion, au 2 chemin du Four, 73480 Bonneval-sur-Arc.

""" + T2("plain",
         "Association loi 1901 conventionnée atelier chantier d'insertion.",
         "Adultes sans emploi du département, orientés par les travailleurs sociaux.",
         "La ferme cultive des légumes biologiques vendus en paniers :",
         ["maraîchage ;", "vente de paniers ;", "accompagnement socioprofessionnel."],
         "Mis à jour en mars 2021",
         "Source de mise à jour : http://grangeneuve.example.org/qui-sommes-nous"),
  org="Ferme de la Grange Neuve",
  phones=["+33465717340 voice", "+33639987341 cell"],
  emails=["contact@grangeneuve.example.org"],
  urls=["http://grangeneuve.example.org/"],
  address=A(["Hameau des Granges"], "73480", "BONNEVAL-SUR-ARC"),
  updated="2021-03", source="http://grangeneuve.example.org/qui-sommes-nous")

if __name__ == "__main__":
    main(os.path.dirname(os.path.abspath(__file__)))

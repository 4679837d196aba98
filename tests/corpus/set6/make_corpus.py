#!/usr/bin/env python3
"""Regenerate the sixth corpus: g01.md .. g05.md and expected.json (this folder).

Entries written for tests/corpus6 after the extractors had been tuned on tests/corpus ..
tests/corpus5 (same schema, normalisation rules, rendering and checks, from
tests/corpus_lib.py): entries with no Coordonnées heading (contact lines right under the
title); sections in another order; hours as a Markdown table (one or two columns of
ranges) or a bullet list per day, "9h à 12h30 — 14h à 17h30", "de 9h à midi", "9 h 00";
people as a Markdown table, a person with two phones (Tél. and Portable / Port.);
e-mails as autolinks; phones as tel: links; "Fax." with a dot; "Télécopieur";
"CEDEX 9" then a country line; "Cedex" in mixed case; keywords as a bullet list;
"## Mise à jour" heading with the date below; "Date de mise à jour", dotted dates.

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


# ---------------------------------------------------------------------------
# g01: UTF-8, LF.
F("g01.md")
E(r"""
# Centre d'Information sur les Droits des Femmes et des Familles du Cher

CIDFF du Cher$$
8 place Cujas$$
18000 BOURGES$$
Tél. : 02 61 91 18 00$$
Fax. : 02 61 91 18 09$$
<contact@cidff18.example.fr>$$
[https://cidff18.example.fr](https://cidff18.example.fr)

## Horaires d'ouverture

| Jour | Horaires |
|---|---|
| Lundi | 9h - 12h30 / 13h30 - 17h |
| Mardi | 13h30 - 17h |
| Mercredi | 9h - 12h30 |
| Jeudi | 9h - 12h30 / 13h30 - 17h |

Fermé le vendredi.

## Personnes responsables

Mme Hélène BRUNET, directrice

## Personnes contact

Juriste : Mme Sarah KHELIF, Tél. 02 61 91 18 04, Portable 06 39 98 18 05

""" + T("plain",
        "Association loi 1901 agréée par l'État, membre du réseau national des CIDFF.",
        "Femmes, familles, professionnels du Cher.",
        "Le CIDFF informe gratuitement sur le droit de la famille, l'emploi et la santé.",
        ["permanences juridiques ;", "accompagnement des victimes de violences ;",
         "ateliers vers l'emploi."],
        "**Mise à jour :** 04/04/2023",
        "**Source de mise à jour :** <https://cidff18.example.fr/le-cidff>",
        "**Mots-clés :** droits des femmes, famille, Cher"),
  org="Centre d'Information sur les Droits des Femmes et des Familles du Cher",
  phones=["+33261911800 voice", "+33261911809 fax"],
  emails=["contact@cidff18.example.fr"],
  urls=["https://cidff18.example.fr"],
  address=A(["8 place Cujas"], "18000", "BOURGES"),
  people=[P("Hélène", "BRUNET", "directrice", "Mme"),
          P("Sarah", "KHELIF", "Juriste", "Mme",
            phones=["+33261911804 voice", "+33639981805 cell"])],
  hours=[H("MO", "09:00", "12:30"), H("MO", "13:30", "17:00"),
         H("TU", "13:30", "17:00"), H("WE", "09:00", "12:30"),
         H("TH", "09:00", "12:30"), H("TH", "13:30", "17:00")],
  closures=["Fermé le vendredi"],
  updated="2023-04-04", source="https://cidff18.example.fr/le-cidff",
  keywords=["droits des femmes", "famille", "Cher"])

E(r"""
# Service d'Accompagnement à la Vie Sociale Horizon

## Horaires d'ouverture

Du lundi au vendredi : 9h à 12h30 — 14h à 17h30

## Personnes responsables

M. Yannick LE BIHAN, chef de service

## Coordonnées

SAVS Horizon$$
Centre d'affaires Alphasis, bâtiment C$$
35 rue des Veyettes$$
35043 RENNES CEDEX 9$$
FRANCE$$
Tél. : [02 61 91 35 10](tel:+33261913510)$$
E-mail : <savs.horizon@example.org>$$
Site : https://www.savs-horizon.example.org

## Personnes contact

Mme Gwenaëlle ROPARS, éducatrice spécialisée, Tél. 02 61 91 35 12, Portable 06 39 98 35 13

""" + T("plain",
        "Service médico-social géré par l'association Horizon Bretagne.",
        "Adultes en situation de handicap vivant à domicile, orientés par la MDPH.",
        "Le SAVS accompagne les personnes dans leur vie quotidienne et sociale.",
        ["aide aux démarches ;", "soutien au logement ;", "activités de loisirs."],
        "**Mise à jour :** 17/10/2022",
        "**Source de mise à jour :** <https://www.savs-horizon.example.org/service>",
        "**Mots-clés :**\n\n- handicap\n- vie sociale\n- Rennes"),
  org="Service d'Accompagnement à la Vie Sociale Horizon",
  phones=["+33261913510 voice"],
  emails=["savs.horizon@example.org"],
  urls=["https://www.savs-horizon.example.org"],
  address=A(["Centre d'affaires Alphasis, bâtiment C", "35 rue des Veyettes"], "35043",
            "RENNES CEDEX 9"),
  people=[P("Yannick", "LE BIHAN", "chef de service", "M."),
          P("Gwenaëlle", "ROPARS", "éducatrice spécialisée", "Mme",
            phones=["+33261913512 voice", "+33639983513 cell"])],
  hours=[H("MO-FR", "09:00", "12:30"), H("MO-FR", "14:00", "17:30")],
  updated="2022-10-17", source="https://www.savs-horizon.example.org/service",
  keywords=["handicap", "vie sociale", "Rennes"])

E(r"""
# Union Départementale des Associations Familiales de la Vienne - UDAF

## Coordonnées

UDAF de la Vienne$$
24 rue de la Cathédrale$$
CS 60025$$
86035 Poitiers Cedex$$
Tél. : 05 36 49 86 00$$
Fax. : 05 36 49 86 09$$
E-mail : <udaf86@example.fr>$$
Site : [www.udaf86.example.fr](https://www.udaf86.example.fr/)

## Horaires d'ouverture

- lundi : 14h-18h
- mercredi : 9h-12h et 14h-18h
- samedi : 9h-12h

## Personnes responsables

| Nom | Fonction | Téléphone |
|---|---|---|
| M. Didier FOURNIER | président | |
| Mme Agnès ROY | directrice | 05 36 49 86 02 |

## Personnes contact

Mme Laetitia BONNET, assistante de direction

""" + T("plain",
        "Institution familiale instituée par le Code de l'action sociale et des familles.",
        "Familles de la Vienne, associations familiales adhérentes.",
        "L'UDAF représente les familles et gère des services d'aide.",
        ["mesures de protection des majeurs ;", "point conseil budget ;",
         "médiation familiale."],
        "## Mise à jour\n\n12.03.2022",
        "**Source de mise à jour :** <https://www.udaf86.example.fr/qui-sommes-nous>",
        "**Mots-clés :** familles ; protection juridique ; Vienne"),
  org="Union Départementale des Associations Familiales de la Vienne",
  phones=["+33536498600 voice", "+33536498609 fax"],
  emails=["udaf86@example.fr"],
  urls=["https://www.udaf86.example.fr/"],
  address=A(["24 rue de la Cathédrale", "CS 60025"], "86035", "Poitiers Cedex"),
  people=[P("Didier", "FOURNIER", "président", "M."),
          P("Agnès", "ROY", "directrice", "Mme", phones=["+33536498602 voice"]),
          P("Laetitia", "BONNET", "assistante de direction", "Mme")],
  hours=[H("MO", "14:00", "18:00"), H("WE", "09:00", "12:00"),
         H("WE", "14:00", "18:00"), H("SA", "09:00", "12:00")],
  updated="2022-03-12", source="https://www.udaf86.example.fr/qui-sommes-nous",
  keywords=["familles", "protection juridique", "Vienne"])

E(r"""
# Mission Locale du Bassin Grenoblois – antenne d'Échirolles

## Coordonnées

Mission Locale du Bassin Grenoblois$$
Parc d'activités des Ruires$$
1 rue Jean-Jaurès$$
38130 ÉCHIROLLES$$
Tél. : 04 65 71 38 00 / 04 65 71 38 01$$
accueil.echirolles@mlbg.example.fr$$
https://mlbg.example.fr/echirolles/

## Horaires d'ouverture et accueil du public

Du lundi au vendredi de 8h30 à midi et de 13h30 à 17h30.$$
Le samedi de 9h à midi.

## Personnes responsables

Directeur : M. Thierry GAUTHIER, 04 65 71 38 05

## Personnes contact

Conseillère : Mme Inès BENALI

""" + T("plain",
        "Association loi 1901 financée par l'État, la Région et les communes.",
        "Jeunes de 16 à 25 ans sortis du système scolaire.",
        "La mission locale accompagne les jeunes vers l'emploi et l'autonomie.",
        ["contrat d'engagement jeune ;", "aide au logement ;", "santé et mobilité."],
        "**Date de mise à jour :** 21/06/2023",
        "**Source de mise à jour :** <https://mlbg.example.fr/echirolles/presentation>",
        "**Mots-clés :** jeunes, emploi, insertion, Isère"),
  org="Mission Locale du Bassin Grenoblois",
  phones=["+33465713800 voice", "+33465713801 voice"],
  emails=["accueil.echirolles@mlbg.example.fr"],
  urls=["https://mlbg.example.fr/echirolles/"],
  address=A(["Parc d'activités des Ruires", "1 rue Jean-Jaurès"], "38130", "ÉCHIROLLES"),
  people=[P("Thierry", "GAUTHIER", "Directeur", "M.", phones=["+33465713805 voice"]),
          P("Inès", "BENALI", "Conseillère", "Mme")],
  hours=[H("MO-FR", "08:30", "12:00"), H("MO-FR", "13:30", "17:30"),
         H("SA", "09:00", "12:00")],
  updated="2023-06-21", source="https://mlbg.example.fr/echirolles/presentation",
  keywords=["jeunes", "emploi", "insertion", "Isère"])

# ---------------------------------------------------------------------------
# g02: Windows-1252, CRLF.
F("g02.md", enc="windows-1252", eol="CRLF")
E(r"""
# Centre de Ressources Autisme de Guyane — CRA 973

## Coordonnées

CRA de Guyane$$
Résidence Les Palmistes, bât. 4$$
12 avenue du Général-de-Gaulle$$
97300 CAYENNE (Guyane)$$
Tél. : 0594 30 12 00$$
Portable : 0694 40 12 01$$
E-mail : <cra973@example.fr>

## Horaires d'ouverture

Lundi au jeudi : 7h30-12h30 et 14h-16h30 ; vendredi : 7h30-12h30

## Personnes responsables

Dr Marie-Josée LAFONTAINE, pédopsychiatre, Tél. 0594 30 12 02, Port. 0694 40 12 03

## Personnes contact

- Mme Sandrine HO-A-CHUCK, secrétaire
  <secretariat.cra973@example.fr>

""" + T("plain",
        "Service hospitalier rattaché au centre hospitalier de Cayenne, financé par l’ARS.",
        "Personnes autistes de tout âge, familles, professionnels de Guyane.",
        "Le CRA réalise des évaluations diagnostiques complexes et informe les familles.",
        ["diagnostics ;", "formation des aidants ;", "centre de documentation."],
        "**Mise à jour :** 9 janvier 2024",
        "**Source de mise à jour :** <https://www.ch-cayenne.example.fr/cra>",
        "**Mots-clés :** autisme, Guyane, diagnostic"),
  org="Centre de Ressources Autisme de Guyane",
  phones=["+594594301200 voice", "+594694401201 cell"],
  emails=["cra973@example.fr"],
  address=A(["Résidence Les Palmistes, bât. 4", "12 avenue du Général-de-Gaulle"],
            "97300", "CAYENNE", region="Guyane"),
  people=[P("Marie-Josée", "LAFONTAINE", "pédopsychiatre", "Dr",
            phones=["+594594301202 voice", "+594694401203 cell"]),
          P("Sandrine", "HO-A-CHUCK", "secrétaire", "Mme",
            emails=["secretariat.cra973@example.fr"])],
  hours=[H("MO-TH", "07:30", "12:30"), H("MO-TH", "14:00", "16:30"),
         H("FR", "07:30", "12:30")],
  updated="2024-01-09", source="https://www.ch-cayenne.example.fr/cra",
  keywords=["autisme", "Guyane", "diagnostic"])

E(r"""
# Épicerie Sociale et Solidaire « Le Panier »

Association Le Panier$$
Adresse : 5 rue de l’Église$$
71100 CHALON-SUR-SAÔNE$$
Tél. : [03 53 01 71 40](tel:+33353017140)$$
Courriel : <lepanier71@example.org>

## Horaires d'ouverture

- Mardi : 14h à 17h30
- Jeudi : 9h à 12h — 14h à 17h30
- Vendredi : 9h à 12h

Fermé pendant les vacances de Noël.

## Personnes responsables

Présidente : Mme Françoise CŒUR, Tél. 03 53 01 71 41, Portable 06 39 98 71 42

## Personnes contact

M. Rémi PERRAUD, coordinateur

""" + T("plain",
        "Association loi 1901 soutenue par le CCAS et la Banque alimentaire.",
        "Familles aux revenus modestes orientées par un travailleur social.",
        "L’épicerie propose des produits à petit prix et des ateliers.",
        ["ateliers cuisine ;", "conseil budgétaire ;", "jardin partagé."],
        "## Mise à jour\n\n2 février 2023",
        "**Source de mise à jour :** <https://lepanier71.example.org/association>",
        "**Mots-clés :**\n\n- aide alimentaire\n- solidarité\n- Saône-et-Loire"),
  org="Épicerie Sociale et Solidaire « Le Panier »",
  phones=["+33353017140 voice"],
  emails=["lepanier71@example.org"],
  address=A(["5 rue de l’Église"], "71100", "CHALON-SUR-SAÔNE"),
  people=[P("Françoise", "CŒUR", "Présidente", "Mme",
            phones=["+33353017141 voice", "+33639987142 cell"]),
          P("Rémi", "PERRAUD", "coordinateur", "M.")],
  hours=[H("TU", "14:00", "17:30"), H("TH", "09:00", "12:00"),
         H("TH", "14:00", "17:30"), H("FR", "09:00", "12:00")],
  closures=["Fermé pendant les vacances de Noël"],
  updated="2023-02-02", source="https://lepanier71.example.org/association",
  keywords=["aide alimentaire", "solidarité", "Saône-et-Loire"])

E(r"""
# Plateforme Territoriale d’Appui du Douaisis

## Coordonnées

PTA du Douaisis$$
Immeuble Le Beffroi, 2e étage$$
45 rue de Bellain$$
59500 DOUAI$$
Tél. : 03 53 01 59 50$$
Fax. : 03 53 01 59 59$$
<pta.douaisis@example.fr>$$
<https://pta-douaisis.example.fr>

## Horaires d'ouverture

| | Matin | Après-midi |
|---|---|---|
| Lundi | 9h00 - 12h00 | 13h30 - 17h00 |
| Mercredi | 9h00 - 12h00 | fermé |
| Vendredi | 9h00 - 12h00 | 13h30 - 16h00 |

## Personnes responsables

| Nom | Fonction |
|---|---|
| Dr Olivier DELATTRE | médecin coordonnateur |
| Mme Caroline LEFEBVRE | directrice |

## Personnes contact

[Formulaire de contact](#)

""" + T("plain",
        "Groupement de coopération sanitaire financé par l’ARS Hauts-de-France.",
        "Professionnels de santé du Douaisis confrontés à des situations complexes.",
        "La plateforme appuie les professionnels dans la coordination des parcours.",
        ["information et orientation ;", "appui à l’organisation des parcours ;",
         "soutien aux initiatives."],
        "**Mise à jour :** 30.11.2021",
        "**Source de mise à jour :** <https://pta-douaisis.example.fr/equipe>",
        "**Mots-clés :** coordination ; parcours de santé ; Douai"),
  org="Plateforme Territoriale d’Appui du Douaisis",
  phones=["+33353015950 voice", "+33353015959 fax"],
  emails=["pta.douaisis@example.fr"],
  urls=["https://pta-douaisis.example.fr"],
  address=A(["Immeuble Le Beffroi, 2e étage", "45 rue de Bellain"], "59500", "DOUAI"),
  people=[P("Olivier", "DELATTRE", "médecin coordonnateur", "Dr"),
          P("Caroline", "LEFEBVRE", "directrice", "Mme")],
  hours=[H("MO", "09:00", "12:00"), H("MO", "13:30", "17:00"),
         H("WE", "09:00", "12:00"),
         H("FR", "09:00", "12:00"), H("FR", "13:30", "16:00")],
  updated="2021-11-30", source="https://pta-douaisis.example.fr/equipe",
  keywords=["coordination", "parcours de santé", "Douai"])

E(r"""
# Point Accueil Solidarité de Saint-Nazaire

## Personnes responsables

Mme Nathalie GUÉRIN, responsable du service

## Coordonnées

Point Accueil Solidarité$$
Maison de quartier de Méan-Penhoët$$
2 rue de la Paix$$
44600 SAINT-NAZAIRE$$
Tél. : 02 61 91 44 60$$
Portable : 06 39 98 44 61$$
Fax. : 02 61 91 44 69$$
pas.saintnazaire@example.fr

## Horaires d'ouverture

Permanences sans rendez-vous le mardi de 9h à 12h ; sur rendez-vous le jeudi de 14h à 17h.

## Personnes contact

Mme Élodie MAHÉ, conseillère en économie sociale et familiale, Tél. 02 61 91 44 62

""" + T("plain",
        "Service municipal du CCAS de Saint-Nazaire.",
        "Personnes sans domicile stable ou en grande précarité.",
        "Le point accueil offre une domiciliation, un accompagnement social et une orientation.",
        ["domiciliation administrative ;", "aide aux démarches ;", "bagagerie."],
        "**Mise à jour :** 15/09/2022",
        "**Source de mise à jour :** <https://www.saintnazaire.example.fr/ccas/pas>",
        "**Mots-clés :** précarité, domiciliation, Saint-Nazaire"),
  org="Point Accueil Solidarité de Saint-Nazaire",
  phones=["+33261914460 voice", "+33639984461 cell", "+33261914469 fax"],
  emails=["pas.saintnazaire@example.fr"],
  address=A(["Maison de quartier de Méan-Penhoët", "2 rue de la Paix"], "44600",
            "SAINT-NAZAIRE"),
  people=[P("Nathalie", "GUÉRIN", "responsable du service", "Mme"),
          P("Élodie", "MAHÉ", "conseillère en économie sociale et familiale", "Mme",
            phones=["+33261914462 voice"])],
  hours=[H("TU", "09:00", "12:00"), H("TH", "14:00", "17:00", appt=True)],
  updated="2022-09-15", source="https://www.saintnazaire.example.fr/ccas/pas",
  keywords=["précarité", "domiciliation", "Saint-Nazaire"])

# ---------------------------------------------------------------------------
# g03: ISO-8859-1.
F("g03.md", enc="iso-8859-1")
E(r"""
# Comité Départemental d'Éducation pour la Santé de la Haute-Marne

## Coordonnées

CODES 52$$
Maison des Associations$$
15 place de l'Hôtel de Ville$$
52000 CHAUMONT$$
Téléphone : 03 53 01 52 00$$
Télécopieur : 03 53 01 52 09$$
Courriel : [codes52@example.fr](mailto:codes52@example.fr)$$
Site internet : [codes52.example.fr](http://codes52.example.fr)

## Horaires d'ouverture

Ouvert du lundi au vendredi de 9 h 00 à 12 h 00 et de 14 h 00 à 18 h 00.

## Personnes responsables

Président : Monsieur Jean-Marc HUMBERT$$
Directrice : Madame Valérie COLLIN, 03 53 01 52 01

## Personnes contact

Chargée de projets : Mme Aurélie THIERY, aurelie.thiery@codes52.example.fr

""" + T("plain",
        "Association loi 1901 affiliée à la fédération régionale de promotion de la santé.",
        "Professionnels de l'éducation, du social et de la santé, élus, habitants.",
        "Le comité développe l'éducation pour la santé dans le département.",
        ["centre de documentation ;", "formation ;", "conseil méthodologique."],
        "**Mise à jour :** 2022",
        "**Source de mise à jour :** <http://codes52.example.fr/le-comite>",
        "**Mots-clés :**\n\n- promotion de la santé\n- éducation\n- Haute-Marne"),
  org="Comité Départemental d'Éducation pour la Santé de la Haute-Marne",
  phones=["+33353015200 voice", "+33353015209 fax"],
  emails=["codes52@example.fr"],
  urls=["http://codes52.example.fr"],
  address=A(["Maison des Associations", "15 place de l'Hôtel de Ville"], "52000", "CHAUMONT"),
  people=[P("Jean-Marc", "HUMBERT", "Président", "M."),
          P("Valérie", "COLLIN", "Directrice", "Mme", phones=["+33353015201 voice"]),
          P("Aurélie", "THIERY", "Chargée de projets", "Mme",
            emails=["aurelie.thiery@codes52.example.fr"])],
  hours=[H("MO-FR", "09:00", "12:00"), H("MO-FR", "14:00", "18:00")],
  updated="2022", source="http://codes52.example.fr/le-comite",
  keywords=["promotion de la santé", "éducation", "Haute-Marne"])

E(r"""
# Bibliothèque Sonore de Montauban

Bibliothèque Sonore de Montauban$$
Espace Mandoune, salle 3$$
12 rue de l'Égalité$$
82000 MONTAUBAN$$
Téléphone : 05 36 49 82 00$$
<bibliosonore82@example.org>

## Horaires d'ouverture

Tous les jours de 10h à 12h, sauf le dimanche.

## Personnes responsables

M. Gérard FAURÉ, président$$
Mme Odile CAUSSE, trésorière, 05 36 49 82 01

## Personnes contact

Bénévole : M. Henri DELMAS

""" + T("plain",
        "Association loi 1901 membre de l'Association des Donneurs de Voix.",
        "Personnes aveugles, malvoyantes ou empêchées de lire.",
        "La bibliothèque prête gratuitement des livres enregistrés par des bénévoles.",
        ["prêt de livres audio ;", "envoi postal gratuit ;", "lectures publiques."],
        "## Mise à jour\n\n03/2023",
        "**Source de mise à jour :** <https://bibliosonore82.example.org/accueil>",
        "**Mots-clés :** lecture ; handicap visuel ; Montauban"),
  org="Bibliothèque Sonore de Montauban",
  phones=["+33536498200 voice"],
  emails=["bibliosonore82@example.org"],
  address=A(["Espace Mandoune, salle 3", "12 rue de l'Égalité"], "82000", "MONTAUBAN"),
  people=[P("Gérard", "FAURÉ", "président", "M."),
          P("Odile", "CAUSSE", "trésorière", "Mme", phones=["+33536498201 voice"]),
          P("Henri", "DELMAS", "Bénévole", "M.")],
  hours=[H("MO-SA", "10:00", "12:00")],
  updated="2023-03", source="https://bibliosonore82.example.org/accueil",
  keywords=["lecture", "handicap visuel", "Montauban"])

E(r"""
# Foyer de Jeunes Travailleurs Les Acacias - Angoulême

## Personnes responsables

Mme Corinne BARBOT, directrice, Tél. 05 36 49 16 01, Portable 06 39 98 16 02

## Horaires d'ouverture

Lundi : 14h-19h$$
Du mardi au vendredi : 9h-12h et 14h-19h$$
Samedi : 10h-12h

## Coordonnées

FJT Les Acacias$$
3 allée des Acacias$$
BP 1205$$
16007 Angoulême Cedex$$
Tél. : 05 36 49 16 00$$
Fax. : 05 36 49 16 09$$
E-mail : <fjt.acacias@example.fr>$$
Site : www.fjt-acacias.example.fr

## Personnes contact

- M. Karim ZIANI, animateur socio-éducatif
  Tél. 05 36 49 16 05

""" + T("plain",
        "Association gestionnaire agréée résidence sociale.",
        "Jeunes de 16 à 30 ans en formation, en emploi ou en recherche d'emploi.",
        "Le foyer loue des logements meublés et accompagne les résidents.",
        ["logement temporaire ;", "restauration ;", "accompagnement socio-éducatif."],
        "**Mise à jour :** 8 juillet 2021",
        "**Source de mise à jour :** <http://www.fjt-acacias.example.fr/le-foyer>",
        "**Mots-clés :** logement, jeunes, Charente"),
  org="Foyer de Jeunes Travailleurs Les Acacias",
  phones=["+33536491600 voice", "+33536491609 fax"],
  emails=["fjt.acacias@example.fr"],
  urls=["http://www.fjt-acacias.example.fr"],
  address=A(["3 allée des Acacias", "BP 1205"], "16007", "Angoulême Cedex"),
  people=[P("Corinne", "BARBOT", "directrice", "Mme",
            phones=["+33536491601 voice", "+33639981602 cell"]),
          P("Karim", "ZIANI", "animateur socio-éducatif", "M.",
            phones=["+33536491605 voice"])],
  hours=[H("MO", "14:00", "19:00"), H("TU-FR", "09:00", "12:00"),
         H("TU-FR", "14:00", "19:00"), H("SA", "10:00", "12:00")],
  updated="2021-07-08", source="http://www.fjt-acacias.example.fr/le-foyer",
  keywords=["logement", "jeunes", "Charente"])

E(r"""
# Centre de Planification et d'Éducation Familiale de Vesoul

## Coordonnées

Centre de Planification et d'Éducation Familiale$$
Centre hospitalier, bâtiment Pasteur$$
2 rue Heymès$$
70014 VESOUL CEDEX$$
Tél. : [03 53 01 70 14](tel:+33353017014)$$
Fax. : 03 53 01 70 19$$
<cpef.vesoul@example.fr>

## Horaires d'ouverture

| Jour | Horaires |
|---|---|
| Lundi | 13h30 - 18h |
| Mercredi | 9h - 12h |
| Mercredi | 13h30 - 18h |
| Vendredi | 9h - 12h |

Consultations médicales sur rendez-vous.

## Personnes responsables

Dr Isabelle VUILLEMIN, gynécologue

## Personnes contact

Conseillère conjugale : Mme Christelle GIRARDOT

""" + T("plain",
        "Service du centre hospitalier agréé par le Département.",
        "Adolescents, jeunes adultes, femmes et couples.",
        "Le centre assure consultations de contraception, dépistages et entretiens.",
        ["contraception ;", "dépistage des infections sexuellement transmissibles ;",
         "entretiens de conseil conjugal."],
        "**Mise à jour :** 26/05/2022",
        "**Source de mise à jour :** <https://www.ch-vesoul.example.fr/cpef>",
        "**Mots-clés :** contraception, planification familiale, Haute-Saône"),
  org="Centre de Planification et d'Éducation Familiale de Vesoul",
  phones=["+33353017014 voice", "+33353017019 fax"],
  emails=["cpef.vesoul@example.fr"],
  address=A(["Centre hospitalier, bâtiment Pasteur", "2 rue Heymès"], "70014",
            "VESOUL CEDEX"),
  people=[P("Isabelle", "VUILLEMIN", "gynécologue", "Dr"),
          P("Christelle", "GIRARDOT", "Conseillère conjugale", "Mme")],
  hours=[H("MO", "13:30", "18:00"), H("WE", "09:00", "12:00"),
         H("WE", "13:30", "18:00"), H("FR", "09:00", "12:00")],
  updated="2022-05-26", source="https://www.ch-vesoul.example.fr/cpef",
  keywords=["contraception", "planification familiale", "Haute-Saône"])

# ---------------------------------------------------------------------------
# g04: UTF-16LE with BOM.
F("g04.md", enc="utf-16le-bom")
E(r"""
# Association Tutélaire du Gard — ATG

ATG$$
ASSOCIATION TUTÉLAIRE DU GARD$$
Le Colisée, bâtiment B$$
180 rue de Saint-Gilles$$
CS 50021$$
30911 NÎMES CEDEX 2$$
FRANCE$$
Tél. : 04 65 71 30 00$$
Fax. : 04 65 71 30 09$$
<accueil@atg30.example.fr>$$
https://atg30.example.fr

## Horaires d'ouverture

Du lundi au vendredi : 8h30 à 12h — 13h30 à 17h$$
Fermé le vendredi après-midi en juillet et en août.

## Personnes responsables

- M. Laurent ESPINASSE, directeur général
  Tél. 04 65 71 30 01
- Mme Martine CHABAUD, cheffe de service
  <m.chabaud@atg30.example.fr>

## Personnes contact

[Écrire au service](#)

""" + T("plain",
        "Association loi 1901 habilitée par le préfet comme service mandataire judiciaire.",
        "Majeurs protégés du Gard, familles, juges des contentieux de la protection.",
        "L'association exerce des mesures de protection juridique des majeurs.",
        ["tutelles et curatelles ;", "information des tuteurs familiaux ;",
         "accompagnement social."],
        "**Mise à jour :** 1er décembre 2022",
        "**Source de mise à jour :** <https://atg30.example.fr/association>",
        "**Mots-clés :** tutelle, curatelle, Gard"),
  org="Association Tutélaire du Gard",
  phones=["+33465713000 voice", "+33465713009 fax"],
  emails=["accueil@atg30.example.fr"],
  urls=["https://atg30.example.fr"],
  address=A(["Le Colisée, bâtiment B", "180 rue de Saint-Gilles", "CS 50021"], "30911",
            "NÎMES CEDEX 2"),
  people=[P("Laurent", "ESPINASSE", "directeur général", "M.",
            phones=["+33465713001 voice"]),
          P("Martine", "CHABAUD", "cheffe de service", "Mme",
            emails=["m.chabaud@atg30.example.fr"])],
  hours=[H("MO-FR", "08:30", "12:00"), H("MO-FR", "13:30", "17:00")],
  closures=["Fermé le vendredi après-midi en juillet et en août"],
  updated="2022-12-01", source="https://atg30.example.fr/association",
  keywords=["tutelle", "curatelle", "Gard"])

E(r"""
# Accueil de Jour pour Personnes Sans Abri La Halte

## Horaires d'ouverture

- Lundi au vendredi : 8h - 13h
- Samedi et dimanche : 9h - 12h

## Coordonnées

La Halte$$
8 quai de la Fosse$$
44000 NANTES$$
Tél. : [02 61 91 44 00](tel:+33261914400)$$
<lahalte@example.org>

## Personnes responsables

Coordinateur : M. Samuel NDIAYE, Tél. 02 61 91 44 01, Portable 07 39 98 44 02

## Personnes contact

Mme Julie BERTHO, infirmière

""" + T("plain",
        "Service de l'association Solidarités Loire, financé par l'État.",
        "Personnes sans abri ou mal logées, sans condition.",
        "L'accueil de jour offre un café, des douches, une laverie et un accompagnement.",
        ["petit-déjeuner ;", "douches et laverie ;", "permanences de santé."],
        "## Mise à jour\n\n5 avril 2024",
        "**Source de mise à jour :** <https://solidarites-loire.example.org/la-halte>",
        "**Mots-clés :**\n\n- sans-abri\n- accueil de jour\n- Nantes"),
  org="Accueil de Jour pour Personnes Sans Abri La Halte",
  phones=["+33261914400 voice"],
  emails=["lahalte@example.org"],
  address=A(["8 quai de la Fosse"], "44000", "NANTES"),
  people=[P("Samuel", "NDIAYE", "Coordinateur", "M.",
            phones=["+33261914401 voice", "+33739984402 cell"]),
          P("Julie", "BERTHO", "infirmière", "Mme")],
  hours=[H("MO-FR", "08:00", "13:00"), H("SA-SU", "09:00", "12:00")],
  updated="2024-04-05", source="https://solidarites-loire.example.org/la-halte",
  keywords=["sans-abri", "accueil de jour", "Nantes"])

E(r"""
# Centre Local d'Information et de Coordination gérontologique – CLIC du Ségala

## Coordonnées

CLIC du Ségala$$
Maison des services publics$$
Place du Foirail$$
12160 BARAQUEVILLE$$
Tél. : 05 36 49 12 16$$
Fax. : 05 36 49 12 19$$
E-mail : <clic.segala@example.fr>$$
Site : http://clic-segala.example.fr/

## Horaires d'ouverture

| Jour | Matin | Après-midi |
|---|---|---|
| Mardi | 9h - 12h | 14h - 17h |
| Jeudi | 9h - 12h | 14h - 17h |

Visites à domicile sur rendez-vous.

## Personnes responsables

| Nom | Fonction | Téléphone |
|---|---|---|
| Mme Patricia VIGUIÉ | coordinatrice | 05 36 49 12 17 |

## Personnes contact

Mme Laure CALMELS, assistante administrative

""" + T("plain",
        "Service du syndicat intercommunal du Ségala, labellisé par le Département.",
        "Personnes âgées de 60 ans et plus, leur entourage, professionnels.",
        "Le CLIC informe, évalue les besoins et coordonne les aides à domicile.",
        ["information sur les aides ;", "évaluation à domicile ;",
         "actions de prévention."],
        "**Mise à jour :** 14/03/2023",
        "**Source de mise à jour :** <http://clic-segala.example.fr/presentation>",
        "**Mots-clés :** personnes âgées ; maintien à domicile ; Aveyron"),
  org="Centre Local d'Information et de Coordination gérontologique",
  phones=["+33536491216 voice", "+33536491219 fax"],
  emails=["clic.segala@example.fr"],
  urls=["http://clic-segala.example.fr/"],
  address=A(["Maison des services publics", "Place du Foirail"], "12160", "BARAQUEVILLE"),
  people=[P("Patricia", "VIGUIÉ", "coordinatrice", "Mme",
            phones=["+33536491217 voice"]),
          P("Laure", "CALMELS", "assistante administrative", "Mme")],
  hours=[H("TU", "09:00", "12:00"), H("TU", "14:00", "17:00"),
         H("TH", "09:00", "12:00"), H("TH", "14:00", "17:00")],
  updated="2023-03-14", source="http://clic-segala.example.fr/presentation",
  keywords=["personnes âgées", "maintien à domicile", "Aveyron"])

E(r"""
# Halte-Garderie Les Petits Loups

## Coordonnées

Halte-Garderie Les Petits Loups$$
Centre social de la Croix-Rouge$$
7 avenue Salvador-Allende$$
76000 ROUEN$$
Tél. : 02 61 91 76 00$$
Portable : 06 39 98 76 01$$
E-mail : <petitsloups@example.org>$$
Site : petitsloups.example.org

## Horaires d'ouverture

Lundi, mardi, jeudi : 8h30 à 12h — 13h30 à 17h30$$
Mercredi : 8h30 à 12h

## Personnes responsables

Directrice : Mme Sylvie LECOQ, Tél. 02 61 91 76 02

## Personnes contact

- Mme Amandine FLEURY, éducatrice de jeunes enfants
  <a.fleury@petitsloups.example.org>

""" + T("plain",
        "Établissement d'accueil du jeune enfant géré par une association de parents.",
        "Enfants de 3 mois à 4 ans et leurs parents.",
        "La halte-garderie accueille les enfants de façon occasionnelle.",
        ["accueil occasionnel ;", "ateliers d'éveil ;", "soutien à la parentalité."],
        "**Mise à jour :** novembre 2023",
        "**Source de mise à jour :** <https://petitsloups.example.org/la-halte>",
        "**Mots-clés :** petite enfance, garde d'enfants, Rouen."),
  org="Halte-Garderie Les Petits Loups",
  phones=["+33261917600 voice", "+33639987601 cell"],
  emails=["petitsloups@example.org"],
  urls=["http://petitsloups.example.org"],
  address=A(["Centre social de la Croix-Rouge", "7 avenue Salvador-Allende"], "76000", "ROUEN"),
  people=[P("Sylvie", "LECOQ", "Directrice", "Mme", phones=["+33261917602 voice"]),
          P("Amandine", "FLEURY", "éducatrice de jeunes enfants", "Mme",
            emails=["a.fleury@petitsloups.example.org"])],
  hours=[H("MO,TU,TH", "08:30", "12:00"), H("MO,TU,TH", "13:30", "17:30"),
         H("WE", "08:30", "12:00")],
  updated="2023-11", source="https://petitsloups.example.org/la-halte",
  keywords=["petite enfance", "garde d'enfants", "Rouen"])

# ---------------------------------------------------------------------------
# g05: UTF-8 with BOM, NFD, leading blank lines, no final newline.
F("g05.md", enc="utf-8-bom", nfd=True, lead="\n", trail="")
E(r"""
# Service de Soins Infirmiers à Domicile du Pays de Morlaix

## Horaires d'ouverture

Accueil du lundi au vendredi de 8h à midi et de 14h à 17h.$$
Soins assurés 7j/7.

## Coordonnées

SSIAD du Pays de Morlaix$$
Zone de Kerivin$$
29600 SAINT-MARTIN-DES-CHAMPS$$
Tél. : 02 61 91 29 60$$
Fax. : 02 61 91 29 69$$
<ssiad.morlaix@example.fr>

## Personnes responsables

Infirmière coordinatrice : Mme Anne-Sophie LE GALL, Tél. 02 61 91 29 61, Portable 06 39 98 29 62

## Personnes contact

Secrétaire : Mme Rozenn QUÉRÉ

""" + T("plain",
        "Service médico-social géré par une association d'aide à domicile.",
        "Personnes âgées ou handicapées du Pays de Morlaix, sur prescription médicale.",
        "Le SSIAD assure les soins infirmiers et d'hygiène à domicile.",
        ["soins d'hygiène ;", "soins techniques ;", "coordination avec les libéraux."],
        "## Mise à jour\n\n23/08/2023",
        "**Source de mise à jour :** <https://ssiad-morlaix.example.fr/service>",
        "**Mots-clés :** soins à domicile, personnes âgées, Finistère"),
  org="Service de Soins Infirmiers à Domicile du Pays de Morlaix",
  phones=["+33261912960 voice", "+33261912969 fax"],
  emails=["ssiad.morlaix@example.fr"],
  address=A(["Zone de Kerivin"], "29600", "SAINT-MARTIN-DES-CHAMPS"),
  people=[P("Anne-Sophie", "LE GALL", "Infirmière coordinatrice", "Mme",
            phones=["+33261912961 voice", "+33639982962 cell"]),
          P("Rozenn", "QUÉRÉ", "Secrétaire", "Mme")],
  hours=[H("MO-FR", "08:00", "12:00"), H("MO-FR", "14:00", "17:00")],
  updated="2023-08-23", source="https://ssiad-morlaix.example.fr/service",
  keywords=["soins à domicile", "personnes âgées", "Finistère"])

E(r"""
# Groupe d'Entraide Mutuelle L'Escale

GEM L'Escale$$
Adresse postale : 11 rue Émile-Zola$$
42000 SAINT-ÉTIENNE$$
Tél. : 04 65 71 42 00$$
Portable : 06 39 98 42 01$$
E-mail : <gem.escale@example.org>$$
Site : https://gem-escale.example.org/

## Horaires d'ouverture

| Jour | Horaires |
|---|---|
| Lundi | 13h30 - 18h |
| Mardi | 13h30 - 18h |
| Jeudi | 10h - 12h / 13h30 - 18h |
| Samedi | 14h - 17h |

## Personnes responsables

Président : M. Alexis CHAMBON

## Personnes contact

- Mme Fatima BOUZID, animatrice
  Tél. 06 39 98 42 02

""" + T("plain",
        "Association d'usagers en santé mentale parrainée par l'UNAFAM.",
        "Adultes en souffrance psychique, isolés.",
        "Le GEM est un lieu d'entraide, d'activités et de convivialité.",
        ["ateliers créatifs ;", "sorties ;", "groupes de parole."],
        "**Mise à jour :** 6 mars 2024",
        "**Source de mise à jour :** <https://gem-escale.example.org/le-gem>",
        "**Mots-clés :**\n\n- santé mentale\n- entraide\n- Loire"),
  org="Groupe d'Entraide Mutuelle L'Escale",
  phones=["+33465714200 voice", "+33639984201 cell"],
  emails=["gem.escale@example.org"],
  urls=["https://gem-escale.example.org/"],
  address=A(["11 rue Émile-Zola"], "42000", "SAINT-ÉTIENNE"),
  people=[P("Alexis", "CHAMBON", "Président", "M."),
          P("Fatima", "BOUZID", "animatrice", "Mme", phones=["+33639984202 cell"])],
  hours=[H("MO", "13:30", "18:00"), H("TU", "13:30", "18:00"), H("TH", "10:00", "12:00"),
         H("TH", "13:30", "18:00"), H("SA", "14:00", "17:00")],
  updated="2024-03-06", source="https://gem-escale.example.org/le-gem",
  keywords=["santé mentale", "entraide", "Loire"])

E(r"""
# Maison Départementale des Personnes Handicapées de la Lozère - MDPH 48

## Personnes responsables

M. Jérôme BOISSONADE, directeur$$
Dr Claire ROUVIÈRE, médecin coordonnateur

## Coordonnées

MDPH de la Lozère$$
Immeuble Le Torrent$$
4 rue de la Rovère$$
BP 80111$$
48005 MENDE Cedex$$
Tél. : [04 65 71 48 00](tel:+33465714800)$$
N° Vert : 0 800 48 48 48$$
Fax. : 04 65 71 48 09$$
<mdph48@example.fr>$$
http://www.mdph48.example.fr

## Horaires d'ouverture

Du lundi au jeudi : 8h30 à 12h — 13h30 à 17h$$
Vendredi : 8h30 à 12h — 13h30 à 16h

## Personnes contact

Référente insertion professionnelle : Mme Lucie PAGÈS, 04 65 71 48 05

""" + T("plain",
        "Groupement d'intérêt public placé sous la tutelle du Département.",
        "Personnes handicapées de tout âge et leurs familles.",
        "La MDPH accueille, informe et instruit les demandes de droits et prestations.",
        ["accueil et information ;", "évaluation des besoins ;",
         "commission des droits et de l'autonomie."],
        "**Mise à jour :** 2 octobre 2023",
        "**Source de mise à jour :** <http://www.mdph48.example.fr/la-mdph>",
        "**Mots-clés :** handicap ; droits ; Lozère"),
  org="Maison Départementale des Personnes Handicapées de la Lozère",
  phones=["+33465714800 voice", "+33800484848 tollfree", "+33465714809 fax"],
  emails=["mdph48@example.fr"],
  urls=["http://www.mdph48.example.fr"],
  address=A(["Immeuble Le Torrent", "4 rue de la Rovère", "BP 80111"], "48005",
            "MENDE Cedex"),
  people=[P("Jérôme", "BOISSONADE", "directeur", "M."),
          P("Claire", "ROUVIÈRE", "médecin coordonnateur", "Dr"),
          P("Lucie", "PAGÈS", "Référente insertion professionnelle", "Mme",
            phones=["+33465714805 voice"])],
  hours=[H("MO-TH", "08:30", "12:00"), H("MO-TH", "13:30", "17:00"),
         H("FR", "08:30", "12:00"), H("FR", "13:30", "16:00")],
  updated="2023-10-02", source="http://www.mdph48.example.fr/la-mdph",
  keywords=["handicap", "droits", "Lozère"])

E(r"""
# Centre Communal d'Action Sociale de Lannion

## Coordonnées

CENTRE COMMUNAL D'ACTION SOCIALE$$
Hôtel de Ville$$
Place du Général-Leclerc$$
CS 10846$$
22308 LANNION CEDEX$$
Tél. standard : 02 61 91 22 30$$
Fax. : 02 61 91 22 39$$
E-mail : <ccas@lannion.example.fr>$$
<https://www.lannion.example.fr/ccas>

## Horaires d'ouverture

- Lundi : 8h30 - 12h / 13h30 - 17h30
- Mardi : 13h30 - 17h30
- Mercredi : 8h30 - 12h / 13h30 - 17h30
- Jeudi : 8h30 - 12h
- Vendredi : 8h30 - 12h / 13h30 - 16h30

## Personnes responsables

Vice-président : M. Erwan LE FLOCH

## Personnes contact

| Nom | Fonction | Téléphone |
|---|---|---|
| Mme Soizic RIOU | responsable du pôle social | 02 61 91 22 31 |
| M. Yves CORRE | agent d'accueil | |

""" + T("plain",
        "Établissement public administratif communal.",
        "Habitants de Lannion, personnes âgées, familles, personnes en difficulté.",
        "Le CCAS anime l'action sociale de la commune.",
        ["aides facultatives ;", "domiciliation ;", "portage de repas."],
        "## Mise à jour\n\n1er février 2024",
        "**Source de mise à jour :** <https://www.lannion.example.fr/ccas/presentation>",
        "**Mots-clés :** action sociale, CCAS, Côtes-d'Armor."),
  org="Centre Communal d'Action Sociale de Lannion",
  phones=["+33261912230 voice", "+33261912239 fax"],
  emails=["ccas@lannion.example.fr"],
  urls=["https://www.lannion.example.fr/ccas"],
  address=A(["Hôtel de Ville", "Place du Général-Leclerc", "CS 10846"], "22308",
            "LANNION CEDEX"),
  people=[P("Erwan", "LE FLOCH", "Vice-président", "M."),
          P("Soizic", "RIOU", "responsable du pôle social", "Mme",
            phones=["+33261912231 voice"]),
          P("Yves", "CORRE", "agent d'accueil", "M.")],
  hours=[H("MO", "08:30", "12:00"), H("MO", "13:30", "17:30"),
         H("TU", "13:30", "17:30"),
         H("WE", "08:30", "12:00"), H("WE", "13:30", "17:30"),
         H("TH", "08:30", "12:00"),
         H("FR", "08:30", "12:00"), H("FR", "13:30", "16:30")],
  updated="2024-02-01", source="https://www.lannion.example.fr/ccas/presentation",
  keywords=["action sociale", "CCAS", "Côtes-d'Armor"])


if __name__ == "__main__":
    main(os.path.dirname(os.path.abspath(__file__)))

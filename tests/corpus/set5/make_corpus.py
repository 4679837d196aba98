#!/usr/bin/env python3
"""Regenerate the fifth corpus: f01.md .. f05.md and expected.json (this folder).

Entries written for tests/corpus5 after the extractors had been tuned on tests/corpus ..
tests/corpus4 (same schema, normalisation rules, rendering and checks, from
tests/corpus_lib.py): titles without a dash or with " — "; a sigle line and the
organisation name in capitals; "Adresse postale :" / "Adresse :" labels; "Tél. standard",
"Tél. secrétariat", "Tél. accueil", "Permanence téléphonique"; two e-mails on two
lines; sites without "www" or with a final slash; "(France métropolitaine)"; people
with only a family name ("Mme MARTIN, directrice"), "Dr." / "Pr." with a dot, a title
before the civility, bullets with the phone or e-mail on the next line; one line per
day of hours, "Du lundi au jeudi de 9h à 17h, le vendredi jusqu'à 16h", "Accueil
téléphonique et physique :", "Accueil 24h/24"; "1er septembre 2020", "septembre 2020",
"7 févr. 2022"; keywords ending in a full stop.

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
# f01: UTF-8, LF.
F("f01.md")
E(r"""
# Association Nationale de Prévention en Alcoologie et Addictologie du Nord

## **Coordonnées**

ANPAA 59$$
ASSOCIATION NATIONALE DE PRÉVENTION EN ALCOOLOGIE ET ADDICTOLOGIE$$
Adresse postale : 17 rue Gosselet$$
59000 LILLE$$
Tél. standard : 03 53 01 70 00$$
Tél. secrétariat : 03 53 01 70 01$$
E-mail : accueil@anpaa59.example.fr$$
direction@anpaa59.example.fr$$
Site : https://anpaa59.example.fr/

## **Horaires d'ouverture et accueil du public :**

Lundi : 9h-12h / 14h-17h$$
Mardi : 9h-12h / 14h-17h$$
Mercredi : 9h-12h$$
Jeudi : 9h-12h / 14h-17h$$
Vendredi : 9h-12h / 14h-16h

## **Personnes responsables**

Directeur : M. Paul LEROY

## **Personnes contact :**

- Mme MARTIN, chargée de prévention$$
  06 39 98 70 12

""" + T("bold",
        "Association loi 1901 reconnue d'utilité publique, comité départemental du Nord.",
        "Personnes en difficulté avec l'alcool ou d'autres produits, entourage, professionnels.",
        "L'ANPAA 59 mène des actions de prévention et assure des consultations.",
        ["interventions en milieu scolaire ;", "formation des professionnels ;",
         "consultations d'addictologie."],
        "**Mise à jour :** 1er septembre 2020",
        "**Source de mise à jour :** <https://anpaa59.example.fr/qui-sommes-nous>",
        "**Mots-clés :** alcool, addictions, prévention, Nord."),
  org="Association Nationale de Prévention en Alcoologie et Addictologie du Nord",
  phones=["+33353017000 voice", "+33353017001 voice"],
  emails=["accueil@anpaa59.example.fr", "direction@anpaa59.example.fr"],
  urls=["https://anpaa59.example.fr/"],
  address=A(["17 rue Gosselet"], "59000", "LILLE"),
  people=[P("Paul", "LEROY", "Directeur", "M."),
          P("", "MARTIN", "chargée de prévention", "Mme",
            phones=["+33639987012 cell"])],
  hours=[H("MO", "09:00", "12:00"), H("MO", "14:00", "17:00"),
         H("TU", "09:00", "12:00"), H("TU", "14:00", "17:00"),
         H("WE", "09:00", "12:00"),
         H("TH", "09:00", "12:00"), H("TH", "14:00", "17:00"),
         H("FR", "09:00", "12:00"), H("FR", "14:00", "16:00")],
  updated="2020-09-01", source="https://anpaa59.example.fr/qui-sommes-nous",
  keywords=["alcool", "addictions", "prévention", "Nord"])

E(r"""
# Centre d'Information sur les Droits des Femmes et des Familles — CIDFF de la Sarthe

## Coordonnées

CIDFF de la Sarthe$$
Adresse : 5 place des Comtes du Maine$$
72000 Le Mans (France métropolitaine)$$
Permanence téléphonique : 02 61 91 72 10$$
Fax : 02 61 91 72 19$$
Courriel : cidff72@example.org$$
Site : cidff72.example.org

## Horaires d'ouverture

Accueil téléphonique et physique : du lundi au vendredi de 9h à 12h30 et de 13h30 à 17h30.$$
Fermé les jours fériés.

## Personne responsable

Présidente : Mme Colette BRUNET

## Contacts

Mme GARNIER, juriste, 02 61 91 72 12$$
M. Hugo PERRIN, conseiller emploi

""" + T("plain",
        "Association loi 1901 agréée par l'État, membre du réseau national des CIDFF.",
        "Femmes et familles, victimes de violences, personnes en recherche d'emploi.",
        "Le CIDFF informe gratuitement sur le droit de la famille, le droit du travail et l'emploi.",
        ["permanences juridiques ;", "accompagnement des victimes ;",
         "ateliers d'insertion professionnelle."],
        "**Mise à jour :** septembre 2020",
        "**Source de mise à jour :** <http://cidff72.example.org/contact>",
        "**Mots-clés :** droits des femmes ; famille ; violences ; emploi."),
  org="Centre d'Information sur les Droits des Femmes et des Familles",
  phones=["+33261917210 voice", "+33261917219 fax"],
  emails=["cidff72@example.org"],
  urls=["http://cidff72.example.org"],
  address=A(["5 place des Comtes du Maine"], "72000", "Le Mans"),
  people=[P("Colette", "BRUNET", "Présidente", "Mme"),
          P("", "GARNIER", "juriste", "Mme", phones=["+33261917212 voice"]),
          P("Hugo", "PERRIN", "conseiller emploi", "M.")],
  hours=[H("MO-FR", "09:00", "12:30"), H("MO-FR", "13:30", "17:30")],
  closures=["Fermé les jours fériés"],
  updated="2020-09", source="http://cidff72.example.org/contact",
  keywords=["droits des femmes", "famille", "violences", "emploi"])

E(r"""
# Service d'Accueil de Jour - SAJ Les Tilleuls

## **Coordonnées :**

SAJ LES TILLEULS$$
Adresse : 8 allée des Tilleuls$$
Bâtiment A - 2e étage$$
21000 DIJON$$
Tél. : 03 53 01 21 40$$
Tél. secrétariat : 03 53 01 21 41$$
saj.tilleuls@example.fr$$
Site internet : https://www.saj-tilleuls.example.fr/

## **Horaires d'ouverture et accueil du public :**

Du lundi au jeudi de 9h à 17h, le vendredi jusqu'à 16h.

## **Personnes responsables**

Dr. Marc VIDAL, médecin coordinateur$$
Mme Isabelle FONTAINE, cheffe de service

## **Personnes contact :**

Éducatrice spécialisée : Mme Laura MEUNIER, laura.meunier@example.fr

""" + T("bold",
        "Service médico-social géré par l'association Les Papillons Blancs de Côte-d'Or.",
        "Adultes en situation de handicap mental vivant à domicile ou en foyer.",
        "Le SAJ propose des activités éducatives, sportives et culturelles en journée.",
        ["ateliers créatifs ;", "sorties culturelles ;", "activités physiques adaptées."],
        "**Mise à jour :** 12 janvier 2024",
        "**Source de mise à jour :** <https://www.saj-tilleuls.example.fr/le-service>",
        "**Mots-clés :** handicap, accueil de jour, Dijon"),
  org="Service d'Accueil de Jour",
  phones=["+33353012140 voice", "+33353012141 voice"],
  emails=["saj.tilleuls@example.fr"],
  urls=["https://www.saj-tilleuls.example.fr/"],
  address=A(["8 allée des Tilleuls", "Bâtiment A - 2e étage"], "21000", "DIJON"),
  people=[P("Marc", "VIDAL", "médecin coordinateur", "Dr"),
          P("Isabelle", "FONTAINE", "cheffe de service", "Mme"),
          P("Laura", "MEUNIER", "Éducatrice spécialisée", "Mme",
            emails=["laura.meunier@example.fr"])],
  hours=[H("MO-TH", "09:00", "17:00"), H("FR", "09:00", "16:00")],
  updated="2024-01-12", source="https://www.saj-tilleuls.example.fr/le-service",
  keywords=["handicap", "accueil de jour", "Dijon"])

E(r"""
# Centre d'Hébergement d'Urgence La Passerelle

## Coordonnées

Adresse : 41 quai de la Fosse$$
44000 NANTES$$
Tél. : 02 61 91 44 70$$
E-mail : lapasserelle@example.org

## Horaires

Accueil 24h/24, tous les jours.

## Responsable

Mme ROCHE, directrice

## Contacts

[Écrire à l'équipe](#)

""" + T("plain",
        "Centre d'hébergement géré par une association, financé par l'État.",
        "Personnes sans domicile, seules ou en famille.",
        "La Passerelle offre un hébergement d'urgence et un accompagnement social.",
        ["mise à l'abri ;", "repas et hygiène ;", "orientation vers le logement."],
        "**Mise à jour :** 03/05/2022",
        "**Source de mise à jour :** <https://www.lapasserelle.example.org/>",
        "**Mots-clés :** hébergement, urgence, précarité, Nantes."),
  org="Centre d'Hébergement d'Urgence La Passerelle",
  phones=["+33261914470 voice"],
  emails=["lapasserelle@example.org"],
  address=A(["41 quai de la Fosse"], "44000", "NANTES"),
  people=[P("", "ROCHE", "directrice", "Mme")],
  hours=[H("MO-SU", "00:00", "24:00")],
  updated="2022-05-03", source="https://www.lapasserelle.example.org/",
  keywords=["hébergement", "urgence", "précarité", "Nantes"])

# ---------------------------------------------------------------------------
# f02: Windows-1252, CRLF.
F("f02.md", enc="windows-1252", eol="CRLF")
E(r"""
# Mission Locale du Pays d’Arles

## **Coordonnées**

MISSION LOCALE DU PAYS D’ARLES$$
Adresse postale : BP 20117$$
Adresse : 2 rue Émile-Fassin$$
13200 ARLES$$
Tél. standard : 04 65 71 13 20$$
Tél. secrétariat : 04 65 71 13 21$$
Courriel : contact@ml-arles.example.fr$$
Site : ml-arles.example.fr

## **Horaires d'ouverture et accueil du public :**

Du lundi au vendredi de 8h30 à 12h et de 13h30 à 17h.$$
Fermé le jeudi matin.

## **Personnes responsables**

Directrice : Mme Nadia BENALI$$
Président : M. Gérard ROUX

## **Personnes contact :**

- Conseillère référente : Mme Julie SANCHEZ$$
  04 65 71 13 25

""" + T("bold",
        "Association loi 1901 du service public de l’emploi.",
        "Jeunes de 16 à 25 ans sortis du système scolaire.",
        "La Mission Locale accompagne les jeunes vers l’emploi, la formation et l’autonomie.",
        ["contrat d’engagement jeune ;", "aide au logement ;", "santé et mobilité."],
        "**Mise à jour :** 1er mars 2021",
        "**Source de mise à jour :** <https://ml-arles.example.fr/equipe>",
        "**Mots-clés :** insertion ; jeunes ; emploi ; formation."),
  org="Mission Locale du Pays d’Arles",
  phones=["+33465711320 voice", "+33465711321 voice"],
  emails=["contact@ml-arles.example.fr"],
  urls=["http://ml-arles.example.fr"],
  address=A(["BP 20117", "2 rue Émile-Fassin"], "13200", "ARLES"),
  people=[P("Nadia", "BENALI", "Directrice", "Mme"),
          P("Gérard", "ROUX", "Président", "M."),
          P("Julie", "SANCHEZ", "Conseillère référente", "Mme",
            phones=["+33465711325 voice"])],
  hours=[H("MO-FR", "08:30", "12:00"), H("MO-FR", "13:30", "17:00")],
  closures=["Fermé le jeudi matin"],
  updated="2021-03-01", source="https://ml-arles.example.fr/equipe",
  keywords=["insertion", "jeunes", "emploi", "formation"])

E(r"""
# Consultation Jeunes Consommateurs — Point Accueil Écoute Jeunes de Bayonne

## Coordonnées

Point Accueil Écoute Jeunes$$
Maison des Associations$$
11 allées Paulmy$$
64100 Bayonne$$
Permanence téléphonique : 05 35 52 64 00$$
Portable : 06 39 98 64 01$$
E-mail : paej.bayonne@example.fr$$
cjc.bayonne@example.fr$$
http://paej-bayonne.example.fr/

## Horaires d'ouverture

Lundi : 14h-18h$$
Mercredi : 10h-12h / 14h-19h$$
Samedi : 10h-13h

## Personnes responsables

Dr. Itziar ETCHEVERRY (psychiatre, responsable médicale)

## Personnes contact

- M. DUHALDE, éducateur spécialisé$$
  Tél. : 06 39 98 64 02$$
- Mme Maité LARRALDE, psychologue

""" + T("plain",
        "Dispositif porté par une association d’aide aux jeunes, financé par l’ARS.",
        "Jeunes de 11 à 25 ans et leurs parents.",
        "Le PAEJ écoute, conseille et oriente les jeunes sans condition.",
        ["entretiens gratuits et confidentiels ;", "consultations jeunes consommateurs ;",
         "groupes de parole pour les parents."],
        "**Mise à jour :** octobre 2022",
        "**Source de mise à jour :** <http://paej-bayonne.example.fr/equipe>",
        "**Mots-clefs :** jeunes, écoute, cannabis, écrans."),
  org="Consultation Jeunes Consommateurs",
  phones=["+33535526400 voice", "+33639986401 cell"],
  emails=["paej.bayonne@example.fr", "cjc.bayonne@example.fr"],
  urls=["http://paej-bayonne.example.fr/"],
  address=A(["Maison des Associations", "11 allées Paulmy"], "64100", "Bayonne"),
  people=[P("Itziar", "ETCHEVERRY", "psychiatre, responsable médicale", "Dr"),
          P("", "DUHALDE", "éducateur spécialisé", "M.", phones=["+33639986402 cell"]),
          P("Maité", "LARRALDE", "psychologue", "Mme")],
  hours=[H("MO", "14:00", "18:00"), H("WE", "10:00", "12:00"), H("WE", "14:00", "19:00"),
         H("SA", "10:00", "13:00")],
  updated="2022-10", source="http://paej-bayonne.example.fr/equipe",
  keywords=["jeunes", "écoute", "cannabis", "écrans"])

E(r"""
# UDAF de la Vienne - Union Départementale des Associations Familiales

## **Coordonnées**

UDAF 86$$
Adresse : 24 rue Carnot$$
CS 50012$$
86001 POITIERS CEDEX$$
Tél. : 05 35 52 86 00$$
Fax : 05 35 52 86 09$$
E-mail : udaf86@example.fr$$
Site : https://udaf86.example.fr/

## **Horaires d'ouverture et accueil du public :**

Du lundi au jeudi de 8h30 à 12h et de 13h30 à 17h30, le vendredi jusqu'à 16h30.

## **Personnes responsables**

Mme PETITJEAN, présidente$$
Directeur général : M. Olivier CHAUVIN

## **Personnes contact :**

Médiatrice familiale : Mme Chantal HUET, 05 35 52 86 20

""" + T("bold",
        "Institution familiale créée par ordonnance, reconnue d’utilité publique.",
        "Familles du département, personnes protégées.",
        "L’UDAF représente les familles et gère des services d’aide.",
        ["mesures de protection juridique ;", "médiation familiale ;",
         "point conseil budget."],
        "**Mise à jour :** 7 févr. 2022",
        "**Source de mise à jour :** <https://udaf86.example.fr/contact>",
        "**Mots-clés :** familles ; tutelle ; médiation."),
  org="UDAF de la Vienne",
  phones=["+33535528600 voice", "+33535528609 fax"],
  emails=["udaf86@example.fr"],
  urls=["https://udaf86.example.fr/"],
  address=A(["24 rue Carnot", "CS 50012"], "86001", "POITIERS CEDEX"),
  people=[P("", "PETITJEAN", "présidente", "Mme"),
          P("Olivier", "CHAUVIN", "Directeur général", "M."),
          P("Chantal", "HUET", "Médiatrice familiale", "Mme",
            phones=["+33535528620 voice"])],
  hours=[H("MO-TH", "08:30", "12:00"), H("MO-TH", "13:30", "17:30"),
         H("FR", "08:30", "12:00"), H("FR", "13:30", "16:30")],
  updated="2022-02-07", source="https://udaf86.example.fr/contact",
  keywords=["familles", "tutelle", "médiation"])

E(r"""
# Maison de l’Adolescent du Calvados

## Coordonnées

Maison de l’Adolescent du Calvados$$
Adresse : 7 rue Neuve-Saint-Jean$$
14000 CAEN$$
Tél. : 02 61 91 14 50$$
Courriel : mda14@example.fr$$
www.mda14.example.fr/

## Horaires

Accueil téléphonique et physique : lundi, mardi, jeudi et vendredi de 13h à 18h ; mercredi de 10h à 18h.$$
Fermeture annuelle : la première semaine d’août.

## Personnes responsables

Coordinatrice : Mme Estelle NOËL

## Personnes contact

Dr. Rémi GAUTHIER, pédopsychiatre

""" + T("plain",
        "Groupement d’intérêt public associant le département, le centre hospitalier et l’Éducation nationale.",
        "Adolescents de 11 à 21 ans, parents, professionnels.",
        "La Maison de l’Adolescent accueille sans rendez-vous et oriente.",
        ["accueil anonyme et gratuit ;", "consultations spécialisées ;",
         "soutien à la parentalité."],
        "Mise à jour : 15 juin 2023",
        "**Source de mise à jour :** <http://www.mda14.example.fr/qui-sommes-nous>",
        "**Mots-clés :** adolescents, santé, parentalité"),
  org="Maison de l’Adolescent du Calvados",
  phones=["+33261911450 voice"],
  emails=["mda14@example.fr"],
  urls=["http://www.mda14.example.fr/"],
  address=A(["7 rue Neuve-Saint-Jean"], "14000", "CAEN"),
  people=[P("Estelle", "NOËL", "Coordinatrice", "Mme"),
          P("Rémi", "GAUTHIER", "pédopsychiatre", "Dr")],
  hours=[H("MO,TU,TH,FR", "13:00", "18:00"), H("WE", "10:00", "18:00")],
  closures=["Fermeture annuelle : la première semaine d’août"],
  updated="2023-06-15", source="http://www.mda14.example.fr/qui-sommes-nous",
  keywords=["adolescents", "santé", "parentalité"])

# ---------------------------------------------------------------------------
# f03: ISO-8859-1.
F("f03.md", enc="iso-8859-1")
E(r"""
# Centre Communal d'Action Sociale de Montbéliard

## **Coordonnées :**

CCAS DE MONTBÉLIARD$$
Hôtel de Ville$$
Adresse postale : 8 place Saint-Martin$$
25200 MONTBÉLIARD$$
Tél. accueil : 03 53 01 25 20$$
Tél. secrétariat : 03 53 01 25 21$$
Télécopie : 03 53 01 25 29$$
E-mail : ccas@montbeliard.example.fr$$
Site : https://www.montbeliard.example.fr/ccas/

## **Horaires d'ouverture et accueil du public :**

Lundi : 8h30-12h / 13h30-17h30$$
Mardi : 8h30-12h$$
Mercredi : 8h30-12h / 13h30-17h30$$
Jeudi : 13h30-17h30$$
Vendredi : 8h30-12h / 13h30-16h30

## **Personnes responsables**

Vice-présidente : Mme Odile FAIVRE$$
Directeur : M. Thierry BOILLOT

## **Personnes contact :**

- Mme PERNOT, assistante sociale$$
  03 53 01 25 24$$
- M. Kevin GIRARDOT, chargé d'accueil

""" + T("bold",
        "Établissement public administratif communal.",
        "Habitants de Montbéliard en difficulté, personnes âgées, familles.",
        "Le CCAS instruit les demandes d'aide sociale et anime l'action sociale de la commune.",
        ["aides facultatives ;", "domiciliation ;", "portage de repas."],
        "**Mise à jour :** 1er septembre 2020",
        "**Source de mise à jour :** <https://www.montbeliard.example.fr/ccas/equipe>",
        "**Mots-clés :** action sociale ; solidarité ; Doubs."),
  org="Centre Communal d'Action Sociale de Montbéliard",
  phones=["+33353012520 voice", "+33353012521 voice", "+33353012529 fax"],
  emails=["ccas@montbeliard.example.fr"],
  urls=["https://www.montbeliard.example.fr/ccas/"],
  address=A(["Hôtel de Ville", "8 place Saint-Martin"], "25200", "MONTBÉLIARD"),
  people=[P("Odile", "FAIVRE", "Vice-présidente", "Mme"),
          P("Thierry", "BOILLOT", "Directeur", "M."),
          P("", "PERNOT", "assistante sociale", "Mme", phones=["+33353012524 voice"]),
          P("Kevin", "GIRARDOT", "chargé d'accueil", "M.")],
  hours=[H("MO", "08:30", "12:00"), H("MO", "13:30", "17:30"),
         H("TU", "08:30", "12:00"),
         H("WE", "08:30", "12:00"), H("WE", "13:30", "17:30"),
         H("TH", "13:30", "17:30"),
         H("FR", "08:30", "12:00"), H("FR", "13:30", "16:30")],
  updated="2020-09-01", source="https://www.montbeliard.example.fr/ccas/equipe",
  keywords=["action sociale", "solidarité", "Doubs"])

E(r"""
# Association Tutélaire des Majeurs Protégés - ATMP du Var

## Coordonnées

ATMP 83$$
ASSOCIATION TUTÉLAIRE DES MAJEURS PROTÉGÉS DU VAR$$
Le Mermoz, Bâtiment C$$
Adresse : 115 avenue de Lattre-de-Tassigny$$
83000 TOULON$$
Tél. standard : 04 65 71 83 00$$
Fax : 04 65 71 83 09$$
Mail : atmp83@example.fr$$
Site : atmp83.example.org/

## Horaires d'ouverture

Accueil téléphonique : du lundi au vendredi de 9h à 12h.

## Personne responsable

Directrice : Madame Sandrine OLIVIER

## Contacts

Mme BLANC, déléguée mandataire, 04 65 71 83 12$$
M. Yannick COSTE, délégué mandataire, yannick.coste@example.fr

""" + T("plain",
        "Association loi 1901 habilitée par la préfecture comme service mandataire judiciaire.",
        "Majeurs protégés sous tutelle ou curatelle et leurs familles.",
        "L'association exerce les mesures de protection confiées par le juge.",
        ["gestion des ressources ;", "accompagnement social ;",
         "information des tuteurs familiaux."],
        "**Mise à jour :** septembre 2020",
        "**Source de mise à jour :** <https://atmp83.example.org/association>",
        "**Mots-clés :** tutelle, curatelle, protection juridique."),
  org="Association Tutélaire des Majeurs Protégés",
  phones=["+33465718300 voice", "+33465718309 fax"],
  emails=["atmp83@example.fr"],
  urls=["http://atmp83.example.org/"],
  address=A(["Le Mermoz, Bâtiment C", "115 avenue de Lattre-de-Tassigny"], "83000",
            "TOULON"),
  people=[P("Sandrine", "OLIVIER", "Directrice", "Mme"),
          P("", "BLANC", "déléguée mandataire", "Mme", phones=["+33465718312 voice"]),
          P("Yannick", "COSTE", "délégué mandataire", "M.",
            emails=["yannick.coste@example.fr"])],
  hours=[],
  updated="2020-09", source="https://atmp83.example.org/association",
  keywords=["tutelle", "curatelle", "protection juridique"])

E(r"""
# Groupe d'Entraide Mutuelle Le Phare

## COORDONNEES

GEM LE PHARE$$
Adresse : 3 rue du Port$$
56100 LORIENT$$
FRANCE$$
Tél. : 02 61 91 56 30$$
Portable : 07 56 98 56 31$$
E-mail : gem.lephare@example.fr$$
gem.lephare.animation@example.fr

## HORAIRES

Du mardi au samedi de 14h à 18h.$$
Fermé le lundi et le dimanche.

## RESPONSABLE

M. LE BRIS, président

## CONTACTS

Animatrice : Mlle Gwenaëlle LE CORRE, 07 56 98 56 32

""" + T("caps",
        "Association d'usagers parrainée par une association de santé mentale.",
        "Adultes en situation de fragilité psychique.",
        "Le GEM est un lieu d'entraide, d'activités et de rencontres.",
        ["ateliers cuisine et jardinage ;", "sorties ;", "groupes de parole."],
        "**Mise à jour :** 2 décembre 2021",
        "**Source de mise à jour :** <https://www.gem-lephare.example.fr/>",
        "**Mots-clés :** santé mentale, entraide, Lorient."),
  org="Groupe d'Entraide Mutuelle Le Phare",
  phones=["+33261915630 voice", "+33756985631 cell"],
  emails=["gem.lephare@example.fr", "gem.lephare.animation@example.fr"],
  address=A(["3 rue du Port"], "56100", "LORIENT"),
  people=[P("", "LE BRIS", "président", "M."),
          P("Gwenaëlle", "LE CORRE", "Animatrice", "Mlle", phones=["+33756985632 cell"])],
  hours=[H("TU-SA", "14:00", "18:00")],
  closures=["Fermé le lundi et le dimanche"],
  updated="2021-12-02", source="https://www.gem-lephare.example.fr/",
  keywords=["santé mentale", "entraide", "Lorient"])

E(r"""
# Centre Départemental de Dépistage - CeGIDD de l'Aude

## Coordonnées

CeGIDD de l'Aude$$
Centre Hospitalier, Pavillon Pasteur$$
Adresse : 1060 chemin de la Madeleine$$
11000 CARCASSONNE$$
Tél. secrétariat : 04 65 71 11 60$$
E-mail : cegidd11@example.fr$$
Site : https://www.ch-carcassonne.example.fr/cegidd/

## Horaires d'ouverture

Du lundi au jeudi de 9h à 17h, le vendredi jusqu'à 13h.$$
Consultations avec ou sans rendez-vous.

## Personnes responsables

Pr. Anne-Sophie DELMAS, infectiologue, responsable du centre

## Personnes contact

Infirmière : Mme CAZALS

""" + T("plain",
        "Centre gratuit d'information, de dépistage et de diagnostic rattaché au centre hospitalier.",
        "Tout public, anonymement et gratuitement.",
        "Le CeGIDD dépiste le VIH, les hépatites et les infections sexuellement transmissibles.",
        ["dépistage ;", "vaccination ;", "contraception d'urgence."],
        "**Mise à jour :** 08/2023",
        "**Source de mise à jour :** <https://www.ch-carcassonne.example.fr/cegidd/equipe>",
        "**Mots-clés :** dépistage ; VIH ; IST ; Aude."),
  org="Centre Départemental de Dépistage",
  phones=["+33465711160 voice"],
  emails=["cegidd11@example.fr"],
  urls=["https://www.ch-carcassonne.example.fr/cegidd/"],
  address=A(["Centre Hospitalier, Pavillon Pasteur", "1060 chemin de la Madeleine"],
            "11000", "CARCASSONNE"),
  people=[P("Anne-Sophie", "DELMAS", "infectiologue, responsable du centre", "Pr"),
          P("", "CAZALS", "Infirmière", "Mme")],
  hours=[H("MO-TH", "09:00", "17:00"), H("FR", "09:00", "13:00")],
  updated="2023-08", source="https://www.ch-carcassonne.example.fr/cegidd/equipe",
  keywords=["dépistage", "VIH", "IST", "Aude"])

# ---------------------------------------------------------------------------
# f04: UTF-16LE with BOM.
F("f04.md", enc="utf-16le-bom")
E(r"""
# Plateforme Territoriale d’Appui — Dispositif d’Appui à la Coordination du Gers

## **Coordonnées**

DAC 32$$
Adresse postale : BP 40321$$
32007 AUCH CEDEX$$
Tél. : 05 35 52 32 00$$
Tél. standard : 05 35 52 32 01$$
E-mail : contact@dac32.example.fr$$
secretariat@dac32.example.fr$$
Site : dac32.example.fr/

## **Horaires d'ouverture et accueil du public :**

Lundi : 9h-12h30 / 13h30-17h$$
Mardi : 9h-12h30 / 13h30-17h$$
Mercredi : 9h-12h30$$
Jeudi : 9h-12h30 / 13h30-17h$$
Vendredi : 9h-12h30 / 13h30-16h

## **Personnes responsables**

Directrice : Mme Cécile DUPUY$$
Dr. Bernard SOUBIRAN, médecin coordonnateur

## **Personnes contact :**

- Mme LACOSTE, infirmière de coordination$$
  Tél. : 05 35 52 32 05$$
- Mme Aurore CASTEX, assistante de coordination

""" + T("bold",
        "Association loi 1901 financée par l’Agence régionale de santé Occitanie.",
        "Professionnels de santé, patients en situation complexe, aidants.",
        "Le dispositif aide les professionnels à organiser les parcours complexes.",
        ["information et orientation ;", "appui à l’organisation des parcours ;",
         "animation territoriale."],
        "**Mise à jour :** septembre 2020",
        "**Source de mise à jour :** <https://dac32.example.fr/presentation>",
        "**Mots-clés :** coordination, parcours, Gers."),
  org="Plateforme Territoriale d’Appui",
  phones=["+33535523200 voice", "+33535523201 voice"],
  emails=["contact@dac32.example.fr", "secretariat@dac32.example.fr"],
  urls=["http://dac32.example.fr/"],
  address=A(["BP 40321"], "32007", "AUCH CEDEX"),
  people=[P("Cécile", "DUPUY", "Directrice", "Mme"),
          P("Bernard", "SOUBIRAN", "médecin coordonnateur", "Dr"),
          P("", "LACOSTE", "infirmière de coordination", "Mme",
            phones=["+33535523205 voice"]),
          P("Aurore", "CASTEX", "assistante de coordination", "Mme")],
  hours=[H("MO", "09:00", "12:30"), H("MO", "13:30", "17:00"),
         H("TU", "09:00", "12:30"), H("TU", "13:30", "17:00"),
         H("WE", "09:00", "12:30"),
         H("TH", "09:00", "12:30"), H("TH", "13:30", "17:00"),
         H("FR", "09:00", "12:30"), H("FR", "13:30", "16:00")],
  updated="2020-09", source="https://dac32.example.fr/presentation",
  keywords=["coordination", "parcours", "Gers"])

E(r"""
# Équipe Mobile Précarité Psychiatrie de Grenoble

## Coordonnées

EMPP$$
Adresse : 12 rue Très-Cloîtres$$
38000 GRENOBLE$$
(France métropolitaine)$$
Permanence téléphonique : 04 65 71 38 80$$
Portable : 06 39 98 38 81$$
Courriel : empp.grenoble@example.fr$$
http://empp-grenoble.example.fr/

## Horaires

Du lundi au vendredi de 9h à 17h.$$
Fermé les jours fériés.

## Personnes responsables

Dr. Mathilde ROUSSET, psychiatre$$
Cadre de santé : M. Nicolas BERGER

## Personnes contact

[Formulaire de contact](#)

""" + T("plain",
        "Équipe hospitalière rattachée au centre hospitalier spécialisé.",
        "Personnes en situation de précarité présentant des troubles psychiques.",
        "L’équipe va à la rencontre des personnes dans la rue et dans les structures d’accueil.",
        ["maraudes ;", "soutien aux équipes sociales ;", "orientation vers les soins."],
        "**Mise à jour :** 1er septembre 2020",
        "**Source de mise à jour :** <http://empp-grenoble.example.fr/equipe>",
        "**Mots-clés :** précarité, psychiatrie, Isère."),
  org="Équipe Mobile Précarité Psychiatrie de Grenoble",
  phones=["+33465713880 voice", "+33639983881 cell"],
  emails=["empp.grenoble@example.fr"],
  urls=["http://empp-grenoble.example.fr/"],
  address=A(["12 rue Très-Cloîtres"], "38000", "GRENOBLE"),
  people=[P("Mathilde", "ROUSSET", "psychiatre", "Dr"),
          P("Nicolas", "BERGER", "Cadre de santé", "M.")],
  hours=[H("MO-FR", "09:00", "17:00")],
  closures=["Fermé les jours fériés"],
  updated="2020-09-01", source="http://empp-grenoble.example.fr/equipe",
  keywords=["précarité", "psychiatrie", "Isère"])

E(r"""
# Foyer de Jeunes Travailleurs Le Tremplin - Résidence habitat jeunes

## **Coordonnées**

FJT LE TREMPLIN$$
Adresse : 30 boulevard de la Liberté$$
35000 RENNES$$
Tél. accueil : 02 61 91 35 40$$
E-mail : accueil@fjt-tremplin.example.fr$$
Site : https://fjt-tremplin.example.fr

## **Horaires d'ouverture et accueil du public :**

Accueil 24h/24.$$
Bureau : du lundi au vendredi de 9h à 12h et de 14h à 18h.

## **Personnes responsables**

Mme GUILLOU, directrice$$
M. Erwan LE GOFF, responsable de l’accompagnement

## **Personnes contact :**

Secrétaire : Mme Sylvie ROPARS, 02 61 91 35 41

""" + T("bold",
        "Résidence gérée par une association d’éducation populaire.",
        "Jeunes de 16 à 30 ans en formation, en emploi ou en recherche d’emploi.",
        "Le foyer loge les jeunes et les accompagne vers l’autonomie.",
        ["logement meublé ;", "restauration ;", "accompagnement socio-éducatif."],
        "**Mise à jour :** 22 novembre 2022",
        "**Source de mise à jour :** <https://fjt-tremplin.example.fr/la-residence>",
        "**Mots-clés :** logement ; jeunes ; Rennes."),
  org="Foyer de Jeunes Travailleurs Le Tremplin",
  phones=["+33261913540 voice"],
  emails=["accueil@fjt-tremplin.example.fr"],
  urls=["https://fjt-tremplin.example.fr"],
  address=A(["30 boulevard de la Liberté"], "35000", "RENNES"),
  people=[P("", "GUILLOU", "directrice", "Mme"),
          P("Erwan", "LE GOFF", "responsable de l’accompagnement", "M."),
          P("Sylvie", "ROPARS", "Secrétaire", "Mme", phones=["+33261913541 voice"])],
  hours=[H("MO-SU", "00:00", "24:00"),
         H("MO-FR", "09:00", "12:00"), H("MO-FR", "14:00", "18:00")],
  updated="2022-11-22", source="https://fjt-tremplin.example.fr/la-residence",
  keywords=["logement", "jeunes", "Rennes"])

E(r"""
# Centre de Planification et d’Éducation Familiale de Saint-Brieuc

## Coordonnées

Centre de Planification$$
Maison départementale de la solidarité$$
Adresse : 9 rue de Paris$$
22000 SAINT-BRIEUC$$
Tél. secrétariat : 02 61 91 22 70$$
E-mail : cpef.saintbrieuc@example.fr

## Horaires d'ouverture

Du lundi au jeudi de 9h à 17h, le vendredi jusqu’à 12h.

## Personnes responsables

Dr. Yvonne LE MEUR, médecin responsable

## Personnes contact

- Mme Soizic HAMON, conseillère conjugale et familiale$$
  02 61 91 22 72$$
- Mme RIOU, sage-femme

""" + T("plain",
        "Service du Département des Côtes-d’Armor.",
        "Femmes, couples et jeunes, mineurs compris, gratuitement.",
        "Le centre assure consultations de contraception, dépistage et entretiens.",
        ["contraception ;", "IVG médicamenteuse ;", "entretiens conjugaux."],
        "**Mise à jour :** 11/2022",
        "**Source de mise à jour :** <https://cotesdarmor.example.fr/cpef>",
        "**Mots-clés :** contraception, planification, sexualité."),
  org="Centre de Planification et d’Éducation Familiale de Saint-Brieuc",
  phones=["+33261912270 voice"],
  emails=["cpef.saintbrieuc@example.fr"],
  address=A(["Maison départementale de la solidarité", "9 rue de Paris"], "22000",
            "SAINT-BRIEUC"),
  people=[P("Yvonne", "LE MEUR", "médecin responsable", "Dr"),
          P("Soizic", "HAMON", "conseillère conjugale et familiale", "Mme",
            phones=["+33261912272 voice"]),
          P("", "RIOU", "sage-femme", "Mme")],
  hours=[H("MO-TH", "09:00", "17:00"), H("FR", "09:00", "12:00")],
  updated="2022-11", source="https://cotesdarmor.example.fr/cpef",
  keywords=["contraception", "planification", "sexualité"])

# ---------------------------------------------------------------------------
# f05: UTF-8, NFD.
F("f05.md", nfd=True)
E(r"""
# Relais Assistants Maternels de Pontivy

## **Coordonnées :**

RELAIS ASSISTANTS MATERNELS$$
Adresse : 2 quai Niemen$$
56300 PONTIVY$$
Tél. : 02 61 91 56 80$$
E-mail : ram.pontivy@example.fr$$
ram.pontivy.animatrice@example.fr$$
Site : www.pontivy.example.fr/ram/

## **Horaires d'ouverture et accueil du public :**

Lundi : 13h30-17h30$$
Mardi : 9h-12h / 13h30-18h$$
Jeudi : 13h30-17h30$$
Vendredi : 9h-12h

## **Personne responsable :**

Mme LE DOARÉ, animatrice responsable

## **Personnes contact :**

[Nous écrire](#)

""" + T("bold",
        "Service municipal soutenu par la caisse d'allocations familiales.",
        "Parents, assistants maternels et gardes à domicile.",
        "Le relais informe les familles et accompagne les professionnels de la petite enfance.",
        ["ateliers d'éveil ;", "information sur les contrats ;", "soirées thématiques."],
        "**Mise à jour :** 1er septembre 2020",
        "**Source de mise à jour :** <https://www.pontivy.example.fr/ram/presentation>",
        "**Mots-clés :** petite enfance, assistants maternels, Morbihan."),
  org="Relais Assistants Maternels de Pontivy",
  phones=["+33261915680 voice"],
  emails=["ram.pontivy@example.fr", "ram.pontivy.animatrice@example.fr"],
  urls=["http://www.pontivy.example.fr/ram/"],
  address=A(["2 quai Niemen"], "56300", "PONTIVY"),
  people=[P("", "LE DOARÉ", "animatrice responsable", "Mme")],
  hours=[H("MO", "13:30", "17:30"), H("TU", "09:00", "12:00"), H("TU", "13:30", "18:00"),
         H("TH", "13:30", "17:30"), H("FR", "09:00", "12:00")],
  updated="2020-09-01", source="https://www.pontivy.example.fr/ram/presentation",
  keywords=["petite enfance", "assistants maternels", "Morbihan"])

E(r"""
# Service de Soins Infirmiers à Domicile — SSIAD du Pays de Ploërmel

## Coordonnées

SSIAD du Pays de Ploërmel$$
Adresse postale : 4 rue des Forges$$
BP 108$$
56804 PLOËRMEL CEDEX$$
Tél. standard : 02 61 91 56 90$$
Fax : 02 61 91 56 99$$
Courriel : ssiad.ploermel@example.fr$$
Site : https://ssiad-ploermel.example.fr/

## Horaires

Accueil téléphonique et physique : du lundi au vendredi de 8h30 à 12h30 et de 14h à 17h.$$
Soins 7j/7.

## Personnes responsables

Infirmière coordinatrice : Mme Gaëlle JÉGO$$
Président : M. Loïc NICOLAS

## Personnes contact

Mme Nolwenn ÉVENO, secrétaire, 02 61 91 56 91

""" + T("plain",
        "Service médico-social géré par une association d'aide à domicile.",
        "Personnes âgées de plus de 60 ans, personnes handicapées, sur prescription médicale.",
        "Le SSIAD assure les soins d'hygiène et les soins infirmiers à domicile.",
        ["toilette et soins de confort ;", "prévention des chutes ;", "soutien aux aidants."],
        "**Mise à jour :** septembre 2020",
        "**Source de mise à jour :** <https://ssiad-ploermel.example.fr/le-service>",
        "**Mots-clés :** soins à domicile ; personnes âgées ; Morbihan."),
  org="Service de Soins Infirmiers à Domicile",
  phones=["+33261915690 voice", "+33261915699 fax"],
  emails=["ssiad.ploermel@example.fr"],
  urls=["https://ssiad-ploermel.example.fr/"],
  address=A(["4 rue des Forges", "BP 108"], "56804", "PLOËRMEL CEDEX"),
  people=[P("Gaëlle", "JÉGO", "Infirmière coordinatrice", "Mme"),
          P("Loïc", "NICOLAS", "Président", "M."),
          P("Nolwenn", "ÉVENO", "secrétaire", "Mme", phones=["+33261915691 voice"])],
  hours=[H("MO-FR", "08:30", "12:30"), H("MO-FR", "14:00", "17:00")],
  updated="2020-09", source="https://ssiad-ploermel.example.fr/le-service",
  keywords=["soins à domicile", "personnes âgées", "Morbihan"])

E(r"""
# Épicerie Sociale et Solidaire L'Étape - Quimper

## Coordonnées

L'ÉTAPE$$
Adresse : 17 rue de Brest$$
29000 QUIMPER$$
Tél. : 02 61 91 29 60$$
E-mail : epicerie.letape@example.org

## Horaires d'ouverture

Mardi : 14h-18h$$
Mercredi : 9h30-12h$$
Vendredi : 14h-18h$$
Fermé en août.

## Responsable

Présidente : Mme Annick QUÉRÉ

## Contacts

M. TANGUY, coordinateur, 06 39 98 29 61$$
Mme Élodie CORRE, conseillère en économie sociale et familiale

""" + T("plain",
        "Association loi 1901 conventionnée avec le centre communal d'action sociale.",
        "Ménages aux revenus modestes orientés par un travailleur social.",
        "L'épicerie propose des produits à faible coût et des ateliers.",
        ["aide alimentaire ;", "ateliers cuisine ;", "accompagnement budgétaire."],
        "**Mise à jour :** 20 mars 2024",
        "**Source de mise à jour :** <https://letape-quimper.example.org/>",
        "**Mots-clés :** aide alimentaire, solidarité, Finistère."),
  org="Épicerie Sociale et Solidaire L'Étape",
  phones=["+33261912960 voice"],
  emails=["epicerie.letape@example.org"],
  address=A(["17 rue de Brest"], "29000", "QUIMPER"),
  people=[P("Annick", "QUÉRÉ", "Présidente", "Mme"),
          P("", "TANGUY", "coordinateur", "M.", phones=["+33639982961 cell"]),
          P("Élodie", "CORRE", "conseillère en économie sociale et familiale", "Mme")],
  hours=[H("TU", "14:00", "18:00"), H("WE", "09:30", "12:00"), H("FR", "14:00", "18:00")],
  closures=["Fermé en août"],
  updated="2024-03-20", source="https://letape-quimper.example.org/",
  keywords=["aide alimentaire", "solidarité", "Finistère"])

E(r"""
# Accueil de Jour pour Personnes Sans Abri de Vannes

## **Coordonnées**

Adresse : 6 rue Thiers$$
56000 VANNES$$
Tél. : 02 61 91 56 20$$
Tél. secrétariat : 02 61 91 56 21$$
E-mail : accueildejour.vannes@example.org$$
Site : accueil-vannes.example.org

## **Horaires d'ouverture et accueil du public :**

Du lundi au jeudi de 8h30 à 12h30, le vendredi jusqu'à 11h30.$$
Fermé le week-end.

## **Personnes responsables**

Directeur : M. Franck ALLAIN

## **Personnes contact :**

- M. Jonathan GUÉHENNEC, travailleur social$$
  jonathan.guehennec@example.org

""" + T("bold",
        "Service d'une association de lutte contre les exclusions.",
        "Personnes sans domicile ou mal logées.",
        "L'accueil de jour offre un café, des douches et une domiciliation.",
        ["petit-déjeuner ;", "laverie ;", "accompagnement social."],
        "**Mise à jour :** 04/05/2023",
        "**Source de mise à jour :** <https://accueil-vannes.example.org/qui-sommes-nous>",
        "**Mots-clés :** précarité ; accueil de jour ; Vannes."),
  org="Accueil de Jour pour Personnes Sans Abri de Vannes",
  phones=["+33261915620 voice", "+33261915621 voice"],
  emails=["accueildejour.vannes@example.org"],
  urls=["http://accueil-vannes.example.org"],
  address=A(["6 rue Thiers"], "56000", "VANNES"),
  people=[P("Franck", "ALLAIN", "Directeur", "M."),
          P("Jonathan", "GUÉHENNEC", "travailleur social", "M.",
            emails=["jonathan.guehennec@example.org"])],
  hours=[H("MO-TH", "08:30", "12:30"), H("FR", "08:30", "11:30")],
  closures=["Fermé le week-end"],
  updated="2023-05-04", source="https://accueil-vannes.example.org/qui-sommes-nous",
  keywords=["précarité", "accueil de jour", "Vannes"])


if __name__ == "__main__":
    main(os.path.dirname(os.path.abspath(__file__)))

#!/usr/bin/env python3
"""Regenerate the fourth corpus: e01.md .. e07.md and expected.json (this folder).

Entries written for tests/corpus4 after the extractors had been tuned on tests/corpus,
tests/corpus2 and tests/corpus3 (same schema, same normalisation rules, same rendering
and checks, from tests/corpus_lib.py), as the same directory's entries look when other
people wrote them over the years: contact blocks without the organisation name or with
it after the address, several labelled numbers ("Accueil :", "Secrétariat :",
"Standard :", "Ligne d'écoute :"), e-mails written "x @ y.fr" or in capitals, bare
"http://" and "www.x.fr/page" sites, "Bât. B", "Esc. 2", "Résidence", "Lieu-dit",
"ZA", "CS", "BP 45 – 69001 LYON CEDEX 01", "F-67000", a country line; "Docteur",
"Professeur", "Mlle", titles before names, two titles, "Président(e)", names wholly in
capitals; hours mixing "h" and ":", "(12h-14h fermé)", "9h30/12h30", monthly
permanences, "Sur rendez-vous du lundi au vendredi", "Fermé le samedi"; dates
"MAJ : 03/2021", "Mise à jour le 2 juin 2022", "Actualisé en 2019"; keywords split by
";" or " - ".

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
# e01: UTF-8, LF.
F("e01.md")
E(r"""
# Point Écoute Jeunes de Villeurbanne – espace santé jeunes

## **Coordonnées**

Résidence Les Marronniers, Bât. B, Esc. 2$$
14 rue Francis-de-Pressensé$$
69100 VILLEURBANNE$$
Accueil : 04 65 71 20 10$$
Secrétariat : 04 65 71 20 11$$
Ligne d'écoute : 0 800 20 10 20$$
E-mail : contact @ pej-villeurbanne.example.fr$$
Site : www.pej-villeurbanne.example.fr/accueil

## **Horaires d'ouverture et accueil du public :**

De 9h à 12h30 et de 13h30 à 17h du lundi au jeudi, de 9h à 12h le vendredi.$$
Fermé le samedi.

## **Personnes responsables**

Directrice : Mme Anne-Laure PETIT

## **Personnes contact :**

- Mlle Chloé BERTIN, animatrice de prévention, 06 39 98 20 12

""" + T("bold",
        "Service municipal rattaché à la direction de la santé publique de la Ville.",
        "Jeunes de 12 à 25 ans, parents, professionnels de la jeunesse.",
        "Le Point Écoute accueille, écoute et oriente les jeunes en difficulté :",
        ["entretiens individuels anonymes et gratuits ;",
         "actions collectives dans les collèges et lycées ;",
         "soutien aux parents."],
        "**MAJ :** 03/2021",
        "**Source de mise à jour :** <https://www.villeurbanne.example.fr/sante/pej>",
        "**Mots-clefs :** jeunes ; écoute ; prévention ; Villeurbanne"),
  org="Point Écoute Jeunes de Villeurbanne",
  phones=["+33465712010 voice", "+33465712011 voice", "+33800201020 tollfree"],
  emails=["contact@pej-villeurbanne.example.fr"],
  urls=["http://www.pej-villeurbanne.example.fr/accueil"],
  address=A(["Résidence Les Marronniers, Bât. B, Esc. 2", "14 rue Francis-de-Pressensé"],
            "69100", "VILLEURBANNE"),
  people=[P("Anne-Laure", "PETIT", "Directrice", "Mme"),
          P("Chloé", "BERTIN", "animatrice de prévention", "Mlle",
            phones=["+33639982012 cell"])],
  hours=[H("MO-TH", "09:00", "12:30"), H("MO-TH", "13:30", "17:00"),
         H("FR", "09:00", "12:00")],
  closures=["Fermé le samedi"],
  updated="2021-03", source="https://www.villeurbanne.example.fr/sante/pej",
  keywords=["jeunes", "écoute", "prévention", "Villeurbanne"])

E(r"""
# Centre de Soins d'Accompagnement et de Prévention en Addictologie Le Relais - CSAPA du Jura

## Coordonnées

12 avenue Jean-Moulin$$
CS 70001$$
39016 LONS-LE-SAUNIER CEDEX$$
CSAPA Le Relais$$
Standard : 03 53 01 39 00$$
Fax : 03 53 01 39 09$$
Courriel : CSAPA.LERELAIS@EXAMPLE.FR$$
http://www.csapa-lerelais.example.fr

## Horaires d'ouverture

Lundi au vendredi 8h30-18h (12h-14h fermé)$$
Permanences : le 1er et le 3e mercredi du mois à la maison de santé de Champagnole.

## Personnes responsables

Docteur Jean-François MARCHAND, médecin addictologue, chef de service

## Personnes contact

Mme Éloïse GUYOT – secrétaire médicale – 03 53 01 39 05

""" + T("plain",
        "Établissement médico-social géré par l'association Addictions Franche-Comté.",
        "Personnes en difficulté avec l'alcool, le tabac, le cannabis ou les jeux, et leur entourage.",
        "Le CSAPA assure l'accueil, l'évaluation et la prise en charge médicale, psychologique et sociale.",
        ["consultations jeunes consommateurs ;", "soutien à l'entourage ;",
         "réduction des risques."],
        "Mise à jour le 2 juin 2022",
        "**Source de mise à jour :** <https://www.csapa-lerelais.example.fr/le-csapa>",
        "**Mots-clés :** addictions - alcool - tabac - cannabis"),
  org="Centre de Soins d'Accompagnement et de Prévention en Addictologie Le Relais",
  phones=["+33353013900 voice", "+33353013909 fax"],
  emails=["csapa.lerelais@example.fr"],
  urls=["http://www.csapa-lerelais.example.fr"],
  address=A(["12 avenue Jean-Moulin", "CS 70001"], "39016", "LONS-LE-SAUNIER CEDEX"),
  people=[P("Jean-François", "MARCHAND", "médecin addictologue, chef de service", "Dr"),
          P("Éloïse", "GUYOT", "secrétaire médicale", "Mme",
            phones=["+33353013905 voice"])],
  hours=[H("MO-FR", "08:30", "12:00"), H("MO-FR", "14:00", "18:00")],
  updated="2022-06-02", source="https://www.csapa-lerelais.example.fr/le-csapa",
  keywords=["addictions", "alcool", "tabac", "cannabis"])

E(r"""
# Maison de Santé Pluriprofessionnelle du Val d'Ornain

## **Coordonnées :**

Maison de Santé Pluriprofessionnelle du Val d'Ornain$$
Lieu-dit La Croix Blanche$$
ZA des Grands Prés$$
55000 BAR-LE-DUC$$
FRANCE$$
Tél. 03 53 01 55 10$$
Tél. 03 53 01 55 11 (infirmières)$$
E-mail : msp.valdornain@example.fr$$
[www.msp-valdornain.example.fr](http://www.msp-valdornain.example.fr/)

## **Horaires d'ouverture et accueil du public :**

DU LUNDI AU VENDREDI : 8H00 - 12H00 ET 14H00 - 19H00$$
LE SAMEDI : 8H00 - 12H00

## **Personne responsable :**

Président(e) : Claude ANTOINE

## **Personnes contact :**

Coordinatrice : Mme Héloïse-Marie VASSEUR, coordination@msp-valdornain.example.fr

""" + T("bold",
        "Société interprofessionnelle de soins ambulatoires (SISA) réunissant médecins, infirmiers et kinésithérapeutes.",
        "Habitants du Val d'Ornain et des communes voisines.",
        "La maison de santé coordonne les soins de premier recours sur le territoire.",
        ["consultations de médecine générale ;", "soins infirmiers à domicile ;",
         "éducation thérapeutique du patient."],
        "Actualisé en 2019.",
        "**Source de mise à jour :** <https://www.msp-valdornain.example.fr/equipe>",
        "**Mots-clefs :** soins primaires;maison de santé;Meuse"),
  org="Maison de Santé Pluriprofessionnelle du Val d'Ornain",
  phones=["+33353015510 voice", "+33353015511 voice"],
  emails=["msp.valdornain@example.fr"],
  urls=["http://www.msp-valdornain.example.fr/"],
  address=A(["Lieu-dit La Croix Blanche", "ZA des Grands Prés"], "55000", "BAR-LE-DUC"),
  people=[P("Claude", "ANTOINE", "Président(e)"),
          P("Héloïse-Marie", "VASSEUR", "Coordinatrice", "Mme",
            emails=["coordination@msp-valdornain.example.fr"])],
  hours=[H("MO-FR", "08:00", "12:00"), H("MO-FR", "14:00", "19:00"),
         H("SA", "08:00", "12:00")],
  updated="2019", source="https://www.msp-valdornain.example.fr/equipe",
  keywords=["soins primaires", "maison de santé", "Meuse"])

E(r"""
# Réseau Périnatal Normand — antenne de Caen

## Coordonnées

Réseau Périnatal Normand$$
CHU de Caen, Bâtiment FEH, 3e étage$$
Avenue de la Côte de Nacre$$
CS 30001$$
14033 CAEN CEDEX 9$$
Tél : 02.61.91.14.00 - 06.39.98.14.01$$
rpn@example.fr$$
http://rpn.example.fr/caen

## Horaires

Du lundi au vendredi : 9h-12h / 13:30-17:00

## Responsables

Professeur Hélène ROUSSEL-DUVAL, gynécologue-obstétricienne, présidente du réseau$$
Mme Ève DE LA PORTE, sage-femme coordinatrice

## Contacts

[Équipe de coordination](#)

""" + T("plain",
        "Association loi 1901 financée par l'Agence régionale de santé de Normandie.",
        "Professionnels de la périnatalité, femmes enceintes et jeunes parents.",
        "Le réseau améliore la sécurité et la qualité des soins autour de la naissance.",
        ["formation des professionnels ;", "annuaire des maternités ;",
         "suivi des nouveau-nés vulnérables."],
        "**Mise à jour :** 01/12/2021",
        "**Source de mise à jour :** <http://rpn.example.fr/caen/presentation>",
        "**Mots-clés :** périnatalité, grossesse, Normandie"),
  org="Réseau Périnatal Normand",
  phones=["+33261911400 voice", "+33639981401 cell"],
  emails=["rpn@example.fr"],
  urls=["http://rpn.example.fr/caen"],
  address=A(["CHU de Caen, Bâtiment FEH, 3e étage", "Avenue de la Côte de Nacre",
             "CS 30001"], "14033", "CAEN CEDEX 9"),
  people=[P("Hélène", "ROUSSEL-DUVAL",
            "gynécologue-obstétricienne, présidente du réseau", "Pr"),
          P("Ève", "DE LA PORTE", "sage-femme coordinatrice", "Mme")],
  hours=[H("MO-FR", "09:00", "12:00"), H("MO-FR", "13:30", "17:00")],
  updated="2021-12-01", source="http://rpn.example.fr/caen/presentation",
  keywords=["périnatalité", "grossesse", "Normandie"])

# ---------------------------------------------------------------------------
# e02: Windows-1252.
F("e02.md", enc="windows-1252")
E(r"""
# Espace Ressources Autisme Lyonnais – ERAL

## **Coordonnées**

ERAL$$
Immeuble Le Britannia, Bât. C$$
20 boulevard Eugène-Deruelle$$
BP 45 – 69001 LYON CEDEX 01$$
Accueil : 04 65 71 69 00$$
Secrétariat : 04 65 71 69 02$$
E-mail : [secretariat@eral.example.org](mailto:secretariat@eral.example.org)$$
www.eral.example.org/contact

## **Horaires d'ouverture et accueil du public :**

Sur rendez-vous du lundi au vendredi.

## **Personnes responsables**

- M. JEAN-PIERRE DUMONT, directeur
- Mme Anaïs FERREIRA, psychologue, responsable de l’évaluation

## **Personnes contact :**

[Nous contacter](#)

""" + T("bold",
        "Association gestionnaire d’un service d’évaluation et d’accompagnement, agréée par l’ARS.",
        "Enfants et adultes autistes, leurs familles, professionnels.",
        "L’ERAL propose évaluations diagnostiques, guidance parentale et formations.",
        ["bilans pluridisciplinaires ;", "groupes d’habiletés sociales ;",
         "centre de documentation."],
        "**Mise à jour :** 14/02/2023",
        "**Source de mise à jour :** <https://www.eral.example.org/qui-sommes-nous>",
        "**Mots-clefs :** autisme ; TSA ; diagnostic ; familles"),
  org="Espace Ressources Autisme Lyonnais",
  phones=["+33465716900 voice", "+33465716902 voice"],
  emails=["secretariat@eral.example.org"],
  urls=["http://www.eral.example.org/contact"],
  address=A(["Immeuble Le Britannia, Bât. C", "20 boulevard Eugène-Deruelle", "BP 45"],
            "69001", "LYON CEDEX 01"),
  people=[P("Jean-Pierre", "DUMONT", "directeur", "M."),
          P("Anaïs", "FERREIRA", "psychologue, responsable de l’évaluation", "Mme")],
  appt=True,
  updated="2023-02-14", source="https://www.eral.example.org/qui-sommes-nous",
  keywords=["autisme", "TSA", "diagnostic", "familles"])

E(r"""
# Centre Médico-Psychologique pour Enfants et Adolescents de Roubaix

## Coordonnées

CMP Enfants et Adolescents$$
3, rue de l’Épeule$$
59100 Roubaix$$
France$$
Standard : 03 53 01 59 00$$
Télécopie : 03 53 01 59 01$$
cmpea.roubaix@example.fr$$
http://www.ch-roubaix.example.fr/cmp-enfants

## Horaires d'ouverture

Lundi : 13h30 - 18h$$
Mardi, mercredi, jeudi : 9h - 12h30 / 13h30 - 18h$$
Vendredi : 9h - 12h30$$
Fermé le samedi et le dimanche.

## Personnes responsables

Dr Loïc LE GOFF (pédopsychiatre, chef de service)$$
Mme Béatrice NGUYEN, cadre de santé

## Personnes contact

Secrétariat : Mlle Océane DUBOIS, 03 53 01 59 03

""" + T("plain",
        "Structure de soins publique du secteur de psychiatrie infanto-juvénile, rattachée au centre hospitalier.",
        "Enfants et adolescents de 0 à 18 ans et leurs familles.",
        "Le CMP propose consultations, bilans et prises en charge ambulatoires.",
        ["consultations pédopsychiatriques ;", "psychomotricité et orthophonie ;",
         "groupes thérapeutiques."],
        "**Dernière mise à jour :** 5 octobre 2023",
        "**Source de mise à jour :** <http://www.ch-roubaix.example.fr/cmp-enfants/equipe>",
        "**Mots-clés :** pédopsychiatrie, enfants, adolescents"),
  org="Centre Médico-Psychologique pour Enfants et Adolescents de Roubaix",
  phones=["+33353015900 voice", "+33353015901 fax"],
  emails=["cmpea.roubaix@example.fr"],
  urls=["http://www.ch-roubaix.example.fr/cmp-enfants"],
  address=A(["3, rue de l’Épeule"], "59100", "Roubaix"),
  people=[P("Loïc", "LE GOFF", "pédopsychiatre, chef de service", "Dr"),
          P("Béatrice", "NGUYEN", "cadre de santé", "Mme"),
          P("Océane", "DUBOIS", "Secrétariat", "Mlle", phones=["+33353015903 voice"])],
  hours=[H("MO", "13:30", "18:00"), H("TU-TH", "09:00", "12:30"),
         H("TU-TH", "13:30", "18:00"), H("FR", "09:00", "12:30")],
  closures=["Fermé le samedi et le dimanche"],
  updated="2023-10-05", source="http://www.ch-roubaix.example.fr/cmp-enfants/equipe",
  keywords=["pédopsychiatrie", "enfants", "adolescents"])

E(r"""
# Œuvre des Jeunes Travailleuses de Tours – foyer d’hébergement

## **Coordonnées :**

Foyer Jeunes Travailleuses$$
Résidence Jeanne-Jugan$$
7 place de la Cathédrale$$
37000 TOURS$$
Tél : 02 61 91 37 00 (accueil) – 02 61 91 37 05 (veilleur de nuit)$$
Mail : OJT.TOURS@EXAMPLE.FR$$
Site internet : http://ojt-tours.example.fr/

## **Horaires d'ouverture et accueil du public :**

Ouvert 7j/7 de 8h à 20h.

## **Personnes responsables**

Présidente : Mme Marie-Thérèse BLANCHARD$$
Directeur : M. François-Xavier LEMAÎTRE

## **Personnes contact :**

- Maîtresse de maison : Mme Fatima BEN SAÏD, 06 39 98 37 10

""" + T("bold",
        "Association reconnue d’utilité publique, gestionnaire d’un foyer de 48 logements.",
        "Jeunes femmes de 16 à 30 ans en formation, en apprentissage ou en premier emploi.",
        "Le foyer loge et accompagne les jeunes vers l’autonomie.",
        ["logement temporaire meublé ;", "accompagnement socio-éducatif ;",
         "restauration collective."],
        "**Mise à jour :** 12/03/2020",
        "**Source de mise à jour :** <http://ojt-tours.example.fr/association>",
        "**Mots-clefs :** logement, jeunes travailleuses, Tours"),
  org="Œuvre des Jeunes Travailleuses de Tours",
  phones=["+33261913700 voice", "+33261913705 voice"],
  emails=["ojt.tours@example.fr"],
  urls=["http://ojt-tours.example.fr/"],
  address=A(["Résidence Jeanne-Jugan", "7 place de la Cathédrale"], "37000", "TOURS"),
  people=[P("Marie-Thérèse", "BLANCHARD", "Présidente", "Mme"),
          P("François-Xavier", "LEMAÎTRE", "Directeur", "M."),
          P("Fatima", "BEN SAÏD", "Maîtresse de maison", "Mme",
            phones=["+33639983710 cell"])],
  hours=[H("MO-SU", "08:00", "20:00")],
  updated="2020-03-12", source="http://ojt-tours.example.fr/association",
  keywords=["logement", "jeunes travailleuses", "Tours"])

E(r"""
# Permanence d’Accès aux Soins de Santé - PASS de Nîmes

## Coordonnées

Hôpital Carémeau, Porte 4, rez-de-chaussée$$
Place du Professeur Robert-Debré$$
30029 NÎMES CEDEX 9$$
Ligne d’écoute : 04 65 71 30 40$$
Secrétariat : 04 65 71 30 41$$
pass @ chu-nimes.example.fr

## Horaires

Du lundi au vendredi de 9 heures à 16 heures 30, sans rendez-vous.$$
Permanences : le 2e et le 4e jeudi du mois au centre social de Valdegour.

## Responsable

Mme Sandrine OLIVIER – assistante sociale

## Contacts

Docteur Karim HADDAD, médecin généraliste, k.haddad@chu-nimes.example.fr

""" + T("plain",
        "Dispositif hospitalier prévu par la loi du 29 juillet 1998 relative à la lutte contre les exclusions.",
        "Personnes en situation de précarité sans couverture maladie ou avec des droits incomplets.",
        "La PASS facilite l’accès aux soins et l’ouverture des droits.",
        ["consultations médicales gratuites ;", "accompagnement social ;",
         "délivrance de médicaments."],
        "**MAJ :** 09/2022",
        "**Source de mise à jour :** <https://www.chu-nimes.example.fr/pass>",
        "**Mots-clés :** précarité - accès aux soins - PASS"),
  org="Permanence d’Accès aux Soins de Santé",
  phones=["+33465713040 voice", "+33465713041 voice"],
  emails=["pass@chu-nimes.example.fr"],
  address=A(["Hôpital Carémeau, Porte 4, rez-de-chaussée",
             "Place du Professeur Robert-Debré"], "30029", "NÎMES CEDEX 9"),
  people=[P("Sandrine", "OLIVIER", "assistante sociale", "Mme"),
          P("Karim", "HADDAD", "médecin généraliste", "Dr",
            emails=["k.haddad@chu-nimes.example.fr"])],
  hours=[H("MO-FR", "09:00", "16:30")],
  updated="2022-09", source="https://www.chu-nimes.example.fr/pass",
  keywords=["précarité", "accès aux soins", "PASS"])

# ---------------------------------------------------------------------------
# e03: ISO-8859-1.
F("e03.md", enc="iso-8859-1")
E(r"""
# Institut Régional d'Éducation Sensorielle (IRES) de Strasbourg

## Coordonnées

Institut Régional d'Éducation Sensorielle$$
23 rue du Général-Leclerc$$
F-67000 STRASBOURG$$
Tel : +33 (0)3 53 01 67 20$$
Fax : +33 (0)3 53 01 67 29$$
E-mail : ires@example.fr$$
Site : https://www.ires-strasbourg.example.fr

## Horaires d'ouverture

Lundi - Mardi - Jeudi - Vendredi : 8h-12h / 13h-16h30$$
Mercredi : 8h-12h

## Personnes responsables

M. Frédéric SCHNEIDER, directeur

## Personnes contact

Mme Anne-Sophie KLEIN, chef de service éducatif, 03 53 01 67 22

""" + T("plain",
        "Établissement médico-social géré par une association de parents, agréé par l'ARS Grand Est.",
        "Enfants et jeunes de 0 à 20 ans déficients auditifs ou visuels.",
        "L'institut assure l'éducation, la scolarisation et les soins des jeunes accueillis.",
        ["unités d'enseignement ;", "service d'accompagnement familial ;",
         "transcription en braille."],
        "**Mise à jour :** juillet 2020",
        "**Source de mise à jour :** <https://www.ires-strasbourg.example.fr/institut>",
        "**Mots clefs :** déficience sensorielle - surdité - cécité"),
  org="Institut Régional d'Éducation Sensorielle (IRES) de Strasbourg",
  phones=["+33353016720 voice", "+33353016729 fax"],
  emails=["ires@example.fr"],
  urls=["https://www.ires-strasbourg.example.fr"],
  address=A(["23 rue du Général-Leclerc"], "67000", "STRASBOURG"),
  people=[P("Frédéric", "SCHNEIDER", "directeur", "M."),
          P("Anne-Sophie", "KLEIN", "chef de service éducatif", "Mme",
            phones=["+33353016722 voice"])],
  hours=[H("MO,TU,TH,FR", "08:00", "12:00"), H("MO,TU,TH,FR", "13:00", "16:30"),
         H("WE", "08:00", "12:00")],
  updated="2020-07", source="https://www.ires-strasbourg.example.fr/institut",
  keywords=["déficience sensorielle", "surdité", "cécité"])

E(r"""
# Foyer d'Accueil Médicalisé Les Genêts

## **Coordonnées**

FAM Les Genêts$$
Lieu-dit Kerhuel$$
56300 PONTIVY$$
Accueil : 02 61 91 56 00$$
Standard : 02 61 91 56 01$$
Fax : 02 61 91 56 09$$
fam.lesgenets@example.fr$$
www.fam-lesgenets.example.fr

## **Horaires d'ouverture et accueil du public :**

Visites tous les jours de 14h à 19h.

## **Personnes responsables**

Mme GUÉGAN Maryvonne, directrice$$
Dr Yannick LE MEUR, médecin coordonnateur

## **Personnes contact :**

Mlle Aurélie TANGUY, infirmière coordinatrice, 02 61 91 56 05, a.tanguy@example.fr

""" + T("bold",
        "Établissement médicalisé de 40 places géré par la Mutualité du Morbihan.",
        "Adultes en situation de handicap lourd nécessitant une assistance constante.",
        "Le foyer héberge et soigne les résidents et les accompagne dans leur vie sociale.",
        ["hébergement permanent et temporaire ;", "soins infirmiers et rééducation ;",
         "activités de jour."],
        "Actualisé en 2019",
        "**Source de mise à jour :** <https://www.fam-lesgenets.example.fr/accueil>",
        "**Mots-clefs :** handicap; FAM; Morbihan"),
  org="Foyer d'Accueil Médicalisé Les Genêts",
  phones=["+33261915600 voice", "+33261915601 voice", "+33261915609 fax"],
  emails=["fam.lesgenets@example.fr"],
  urls=["http://www.fam-lesgenets.example.fr"],
  address=A(["Lieu-dit Kerhuel"], "56300", "PONTIVY"),
  people=[P("Maryvonne", "GUÉGAN", "directrice", "Mme"),
          P("Yannick", "LE MEUR", "médecin coordonnateur", "Dr"),
          P("Aurélie", "TANGUY", "infirmière coordinatrice", "Mlle",
            phones=["+33261915605 voice"], emails=["a.tanguy@example.fr"])],
  hours=[H("MO-SU", "14:00", "19:00")],
  updated="2019", source="https://www.fam-lesgenets.example.fr/accueil",
  keywords=["handicap", "FAM", "Morbihan"])

E(r"""
# Comité Départemental d'Éducation pour la Santé du Cantal - CODES 15

## Coordonnées

CODES 15$$
Centre administratif, Esc. 2, 3e étage$$
28 avenue Gambetta$$
BP 509$$
15005 AURILLAC CEDEX$$
France$$
Tél. : 04 65 71 15 00$$
codes15@example.org$$
http://www.codes15.example.org

## Horaires

En semaine de 9h à 12h et de 13h30 à 17h.

## Responsables

Président : Docteur Bernard VIALA$$
Directrice : Mme Élise DELPUECH

## Contacts

- Chargée de projets : Mlle Inès BOUZID, ines.bouzid@codes15.example.org

""" + T("plain",
        "Association loi 1901 membre de la Fédération nationale d'éducation et de promotion de la santé.",
        "Professionnels de l'éducation, du social et de la santé, élus, associations.",
        "Le comité développe l'éducation pour la santé dans le département :",
        ["conseil méthodologique ;", "formation ;", "prêt d'outils pédagogiques."],
        "**Mise à jour :** 03 juin 2022",
        "**Source de mise à jour :** <http://www.codes15.example.org/qui-sommes-nous>",
        "**Mots-clés :** éducation pour la santé, prévention, Cantal"),
  org="Comité Départemental d'Éducation pour la Santé du Cantal",
  phones=["+33465711500 voice"],
  emails=["codes15@example.org"],
  urls=["http://www.codes15.example.org"],
  address=A(["Centre administratif, Esc. 2, 3e étage", "28 avenue Gambetta", "BP 509"],
            "15005", "AURILLAC CEDEX"),
  people=[P("Bernard", "VIALA", "Président", "Dr"),
          P("Élise", "DELPUECH", "Directrice", "Mme"),
          P("Inès", "BOUZID", "Chargée de projets", "Mlle",
            emails=["ines.bouzid@codes15.example.org"])],
  hours=[H("MO-FR", "09:00", "12:00"), H("MO-FR", "13:30", "17:00")],
  updated="2022-06-03", source="http://www.codes15.example.org/qui-sommes-nous",
  keywords=["éducation pour la santé", "prévention", "Cantal"])

E(r"""
# Service d'Aide à Domicile « Bien Chez Soi »

## COORDONNEES

Bien Chez Soi$$
Maison des services, Bât. A$$
2 place de la Mairie$$
40100 DAX$$
Tél : 05 36 49 40 10$$
Portable : 06 39 98 40 11$$
E-MAIL : BIENCHEZSOI@EXAMPLE.FR$$
http://bienchezsoi.example.fr

## HORAIRES

Du lundi au vendredi, de 8h30 à 12h et de 13h30 à 17h30 ; le samedi matin de 9h à 12h.

## RESPONSABLE

MICHEL LABORDE, président

## CONTACTS

Mme Josiane DARRIGADE, responsable de secteur, 05 36 49 40 12

""" + T("caps",
        "Association agréée service d'aide et d'accompagnement à domicile (SAAD).",
        "Personnes âgées, personnes handicapées, familles.",
        "Le service aide les personnes à rester chez elles dans de bonnes conditions.",
        ["aide au lever et au coucher ;", "entretien du logement ;", "portage de repas."],
        "**MAJ :** 11/2020",
        "**SOURCE DE MISE A JOUR :** <http://bienchezsoi.example.fr/association>",
        "**MOTS-CLES :** aide à domicile; personnes âgées; Landes"),
  org="Service d'Aide à Domicile « Bien Chez Soi »",
  phones=["+33536494010 voice", "+33639984011 cell"],
  emails=["bienchezsoi@example.fr"],
  urls=["http://bienchezsoi.example.fr"],
  address=A(["Maison des services, Bât. A", "2 place de la Mairie"], "40100", "DAX"),
  people=[P("Michel", "LABORDE", "président"),
          P("Josiane", "DARRIGADE", "responsable de secteur", "Mme",
            phones=["+33536494012 voice"])],
  hours=[H("MO-FR", "08:30", "12:00"), H("MO-FR", "13:30", "17:30"),
         H("SA", "09:00", "12:00")],
  updated="2020-11", source="http://bienchezsoi.example.fr/association",
  keywords=["aide à domicile", "personnes âgées", "Landes"])

# ---------------------------------------------------------------------------
# e04: UTF-16LE with BOM.
F("e04.md", enc="utf-16le-bom")
E(r"""
# Maison Départementale des Personnes Handicapées de la Drôme – MDPH 26

## **Coordonnées**

MDPH 26$$
42 C avenue des Langories$$
CS 30011$$
26000 VALENCE$$
Tél. : 04 65 71 26 00$$
N° Vert : 0 800 26 26 26$$
Courriel : contact.mdph @ ladrome.example.fr$$
Site : www.mdph26.example.fr/deposer-une-demande

## **Horaires d'ouverture et accueil du public :**

Accueil du public : lundi, mardi, jeudi, vendredi de 9h à 12h et de 13h30 à 16h30 ; mercredi de 9h à 12h.$$
Fermeture exceptionnelle le jeudi 14 novembre.

## **Personnes responsables**

Mme Nathalie ROCHE, directrice$$
M. Grégory FAURE, directeur adjoint, chargé de l'accueil

## **Personnes contact :**

[Contacter la MDPH](#)

""" + T("bold",
        "Groupement d'intérêt public placé sous la tutelle administrative du Département.",
        "Personnes handicapées de tous âges et leurs proches.",
        "La MDPH informe, évalue les besoins et attribue les droits et prestations.",
        ["accueil et information ;", "évaluation pluridisciplinaire ;",
         "secrétariat de la CDAPH."],
        "Mise à jour le 18 janvier 2024",
        "**Source de mise à jour :** [site de la MDPH](https://www.mdph26.example.fr/la-mdph)",
        "**Mots-clefs :** handicap - MDPH - Drôme - droits"),
  org="Maison Départementale des Personnes Handicapées de la Drôme",
  phones=["+33465712600 voice", "+33800262626 tollfree"],
  emails=["contact.mdph@ladrome.example.fr"],
  urls=["http://www.mdph26.example.fr/deposer-une-demande"],
  address=A(["42 C avenue des Langories", "CS 30011"], "26000", "VALENCE"),
  people=[P("Nathalie", "ROCHE", "directrice", "Mme"),
          P("Grégory", "FAURE", "directeur adjoint, chargé de l'accueil", "M.")],
  hours=[H("MO,TU,TH,FR", "09:00", "12:00"), H("MO,TU,TH,FR", "13:30", "16:30"),
         H("WE", "09:00", "12:00")],
  closures=["Fermeture exceptionnelle le jeudi 14 novembre"],
  updated="2024-01-18", source="https://www.mdph26.example.fr/la-mdph",
  keywords=["handicap", "MDPH", "Drôme", "droits"])

E(r"""
# Centre Communal d'Action Sociale de Saint-Malo

## Coordonnées

Hôtel de Ville, Esc. 2, 1er étage$$
Place Chateaubriand$$
CS 21826$$
35418 SAINT-MALO CEDEX$$
FRANCE$$
Accueil : 02 61 91 35 00$$
Secrétariat : 02 61 91 35 02$$
ccas@saint-malo.example.fr$$
https://www.saint-malo.example.fr/ccas

## Horaires d'ouverture

Lundi au vendredi : 8h30-12h / 13h30-17h$$
Le jeudi : ouverture à 10h.

## Personnes responsables

M. Hervé LE BRETON, vice-président délégué aux affaires sociales$$
Mme Solène RIO, directrice

## Personnes contact

Conseillère : Mme Nolwenn GUILLOU, 02 61 91 35 10

""" + T("plain",
        "Établissement public administratif communal présidé par le maire.",
        "Habitants de Saint-Malo en difficulté, personnes âgées, personnes handicapées.",
        "Le CCAS anime l'action sociale générale de la commune.",
        ["domiciliation ;", "aides facultatives ;", "instruction des demandes d'aide sociale."],
        "**MAJ :** 03/2021",
        "**Source de mise à jour :** <https://www.saint-malo.example.fr/ccas/presentation>",
        "**Mots-clés :** action sociale, CCAS, Saint-Malo"),
  org="Centre Communal d'Action Sociale de Saint-Malo",
  phones=["+33261913500 voice", "+33261913502 voice"],
  emails=["ccas@saint-malo.example.fr"],
  urls=["https://www.saint-malo.example.fr/ccas"],
  address=A(["Hôtel de Ville, Esc. 2, 1er étage", "Place Chateaubriand", "CS 21826"],
            "35418", "SAINT-MALO CEDEX"),
  people=[P("Hervé", "LE BRETON", "vice-président délégué aux affaires sociales", "M."),
          P("Solène", "RIO", "directrice", "Mme"),
          P("Nolwenn", "GUILLOU", "Conseillère", "Mme", phones=["+33261913510 voice"])],
  hours=[H("MO,TU,WE,FR", "08:30", "12:00"), H("TH", "10:00", "12:00"),
         H("MO-FR", "13:30", "17:00")],
  updated="2021-03", source="https://www.saint-malo.example.fr/ccas/presentation",
  keywords=["action sociale", "CCAS", "Saint-Malo"])

E(r"""
# Lieu d'Accueil Enfants-Parents « Les P'tits Pas » - LAEP de Figeac

## Coordonnées

LAEP Les P'tits Pas$$
Centre social, Bât. B$$
5 allée Victor-Hugo$$
46100 FIGEAC$$
Tél : 05.36.49.46.00$$
lesptitspas@example.org$$
[Notre blog](http://lesptitspas.example.org/blog)

## Horaires

Mardi et jeudi de 9h à 11h30, mercredi de 15h à 18h, sans rendez-vous, anonyme et gratuit.$$
Fermé pendant les vacances scolaires.

## Responsable

Mme Julie CAYROL, éducatrice de jeunes enfants, responsable du LAEP

## Contacts

Mme Sabine DELMAS (psychologue)

""" + T("plain",
        "Lieu d'accueil géré par le centre social intercommunal, cofinancé par la CAF du Lot.",
        "Enfants de moins de 6 ans accompagnés d'un parent ou d'un adulte familier.",
        "Le LAEP est un espace de jeu, de parole et d'écoute autour de la parentalité.",
        ["accueil libre ;", "rencontres entre parents ;", "préparation à la séparation."],
        "**Mise à jour :** 2021",
        "**Source de mise à jour :** <http://lesptitspas.example.org/blog/qui-sommes-nous>",
        "**Mots-clefs :** parentalité ; petite enfance ; Lot"),
  org="Lieu d'Accueil Enfants-Parents « Les P'tits Pas »",
  phones=["+33536494600 voice"],
  emails=["lesptitspas@example.org"],
  urls=["http://lesptitspas.example.org/blog"],
  address=A(["Centre social, Bât. B", "5 allée Victor-Hugo"], "46100", "FIGEAC"),
  people=[P("Julie", "CAYROL", "éducatrice de jeunes enfants, responsable du LAEP", "Mme"),
          P("Sabine", "DELMAS", "psychologue", "Mme")],
  hours=[H("TU,TH", "09:00", "11:30"), H("WE", "15:00", "18:00")],
  closures=["Fermé pendant les vacances scolaires"],
  updated="2021", source="http://lesptitspas.example.org/blog/qui-sommes-nous",
  keywords=["parentalité", "petite enfance", "Lot"])

E(r"""
# Bureau Information Jeunesse de Pau – BIJ 64

## **Coordonnées**

BIJ 64$$
Maison de la Jeunesse$$
18 rue Bernadotte$$
BP 1214$$
64012 PAU CEDEX$$
Tél : 05 36 49 64 00 / 06 39 98 64 01$$
bij64 (arobase) example.fr$$
http://www.bij64.example.fr$$
http://www.facebook.com/bij64

## **Horaires d'ouverture et accueil du public :**

Lundi : 13h30-18h$$
Du mardi au vendredi : 10h-12h30 et 13h30-18h$$
Samedi : 10h-12h

## **Personnes responsables**

Mme Ève-Marie O'CONNOR, directrice

## **Personnes contact :**

- M. Théo LARRIEU, informateur jeunesse, theo.larrieu@bij64.example.fr

""" + T("bold",
        "Association labellisée Information Jeunesse par l'État.",
        "Jeunes de 15 à 30 ans, parents, professionnels.",
        "Le BIJ informe gratuitement et anonymement les jeunes sur tous les sujets :",
        ["orientation et formation ;", "emploi et jobs d'été ;", "logement et mobilité."],
        "**Mise à jour :** 28/02/2023",
        "**Source de mise à jour :** <http://www.bij64.example.fr/le-bij>",
        "**Mots-clés :** information jeunesse - orientation - logement - emploi"),
  org="Bureau Information Jeunesse de Pau",
  phones=["+33536496400 voice", "+33639986401 cell"],
  emails=["bij64@example.fr"],
  urls=["http://www.bij64.example.fr", "http://www.facebook.com/bij64"],
  address=A(["Maison de la Jeunesse", "18 rue Bernadotte", "BP 1214"], "64012",
            "PAU CEDEX"),
  people=[P("Ève-Marie", "O'CONNOR", "directrice", "Mme"),
          P("Théo", "LARRIEU", "informateur jeunesse", "M.",
            emails=["theo.larrieu@bij64.example.fr"])],
  hours=[H("MO", "13:30", "18:00"), H("TU-FR", "10:00", "12:30"),
         H("TU-FR", "13:30", "18:00"), H("SA", "10:00", "12:00")],
  updated="2023-02-28", source="http://www.bij64.example.fr/le-bij",
  keywords=["information jeunesse", "orientation", "logement", "emploi"])

# ---------------------------------------------------------------------------
# e05: UTF-8, NFD.
F("e05.md", nfd=True)
E(r"""
# Centre Hospitalier Spécialisé de Saint-Égrève — Pôle addictologie

## Coordonnées

Pôle addictologie$$
Bâtiment E « Les Érables »$$
10 rue du Docteur-Calmette$$
CS 20004$$
38521 SAINT-ÉGRÈVE CEDEX$$
Standard : 04 65 71 38 00$$
Secrétariat médical : 04 65 71 38 10$$
Fax : 04 65 71 38 19$$
secretariat.addicto@chs-egreve.example.fr$$
https://www.chs-egreve.example.fr/addictologie/

## Horaires

Consultations sur rendez-vous du lundi au vendredi de 8h30 à 17h30.

## Personnes responsables

Dr Jérôme FAVRE-BONVIN, psychiatre, chef de pôle$$
Mme Cécile BRUN, cadre supérieure de santé

## Personnes contact

- Secrétariat : 04 65 71 38 10

""" + T("plain",
        "Établissement public de santé mentale du département de l'Isère.",
        "Adultes présentant une conduite addictive, avec ou sans trouble psychiatrique associé.",
        "Le pôle assure consultations, hospitalisations de sevrage et soins de suite.",
        ["consultations externes ;", "hôpital de jour ;", "équipe de liaison."],
        "Mise à jour le 2 juin 2022.",
        "**Source de mise à jour :** <https://www.chs-egreve.example.fr/addictologie/equipe>",
        "**Mots-clés :** addictologie - alcool - sevrage"),
  org="Centre Hospitalier Spécialisé de Saint-Égrève",
  phones=["+33465713800 voice", "+33465713810 voice", "+33465713819 fax"],
  emails=["secretariat.addicto@chs-egreve.example.fr"],
  urls=["https://www.chs-egreve.example.fr/addictologie/"],
  address=A(["Bâtiment E « Les Érables »", "10 rue du Docteur-Calmette", "CS 20004"],
            "38521", "SAINT-ÉGRÈVE CEDEX"),
  people=[P("Jérôme", "FAVRE-BONVIN", "psychiatre, chef de pôle", "Dr"),
          P("Cécile", "BRUN", "cadre supérieure de santé", "Mme")],
  hours=[H("MO-FR", "08:30", "17:30", appt=True)],
  updated="2022-06-02", source="https://www.chs-egreve.example.fr/addictologie/equipe",
  keywords=["addictologie", "alcool", "sevrage"])

E(r"""
# Association Française des Aidants de l'Ariège

## **Coordonnées**

Association Française des Aidants$$
Antenne de l'Ariège$$
Résidence du Parc, Appt 12$$
3 avenue de Lérida$$
09000 FOIX$$
Téléphone : 05 36 49 09 00$$
Ligne d'écoute : 05 36 49 09 09$$
E-mail : <ariege@aidants.example.org>$$
www.aidants.example.org/ariege

## **Horaires d'ouverture et accueil du public :**

Permanences : le 1er et le 3e mercredi du mois, de 14h à 17h, à la Maison des associations.$$
Sur rendez-vous les autres jours.

## **Personnes responsables**

Présidente : Mme Geneviève PUJOL

## **Personnes contact :**

Mme Élodie CAZALS, chargée de mission, 06 39 98 09 02

""" + T("bold",
        "Antenne départementale d'une association nationale reconnue d'intérêt général.",
        "Proches aidants de personnes malades, âgées ou handicapées.",
        "L'antenne organise des temps d'échange et de formation pour les aidants.",
        ["Cafés des Aidants ;", "formation des aidants ;", "ateliers santé."],
        "**MAJ :** mai 2018",
        "**Source de mise à jour :** <https://www.aidants.example.org/ariege/antenne>",
        "**Mots-clefs :** aidants, répit, Ariège"),
  org="Association Française des Aidants de l'Ariège",
  phones=["+33536490900 voice", "+33536490909 voice"],
  emails=["ariege@aidants.example.org"],
  urls=["http://www.aidants.example.org/ariege"],
  address=A(["Résidence du Parc, Appt 12", "3 avenue de Lérida"], "09000", "FOIX"),
  people=[P("Geneviève", "PUJOL", "Présidente", "Mme"),
          P("Élodie", "CAZALS", "chargée de mission", "Mme",
            phones=["+33639980902 cell"])],
  updated="2018-05", source="https://www.aidants.example.org/ariege/antenne",
  keywords=["aidants", "répit", "Ariège"])

E(r"""
# Groupe d'Entraide Mutuelle « L'Envol »

## Coordonnées

GEM L'Envol$$
15 bis rue Émile-Zola$$
Rez-de-chaussée, porte gauche$$
71100 CHALON-SUR-SAÔNE$$
France$$
Tél. : 03 53 01 71 00$$
Port. : 06 39 98 71 01$$
gem.lenvol@example.fr

## Horaires

Lundi, mardi, jeudi, vendredi : 13h30-18h$$
Mercredi : 10h-12h et 13h30-18h$$
Un samedi par mois (programme affiché sur place).

## Responsable

Animatrice : Mlle Léa GONÇALVES

## Contacts

Président(e) : Dominique BERTHAUD

""" + T("plain",
        "Association d'usagers en santé mentale, parrainée par l'UNAFAM et financée par l'ARS.",
        "Adultes vivant avec des troubles psychiques, en rupture d'isolement.",
        "Le GEM est un lieu de rencontre et d'entraide géré par ses adhérents.",
        ["activités culturelles et sportives ;", "sorties ;", "groupes de parole."],
        "**Mise à jour :** 10/10/2022",
        "**Source de mise à jour :** <https://gem-lenvol.example.fr>",
        "**Mots-clés :** santé mentale ; entraide ; pair-aidance"),
  org="Groupe d'Entraide Mutuelle « L'Envol »",
  phones=["+33353017100 voice", "+33639987101 cell"],
  emails=["gem.lenvol@example.fr"],
  address=A(["15 bis rue Émile-Zola", "Rez-de-chaussée, porte gauche"], "71100",
            "CHALON-SUR-SAÔNE"),
  people=[P("Léa", "GONÇALVES", "Animatrice", "Mlle"),
          P("Dominique", "BERTHAUD", "Président(e)")],
  hours=[H("MO,TU,TH,FR", "13:30", "18:00"), H("WE", "10:00", "12:00"),
         H("WE", "13:30", "18:00")],
  updated="2022-10-10", source="https://gem-lenvol.example.fr",
  keywords=["santé mentale", "entraide", "pair-aidance"])

E(r"""
# Centre de Planification et d'Éducation Familiale de Montluçon - CPEF

## Coordonnées

Centre Hospitalier, Bâtiment des consultations externes$$
18 avenue du 8-Mai-1945$$
BP 1148$$
03113 MONTLUÇON CEDEX$$
Accueil : 04 65 71 03 00$$
E-mail : CPEF@CH-MONTLUCON.EXAMPLE.FR

## Horaires

Du lundi au vendredi de 9h à 17h, avec ou sans rendez-vous.$$
Consultations médicales le mercredi après-midi sur rendez-vous.

## Personnes responsables

Dr Marie-Noëlle THÉVENET, gynécologue$$
Mme Anaïs COLIN, conseillère conjugale et familiale

## Personnes contact

[Prendre rendez-vous](#)

""" + T("plain",
        "Centre départemental géré par le centre hospitalier par convention avec le Département.",
        "Jeunes, femmes, hommes et couples, mineurs sans autorisation parentale.",
        "Le centre informe et consulte en matière de contraception et de sexualité.",
        ["consultations de contraception ;", "dépistage des IST ;",
         "entretiens préalables à l'IVG."],
        "**Mise à jour :** Mars 2023",
        "**Source de mise à jour :** <https://www.ch-montlucon.example.fr/cpef>",
        "**Mots-clés :** contraception, IVG, sexualité, jeunes"),
  org="Centre de Planification et d'Éducation Familiale de Montluçon",
  phones=["+33465710300 voice"],
  emails=["cpef@ch-montlucon.example.fr"],
  address=A(["Centre Hospitalier, Bâtiment des consultations externes",
             "18 avenue du 8-Mai-1945", "BP 1148"], "03113", "MONTLUÇON CEDEX"),
  people=[P("Marie-Noëlle", "THÉVENET", "gynécologue", "Dr"),
          P("Anaïs", "COLIN", "conseillère conjugale et familiale", "Mme")],
  hours=[H("MO-FR", "09:00", "17:00")],
  updated="2023-03", source="https://www.ch-montlucon.example.fr/cpef",
  keywords=["contraception", "IVG", "sexualité", "jeunes"])

# ---------------------------------------------------------------------------
# e06: UTF-8, CRLF.
F("e06.md", eol="CRLF")
E(r"""
# ASSOCIATION D'AIDE AUX VICTIMES DE LA MARNE - AVIM 51

## COORDONNEES

AVIM 51$$
Palais de Justice$$
3 PLACE MYRHA$$
51100 REIMS$$
Accueil : 03 53 01 51 00$$
Ligne d'écoute : 03 53 01 51 51$$
E-mail : CONTACT@AVIM51.EXAMPLE.ORG$$
www.avim51.example.org

## HORAIRES

9H00 - 12H00 ET 14H00 - 17H00 DU LUNDI AU VENDREDI

## RESPONSABLE

M. PIERRE-YVES LAMBERT, PRÉSIDENT

## CONTACTS

Mme Coralie HENRY, juriste, 03 53 01 51 05

""" + T("caps",
        "Association conventionnée par le ministère de la Justice et membre de France Victimes.",
        "Toute personne victime d'une infraction pénale, d'un accident ou d'une catastrophe.",
        "L'association écoute, informe et accompagne les victimes tout au long de la procédure.",
        ["soutien psychologique ;", "information juridique ;", "accompagnement aux audiences."],
        "**MAJ :** 12/2022",
        "**SOURCE DE MISE A JOUR :** <https://www.avim51.example.org/association>",
        "**MOTS-CLES :** aide aux victimes - justice - Marne"),
  org="ASSOCIATION D'AIDE AUX VICTIMES DE LA MARNE",
  phones=["+33353015100 voice", "+33353015151 voice"],
  emails=["contact@avim51.example.org"],
  urls=["http://www.avim51.example.org"],
  address=A(["Palais de Justice", "3 PLACE MYRHA"], "51100", "REIMS"),
  people=[P("Pierre-Yves", "LAMBERT", "PRÉSIDENT", "M."),
          P("Coralie", "HENRY", "juriste", "Mme", phones=["+33353015105 voice"])],
  hours=[H("MO-FR", "09:00", "12:00"), H("MO-FR", "14:00", "17:00")],
  updated="2022-12", source="https://www.avim51.example.org/association",
  keywords=["aide aux victimes", "justice", "Marne"])

E(r"""
# Espace Santé Étudiants de l'Université de Bourgogne

## **Coordonnées**

Espace Santé Étudiants$$
Maison de l'Étudiant, 1er étage$$
Esplanade Erasme$$
BP 27877$$
21078 DIJON CEDEX$$
Tél : +33 3 53 01 21 00$$
sante.etudiants@u-bourgogne.example.fr$$
http://sante-etudiants.u-bourgogne.example.fr

## **Horaires d'ouverture et accueil du public :**

Lundi au jeudi : 8h30/12h30 – 13h30/17h30$$
Vendredi : 8h30/12h30 – 13h30/16h

## **Personnes responsables**

Dr Anne-Cécile MOREL, médecin directeur

## **Personnes contact :**

Mme Samira KHELIFI, infirmière, s.khelifi@u-bourgogne.example.fr

""" + T("bold",
        "Service de santé universitaire, service commun de l'université.",
        "Étudiants inscrits à l'Université de Bourgogne.",
        "Le service veille à la santé des étudiants pendant leurs études.",
        ["consultations de médecine générale ;", "consultations psychologiques ;",
         "vaccinations."],
        "**Mise à jour :** 4/9/2023",
        "**Source de mise à jour :** <http://sante-etudiants.u-bourgogne.example.fr/service>",
        "**Mots-clefs :** santé étudiante; prévention; Dijon"),
  org="Espace Santé Étudiants de l'Université de Bourgogne",
  phones=["+33353012100 voice"],
  emails=["sante.etudiants@u-bourgogne.example.fr"],
  urls=["http://sante-etudiants.u-bourgogne.example.fr"],
  address=A(["Maison de l'Étudiant, 1er étage", "Esplanade Erasme", "BP 27877"],
            "21078", "DIJON CEDEX"),
  people=[P("Anne-Cécile", "MOREL", "médecin directeur", "Dr"),
          P("Samira", "KHELIFI", "infirmière", "Mme",
            emails=["s.khelifi@u-bourgogne.example.fr"])],
  hours=[H("MO-TH", "08:30", "12:30"), H("MO-TH", "13:30", "17:30"),
         H("FR", "08:30", "12:30"), H("FR", "13:30", "16:00")],
  updated="2023-09-04", source="http://sante-etudiants.u-bourgogne.example.fr/service",
  keywords=["santé étudiante", "prévention", "Dijon"])

E(r"""
# Relais Assistants Maternels du Pays de Redon

## Coordonnées

3 rue Charles-Sillard$$
35600 REDON$$
Relais Assistants Maternels$$
Tél. 02 61 91 35 60 - Port. 06 39 98 35 61$$
ram@pays-redon.example.fr$$
www.pays-redon.example.fr/ram

## Horaires

Accueil du public le mardi et le vendredi de 9h à 12h, le mercredi de 14h à 18h.

## Responsable

Mme Morgane JOUAN, animatrice responsable

""" + T("plain",
        "Service intercommunal de Redon Agglomération, soutenu par la CAF d'Ille-et-Vilaine.",
        "Assistants maternels, gardes à domicile, parents et futurs parents.",
        "Le relais informe les familles et accompagne les professionnels de l'accueil individuel.",
        ["information sur les modes d'accueil ;", "ateliers d'éveil ;",
         "soirées d'échange professionnel."],
        "**Mise à jour :** 06/06/2021",
        "**Source de mise à jour :** <https://www.pays-redon.example.fr/ram/presentation>",
        "**Mots-clés :** petite enfance, assistants maternels, Redon"),
  org="Relais Assistants Maternels du Pays de Redon",
  phones=["+33261913560 voice", "+33639983561 cell"],
  emails=["ram@pays-redon.example.fr"],
  urls=["http://www.pays-redon.example.fr/ram"],
  address=A(["3 rue Charles-Sillard"], "35600", "REDON"),
  people=[P("Morgane", "JOUAN", "animatrice responsable", "Mme")],
  hours=[H("TU,FR", "09:00", "12:00"), H("WE", "14:00", "18:00")],
  updated="2021-06-06", source="https://www.pays-redon.example.fr/ram/presentation",
  keywords=["petite enfance", "assistants maternels", "Redon"])

E(r"""
# Lieu d'Écoute et d'Accueil pour Adolescents – Maison des Ados du Var

## Coordonnées

Maison des Adolescents du Var$$
Résidence Le Mistral, Bât. B$$
12 boulevard de Strasbourg$$
83000 TOULON$$
Tél : 04 65 71 83 00$$
Tél : 04 65 71 83 01$$
E-mail : accueil@mda83.example.fr / direction@mda83.example.fr$$
Site : https://mda83.example.fr

## Horaires d'accueil

Mardi : 13h-18h, mercredi : 10h-18h, jeudi : 13h-17h, vendredi : 13h-19h, samedi : 10h-13h

## Personnes responsables

Dr Paul-Émile ROSTAND, pédopsychiatre, médecin coordinateur$$
Mme Laurence ISNARD, directrice

## Personnes contact

Accueil : Mlle Clara MARTINEZ

""" + T("plain",
        "Groupement de coopération sociale et médico-sociale associant l'hôpital, le Département et des associations.",
        "Adolescents de 11 à 25 ans, parents et professionnels.",
        "La maison accueille sans condition les adolescents et oriente vers les soins si besoin.",
        ["accueil anonyme et gratuit ;", "consultations de psychologues ;",
         "appui aux professionnels."],
        "**Mise à jour :** 15 nov. 2021",
        "**Source de mise à jour :** <https://mda83.example.fr/la-maison>",
        "**Mots-clés :** adolescents ; écoute ; Toulon"),
  org="Lieu d'Écoute et d'Accueil pour Adolescents",
  phones=["+33465718300 voice", "+33465718301 voice"],
  emails=["accueil@mda83.example.fr", "direction@mda83.example.fr"],
  urls=["https://mda83.example.fr"],
  address=A(["Résidence Le Mistral, Bât. B", "12 boulevard de Strasbourg"], "83000",
            "TOULON"),
  people=[P("Paul-Émile", "ROSTAND", "pédopsychiatre, médecin coordinateur", "Dr"),
          P("Laurence", "ISNARD", "directrice", "Mme"),
          P("Clara", "MARTINEZ", "Accueil", "Mlle")],
  hours=[H("TU", "13:00", "18:00"), H("WE", "10:00", "18:00"), H("TH", "13:00", "17:00"),
         H("FR", "13:00", "19:00"), H("SA", "10:00", "13:00")],
  updated="2021-11-15", source="https://mda83.example.fr/la-maison",
  keywords=["adolescents", "écoute", "Toulon"])

# ---------------------------------------------------------------------------
# e07: UTF-8 with BOM.
F("e07.md", enc="utf-8-bom")
E(r"""
# Service Social Maritime – antenne de Boulogne-sur-Mer

## Coordonnées

Service Social Maritime$$
Gare maritime, quai Gambetta$$
BP 45$$
62201 BOULOGNE-SUR-MER CEDEX$$
Standard : 03 53 01 62 00$$
Ligne d'écoute : 0 805 62 62 62$$
Fax : 03 53 01 62 09$$
ssm.boulogne@example.fr$$
http://www.ssm.example.fr/boulogne

## Horaires d'ouverture

Lundi, mardi, jeudi et vendredi de 8h30 à 12h et de 13h30 à 17h ; mercredi de 8h30 à 12h.$$
Fermeture annuelle : les deux premières semaines d'août.

## Personnes responsables

Mme Laure DEVOS-LEFEBVRE, assistante sociale, responsable d'antenne

## Personnes contact

M. Bruno CARON (conseiller)

""" + T("plain",
        "Association nationale reconnue d'utilité publique, financée par l'ENIM.",
        "Marins du commerce et de la pêche, actifs et retraités, et leurs familles.",
        "Le service accompagne les gens de mer dans leurs démarches sociales.",
        ["accès aux droits ;", "accompagnement des marins blessés ;",
         "aide aux familles."],
        "**MAJ :** 07/2023",
        "**Source de mise à jour :** <http://www.ssm.example.fr/boulogne/antenne>",
        "**Mots-clés :** marins ; pêche ; action sociale"),
  org="Service Social Maritime",
  phones=["+33353016200 voice", "+33805626262 tollfree", "+33353016209 fax"],
  emails=["ssm.boulogne@example.fr"],
  urls=["http://www.ssm.example.fr/boulogne"],
  address=A(["Gare maritime, quai Gambetta", "BP 45"], "62201",
            "BOULOGNE-SUR-MER CEDEX"),
  people=[P("Laure", "DEVOS-LEFEBVRE", "assistante sociale, responsable d'antenne", "Mme"),
          P("Bruno", "CARON", "conseiller", "M.")],
  hours=[H("MO,TU,TH,FR", "08:30", "12:00"), H("MO,TU,TH,FR", "13:30", "17:00"),
         H("WE", "08:30", "12:00")],
  closures=["Fermeture annuelle : les deux premières semaines d'août"],
  updated="2023-07", source="http://www.ssm.example.fr/boulogne/antenne",
  keywords=["marins", "pêche", "action sociale"])

E(r"""
# Maison de l'Emploi et de la Formation du Pays de Gex

## **Coordonnées**

MEF du Pays de Gex$$
ZA de la Poterie, Bât. 3$$
160 rue de la Poterie$$
01210 FERNEY-VOLTAIRE$$
Tél. 04 65 71 01 10$$
Accueil : 04 65 71 01 11$$
contact @ mef-gex.example.fr$$
http://mef-gex.example.fr/

## **Horaires d'ouverture et accueil du public :**

Du lundi au vendredi : 8h30-12h et 13h30-17h (fermé le vendredi après-midi)

## **Personnes responsables**

Directeur : M. Alain VUILLERMOZ$$
Présidente : Mme Josette DUNAND-GIROD

## **Personnes contact :**

Chargé d'accueil : M. Kévin PERRET, 04 65 71 01 12, accueil@mef-gex.example.fr

""" + T("bold",
        "Groupement d'intérêt public réunissant l'État, la Communauté d'agglomération et Pôle emploi.",
        "Demandeurs d'emploi, salariés, employeurs, frontaliers.",
        "La maison rassemble en un lieu les services d'emploi et de formation du territoire.",
        ["accueil et orientation ;", "ateliers de recherche d'emploi ;",
         "relations avec les entreprises."],
        "Actualisé en 2020.",
        "**Source de mise à jour :** <http://mef-gex.example.fr/presentation>",
        "**Mots-clefs :** emploi - formation - insertion - Pays de Gex"),
  org="Maison de l'Emploi et de la Formation du Pays de Gex",
  phones=["+33465710110 voice", "+33465710111 voice"],
  emails=["contact@mef-gex.example.fr"],
  urls=["http://mef-gex.example.fr/"],
  address=A(["ZA de la Poterie, Bât. 3", "160 rue de la Poterie"], "01210",
            "FERNEY-VOLTAIRE"),
  people=[P("Alain", "VUILLERMOZ", "Directeur", "M."),
          P("Josette", "DUNAND-GIROD", "Présidente", "Mme"),
          P("Kévin", "PERRET", "Chargé d'accueil", "M.", phones=["+33465710112 voice"],
            emails=["accueil@mef-gex.example.fr"])],
  hours=[H("MO-FR", "08:30", "12:00"), H("MO-TH", "13:30", "17:00")],
  updated="2020", source="http://mef-gex.example.fr/presentation",
  keywords=["emploi", "formation", "insertion", "Pays de Gex"])

E(r"""
# Centre Régional de Coordination des Dépistages des Cancers – site de l'Allier

## Coordonnées

CRCDC – site de l'Allier$$
Le Carré Max Dormoy$$
2 rue des Carmes$$
03000 MOULINS$$
Tél : 04.65.71.03.40$$
Fax : 04.65.71.03.49$$
depistage03@crcdc.example.fr$$
www.crcdc.example.fr

## Horaires d'ouverture

Uniquement sur rendez-vous.$$
Les examens de dépistage se font chez votre médecin ou votre radiologue.

## Personnes responsables

Pr Jacques-Olivier BAILLY, président$$
Dr Nadia BENKIRANE, médecin coordinateur

## Personnes contact

Secrétariat : Mme Sylvie AUBERT

""" + T("plain",
        "Groupement d'intérêt public régional, financé par l'Assurance maladie et l'ARS.",
        "Femmes et hommes de 50 à 74 ans, professionnels de santé.",
        "Le centre organise les dépistages des cancers du sein, colorectal et du col de l'utérus.",
        ["invitations et relances ;", "seconde lecture des mammographies ;",
         "suivi des résultats."],
        "Mise à jour le 2 mai 2023",
        "**Source de mise à jour :** <https://www.crcdc.example.fr/allier>",
        "**Mots-clés :** cancer; dépistage; Allier"),
  org="Centre Régional de Coordination des Dépistages des Cancers",
  phones=["+33465710340 voice", "+33465710349 fax"],
  emails=["depistage03@crcdc.example.fr"],
  urls=["http://www.crcdc.example.fr"],
  address=A(["Le Carré Max Dormoy", "2 rue des Carmes"], "03000", "MOULINS"),
  people=[P("Jacques-Olivier", "BAILLY", "président", "Pr"),
          P("Nadia", "BENKIRANE", "médecin coordinateur", "Dr"),
          P("Sylvie", "AUBERT", "Secrétariat", "Mme")],
  appt=True,
  updated="2023-05-02", source="https://www.crcdc.example.fr/allier",
  keywords=["cancer", "dépistage", "Allier"])

E(r"""
# Accueil de Jour Alzheimer « Les Lilas » - Orléans

## Coordonnées

Accueil de Jour Les Lilas$$
EHPAD Saint-Marc, Pavillon 2$$
26 rue Saint-Marc$$
45000 ORLÉANS$$
Secrétariat : 02 61 91 45 00$$
Infirmière coordinatrice : 02 61 91 45 03$$
E-mail : accueildejour.leslilas@example.fr

## Horaires

Lundi à vendredi : 09h30 – 17h00

## Personnes responsables

Mme Christine PELLETIER, infirmière coordinatrice, 02 61 91 45 04

## Personnes contact

Mlle Justine ROBIN, psychologue

""" + T("plain",
        "Accueil de jour autonome de 12 places rattaché à l'EHPAD Saint-Marc (fondation privée).",
        "Personnes atteintes de la maladie d'Alzheimer ou d'une maladie apparentée, vivant à domicile.",
        "L'accueil de jour stimule les personnes accueillies et soulage leurs aidants.",
        ["ateliers mémoire ;", "activités physiques adaptées ;", "soutien aux aidants."],
        "**Mise à jour :** 30 septembre 2022",
        "**Source de mise à jour :** <https://www.ehpad-saintmarc.example.fr/accueil-de-jour>",
        "**Mots-clefs :** Alzheimer, accueil de jour, aidants, Loiret"),
  org="Accueil de Jour Alzheimer « Les Lilas »",
  phones=["+33261914500 voice", "+33261914503 voice"],
  emails=["accueildejour.leslilas@example.fr"],
  address=A(["EHPAD Saint-Marc, Pavillon 2", "26 rue Saint-Marc"], "45000", "ORLÉANS"),
  people=[P("Christine", "PELLETIER", "infirmière coordinatrice", "Mme",
            phones=["+33261914504 voice"]),
          P("Justine", "ROBIN", "psychologue", "Mlle")],
  hours=[H("MO-FR", "09:30", "17:00")],
  updated="2022-09-30", source="https://www.ehpad-saintmarc.example.fr/accueil-de-jour",
  keywords=["Alzheimer", "accueil de jour", "aidants", "Loiret"])


if __name__ == "__main__":
    main(os.path.dirname(os.path.abspath(__file__)))

#!/usr/bin/env python3
"""Regenerate the seventh corpus: h01.md .. h04.md and expected.json (this folder).

Entries written for tests/corpus7 after the extractors had been tuned on tests/corpus ..
tests/corpus6 (same schema, same normalisation rules, same rendering and checks, from
tests/corpus_lib.py), as other people wrote the same directory: abbreviated labels
("Tel", "Tél", "T.", "Mail :", "Web :", "Adr. :", "Port :"), hours "8h30/12h",
"de 8 h 30 à 12 h", "9h-12h30, 13h30-17h (vendredi 16h)", "le matin de 9h à 12h",
"tous les jours sauf le dimanche", people in mixed case ("Mme Dupont (directrice)",
"Directrice : Claire Dupuis", "Contact : M. X"), addresses "3, place ...", "Quai ...",
"Chemin de ...", "BP 12 – 83000 Toulon", dates "Dernière actualisation : 05/2022".

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
# h01: UTF-8, LF.
F("h01.md")
E(r"""
# Comité Départemental d'Éducation pour la Santé du Var

## **Coordonnées**

CODES 83$$
Adr. : 3, place de la Liberté$$
BP 12 – 83000 Toulon$$
Tel : 04 65 71 83 00$$
Mail : contact@codes83.example.fr$$
Web : codes83.example.fr

## **Horaires d'ouverture et accueil du public :**

Du lundi au vendredi 9h-12h30, 13h30-17h (vendredi 16h)

## **Personnes responsables**

Mme Dupont (directrice)

## **Personnes contact :**

Contact : M. Yannick FABRE, 04 65 71 83 05

""" + T("bold",
        "Association loi 1901 membre de la fédération régionale d'éducation pour la santé.",
        "Professionnels de l'éducation, du social et de la santé du Var.",
        "Le comité soutient les acteurs locaux de la promotion de la santé :",
        ["centre de documentation ;", "formations ;", "conseil méthodologique."],
        "**Dernière actualisation :** 05/2022",
        "**Source de mise à jour :** <https://codes83.example.fr/qui-sommes-nous>",
        "**Mots-clés :** éducation pour la santé, promotion de la santé, Var"),
  org="Comité Départemental d'Éducation pour la Santé du Var",
  phones=["+33465718300 voice"],
  emails=["contact@codes83.example.fr"],
  urls=["http://codes83.example.fr"],
  address=A(["3, place de la Liberté", "BP 12"], "83000", "Toulon"),
  people=[P("", "Dupont", "directrice", "Mme"),
          P("Yannick", "FABRE", "", "M.", phones=["+33465718305 voice"])],
  hours=[H("MO-FR", "09:00", "12:30"), H("MO-TH", "13:30", "17:00"),
         H("FR", "13:30", "16:00")],
  updated="2022-05", source="https://codes83.example.fr/qui-sommes-nous",
  keywords=["éducation pour la santé", "promotion de la santé", "Var"])

E(r"""
# Halte-Garderie Les P'tits Mousses

## Coordonnées

Quai de la Douane$$
29200 BREST$$
T. 02 61 91 29 40$$
Mail : ptitsmousses@example.fr

## Horaires d'ouverture

Mardi 8h30/12h$$
Jeudi 8h30/12h et 13h30/17h30

## Personnes responsables

Directrice : Claire Dupuis

## Personnes contact

Mme Le Gall (auxiliaire de puériculture)

""" + T("plain",
        "Équipement municipal géré par le centre communal d'action sociale de Brest.",
        "Enfants de 3 mois à 4 ans et leurs parents.",
        "La halte-garderie accueille les enfants de façon occasionnelle.",
        ["éveil et socialisation ;", "soutien à la parentalité ;"],
        "**Mise à jour :** 12/09/2023",
        "**Source de mise à jour :** <https://www.brest.example.fr/petite-enfance>",
        "**Mots-clés :** petite enfance, halte-garderie, Brest"),
  org="Halte-Garderie Les P'tits Mousses",
  phones=["+33261912940 voice"],
  emails=["ptitsmousses@example.fr"],
  address=A(["Quai de la Douane"], "29200", "BREST"),
  people=[P("Claire", "Dupuis", "Directrice"),
          P("", "Le Gall", "auxiliaire de puériculture", "Mme")],
  hours=[H("TU", "08:30", "12:00"), H("TH", "08:30", "12:00"),
         H("TH", "13:30", "17:30")],
  updated="2023-09-12", source="https://www.brest.example.fr/petite-enfance",
  keywords=["petite enfance", "halte-garderie", "Brest"])

E(r"""
# Épicerie Solidaire du Chemin Vert — Saint-Omer

## **Coordonnées**

Chemin de la Vierge Noire$$
62500 SAINT-OMER$$
Tél 03 53 01 62 50$$
Tél 06 39 98 62 51$$
Mail : epicerie.cheminvert@example.org

## **Horaires d'ouverture et accueil du public :**

Le matin de 9h à 12h, tous les jours sauf le dimanche.

## **Personnes responsables**

M. Gérard HOCHART (président)

## **Personnes contact :**

- Mme Sandrine LEROUX, conseillère en économie sociale et familiale
  Tél : 03 53 01 62 52

""" + T("bold",
        "Association loi 1901 agréée par l'État pour l'aide alimentaire.",
        "Familles du territoire orientées par un travailleur social.",
        "L'épicerie propose des produits à petit prix et un accompagnement budgétaire.",
        ["ateliers cuisine ;", "accompagnement budgétaire ;", "bourse aux vêtements."],
        "Dernière actualisation : 11/2021",
        "**Source de mise à jour :** <http://epicerie-cheminvert.example.org>",
        "**Mots-clés :** aide alimentaire ; solidarité ; Saint-Omer"),
  org="Épicerie Solidaire du Chemin Vert",
  phones=["+33353016250 voice", "+33639986251 cell"],
  emails=["epicerie.cheminvert@example.org"],
  address=A(["Chemin de la Vierge Noire"], "62500", "SAINT-OMER"),
  people=[P("Gérard", "HOCHART", "président", "M."),
          P("Sandrine", "LEROUX", "conseillère en économie sociale et familiale", "Mme",
            phones=["+33353016252 voice"])],
  hours=[H("MO-SA", "09:00", "12:00")],
  updated="2021-11", source="http://epicerie-cheminvert.example.org",
  keywords=["aide alimentaire", "solidarité", "Saint-Omer"])

E(r"""
# Centre de Planification et d'Éducation Familiale de Dax - CPEF

## Coordonnées

Centre hospitalier, pavillon Lannelongue$$
Boulevard Yves-du-Manoir$$
40100 DAX$$
Tel. 05 64 13 40 60$$
Mail : cpef.dax@example.fr$$
Web : www.ch-dax.example.fr/cpef/

## Horaires d'ouverture

Lundi, mercredi de 8 h 30 à 12 h et de 13 h 30 à 17 h$$
Vendredi de 8 h 30 à 12 h

## Personnes responsables

Dr Marie-Pierre LABAT, gynécologue

## Personnes contact

Conseillère conjugale : Mme Agnès Pujol

""" + T("plain",
        "Service public départemental conventionné avec le centre hospitalier.",
        "Jeunes, femmes et couples, mineurs sans autorisation parentale.",
        "Le centre assure consultations de contraception et entretiens de conseil conjugal.",
        ["contraception d'urgence ;", "dépistage des IST ;", "interventions scolaires."],
        "**Mise à jour :** 1er mars 2024",
        "**Source de mise à jour :** <https://www.ch-dax.example.fr/cpef/equipe>",
        "**Mots-clés :** contraception, IVG, conseil conjugal, Landes."),
  org="Centre de Planification et d'Éducation Familiale de Dax",
  phones=["+33564134060 voice"],
  emails=["cpef.dax@example.fr"],
  urls=["http://www.ch-dax.example.fr/cpef/"],
  address=A(["Centre hospitalier, pavillon Lannelongue", "Boulevard Yves-du-Manoir"],
            "40100", "DAX"),
  people=[P("Marie-Pierre", "LABAT", "gynécologue", "Dr"),
          P("Agnès", "Pujol", "Conseillère conjugale", "Mme")],
  hours=[H("MO,WE", "08:30", "12:00"), H("MO,WE", "13:30", "17:00"),
         H("FR", "08:30", "12:00")],
  updated="2024-03-01", source="https://www.ch-dax.example.fr/cpef/equipe",
  keywords=["contraception", "IVG", "conseil conjugal", "Landes"])

# ---------------------------------------------------------------------------
# h02: Windows-1252, CRLF.
F("h02.md", enc="windows-1252", eol="CRLF")
E(r"""
# Association d’Aide aux Victimes du Gard

## **Coordonnées**

AAV 30$$
ASSOCIATION D’AIDE AUX VICTIMES DU GARD$$
Adr. : 11, quai de la Fontaine$$
30000 NÎMES$$
Tél. : 04 65 71 30 30$$
N° Vert : 0 800 30 30 31$$
Mail : aav30@example.fr$$
Mail : juriste.aav30@example.fr

## **Horaires d'ouverture et accueil du public :**

Du lundi au vendredi de 9 h à 12 h 30 et de 14 h à 17 h 30.$$
Fermé le mercredi après-midi.

## **Personnes responsables**

Présidente : Mme Odile BRUN$$
Mme Vidal (directrice)

## **Personnes contact :**

Contact : Mme Inès KACI, juriste, 04 65 71 30 34

""" + T("bold",
        "Association conventionnée par le ministère de la Justice, membre de France Victimes.",
        "Toute personne victime d’une infraction pénale, d’un accident ou d’une catastrophe.",
        "L’association écoute, informe et accompagne les victimes :",
        ["information juridique ;", "soutien psychologique ;", "accompagnement aux audiences."],
        "Dernière actualisation : 02/2023",
        "**Source de mise à jour :** <https://aav30.example.fr/association>",
        "**Mots-clés :** victimes; aide juridique; Nîmes"),
  org="Association d’Aide aux Victimes du Gard",
  phones=["+33465713030 voice", "+33800303031 tollfree"],
  emails=["aav30@example.fr", "juriste.aav30@example.fr"],
  address=A(["11, quai de la Fontaine"], "30000", "NÎMES"),
  people=[P("Odile", "BRUN", "Présidente", "Mme"),
          P("", "Vidal", "directrice", "Mme"),
          P("Inès", "KACI", "juriste", "Mme", phones=["+33465713034 voice"])],
  hours=[H("MO-FR", "09:00", "12:30"), H("MO-FR", "14:00", "17:30")],
  closures=["Fermé le mercredi après-midi"],
  updated="2023-02", source="https://aav30.example.fr/association",
  keywords=["victimes", "aide juridique", "Nîmes"])

E(r"""
# Foyer de Jeunes Travailleurs « Le Tremplin » – Annecy

## Coordonnées

Foyer Le Tremplin$$
Chemin des Fins$$
74000 ANNECY$$
T. 04 65 71 74 00$$
Fax 04 65 71 74 09$$
Web : https://tremplin-annecy.example.org/

## Horaires d'ouverture

Accueil 24h/24, 7j/7.

## Personnes responsables

Directeur : Julien Mercier

## Personnes contact

- M. Rachid BELKACEM, animateur socio-éducatif
  06 39 98 74 03

""" + T("plain",
        "Résidence sociale gérée par une association loi 1901, agréée par la préfecture.",
        "Jeunes de 16 à 30 ans en formation, en emploi ou en recherche d’emploi.",
        "Le foyer loge les jeunes et les accompagne vers l’autonomie.",
        ["logement meublé ;", "restauration ;", "accompagnement socio-éducatif."],
        "**Mise à jour :** septembre 2021",
        "**Source de mise à jour :** <https://tremplin-annecy.example.org/le-foyer>",
        "**Mots-clés :** logement, jeunes, Annecy"),
  org="Foyer de Jeunes Travailleurs « Le Tremplin »",
  phones=["+33465717400 voice", "+33465717409 fax"],
  urls=["https://tremplin-annecy.example.org/"],
  address=A(["Chemin des Fins"], "74000", "ANNECY"),
  people=[P("Julien", "Mercier", "Directeur"),
          P("Rachid", "BELKACEM", "animateur socio-éducatif", "M.",
            phones=["+33639987403 cell"])],
  hours=[H("MO-SU", "00:00", "24:00")],
  updated="2021-09", source="https://tremplin-annecy.example.org/le-foyer",
  keywords=["logement", "jeunes", "Annecy"])

E(r"""
# Mission Locale du Grand Narbonne

## **Coordonnées :**

2, place Roger-Salengro$$
BP 20 – 11100 Narbonne$$
Tél : 04.65.71.11.20$$
Mail : accueil@ml-narbonne.example.fr$$
Web : ml-narbonne.example.fr/

## **Horaires d'ouverture et accueil du public :**

Lundi 13h30/17h30$$
Mardi au vendredi 8h30/12h - 13h30/17h30

## **Personne responsable :**

Directrice : Mme Sophie GAUTHIER

## **Personnes contact :**

Conseiller emploi : M. Théo Roux, 04 65 71 11 24

""" + T("bold",
        "Association loi 1901 présidée par un élu de la communauté d’agglomération.",
        "Jeunes de 16 à 25 ans sortis du système scolaire.",
        "La mission locale accompagne les jeunes dans leur insertion.",
        ["orientation et formation ;", "emploi ;", "santé et logement."],
        "Dernière actualisation : 10/2023",
        "**Source de mise à jour :** <https://ml-narbonne.example.fr/equipe>",
        "**Mots-clés :** insertion, jeunes, emploi, Aude"),
  org="Mission Locale du Grand Narbonne",
  phones=["+33465711120 voice"],
  emails=["accueil@ml-narbonne.example.fr"],
  urls=["http://ml-narbonne.example.fr/"],
  address=A(["2, place Roger-Salengro", "BP 20"], "11100", "Narbonne"),
  people=[P("Sophie", "GAUTHIER", "Directrice", "Mme"),
          P("Théo", "Roux", "Conseiller emploi", "M.", phones=["+33465711124 voice"])],
  hours=[H("MO", "13:30", "17:30"), H("TU-FR", "08:30", "12:00"),
         H("TU-FR", "13:30", "17:30")],
  updated="2023-10", source="https://ml-narbonne.example.fr/equipe",
  keywords=["insertion", "jeunes", "emploi", "Aude"])

E(r"""
# Relais Assistants Maternels du Pays Basque intérieur

## Coordonnées

Maison de la petite enfance$$
Chemin d’Errota$$
64250 CAMBO-LES-BAINS$$
Tel 05 64 13 64 25$$
Port. 06 39 98 64 26$$
Mail : ram.paysbasque@example.fr

## Horaires d'ouverture

Lundi et jeudi de 13 h 30 à 18 h$$
Mercredi le matin de 9h à 12h$$
Fermé pendant les vacances de Noël.

## Personnes responsables

Animatrice : Mme Maite Etcheverry

## Personnes contact

[Écrire au relais](#)

""" + T("plain",
        "Service intercommunal de la communauté d’agglomération Pays Basque.",
        "Assistants maternels, gardes à domicile, parents employeurs.",
        "Le relais informe les familles et professionnalise l’accueil individuel.",
        ["ateliers d’éveil ;", "information sur les contrats ;"],
        "**Mise à jour :** 3 avril 2023",
        "**Source de mise à jour :** <https://www.paysbasque.example.fr/ram>",
        "**Mots-clés :** assistants maternels, petite enfance, Pays Basque"),
  org="Relais Assistants Maternels du Pays Basque intérieur",
  phones=["+33564136425 voice", "+33639986426 cell"],
  emails=["ram.paysbasque@example.fr"],
  address=A(["Maison de la petite enfance", "Chemin d’Errota"], "64250",
            "CAMBO-LES-BAINS"),
  people=[P("Maite", "Etcheverry", "Animatrice", "Mme")],
  hours=[H("MO,TH", "13:30", "18:00"), H("WE", "09:00", "12:00")],
  closures=["Fermé pendant les vacances de Noël"],
  updated="2023-04-03", source="https://www.paysbasque.example.fr/ram",
  keywords=["assistants maternels", "petite enfance", "Pays Basque"])

# ---------------------------------------------------------------------------
# h03: ISO-8859-1.
F("h03.md", enc="iso-8859-1")
E(r"""
# Point d'Accès au Droit de Montbéliard

## **Coordonnées**

Adr. : Hôtel de Ville, 1er étage$$
Place Saint-Martin$$
25200 MONTBÉLIARD$$
Tél. : 03 53 01 25 20$$
Mail : pad.montbeliard@example.fr

## **Horaires d'ouverture et accueil du public :**

Lundi, mardi, jeudi : 9h-12h / 14h-17h$$
Mercredi : 9h-12h$$
Permanences d'avocats sur rendez-vous le mardi de 14h à 17h.

## **Personnes responsables**

Coordinatrice : Mme Hélène Mougin

## **Personnes contact :**

M. Francis BOILLOT (juriste), 03 53 01 25 22

""" + T("bold",
        "Dispositif du conseil départemental de l'accès au droit porté par la commune.",
        "Toute personne ayant besoin d'une information juridique gratuite.",
        "Le point d'accès au droit informe et oriente sur les droits et obligations.",
        ["consultations d'avocats ;", "conciliateur de justice ;", "écrivain public."],
        "Dernière actualisation : 06/2023",
        "**Source de mise à jour :** <https://www.montbeliard.example.fr/pad>",
        "**Mots-clés :** accès au droit, justice, Doubs"),
  org="Point d'Accès au Droit de Montbéliard",
  phones=["+33353012520 voice"],
  emails=["pad.montbeliard@example.fr"],
  address=A(["Hôtel de Ville, 1er étage", "Place Saint-Martin"], "25200", "MONTBÉLIARD"),
  people=[P("Hélène", "Mougin", "Coordinatrice", "Mme"),
          P("Francis", "BOILLOT", "juriste", "M.", phones=["+33353012522 voice"])],
  hours=[H("MO,TU,TH", "09:00", "12:00"), H("MO,TU,TH", "14:00", "17:00"),
         H("WE", "09:00", "12:00"), H("TU", "14:00", "17:00", appt=True)],
  updated="2023-06", source="https://www.montbeliard.example.fr/pad",
  keywords=["accès au droit", "justice", "Doubs"])

E(r"""
# Service d'Accompagnement à la Vie Sociale - SAVS Les Genêts

## Coordonnées

SAVS LES GENÊTS$$
12, chemin du Moulin$$
87000 LIMOGES$$
T. 05 64 13 87 10$$
Port. 06 39 98 87 11$$
Mail : savs.genets@example.fr$$
Web : http://savs-genets.example.fr

## Horaires d'ouverture

Du lundi au vendredi de 8 h 30 à 17 h 30.$$
Fermeture annuelle : la première semaine de janvier.

## Personnes responsables

Chef de service : M. Olivier Faure

## Personnes contact

- Mme Lucie MARTY, éducatrice spécialisée
  lucie.marty@savs-genets.example.fr

""" + T("plain",
        "Service médico-social géré par l'association départementale des Genêts.",
        "Adultes en situation de handicap vivant à domicile, orientés par la MDPH.",
        "Le service accompagne les personnes dans leur vie quotidienne et sociale.",
        ["aide aux démarches ;", "accès au logement ;", "loisirs."],
        "**Mise à jour :** 28/02/2022",
        "**Source de mise à jour :** <http://savs-genets.example.fr/service>",
        "**Mots-clés :** handicap ; accompagnement ; Limoges"),
  org="Service d'Accompagnement à la Vie Sociale",
  phones=["+33564138710 voice", "+33639988711 cell"],
  emails=["savs.genets@example.fr"],
  urls=["http://savs-genets.example.fr"],
  address=A(["12, chemin du Moulin"], "87000", "LIMOGES"),
  people=[P("Olivier", "Faure", "Chef de service", "M."),
          P("Lucie", "MARTY", "éducatrice spécialisée", "Mme",
            emails=["lucie.marty@savs-genets.example.fr"])],
  hours=[H("MO-FR", "08:30", "17:30")],
  closures=["Fermeture annuelle : la première semaine de janvier"],
  updated="2022-02-28", source="http://savs-genets.example.fr/service",
  keywords=["handicap", "accompagnement", "Limoges"])

E(r"""
# Centre Communal d'Action Sociale de Sète

## **Coordonnées :**

CCAS de Sète$$
Quai Aspirant Herber$$
BP 355 - 34200 SÈTE$$
Tel : 04 65 71 34 00$$
Fax : 04 65 71 34 09$$
Mail : ccas@sete.example.fr$$
Web : www.sete.example.fr/ccas

## **Horaires d'ouverture et accueil du public :**

Du lundi au jeudi 8h30/12h et 13h30/17h$$
Vendredi 8h30/12h et 13h30/16h

## **Personnes responsables**

Vice-présidente : Mme Josiane Combes$$
Directeur : M. Pascal ROUQUETTE

## **Personnes contact :**

Mme Arnaud (assistante sociale)

""" + T("bold",
        "Établissement public administratif communal présidé par le maire.",
        "Habitants de Sète en difficulté, personnes âgées, personnes handicapées.",
        "Le CCAS anime l'action sociale générale de la commune :",
        ["aides facultatives ;", "domiciliation ;", "portage de repas."],
        "Dernière actualisation : 01/2024",
        "**Source de mise à jour :** <https://www.sete.example.fr/ccas/contacts>",
        "**Mots-clés :** action sociale, CCAS, Sète"),
  org="Centre Communal d'Action Sociale de Sète",
  phones=["+33465713400 voice", "+33465713409 fax"],
  emails=["ccas@sete.example.fr"],
  urls=["http://www.sete.example.fr/ccas"],
  address=A(["Quai Aspirant Herber", "BP 355"], "34200", "SÈTE"),
  people=[P("Josiane", "Combes", "Vice-présidente", "Mme"),
          P("Pascal", "ROUQUETTE", "Directeur", "M."),
          P("", "Arnaud", "assistante sociale", "Mme")],
  hours=[H("MO-TH", "08:30", "12:00"), H("MO-TH", "13:30", "17:00"),
         H("FR", "08:30", "12:00"), H("FR", "13:30", "16:00")],
  updated="2024-01", source="https://www.sete.example.fr/ccas/contacts",
  keywords=["action sociale", "CCAS", "Sète"])

E(r"""
# Groupe d'Entraide Mutuelle L'Escale

## Coordonnées

Chemin de Saint-Jean, local 4$$
13090 AIX-EN-PROVENCE$$
Tél 04 65 71 13 90$$
Mail : gem.escale@example.org

## Horaires d'ouverture

Tous les jours sauf le dimanche de 14h à 18h.

## Personnes responsables

Président : M. Marcel Giraud

## Personnes contact

Contact : Mme Nadia BOUZID, animatrice, 06 39 98 13 91

""" + T("plain",
        "Association d'usagers en santé mentale parrainée par une association de familles.",
        "Adultes en souffrance psychique, isolés.",
        "Le GEM est un lieu d'entraide, d'activités et de rencontres.",
        ["sorties culturelles ;", "ateliers créatifs ;", "repas partagés."],
        "**Mise à jour :** 15 janvier 2023",
        "**Source de mise à jour :** <http://gem-escale.example.org>",
        "**Mots-clés :** santé mentale, entraide, Aix-en-Provence"),
  org="Groupe d'Entraide Mutuelle L'Escale",
  phones=["+33465711390 voice"],
  emails=["gem.escale@example.org"],
  address=A(["Chemin de Saint-Jean, local 4"], "13090", "AIX-EN-PROVENCE"),
  people=[P("Marcel", "Giraud", "Président", "M."),
          P("Nadia", "BOUZID", "animatrice", "Mme", phones=["+33639981391 cell"])],
  hours=[H("MO-SA", "14:00", "18:00")],
  updated="2023-01-15", source="http://gem-escale.example.org",
  keywords=["santé mentale", "entraide", "Aix-en-Provence"])

# ---------------------------------------------------------------------------
# h04: UTF-16LE with BOM.
F("h04.md", enc="utf-16le-bom")
E(r"""
# Centre d'Information sur les Droits des Femmes et des Familles de la Marne

## **Coordonnées**

CIDFF 51$$
Adr. : 6, place du Forum$$
51100 REIMS$$
Tel. : 03 53 01 51 00$$
Mail : cidff51@example.fr$$
Web : cidff51.example.fr/

## **Horaires d'ouverture et accueil du public :**

Le matin de 9h à 12h du lundi au vendredi, l'après-midi sur rendez-vous de 14h à 17h.

## **Personnes responsables**

Directrice : Mme Fatima Haddad

## **Personnes contact :**

Mme Collin (juriste), 03 53 01 51 03

""" + T("bold",
        "Association loi 1901 agréée, membre du réseau national des CIDFF.",
        "Femmes, familles, professionnels.",
        "Le CIDFF informe sur le droit de la famille, l'emploi et les violences :",
        ["permanences juridiques ;", "accompagnement vers l'emploi ;"],
        "Dernière actualisation : 09/2022",
        "**Source de mise à jour :** <https://cidff51.example.fr/equipe>",
        "**Mots-clés :** droits des femmes ; famille ; Reims."),
  org="Centre d'Information sur les Droits des Femmes et des Familles de la Marne",
  phones=["+33353015100 voice"],
  emails=["cidff51@example.fr"],
  urls=["http://cidff51.example.fr/"],
  address=A(["6, place du Forum"], "51100", "REIMS"),
  people=[P("Fatima", "Haddad", "Directrice", "Mme"),
          P("", "Collin", "juriste", "Mme", phones=["+33353015103 voice"])],
  hours=[H("MO-FR", "09:00", "12:00"), H("MO-FR", "14:00", "17:00", appt=True)],
  updated="2022-09", source="https://cidff51.example.fr/equipe",
  keywords=["droits des femmes", "famille", "Reims"])

E(r"""
# Ludothèque Intercommunale — Val de Saône

## Coordonnées

Ludothèque Intercommunale$$
Quai Saint-Antoine$$
BP 8 – 71100 Chalon-sur-Saône$$
T. 03 53 01 71 10$$
Mail : ludo.valdesaone@example.org

## Horaires d'ouverture

Mercredi et samedi 9h-12h30, 13h30-18h (samedi 17h)

## Personnes responsables

Ludothécaire : M. Arthur Bonnot

## Personnes contact

Contact : Mme Léa PERRIN

""" + T("plain",
        "Service culturel de la communauté de communes.",
        "Enfants, familles, assistants maternels, écoles.",
        "La ludothèque prête des jeux et anime des soirées jeux.",
        ["prêt de jeux ;", "animations ;"],
        "**Mise à jour :** 1er octobre 2022",
        "**Source de mise à jour :** <http://ludo-valdesaone.example.org>",
        "**Mots-clés :** jeux, loisirs, familles"),
  org="Ludothèque Intercommunale",
  phones=["+33353017110 voice"],
  emails=["ludo.valdesaone@example.org"],
  address=A(["Quai Saint-Antoine", "BP 8"], "71100", "Chalon-sur-Saône"),
  people=[P("Arthur", "Bonnot", "Ludothécaire", "M."),
          P("Léa", "PERRIN", "", "Mme")],
  hours=[H("WE,SA", "09:00", "12:30"), H("WE", "13:30", "18:00"),
         H("SA", "13:30", "17:00")],
  updated="2022-10-01", source="http://ludo-valdesaone.example.org",
  keywords=["jeux", "loisirs", "familles"])

E(r"""
# Antenne Prévention Spécialisée de Vaulx-en-Velin

## **Coordonnées :**

Adresse : 8, chemin de la Rize$$
69120 VAULX-EN-VELIN$$
Tel : 04 65 71 69 12$$
Port : 07 39 98 69 13$$
Mail : apsv@example.fr

## **Horaires d'ouverture et accueil du public :**

Du mardi au samedi de 10 h à 12 h et de 14 h à 19 h.$$
Fermé le lundi.

## **Personnes responsables**

Chef de service : M. Karim Benali

## **Personnes contact :**

- Mme Aurore VIDAL, éducatrice
  T. 06 39 98 69 14

""" + T("bold",
        "Service habilité par le département, géré par une association de protection de l'enfance.",
        "Jeunes de 11 à 25 ans en rupture ou en risque de rupture.",
        "L'équipe va à la rencontre des jeunes dans la rue et les accompagne.",
        ["travail de rue ;", "chantiers éducatifs ;", "séjours."],
        "Dernière actualisation : 12/2023",
        "**Source de mise à jour :** <https://apsv.example.fr/equipe>",
        "**Mots-clés :** prévention spécialisée, jeunes, Rhône"),
  org="Antenne Prévention Spécialisée de Vaulx-en-Velin",
  phones=["+33465716912 voice", "+33739986913 cell"],
  emails=["apsv@example.fr"],
  address=A(["8, chemin de la Rize"], "69120", "VAULX-EN-VELIN"),
  people=[P("Karim", "Benali", "Chef de service", "M."),
          P("Aurore", "VIDAL", "éducatrice", "Mme", phones=["+33639986914 cell"])],
  hours=[H("TU-SA", "10:00", "12:00"), H("TU-SA", "14:00", "19:00")],
  closures=["Fermé le lundi"],
  updated="2023-12", source="https://apsv.example.fr/equipe",
  keywords=["prévention spécialisée", "jeunes", "Rhône"])

E(r"""
# Maison France Services de Lodève

## Coordonnées

MAISON FRANCE SERVICES$$
Quai du Général-Leclerc$$
34700 LODÈVE$$
Tél. standard : 04 65 71 34 70$$
Mail : franceservices.lodeve@example.fr$$
Web : https://www.lodeve.example.fr/france-services

## Horaires d'ouverture

Lundi au jeudi : de 8 h 30 à 12 h et de 13 h 30 à 17 h$$
Vendredi : de 8 h 30 à 12 h

## Personnes responsables

Responsable : Mme Céline ROQUES

## Personnes contact

Conseiller numérique : M. Hugo Lacroix, hugo.lacroix@lodeve.example.fr

""" + T("plain",
        "Guichet labellisé par l'État et porté par la communauté de communes.",
        "Tous les habitants du Lodévois et Larzac.",
        "La maison accompagne les usagers dans leurs démarches administratives.",
        ["impôts, CAF, CPAM, retraite ;", "accompagnement au numérique ;"],
        "**Mise à jour :** mars 2024",
        "**Source de mise à jour :** <https://www.lodeve.example.fr/france-services>",
        "**Mots-clés :** services publics, démarches, numérique"),
  org="Maison France Services de Lodève",
  phones=["+33465713470 voice"],
  emails=["franceservices.lodeve@example.fr"],
  urls=["https://www.lodeve.example.fr/france-services"],
  address=A(["Quai du Général-Leclerc"], "34700", "LODÈVE"),
  people=[P("Céline", "ROQUES", "Responsable", "Mme"),
          P("Hugo", "Lacroix", "Conseiller numérique", "M.",
            emails=["hugo.lacroix@lodeve.example.fr"])],
  hours=[H("MO-TH", "08:30", "12:00"), H("MO-TH", "13:30", "17:00"),
         H("FR", "08:30", "12:00")],
  updated="2024-03", source="https://www.lodeve.example.fr/france-services",
  keywords=["services publics", "démarches", "numérique"])


if __name__ == "__main__":
    main(os.path.dirname(os.path.abspath(__file__)))

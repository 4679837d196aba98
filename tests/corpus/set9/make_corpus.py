#!/usr/bin/env python3
"""Regenerate the ninth corpus: j01.md .. j05.md and expected.json (this folder).

Entries written for tests/corpus9 after the extractors had been tuned on tests/corpus ..
tests/corpus8 (same schema, same normalisation rules, same rendering and checks, from
tests/corpus_lib.py), as yet other people wrote the same directory: headings in capitals
with their accents, "### " headings alone, "__Tél.__" bold labels, entries copied from
web pages (non-breaking and narrow non-breaking spaces, "Tél .:", several spaces);
phones with an extension ("poste 12", "(poste 4412)", "— poste 1 (accueil), poste 2 …"),
"Tél. : … – Fax : …", "Tél. / Fax : … / …", "Tél. … | Fax …", three numbers on one line,
"0033 (0)1", "(33) 3 …", "+33(0)6.39…", Belgian national "02/512.34.56" and
"GSM : 0475/…", Swiss "Natel", Mayotte "0269 …" and "+262 639 …", "N° Cristal 09 69";
e-mails "x [at] y [dot] fr", "x(at)y.fr", "x (at) y.fr", "[x@y](mailto:x@y)", "<x@y>",
"✉"; addresses "12, cours Napoléon, BP 214" (BP after the street), "CEDEX 15" on its own
line, "TSA 70012", "Case postale 1234" + "1211 Genève 4" + "SUISSE", "Avenue Louise 231,
bte 5" + "1050 Ixelles", Mayotte "97600 MAMOUDZOU (Mayotte)", Corsica "20000 AJACCIO" and
"20604 BASTIA CEDEX", "Boîte postale 45", street and postcode on one line, host
buildings ("Médiathèque …, rez-de-jardin", "EHPAD … – Bâtiment B", "Mairie de …");
hours "9.00 - 12.30", "sauf jours fériés", "(hors vacances scolaires)", "le 2e jeudi du
mois", "tous les soirs", nested lists, "(fermé entre 12h30 et 13h30)", "mercredi
après-midi fermé", "Lun–Ven : 9h–17h / Sam : 9h–12h", "sans rendez-vous le matin, sur
rendez-vous l'après-midi", "le mercredi matin uniquement", "sauf le week-end", a
transposed table (one column per day), "Lundi → jeudi : … | …", "Ouvert 24 h sur 24, 365
jours par an"; people with particles and double names ("d'ORNANO", "DE LA ROCCA-SERRA",
"de BONNEFOY du CHARMEL", "DA SILVA PEREIRA", "DELLA TORRE", "N’DIAYE"), "Directeur·rice"
and "Chef·fe" without civility, "Mr", "Mme.", "Docteure", family first "BEN AMOR Inès",
tables with Prénom / Nom / Civilité / Contact columns; dates "17 mai 2023 à 14h32",
"08/11/22", "2023-05-17", "1er déc. 2022", "Lundi 15 avril 2024"; sources without URL or
with the URL in parentheses; trailing commas in keywords, empty keywords.

Run:  python3 make_corpus.py      (from anywhere; paths are relative to this file)

A line ending in "$$" gets a Markdown hard line break (two trailing spaces). In the
entries, "~" stands for a no-break space (U+00A0) and "^" for a narrow no-break space
(U+202F).
"""
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
import corpus_lib  # noqa: E402
from corpus_lib import A, F, H, P, heading, main  # noqa: E402
from corpus_lib import E as _E  # noqa: E402

corpus_lib.accept_long_forms()
_prev_check = corpus_lib.check_entry


def _check(key, md, exp, problems):
    """The lenient checks, e-mails written "x [at] y [dot] fr", "x(at)y.fr", and a
    locality whose CEDEX is on the next line."""
    mine = []
    _prev_check(key, md, exp, mine)
    t = corpus_lib.plain(md).casefold()
    t = re.sub(r"\s*[\[(]at[\])]\s*", "@", t)
    t = re.sub(r"\s*[\[(]dot[\])]\s*", ".", t)
    t = re.sub(r"\s*@\s*", "@", t)
    flat = re.sub(r"\s+", " ", corpus_lib.plain(md).replace("$$", " ")).casefold()
    for p in mine:
        m = re.search(r"address part '([^']*)' not in text", p)
        if m and m.group(1).casefold() in flat:
            continue
        m = re.search(r"email (\S+) not in text", p)
        if m and m.group(1).casefold() in t:
            continue
        problems.append(p)


corpus_lib.check_entry = _check


def E(md, **kw):
    return _E(md.replace("~", "\u00a0").replace("^", "\u202f"), **kw)


def T(style, nature, public, missions, items, *closing):
    """The prose tail; its closing lines (update, source, keywords) as given, some
    possibly missing."""
    out = [heading(style, "Nature et statut de l'organisme"), "", nature, "",
           heading(style, "Public visé", colon=False), "", public, "",
           heading(style, "Objectifs et activités de l'organisme"), "", missions, ""]
    if items:
        out += ["- " + i for i in items] + [""]
    for c in closing:
        out += [c, ""]
    return "\n".join(out).rstrip("\n")


def CAPS(nature, public, missions, items, *closing):
    """The prose tail with headings in capitals, accents kept."""
    out = ["## NATURE ET STATUT DE L'ORGANISME", "", nature, "",
           "## PUBLIC VISÉ", "", public, "",
           "## OBJECTIFS ET ACTIVITÉS DE L'ORGANISME", "", missions, ""]
    if items:
        out += ["- " + i for i in items] + [""]
    for c in closing:
        out += [c, ""]
    return "\n".join(out).rstrip("\n")


# ---------------------------------------------------------------------------
# j01: UTF-8, LF.
F("j01.md")
E(r"""
# Association Corse d'Aide aux Victimes – ACAV 2A

## COORDONNÉES

Immeuble Le Diamant II, 2e étage$$
12, cours Napoléon, BP 214$$
20000 AJACCIO$$
Tél. : 04 65 71 20 00 – Fax : 04 65 71 20 09$$
Courriel : accueil [at] acav2a [dot] example [dot] fr$$
Site internet : acav2a.example.fr

## PERSONNES RESPONSABLES

Président : M. Jean-Baptiste d'ORNANO$$
Directrice : Mme Marie-Dominique DE LA ROCCA-SERRA

## HORAIRES D'ACCUEIL

Du lundi au vendredi de 8h30 à 12h et de 14h à 17h, sauf jours fériés.$$
Permanence à Porto-Vecchio le 2e jeudi du mois, de 9h à 12h.

## PERSONNES CONTACT

Juriste : Mme Laetitia SANTONI, 04 65 71 20 04 poste 12

""" + CAPS(
        "Association loi 1901 conventionnée par la cour d'appel de Bastia.",
        "Toute personne victime d'une infraction pénale en Corse-du-Sud.",
        "L'association écoute, informe et accompagne les victimes :",
        ["aide juridique ;", "soutien psychologique ;", "accompagnement aux audiences."],
        "**Dernière mise à jour :** 17 mai 2023 à 14h32",
        "**Source de mise à jour :** courriel de l'association",
        "**Mots-clés :** aide aux victimes ; accès au droit ; Corse-du-Sud"),
  org="Association Corse d'Aide aux Victimes",
  phones=["+33465712000 voice", "+33465712009 fax"],
  emails=["accueil@acav2a.example.fr"],
  urls=["http://acav2a.example.fr"],
  address=A(["Immeuble Le Diamant II, 2e étage", "12, cours Napoléon, BP 214"], "20000",
            "AJACCIO"),
  people=[P("Jean-Baptiste", "d'ORNANO", "Président", "M."),
          P("Marie-Dominique", "DE LA ROCCA-SERRA", "Directrice", "Mme"),
          P("Laetitia", "SANTONI", "Juriste", "Mme", phones=["+33465712004 voice"])],
  hours=[H("MO-FR", "08:30", "12:00"), H("MO-FR", "14:00", "17:00")],
  closures=["sauf jours fériés"],
  updated="2023-05-17", source=None,
  keywords=["aide aux victimes", "accès au droit", "Corse-du-Sud"])

E(r"""
# Parenthèse – lieu d'accueil enfants-parents (Ixelles)

## Coordonnées

Parenthèse asbl$$
Avenue Louise 231, bte 5$$
1050 Ixelles$$
Belgique$$
Tél. : 02/512.34.56 — GSM : 0475/12.34.56$$
E-mail : [info@parenthese.example.be](mailto:info@parenthese.example.be)$$
Site : <https://www.parenthese.example.be/>

## Horaires d'ouverture

Lundi, mardi et jeudi : 9.00 - 12.30$$
Mercredi : 14.00 - 18.00$$
Samedi : 9.30 - 12.00 (hors vacances scolaires)

## Personnes responsables

| Prénom | Nom | Fonction |
|---|---|---|
| Anne-Sophie | VAN DEN BROECK | coordinatrice |
| Mathieu | LEMAIRE | accueillant |

## Agréments

Agrément ONE n° 2019/0421 ; reconnaissance COCOF 12/2018.

""" + T("plain",
        "Association sans but lucratif subventionnée par la Commission communautaire française.",
        "Enfants de 0 à 4 ans accompagnés d'un parent ou d'un proche.",
        "Lieu de rencontre et de parole, anonyme et sans inscription :",
        ["jeux libres ;", "échanges entre parents ;"],
        "**Mise à jour :** 08/11/22",
        "**Source de mise à jour :** https://www.parenthese.example.be/contact",
        "**Mots-clés :** lieu d'accueil, parentalité, Bruxelles"),
  org="Parenthèse",
  phones=["+3225123456 voice", "+32475123456 cell"],
  emails=["info@parenthese.example.be"],
  urls=["https://www.parenthese.example.be/"],
  address=A(["Avenue Louise 231, bte 5"], "1050", "Ixelles", "Belgique"),
  people=[P("Anne-Sophie", "VAN DEN BROECK", "coordinatrice"),
          P("Mathieu", "LEMAIRE", "accueillant")],
  hours=[H("MO,TU,TH", "09:00", "12:30"), H("WE", "14:00", "18:00"),
         H("SA", "09:30", "12:00")],
  closures=["hors vacances scolaires"],
  updated="2022-11-08", source="https://www.parenthese.example.be/contact",
  keywords=["lieu d'accueil", "parentalité", "Bruxelles"])

E(r"""
# Maison des Adolescents de Mayotte

## Coordonnées :

Rue du Commerce, Kawéni$$
BP 1102$$
97600 MAMOUDZOU (Mayotte)$$
Tél. : 0269 61 12 00$$
Portable : +262 639 69 12 01$$
Mél : [contact@mda976.example.fr](mailto:contact@mda976.example.fr)

## Horaires d'ouverture :

Du lundi au jeudi en journée continue de 7h30 à 15h30, le vendredi de 7h30 à 11h30.$$
Fermeture pendant les deux semaines des vacances de décembre.

## Personnes responsables :

Mme Echati MADI-SOILIHI, directrice

## Personnes contact :

M. Ahmed ABDOU (éducateur spécialisé) – <ahmed.abdou@mda976.example.fr> – 0269 61 12 05

""" + T("bold",
        "Groupement d'intérêt public associant l'agence régionale de santé et le département.",
        "Adolescents de 11 à 21 ans, leurs familles et les professionnels.",
        "La maison accueille, écoute et oriente les adolescents :",
        ["consultations psychologiques ;", "ateliers collectifs ;", "appui aux professionnels."],
        "**Mise à jour :** 1er déc. 2022",
        "**Source de mise à jour :** <https://mda976.example.fr>",
        "**Mots-clés :** adolescents;santé;Mayotte"),
  org="Maison des Adolescents de Mayotte",
  phones=["+262269611200 voice", "+262639691201 cell"],
  emails=["contact@mda976.example.fr"],
  address=A(["Rue du Commerce, Kawéni", "BP 1102"], "97600", "MAMOUDZOU", region="Mayotte"),
  people=[P("Echati", "MADI-SOILIHI", "directrice", "Mme"),
          P("Ahmed", "ABDOU", "éducateur spécialisé", "M.",
            phones=["+262269611205 voice"], emails=["ahmed.abdou@mda976.example.fr"])],
  hours=[H("MO-TH", "07:30", "15:30"), H("FR", "07:30", "11:30")],
  closures=["Fermeture pendant les deux semaines des vacances de décembre"],
  updated="2022-12-01", source="https://mda976.example.fr",
  keywords=["adolescents", "santé", "Mayotte"])

E(r"""
# Écoute Deuil Île-de-France

## Coordonnées

TSA 70012$$
75901 PARIS$$
CEDEX 15$$
N° Cristal : 09 69 32 10 10$$
Tél. administratif : 0033 (0)1 99 00 45 10$$
✉ ecoute-deuil@example.org$$
Site : https://ecoute-deuil.example.org

## Horaires d'ouverture

Ouvert 365 jours par an, 24 h sur 24.

## Responsable

Mme Hélène de CASTELNAU-BERTRAND, psychologue clinicienne, directrice

""" + T("plain",
        "Association reconnue d'utilité publique animée par des bénévoles formés.",
        "Toute personne endeuillée, quel que soit le deuil.",
        "L'association offre une écoute et un accompagnement :",
        ["entretiens individuels ;", "groupes d'entraide ;", "formations de bénévoles."],
        "**Mise à jour :** 2/3/2021",
        "**Source de mise à jour :** [ecoute-deuil.example.org](https://ecoute-deuil.example.org/qui-sommes-nous)",
        "**Mots-clés :** deuil, écoute, soutien psychologique,"),
  org="Écoute Deuil Île-de-France",
  phones=["+33969321010 voice", "+33199004510 voice"],
  emails=["ecoute-deuil@example.org"],
  urls=["https://ecoute-deuil.example.org"],
  address=A(["TSA 70012"], "75901", "PARIS CEDEX 15"),
  people=[P("Hélène", "de CASTELNAU-BERTRAND", "psychologue clinicienne, directrice", "Mme")],
  hours=[H("MO-SU", "00:00", "24:00")],
  updated="2021-03-02", source="https://ecoute-deuil.example.org/qui-sommes-nous",
  keywords=["deuil", "écoute", "soutien psychologique"])

# ---------------------------------------------------------------------------
# j02: Windows-1252, CRLF.
F("j02.md", enc="windows-1252", eol="CRLF")
E(r"""
# Centre d’Hébergement et de Réinsertion Sociale « La Traverse »

## Coordonnées

__Adresse :__ 27, montée des Carmes$$
69005 LYON$$
__Tél. / Fax :__ 04 65 71 30 00 / 04 65 71 30 01$$
__Astreinte :__ +33(0)6.39.98.30.02$$
__E-mail :__ chrs.latraverse(at)example.fr

## Horaires d’ouverture

- Accueil administratif :
  - du lundi au vendredi : 9h – 12h30 / 13h30 – 17h
- Accueil de nuit :
  - tous les soirs de 18h30 à 22h

## Personne responsable

Directeur·rice : Camille FONTAINE-MERCIER

## Personnes contact

- Mr Karim BELKACEM, travailleur social$$
  __Tél. direct :__ 04 65 71 30 05
- Mme. Océane PERRIN-DUVAL, cheffe de service – o.perrin-duval(at)example.fr

""" + T("plain",
        "Établissement social géré par l’association lyonnaise « Le Pont », habilité à l’aide sociale.",
        "Hommes et femmes isolés de plus de 18 ans sans logement.",
        "Le centre héberge et accompagne vers l’insertion durable…",
        ["hébergement en chambres individuelles ;", "accompagnement social ;", "atelier d’œuvres."],
        "**Mise à jour :** 09 janvier 2024",
        "**Source de mise à jour :** site de l’association (https://latraverse.example.fr/contact)",
        "**Mots-clés :** hébergement d’urgence ; réinsertion ; Lyon"),
  org="Centre d’Hébergement et de Réinsertion Sociale « La Traverse »",
  phones=["+33465713000 voice", "+33465713001 fax", "+33639983002 cell"],
  emails=["chrs.latraverse@example.fr"],
  address=A(["27, montée des Carmes"], "69005", "LYON"),
  people=[P("Camille", "FONTAINE-MERCIER", "Directeur·rice"),
          P("Karim", "BELKACEM", "travailleur social", "M.", phones=["+33465713005 voice"]),
          P("Océane", "PERRIN-DUVAL", "cheffe de service", "Mme",
            emails=["o.perrin-duval@example.fr"])],
  hours=[H("MO-FR", "09:00", "12:30"), H("MO-FR", "13:30", "17:00"),
         H("MO-SU", "18:30", "22:00")],
  updated="2024-01-09", source="https://latraverse.example.fr/contact",
  keywords=["hébergement d’urgence", "réinsertion", "Lyon"])

E(r"""
# Bureau Information Jeunesse du Niortais – BIJ

## Horaires d’ouverture

Le lundi de 13h30 à 18h.$$
Du mardi au vendredi de 10h à 12h30 et de 13h30 à 18h.$$
Le samedi matin de 10h à 12h (sauf en juillet-août).$$
Fermé les jours fériés et la semaine entre Noël et le Nouvel An.

## Permanences extérieures

- Mairie de Chauray, 2 rue de l’Église, 79180 CHAURAY : le mercredi de 14h à 17h.
- Espace jeunes d’Aiffres, tél. 05 36 49 79 20 : le jeudi de 16h à 18h.

## Coordonnées

Centre Du Guesclin$$
Place Chanzy$$
79000 NIORT$$
Tél : 05 36 49 79 00 - 05 36 49 79 05 - 06 39 98 79 06$$
Courriel : bij.niort@example.fr$$
[Facebook](https://www.facebook.com/bijniort)

## Personnes responsables

M. Thibault LE GOFF, directeur$$
Mme BEN AMOR Inès, informatrice jeunesse

""" + T("plain",
        "Structure labellisée Information Jeunesse, portée par l’agglomération.",
        "Jeunes de 13 à 30 ans, parents, professionnels de la jeunesse.",
        "Le BIJ informe gratuitement et anonymement sur tous les sujets…",
        ["jobs d’été et BAFA ;", "logement ;", "mobilité internationale."],
        "**Date de MAJ :** 12/2020",
        "**Source de mise à jour :** https://bij-niort.example.fr",
        "**MOTS-CLÉS :** information jeunesse, jobs d’été, BAFA"),
  org="Bureau Information Jeunesse du Niortais",
  phones=["+33536497900 voice", "+33536497905 voice", "+33639987906 cell"],
  emails=["bij.niort@example.fr"],
  urls=["https://www.facebook.com/bijniort"],
  address=A(["Centre Du Guesclin", "Place Chanzy"], "79000", "NIORT"),
  people=[P("Thibault", "LE GOFF", "directeur", "M."),
          P("Inès", "BEN AMOR", "informatrice jeunesse", "Mme")],
  hours=[H("MO", "13:30", "18:00"), H("TU-FR", "10:00", "12:30"),
         H("TU-FR", "13:30", "18:00"), H("SA", "10:00", "12:00")],
  closures=["sauf en juillet-août",
            "Fermé les jours fériés et la semaine entre Noël et le Nouvel An"],
  updated="2020-12", source="https://bij-niort.example.fr",
  keywords=["information jeunesse", "jobs d’été", "BAFA"])

E(r"""
# Centre Médico-Psychologique Enfants et Adolescents de Bastia

## Coordonnées

Centre hospitalier de Bastia – pavillon Les Oliviers$$
Route Impériale$$
BP 680$$
20604 BASTIA CEDEX$$
Secrétariat : 04 65 71 20 60 (poste 4412)$$
Fax : 04 65 71 20 69$$
E-mail : cmpea.bastia@example.fr

## Horaires d’ouverture

Du lundi au vendredi : 8h30 - 17h00 (fermé entre 12h30 et 13h30).$$
Consultations uniquement sur rendez-vous.

## Personnes responsables

| Civilité | Prénom | Nom | Fonction |
| --- | --- | --- | --- |
| Dr | Paul-Antoine | ALBERTINI | pédopsychiatre, chef de service |
| Mme | Lisa | CASANOVA | cadre de santé |

## Personnes contact

Secrétariat médical : Mme Santa MATTEI-POLI, 04 65 71 20 61

""" + T("plain",
        "Structure publique du pôle de psychiatrie infanto-juvénile du centre hospitalier.",
        "Enfants et adolescents de 0 à 18 ans du secteur de Bastia et leurs familles.",
        "Le CMP assure les consultations, le diagnostic et les soins ambulatoires…",
        ["bilans ;", "psychothérapies ;", "groupes thérapeutiques."],
        "**Mis à jour le :** 5 oct. 2023",
        "**Source de mise à jour :** appel téléphonique au secrétariat",
        "**Mots-clés :** pédopsychiatrie, CMP, Haute-Corse"),
  org="Centre Médico-Psychologique Enfants et Adolescents de Bastia",
  phones=["+33465712060 voice", "+33465712069 fax"],
  emails=["cmpea.bastia@example.fr"],
  address=A(["Centre hospitalier de Bastia – pavillon Les Oliviers", "Route Impériale",
             "BP 680"], "20604", "BASTIA CEDEX"),
  people=[P("Paul-Antoine", "ALBERTINI", "pédopsychiatre, chef de service", "Dr"),
          P("Lisa", "CASANOVA", "cadre de santé", "Mme"),
          P("Santa", "MATTEI-POLI", "Secrétariat médical", "Mme",
            phones=["+33465712061 voice"])],
  hours=[H("MO-FR", "08:30", "12:30"), H("MO-FR", "13:30", "17:00")],
  updated="2023-10-05", source=None,
  keywords=["pédopsychiatrie", "CMP", "Haute-Corse"])

E(r"""
# Épicerie sociale et solidaire Le Panier d’Œillets

## Coordonnées

Le Panier d’Œillets$$
ZAC des Œillets, bâtiment 4$$
1 rue Pasteur$$
95200   SARCELLES$$
Tél .:  01 99 00 95 20$$
Port .:  06 39 98 95 21$$
Mail :  lepanier.oeillets@example.org

## Horaires d’ouverture

Lun–Ven : 9h–17h / Sam : 9h–12h$$
Fermé le lundi matin.

## Personnes responsables

Présidente : Mme Françoise N’DIAYE$$
Trésorier : M. Hervé  MAÎTRE

## Personnes contact

Coordinatrice – Mme Julie ROSSI – 06 39 98 95 22

""" + T("plain",
        "Association loi 1901 partenaire de la banque alimentaire du Val-d’Oise.",
        "Familles orientées par les travailleurs sociaux du secteur, sous conditions de ressources.",
        "L’épicerie propose des produits à 10 % à 30 % de leur prix…",
        ["aide alimentaire ;", "ateliers cuisine ;", "accompagnement budgétaire."],
        "Mise à jour en date du 14/06/2022",
        "**Source de mise à jour :** <http://lepanier-oeillets.example.org/>",
        "**Mots-clés :** aide alimentaire ; épicerie sociale ; Val-d’Oise"),
  org="Épicerie sociale et solidaire Le Panier d’Œillets",
  phones=["+33199009520 voice", "+33639989521 cell"],
  emails=["lepanier.oeillets@example.org"],
  address=A(["ZAC des Œillets, bâtiment 4", "1 rue Pasteur"], "95200", "SARCELLES"),
  people=[P("Françoise", "N’DIAYE", "Présidente", "Mme"),
          P("Hervé", "MAÎTRE", "Trésorier", "M."),
          P("Julie", "ROSSI", "Coordinatrice", "Mme", phones=["+33639989522 cell"])],
  hours=[H("MO-FR", "09:00", "17:00"), H("SA", "09:00", "12:00")],
  closures=["Fermé le lundi matin"],
  updated="2022-06-14", source="http://lepanier-oeillets.example.org/",
  keywords=["aide alimentaire", "épicerie sociale", "Val-d’Oise"])

# ---------------------------------------------------------------------------
# j03: ISO-8859-1.
F("j03.md", enc="iso-8859-1")
E(r"""
# Fondation genevoise pour l'accompagnement des proches aidants - Pro-Aidants GE

## Coordonnées

Rue de Carouge 52$$
Case postale 1234$$
1211 Genève 4$$
SUISSE$$
Tél. +41 (0)22 345 67 80$$
Natel : +41 (0)79 345 67 81$$
Courriel : info@proaidants-ge.example.ch$$
www.proaidants-ge.example.ch

## Horaires d'ouverture

Lundi à vendredi de 8h00 à 11h30 et de 13h30 à 17h00, mercredi après-midi fermé.

## Responsable

Mme Dominique FAVRE-BULLE, directrice

## Personnes contact

- M. Luca DELLA TORRE, travailleur social HES, +41 (0)22 345 67 85

""" + T("plain",
        "Fondation de droit privé reconnue d'utilité publique, subventionnée par le canton.",
        "Proches aidants de personnes âgées, malades ou en situation de handicap.",
        "La fondation informe, soutient et offre du répit aux proches aidants :",
        ["permanence d'écoute ;", "relève à domicile ;", "cafés des aidants."],
        "**Mise à jour :** 2023-05-17",
        "**Source de mise à jour :** https://www.proaidants-ge.example.ch/contact",
        "**Mots-clés :** proches aidants, répit, Genève"),
  org="Fondation genevoise pour l'accompagnement des proches aidants",
  phones=["+41223456780 voice", "+41793456781 cell"],
  emails=["info@proaidants-ge.example.ch"],
  urls=["http://www.proaidants-ge.example.ch"],
  address=A(["Rue de Carouge 52", "Case postale 1234"], "1211", "Genève 4", "Suisse"),
  people=[P("Dominique", "FAVRE-BULLE", "directrice", "Mme"),
          P("Luca", "DELLA TORRE", "travailleur social HES", "M.",
            phones=["+41223456785 voice"])],
  hours=[H("MO-FR", "08:00", "11:30"), H("MO,TU,TH,FR", "13:30", "17:00")],
  updated="2023-05-17", source="https://www.proaidants-ge.example.ch/contact",
  keywords=["proches aidants", "répit", "Genève"])

E(r"""
# Maison de l'Emploi et de la Formation du Lensois

## COORDONNÉES

Adresse : 5, place du Cantin 62300 LENS$$
Téléphone : 03.53.01.62.30 / Télécopie : 03.53.01.62.39$$
Courriel : contact@mef-lensois.example.fr$$
Internet : http://www.mef-lensois.example.fr

## HORAIRES D'OUVERTURE

Ouvert du lundi au vendredi de 8 h 30 à 12 h 00 et de 13 h 30 à 17 h 00 (le vendredi fermeture à 16 h 00).$$
Accueil sans rendez-vous le matin, sur rendez-vous l'après-midi.

## PERSONNES RESPONSABLES

Directeur : M. Rachid HAMMOUDI$$
Directrice adjointe : Mme Sandrine VANDENBUSSCHE-LEROY

## PERSONNES CONTACT

Chargée de relations entreprises : Mme Amandine CARON, amandine.caron (at) mef-lensois.example.fr

""" + CAPS(
        "Groupement d'intérêt public associant l'État, la communauté d'agglomération et France Travail.",
        "Demandeurs d'emploi, salariés, entreprises du bassin lensois.",
        "La maison coordonne les acteurs locaux de l'emploi et de la formation :",
        ["information sur les métiers ;", "job dating ;", "appui aux recrutements."],
        "Dernière mise à jour : 1er mars 2022",
        "**Mots-clés :** emploi, formation, Pas-de-Calais"),
  org="Maison de l'Emploi et de la Formation du Lensois",
  phones=["+33353016230 voice", "+33353016239 fax"],
  emails=["contact@mef-lensois.example.fr"],
  urls=["http://www.mef-lensois.example.fr"],
  address=A(["5, place du Cantin"], "62300", "LENS"),
  people=[P("Rachid", "HAMMOUDI", "Directeur", "M."),
          P("Sandrine", "VANDENBUSSCHE-LEROY", "Directrice adjointe", "Mme"),
          P("Amandine", "CARON", "Chargée de relations entreprises", "Mme",
            emails=["amandine.caron@mef-lensois.example.fr"])],
  hours=[H("MO-FR", "08:30", "12:00"), H("MO-TH", "13:30", "17:00", appt=True),
         H("FR", "13:30", "16:00", appt=True)],
  updated="2022-03-01", source=None,
  keywords=["emploi", "formation", "Pas-de-Calais"])

E(r"""
# Les Jardins de Cocagne du Haut-Bocage

## Coordonnées

Jardins de Cocagne du Haut-Bocage$$
Lieu-dit La Métairie Neuve$$
Route de Cerizay$$
79140 LE PIN$$
Portable : 06 39 98 79 14$$
Courriel : jardins.hautbocage@example.org

## Horaires d'accueil

Du lundi au jeudi de 8h à 12h et de 13h à 16h30.$$
Le vendredi le matin uniquement (8h-12h).

## Personnes responsables

Mme Marie-Claire de LA ROCHEJAQUELEIN, présidente$$
M. Yves GUÉRIN-BOUTAUD, encadrant technique maraîchage

""" + T("plain",
        "Chantier d'insertion conventionné, membre du réseau Cocagne.",
        "Personnes éloignées de l'emploi orientées par les prescripteurs du secteur.",
        "Le jardin produit des légumes biologiques vendus en paniers à des adhérents :",
        ["maraîchage biologique ;", "accompagnement socio-professionnel ;"],
        "**Mise à jour :** 2019",
        "**Source de mise à jour :** <http://www.jardins-hautbocage.example.org>",
        "**Mots-clés :** insertion ; maraîchage biologique ; paniers"),
  org="Les Jardins de Cocagne du Haut-Bocage",
  phones=["+33639987914 cell"],
  emails=["jardins.hautbocage@example.org"],
  address=A(["Lieu-dit La Métairie Neuve", "Route de Cerizay"], "79140", "LE PIN"),
  people=[P("Marie-Claire", "de LA ROCHEJAQUELEIN", "présidente", "Mme"),
          P("Yves", "GUÉRIN-BOUTAUD", "encadrant technique maraîchage", "M.")],
  hours=[H("MO-TH", "08:00", "12:00"), H("MO-TH", "13:00", "16:30"),
         H("FR", "08:00", "12:00")],
  updated="2019", source="http://www.jardins-hautbocage.example.org",
  keywords=["insertion", "maraîchage biologique", "paniers"])

E(r"""
# Conciliateur de justice du canton de Saint-Flour

## COORDONNEES

Mairie de Saint-Flour$$
Place d'Armes$$
15100 SAINT-FLOUR$$
Tél. (accueil de la mairie) : 04 65 71 15 10$$
Courriel : conciliateur.stflour@example.fr

## PERSONNE RESPONSABLE

M. Henri de BONNEFOY du CHARMEL, conciliateur de justice bénévole

## HORAIRES D'OUVERTURE

Permanences : 1er et 3e mardi du mois, de 9h à 12h.$$
Reçoit uniquement sur rendez-vous.

""" + CAPS(
        "Auxiliaire de justice bénévole nommé par le premier président de la cour d'appel.",
        "Particuliers en litige : voisinage, consommation, baux d'habitation.",
        "Le conciliateur recherche un accord amiable entre les parties :",
        [],
        "**Mise à jour :** 4 sept. 2023",
        "**Source de mise à jour :** annuaire des conciliateurs (https://www.conciliateurs.example.fr/cantal)",
        "**Mots-clés :** conciliation, litiges, Cantal"),
  org="Conciliateur de justice du canton de Saint-Flour",
  phones=["+33465711510 voice"],
  emails=["conciliateur.stflour@example.fr"],
  address=A(["Mairie de Saint-Flour", "Place d'Armes"], "15100", "SAINT-FLOUR"),
  people=[P("Henri", "de BONNEFOY du CHARMEL", "conciliateur de justice bénévole", "M.")],
  appt=True, hours=[],
  updated="2023-09-04", source="https://www.conciliateurs.example.fr/cantal",
  keywords=["conciliation", "litiges", "Cantal"])

# ---------------------------------------------------------------------------
# j04: UTF-16LE with BOM, CRLF.
F("j04.md", enc="utf-16le-bom", eol="CRLF")
E(r"""
# Centre Social et Culturel du Pays de Brocéliande

## Coordonnées

1 bis, rue de l'Hermine$$
35160 MONTFORT-SUR-MEU$$
Tél. : 02 61 91 35 16 — poste 1 (accueil), poste 2 (familles)$$
Courriel : accueil@cs-broceliande.example.fr — familles@cs-broceliande.example.fr$$
Site : [cs-broceliande.example.fr](http://cs-broceliande.example.fr)

## Horaires d’accueil

Lundi : 14h – 18h$$
Mardi, jeudi, vendredi : 9h – 12h / 14h – 18h$$
Mercredi : 9h – 18h non-stop$$
Samedi : le matin, 9h30 – 12h (hors vacances scolaires)$$
Fermé les jours fériés.

## Personnes responsables

| Nom | Fonction | Contact |
|---|---|---|
| M. Erwan LE ROUX | directeur | erwan.leroux@cs-broceliande.example.fr |
| Mme Gwenaëlle JÉGOU-DANIEL | référente familles | 02 61 91 35 18 |

""" + T("plain",
        "Association agréée centre social par la caisse d’allocations familiales.",
        "Habitants des huit communes du Pays de Brocéliande.",
        "Le centre social anime la vie locale et soutient les familles :",
        ["accueil de loisirs ;", "sorties familiales ;", "ateliers numériques."],
        "**Mise à jour :** Lundi 15 avril 2024",
        "**Source de mise à jour :** <https://cs-broceliande.example.fr/contact>",
        "**Mots-clefs :** centre social; familles; animation locale"),
  org="Centre Social et Culturel du Pays de Brocéliande",
  phones=["+33261913516 voice"],
  emails=["accueil@cs-broceliande.example.fr", "familles@cs-broceliande.example.fr"],
  urls=["http://cs-broceliande.example.fr"],
  address=A(["1 bis, rue de l'Hermine"], "35160", "MONTFORT-SUR-MEU"),
  people=[P("Erwan", "LE ROUX", "directeur", "M.",
            emails=["erwan.leroux@cs-broceliande.example.fr"]),
          P("Gwenaëlle", "JÉGOU-DANIEL", "référente familles", "Mme",
            phones=["+33261913518 voice"])],
  hours=[H("MO", "14:00", "18:00"), H("TU,TH,FR", "09:00", "12:00"),
         H("TU,TH,FR", "14:00", "18:00"), H("WE", "09:00", "18:00"),
         H("SA", "09:30", "12:00")],
  closures=["hors vacances scolaires", "Fermé les jours fériés"],
  updated="2024-04-15", source="https://cs-broceliande.example.fr/contact",
  keywords=["centre social", "familles", "animation locale"])

E(r"""
# CSAPA Le Fil d'Ariane — Centre de Soins, d'Accompagnement et de Prévention en Addictologie

## Coordonnées

CSAPA Le Fil d'Ariane$$
Immeuble Le Phocéen – 3e étage – porte B$$
32, rue de Ruffi$$
CS 50123$$
13331 MARSEILLE CEDEX 03$$
Tél. 04 65 71 13 30 | Fax 04 65 71 13 39$$
N° Vert (appel gratuit) : 0 805 13 13 30$$
E-mail : <csapa.filariane@example.fr>

## Horaires d'ouverture

Ouvert tous les jours sauf le week-end, de 9h à 12h30 et de 13h30 à 17h.

## Personnes responsables

Docteure Line VIGNAL, médecin addictologue, responsable

## Personnes contact

M. Rémi SAINT-JEAN (infirmier) — 04 65 71 13 34 — r.saint-jean@example.fr

""" + T("plain",
        "Établissement médico-social géré par une association régionale d'addictologie.",
        "Personnes en difficulté avec l'alcool, le tabac, les drogues ou les jeux, et leur entourage.",
        "Le CSAPA accueille, soigne et accompagne, de façon anonyme et gratuite :",
        ["consultations médicales et psychologiques ;", "réduction des risques ;"],
        "**Dernière mise à jour :** 22/08/2023",
        "**Source de mise à jour :** [Annuaire ARS PACA](https://annuaire.ars-paca.example.fr/csapa)",
        "**Mots-clés :** addictologie, RdRD, CSAPA, Marseille"),
  org="CSAPA Le Fil d'Ariane",
  phones=["+33465711330 voice", "+33465711339 fax", "+33805131330 tollfree"],
  emails=["csapa.filariane@example.fr"],
  address=A(["Immeuble Le Phocéen – 3e étage – porte B", "32, rue de Ruffi", "CS 50123"],
            "13331", "MARSEILLE CEDEX 03"),
  people=[P("Line", "VIGNAL", "médecin addictologue, responsable", "Dr"),
          P("Rémi", "SAINT-JEAN", "infirmier", "M.", phones=["+33465711334 voice"],
            emails=["r.saint-jean@example.fr"])],
  hours=[H("MO-FR", "09:00", "12:30"), H("MO-FR", "13:30", "17:00")],
  updated="2023-08-22", source="https://annuaire.ars-paca.example.fr/csapa",
  keywords=["addictologie", "RdRD", "CSAPA", "Marseille"])

E(r"""
# Cyber-base de Riom Limagne

## Coordonnées

Médiathèque Georges-Conchon, rez-de-jardin$$
Allée des Marronniers$$
63200 RIOM$$
Tél. : 04 65 71 63 20$$
Courriel : cyberbase(at)riom-limagne.example.fr$$
Web : http://cyberbase.riom-limagne.example.fr/ateliers

## Horaires d'ouverture

| Lundi | Mardi | Mercredi | Jeudi | Vendredi |
|---|---|---|---|---|
| 9h-12h | fermé | 9h-12h / 14h-18h | 14h-18h | 9h-12h |

## Responsable

Animateur multimédia : M. Kévin DA SILVA PEREIRA

""" + T("plain",
        "Espace public numérique de la communauté d'agglomération, labellisé par la Caisse des dépôts.",
        "Tout public, débutants comme confirmés, demandeurs d'emploi.",
        "La cyber-base propose un accès libre et des ateliers d'initiation :",
        ["découverte de l'ordinateur ;", "démarches en ligne ;", "retouche photo."],
        "**Mise à jour :** 05/2024",
        "**Source de mise à jour :** <http://cyberbase.riom-limagne.example.fr>",
        "**Mots-clés :**"),
  org="Cyber-base de Riom Limagne",
  phones=["+33465716320 voice"],
  emails=["cyberbase@riom-limagne.example.fr"],
  urls=["http://cyberbase.riom-limagne.example.fr/ateliers"],
  address=A(["Médiathèque Georges-Conchon, rez-de-jardin", "Allée des Marronniers"],
            "63200", "RIOM"),
  people=[P("Kévin", "DA SILVA PEREIRA", "Animateur multimédia", "M.")],
  hours=[H("MO", "09:00", "12:00"), H("WE", "09:00", "12:00"), H("WE", "14:00", "18:00"),
         H("TH", "14:00", "18:00"), H("FR", "09:00", "12:00")],
  updated="2024-05", source="http://cyberbase.riom-limagne.example.fr",
  keywords=[])

E(r"""
# Association Réunionnaise d'Aide aux Familles – ARAF

## Coordonnées

ARAF$$
Résidence Les Flamboyants, appt 12$$
14, rue Juliette-Dodu$$
97400 SAINT-DENIS (La Réunion)$$
Tél. : 0262 41 22 00$$
Port. : 0692 41 22 01$$
Courriel : araf974@example.re

## Horaires d'ouverture

Du lundi au vendredi de 7h30 à 12h et de 13h à 16h, le mercredi matin uniquement.$$
Permanence le 1er samedi du mois de 8h à 12h.

## Personnes responsables

- Présidente : Mme Marie-Josée HOAREAU-PAYET
- Directeur : M. Jean-Max RIVIÈRE

## Personnes contact

- Mme Sabine GRONDIN – CESF – 0692 41 22 05

""" + T("plain",
        "Association loi 1901 agréée par la caisse d'allocations familiales de La Réunion.",
        "Familles en difficulté du nord de l'île.",
        "L'association accompagne les familles dans leur budget et leur logement :",
        ["accompagnement budgétaire ;", "médiation locative ;"],
        "**Mise à jour :** 30 juin 2022",
        "**Mots-clés :** familles ; CESF ; Saint-Denis"),
  org="Association Réunionnaise d'Aide aux Familles",
  phones=["+262262412200 voice", "+262692412201 cell"],
  emails=["araf974@example.re"],
  address=A(["Résidence Les Flamboyants, appt 12", "14, rue Juliette-Dodu"], "97400",
            "SAINT-DENIS", region="La Réunion"),
  people=[P("Marie-Josée", "HOAREAU-PAYET", "Présidente", "Mme"),
          P("Jean-Max", "RIVIÈRE", "Directeur", "M."),
          P("Sabine", "GRONDIN", "CESF", "Mme", phones=["+262692412205 cell"])],
  hours=[H("MO-FR", "07:30", "12:00"), H("MO,TU,TH,FR", "13:00", "16:00")],
  updated="2022-06-30", source=None,
  keywords=["familles", "CESF", "Saint-Denis"])

# ---------------------------------------------------------------------------
# j05: UTF-8 with BOM, NFD.
F("j05.md", enc="utf-8-bom", nfd=True)
E(r"""
# Plateforme de Répit des Aidants du Pays d’Auge

### Coordonnées

Plateforme de Répit des Aidants$$
EHPAD Les Pommiers – Bâtiment B$$
12, avenue du 6-Juin$$
14100~LISIEUX$$
Tél.~: 02^61^91^14^10$$
Mobile~: 06^39^98^14^11$$
Courriel~: repit.paysdauge@example.fr

### Horaires d’ouverture

Du lundi au vendredi de 9~h à 12~h~30 et de 13~h~30 à 17~h.$$
Fermé entre Noël et le Jour de l’An.

### Personnes responsables

Mme Anne-Laure DUCHEMIN-LEFÈVRE, infirmière coordinatrice, 06~39~98~14~12$$
Pr Étienne LECOQ (gériatre, référent médical)

### Personnes contact

Psychologue : Mme Clémence HÉBERT — clemence.hebert@example.fr

""" + T("plain",
        "Dispositif financé par l’agence régionale de santé, porté par un EHPAD public.",
        "Proches aidants de personnes atteintes d’une maladie neuro-évolutive.",
        "La plateforme propose du répit et un soutien aux aidants :",
        ["accueil de jour ;", "groupes de parole ;", "séjours de répit."],
        "**Mise à jour :** le 03/07/2023",
        "**Source de mise à jour :** <https://repit-paysdauge.example.fr/>",
        "**Mots-clés :** aidants, répit, Alzheimer, Calvados"),
  org="Plateforme de Répit des Aidants du Pays d’Auge",
  phones=["+33261911410 voice", "+33639981411 cell"],
  emails=["repit.paysdauge@example.fr"],
  address=A(["EHPAD Les Pommiers – Bâtiment B", "12, avenue du 6-Juin"], "14100", "LISIEUX"),
  people=[P("Anne-Laure", "DUCHEMIN-LEFÈVRE", "infirmière coordinatrice", "Mme",
            phones=["+33639981412 cell"]),
          P("Étienne", "LECOQ", "gériatre, référent médical", "Pr"),
          P("Clémence", "HÉBERT", "Psychologue", "Mme",
            emails=["clemence.hebert@example.fr"])],
  hours=[H("MO-FR", "09:00", "12:30"), H("MO-FR", "13:30", "17:00")],
  closures=["Fermé entre Noël et le Jour de l’An"],
  updated="2023-07-03", source="https://repit-paysdauge.example.fr/",
  keywords=["aidants", "répit", "Alzheimer", "Calvados"])

E(r"""
# Accueil de jour et de nuit « Le Relais » – Samu social du Tarn

## Coordonnées

Le Relais$$
3, impasse des Cordeliers$$
81000 ALBI$$
Tél. : 05 36 49 81 00$$
Courriel : lerelais81@example.org

## Horaires d'ouverture

Ouvert 24 h sur 24, 365 jours par an.

## Transports

Bus ligne 1, arrêt Cordeliers. Gare d'Albi-Ville à 10 minutes à pied.

## Personnes responsables

Directeur du pôle : M. Jean-Luc PUECH$$
Chef·fe de service : Alex MARTY

## Personnes contact

- M. Bruno COSTES (veilleur de nuit référent) ; tél. : 06 39 98 81 05

""" + T("plain",
        "Service de l’association tarnaise d’urgence sociale, financé par l’État.",
        "Personnes sans abri ou en grande précarité.",
        "Le Relais accueille, met à l’abri et oriente :",
        ["douches et bagagerie ;", "repas chauds ;", "orientation vers l’hébergement."],
        "**MAJ :** 2022",
        "**Source de mise à jour :** entretien téléphonique du 12/04/2022",
        "**Mots-clés :** urgence sociale, hébergement, Tarn"),
  org="Accueil de jour et de nuit « Le Relais »",
  phones=["+33536498100 voice"],
  emails=["lerelais81@example.org"],
  address=A(["3, impasse des Cordeliers"], "81000", "ALBI"),
  people=[P("Jean-Luc", "PUECH", "Directeur du pôle", "M."),
          P("Alex", "MARTY", "Chef·fe de service"),
          P("Bruno", "COSTES", "veilleur de nuit référent", "M.",
            phones=["+33639988105 cell"])],
  hours=[H("MO-SU", "00:00", "24:00")],
  updated="2022", source=None,
  keywords=["urgence sociale", "hébergement", "Tarn"])

E(r"""
# Union Départementale des Associations Familiales de la Côte-d’Or

## Coordonnées

UDAF 21$$
8, rue du Nord$$
Boîte postale 45$$
21001 Dijon Cedex 9$$
Tél. : (33) 3 53 01 21 00$$
Fax : (33) 3 53 01 21 01$$
Courriel : [udaf21@example.fr](mailto:udaf21@example.fr)$$
Internet : [www.udaf21.example.fr](http://www.udaf21.example.fr)

## Horaires d'ouverture

Lundi → jeudi : 8h45-12h15 | 13h30-17h15$$
Vendredi : 8h45-12h15 | 13h30-16h

## Personnes responsables

Président : M. Gérard VAN DER MEERSCH$$
Directrice générale : Mme Sophie BOUCHARD-N’GUYEN

## Personnes contact

Service des tutelles : 03 53 01 21 10$$
Mme Agnès MOREL, médiatrice familiale, agnes.morel@udaf21.example.fr

""" + T("plain",
        "Institution familiale créée par l’ordonnance de 1945, reconnue d’utilité publique.",
        "Familles du département, majeurs protégés, associations familiales adhérentes.",
        "L’UDAF représente les familles et gère des services d’intérêt familial :",
        ["mandats de protection des majeurs ;", "médiation familiale ;", "point conseil budget."],
        "**Mise à jour :** 11/2023",
        "**Source de mise à jour :** <http://www.udaf21.example.fr/contacts>",
        "**Mots-clés :** familles, tutelles, médiation familiale, Côte-d’Or"),
  org="Union Départementale des Associations Familiales de la Côte-d’Or",
  phones=["+33353012100 voice", "+33353012101 fax"],
  emails=["udaf21@example.fr"],
  urls=["http://www.udaf21.example.fr"],
  address=A(["8, rue du Nord", "Boîte postale 45"], "21001", "Dijon Cedex 9"),
  people=[P("Gérard", "VAN DER MEERSCH", "Président", "M."),
          P("Sophie", "BOUCHARD-N’GUYEN", "Directrice générale", "Mme"),
          P("Agnès", "MOREL", "médiatrice familiale", "Mme",
            emails=["agnes.morel@udaf21.example.fr"])],
  hours=[H("MO-TH", "08:45", "12:15"), H("MO-TH", "13:30", "17:15"),
         H("FR", "08:45", "12:15"), H("FR", "13:30", "16:00")],
  updated="2023-11", source="http://www.udaf21.example.fr/contacts",
  keywords=["familles", "tutelles", "médiation familiale", "Côte-d’Or"])

E(r"""
# Trait d’Union – entraide entre familles d’enfants hospitalisés

## Coordonnées

Trait d’Union$$
Maison des Associations du 11e$$
8, rue du Général-Renault$$
75011 Paris$$
Tél. : 01 99 00 75 40$$
E-mail : <bonjour@traitdunion.example.org>$$
Site : https://traitdunion.example.org — Blog : traitdunion.example.org/blog

## Nous soutenir

Dons par chèque à l’ordre de Trait d’Union, 8, rue du Général-Renault, 75011 Paris.$$
Virement : IBAN FR76 3000 4000 0500 0012 3456 789.

## Personnes responsables

Coprésidente : Léa FONTAINE$$
Coprésidente : Inès BOUAZIZ

""" + T("plain",
        "Association loi 1901 de parents bénévoles, agréée par l’assistance publique.",
        "Parents et fratries d’enfants hospitalisés en Île-de-France.",
        "L’association rompt l’isolement des familles pendant l’hospitalisation :",
        ["visites à l’hôpital ;", "hébergement solidaire ;", "groupes de parole."],
        "*Mis à jour le 26/10/2021*"),
  org="Trait d’Union",
  phones=["+33199007540 voice"],
  emails=["bonjour@traitdunion.example.org"],
  urls=["https://traitdunion.example.org", "http://traitdunion.example.org/blog"],
  address=A(["Maison des Associations du 11e", "8, rue du Général-Renault"], "75011", "Paris"),
  people=[P("Léa", "FONTAINE", "Coprésidente"),
          P("Inès", "BOUAZIZ", "Coprésidente")],
  hours=[],
  updated="2021-10-26", source=None,
  keywords=[])


if __name__ == "__main__":
    main(os.path.dirname(os.path.abspath(__file__)))

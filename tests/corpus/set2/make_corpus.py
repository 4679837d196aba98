#!/usr/bin/env python3
"""Regenerate the second corpus: c01.md .. c07.md and expected.json (this folder).

Entries written for tests/corpus2 in the style of tests/corpus (same schema, same
normalisation rules, same rendering and checks as its make_corpus.py), stressing what
the first sample barely covers: arrondissements and CEDEX numbers, Corsica, overseas
departments, Belgium, Switzerland, Luxembourg, obfuscated e-mails, particles, people
with their own numbers, appointment ranges, headings in capitals.

Run:  python3 make_corpus.py      (from anywhere; paths are relative to this file)

Each entry is written below as Markdown text plus the facts a correct converter must
extract (normalisation rules: README.md).  In the Markdown, a line ending in "$$" gets a
Markdown hard line break (two trailing spaces).  The script encodes each file (UTF-8,
UTF-8 with BOM, UTF-16LE with BOM, Windows-1252, ISO-8859-1; optional NFD and CRLF) and
runs consistency checks between the text and the facts.
"""
import os
import sys
import unicodedata

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from corpus_lib import A, E, F, H, P, main  # noqa: E402

# ---------------------------------------------------------------------------
# Second corpus (tests/corpus2): entries nobody tuned the extractors on.  The
# prose sections are written by T(); STYLE picks the heading form.


def _h(style, text, colon=True):
    """A "## " heading in one of the directory's styles."""
    if style == "bold":
        return "## **" + text + (" :" if colon else "") + "**"
    if style == "plain":
        return "## " + text
    if style == "caps":
        plain = unicodedata.normalize("NFD", text)
        plain = "".join(c for c in plain if not unicodedata.combining(c))
        return "## " + plain.upper()
    raise ValueError(style)


def T(style, nature, public, objectifs, coop, items, maj, source, kw, kw_label="Mots-clefs"):
    """The prose tail of an entry: nature, public, objectives, European
    co-operation (with bullets), then the update date, source and keywords."""
    out = [_h(style, "Nature et statut de l'organisme"), "", nature, "",
           _h(style, "Public visé", colon=False), "", public, "",
           _h(style, "Objectifs et activités de l'organisme"), "", objectifs, "",
           _h(style, "Objectifs et activités en matière de coopération européenne"), "",
           coop, ""]
    if items:
        out += ["- " + i for i in items] + [""]
    out += ["**Mise à jour :** " + maj, "",
            "**Source de mise à jour :** <" + source + ">", "",
            ("**" + kw_label + " :** " + kw).rstrip()]
    return "\n".join(out)


# c01: UTF-8, LF; Paris / Marseille / Lyon arrondissements, CEDEX with number.
F("c01.md")
E(r"""
# Espace Santé Jeunes Paris 13 – lieu d'accueil et d'écoute

## **Coordonnées**

Espace Santé Jeunes Paris 13$$
Centre Olympiades, 3e étage$$
47 rue du Javelot$$
75013 Paris$$
Téléphone : 01 99 00 13 10$$
N° Vert : 0 805 00 13 11$$
E-mail : [esj13@example.fr](mailto:esj13@example.fr)$$
<https://esj-paris13.example.fr>

## **Accueil du public**

Du lundi au vendredi : 9h-12h / 14h-17h$$
Fermé les jours fériés.

## **Personnes responsables**

- Directrice : Mme Marie Claire DE LA TOUR
- Médecin coordinateur : Dr Jean-Marc ROUSSEL

## **Personnes contact :**

[L'équipe d'accueil](#)

""" + T("bold",
        "Association loi 1901 gérée par un conseil d'administration de professionnels de la jeunesse.",
        "Jeunes de 12 à 25 ans habitant ou étudiant dans le sud-est parisien, et leurs parents.",
        "L'espace accueille les jeunes sans condition pour des entretiens confidentiels, des consultations médicales et des ateliers collectifs sur la vie affective.",
        "L'espace a participé à un programme d'échange de jeunes :",
        ["accueil d'un groupe de Berlin ;", "publication d'un carnet de voyage."],
        "1er février 2023", "https://esj-paris13.example.fr/qui-sommes-nous",
        "jeunes, écoute, santé"),
  org="Espace Santé Jeunes Paris 13",
  phones=["+33199001310 voice", "+33805001311 tollfree"],
  emails=["esj13@example.fr"],
  urls=["https://esj-paris13.example.fr"],
  address=A(["Centre Olympiades, 3e étage", "47 rue du Javelot"], "75013", "Paris"),
  people=[P("Marie Claire", "de La Tour", "Directrice", "Mme"),
          P("Jean-Marc", "Roussel", "Médecin coordinateur", "Dr")],
  hours=[H("MO-FR", "09:00", "12:00"), H("MO-FR", "14:00", "17:00")],
  closures=["Fermé les jours fériés"],
  updated="2023-02-01", source="https://esj-paris13.example.fr/qui-sommes-nous",
  keywords=["jeunes", "écoute", "santé"])

E(r"""
# Addictions Méditerranée Soutien – CSAPA du centre-ville

## Coordonnées

Addictions Méditerranée Soutien$$
Le Grand Horizon, bâtiment C$$
12 boulevard des Dames$$
CS 30127$$
13001 MARSEILLE CEDEX 01$$
Tél. : +33 (0)4 65 71 13 20$$
Fax : +33 (0)4 65 71 13 21$$
Courriel : accueil[at]ams-marseille.example.org$$
[Site internet](https://ams-marseille.example.org)

## Horaires d'ouverture

Lundi, mardi et jeudi de 9 h 30 à 12 h et de 13 h 30 à 17 h 30.$$
Mercredi de 13 h 30 à 19 h.

## Responsables

- Christophe N'DIAYE (directeur)
- Sandrine MOREAU-VIDAL (cheffe de service)

## Contacts

- Mme Aurélie FABRE, secrétaire médicale, 04 65 71 13 22

""" + T("plain",
        "Centre de soins, d'accompagnement et de prévention en addictologie géré par une association.",
        "Personnes majeures en difficulté avec l'alcool, les drogues ou les jeux, et leur entourage.",
        "Le CSAPA assure des consultations médicales et psychologiques, délivre des traitements de substitution et accompagne les démarches sociales.",
        "Le CSAPA a accueilli des stagiaires de plusieurs pays méditerranéens :",
        ["Espagne ;", "Italie ;", "Tunisie."],
        "12/03/2022", "https://ams-marseille.example.org/le-csapa",
        "CSAPA, substitution, Marseille", kw_label="Mots-clés"),
  org="Addictions Méditerranée Soutien",
  phones=["+33465711320 voice", "+33465711321 fax"],
  emails=["accueil@ams-marseille.example.org"],
  urls=["https://ams-marseille.example.org"],
  address=A(["Le Grand Horizon, bâtiment C", "12 boulevard des Dames", "CS 30127"], "13001",
            "Marseille Cedex 01"),
  people=[P("Christophe", "N'Diaye", "directeur"),
          P("Sandrine", "Moreau-Vidal", "cheffe de service"),
          P("Aurélie", "Fabre", "secrétaire médicale", "Mme", phones=["+33465711322 voice"])],
  hours=[H("MO,TU,TH", "09:30", "12:00"), H("MO,TU,TH", "13:30", "17:30"),
         H("WE", "13:30", "19:00")],
  updated="2022-03-12", source="https://ams-marseille.example.org/le-csapa",
  keywords=["CSAPA", "substitution", "Marseille"])

E(r"""
# Écoute Addictions Rhône – ligne d'écoute et centre de soins

## **Coordonnées :**

Écoute Addictions Rhône$$
Pôle santé Gerland$$
210 avenue Jean-Jaurès$$
69007 Lyon$$
Téléphone : 00 33 4 65 71 69 30$$
Numéro vert : 0 800 00 69 31$$
E-mail : ecoute69 (at) example.fr$$
www.ecoute-addictions69.example.fr

## **Horaires d'ouverture et accueil du public :**

Ouvert 24h/24 et 7j/7.

## **Personnes responsables**

M. Hervé VAN DEN BERGHE, président$$
Mme Nadia BENSAÏD, directrice, n.bensaid@example.fr

## **Personnes contact :**

[Contactez-nous](#)

""" + T("bold",
        "Association reconnue d'utilité publique, financée par l'agence régionale de santé.",
        "Toute personne concernée par une addiction, ses proches et les professionnels.",
        "La ligne d'écoute répond jour et nuit ; le centre de soins propose un suivi pluridisciplinaire et un hébergement d'urgence de quelques nuits.",
        "L'association est membre d'un réseau européen de lignes d'écoute :",
        ["partage de protocoles ;", "formation commune des écoutants."],
        "mars 2019", "https://www.ecoute-addictions69.example.fr/association",
        "écoute, urgence, addictions"),
  org="Écoute Addictions Rhône",
  phones=["+33465716930 voice", "+33800006931 tollfree"],
  emails=["ecoute69@example.fr"],
  urls=["http://www.ecoute-addictions69.example.fr"],
  address=A(["Pôle santé Gerland", "210 avenue Jean-Jaurès"], "69007", "Lyon"),
  people=[P("Hervé", "Van den Berghe", "président", "M."),
          P("Nadia", "Bensaïd", "directrice", "Mme", emails=["n.bensaid@example.fr"])],
  hours=[H("MO-SU", "00:00", "24:00")],
  updated="2019-03", source="https://www.ecoute-addictions69.example.fr/association",
  keywords=["écoute", "urgence", "addictions"])

E(r"""
# Fédération Addiction Île-de-France - délégation régionale

## Coordonnées

Fédération Addiction Île-de-France$$
Tour Essor, 14e étage$$
9 passage Saint-Bernard$$
BP 40211$$
75543 PARIS CEDEX 11$$
Tél. : 01 99 00 75 40 - Fax : 01 99 00 75 41$$
Mél : federation.idf@example.org$$
<https://idf.federation-addiction.example.org>

## Horaires

Sur RDV uniquement.

## Personne responsable

Madame Hélène DUPRÉ-LAMBERT, déléguée régionale

## Personnes contact

[Secrétariat](#)

""" + T("plain",
        "Délégation régionale d'une fédération nationale d'associations et de professionnels.",
        "Établissements et services d'addictologie de la région, élus et institutions.",
        "La délégation anime le réseau régional, organise des journées d'échanges et porte la parole des adhérents auprès des pouvoirs publics.",
        "La fédération est partenaire de plusieurs réseaux européens :",
        ["groupes de travail sur la réduction des risques ;", "conférence annuelle."],
        "2020", "https://idf.federation-addiction.example.org/delegation",
        "fédération, réseau, Île-de-France"),
  org="Fédération Addiction Île-de-France",
  phones=["+33199007540 voice", "+33199007541 fax"],
  emails=["federation.idf@example.org"],
  urls=["https://idf.federation-addiction.example.org"],
  address=A(["Tour Essor, 14e étage", "9 passage Saint-Bernard", "BP 40211"], "75543",
            "Paris Cedex 11"),
  people=[P("Hélène", "Dupré-Lambert", "déléguée régionale", "Mme")],
  appt=True,
  updated="2020", source="https://idf.federation-addiction.example.org/delegation",
  keywords=["fédération", "réseau", "Île-de-France"])

# c02: Windows-1252; Corsica and Belgium.
F("c02.md", enc="windows-1252")
E(r"""
# Corsica Prévention Addictions – antenne d’Ajaccio

## **Coordonnées**

Corsica Prévention Addictions$$
Immeuble Le Diamant II$$
5 cours Grandval$$
20000 Ajaccio$$
Téléphone : 04 65 71 20 50$$
Mobile : 06 39 98 20 51$$
E-mail : [ajaccio@cpa-corse.example.fr](mailto:ajaccio@cpa-corse.example.fr)$$
<https://cpa-corse.example.fr>

## **Horaires d’ouverture :**

Du lundi au jeudi de 8h30 à 12h30 et de 13h30 à 17h.$$
Le vendredi de 8h30 à 12h30.$$
Fermeture annuelle du 1er au 15 août.

## **Personnes responsables**

M. Paul-Antoine SANTONI – directeur$$
Mme Marie-Dominique CASANOVA – infirmière coordinatrice

## **Personnes contact :**

[Équipe](#)

""" + T("bold",
        "Association loi 1901 – CSAPA ambulatoire avec deux antennes en Corse-du-Sud.",
        "Adultes et jeunes concernés par une conduite addictive, entourage, professionnels… de toute l’île.",
        "L’association propose des consultations, des groupes de parole et des interventions « hors les murs » dans les villages de l’intérieur.",
        "L’antenne a participé à un projet de coopération insulaire :",
        ["échanges avec la Sardaigne ;", "guide commun sur l’alcool chez les jeunes."],
        "12/03/2022", "https://cpa-corse.example.fr/antenne-ajaccio",
        "Corse, CSAPA, prévention"),
  org="Corsica Prévention Addictions",
  phones=["+33465712050 voice", "+33639982051 cell"],
  emails=["ajaccio@cpa-corse.example.fr"],
  urls=["https://cpa-corse.example.fr"],
  address=A(["Immeuble Le Diamant II", "5 cours Grandval"], "20000", "Ajaccio"),
  people=[P("Paul-Antoine", "Santoni", "directeur", "M."),
          P("Marie-Dominique", "Casanova", "infirmière coordinatrice", "Mme")],
  hours=[H("MO-TH", "08:30", "12:30"), H("MO-TH", "13:30", "17:00"),
         H("FR", "08:30", "12:30")],
  closures=["Fermeture annuelle du 1er au 15 août"],
  updated="2022-03-12", source="https://cpa-corse.example.fr/antenne-ajaccio",
  keywords=["Corse", "CSAPA", "prévention"])

E(r"""
# Bastia Solidarité Jeunes – point accueil écoute jeunes

## **Coordonnées**

Bastia Solidarité Jeunes$$
Résidence Les Palmiers, entrée B$$
3 rue César-Campinchi$$
20200 Bastia$$
Tél. : 04.65.71.20.60$$
GSM : 06.39.98.20.61$$
E-mail : [bsj@example.org](mailto:bsj@example.org)

## **Horaires d'ouverture et accueil du public :**

Du lundi au vendredi de 10h à 18h, le samedi matin sur rendez-vous de 9h à 12h.

## **Personnes responsables**

Président : Jean-Baptiste ORSINI$$
Coordinatrice : Mme Laetitia PIERI

## **Personnes contact :**

[Écrivez-nous](#)

""" + T("bold",
        "Association de quartier agréée « jeunesse et éducation populaire ».",
        "Jeunes de 11 à 25 ans du Grand Bastia et leurs familles.",
        "Le point accueil offre une écoute sans jugement, une aide aux démarches et des activités sportives qui servent de support au dialogue.",
        "L’association n’a pas encore de partenaire européen ; elle prépare :",
        ["une candidature à un programme d’échanges de jeunes."],
        "novembre 2021", "https://bsj.example.org/association",
        "jeunes ; écoute ; Bastia"),
  org="Bastia Solidarité Jeunes",
  phones=["+33465712060 voice", "+33639982061 cell"],
  emails=["bsj@example.org"],
  urls=[],
  address=A(["Résidence Les Palmiers, entrée B", "3 rue César-Campinchi"], "20200", "Bastia"),
  people=[P("Jean-Baptiste", "Orsini", "Président"),
          P("Laetitia", "Pieri", "Coordinatrice", "Mme")],
  hours=[H("MO-FR", "10:00", "18:00"), H("SA", "09:00", "12:00", appt=True)],
  updated="2021-11", source="https://bsj.example.org/association",
  keywords=["jeunes", "écoute", "Bastia"])

E(r"""
# Infor-Drogues Bruxelles Sud – permanence téléphonique et accueil

## **Coordonnées**

Infor-Drogues Bruxelles Sud ASBL$$
Chaussée de Waterloo 412$$
1000 Bruxelles$$
Belgique$$
Tél. : +32 2 000 10 00$$
Portable : +32 475 00 10 01$$
E-mail : [accueil@idbs.example.be](mailto:accueil@idbs.example.be)$$
<https://idbs.example.be>

## **Horaires d'ouverture et accueil du public :**

Lundi, mardi, jeudi et vendredi : 9h30-16h30

## **Personnes responsables**

Mme Ann DE SMET, coordinatrice$$
M. Youssef EL AMRANI, psychologue

## **Personnes contact :**

[L’équipe](#)

""" + T("bold",
        "ASBL agréée par la Commission communautaire française.",
        "Usagers de drogues, parents, enseignants et travailleurs sociaux de la Région bruxelloise.",
        "L’ASBL informe, oriente et accompagne ; elle édite des brochures et anime des formations pour les écoles.",
        "L’ASBL coordonne un réseau de services d’information :",
        ["Pays-Bas ;", "France ;", "Luxembourg."],
        "septembre 2020", "https://idbs.example.be/qui-sommes-nous",
        "information, drogues, Bruxelles"),
  org="Infor-Drogues Bruxelles Sud",
  phones=["+3220001000 voice", "+32475001001 cell"],
  emails=["accueil@idbs.example.be"],
  urls=["https://idbs.example.be"],
  address=A(["Chaussée de Waterloo 412"], "1000", "Bruxelles", "Belgique"),
  people=[P("Ann", "De Smet", "coordinatrice", "Mme"),
          P("Youssef", "El Amrani", "psychologue", "M.")],
  hours=[H("MO,TU,TH,FR", "09:30", "16:30")],
  updated="2020-09", source="https://idbs.example.be/qui-sommes-nous",
  keywords=["information", "drogues", "Bruxelles"])

E(r"""
# Centre Alfa Liège - service de santé mentale

## Coordonnées

Centre Alfa Liège$$
Rue de la Madeleine 17$$
B-4000 Liège$$
Tél. : 04 000 20 70$$
Numéro vert : 0800 20 771$$
E-mail : [info@alfa-liege.example.be](mailto:info@alfa-liege.example.be)

## Horaires

Du lundi au vendredi de 9h à 17h.

## Responsable

Dr Luc VANDERMEULEN, directeur médical

## Contacts

Mme Sarah LEJEUNE, assistante sociale – s.lejeune@alfa-liege.example.be

""" + T("plain",
        "Service de santé mentale agréé par la Région wallonne, spécialisé en assuétudes.",
        "Adultes et adolescents de l’arrondissement de Liège et leur entourage.",
        "Le centre propose des consultations psychiatriques et psychologiques, un accompagnement social et un centre de jour.",
        "Le centre participe à l’Eurégio Meuse-Rhin :",
        ["rencontres avec Maastricht et Aix-la-Chapelle ;", "formations trilingues."],
        "2021", "https://alfa-liege.example.be/centre",
        "santé mentale; assuétudes; Liège", kw_label="Mots-clés"),
  org="Centre Alfa Liège",
  phones=["+3240002070 voice", "+3280020771 tollfree"],
  emails=["info@alfa-liege.example.be"],
  urls=[],
  address=A(["Rue de la Madeleine 17"], "4000", "Liège", "Belgique"),
  people=[P("Luc", "Vandermeulen", "directeur médical", "Dr"),
          P("Sarah", "Lejeune", "assistante sociale", "Mme",
            emails=["s.lejeune@alfa-liege.example.be"])],
  hours=[H("MO-FR", "09:00", "17:00")],
  updated="2021", source="https://alfa-liege.example.be/centre",
  keywords=["santé mentale", "assuétudes", "Liège"])

# c03: ISO-8859-1; Switzerland (case postale, "Genève 4") and Luxembourg.
F("c03.md", enc="iso-8859-1")
E(r"""
# Carrefour Addictions Genève - consultation ambulatoire

## Coordonnees

Carrefour Addictions Genève$$
Rue des Pâquis 35$$
Case postale 1847$$
CH-1211 Genève 4$$
Suisse$$
Tél. : +41 22 000 12 10$$
E-mail : [info@carrefour-ge.example.ch](mailto:info@carrefour-ge.example.ch)$$
<https://carrefour-ge.example.ch>

## Horaires

Lundi au vendredi 8h-12h et 13h-17h

## Personnes responsables

Mme Corinne FAVRE-BULLE, directrice$$
Dr Mathieu REYMOND, médecin responsable

## Personnes contact

[Secrétariat](#)

""" + T("plain",
        "Fondation de droit privé subventionnée par le canton.",
        "Adultes genevois concernés par une addiction, avec ou sans produit.",
        "La fondation offre des consultations médicales, psychologiques et sociales, et un programme de traitement assisté.",
        "La fondation échange avec des équipes françaises de Haute-Savoie :",
        ["colloque transfrontalier annuel ;", "stages croisés."],
        "4 octobre 2022", "https://carrefour-ge.example.ch/fondation",
        "addictions, Genève, consultation"),
  org="Carrefour Addictions Genève",
  phones=["+41220001210 voice"],
  emails=["info@carrefour-ge.example.ch"],
  urls=["https://carrefour-ge.example.ch"],
  address=A(["Rue des Pâquis 35", "Case postale 1847"], "1211", "Genève 4", "Suisse"),
  people=[P("Corinne", "Favre-Bulle", "directrice", "Mme"),
          P("Mathieu", "Reymond", "médecin responsable", "Dr")],
  hours=[H("MO-FR", "08:00", "12:00"), H("MO-FR", "13:00", "17:00")],
  updated="2022-10-04", source="https://carrefour-ge.example.ch/fondation",
  keywords=["addictions", "Genève", "consultation"])

E(r"""
# Relais Jeunesse Lausanne

## Coordonnées

Relais Jeunesse Lausanne$$
Avenue de Beaulieu 9$$
CH-1004 Lausanne (Suisse)$$
Téléphone : 021 000 30 40$$
Portable : 079 000 30 41$$
E-mail : relais (at) example.ch

## Horaires

Mardi et jeudi : 14h - 18h$$
Mercredi : 10h - 12h

## Responsable

Mme Sophie MAYOR, éducatrice responsable

## Contacts

- M. Bastien DUCRET, animateur : bastien.ducret@example.ch

""" + T("plain",
        "Association subventionnée par la Ville de Lausanne.",
        "Jeunes de 14 à 25 ans et leurs proches.",
        "Le relais accueille les jeunes sans rendez-vous, propose des entretiens et des activités de prévention dans les écoles.",
        "Pas de projet européen à ce jour.",
        [],
        "mai 2022", "https://relais-lausanne.example.ch",
        "jeunes, prévention, Lausanne", kw_label="Mots-clés"),
  org="Relais Jeunesse Lausanne",
  phones=["+41210003040 voice", "+41790003041 cell"],
  emails=["relais@example.ch"],
  urls=[],
  address=A(["Avenue de Beaulieu 9"], "1004", "Lausanne", "Suisse"),
  people=[P("Sophie", "Mayor", "éducatrice responsable", "Mme"),
          P("Bastien", "Ducret", "animateur", "M.", emails=["bastien.ducret@example.ch"])],
  hours=[H("TU,TH", "14:00", "18:00"), H("WE", "10:00", "12:00")],
  updated="2022-05", source="https://relais-lausanne.example.ch",
  keywords=["jeunes", "prévention", "Lausanne"])

E(r"""
# Centre de Prévention des Toxicomanies Luxembourg - service national

## **Coordonnées**

Centre de Prévention des Toxicomanies$$
8-10 rue de la Fonderie$$
BP 1234$$
L-1531 Luxembourg$$
Tél. : +352 49 00 10 10$$
Fax : +352 49 00 10 11$$
E-mail : [cept@example.lu](mailto:cept@example.lu)$$
<https://cept.example.lu>

## **Horaires d'ouverture et accueil du public :**

Du lundi au vendredi de 8h00 à 12h00 et de 13h00 à 17h00.

## **Personnes responsables**

M. Marc SCHROEDER, directeur$$
Mme Claudine WAGNER-HOFFMANN, chargée de projets

## **Personnes contact :**

[Contact](#)

""" + T("bold",
        "Établissement d'utilité publique conventionné par le ministère de la Santé.",
        "Écoles, communes, entreprises, parents et jeunes de tout le pays.",
        "Le centre conçoit des programmes de prévention, forme les multiplicateurs et publie des outils pédagogiques en trois langues.",
        "Le centre est membre de réseaux européens de prévention :",
        ["projets Interreg avec la Lorraine ;", "campagnes communes."],
        "février 2021", "https://cept.example.lu/centre",
        "prévention, Luxembourg, formation"),
  org="Centre de Prévention des Toxicomanies Luxembourg",
  phones=["+35249001010 voice", "+35249001011 fax"],
  emails=["cept@example.lu"],
  urls=["https://cept.example.lu"],
  address=A(["8-10 rue de la Fonderie", "BP 1234"], "1531", "Luxembourg", "Luxembourg"),
  people=[P("Marc", "Schroeder", "directeur", "M."),
          P("Claudine", "Wagner-Hoffmann", "chargée de projets", "Mme")],
  hours=[H("MO-FR", "08:00", "12:00"), H("MO-FR", "13:00", "17:00")],
  updated="2021-02", source="https://cept.example.lu/centre",
  keywords=["prévention", "Luxembourg", "formation"])

# c04: UTF-16LE with BOM; overseas departments.
F("c04.md", enc="utf-16le-bom")
E(r"""
# Kaz Prévention Réunion – association de prévention des conduites à risque

## **Coordonnées**

Kaz Prévention Réunion$$
Résidence Les Flamboyants, porte 4$$
17 rue Jean-Chatel$$
97400 Saint-Denis (La Réunion)$$
Téléphone : 0262 00 40 10$$
Portable : 0692 00 40 11$$
E-mail : [kaz974@example.re](mailto:kaz974@example.re)

## **Horaires d'ouverture et accueil du public :**

Du lundi au vendredi : 8h-12h / 13h-16h

## **Personnes responsables**

Dr Ibrahim MOUSSA, médecin addictologue

## **Personnes contact :**

- Mme Véronique PAYET, éducatrice spécialisée, 0693 00 40 12

""" + T("bold",
        "Association loi 1901 agréée par l'agence régionale de santé de La Réunion.",
        "Jeunes, familles et professionnels du nord de l'île.",
        "L'association intervient dans les collèges et lycées, anime des groupes de parole et accompagne les familles.",
        "L'association échange avec l'océan Indien :",
        ["Maurice ;", "Madagascar."],
        "18/06/2021", "https://kaz974.example.re/association",
        "Réunion, prévention, jeunes"),
  org="Kaz Prévention Réunion",
  phones=["+262262004010 voice", "+262692004011 cell"],
  emails=["kaz974@example.re"],
  urls=[],
  address=A(["Résidence Les Flamboyants, porte 4", "17 rue Jean-Chatel"], "97400",
            "Saint-Denis", "France", region="La Réunion"),
  people=[P("Ibrahim", "Moussa", "médecin addictologue", "Dr"),
          P("Véronique", "Payet", "éducatrice spécialisée", "Mme",
            phones=["+262693004012 cell"])],
  hours=[H("MO-FR", "08:00", "12:00"), H("MO-FR", "13:00", "16:00")],
  updated="2021-06-18", source="https://kaz974.example.re/association",
  keywords=["Réunion", "prévention", "jeunes"])

E(r"""
# Réseau Addictions Martinique – coordination territoriale

## **Coordonnées**

Réseau Addictions Martinique$$
Immeuble Cascades III$$
Place François-Mitterrand$$
97200 Fort-de-France (Martinique)$$
Tél. : 0596 00 50 10$$
Portable : 0696 00 50 11$$
Fax : 0596 00 50 12$$
E-mail : [ram972@example.fr](mailto:ram972@example.fr)$$
<https://ram972.example.fr>

## **Horaires d'ouverture et accueil du public :**

Lundi, mardi, jeudi : 7h30-12h30 et 14h-17h$$
Mercredi et vendredi : 7h30-12h30

## **Personnes responsables**

M. Joël-Emmanuel SAINTE-ROSE, coordinateur$$
Mme Murielle LOUIS-JOSEPH, secrétaire

## **Personnes contact :**

[Équipe](#)

""" + T("bold",
        "Réseau de santé associatif financé par l'agence régionale de santé.",
        "Professionnels de santé, du social et de l'éducation de la Martinique.",
        "Le réseau coordonne les parcours des patients, forme les professionnels et tient un annuaire des ressources.",
        "Le réseau participe à des échanges caribéens :",
        ["Sainte-Lucie ;", "Dominique."],
        "août 2022", "https://ram972.example.fr/reseau",
        "réseau, coordination, Martinique"),
  org="Réseau Addictions Martinique",
  phones=["+596596005010 voice", "+596696005011 cell", "+596596005012 fax"],
  emails=["ram972@example.fr"],
  urls=["https://ram972.example.fr"],
  address=A(["Immeuble Cascades III", "Place François-Mitterrand"], "97200",
            "Fort-de-France", "France", region="Martinique"),
  people=[P("Joël-Emmanuel", "Sainte-Rose", "coordinateur", "M."),
          P("Murielle", "Louis-Joseph", "secrétaire", "Mme")],
  hours=[H("MO,TU,TH", "07:30", "12:30"), H("MO,TU,TH", "14:00", "17:00"),
         H("WE,FR", "07:30", "12:30")],
  updated="2022-08", source="https://ram972.example.fr/reseau",
  keywords=["réseau", "coordination", "Martinique"])

E(r"""
# Guyane Addictions Entraide – antenne de Cayenne

## **Coordonnées**

Guyane Addictions Entraide$$
21 avenue du Général-de-Gaulle$$
97300 CAYENNE$$
Tél : 0594 00 60 10$$
E-mail : [gae973@example.fr](mailto:gae973@example.fr)

## **Horaires d'ouverture et accueil du public :**

Accueil sur rendez-vous.

## **Personnes responsables**

- Mme Josette LAMBERT-ÉDOUARD – présidente
- M. Rudy HO-A-CHUCK – trésorier

## **Personnes contact :**

[Nous contacter](#)

""" + T("bold",
        "Association d'entraide animée par d'anciens usagers et des bénévoles.",
        "Personnes dépendantes et leurs proches, à Cayenne et dans les communes de l'Île-de-Cayenne.",
        "L'association tient des permanences d'écoute, organise des groupes d'entraide et accompagne vers les soins.",
        "Aucune activité européenne à ce jour.",
        [],
        "2019", "https://gae973.example.fr/asso",
        "entraide, Guyane"),
  org="Guyane Addictions Entraide",
  phones=["+594594006010 voice"],
  emails=["gae973@example.fr"],
  urls=[],
  address=A(["21 avenue du Général-de-Gaulle"], "97300", "Cayenne"),
  people=[P("Josette", "Lambert-Édouard", "présidente", "Mme"),
          P("Rudy", "Ho-A-Chuck", "trésorier", "M.")],
  appt=True,
  updated="2019", source="https://gae973.example.fr/asso",
  keywords=["entraide", "Guyane"])

E(r"""
# Maison des Adolescents de Mayotte – accueil et écoute

## **Coordonnées**

Maison des Adolescents de Mayotte$$
Immeuble Ylang, 1er étage$$
Route nationale 1, Kawéni$$
97600 Mamoudzou (Mayotte)$$
Tél. : 0269 00 70 10$$
Mobile : 0639 00 70 11$$
E-mail : [mda976@example.fr](mailto:mda976@example.fr)

## **Horaires d'ouverture et accueil du public :**

Du lundi au jeudi de 7h30 à 15h30 ; le vendredi de 7h30 à 12h.

## **Personnes responsables**

Mme Zaïnaba ATTOUMANI, directrice

## **Personnes contact :**

[L'équipe](#)

""" + T("bold",
        "Groupement d'intérêt public associant le centre hospitalier, le département et l'éducation nationale.",
        "Adolescents de 11 à 21 ans, parents et professionnels.",
        "La maison des adolescents accueille, écoute et oriente ; elle propose des consultations de psychologues et des ateliers.",
        "La maison a participé à un séminaire de l'océan Indien :",
        ["échanges avec les Comores et La Réunion."],
        "10/01/2023", "https://mda976.example.fr/mda",
        "adolescents, Mayotte, écoute"),
  org="Maison des Adolescents de Mayotte",
  phones=["+262269007010 voice", "+262639007011 cell"],
  emails=["mda976@example.fr"],
  urls=[],
  address=A(["Immeuble Ylang, 1er étage", "Route nationale 1, Kawéni"], "97600",
            "Mamoudzou", "France", region="Mayotte"),
  people=[P("Zaïnaba", "Attoumani", "directrice", "Mme")],
  hours=[H("MO-TH", "07:30", "15:30"), H("FR", "07:30", "12:00")],
  updated="2023-01-10", source="https://mda976.example.fr/mda",
  keywords=["adolescents", "Mayotte", "écoute"])

# c05: UTF-8 NFD; particles, compound given names, people's own numbers,
# obfuscated e-mails, Monsieur/Madame, appointment ranges.
F("c05.md", nfd=True)
E(r"""
# Association Nationale des Intervenants en Tabacologie – délégation Bretagne

## **Coordonnées**

Association Nationale des Intervenants en Tabacologie$$
Maison des Associations$$
6 cours des Alliés$$
35000 Rennes$$
Tél. : 02 61 91 35 10$$
E-mail : [bretagne@anit.example.org](mailto:bretagne@anit.example.org)$$
<https://bretagne.anit.example.org>

## **Horaires d'ouverture et accueil du public :**

Mardi et vendredi de 9h à 12h30.

## **Personnes responsables**

- Mme Gwenaëlle LE GALL, présidente, 06 39 98 35 11, g.legall@anit.example.org
- Pr Yann-Erwan KERJEAN, conseiller scientifique

## **Personnes contact :**

- Jean-Marc D'ALMEIDA, chargé de mission : 02 61 91 35 12 – jm.dalmeida@anit.example.org

""" + T("bold",
        "Délégation régionale d'une association nationale de professionnels du sevrage tabagique.",
        "Tabacologues, médecins, sages-femmes, infirmiers et pharmaciens de Bretagne.",
        "La délégation organise la formation continue des tabacologues, tient l'annuaire régional des consultations et relaie le Mois sans tabac.",
        "La délégation suit les travaux d'un réseau européen :",
        ["traduction de recommandations ;", "participation à un congrès annuel."],
        "mars 2019", "https://bretagne.anit.example.org/delegation",
        "tabac, formation, Bretagne"),
  org="Association Nationale des Intervenants en Tabacologie",
  phones=["+33261913510 voice"],
  emails=["bretagne@anit.example.org"],
  urls=["https://bretagne.anit.example.org"],
  address=A(["Maison des Associations", "6 cours des Alliés"], "35000", "Rennes"),
  people=[P("Gwenaëlle", "Le Gall", "présidente", "Mme", phones=["+33639983511 cell"],
            emails=["g.legall@anit.example.org"]),
          P("Yann-Erwan", "Kerjean", "conseiller scientifique", "Pr"),
          P("Jean-Marc", "D'Almeida", "chargé de mission", phones=["+33261913512 voice"],
            emails=["jm.dalmeida@anit.example.org"])],
  hours=[H("TU,FR", "09:00", "12:30")],
  updated="2019-03", source="https://bretagne.anit.example.org/delegation",
  keywords=["tabac", "formation", "Bretagne"])

E(r"""
# Collectif Parents Écrans Nantes – ateliers familles

## **Coordonnées**

Collectif Parents Écrans Nantes$$
2 bis rue de Strasbourg$$
44000 Nantes$$
Téléphone : 02 61 91 44 20$$
E-mail : contact (at) parents-ecrans.example.fr$$
Ateliers : ateliers[at]parents-ecrans.example.org$$
Site : www.parents-ecrans.example.fr

## **Horaires d'ouverture et accueil du public :**

Le mercredi de 14 h à 18 h et le samedi de 10 h à 12 h.

## **Personnes responsables**

Monsieur Thibault LE ROUX, président$$
Madame Élodie GUÉRIN, trésorière

## **Personnes contact :**

[Le bureau](#)

""" + T("bold",
        "Collectif de parents constitué en association loi 1901.",
        "Parents, grands-parents et enfants de l'agglomération nantaise.",
        "Le collectif anime des ateliers en famille sur les écrans, les jeux vidéo et les réseaux sociaux, et prête des jeux de société.",
        "Le collectif relaie les campagnes européennes pour un internet plus sûr.",
        [],
        "7 avril 2022", "https://www.parents-ecrans.example.fr/collectif",
        "écrans, parents, ateliers"),
  org="Collectif Parents Écrans Nantes",
  phones=["+33261914420 voice"],
  emails=["contact@parents-ecrans.example.fr", "ateliers@parents-ecrans.example.org"],
  urls=["http://www.parents-ecrans.example.fr"],
  address=A(["2 bis rue de Strasbourg"], "44000", "Nantes"),
  people=[P("Thibault", "Le Roux", "président", "M."),
          P("Élodie", "Guérin", "trésorière", "Mme")],
  hours=[H("WE", "14:00", "18:00"), H("SA", "10:00", "12:00")],
  updated="2022-04-07", source="https://www.parents-ecrans.example.fr/collectif",
  keywords=["écrans", "parents", "ateliers"])

E(r"""
# Unité de Tabacologie du CHU de Poitiers

## **Coordonnées :**

Unité de Tabacologie$$
Pavillon Jean-Bernard, niveau 1$$
2 rue de la Milétrie$$
CS 90577$$
86021 POITIERS CEDEX$$
Secrétariat : 05 36 49 86 10$$
Fax : 05 36 49 86 11$$
E-mail : [tabacologie@chu-poitiers.example.fr](mailto:tabacologie@chu-poitiers.example.fr)

## **Horaires d'ouverture et accueil du public :**

Consultations uniquement sur rendez-vous.

## **Personnes responsables**

- Madame Françoise BOUCHER-MARTIN – praticien hospitalier
- Monsieur Karim BENALI – infirmier tabacologue

## **Personnes contact :**

[Secrétariat](#)

""" + T("bold",
        "Unité fonctionnelle d'un centre hospitalier universitaire.",
        "Fumeurs souhaitant arrêter, femmes enceintes, patients hospitalisés.",
        "L'unité assure des consultations de sevrage tabagique, forme les internes et participe à des essais cliniques.",
        "L'unité participe à une étude européenne multicentrique.",
        [],
        "15/09/2023", "https://chu-poitiers.example.fr/tabacologie",
        "tabac, hôpital, sevrage"),
  org="Unité de Tabacologie du CHU de Poitiers",
  phones=["+33536498610 voice", "+33536498611 fax"],
  emails=["tabacologie@chu-poitiers.example.fr"],
  urls=[],
  address=A(["Pavillon Jean-Bernard, niveau 1", "2 rue de la Milétrie", "CS 90577"], "86021",
            "Poitiers Cedex"),
  people=[P("Françoise", "Boucher-Martin", "praticien hospitalier", "Mme"),
          P("Karim", "Benali", "infirmier tabacologue", "M.")],
  appt=True,
  updated="2023-09-15", source="https://chu-poitiers.example.fr/tabacologie",
  keywords=["tabac", "hôpital", "sevrage"])

E(r"""
# Point Écoute Parents Ados de Limoges – écoute et médiation familiale

## **Coordonnées**

Point Écoute Parents Ados$$
Espace Simone-Veil$$
4 place Léon-Betoulle$$
87000 Limoges$$
Tél. : 05 36 49 87 20 / 06 39 98 87 21$$
E-mail : [pepa87@example.org](mailto:pepa87@example.org)

## **Horaires d'ouverture et accueil du public :**

Le mardi de 17h à 19h sans rendez-vous ; le jeudi de 17h à 19h sur RDV.

## **Personnes responsables**

Mme Anne-Sophie DE LA FAYE, médiatrice familiale

## **Personnes contact :**

[Écrire à l'équipe](#)

""" + T("bold",
        "Service d'une association départementale de sauvegarde de l'enfance.",
        "Adolescents, parents, beaux-parents et grands-parents.",
        "Le point écoute reçoit les familles en conflit, propose des médiations et oriente vers les services spécialisés.",
        "Aucun projet européen en cours.",
        [],
        "2018", "https://pepa87.example.org/service",
        "médiation, familles, adolescents"),
  org="Point Écoute Parents Ados de Limoges",
  phones=["+33536498720 voice", "+33639988721 cell"],
  emails=["pepa87@example.org"],
  urls=[],
  address=A(["Espace Simone-Veil", "4 place Léon-Betoulle"], "87000", "Limoges"),
  people=[P("Anne-Sophie", "de La Faye", "médiatrice familiale", "Mme")],
  hours=[H("TU", "17:00", "19:00"), H("TH", "17:00", "19:00", appt=True)],
  updated="2018", source="https://pepa87.example.org/service",
  keywords=["médiation", "familles", "adolescents"])

# c06: UTF-8 + CRLF; headings in capitals without accents, singular forms,
# "de 9 h 30 à 12 h", closures.
F("c06.md", eol="CRLF")
E(r"""
# CENTRE D'ADDICTOLOGIE DU PAYS BASQUE – CSAPA BAYONNE

## COORDONNEES

Centre d'addictologie du Pays basque$$
13 avenue de l'Interne-Jacques-Loëb$$
64100 BAYONNE$$
TEL : 05 36 49 64 10$$
FAX : 05 36 49 64 11$$
MEL : csapa.bayonne@example.fr

## HORAIRES

Du lundi au vendredi de 9h à 17h sans interruption.

## RESPONSABLE

Dr Peio ETCHEVERRY, médecin chef de service

## CONTACTS

Mme Maite ELISSALDE, cadre de santé

""" + T("caps",
        "Centre de soins, d'accompagnement et de prévention en addictologie d'un hôpital public.",
        "Toute personne concernée par une addiction sur le Pays basque et le sud des Landes.",
        "Le CSAPA propose des consultations médicales, psychologiques et sociales, des groupes thérapeutiques et des consultations avancées.",
        "Le CSAPA coopère avec des services de l'autre côté de la frontière :",
        ["Saint-Sébastien ;", "Pampelune."],
        "2020", "https://ch-cotebasque.example.fr/csapa",
        "CSAPA, Pays basque, transfrontalier", kw_label="Mots-clés"),
  org="CENTRE D'ADDICTOLOGIE DU PAYS BASQUE",
  phones=["+33536496410 voice", "+33536496411 fax"],
  emails=["csapa.bayonne@example.fr"],
  urls=[],
  address=A(["13 avenue de l'Interne-Jacques-Loëb"], "64100", "Bayonne"),
  people=[P("Peio", "Etcheverry", "médecin chef de service", "Dr"),
          P("Maite", "Elissalde", "cadre de santé", "Mme")],
  hours=[H("MO-FR", "09:00", "17:00")],
  updated="2020", source="https://ch-cotebasque.example.fr/csapa",
  keywords=["CSAPA", "Pays basque", "transfrontalier"])

E(r"""
# Les Amis de la Santé du Cher – antenne de Bourges

## Coordonnées

Les Amis de la Santé du Cher$$
Maison des associations, salle 4$$
28 rue Gambon$$
18000 Bourges$$
Tél. : 02 61 91 18 30$$
E-mail : [amis18@example.org](mailto:amis18@example.org)

## Horaires d'ouverture

Le lundi et le jeudi de 9 h 30 à 12 h.$$
Fermeture en août.

## Responsable

M. Gérard PETIT, président

## Contacts

[Le bureau](#)

""" + T("plain",
        "Association d'entraide reconnue, membre d'une fédération nationale.",
        "Personnes en difficulté avec l'alcool et leurs familles.",
        "L'association tient des réunions d'entraide hebdomadaires, visite les patients hospitalisés et intervient en entreprise.",
        "Aucune activité européenne.",
        [],
        "2020", "https://amis18.example.org/antenne",
        "alcool, entraide, Cher"),
  org="Les Amis de la Santé du Cher",
  phones=["+33261911830 voice"],
  emails=["amis18@example.org"],
  urls=[],
  address=A(["Maison des associations, salle 4", "28 rue Gambon"], "18000", "Bourges"),
  people=[P("Gérard", "Petit", "président", "M.")],
  hours=[H("MO,TH", "09:30", "12:00")],
  closures=["Fermeture en août"],
  updated="2020", source="https://amis18.example.org/antenne",
  keywords=["alcool", "entraide", "Cher"])

E(r"""
# Réseau Santé Précarité Occitanie – plateforme régionale

## **Coordonnées**

Réseau Santé Précarité Occitanie$$
Bâtiment Le Vendôme$$
1 place Alfonse-Jourdain$$
31000 Toulouse$$
Standard : 05 36 49 31 40$$
Portable : 06 39 98 31 41$$
E-mail : [rspo@example.org](mailto:rspo@example.org)$$
<http://www.rspo.example.org/>

## **Horaires d'ouverture et accueil du public :**

Lundi-vendredi : 9h00-12h30, 13h30-17h30

## **Personnes responsables**

Dr Amandine ROQUES (coordinatrice médicale)$$
M. Olivier FAURE (directeur administratif)

## **Personnes contact :**

[Contact](#)

""" + T("bold",
        "Réseau de santé régional constitué en association.",
        "Équipes des permanences d'accès aux soins, des centres d'hébergement et des maraudes.",
        "La plateforme appuie les équipes de terrain, forme les bénévoles et recense les lieux de soins gratuits.",
        "La plateforme a coordonné un projet européen sur la santé des personnes sans abri :",
        ["guide méthodologique ;", "séminaire final à Barcelone."],
        "15 septembre 2021", "https://www.rspo.example.org/plateforme",
        "précarité, accès aux soins, Occitanie"),
  org="Réseau Santé Précarité Occitanie",
  phones=["+33536493140 voice", "+33639983141 cell"],
  emails=["rspo@example.org"],
  urls=["http://www.rspo.example.org/"],
  address=A(["Bâtiment Le Vendôme", "1 place Alfonse-Jourdain"], "31000", "Toulouse"),
  people=[P("Amandine", "Roques", "coordinatrice médicale", "Dr"),
          P("Olivier", "Faure", "directeur administratif", "M.")],
  hours=[H("MO-FR", "09:00", "12:30"), H("MO-FR", "13:30", "17:30")],
  updated="2021-09-15", source="https://www.rspo.example.org/plateforme",
  keywords=["précarité", "accès aux soins", "Occitanie"])

E(r"""
# Addict'Aide Grand Est - permanence de Metz

## **Coordonnées**

Addict'Aide Grand Est$$
Centre social Lothaire, 2e étage$$
15 rue du Pont-des-Morts$$
57000 Metz$$
Tél. : 03 53 01 57 50 (standard)$$
Tél. : 03 53 01 57 51 (ligne directe)$$
Fax : 03 53 01 57 52$$
E-mail : [metz@addictaide-ge.example.fr](mailto:metz@addictaide-ge.example.fr)

## **Horaires d'ouverture et accueil du public :**

Lundi : 14h-18h$$
Mardi au vendredi : 9h-12h et 14h-18h

## **Personnes responsables**

- Présidente : Mme Colette SCHMITT
- Directeur : M. Laurent WEBER

## **Personnes contact :**

[Équipe](#)

""" + T("bold",
        "Association loi 1908 (droit local d'Alsace-Moselle) inscrite au registre des associations.",
        "Personnes concernées par une addiction et leurs proches, en Moselle.",
        "L'association tient des permanences d'accueil, anime un groupe de proches et forme les bénévoles des clubs sportifs.",
        "L'association coopère avec des associations sarroises et luxembourgeoises :",
        ["journée transfrontalière ;", "brochure trilingue."],
        "07/2019", "https://addictaide-ge.example.fr/metz",
        "addictions, Moselle, entraide"),
  org="Addict'Aide Grand Est",
  phones=["+33353015750 voice", "+33353015751 voice", "+33353015752 fax"],
  emails=["metz@addictaide-ge.example.fr"],
  urls=[],
  address=A(["Centre social Lothaire, 2e étage", "15 rue du Pont-des-Morts"], "57000", "Metz"),
  people=[P("Colette", "Schmitt", "Présidente", "Mme"),
          P("Laurent", "Weber", "Directeur", "M.")],
  hours=[H("MO", "14:00", "18:00"), H("TU-FR", "09:00", "12:00"), H("TU-FR", "14:00", "18:00")],
  updated="2019-07", source="https://addictaide-ge.example.fr/metz",
  keywords=["addictions", "Moselle", "entraide"])

# c07: UTF-8 with BOM; Saturday appointment range, one-line Tél/Fax, 24h/24,
# Saint-Denis (93) that is not La Réunion, particle DA.
F("c07.md", enc="utf-8-bom")
E(r"""
# Maison de Santé Universitaire de Grenoble – service de santé étudiante

## **Coordonnées**

Maison de Santé Universitaire de Grenoble$$
Bâtiment Ève, campus universitaire$$
180 rue de la Piscine$$
38400 Saint-Martin-d'Hères$$
Téléphone : +33 4 65 71 38 60$$
E-mail : [sante-etudiante@example.fr](mailto:sante-etudiante@example.fr)$$
<https://sante-etudiante-grenoble.example.fr>

## **Horaires d'ouverture et accueil du public :**

Du lundi au vendredi de 8h30 à 17h ; le samedi matin sur rendez-vous de 9h à 12h.$$
Fermé pendant les vacances de Noël.

## **Personnes responsables**

Pr Étienne CHARVET, directeur$$
Dr Inès BELKACEM, médecin responsable

## **Personnes contact :**

[Accueil](#)

""" + T("bold",
        "Service interuniversitaire de médecine préventive et de promotion de la santé.",
        "Étudiantes et étudiants des établissements d'enseignement supérieur de l'académie.",
        "Le service assure des consultations de médecine générale, de gynécologie et de psychologie, et mène des actions de prévention sur les campus.",
        "Le service accueille des étudiants Erasmus et participe à un réseau d'universités européennes en santé.",
        [],
        "22 novembre 2022", "https://sante-etudiante-grenoble.example.fr/service",
        "étudiants, santé, prévention"),
  org="Maison de Santé Universitaire de Grenoble",
  phones=["+33465713860 voice"],
  emails=["sante-etudiante@example.fr"],
  urls=["https://sante-etudiante-grenoble.example.fr"],
  address=A(["Bâtiment Ève, campus universitaire", "180 rue de la Piscine"], "38400",
            "Saint-Martin-d'Hères"),
  people=[P("Étienne", "Charvet", "directeur", "Pr"),
          P("Inès", "Belkacem", "médecin responsable", "Dr")],
  hours=[H("MO-FR", "08:30", "17:00"), H("SA", "09:00", "12:00", appt=True)],
  closures=["Fermé pendant les vacances de Noël"],
  updated="2022-11-22", source="https://sante-etudiante-grenoble.example.fr/service",
  keywords=["étudiants", "santé", "prévention"])

E(r"""
# SOS Hépatites Alsace – association de patients

## Coordonnées :

SOS Hépatites Alsace$$
Cour des Boecklin$$
1a place des Orphelins$$
67000 Strasbourg$$
Tél. : 03 53 01 67 70 - Fax : 03 53 01 67 71$$
N° Vert : 0 800 00 67 72 (appel gratuit)$$
E-mail : alsace@sos-hepatites.example.org

## Accueil du public :

Permanences le mardi de 14h à 17h et le jeudi de 9h à 12h.

## Personnes responsables

M. Frédéric KIEFFER, président, 06 39 98 67 73

## Personnes contact

[Nous écrire](#)

""" + T("plain",
        "Association de patients agréée pour représenter les usagers du système de santé.",
        "Personnes atteintes d'une hépatite virale, leurs proches, professionnels du dépistage.",
        "L'association informe, soutient les malades et organise des dépistages rapides lors d'événements publics.",
        "L'association participe à une alliance européenne de patients.",
        [],
        "avril 2021", "https://sos-hepatites-alsace.example.org/asso",
        "hépatites, patients, dépistage"),
  org="SOS Hépatites Alsace",
  phones=["+33353016770 voice", "+33353016771 fax", "+33800006772 tollfree"],
  emails=["alsace@sos-hepatites.example.org"],
  urls=[],
  address=A(["Cour des Boecklin", "1a place des Orphelins"], "67000", "Strasbourg"),
  people=[P("Frédéric", "Kieffer", "président", "M.", phones=["+33639986773 cell"])],
  hours=[H("TU", "14:00", "17:00"), H("TH", "09:00", "12:00")],
  updated="2021-04", source="https://sos-hepatites-alsace.example.org/asso",
  keywords=["hépatites", "patients", "dépistage"])

E(r"""
# Pôle Santé Mentale Jeunes de Seine-Saint-Denis – accueil et urgences psychiatriques

## **Coordonnées**

Pôle Santé Mentale Jeunes de Seine-Saint-Denis$$
Immeuble Le Pleyad 2$$
39 avenue Pleyel$$
93200 Saint-Denis$$
Tél. : 01 99 00 93 20$$
E-mail : [psmj93@example.fr](mailto:psmj93@example.fr)$$
[Formulaire de contact](#)

## **Horaires d'ouverture et accueil du public :**

Accueil 24h/24, 7j/7.

## **Personnes responsables**

- Responsable : Dr Aminata KONÉ
- Cadre de santé : M. Julien DA SILVA

## **Personnes contact :**

[Standard](#)

""" + T("bold",
        "Pôle hospitalier public de psychiatrie de l'enfant et de l'adolescent.",
        "Jeunes de 12 à 25 ans en souffrance psychique et leurs familles.",
        "Le pôle assure l'accueil des urgences, des consultations et un suivi à domicile ; il coordonne les équipes mobiles du département.",
        "Le pôle participe à un projet européen sur la prévention du suicide :",
        ["formation des sentinelles ;", "évaluation commune."],
        "1er juillet 2020", "https://psmj93.example.fr/pole",
        "santé mentale, jeunes, urgences"),
  org="Pôle Santé Mentale Jeunes de Seine-Saint-Denis",
  phones=["+33199009320 voice"],
  emails=["psmj93@example.fr"],
  urls=[],
  address=A(["Immeuble Le Pleyad 2", "39 avenue Pleyel"], "93200", "Saint-Denis"),
  people=[P("Aminata", "Koné", "Responsable", "Dr"),
          P("Julien", "da Silva", "Cadre de santé", "M.")],
  hours=[H("MO-SU", "00:00", "24:00")],
  updated="2020-07-01", source="https://psmj93.example.fr/pole",
  keywords=["santé mentale", "jeunes", "urgences"])

if __name__ == "__main__":
    sys.exit(main(os.path.dirname(os.path.abspath(__file__))))

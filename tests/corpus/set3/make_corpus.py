#!/usr/bin/env python3
"""Regenerate the third corpus: d01.md .. d07.md and expected.json (this folder).

Entries written for tests/corpus3 after the extractors had been tuned on tests/corpus
and tests/corpus2 (same schema, same normalisation rules, same rendering and checks),
in the wordings other directory editors use: other heading synonyms ("Adresse",
"Contact", "Horaires et accès", "Responsable(s)", "Équipe de direction"), compact and
exception-laden opening hours ("Lun-Ven 9h-17h", "9:00 - 17:00", "sauf le mercredi",
"(16h30 le vendredi)", "de 9h à midi"), two people on one line, "Tél/Fax", extensions,
several e-mails on one line, URLs with paths and query strings, one-line "BP 12 - 13001
Marseille", "Boîte postale", countries in capitals on their own line, Monaco.

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

# ---------------------------------------------------------------------------
# Third corpus (tests/corpus3).  The prose tail of each entry is written by T();
# STYLE picks the heading form and the form of the "Mise à jour" label.


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


def _label(style, text):
    """A bold label opening a paragraph, in the directory's styles."""
    if style == "bold":
        return "**" + text + " :**"
    if style == "plain":
        return "**" + text + "** :"
    plain = unicodedata.normalize("NFD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return "**" + plain.upper() + " :**"


def T(style, nature, public, missions, items, maj, source, kw, kw_label="Mots-clés"):
    """The prose tail of an entry: status, public, missions (with bullets), then the
    update date, source and keywords."""
    out = [_h(style, "Nature et statut de l'organisme"), "", nature, "",
           _h(style, "Public visé", colon=False), "", public, "",
           _h(style, "Missions"), "", missions, ""]
    if items:
        out += ["- " + i for i in items] + [""]
    out += [_label(style, "Mise à jour") + " " + maj, "",
            _label(style, "Source de mise à jour") + " <" + source + ">", "",
            (_label(style, kw_label) + " " + kw).rstrip()]
    return "\n".join(out)


# d01: UTF-8, LF; Paris tower, one-line "BP 12 - 13001 Marseille", Toulouse
# "Cedex 9" on a campus, a "Contact" heading holding the coordinates.
F("d01.md")
E(r"""
# Maison des Aidants Paris 15 – plateforme de répit

## Adresse

Maison des Aidants Paris 15$$
Tour Montparnasse, 33e étage$$
33 avenue du Maine$$
75015 Paris$$
Tél. : 01 99 00 15 40 poste 123$$
Tél/Fax : 01 99 00 15 41$$
E-MAIL : CONTACT@AIDANTS-PARIS15.EXAMPLE.FR$$
<https://aidants-paris15.example.fr/accueil?source=annuaire&lang=fr>

## Horaires et accès

Lun-Ven 9h-17h$$
Métro Montparnasse-Bienvenüe, sortie 2.

## Responsable(s)

M. Jean-Marc LE BIHAN, directeur ; Mme Odile DU PLESSIS, présidente

## Contacts

- Mme Fatou N'GUESSAN, coordinatrice, fatou.nguessan@example.fr, 06 39 98 15 42

""" + T("plain",
        "Association loi 1901 financée par la Ville de Paris et la caisse de retraite complémentaire.",
        "Proches aidants d'une personne âgée, malade ou en situation de handicap.",
        "La plateforme écoute, informe et propose des solutions de répit aux aidants :",
        ["groupes de parole mensuels ;", "séjours de répit aidant-aidé ;",
         "formation des aidants."],
        "15 septembre 2021", "https://aidants-paris15.example.fr/qui-sommes-nous",
        "aidants, répit, Paris 15e"),
  org="Maison des Aidants Paris 15",
  phones=["+33199001540 voice", "+33199001541 voice"],
  emails=["contact@aidants-paris15.example.fr"],
  urls=["https://aidants-paris15.example.fr/accueil?source=annuaire&lang=fr"],
  address=A(["Tour Montparnasse, 33e étage", "33 avenue du Maine"], "75015", "Paris"),
  people=[P("Jean-Marc", "Le Bihan", "directeur", "M."),
          P("Odile", "du Plessis", "présidente", "Mme"),
          P("Fatou", "N'Guessan", "coordinatrice", "Mme", phones=["+33639981542 cell"],
            emails=["fatou.nguessan@example.fr"])],
  hours=[H("MO-FR", "09:00", "17:00")],
  updated="2021-09-15", source="https://aidants-paris15.example.fr/qui-sommes-nous",
  keywords=["aidants", "répit", "Paris 15e"])

E(r"""
# Association Phocéenne d'Aide aux Victimes - APAV 13

## Coordonnées

APAV 13$$
Le Silo, 2e étage$$
35 quai du Lazaret$$
BP 12 - 13001 Marseille$$
Téléphone : 04 65 71 13 60 (accueil) – 04 65 71 13 62 (secrétariat)$$
Courriels : accueil@apav13.example.org, juridique@apav13.example.org$$
Site : [www.apav13.example.org](https://www.apav13.example.org/)

## Horaires d'ouverture

Du lundi au vendredi de 9h à 12h et de 14h à 17h, fermé le mardi matin.$$
Permanence juridique le samedi matin de 9h à 12h sur rendez-vous.$$
Fermé les jours fériés.

## Équipe de direction

- Mme Sophie ACHARD-ROUX, présidente
- M. Karim BENHADDOU, directeur

## Personnes contact

Directrice adjointe : Mme Laetitia GIORDANO, 04 65 71 13 63, l.giordano@apav13.example.org

""" + T("plain",
        "Association d'aide aux victimes conventionnée par le ministère de la Justice.",
        "Toute personne victime d'une infraction, d'un accident ou d'une catastrophe.",
        "L'association accompagne les victimes de la plainte au procès :",
        ["écoute et soutien psychologique ;", "information juridique ;",
         "accompagnement aux audiences."],
        "1er avril 2022", "https://www.apav13.example.org/association",
        "victimes, droit, Marseille"),
  org="Association Phocéenne d'Aide aux Victimes",
  phones=["+33465711360 voice", "+33465711362 voice"],
  emails=["accueil@apav13.example.org", "juridique@apav13.example.org"],
  urls=["https://www.apav13.example.org/"],
  address=A(["Le Silo, 2e étage", "35 quai du Lazaret", "BP 12"], "13001", "Marseille"),
  people=[P("Sophie", "Achard-Roux", "présidente", "Mme"),
          P("Karim", "Benhaddou", "directeur", "M."),
          P("Laetitia", "Giordano", "Directrice adjointe", "Mme",
            phones=["+33465711363 voice"], emails=["l.giordano@apav13.example.org"])],
  hours=[H("MO,WE-FR", "09:00", "12:00"), H("MO-FR", "14:00", "17:00"),
         H("SA", "09:00", "12:00", appt=True)],
  closures=["Fermé les jours fériés"],
  updated="2022-04-01", source="https://www.apav13.example.org/association",
  keywords=["victimes", "droit", "Marseille"])

E(r"""
# Service de Santé Universitaire de Toulouse – campus de Rangueil

## COORDONNÉES

Service de Santé Universitaire$$
Campus universitaire de Rangueil, bâtiment U4$$
118 route de Narbonne$$
31062 Toulouse Cedex 9$$
Tél : 05.36.49.31.00$$
Fax : 05.36.49.31.01$$
Mél. : ssu@univ-toulouse.example.fr$$
https://ssu.univ-toulouse.example.fr/rangueil/

## HORAIRES

Lundi au vendredi : 8:30 - 17:30 (16h30 le vendredi)$$
Fermeture estivale du 25 juillet au 20 août.

## RESPONSABLE

Pr Anne-Sophie DE SAINT-EXUPÉRY (directrice)

## CONTACTS

- Dr. Marc AUBERT – médecin de prévention
- Infirmière : Mme Nadège KERVELLA, 05 36 49 31 05

""" + T("caps",
        "Service commun de l'université, centre de santé agréé.",
        "Étudiantes et étudiants inscrits dans les établissements du site toulousain.",
        "Le service assure la prévention et les soins de premier recours :",
        ["consultations de médecine générale ;", "vaccinations ;",
         "accompagnement des étudiants en situation de handicap."],
        "2/5/2023", "https://ssu.univ-toulouse.example.fr/le-service",
        "étudiants, santé, prévention", kw_label="Mots-clés"),
  org="Service de Santé Universitaire de Toulouse",
  phones=["+33536493100 voice", "+33536493101 fax"],
  emails=["ssu@univ-toulouse.example.fr"],
  urls=["https://ssu.univ-toulouse.example.fr/rangueil/"],
  address=A(["Campus universitaire de Rangueil, bâtiment U4", "118 route de Narbonne"],
            "31062", "Toulouse Cedex 9"),
  people=[P("Anne-Sophie", "de Saint-Exupéry", "directrice", "Pr"),
          P("Marc", "Aubert", "médecin de prévention", "Dr"),
          P("Nadège", "Kervella", "Infirmière", "Mme", phones=["+33536493105 voice"])],
  hours=[H("MO-TH", "08:30", "17:30"), H("FR", "08:30", "16:30")],
  closures=["Fermeture estivale du 25 juillet au 20 août"],
  updated="2023-05-02", source="https://ssu.univ-toulouse.example.fr/le-service",
  keywords=["étudiants", "santé", "prévention"])

E(r"""
# Lyon Accueil Migrants – permanence d'accès aux droits

## Contact

Lyon Accueil Migrants$$
Maison des associations$$
28 rue Denfert-Rochereau$$
69004 Lyon$$
Tel : (+33) 4 65 71 69 40$$
Portable : 06 39 98 69 41$$
contact[at]lam-lyon.example.org$$
www.lam-lyon.example.org/permanences

## Horaires

Lundi, mercredi et vendredi — matin : 9h-12h, après-midi : 14h-17h$$
Fermeture annuelle : première quinzaine d'août.

## Responsable

Nadia BENALI, coordinatrice

## Personnes contact

[Écrire à l'équipe](#)

""" + T("plain",
        "Association de bénévoles et de juristes, membre d'un réseau national.",
        "Personnes étrangères et leurs familles, quel que soit leur statut.",
        "La permanence aide à l'accès aux droits :",
        ["titres de séjour ;", "domiciliation ;", "ouverture des droits sociaux."],
        "sept. 2020", "https://www.lam-lyon.example.org/association",
        "migrants, accès aux droits, Lyon"),
  org="Lyon Accueil Migrants",
  phones=["+33465716940 voice", "+33639986941 cell"],
  emails=["contact@lam-lyon.example.org"],
  urls=["http://www.lam-lyon.example.org/permanences"],
  address=A(["Maison des associations", "28 rue Denfert-Rochereau"], "69004", "Lyon"),
  people=[P("Nadia", "Benali", "coordinatrice")],
  hours=[H("MO,WE,FR", "09:00", "12:00"), H("MO,WE,FR", "14:00", "17:00")],
  closures=["Fermeture annuelle : première quinzaine d'août"],
  updated="2020-09", source="https://www.lam-lyon.example.org/association",
  keywords=["migrants", "accès aux droits", "Lyon"])

# d02: Windows-1252; Belgium (country in capitals, GSM, Belgian national numbers),
# Luxembourg with "Boîte postale" and the country's full name, Monaco.
F("d02.md", enc="windows-1252")
E(r"""
# Centre Bruxellois de Prévention des Assuétudes – antenne d’Ixelles

## **Coordonnées :**

CBPA – antenne d’Ixelles$$
Rue de la Croix 22, bte 3$$
1050 Ixelles$$
BELGIQUE$$
Tél. : +32 2 512 34 56$$
GSM : 0470 12 34 56$$
E-mail : info@cbpa.example.be$$
<https://www.cbpa.example.be/ixelles>

## **Horaires d’ouverture :**

Du lundi au jeudi de 9h à 17h, le vendredi de 9h à midi.

## **Personnes responsables**

Mme Marie-Thérèse VAN DER MEERSCH – administratrice déléguée$$
M. Luc DEWAELE – directeur médical

## **Personnes contact :**

[Secrétariat](#)

""" + T("bold",
        "ASBL agréée par la Commission communautaire française, service ambulatoire.",
        "Usagers de drogues, leurs proches et les professionnels de première ligne… de toute la Région.",
        "Le centre mène des actions de prévention « par les pairs » et de réduction des risques :",
        ["permanences sociales ;", "formation des intervenants ;", "travail de rue."],
        "1er avril 2022", "https://www.cbpa.example.be/qui-sommes-nous",
        "Bruxelles ; assuétudes ; prévention", kw_label="Mots-clefs"),
  org="Centre Bruxellois de Prévention des Assuétudes",
  phones=["+3225123456 voice", "+32470123456 cell"],
  emails=["info@cbpa.example.be"],
  urls=["https://www.cbpa.example.be/ixelles"],
  address=A(["Rue de la Croix 22, bte 3"], "1050", "Ixelles", country="Belgique"),
  people=[P("Marie-Thérèse", "Van der Meersch", "administratrice déléguée", "Mme"),
          P("Luc", "Dewaele", "directeur médical", "M.")],
  hours=[H("MO-TH", "09:00", "17:00"), H("FR", "09:00", "12:00")],
  updated="2022-04-01", source="https://www.cbpa.example.be/qui-sommes-nous",
  keywords=["Bruxelles", "assuétudes", "prévention"])

E(r"""
# Maison Liégeoise de l’Emploi des Jeunes

## Coordonnées

Maison Liégeoise de l’Emploi des Jeunes$$
Boulevard de la Sauvenière 112$$
B-4000 Liège$$
Tél. : 04 221 33 40$$
Fax : 04 221 33 41$$
Numéro gratuit : 0800 12 345$$
Courriel : accueil.mlej@example.be

## Horaires

Du lundi au vendredi, sauf le mercredi, de 8h30 à 16h30.$$
Le mercredi de 8h30 à 12h30.

## Responsables

- Directeur : M. Pierre-Yves LECLERCQ
- Présidente : Mme Anne DE BRUYNE

## Contacts

- Mme Fatima EL AMRANI (conseillère emploi) : 0478 55 66 77

""" + T("plain",
        "Association sans but lucratif soutenue par la Ville de Liège et le Forem.",
        "Jeunes de 16 à 30 ans à la recherche d’un emploi, d’un stage ou d’une formation.",
        "La maison accompagne les jeunes vers l’emploi :",
        ["ateliers CV et lettres ;", "job dating ;", "permanences d’orientation."],
        "30/06/2021", "https://mlej.example.be/a-propos",
        "emploi, jeunes, Liège"),
  org="Maison Liégeoise de l’Emploi des Jeunes",
  phones=["+3242213340 voice", "+3242213341 fax", "+3280012345 tollfree"],
  emails=["accueil.mlej@example.be"],
  urls=[],
  address=A(["Boulevard de la Sauvenière 112"], "4000", "Liège", country="Belgique"),
  people=[P("Pierre-Yves", "Leclercq", "Directeur", "M."),
          P("Anne", "de Bruyne", "Présidente", "Mme"),
          P("Fatima", "El Amrani", "conseillère emploi", "Mme",
            phones=["+32478556677 cell"])],
  hours=[H("MO,TU,TH,FR", "08:30", "16:30"), H("WE", "08:30", "12:30")],
  updated="2021-06-30", source="https://mlej.example.be/a-propos",
  keywords=["emploi", "jeunes", "Liège"])

E(r"""
# Office Luxembourgeois d’Accueil et d’Intégration – service social

## **Coordonnées**

Office Luxembourgeois d’Accueil et d’Intégration$$
Bâtiment Hitec, 3e étage$$
Boîte postale 1234$$
L-1012 Luxembourg$$
GRAND-DUCHÉ DE LUXEMBOURG$$
Tél. : +352 24 78 57 00$$
Fax : +352 24 78 57 01$$
E-mail : olai@example.lu$$
www.olai.example.lu

## **Horaires d’ouverture :**

Lundi – vendredi : 8h30-11h30 et 14h-16h30$$
Fermé les jours fériés légaux.

## **Personne responsable**

M. Jean-Claude SCHMIT, chef de service

## **Personnes contact :**

- M. Tom WEBER, assistant social, tom.weber@example.lu
- Mme Sandra DA COSTA, assistante sociale, sandra.dacosta@example.lu

""" + T("bold",
        "Administration publique placée sous l’autorité du ministère de la Famille.",
        "Demandeurs de protection internationale, réfugiés et nouveaux arrivants.",
        "Le service social accompagne les personnes accueillies :",
        ["aide sociale ;", "accès au logement ;", "cours d’intégration."],
        "mars 2021", "https://www.olai.example.lu/service-social",
        "intégration, accueil, Luxembourg", kw_label="Mots-clefs"),
  org="Office Luxembourgeois d’Accueil et d’Intégration",
  phones=["+35224785700 voice", "+35224785701 fax"],
  emails=["olai@example.lu"],
  urls=["http://www.olai.example.lu"],
  address=A(["Bâtiment Hitec, 3e étage", "Boîte postale 1234"], "1012", "Luxembourg",
            country="Luxembourg"),
  people=[P("Jean-Claude", "Schmit", "chef de service", "M."),
          P("Tom", "Weber", "assistant social", "M.", emails=["tom.weber@example.lu"]),
          P("Sandra", "da Costa", "assistante sociale", "Mme",
            emails=["sandra.dacosta@example.lu"])],
  hours=[H("MO-FR", "08:30", "11:30"), H("MO-FR", "14:00", "16:30")],
  closures=["Fermé les jours fériés légaux"],
  updated="2021-03", source="https://www.olai.example.lu/service-social",
  keywords=["intégration", "accueil", "Luxembourg"])

E(r"""
# Association Monégasque contre les Addictions – AMCA

## Coordonnées

Association Monégasque contre les Addictions$$
Le Panorama, bloc B$$
57 rue Grimaldi$$
98000 Monaco$$
Principauté de Monaco$$
Tél. : +377 93 15 40 00$$
Mobile : +377 6 12 34 56 78$$
E-mail : contact@amca.example.mc

## Accueil du public

Du lundi au vendredi de 9h30 à 12h30 et de 14h30 à 18h.$$
Accueil sur rendez-vous le samedi de 10h à 12h.

## Personnes responsables

- Présidente : Mme Caroline NOTARI
- Directeur : Dr Laurent BOISSON-GRIMALDI

## Personnes contact

[Formulaire en ligne](#)

""" + T("plain",
        "Association de droit monégasque reconnue d’intérêt général.",
        "Résidents et salariés de la Principauté concernés par une addiction, et leurs proches.",
        "L’association informe, oriente et accompagne :",
        ["consultations d’addictologie ;", "prévention en milieu scolaire ;",
         "soutien aux familles."],
        "avril 2020", "https://amca.example.mc/association",
        "addictions, Monaco, prévention"),
  org="Association Monégasque contre les Addictions",
  phones=["+37793154000 voice", "+377612345678 cell"],
  emails=["contact@amca.example.mc"],
  urls=[],
  address=A(["Le Panorama, bloc B", "57 rue Grimaldi"], "98000", "Monaco",
            country="Monaco"),
  people=[P("Caroline", "Notari", "Présidente", "Mme"),
          P("Laurent", "Boisson-Grimaldi", "Directeur", "Dr")],
  hours=[H("MO-FR", "09:30", "12:30"), H("MO-FR", "14:30", "18:00"),
         H("SA", "10:00", "12:00", appt=True)],
  updated="2020-04", source="https://amca.example.mc/association",
  keywords=["addictions", "Monaco", "prévention"])

# d03: ISO-8859-1 (no curly quotes or en dashes); Switzerland with the country
# in capitals, Bastia, Guyane with CEDEX and region, Martinique without one.
F("d03.md", enc="iso-8859-1")
E(r"""
# Fondation Romande pour la Santé des Jeunes - FRSJ

## Coordonnees

Fondation Romande pour la Santé des Jeunes$$
Rue du Musée 9$$
Case postale 2041$$
CH-2001 Neuchâtel 1$$
SUISSE$$
Tél. : 032 000 20 40$$
Tél. direct : +41 32 000 20 41$$
E-mail : info@frsj.example.ch$$
<http://www.frsj.example.ch/fr/contact.html>

## Horaires

Lundi au vendredi : 9:00 - 12:00 et 14:00 - 17:00

## Responsables

Dr Béatrice FAVRE-ROCHAT, directrice ; M. Olivier JEANNERET, président du conseil

## Personnes contact

- Mme Léa MONNIER, chargée de prévention, 032 000 20 45

""" + T("plain",
        "Fondation de droit privé reconnue d'utilité publique par le canton.",
        "Jeunes de 12 à 25 ans des cantons romands, parents et enseignants.",
        "La fondation conduit des programmes de promotion de la santé :",
        ["prévention du tabagisme ;", "santé sexuelle ;", "bien-être à l'école."],
        "12.04.2022", "https://www.frsj.example.ch/fr/fondation",
        "jeunes, santé, Suisse romande"),
  org="Fondation Romande pour la Santé des Jeunes",
  phones=["+41320002040 voice", "+41320002041 voice"],
  emails=["info@frsj.example.ch"],
  urls=["http://www.frsj.example.ch/fr/contact.html"],
  address=A(["Rue du Musée 9", "Case postale 2041"], "2001", "Neuchâtel 1",
            country="Suisse"),
  people=[P("Béatrice", "Favre-Rochat", "directrice", "Dr"),
          P("Olivier", "Jeanneret", "président du conseil", "M."),
          P("Léa", "Monnier", "chargée de prévention", "Mme",
            phones=["+41320002045 voice"])],
  hours=[H("MO-FR", "09:00", "12:00"), H("MO-FR", "14:00", "17:00")],
  updated="2022-04-12", source="https://www.frsj.example.ch/fr/fondation",
  keywords=["jeunes", "santé", "Suisse romande"])

E(r"""
# Association Corse d'Entraide aux Familles - ACEF

## COORDONNEES

ACEF$$
Résidence Les Palmiers, bât. B$$
Avenue de la Libération$$
20200 Bastia$$
Tel. : 04 65 71 20 20$$
Numéro vert : 0 805 20 20 20$$
Mail : acef.bastia@example.fr

## HORAIRES D'OUVERTURE

Du mardi au samedi de 9 h à 12 h.$$
Le mercredi après-midi de 14 h à 18 h.$$
Fermeture du 15 juillet au 15 août.

## RESPONSABLE

Mme Marie-Paule SANTUCCI, présidente

## CONTACTS

- Jean-Baptiste ORSINI, éducateur spécialisé, 06 39 98 20 21

""" + T("caps",
        "Association familiale affiliée à l'union départementale.",
        "Familles de Haute-Corse, parents isolés, grands-parents.",
        "L'association soutient les familles au quotidien :",
        ["médiation familiale ;", "aide aux devoirs ;", "ateliers parents-enfants."],
        "2021", "https://acef.example.fr/association",
        "familles; Bastia; médiation", kw_label="Mots clés"),
  org="Association Corse d'Entraide aux Familles",
  phones=["+33465712020 voice", "+33805202020 tollfree"],
  emails=["acef.bastia@example.fr"],
  urls=[],
  address=A(["Résidence Les Palmiers, bât. B", "Avenue de la Libération"], "20200",
            "Bastia"),
  people=[P("Marie-Paule", "Santucci", "présidente", "Mme"),
          P("Jean-Baptiste", "Orsini", "éducateur spécialisé",
            phones=["+33639982021 cell"])],
  hours=[H("TU-SA", "09:00", "12:00"), H("WE", "14:00", "18:00")],
  closures=["Fermeture du 15 juillet au 15 août"],
  updated="2021", source="https://acef.example.fr/association",
  keywords=["familles", "Bastia", "médiation"])

E(r"""
# Comité Guyanais d'Éducation pour la Santé - antenne de Cayenne

## Coordonnées

Comité Guyanais d'Éducation pour la Santé$$
Immeuble Le Colibri$$
12 rue Lallouette$$
BP 6034$$
97306 CAYENNE CEDEX (Guyane)$$
Tél. : 05 94 28 00 00$$
Portable : 06 94 12 34 56$$
Courriel : cges973[at]example.fr

## Horaires d'ouverture

Lundi, mardi, jeudi et vendredi de 7h30 à 13h.$$
Mercredi : 7h30-12h et 14h-17h.

## Personne responsable

M. Léon MARIE-SAINTE, directeur

## Personnes contact

Chargée de projets : Mme Ana DOS SANTOS, 06 94 12 34 57

""" + T("plain",
        "Association loi 1901 membre de la fédération nationale d'éducation pour la santé.",
        "Habitants, associations et professionnels de Guyane, y compris des communes de l'intérieur.",
        "Le comité conçoit et diffuse des actions d'éducation pour la santé :",
        ["prévention du paludisme ;", "nutrition ;", "santé sexuelle."],
        "1er décembre 2023", "https://cges973.example.fr/le-comite",
        "Guyane, éducation pour la santé, prévention"),
  org="Comité Guyanais d'Éducation pour la Santé",
  phones=["+594594280000 voice", "+594694123456 cell"],
  emails=["cges973@example.fr"],
  urls=[],
  address=A(["Immeuble Le Colibri", "12 rue Lallouette", "BP 6034"], "97306",
            "CAYENNE CEDEX", region="Guyane"),
  people=[P("Léon", "Marie-Sainte", "directeur", "M."),
          P("Ana", "dos Santos", "Chargée de projets", "Mme",
            phones=["+594694123457 cell"])],
  hours=[H("MO,TU,TH,FR", "07:30", "13:00"), H("WE", "07:30", "12:00"),
         H("WE", "14:00", "17:00")],
  updated="2023-12-01", source="https://cges973.example.fr/le-comite",
  keywords=["Guyane", "éducation pour la santé", "prévention"])

E(r"""
# Réseau Martiniquais de Soins Palliatifs

## Coordonnées :

Centre d'affaires Agora, 2e étage$$
Zone de l'Étang Z'abricots$$
97200 Fort-de-France$$
Standard : 0596 71 00 00$$
Astreinte : 0696 71 00 01$$
E-mail : rmsp972@example.fr$$
Site internet : https://www.rmsp972.example.fr

## Horaires d'ouverture

Lundi au jeudi : 8h - 16h$$
Vendredi : 8h - 13h

## Responsable

Dr Josiane LOUIS-JOSEPH, médecin coordonnateur

## Contacts

- Mme Sabrina CÉLESTINE, secrétaire, secretariat@rmsp972.example.fr

""" + T("plain",
        "Réseau de santé constitué en association, financé par l'agence régionale de santé.",
        "Patients atteints de maladies graves évolutives, leurs proches et les soignants.",
        "Le réseau coordonne les soins palliatifs à domicile :",
        ["évaluation au domicile ;", "soutien des aidants ;", "formation des soignants."],
        "07/2022", "https://www.rmsp972.example.fr/reseau",
        "soins palliatifs, Martinique, domicile", kw_label="Mots-clefs"),
  org="Réseau Martiniquais de Soins Palliatifs",
  phones=["+596596710000 voice", "+596696710001 cell"],
  emails=["rmsp972@example.fr"],
  urls=["https://www.rmsp972.example.fr"],
  address=A(["Centre d'affaires Agora, 2e étage", "Zone de l'Étang Z'abricots"], "97200",
            "Fort-de-France"),
  people=[P("Josiane", "Louis-Joseph", "médecin coordonnateur", "Dr"),
          P("Sabrina", "Célestine", "secrétaire", "Mme",
            emails=["secretariat@rmsp972.example.fr"])],
  hours=[H("MO-TH", "08:00", "16:00"), H("FR", "08:00", "13:00")],
  updated="2022-07", source="https://www.rmsp972.example.fr/reseau",
  keywords=["soins palliatifs", "Martinique", "domicile"])

# d04: UTF-16LE with BOM; La Réunion with "Télécopie", Mayotte without region,
# Paris CEDEX with CS and appointment-only reception, Lille with "N°Vert".
F("d04.md", enc="utf-16le-bom")
E(r"""
# Maison de l'Adolescent de La Réunion – site Sud

## Coordonnées

Maison de l'Adolescent de La Réunion$$
Site Sud$$
25 rue Marius-et-Ary-Leblond$$
97410 Saint-Pierre (La Réunion)$$
Tél. : 0262 35 00 00$$
Portable : 0692 35 00 01$$
Télécopie : 0262 35 00 02$$
E-mail : mda.sud@example.re

## Horaires d'ouverture

Du lundi au vendredi de 8h à 12h et de 13h à 17h.

## Personnes responsables

- Dr Jean-Hugues PAYET, directeur
- Mme Annie HOARAU, cadre de santé

## Personnes contact

[Accueil](#)

""" + T("plain",
        "Groupement d'intérêt public porté par le centre hospitalier et le département.",
        "Adolescents de 11 à 25 ans, parents et professionnels du sud de l'île.",
        "La maison offre un accueil anonyme et gratuit :",
        ["entretiens individuels ;", "consultations spécialisées ;",
         "groupes de parents."],
        "2019", "https://mda974.example.re/site-sud",
        "adolescents, La Réunion, écoute"),
  org="Maison de l'Adolescent de La Réunion",
  phones=["+262262350000 voice", "+262692350001 cell", "+262262350002 fax"],
  emails=["mda.sud@example.re"],
  urls=[],
  address=A(["25 rue Marius-et-Ary-Leblond"], "97410", "Saint-Pierre",
            region="La Réunion"),
  people=[P("Jean-Hugues", "Payet", "directeur", "Dr"),
          P("Annie", "Hoarau", "cadre de santé", "Mme")],
  hours=[H("MO-FR", "08:00", "12:00"), H("MO-FR", "13:00", "17:00")],
  updated="2019", source="https://mda974.example.re/site-sud",
  keywords=["adolescents", "La Réunion", "écoute"])

E(r"""
# Association Mahoraise d'Aide à Domicile

## Coordonnées

Association Mahoraise d'Aide à Domicile$$
Immeuble Kinga, rez-de-chaussée$$
Route nationale 1, Kawéni$$
97600 Mamoudzou$$
Tél. : 02 69 61 00 00$$
Mobile : 06 39 61 00 01$$
Courriel : amad976@example.fr

## Horaires

Du lundi au jeudi : 7h30-15h30$$
Vendredi : 7h30-11h30

## Responsable

M. Ahamada SOILIHI, directeur général

## Personnes contact

Mme Zaïnaba ATTOUMANI (responsable de secteur) : zainaba.attoumani@example.fr

""" + T("plain",
        "Association loi 1901 autorisée par le conseil départemental.",
        "Personnes âgées, personnes handicapées et familles de Mayotte.",
        "L'association intervient au domicile :",
        ["aide à la toilette et aux repas ;", "entretien du logement ;",
         "accompagnement aux rendez-vous."],
        "octobre 2023", "https://amad976.example.fr/association",
        "aide à domicile, Mayotte, autonomie"),
  org="Association Mahoraise d'Aide à Domicile",
  phones=["+262269610000 voice", "+262639610001 cell"],
  emails=["amad976@example.fr"],
  urls=[],
  address=A(["Immeuble Kinga, rez-de-chaussée", "Route nationale 1, Kawéni"], "97600",
            "Mamoudzou"),
  people=[P("Ahamada", "Soilihi", "directeur général", "M."),
          P("Zaïnaba", "Attoumani", "responsable de secteur", "Mme",
            emails=["zainaba.attoumani@example.fr"])],
  hours=[H("MO-TH", "07:30", "15:30"), H("FR", "07:30", "11:30")],
  updated="2023-10", source="https://amad976.example.fr/association",
  keywords=["aide à domicile", "Mayotte", "autonomie"])

E(r"""
# Fédération Nationale des Centres de Médiation - FNCM

## Coordonnées

FNCM$$
Tour Onyx, 18e étage$$
10 rue Vandrezanne$$
CS 91301$$
75634 PARIS CEDEX 13$$
Tél. : 01 99 00 13 70 / 06 39 98 13 71$$
Tél. : +33 (0) 1 99 00 13 72 (médiation familiale)$$
Mél : FNCM@EXAMPLE.ORG$$
[Site de la fédération](https://fncm.example.org/federation/)

## Accueil du public

Accueil uniquement sur rendez-vous, du lundi au vendredi.

## Personnes responsables

Présidente : Mme Geneviève LAMBERT-DUVAL$$
Délégué général : M. Thomas NGUYEN

## Personnes contact

[Écrire à la fédération](#)

""" + T("plain",
        "Fédération d'associations reconnue d'utilité publique.",
        "Centres de médiation adhérents, médiateurs, magistrats et collectivités.",
        "La fédération représente et outille ses adhérents :",
        ["formation continue des médiateurs ;", "labellisation des centres ;",
         "colloque annuel."],
        "02/11/2020", "https://fncm.example.org/federation/presentation",
        "médiation, fédération, formation"),
  org="Fédération Nationale des Centres de Médiation",
  phones=["+33199001370 voice", "+33639981371 cell", "+33199001372 voice"],
  emails=["fncm@example.org"],
  urls=["https://fncm.example.org/federation/"],
  address=A(["Tour Onyx, 18e étage", "10 rue Vandrezanne", "CS 91301"], "75634",
            "PARIS CEDEX 13"),
  people=[P("Geneviève", "Lambert-Duval", "Présidente", "Mme"),
          P("Thomas", "Nguyen", "Délégué général", "M.")],
  appt=True,
  updated="2020-11-02", source="https://fncm.example.org/federation/presentation",
  keywords=["médiation", "fédération", "formation"])

E(r"""
# Point Info Jeunesse Lille Moulins – espace ressources

## Coordonnées

Point Info Jeunesse Lille Moulins$$
Maison de quartier des Moulins$$
1 place Vanhoenacker$$
59000 Lille$$
N°Vert : 0 800 59 00 00$$
Tél. : 03 53 01 59 01$$
Courriel : pij.moulins@example.fr$$
Facebook : https://www.facebook.com/pij.moulins.example

## Horaires

Tous les jours de 10h à 18h, sauf le dimanche.

## Responsable

Yasmine BELKACEM – animatrice responsable

## Contacts

- M. Rémi DUBOIS, informateur jeunesse, 03 53 01 59 02

""" + T("plain",
        "Structure labellisée par l'État, gérée par une association de quartier.",
        "Jeunes de 13 à 30 ans, parents et professionnels de la jeunesse.",
        "Le point informe sur tous les sujets de la vie quotidienne :",
        ["jobs d'été et logement ;", "mobilité internationale ;", "santé et loisirs."],
        "3 juin 2024", "https://pij-lille.example.fr/moulins",
        "information jeunesse, Lille, orientation"),
  org="Point Info Jeunesse Lille Moulins",
  phones=["+33800590000 tollfree", "+33353015901 voice"],
  emails=["pij.moulins@example.fr"],
  urls=["https://www.facebook.com/pij.moulins.example"],
  address=A(["Maison de quartier des Moulins", "1 place Vanhoenacker"], "59000", "Lille"),
  people=[P("Yasmine", "Belkacem", "animatrice responsable"),
          P("Rémi", "Dubois", "informateur jeunesse", "M.", phones=["+33353015902 voice"])],
  hours=[H("MO-SA", "10:00", "18:00")],
  updated="2024-06-03", source="https://pij-lille.example.fr/moulins",
  keywords=["information jeunesse", "Lille", "orientation"])

# d05: UTF-8, NFD; Breton particles and apostrophes, several e-mails on a line,
# appointment ranges with times, "Permanences", an ISO date.
F("d05.md", nfd=True)
E(r"""
# Centre Hospitalier de Quimperlé – consultation mémoire

## Coordonnées

Centre Hospitalier de Quimperlé$$
Bâtiment Ellé, 1er étage$$
20 bis avenue du Coat-Kaër$$
29391 QUIMPERLÉ CEDEX$$
Tél. : 02 61 91 29 30 / Fax : 02 61 91 29 31$$
E-mail : consultation.memoire@example.fr ; secretariat.geriatrie@example.fr

## Horaires

Consultations du lundi au vendredi de 8h45 à 16h45, sur rendez-vous.

## Personnes responsables

- Dr Gwenaëlle LE FLOC'H, gériatre responsable
- Mme Katell PENNEC-RIOU, cadre de santé

## Personnes contact

- Mme Maëlle JAOUEN, secrétaire médicale, 02 61 91 29 35, maelle.jaouen@example.fr

""" + T("bold",
        "Établissement public de santé, pôle de gériatrie.",
        "Personnes présentant des troubles de la mémoire, adressées par leur médecin traitant.",
        "La consultation établit un diagnostic et propose un suivi :",
        ["bilan neuropsychologique ;", "annonce du diagnostic ;", "soutien des aidants."],
        "14 février 2022", "https://ch-quimperle.example.fr/consultation-memoire",
        "mémoire, gériatrie, diagnostic"),
  org="Centre Hospitalier de Quimperlé",
  phones=["+33261912930 voice", "+33261912931 fax"],
  emails=["consultation.memoire@example.fr", "secretariat.geriatrie@example.fr"],
  urls=[],
  address=A(["Bâtiment Ellé, 1er étage", "20 bis avenue du Coat-Kaër"], "29391",
            "QUIMPERLÉ CEDEX"),
  people=[P("Gwenaëlle", "Le Floc'h", "gériatre responsable", "Dr"),
          P("Katell", "Pennec-Riou", "cadre de santé", "Mme"),
          P("Maëlle", "Jaouen", "secrétaire médicale", "Mme",
            phones=["+33261912935 voice"], emails=["maelle.jaouen@example.fr"])],
  hours=[H("MO-FR", "08:45", "16:45", appt=True)],
  updated="2022-02-14", source="https://ch-quimperle.example.fr/consultation-memoire",
  keywords=["mémoire", "gériatrie", "diagnostic"])

E(r"""
# Institut Européen de Formation en Travail Social – site de Strasbourg

## Coordonnées

Institut Européen de Formation en Travail Social$$
Campus universitaire de l'Esplanade$$
3 rue de l'Argonne$$
BP 10044$$
67081 STRASBOURG CEDEX$$
Standard : +33 3 53 01 67 00$$
Scolarité : +33 3 53 01 67 05$$
E-mail : scolarite@ieft.example.fr, direction@ieft.example.fr$$
<https://www.ieft.example.fr/strasbourg/formations?niveau=licence>

## Horaires et accès

Lundi au jeudi : 8h-18h ; vendredi : 8h-17h$$
Tram C, arrêt Observatoire.

## Direction

M. Hans-Peter MÜLLER, directeur général$$
Mme Clémence DE LA VILLARDIÈRE, directrice des études

## Contacts

Mme Aïcha OUEDRAOGO, responsable de la scolarité, a.ouedraogo@ieft.example.fr

""" + T("bold",
        "Association gestionnaire d'un établissement de formation agréé par la région.",
        "Étudiants, apprentis et salariés en formation aux métiers du travail social.",
        "L'institut prépare aux diplômes d'État du travail social :",
        ["éducateur spécialisé ;", "assistant de service social ;",
         "moniteur-éducateur."],
        "2023", "https://www.ieft.example.fr/strasbourg/institut",
        "formation, travail social, Strasbourg"),
  org="Institut Européen de Formation en Travail Social",
  phones=["+33353016700 voice", "+33353016705 voice"],
  emails=["scolarite@ieft.example.fr", "direction@ieft.example.fr"],
  urls=["https://www.ieft.example.fr/strasbourg/formations?niveau=licence"],
  address=A(["Campus universitaire de l'Esplanade", "3 rue de l'Argonne", "BP 10044"],
            "67081", "STRASBOURG CEDEX"),
  people=[P("Hans-Peter", "Müller", "directeur général", "M."),
          P("Clémence", "de La Villardière", "directrice des études", "Mme"),
          P("Aïcha", "Ouedraogo", "responsable de la scolarité", "Mme",
            emails=["a.ouedraogo@ieft.example.fr"])],
  hours=[H("MO-TH", "08:00", "18:00"), H("FR", "08:00", "17:00")],
  updated="2023", source="https://www.ieft.example.fr/strasbourg/institut",
  keywords=["formation", "travail social", "Strasbourg"])

E(r"""
# Résidence Accueil Les Tilleuls - pension de famille

## Coordonnées

Résidence Accueil Les Tilleuls$$
14 chemin des Tilleuls$$
Lieu-dit Kerbernez$$
29700 Plomelin$$
Tél : 02 61 91 29 70$$
Portable de l'hôte : 06 39 98 29 71$$
residence.tilleuls (at) example.org

## Horaires

Accueil 24h/24 7j/7 par les hôtes de la maison.

## Personne responsable

Monsieur Erwan KERGOAT, responsable de la maison

## Personnes contact

[Nous écrire](#)

""" + T("bold",
        "Pension de famille gérée par une association d'insertion.",
        "Personnes seules en situation d'isolement, ayant connu la rue ou l'hébergement d'urgence.",
        "La résidence offre un logement durable et une vie collective :",
        ["quatorze studios meublés ;", "repas partagés ;", "jardin potager."],
        "mai 2018", "https://tilleuls.example.org/la-residence",
        "logement, pension de famille, insertion"),
  org="Résidence Accueil Les Tilleuls",
  phones=["+33261912970 voice", "+33639982971 cell"],
  emails=["residence.tilleuls@example.org"],
  urls=[],
  address=A(["14 chemin des Tilleuls", "Lieu-dit Kerbernez"], "29700", "Plomelin"),
  people=[P("Erwan", "Kergoat", "responsable de la maison", "M.")],
  hours=[H("MO-SU", "00:00", "24:00")],
  updated="2018-05", source="https://tilleuls.example.org/la-residence",
  keywords=["logement", "pension de famille", "insertion"])

E(r"""
# Association des Familles de Traumatisés Crâniens du Finistère - AFTC 29

## Coordonnées

AFTC 29$$
Maison des associations, bureau 4$$
6 rue Pen ar Créac'h$$
29200 Brest$$
Téléphone : 02 61 91 29 80$$
Courriel : aftc29@example.fr$$
www.aftc29.example.fr

## Permanences

Le jeudi de 14h à 17h, sans rendez-vous.$$
Les autres jours sur rendez-vous.

## Responsables

- Président : M. Jean-Yves LE DUFF
- Trésorière : Mme Soazig CARIOU-TANGUY

## Contacts

- Mme Nolwenn GUÉGUEN (coordinatrice), 06 39 98 29 81, nolwenn.gueguen@example.fr

""" + T("bold",
        "Association de familles affiliée à l'union nationale, loi 1901.",
        "Personnes cérébrolésées et leurs familles dans le Finistère.",
        "L'association rompt l'isolement des familles :",
        ["groupes d'entraide ;", "sorties et séjours ;", "information juridique."],
        "2024-01-15", "https://www.aftc29.example.fr/association",
        "traumatisme crânien, familles, Finistère"),
  org="Association des Familles de Traumatisés Crâniens du Finistère",
  phones=["+33261912980 voice"],
  emails=["aftc29@example.fr"],
  urls=["http://www.aftc29.example.fr"],
  address=A(["Maison des associations, bureau 4", "6 rue Pen ar Créac'h"], "29200",
            "Brest"),
  people=[P("Jean-Yves", "Le Duff", "Président", "M."),
          P("Soazig", "Cariou-Tanguy", "Trésorière", "Mme"),
          P("Nolwenn", "Guéguen", "coordinatrice", "Mme", phones=["+33639982981 cell"],
            emails=["nolwenn.gueguen@example.fr"])],
  hours=[H("TH", "14:00", "17:00")],
  updated="2024-01-15", source="https://www.aftc29.example.fr/association",
  keywords=["traumatisme crânien", "familles", "Finistère"])

# d06: UTF-8 + CRLF; a title in capitals, hours in capitals ("8H30-12H"),
# "(SAUF JEUDI MATIN)", CEDEX 2, a live link in Contacts, appointment-only.
F("d06.md", eol="CRLF")
E(r"""
# CCAS DE VILLEURBANNE – PÔLE SENIORS

## COORDONNEES

CCAS de Villeurbanne$$
Pôle seniors$$
Hôtel de ville, 2e étage$$
Place Lazare-Goujon$$
69100 VILLEURBANNE$$
TEL : 04 65 71 69 10$$
FAX : 04 65 71 69 11$$
COURRIEL : CCAS.SENIORS@EXAMPLE.FR

## HORAIRES D'OUVERTURE

LUNDI AU VENDREDI : 8H30-12H / 13H30-17H (SAUF JEUDI MATIN)

## RESPONSABLE

Mme Chantal PERRIN, directrice

## PERSONNES CONTACT

- M. Abdelkader BOUZIANE, travailleur social, 04 65 71 69 15
- Mme Élodie MARCHAND, chargée d'accueil

""" + T("caps",
        "Établissement public administratif communal.",
        "Personnes de plus de 60 ans domiciliées à Villeurbanne et leurs proches.",
        "Le pôle accompagne les seniors dans leur vie quotidienne :",
        ["aides facultatives ;", "portage de repas ;", "lutte contre l'isolement."],
        "05/2021", "https://ccas-villeurbanne.example.fr/seniors",
        "seniors, action sociale, Villeurbanne", kw_label="Mots clés"),
  org="CCAS DE VILLEURBANNE",
  phones=["+33465716910 voice", "+33465716911 fax"],
  emails=["ccas.seniors@example.fr"],
  urls=[],
  address=A(["Hôtel de ville, 2e étage", "Place Lazare-Goujon"], "69100", "VILLEURBANNE"),
  people=[P("Chantal", "Perrin", "directrice", "Mme"),
          P("Abdelkader", "Bouziane", "travailleur social", "M.",
            phones=["+33465716915 voice"]),
          P("Élodie", "Marchand", "chargée d'accueil", "Mme")],
  hours=[H("MO-WE,FR", "08:30", "12:00"), H("MO-FR", "13:30", "17:00")],
  updated="2021-05", source="https://ccas-villeurbanne.example.fr/seniors",
  keywords=["seniors", "action sociale", "Villeurbanne"])

E(r"""
# Mission Locale du Pays de Brest

## Coordonnées :

Mission Locale du Pays de Brest$$
Immeuble Le Grand Large$$
10 quai de la Douane$$
CS 92803$$
29228 BREST CEDEX 2$$
Tél : 02 61 91 29 00$$
Email : contact@mlbrest.example.fr$$
Site : https://www.mlbrest.example.fr/

## Horaires :

Lundi : 13h30-17h30$$
Mardi au vendredi : 8h30-12h30 et 13h30-17h30

## Personnes responsables :

- Directrice : Mme Solenn LE BRIS
- Président : M. Alain MADEC

## Personnes contact :

Mme Nadia BOUCHERIT, conseillère référente, 06 39 98 29 05, n.boucherit@mlbrest.example.fr

""" + T("plain",
        "Association loi 1901 présidée par un élu, membre du réseau national des missions locales.",
        "Jeunes de 16 à 25 ans sortis du système scolaire.",
        "La mission locale accompagne les parcours d'insertion :",
        ["orientation et formation ;", "contrat d'engagement jeune ;",
         "santé et logement."],
        "1er mars 2024", "https://www.mlbrest.example.fr/qui-sommes-nous",
        "insertion, jeunes, Brest"),
  org="Mission Locale du Pays de Brest",
  phones=["+33261912900 voice"],
  emails=["contact@mlbrest.example.fr"],
  urls=["https://www.mlbrest.example.fr/"],
  address=A(["Immeuble Le Grand Large", "10 quai de la Douane", "CS 92803"], "29228",
            "BREST CEDEX 2"),
  people=[P("Solenn", "Le Bris", "Directrice", "Mme"),
          P("Alain", "Madec", "Président", "M."),
          P("Nadia", "Boucherit", "conseillère référente", "Mme",
            phones=["+33639982905 cell"], emails=["n.boucherit@mlbrest.example.fr"])],
  hours=[H("MO", "13:30", "17:30"), H("TU-FR", "08:30", "12:30"),
         H("TU-FR", "13:30", "17:30")],
  updated="2024-03-01", source="https://www.mlbrest.example.fr/qui-sommes-nous",
  keywords=["insertion", "jeunes", "Brest"])

E(r"""
# Espace Info Énergie Métropole Lilloise - conseils gratuits

## Coordonnees

Espace Info Énergie Métropole Lilloise$$
Le Cap, bâtiment B, 4e étage$$
52 avenue Willy-Brandt$$
59777 EURALILLE$$
Tél. : +33 (0)3 53 01 59 50$$
Numéro vert : 0 805 59 00 51 (appel gratuit)$$
E-mail : info@eie-lille.example.fr

## Horaires

Du mardi au vendredi de 9h30 à 12h30 et de 13h30 à 17h30.$$
Le samedi matin de 9h30 à 12h30, uniquement sur rendez-vous.

## Personne responsable

M. Grégory VANDAMME, conseiller énergie référent

## Contacts

[Prendre rendez-vous](https://eie-lille.example.fr/rdv)

""" + T("plain",
        "Service d'intérêt public porté par une association, cofinancé par l'État et la métropole.",
        "Particuliers, propriétaires ou locataires, de la métropole lilloise.",
        "L'espace conseille gratuitement sur les économies d'énergie :",
        ["isolation et chauffage ;", "aides financières ;", "énergies renouvelables."],
        "décembre 2022", "https://eie-lille.example.fr/espace",
        "énergie, rénovation, conseil"),
  org="Espace Info Énergie Métropole Lilloise",
  phones=["+33353015950 voice", "+33805590051 tollfree"],
  emails=["info@eie-lille.example.fr"],
  urls=[],
  address=A(["Le Cap, bâtiment B, 4e étage", "52 avenue Willy-Brandt"], "59777",
            "EURALILLE"),
  people=[P("Grégory", "Vandamme", "conseiller énergie référent", "M.")],
  hours=[H("TU-FR", "09:30", "12:30"), H("TU-FR", "13:30", "17:30"),
         H("SA", "09:30", "12:30", appt=True)],
  updated="2022-12", source="https://eie-lille.example.fr/espace",
  keywords=["énergie", "rénovation", "conseil"])

E(r"""
# Cabinet d'Ergothérapie Solidaire – antenne de Vannes

## COORDONNÉES

Cabinet d'Ergothérapie Solidaire$$
Parc d'activités du Prat, bâtiment 3$$
8 rue Aristide-Boucicaut$$
56000 Vannes$$
Tél. : 02 61 91 56 00$$
Mobile : 06 39 98 56 01$$
E-mail : vannes@ergo-solidaire.example.org$$
[www.ergo-solidaire.example.org](http://www.ergo-solidaire.example.org)

## ACCUEIL DU PUBLIC

Sur RDV uniquement, du lundi au samedi.

## RESPONSABLE

Mme Armelle LE CORRE-MORVAN, ergothérapeute D.E.

## CONTACTS

- Mme Inès BOUAZIZ, ergothérapeute, ines.bouaziz@ergo-solidaire.example.org

""" + T("caps",
        "Société coopérative d'intérêt collectif.",
        "Enfants et adultes en perte d'autonomie, sur prescription ou non.",
        "Le cabinet évalue et adapte le quotidien :",
        ["bilans à domicile ;", "préconisations d'aménagement ;",
         "rééducation de la main."],
        "20/09/2019", "https://ergo-solidaire.example.org/vannes",
        "ergothérapie, autonomie, Vannes"),
  org="Cabinet d'Ergothérapie Solidaire",
  phones=["+33261915600 voice", "+33639985601 cell"],
  emails=["vannes@ergo-solidaire.example.org"],
  urls=["http://www.ergo-solidaire.example.org"],
  address=A(["Parc d'activités du Prat, bâtiment 3", "8 rue Aristide-Boucicaut"], "56000",
            "Vannes"),
  people=[P("Armelle", "Le Corre-Morvan", "ergothérapeute D.E.", "Mme"),
          P("Inès", "Bouaziz", "ergothérapeute", "Mme",
            emails=["ines.bouaziz@ergo-solidaire.example.org"])],
  appt=True,
  updated="2019-09-20", source="https://ergo-solidaire.example.org/vannes",
  keywords=["ergothérapie", "autonomie", "Vannes"])

# d07: UTF-8 with BOM; "00 33" numbers, "9:00 - 12:00, 14:00 - 18:00", "midi",
# extension after a comma, abbreviated day names, ranges with and without
# appointment on one line.
F("d07.md", enc="utf-8-bom")
E(r"""
# Centre Social Saint-Just - La Solidarité

## Coordonnées

Centre Social Saint-Just$$
189 avenue de Saint-Just$$
BP 30045$$
13374 MARSEILLE CEDEX 20$$
Tél. : 00 33 4 65 71 13 80$$
Fax : 00 33 4 65 71 13 81$$
E-mail : accueil@cs-saintjust.example.fr

## Horaires

Lundi au vendredi : 9:00 - 12:00, 14:00 - 18:00$$
Fermeture annuelle la première semaine de janvier.

## Responsables

Mme Karima HADJ-SAÏD, directrice$$
M. Jean-Pierre DE SOUSA, président

## Contacts

Accueil : Mme Sylvie ROUX

""" + T("plain",
        "Centre social associatif agréé par la caisse d'allocations familiales.",
        "Habitants des quartiers nord, familles, jeunes et seniors.",
        "Le centre anime la vie du quartier :",
        ["accueil de loisirs ;", "ateliers sociolinguistiques ;",
         "accompagnement à la scolarité."],
        "06/2023", "https://cs-saintjust.example.fr/le-centre",
        "centre social, quartier, familles"),
  org="Centre Social Saint-Just",
  phones=["+33465711380 voice", "+33465711381 fax"],
  emails=["accueil@cs-saintjust.example.fr"],
  urls=[],
  address=A(["189 avenue de Saint-Just", "BP 30045"], "13374", "MARSEILLE CEDEX 20"),
  people=[P("Karima", "Hadj-Saïd", "directrice", "Mme"),
          P("Jean-Pierre", "de Sousa", "président", "M."),
          P("Sylvie", "Roux", "Accueil", "Mme")],
  hours=[H("MO-FR", "09:00", "12:00"), H("MO-FR", "14:00", "18:00")],
  closures=["Fermeture annuelle la première semaine de janvier"],
  updated="2023-06", source="https://cs-saintjust.example.fr/le-centre",
  keywords=["centre social", "quartier", "familles"])

E(r"""
# Relais Assistants Maternels de Grenoble Sud – RAM Sud

## Coordonnées

RAM Grenoble Sud$$
Maison de l'enfance Teisseire$$
3 place de la Commune-de-1871$$
38100 Grenoble$$
Téléphone : 04 65 71 38 00, poste 214$$
E-mail : ram.sud@ville-grenoble.example.fr

## Horaires d'ouverture

Le lundi de 14h à 18h ; du mardi au vendredi de 9h à midi et de 14h à 18h.

## Personne responsable

Mme Laure GIRARD-BLANC, animatrice responsable

## Personnes contact

[Formulaire de contact](#)

""" + T("plain",
        "Service municipal de la petite enfance.",
        "Parents employeurs, assistantes maternelles et gardes à domicile du secteur sud.",
        "Le relais informe et professionnalise :",
        ["matinées d'éveil ;", "information sur les contrats ;",
         "soirées thématiques."],
        "1er octobre 2021", "https://www.ville-grenoble.example.fr/ram-sud",
        "petite enfance, assistantes maternelles, Grenoble"),
  org="Relais Assistants Maternels de Grenoble Sud",
  phones=["+33465713800 voice"],
  emails=["ram.sud@ville-grenoble.example.fr"],
  urls=[],
  address=A(["Maison de l'enfance Teisseire", "3 place de la Commune-de-1871"], "38100",
            "Grenoble"),
  people=[P("Laure", "Girard-Blanc", "animatrice responsable", "Mme")],
  hours=[H("MO", "14:00", "18:00"), H("TU-FR", "09:00", "12:00"),
         H("TU-FR", "14:00", "18:00")],
  updated="2021-10-01", source="https://www.ville-grenoble.example.fr/ram-sud",
  keywords=["petite enfance", "assistantes maternelles", "Grenoble"])

E(r"""
# Bordeaux Entraide Logement

## Coordonnées

Bordeaux Entraide Logement$$
Les Bassins à flot, hangar G2$$
quai Armand-Lalande$$
33300 Bordeaux$$
Tél. : 05 36 49 33 00$$
N° Vert : 0 800 33 00 33$$
GSM : 06 39 98 33 01$$
contact@bel-bordeaux.example.org

## Horaires

Lun, mer, ven : 9h-12h30$$
Mar, jeu : 14h-18h

## Responsables

- Mme Pauline DUCASSE (présidente)
- M. Baptiste LARRIEU (directeur), b.larrieu@bel-bordeaux.example.org, 06 39 98 33 02

## Contacts

[Permanence logement](#)

""" + T("plain",
        "Association loi 1901 agréée pour l'intermédiation locative.",
        "Ménages bordelais en difficulté de logement, propriétaires solidaires.",
        "L'association loge et accompagne :",
        ["gestion locative adaptée ;", "accompagnement social lié au logement ;",
         "prévention des expulsions."],
        "17 novembre 2022", "https://bel-bordeaux.example.org/association",
        "logement, entraide, Bordeaux"),
  org="Bordeaux Entraide Logement",
  phones=["+33536493300 voice", "+33800330033 tollfree", "+33639983301 cell"],
  emails=["contact@bel-bordeaux.example.org"],
  urls=[],
  address=A(["Les Bassins à flot, hangar G2", "quai Armand-Lalande"], "33300", "Bordeaux"),
  people=[P("Pauline", "Ducasse", "présidente", "Mme"),
          P("Baptiste", "Larrieu", "directeur", "M.", phones=["+33639983302 cell"],
            emails=["b.larrieu@bel-bordeaux.example.org"])],
  hours=[H("MO,WE,FR", "09:00", "12:30"), H("TU,TH", "14:00", "18:00")],
  updated="2022-11-17", source="https://bel-bordeaux.example.org/association",
  keywords=["logement", "entraide", "Bordeaux"])

E(r"""
# Point Justice Nice Ouest

## Coordonnées

Point Justice Nice Ouest$$
Centre administratif des Moulins, rez-de-jardin$$
Allée des Vergers$$
06200 Nice$$
Tél. : 04 65 71 06 20$$
Courriel : pointjustice.niceouest@example.fr$$
https://www.nice.example.fr/point-justice?quartier=moulins

## Horaires d'ouverture

Du lundi au vendredi : de 8h30 à 12h sans rendez-vous, de 14h à 17h sur rendez-vous uniquement.

## Responsable

Mme Céline ROSSI-BERTRAND, coordinatrice

## Contacts

- Conciliateur de justice : M. Henri PASTORELLI
- Juriste : Mme Manon GIACOMETTI, 04 65 71 06 22

""" + T("plain",
        "Lieu d'accès au droit labellisé par le conseil départemental de l'accès au droit.",
        "Tout public, gratuitement et de façon confidentielle.",
        "Le point justice informe et oriente :",
        ["consultations d'avocats ;", "conciliation ;", "aide aux victimes."],
        "mars 2023", "https://www.nice.example.fr/point-justice/presentation",
        "accès au droit, justice, Nice"),
  org="Point Justice Nice Ouest",
  phones=["+33465710620 voice"],
  emails=["pointjustice.niceouest@example.fr"],
  urls=["https://www.nice.example.fr/point-justice?quartier=moulins"],
  address=A(["Centre administratif des Moulins, rez-de-jardin", "Allée des Vergers"],
            "06200", "Nice"),
  people=[P("Céline", "Rossi-Bertrand", "coordinatrice", "Mme"),
          P("Henri", "Pastorelli", "Conciliateur de justice", "M."),
          P("Manon", "Giacometti", "Juriste", "Mme", phones=["+33465710622 voice"])],
  hours=[H("MO-FR", "08:30", "12:00"), H("MO-FR", "14:00", "17:00", appt=True)],
  updated="2023-03", source="https://www.nice.example.fr/point-justice/presentation",
  keywords=["accès au droit", "justice", "Nice"])

if __name__ == "__main__":
    sys.exit(main(os.path.dirname(os.path.abspath(__file__))))

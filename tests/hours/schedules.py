"""Building blocks of French opening-hours sentences, and a seeded generator
of sentences together with the structure they state (tests/hours/README.md).

Written from how French pages write their hours, not from the reader in
src/extract/hours*.c: its own lists of day names, separators, time forms,
lead-ins, trailing clauses, capitals and typographic variants. A structure
is a list of ranges (days as MO..SU codes, start and end as HH:MM, kind
"reception", "phone" or "permanence", appointment or not); the generator
only writes sentences whose structure is plain to a French reader.
"""
import random

CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
# where a day's hours are held, after the day and a colon
PLACES = ["mairie annexe du Piton", "salle polyvalente", "Maison des associations",
          "centre social Bel-Air", "bibliothèque de quartier", "antenne de Saint-Jean"]
DAY = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAY3 = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]
DAY2 = ["lu", "ma", "me", "je", "ve", "sa", "di"]
WEEK = frozenset(range(5))
ALL = frozenset(range(7))

NBSP = "\u00a0"   # no-break space
NNBSP = "\u202f"  # narrow no-break space
APOS = ["'", "\u2019"]

# Lead-ins: (text, kind the words give: None, "reception", "phone" or
# "permanence"). "{a}" is an apostrophe.
LEADS = [
    ("", None), ("Horaires : ", None), ("Horaires d{a}ouverture : ", None),
    ("Ouvert ", None), ("Ouverture au public ", "reception"),
    ("L{a}accueil se fait ", "reception"), ("Nous vous accueillons ", "reception"),
    ("Le bureau est ouvert ", None), ("Accueil du public : ", "reception"),
    ("Réception du public ", "reception"), ("Accueil physique : ", "reception"),
    ("Notre équipe vous reçoit ", "reception"),
    ("Le secrétariat vous répond ", "phone"), ("Permanence téléphonique : ", "phone"),
    ("La ligne d{a}écoute est ouverte ", "phone"), ("Le standard est joignable ", "phone"),
    ("Joignable par téléphone ", "phone"),
    ("L{a}association est joignable au 0800 39 19 19, ", "phone"),
    ("L{a}association est joignable au 0800.39.19.19 , ", "phone"),
    ("L{a}accueil téléphonique est assuré ", "phone"),
    ("Pour nous joindre, appelez le 03 88 41 29 87, ", "phone"),
    ("Permanence juridique ", "permanence"), ("Permanences : ", "permanence"),
    ("Permanence sociale ", "permanence"), ("Une permanence est assurée ", "permanence"),
    ("Permanence d{a}avocats ", "permanence"),
]

# Trailing clauses: (text, kind, closure text or None). They change nothing
# else; words they hold that no reader needs go to a note.
TRAILS = [
    ("", None, None), ("", None, None), ("", None, None),
    (", appel anonyme et gratuit", "phone", None),
    (" (ligne téléphonique)", "phone", None),
    (", sans rendez-vous", None, None), (", avec ou sans rendez-vous", None, None),
    (" (sauf jours fériés)", None, "sauf jours fériés"),
    (", sauf les jours fériés", None, "sauf les jours fériés"),
    (" (hors vacances scolaires)", None, "hors vacances scolaires"),
    (", anonyme et gratuit", None, None),
    (", dans la limite des places disponibles", None, None),
    (", fermé les jours fériés", None, "fermé les jours fériés"),
]


def hhmm(m):
    return "%02d:%02d" % (m // 60, m % 60)


class Generator:
    """Sentences of schedules, and of what is no weekly schedule, from one
    seeded random source: the same seed gives the same sentences."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def chance(self, p):
        return self.r.random() < p

    # ---- days -------------------------------------------------------------

    def name(self, d, style, plural=False):
        if style == "3":
            return DAY3[d] + ("." if self.chance(0.3) else "")
        if style == "2":
            return DAY2[d]
        return DAY[d] + ("s" if plural else "")

    def days(self, allow_sets=True, allow_plural=True):
        """A day set as French writes it: (text, set of day indexes). Plural
        days ("les lundis", "tous les mardis") say every week: not after a
        start date of the negative sentences."""
        form = self.r.random()
        style = self.pick(["full", "full", "full", "3", "2"])
        if form < 0.35:  # a span
            a = self.r.randrange(0, 4)
            b = self.r.randrange(a + 2, 7) if self.chance(0.5) else 4
            na, nb = self.name(a, style), self.name(b, style)
            if style == "full":
                text = self.pick(["du %s au %s", "%s au %s", "de %s à %s", "%s - %s",
                                  "%s–%s", "du %s au %s"]) % (na, nb)
            else:
                text = self.pick(["%s-%s", "%s–%s", "%s à %s"]) % (na, nb)
            return text, frozenset(range(a, b + 1))
        if form < 0.7:  # a list
            n = self.pick([2, 2, 3, 3, 4])
            ds = sorted(self.r.sample(range(7), n))
            plural = allow_plural and style == "full" and self.chance(0.2)
            names = [self.name(d, style, plural) for d in ds]
            if style == "3" and n >= 3 and self.chance(0.5):
                text = "-".join(n_.rstrip(".") for n_ in names)  # "Lun-Mar-Ven"
            elif style == "2":
                text = ", ".join(names)
            elif self.chance(0.2) and n == 2:
                text = self.pick(["le %s et le %s", "du %s et %s"]) % tuple(names)
            else:
                text = ", ".join(names[:-1]) + self.pick([" et ", ", et ", " et "]) + names[-1]
                if plural:
                    text = "les " + text
            return text, frozenset(ds)
        if form < 0.85 or not allow_sets:  # one day
            d = self.r.randrange(7)
            forms = ["%s", "le %s", "%s", "tous les %ss", "le %s matin", "le %s après-midi",
                     "%s soir"]
            if not allow_plural:
                forms.remove("tous les %ss")
            text = self.pick(forms) % DAY[d]
            return text, frozenset([d])
        return self.pick([
            ("tous les jours", ALL), ("7j/7", ALL), ("7 jours sur 7", ALL),
            ("7 jours par semaine", ALL),
            ("tous les jours de la semaine", ALL), ("en semaine", WEEK),
            ("tous les jours ouvrables", WEEK), ("chaque jour ouvrable", WEEK),
            ("du lundi au vendredi sauf le mardi", frozenset([0, 2, 3, 4])),
            ("tous les jours sauf le dimanche", frozenset(range(6))),
            ("tous les jours sauf le week-end", WEEK),
            ("le week-end", frozenset([5, 6])), ("les week-ends", frozenset([5, 6])),
            ("le weekend", frozenset([5, 6])),
            ("du lundi au samedi sauf le mercredi", frozenset([0, 1, 3, 4, 5])),
        ])

    # ---- times ------------------------------------------------------------

    def time(self, m, end=False):
        """Minutes m as French writes a time."""
        h, mm = divmod(m, 60)
        if m == 720 and self.chance(0.3):
            return "midi"
        if m == 1440 and end and self.chance(0.5):
            return "minuit"
        sp = self.pick([" ", " ", NBSP, NNBSP])
        if mm == 0:
            return self.pick(["%dh" % h, "%d%sh" % (h, sp), "%dH" % h, "%dh00" % h,
                              "%02dh00" % h, "%02d:00" % h, "%d.00" % h,
                              "%d%sheures" % (h, sp), "%dH00" % h])
        return self.pick(["%dh%02d" % (h, mm), "%d%sh%s%02d" % (h, sp, sp, mm),
                          "%02d:%02d" % (h, mm), "%d.%02d" % (h, mm), "%dH%02d" % (h, mm),
                          "%d.%02d h" % (h, mm),
                          "%d%sheures%s%02d" % (h, sp, sp, mm), "%02dh%02d" % (h, mm)])

    def span(self, s, e):
        """One range: (text, (start, end))."""
        a, b = self.time(s), self.time(e, end=True)
        forms = ["de %s à %s", "%s-%s", "%s - %s", "%s – %s", "%s à %s", "%s/%s",
                 "entre %s et %s", "de %s à %s"]
        if b[0].isdigit():
            forms += ["de %s à%s", "%s à%s"]  # "8h à18h"
            if a[-1] in "0123456789hH":
                forms += ["de %sà%s"]  # "14h30à16h30"
        if a[0].isdigit():
            forms += ["de%s à %s"]  # "de7h30"
        if s % 60 == 0 and b[0].isdigit() and self.chance(0.15):
            # a bare hour opening the range: "de 10 à 18h", "entre 9 et 12 h",
            # "10-13h"
            form = self.pick(["de %d à %s", "entre %d et %s", "%d-%s"])
            return form % (s // 60, b), (s, e)
        return self.pick(forms) % (a, b), (s, e)

    def ranges(self):
        """One or two ranges of a day: (text, [(start, end)])."""
        quarter = [0, 15, 30, 45]
        if self.chance(0.55):
            s1 = self.r.randrange(7, 11) * 60 + self.pick(quarter)
            e1 = self.r.randrange(11, 13) * 60 + self.pick([0, 0, 30])
            s2 = self.r.randrange(13, 15) * 60 + self.pick([0, 30])
            e2 = self.r.randrange(16, 20) * 60 + self.pick(quarter)
            t1, r1 = self.span(s1, e1)
            t2, r2 = self.span(s2, e2)
            if t1.startswith("de ") and self.chance(0.5):
                t2 = "de " + t2 if not t2.startswith(("de", "entre ")) else t2
                return "%s et %s" % (t1, t2), [r1, r2]
            joint = self.pick([" et ", ", ", " / ", " - ", " | ", " & "])
            if t1.startswith(("entre", "de")) or t2.startswith(("entre", "de")):
                joint = self.pick([" et ", ", "])
            if self.chance(0.1):  # "matin : 9h-12h, après-midi : 14h-17h"
                return "%s %s, %s %s" % (self.pick(["matin :", "le matin", "matin"]), t1,
                                         self.pick(["après-midi :", "l'après-midi"]),
                                         t2), [r1, r2]
            return t1 + joint + t2, [r1, r2]
        if self.chance(0.08):
            return self.pick([("24h/24", [(0, 1440)]), ("24 h sur 24", [(0, 1440)]),
                              ("24 heures sur 24", [(0, 1440)]),
                              ("24 heures par jour", [(0, 1440)]),
                              ("jour et nuit", [(0, 1440)])])
        if self.chance(0.07):  # past midnight
            s = self.r.randrange(17, 23) * 60 + self.pick([0, 30])
            e = self.r.randrange(5, 9) * 60
            t, r = self.span(s, e)
            return t, [r]
        s = self.r.randrange(7, 12) * 60 + self.pick(quarter)
        e = self.r.randrange(13, 20) * 60 + self.pick(quarter)
        t, r = self.span(s, e)
        if self.chance(0.15):  # one range over the day
            t = self.pick(["%s sans interruption", "en journée continue %s", "%s non-stop",
                           "%s en continu"]) % t
        return t, [r]

    # ---- sentences --------------------------------------------------------

    def typeset(self, text):
        """Capitals and typography of the page: a capital first letter, a
        whole line in capitals, a no-break space before ':'."""
        if self.chance(0.1):
            text = text.upper()
        elif text and self.chance(0.6):
            text = text[0].upper() + text[1:]
        if self.chance(0.3):
            text = text.replace(" :", NBSP + ":")
        return text

    def group(self, times_first=False):
        """Days and their times, in either order: (text, days, ranges)."""
        dt, ds = self.days()
        tt, rs = self.ranges()
        if times_first:
            if not dt.startswith(("du ", "le ", "les ", "tous ", "en ", "7")):
                dt = self.pick(["le ", "les "]) + dt if dt.split()[0].rstrip(".,") in DAY \
                    else dt
            return "%s %s" % (tt, dt), ds, rs
        sep = self.pick([" ", " : ", ", ", " : ", " "])
        if tt.startswith(("entre", "et ")):
            sep = " "
        if tt.startswith(("matin", "le matin")):
            sep = self.pick([" : ", ", "])  # "sauf le dimanche matin" is another rule
        return dt + sep + tt, ds, rs

    def sentence(self):
        """One positive case: (lines, structure, closures)."""
        lead, lead_kind = self.pick(LEADS)
        lead = lead.replace("{a}", self.pick(APOS))
        trail, trail_kind, closure = self.pick(TRAILS)
        if lead_kind and trail_kind and lead_kind != trail_kind:
            trail, trail_kind, closure = "", None, None
        kind = lead_kind or trail_kind or "reception"
        appt = False
        shape = self.r.random()
        groups = []
        if shape < 0.06 and not trail:
            # "de 8h30 à 12h sans rendez-vous, de 14h à 17h sur rendez-vous"
            dt, ds = self.days()
            t1, r1 = self.span(self.r.randrange(8, 11) * 60, 12 * 60)
            t2, r2 = self.span(self.r.randrange(13, 15) * 60, self.r.randrange(16, 19) * 60)
            w1, w2 = self.pick([("sans rendez-vous", "sur rendez-vous"),
                                ("sur rendez-vous", "sans rendez-vous"),
                                ("sans RDV", "sur RDV uniquement")])
            text = "%s : %s %s, %s %s" % (dt, t1, w1, t2, w2)
            line = self.typeset(lead + text + ".")
            s1 = [(ds, r1[0], r1[1], kind, w1.startswith("sur"))]
            s2 = [(ds, r2[0], r2[1], kind, w2.startswith("sur"))]
            return [line], s1 + s2, []
        if shape < 0.55:
            text, ds, rs = self.group()
            groups.append((ds, rs))
        elif shape < 0.75:
            text, ds, rs = self.group(times_first=True)
            groups.append((ds, rs))
        else:  # two groups of disjoint days, both days or both times first,
            # or days first then times first ("du lundi au jeudi de 9h à 17h,
            # de 9h à 12h le vendredi")
            first = self.chance(0.2)
            mixed = not first and self.chance(0.25)
            text, ds, rs = self.group(times_first=first)
            for _ in range(20):
                t2, d2, r2 = self.group(times_first=first or mixed)
                # mixed: one range before the days, as pages write it; two
                # would be read as the first days' and the second's alike
                if not (d2 & ds) and not (mixed and len(r2) > 1):
                    break
            else:
                t2, d2, r2 = None, None, None
            if t2:
                # a trailing clause that gives a kind is of its sentence
                # only: the groups are then one sentence
                seps = [", ", " et ", ", et ", " ; "] if mixed else [", ", " ; ", ". ", " ; "]
                sep = ", " if trail_kind else self.pick(seps)
                if sep == ". ":
                    t2 = t2[0].upper() + t2[1:]
                text = text + sep + t2
                groups += [(ds, rs), (d2, r2)]
            else:
                groups.append((ds, rs))
        if self.chance(0.15) and not trail and len(groups) == 1:
            # glued to the last range, a marker is of its clause only: the
            # group's ranges in one clause then ("9h-12h et 14h-17h sur RDV")
            glued = [" sur rendez-vous"] if ", " not in text else []
            text += self.pick(glued + [", sur rendez-vous", " (sur RDV)", ", sur rdv",
                                       ", uniquement sur rendez-vous"])
            appt = True
        if not trail and self.chance(0.06):
            # days hold every week from a start date (times alone would be
            # the date's: among the negative sentences)
            text += self.pick([" (à partir du %d %s)", ", dès le %d %s"]) % (
                self.r.randrange(1, 29), self.pick(self.MONTHS))
        line = self.typeset(lead + text + trail + self.pick([".", "", "."]))
        structure = [(ds, s, e, kind, appt) for ds, rs in groups for s, e in rs]
        return [line], structure, [closure] if closure else []

    def split_lines(self):
        """Days and times on different lines: (lines, structure)."""
        dt, ds = self.days(allow_sets=False)
        if self.chance(0.5):
            # days, then each range on its own line (a list or a paragraph)
            _, rs = self.ranges()
            items = [self.span(s, e)[0] for s, e in rs]
            mark = self.pick(["- ", "- ", ""])
            hard = "" if mark else "  "
            lines = [dt[0].upper() + dt[1:] + self.pick(["", " :"]) + hard]
            lines += [mark + t + hard for t in items]
            return lines, [(ds, s, e, "reception", False) for s, e in rs]
        # one range, then the days it holds on, one per line
        s = self.r.randrange(8, 11) * 60
        e = self.r.randrange(12, 13) * 60
        t, _ = self.span(s, e)
        days = sorted(self.r.sample(range(6), self.pick([2, 3])))
        if self.chance(0.7):
            lines = [t[0].upper() + t[1:] + " :"] + ["- " + DAY[d] for d in days]
        else:
            # each day names where: "Le lundi : mairie annexe du Piton"
            lines = [t[0].upper() + t[1:] + " :"] + [
                "Le %s : %s  " % (DAY[d], self.pick(PLACES)) for d in days]
        return lines, [(frozenset([d]), s, e, "reception", False) for d in days]

    def table_rows(self):
        """A table pasted as text: a day per row, its times in cells
        separated by tabs or spaces, no joint between them
        ("Lundi\t09:00\t12:00\t14:00\t17:00"): (lines, structure)."""
        sep = self.pick(["\t", " ", "\t", " : "])
        lines, structure = [], []
        for d in sorted(self.r.sample(range(6), self.pick([1, 2, 3]))):
            s1 = self.r.randrange(7, 11) * 60 + self.pick([0, 30])
            e1 = self.r.randrange(11, 13) * 60
            pairs = [(s1, e1)]
            if self.chance(0.5):
                pairs.append((self.r.randrange(13, 15) * 60, self.r.randrange(16, 19) * 60))
            form = self.pick(["%02d:%02d", "%dh%02d"])
            cells = [form % divmod(t, 60) for p in pairs for t in p]
            first = sep if sep != " : " else " : "
            rest = "\t" if sep == "\t" else " "
            lines.append(DAY[d].capitalize() + first + rest.join(cells) + "  ")
            structure += [(frozenset([d]), a, b, "reception", False) for a, b in pairs]
        return lines, structure

    # labels over lines, and kinds side by side

    LABELS = [("Accueil téléphonique :", "phone"), ("Permanence téléphonique :", "phone"),
              ("Ligne d{a}écoute :", "phone"), ("Standard :", "phone"),
              ("Permanences :", "permanence"), ("Permanence juridique :", "permanence"),
              ("Accueil du public :", "reception"), ("Accueil physique :", "reception")]

    def plain_group(self, kind):
        """A group of days and times without words of a kind."""
        text, ds, rs = self.group(times_first=self.chance(0.2))
        line = self.typeset(text + self.pick([".", ""]))
        return line, [(ds, s, e, kind, False) for s, e in rs]

    def labelled(self):
        """A label line ("Accueil téléphonique :") over the lines it gives
        its kind, then maybe another label and its lines: (lines,
        structure)."""
        lines, structure = [], []
        labels = self.r.sample(self.LABELS, self.pick([1, 2]))
        mark = self.pick(["- ", ""])
        for label, kind in labels:
            lines.append(label.replace("{a}", self.pick(APOS)))
            said = frozenset()  # the days of a label's lines are told once
            for _ in range(self.pick([1, 1, 2, 3])):
                line, st = self.plain_group(kind)
                if st[0][0] & said:
                    continue
                said |= st[0][0]
                lines.append(mark + line)
                structure += st
        return lines, structure

    def side_by_side(self):
        """A reception line and a telephone line (or a permanence's), each
        saying its kind; or a telephone line beside appointment-only
        reception: (lines, structure, appointment only)."""
        phone = [l for l in LEADS if l[1] == "phone"]
        other = [l for l in LEADS if l[1] in ("reception", "permanence")]
        lines, structure = [], []
        only = self.chance(0.3)
        leads = [self.pick(phone)] if only else [self.pick(other), self.pick(phone)]
        for lead, kind in self.r.sample(leads, len(leads)):
            text, ds, rs = self.group()
            lines.append(self.typeset(lead.replace("{a}", self.pick(APOS)) + text + "."))
            structure += [(ds, s, e, kind, False) for s, e in rs]
        if only:
            lines.insert(self.r.randrange(2), self.pick([
                "Accueil uniquement sur rendez-vous.", "Accueil du public sur rendez-vous.",
                "Réception du public uniquement sur rendez-vous.",
                "Le public est reçu exclusivement sur rendez-vous."]))
        return lines, structure, only

    def open_close(self):
        """One range said by its opening and its closing ("ouverture à 9h,
        fermeture à 17h", "ouvre ses portes à 9h … et ferme à 17h"), the
        days before, between or after: (lines, structure)."""
        dt, ds = self.days()
        while " soir" in dt or "matin" in dt or "midi" in dt:  # a period: another rule
            dt, ds = self.days()
        s = self.r.randrange(7, 11) * 60 + self.pick([0, 15, 30])
        e = self.r.randrange(16, 20) * 60 + self.pick([0, 30, 45])
        a, b = self.time(s), self.time(e, end=True)
        opening = self.pick(["ouverture à %s", "ouverture des portes à %s",
                             "ouvert à partir de %s", "ouvre à %s",
                             "ouvre ses portes à %s", "ouverture %s", "dès %s"]) % a
        closing = self.pick(["fermeture à %s", "ferme à %s", "jusqu'à %s",
                             "fermeture %s", "fermeture des portes à %s"]) % b
        if opening.startswith("dès") and closing.startswith("ferm"):
            closing = "jusqu'à " + b
        joint = self.pick([", ", " et "])
        where = self.r.randrange(3)
        if where == 0:
            text = "%s : %s%s%s" % (dt, opening, joint, closing)
        elif where == 1:
            text = "%s %s%s%s" % (opening, dt, joint, closing)
        else:
            text = "%s%s%s, %s" % (opening, joint, closing, dt)
        return [self.typeset(text + ".")], [(ds, s, e, "reception", False)]

    def positive(self):
        """A positive case: (lines, structure, closures, appointment only)."""
        x = self.r.random()
        if x < 0.03:
            lines, structure = self.open_close()
            return lines, structure, [], False
        if x < 0.12:
            lines, structure = self.split_lines()
            return lines, structure, [], False
        if x < 0.2:
            lines, structure = self.labelled()
            return lines, structure, [], False
        if x < 0.28:
            lines, structure, only = self.side_by_side()
            return lines, structure, [], only
        if x < 0.31:
            lines, structure = self.table_rows()
            return lines, structure, [], False
        lines, structure, closures = self.sentence()
        return lines, structure, closures, False

    # ---- what is no weekly schedule ---------------------------------------

    MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre"]

    def negative(self):
        """A sentence that states no weekly hours: (line, holds a day and a
        time). A day and a time that give nothing must be warned about."""
        d = self.r.randrange(7)
        dt, _ = self.days(allow_sets=False)
        singular, _ = self.days(allow_sets=False, allow_plural=False)
        tt, _ = self.ranges()
        month = self.pick(self.MONTHS)
        n, m = sorted(self.r.sample(range(1, 29), 2))
        ords = ["1er", "2e", "3e", "4e", "2ème", "dernier"]
        dated = [
            ("Le %s %d %s de %s." % (DAY[d], n, month, tt), True),
            ("Le %d %s, %s." % (n, month, tt), False),
            ("Les %d et %d %s, %s." % (n, m, month, tt), False),
            ("%02d/%02d %s" % (n, self.r.randrange(1, 13), tt), False),
            ("À partir du %02d/%02d, %s." % (n, self.r.randrange(1, 13), tt), False),
            ("Du %d au %d %s : %s %s." % (n, m, month, dt, tt), True),
            ("Du 1er %s au %d %s, %s %s." % (month, m, self.pick(self.MONTHS), dt, tt), True),
            ("Du %02d/07 au %02d/08 : %s %s." % (n, m, dt, tt), True),
            ("Le %s %s (les 2èmes et 4èmes du mois)." % (DAY[d], tt), True),
            ("Permanence le %s %s du mois, %s." % (self.pick(ords), DAY[d], tt), True),
            ("Le %s et le %s %s du mois de %s." % (self.pick(ords[:2]), self.pick(ords[2:4]),
                                                   DAY[d], tt), True),
            ("Un %s par mois, %s." % (DAY[d], tt), True),
            ("Certains %ss, %s." % (DAY[d], tt), True),
        ]
        seasonal = [
            ("Pendant les vacances scolaires, %s %s." % (dt, tt), True),
            ("Horaires d'été : %s %s" % (dt, tt), True),
            ("En juillet et en août, %s %s." % (dt, tt), True),
            ("Durant l'été, %s %s." % (dt, tt), True),
        ]
        other = [
            ("Fermé le %s." % DAY[d], False), ("Fermé les jours fériés.", False),
            ("Fermeture annuelle du %d au %d %s." % (n, m, month), False),
            ("Fermé en %s." % month, False), ("Congés annuels en %s." % month, False),
            ("%dh%02d d'ouverture par semaine, toute l'année." % (n % 12 + 2, 30), False),
            ("%d heures d'ouverture hebdomadaire." % (n + 10), False),
            ("Sur rendez-vous.", False), ("Uniquement sur rendez-vous.", False),
            ("Sans rendez-vous.", False), ("Les autres jours sur rendez-vous.", False),
            ("Accueil sur rendez-vous %s." % dt, False),
            ("%s." % tt[0].upper() + tt[1:], False),
            ("Borne en libre-service accessible 24h/24 et 7j/7.", True),
            ("Fermé de 12h à 14h.", False),
        ]
        line, warned = self.pick(self.pick([dated, dated, seasonal, other]))
        return self.typeset(line) if self.chance(0.5) else line, warned


def structure_of_dump(hours):
    """The ranges of a --dump json entry as the generator writes them."""
    return sorted((tuple(sorted(CODES.index(d) for d in h["days"])), h["start"], h["end"],
                   h.get("kind", "reception"), bool(h.get("appointment")))
                  for h in hours)


def structure_of(ranges):
    """The generator's ranges, comparable with structure_of_dump."""
    return sorted((tuple(sorted(ds)), hhmm(s), hhmm(e), kind, appt)
                  for ds, s, e, kind, appt in ranges)


def entry(i, lines):
    """Markdown of one entry whose opening section holds lines."""
    return "# Essai %d\n\n## Horaires d'ouverture\n\n%s\n\n" % (i, "\n".join(lines))

#!/usr/bin/python3
"""Nothing is lost: every non-blank line of every entry of the examples and
of every corpus set (tests/corpus/*/) is found again in the vCards the
program writes (read back with vobject), structured or in NOTE.

A line is found when each of its words is in the text of the entry's cards
(every value of every property, unescaped), once Markdown syntax is removed,
compared without case and accents (a word glued to the capital of the next,
"WabernTél.", counts as two). Words that a property name stands for
(the labels "Téléphone :", "E-mail :", "Adresse :", "Mise à jour :" or "Mis
à jour :"...) need not be there, and a phone number is found when its digits
are those of a TEL (a trunk "(0)" after the country code, "+32 (0)4 ...", is
none of them).
Prints one line per line not found and "N passed, N failed".
"""
import glob
import os
import re
import subprocess
import sys
import unicodedata
import urllib.parse

import vobject

TOP = os.environ.get("top_srcdir", ".")
PROG = os.environ.get("FICHE2VCARD", os.path.join(TOP, "fiche2vcard"))

# Words a property name or type stands for: they may not be in any value.
LABELS = set("""tel tel. telephone telephones phone fax telecopie portable mobile gsm
standard n° no numero vert e-mail email courriel mail mel site web internet
mise a jour maj actualise actualisee arobase source de mots clefs cles mots-clefs mots-cles cedex courriels e-mails
emails mails monsieur madame mademoiselle docteur docteure dre professeur professeure mr
derniere actualisation contact adr adr. adresse localisation dot
rue code postal npa ville localite""".split())
# ("mr" is the civility M.; "dot" the "." of "x [at] y [dot] fr"; "rue",
# "code postal", "ville": a form's labels of ADR's fields)


# (Belgium writes "0478/ 609 134": a slash right after a digit; " / " is
# between two numbers)
PHONE = re.compile(r"(?:\+|00)?\d(?:[\d .()-]|(?<=\d)/){6,}\d")
STRUCTURED = re.compile(r"coordonnee|horaire|accueil|ouverture|permanence|responsable|contact|"
                        r"direction|dirigeant|interlocuteur|mise a jour|source|mots.cl|adresse|pratique")
UPDATED = re.compile(r"^\s*(fiche )?((date de |derniere )?(mise? a jour|maj\b)|actualise|"
                     r"derniere actualisation)")
# "+32 (0)4 ...": the trunk "(0)" after a country code is no digit of the E.164
TRUNK = re.compile(r"((?:\+|\b00)\d{1,3})\s*\(0\)\s*")


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def markdown_words(line):
    line = re.sub(r"^\s{0,3}(#+|[-*+]|\d+\.)\s+", "", line)      # headings, bullets
    line = re.sub(r"!?\[([^\]]*)\]\(([^)]*)\)", r"\1", line)     # links: their text
    line = re.sub(r"<((?:https?|mailto):[^>]*)>", r"\1", line)   # autolinks
    line = line.replace("mailto:", " ")
    line = re.sub(r"&[a-zA-Z]+;|&#x?[0-9a-fA-F]+;", " ", line)   # entities
    # emphasis and code, then backslash escapes: "n° 15646\*01" keeps its
    # star, "l\`État" its backquote
    line = re.sub(r"(?<!\\)\*+|(?<!\\)`+|(?<![\w\\])_+|(?<!\\)_+(?!\w)", "", line)
    line = re.sub(r"\\(.)", r"\1", line)
    return fold(line)


def digits_runs(words_line):
    """Phone-looking runs of the line, as digit strings."""
    runs = [r for r in PHONE.findall(words_line) if sum(ch.isdigit() for ch in r) >= 8]
    return ["".join(ch for ch in r if ch.isdigit()) for r in runs]


def card_text(cards):
    parts, tels = [], []
    for c in cards:
        for name, props in c.contents.items():
            for p in props:
                v = p.value
                if name == "tel":
                    d = "".join(ch for ch in str(v) if ch.isdigit())
                    tels.append(d)
                if hasattr(v, "__dict__") and not isinstance(v, str):
                    parts.append(" ".join(str(x) for x in vars(v).values()))
                elif isinstance(v, list):
                    parts.append(" ".join(str(x) for x in v))
                else:
                    parts.append(str(v))
                for pv in p.params.values():
                    parts.append(" ".join(pv))
    # a web address's non-ASCII characters are percent-encoded in the card
    # ("/présentation/" -> "/pr%C3%A9sentation/"): searched decoded too
    text = " ".join(parts)
    return fold(text + " " + urllib.parse.unquote(text)), tels


def phone_found(run, tels):
    d = run
    for prefix in ("0033", "33"):
        if d.startswith(prefix) and len(d) > 9:
            d = d[len(prefix):]
    d = d.lstrip("0")
    return any(t.endswith(d) for t in tels if d)


def main():
    files = sorted(glob.glob(os.path.join(TOP, "examples", "*.md")) +
                   glob.glob(os.path.join(TOP, "tests", "corpus", "*", "*.md")))
    passed = failed = 0
    for path in files:
        if os.path.basename(path) == "README.md":
            continue
        vcf = subprocess.run([PROG, "-q", path], capture_output=True).stdout.decode("utf-8")
        cards = list(vobject.readComponents(vcf, allowQP=True))
        # The entry's own text, decoded like the samples are encoded.
        raw = open(path, "rb").read()
        text = None
        for enc in ("utf-8-sig", "utf-16", "cp1252"):
            try:
                if enc == "utf-16" and not raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
                    continue
                text = raw.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        text = unicodedata.normalize("NFC", text)
        # Cards of each entry: an org card (X-ABShowAs) and the person cards after it.
        groups, cur = [], None
        for c in cards:
            if "x-abshowas" in c.contents:
                cur = [c]
                groups.append(cur)
            elif cur is not None:
                cur.append(c)
        chunks = re.split(r"(?m)^(?=# )", text)
        chunks = [ch for ch in chunks if ch.startswith("# ")]
        if len(chunks) != len(groups):
            print(f"FAIL {path}: {len(chunks)} entries, {len(groups)} organisation cards")
            failed += 1
            continue
        for chunk, group in zip(chunks, groups):
            hay, tels = card_text(group)
            hay_words = set(re.findall(r"\w+", hay))
            # the NOTE's numbers without their separators ("064/43.16.31")
            hay_plain = re.sub(r"[ ./-]", "", hay)
            has_rev = any("rev" in c.contents for c in group)
            for line in chunk.splitlines():
                if not line.strip() or re.fullmatch(r"\s*[-*_]{3,}\s*", line):
                    continue
                key = markdown_words(line)
                # Headings of structured sections become property names.
                if line.lstrip().startswith("##") and STRUCTURED.search(key):
                    passed += 1
                    continue
                # "Mise à jour : juin 2021" is the REV property.
                if UPDATED.search(key) and has_rev:
                    passed += 1
                    continue
                # a word glued to the next one's capital by a page flattened
                # from print ("WabernTél.:") is found as its two words
                w = markdown_words(re.sub(r"(?<=[a-zà-ÿ0-9])(?=[A-ZÀ-Ý])", " ", line))
                # "02 … - 06 …": a spaced dash separates two numbers
                w = re.sub(r"(?<=\d) - (?=[+(0-9])", " | ", w)
                w = TRUNK.sub(r"\1 ", w)
                # "0475/12.34.56": a slash after a Belgian area code; "032 /
                # 886 48 60", spaced, after a Swiss one that opens the number
                # "07/82/27/81/05": a French number in slashed pairs
                w = re.sub(r"\b(0\d)/(\d\d)/(\d\d)/(\d\d)/(\d\d)\b", r"\1 \2 \3 \4 \5", w)
                w = re.sub(r"(?<![\d/])(0\d{1,3})/(?=\d)", r"\1 ", w)
                w = re.sub(r"(?<![\d/])(?<!\d )(0\d{1,3}) / (?=\d)", r"\1 ", w)
                runs = digits_runs(w)
                # A number is found as a TEL, or as written in a NOTE (a
                # service's number under "Contacts" is no person's).
                written = [x for x in PHONE.findall(w) if sum(c.isdigit() for c in x) >= 8]
                ok = all(phone_found(r, tels) or x.strip() in hay or
                         re.sub(r"[ ./-]", "", x) in hay_plain
                         for r, x in zip(runs, written))
                for r in PHONE.findall(w):
                    if sum(ch.isdigit() for ch in r) >= 8:
                        w = w.replace(r, " ")
                missing = [x for x in re.findall(r"\w+", w)
                           if x not in hay_words and x not in LABELS and x not in hay]
                # a short number after a label ("Tél. : 27 800 - 1", Luxembourg):
                # each of its groups is in a TEL
                if missing and all(x.isdigit() and any(x in t for t in tels)
                                   for x in missing):
                    missing = []
                if ok and not missing:
                    passed += 1
                else:
                    failed += 1
                    print(f"FAIL {os.path.basename(path)}: not found {missing or runs}: {line.strip()}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

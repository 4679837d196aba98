"""Shared part of the corpus sets (tests/corpus/*/): read a set and check that
its expected.json is consistent with its inputs.

A set's committed files are its source of truth: the input files, as they came
(any encoding of tests/corpus/README.md), and expected.json, written by hand.
check_set() makes sure the two agree before run.py compares the facts with what
the program writes:

- the schema: every entry has exactly the keys of README.md, of the right
  types and forms (E.164 numbers, phone kinds, days, HH:MM, dates);
- the bytes: each file is in the encoding, Unicode form and line ending its
  entries declare (a file re-saved by an editor fails here), and holds as many
  entries ("# " headings) as expected.json gives it;
- the text: every fact quoted from an entry (numbers, e-mails, web addresses,
  address parts, people's names and titles, keywords, closures) occurs in that
  entry's text, so a typo in expected.json cannot pass for a converter bug.

Each check is counted; problems are returned as strings, one per failed check.
"""
import html
import json
import os
import re
import unicodedata

KEYS = {"encoding", "unicode_form", "eol", "org_name", "title", "phones", "emails", "urls",
        "address", "people", "appointment_only", "hours", "closures", "updated", "source",
        "keywords"}
# Keys an entry may add: where a real page was transcribed from, the
# transcriber's notes, numbers valid nowhere (kept as written).
OPTIONAL_KEYS = {"source_url", "notes", "unparsed_phones"}
ADDRESS_KEYS = {"lines", "postcode", "locality", "country"}
HOURS_KINDS = {"reception", "phone", "permanence"}
PERSON_KEYS = {"prefix", "given", "family", "title", "phones", "emails"}
HOURS_KEYS = {"days", "start", "end"}
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
KINDS = {"voice", "fax", "cell", "tollfree"}
PREFIXES = {"", "M.", "Mme", "Mlle", "Dr", "Pr"}
INPUT_SUFFIXES = (".md", ".markdown", ".txt")
BOMS = {"utf-8-bom": b"\xef\xbb\xbf", "utf-16le-bom": b"\xff\xfe"}
CODECS = {"utf-8": "utf-8", "utf-8-bom": "utf-8", "utf-16le-bom": "utf-16-le",
          "windows-1252": "cp1252", "iso-8859-1": "latin-1"}
# How a civility may be written for the prefix expected.json gives.
PREFIX_TEXT = {"M.": r"\bm\.|\bmr\b|monsieur", "Mme": r"\bmmes?\b|madame",
               "Mlle": r"\bmlle\b|mademoiselle",
               "Dr": r"\bdre?\b|docteur", "Pr": r"\bpr\b|professeur"}
# Countries a postcode's letter implies ("B-5000 Namur").
IMPLIED = {"Belgique": "b-", "Suisse": "ch-", "Luxembourg": "l-"}
MD_ESC = re.compile(r"\\([!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])")
HHMM = re.compile(r"([01]\d|2[0-3]):[0-5]\d|24:00")
DATE = re.compile(r"\d{4}(-\d\d(-\d\d)?)?")
E164 = re.compile(r"\+\d{8,15}")


def inputs(folder):
    """The set's input files: those the program reads in a folder (*.md,
    *.markdown, *.txt), README.md excepted."""
    return sorted(f for f in os.listdir(folder)
                  if f.endswith(INPUT_SUFFIXES) and f != "README.md"
                  and os.path.isfile(os.path.join(folder, f)))


def load_expected(folder):
    with open(os.path.join(folder, "expected.json"), encoding="utf-8") as f:
        return json.load(f)


def file_of(key):
    return key.rsplit("#", 1)[0]


def decode(data, encoding):
    """The text of a file's bytes in the encoding expected.json declares, BOM
    removed, lines ending in LF; raises ValueError when the bytes do not fit."""
    bom = BOMS.get(encoding, b"")
    if bom and not data.startswith(bom):
        raise ValueError(f"no {encoding} byte order mark")
    if not bom and data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        raise ValueError(f"a byte order mark in a {encoding} file")
    try:
        text = data[len(bom):].decode(CODECS[encoding])
    except UnicodeDecodeError as e:
        raise ValueError(f"not {encoding}: {e}") from None
    return text.replace("\r\n", "\n")


def entries_of(text):
    """The entries of a file's text: each from its "# " heading to the next."""
    chunks = re.split(r"(?m)^(?=# )", text)
    return [c for c in chunks if c.startswith("# ")]


def plain(md):
    """An entry's text as the facts quote it: backslash escapes and HTML entities
    decoded, NFC."""
    return unicodedata.normalize("NFC", html.unescape(MD_ESC.sub(r"\1", md)))


class Checks:
    """Counts the checks; keeps one message per failed one."""

    def __init__(self):
        self.passed = 0
        self.problems = []

    def true(self, ok, where, message):
        ok = bool(ok)
        if ok:
            self.passed += 1
        else:
            self.problems.append(f"{where}: {message}")
        return ok


def check_schema(c, key, exp):
    """The keys, types and forms of one entry's facts (README.md)."""
    if not c.true(isinstance(exp, dict) and KEYS <= set(exp) <= KEYS | OPTIONAL_KEYS, key,
                  f"keys {sorted(exp) if isinstance(exp, dict) else exp!r}, want {sorted(KEYS)}"
                  f" and maybe {sorted(OPTIONAL_KEYS)}"):
        return False
    for k in ("phones", "people", "hours"):
        if not c.true(isinstance(exp[k], list) and all(isinstance(x, dict) for x in exp[k]),
                      key, f"{k} {exp[k]!r}: a list of objects"):
            return False
    try:
        return check_forms(c, key, exp)
    except (KeyError, TypeError, AttributeError) as e:
        c.true(False, key, f"malformed facts ({type(e).__name__}: {e})")
        return False


def check_forms(c, key, exp):
    ok = True
    for k in ("org_name", "title"):
        ok &= c.true(isinstance(exp[k], str) and exp[k].strip() == exp[k] != "", key,
                     f"{k} {exp[k]!r}: a trimmed, non-empty string")
    ok &= c.true(exp["encoding"] in CODECS, key, f"encoding {exp['encoding']!r}")
    ok &= c.true(exp["unicode_form"] in ("NFC", "NFD"), key,
                 f"unicode_form {exp['unicode_form']!r}")
    ok &= c.true(exp["eol"] in ("LF", "CRLF"), key, f"eol {exp['eol']!r}")
    for k in ("emails", "urls", "closures", "keywords"):
        ok &= c.true(isinstance(exp[k], list) and all(isinstance(x, str) and x for x in exp[k]),
                     key, f"{k} {exp[k]!r}: a list of strings")
    phones = exp["phones"] + [p for per in exp["people"] for p in per.get("phones", [])]
    for p in phones:
        ok &= c.true(isinstance(p, dict) and set(p) == {"e164", "kind"} and
                     E164.fullmatch(p["e164"]) and p["kind"] in KINDS, key,
                     f"phone {p!r}: {{e164: +digits, kind: {'/'.join(sorted(KINDS))}}}")
    a = exp["address"]
    if a is not None:
        ok &= c.true(isinstance(a, dict) and ADDRESS_KEYS <= set(a) <= ADDRESS_KEYS | {"region"}
                     and isinstance(a["lines"], list) and
                     (a["postcode"] is None or re.fullmatch(r"\d{4,5}", a["postcode"]) or
                      re.fullmatch(r"[A-Z]\d[A-Z] \d[A-Z]\d", a["postcode"])) and
                     (a["locality"] is None or isinstance(a["locality"], str)),
                     key, f"address {a!r}")
    for per in exp["people"]:
        ok &= c.true(isinstance(per, dict) and set(per) == PERSON_KEYS and
                     per["prefix"] in PREFIXES and per["family"], key, f"person {per!r}")
    ok &= c.true(isinstance(exp["appointment_only"], bool), key, "appointment_only: a boolean")
    for h in exp["hours"]:
        # a range may run past midnight ("de 17h à 8h"): end before start
        ok &= c.true(isinstance(h, dict) and HOURS_KEYS <= set(h) <= HOURS_KEYS | {"appointment",
                                                                                     "kind"}
                     and h["days"] and all(d in DAYS for d in h["days"])
                     and HHMM.fullmatch(h["start"]) and HHMM.fullmatch(h["end"])
                     and h["start"] != h["end"] and h.get("appointment", True) is True
                     and h.get("kind", "reception") in HOURS_KINDS,
                     key, f"hours {h!r}")
    ok &= c.true(all(isinstance(x, str) and x for x in exp.get("unparsed_phones", [])), key,
                 "unparsed_phones: a list of strings")
    # appointment-only reception may have a telephone line or permanence
    # open at set hours, not reception hours
    ok &= c.true(not (exp["appointment_only"] and any(
        h.get("kind", "reception") == "reception" for h in exp["hours"])), key,
                 "appointment_only with reception hours")
    ok &= c.true(exp["updated"] is None or DATE.fullmatch(exp["updated"]), key,
                 f"updated {exp['updated']!r}: YYYY, YYYY-MM or YYYY-MM-DD")
    ok &= c.true(exp["source"] is None or isinstance(exp["source"], str), key,
                 f"source {exp['source']!r}")
    return ok


def check_bytes(c, name, data, exp):
    """The file's bytes against the encoding, form and line ending declared by
    its first entry; returns the decoded text (None if it does not decode)."""
    enc, form, eol = exp["encoding"], exp["unicode_form"], exp["eol"]
    try:
        text = decode(data, enc)
    except ValueError as e:
        c.true(False, name, str(e))
        return None
    c.true(True, name, "")
    if enc in ("windows-1252", "iso-8859-1"):
        try:
            utf8 = any(b >= 0x80 for b in data) and data.decode("utf-8")
        except UnicodeDecodeError:
            utf8 = False
        c.true(not utf8, name, f"{enc} declared, but the bytes are UTF-8 (re-saved?)")
    if enc == "windows-1252":
        c.true(any(0x80 <= b <= 0x9F for b in data), name,
               "windows-1252 with no byte of 0x80-0x9F: say iso-8859-1")
    if enc == "iso-8859-1":
        c.true(any(b >= 0xA0 for b in data) and not any(0x80 <= b <= 0x9F for b in data), name,
               "iso-8859-1 needs a byte of 0xA0-0xFF and none of 0x80-0x9F")
    nfc = unicodedata.normalize("NFC", text)
    if form == "NFD":
        c.true(nfc != text, name, "NFD, but nothing is decomposed")
    else:
        c.true(nfc == text, name, "NFC declared, but the text is not NFC")
    raw = data.decode(CODECS[enc], "replace")
    crlf, lf = raw.count("\r\n"), raw.count("\n")
    if eol == "CRLF":
        c.true(crlf and crlf == lf, name, f"CRLF declared, but {lf - crlf} lines end in LF alone")
    else:
        c.true(crlf == 0, name, f"LF declared, but {crlf} lines end in CRLF")
    return nfc


def found(part, low, flat):
    p = part.casefold()
    return p in low or p in flat


def check_text(c, key, md, exp):
    """Every fact quoted from the entry occurs in its text."""
    t = plain(md)
    low = t.casefold()
    flat = re.sub(r"\s+", " ", low)
    digits = re.sub(r"\D", "", t)
    # E-mails as the directory hides them: "x (at) y", "x [at] y [dot] fr", "x @ y".
    mail = re.sub(r"\s*([\[(](at|arobase|@)[\])]|/at/)\s*", "@", low)
    mail = re.sub(r"\s*[\[(]dot[\])]\s*", ".", mail)
    mail = re.sub(r"\s*@\s*", "@", mail)
    # "x@orange. fr": a space typed after the domain's last dot
    mail = re.sub(r"(@[\w.-]+)\. ([a-z]{2,4})\b", r"\1.\2", mail)
    c.true(found(exp["org_name"], exp["title"].casefold(), ""), key,
           f"org_name {exp['org_name']!r} not a part of the title")
    heading = plain(md.split("\n", 1)[0][2:]).casefold()
    c.true(found(exp["org_name"], heading, re.sub(r"\s+", " ", heading)), key,
           f"org_name {exp['org_name']!r} not in the heading")
    for p in exp["phones"] + [q for per in exp["people"] for q in per["phones"]]:
        # the subscriber's last digits: national numbers may be short
        # (Luxembourg "27 800-1"), their country code is rarely written
        c.true(p["e164"][-6:] in digits, key, f"phone {p['e164']} not in the text")
    for e in exp["emails"] + [x for per in exp["people"] for x in per["emails"]]:
        c.true(e.casefold() in mail, key, f"e-mail {e} not in the text")
    for u in exp["urls"] + ([exp["source"]] if exp["source"] else []):
        core = re.sub(r"^https?://", "", u).rstrip("/")
        c.true(core.casefold() in low, key, f"web address {u} not in the text")
        c.true("](#)" not in u, key, f"dead link {u} among the web addresses")
    for per in exp["people"]:
        if per["prefix"]:
            c.true(re.search(PREFIX_TEXT[per["prefix"]], low), key,
                   f"civility {per['prefix']!r} not in the text")
        for part in (per["given"], per["family"], per["title"]):
            if part:
                c.true(found(part, low, flat), key, f"person's {part!r} not in the text")
    a = exp["address"]
    if a is not None:
        for part in a["lines"] + [a["locality"], a.get("region")]:
            if part:
                c.true(found(part, low, flat), key, f"address part {part!r} not in the text")
        # a postcode may be written with a space ("14 200")
        if a["postcode"]:
            c.true(a["postcode"] in (digits if a["postcode"].isdigit() else t), key,
                   f"postcode {a['postcode']!r} not in the text")
        country = a["country"]
        # an entry transcribed from a real page may take its country from
        # the page (a Belgian commune's site) rather than from its text
        c.true(country == "France" or found(country, low, flat) or "source_url" in exp or
               IMPLIED.get(country, "\0") + (a["postcode"] or "") in low, key,
               f"country {country!r} neither in the text nor implied by the postcode")
    for k in exp["keywords"]:
        c.true(found(k, low, flat), key, f"keyword {k!r} not in the text")
    for cl in exp["closures"]:
        c.true(found(cl, low, flat), key, f"closure {cl!r} not in the text")


def check_set(folder):
    """Check a set's expected.json against its input files; returns the Checks."""
    c = Checks()
    expected = load_expected(folder)
    names = inputs(folder)
    by_file = {}
    for key in expected:
        by_file.setdefault(file_of(key), []).append(key)
    for name in names:
        c.true(name in by_file, name, "an input file with no entry in expected.json")
    for name, keys in sorted(by_file.items()):
        if not c.true(name in names, name, "in expected.json, but no such input file"):
            continue
        good = {k for k in sorted(keys) if check_schema(c, k, expected[k])}
        want = [f"{name}#{i}" for i in range(len(keys))]
        if not c.true(sorted(keys) == sorted(want), name,
                      f"keys {sorted(keys)}: want {name}#0 .. {name}#{len(keys) - 1}"):
            continue
        if not good:
            continue
        first = expected[next(k for k in want if k in good)]
        for k in sorted(good):
            e = expected[k]
            c.true((e["encoding"], e["unicode_form"], e["eol"]) ==
                   (first["encoding"], first["unicode_form"], first["eol"]), k,
                   "encoding, unicode_form and eol differ from the file's other entries")
        with open(os.path.join(folder, name), "rb") as f:
            text = check_bytes(c, name, f.read(), first)
        if text is None:
            continue
        chunks = entries_of(text)
        if not c.true(len(chunks) == len(keys), name,
                      f"{len(chunks)} entries (\"# \" headings), {len(keys)} in expected.json"):
            continue
        for key, md in zip(want, chunks):
            if key in good:
                check_text(c, key, md, expected[key])
    return c

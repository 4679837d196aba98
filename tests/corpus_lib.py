"""Shared machinery of tests/corpus2/make_corpus.py and tests/corpus3/make_corpus.py:
the entry and fact builders (F, E, H, PH, P, A), the rendering of each file in its
encoding, and the consistency checks between text and facts. A corpus script
defines its entries with F() and E() and calls main(its own folder).
"""
import html
import json
import os
import re
import sys
import unicodedata

HERE = None
OUT_DIR = None
EXPECTED = None

DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
KINDS = {"voice", "fax", "cell", "tollfree"}

DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
KINDS = {"voice", "fax", "cell", "tollfree"}


def days(spec):
    out = []
    for part in spec.split(","):
        if "-" in part:
            a, b = part.split("-")
            out += DAYS[DAYS.index(a):DAYS.index(b) + 1]
        else:
            assert part in DAYS, part
            out.append(part)
    return out


def H(spec, start, end, appt=False):
    d = {"days": days(spec), "start": start, "end": end}
    if appt:
        d["appointment"] = True
    return d


def PH(s):
    num, kind = s.split()
    assert re.fullmatch(r"\+\d{8,15}", num), num
    assert kind in KINDS, kind
    return {"e164": num, "kind": kind}


def P(given, family, title="", prefix="", phones=(), emails=()):
    return {"prefix": prefix, "given": given, "family": family, "title": title,
            "phones": [PH(x) for x in phones], "emails": list(emails)}


def A(lines, postcode, locality, country="France", region=None):
    d = {"lines": list(lines), "postcode": postcode, "locality": locality,
         "country": country}
    if region:
        d["region"] = region
    return d


FILES = {}
ORDER = []
CUR = [None]


def F(name, enc="utf-8", eol="LF", nfd=False, lead="", trail="\n", sep="\n\n"):
    assert enc in ("utf-8", "utf-8-bom", "utf-16le-bom", "windows-1252", "iso-8859-1")
    FILES[name] = dict(enc=enc, eol=eol, nfd=nfd, lead=lead, trail=trail, sep=sep,
                       entries=[])
    ORDER.append(name)
    CUR[0] = name


MD_ESC = re.compile(r"\\([!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])")


def md_text(s):
    """Markdown backslash escapes removed, HTML entities decoded, NFC."""
    return unicodedata.normalize("NFC", html.unescape(MD_ESC.sub(r"\1", s))).strip()


def E(md, *, org, phones=(), emails=(), urls=(), address=None, people=(), appt=False,
      hours=(), closures=(), updated=None, source=None, keywords=(), title=None):
    md = md.strip("\n")
    first = md.split("\n", 1)[0]
    assert first.startswith("# "), first
    f = FILES[CUR[0]]
    exp = {
        "encoding": f["enc"],
        "unicode_form": "NFD" if f["nfd"] else "NFC",
        "eol": f["eol"],
        "org_name": org,
        "title": title if title is not None else md_text(first[2:]),
        "phones": [PH(x) for x in phones],
        "emails": list(emails),
        "urls": list(urls),
        "address": address,
        "people": list(people),
        "appointment_only": appt,
        "hours": list(hours),
        "closures": list(closures),
        "updated": updated,
        "source": source,
        "keywords": list(keywords),
    }
    f["entries"].append((md, exp))

# ---------------------------------------------------------------------------
# Rendering, checks, output


def render(f):
    body = f["sep"].join(md for md, _ in f["entries"])
    text = f["lead"] + body + f["trail"]
    text = text.replace("$$\n", "  \n")
    if text.endswith("$$"):
        text = text[:-2] + "  "
    assert "$$" not in text
    if f["nfd"]:
        text = unicodedata.normalize("NFD", text)
    if f["eol"] == "CRLF":
        text = text.replace("\n", "\r\n")
    enc = f["enc"]
    if enc == "utf-8":
        data = text.encode("utf-8")
    elif enc == "utf-8-bom":
        data = b"\xef\xbb\xbf" + text.encode("utf-8")
    elif enc == "utf-16le-bom":
        data = b"\xff\xfe" + text.encode("utf-16-le")
    elif enc == "windows-1252":
        data = text.encode("cp1252")
    elif enc == "iso-8859-1":
        data = text.encode("latin-1")
    return text, data


def decode_file(data, enc):
    if enc == "utf-16le-bom":
        assert data[:2] == b"\xff\xfe"
        return data[2:].decode("utf-16-le")
    if enc == "utf-8-bom":
        assert data[:3] == b"\xef\xbb\xbf"
        return data[3:].decode("utf-8")
    return data.decode({"utf-8": "utf-8", "windows-1252": "cp1252",
                        "iso-8859-1": "latin-1"}[enc])


def plain(md):
    """Text form of an entry used by the fact checks."""
    t = html.unescape(MD_ESC.sub(r"\1", md))
    t = t.replace(" (at) ", "@").replace("[at]", "@")
    return unicodedata.normalize("NFC", t)


def check_entry(key, md, exp, problems):
    def bad(msg):
        problems.append(f"{key}: {msg}")
    n = md.count("\n") + 1
    if not 30 <= n <= 80:
        bad(f"{n} lines (want 30-80)")
    t = plain(md)
    low = t.casefold()
    digits = re.sub(r"\D", "", t)
    for p in exp["phones"] + [q for per in exp["people"] for q in per["phones"]]:
        if p["e164"][-8:] not in digits:
            bad(f"phone {p['e164']} not in text")
    for e in exp["emails"] + [x for per in exp["people"] for x in per["emails"]]:
        if e.casefold() not in low:
            bad(f"email {e} not in text")
    for u in exp["urls"] + ([exp["source"]] if exp["source"] else []):
        core = re.sub(r"^https?://", "", u).rstrip("/")
        if core.casefold() not in low:
            bad(f"url {u} not in text")
    for per in exp["people"]:
        prefix = {"M.": "(m.|monsieur)", "Mme": "(mme|madame)"}.get(
            per["prefix"], re.escape(per["prefix"].casefold()))
        if per["prefix"] and not re.search(prefix, low):
            bad(f"prefix {per['prefix']!r} not in text")
        for part in (per["given"], per["family"], per["title"]):
            if part and part.casefold() not in low:
                bad(f"person part {part!r} not in text")
    a = exp["address"]
    for part in a["lines"] + [a["postcode"], a["locality"], a["country"]] + (
            [a["region"]] if "region" in a else []):
        implied = {"Belgique": "b-", "Suisse": "ch-", "Luxembourg": "l-"}
        if part in implied and implied[part] + a["postcode"] in low:
            continue
        if part.casefold() not in low and part not in ("France",):
            bad(f"address part {part!r} not in text")
    if exp["org_name"].casefold() not in exp["title"].casefold():
        bad("org_name not a part of the title")
    for k in exp["keywords"]:
        if k.casefold() not in low:
            bad(f"keyword {k!r} not in text")
    for c in exp["closures"]:
        if c.casefold() not in low:
            bad(f"closure {c!r} not in text")
    for h in exp["hours"]:
        assert re.fullmatch(r"\d\d:\d\d", h["start"]) and re.fullmatch(r"\d\d:\d\d", h["end"])
        assert h["start"] < h["end"]
    if exp["appointment_only"] and exp["hours"]:
        bad("appointment_only with hours")
    assert re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", exp["updated"]), exp["updated"]
    if "](#)" in "".join(exp["urls"]):
        bad("dead link in urls")


def check_file(name, f, text, data, problems):
    enc = f["enc"]
    nfc = unicodedata.normalize("NFC", decode_file(data, enc).replace("\r\n", "\n"))
    src = unicodedata.normalize("NFC", text.replace("\r\n", "\n"))
    if nfc != src:
        problems.append(f"{name}: round trip differs")
    if enc == "windows-1252" and not any(0x80 <= b <= 0x9F for b in data):
        problems.append(f"{name}: no Windows-1252-only byte")
    if enc == "iso-8859-1" and not any(b >= 0xA0 for b in data):
        problems.append(f"{name}: no Latin-1 byte")
    if enc in ("windows-1252", "iso-8859-1") and any(ord(c) > 0xFFFF for c in text):
        problems.append(f"{name}: astral char in 8-bit file")
    if f["nfd"] and unicodedata.normalize("NFC", text) == text:
        problems.append(f"{name}: NFD file has nothing decomposed")
    if ("\r\n" in text) != (f["eol"] == "CRLF"):
        problems.append(f"{name}: line ending mismatch")
    if os.path.dirname(HERE) in text:
        problems.append(f"{name}: absolute path in text")



def main(here):
    global HERE, OUT_DIR, EXPECTED
    HERE = OUT_DIR = here
    EXPECTED = os.path.join(here, "expected.json")
    os.makedirs(OUT_DIR, exist_ok=True)
    expected = {}
    problems = []
    texts = []
    for name in ORDER:
        f = FILES[name]
        text, data = render(f)
        check_file(name, f, text, data, problems)
        texts.append(text)
        with open(os.path.join(OUT_DIR, name), "wb") as fh:
            fh.write(data)
        for i, (md, exp) in enumerate(f["entries"]):
            key = f"{name}#{i}"
            check_entry(key, md, exp, problems)
            expected[key] = exp
    for stale in sorted({n for n in os.listdir(OUT_DIR) if n.endswith(".md")} - set(ORDER) - {"README.md"}):
        problems.append(f"stale file in entries/: {stale}")
    with open(EXPECTED, "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    encs = {}
    for name in ORDER:
        f = FILES[name]
        tag = f["enc"] + ("+NFD" if f["nfd"] else "") + ("+CRLF" if f["eol"] == "CRLF" else "")
        encs.setdefault(tag, []).append(name)
    for tag, names in sorted(encs.items()):
        print(f"{tag:24} {len(names):2}  {' '.join(names)}")
    print(f"{len(ORDER)} files, {len(expected)} entries")
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)

# ---------------------------------------------------------------------------
# Shared by corpus4 and later: lenient checks, headings and the prose tail.

_LONG = {"Dr": "docteur", "Pr": "professeur"}
_strict_check_entry = check_entry


def _check_long_forms(key, md, exp, problems):
    """check_entry, but "Docteur"/"Professeur" stand for Dr/Pr and "x @ y.fr",
    "x (arobase) y.fr" for the e-mail as normalised."""
    mine = []
    _strict_check_entry(key, md, exp, mine)
    low = plain(md).casefold()
    for p in mine:
        m = re.search(r"prefix '([^']*)' not in text", p)
        if m and _LONG.get(m.group(1), "\0") in low:
            continue
        m = re.search(r"email (\S+) not in text", p)
        if m and any(m.group(1).replace("@", at).casefold() in low
                     for at in (" @ ", " (arobase) ")):
            continue
        problems.append(p)


def accept_long_forms():
    """Make the checks accept the long civilities and spaced e-mails."""
    global check_entry
    check_entry = _check_long_forms


def heading(style, text, colon=True):
    """A "## " heading in one of the directory's styles."""
    if style == "bold":
        return "## **" + text + (" :" if colon else "") + "**"
    if style == "plain":
        return "## " + text
    plain = unicodedata.normalize("NFD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return "## " + plain.upper()


def prose_tail(style, nature, public, missions, items, maj, source, kw):
    """The prose tail: status, public, missions (with bullets), then the update line,
    the source line and the keywords line, each written in full by the caller."""
    out = [heading(style, "Nature et statut de l'organisme"), "", nature, "",
           heading(style, "Public visé", colon=False), "", public, "",
           heading(style, "Objectifs et activités de l'organisme"), "", missions, ""]
    if items:
        out += ["- " + i for i in items] + [""]
    out += [maj, "", source, "", kw]
    return "\n".join(out)

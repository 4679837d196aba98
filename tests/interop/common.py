"""Shared part of the interoperability suite (tests/interop/*.py).

It runs the real program on every sample input (examples/*.md,
tests/corpus/sample/s*.md) in every output form (vCard 2.1 UTF-8, 2.1 WINDOWS-1252,
3.0, 4.0; .ics with weekly events and journal, .ics with availability and todo), and
compares what a parser read back with the model the program extracted (--dump json)
and with a few facts written by hand.

Each parser family turns what it read into the same plain "reading" (dicts, below), so
that one comparison serves them all:

card:  {"version", "fn", "n": [5 str] | None, "org": [str] | None, "title", "kind",
        "tel": [{"value", "types": [lower str]}],
        "adr": [{"value": [7 items, each str or [str]], "types": [lower str]}],
        "email": [str], "url": [str], "note"}
ics:   {"components": [comp], "timezones": [tzid]}
comp:  {"type", "uid", "summary", "description", "location", "status", "transp",
        "dtstart": {"value": "YYYYMMDD[THHMMSS[Z]]", "tzid": str | None} | None,
        "dtend": same, "rrule": {"freq", "byday": [str]} | None, "sub": [comp]}
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.environ.get("top_srcdir") or os.path.dirname(os.path.dirname(HERE))
BUILD = os.environ.get("top_builddir") or TOP
PROG = os.environ.get("FICHE2VCARD") or os.path.join(BUILD, "fiche2vcard")
PYTHON3 = os.environ.get("PYTHON3") or "/usr/bin/python3"

# The vCard forms, as (key, program options, charset of the file's bytes).
VCARD_FORMS = [
    ("2.1", ["-V", "2.1"], "utf-8"),
    ("2.1-cp1252", ["-V", "2.1", "-t", "WINDOWS-1252"], "cp1252"),
    ("3.0", ["-V", "3.0"], "utf-8"),
    ("4.0", ["-V", "4.0"], "utf-8"),
]
# The calendar styles, as (key, program options).
ICS_FORMS = [
    ("ics-events", ["--hours-as", "events", "--note-as", "journal"]),
    ("ics-availability", ["--hours-as", "availability", "--note-as", "todo"]),
]

# Facts written by hand (independent of the program's own model), by input file name.
HAND_FACTS = {
    "groupe-pompidou.md": {
        "org": {"fn": "Groupe Pompidou", "tel_e164": "+33388412987",
                "tel_display": "+33 3 88 41 29 87", "fax_e164": "+33388412785",
                "locality": "STRASBOURG CEDEX", "postcode": "67075",
                "street": "Palais de l'Europe\nAvenue de l'Europe",
                "email": "pompidou.group@coe.int",
                "note_has": "Ce Département est rattaché à la Direction Générale III "
                            "\"Cohésion sociale\" du Conseil de l'Europe."},
        "people": [{"family": "Huber", "given": "Denis", "fn": "Denis Huber",
                    "title": "Secrétaire Exécutif"}],
        "appointment_sentence": "Accueil du public uniquement sur rendez-vous.",
    },
}


class Results:
    """Counts checks; prints failures and the final "N passed, N failed" line."""

    def __init__(self, name):
        self.name = name
        self.passed = 0
        self.failed = 0

    def ok(self, where, what, cond, detail=""):
        if cond:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL [{self.name}] {where}: {what}{': ' + detail if detail else ''}",
                  flush=True)
        return cond

    def eq(self, where, what, got, want):
        return self.ok(where, what, got == want, f"got {got!r}, want {want!r}")

    def finish(self):
        print(f"{self.passed} passed, {self.failed} failed", flush=True)
        sys.exit(0 if self.failed == 0 and self.passed > 0 else 1)


def nfc(s):
    return unicodedata.normalize("NFC", s or "")


def inputs():
    """The sample inputs: examples/*.md then tests/corpus/sample/s*.md, sorted."""
    out = []
    for d, pat in (("examples", re.compile(r".*\.md$")),
                   (os.path.join("tests", "corpus", "sample"), re.compile(r"s.*\.md$"))):
        p = os.path.join(TOP, d)
        out += [os.path.join(p, f) for f in sorted(os.listdir(p)) if pat.match(f)]
    return out


def run_prog(res, args, where):
    env = dict(os.environ)
    env.setdefault("SOURCE_DATE_EPOCH", "1700000000")
    p = subprocess.run([PROG] + args, capture_output=True, env=env, timeout=120)
    res.eq(where, "exit status of fiche2vcard " + " ".join(args[:-1]), p.returncode, 0)
    if p.returncode != 0:
        sys.stdout.write(p.stderr.decode("utf-8", "replace")[-2000:])
    return p


def produce(res, tmp):
    """Run the program on every input in every form; return one case per input:
    {"name", "path", "entries" (the --dump json model), "files": {form: path|None}}."""
    if not res.ok("setup", "program exists: " + PROG, os.access(PROG, os.X_OK)):
        res.finish()
    cases = []
    for path in inputs():
        name = os.path.basename(path)
        stem = name.rsplit(".", 1)[0]
        dump = run_prog(res, ["-q", "--dump", "json", path], name)
        entries = [json.loads(l) for l in dump.stdout.decode("utf-8").splitlines()
                   if l.strip()]
        files = {}
        for key, opts, _ in VCARD_FORMS:
            out = os.path.join(tmp, f"{stem}.{key}.vcf")
            run_prog(res, ["-q"] + opts + ["--vcf", out, path], f"{name} {key}")
            files[key] = out if os.path.exists(out) else None
            res.ok(name, f"{key} .vcf written", files[key] is not None)
        for key, opts in ICS_FORMS:
            out = os.path.join(tmp, f"{stem}.{key}.ics")
            run_prog(res, ["-q"] + opts + ["--vcf", os.path.join(tmp, "x.vcf"),
                                           "--ics", out, path], f"{name} {key}")
            files[key] = out if os.path.exists(out) else None
            want = any(e.get("hours") or e.get("appointment_only") for e in entries)
            res.eq(name, f"{key} written iff some entry has opening information",
                   files[key] is not None, want)
        cases.append({"name": name, "path": path, "entries": entries, "files": files})
    return cases


def form_charset(key):
    for k, _, cs in VCARD_FORMS:
        if k == key:
            return cs
    return "utf-8"


# ---------------------------------------------------------------- splitting

def _logical_blocks(text, begin):
    """Cut text (str) into raw blocks BEGIN:<begin> .. END:<begin> (lines kept as is)."""
    blocks, cur, depth = [], None, 0
    for line in text.splitlines(keepends=True):
        u = line.rstrip("\r\n").upper()
        if u == "BEGIN:" + begin:
            if depth == 0:
                cur = []
            depth += 1
        if cur is not None:
            cur.append(line)
        if u == "END:" + begin:
            depth -= 1
            if depth == 0:
                blocks.append("".join(cur))
                cur = None
    return blocks


def split_vcards(text):
    """One string per vCard of a multi-card file."""
    return _logical_blocks(text, "VCARD")


def _unfold(lines):
    out = []
    for l in lines:
        if l[:1] in (" ", "\t") and out:
            out[-1] += l[1:]
        else:
            out.append(l)
    return out


def split_ics_by_uid(text):
    """Split one VCALENDAR into VCALENDARs holding the components of one UID each,
    every VTIMEZONE kept in each (what CalDAV requires of a resource).
    Returns [(uid, text)]."""
    lines = text.replace("\r\n", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    head, tzs, comps = [], [], []
    depth, cur = 0, None
    for l in lines:
        u = l.upper()
        if u.startswith("BEGIN:"):
            depth += 1
            if depth == 2:
                cur = []
        if depth >= 2:
            cur.append(l)
        elif u not in ("BEGIN:VCALENDAR", "END:VCALENDAR"):
            head.append(l)
        if u.startswith("END:"):
            depth -= 1
            if depth == 1:
                (tzs if cur[0].upper() == "BEGIN:VTIMEZONE" else comps).append(cur)
                cur = None
    byuid = {}
    order = []
    for c in comps:
        uid = None
        d = 0
        for l in _unfold(c):
            if l.upper().startswith("BEGIN:"):
                d += 1
            elif l.upper().startswith("END:"):
                d -= 1
            elif d == 1 and l.upper().startswith("UID:"):
                uid = l[4:]
        if uid not in byuid:
            byuid[uid] = []
            order.append(uid)
        byuid[uid] += c
    out = []
    for uid in order:
        body = ["BEGIN:VCALENDAR"] + head + sum(tzs, []) + byuid[uid] + ["END:VCALENDAR"]
        out.append((uid, "\r\n".join(body) + "\r\n"))
    return out


# ---------------------------------------------------------------- comparison

def _e164(value):
    v = value.strip()
    if v.lower().startswith("tel:"):
        v = v[4:]
    return "+" + re.sub(r"[^0-9]", "", v) if v.startswith("+") else re.sub(r"[^0-9+]", "", v)


def _kind(types):
    t = [x.lower() for x in types]
    if "fax" in t:
        return "fax"
    if "cell" in t:
        return "cell"
    return "voice"


def _text(v, lenient):
    """A text value as read: a list is a comma-split value (only tolerated when lenient)."""
    if isinstance(v, list):
        if lenient:
            v = ",".join(_text(x, lenient) for x in v)
        elif len(v) == 1:
            v = v[0]
        else:
            return v
    if v is None:
        return None
    return nfc(v).replace("\r\n", "\n")


def _expect_text(want, charset):
    """What a reader can get back of want in a file of that charset (None: not exact)."""
    want = nfc(want)
    if charset == "cp1252":
        try:
            want.encode("cp1252")
        except UnicodeEncodeError:
            return None
    return want


def _teq(res, where, what, got, want, charset):
    w = _expect_text(want, charset)
    if w is None:
        return res.ok(where, what + " (transliterated)", bool(got))
    return res.eq(where, what, got, w)


def check_cards(res, where, cards, entries, key, lenient=False, hand=None):
    """Compare the cards read from one file (key = form) with the model's entries.
    lenient: the reader applies vCard 3.0 comma rules to 2.1 text (see README)."""
    charset = form_charset(key)
    version = key.split("-")[0]
    want_n = sum(1 + len(e.get("people", [])) for e in entries)
    res.eq(where, "number of cards", len(cards), want_n)
    it = iter(cards)
    for ei, e in enumerate(entries):
        org_card = next(it, None)
        w = f"{where} entry {ei} org card"
        if not res.ok(w, "card present", org_card is not None):
            return
        check_org_card(res, w, org_card, e, version, charset, lenient)
        for pi, p in enumerate(e.get("people", [])):
            pc = next(it, None)
            pw = f"{where} entry {ei} person {pi}"
            if not res.ok(pw, "card present", pc is not None):
                return
            check_person_card(res, pw, pc, p, e, version, charset, lenient)
    if hand and entries:
        check_hand_facts(res, where, cards, hand, version, lenient)


def _tels(card):
    return sorted((_e164(t["value"]), _kind(t["types"])) for t in card.get("tel", []))


def _want_tels(phones):
    return sorted((p["e164"], "voice" if p["kind"] == "tollfree" else p["kind"])
                  for p in phones)


def check_org_card(res, w, c, e, version, charset, lenient):
    res.eq(w, "VERSION", c.get("version"), version)
    org = e["org_name"]
    if not (lenient and "," in org):
        _teq(res, w, "FN", _text(c.get("fn"), lenient), org, charset)
    orgv = c.get("org") or [None]
    _teq(res, w, "ORG", _text(orgv[0], lenient), org, charset)
    if version == "4.0":
        res.eq(w, "KIND", (c.get("kind") or "").lower(), "org")
    elif c.get("n") is not None:
        res.eq(w, "N empty", [_text(x, lenient) or "" for x in c["n"]], [""] * 5)
    res.eq(w, "TEL (e164, kind)", _tels(c), _want_tels(e.get("phones", [])))
    res.eq(w, "EMAIL", sorted(x.lower() for x in c.get("email", [])),
           sorted(x.lower() for x in e.get("emails", [])))
    norm = lambda u: re.sub(r"^https?://", "", u.strip()).rstrip("/")
    res.eq(w, "URL", sorted(norm(u) for u in c.get("url", [])),
           sorted(norm(u) for u in e.get("urls", [])))
    a = e.get("address") or {}
    if a.get("postcode") or a.get("locality") or a.get("lines"):
        if res.eq(w, "number of ADR", len(c.get("adr", [])), 1):
            v = [_text(x, lenient) for x in c["adr"][0]["value"]]
            v += [""] * (7 - len(v))
            _teq(res, w, "ADR street", v[2], "\n".join(a.get("lines", [])), charset)
            _teq(res, w, "ADR locality", v[3], a.get("locality", ""), charset)
            _teq(res, w, "ADR region", v[4], a.get("region", ""), charset)
            res.eq(w, "ADR postcode", v[5], a.get("postcode", ""))
            _teq(res, w, "ADR country", v[6], a.get("country", ""), charset)
    note = _text(c.get("note"), lenient) or ""
    for n in e.get("notes", []):
        t = _expect_text(n["text"], charset)
        if t is not None and not lenient:
            res.ok(w, "NOTE holds the section " + repr(n["heading"]), t in note,
                   f"{t[:60]!r}... not in NOTE {note[:60]!r}...")


def check_person_card(res, w, c, p, e, version, charset, lenient):
    res.eq(w, "VERSION", c.get("version"), version)
    n = [_text(x, lenient) or "" for x in (c.get("n") or [""] * 5)]
    n += [""] * (5 - len(n))
    fam = _expect_text(p["family"], charset)
    if fam is not None:
        res.eq(w, "N family (case-insensitive)", n[0].casefold(), fam.casefold())
    _teq(res, w, "N given", n[1], p["given"], charset)
    _teq(res, w, "N prefix", n[3], p.get("prefix", ""), charset)
    fn = _text(c.get("fn"), lenient) or ""
    res.ok(w, "FN holds the given name", _expect_text(p["given"], charset) is None
           or _expect_text(p["given"], charset) in fn, repr(fn))
    if p.get("title"):
        _teq(res, w, "TITLE", _text(c.get("title"), lenient), p["title"], charset)
    if not (lenient and "," in e["org_name"]):
        _teq(res, w, "ORG", _text((c.get("org") or [None])[0], lenient), e["org_name"],
             charset)
    res.eq(w, "TEL (e164, kind)", _tels(c), _want_tels(p.get("phones", [])))
    res.eq(w, "EMAIL", sorted(x.lower() for x in c.get("email", [])),
           sorted(x.lower() for x in p.get("emails", [])))


def check_hand_facts(res, where, cards, hand, version, lenient):
    """The facts of HAND_FACTS, read in the first entry's cards."""
    w = where + " hand-written facts"
    o = hand["org"]
    c = cards[0]
    res.eq(w, "FN", _text(c.get("fn"), lenient), o["fn"])
    tels = [t["value"] for t in c.get("tel", [])]
    res.ok(w, "TEL " + o["tel_e164"], o["tel_e164"] in [_e164(t) for t in tels], repr(tels))
    if version != "4.0":
        res.ok(w, "TEL written " + o["tel_display"], o["tel_display"] in tels, repr(tels))
    fax = [_e164(t["value"]) for t in c.get("tel", []) if _kind(t["types"]) == "fax"]
    res.eq(w, "fax", fax, [o["fax_e164"]])
    adr = c.get("adr") or [{"value": [""] * 7}]
    v = [_text(x, lenient) for x in adr[0]["value"]]
    res.eq(w, "ADR locality", v[3], o["locality"])
    res.eq(w, "ADR postcode", v[5], o["postcode"])
    res.eq(w, "ADR street", v[2], o["street"])
    res.eq(w, "EMAIL", c.get("email"), [o["email"]])
    if not lenient:
        res.ok(w, "NOTE accents and quotes", o["note_has"] in (_text(c.get("note"), False)
                                                                 or ""))
    for i, hp in enumerate(hand["people"]):
        pc = cards[1 + i] if len(cards) > 1 + i else {}
        n = [_text(x, lenient) for x in (pc.get("n") or [""] * 5)]
        res.eq(w, f"person {i} N family;given", n[:2], [hp["family"], hp["given"]])
        res.eq(w, f"person {i} FN", _text(pc.get("fn"), lenient), hp["fn"])
        res.eq(w, f"person {i} TITLE", _text(pc.get("title"), lenient), hp["title"])


def _hhmm(dt):
    v = dt["value"] if dt else ""
    return v[9:11] + ":" + v[11:13] if len(v) >= 13 else None


def _range(comp):
    """(days, start, end) of a recurring component."""
    s, e = comp.get("dtstart"), comp.get("dtend")
    start, end = _hhmm(s), _hhmm(e)
    if e and s and end == "00:00" and e["value"][:8] > s["value"][:8]:
        end = "24:00"
    days = sorted((comp.get("rrule") or {}).get("byday") or [])
    return (tuple(days), start, end)


DAY_ORDER = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def check_ics(res, where, reading, entries, key, hand=None):
    """Compare a calendar file read back with the model (key = ics style)."""
    comps = reading["components"]
    tzids = set(reading.get("timezones", []))
    style = "availability" if key == "ics-availability" else "events"
    used = set()
    for ei, e in enumerate(entries):
        w = f"{where} entry {ei}"
        org = nfc(e["org_name"])
        mine = [c for c in comps if org in nfc(c.get("summary"))]
        used.update(id(c) for c in mine)
        if e.get("appointment_only"):
            t = "VJOURNAL" if style == "events" else "VTODO"
            notes = [c for c in mine if c["type"] == t]
            if res.eq(w, f"one {t} for the appointment note", len(notes), 1):
                d = nfc(notes[0].get("description"))
                res.ok(w, f"{t} DESCRIPTION says rendez-vous", "rendez-vous" in d, repr(d))
                for m in e.get("emails", []):
                    res.ok(w, f"{t} DESCRIPTION holds {m}", m in d, repr(d))
                if hand:
                    res.ok(w, f"{t} DESCRIPTION sentence as written",
                           hand["appointment_sentence"] in d, repr(d))
        if e.get("hours"):
            want = sorted((tuple(sorted(h["days"], key=DAY_ORDER.index)), h["start"], h["end"])
                          for h in e["hours"])
            want = sorted((tuple(sorted(d)), s, en) for d, s, en in want)
            if style == "events":
                ev = [c for c in mine if c["type"] == "VEVENT"]
                res.eq(w, "weekly VEVENTs (days, start, end)", sorted(_range(c) for c in ev),
                       want)
                for c in ev:
                    res.eq(w, "VEVENT TRANSP", c.get("transp"), "TRANSPARENT")
                    res.eq(w, "VEVENT RRULE FREQ", (c.get("rrule") or {}).get("freq"),
                           "WEEKLY")
                    tz = (c.get("dtstart") or {}).get("tzid")
                    res.ok(w, "DTSTART TZID has its VTIMEZONE", tz in tzids,
                           f"{tz!r} not in {sorted(tzids)}")
            else:
                av = [c for c in mine if c["type"] == "VAVAILABILITY"]
                if res.eq(w, "one VAVAILABILITY", len(av), 1):
                    sub = [s for s in av[0].get("sub", []) if s["type"] == "AVAILABLE"]
                    res.eq(w, "AVAILABLE (days, start, end)", sorted(_range(s) for s in sub),
                           want)
                    for s in sub:
                        tz = (s.get("dtstart") or {}).get("tzid")
                        res.ok(w, "AVAILABLE TZID has its VTIMEZONE", tz in tzids,
                               f"{tz!r} not in {sorted(tzids)}")
        for c in mine:
            res.ok(w, f"{c['type']} has a UID", bool(c.get("uid")))
    stray = [c["type"] for c in comps if id(c) not in used]
    res.eq(where, "components that belong to no entry", stray, [])


# ---------------------------------------------------------------- helpers

def run_main(name, body):
    """Run body(res, tmp) with a fresh Results and temporary folder; an exception is a
    failure (never a silent pass); the folder is removed and the summary printed."""
    res = Results(name)
    tmp = tempdir(re.sub(r"[^a-z0-9]+", "", name.lower()))
    try:
        body(res, tmp)
    except Exception:  # a crash of the test itself must fail it
        import traceback
        res.ok("script", "runs to the end", False, traceback.format_exc()[-3000:])
    finally:
        cleanup(tmp)
    res.finish()


def tempdir(prefix):
    return tempfile.mkdtemp(prefix="fiche2vcard-" + prefix + "-")


def cleanup(path):
    shutil.rmtree(path, ignore_errors=True)


def read_text(path, charset):
    with open(path, "rb") as f:
        return f.read().decode(charset)

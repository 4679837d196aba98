#!/usr/bin/python3
"""Check the facts of one corpus set against what a user imports.

Usage: run.py [--listed TESTS] SET, where SET is a set's folder
(tests/corpus/NAME) or its expected.json. `make check` runs it once per set, on
the set's expected.json, with --listed naming all the sets it runs, so that a
set whose folder is not in that list fails instead of being left out.

First, lib.check_set() checks that expected.json agrees with the input files
(schema, declared bytes, quoted facts found in the text). Then each input file
of the set is converted by the real program; the .vcf is read back with Python
vobject, the .ics with Python icalendar, and the facts of expected.json are
compared with the rules of tests/corpus/README.md. Facts that a vCard cannot
carry exactly (the precision of "Mise à jour", the kind of a toll-free number,
closures) are read from --dump json. Prints one line per check that fails, the
count of each part and a summary "N passed, N failed"; exits 1 on any failure.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import unicodedata
import urllib.parse

import icalendar
import vobject

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
import lib  # noqa: E402  (tests/corpus/lib.py, beside this file)

TOP = os.environ.get("top_srcdir", os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))))
PROG = os.environ.get("FICHE2VCARD", os.path.join(TOP, "fiche2vcard"))

passed = 0
failed = 0


def check(key, what, got, want):
    global passed, failed
    if got == want:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {key} {what}: got {got!r}, want {want!r}")


def fold(s):
    return unicodedata.normalize("NFC", s or "").casefold().strip()


def url_key(u):
    # a URI value is ASCII: accents come back percent-encoded
    u = urllib.parse.unquote(u.strip())
    for p in ("https://", "http://"):
        if u.startswith(p):
            u = u[len(p):]
    return u.rstrip("/")


def e164(tel):
    v = tel.value
    if v.startswith("tel:"):
        v = v[4:]
    return "+" + "".join(ch for ch in v if ch.isdigit())


def run(args):
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
    p = subprocess.run([PROG, "-q"] + args, capture_output=True, env=env)
    return p


def cards_of(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(vobject.readComponents(f.read()))


def set_folder(arg):
    """The set's folder, from its folder or its expected.json."""
    if os.path.isdir(arg):
        return arg
    if os.path.basename(arg) == "expected.json" and os.path.isfile(arg):
        return os.path.dirname(arg) or "."
    sys.exit(f"run.py: {arg}: not a corpus set (a folder holding expected.json)")


def unlisted(corpus, listed):
    """Sets beside this one (folders holding an expected.json) that are not in
    the list of tests make check runs."""
    root = os.path.dirname(os.path.abspath(corpus))
    names = {os.path.basename(os.path.dirname(t)) for t in listed.split()}
    return sorted(d for d in os.listdir(root)
                  if os.path.isfile(os.path.join(root, d, "expected.json")) and d not in names)


def main():
    ap = argparse.ArgumentParser(description="Check the facts of one corpus set.")
    ap.add_argument("--listed", metavar="TESTS",
                    help="the sets' tests that make check runs (CORPUS_TESTS): "
                    "fail if a set's folder is not among them")
    ap.add_argument("set", help="tests/corpus/NAME or tests/corpus/NAME/expected.json")
    a = ap.parse_args()
    corpus = set_folder(a.set)
    missing = unlisted(corpus, a.listed) if a.listed is not None else []
    for name in missing:
        print(f"FAIL tests/corpus/{name}/ is a set, but make check does not run it: "
              f"add tests/corpus/{name}/expected.json to CORPUS_TESTS in Makefile.am")
    # expected.json against the inputs, then the facts against the outputs.
    consistent = lib.check_set(corpus)
    for p in consistent.problems:
        print(f"FAIL expected.json: {p}", flush=True)
    expected = lib.load_expected(corpus)
    files = sorted({lib.file_of(k) for k in expected})
    with tempfile.TemporaryDirectory(prefix="fiche-corpus-") as tmp:
        for fname in files:
            if os.path.isfile(os.path.join(corpus, fname)):
                check_file(corpus, fname, expected, tmp)
    bad = len(consistent.problems)
    print(f"expected.json against the inputs: {consistent.passed} passed, {bad} failed")
    print(f"facts read back from the outputs: {passed} passed, {failed} failed")
    print(f"{consistent.passed + passed} passed, {bad + failed + len(missing)} failed")
    if bad or missing:
        return 1
    floor = read_floor(corpus)
    if failed and floor is not None:
        # a set of real pages not all read yet: it guards what is read
        if passed < floor:
            print(f"FAIL {passed} facts read back, fewer than the {floor} of the set's "
                  f"floor file: a reading was lost")
            return 1
        print(f"{failed} facts still missed; {passed} read back, at least the "
              f"{floor} of the set's floor file")
        if passed > floor:
            print(f"(raise tests/corpus/{os.path.basename(corpus)}/floor to {passed})")
        return 0
    return 1 if failed else 0


def read_floor(corpus):
    """The number of facts a set of real pages must keep reading back (its
    `floor` file), or None for a set that must pass whole."""
    path = os.path.join(corpus, "floor")
    if not os.path.isfile(path):
        return None
    return int(open(path, encoding="utf-8").read().split()[0])


def check_file(corpus, fname, expected, tmp):
    """Convert one input file of the set and check the facts of its entries."""
    src = os.path.join(corpus, fname)
    vcf = os.path.join(tmp, fname + ".vcf")
    ics = os.path.join(tmp, fname + ".ics")
    p = run(["--vcf", vcf, "--ics", ics, src])
    check(fname, "exit status", p.returncode, 0)
    dump = run(["--dump", "json", src])
    models = [json.loads(l) for l in dump.stdout.decode("utf-8").splitlines()]
    cards = cards_of(vcf) if os.path.exists(vcf) else []
    cal = None
    if os.path.exists(ics):
        cal = icalendar.Calendar.from_ical(open(ics, "rb").read())
    entries = sorted(k for k in expected if k.startswith(fname + "#"))
    check(fname, "entries", len(models), len(entries))
    for key in entries:
        idx = int(key.split("#")[1])
        exp = expected[key]
        model = models[idx] if idx < len(models) else {}
        check_entry(key, exp, model, cards, cal)


def org_card(cards, name):
    for c in cards:
        kind = c.contents.get("x-abshowas") or c.contents.get("kind")
        if kind and fold(c.fn.value) == fold(name):
            return c
    return None


def check_entry(key, exp, model, cards, cal):
    card = org_card(cards, exp["org_name"])
    check(key, "organisation card", card is not None, True)
    if card is None:
        return
    check(key, "ORG", fold(card.org.value[0]), fold(exp["org_name"]))
    # Title: the name is FN, the rest of the title must be in NOTE.
    note = card.note.value if "note" in card.contents else ""
    rest = exp["title"][len(exp["org_name"]):].strip(" –—-")
    if rest:
        check(key, "title rest in NOTE", rest in note, True)
    tels = sorted(e164(t) for t in card.contents.get("tel", []))
    check(key, "TEL", tels, sorted(p["e164"] for p in exp["phones"]))
    kinds = sorted((p["e164"], p["kind"]) for p in model.get("phones", []))
    check(key, "phone kinds", kinds, sorted((p["e164"], p["kind"]) for p in exp["phones"]))
    emails = sorted(e.value.lower() for e in card.contents.get("email", []))
    check(key, "EMAIL", emails, sorted(exp["emails"]))
    urls = sorted(url_key(u.value) for u in card.contents.get("url", []))
    check(key, "URL", urls, sorted(url_key(u) for u in exp["urls"]))

    adr = card.contents.get("adr", [None])[0]
    ea = exp["address"]
    if adr is None:
        check(key, "ADR", None, ea)
    else:
        a = adr.value
        street = [l for l in (a.street if isinstance(a.street, list) else a.street.split("\n"))
                  if l]
        lines = [l for s in street for l in s.split("\n")]
        if a.box:
            lines = lines + ([a.box] if isinstance(a.box, str) else a.box)
        check(key, "ADR lines", sorted(lines), sorted(ea["lines"]))
        check(key, "ADR postcode", a.code or None, ea["postcode"])
        check(key, "ADR locality", fold(a.city) or None,
              fold(ea["locality"]) if ea["locality"] else None)
        check(key, "ADR country", a.country, ea["country"])
        check(key, "ADR region", a.region or None, ea.get("region"))

    # People: a card each, N family;given;;prefix, TITLE, own TEL/EMAIL.
    people_cards = [c for c in cards if "x-abshowas" not in c.contents and
                    ("kind" not in c.contents or c.kind.value == "individual")]
    org_people = [c for c in people_cards
                  if "org" in c.contents and fold(c.org.value[0]) == fold(exp["org_name"])]
    check(key, "person cards", len(org_people), len(exp["people"]))
    for i, ep in enumerate(exp["people"]):
        match = [c for c in org_people if fold(c.n.value.family) == fold(ep["family"])]
        check(key, f"person {i} card", len(match), 1)
        if len(match) != 1:
            continue
        c = match[0]
        check(key, f"person {i} given", c.n.value.given, ep["given"])
        check(key, f"person {i} family accents", fold(c.n.value.family), fold(ep["family"]))
        prefix = c.n.value.prefix or ""
        check(key, f"person {i} prefix", prefix, ep["prefix"])
        title = c.title.value if "title" in c.contents else ""
        check(key, f"person {i} title", title, ep["title"])
        check(key, f"person {i} TEL", sorted(e164(t) for t in c.contents.get("tel", [])),
              sorted(p["e164"] for p in ep["phones"]))
        check(key, f"person {i} EMAIL",
              sorted(e.value.lower() for e in c.contents.get("email", [])),
              sorted(ep["emails"]))

    # Calendar: appointment-only -> VJOURNAL; hours -> weekly VEVENTs.
    comps = []
    if cal is not None:
        org_summary = fold(exp["org_name"])
        for comp in cal.walk():
            if comp.name in ("VEVENT", "VJOURNAL", "VTODO") and \
                    org_summary in fold(str(comp.get("SUMMARY", ""))):
                comps.append(comp)
    journals = [c for c in comps if c.name == "VJOURNAL"]
    check(key, "VJOURNAL (appointment only)", len(journals) == 1, exp["appointment_only"])
    got_hours = []
    for c in comps:
        if c.name != "VEVENT":
            continue
        rr = c.get("RRULE")
        days = list(rr.get("BYDAY", [])) if rr else []
        st, en = c.decoded("DTSTART"), c.decoded("DTEND")
        end = en.strftime("%H:%M")
        if end == "00:00" and en.date() > st.date():
            end = "24:00"
        got_hours.append((tuple(sorted(days)), st.strftime("%H:%M"), end,
                          "rendez-vous" in str(c.get("SUMMARY", ""))))
    want_hours = [(tuple(sorted(h["days"])), h["start"], h["end"], bool(h.get("appointment")))
                  for h in exp["hours"]]
    check(key, "hours (VEVENT)", sorted(got_hours), sorted(want_hours))
    # The kind of each range (reception, telephone line, permanence), from the
    # model, where the set's facts say it.
    if any("kind" in h for h in exp["hours"]):
        got_kinds = sorted((tuple(sorted(h["days"])), h["start"], h["end"],
                            h.get("kind", "reception")) for h in model.get("hours", []))
        want_kinds = sorted((tuple(sorted(h["days"])), h["start"], h["end"],
                             h.get("kind", "reception")) for h in exp["hours"])
        check(key, "hours kinds", got_kinds, want_kinds)
    check(key, "closures", model.get("closures"), exp["closures"])
    check(key, "updated", model.get("updated"), exp["updated"])
    rev = card.rev.value if "rev" in card.contents else None
    if exp["updated"]:
        check(key, "REV", (rev or "")[:len("2021-06-01")].replace("-", "")[:len(
            exp["updated"].replace("-", ""))], exp["updated"].replace("-", ""))
    src = card.source.value if "source" in card.contents else None
    # a URI value is ASCII: accents come back percent-encoded, and the page
    # may have written them either way
    check(key, "SOURCE", urllib.parse.unquote(src) if src else None,
          urllib.parse.unquote(exp["source"]) if exp["source"] else None)
    cats = card.categories.value if "categories" in card.contents else []
    check(key, "CATEGORIES", cats, exp["keywords"])


if __name__ == "__main__":
    sys.exit(main())

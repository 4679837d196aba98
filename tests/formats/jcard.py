#!/usr/bin/python3
"""jCard (RFC 7095, --jcard): ical.js turns every jCard the program writes back
into vCard text, and that text carries the same facts as the vCard 4.0 file of
the same run: for every corpus set (examples/ and tests/corpus/*/), card by
card, every property with its parameters and value, both files read by Python
vobject. ical.js writes value types that are the default (VALUE=TEXT on
PRODID, VALUE=URI on UID) and leaves out VALUE=uri on TEL, where it is the
default: the VALUE parameter is not compared; REV is compared as its digits
(jCard's timestamps are in the extended form). Also: a set's file is one JSON
array of jCards, and an entry alone gives one jCard."""
import json
import os
import re
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fmtlib as common  # noqa: E402


def rfc6868(s):
    return re.sub(r"\^(.)", lambda m: {"n": "\n", "'": '"', "^": "^"}.get(m.group(1),
                                                                        m.group(0)), s)


def norm_value(name, v):
    if hasattr(v, "street") and hasattr(v, "code"):  # vobject Address
        return ("adr", v.box, v.extended, v.street, v.city, v.region, v.code, v.country)
    if hasattr(v, "family") and hasattr(v, "given"):  # vobject Name
        return ("n", v.family, v.given, v.additional, v.prefix, v.suffix)
    if isinstance(v, list):
        return tuple(norm_value(name, x) for x in v)
    if name == "REV":
        return re.sub(r"[^0-9Z]", "", v)
    return v


def norm_params(params):
    out = []
    for k, vs in sorted(params.items()):
        if k == "VALUE":
            continue
        vals = [x for v in vs for x in v.split(",")] if k == "TYPE" else vs
        vals = [rfc6868(x).lower() if k == "TYPE" else rfc6868(x) for x in vals]
        out.append((k, tuple(sorted(vals))))
    return tuple(out)


def facts(card):
    """Multiset of (name, params, value) of a vobject card."""
    return sorted(((l.name, norm_params(l.params), norm_value(l.name, l.value))
                   for l in card.lines()), key=repr)


def compare(res, where, want_cards, got_texts):
    import vobject
    if not res.eq(where, "number of cards", len(got_texts), len(want_cards)):
        return
    for i, (want, text) in enumerate(zip(want_cards, got_texts)):
        w = f"{where} card {i}"
        try:
            got = list(vobject.readComponents(text))
        except Exception as e:  # the text ical.js wrote must be readable
            res.ok(w, "vCard text from ical.js reads", False, repr(e))
            continue
        if not res.eq(w, "one card per jCard", len(got), 1):
            continue
        fw, fg = facts(want), facts(got[0])
        res.eq(w, "same properties as the .vcf", fg, fw)
        res.facts += len(fw)


def body(res, tmp):
    mod = common.npm_module(res, tmp, os.path.join("ical.js", "dist", "ical.js"))
    if mod is None:
        return
    res.facts = 0
    entries = 0
    jobs = []
    for name, files in common.sets():
        vcf = os.path.join(tmp, name + ".vcf")
        jc = os.path.join(tmp, name + ".jcard.json")
        common.run(res, name, ["-q", "-V", "4.0", "--vcf", vcf, "--jcard", jc] + files)
        if res.ok(name, "jCard file written", os.path.exists(jc)):
            jobs.append((name, vcf, jc))
    # One entry alone: the file is one jCard, not an array.
    one = os.path.join(tmp, "one.jcard.json")
    one_vcf = os.path.join(tmp, "one.vcf")
    solo = os.path.join(common.TOP, "tests", "corpus", "real", "ra01.md")
    common.run(res, "one entry", ["-q", "-V", "4.0", "--vcf", one_vcf, "--jcard", one, solo])
    jobs.append(("one entry", one_vcf, one))
    out = common.run_node(res, "ical.js", [os.path.join(common.HERE, "jcard_icaljs.mjs"), mod]
                          + [j[2] for j in jobs])
    if out is None:
        return
    readings = [json.loads(l) for l in out.splitlines() if l.strip()]
    res.eq("setup", "one reading per file", len(readings), len(jobs))
    for (name, vcf, jc), r in zip(jobs, readings):
        if not res.ok(name, "ical.js reads the jCard", "error" not in r, r.get("error", "")):
            continue
        want = common.read_vcards(vcf)
        res.eq(name, "file shape", r["shape"], "one" if len(want) == 1 else "many")
        compare(res, name, want, r["cards"])
        entries += sum(1 for c in want if common.is_org(c))
    print(f"jCard: {entries} entries, {res.facts} properties compared with the .vcf")


if __name__ == "__main__":
    common.run_main("jcard", body)

#!/usr/bin/python3
"""Interoperability: Python vobject reads every .vcf (2.1 UTF-8, 2.1 WINDOWS-1252, 3.0,
4.0) and Python icalendar every .ics (both styles) that the program writes for the
sample inputs; the fields read are compared with the model (common.py)."""
import os
import sys

sys.dont_write_bytecode = True  # never write into the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

import icalendar  # noqa: E402
import vobject  # noqa: E402


def _types(line):
    out = []
    for v in line.params.get("TYPE", []):
        out += [t.strip().strip('"').lower() for t in v.split(",")]
    out += [s.lower() for s in line.singletonparams]
    return out


def vobject_card(comp):
    """A vobject vCard -> the common reading."""
    def one(name):
        l = comp.contents.get(name)
        return l[0].value if l else None
    c = {"version": one("version"), "fn": one("fn"), "title": one("title"),
         "kind": one("kind"), "note": one("note")}
    n = comp.contents.get("n")
    if n:
        v = n[0].value
        c["n"] = [v.family, v.given, v.additional, v.prefix, v.suffix]
    else:
        c["n"] = None
    org = comp.contents.get("org")
    c["org"] = org[0].value if org else None
    if isinstance(c["org"], str):
        c["org"] = [c["org"]]
    c["tel"] = [{"value": l.value, "types": _types(l)} for l in comp.contents.get("tel", [])]
    c["adr"] = []
    for l in comp.contents.get("adr", []):
        a = l.value
        c["adr"].append({"value": [a.box, a.extended, a.street, a.city, a.region, a.code,
                                   a.country], "types": _types(l)})
    c["email"] = [l.value for l in comp.contents.get("email", [])]
    c["url"] = [l.value for l in comp.contents.get("url", [])]
    return c


def read_vcards(path, key):
    text = common.read_text(path, common.form_charset(key))
    # allowQP: vCard 2.1 quoted-printable soft line breaks (vobject's own option).
    return [vobject_card(c) for c in vobject.readComponents(text, allowQP=True)]


def _dt(comp, name):
    p = comp.get(name)
    if p is None:
        return None
    raw = p.to_ical().decode()
    tz = p.params.get("TZID")
    return {"value": raw, "tzid": str(tz) if tz else None}


def _rrule(comp):
    r = comp.get("RRULE")
    if r is None:
        return None
    return {"freq": (r.get("FREQ") or [None])[0], "byday": [str(d) for d in r.get("BYDAY", [])]}


def ical_comp(comp):
    s = lambda k: str(comp.get(k)) if comp.get(k) is not None else None
    return {"type": comp.name, "uid": s("UID"), "summary": s("SUMMARY"),
            "description": s("DESCRIPTION"), "location": s("LOCATION"),
            "status": s("STATUS"), "transp": s("TRANSP"), "dtstart": _dt(comp, "DTSTART"),
            "dtend": _dt(comp, "DTEND"), "rrule": _rrule(comp),
            "sub": [ical_comp(x) for x in comp.subcomponents]}


def read_ics(path):
    with open(path, "rb") as f:
        cal = icalendar.Calendar.from_ical(f.read())
    comps, tzs = [], []
    for x in cal.subcomponents:
        if x.name == "VTIMEZONE":
            tzs.append(str(x.get("TZID")))
        else:
            comps.append(ical_comp(x))
    return {"components": comps, "timezones": tzs}


def body(res, tmp):
    for case in common.produce(res, tmp):
        hand = common.HAND_FACTS.get(case["name"])
        for key, _, _ in common.VCARD_FORMS:
            path = case["files"].get(key)
            if not path:
                continue
            where = f"{case['name']} vCard {key} (vobject)"
            try:
                cards = read_vcards(path, key)
            except Exception as e:  # any parse error is a failure
                res.ok(where, "parses", False, repr(e))
                continue
            res.ok(where, "parses", True)
            # vobject applies vCard 3.0 comma rules to 2.1 text: README.
            common.check_cards(res, where, cards, case["entries"], key,
                               lenient=key.startswith("2.1"), hand=hand)
        for key, _ in common.ICS_FORMS:
            path = case["files"].get(key)
            if not path:
                continue
            where = f"{case['name']} {key} (icalendar)"
            try:
                reading = read_ics(path)
            except Exception as e:
                res.ok(where, "parses", False, repr(e))
                continue
            res.ok(where, "parses", True)
            common.check_ics(res, where, reading, case["entries"], key, hand=hand)


if __name__ == "__main__":
    common.run_main("vobject/icalendar", body)

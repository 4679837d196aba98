#!/usr/bin/python3
"""schema.org JSON-LD (--jsonld), for every corpus set (examples/ and
tests/corpus/*/), against the vCard 3.0 and iCalendar files of the same run:

- the document: one entry alone is an object with its @context, several are a
  @graph; every node's @type and every property exist in schema.org, and each
  property is defined on (a supertype of) a type of its node (SCHEMA below);
- the facts equal the vCard's (read by vobject): organisation by UID, name,
  address parts, telephone/faxNumber, email, url, keywords, description (the
  NOTE), each employee by UID with name, given/family name, prefix, jobTitle,
  telephone and email;
- the opening hours: the opening_hours library (OpenStreetMap's reference
  parser) reads every openingHours value without warning, and the open
  intervals of the reference week it gives are those of the calendar's weekly
  VEVENTs (read by Python icalendar) for the reception, appointment-only ranges
  ("sur rendez-vous") included; every openingHoursSpecification and ContactPoint
  hoursAvailable gives the same ranges as the VEVENTs of its kind; reception only
  by appointment is the PropertyValue appointment=only, and the calendar has its
  note.
"""
import datetime
import json
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fmtlib as common  # noqa: E402

# The schema.org terms the writer uses (schema.org 28.x, https://schema.org/<term>,
# "Used on these types" / the type's "More specific Types"): type -> supertypes,
# property -> the types it is defined on.
TYPES = {
    "Thing": [],
    "Organization": ["Thing"],                   # https://schema.org/Organization
    "Place": ["Thing"],                          # https://schema.org/Place
    "LocalBusiness": ["Organization", "Place"],  # https://schema.org/LocalBusiness
    "Person": ["Thing"],                         # https://schema.org/Person
    "Intangible": ["Thing"],
    "StructuredValue": ["Intangible"],
    "ContactPoint": ["StructuredValue"],         # https://schema.org/ContactPoint
    "PostalAddress": ["ContactPoint"],           # https://schema.org/PostalAddress
    "OpeningHoursSpecification": ["StructuredValue"],  # https://schema.org/OpeningHoursSpecification
    "PropertyValue": ["StructuredValue"],        # https://schema.org/PropertyValue
}
PROPERTIES = {
    "name": ["Thing"], "description": ["Thing"], "url": ["Thing"],
    "alternateName": ["Thing"], "mainEntityOfPage": ["Thing"],
    "address": ["Organization", "Person", "Place"],
    "telephone": ["Organization", "Person", "Place", "ContactPoint"],
    "faxNumber": ["Organization", "Person", "Place", "ContactPoint"],
    "email": ["Organization", "Person", "ContactPoint"],
    "keywords": ["Organization", "Place"],
    "employee": ["Organization"],
    "contactPoint": ["Organization", "Person", "Place"],
    "openingHoursSpecification": ["Place"],
    "openingHours": ["LocalBusiness"],
    "additionalProperty": ["Place"],
    "givenName": ["Person"], "familyName": ["Person"], "honorificPrefix": ["Person"],
    "jobTitle": ["Person"],
    "contactType": ["ContactPoint"], "hoursAvailable": ["ContactPoint"],
    "streetAddress": ["PostalAddress"], "postalCode": ["PostalAddress"],
    "addressLocality": ["PostalAddress"], "addressRegion": ["PostalAddress"],
    "addressCountry": ["PostalAddress"],
    "dayOfWeek": ["OpeningHoursSpecification"], "opens": ["OpeningHoursSpecification"],
    "closes": ["OpeningHoursSpecification"],
    "propertyID": ["PropertyValue"], "value": ["PropertyValue"],
}
# https://schema.org/DayOfWeek: its members.
DAYS = ["https://schema.org/" + d for d in ("Monday", "Tuesday", "Wednesday", "Thursday",
                                            "Friday", "Saturday", "Sunday")]
ICAL_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
APPT = "sur rendez-vous"
PHONE_LINE = "Permanence t\u00e9l\u00e9phonique"


def ancestors(t):
    out = {t}
    for s in TYPES.get(t, []):
        out |= ancestors(s)
    return out


def as_list(v):
    return v if isinstance(v, list) else [] if v is None else [v]


def check_vocabulary(res, where, node):
    if isinstance(node, list):
        for x in node:
            check_vocabulary(res, where, x)
        return
    if not isinstance(node, dict):
        return
    types = as_list(node.get("@type"))
    known = set()
    for t in types:
        if res.ok(where, f"type {t} is a schema.org type the test lists", t in TYPES):
            known |= ancestors(t)
    res.facts += 1
    for k, v in node.items():
        if k.startswith("@"):
            continue
        domains = PROPERTIES.get(k)
        if res.ok(where, f"property {k} is listed", domains is not None) and types:
            res.ok(where, f"{k} is defined on {types}", known & set(domains),
                   f"defined on {domains}")
        if k == "dayOfWeek":
            res.ok(where, "dayOfWeek values are DayOfWeek members",
                   all(d in DAYS for d in as_list(v)), repr(v))
        check_vocabulary(res, where, v)


def ical_events(path):
    """{(summary kind, name): [(weekday, start minutes, end minutes, appointment)]},
    and the set of names with an appointment note, from the calendar."""
    import icalendar
    events, notes = {}, set()
    if not os.path.exists(path):
        return events, notes
    with open(path, "rb") as f:
        cal = icalendar.Calendar.from_ical(f.read())
    for c in cal.walk():
        summary = str(c.get("summary", ""))
        if c.name in ("VJOURNAL", "VTODO"):
            notes.add(summary)
        if c.name != "VEVENT":
            continue
        kind, _, name = summary.partition(" \u2013 ")
        appt = name.endswith(" (" + APPT + ")")
        if appt:
            name = name[: -len(APPT) - 3]
        s, e = c.decoded("dtstart"), c.decoded("dtend")
        start = s.hour * 60 + s.minute
        minutes = int((e - s).total_seconds() // 60)
        for d in c.get("rrule")["BYDAY"]:
            events.setdefault((kind, name), []).append(
                (ICAL_DAYS.index(d), start, start + minutes, appt))
    return events, notes


def week_sets(ranges):
    """(open minutes, appointment minutes) of the reference week of ranges
    [(weekday, start, end, appt)], the previous week's overflow included."""
    opened, appt = set(), set()
    for day, start, end, a in ranges:
        for week in (-7, 0):
            lo, hi = (week + day) * 1440 + start, (week + day) * 1440 + end
            m = set(range(max(lo, 0), min(hi, 7 * 1440)))
            opened |= m
            if a:
                appt |= m
    return opened, appt


def oh_sets(reading):
    opened, appt = set(), set()
    t0 = datetime.datetime(2024, 1, 1)
    for f, t, unknown, comment in reading["intervals"]:
        lo = int((datetime.datetime.fromisoformat(f) - t0).total_seconds() // 60)
        hi = int((datetime.datetime.fromisoformat(t) - t0).total_seconds() // 60)
        opened |= set(range(lo, hi))
        if comment == APPT:
            appt |= set(range(lo, hi))
    return opened, appt


def spec_ranges(specs):
    out = []
    for s in as_list(specs):
        hm = lambda t: int(t[:2]) * 60 + int(t[3:5]) + (1 if t == "23:59:59" else 0)
        start, end = hm(s["opens"]), hm(s["closes"])
        if end <= start:
            end += 1440
        for d in as_list(s["dayOfWeek"]):
            out.append((DAYS.index(d), start, end, s.get("description") == "Sur rendez-vous"))
    return sorted(out)


def check_card(res, w, node, card):
    """The organisation's facts against its vCard 3.0 card."""
    v = lambda n: common.card_value(card, n)
    res.eq(w, "name = FN", node.get("name"), v("fn"))
    adr = v("adr")
    pa = node.get("address") or {}
    if adr is not None:
        street = adr.street if isinstance(adr.street, str) else "\n".join(adr.street)
        got = [pa.get(k, "") for k in ("streetAddress", "addressLocality", "addressRegion",
                                       "postalCode", "addressCountry")]
        res.eq(w, "PostalAddress = ADR", got,
               [street, adr.city, adr.region, adr.code, adr.country])
    else:
        res.eq(w, "no address", pa, {})
    tels = common.card_values(card, "tel")
    res.eq(w, "telephone = TEL (not fax)", sorted(as_list(node.get("telephone"))),
           sorted(t.value for t in tels if common.tel_kind(t) != "fax"))
    res.eq(w, "faxNumber = TEL fax", sorted(as_list(node.get("faxNumber"))),
           sorted(t.value for t in tels if common.tel_kind(t) == "fax"))
    res.eq(w, "email = EMAIL", sorted(as_list(node.get("email"))),
           sorted(e.value for e in common.card_values(card, "email")))
    res.eq(w, "url = URL", sorted(as_list(node.get("url"))),
           sorted(u.value for u in common.card_values(card, "url")))
    res.eq(w, "keywords = CATEGORIES", as_list(node.get("keywords")), v("categories") or [])
    res.eq(w, "description = NOTE", node.get("description"), v("note"))
    res.facts += 9


def check_person(res, w, p, card):
    v = lambda n: common.card_value(card, n)
    n = v("n")
    res.eq(w, "name = FN", p.get("name"), v("fn"))
    res.eq(w, "familyName, givenName, honorificPrefix = N",
           [p.get("familyName", ""), p.get("givenName", ""), p.get("honorificPrefix", "")],
           [n.family, n.given, n.prefix])
    res.eq(w, "jobTitle = TITLE", p.get("jobTitle"), v("title"))
    res.eq(w, "telephone = TEL", sorted(as_list(p.get("telephone")) + as_list(p.get("faxNumber"))),
           sorted(t.value for t in common.card_values(card, "tel")))
    res.eq(w, "email = EMAIL", sorted(as_list(p.get("email"))),
           sorted(e.value for e in common.card_values(card, "email")))
    res.facts += 5


def check_set(res, name, nodes, cards, events, notes, oh):
    by_uid = {common.card_value(c, "uid"): c for c in cards}
    names = {}
    for node in nodes:
        w = f"{name} {node.get('name')!r}"
        card = by_uid.get(node.get("@id"))
        if not res.ok(w, "@id is the UID of an organisation card", card is not None
                      and common.is_org(card), node.get("@id")):
            continue
        check_card(res, w, node, card)
        people = as_list(node.get("employee"))
        for p in people:
            pc = by_uid.get(p.get("@id"))
            if res.ok(w, "employee @id is the UID of a person card", pc is not None):
                check_person(res, f"{w} {p.get('name')!r}", p, pc)
        names.setdefault(node.get("name"), []).append(node)
    res.eq(name, "as many Organizations as organisation cards", len(nodes),
           sum(1 for c in cards if common.is_org(c)))
    res.eq(name, "as many employees as person cards",
           sum(len(as_list(n.get("employee"))) for n in nodes),
           sum(1 for c in cards if not common.is_org(c)))
    for org, group in names.items():
        check_hours(res, f"{name} {org!r}", org, group, events, notes, oh)


def check_hours(res, w, org, group, events, notes, oh):
    """The hours of the nodes named org (several entries may share a name: their
    events share SUMMARY) against the calendar's events of that name."""
    reception = events.get(("Accueil du public", org), [])
    got_specs = sorted(r for n in group for r in spec_ranges(n.get("openingHoursSpecification")))
    res.eq(w, "openingHoursSpecification = reception VEVENTs", got_specs, sorted(reception))
    values = [n["openingHours"] for n in group if "openingHours" in n]
    opened, appt = set(), set()
    for value in values:
        r = oh.get(value)
        if not res.ok(w, "opening_hours reads " + repr(value), r and "error" not in r,
                      (r or {}).get("error", "")):
            return
        res.eq(w, "opening_hours gives no warning for " + repr(value), r["warnings"], [])
        res.eq(w, "opening_hours: every interval surely open in " + repr(value),
               [i for i in r["intervals"] if i[2]], [])
        o, a = oh_sets(r)
        opened |= o
        appt |= a
    want_open, want_appt = week_sets(reception)
    res.ok(w, "openingHours opens when the VEVENTs do", opened == want_open,
           f"{len(opened ^ want_open)} minutes differ; {values!r}")
    res.ok(w, "openingHours: by appointment when the VEVENTs say so", appt == want_appt,
           f"{len(appt ^ want_appt)} minutes differ; {values!r}")
    res.facts += 3 + len(got_specs)
    for kind, label in ((PHONE_LINE, PHONE_LINE), ("Permanence", "Permanence")):
        got = sorted(r for n in group for cp in as_list(n.get("contactPoint"))
                     if cp.get("contactType") == label
                     for r in spec_ranges(cp.get("hoursAvailable")))
        res.eq(w, f"ContactPoint {label} hoursAvailable = VEVENTs", got,
               sorted(events.get((kind, org), [])))
    only = [n for n in group if any(p.get("name") == "appointment" and p.get("value") == "only"
                                    for p in as_list(n.get("additionalProperty")))]
    has_note = any(s.startswith(org + " : ") for s in notes)
    res.eq(w, "appointment=only iff the calendar has the appointment note", bool(only), has_note)
    res.facts += 1


def body(res, tmp):
    mod = common.npm_module(res, tmp, os.path.join("opening_hours", "build", "opening_hours.js"))
    if mod is None:
        return
    res.facts = 0
    runs = []
    for name, files in common.sets():
        base = os.path.join(tmp, name)
        common.run(res, name, ["-q", "--vcf", base + ".vcf", "--ics", base + ".ics",
                               "--jsonld", base + ".jsonld"] + files)
        if res.ok(name, "JSON-LD file written", os.path.exists(base + ".jsonld")):
            runs.append((name, base))
    solo = os.path.join(common.TOP, "examples", "le-phare-du-cotentin.md")
    base = os.path.join(tmp, "one")
    common.run(res, "one entry", ["-q", "--vcf", base + ".vcf", "--ics", base + ".ics",
                                  "--jsonld", base + ".jsonld", solo])
    runs.append(("one entry", base))
    docs, values = {}, []
    for name, base in runs:
        with open(base + ".jsonld", encoding="utf-8") as f:
            doc = json.load(f)
        docs[name] = doc
        nodes = doc.get("@graph", [doc])
        values += [n["openingHours"] for n in nodes if "openingHours" in n]
    vpath = os.path.join(tmp, "values.json")
    with open(vpath, "w", encoding="utf-8") as f:
        json.dump(sorted(set(values)), f)
    out = common.run_node(res, "opening_hours", [os.path.join(common.HERE, "jsonld_oh.mjs"),
                                                 mod, vpath])
    if out is None:
        return
    oh = {r["value"]: r for r in (json.loads(l) for l in out.splitlines() if l.strip())}
    entries = 0
    for name, base in runs:
        doc = docs[name]
        res.eq(name, "@context", doc.get("@context"), "https://schema.org")
        nodes = doc.get("@graph", [doc])
        cards = common.read_vcards(base + ".vcf")
        res.eq(name, "document shape", "@graph" in doc,
               sum(1 for c in cards if common.is_org(c)) > 1)
        check_vocabulary(res, name, nodes)
        events, notes = ical_events(base + ".ics")
        check_set(res, name, nodes, cards, events, notes, oh)
        entries += len(nodes)
    print(f"JSON-LD: {entries} entries, {len(oh)} openingHours values read by "
          f"opening_hours, {res.facts} facts compared")


if __name__ == "__main__":
    common.run_main("jsonld", body)

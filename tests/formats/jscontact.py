#!/usr/bin/python3
"""JSContact (RFC 9553, --jscontact), for every corpus set (examples/ and
tests/corpus/*/):

- a checker written from RFC 9553 (below, with its sections): every Card has
  its mandatory members (@type "Card", version "1.0", uid), every property is
  one the RFC defines for its object, of the RFC's value type (String,
  Boolean, Id maps with base64url ids, String[Boolean] sets whose values are
  true, UTCDateTime, the enumerated values of kind, features, contexts,
  relation), every object's mandatory members are there (Phone.number,
  EmailAddress.address, Link.uri, Note.note, Title.name, NameComponent and
  AddressComponent kind and value), Title.organizationId names an
  organisation of the card;
- the facts equal those of the vCard 4.0 file of the same run (read by
  vobject), card by card: UID, KIND, FN, ORG, TITLE, N, TEL (number and
  kind), EMAIL, ADR components (and countryCode against the country and
  region), URL, SOURCE, CATEGORIES, REV, NOTE, RELATED, and the organisation's
  relatedTo naming its people.
"""
import json
import os
import re
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fmtlib as common  # noqa: E402

# RFC 9553 1.4.1: Id, 1-255 octets of the base64url alphabet.
ID = re.compile(r"^[A-Za-z0-9_-]{1,255}$")
# RFC 9553 1.4.4 UTCDateTime (RFC 3339, "Z", upper case, no zero fraction).
UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d*[1-9])?Z$")
# RFC 9553 2.1 and 2.2-2.8: the properties of a Card.
CARD_PROPS = {"@type", "version", "created", "kind", "language", "members", "prodId",
              "relatedTo", "uid", "updated", "name", "nicknames", "organizations",
              "speakToAs", "titles", "emails", "onlineServices", "phones",
              "preferredLanguages", "calendars", "schedulingAddresses", "addresses",
              "cryptoKeys", "directories", "links", "media", "localizations",
              "anniversaries", "keywords", "notes", "personalInfo"}
CARD_KINDS = {"individual", "group", "org", "location", "device", "application"}  # 2.1.4
CONTEXTS = {"private", "work"}                                  # 1.4.4 (common)
ADDRESS_CONTEXTS = {"billing", "delivery", "private", "work"}   # 2.5.1.1
FEATURES = {"mobile", "voice", "text", "video", "main-number", "textphone", "fax",
            "pager"}                                            # 2.3.3
NAME_KINDS = {"title", "given", "given2", "surname", "surname2", "credential",
              "generation", "separator"}                        # 2.2.1.1
ADDRESS_KINDS = {"room", "apartment", "floor", "building", "number", "name", "block",
                 "subdistrict", "district", "locality", "region", "postcode", "country",
                 "direction", "landmark", "postOfficeBox", "separator"}  # 2.5.1.1
RELATIONS = {"acquaintance", "agent", "child", "co-resident", "co-worker", "colleague",
             "contact", "crush", "date", "emergency", "friend", "kin", "me", "met", "muse",
             "neighbor", "parent", "sibling", "spouse", "sweetheart"}  # 2.1.8, RFC 6350
# Object types: members allowed, mandatory members (RFC 9553 section).
OBJECTS = {
    "Name": ({"@type", "components", "isOrdered", "defaultSeparator", "full", "sortAs",
              "phoneticScript", "phoneticSystem"}, set()),                     # 2.2.1
    "NameComponent": ({"@type", "value", "kind", "phonetic"}, {"value", "kind"}),
    "Organization": ({"@type", "name", "units", "sortAs", "contexts"}, set()),  # 2.2.3
    "Title": ({"@type", "name", "kind", "organizationId"}, {"name"}),           # 2.2.5
    "EmailAddress": ({"@type", "address", "contexts", "pref", "label"}, {"address"}),
    "Phone": ({"@type", "number", "features", "contexts", "pref", "label"}, {"number"}),
    "Address": ({"@type", "components", "isOrdered", "countryCode", "coordinates",
                 "timeZone", "contexts", "full", "defaultSeparator", "pref",
                 "phoneticScript", "phoneticSystem"}, set()),                   # 2.5.1
    "AddressComponent": ({"@type", "value", "kind", "phonetic"}, {"value", "kind"}),
    "Link": ({"@type", "uri", "kind", "contexts", "mediaType", "pref", "label"}, {"uri"}),
    "Directory": ({"@type", "uri", "kind", "contexts", "mediaType", "pref", "label",
                   "listAs"}, {"uri"}),                                         # 2.6.2
    "Note": ({"@type", "note", "created", "author"}, {"note"}),                 # 2.8.3
    "Relation": ({"@type", "relation"}, set()),                                 # 2.1.8
}
# ISO 3166-1 alpha-2 of the places the corpora name (countries, and overseas
# departments named as the region of a French address).
ISO = {"France": "FR", "Belgique": "BE", "Suisse": "CH", "Luxembourg": "LU",
       "Monaco": "MC", "Tha\u00eflande": "TH", "Guadeloupe": "GP", "Martinique": "MQ",
       "Guyane": "GF", "La R\u00e9union": "RE", "Mayotte": "YT"}

# The overseas departments and collectivities by the first digits of their
# postcodes (La Poste): the place's own ISO code, which a French address
# does not always name.
OVERSEAS = {"971": "GP", "972": "MQ", "973": "GF", "974": "RE", "975": "PM", "976": "YT",
            "977": "BL", "978": "MF", "986": "WF", "987": "PF", "988": "NC"}


class Checker:
    def __init__(self, res, where):
        self.res, self.where = res, where

    def ok(self, what, cond, detail=""):
        return self.res.ok(self.where, what, cond, detail)

    def string(self, what, v):
        return self.ok(f"{what} is a String", isinstance(v, str), repr(v))

    def true_set(self, what, v, allowed=None):
        if not self.ok(f"{what} is a String[Boolean]", isinstance(v, dict), repr(v)):
            return
        for k, x in v.items():
            self.ok(f"{what}[{k!r}] is true", x is True, repr(x))
            if allowed is not None:
                self.ok(f"{what} key {k!r} is defined", k in allowed)

    def obj(self, type_, v):
        """An object of type_: its @type, allowed and mandatory members."""
        if not self.ok(f"{type_} is an object", isinstance(v, dict), repr(v)):
            return False
        allowed, mandatory = OBJECTS[type_]
        if "@type" in v:
            self.ok(f"{type_} @type", v["@type"] == type_, repr(v["@type"]))
        for k in v:
            self.ok(f"{type_} member {k!r} is defined", k in allowed)
        for k in mandatory:
            self.ok(f"{type_} has its mandatory {k!r}", k in v)
        for k in ("label", "full", "defaultSeparator", "name", "note", "value", "address",
                  "number", "uri"):
            if k in v:
                self.string(f"{type_}.{k}", v[k])
        if "contexts" in v:
            self.true_set(f"{type_}.contexts", v["contexts"],
                          ADDRESS_CONTEXTS if type_ == "Address" else CONTEXTS)
        if "isOrdered" in v:
            self.ok(f"{type_}.isOrdered is a Boolean", isinstance(v["isOrdered"], bool))
        return True

    def id_map(self, what, v, type_):
        if not self.ok(f"{what} is an Id map", isinstance(v, dict) and v, repr(v)):
            return {}
        for k, x in v.items():
            self.ok(f"{what} id {k!r} is an Id", ID.match(k) is not None)
            self.obj(type_, x)
        return v

    def card(self, c):
        if not self.ok("a Card is an object", isinstance(c, dict)):
            return
        self.ok("@type is Card", c.get("@type") == "Card", repr(c.get("@type")))
        self.ok("version is 1.0", c.get("version") == "1.0", repr(c.get("version")))
        self.string("uid", c.get("uid"))
        for k in c:
            self.ok(f"Card property {k!r} is defined", k in CARD_PROPS)
        if "kind" in c:
            self.ok("kind is defined", c["kind"] in CARD_KINDS, repr(c["kind"]))
        if "prodId" in c:
            self.string("prodId", c["prodId"])
        if "updated" in c:
            self.ok("updated is a UTCDateTime", isinstance(c["updated"], str)
                    and UTC.match(c["updated"]) is not None, repr(c["updated"]))
        if "name" in c and self.obj("Name", c["name"]):
            n = c["name"]
            self.ok("Name has components or full", "components" in n or "full" in n)
            for comp in n.get("components", []):
                if self.obj("NameComponent", comp):
                    self.ok("NameComponent kind", comp.get("kind") in NAME_KINDS)
        orgs = self.id_map("organizations", c["organizations"], "Organization") \
            if "organizations" in c else {}
        for o in orgs.values():
            self.ok("Organization has name or units", "name" in o or "units" in o)
        for t in self.id_map("titles", c["titles"], "Title").values() if "titles" in c else []:
            self.ok("Title kind", t.get("kind", "title") in ("title", "role"))
            if "organizationId" in t:
                self.ok("Title.organizationId names an organisation",
                        t["organizationId"] in orgs)
        for key, type_ in (("emails", "EmailAddress"), ("links", "Link"),
                           ("directories", "Directory"), ("notes", "Note")):
            if key in c:
                self.id_map(key, c[key], type_)
        for p in self.id_map("phones", c["phones"], "Phone").values() if "phones" in c else []:
            if "features" in p:
                self.true_set("Phone.features", p["features"], FEATURES)
        for a in self.id_map("addresses", c["addresses"], "Address").values() \
                if "addresses" in c else []:
            for comp in a.get("components", []):
                if self.obj("AddressComponent", comp):
                    self.ok("AddressComponent kind", comp.get("kind") in ADDRESS_KINDS)
            if "countryCode" in a:
                self.ok("countryCode is ISO 3166-1 alpha-2",
                        re.match(r"^[A-Z]{2}$", str(a["countryCode"])) is not None)
        if "keywords" in c:
            self.true_set("keywords", c["keywords"])
        for k, rel in c.get("relatedTo", {}).items():
            self.string("relatedTo key", k)
            if self.obj("Relation", rel) and "relation" in rel:
                self.true_set("Relation.relation", rel["relation"], RELATIONS)


def vc(card, name):
    return common.card_value(card, name)


def check_facts(res, w, c, card):
    eq = lambda what, got, want: res.eq(w, what, got, want)
    eq("uid = UID", c.get("uid"), vc(card, "uid"))
    eq("kind = KIND", c.get("kind"), vc(card, "kind"))
    eq("name.full = FN", c.get("name", {}).get("full"), vc(card, "fn"))
    orgs = [o.get("name") for o in c.get("organizations", {}).values()]
    eq("organizations = ORG", orgs, [vc(card, "org")[0]] if vc(card, "org") else [])
    feat = {"voice": "voice", "fax": "fax", "mobile": "cell"}
    # JSContact keeps the tel: URI (RFC 9553 2.3.3: a URI or free text), the
    # card the number as text: the same digits
    digits = lambda v: "+" + "".join(ch for ch in v if ch.isdigit())
    phones = sorted((digits(p["number"]), feat.get(next(iter(p.get("features") or {"?": 1}))))
                    for p in c.get("phones", {}).values())
    eq("phones = TEL (number, kind)", phones,
       sorted((digits(t.value), common.tel_kind(t)) for t in common.card_values(card, "tel")))
    eq("emails = EMAIL", sorted(e["address"] for e in c.get("emails", {}).values()),
       sorted(e.value for e in common.card_values(card, "email")))
    eq("links = URL", sorted(l["uri"] for l in c.get("links", {}).values()),
       sorted(u.value for u in common.card_values(card, "url")))
    eq("directories = SOURCE", [d["uri"] for d in c.get("directories", {}).values()],
       [s.value for s in common.card_values(card, "source")])
    eq("keywords = CATEGORIES", list(c.get("keywords", {})), vc(card, "categories") or [])
    rev = vc(card, "rev")
    eq("updated = REV", re.sub(r"[^0-9]", "", c.get("updated", "")),
       re.sub(r"[^0-9]", "", rev or ""))
    eq("notes = NOTE", [n["note"] for n in c.get("notes", {}).values()],
       [vc(card, "note")] if vc(card, "note") else [])
    res.facts += 11
    check_address(res, w, c, card)


def check_address(res, w, c, card):
    adr = vc(card, "adr")
    addrs = list(c.get("addresses", {}).values())
    if adr is None:
        res.eq(w, "no address", addrs, [])
        return
    if not res.eq(w, "one address", len(addrs), 1):
        return
    parts = {}
    for comp in addrs[0].get("components", []):
        parts.setdefault(comp["kind"], []).append(comp["value"])
    street = adr.street if isinstance(adr.street, str) else "\n".join(adr.street)
    got = ["\n".join(parts.get(k, [])) for k in ("name", "locality", "region", "postcode",
                                                 "country")]
    res.eq(w, "address components = ADR", got,
           [street, adr.city, adr.region, adr.code, adr.country])
    code = addrs[0].get("countryCode")
    want = ISO.get(adr.region) or ISO.get(adr.country)
    if adr.country == "France" and adr.code[:3] in OVERSEAS:
        want = OVERSEAS[adr.code[:3]]
    if want:
        res.eq(w, f"countryCode of {adr.country!r} {adr.region!r}", code, want)
    res.facts += 2


def check_person(res, w, c, card, org_uid):
    n = vc(card, "n")
    comps = {x["kind"]: x["value"] for x in c.get("name", {}).get("components", [])}
    res.eq(w, "name components = N", [comps.get("surname", ""), comps.get("given", ""),
                                      comps.get("title", "")], [n.family, n.given, n.prefix])
    titles = [t["name"] for t in c.get("titles", {}).values()]
    res.eq(w, "titles = TITLE", titles, [vc(card, "title")] if vc(card, "title") else [])
    res.eq(w, "relatedTo = RELATED", list(c.get("relatedTo", {})), [vc(card, "related")])
    res.eq(w, "RELATED is the organisation", vc(card, "related"), org_uid)
    res.facts += 4


def body(res, tmp):
    res.facts = 0
    cards_n = 0
    runs = []
    for name, files in common.sets():
        base = os.path.join(tmp, name)
        common.run(res, name, ["-q", "-V", "4.0", "--vcf", base + ".vcf", "--jscontact",
                               base + ".json"] + files)
        runs.append((name, base))
    solo = os.path.join(common.TOP, "tests", "corpus", "real", "ra01.md")
    base = os.path.join(tmp, "one")
    common.run(res, "one entry", ["-q", "-V", "4.0", "--vcf", base + ".vcf", "--jscontact",
                                  base + ".json", solo])
    runs.append(("one entry", base))
    for name, base in runs:
        if not res.ok(name, "JSContact file written", os.path.exists(base + ".json")):
            continue
        with open(base + ".json", encoding="utf-8") as f:
            doc = json.load(f)
        vcards = common.read_vcards(base + ".vcf")
        res.eq(name, "one Card alone, several in an array", isinstance(doc, list),
               len(vcards) > 1)
        cards = doc if isinstance(doc, list) else [doc]
        if not res.eq(name, "one Card per vCard", len(cards), len(vcards)):
            continue
        org_uid, people = None, []
        for i, (c, v) in enumerate(zip(cards, vcards)):
            w = f"{name} card {i} ({vc(v, 'fn')!r})"
            Checker(res, w).card(c)
            check_facts(res, w, c, v)
            if common.is_org(v):
                if org_uid is not None:
                    check_org_relations(res, prev_w, prev, people)
                org_uid, people, prev, prev_w = vc(v, "uid"), [], c, w
            else:
                check_person(res, w, c, v, org_uid)
                people.append(vc(v, "uid"))
            cards_n += 1
        if org_uid is not None:
            check_org_relations(res, prev_w, prev, people)
    print(f"JSContact: {cards_n} Cards checked against RFC 9553 and the .vcf, "
          f"{res.facts} facts compared")


def check_org_relations(res, w, c, people):
    rel = c.get("relatedTo", {})
    res.eq(w, "relatedTo names the people", sorted(rel), sorted(people))
    res.ok(w, "people are contacts", all(r.get("relation") == {"contact": True}
                                         for r in rel.values()))


if __name__ == "__main__":
    common.run_main("jscontact", body)

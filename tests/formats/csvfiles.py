#!/usr/bin/python3
"""Contact CSV (--csv FILE --csv-for google|outlook), for every corpus set
(examples/ and tests/corpus/*/), read back with Python's csv module and
compared with the vCard 3.0 file of the same run (read by vobject):

- the bytes: Google's file is UTF-8 without a byte order mark, Outlook's UTF-8
  with one; records end in CRLF (RFC 4180 2.1);
- the header is the product's own column names (below, the columns of the
  files each product exports: Google Contacts' "Google CSV", Outlook's "Comma
  Separated Values"), in the order the writer documents;
- one row per card, in the order of the cards; the organisation's row has no
  person's name; each row's columns hold the card's facts: name, organisation,
  title, every number (by kind: fax and mobile in their own columns or labels),
  every e-mail, the web address, the address parts, the keywords, the NOTE.
  Values that have no column left are lines of Notes ("Téléphone : +33 ...").
"""
import csv
import io
import os
import re
import sys
import urllib.parse

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fmtlib as common  # noqa: E402

GOOGLE = [
    "First Name", "Middle Name", "Last Name", "Name Prefix", "Name Suffix", "File As",
    "Organization Name", "Organization Title", "Notes",
    "E-mail 1 - Label", "E-mail 1 - Value", "E-mail 2 - Label", "E-mail 2 - Value",
    "E-mail 3 - Label", "E-mail 3 - Value",
    "Phone 1 - Label", "Phone 1 - Value", "Phone 2 - Label", "Phone 2 - Value",
    "Phone 3 - Label", "Phone 3 - Value", "Phone 4 - Label", "Phone 4 - Value",
    "Address 1 - Label", "Address 1 - Formatted", "Address 1 - Street", "Address 1 - City",
    "Address 1 - PO Box", "Address 1 - Region", "Address 1 - Postal Code",
    "Address 1 - Country", "Website 1 - Label", "Website 1 - Value",
    "Website 2 - Label", "Website 2 - Value"]
OUTLOOK = [
    "Suffix", "Title", "First Name", "Middle Name", "Last Name", "Company", "Job Title",
    "Business Street", "Business City", "Business State", "Business Postal Code",
    "Business Country/Region", "Business Phone", "Business Phone 2", "Business Fax",
    "Mobile Phone", "Other Phone", "E-mail Address", "E-mail 2 Address",
    "E-mail 3 Address", "Web Page", "Categories", "Notes"]
OVERFLOW = re.compile(r"^(T\u00e9l\u00e9phone|Fax|E-mail|Site) : (.+)$")


def nl(s):
    return (s or "").replace("\r\n", "\n")


def overflow(notes, note):
    """The "Label : value" lines Notes holds after the card's own text."""
    rest = nl(notes)[len(note or ""):]
    out = {}
    for line in rest.split("\n"):
        m = OVERFLOW.match(line)
        if m:
            out.setdefault(m.group(1), []).append(m.group(2))
    return out


def google_phones(row):
    out = []
    for n in range(1, 5):
        v = row[f"Phone {n} - Value"]
        if v:
            label = row[f"Phone {n} - Label"]
            out.append((v, "fax" if label == "Work Fax" else
                        "cell" if label == "Mobile" else "voice"))
    return out


def outlook_phones(row):
    cols = {"Business Phone": "voice", "Business Phone 2": "voice", "Business Fax": "fax",
            "Mobile Phone": "cell", "Other Phone": None}
    return [(row[c], k) for c, k in cols.items() if row[c]]


def card_phones(card):
    return sorted((t.value, common.tel_kind(t)) for t in common.card_values(card, "tel"))


def check_row(res, w, product, row, card, org):
    v = lambda n: common.card_value(card, n)
    g = product == "google"
    note = v("note")
    extra = overflow(row["Notes"], note if org else v("note"))
    phones = google_phones(row) if g else outlook_phones(row)
    # "Other Phone" takes what the other columns could not: its kind is the card's.
    kinds = dict(card_phones(card))
    phones = [(p, k or kinds.get(p)) for p, k in phones]
    phones += [(p, "fax") for p in extra.get("Fax", [])]
    phones += [(p, kinds.get(p)) for p in extra.get("T\u00e9l\u00e9phone", [])]
    res.eq(w, "numbers and their kinds = TEL", sorted(phones, key=repr),
           sorted(card_phones(card), key=repr))
    emails = [row[c] for c in (["E-mail 1 - Value", "E-mail 2 - Value", "E-mail 3 - Value"]
                               if g else ["E-mail Address", "E-mail 2 Address",
                                          "E-mail 3 Address"]) if row[c]]
    res.eq(w, "e-mails = EMAIL", sorted(emails + extra.get("E-mail", [])),
           sorted(e.value for e in common.card_values(card, "email")))
    company = row["Organization Name" if g else "Company"]
    res.eq(w, "organisation = ORG", company, (v("org") or [""])[0])
    res.facts += 3
    if org:
        check_org_row(res, w, product, row, card, extra)
    else:
        check_person_row(res, w, product, row, card)


def check_org_row(res, w, product, row, card, extra):
    v = lambda n: common.card_value(card, n)
    g = product == "google"
    res.eq(w, "no person's name", [row["First Name"], row["Last Name"]], ["", ""])
    urls = [row[c] for c in (["Website 1 - Value", "Website 2 - Value"] if g
                             else ["Web Page"]) if row[c]]
    res.eq(w, "web addresses = URL", sorted(urls + extra.get("Site", [])),
           sorted(u.value for u in common.card_values(card, "url")))
    adr = v("adr")
    cols = (["Address 1 - Street", "Address 1 - City", "Address 1 - Region",
             "Address 1 - Postal Code", "Address 1 - Country"] if g else
            ["Business Street", "Business City", "Business State", "Business Postal Code",
             "Business Country/Region"])
    got = [nl(row[c]) for c in cols]
    if adr is not None:
        street = adr.street if isinstance(adr.street, str) else "\n".join(adr.street)
        res.eq(w, "address = ADR", got, [street, adr.city, adr.region, adr.code, adr.country])
    else:
        res.eq(w, "no address", got, [""] * 5)
    notes = nl(row["Notes"])
    note = v("note") or ""
    res.ok(w, "Notes start with the NOTE", notes.startswith(note), notes[:80])
    cats = v("categories") or []
    if g:
        res.ok(w, "Notes hold the keywords", not cats or
               "Mots-clefs : " + ", ".join(cats) in notes, repr(cats))
    else:
        res.eq(w, "Categories = CATEGORIES", row["Categories"].split(";") if row["Categories"]
               else [], cats)
    src = v("source")  # percent-encoded in the card, as written in the note
    # (a URL written with its own "%25" and a "," the card encodes: both
    # sides decoded)
    res.ok(w, "Notes hold the source", not src or src in notes
           or urllib.parse.unquote(src) in urllib.parse.unquote(notes), repr(src))
    res.facts += 6


def check_person_row(res, w, product, row, card):
    v = lambda n: common.card_value(card, n)
    n = v("n")
    prefix = row["Name Prefix" if product == "google" else "Title"]
    res.eq(w, "first, last name, prefix = N", [row["First Name"], row["Last Name"], prefix],
           [n.given, n.family, n.prefix])
    res.eq(w, "title = TITLE", row["Organization Title" if product == "google"
                                   else "Job Title"], v("title") or "")
    # the NOTE may hold blank lines of its own (a person's remark, then the
    # labels of their numbers): Notes opens with all of it
    note = v("note") or ""
    res.eq(w, "Notes = NOTE", nl(row["Notes"])[:len(note)] if note else "", note)
    res.facts += 3


def check_file(res, name, product, path, cards):
    w = f"{name} {product}"
    with open(path, "rb") as f:
        data = f.read()
    bom = data.startswith(b"\xef\xbb\xbf")
    res.eq(w, "byte order mark", bom, product == "outlook")
    text = data[3 if bom else 0:].decode("utf-8")
    res.ok(w, "records end in CRLF", text.endswith("\r\n") and "\n" not in
           text.replace("\r\n", ""), repr(text[-20:]))
    rows = list(csv.reader(io.StringIO(text, newline="")))
    header = GOOGLE if product == "google" else OUTLOOK
    res.eq(w, "header: the product's column names", rows[0] if rows else None, header)
    res.ok(w, "every row has every column", all(len(r) == len(header) for r in rows))
    body = [dict(zip(header, r)) for r in rows[1:]]
    if not res.eq(w, "one row per card", len(body), len(cards)):
        return
    for i, (row, card) in enumerate(zip(body, cards)):
        check_row(res, f"{w} row {i + 1} ({row['Organization Name' if product == 'google' else 'Company']!r})",
                  product, row, card, common.is_org(card))
    return len(body)


def body(res, tmp):
    res.facts = 0
    rows = 0
    for name, files in common.sets():
        base = os.path.join(tmp, name)
        common.run(res, name, ["-q", "--vcf", base + ".vcf", "--csv", base + ".google.csv"]
                   + files)
        common.run(res, name, ["-q", "--csv-for", "outlook", "--csv", base + ".outlook.csv"]
                   + files)
        cards = common.read_vcards(base + ".vcf")
        for product in ("google", "outlook"):
            path = f"{base}.{product}.csv"
            if res.ok(name, f"{product} CSV written", os.path.exists(path)):
                rows += check_file(res, name, product, path, cards) or 0
    print(f"CSV: {rows} rows (Google and Outlook), {res.facts} facts compared with the .vcf")


if __name__ == "__main__":
    common.run_main("csv", body)

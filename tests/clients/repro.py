#!/usr/bin/python3
"""repro.py — minimal reproducers: each cause of loss as a one-card vCard,
before (the program's current form) and after (the recommended form), read
by every contact reader.  Prints, per case and form, what each client shows
of the field in question.

Usage: ./repro.py [--case NAME ...] [--build-dir DIR]
"""
import argparse
import json
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import clients as H  # noqa: E402


def card(version, *lines):
    body = ["BEGIN:VCARD", "VERSION:" + version, "UID:urn:uuid:0d6c2a52-0000-4000-8000-00000000000a",
            "FN:Le Phare", "ORG:Le Phare"] + list(lines) + ["END:VCARD"]
    return ("\r\n".join(body) + "\r\n").encode("utf-8")


NOTE_QP_SOFT = ("NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Du lundi au vendredi de 9h00 =C3=A0 18h=\r\n"
                "00, le samedi de 9h00 =C3=A0 12h00.")
NOTE_QP_LONG = ("NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Du lundi au vendredi de 9h00 =C3=A0 18h"
                "00, le samedi de 9h00 =C3=A0 12h00.")

CASES = [
    ("qp-soft-break", "vCard 2.1 quoted-printable soft line break inside a value", "note", [
        ("before: soft break (=CRLF)", card("2.1", "N:;;;;", NOTE_QP_SOFT)),
        ("after: one physical line", card("2.1", "N:;;;;", NOTE_QP_LONG)),
    ]),
    ("grouped-tel", "vCard 3.0 toll-free/labelled number as item1.TEL + item1.X-ABLabel", "phones", [
        ("before: item1.TEL + X-ABLabel", card("3.0", "N:;;;;",
                                              "item1.TEL;TYPE=work,voice:+33 800 00 88 70",
                                              "item1.X-ABLabel:N° Vert",
                                              "TEL;TYPE=work,fax:+33 2 61 91 88 71")),
        ("after: plain TEL, label in NOTE", card("3.0", "N:;;;;",
                                                 "TEL;TYPE=work,voice:+33 800 00 88 70",
                                                 "TEL;TYPE=work,fax:+33 2 61 91 88 71",
                                                 "NOTE:Téléphones :\\nN° Vert : +33 800 00 88 70")),
    ]),
    ("tel-40", "vCard 4.0 TEL: quoted TYPE list and tel: URI", "phones", [
        ('before: VALUE=uri;TYPE="work,fax":tel:+33-…', card("4.0", "KIND:org",
                                                           'TEL;VALUE=uri;TYPE="work,fax":tel:+33-3-53-01-88-21')),
        ("TYPE=work,fax unquoted, still a URI", card("4.0", "KIND:org",
                                                     "TEL;VALUE=uri;TYPE=work,fax:tel:+33-3-53-01-88-21")),
        ("TYPE unquoted, compact URI tel:+33353…", card("4.0", "KIND:org",
                                                        "TEL;VALUE=uri;TYPE=work,fax:tel:+33353018821")),
        ("after: TYPE=work,fax, text +33 3 53…", card("4.0", "KIND:org",
                                                      "TEL;TYPE=work,fax:+33 3 53 01 88 21")),
    ]),
    ("semicolon-40", "vCard 4.0 ';' in a text value (NOTE)", "note", [
        ("before: NOTE:… transit ;…", card("4.0", "KIND:org", "NOTE:personnes en transit ;\\n- rencontre annuelle")),
        ("after: NOTE:… transit \\;…", card("4.0", "KIND:org", "NOTE:personnes en transit \\;\\n- rencontre annuelle")),
    ]),
    ("semicolon-30", "vCard 3.0 ';' in a text value (RFC 2426 requires \\;)", "note", [
        ("as written: NOTE:… \\;…", card("3.0", "N:;;;;", "NOTE:personnes en transit \\;\\n- rencontre annuelle")),
        ("invalid: NOTE:… ;… (unescaped)", card("3.0", "N:;;;;", "NOTE:personnes en transit ;\\n- rencontre annuelle")),
    ]),
    ("label-40", "vCard 4.0 ADR LABEL parameter", "label", [
        ("before: LABEL=…^n… (RFC 6868)", card("4.0", "KIND:org",
                                               "ADR;TYPE=work;LABEL=Espace Lumière^n25000 Besançon:;;Espace Lumière;Besançon;;25000;France")),
        ('LABEL="…, …" (one line, quoted)', card("4.0", "KIND:org",
                                                 'ADR;TYPE=work;LABEL="Espace Lumière, 25000 Besançon":;;Espace Lumière;Besançon;;25000;France')),
        ("after: no LABEL parameter", card("4.0", "KIND:org",
                                           "ADR;TYPE=work:;;Espace Lumière;Besançon;;25000;France")),
    ]),
    ("comma-21", "vCard 2.1 ',' in FN (2.1 has no comma escape)", "fn", [
        ("FN:Parents, Ados", card("2.1", "N:;;;;").replace(b"FN:Le Phare", b"FN:Parents, Ados")),
    ]),
    ("org-flag-30", "organisation flag in 3.0 (X-ABShowAs) vs KIND", "kind", [
        ("3.0 X-ABShowAs:COMPANY", card("3.0", "N:;;;;", "X-ABShowAs:COMPANY")),
        ("3.0 + KIND:org (not a 3.0 property)", card("3.0", "N:;;;;", "X-ABShowAs:COMPANY", "KIND:org")),
        ("4.0 KIND:org", card("4.0", "KIND:org")),
    ]),
]


def show(client, raw, field):
    if raw.get("status") != "ok":
        return "REFUSED: %s" % (raw.get("error") or "")[:60]
    c = raw["cards"][0]
    if field == "note":
        return json.dumps(c.get("note"), ensure_ascii=False)
    if field == "fn":
        return json.dumps(c.get("full_name") or c.get("formatted_name") or c.get("fn"),
                          ensure_ascii=False)
    if field == "kind":
        if client == "evolution":
            return "no such notion (x_attrs %s)" % json.dumps(c.get("x_attrs"), ensure_ascii=False)
        if client == "vobject":
            return "KIND=%s X-ABShowAs=%s" % (c.get("kind"), c.get("x_abshowas"))
        return "kind=%r" % c.get("kind")
    if field == "label":
        if client == "evolution":
            a = (c.get("addresses") or {}).get("work") or {}
            return "label=%s" % json.dumps(a.get("label"), ensure_ascii=False)
        if client == "kcontacts":
            return "label=%s" % json.dumps([a["label"] for a in c["addresses"]], ensure_ascii=False)
        if client == "vobject":
            return "label=%s" % json.dumps([a.get("label") for a in c["addresses"]], ensure_ascii=False)
        return "(no label shown) address=%s" % json.dumps(
            [(a.get("street"), a.get("locality")) for a in c.get("addresses", [])], ensure_ascii=False)
    if field == "phones":
        if client == "evolution":
            return "; ".join("%s=%s" % (p["field"], p["number"]) for p in c["phones"]) + \
                ("   [TEL attrs: %s]" % "; ".join("%s %s" % (t["types"], t["value"])
                                                  for t in c["tel_attrs"]))
        if client == "kcontacts":
            return "; ".join("%s %s" % ("/".join(p["types"]), p["number"]) for p in c["phones"])
        if client == "khard":
            return "; ".join("%s: %s" % (p["types"], p["number"]) for p in c["phones"])
        return "; ".join("%s %s%s" % (p["types"], p["number"],
                                      " (label %s)" % p["label"] if p.get("label") else "")
                         for p in c["phones"])
    return ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--case", nargs="+")
    ap.add_argument("--build-dir")
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="fiche2vcard-repro-")
    build = args.build_dir or os.path.join(tmp, "build")
    try:
        H.build_readers(build, H.CONTACT_CLIENTS)
        for name, title, field, forms in CASES:
            if args.case and name not in args.case:
                continue
            print("== %s: %s" % (name, title))
            for label, data in forms:
                path = os.path.join(tmp, "%s-%d.vcf" % (name, forms.index((label, data))))
                open(path, "wb").write(data)
                print("  -- %s" % label)
                for line in data.decode("utf-8").split("\r\n")[3:-2]:
                    print("       | %s" % line)
                for client in H.CONTACT_CLIENTS:
                    raw = H.run_reader(client, path, build)
                    print("     %-10s %s" % (client, show(client, raw, field)))
            print()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()

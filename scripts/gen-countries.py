#!/usr/bin/python3
"""Generator of src/extract/countries.c: every country of ISO 3166-1 with its
French name, from Debian's iso-codes package (the JSON list and its French
translations), so that a country written on its own line ("Thaïlande",
"MAROC") or implied by a phone number (+66) gets its French name; and the
departments of France (ISO 3166-2, their names are French), so that a
department written in an address ("66 Pyrénées-Orientales") is known as one.

Usage: python3 scripts/gen-countries.py > src/extract/countries.c
(`make countries` runs it and clang-format.) The fold key of each name is
computed by the program itself (str_fold_key), which tests/unit/test_address
checks against the table: keys here are made the same way by Python's
unicodedata (NFKD, marks dropped, casefold, runs of other characters than
ASCII letters and digits as one space)."""
import gettext
import json
import re
import sys
import unicodedata

ISO = "/usr/share/iso-codes/json/iso_3166-1.json"
ISO2 = "/usr/share/iso-codes/json/iso_3166-2.json"
# French overseas departments and collectivities: a region of France for an
# address, with their own time zones and phone codes.
OVERSEAS = {"GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF", "NC", "PF", "WF"}


def key(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = s.replace("œ", "oe")
    return " ".join(re.findall(r"[a-z0-9]+", s))


def names(name):
    """The names a country is written with, each with the name to show:
    "Réunion, Île de la" is written "Île de la Réunion"; "Russie, Fédération
    de" "Russie" or "Fédération de Russie", shown "Russie"."""
    if "," not in name:
        return [(name, name)]
    a, b = [p.strip() for p in name.split(",", 1)]
    if re.match(r"(Île|Îles)\b", b):
        full = f"{b} {a}"
        return [(full, full), (a, full)]
    if re.match(r"(État|États|Fédération)\b", b):
        return [(f"{b} {a}", a), (a, a)]
    return [(name, name), (a, name)]


def c_string(s):
    out = []
    for b in s.encode("utf-8"):
        out.append(chr(b) if 0x20 <= b < 0x7f and chr(b) not in '"\\?' else "\\%03o" % b)
    return '"' + "".join(out) + '"'


def main():
    fr = gettext.translation("iso_3166-1", localedir="/usr/share/locale", languages=["fr"])
    data = json.load(open(ISO, encoding="utf-8"))["3166-1"]
    rows = []
    for c in data:
        code, overseas = c["alpha_2"], c["alpha_2"] in OVERSEAS
        for name, shown in names(fr.gettext(c.get("common_name", c["name"]))):
            rows.append((key(name), shown, code, overseas))
    rows = sorted(set(rows))
    print("/* GENERATED FILE, do not edit: `make countries` regenerates it by running")
    print(" * scripts/gen-countries.py on Debian's iso-codes (ISO 3166-1 and its French")
    print(" * names, the departments of France of ISO 3166-2). */")
    print('#include "extract/countries.h"')
    print()
    print("const struct country_name country_names[] = {")
    for k, name, code, overseas in rows:
        print(f"    {{{c_string(k)}, {c_string(name)}, \"{code}\", {'true' if overseas else 'false'}}},")
    print("};")
    print()
    print("const size_t country_names_count = sizeof country_names / sizeof country_names[0];")
    deps = []
    for d in json.load(open(ISO2, encoding="utf-8"))["3166-2"]:
        if d["code"].startswith("FR-") and d["type"].endswith("department"):
            deps.append((key(d["name"]), d["name"], d["code"][3:]))
    print()
    print("const struct department_name department_names[] = {")
    for k, name, code in sorted(set(deps)):
        print(f"    {{{c_string(k)}, {c_string(name)}, \"{code}\"}},")
    print("};")
    print()
    print("const size_t department_names_count =")
    print("    sizeof department_names / sizeof department_names[0];")


if __name__ == "__main__":
    sys.exit(main())

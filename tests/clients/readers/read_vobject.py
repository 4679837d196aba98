#!/usr/bin/python3
"""read_vobject: what python3-vobject (the parser of Radicale and khard) reads
from a .vcf file.

Usage: read_vobject.py FILE.vcf

Like Radicale receiving the file in one PUT, the whole text goes to
vobject.readComponents(); any parse error refuses the whole file (Radicale
answers 400).  Prints one JSON object: {"client":"vobject","version":...,
"status":"ok"|"refused","error":...,"cards":[...]}.

Written for the fiche2vcard client harness.
"""
import json
import sys

import vobject


def text(v):
    if v is None:
        return None
    if isinstance(v, bytes):
        return v.decode("utf-8", "replace")
    return str(v)


def params_types(line):
    types = []
    for key, values in line.params.items():
        if key.upper() == "TYPE":
            types.extend(values)
        elif key.upper() not in ("VALUE", "PREF", "CHARSET", "ENCODING", "LABEL", "PID"):
            pass
    # vCard 2.1 bare parameters end up under TYPE too, or as singletonparams
    for sp in getattr(line, "singletonparams", []) or []:
        types.append(sp)
    return types


def card_json(card):
    out = {"fn": None, "org": None, "kind": None, "x_abshowas": None,
           "note": None, "uid": None, "title": None, "n": None,
           "phones": [], "emails": [], "addresses": []}
    labels = {}
    for line in card.getChildren():
        if line.name.upper() == "X-ABLABEL" and line.group:
            labels[line.group] = text(line.value)
    for line in card.getChildren():
        name = line.name.upper()
        val = line.value
        if name == "FN":
            out["fn"] = text(val)
        elif name == "ORG":
            out["org"] = [text(x) for x in val] if isinstance(val, list) else [text(val)]
        elif name == "KIND":
            out["kind"] = text(val)
        elif name == "X-ABSHOWAS":
            out["x_abshowas"] = text(val)
        elif name == "NOTE":
            out["note"] = text(val)
        elif name == "UID":
            out["uid"] = text(val)
        elif name == "TITLE":
            out["title"] = text(val)
        elif name == "N":
            if hasattr(val, "family"):
                out["n"] = {"family": text(val.family), "given": text(val.given),
                            "additional": text(val.additional), "prefix": text(val.prefix),
                            "suffix": text(val.suffix)}
            else:
                out["n"] = {"raw": text(val)}
        elif name == "TEL":
            out["phones"].append({"number": text(val), "types": params_types(line),
                                  "group": line.group,
                                  "label": labels.get(line.group) if line.group else None})
        elif name == "EMAIL":
            out["emails"].append(text(val))
        elif name == "ADR":
            if hasattr(val, "street"):
                out["addresses"].append({
                    "box": text(val.box), "extended": text(val.extended),
                    "street": text(val.street), "locality": text(val.city),
                    "region": text(val.region), "code": text(val.code),
                    "country": text(val.country), "types": params_types(line),
                    "label": text(line.params.get("LABEL", [None])[0])})
            else:
                out["addresses"].append({"raw": text(val)})
    return out


def main():
    if len(sys.argv) != 2:
        sys.stderr.write("usage: read_vobject.py FILE.vcf\n")
        return 2
    raw = open(sys.argv[1], "rb").read()
    res = {"client": "vobject", "version": getattr(vobject, "VERSION", None),
           "status": "ok", "error": None, "cards": []}
    try:
        import importlib.metadata as md
        res["version"] = md.version("vobject")
    except Exception:
        pass
    try:
        data = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        res.update(status="refused", error="not UTF-8: %s" % exc)
        print(json.dumps(res, ensure_ascii=False))
        return 0
    try:
        cards = list(vobject.readComponents(data))
        res["cards"] = [card_json(c) for c in cards]
    except Exception as exc:  # vobject raises ParseError and others
        res.update(status="refused", error="%s: %s" % (type(exc).__name__, exc), cards=[])
    print(json.dumps(res, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

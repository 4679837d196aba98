#!/usr/bin/python3
"""read_khard: what khard shows from a .vcf file.

Usage: read_khard.py FILE.vcf [KHARD]

The file is cut into cards (BEGIN:VCARD .. END:VCARD), each written to its own
file of a temporary vdir (khard wants one card per file); a temporary khard
config points at it.  `khard ls --parsable --fields uid,kind,...` lists what
khard accepts (with --skip-unparsable, so that one bad card does not hide the
others; a first run without it records the refusals), then
`khard show --format yaml uid:UID` gives what the user sees and edits.
Prints one JSON object: {"client":"khard","version":...,"status":...,
"error":...,"refused_cards":[...],"cards":[...]}.

Written for the fiche2vcard client harness.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

from ruamel.yaml import YAML

TIMEOUT = 30

CONFIG = """[addressbooks]
[[ab]]
path = {vdir}

[general]
debug = no
default_action = list
editor = /bin/true
merge_editor = /bin/true

[contact table]
display = formatted_name
show_uids = yes
show_kinds = yes
sort = formatted_name

[vcard]
preferred_version = 3.0
search_in_source_files = no
skip_unparsable = no
"""


def run(cmd, env):
    return subprocess.run(cmd, capture_output=True, timeout=TIMEOUT, env=env,
                          stdin=subprocess.DEVNULL)


def flatten(v):
    """khard's YAML gives a string or a list of strings."""
    if v is None:
        return []
    if isinstance(v, list):
        out = []
        for x in v:
            out.extend(flatten(x))
        return out
    return [str(v)]


def main():
    if len(sys.argv) < 2:
        sys.stderr.write("usage: read_khard.py FILE.vcf [KHARD]\n")
        return 2
    khard = sys.argv[2] if len(sys.argv) > 2 else "khard"
    raw = open(sys.argv[1], "rb").read()
    res = {"client": "khard", "version": None, "status": "ok", "error": None,
           "refused_cards": [], "cards": []}
    with tempfile.TemporaryDirectory(prefix="khard-") as tmp:
        vdir = os.path.join(tmp, "vdir")
        os.mkdir(vdir)
        conf = os.path.join(tmp, "khard.conf")
        with open(conf, "w") as f:
            f.write(CONFIG.format(vdir=vdir))
        env = dict(os.environ, HOME=tmp, XDG_CONFIG_HOME=tmp, XDG_DATA_HOME=tmp,
                   XDG_CACHE_HOME=tmp, LC_ALL="C.UTF-8", LANG="C.UTF-8")
        ver = run([khard, "--version"], env)
        res["version"] = (ver.stdout or ver.stderr).decode("utf-8", "replace").split()[-1]
        cards = re.findall(rb"BEGIN:VCARD.*?END:VCARD[ \t]*(?:\r?\n)?", raw, re.S | re.I)
        for i, c in enumerate(cards):
            with open(os.path.join(vdir, "card%03d.vcf" % i), "wb") as f:
                f.write(c)
        strict = run([khard, "-c", conf, "ls", "--parsable"], env)
        err = strict.stderr.decode("utf-8", "replace")
        for m in re.finditer(r"Error: Could not parse file (\S+)\n(.*)", err):
            res["refused_cards"].append({"file": os.path.basename(m.group(1)),
                                         "error": m.group(2).strip()})
        lst = run([khard, "-c", conf, "--skip-unparsable", "ls", "--parsable",
                   "--fields", "uid,kind,formatted_name,name"], env)
        uids = []
        for line in lst.stdout.decode("utf-8", "replace").splitlines():
            parts = line.split("\t")
            if len(parts) >= 2 and parts[0]:
                uids.append(parts)
        yaml = YAML(typ="safe")
        for parts in uids:
            uid = parts[0]
            show = run([khard, "-c", conf, "--skip-unparsable", "show", "--format", "yaml",
                        "uid:" + uid], env)
            text = show.stdout.decode("utf-8", "replace")
            try:
                doc = yaml.load(text) or {}
            except Exception as exc:  # keep going, record it
                res["cards"].append({"uid": uid, "error": "yaml: %s" % exc})
                continue
            phones = []
            for types, numbers in (doc.get("Phone") or {}).items():
                for n in flatten(numbers):
                    phones.append({"types": str(types), "number": n})
            emails = []
            for types, addrs in (doc.get("Email") or {}).items():
                emails.extend(flatten(addrs))
            addresses = []
            for types, adrs in (doc.get("Address") or {}).items():
                for a in (adrs if isinstance(adrs, list) else [adrs]):
                    a = a or {}
                    addresses.append({"types": str(types),
                                      "street": "\n".join(flatten(a.get("Street"))),
                                      "box": "\n".join(flatten(a.get("Box"))),
                                      "extended": "\n".join(flatten(a.get("Extended"))),
                                      "code": "\n".join(flatten(a.get("Code"))),
                                      "locality": "\n".join(flatten(a.get("City"))),
                                      "region": "\n".join(flatten(a.get("Region"))),
                                      "country": "\n".join(flatten(a.get("Country")))})
            notes = flatten(doc.get("Note"))
            res["cards"].append({
                "uid": uid,
                "kind": parts[1] if len(parts) > 1 else None,
                "list_name": parts[3] if len(parts) > 3 else None,
                "formatted_name": doc.get("Formatted name"),
                "n": {"prefix": " ".join(flatten(doc.get("Prefix"))),
                      "given": " ".join(flatten(doc.get("First name"))),
                      "additional": " ".join(flatten(doc.get("Additional"))),
                      "family": " ".join(flatten(doc.get("Last name"))),
                      "suffix": " ".join(flatten(doc.get("Suffix")))},
                "organisation": flatten(doc.get("Organisation")),
                "title": flatten(doc.get("Title")),
                "phones": phones,
                "emails": emails,
                "addresses": addresses,
                "note": "\n".join(notes) if notes else None,
            })
        if not res["cards"]:
            res["status"] = "refused"
            res["error"] = "; ".join(r["error"] for r in res["refused_cards"]) or "no card listed"
    print(json.dumps(res, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

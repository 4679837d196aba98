#!/usr/bin/python3
"""Interoperability: ical.js (Mozilla's parser, the one of Thunderbird) reads every
vCard 3.0 and 4.0 and every .ics the program writes for the sample inputs; the fields
read are compared with the model. ical.js is pinned by tests/interop/package.json and
package-lock.json; scripts/install-deps.sh runs `npm ci` there. When node_modules is
missing (a fresh clone that skipped install-deps), `npm ci` runs into a temporary folder.
vCard 2.1 is not given to ical.js: it implements RFC 6350 and RFC 2426 only (README)."""
import json
import os
import shutil
import subprocess
import sys

sys.dont_write_bytecode = True  # never write into the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

FORMS = ["3.0", "4.0"]


def ical_js(res, tmp):
    """Path of ical.js's ES module, installing it from the lock file when needed."""
    rel = os.path.join("node_modules", "ical.js", "dist", "ical.js")
    for base in (common.HERE, os.path.join(common.BUILD, "tests", "interop")):
        if os.path.exists(os.path.join(base, rel)):
            return os.path.join(base, rel)
    npm = shutil.which("npm")
    if not res.ok("setup", "npm present (ical.js not installed)", npm is not None):
        return None
    d = os.path.join(tmp, "npm")
    os.makedirs(d)
    for f in ("package.json", "package-lock.json"):
        shutil.copy(os.path.join(common.HERE, f), d)
    p = subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--silent"], cwd=d,
                       capture_output=True, text=True, timeout=300)
    if not res.ok("setup", "npm ci (ical.js)", p.returncode == 0, p.stderr[-2000:]):
        return None
    return os.path.join(d, rel)


def run(res, mod, kind, files):
    node = shutil.which("node") or shutil.which("nodejs")
    if not res.ok("setup", "node present", node is not None):
        return []
    p = subprocess.run([node, os.path.join(common.HERE, "icaljs.mjs"), mod, kind] + files,
                       capture_output=True, timeout=300)
    if not res.ok("setup", f"node icaljs.mjs {kind} runs", p.returncode == 0,
                  p.stderr.decode("utf-8", "replace")[-3000:]):
        return []
    out = [json.loads(l) for l in p.stdout.decode("utf-8").splitlines() if l.strip()]
    res.eq("setup", f"one {kind} result per file", len(out), len(files))
    return out


def _unescape_semicolons(v):
    if isinstance(v, str):
        return v.replace("\\;", ";")
    if isinstance(v, list):
        return [_unescape_semicolons(x) for x in v]
    if isinstance(v, dict):
        return {k: _unescape_semicolons(x) for k, x in v.items()}
    return v


def body(res, tmp):
    mod = ical_js(res, tmp)
    if mod is None:
        return
    cases = common.produce(res, tmp)
    vcf = [(c, k, c["files"][k]) for c in cases for k in FORMS if c["files"].get(k)]
    ics = [(c, k, c["files"][k]) for c in cases for k, _ in common.ICS_FORMS
           if c["files"].get(k)]
    for (case, key, path), r in zip(vcf, run(res, mod, "vcf", [t[2] for t in vcf])):
        where = f"{case['name']} vCard {key} (ical.js)"
        if not res.ok(where, "parses", "error" not in r, r.get("error", "")):
            continue
        cards = r["cards"]
        if key == "3.0":
            # ical.js leaves "\;" escaped in vCard text; RFC 2426 requires the
            # escape in 3.0, so the reader is wrong there (README.md). In 4.0 the
            # escape is optional (RFC 6350 3.4) and our output must not use it.
            cards = _unescape_semicolons(cards)
        common.check_cards(res, where, cards, case["entries"], key,
                           hand=common.HAND_FACTS.get(case["name"]))
    for (case, key, path), r in zip(ics, run(res, mod, "ics", [t[2] for t in ics])):
        where = f"{case['name']} {key} (ical.js)"
        if not res.ok(where, "parses", "error" not in r, r.get("error", "")):
            continue
        common.check_ics(res, where, r, case["entries"], key,
                         hand=common.HAND_FACTS.get(case["name"]))


if __name__ == "__main__":
    common.run_main("ical.js", body)

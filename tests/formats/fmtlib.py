"""Shared part of the tests of the other formats (tests/formats/*.py, issue 20).

Each test runs the real program over every corpus set (examples/*.md and each
tests/corpus/SET/ folder), in the vCard/iCalendar forms and the format under
test, and has an independent reader (ical.js, the opening_hours library,
Python's csv and json modules, vobject, icalendar) read the outputs back; the
facts read must be those of the .vcf and .ics of the same run. Checks are
counted with tests/interop/common.py's Results ("N passed, N failed").
"""
import glob
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "interop"))
import common as interop  # noqa: E402

TOP = interop.TOP
BUILD = interop.BUILD
PROG = interop.PROG
Results = interop.Results
run_main = interop.run_main
INPUT_SUFFIXES = (".md", ".markdown", ".txt")


def sets():
    """[(name, [input files])]: examples/ then every corpus set, sorted; README.md
    is a set's description, not an input."""
    out = [("examples", sorted(glob.glob(os.path.join(TOP, "examples", "*.md"))))]
    for d in sorted(glob.glob(os.path.join(TOP, "tests", "corpus", "*", ""))):
        files = sorted(os.path.join(d, f) for f in os.listdir(d)
                       if f.endswith(INPUT_SUFFIXES) and f != "README.md")
        if files:
            out.append((os.path.basename(os.path.dirname(d)), files))
    return out


def run(res, where, args, ok_status=(0, 1)):
    """Run the program; its exit status must be in ok_status (1: some entries of
    a set are refused, which the corpus tests judge). Returns the process."""
    env = dict(os.environ)
    env.setdefault("SOURCE_DATE_EPOCH", "1700000000")
    p = subprocess.run([PROG] + args, capture_output=True, env=env, timeout=600)
    res.ok(where, f"fiche2vcard exits with {ok_status}", p.returncode in ok_status,
           f"status {p.returncode}: " + p.stderr.decode("utf-8", "replace")[-1500:])
    return p


def node():
    return shutil.which("node") or shutil.which("nodejs")


def npm_module(res, tmp, rel):
    """Path of a file of a pinned npm package (tests/interop/package.json and
    package-lock.json), running `npm ci` into tmp when node_modules is missing."""
    for base in (interop.HERE, os.path.join(BUILD, "tests", "interop")):
        if os.path.exists(os.path.join(base, "node_modules", rel)):
            return os.path.join(base, "node_modules", rel)
    d = os.path.join(tmp, "npm")
    if not os.path.exists(os.path.join(d, "node_modules", rel)):
        npm = shutil.which("npm")
        if not res.ok("setup", "npm present (tests/interop/node_modules missing)",
                      npm is not None):
            return None
        os.makedirs(d, exist_ok=True)
        for f in ("package.json", "package-lock.json"):
            shutil.copy(os.path.join(interop.HERE, f), d)
        p = subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--silent"], cwd=d,
                           capture_output=True, text=True, timeout=300)
        if not res.ok("setup", "npm ci", p.returncode == 0, p.stderr[-2000:]):
            return None
    return os.path.join(d, "node_modules", rel)


def run_node(res, where, args):
    """Run node with args; its standard output as text (None on failure)."""
    n = node()
    if not res.ok("setup", "node present", n is not None):
        return None
    env = dict(os.environ, TZ="UTC")
    p = subprocess.run([n] + args, capture_output=True, timeout=600, env=env)
    if not res.ok(where, "node " + os.path.basename(args[0]) + " runs", p.returncode == 0,
                  p.stderr.decode("utf-8", "replace")[-3000:]):
        return None
    return p.stdout.decode("utf-8")


def read_vcards(path):
    """The cards of a vCard file, read by vobject, in file order."""
    import vobject
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return list(vobject.readComponents(f.read()))


def card_value(card, name):
    """First value of property name (lower case) of a vobject card, or None."""
    lines = card.contents.get(name.lower())
    return lines[0].value if lines else None


def card_values(card, name):
    return [line for line in card.contents.get(name.lower(), [])]


def e164(value):
    v = value.strip()
    if v.lower().startswith("tel:"):
        v = v[4:]
    v = v.split(";")[0]
    return "+" + re.sub(r"[^0-9]", "", v) if v.startswith("+") else re.sub(r"[^0-9]", "", v)


def tel_kind(line):
    types = [t.lower() for v in line.params.get("TYPE", []) for t in v.split(",")]
    return "fax" if "fax" in types else "cell" if "cell" in types else "voice"


def is_org(card):
    kind = card_value(card, "kind")
    if kind is not None:
        return kind.lower() == "org"
    return (card_value(card, "x-abshowas") or "").upper() == "COMPANY"

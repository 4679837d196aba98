#!/usr/bin/python3
"""What must not become weekly hours: a seeded generator (schedules.py) writes
sentences of dated slots ("le 5 mai de 9h à 12h", "à partir du 29/11"),
monthly permanences ("le 1er mardi du mois", "(les 2èmes et 4èmes du mois)"),
seasons, closures, durations ("6h30 d'ouverture par semaine"), appointment
or walk-in rules alone, times without days, hours of something else ("borne
en libre-service"); read in one run, none may give a weekly range, and each
that holds a day and a time must be warned about with the whole sentence
quoted.

Usage: negative.py [--seed S] [--count N] (HOURS_SEED, HOURS_COUNT).
Prints the seed and each sentence read wrong, then "N passed, N failed".
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import schedules  # noqa: E402

TOP = os.environ.get("top_srcdir", ".")
PROG = os.environ.get("FICHE2VCARD", os.path.join(TOP, "fiche2vcard"))
WARNING = "warning: opening hours not understood: "


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=int(os.environ.get("HOURS_SEED", 16)))
    ap.add_argument("--count", type=int, default=int(os.environ.get("HOURS_COUNT", 6000)) // 2)
    args = ap.parse_args()
    gen = schedules.Generator(args.seed + 1)
    cases = [gen.negative() for _ in range(args.count)]
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "negative.md")
        with open(path, "w", encoding="utf-8") as f:
            for i, (line, _) in enumerate(cases):
                f.write(schedules.entry(i, [line]))
        out = subprocess.run([PROG, "-j", "1", "--dump", "json", path],
                             capture_output=True, text=True, check=False)
    dumps = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
    if len(dumps) != len(cases):
        print("seed %d: %d entries written, %d read back (exit %d)"
              % (args.seed, len(cases), len(dumps), out.returncode))
        print("0 passed, 1 failed")
        return 1
    # the warnings of each entry's line: the entry i starts at line 6 i + 1,
    # its sentence is on line 6 i + 5 (schedules.entry)
    warned = {}
    for line in out.stderr.splitlines():
        parts = line.split(":", 2)
        if len(parts) == 3 and WARNING in parts[2] and parts[1].isdigit():
            warned.setdefault(int(parts[1]), []).append(parts[2].split(WARNING, 1)[1])
    failed = 0
    for i, ((line, must_warn), got) in enumerate(zip(cases, dumps)):
        why = []
        if got["hours"]:
            why.append("weekly hours %s" % schedules.structure_of_dump(got["hours"]))
        if must_warn and line.strip() not in warned.get(6 * i + 5, []):
            why.append("no warning quoting it whole (got %s)" % warned.get(6 * i + 5))
        if why:
            failed += 1
            if failed <= 40:
                print("FAIL seed %d entry %d: %s\n    | %s" % (args.seed, i, "; ".join(why),
                                                               line))
    if failed:
        print("seed %d: %d of %d sentences read wrong" % (args.seed, failed, len(cases)))
    print("%d passed, %d failed" % (len(cases) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""Generated schedules read back: a seeded generator (schedules.py) writes
thousands of opening-hours sentences from building blocks of its own (days,
times, separators, lead-ins, trailing clauses, capitals, no-break spaces),
each entry with the structure it states; the program reads them all in one
run (--dump json) and must give that structure back: the weekly ranges,
their kind and appointment flag, the closures, appointment-only reception.

Usage: generated.py [--seed S] [--count N]. HOURS_SEED and HOURS_COUNT
override the defaults (a fixed seed: the test is the same on every run).
Prints the seed and each entry read wrong, then "N passed, N failed".
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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=int(os.environ.get("HOURS_SEED", 16)))
    ap.add_argument("--count", type=int, default=int(os.environ.get("HOURS_COUNT", 6000)))
    args = ap.parse_args()
    gen = schedules.Generator(args.seed)
    cases = [gen.positive() for _ in range(args.count)]
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "generated.md")
        with open(path, "w", encoding="utf-8") as f:
            for i, (lines, _, _, _) in enumerate(cases):
                f.write(schedules.entry(i, lines))
        out = subprocess.run([PROG, "-q", "-j", "1", "--dump", "json", path],
                             capture_output=True, text=True, check=False)
    dumps = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
    if len(dumps) != len(cases):
        print("seed %d: %d entries written, %d read back (exit %d)\n%s"
              % (args.seed, len(cases), len(dumps), out.returncode, out.stderr[-2000:]))
        print("0 passed, 1 failed")
        return 1
    failed = 0
    for (lines, want, closures, only), got in zip(cases, dumps):
        got_s = schedules.structure_of_dump(got["hours"])
        want_s = schedules.structure_of(want)
        got_c = [c.casefold() for c in got["closures"]]
        want_c = [c.casefold() for c in closures]
        if got_s == want_s and got["appointment_only"] == only and got_c == want_c:
            continue
        failed += 1
        if failed <= 40:
            print("FAIL seed %d entry %d:" % (args.seed, got["index"]))
            for line in lines:
                print("    | %s" % line)
            print("  want %s closures %s%s" % (want_s, want_c,
                  " appointment-only" if only else ""))
            print("  got  %s closures %s%s" % (got_s, got_c,
                  " appointment-only" if got["appointment_only"] else ""))
    if failed:
        print("seed %d: %d of %d entries read wrong" % (args.seed, failed, len(cases)))
    print("%d passed, %d failed" % (len(cases) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

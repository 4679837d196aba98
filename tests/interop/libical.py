#!/usr/bin/python3
"""Interoperability: libical (the C library of Evolution and others) parses back every
.ics the program writes for the sample inputs; icalrestriction_check must find nothing,
no X-LIC-ERROR may appear, and the fields read are compared with the model.
tests/interop/ical_check.c is compiled into a temporary folder with cc and pkg-config."""
import json
import os
import shlex
import subprocess
import sys

sys.dont_write_bytecode = True  # never write into the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402


# iTIP (RFC 5546) PUBLISH rules that do not apply to a file without METHOD, which
# RFC 5545 3.7.2 says carries no scheduling semantics: see README.md.
_ITIP = "Failed iTIP restrictions for {} property. Expected 1 instances of the property " \
        "and got 0"
PUBLISH_NOT_APPLICABLE = {
    "VEVENT: " + _ITIP.format("ORGANIZER"),
    "VJOURNAL: " + _ITIP.format("ORGANIZER"),
    "VTODO: " + _ITIP.format("ORGANIZER"),
    "VTODO: " + _ITIP.format("DTSTART"),
    "VTODO: " + _ITIP.format("PRIORITY"),
}


def build(res, tmp):
    cc = os.environ.get("CC") or "cc"
    try:
        flags = subprocess.run(["pkg-config", "--cflags", "--libs", "libical"],
                               capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError) as e:
        res.ok("setup", "pkg-config libical", False, repr(e))
        return None
    exe = os.path.join(tmp, "ical_check")
    src = os.path.join(common.HERE, "ical_check.c")
    p = subprocess.run([cc, "-std=c11", "-O1", "-o", exe, src] + shlex.split(flags),
                       capture_output=True, text=True)
    if not res.ok("setup", "compile ical_check.c", p.returncode == 0, p.stderr[-2000:]):
        return None
    return exe


def body(res, tmp):
    exe = build(res, tmp)
    if exe is None:
        return
    for case in common.produce(res, tmp):
        hand = common.HAND_FACTS.get(case["name"])
        for key, _ in common.ICS_FORMS:
            path = case["files"].get(key)
            if not path:
                continue
            where = f"{case['name']} {key} (libical)"
            p = subprocess.run([exe, path], capture_output=True, timeout=60)
            try:
                r = json.loads(p.stdout.decode("utf-8"))
            except ValueError as e:
                res.ok(where, "ical_check output", False,
                       f"{e!r} {p.stderr.decode('utf-8', 'replace')[-500:]}")
                continue
            if not res.ok(where, "parses", r.get("parsed"), r.get("error", "")):
                continue
            res.eq(where, "X-LIC-ERROR after parsing", r["parse_errors"], [])
            res.eq(where, "icalrestriction_check messages", r["restriction_errors"], [])
            publish = [e for e in r["publish_errors"] if e not in PUBLISH_NOT_APPLICABLE]
            res.eq(where, "icalrestriction_check messages under METHOD:PUBLISH",
                   publish, [])
            common.check_ics(res, where, r, case["entries"], key, hand=hand)


if __name__ == "__main__":
    common.run_main("libical", body)

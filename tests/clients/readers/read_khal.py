#!/usr/bin/python3
"""read_khal: what khal shows from an .ics file.

Usage: read_khal.py FILE.ics ZONE FROM TO [FROM TO ...]
  ZONE: the user's zone (khal local_timezone and default_timezone);
  FROM/TO: local dates YYYY-MM-DD (TO exclusive).

A temporary config and vdir; `khal import --batch FILE` (what khal accepts
is what lands in the vdir: one .ics per UID), then `khal list FROM TO` with a
machine-readable --format.  Prints one JSON object: {"client":"khal",
"version":...,"status":...,"error":...,"imported_files":N,
"components":[{"type":"event","summary","description","occurrences":[...]}]}
(khal lists events only; what it dropped does not appear).

Written for the fiche2vcard client harness.
"""
import datetime
import json
import os
import subprocess
import sys
import tempfile

TIMEOUT = 60
FS, RS, DAY = "\x1f", "\x1e", "\x1dDAY "

CONFIG = """[calendars]
[[cal]]
path = {vdir}
type = calendar

[sqlite]
path = {db}

[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%dT%H:%M:%S%z
longdatetimeformat = %Y-%m-%dT%H:%M:%S%z
local_timezone = {zone}
default_timezone = {zone}
firstweekday = 0

[default]
default_calendar = cal
"""


def run(cmd, env):
    return subprocess.run(cmd, capture_output=True, timeout=TIMEOUT, env=env,
                          stdin=subprocess.DEVNULL)


def iso(s):
    """khal prints %z as +0100; make it +01:00 (or keep a date)."""
    s = s.strip()
    if len(s) >= 5 and (s[-5] in "+-") and s[-4:].isdigit():
        return s[:-2] + ":" + s[-2:]
    return s


def main():
    if len(sys.argv) < 5 or (len(sys.argv) - 3) % 2:
        sys.stderr.write("usage: read_khal.py FILE.ics ZONE FROM TO [FROM TO ...]\n")
        return 2
    src, zone = sys.argv[1], sys.argv[2]
    windows = list(zip(sys.argv[3::2], sys.argv[4::2]))
    res = {"client": "khal", "version": None, "status": "ok", "error": None,
           "imported_files": 0, "components": []}
    with tempfile.TemporaryDirectory(prefix="khal-") as tmp:
        vdir = os.path.join(tmp, "cal")
        os.mkdir(vdir)
        conf = os.path.join(tmp, "khal.conf")
        with open(conf, "w") as f:
            f.write(CONFIG.format(vdir=vdir, db=os.path.join(tmp, "khal.db"), zone=zone))
        env = dict(os.environ, HOME=tmp, XDG_CONFIG_HOME=tmp, XDG_DATA_HOME=tmp,
                   XDG_CACHE_HOME=tmp, LC_ALL="C.UTF-8", LANG="C.UTF-8", TZ=zone)
        ver = run(["khal", "--version"], env)
        res["version"] = ver.stdout.decode().split()[-1] if ver.stdout else None
        imp = run(["khal", "-c", conf, "import", "--batch", src], env)
        res["import_rc"] = imp.returncode
        res["import_stderr"] = imp.stderr.decode("utf-8", "replace")[-2000:]
        res["imported_files"] = len([n for n in os.listdir(vdir) if n.endswith(".ics")])
        if imp.returncode != 0:
            res["status"] = "refused"
            res["error"] = "khal import exited %d: %s" % (
                imp.returncode, res["import_stderr"].strip().splitlines()[-1:] or "")
        # An event over midnight is listed under each of its days; two equal
        # events are listed twice under the same day.  So an occurrence counts
        # as many times as it appears under one day at most.
        events = {}
        counts = {}
        fmt = FS.join(["{start}", "{end}", "{title}", "{repeat-symbol}", "{description}",
                       "{all-day}"]) + RS
        for start, end in windows:
            # khal's END is inclusive of the day; ask for the day before TO
            last = (datetime.date.fromisoformat(end) - datetime.timedelta(days=1)).isoformat()
            lst = run(["khal", "-c", conf, "list", "--day-format", DAY + "{date}" + RS,
                       "--format", fmt, start, last], env)
            out = lst.stdout.decode("utf-8", "replace")
            day = None
            per_day = {}
            for rec in out.split(RS):
                rec = rec.strip("\n")
                if rec.startswith(DAY):
                    day = rec
                    continue
                if not rec.strip():
                    continue
                f = rec.split(FS)
                if len(f) < 6:
                    continue
                key = (f[2], f[4])
                events.setdefault(key, {"type": "event", "summary": f[2], "description": f[4],
                                        "recurring": bool(f[3].strip()), "occurrences": []})
                occ = (key, iso(f[0]), iso(f[1]), f[5].strip() == "True")
                per_day[(day, occ)] = per_day.get((day, occ), 0) + 1
            for (day, occ), k in per_day.items():
                counts[occ] = max(counts.get(occ, 0), k)
        for (key, s0, e0, allday), k in sorted(counts.items()):
            for _ in range(k):
                events[key]["occurrences"].append({"start": s0, "end": e0, "all_day": allday})
        res["components"] = list(events.values())
    print(json.dumps(res, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

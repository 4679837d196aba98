#!/usr/bin/python3
"""read_calcurse: what calcurse shows from an .ics file.

Usage: read_calcurse.py FILE.ics ZONE FROM TO [FROM TO ...]
  ZONE: the user's zone (calcurse works in the TZ of its process);
  FROM/TO: local dates YYYY-MM-DD (TO exclusive).

`calcurse -D TMP -i FILE` in a temporary data directory (its import report
says what was taken and skipped), then `calcurse -D TMP -Q --from --to` with
machine-readable --format-* options for appointments, events and todos.
Prints one JSON object: {"client":"calcurse","version":...,"status":...,
"error":...,"import_report":...,"components":[...]}.

Written for the fiche2vcard client harness.
"""
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile

TIMEOUT = 60
FS, RS = "\x1f", "\x1e"


def run(cmd, env):
    return subprocess.run(cmd, capture_output=True, timeout=TIMEOUT, env=env,
                          stdin=subprocess.DEVNULL)


def iso(s):
    s = s.strip()
    if len(s) >= 5 and (s[-5] in "+-") and s[-4:].isdigit():
        return s[:-2] + ":" + s[-2:]
    return s


def note_text(n):
    """calcurse keeps DESCRIPTION (and LOCATION etc.) in a note; %N indents
    each line with a tab."""
    lines = n.split("\n")
    return "\n".join(l[1:] if l.startswith("\t") else l for l in lines).strip("\n")


def main():
    if len(sys.argv) < 5 or (len(sys.argv) - 3) % 2:
        sys.stderr.write("usage: read_calcurse.py FILE.ics ZONE FROM TO [FROM TO ...]\n")
        return 2
    src, zone = sys.argv[1], sys.argv[2]
    windows = list(zip(sys.argv[3::2], sys.argv[4::2]))
    res = {"client": "calcurse", "version": None, "status": "ok", "error": None,
           "import_report": None, "components": []}
    with tempfile.TemporaryDirectory(prefix="calcurse-") as tmp:
        env = dict(os.environ, HOME=tmp, XDG_CONFIG_HOME=tmp, XDG_DATA_HOME=tmp,
                   LC_ALL="C.UTF-8", LANG="C.UTF-8", TZ=zone)
        ver = run(["calcurse", "--version"], env)
        m = re.search(r"(\d+\.\d+(\.\d+)?)", ver.stdout.decode("utf-8", "replace"))
        res["version"] = m.group(1) if m else None
        data = os.path.join(tmp, "data")
        os.mkdir(data)
        imp = run(["calcurse", "-D", data, "-i", src], env)
        report = (imp.stdout + imp.stderr).decode("utf-8", "replace")
        res["import_report"] = report.strip()[-2000:]
        res["import_rc"] = imp.returncode
        if imp.returncode != 0:
            res["status"] = "refused"
            res["error"] = "calcurse -i exited %d" % imp.returncode
            # the items it skipped and why, from the log it names
            log = re.search(r"See (\S+) for details", report)
            if log and os.path.exists(log.group(1)):
                with open(log.group(1), encoding="utf-8", errors="replace") as f:
                    why = [l.strip() for l in f if re.match(r"(VEVENT|VTODO) \[", l)]
                os.unlink(log.group(1))
                if why:
                    res["error"] += ": " + "; ".join(why[:3])
        apt = FS.join(["APT", "%(start:%Y-%m-%dT%H:%M:%S%z)", "%(end:%Y-%m-%dT%H:%M:%S%z)",
                       "%m", "%N"]) + RS
        evt = FS.join(["EVT", "", "", "%m", "%N"]) + RS
        todo = FS.join(["TODO", "%p", "", "%m", "%N"]) + RS
        # calcurse prints a day header ("01/13/25:") before each day's items; an
        # appointment over midnight is listed under both days, two equal
        # appointments twice under one day: count the most under one day.
        comps = {}
        todos = {}
        counts = {}
        for start, end in windows:
            last = (datetime.date.fromisoformat(end) - datetime.timedelta(days=1)).isoformat()
            q = run(["calcurse", "-D", data, "--input-datefmt", "4", "-Q",
                     "--from", start, "--to", last,
                     "--format-apt", apt, "--format-recur-apt", apt,
                     "--format-event", evt, "--format-recur-event", evt,
                     "--format-todo", todo], env)
            out = q.stdout.decode("utf-8", "replace")
            per_day = {}
            day = None
            for rec in out.split(RS):
                marks = [rec.find(t) for t in ("APT" + FS, "EVT" + FS, "TODO" + FS) if rec.find(t) >= 0]
                if not marks:
                    continue
                i = min(marks)
                head = rec[:i]
                m = re.search(r"(\d\d/\d\d/\d\d):\s*$", head)
                if m:
                    day = m.group(1)
                f = rec[i:].split(FS)
                if len(f) < 5:
                    continue
                kind, a, b, summary, note = f[0], f[1], f[2], f[3], note_text(f[4])
                if kind == "TODO":
                    todos[(summary, note)] = {"type": "todo", "summary": summary,
                                              "description": note, "priority": a,
                                              "occurrences": []}
                    continue
                key = (summary, note)
                comps.setdefault(key, {"type": "event", "summary": summary,
                                       "description": note, "occurrences": []})
                occ = (key, iso(a), iso(b)) if kind == "APT" else (key, None, None)
                per_day[(day, occ)] = per_day.get((day, occ), 0) + 1
            for (day, occ), k in per_day.items():
                counts[occ] = max(counts.get(occ, 0), k)
        for (key, s0, e0), k in counts.items():
            for _ in range(k):
                comps[key]["occurrences"].append(
                    {"start": s0, "end": e0} if s0 else {"all_day": True})
        res["components"] = list(comps.values()) + list(todos.values())
    print(json.dumps(res, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

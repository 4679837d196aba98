#!/usr/bin/python3
"""bench/run.py --prog PATH [--shared DIR] [--entries 20000,200000] [--rounds 5] [--check]

Throughput and memory benchmark of fiche2vcard (issue 9), run by `make bench`.

Generates Windows-1252 corpora with SHARED/bench/gen_corpus.py in a temporary
directory, then measures, round after round and alternating the commands so that
drift and noise fall on all of them alike:
  - fiche2vcard converting each corpus to one .vcf and one .ics;
  - SHARED/bench/peer.py (plain Python, vobject + icalendar) on a smaller corpus
    of the same generator (--peer-entries, 2,000 by default);
  - `iconv -f WINDOWS-1252 -t UTF-8` over the same bytes as each corpus: the floor
    for any converter that must at least transcode.
Each figure is the median wall time over the rounds; peak RSS is the largest
ru_maxrss of the command (wait4), taken by bench/spawn.c, compiled here with $CC
(default cc), which runs the command as its own child. Prints a table, the ratios and whether each
target is met. Exit status 0 even when a target is missed (it says so); with
--check a missed target exits 1. Exit 2 on a usage error or a failed command.

Issue 15's guard, printed apart: at least 25x peer.py, at most 4.5x iconv.
Targets, on the 20,000-entry corpus (or the smallest one measured):
  - entries/s at least 30x those of peer.py;
  - wall time at most 4x that of iconv over the same bytes;
  - peak RSS under 16 MiB, and within +-10% of it on the largest corpus.
Only the standard library is needed here; peer.py needs /usr/bin/python3 (vobject,
icalendar), chosen with --python.
"""
import argparse
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SPEED_RATIO_MIN = 30.0      # fiche2vcard entries/s over peer.py entries/s
FLOOR_RATIO_MAX = 4.0       # fiche2vcard time over iconv time, same bytes
RSS_MAX_KIB = 16 * 1024     # peak RSS, KiB (16 MiB)
RSS_GROWTH_MAX = 0.10       # largest corpus vs the reference one
# issue 15's guard: what a change of structure may not lose (same 20,000 entries)
GUARD_SPEED_MIN = 25.0
GUARD_FLOOR_MAX = 4.5

MIB = 1024 * 1024
MB = 1000 * 1000


def parse_args(argv):
    ap = argparse.ArgumentParser(
        description="Throughput and memory benchmark of fiche2vcard (issue 9).")
    ap.add_argument("--prog", default=os.path.join(REPO, "fiche2vcard"),
                    help="the built fiche2vcard (default: REPO/fiche2vcard)")
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(REPO), "shared"),
                    help="folder holding bench/gen_corpus.py and bench/peer.py "
                         "(default: ../shared beside the repository)")
    ap.add_argument("--entries", default="20000,200000",
                    help="comma-separated corpus sizes for fiche2vcard and iconv "
                         "(default 20000,200000; the targets use 20000 when present, "
                         "else the smallest)")
    ap.add_argument("--peer-entries", type=int, default=2000,
                    help="corpus size for peer.py (default 2000; 0 skips peer.py)")
    ap.add_argument("--rounds", type=int, default=5, help="rounds per command (default 5)")
    ap.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    ap.add_argument("--python", default="/usr/bin/python3",
                    help="interpreter for gen_corpus.py and peer.py (needs vobject and "
                         "icalendar; default /usr/bin/python3)")
    ap.add_argument("--prog-args", default="",
                    help="extra fiche2vcard options, shell-quoted (e.g. '-V 4.0')")
    ap.add_argument("--workdir", help="where to generate corpora and outputs "
                                      "(default: a temporary directory, removed at the end)")
    ap.add_argument("--keep", action="store_true", help="keep the working directory")
    ap.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    ap.add_argument("--markdown", action="store_true",
                    help="also print the table as Markdown (for bench/RESULTS.md)")
    a = ap.parse_args(argv)
    try:
        a.sizes = sorted({int(x) for x in a.entries.split(",") if x.strip()})
    except ValueError:
        ap.error("--entries: comma-separated integers expected")
    if not a.sizes or min(a.sizes) <= 0:
        ap.error("--entries: positive sizes expected")
    if a.rounds < 1:
        ap.error("--rounds: at least 1")
    if a.peer_entries < 0:
        ap.error("--peer-entries: 0 or more")
    for path in (a.prog,):
        if not os.access(path, os.X_OK):
            ap.error("%s: not an executable (build first, or pass --prog)" % path)
    for name in ("gen_corpus.py", "peer.py"):
        if not os.path.isfile(os.path.join(a.shared, "bench", name)):
            ap.error("%s: no bench/%s there (pass --shared)" % (a.shared, name))
    if shutil.which("iconv") is None:
        ap.error("iconv: not found")
    return a


class Cmd:
    """One command to measure: argv, input bytes, entry count, and its runs."""

    def __init__(self, kind, entries, argv, in_bytes, outputs, stdout=None):
        self.kind = kind            # "fiche2vcard", "peer.py" or "iconv"
        self.entries = entries
        self.argv = argv
        self.in_bytes = in_bytes
        self.outputs = outputs      # files the command writes (removed after each run)
        self.stdout = stdout        # file standard output goes to, or None
        self.walls = []
        self.cpus = []
        self.rss_kib = []
        self.out_bytes = 0

    @property
    def label(self):
        return "%s %s" % (self.kind, fmt_int(self.entries))

    def wall(self):
        return statistics.median(self.walls)

    def eps(self):
        return self.entries / self.wall()

    def mbps(self):
        return self.in_bytes / MB / self.wall()

    def rss(self):
        return max(self.rss_kib)


def fmt_int(n):
    return "{:,}".format(n)


def build_spawn(a, workdir):
    """Compiles bench/spawn.c into workdir; returns its path, or None on failure."""
    exe = os.path.join(workdir, "spawn")
    cc = os.environ.get("CC", "cc")
    src = os.path.join(os.path.dirname(os.path.abspath(__file__)), "spawn.c")
    res = subprocess.run(shlex.split(cc) + ["-O2", "-o", exe, src],
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if res.returncode != 0:
        sys.stderr.write("bench: cannot compile %s with %s:\n%s\n"
                         % (src, cc, res.stdout.decode("utf-8", "replace")))
        return None
    return exe


def run_once(cmd, workdir, env, spawn):
    """Runs cmd once; records wall time, CPU time and peak RSS. Exits 2 on failure.

    Through spawn (bench/spawn.c) when there is one: a child forked or vforked by
    this Python process would report at least this process's own RSS as its peak
    (~10 MiB), since Linux keeps the high-water mark of the memory image replaced
    by exec."""
    errpath = os.path.join(workdir, "stderr.txt")
    report = os.path.join(workdir, "rusage.txt")
    argv = [spawn, report] + cmd.argv if spawn else cmd.argv
    out = open(cmd.stdout, "wb") if cmd.stdout else subprocess.DEVNULL
    with open(errpath, "wb") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                env=env)
        _, status, ru = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        code = os.waitstatus_to_exitcode(status)
    if cmd.stdout:
        out.close()
    cpu, rss = ru.ru_utime + ru.ru_stime, ru.ru_maxrss     # KiB on Linux
    if spawn and code == 0:
        with open(report, encoding="ascii") as f:
            fields = f.read().split()
        code, rss = int(fields[0]), int(fields[1])
        cpu, wall = float(fields[2]) + float(fields[3]), float(fields[4])
    if code != 0:
        with open(errpath, "rb") as f:
            tail = f.read()[-2000:].decode("utf-8", "replace")
        sys.stderr.write("bench: %s exited with status %d:\n  %s\n%s\n"
                         % (cmd.label, code, shlex.join(cmd.argv), tail))
        sys.exit(2)
    cmd.walls.append(wall)
    cmd.cpus.append(cpu)
    cmd.rss_kib.append(rss)
    size = 0
    for path in cmd.outputs:
        if os.path.exists(path):
            size += os.path.getsize(path)
    cmd.out_bytes = size


def count_in_file(path, needle):
    """Occurrences of needle (bytes) in the file, read in chunks."""
    n, tail = 0, b""
    with open(path, "rb") as f:
        while True:
            block = f.read(1 << 22)
            if not block:
                break
            data = tail + block
            n += data.count(needle)
            # the tail is shorter than the needle: a match across blocks counts once
            tail = data[-(len(needle) - 1):] if len(needle) > 1 else b""
    return n


def sanity_check(cmd):
    """After the first fiche2vcard run: every entry has a card. Exits 2 otherwise."""
    vcf = cmd.outputs[0]
    cards = count_in_file(vcf, b"BEGIN:VCARD")
    if cards < cmd.entries:
        sys.stderr.write("bench: %s wrote %d cards for %d entries: not a valid run\n"
                         % (cmd.label, cards, cmd.entries))
        sys.exit(2)
    return cards


def generate(a, workdir, n):
    path = os.path.join(workdir, "corpus-%d.md" % n)
    gen = os.path.join(a.shared, "bench", "gen_corpus.py")
    subprocess.run([a.python, gen, str(n), path, "--seed", str(a.seed),
                    "--encoding", "cp1252"], check=True)
    return path


def machine():
    model = "unknown"
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = ""
    try:
        with open("/proc/meminfo", encoding="ascii") as f:
            kib = int(f.readline().split()[1])
            mem = ", %.1f GiB RAM" % (kib / MIB)
    except (OSError, ValueError, IndexError):
        pass
    return "%d cores (nproc), %s%s, %s %s, Python %s" % (
        os.cpu_count() or 0, model, mem, platform.system(), platform.release(),
        platform.python_version())


def table(cmds, markdown):
    head = ["command", "entries", "input MB", "median s", "min s", "CPU s", "entries/s",
            "MB/s", "peak RSS MiB"]
    rows = []
    for c in cmds:
        rows.append([c.kind, fmt_int(c.entries), "%.1f" % (c.in_bytes / MB),
                     "%.3f" % c.wall(), "%.3f" % min(c.walls),
                     "%.3f" % statistics.median(c.cpus), fmt_int(round(c.eps())),
                     "%.1f" % c.mbps(), "%.1f" % (c.rss() / 1024)])
    if markdown:
        lines = ["| " + " | ".join(head) + " |",
                 "|" + "|".join("---" if i == 0 else "---:" for i in range(len(head))) + "|"]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(lines)
    widths = [max(len(r[i]) for r in rows + [head]) for i in range(len(head))]
    out = []
    for r in [head] + rows:
        cells = [r[0].ljust(widths[0])] + [r[i].rjust(widths[i]) for i in range(1, len(r))]
        out.append("  ".join(cells))
    return "\n".join(out)


def verdict(ok):
    return "met" if ok else "MISSED"


def main(argv):
    a = parse_args(argv)
    workdir = a.workdir or tempfile.mkdtemp(prefix="fiche2vcard-bench-")
    os.makedirs(workdir, exist_ok=True)
    env = dict(os.environ, LC_ALL="C.UTF-8", SOURCE_DATE_EPOCH="1700000000")
    try:
        return bench(a, workdir, env)
    finally:
        if not a.keep and not a.workdir:
            shutil.rmtree(workdir, ignore_errors=True)
        elif a.keep:
            print("working directory kept: %s" % workdir)


def bench(a, workdir, env):
    print("machine: %s" % machine())
    print("program: %s %s" % (a.prog, a.prog_args))
    spawn = build_spawn(a, workdir)
    if spawn is None:
        print("WARNING: bench/spawn.c did not compile: peak RSS figures include this "
              "Python process's own (~10 MiB) and overstate every command's")
    sizes = list(a.sizes)
    corpora = {}
    for n in sorted(set(sizes + ([a.peer_entries] if a.peer_entries else []))):
        t0 = time.perf_counter()
        corpora[n] = generate(a, workdir, n)
        print("corpus: %s entries, %.1f MB Windows-1252 (generated in %.1f s)"
              % (fmt_int(n), os.path.getsize(corpora[n]) / MB, time.perf_counter() - t0))

    vcf = os.path.join(workdir, "out.vcf")
    ics = os.path.join(workdir, "out.ics")
    utf8 = os.path.join(workdir, "out.txt")
    extra = shlex.split(a.prog_args)
    cmds = []
    for n in sizes:
        src = corpora[n]
        size = os.path.getsize(src)
        cmds.append(Cmd("fiche2vcard", n, [a.prog, "-q"] + extra + ["--vcf", vcf, "--ics", ics, src],
                        size, [vcf, ics]))
        cmds.append(Cmd("iconv", n, ["iconv", "-f", "WINDOWS-1252", "-t", "UTF-8", src],
                        size, [utf8], stdout=utf8))
    peer = None
    if a.peer_entries:
        src = corpora[a.peer_entries]
        peer = Cmd("peer.py", a.peer_entries,
                   [a.python, os.path.join(a.shared, "bench", "peer.py"), src,
                    "--vcf", vcf, "--ics", ics], os.path.getsize(src), [vcf, ics])
        cmds.append(peer)

    cards = {}
    for r in range(a.rounds):
        # Alternate: each round runs every command once, in an order rotated by one.
        order = cmds[r % len(cmds):] + cmds[:r % len(cmds)]
        for c in order:
            run_once(c, workdir, env, spawn)
            if c.kind == "fiche2vcard" and c.entries not in cards:
                cards[c.entries] = sanity_check(c)
            for path in c.outputs:
                if os.path.exists(path):
                    os.remove(path)
        print("round %d/%d done" % (r + 1, a.rounds))
    print()
    print(table(cmds, False))
    if a.markdown:
        print()
        print(table(cmds, True))
    print()
    for n in sizes:
        print("fiche2vcard %s: %s vCards, %.1f MB of .vcf + .ics output"
              % (fmt_int(n), fmt_int(cards[n]),
                 next(c for c in cmds if c.kind == "fiche2vcard" and c.entries == n).out_bytes
                 / MB))

    f2v = {c.entries: c for c in cmds if c.kind == "fiche2vcard"}
    ico = {c.entries: c for c in cmds if c.kind == "iconv"}
    ref = 20000 if 20000 in f2v else sizes[0]
    big = sizes[-1]
    print()
    print("ratios:")
    for n in sizes:
        line = "  %s entries: fiche2vcard time / iconv time = %.2f" % (
            fmt_int(n), f2v[n].wall() / ico[n].wall())
        if peer:
            line += "; fiche2vcard entries/s / peer.py entries/s = %.1f" % (
                f2v[n].eps() / peer.eps())
        print(line)

    results = []
    if peer:
        speed = f2v[ref].eps() / peer.eps()
        results.append((speed >= SPEED_RATIO_MIN,
                        "speed vs peer.py on %s entries: %.1fx (target >= %gx)"
                        % (fmt_int(ref), speed, SPEED_RATIO_MIN)))
    else:
        print("(peer.py skipped: no speed-ratio target)")
    floor = f2v[ref].wall() / ico[ref].wall()
    results.append((floor <= FLOOR_RATIO_MAX,
                    "time vs iconv floor on %s entries: %.2fx (target <= %gx)"
                    % (fmt_int(ref), floor, FLOOR_RATIO_MAX)))
    rss = f2v[ref].rss()
    results.append((rss < RSS_MAX_KIB,
                    "peak RSS on %s entries: %.1f MiB (target < %d MiB)"
                    % (fmt_int(ref), rss / 1024, RSS_MAX_KIB // 1024)))
    if big != ref:
        growth = f2v[big].rss() / rss - 1.0
        results.append((abs(growth) <= RSS_GROWTH_MAX,
                        "peak RSS on %s vs %s entries: %.1f MiB, %+.0f%% (target within "
                        "+-%d%%)" % (fmt_int(big), fmt_int(ref), f2v[big].rss() / 1024,
                                     growth * 100, round(RSS_GROWTH_MAX * 100))))
    else:
        print("(one corpus size only: no RSS-growth target)")
    guard = []
    if peer:
        guard.append((speed >= GUARD_SPEED_MIN, "speed vs peer.py: %.1fx (guard >= %gx)"
                      % (speed, GUARD_SPEED_MIN)))
    guard.append((floor <= GUARD_FLOOR_MAX, "time vs iconv: %.2fx (guard <= %gx)"
                  % (floor, GUARD_FLOOR_MAX)))
    print()
    print("issue 15's guard on %s entries:" % fmt_int(ref))
    for ok, text in guard:
        print("  [%s] %s" % ("held" if ok else "BROKEN", text))
    print()
    print("targets:")
    for ok, text in results:
        print("  [%s] %s" % (verdict(ok), text))
    missed = sum(1 for ok, _ in results if not ok)
    print()
    if missed:
        print("RESULT: %d of %d targets MISSED" % (missed, len(results)))
    else:
        print("RESULT: all %d targets met" % len(results))
    return 1 if missed and a.check else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/python3
"""Linearity of fiche2vcard on hostile inputs (issue 8).

For each shape of input (one huge line, an entry of very many lines, very
many people in one entry, many entries of the same name, deeply nested
lists, very many keywords, very many e-mails, a stray code fence before
many entries) it converts sizes N, 2N, 4N and 8N and prints microseconds per KB of
input and the slope of log(time) against log(input bytes): 1 is linear, 2
quadratic. With
--check it exits 1 when a slope is above 1.3.

    /usr/bin/python3 bench/linearity.py --prog ./fiche2vcard [--check]
"""
import argparse
import math
import os
import subprocess
import sys
import tempfile
import time


def huge_line(n):
    return "# Org\n\n## Objectifs\n\n" + "texte " * (n * 1000) + "\n"


def many_lines(n):
    return "# Org\n\n## Objectifs\n\n" + "ligne de texte\n" * (n * 100)


def letters(i):
    """A family name for person i: DUPONTA, DUPONTB... (digits name nobody)."""
    s = ""
    for _ in range(4):
        s += chr(ord("A") + i % 26)
        i //= 26
    return "DUPONT" + s


def many_people(n):
    return "# Org\n\n## Personnes responsables\n\n" + "".join(
        "- M. Jean %s, directeur\n" % letters(i) for i in range(n * 20))


def many_keywords(n):
    return "# Org\n\n**Mots-clefs :** " + ", ".join(
        "mot%d" % i for i in range(n * 200)) + "\n"


def many_emails(n):
    return "# Org\n\n## Coordonnées\n\n" + "".join(
        "contact%d@example.fr\n" % i for i in range(n * 50))


def stray_fence(n):
    entry = "# Organisation %d\n\n## Coordonnées\n\nTél. : 01 99 00 12 34\n\n"
    return entry % 0 + "```\n\n" + "".join(entry % i for i in range(1, n * 20))


def same_title(n):
    return "".join("# Même nom – x\n\n## Public visé\n\nTous.\n\n" for _ in range(n * 20))


def nested_lists(n):
    depth = n * 10
    return "# Org\n\n## Objectifs\n\n" + "".join(
        "  " * d + "- niveau %d\n" % d for d in range(depth))


SHAPES = [("one huge line (1,000 words/unit)", huge_line),
          ("many lines (100 lines/unit)", many_lines),
          ("many people (20 people/unit)", many_people),
          ("same name (20 entries/unit)", same_title),
          ("nested list (10 levels/unit)", nested_lists),
          ("keywords (200/unit)", many_keywords),
          ("e-mails (50/unit)", many_emails),
          ("stray fence (20 entries/unit)", stray_fence)]


def timed(prog, path, outdir):
    best = None
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run([prog, "-q", "-j", "1", "--max-entry-size", "1G", "-o", outdir,
                        "--ics", os.path.join(outdir, "x.ics"),
                        path], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        dt = time.perf_counter() - t
        best = dt if best is None else min(best, dt)
    return best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--prog", default="./fiche2vcard")
    ap.add_argument("--base", type=int, default=200, help="units of the smallest size")
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        print("%-36s %10s %10s %10s %6s" % ("shape", "bytes", "seconds", "us/KB", "slope"))
        for name, gen in SHAPES:
            points = []
            for k in (1, 2, 4, 8):
                n = a.base * k
                path = os.path.join(tmp, "in.md")
                data = gen(n).encode("utf-8")
                with open(path, "wb") as f:
                    f.write(data)
                n = len(data)  # linear in the input's bytes
                out = os.path.join(tmp, "out%d" % k)
                os.makedirs(out, exist_ok=True)
                points.append((n, timed(a.prog, path, out)))
            (n0, t0), (n1, t1) = points[0], points[-1]
            slope = math.log(max(t1, 1e-6) / max(t0, 1e-6)) / math.log(n1 / n0)
            worst = max(worst, slope)
            for n, t in points:
                print("%-36s %10d %10.3f %10.1f" % (name, n, t, t / n * 1e9))
            print("%-36s %10s %10s %10s %6.2f" % ("", "", "", "", slope))
    print("worst slope %.2f (%s)" % (worst, "linear" if worst <= 1.3 else "NOT LINEAR"))
    return 1 if a.check and worst > 1.3 else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""The other formats in batch jobs (issue 20): standard input, folders, -o DIR
(one file per entry per format, the same bytes as a run on that entry alone),
--report (per-entry files and the whole-run outputs), the same bytes for any
-j and any SOURCE_DATE_EPOCH, no file when no entry converts, usage errors."""
import filecmp
import json
import os
import subprocess
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fmtlib as common  # noqa: E402

FORMATS = [("--jcard", ".jcard.json"), ("--jscontact", ".jscontact.json"),
           ("--jsonld", ".jsonld"), ("--csv", ".google.csv")]


def prog(args, stdin=None, env_extra=None):
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
    env.update(env_extra or {})
    return subprocess.run([common.PROG] + args, input=stdin, capture_output=True, env=env,
                          timeout=300)


def outputs(d, stem):
    args = []
    for opt, ext in FORMATS:
        args += [opt, os.path.join(d, stem + ext)]
    return args


def same_files(res, where, a, b):
    for _, ext in FORMATS:
        fa, fb = a + ext, b + ext
        res.ok(where, f"{ext}: same bytes", os.path.exists(fa) and os.path.exists(fb)
               and filecmp.cmp(fa, fb, shallow=False), f"{fa} {fb}")


def body(res, tmp):
    ex = os.path.join(common.TOP, "examples")
    phare = os.path.join(ex, "le-phare-du-cotentin.md")
    sample = os.path.join(common.TOP, "tests", "corpus", "sample")
    files = [f for _, fs in common.sets() if _ == "sample" for f in fs]

    # Standard input gives what the file gives.
    with open(phare, "rb") as f:
        data = f.read()
    p = prog(["-q"] + outputs(tmp, "stdin"), stdin=data)
    res.eq("stdin", "exit status", p.returncode, 0)
    prog(["-q"] + outputs(tmp, "file") + [phare])
    same_files(res, "stdin = file", os.path.join(tmp, "stdin"), os.path.join(tmp, "file"))

    # Same bytes for any -j, any SOURCE_DATE_EPOCH; a folder as input.
    prog(["-q", "-j", "1"] + outputs(tmp, "j1") + files)
    prog(["-q", "-j", "4"] + outputs(tmp, "j4") + files, env_extra={
        "SOURCE_DATE_EPOCH": "1234567890"})
    same_files(res, "-j 1 = -j 4, other SOURCE_DATE_EPOCH", os.path.join(tmp, "j1"),
               os.path.join(tmp, "j4"))
    p = prog(["-q"] + outputs(tmp, "folder") + [ex])
    res.eq("folder", "exit status", p.returncode, 0)
    with open(os.path.join(tmp, "folder.jsonld"), encoding="utf-8") as f:
        res.eq("folder", "one Organization per entry of the folder",
               len(json.load(f)["@graph"]), 2)

    # -o DIR: one file per entry per format, as a run on that entry alone
    # writes it; the report names them, and the whole-run files.
    out = os.path.join(tmp, "out")
    report = os.path.join(tmp, "report.json")
    p = prog(["-q", "-o", out, "--report", report] + outputs(tmp, "all") + [ex])
    res.eq("-o", "exit status", p.returncode, 0)
    with open(report, encoding="utf-8") as f:
        rep = json.load(f)
    for slug, src in (("groupe-pompidou", "groupe-pompidou.md"),
                      ("le-phare-du-cotentin", "le-phare-du-cotentin.md")):
        alone = os.path.join(tmp, "alone-" + slug)
        prog(["-q"] + outputs(tmp, "alone-" + slug) + [os.path.join(ex, src)])
        same_files(res, f"-o {slug}", os.path.join(out, slug), alone)
        listed = [f for e in rep["entries"] for f in e["files"]]
        for _, ext in FORMATS:
            res.ok("--report", f"lists {slug}{ext}", os.path.join(out, slug + ext) in listed)
    res.eq("--report", "outputs", [(o["format"], o["file"], o["entries"])
                                   for o in rep.get("outputs", [])],
           [(n, os.path.join(tmp, "all" + ext), 2) for n, (_, ext) in
            zip(["jcard", "jscontact", "jsonld", "csv-google"], FORMATS)])

    # --report counts, per entry, the lines kept in NOTE as not understood.
    odd = os.path.join(tmp, "odd.md")
    with open(odd, "w", encoding="utf-8") as f:
        f.write("# Mairie\n\n## Coordonnées\n\n1 place de la Mairie  \n"
                "67000 Strasbourg  \nUne ligne que rien ne lit\n\n"
                "## Horaires\n\nLe lundi de 9h à 12h.\nLe samedi (les 2èmes du mois) de 9h "
                "à 12h.\n\n# Club\n\n## Horaires\n\nLe lundi de 9h à 12h.\n")
    rep2 = os.path.join(tmp, "report2.json")
    prog(["-q", "--vcf", os.path.join(tmp, "odd.vcf"), "--report", rep2, odd])
    with open(rep2, encoding="utf-8") as f:
        r2 = json.load(f)
    res.eq("--report", "not understood per entry",
           [e["not_understood"] for e in r2["entries"]], [2, 0])
    res.eq("--report", "totals", (r2["totals"]["not_understood"],
                                  r2["totals"]["entries_to_check"]), (2, 1))

    # --csv-for outlook with -o: SLUG.outlook.csv.
    out2 = os.path.join(tmp, "out2")
    prog(["-q", "-o", out2, "--csv", os.path.join(tmp, "o.csv"), "--csv-for", "outlook",
          phare])
    res.ok("-o outlook", "SLUG.outlook.csv",
           os.path.exists(os.path.join(out2, "le-phare-du-cotentin.outlook.csv")))

    # No entry converted: no file, an old one kept.
    empty = os.path.join(common.TOP, "tests", "cases", "empty", "input.md")
    old = os.path.join(tmp, "old.jsonld")
    with open(old, "w") as f:
        f.write("old")
    p = prog(["-q", "--jsonld", old, "--jcard", os.path.join(tmp, "none.json"), empty])
    res.eq("no entry", "exit status", p.returncode, 1)
    res.ok("no entry", "no file written", not os.path.exists(os.path.join(tmp, "none.json")))
    with open(old) as f:
        res.eq("no entry", "an old file is kept", f.read(), "old")

    # Usage errors.
    res.eq("usage", "two outputs on stdout", prog(["--jcard", "-", "--jsonld", "-", phare])
           .returncode, 2)
    res.eq("usage", "unknown --csv-for", prog(["--csv", "x.csv", "--csv-for", "excel",
                                              phare]).returncode, 2)
    left = [f for f in os.listdir(tmp) if f.startswith(".")]
    res.eq("temporary files", "none left", left, [])


if __name__ == "__main__":
    common.run_main("formats batch", body)

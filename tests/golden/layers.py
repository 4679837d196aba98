#!/usr/bin/python3
"""The layout of src/ (ARCHITECTURE.md): includes follow the pipeline.

- base/ includes nothing above it; model/ base; read/ base; extract/ base,
  model, read; write/ base, model; cli/ anything. fiche.h, the public
  contract, may be included from anywhere and includes only the C library.
- Each third-party library is wrapped where its stage says (md4c in the
  Markdown reader, iconv in the decoder, libical in the iCalendar writer...).
- Only cli/ prints or exits.
- No source file lies loose in src/ but fiche.h.

The checker is run on src/, which must pass, and on copies of src/ with a
wrong include, a library in the wrong place and a print in the library,
each of which it must refuse. Prints "N passed, N failed".
"""
import os
import re
import shutil
import sys
import tempfile

TOP = os.environ.get("top_srcdir", os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))))

STAGES = ("base", "model", "read", "extract", "write", "cli")
MAY_INCLUDE = {
    "base": {"base"},
    "model": {"base", "model"},
    "read": {"base", "read"},
    "extract": {"base", "model", "read", "extract"},
    "write": {"base", "model", "write"},
    "cli": set(STAGES),
}
# Third-party headers (a prefix of the include) and the files that may use
# them, as paths under src/ (a folder ending in "/" allows all its files).
LIBRARIES = {
    "md4c.h": {"read/markdown.c"},
    "iconv.h": {"read/decode.c", "write/vcard_21.c", "write/vcard_int.h", "cli/"},
    "utf8proc.h": {"base/text.c", "read/normalize.c", "cli/"},
    "libical/": {"write/ical.c", "write/ical_int.h", "write/ical_skel.c",
                 "write/ical_zone.c", "write/ical_lib.c"},
    "jansson.h": {"write/", "cli/"},
    "uuid.h": {"write/uid.c"},
    "uuid/": {"write/uid.c"},
    "phonenumbers/": {"extract/phone_lib.cc"},
    "mimalloc.h": {"cli/main.c"},
    "curl/": {"cli/dav_lib.h"},
    "libxml/": {"cli/dav_lib.h"},
    "nettle/": {"cli/hash.c", "write/uid.c"},
}
PRINT = re.compile(r"\b(printf|fprintf|vfprintf|puts|fputs|putchar|perror|exit|_exit|"
                   r"stdout|stderr)\b")
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)


def strip_comments(text):
    """C text without comments, string literals (kept as "") and printf
    format attributes."""
    text = re.sub(r'/\*.*?\*/|//[^\n]*|"(?:\\.|[^"\\\n])*"',
                  lambda m: '""' if m.group(0).startswith('"') else " ", text, flags=re.S)
    return re.sub(r"format\s*\(\s*printf", "format(", text)


def sources(src):
    for root, _, files in os.walk(src):
        for f in sorted(files):
            if f.endswith((".c", ".h", ".cc")):
                path = os.path.join(root, f)
                yield os.path.relpath(path, src).replace(os.sep, "/")


def allowed(rel, users):
    return any(rel == u or (u.endswith("/") and rel.startswith(u)) for u in users)


def check_file(src, rel):
    """The faults of one file, as messages."""
    faults = []
    text = open(os.path.join(src, rel), encoding="utf-8").read()
    stage = rel.split("/")[0] if "/" in rel else None
    if stage is None and rel != "fiche.h":
        faults.append(f"{rel}: loose in src/ (a file belongs to a stage's folder)")
    for kind, inc in INCLUDE.findall(text):
        if kind == '"':
            if inc == "fiche.h" or inc == "config.h":
                continue
            target = inc.split("/")[0] if "/" in inc else None
            if stage is None:
                faults.append(f"{rel}: includes \"{inc}\" (fiche.h includes only the C library)")
            elif target not in MAY_INCLUDE.get(stage, set()):
                faults.append(f"{rel}: {stage}/ may not include \"{inc}\"")
        else:
            for lib, users in LIBRARIES.items():
                if inc.startswith(lib) and not allowed(rel, users):
                    faults.append(f"{rel}: includes <{inc}>, which only {sorted(users)} may")
    if stage != "cli":
        for m in PRINT.finditer(strip_comments(text)):
            faults.append(f"{rel}: uses {m.group(1)} (only cli/ prints or exits)")
            break
    return faults


def check_tree(src):
    faults = []
    for rel in sources(src):
        faults.extend(check_file(src, rel))
    return faults


passed = failed = 0


def expect(what, ok, detail=()):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {what}")
        for d in detail:
            print(f"  {d}")


def mutated(src, rel, text):
    """A copy of src with text added at the end of file rel; its faults."""
    tmp = tempfile.mkdtemp(prefix="layers-")
    try:
        copy = os.path.join(tmp, "src")
        shutil.copytree(src, copy, ignore=shutil.ignore_patterns("*.o", "*.a", ".deps"))
        with open(os.path.join(copy, rel), "a", encoding="utf-8") as f:
            f.write(text)
        return check_tree(copy)
    finally:
        shutil.rmtree(tmp)


def main():
    src = os.path.join(TOP, "src")
    faults = check_tree(src)
    expect("src/ follows the layers", not faults, faults)
    for stage in STAGES:
        expect(f"src/{stage}/ exists", os.path.isdir(os.path.join(src, stage)))
    # The checker refuses what it must.
    wrong = [
        ("read/split.c", '#include "write/vcard.h"\n', "read/ including write/"),
        ("write/dump.c", '#include "extract/phone.h"\n', "write/ including extract/"),
        ("extract/date.c", '#include "cli/batch.h"\n', "extract/ including cli/"),
        ("base/strbuf.c", '#include "model/entry.h"\n', "base/ including model/"),
        ("fiche.h", '#include "base/util.h"\n', "fiche.h including a stage"),
        ("write/vcard.c", "#include <md4c.h>\n", "md4c outside the reader"),
        ("extract/hours.c", "#include <utf8proc.h>\n", "utf8proc outside the text module"),
        ("cli/batch.c", "#include <curl/curl.h>\n", "libcurl outside the HTTP file"),
        ("cli/dav.c", "#include <libxml/parser.h>\n", "libxml2 outside the XML file"),
        ("base/util.c", 'static void f(void) { fprintf(stderr, "x"); }\n', "a print in base/"),
        ("write/ical.c", "static void g(void) { exit(1); }\n", "an exit in write/"),
    ]
    for rel, text, what in wrong:
        expect(f"refuses {what}", mutated(src, rel, text) != [])
    loose = tempfile.mkdtemp(prefix="layers-")
    try:
        shutil.copytree(src, os.path.join(loose, "src"),
                        ignore=shutil.ignore_patterns("*.o", "*.a", ".deps"))
        open(os.path.join(loose, "src", "loose.c"), "w").write("int x;\n")
        expect("refuses a loose file in src/", check_tree(os.path.join(loose, "src")) != [])
    finally:
        shutil.rmtree(loose)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""Interoperability: ez-vcard (Java) reads every .vcf the program writes for the sample
inputs (2.1 UTF-8, 2.1 WINDOWS-1252, 3.0, 4.0); its parser must not warn, its validate()
must find nothing (but the complaints README.md shows wrong), and the fields read are
compared with the model. tests/interop/VcardCheck.java is compiled with javac into a
temporary folder against Debian's ez-vcard and vinnie jars."""
import json
import os
import subprocess
import sys

sys.dont_write_bytecode = True  # never write into the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

JARS = ["/usr/share/java/ez-vcard.jar", "/usr/share/java/vinnie.jar"]

# ez-vcard validate() complaints that README.md shows wrong, as (version, text).
NOT_APPLICABLE = {
    ("3.0", 'Email: (9) TYPE parameter value ("work") is not supported by this property '
            'in this vCard version.'),
}


def build(res, tmp):
    for j in JARS:
        if not res.ok("setup", "jar present " + j, os.path.exists(j)):
            return None
    cp = ":".join(JARS)
    out = os.path.join(tmp, "classes")
    os.makedirs(out)
    try:
        p = subprocess.run(["javac", "-encoding", "UTF-8", "-d", out, "-cp", cp,
                            os.path.join(common.HERE, "VcardCheck.java")],
                           capture_output=True, text=True, timeout=300)
    except OSError as e:
        res.ok("setup", "javac", False, repr(e))
        return None
    if not res.ok("setup", "compile VcardCheck.java", p.returncode == 0, p.stderr[-2000:]):
        return None
    return out + ":" + cp


def body(res, tmp):
    cp = build(res, tmp)
    if cp is None:
        return
    cases = common.produce(res, tmp)
    todo = [(case, key, case["files"][key]) for case in cases
            for key, _, _ in common.VCARD_FORMS if case["files"].get(key)]
    # One JVM for every file: the suite stays fast.
    p = subprocess.run(["java", "-Dfile.encoding=UTF-8", "-cp", cp, "VcardCheck"]
                       + [t[2] for t in todo], capture_output=True, timeout=300)
    if not res.ok("all files", "VcardCheck runs", p.returncode == 0,
                  p.stderr.decode("utf-8", "replace")[-3000:]):
        return
    lines = p.stdout.decode("utf-8").splitlines()
    res.eq("all files", "one result per file", len(lines), len(todo))
    for (case, key, path), line in zip(todo, lines):
        where = f"{case['name']} vCard {key} (ez-vcard)"
        r = json.loads(line)
        res.eq(where, "parse warnings", r["parse_warnings"], [])
        version = key.split("-")[0]
        # "card N: Property: (code) message" -> "Property: (code) message"
        bad = [v for v in r["validation"]
               if (version, v.split(": ", 1)[-1]) not in NOT_APPLICABLE]
        res.eq(where, "validate() warnings", bad, [])
        common.check_cards(res, where, r["cards"], case["entries"], key,
                           hand=common.HAND_FACTS.get(case["name"]))


if __name__ == "__main__":
    common.run_main("ez-vcard", body)

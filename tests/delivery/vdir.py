#!/usr/bin/python3
"""--vdir and incremental -o (issue 19): DIR/contacts/UID.vcf and
DIR/calendar/UID.ics hold exactly the cards and calendar objects of --vcf/--ics
output, one per file; a rerun touches nothing (inode and mtime kept, also when only
DTSTAMP would differ); a changed entry rewrites only its items; a vanished entry's
files are listed, or deleted with --prune (--dry-run only says so); files this
program did not write are never touched; a file changed by someone else is not
replaced without --force; nothing is pruned when some entry failed. The same for
-o DIR. A batch of 2,000 entries reruns into its vdir without a write."""
import json
import os
import sys
import time

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import helpers  # noqa: E402
from helpers import common, run, snapshot  # noqa: E402


def reference(tmp, inputs):
    """The --vcf cards and --ics components of the inputs."""
    vcf, ics = os.path.join(tmp, "ref.vcf"), os.path.join(tmp, "ref.ics")
    st, _, err = run(["-q", "--vcf", vcf, "--ics", ics, inputs])
    assert st == 0, err
    with open(vcf, "rb") as f:
        cards = helpers.split_cards(f.read())
    with open(ics, "rb") as f:
        comps, _ = helpers.components(f.read())
    return cards, comps


def check_layout(res, vd, cards, comps):
    where = "layout"
    names = sorted(os.listdir(os.path.join(vd, "contacts")))
    res.eq(where, "one file per card, named UID.vcf",
           names, sorted(helpers.uid_of(c) + ".vcf" for c in cards))
    for c in cards:
        with open(os.path.join(vd, "contacts", helpers.uid_of(c) + ".vcf"), "rb") as f:
            if not res.eq(where, "card bytes are those of --vcf", f.read(), c):
                break
    names = sorted(os.listdir(os.path.join(vd, "calendar")))
    res.eq(where, "one calendar object per UID", names, sorted(u + ".ics" for u in comps))
    for uid, blocks in comps.items():
        with open(os.path.join(vd, "calendar", uid + ".ics"), "rb") as f:
            data = f.read()
        got, tzids = helpers.components(data)
        res.eq(where, f"{uid}.ics holds the components of --ics", got, {uid: blocks})
        used = {p.split(b"=", 1)[1].split(b":")[0].decode() for b in blocks
                for p in b.split(b";") if p.startswith(b"TZID=")}
        res.eq(where, f"{uid}.ics holds the VTIMEZONE it uses", tzids, used)
        res.ok(where, f"{uid}.ics is one VCALENDAR", data.startswith(b"BEGIN:VCALENDAR\r\n")
               and data.endswith(b"END:VCALENDAR\r\n") and data.count(b"BEGIN:VCALENDAR") == 1)


def short(x, n=400):
    s = repr(x)
    return s if len(s) <= n else s[:n] + "..."


def unchanged(res, where, before, after, only=None):
    """Every file of before is in after with the same inode, mtime and bytes
    (but those of only, which must differ)."""
    same = [k for k in before if k in after and before[k] == after[k]]
    changed = sorted(k for k in before if k in after and before[k] != after[k])
    res.eq(where, "files rewritten", changed, sorted(only or []))
    return same


def report(tmp, args, inputs, env=None):
    path = os.path.join(tmp, "report.json")
    st, _, err = run(args + ["--report", path, inputs], env=env)
    with open(path) as f:
        rep = json.load(f)
    return st, err, rep["delivery"][0]


def test_vdir(res, tmp):
    inputs = helpers.make_inputs(tmp)
    cards, comps = reference(tmp, inputs)
    vd = os.path.join(tmp, "vdir")
    st, _, err = run(["-q", "--vdir", vd, inputs])
    res.eq("first run", "status", st, 0)
    res.ok("first run", "some cards and calendar objects", len(cards) > 10 and len(comps) > 3)
    check_layout(res, vd, cards, comps)
    snap = snapshot(vd)
    # A rerun, and one whose DTSTAMP differs: nothing is written.
    for label, env in (("rerun", None), ("rerun, other DTSTAMP", {"SOURCE_DATE_EPOCH": "1800000000"})):
        st, err, rep = report(tmp, ["-q", "--vdir", vd], inputs, env)
        res.eq(label, "status", st, 0)
        res.eq(label, "all unchanged", rep["totals"]["unchanged"], len(cards) + len(comps))
        unchanged(res, label, snap, snapshot(vd))
    # One changed entry: only its organisation card is rewritten.
    phare = os.path.join(inputs, "le-phare-du-cotentin.md")
    helpers.edit(phare, "02 61 91 88 71", "02 61 91 88 72")
    cards2, comps2 = reference(tmp, inputs)
    changed = [c for c in cards2 if c not in cards]
    res.eq("change", "one card differs in --vcf", len(changed), 1)
    st, err, rep = report(tmp, ["-q", "--vdir", vd], inputs)
    res.eq("change", "one updated", (st, rep["totals"]["updated"], rep["totals"]["created"]),
           (0, 1, 0))
    after = snapshot(vd)
    unchanged(res, "change", snap, after,
              only=["contacts/" + helpers.uid_of(c) + ".vcf" for c in changed])
    check_layout(res, vd, cards2, comps2)
    return inputs, vd, cards2, comps2


def test_prune(res, tmp, inputs, vd, cards, comps):
    # Files that are not ours, and the sweep leaves them alone.
    foreign = {os.path.join(vd, "contacts", "mine.vcf"): b"BEGIN:VCARD\r\nEND:VCARD\r\n",
               os.path.join(vd, "notes.txt"): b"hello\n",
               os.path.join(vd, "calendar", "x.ics"): b"x"}
    for p, data in foreign.items():
        with open(p, "wb") as f:
            f.write(data)
    gone = os.path.join(inputs, "groupe-pompidou.md")
    moved = os.path.join(tmp, "groupe-pompidou.md")
    os.rename(gone, moved)
    cards2, comps2 = reference(tmp, inputs)
    lost = sorted(["contacts/" + helpers.uid_of(c) + ".vcf" for c in cards if c not in cards2]
                  + ["calendar/" + u + ".ics" for u in comps if u not in comps2])
    res.ok("prune", "the entry had items", len(lost) >= 2)
    snap = snapshot(vd)
    st, _, err = run(["--vdir", vd, inputs])
    res.eq("no --prune", "status", st, 0)
    res.eq("no --prune", "every file kept", sorted(snapshot(vd)), sorted(snap))
    res.eq("no --prune", "each vanished item said", err.count("its entry is gone"), len(lost))
    st, _, err = run(["--vdir", vd, "--prune", "--dry-run", inputs])
    res.eq("--dry-run", "nothing changed", (st, snapshot(vd)), (0, snap))
    res.eq("--dry-run", "says what would be deleted", err.count("would be deleted"), len(lost))
    # An entry that cannot be converted: nothing is pruned.
    bad = os.path.join(inputs, "zz-empty.md")
    open(bad, "w").close()
    st, _, err = run(["-q", "--vdir", vd, "--prune", inputs])
    res.eq("failed entry", "status 1, nothing deleted", (st, sorted(snapshot(vd))), (1, sorted(snap)))
    res.ok("failed entry", "says why", "nothing deleted" in err, err)
    os.unlink(bad)
    st, _, err = run(["-q", "--vdir", vd, "--prune", inputs])
    after = snapshot(vd)
    res.eq("--prune", "status", st, 0)
    res.eq("--prune", "exactly the vanished items deleted", sorted(set(snap) - set(after)), lost)
    for p, data in foreign.items():
        with open(p, "rb") as f:
            res.eq("--prune", f"{os.path.basename(p)} untouched", f.read(), data)
    unchanged(res, "--prune", {k: v for k, v in snap.items() if k in after}, after)
    os.rename(moved, gone)
    return snapshot(vd)


def test_conflict(res, tmp, inputs, vd):
    """A card of ours edited by someone else: kept while our content is the
    same; not replaced when ours changes too, unless --force."""
    st, _, _ = run(["-q", "--vdir", vd, inputs])
    uid = None
    for name in os.listdir(os.path.join(vd, "contacts")):
        with open(os.path.join(vd, "contacts", name), "rb") as f:
            if b"FN:Le Phare du Cotentin" in f.read():
                uid = name
    path = os.path.join(vd, "contacts", uid)
    with open(path, "rb") as f:
        mine = f.read().replace(b"END:VCARD", b"NOTE:edited by hand\r\nEND:VCARD")
    time.sleep(0.01)
    with open(path, "wb") as f:
        f.write(mine)
    st, _, err = run(["-q", "--vdir", vd, inputs])
    with open(path, "rb") as f:
        res.eq("edited", "kept while ours is the same", (st, f.read()), (0, mine))
    helpers.edit(os.path.join(inputs, "le-phare-du-cotentin.md"), "02 61 91 88 72", "02 61 91 88 73")
    st, _, err = run(["-q", "--vdir", vd, inputs])
    with open(path, "rb") as f:
        res.eq("conflict", "status 1, not replaced", (st, f.read()), (1, mine))
    res.ok("conflict", "said", "not replaced (--force replaces it)" in err and uid in err, err)
    st, _, err = run(["-q", "--vdir", vd, "--force", inputs])
    with open(path, "rb") as f:
        got = f.read()
    res.ok("--force", "replaced", st == 0 and b"edited by hand" not in got and b"88 73" in got,
           err)


def test_outdir(res, tmp):
    inputs = helpers.make_inputs(tmp, "in-o")
    out = os.path.join(tmp, "o")
    st, _, err = run(["-q", "-o", out, inputs])
    res.eq("-o", "first run", st, 0)
    with open(os.path.join(out, "foreign.vcf"), "wb") as f:
        f.write(b"x")
    snap = snapshot(out)
    st, _, err = run(["-q", "-o", out, inputs])
    res.eq("-o rerun", "status", st, 0)
    unchanged(res, "-o rerun", snap, snapshot(out))
    helpers.edit(os.path.join(inputs, "le-phare-du-cotentin.md"), "02 61 91 88 71", "02 61 91 88 79")
    st, _, err = run(["-q", "-o", out, inputs])
    unchanged(res, "-o change", snap, snapshot(out), only=["le-phare-du-cotentin.vcf"])
    os.unlink(os.path.join(inputs, "groupe-pompidou.md"))
    st, _, err = run(["-o", out, inputs])
    res.ok("-o vanished", "listed, kept", st == 0 and "groupe-pompidou.vcf: its entry is gone" in err
           and os.path.exists(os.path.join(out, "groupe-pompidou.vcf")), err)
    st, _, err = run(["-q", "-o", out, "--prune", inputs])
    left = sorted(os.listdir(out))
    res.ok("-o --prune", "its files deleted",
           st == 0 and not any(f.startswith("groupe-pompidou") for f in left), str(left))
    res.ok("-o --prune", "a file not ours kept", "foreign.vcf" in left)


def test_many(res, tmp):
    """2,000 entries: the rerun writes nothing and takes little time."""
    with open(os.path.join(helpers.TOP, "examples", "le-phare-du-cotentin.md"), encoding="utf-8") as f:
        text = f.read()
    title = text.split("\n", 1)[0]
    path = os.path.join(tmp, "many.md")
    with open(path, "w", encoding="utf-8") as f:
        for i in range(2000):
            f.write(text.replace(title, f"{title} {i}", 1) + "\n")
    vd = os.path.join(tmp, "many")
    t0 = time.time()
    st, _, err = run(["-q", "--vdir", vd, path])
    t1 = time.time()
    snap = snapshot(vd)
    t2 = time.time()
    st2, _, err = run(["-q", "--vdir", vd, path])
    t3 = time.time()
    res.eq("2000 entries", "status", (st, st2), (0, 0))
    res.ok("2000 entries", "files written", len(snap) > 4000, str(len(snap)))
    unchanged(res, "2000 entries rerun", snap, snapshot(vd))
    print(f"2000 entries, {len(snap) - 1} items: first run {t1 - t0:.2f} s, rerun {t3 - t2:.2f} s")


def body(res, tmp):
    inputs, vd, cards, comps = test_vdir(res, tmp)
    test_prune(res, tmp, inputs, vd, cards, comps)
    test_conflict(res, tmp, inputs, vd)
    test_outdir(res, tmp)
    test_many(res, tmp)


if __name__ == "__main__":
    common.run_main("vdir", body)

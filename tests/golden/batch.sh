#!/bin/bash
# Batch behaviour: input kinds, atomic outputs, errors mixed with good
# entries, the JSON report, progress on a terminal only, and sharded runs
# that join into exactly one run's output.
set -u
top=${top_srcdir:?}
prog=${FICHE2VCARD:?}
py=${PYTHON3:-/usr/bin/python3}
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1700000000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
ko() { echo "FAIL $*"; fail=$((fail + 1)); }
count_cards() { grep -c '^BEGIN:VCARD' "$1" 2>/dev/null || echo 0; }

# The sample set's inputs, alone in a folder (the set's own holds its README.md).
corpus=$tmp/sample
mkdir "$corpus"
cp "$top"/tests/corpus/sample/s*.md "$corpus"/
seed=$top/examples/groupe-pompidou.md

# Input kinds: file, directory (sorted, recursive), stdin, --files-from (NL and NUL).
"$prog" -q "$seed" > "$tmp/file.vcf" && ok || ko "file input"
"$prog" -q - < "$seed" > "$tmp/stdin.vcf" && ok || ko "stdin input"
cmp -s "$tmp/file.vcf" "$tmp/stdin.vcf" && ok || ko "stdin output differs from file output"
mkdir -p "$tmp/tree/b" "$tmp/tree/a"
cp "$corpus/s01.md" "$tmp/tree/b/z.md"
cp "$corpus/s08.md" "$tmp/tree/a/y.markdown"
cp "$corpus/s10.md" "$tmp/tree/x.txt"
echo "ignored" > "$tmp/tree/notes.csv"
"$prog" -q "$tmp/tree" > "$tmp/tree.vcf" && ok || ko "directory input"
"$prog" -q "$tmp/tree/a/y.markdown" "$tmp/tree/b/z.md" "$tmp/tree/x.txt" > "$tmp/ordered.vcf"
cmp -s "$tmp/tree.vcf" "$tmp/ordered.vcf" && ok || ko "directory order is not sorted"
printf '%s\n' "$tmp/tree/a/y.markdown" "$tmp/tree/b/z.md" "$tmp/tree/x.txt" > "$tmp/list"
"$prog" -q --files-from "$tmp/list" > "$tmp/list.vcf" && cmp -s "$tmp/list.vcf" "$tmp/ordered.vcf" \
    && ok || ko "--files-from (newline)"
printf '%s\0' "$tmp/tree/a/y.markdown" "$tmp/tree/b/z.md" "$tmp/tree/x.txt" > "$tmp/list0"
"$prog" -q --files-from "$tmp/list0" > "$tmp/list0.vcf" && cmp -s "$tmp/list0.vcf" "$tmp/ordered.vcf" \
    && ok || ko "--files-from (NUL)"
# A file holding two entries gives two organisation cards.
[ "$("$prog" -q "$corpus/s07.md" | grep -c '^X-ABShowAs:COMPANY')" = 2 ] && ok || ko "two entries in one file"

# -o DIR: one .vcf per entry, .ics only with opening information, unique slugs.
"$prog" -q -o "$tmp/out" "$corpus" "$corpus/s01.md" && ok || ko "-o run"
[ -f "$tmp/out/maison-regionale-des-addictions-de-bourgogne-franche-comte.vcf" ] && ok || ko "slug file"
[ -f "$tmp/out/maison-regionale-des-addictions-de-bourgogne-franche-comte-2.vcf" ] && ok || ko "unique slug"
[ -f "$tmp/out/maison-regionale-des-addictions-de-bourgogne-franche-comte.ics" ] && ok || ko "ics beside vcf"
[ ! -e "$tmp/out/fondation-tremplin-fribourg.ics" ] && ok || ko "ics written without hours"
[ "$(ls "$tmp/out" | grep -c '\.vcf$')" = 12 ] && ok || ko "12 cards files expected"
# (the state file of incremental runs is the one hidden file there)
[ -z "$(ls -A "$tmp/out" | grep '^\.' | grep -vx '\.fiche2vcard.state')" ] && ok ||
    ko "temporary files left behind"
[ -f "$tmp/out/.fiche2vcard.state" ] && ok || ko "-o DIR remembers what it wrote"

# Rerun is idempotent.
"$prog" -q --vcf "$tmp/r1.vcf" --ics "$tmp/r1.ics" "$corpus" && \
"$prog" -q --vcf "$tmp/r2.vcf" --ics "$tmp/r2.ics" "$corpus" && \
cmp -s "$tmp/r1.vcf" "$tmp/r2.vcf" && cmp -s "$tmp/r1.ics" "$tmp/r2.ics" && ok || ko "rerun differs"

# An interrupted run (killed while reading its input) leaves the old file intact.
echo "OLD CONTENT" > "$tmp/keep.vcf"
mkfifo "$tmp/fifo"
( cat "$seed"; sleep 30 ) > "$tmp/fifo" &
feeder=$!
"$prog" -q --vcf "$tmp/keep.vcf" - < "$tmp/fifo" &
victim=$!
sleep 1
kill -9 "$victim" 2>/dev/null
wait "$victim" 2>/dev/null
kill "$feeder" 2>/dev/null
wait "$feeder" 2>/dev/null
[ "$(cat "$tmp/keep.vcf")" = "OLD CONTENT" ] && ok || ko "interrupted write replaced the old file"

# A run stopped by SIGTERM leaves no temporary file behind.
mkdir -p "$tmp/sig"
mkfifo "$tmp/fifo2"
( cat "$seed"; sleep 30 ) > "$tmp/fifo2" &
feeder=$!
"$prog" -q --vcf "$tmp/sig/x.vcf" - < "$tmp/fifo2" &
victim=$!
sleep 1
[ -n "$(ls -A "$tmp/sig")" ] && ok || ko "no temporary file while writing"
kill -TERM "$victim" 2>/dev/null
wait "$victim" 2>/dev/null
kill "$feeder" 2>/dev/null
wait "$feeder" 2>/dev/null
[ -z "$(ls -A "$tmp/sig")" ] && ok || ko "SIGTERM left $(ls -A "$tmp/sig")"

# Special files are written directly, never replaced.
"$prog" -q --vcf /dev/null "$seed" && [ -c /dev/null ] && ok || ko "/dev/null"

# Bad entries mixed in: exit 1, the good ones written, the report lists the bad.
mkdir -p "$tmp/mixed"
cp "$corpus/s01.md" "$tmp/mixed/a.md"
printf '# Bon\x00 nom\n' > "$tmp/mixed/b.md"
printf 'no title here\n' > "$tmp/mixed/c.md"
cp "$corpus/s09.md" "$tmp/mixed/d.md"
"$prog" -q --vcf "$tmp/mixed.vcf" --report "$tmp/report.json" "$tmp/mixed" 2> "$tmp/mixed.err"
status=$?
[ "$status" = 1 ] && ok || ko "mixed batch exit status $status (want 1)"
[ "$(count_cards "$tmp/mixed.vcf")" = 4 ] && ok || ko "good entries of a mixed batch not written"
grep -q "b.md:1:6: error: NUL character" "$tmp/mixed.err" && ok || ko "error message with file:line:col"
"$py" - "$tmp/report.json" <<'PYEOF' && ok || ko "report schema"
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
t = r["totals"]
assert t == {"files": 4, "converted": 2, "failed": 2, "warnings": t["warnings"],
             "not_understood": 0, "entries_to_check": 0}, t
es = r["entries"]
assert [e["status"] for e in es] == ["ok", "error", "error", "ok"], es
for e in es:
    assert set(e) >= {"file", "line", "org_name", "status", "files", "warnings", "errors",
                      "not_understood"}, e
assert es[1]["errors"][0]["line"] == 1 and "NUL" in es[1]["errors"][0]["message"]
assert es[0]["org_name"].startswith("Maison R")
PYEOF
# Bytes invalid in the declared charset fail only their own entry, with the
# file's line and byte offset; the entries around it are written.
printf '# Un\n\ntexte\n\n# Deux\n\nmot \x81 ici\n\n# Trois\n\n## Partenaires\n\nx\n' > "$tmp/piece.md"
"$prog" -f WINDOWS-1252 --vcf "$tmp/piece.vcf" "$tmp/piece.md" 2> "$tmp/piece.err"
status=$?
[ "$status" = 1 ] && [ "$(count_cards "$tmp/piece.vcf")" = 2 ] && ok || ko "bad bytes in one entry"
grep -q "piece.md:7:5: error: invalid byte 0x81 for WINDOWS-1252 at byte 25" "$tmp/piece.err" \
    && ok || ko "decode error position: $(cat "$tmp/piece.err")"
grep -q "piece.md:11: warning: unknown section" "$tmp/piece.err" && ok || ko "line numbers after a bad entry"

# --strict stops at the first failure.
"$prog" -q --strict --vcf "$tmp/strict.vcf" "$tmp/mixed" 2>/dev/null
[ $? = 1 ] && [ "$(count_cards "$tmp/strict.vcf")" = 2 ] && ok || ko "--strict"

# Usage errors: exit 2 with a message naming the program.
"$prog" -V 5.0 "$seed" > /dev/null 2> "$tmp/usage.err"
[ $? = 2 ] && grep -q "^fiche2vcard: unknown vCard version" "$tmp/usage.err" && ok || ko "usage error"
"$prog" --vcf /nonexistent/dir/x.vcf "$seed" > /dev/null 2>&1
[ $? = 2 ] && ok || ko "unwritable output must exit 2"

# Progress: on a terminal (under script), and never when stderr is not one.
FICHE2VCARD_PROGRESS_DELAY=0 script -qec "$prog --vcf $tmp/p.vcf $corpus" /dev/null > "$tmp/tty.out" 2>&1
grep -q "entries in" "$tmp/tty.out" && ok || ko "no progress on a terminal"
FICHE2VCARD_PROGRESS_DELAY=0 "$prog" --vcf "$tmp/p.vcf" "$corpus" 2> "$tmp/notty.err"
! grep -q "entries" "$tmp/notty.err" && ok || ko "progress printed without a terminal"
FICHE2VCARD_PROGRESS_DELAY=0 script -qec "$prog -q --vcf $tmp/p.vcf $corpus" /dev/null > "$tmp/tty-q.out" 2>&1
! grep -q "entries" "$tmp/tty-q.out" && ok || ko "progress printed with -q"

# Worker threads change nothing: the same bytes with 1, 2 or 4 of them, on
# enough entries for the threads to overlap (the UTF-8 samples, 60 times).
for k in $(seq 60); do
    for f in s01 s05 s06 s07 s08 s09 s10; do cat "$corpus/$f.md"; printf '\n\n'; done
done > "$tmp/many.md"
for n in 1 2 4; do
    "$prog" -j $n --vcf "$tmp/j$n.vcf" --ics "$tmp/j$n.ics" --report "$tmp/j$n.json" \
        "$tmp/many.md" 2> "$tmp/j$n.err"
    "$prog" -q -j $n --dump json "$tmp/many.md" > "$tmp/j$n.dump"
done
for n in 2 4; do
    for ext in vcf ics json err dump; do
        cmp -s "$tmp/j1.$ext" "$tmp/j$n.$ext" && ok || ko "--jobs $n: .$ext differs from --jobs 1"
    done
done
[ "$(count_cards "$tmp/j1.vcf")" -gt 700 ] && ok || ko "too few cards from many.md"

# Review findings, each a test.
# A file name that is not UTF-8 does not break the JSON report.
mkdir -p "$tmp/nf"
cp "$seed" "$tmp/nf/caf$(printf '\xe9').md"
"$prog" -q --report "$tmp/nf.json" --vcf "$tmp/nf.vcf" "$tmp/nf" && \
    "$py" -c 'import json,sys; r=json.load(open(sys.argv[1])); assert r["entries"][0]["file"].endswith("caf\\xE9.md"), r' \
    "$tmp/nf.json" && ok || ko "report with a non-UTF-8 file name"
# One entry in Windows-1252 does not turn the next UTF-8 entries into mojibake.
printf '# Café A\n\nok\n\n# B\n\nbad \xe9t\xe9\n\n# Café C\n\nok\n' > "$tmp/mixed-cs.md"
"$prog" --vcf "$tmp/mixed-cs.vcf" "$tmp/mixed-cs.md" 2> "$tmp/mixed-cs.err"
grep -q "^FN:Café C" "$tmp/mixed-cs.vcf" && grep -q "^FN:B" "$tmp/mixed-cs.vcf" && ! grep -q "Ã" "$tmp/mixed-cs.vcf" \
    && ok || ko "mixed charsets: $(grep ^FN "$tmp/mixed-cs.vcf")"
[ "$(grep -c 'read as Windows-1252' "$tmp/mixed-cs.err")" = 1 ] && ok || ko "fallback warned once"
# An unknown input charset is a usage error.
"$prog" -f NO-SUCH-CHARSET "$seed" > /dev/null 2>&1
[ $? = 2 ] && ok || ko "unknown -f charset must exit 2"
# A full disk on standard output is an error with a message.
if [ -w /dev/full ]; then
    "$prog" -q --dump json "$seed" > /dev/full 2> "$tmp/full.err"
    [ $? = 2 ] && grep -q "standard output: cannot write: No space left on device" "$tmp/full.err" && ok || ko "/dev/full with --dump"
    "$prog" -q "$seed" > /dev/full 2> "$tmp/full.err"
    [ $? = 2 ] && grep -q "standard output: cannot write: No space left on device" "$tmp/full.err" && ok || ko "/dev/full"
fi
# "-o -" is no folder named "-": a usage error, nothing made.
(cd "$tmp" && "$prog" -o - "$seed" > /dev/null 2>&1; [ $? = 2 ] && [ ! -e "$tmp/-" ]) && ok ||
    ko "-o - must be a usage error and make no folder"
# Two outputs on standard output are refused.
"$prog" --ics - --vcf - "$seed" > /dev/null 2>&1
[ $? = 2 ] && ok || ko "--ics - with --vcf - must be a usage error"
# A link to a folder that loops back is not followed.
mkdir -p "$tmp/loop/sub"
cp "$seed" "$tmp/loop/sub/a.md"
ln -s .. "$tmp/loop/sub/up"
[ "$("$prog" -q "$tmp/loop" 2>/dev/null | grep -c '^X-ABShowAs')" = 1 ] && ok || ko "symlink loop"
# --for outlook with -o: one card per file, people included.
"$prog" -q --for outlook -o "$tmp/ol" "$seed"
[ -f "$tmp/ol/groupe-pompidou.vcf" ] && [ -f "$tmp/ol/groupe-pompidou-denis-huber.vcf" ] && \
    [ "$(count_cards "$tmp/ol/groupe-pompidou.vcf")" = 1 ] && ok || ko "--for outlook: one card per file"

# --ics FILE gets its components in place behind a head that is rewritten as
# new time zones come (at once for the first ones, then once at the end);
# --ics - spools them: both give the same calendar, whose head names each zone
# used exactly once, before the first component, and no temporary file stays.
mkdir -p "$tmp/zones"
n=0
for place in "75001 Paris" "75002 Paris" "97110 Pointe-à-Pitre" "97200 Fort-de-France" \
    "97300 Cayenne" "97400 Saint-Denis" "97600 Mamoudzou" "97500 Saint-Pierre" \
    "98800 Nouméa" "98714 Papeete" "98600 Mata-Utu" "L-1111 Luxembourg" "98000 Monaco" \
    "75003 Paris" "97100 Basse-Terre"; do
    n=$((n + 1))
    printf '# Association %s\n\n## Coordonnées\n\n%s rue de la Gare\n%s\n\n## Horaires\n\nDu lundi au vendredi de 9h à 12h.\n\n' \
        "$n" "$n" "$place"
done > "$tmp/zones/all.md"
SOURCE_DATE_EPOCH=1 "$prog" -q --vcf /dev/null --ics "$tmp/zones/z.ics" "$tmp/zones/all.md"
SOURCE_DATE_EPOCH=1 "$prog" -q --vcf /dev/null --ics - "$tmp/zones/all.md" > "$tmp/zones/pipe.ics"
cmp -s "$tmp/zones/z.ics" "$tmp/zones/pipe.ics" && ok || ko "--ics FILE and --ics - differ"
zones_used=$(grep -o 'TZID=[A-Za-z_/]*' "$tmp/zones/z.ics" | sort -u | wc -l)
[ "$(grep -c '^BEGIN:VTIMEZONE' "$tmp/zones/z.ics")" = "$zones_used" ] && [ "$zones_used" -ge 10 ] &&
    ok || ko "calendar head: $zones_used zones used"
last_tz=$(grep -n '^END:VTIMEZONE' "$tmp/zones/z.ics" | tail -1 | cut -d: -f1)
first_ev=$(grep -n '^BEGIN:VEVENT' "$tmp/zones/z.ics" | head -1 | cut -d: -f1)
[ "$last_tz" -lt "$first_ev" ] && ok || ko "a VTIMEZONE after a component"
[ "$(ls -A "$tmp/zones" | grep -c '^\.')" = 0 ] && ok || ko "temporary calendar files left"

# Sharded runs (as GNU parallel would run them) joined equal one run.
ls "$corpus"/s*.md > "$tmp/all"
split -n l/3 "$tmp/all" "$tmp/shard."
for s in "$tmp"/shard.*; do
    "$prog" -q --vcf "$s.vcf" --files-from "$s" || ko "shard $s"
done
cat "$tmp"/shard.*.vcf > "$tmp/joined.vcf"
"$prog" -q --vcf "$tmp/one.vcf" --files-from "$tmp/all"
cmp -s "$tmp/joined.vcf" "$tmp/one.vcf" && ok || ko "sharded run differs from one run"
if command -v parallel > /dev/null; then
    parallel --will-cite -j2 -k "$prog" -q --vcf {}.p.vcf --files-from {} ::: "$tmp"/shard.?? \
        && cat "$tmp"/shard.??.p.vcf | cmp -s - "$tmp/one.vcf" && ok || ko "GNU parallel shards differ"
else
    ko "GNU parallel is not installed"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]

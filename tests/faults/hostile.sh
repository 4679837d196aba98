#!/bin/bash
# Hostile input (issue 18, breaks 3 to 7): escape sequences never reach the
# terminal; endless input stays in bounded memory; an unclosed fence does not
# swallow the entries after it; 400,000 keywords and 100,000 e-mails finish
# (a hang guard, not a timing: quadratic code takes minutes); FIFOs and
# broken links met in a folder are reported; text is not lost silently.
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

# No byte below 0x20 but the newline, no DEL, no C1 control (UTF-8 C2 80-9F)
# and no bidirectional override (E2 80 AA-AE) in what the program printed.
clean_text() { # file
    ! LC_ALL=C grep -q -P '[\x00-\x09\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]' "$1"
}

# 3. Control characters in headings, lines, titles and file names.
mkdir -p "$tmp/esc"
printf '# Org\n\n## Sec\033[31mtion\n\nx\033]0;pwned\007y\n\n## Horaires\n\nLundi \302\233 9h\n' \
    > "$tmp/esc/e.md"
printf '# Org \342\200\256evil\r\n\n## Coordonn\303\251es\n\nzz\033[2J\n' > "$tmp/esc/t.md"
printf '# Org\n\n## Inconnue\n\nx\n' > "$tmp/esc/name-$(printf '\033')[2J.md"
"$prog" --vcf "$tmp/out.vcf" "$tmp/esc" 2> "$tmp/err"
clean_text "$tmp/err" && ok || ko "control characters printed raw: $(od -c "$tmp/err" | head -5)"
grep -q 'Sec\\033\[31mtion' "$tmp/err" && ok || ko "the heading is not shown escaped: $(cat "$tmp/err")"
"$prog" --report "$tmp/r.json" --vcf /dev/null "$tmp/esc" 2> "$tmp/err2"
clean_text "$tmp/err2" && ok || ko "control characters printed raw with --report"
"$prog" --vcf /dev/null "$tmp/esc/name-"* 2> "$tmp/err3"
clean_text "$tmp/err3" && ok || ko "a file name printed raw"
grep -q 'name-\\033\[2J.md:3: warning' "$tmp/err3" && ok || ko "the file name is not shown escaped: $(cat "$tmp/err3")"

# 4. Endless input: bounded memory and a clear error (file and line).
# The bound is 600 MB of address space; a sanitizer build reserves terabytes of
# shadow memory, so there the same bound is put on its resident memory.
capped() { # command...
    if [ -n "${SAN_FLAGS:-}" ]; then
        ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}hard_rss_limit_mb=600 "$@"
    else
        (ulimit -v 600000 && exec "$@")
    fi
}
capped timeout 60 "$prog" --vcf /dev/null /dev/zero 2> "$tmp/err"
rc=$?
[ $rc -eq 1 ] && ok || ko "/dev/zero: status $rc, want 1"
grep -q '^/dev/zero:1: error: entry larger than 16777216 bytes' "$tmp/err" && ok ||
    ko "/dev/zero: message: $(head -c 300 "$tmp/err")"
head -c 3000000 /dev/zero | capped timeout 60 "$prog" --max-entry-size 1M --vcf /dev/null \
    2> "$tmp/err"
grep -q '^<stdin>:1: error: entry larger than 1048576 bytes' "$tmp/err" && ok ||
    ko "--max-entry-size on standard input: $(head -c 300 "$tmp/err")"
capped timeout 20 "$prog" -q --vcf /dev/null /dev/urandom 2> /dev/null
rc=$?
[ $rc -ne 124 ] && [ $rc -lt 128 ] && ok || ko "/dev/urandom: status $rc (crash or no end)"
"$prog" --max-entry-size 12 --vcf /dev/null /dev/null 2> /dev/null
[ $? -eq 2 ] && ok || ko "--max-entry-size 12 is accepted"

# 5. A stray fence after the 11th of 2,000 entries: every entry is a card,
# with a warning at the fence.
"$py" - "$tmp/fence.md" <<'PYEOF'
import sys
with open(sys.argv[1], "w") as f:
    for i in range(2000):
        f.write(f"# Organisation {i}\n\n## Coordonnées\n\nTél. : 01 99 00 12 34\n\n")
        if i == 10:
            f.write("```\n\n")
PYEOF
"$prog" --vcf "$tmp/fence.vcf" "$tmp/fence.md" 2> "$tmp/err"
n=$(grep -c '^BEGIN:VCARD' "$tmp/fence.vcf")
[ "$n" -eq 2000 ] && ok || ko "stray fence: $n cards, want 2000"
grep -q 'code block not closed' "$tmp/err" && ok || ko "stray fence: no warning"

# 5. Linear time: far more keywords and e-mails than any entry holds.
"$py" - "$tmp" <<'PYEOF'
import sys
d = sys.argv[1]
kw = ", ".join(f"mot{i}" for i in range(400000)) + ", mot7, mot7"
open(f"{d}/kw.md", "w").write(f"# Org\n\n**Mots-clefs :** {kw}\n")
em = "\n".join(f"a{i}@example.fr" for i in range(100000)) + "\na7@example.fr\n"
open(f"{d}/em.md", "w").write(f"# Org\n\n## Coordonnées\n\n{em}")
PYEOF
timeout 60 "$prog" -q --dump json "$tmp/kw.md" > "$tmp/kw.json"
[ $? -eq 0 ] && ok || ko "400,000 keywords: no end within the guard (quadratic?)"
"$py" -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(len(d["keywords"]) != 400000)' \
    "$tmp/kw.json" && ok || ko "400,000 keywords: repeats not dropped"
timeout 60 "$prog" -q --dump json "$tmp/em.md" > "$tmp/em.json"
[ $? -eq 0 ] && ok || ko "100,000 e-mails: no end within the guard (quadratic?)"
"$py" -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(len(d["emails"]) != 100000)' \
    "$tmp/em.json" && ok || ko "100,000 e-mails: repeats not dropped"

# 7. A FIFO and a broken link in a folder: reported, the rest converted.
mkdir -p "$tmp/dir"
cp "$top/examples/groupe-pompidou.md" "$tmp/dir/a.md"
mkfifo "$tmp/dir/pipe.md"
ln -s "$tmp/nowhere.md" "$tmp/dir/gone.md"
timeout 30 "$prog" --vcf "$tmp/dir.vcf" "$tmp/dir" 2> "$tmp/err"
rc=$?
[ $rc -ne 124 ] && ok || ko "a FIFO in a folder blocks the batch"
grep -q 'pipe.md: warning: not a regular file; skipped' "$tmp/err" && ok || ko "FIFO not reported: $(cat "$tmp/err")"
grep -q 'gone.md: warning: broken link; skipped' "$tmp/err" && ok || ko "broken link not reported: $(cat "$tmp/err")"
grep -q '^BEGIN:VCARD' "$tmp/dir.vcf" && ok || ko "the regular file was not converted"

# 6. Text not lost: a mailto query stays in NOTE.
printf '# Org\n\n## Coordonn\303\251es\n\n[\303\251crire](mailto:a@b.fr?subject=Rendez-vous%%20urgent)\n' \
    > "$tmp/mailto.md"
for v in 2.1 3.0 4.0; do
    "$prog" -q -V $v "$tmp/mailto.md" | "$py" -c 'import sys,quopri; t=sys.stdin.buffer.read(); t=quopri.decodestring(t.replace(b"=\r\n",b"")) if b"QUOTED" in t else t; t=t.replace(b"\r\n ",b""); sys.exit(b"subject=Rendez-vous" not in t)' &&
        ok || ko "vCard $v: the mailto query is lost"
done

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]

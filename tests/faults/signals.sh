#!/bin/bash
# Signals (issue 18, break 2): SIGINT, SIGTERM and SIGHUP in the middle of a
# batch writing --vcf, --ics, --report and -o DIR remove every temporary file
# and end the run by the signal (status 128 + N), the previous files intact;
# SIGPIPE on standard output ends the run quietly; after SIGKILL, the next run
# into the same folders removes what the killed one left.
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

# A batch long enough to be interrupted: the sample corpus, many times.
"$py" - "$top/tests/corpus" "$tmp/big.md" <<'PYEOF'
import glob, os, sys
entries = []
for p in sorted(glob.glob(os.path.join(sys.argv[1], "set[2-5]", "*.md"))):
    raw = open(p, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        continue
    # entries that convert cleanly: no NUL, no byte order mark, one title
    if not p.endswith("README.md") and "\0" not in text and text.startswith("# "):
        entries.append(text)
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for i in range(6000):
        out.write(entries[i % len(entries)].replace("\n# ", f"\n# {i} ", 1))
        out.write("\n")
PYEOF

# (.fiche2vcard.state is what an -o run wrote, not a temporary file)
temps() { find "$tmp/out" -name '.*' ! -name .fiche2vcard.state -type f | wc -l; }

# Wait until the batch has made its temporary files (at most 10 s).
wait_started() { # pid
    for _ in $(seq 1 200); do
        [ "$(temps)" -gt 0 ] && return 0
        kill -0 "$1" 2>/dev/null || return 1
        sleep 0.05
    done
    return 1
}

for sig in INT TERM HUP INT TERM HUP; do
    rm -rf "$tmp/out" && mkdir -p "$tmp/out/dir"
    echo OLD > "$tmp/out/all.vcf"
    "$prog" -q -j 2 --vcf "$tmp/out/all.vcf" --ics "$tmp/out/all.ics" \
        --report "$tmp/out/r.json" -o "$tmp/out/dir" "$tmp/big.md" 2> "$tmp/err" &
    pid=$!
    if ! wait_started $pid; then
        wait $pid
        ko "SIG$sig: the batch ended before it could be interrupted"
        continue
    fi
    kill -s "$sig" $pid
    wait $pid
    rc=$?
    want=$((128 + $(kill -l "$sig")))
    [ $rc -eq $want ] && ok || ko "SIG$sig: status $rc, want $want"
    [ "$(temps)" -eq 0 ] && ok || ko "SIG$sig: $(temps) temporary files left"
    [ "$(cat "$tmp/out/all.vcf")" = OLD ] && ok || ko "SIG$sig: the previous all.vcf was replaced"
done

# SIGPIPE: a reader that stops early ends the run, without a word.
"$prog" -q "$tmp/big.md" 2> "$tmp/err" | head -c 100 > /dev/null
rc=${PIPESTATUS[0]}
[ $rc -eq 141 ] || [ $rc -eq 0 ] && ok || ko "SIGPIPE: status $rc, want 141"
[ ! -s "$tmp/err" ] && ok || ko "SIGPIPE: messages: $(head -c 300 "$tmp/err")"

# SIGKILL leaves temporary files; the next run into the same folders
# removes them (their process is gone) and writes its outputs.
rm -rf "$tmp/out" && mkdir -p "$tmp/out/dir"
"$prog" -q -j 2 --vcf "$tmp/out/all.vcf" -o "$tmp/out/dir" "$tmp/big.md" &
pid=$!
if wait_started $pid; then
    kill -s KILL $pid
    wait $pid
    [ "$(temps)" -gt 0 ] && ok || ko "SIGKILL: no temporary file to sweep (test too slow?)"
    "$prog" -q --vcf "$tmp/out/all.vcf" -o "$tmp/out/dir" "$top/examples/groupe-pompidou.md" ||
        ko "run after SIGKILL"
    [ "$(temps)" -eq 0 ] && ok || ko "after SIGKILL: $(temps) temporary files not swept"
else
    wait $pid
    ko "SIGKILL: the batch ended before it could be killed"
fi

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]

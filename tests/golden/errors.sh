#!/bin/sh
# Bad input: each tests/golden/errors/CASE.md (or .bin) must give exactly the
# messages of CASE.err on stderr and the exit status in CASE.status.
set -u
top=${top_srcdir:?}
prog=${FICHE2VCARD:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
cd "$top/tests/golden/errors" || exit 1
for input in *.md *.bin; do
    [ -e "$input" ] || continue
    case=${input%.*}
    "$prog" --vcf "$tmp/out.vcf" "$input" > /dev/null 2> "$tmp/err"
    status=$?
    want=$(cat "$case.status")
    if [ "${REGEN:-0}" = 1 ]; then
        cp "$tmp/err" "$case.err"
    fi
    if [ "$status" = "$want" ] && diff -u "$case.err" "$tmp/err"; then
        pass=$((pass + 1))
    else
        echo "FAIL $case: status $status (want $want)"
        fail=$((fail + 1))
    fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]

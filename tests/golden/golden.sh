#!/bin/sh
# Golden files: the program on each examples/NAME.md must print exactly
# examples/NAME.vcf (vCard 3.0), NAME.v4.vcf (4.0), NAME.v21.vcf (2.1),
# NAME.ics, NAME.todo.ics (--note-as todo) and NAME.avail.ics
# (--hours-as availability). REGEN=1 rewrites them: review that diff like code.
set -u
top=${top_srcdir:?}
prog=${FICHE2VCARD:?}
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1700000000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0

compare() { # name expected-file command...
    name=$1 expected=$2
    shift 2
    "$@" > "$tmp/out" 2> "$tmp/err"
    status=$?
    if [ "$status" -ne 0 ]; then
        echo "FAIL $name: exit status $status"; cat "$tmp/err"
        fail=$((fail + 1)); return
    fi
    if [ "${REGEN:-0}" = 1 ]; then
        cp "$tmp/out" "$expected"
    fi
    if diff -u "$expected" "$tmp/out"; then
        pass=$((pass + 1))
    else
        echo "FAIL $name"
        fail=$((fail + 1))
    fi
}

for md in "$top"/examples/*.md; do
    base=${md%.md}
    n=$(basename "$base")
    compare "$n 3.0" "$base.vcf" "$prog" -q "$md"
    compare "$n 4.0" "$base.v4.vcf" "$prog" -q -V 4.0 "$md"
    compare "$n 2.1" "$base.v21.vcf" "$prog" -q -V 2.1 "$md"
    compare "$n ics" "$base.ics" "$prog" -q --ics - "$md"
    compare "$n ics todo" "$base.todo.ics" "$prog" -q --ics - --note-as todo "$md"
    compare "$n ics availability" "$base.avail.ics" "$prog" -q --ics - --hours-as availability "$md"
done
# The calendar does not depend on the machine's time zone or tzdata: the
# same bytes with another TZ and no zoneinfo at all.
for md in "$top"/examples/*.md; do
    base=${md%.md}
    TZ=Pacific/Auckland TZDIR=/nonexistent "$prog" -q --ics - "$md" > "$tmp/tz.ics"
    if cmp -s "$base.ics" "$tmp/tz.ics"; then pass=$((pass + 1)); else echo "FAIL tzdata $md"; fail=$((fail + 1)); fi
done
# Byte-identical on a second run (determinism).
"$prog" -q "$top/examples/groupe-pompidou.md" > "$tmp/a"
"$prog" -q "$top/examples/groupe-pompidou.md" > "$tmp/b"
if cmp -s "$tmp/a" "$tmp/b"; then pass=$((pass + 1)); else echo "FAIL determinism"; fail=$((fail + 1)); fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]

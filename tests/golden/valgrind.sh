#!/bin/sh
# Memcheck over the examples and the sample corpus in every output form: no
# invalid access, no use of uninitialised memory, no definite leak; and
# helgrind over a run with two worker threads: no data race.
set -u
top=${top_srcdir:?}
prog=${FICHE2VCARD:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
vg() { # name expected-status args...
    name=$1 want=$2
    shift 2
    # The program links mimalloc, whose C++ operator delete is its free():
    # memcheck would call every delete in libphonenumber a mismatched free.
    valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
        --show-leak-kinds=definite --show-mismatched-frees=no \
        "$prog" -q "$@" > /dev/null 2> "$tmp/vg.err"
    if [ $? = "$want" ]; then
        pass=$((pass + 1))
    else
        echo "FAIL valgrind $name"; cat "$tmp/vg.err"
        fail=$((fail + 1))
    fi
}
command -v valgrind > /dev/null || { echo "valgrind is not installed"; echo "0 passed, 1 failed"; exit 1; }
# The sample set's inputs, alone in a folder (the set's own holds its README.md).
sample=$tmp/sample
mkdir "$sample"
cp "$top"/tests/corpus/sample/s*.md "$sample"/
vg "3.0 + ics" 0 --vcf "$tmp/a.vcf" --ics "$tmp/a.ics" "$top/examples" "$sample"
vg "4.0 + availability + todo" 0 -V 4.0 --hours-as availability --note-as todo \
    --vcf "$tmp/b.vcf" --ics "$tmp/b.ics" "$sample"
vg "2.1 cp1252 + -o" 0 -V 2.1 -t WINDOWS-1252 -o "$tmp/out" "$sample"
vg "dump + report" 0 --dump json --report "$tmp/r.json" "$sample"
vg "other formats + -o" 0 --jcard "$tmp/f.jcard.json" --jscontact "$tmp/f.json" \
    --jsonld "$tmp/f.jsonld" --csv "$tmp/f.csv" --csv-for outlook -o "$tmp/fout" \
    "$top/examples" "$sample"
# Helgrind: the worker threads share nothing unguarded.
if valgrind -q --tool=helgrind --suppressions="$top/tests/golden/helgrind.supp" \
    --error-exitcode=99 "$prog" -q -j 2 --vcf "$tmp/h.vcf" \
    --ics "$tmp/h.ics" -o "$tmp/hout" "$top/examples" "$sample" \
    > /dev/null 2> "$tmp/hg.err"; then
    pass=$((pass + 1))
else
    echo "FAIL helgrind"; head -60 "$tmp/hg.err"
    fail=$((fail + 1))
fi
# Every committed input of tests/cases/ (the generated ones are too big).
vg "bad input" 1 --vcf "$tmp/c.vcf" "$top"/tests/cases/*/input.md "$top"/tests/cases/*/input.bin
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]

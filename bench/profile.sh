#!/bin/sh
# bench/profile.sh: where fiche2vcard spends its instructions, to guide optimisation
# (issue 9). Generates a Windows-1252 corpus with SHARED/bench/gen_corpus.py, runs
# the program under `valgrind --tool=callgrind` converting it to one .vcf and one .ics,
# and prints the top functions by self cost and by inclusive cost (callgrind_annotate).
#
# Usage: bench/profile.sh [--prog PATH] [--shared DIR] [--entries N] [--top N]
#                         [--keep DIR] [-- EXTRA FICHE2VCARD OPTIONS]
#   --prog      the built fiche2vcard (default: REPO/fiche2vcard); build it with
#               -O2 -g so that the profile is the real one and names resolve
#   --shared    folder holding bench/gen_corpus.py (default: ../shared beside the repo)
#   --entries   corpus size (default 2000)
#   --top       functions listed per table (default 30)
#   --keep DIR  keep the corpus and callgrind.out in DIR (default: a removed temp dir)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
prog=$repo/fiche2vcard
shared=$(dirname "$repo")/shared
entries=2000
top=30
keep=
python=${PYTHON3_SYSTEM:-/usr/bin/python3}

while [ $# -gt 0 ]; do
    case $1 in
        --prog) prog=$2; shift 2 ;;
        --shared) shared=$2; shift 2 ;;
        --entries) entries=$2; shift 2 ;;
        --top) top=$2; shift 2 ;;
        --keep) keep=$2; shift 2 ;;
        --) shift; break ;;
        -h|--help) sed -n '2,15s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) echo "profile.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

for tool in valgrind callgrind_annotate; do
    command -v "$tool" >/dev/null 2>&1 || { echo "profile.sh: $tool not found" >&2; exit 2; }
done
[ -x "$prog" ] || { echo "profile.sh: $prog: not an executable (--prog)" >&2; exit 2; }
[ -f "$shared/bench/gen_corpus.py" ] || {
    echo "profile.sh: no $shared/bench/gen_corpus.py (--shared)" >&2; exit 2; }

if [ -n "$keep" ]; then
    mkdir -p "$keep"
    work=$(cd "$keep" && pwd)
else
    work=$(mktemp -d "${TMPDIR:-/tmp}/fiche2vcard-profile-XXXXXX")
    trap 'rm -rf "$work"' EXIT INT TERM
fi

corpus=$work/corpus-$entries.md
"$python" "$shared/bench/gen_corpus.py" "$entries" "$corpus" --encoding cp1252
out=$work/callgrind.out
echo "profiling: $prog -q $* --vcf out.vcf --ics out.ics corpus-$entries.md" \
     "($entries entries, $(wc -c < "$corpus") bytes, Windows-1252)"
LC_ALL=C.UTF-8 SOURCE_DATE_EPOCH=1700000000 \
    valgrind --tool=callgrind --callgrind-out-file="$out" -q \
    "$prog" -q "$@" --vcf "$work/out.vcf" --ics "$work/out.ics" "$corpus"

# The total, then the first $top rows of the function table of callgrind_annotate.
table() {
    awk -v top="$top" '/PROGRAM TOTALS/ { print; next }
        /file:function/ { on = 1; next }
        on && NF && !/^-+$/ { print; if (++n >= top) exit }'
}

# Self cost: the functions whose own instructions dominate.
echo
echo "=== top $top functions by self cost (instructions executed) ==="
callgrind_annotate --inclusive=no --threshold=100 "$out" 2>/dev/null | table
# Inclusive cost: the call paths (pipeline stages) that contain them.
echo
echo "=== top $top functions by inclusive cost ==="
callgrind_annotate --inclusive=yes --threshold=100 "$out" 2>/dev/null | table
[ -z "$keep" ] || echo "kept: $out (open with kcachegrind or callgrind_annotate)"

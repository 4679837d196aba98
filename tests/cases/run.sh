#!/bin/sh
# Bad input and error messages: run the real program on one case of
# tests/cases/ (a folder: its input, case.expect, expected.err, maybe args;
# tests/cases/README.md), or on every case when none is given.
#
#   run.sh [--listed 'TESTS'] [CASE...]
#
# CASE is tests/cases/NAME or tests/cases/NAME/case.expect. make check runs
# one case per test, with --listed naming the case.expect of every case it
# runs: a case whose folder is not among them fails the test.
#
# Each case runs the program twice, with the case's args first:
#   messages    FICHE2VCARD ARGS --vcf OUT NAME.EXT, from the input's folder:
#               the exit status of case.expect, and stderr exactly
#               expected.err (REGEN=1 rewrites expected.err; "exact-stderr
#               no" in case.expect skips the comparison);
#   robustness  FICHE2VCARD ARGS -o DIR --vcf ALL --ics ALL /path/NAME.EXT,
#               from another folder, under a time limit: the same status, no
#               crash, no time-out, stderr holding each "stderr-has" text, no
#               file written outside the output folder (nor in the current
#               folder, nor beside the input), and the output checks of
#               case.expect (cards, cards-all, end-vcard-in-value, files).
# Prints one line per check that fails and "N passed, N failed".
# Environment: FICHE2VCARD (the program), top_srcdir, PYTHON3 (runs gen.py),
# VCHECK (the vcheck command; built from tests/fuzz/ with $CC when unset),
# REGEN.
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "${top_srcdir:-$here/../..}" && pwd)
prog=${FICHE2VCARD:-$top/fiche2vcard}
case $prog in /*) ;; *) prog=$(pwd)/$prog ;; esac
export FICHE2VCARD="$prog" top_srcdir="$top"

listed=
listed_given=0
if [ "${1:-}" = --listed ]; then
    listed=$2 listed_given=1
    shift 2
fi

# Several cases (every case when none is named): each in a process of its own.
if [ $# -ne 1 ]; then
    [ $# -eq 0 ] && set -- "$here"/*/
    log=$(mktemp "${TMPDIR:-/tmp}/cases.XXXXXX")
    ok=0 ko=0
    for d in "$@"; do
        d=${d%/}
        if sh "$0" "$d" > "$log" 2>&1; then
            ok=$((ok + 1)); echo "PASS $d"
        else
            ko=$((ko + 1)); echo "FAIL $d"; sed 's/^/    /' "$log"
        fi
    done
    rm -f "$log"
    echo "$ok cases passed, $ko failed"
    [ "$ko" -eq 0 ]
    exit
fi

dir=$1
[ -f "$dir" ] && dir=$(dirname "$dir")
dir=$(cd "$dir" && pwd) || exit 1
name=$(basename "$dir")
pass=0
fail=0
ok() { pass=$((pass + 1)); }
ko() { echo "FAIL $name: $*" | cut -c1-600; fail=$((fail + 1)); }
finish() {
    echo "$pass passed, $fail failed"
    [ "$fail" -eq 0 ]
    exit
}

# A case's folder that make check does not run would be silently left out.
if [ "$listed_given" = 1 ]; then
    for d in "$(dirname "$dir")"/*/; do
        d=${d%/}
        [ -f "$d/case.expect" ] || continue
        case " $listed " in
        *"/$(basename "$d")/case.expect "*) ;;
        *) ko "tests/cases/$(basename "$d")/ is a case, but make check does not run it:" \
               "add tests/cases/$(basename "$d")/case.expect to CASE_TESTS in Makefile.am" ;;
        esac
    done
fi

# case.expect: "status N", then optional directives, one a line; # comments.
want_status=
limit=20
exact=yes
has=
checks=
if [ ! -f "$dir/case.expect" ]; then
    ko "no case.expect"
    finish
fi
while read -r key val; do
    case $key in
    '' | '#'*) ;;
    status) want_status=$val ;;
    time) limit=$val ;;
    exact-stderr) exact=$val ;;
    stderr-has) has="$has$val
" ;;
    cards | cards-all | end-vcard-in-value | files) checks="$checks$key $val
" ;;
    *) ko "case.expect: unknown directive '$key'" ;;
    esac
done < "$dir/case.expect"
case $want_status in
[0-9] | [0-9][0-9] | [0-9][0-9][0-9]) ;;
*) ko "case.expect: no 'status N' line"; finish ;;
esac

tmp=$(mktemp -d "${TMPDIR:-/tmp}/case.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/in" "$tmp/out" "$tmp/cwd" "$tmp/msg"

# The input: input.md, input.bin, or gen.py writing it (too big to commit).
found=
for f in input.md input.bin gen.py; do
    [ -f "$dir/$f" ] && found="$found $f"
done
case $found in
" input.md") ext=md; cp "$dir/input.md" "$tmp/in/$name.md" ;;
" input.bin") ext=bin; cp "$dir/input.bin" "$tmp/in/$name.bin" ;;
" gen.py")
    ext=md
    "${PYTHON3:-python3}" "$dir/gen.py" "$tmp/in/$name.md" ||
        { ko "gen.py failed"; finish; }
    ;;
*) ko "want one of input.md, input.bin, gen.py; found:${found:- none}"; finish ;;
esac
input=$tmp/in/$name.$ext

# Extra arguments, one a line (blank lines skipped).
set --
if [ -f "$dir/args" ]; then
    while IFS= read -r a || [ -n "$a" ]; do
        [ -n "$a" ] && set -- "$@" "$a"
    done < "$dir/args"
fi

verdict() { # what status
    if [ "$2" -eq 124 ]; then
        ko "$1: more than $limit s"
    elif [ "$2" -ge 128 ]; then
        ko "$1: crashed (status $2): $(tail -c 300 "$tmp/$1.err")"
    elif [ "$2" != "$want_status" ]; then
        ko "$1: status $2, want $want_status: $(head -c 300 "$tmp/$1.err")"
    else
        ok
    fi
}

# Messages: the file named as a user names it, so messages read "NAME.md:1:".
start=$(date +%s)
(cd "$tmp/in" && timeout "$limit" "$prog" "$@" --vcf "$tmp/msg/out.vcf" "$name.$ext" \
    > /dev/null 2> "$tmp/messages.err")
verdict messages $?
if [ "$exact" != no ]; then
    if [ "${REGEN:-0}" = 1 ]; then
        cp "$tmp/messages.err" "$dir/expected.err"
    fi
    if [ ! -f "$dir/expected.err" ]; then
        ko "no expected.err (REGEN=1 writes it; review it like code)"
    elif diff -u "$dir/expected.err" "$tmp/messages.err"; then
        ok
    else
        ko "stderr differs from expected.err"
    fi
fi

# Robustness: every output at once, from elsewhere, under a time limit.
: > "$tmp/stamp"
(cd "$tmp/cwd" && timeout "$limit" "$prog" "$@" -o "$tmp/out" --vcf "$tmp/all.vcf" \
    --ics "$tmp/all.ics" "$input" > "$tmp/stdout" 2> "$tmp/robustness.err")
status=$?
verdict robustness $status
while IFS= read -r text; do
    [ -n "$text" ] || continue
    grep -qF -- "$text" "$tmp/robustness.err" && ok ||
        ko "stderr lacks \"$text\": $(head -c 300 "$tmp/robustness.err")"
done <<EOD
$has
EOD
# Nothing written outside the output folder.
stray=$( (find "$tmp/cwd" "$tmp/in" -newer "$tmp/stamp" ! -type d
          find "$tmp" -maxdepth 1 -newer "$tmp/stamp" ! -type d \
              ! -name all.vcf ! -name all.ics ! -name stdout ! -name robustness.err
          find "$tmp/out" -mindepth 1 -type d
          find / /etc "$tmp/.." -maxdepth 1 -newer "$tmp/stamp" \
              \( -name '*.vcf' -o -name '*.ics' \)) 2>/dev/null | head -5)
# (a killed or crashed run may leave its temporary .NAME.XXXXXX behind)
if [ -z "$stray" ] || [ "$status" -eq 124 ] || [ "$status" -ge 128 ]; then
    ok
else
    ko "written outside the output folder: $stray"
fi

# The output checks re-read the cards with vcheck (tests/fuzz/vcheck.c).
if [ -n "$checks" ] && [ -z "${VCHECK:-}" ]; then
    VCHECK=$tmp/vcheck
    # shellcheck disable=SC2046
    ${CC:-cc} -std=c11 -D_POSIX_C_SOURCE=200809L -O2 -I"$top/src" -I"$top/tests/fuzz" \
        -o "$VCHECK" "$top/tests/fuzz/vcheck_main.c" "$top/tests/fuzz/vcheck.c" \
        "$top/src/base/strbuf.c" "$top/src/base/util.c" \
        $(pkg-config --cflags --libs libutf8proc) || { ko "cannot build vcheck"; finish; }
fi
while read -r key val; do
    case $key in
    cards | cards-all)
        runs=all
        if [ "$key" = cards-all ]; then
            runs="all 21 40"
            "$prog" -q -V 2.1 -t WINDOWS-1252 --vcf "$tmp/v21.vcf" "$input" > /dev/null 2>&1
            "$prog" -q -V 4.0 --vcf "$tmp/v40.vcf" "$input" > /dev/null 2>&1
        fi
        for r in $runs; do
            f=$tmp/$([ "$r" = all ] && echo all.vcf || echo "v$r.vcf")
            got=$("$VCHECK" "$f" 2>&1)
            case $got in
            "cards=$val "*) ok ;;
            *) ko "$(basename "$f"): $got (want cards=$val)" ;;
            esac
        done
        ;;
    end-vcard-in-value)
        got=$("$VCHECK" "$tmp/all.vcf" 2>&1 | sed -n 's/.*end_vcard=//p')
        [ "${got:-0}" -ge "$val" ] && ok ||
            ko "END:VCARD text in values: ${got:-none}, want >= $val"
        ;;
    files)
        [ "$status" -eq 124 ] || [ "$status" -ge 128 ] && continue
        n=$(find "$tmp/out" -name '*.vcf' | wc -l)
        [ "$n" -eq "$val" ] && ok || ko "$n .vcf files, want $val"
        # (.fiche2vcard.state: what the incremental -o run wrote)
        bad=$(find "$tmp/out" -mindepth 1 ! -name .fiche2vcard.state -printf '%f\n' |
            grep -Ev '^[a-z0-9][a-z0-9-]{0,70}\.(vcf|ics)$' | head -3)
        [ -z "$bad" ] && ok || ko "unsafe file names: $bad"
        unreadable=
        for f in "$tmp"/out/*.vcf; do
            [ -f "$f" ] || continue
            got=$("$VCHECK" "$f" 2>&1)
            case $got in
            cards=*) ;;
            *) unreadable="$(basename "$f"): $got"; break ;;
            esac
        done
        [ -z "$unreadable" ] && ok || ko "$unreadable"
        ;;
    esac
done <<EOD
$checks
EOD
echo "$name: $(($(date +%s) - start)) s"
finish

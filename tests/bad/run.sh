#!/bin/sh
# Bad input (issue 8): run the real program on each tests/bad/NAME.md or
# NAME.bin (or on the input gen() below makes for NAME, for cases too big to
# commit) and check NAME.expect:
#   line 1   the exit status
#   line 2   a substring stderr must contain (empty: anything)
#   then optional directives, one a line:
#   args ARGS             extra options (word-split)
#   time N                seconds allowed (default 20)
#   cards N               the --vcf output re-parses (vcheck) into N cards
#   cards-all N           the same for vCard 2.1 (WINDOWS-1252), 3.0 and 4.0
#   end-vcard-in-value N  at least N "END:VCARD" texts inside values (3.0)
#   files N               -o wrote N safe, unique .vcf names in the folder
# Always: no crash (status < 128), no time-out, no file written outside the
# output folder (nor in the current directory or beside the input).
# Environment: FICHE2VCARD (the program), VCHECK (the vcheck command; built
# from tests/fuzz/ with $CC when unset), top_srcdir.
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "${top_srcdir:-$here/../..}" && pwd)
prog=${FICHE2VCARD:-$top/fiche2vcard}
case $prog in /*) ;; *) prog=$(pwd)/$prog ;; esac
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bad.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0

if [ -z "${VCHECK:-}" ]; then
    VCHECK=$tmp/vcheck
    # shellcheck disable=SC2046
    ${CC:-cc} -std=c11 -D_POSIX_C_SOURCE=200809L -O2 -I"$top/src" -I"$top/tests/fuzz" \
        -o "$VCHECK" "$top/tests/fuzz/vcheck_main.c" "$top/tests/fuzz/vcheck.c" \
        "$top/src/base/strbuf.c" "$top/src/base/util.c" $(pkg-config --cflags --libs libutf8proc) ||
        { echo "cannot build vcheck"; echo "0 passed, 1 failed"; exit 1; }
fi

# Inputs too big to commit, made at test time into $1.
gen() {
    python3 - "$1" "$2" <<'PY'
import sys
name, path = sys.argv[1], sys.argv[2]
out = open(path, 'w', encoding='utf-8')
def tag(i):
    return ''.join(chr(65 + (i // 26 ** k) % 26) for k in range(4))
if name == 'huge-line':          # one 100 MB line
    out.write('# Org\n\n## Objectifs\n\n')
    chunk = 'texte ' * 174763
    for _ in range(100):
        out.write(chunk)
    out.write('\n')
elif name == 'million-lines':    # an entry of a million lines
    out.write('# Org\n\n## Objectifs\n\n' + 'ligne de texte\n' * 1000000)
elif name == 'people-10000':     # 10,000 people in one entry
    out.write('# Org\n\n## **Personnes responsables**\n\n')
    out.write(''.join('M. Jean DU%s, directeur\n' % tag(i) for i in range(10000)))
elif name == 'deep-list':        # 3,000 nested list levels
    out.write('# Org\n\n## Objectifs\n\n')
    out.write(''.join('  ' * i + '- niveau\n' for i in range(3000)))
elif name == 'deep-quote':       # 100,000 nested block quotes and brackets
    out.write('# Org\n\n## Objectifs\n\n' + '> ' * 100000 + 'x\n\n')
    out.write('[' * 100000 + 'x' + ']' * 100000 + '\n\n' + '*' * 100000 + '\n')
elif name == 'same-title-5000':  # 5,000 entries of the same name in -o DIR
    out.write('# Org\n\nTexte.\n\n' * 5000)
elif name == 'long-words':       # 1 MB words in every field
    w = 'é' * 500000
    out.write('# %s\n\n## Coordonnées\n\n%s  \n75002 PARIS %s  \nTél : %s\n\n'
              '## **Personnes responsables**\n\n%s\n' % (w, w, w, w, w))
else:
    sys.exit('no generator for ' + name)
PY
}

for expect in "$here"/*.expect; do
    name=$(basename "$expect" .expect)
    rm -rf "$tmp/in" "$tmp/out" "$tmp/cwd" "$tmp/all.vcf" "$tmp/all.ics" "$tmp/v"*.vcf
    mkdir -p "$tmp/in" "$tmp/out" "$tmp/cwd"
    if [ -f "$here/$name.md" ]; then
        input=$tmp/in/$name.md
        cp "$here/$name.md" "$input"
    elif [ -f "$here/$name.bin" ]; then
        input=$tmp/in/$name.bin
        cp "$here/$name.bin" "$input"
    else
        input=$tmp/in/$name.md
        if ! gen "$name" "$input"; then
            echo "FAIL $name: no input"
            fail=$((fail + 1))
            continue
        fi
    fi
    want_status=$(sed -n 1p "$expect")
    want_err=$(sed -n 2p "$expect")
    args=$(sed -n 's/^args //p' "$expect")
    limit=$(sed -n 's/^time //p' "$expect")
    limit=${limit:-20}
    problems=
    : > "$tmp/stamp"
    start=$(date +%s)
    # shellcheck disable=SC2086
    (cd "$tmp/cwd" && timeout "$limit" "$prog" $args -o "$tmp/out" --vcf "$tmp/all.vcf" \
        --ics "$tmp/all.ics" "$input" > "$tmp/stdout" 2> "$tmp/err")
    status=$?
    secs=$(($(date +%s) - start))
    if [ "$status" -eq 124 ]; then
        problems="$problems; more than $limit s"
    elif [ "$status" -ge 128 ]; then
        problems="$problems; crashed (status $status): $(tail -c 300 "$tmp/err")"
    elif [ "$status" != "$want_status" ]; then
        problems="$problems; status $status, want $want_status"
    fi
    if [ -n "$want_err" ] && ! grep -qF -- "$want_err" "$tmp/err"; then
        problems="$problems; stderr lacks \"$want_err\": $(head -c 300 "$tmp/err")"
    fi
    # Nothing written outside the output folder.
    stray=$( (find "$tmp/cwd" "$tmp/in" -newer "$tmp/stamp" ! -type d;
              find "$tmp" -maxdepth 1 -newer "$tmp/stamp" ! -type d \
                  ! -name all.vcf ! -name all.ics ! -name stdout ! -name err;
              find "$tmp/out" -mindepth 1 -type d;
              find / /etc "$tmp/.." -maxdepth 1 -newer "$tmp/stamp" \
                  \( -name '*.vcf' -o -name '*.ics' \)) 2>/dev/null | head -5)
    # (a killed or crashed run may leave its temporary .NAME.XXXXXX behind)
    [ -z "$stray" ] || [ "$status" -eq 124 ] || [ "$status" -ge 128 ] ||
        problems="$problems; written outside the output folder: $stray"
    # Directives on the outputs.
    while read -r key val; do
        case $key in
        cards | cards-all)
            runs=all
            if [ "$key" = cards-all ]; then
                runs="all 21 40"
                "$prog" -q -V 2.1 -t WINDOWS-1252 --vcf "$tmp/v21.vcf" "$input" \
                    > /dev/null 2>&1
                "$prog" -q -V 4.0 --vcf "$tmp/v40.vcf" "$input" > /dev/null 2>&1
            fi
            for r in $runs; do
                f=$tmp/$( [ "$r" = all ] && echo all.vcf || echo "v$r.vcf")
                got=$("$VCHECK" "$f" 2>&1)
                case $got in
                "cards=$val "*) ;;
                *) problems="$problems; $(basename "$f"): $got (want cards=$val)" ;;
                esac
            done
            ;;
        end-vcard-in-value)
            got=$("$VCHECK" "$tmp/all.vcf" 2>&1 | sed -n 's/.*end_vcard=//p')
            [ "${got:-0}" -ge "$val" ] ||
                problems="$problems; END:VCARD text in values: ${got:-none}, want >= $val"
            ;;
        files)
            [ "$status" -eq 124 ] || [ "$status" -ge 128 ] && continue
            n=$(find "$tmp/out" -name '*.vcf' | wc -l)
            [ "$n" -eq "$val" ] || problems="$problems; $n .vcf files, want $val"
            bad=$(find "$tmp/out" -mindepth 1 -printf '%f\n' |
                grep -Ev '^[a-z0-9][a-z0-9-]{0,70}\.(vcf|ics)$' | head -3)
            [ -z "$bad" ] || problems="$problems; unsafe file names: $bad"
            for f in "$tmp"/out/*.vcf; do
                [ -f "$f" ] || continue
                got=$("$VCHECK" "$f" 2>&1)
                case $got in
                cards=*) ;;
                *) problems="$problems; $(basename "$f"): $got"; break ;;
                esac
            done
            ;;
        esac
    done <<EOD
$(sed -n '3,$p' "$expect")
EOD
    if [ -z "$problems" ]; then
        pass=$((pass + 1))
        echo "PASS $name (${secs}s)"
    else
        fail=$((fail + 1))
        echo "FAIL $name (${secs}s)${problems}" | cut -c1-600
    fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]

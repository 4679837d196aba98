#!/bin/sh
# Fuzzing (issue 8): build tests/fuzz/fuzz_convert.c with clang's libFuzzer
# against the library sources, replay every tests/fuzz/regressions/ input
# once, then fuzz for FUZZ_SECONDS (default 60) from a corpus seeded with
# examples/*.md, the corpus sets' inputs (tests/corpus/*/*.md), the bad-input
# cases' committed inputs (tests/cases/*/input.*) and the regressions.
# Any crash, leak, sanitizer report, timeout or property violation fails.
# Environment: FUZZ_SECONDS, FUZZ_WORKDIR (kept; default a temp dir removed
# at exit unless something was found), FUZZ_CORPUS (a corpus dir to keep and
# grow between runs), CC/CXX (default clang/clang++), FUZZ_JOBS (default 1).
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=${top_srcdir:-$here/../..}
top=$(cd "$top" && pwd)
seconds=${FUZZ_SECONDS:-60}
jobs=${FUZZ_JOBS:-1}
cc=${CC:-clang}
cxx=${CXX:-clang++}
case $cc in *clang*) ;; *) cc=clang ;; esac
case $cxx in *clang*) ;; *) cxx=clang++ ;; esac
if [ -n "${FUZZ_WORKDIR:-}" ]; then
    work=$FUZZ_WORKDIR
    mkdir -p "$work"
else
    work=$(mktemp -d "${TMPDIR:-/tmp}/fuzz.XXXXXX")
fi
pass=0
fail=0
ok() { pass=$((pass + 1)); echo "PASS $1"; }
ko() { fail=$((fail + 1)); echo "FAIL $1"; }
finish() {
    echo "$pass passed, $fail failed"
    if [ "$fail" -eq 0 ] && [ -z "${FUZZ_WORKDIR:-}" ]; then
        rm -rf "$work"
    else
        echo "work dir kept: $work"
    fi
    [ "$fail" -eq 0 ]
    exit $?
}

# --- build ------------------------------------------------------------------
pkgs="libical libutf8proc md4c jansson uuid nettle"
san="-fsanitize=address,undefined -fno-sanitize-recover=all"
# shellcheck disable=SC2086
cflags="-std=c11 -D_POSIX_C_SOURCE=200809L -g -O1 -fno-omit-frame-pointer $san
    -I$top/src -I$here $(pkg-config --cflags $pkgs)"
# shellcheck disable=SC2086
libs="$(pkg-config --libs $pkgs) -lphonenumber -lstdc++"
mkdir -p "$work/obj"
built=1
for src in "$top"/src/*/*.c; do
    # the library only: the program's own files (src/cli/) are not fuzzed here
    case $src in */src/cli/*) continue ;; esac
    obj="$work/obj/$(basename "$src" .c).o"
    # shellcheck disable=SC2086
    $cc $cflags -fsanitize=fuzzer-no-link -c "$src" -o "$obj" || built=0
done
# shellcheck disable=SC2086
$cxx -std=c++17 -g -O1 $san -fsanitize=fuzzer-no-link -I"$top/src" \
    -c "$top/src/extract/phone_lib.cc" -o "$work/obj/phone_lib.o" || built=0
for src in "$here/fuzz_convert.c" "$here/vcheck.c"; do
    # shellcheck disable=SC2086
    $cc $cflags -Wall -Wextra -fsanitize=fuzzer-no-link -c "$src" \
        -o "$work/obj/$(basename "$src" .c).o" || built=0
done
# clang++ links: the C++ part needs UBSan's C++ runtime (vptr checks).
# shellcheck disable=SC2086
[ $built = 1 ] && $cxx $san -fsanitize=fuzzer -o "$work/fuzz_convert" \
    "$work"/obj/*.o $libs || built=0
if [ $built = 1 ]; then
    ok "build fuzz_convert"
else
    ko "build fuzz_convert"
    finish
fi
fuzzer=$work/fuzz_convert
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

# --- the fixed regression suite -------------------------------------------
for input in "$here"/regressions/*; do
    [ -f "$input" ] || continue
    name=regressions/$(basename "$input")
    if "$fuzzer" -timeout=10 -rss_limit_mb=2048 "$input" > "$work/replay.log" 2>&1
    then
        ok "$name"
    else
        ko "$name"
        tail -40 "$work/replay.log"
    fi
done

# --- fuzzing ------------------------------------------------------------------
corpus=${FUZZ_CORPUS:-$work/corpus}
mkdir -p "$corpus" "$work/seeds" "$work/artifacts"
for seed in "$top"/examples/*.md "$top"/tests/corpus/*/*.md "$top"/tests/cases/*/input.* \
            "$here"/regressions/*; do
    [ -f "$seed" ] || continue
    case $seed in */README.md) continue ;; esac
    [ "$(wc -c < "$seed")" -le 65536 ] || continue
    cp "$seed" "$work/seeds/$(echo "$seed" | sed 's|/|_|g')"
done
dict=
[ -f "$here/fiche.dict" ] && dict=-dict=$here/fiche.dict
par=
[ "$jobs" -gt 1 ] && par="-jobs=$jobs -workers=$jobs" # logs in fuzz-N.log
echo "fuzzing for $seconds s (corpus $corpus)"
# shellcheck disable=SC2086
(cd "$work" && "$fuzzer" "$corpus" "$work/seeds" $dict -max_len=65536 -timeout=10 \
    -rss_limit_mb=2048 -max_total_time="$seconds" $par \
    -print_final_stats=1 -artifact_prefix="$work/artifacts/" > "$work/fuzz.log" 2>&1)
status=$?
found=$(find "$work/artifacts" -type f | wc -l)
if [ $status -eq 0 ] && [ "$found" -eq 0 ]; then
    grep -hE '^stat::number_of_executed_units|^#[0-9]+.*DONE' "$work"/fuzz*.log | tail -2
    ok "fuzz for $seconds s"
else
    grep -hE 'ERROR|SUMMARY|runtime error|fuzz_convert: |#[0-9]+ 0x.* in ' \
        "$work"/fuzz*.log |
        grep -v ' in fuzzer::' | head -40
    for a in "$work"/artifacts/*; do
        [ -f "$a" ] && echo "finding: $a (copy it into tests/fuzz/regressions/)"
    done
    ko "fuzz for $seconds s (status $status, $found finding(s))"
fi
finish

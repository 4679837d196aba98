#!/bin/bash
# The committed table of Belgian, Swiss, Luxembourg and Monaco localities
# (src/extract/localities.c) is what its generator, asking the Debian
# packages libgeonames-common and libphonenumber's geocoder, writes today:
# a changed package or a hand edit of the table fails here (`make
# localities` rebuilds it).
set -u
top=${top_srcdir:?}
build=${top_builddir:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if ! pkg-config --exists geonames; then
    echo "FAIL libgeonames-dev is missing: scripts/install-deps.sh --tests installs it"
    exit 1
fi
# shellcheck disable=SC2086
${CXX:-g++} -std=c++17 -O1 ${SAN_FLAGS:-} -I"$top/src" -I"$build" -o "$tmp/gen" \
    "$top/scripts/gen-localities.cc" "$build/src/libfiche.a" \
    $(pkg-config --cflags --libs geonames) -lgeocoding -lphonenumber \
    -licui18n -licuuc -lutf8proc || { echo "FAIL the generator does not build"; exit 1; }
v=$(dpkg-query -W -f '${Package} ${Version}, ' libgeonames-common libgeocoding8 2>/dev/null)
# (the libraries' own allocations outlive main: no leak report for them
# in the sanitizer build)
ASAN_OPTIONS=detect_leaks=0 "$tmp/gen" "${v%, } (Debian)" > "$tmp/raw.c" || { echo "FAIL the generator failed"; exit 1; }
clang-format --style=file:"$top/.clang-format" --assume-filename=localities.c \
    < "$tmp/raw.c" > "$tmp/localities.c"
if ! cmp -s "$top/src/extract/localities.c" "$tmp/localities.c"; then
    diff -u "$top/src/extract/localities.c" "$tmp/localities.c" | head -20
    echo "FAIL src/extract/localities.c differs from what the packages give"
    exit 1
fi
n=$(grep -c '^    {"' "$top/src/extract/localities.c")
echo "ok: $n localities, as the packages give them"

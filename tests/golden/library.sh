#!/bin/sh
# The public library (fiche.h, libfiche, fiche.pc): examples/convert.c, which
# uses nothing but fiche.h, gives the program's vCard 3.0 byte for byte, as
# built in the tree and as built against a copy installed by `make install`
# with `cc examples/convert.c $(pkg-config --cflags --libs --static fiche)`.
set -u
top=${top_srcdir:?}
build=${top_builddir:?}
prog=${FICHE2VCARD:?}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/library.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL $1"; }

# Same cards as the program, for every example, from the convert in the tree.
same_cards() {
    conv=$1
    for md in "$top"/examples/*.md; do
        name=$(basename "$md" .md)
        "$prog" -q "$md" > "$tmp/$name.prog.vcf"
        "$conv" "$md" > "$tmp/$name.lib.vcf" 2> "$tmp/$name.lib.err" &&
            cmp -s "$tmp/$name.prog.vcf" "$tmp/$name.lib.vcf" && ok ||
            ko "$conv on $name: not the program's cards"
    done
}
same_cards "$build/examples/convert"

# fiche.h alone compiles as C and as C++, with every warning on.
for lang in c c++; do
    cc=${CC:-cc}
    [ "$lang" = c++ ] && cc=${CXX:-c++}
    printf '#include "fiche.h"\nint main(void) { struct entry *e = 0; entry_free(e); return 0; }\n' |
        $cc -x "$lang" -Wall -Wextra -Werror -I"$top/src" -fsyntax-only - &&
        ok || ko "fiche.h does not compile alone as $lang"
done

# Installed: the header, the library and fiche.pc, and only them of ours.
if make -C "$build" install DESTDIR="$tmp/inst" > "$tmp/install.log" 2>&1; then
    ok
else
    ko "make install"
    cat "$tmp/install.log"
fi
pc=$(find "$tmp/inst" -name fiche.pc | head -n 1)
hdr=$(find "$tmp/inst" -name fiche.h | head -n 1)
lib=$(find "$tmp/inst" -name libfiche.a | head -n 1)
[ -n "$pc" ] && [ -n "$hdr" ] && [ -n "$lib" ] && ok || ko "fiche.pc, fiche.h, libfiche.a installed"
[ "$(find "$tmp/inst" -name '*.h' | wc -l)" = 1 ] && ok || ko "one header installed"
if [ -n "$pc" ]; then
    flags=$(PKG_CONFIG_PATH=$(dirname "$pc") PKG_CONFIG_SYSROOT_DIR="$tmp/inst" \
        pkg-config --cflags --libs --static fiche) && ok || ko "pkg-config --static fiche"
    # shellcheck disable=SC2086
    # (SAN_FLAGS: a sanitizer build's library needs the sanitizers' runtime.)
    if ${CC:-cc} ${SAN_FLAGS:-} -o "$tmp/convert" "$top/examples/convert.c" $flags \
        2> "$tmp/cc.err"; then
        ok
        same_cards "$tmp/convert"
    else
        ko "convert.c against the installed library"
        cat "$tmp/cc.err"
    fi
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]

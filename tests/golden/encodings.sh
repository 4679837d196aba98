#!/bin/bash
# One entry saved in every encoding and line ending a directory export
# arrives in must give byte-identical cards and calendars; and --for presets
# give the forms their client imports.
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

# The reference: the seed plus French characters every legacy charset has.
src=$tmp/ref.md
{ cat "$top/examples/groupe-pompidou.md"; printf '\n\n## Remarques\n\nÀ noter : « Cœur » – été, où, naïf, garçon.\n'; } > "$src"
"$prog" -q --vcf "$tmp/ref.vcf" --ics "$tmp/ref.ics" "$src" || ko "reference run"

"$py" - "$src" "$tmp" <<'PYEOF'
import sys, unicodedata
src, out = sys.argv[1], sys.argv[2]
text = open(src, encoding="utf-8").read()
variants = {
    "utf8": ("utf-8", "\n", False, b""),
    "utf8-bom": ("utf-8", "\n", False, b"\xef\xbb\xbf"),
    "utf8-crlf": ("utf-8", "\r\n", False, b""),
    "utf8-cr": ("utf-8", "\r", False, b""),
    "utf8-nfd": ("utf-8", "\n", True, b""),
    "utf16le": ("utf-16-le", "\n", False, b"\xff\xfe"),
    "utf16be": ("utf-16-be", "\r\n", False, b"\xfe\xff"),
    "utf32le": ("utf-32-le", "\n", False, b"\xff\xfe\x00\x00"),
    "cp1252": ("cp1252", "\r\n", False, b""),
}
# ISO-8859-15 has no en dash: its variant and a UTF-8 twin use a hyphen.
latin = text.replace("\u2013", "-")
open(f"{out}/latin9.md", "wb").write(latin.encode("iso-8859-15"))
open(f"{out}/latin9-ref.md", "wb").write(latin.encode("utf-8"))
for name, (enc, eol, nfd, bom) in variants.items():
    t = unicodedata.normalize("NFD", text) if nfd else text
    data = bom + t.replace("\n", eol).encode(enc)
    open(f"{out}/{name}.md", "wb").write(data)
PYEOF

for f in utf8 utf8-bom utf8-crlf utf8-cr utf8-nfd utf16le utf16be utf32le cp1252; do
    "$prog" -q --vcf "$tmp/$f.vcf" --ics "$tmp/$f.ics" "$tmp/$f.md" || ko "$f: exit status"
    cmp -s "$tmp/ref.vcf" "$tmp/$f.vcf" && ok || ko "$f: cards differ"
    cmp -s "$tmp/ref.ics" "$tmp/$f.ics" && ok || ko "$f: calendar differs"
done
# ISO-8859-15 is not told apart from Windows-1252 by its bytes: it is declared.
"$prog" -q --vcf "$tmp/latin9-ref.vcf" "$tmp/latin9-ref.md"
"$prog" -q -f ISO-8859-15 --vcf "$tmp/latin9.vcf" "$tmp/latin9.md" && cmp -s "$tmp/latin9-ref.vcf" "$tmp/latin9.vcf" \
    && ok || ko "latin9 declared: cards differ"
# Windows-1252 read in auto mode says so, with the line of the first such byte.
"$prog" --vcf /dev/null "$tmp/cp1252.md" 2> "$tmp/cp.err"
grep -q "cp1252.md:3:.*warning: not UTF-8; read as Windows-1252" "$tmp/cp.err" && ok || ko "cp1252 warning: $(cat "$tmp/cp.err")"
# 3.0 and 4.0 are UTF-8 with no CHARSET parameter.
! grep -q "CHARSET" "$tmp/ref.vcf" && ok || ko "CHARSET in a 3.0 card"
"$prog" -q -V 4.0 "$src" | grep -q "CHARSET" && ko "CHARSET in a 4.0 card" || ok

# vCard 2.1 in legacy charsets: quoted-printable in the charset, no "?" for
# characters it has, a warning for those it lacks.
"$prog" -q -V 2.1 -t WINDOWS-1252 "$src" > "$tmp/w.vcf" || ko "2.1 WINDOWS-1252"
grep -q "CHARSET=WINDOWS-1252;ENCODING=QUOTED-PRINTABLE" "$tmp/w.vcf" && ok || ko "2.1 CHARSET parameter"
grep -q "C=9Cur" "$tmp/w.vcf" && ok || ko "œ in WINDOWS-1252 is 0x9C"
"$prog" -V 2.1 -t ISO-8859-1 "$src" > "$tmp/l1.vcf" 2> "$tmp/l1.err" || ko "2.1 ISO-8859-1"
grep -q "warning: .*œ" "$tmp/l1.err" && ok || ko "no warning for œ in ISO-8859-1: $(head -3 "$tmp/l1.err")"
grep -q "Coeur" "$tmp/l1.vcf" && ok || ko "œ not transliterated in ISO-8859-1"
"$prog" -q -V 3.0 -t ISO-8859-1 "$src" > /dev/null 2>&1
[ $? = 2 ] && ok || ko "--to-code with 3.0 must be a usage error"

# Charsets whose bytes are not ASCII's are read whole, not cut on bytes:
# UTF-16 without a BOM when declared, EBCDIC.
iconv -f UTF-8 -t UTF-16LE "$src" > "$tmp/u16-nobom.md"
"$prog" -q -f UTF-16LE --vcf "$tmp/u16-nobom.vcf" "$tmp/u16-nobom.md" && cmp -s "$tmp/ref.vcf" "$tmp/u16-nobom.vcf" \
    && ok || ko "declared UTF-16LE without BOM"
if iconv -f UTF-8 -t IBM1147 "$top/tests/corpus/sample/s01.md" > "$tmp/ebcdic.md" 2>/dev/null; then
    "$prog" -q -f IBM1147 "$tmp/ebcdic.md" | grep -q "^FN:Maison Régionale" && ok || ko "EBCDIC (IBM1147)"
fi
# A stateful output charset is refused up front.
"$prog" -q -V 2.1 -t ISO-2022-JP "$src" > /dev/null 2>&1
[ $? = 2 ] && ok || ko "-t ISO-2022-JP must be a usage error"

# Presets.
"$prog" -q --for outlook -o "$tmp/outlook" "$src" && grep -q "^VERSION:2.1" "$tmp/outlook/groupe-pompidou.vcf" \
    && grep -q "CHARSET=WINDOWS-1252" "$tmp/outlook/groupe-pompidou.vcf" && ok || ko "--for outlook"
"$prog" -q --for google --ics - "$src" | grep -q "BEGIN:VTODO" && ok || ko "--for google: VTODO"
"$prog" -q --for apple "$src" | grep -q "^VERSION:3.0" && ok || ko "--for apple: 3.0"
"$prog" -q --for nextcloud --ics - "$src" | grep -q "BEGIN:VJOURNAL" && ok || ko "--for nextcloud"
"$prog" --for palm "$src" > /dev/null 2>&1
[ $? = 2 ] && ok || ko "unknown client must be a usage error"

# Slugs: accents transliterated.
mkdir -p "$tmp/slug"
printf '# Fédération Addiction – réseau\n\ntexte\n' > "$tmp/slug/f.md"
"$prog" -q -o "$tmp/slug/out" "$tmp/slug/f.md" && [ -f "$tmp/slug/out/federation-addiction.vcf" ] \
    && ok || ko "slug federation-addiction.vcf"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]

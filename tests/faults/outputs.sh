#!/bin/bash
# Outputs under faults (issue 18, breaks 1 and 7): every write, fsync, close
# and rename of every output path is made to fail in turn, through an
# LD_PRELOAD shim (tests/faults/shim.c) that fails the Nth call of one kind
# with ENOSPC or EIO. After each run:
#   - it succeeded (status 0) and every output is exactly the clean run's, or
#   - it failed (status 1 or 2) with one message naming a file and the
#     system's reason, and every output is either as it was before the run
#     (the previous file intact) or exactly the clean run's;
#   - no temporary file is left in the output folders.
# Then the issue's own reproducer on a full tmpfs (when this machine lets the
# test mount one), a read-only -o folder (one message, not one per entry),
# and leftovers of a killed run swept by the next one.
set -u
top=${top_srcdir:?}
prog=${FICHE2VCARD:?}
cc=${CC:-cc}
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1700000000}
# under AddressSanitizer (make check-sanitizers) the shim is preloaded first
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"
tmp=$(mktemp -d)
mnt=
cleanup() {
    [ -n "$mnt" ] && umount "$mnt" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
ko() { echo "FAIL $*"; fail=$((fail + 1)); }

"$cc" -shared -fPIC -O1 -o "$tmp/shim.so" "$top/tests/faults/shim.c" -ldl ||
    { echo "FAIL cannot build the shim"; exit 1; }
inputs=("$top/examples/groupe-pompidou.md" "$top/tests/corpus/set2/c01.md"
        "$top/tests/corpus/set3/d01.md")
for f in "${inputs[@]}"; do [ -f "$f" ] || { echo "FAIL missing input $f"; exit 1; }; done

# The clean run: what every output must be when it is written.
ref=$tmp/ref
mkdir -p "$ref/dir"
"$prog" -q -j 1 --vcf "$ref/a.vcf" --ics "$ref/a.ics" --report "$ref/r.json" "${inputs[@]}" ||
    ko "clean run"
"$prog" -q -j 1 -o "$ref/dir" "${inputs[@]}" || ko "clean -o run"

no_temps() { # folder...
    local left
    left=$(find "$@" -name '*fiche2vcard-*' 2>/dev/null)
    [ -z "$left" ] || ko "$label: temporary files left: $left"
}

# One run of the single-file outputs with the Nth CALL failing; prints
# "fired" when the shim did fail a call.
files_run() { # call n errno
    local d=$tmp/run
    rm -rf "$d" && mkdir -p "$d"
    printf 'OLD vcf\n' > "$d/a.vcf"
    printf 'OLD ics\n' > "$d/a.ics"
    printf 'OLD report\n' > "$d/r.json"
    rm -f "$tmp/log"
    FAULT_CALL=$1 FAULT_NTH=$2 FAULT_ERRNO=$3 FAULT_LOG=$tmp/log LD_PRELOAD=$tmp/shim.so \
        "$prog" -q -j 1 --vcf "$d/a.vcf" --ics "$d/a.ics" --report "$d/r.json" \
        "${inputs[@]}" 2> "$tmp/err"
    local rc=$? label="$1 #$2 $3"
    for f in a.vcf a.ics r.json; do
        if ! cmp -s "$d/$f" "$ref/$f" && ! grep -q '^OLD' "$d/$f"; then
            ko "$label: $f is neither the previous file nor the full output"
        fi
    done
    no_temps "$d"
    if [ $rc -eq 0 ]; then
        for f in a.vcf a.ics r.json; do
            cmp -s "$d/$f" "$ref/$f" || ko "$label: status 0 but $f differs from the clean run"
        done
    else
        [ $rc -eq 2 ] || ko "$label: status $rc, want 2"
        local reason=$([ "$3" = EIO ] && echo "Input/output error" || echo "No space left on device")
        [ "$(wc -l < "$tmp/err")" -eq 1 ] || ko "$label: $(wc -l < "$tmp/err") messages, want 1"
        grep -q "$d/[a-z.]*: cannot write: $reason" "$tmp/err" ||
            ko "$label: no message naming a file and the reason: $(cat "$tmp/err")"
    fi
    ok
}

# The same for -o DIR: the failing entries are reported, the others written.
dir_run() { # call n errno
    local d=$tmp/out
    rm -rf "$d" && mkdir -p "$d"
    rm -f "$tmp/log"
    FAULT_CALL=$1 FAULT_NTH=$2 FAULT_ERRNO=$3 FAULT_LOG=$tmp/log LD_PRELOAD=$tmp/shim.so \
        "$prog" -q -j 1 -o "$d" "${inputs[@]}" 2> "$tmp/err"
    local rc=$? label="-o $1 #$2 $3"
    for f in "$d"/*; do
        [ -e "$f" ] || continue
        cmp -s "$f" "$ref/dir/$(basename "$f")" || ko "$label: $(basename "$f") is partial"
    done
    no_temps "$d"
    if [ $rc -ne 0 ]; then
        [ $rc -eq 1 ] || ko "$label: status $rc, want 1 (some entries failed)"
        grep -q "error: cannot write $d/.*: " "$tmp/err" ||
            ko "$label: no message naming the file: $(cat "$tmp/err")"
    fi
    ok
}

for call in write fsync close rename; do
    for e in ENOSPC EIO; do
        fired=0
        for n in $(seq 1 40); do
            files_run $call $n $e
            [ -f "$tmp/log" ] || break # the run made fewer such calls: all tried
            fired=$((fired + 1))
        done
        [ $fired -gt 0 ] || ko "$call $e: the shim never fired"
        for n in $(seq 1 40); do
            dir_run $call $n $e
            [ -f "$tmp/log" ] || break
        done
    done
done
echo "fault points tried: write, fsync, close, rename x ENOSPC, EIO"

# The issue's reproducer: a full tmpfs, a previous file that must survive.
full=$tmp/full
mkdir -p "$full"
mnt=$full
if mount -t tmpfs -o size=64k tmpfs "$mnt" 2>/dev/null; then
    echo OLD > "$mnt/keep.vcf"
    echo OLD > "$mnt/keep.ics"
    dd if=/dev/zero of="$mnt/fill" bs=4k count=100 2>/dev/null
    for outs in "--vcf $mnt/keep.vcf" "--vcf $mnt/keep.vcf --ics $mnt/keep.ics"; do
        # shellcheck disable=SC2086
        "$prog" -q $outs "$top/examples/groupe-pompidou.md" 2> "$tmp/err"
        rc=$?
        [ $rc -eq 2 ] && ok || ko "full disk ($outs): status $rc, want 2"
        [ "$(cat "$mnt/keep.vcf")" = OLD ] && ok || ko "full disk ($outs): keep.vcf replaced"
        [ "$(cat "$mnt/keep.ics")" = OLD ] && ok || ko "full disk ($outs): keep.ics replaced"
        grep -q "keep.vcf: cannot write: No space left on device" "$tmp/err" && ok ||
            ko "full disk ($outs): message: $(cat "$tmp/err")"
        label="full disk" no_temps "$mnt"
    done
    umount "$mnt" && mnt=
else
    echo "note: cannot mount a tmpfs here (not root?): the full-disk reproducer is covered by the shim only"
fi

# A read-only -o folder: one message for the folder, status 2, nothing else.
if [ "$(id -u)" != 0 ]; then
    ro=$tmp/ro
    mkdir -p "$ro" && chmod 555 "$ro"
    "$prog" -q -o "$ro" "${inputs[@]}" 2> "$tmp/err"
    rc=$?
    [ $rc -eq 2 ] && ok || ko "read-only folder: status $rc, want 2"
    [ "$(wc -l < "$tmp/err")" -eq 1 ] && ok || ko "read-only folder: $(wc -l < "$tmp/err") messages, want 1"
    chmod 755 "$ro"
elif mount -t tmpfs -o size=1m,ro tmpfs "$full" 2>/dev/null; then
    mnt=$full
    "$prog" -q -o "$mnt" "${inputs[@]}" 2> "$tmp/err"
    rc=$?
    [ $rc -eq 2 ] && ok || ko "read-only folder: status $rc, want 2"
    [ "$(wc -l < "$tmp/err")" -eq 1 ] && ok || ko "read-only folder: $(wc -l < "$tmp/err") messages, want 1"
    grep -q "cannot write files there: Read-only file system" "$tmp/err" && ok ||
        ko "read-only folder: message: $(cat "$tmp/err")"
    umount "$mnt" && mnt=
else
    echo "note: root and no mount: the read-only folder case cannot be made here"
fi

# Leftovers of a killed run (its process is gone) are swept by the next run
# into the same folder; a running batch's and other files are not touched.
sw=$tmp/sweep
mkdir -p "$sw"
sh -c 'exit 0' & dead=$!
wait $dead
touch "$sw/.all.vcf.fiche2vcard-$dead-AbC123" "$sw/.x.vcf.fiche2vcard-$$-XyZ789" \
      "$sw/.mine.vcf.XXXXXX" "$sw/notes.txt"
"$prog" -q --vcf "$sw/all.vcf" "$top/examples/groupe-pompidou.md" || ko "sweep run"
[ ! -e "$sw/.all.vcf.fiche2vcard-$dead-AbC123" ] && ok || ko "a dead run's temporary file stays"
[ -e "$sw/.x.vcf.fiche2vcard-$$-XyZ789" ] && ok || ko "a live process's temporary file was removed"
[ -e "$sw/.mine.vcf.XXXXXX" ] && [ -e "$sw/notes.txt" ] && ok || ko "a file not ours was removed"

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]

#!/bin/sh
# Every C source and header follows .clang-format (STYLE.md 8).
set -u
top=${top_srcdir:?}
if ! command -v clang-format > /dev/null; then
    echo "clang-format is not installed (scripts/install-deps.sh installs it)"
    echo "0 passed, 1 failed"
    exit 1
fi
pass=0
fail=0
for f in "$top"/src/*.h "$top"/src/*/*.c "$top"/src/*/*.h "$top"/src/*/*.cc "$top"/tests/unit/*.c \
         "$top"/tests/fuzz/*.c "$top"/tests/fuzz/*.h "$top"/tests/harness.h; do
    [ -e "$f" ] || continue
    if clang-format --style=file:"$top/.clang-format" "$f" | cmp -s - "$f"; then
        pass=$((pass + 1))
    else
        echo "FAIL $f is not formatted (clang-format -i $f)"
        fail=$((fail + 1))
    fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]

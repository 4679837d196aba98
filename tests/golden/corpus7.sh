#!/bin/sh
# Seventh corpus: every fact of tests/corpus/set7/expected.json (entries written with
# abbreviated labels, mixed-case names and other hours wordings, after the
# extractors were tuned on corpus .. corpus6), read back from the .vcf and .ics the
# program writes.
CORPUS_DIR="$top_srcdir/tests/corpus/set7"
export CORPUS_DIR
exec "${PYTHON3:-/usr/bin/python3}" "$top_srcdir/tests/golden/corpus_facts.py"

#!/bin/sh
# Eighth corpus: every fact of tests/corpus/set8/expected.json (entries written with
# bold labels, international numbers, named buildings, nested lists and tables,
# after the extractors were tuned on corpus .. corpus7), read back from the .vcf and .ics the
# program writes.
CORPUS_DIR="$top_srcdir/tests/corpus/set8"
export CORPUS_DIR
exec "${PYTHON3:-/usr/bin/python3}" "$top_srcdir/tests/golden/corpus_facts.py"

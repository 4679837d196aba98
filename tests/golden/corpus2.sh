#!/bin/sh
# Second corpus: every fact of tests/corpus/set2/expected.json (entries written
# after the extractors), read back from the .vcf and .ics the program writes.
CORPUS_DIR="$top_srcdir/tests/corpus/set2"
export CORPUS_DIR
exec "${PYTHON3:-/usr/bin/python3}" "$top_srcdir/tests/golden/corpus_facts.py"

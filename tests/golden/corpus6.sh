#!/bin/sh
# Sixth corpus: every fact of tests/corpus/set6/expected.json (entries written as
# other people wrote the same directory over the years, after the extractors were
# tuned on corpus .. corpus5), read back from the .vcf and .ics the
# program writes.
CORPUS_DIR="$top_srcdir/tests/corpus/set6"
export CORPUS_DIR
exec "${PYTHON3:-/usr/bin/python3}" "$top_srcdir/tests/golden/corpus_facts.py"

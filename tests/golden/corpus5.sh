#!/bin/sh
# Fifth corpus: every fact of tests/corpus/set5/expected.json (entries written as
# other people wrote the same directory over the years, after the extractors were
# tuned on corpus .. corpus4), read back from the .vcf and .ics the
# program writes.
CORPUS_DIR="$top_srcdir/tests/corpus/set5"
export CORPUS_DIR
exec "${PYTHON3:-/usr/bin/python3}" "$top_srcdir/tests/golden/corpus_facts.py"

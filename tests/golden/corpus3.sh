#!/bin/sh
# Third corpus: every fact of tests/corpus/set3/expected.json (entries written in
# other editors' wordings after the extractors were tuned on corpus and
# corpus2), read back from the .vcf and .ics the program writes.
CORPUS_DIR="$top_srcdir/tests/corpus/set3"
export CORPUS_DIR
exec "${PYTHON3:-/usr/bin/python3}" "$top_srcdir/tests/golden/corpus_facts.py"

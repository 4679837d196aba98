#!/bin/sh
# Fourth corpus: every fact of tests/corpus/set4/expected.json (entries written as
# other people wrote the same directory over the years, after the extractors were
# tuned on corpus, corpus2 and corpus3), read back from the .vcf and .ics the
# program writes.
CORPUS_DIR="$top_srcdir/tests/corpus/set4"
export CORPUS_DIR
exec "${PYTHON3:-/usr/bin/python3}" "$top_srcdir/tests/golden/corpus_facts.py"

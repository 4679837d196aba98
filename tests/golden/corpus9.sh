#!/bin/sh
# Ninth corpus: every fact of tests/corpus/set9/expected.json (entries written with yet
# other habits: web copies, particles, obfuscated e-mails, Swiss, Belgian and overseas
# forms, after the extractors were tuned on corpus .. corpus8), read back from the
# .vcf and .ics the program writes.
CORPUS_DIR="$top_srcdir/tests/corpus/set9"
export CORPUS_DIR
exec "${PYTHON3:-/usr/bin/python3}" "$top_srcdir/tests/golden/corpus_facts.py"

#!/bin/sh
# Sample corpus: every fact of tests/corpus/sample/expected.json, read back
# from the .vcf (Python vobject) and .ics (Python icalendar) that the program
# writes.
CORPUS_DIR="$top_srcdir/tests/corpus/sample"
export CORPUS_DIR
exec "${PYTHON3:-/usr/bin/python3}" "$top_srcdir/tests/golden/corpus_facts.py"

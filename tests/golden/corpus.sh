#!/bin/sh
# Sample corpus: every fact of tests/corpus/expected.json, read back from the
# .vcf (Python vobject) and .ics (Python icalendar) that the program writes.
exec "${PYTHON3:-/usr/bin/python3}" "$top_srcdir/tests/golden/corpus_facts.py"

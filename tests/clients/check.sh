#!/bin/sh
# make check: what Evolution, KDE (KContacts, KCalendarCore), khard, khal,
# calcurse, node-ical and vobject show from the program's files, in every
# output form, for the sample and the real-page corpora (clients.py; about
# 5 minutes on 2 cores). Fails on any loss that is not a documented client
# limit (clients.py --list) and when a client or its reader is missing.
set -u
top=${top_srcdir:?}
build=${top_builddir:?}
exec "${PYTHON3:-python3}" "$top/tests/clients/clients.py" --prog "${FICHE2VCARD:?}" \
    --build-dir "$build/tests/clients/readers-build" \
    --corpus "$top/tests/corpus/sample" "$top/tests/corpus/real"

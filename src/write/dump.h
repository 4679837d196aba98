/* Writer: the model -> one line of JSON (jansson), in the schema of the
 * sample corpus' expected.json. */
#ifndef FICHE_DUMP_H
#define FICHE_DUMP_H

#include "base/strbuf.h"
#include "model/entry.h"

/* Append the JSON object of e and "\n" to out. */
void dump_entry_json(const struct entry *e, struct strbuf *out);

#endif

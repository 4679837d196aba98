/* Extract stage: one entry's decoded text -> struct entry (the model), read
 * by the Markdown reader and taken apart by the extractors. */
#ifndef FICHE_EXTRACT_H
#define FICHE_EXTRACT_H

#include "base/diag.h"
#include "model/entry.h"
#include "read/split.h"

/* Extract the entry raw (decoded text of one entry) of file source. On
 * success *out is a new entry (caller frees) with its warnings in
 * (*out)->diags, and 0 is returned; FICHE_EPARSE (err set with line) when
 * the entry cannot be understood (no title, md4c failure), FICHE_ELIMIT when
 * it is too large for the Markdown reader. */
int extract_entry(const struct raw_entry *raw, const char *source,
                  const struct extract_opts *o, struct entry **out,
                  struct fiche_error *err);

#endif

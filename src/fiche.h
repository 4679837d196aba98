/* The core library's public face: the pipeline stages the CLI and the tests
 * call, in pipeline order (decode -> split -> parse -> writers). */
#ifndef FICHE_FICHE_H
#define FICHE_FICHE_H

#include "base/diag.h"
#include "base/strbuf.h"
#include "extract/extract.h"
#include "model/entry.h"
#include "read/decode.h"
#include "read/split.h"
#include "write/dump.h"
#include "write/ical.h"
#include "write/vcard.h"

#define FICHE_PROGRAM "fiche2vcard"

/* Slug of name for output file names: ASCII, lower case, accents
 * transliterated, words joined by "-", at most 60 bytes, never "", ".",
 * ".." or a reserved Windows device name ("CON", "NUL"...). New string. */
char *fiche_slug(const char *name);

#endif

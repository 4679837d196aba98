/* Writer: the model -> vCard text (2.1, 3.0, 4.0). Escaping, parameter
 * quoting, folding at 75 octets without splitting a UTF-8 character, CRLF;
 * for 2.1, CHARSET + QUOTED-PRINTABLE through iconv. Never parses. */
#ifndef FICHE_VCARD_H
#define FICHE_VCARD_H

#include <stdbool.h>

#include "diag.h"
#include "entry.h"
#include "strbuf.h"

enum vcard_version { VCARD_21, VCARD_30, VCARD_40 };

struct vcard_opts {
    enum vcard_version version;
    const char *charset; /* 2.1 output charset; NULL = "UTF-8" */
};

/* Append the organisation's card, then one card per person, to out.
 * Warnings (a character the 2.1 charset lacks, transliterated) go to d.
 * Returns 0, or FICHE_ECHARSET when the charset is unknown (err set). */
int vcard_write_entry(const struct entry *e, const struct vcard_opts *o,
                      struct strbuf *out, struct diag_list *d, struct fiche_error *err);

/* Escape a text value (3.0/4.0): "\\" -> "\\\\", "," -> "\\,", ";" -> "\\;",
 * newline -> "\\n"; other control characters are replaced by a space.
 * Appends to out. When component is true (a part of N, ADR, ORG) the same
 * rules apply; the caller joins parts with ";". */
void vcard_escape(struct strbuf *out, const char *s);

/* Append one content line (without CRLF) folded at 75 octets, never inside a
 * UTF-8 sequence, continuation lines starting with one space; ends with CRLF. */
void vcard_fold(struct strbuf *out, const char *line, size_t len);

#endif

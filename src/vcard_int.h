/* Private to the vCard writer (vcard*.c): what the card writer (vcard.c) uses
 * of the escaping and folding (vcard_escape.c). */
#ifndef FICHE_VCARD_INT_H
#define FICHE_VCARD_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "strbuf.h"
#include "vcard.h"

#define FOLD_OCTETS 75 /* RFC 6350 3.2 / RFC 2425 5.8.1, CRLF excluded */

/* Decode the character at s (NUL-terminated); returns its byte length (>= 1
 * when *s != 0). Invalid bytes count one each and decode as U+FFFD. */
size_t vcard_next_char(const char *s, int32_t *cp);

/* Append s escaped as a TEXT value to out: as vcard_escape when semicolon
 * is true, as vcard_escape_40 (";" left as it is) when false. */
void vcard_escape_text(struct strbuf *out, const char *s, bool semicolon);

/* Append the URI value s (URL, SOURCE), trimmed, to out: not text-escaped, so
 * every byte that could end the line or is not a URI character is
 * percent-encoded (RFC 3986 2.1), the bytes util.c's uri_escape encodes. */
void vcard_add_uri(struct strbuf *out, const char *s);

#endif

/* First stage: bytes of a file in any charset -> NFC UTF-8 text with "\n"
 * line ends. UTF-8 is validated; every other charset is converted by iconv;
 * NFC is utf8proc's. */
#ifndef FICHE_DECODE_H
#define FICHE_DECODE_H

#include <stdbool.h>
#include <stddef.h>

#include "base/diag.h"

/* A decoder for one input charset, holding the iconv conversions it opens
 * (one for the charset, one for auto mode's Windows-1252 fallback) and its
 * scratch space: one per thread that decodes, reused piece after piece. */
struct decoder;

/* New decoder for from_code: NULL or "auto" = BOM (UTF-8, UTF-16LE/BE,
 * UTF-32LE/BE), else strict UTF-8, else Windows-1252 with a warning; any
 * other name is a charset iconv knows ("UTF-8" in any spelling is validated,
 * not converted). Returns 0 and *out, or FICHE_ECHARSET (err set) when iconv
 * does not know the charset. */
int decoder_new(const char *from_code, struct decoder **out, struct fiche_error *err);
void decoder_free(struct decoder *dec);

/* Decode the len bytes of one piece of a file, which starts at file line
 * first_line and byte first_offset (1 and 0 for a whole file). The result
 * is NFC (utf8proc), its line ends are "\n" (CRLF and lone CR converted),
 * without BOM (U+FEFF at the start of any line is dropped: concatenated
 * files), NUL-terminated; *out is heap memory the caller frees, *out_len its
 * length. In auto mode each piece is UTF-8 if it is valid UTF-8, else
 * Windows-1252 with a warning in d (the line and column of the first byte
 * that is not UTF-8). Errors: FICHE_EDECODE (invalid bytes, NUL, a sequence
 * cut by the end): err has source, line, column (in bytes of that line) and
 * byte_offset (0-based, in the file); the message names the byte and the
 * offset ("invalid byte 0x81 for WINDOWS-1252 at byte 123"). On error *out is
 * NULL. d and err may be NULL. */
int decoder_run(struct decoder *dec, const char *bytes, size_t len, const char *source,
                int first_line, size_t first_offset, char **out, size_t *out_len,
                struct diag_list *d, struct fiche_error *err);

/* decoder_new, decoder_run on a whole file, decoder_free. */
int decode_to_utf8(const char *bytes, size_t len, const char *from_code,
                   const char *source, char **out, size_t *out_len, struct diag_list *d,
                   struct fiche_error *err);

/* True when every character of charset (an iconv name, or NULL/"auto") is
 * written with the ASCII bytes for ASCII characters and no ASCII byte is part
 * of another character: then a file can be cut at "\n# " on its bytes.
 * False for UTF-16, UTF-32, UCS-2/4, UTF-7 and the like. */
bool decode_ascii_compatible(const char *charset);

/* Whether the bytes start with a UTF-16 or UTF-32 byte-order mark: such a
 * file cannot be cut on its bytes. */
bool decode_wide_bom(const char *bytes, size_t len);

/* NFC of valid UTF-8 s of n bytes; new heap string. */
char *decode_nfc(const char *s, size_t n);

#endif

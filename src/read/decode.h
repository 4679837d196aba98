/* First stage: bytes of a file in any charset -> NFC UTF-8 text with "\n"
 * line ends. The only includer of <iconv.h>. */
#ifndef FICHE_DECODE_H
#define FICHE_DECODE_H

#include <stdbool.h>
#include <stddef.h>

#include "base/diag.h"

/* Decode len bytes. from_code: NULL or "auto" = BOM (UTF-8, UTF-16LE/BE,
 * UTF-32LE/BE), else strict UTF-8, else Windows-1252 with a warning in d
 * (line of the first non-UTF-8 byte); any other name is a charset iconv knows
 * and the bytes must be valid in it. The result is NFC (utf8proc), its line
 * ends are "\n" (CRLF and lone CR converted), without BOM (U+FEFF at the start
 * of any line is dropped: concatenated files), NUL-terminated;
 * *out is heap memory the caller frees, *out_len its length.
 * Errors: FICHE_ECHARSET (unknown charset), FICHE_EDECODE (invalid bytes:
 * err has source, line and byte_offset; NUL bytes count as invalid).
 * On error *out is NULL. byte_offset is the 0-based offset of the offending
 * byte or code unit in bytes, line its 1-based line, column its 1-based byte
 * column in that line; the message names both ("invalid byte 0x81 for
 * WINDOWS-1252 at byte 123"). A truncated UTF-16/32 text or a sequence cut
 * by the end is FICHE_EDECODE too. Windows-1252's undefined bytes 0x81 0x8D
 * 0x8F 0x90 0x9D are invalid. The fallback warning carries the line and
 * column of the first non-UTF-8 byte. d and err may be NULL.
 * UTF-8, UTF-16/32 (LE, BE, or BOM then big-endian), Windows-1252 and
 * ISO-8859-1 are decoded without iconv, whatever their spelling ("utf8",
 * "CP1252", "latin1"). */
int decode_to_utf8(const char *bytes, size_t len, const char *from_code,
                   const char *source, char **out, size_t *out_len, struct diag_list *d,
                   struct fiche_error *err);

/* Decode one piece of a larger file, for reading files in pieces: as
 * decode_to_utf8, but line numbers in d and err count from first_line (the
 * file's line of the piece's first byte) and byte offsets, in err and its
 * message, from first_offset (the file's offset of that byte).
 * *exact (exact may be NULL) tells, on success, that the text has the lines
 * of the bytes and that in each line every ASCII byte stands for itself, in
 * the same order, and every other character is written with non-ASCII bytes
 * only: nothing dropped but a BOM at the very start, nothing normalised to
 * something else (UTF-8 needing no NFC, Windows-1252, ISO-8859-1; never a
 * charset decoded by iconv or UTF-16/32). Then split.c's rules (heading,
 * fence) read the same on each line of the text as on the line of the bytes,
 * but for the BOM that may start the first. False on failure. */
int decode_piece(const char *bytes, size_t len, const char *from_code, const char *source,
                 int first_line, size_t first_offset, char **out, size_t *out_len,
                 bool *exact, struct diag_list *d, struct fiche_error *err);

/* True when every character of charset (an iconv name, or NULL/"auto") is
 * written with the ASCII bytes for ASCII characters and no ASCII byte is part
 * of another character: then a file can be cut at "\n# " on its bytes.
 * False for UTF-16, UTF-32, UCS-2/4, UTF-7 and the like. */
bool decode_ascii_compatible(const char *charset);

/* Decode an HTML character reference: name is the text between '&' and ';'
 * ("eacute", "#233", "#xE9"), nlen its length. Writes the UTF-8 bytes and a
 * NUL into out (at least 8 bytes) and returns their count, or 0 when the
 * reference is unknown or invalid (NUL, surrogates, beyond U+10FFFF). */
int decode_html_entity(const char *name, size_t nlen, char out[8]);

/* NFC-normalise valid UTF-8 s of n bytes; new heap string. */
char *decode_nfc(const char *s, size_t n);

#endif

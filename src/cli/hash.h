/* Content hashes of delivered items (SHA-256 through nettle), the only
 * includer of <nettle/...>: what the state files of --vdir, -o DIR and the
 * CardDAV/CalDAV collections remember of each item they wrote. */
#ifndef FICHE_CLI_HASH_H
#define FICHE_CLI_HASH_H

#include <stddef.h>

#define HASH_HEX_LEN 64 /* SHA-256 in lower-case hex, without the NUL */

/* The hash of one item's n bytes at s, as hex into out (NUL-terminated).
 * Content lines "DTSTAMP:..." are left out: a calendar object's DTSTAMP is
 * the time of the run (unless SOURCE_DATE_EPOCH is set), and an object that
 * differs only there is the same object, which a rerun must not rewrite. */
void hash_item(const char *s, size_t n, char out[HASH_HEX_LEN + 1]);

/* The plain SHA-256 of the n bytes at s, as hex into out. */
void hash_bytes(const char *s, size_t n, char out[HASH_HEX_LEN + 1]);

#endif

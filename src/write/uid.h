/* Name-based UIDs (RFC 4122 version 5, SHA-1, through libuuid), so that the
 * same entry gets the same UID on every run and a re-import updates instead
 * of duplicating. */
#ifndef FICHE_UID_H
#define FICHE_UID_H

#include <stddef.h>

#include "model/entry.h"

#define UID_STR_LEN 37 /* 36 characters and NUL */

/* Version-5 UUID of name (NUL-terminated UTF-8, hashed as is) in namespace ns
 * (16 bytes, network order), as lower-case "xxxxxxxx-xxxx-5xxx-yxxx-xxxxxxxxxxxx"
 * into out. Never fails. */
void uid_v5(const unsigned char ns[16], const char *name, char out[UID_STR_LEN]);

/* The 16 bytes of the organisation's UID: v5, in the project's namespace
 * deacb383-ffbf-5955-b845-3fc22a763182 (= uuid5(NAMESPACE_URL,
 * "urn:fiche2vcard")), of key(title) "\n" key(adr.postcode) "\n"
 * key(adr.locality) (uid_name_key); a missing part is empty, a missing title
 * falls back to org_name. The whole title, not only the name before its dash:
 * two antennas of one organisation are two cards. It is the namespace of the
 * UIDs of the entry's people and calendar components: a writer computes it
 * once per entry. Never fails. */
void uid_entry_bytes(const struct entry *e, unsigned char org[16]);

/* uid_entry_bytes, formatted. */
void uid_entry(const struct entry *e, char out[UID_STR_LEN]);

/* Format the 16 bytes of a UUID u as lower-case
 * "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" into out. */
void uid_format(const unsigned char u[16], char out[UID_STR_LEN]);

/* The UIDs of all people of e (out has e->people.n elements), with org the
 * organisation's UID bytes: person i gets v5, in org, of "person:"
 * key(family) "\n" key(given); the k-th repeat of the same name in e gets
 * "\n#k" appended so that no two cards share a UID. n log n time. */
void uid_people(const struct entry *e, const unsigned char org[16],
                char (*out)[UID_STR_LEN]);

/* UID of calendar component `what` ("journal", "todo", "hours-0"...) of an
 * entry whose organisation UID bytes are org: v5 of what (NULL = ""). */
void uid_component(const unsigned char org[16], const char *what, char out[UID_STR_LEN]);

/* The matching key of s (NUL-terminated UTF-8; NULL gives ""): white space
 * (ASCII, U+00A0, U+202F) squeezed to one space and trimmed, then utf8proc's
 * NFKC_Casefold (case-insensitive, accents kept: "Éveil" and "ÉVEIL" match,
 * "Eveil" does not). Heap string the caller frees. The UIDs hash these keys. */
char *uid_name_key(const char *s);

#endif

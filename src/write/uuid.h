/* Name-based UUIDs (RFC 4122 version 5, SHA-1), so that the same entry gets
 * the same UID on every run and a re-import updates instead of duplicating. */
#ifndef FICHE_UUID_H
#define FICHE_UUID_H

#include <stdbool.h>
#include <stddef.h>

#include "model/entry.h"

#define UUID_STR_LEN 37 /* 36 characters and NUL */

/* Version-5 UUID of name (NUL-terminated UTF-8, hashed as is) in namespace ns
 * (16 bytes, network order), as lower-case "xxxxxxxx-xxxx-5xxx-yxxx-xxxxxxxxxxxx"
 * into out. Never fails. */
void uuid_v5(const unsigned char ns[16], const char *name, char out[UUID_STR_LEN]);

/* The organisation's UID: v5, in the project's namespace
 * deacb383-ffbf-5955-b845-3fc22a763182 (= uuid5(NAMESPACE_URL,
 * "urn:fiche2vcard")), of key(title) "\n" key(adr.postcode) "\n"
 * key(adr.locality), where key() squeezes white space and applies utf8proc's
 * NFKC_Casefold (case-insensitive, accents kept); a missing part is empty,
 * a missing title falls back to org_name. The whole title, not only the
 * name before its dash: two antennas of one organisation are two cards.
 * Never fails. */
void uuid_entry(const struct entry *e, char out[UUID_STR_LEN]);

/* The 16 bytes of the organisation's UID (uuid_entry gives them formatted):
 * the namespace of its people's and components' UIDs. A writer computes
 * them once per entry and passes them to uuid_people_in and uuid_v5
 * (uuid_v5(org, what, out) is uuid_component(e, what, out) for a non-NULL
 * what). Never fails. */
void uuid_entry_bytes(const struct entry *e, unsigned char org[16]);

/* Format the 16 bytes of a UUID u as lower-case
 * "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" into out. */
void uuid_format(const unsigned char u[16], char out[UUID_STR_LEN]);

/* UID of person i of e: v5, in the organisation's UID (uuid_entry) as
 * namespace, of "person:" key(family) "\n" key(given); the k-th repeat of the
 * same name in e gets "\n#k" appended so that no two cards share a UID.
 * i out of range hashes an empty name. Never fails. */
void uuid_person(const struct entry *e, size_t i, char out[UUID_STR_LEN]);

/* The UIDs of all people of e at once (out has e->people.n elements), the
 * same as uuid_person gives one by one, in n log n time. */
void uuid_people(const struct entry *e, char (*out)[UUID_STR_LEN]);

/* uuid_people with the organisation's UID bytes already computed
 * (uuid_entry_bytes of e). */
void uuid_people_in(const struct entry *e, const unsigned char org[16],
                    char (*out)[UUID_STR_LEN]);

/* The matching key of s (NUL-terminated UTF-8; NULL gives ""): white space
 * (ASCII, U+00A0, U+202F) squeezed to one space and trimmed, then utf8proc's
 * NFKC_Casefold; an all-ASCII string only has A-Z lowered. Heap string the
 * caller frees. The UIDs hash these keys. */
char *uuid_name_key(const char *s);

/* The same key computed the general way, without the tables of the fast
 * path: the reference the unit test compares uuid_name_key with. */
char *uuid_name_key_utf8proc(const char *s);

/* UID of calendar component `what` ("journal", "todo", "hours-0"...) of e:
 * v5 of what (NULL = "") in the organisation's UID. Never fails. */
void uuid_component(const struct entry *e, const char *what, char out[UUID_STR_LEN]);

/* SHA-1 (FIPS 180-4) of n bytes of data into digest (20 bytes). */
void uuid_sha1(const void *data, size_t n, unsigned char digest[20]);
/* Whether uuid_sha1 runs on the CPU's SHA instructions (x86 SHA extensions,
 * chosen at the first call from CPUID) rather than on portable C. */
bool uuid_sha1_hardware(void);

#endif

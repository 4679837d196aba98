/* Writer: the model -> vCard text (2.1, 3.0, 4.0). Escaping, parameter
 * quoting, folding at 75 octets without splitting a UTF-8 character, CRLF;
 * for 2.1, CHARSET + QUOTED-PRINTABLE through iconv. Never parses. */
#ifndef FICHE_VCARD_H
#define FICHE_VCARD_H

#include <stdbool.h>
#include <stddef.h>

#include "base/diag.h"
#include "base/strbuf.h"
#include "fiche.h"
#include "model/entry.h"

/* PRODID of the 3.0 and 4.0 cards (and of the jCard). */
#define VCARD_PRODID "-//fiche2vcard//fiche2vcard 0.1//FR"

/* Append the organisation's card, then one card per person, to out (CRLF
 * lines, UTF-8 for 3.0/4.0, o->charset + quoted-printable for 2.1). o NULL
 * means 3.0. org is the entry's UID (uid_entry_bytes), computed once by the
 * caller for every writer of the entry. Deterministic: no clock, no randomness. Warnings
 * (a character the 2.1 charset lacks, transliterated: "œ" -> "oe") go to d (may be NULL)
 * with the source line. Returns 0, or FICHE_ECHARSET when the 2.1 charset is
 * unknown to iconv, not ASCII-compatible (UTF-16...) or not a plain name
 * ([A-Za-z0-9._-]); then err is set and nothing is appended. */
int vcard_write_entry(const struct entry *e, const unsigned char org[16],
                      const struct vcard_opts *o, struct strbuf *out, struct diag_list *d,
                      struct fiche_error *err);

/* Escape a text value for 3.0 and 4.0 (RFC 2426 5, RFC 6350 3.4) and append
 * it to out: "\\" -> "\\\\", "," -> "\\,", ";" -> "\\;", line breaks (LF,
 * CRLF, CR, U+2028, U+2029) -> "\\n"; other control characters (C0 with TAB,
 * DEL, C1) -> one space; invalid UTF-8 bytes -> U+FFFD. The same function
 * serves the parts of N, ADR, ORG: the caller joins them with ";". s NULL
 * appends nothing. (The card writer itself leaves ";" unescaped in 4.0
 * properties other than N, ADR and ORG, as RFC 6350 3.4 allows: ical.js,
 * Thunderbird's parser, shows the backslash there.) */
void vcard_escape(struct strbuf *out, const char *s);

/* vcard_escape as the 4.0 card writes text properties other than N, ADR and
 * ORG: ";" is left as it is (see above). */
void vcard_escape_40(struct strbuf *out, const char *s);

/* Escape a text value for 2.1 and append it to out: when component (a part
 * of N, ADR, ORG) ";" -> "\\;" and "\\" -> "\\\\", so that a final
 * backslash cannot escape the ";" after it; line breaks -> "\n" (the writer
 * then switches to quoted-printable, "=0D=0A"); other control characters ->
 * one space; "," is kept, and "\\" outside components. s NULL appends
 * nothing. */
void vcard_escape_21(struct strbuf *out, const char *s, bool component);

/* Append a parameter value: control characters -> space; 4.0 uses RFC 6868
 * ("^" -> "^^", newline -> "^n", DQUOTE -> "^'"), 3.0 replaces newline by a
 * space and DQUOTE by "'"; the value is put between DQUOTEs when it contains
 * ",", ";" or ":". s NULL appends "". */
void vcard_param_value(struct strbuf *out, const char *s, enum vcard_version v);

/* Append one content line of len bytes (without CRLF) folded at 75 octets,
 * never inside a UTF-8 sequence nor a backslash escape, continuation lines
 * starting with one space; ends with CRLF. Unfolding (remove CRLF + one
 * space) gives the line back. */
void vcard_fold(struct strbuf *out, const char *line, size_t len);

/* ---- the facts of the cards, shared with the other card writers ----------
 * jCard, JSContact, JSON-LD and CSV carry the same facts as the vCard: they
 * take them from here rather than deriving them again. */

/* The organisation card's FN and ORG: org_name, else the title, else "?".
 * Borrowed from e. */
const char *vcard_org_name(const struct entry *e);

/* A person card's FN ("Denis Huber": given and family names, white space
 * squeezed; the line as written when there is neither), written over out;
 * returns out's contents. */
const char *vcard_person_fn(struct strbuf *out, const struct person *p);

/* Append the organisation card's NOTE text to sb (unescaped): subtitle and
 * other names, every prose section under its heading, the opening section;
 * for 2.1 the keywords and the source too. Nothing when there is none. */
void vcard_org_note(struct strbuf *sb, const struct entry *e, enum vcard_version v);

/* Append the "tel:" URI of a valid number (RFC 3966, "-" as visual
 * separator: "tel:+33-3-88-41-29-87", an extension as ";ext=") to sb. */
void vcard_tel_uri(struct strbuf *sb, const struct phone *p);

/* A person card's NOTE appended to sb: the rest of the person's line, then
 * the labels of the person's numbers (vcard_phone_labels_note). */
void vcard_person_note(struct strbuf *sb, const struct person *p);

/* The labels of the numbers of l that have one ("Astreinte de nuit", "N°
 * Vert"), for NOTE: "Téléphones :" then one "label : number" line each,
 * after a blank line when sb holds text already. Nothing when none has. */
void vcard_phone_labels_note(struct strbuf *sb, const struct phone_list *l);

/* The label a number shows beside its kind: the label as written, trimmed,
 * when it says more than the kind ("Astreinte"), "N° Vert" for a toll-free
 * number without one; NULL otherwise. key and out are scratch buffers; the
 * result may be out's contents. */
const char *vcard_phone_label(const struct phone *p, struct strbuf *key,
                              struct strbuf *out);

/* Append the URI value s (URL, SOURCE), trimmed, as the card writes it:
 * bytes that could end a line or are not URI characters, and "," and ";",
 * percent-encoded. */
void vcard_add_uri(struct strbuf *out, const char *s);

#endif

/* Extractor: phone numbers. Finds numbers in text, labels them (Téléphone,
 * Fax, N° Vert, Portable...), and validates/normalises them through
 * libphonenumber (phone_lib.cc). */
#ifndef FICHE_PHONE_H
#define FICHE_PHONE_H

#include <stdbool.h>
#include <stddef.h>

#include "base/diag.h"
#include "model/entry.h"

/* Find the first run of s at or after byte offset from that looks like a
 * phone number ("01 99 00 12 34", "+33 (0)1 ...", "00 33 ...", "0 800 00 88 70",
 * "02.61.91.88.30", "+41 26 000 88 80"). Sets [*start, *end) and returns
 * true; false when there is none. Does not validate. */
bool phone_find(const char *s, size_t from, size_t *start, size_t *end);

/* Whether region (ISO alpha-2, NULL: none) numbers its lines with six
 * digits: New Caledonia, Wallis-et-Futuna, Saint-Pierre-et-Miquelon. */
bool phone_six_digit_plan(const char *region);

/* phone_find, and the numbers of the plans of region and alt (ISO alpha-2,
 * NULL: none) that it leaves: six digits where lines have six (New
 * Caledonia, Wallis-et-Futuna, Saint-Pierre-et-Miquelon: "41 40 00"), three
 * groups of 3, 3 and 4 digits in North America (Canada, United States:
 * "450 655-9081", "(450) 655-9081"). Does not validate. */
bool phone_find_in(const char *s, size_t from, const char *region, const char *alt,
                   size_t *start, size_t *end);

/* True when text opens with a phone label of one word and a space or colon
 * before its first digit ("Tél. : 32 30", "T 71 00 08–1"; not "F-67000"):
 * then phone_line also reads numbers shorter than eight digits, which
 * Luxembourg's lines and extensions are ("27 800 - 1"). */
bool phone_short_lead(const char *text);

/* Kind named by a label ("Fax", "Télécopie" -> FAX; "N° Vert", "Numéro vert"
 * -> TOLLFREE; "Portable", "Mobile", "GSM" -> CELL; "Tél", "Téléphone",
 * "Standard" -> VOICE). *known is false when the label names no kind. */
enum phone_kind phone_kind_from_label(const char *label, bool *known);

/* Whether the n bytes at s are a telephone's label ("tél.", "Fax"). */
bool phone_label_word(const char *s, size_t n);

/* Whether a label word (folded: "port") names a kind only when it opens the
 * label ("Port. : 06 …"), not among other words ("… Pied de Port : 05 …"). */
bool phone_label_head_only(const char *key);

/* Parse number text (as found by phone_find) with optional label, in default
 * region (ISO alpha-2; NULL = "FR"). out is overwritten (not freed first) and
 * owned by the caller (phone_clear). Fills out: text and label copied,
 * line set, e164/intl/region set when the number is accepted: valid for
 * libphonenumber, or of full length for its country and written with "+",
 * "00" or a trunk 0 (fiction and recently opened ranges). French overseas
 * numbers written nationally (0590/0594/0596/0262/0269/0692...) get their own
 * country code. Kind: a label naming fax, mobile or toll free wins; otherwise
 * the number's type (mobile -> CELL, toll free -> TOLLFREE, else VOICE), so
 * "Tél. : 06 ..." is CELL. Returns 0 when accepted, FICHE_EPARSE when not
 * (e164/intl/region NULL, kind from the label, text kept: the caller puts it
 * in NOTE with a warning). */
int phone_parse(const char *text, const char *label, const char *region, int line,
                struct phone *out);

/* The two halves of phone_parse, exposed for the differential unit test and
 * for benchmarks; same contract as phone_parse. phone_parse_fast handles the
 * numbers of the French plan ("01 99 00 12 34", "0199001234", "+33 (0)1 99 00
 * 12 34", "00 33 1 ...", "0 800 ...", overseas "0590 ...", "0262 ...", "0508
 * ..."; national form with a default region of the plan, FR GP BL MF GF MQ RE
 * YT PM, international form with a region dialling "00") without
 * libphonenumber and returns true with out filled exactly as phone_parse_lib
 * would fill it; it returns false, out untouched, for anything else.
 * phone_parse_lib always goes through libphonenumber (the reference). */
bool phone_parse_fast(const char *text, const char *label, const char *region, int line,
                      struct phone *out);
int phone_parse_lib(const char *text, const char *label, const char *region, int line,
                    struct phone *out);

/* A contact-block line that holds phone numbers: "Téléphone : 01 99 00 12 34",
 * "Tél. : 01 .. / 06 ..", "Tél : 01 ... - Fax : 01 ...", or a bare number.
 * The label of a number is the text before it (colon and blanks trimmed); a
 * number with none takes the previous number's label. A phone line holds at
 * least one accepted number or a label naming a kind. When the line is a
 * phone line, every accepted number is appended to out, the others get a
 * warning in d (and their text goes to *rest), and true is returned;
 * otherwise nothing is changed and false is returned. When rest is not NULL
 * it is set to a new string with the text of the line besides labels and
 * numbers ("(standard)", "du lundi au vendredi", a long sentence before the
 * number), or to NULL when there is none or the line is no phone line. */
bool phone_line(const char *text, int line, const char *region, struct phone_list *out,
                struct diag_list *d, char **rest);

/* phone_line with a second region (NULL: none) for the numbers region does
 * not accept, found by phone_find_in(region, alt): the entry's weaker place
 * signals ("Nouvelle-Calédonie" in its keywords, a source page on a ".nc"
 * site) read "41 40 00" where France reads nothing, while the French
 * numbers of the entry stay French. */
bool phone_line_in(const char *text, int line, const char *region, const char *alt,
                   struct phone_list *out, struct diag_list *d, char **rest);

#endif

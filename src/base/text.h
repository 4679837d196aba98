/* The one text module: code points of UTF-8, white space, case, and the folds
 * that extractors match text with (lower case, accents off, typographic
 * punctuation as ASCII), all on utf8proc. Text is NUL-terminated UTF-8. */
#ifndef FICHE_TEXT_H
#define FICHE_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/strbuf.h"

/* ---- code points -------------------------------------------------------- */

/* The code point at s[*i], *i moved past it; -1 (and one byte skipped) for a
 * byte that starts no valid sequence. s is NUL-terminated. */
int32_t text_next_cp(const char *s, size_t *i);

/* Append code point cp as UTF-8 (nothing for a negative or invalid one). */
void text_put_cp(struct strbuf *b, int32_t cp);
/* Code point cp as UTF-8 into out; its length (0 for an invalid one). */
size_t text_encode_cp(int32_t cp, char out[4]);

/* Append cp in its compatibility form without marks ("é" -> "e", "ﬁ" ->
 * "fi", "²" -> "2": utf8proc's decomposition); false, nothing appended, when
 * that is cp itself or nothing. For charsets that lack cp. */
bool text_add_plain_cp(struct strbuf *b, int32_t cp);

/* Unicode categories and simple case mappings (utf8proc): Lu, Ll, and any
 * letter (Lu, Ll, Lt, Lo). */
bool text_is_upper(int32_t cp);
bool text_is_lower(int32_t cp);
bool text_is_letter(int32_t cp);

/* s past the pictographs (Unicode "other symbols", with the selectors,
 * joiners and modifiers that dress them: "⚠️") that open it, and the
 * spaces between and after them ("📍1305, rue des Loisirs Est" -> "1305,
 * rue…", "☎ 01 …"); s itself when none does. */
const char *text_skip_symbols(const char *s);
int32_t text_to_lower(int32_t cp);
int32_t text_to_upper(int32_t cp);

/* ---- white space ---------------------------------------------------------
 * White space is ASCII's (space, tab, LF, CR, FF, VT) and the no-break
 * spaces U+00A0 and U+202F. */

/* New string: s without leading and trailing white space. */
char *str_trim(const char *s);
/* The same without a copy: returns where the trimmed text starts in s and
 * sets *n to its length in bytes (borrowed; not NUL-terminated at *n). */
const char *str_trim_view(const char *s, size_t *n);
/* New string: s with every run of white space replaced by one space, trimmed. */
char *str_squeeze(const char *s);
/* The same written over the contents of sb (reset first; it keeps its
 * memory). Returns sb's contents (borrowed, valid until sb changes). s must
 * not point into sb. */
const char *str_squeeze_to(struct strbuf *sb, const char *s);
/* True when s is NULL, empty or only white space. */
bool str_blank(const char *s);

/* ---- folds ---------------------------------------------------------------
 * The fold of a code point: the punctuation French typesetting varies on as
 * one ASCII character (’ ‘ ʼ ´ -> '; ‐ ‑ ‒ – — − → -> -; no-break, thin and
 * figure spaces, tab -> ' '; « » “ ” -> "; … -> .), ASCII in lower case,
 * anything else decomposed, case-folded and stripped of its marks by
 * utf8proc ("É" -> "e", "ß" -> "ss"; "œ" stays "œ"). */

/* The fold of cp into out (room for 32 bytes); its length in bytes. The
 * code points of French text come from a table generated from utf8proc
 * (text_tables.c), the others from utf8proc. */
size_t text_fold_cp(int32_t cp, char out[32]);
/* The same from utf8proc itself, without the table: the reference the
 * table is generated from and tested against. */
size_t text_fold_cp_ref(int32_t cp, char out[32]);

/* A folded text with, for each of its bytes, the offset in the original
 * text of the character it comes from (orig[len] = the original's length). */
struct fold {
    char *s; /* NUL-terminated */
    size_t *orig;
    size_t len, cap;
};

/* The fold of text into f (reset first, keeping its memory); a byte that
 * starts no valid UTF-8 sequence folds to '?'. */
void text_fold_map(const char *text, struct fold *f);
void text_fold_free(struct fold *f);

/* The fold of text as a new string. */
char *text_fold(const char *text);

/* Matching key of s: its fold with every run of characters other than ASCII
 * letters and digits turned into one space, trimmed, and "œ" spelled "oe".
 * "**Coordonnées** :" -> "coordonnees"; "N° Vert" -> "n vert". New heap
 * string. */
char *str_fold_key(const char *s);
/* The same key of the n bytes at s (no NUL among them; s need not be
 * NUL-terminated at n), written over the contents of sb, which is reset
 * first and keeps its memory. Returns sb's NUL-terminated contents
 * (borrowed, valid until sb changes). */
const char *str_fold_key_to(struct strbuf *sb, const char *s, size_t n);

/* Words of a fold key (str_fold_key): true when key starts with one of words
 * (a NULL-terminated list; an entry may be several words, "heures d
 * ouverture"), followed by a space or the end; when it holds one whole, at a
 * word start ("rue" in "12 rue x", not in "ruelle"); when it holds word. */
bool str_key_starts_any(const char *key, const char *const *words);
bool str_key_has_any(const char *key, const char *const *words);
bool str_key_has(const char *key, const char *word);
/* Whether key is one of words (a NULL-terminated list) whole: "adresse" is
 * in {"adr", "adresse"}, "adresses" is not. */
bool str_key_is_any(const char *key, const char *const *words);
/* Whether the fold key of s is one of words whole (str_key_is_any). */
bool str_folds_to_any(const char *s, const char *const *words);

/* ---- name keys -----------------------------------------------------------
 * What names are compared by for UIDs: white space squeezed as str_squeeze
 * does, then utf8proc's NFKC_Casefold ("Éveil  NORD" -> "éveil nord"):
 * case-insensitive, accents kept. */

/* Append the name key of s to sb; NULL appends nothing. Text of ASCII and
 * the code points of the generated table is keyed code point by code point
 * (each entry a starter whose key nothing around it changes); anything else
 * goes to utf8proc whole. */
void text_add_name_key(struct strbuf *sb, const char *s);
/* The same by utf8proc alone: the reference of the tests. */
void text_add_name_key_ref(struct strbuf *sb, const char *s);

#endif

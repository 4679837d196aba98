/* Private to the text module: the folds of the code points that French text
 * is made of, generated from utf8proc by scripts/gen-text-tables.c (`make
 * text-tables`) into text_tables.c. test_text checks every entry against
 * utf8proc. */
#ifndef FICHE_TEXT_TABLES_H
#define FICHE_TEXT_TABLES_H

/* For one code point: its fold (text_fold_cp_ref) and its NFKC_Casefold,
 * NUL-terminated; "\xFF" where the entry does not decide (a longer result,
 * or a result the code point's neighbours could change: utf8proc then works
 * on the whole string). */
struct text_cp {
    char fold[8];
    char nfkc[8];
};

#define TEXT_LATIN_FIRST 0x80
#define TEXT_LATIN_END 0x250 /* Latin-1, Latin Extended-A and B */
#define TEXT_PUNCT_FIRST 0x2000
#define TEXT_PUNCT_END 0x2070 /* General Punctuation */

extern const struct text_cp text_latin[TEXT_LATIN_END - TEXT_LATIN_FIRST];
extern const struct text_cp text_punct[TEXT_PUNCT_END - TEXT_PUNCT_FIRST];

/* The utf8proc version the tables were generated with. */
extern const char text_tables_utf8proc[];

#endif

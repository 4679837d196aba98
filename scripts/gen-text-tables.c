/* Generator of src/base/text_tables.c: for each code point of Latin-1,
 * Latin Extended-A/B and General Punctuation, its fold (text_fold_cp_ref,
 * which asks utf8proc) and its NFKC_Casefold (utf8proc), so that the text
 * module decides these without a call into utf8proc. Built with the text
 * module by `make text-tables`, which writes its output through
 * clang-format; test_text checks the table against utf8proc again.
 *
 * Usage: gen-text-tables > src/base/text_tables.c */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "base/text.h"
#include "base/text_tables.h"

/* Every code point of s (UTF-8) is a starter (canonical combining class 0):
 * nothing before or after it in a string can reorder or recompose with it
 * through the result. */
static bool all_starters(const char *s)
{
    for (utf8proc_ssize_t i = 0; s[i];) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, -1, &cp);
        if (k <= 0 || utf8proc_get_property(cp)->combining_class != 0)
            return false;
        i += k;
    }
    return true;
}

/* s as a C string literal, each byte outside printable ASCII as a
 * three-digit octal escape (which no following digit can extend). */
static void put_literal(const char *s)
{
    putchar('"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p >= 0x20 && *p < 0x7f && *p != '"' && *p != '\\' && *p != '?')
            putchar(*p);
        else
            printf("\\%03o", *p);
    }
    putchar('"');
}

/* The fold of cp, or "\xFF" when it is over 7 bytes or holds a mark. */
static void fold_of(int32_t cp, char out[8])
{
    char f[32];
    size_t n = text_fold_cp_ref(cp, f);
    f[n] = '\0';
    if (n > 7 || !all_starters(f)) {
        strcpy(out, "\xFF");
        return;
    }
    memcpy(out, f, n + 1);
}

/* The NFKC_Casefold of cp alone, or "\xFF" when it is over 7 bytes, when cp
 * or a code point of it is no starter. */
static void nfkc_of(int32_t cp, char out[8])
{
    utf8proc_uint8_t s[8];
    utf8proc_ssize_t n = utf8proc_encode_char(cp, s);
    s[n] = '\0';
    utf8proc_uint8_t *f = utf8proc_NFKC_Casefold(s);
    if (!f || strlen((char *)f) > 7 || !all_starters((char *)s) ||
        !all_starters((char *)f))
        strcpy(out, "\xFF");
    else
        strcpy(out, (char *)f);
    free(f);
}

static void table(const char *name, int32_t first, int32_t end)
{
    printf("const struct text_cp %s[%s] = {\n", name,
           first == TEXT_LATIN_FIRST ? "TEXT_LATIN_END - TEXT_LATIN_FIRST"
                                     : "TEXT_PUNCT_END - TEXT_PUNCT_FIRST");
    for (int32_t cp = first; cp < end; cp++) {
        char fold[8], nfkc[8];
        fold_of(cp, fold);
        nfkc_of(cp, nfkc);
        printf("    /* U+%04X */ {", (unsigned)cp);
        put_literal(fold);
        printf(", ");
        put_literal(nfkc);
        printf("},\n");
    }
    printf("};\n\n");
}

int main(void)
{
    printf("/* GENERATED FILE, do not edit: `make text-tables` regenerates it by\n"
           " * building and running scripts/gen-text-tables.c with utf8proc %s. */\n",
           utf8proc_version());
    printf("#include \"base/text_tables.h\"\n\n");
    printf("const char text_tables_utf8proc[] = \"%s\";\n\n", utf8proc_version());
    table("text_latin", TEXT_LATIN_FIRST, TEXT_LATIN_END);
    table("text_punct", TEXT_PUNCT_FIRST, TEXT_PUNCT_END);
    return 0;
}

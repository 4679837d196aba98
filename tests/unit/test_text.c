/* Unit tests of the text module: white space, folds and matching keys, each
 * checked against a plain reference or against utf8proc on whole strings. */
#include "harness.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <utf8proc.h>

#include "base/strbuf.h"
#include "base/text.h"
#include "base/util.h"

static void test_trim_squeeze(void **state)
{
    (void)state;
    static const struct {
        const char *in, *trim, *squeeze;
    } rows[] = {
        {"  a b  ", "a b", "a b"},
        {"\t\n", "", ""},
        {"\xC2\xA0x\xC2\xA0", "x", "x"},
        {"a \xE2\x80\xAF  b", "a \xE2\x80\xAF  b", "a b"},
        {"", "", ""},
        {"é  à", "é  à", "é à"},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        char *t = str_trim(rows[i].in);
        char *s = str_squeeze(rows[i].in);
        assert_string_equal(t, rows[i].trim);
        assert_string_equal(s, rows[i].squeeze);
        free(t);
        free(s);
    }
    assert_true(str_blank(NULL));
    assert_true(str_blank(" \xC2\xA0 "));
    assert_false(str_blank(" x "));
}

/* Pictographs opening a text are skipped with their spaces; letters,
 * digits, punctuation and other symbols' neighbours stay. */
static void test_skip_symbols(void **state)
{
    (void)state;
    static const struct {
        const char *in;
        size_t skip;
    } rows[] = {
        {"\xF0\x9F\x93\x8D"
         "12 rue X",
         4},                                       /* 📍 */
        {"\xE2\x98\x8E 01 02", 4},                 /* ☎ and a space */
        {"\xE2\x98\x8E \xF0\x9F\x93\x9E 01", 9},   /* two of them */
        {"\xE2\x9A\xA0\xEF\xB8\x8F Fermeture", 7}, /* ⚠️: the sign and its selector */
        {"\xEF\xB8\x8F x", 0},                     /* a selector alone dresses nothing */
        {" 12 rue X", 0},
        {"12 rue X", 0},
        {"\xC3\x89glise", 0},   /* a letter */
        {"\xE2\x80\x93 12", 0}, /* a dash is punctuation */
        {"", 0},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++)
        assert_int_equal(text_skip_symbols(rows[i].in) - rows[i].in, rows[i].skip);
}

static void test_fold_key(void **state)
{
    (void)state;
    static const struct {
        const char *in, *key;
    } rows[] = {
        {"**Coordonnées** :", "coordonnees"},
        {"COORDONNÉES", "coordonnees"},
        {"Horaires d'ouverture", "horaires d ouverture"},
        {"N° Vert", "n vert"},
        {"Mots-clés", "mots cles"},
        {"Œuvre", "oeuvre"},
        {"", ""},
        {"ÀÉÎÕÜ ç", "aeiou c"},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        char *k = str_fold_key(rows[i].in);
        assert_string_equal(k, rows[i].key);
        free(k);
    }
}

/* The key the plain way: utf8proc on the whole string (a byte that starts no
 * valid sequence replaced by a space first: a separator), then the ASCII
 * filter. str_fold_key, which folds code point by code point, must match it
 * byte for byte on every input. */
static char *ref_fold_key(const char *in)
{
    char *s = malloc(strlen(in) + 1);
    size_t w = 0;
    for (size_t i = 0; in[i];) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)in + i, -1, &cp);
        if (k <= 0) {
            s[w++] = ' ';
            i++;
        } else {
            memcpy(s + w, in + i, (size_t)k);
            w += (size_t)k;
            i += (size_t)k;
        }
    }
    s[w] = '\0';
    utf8proc_uint8_t *folded = NULL;
    utf8proc_ssize_t n =
        utf8proc_map((const utf8proc_uint8_t *)s, 0, &folded,
                     UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_DECOMPOSE |
                         UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
    const char *src = n >= 0 ? (const char *)folded : s;
    size_t len = strlen(src);
    char *out = malloc(2 * len + 2);
    size_t o = 0;
    int pending = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)src[i];
        int oe = c == 0xC5 && (unsigned char)src[i + 1] == 0x93;
        if (oe || ascii_isalnum(c)) {
            if (pending)
                out[o++] = ' ';
            pending = 0;
            if (oe) {
                out[o++] = 'o';
                out[o++] = 'e';
                i++;
            } else {
                out[o++] = (char)ascii_tolower(c);
            }
        } else {
            pending = o > 0;
        }
    }
    out[o] = '\0';
    free(folded);
    free(s);
    return out;
}

static void check_fold(const char *s)
{
    char *want = ref_fold_key(s);
    char *got = str_fold_key(s);
    if (strcmp(want, got) != 0)
        fail_msg("str_fold_key(\"%s\") = \"%s\", utf8proc gives \"%s\"", s, got, want);
    /* str_fold_key_to on the same bytes without their NUL (an exact-size
     * copy, so that a read past n shows under ASan and valgrind), into a
     * buffer that held something before */
    struct strbuf sb = STRBUF_INIT;
    size_t n = strlen(s);
    char *raw = malloc(n ? n : 1);
    memcpy(raw, s, n);
    strbuf_puts(&sb, "old contents");
    const char *to = str_fold_key_to(&sb, raw, n);
    if (strcmp(want, to) != 0 || sb.len != strlen(want))
        fail_msg("str_fold_key_to(\"%s\") = \"%s\", utf8proc gives \"%s\"", s, to, want);
    strbuf_free(&sb);
    free(raw);
    free(want);
    free(got);
}

/* str_fold_key_to on a piece of a longer string reads only its n bytes:
 * "Œuvre" cut inside "Œ" or after it. */
static void test_fold_key_to_piece(void **state)
{
    (void)state;
    static const struct {
        const char *s;
        size_t n;
        const char *key;
    } rows[] = {
        {"Œuvre", 2, "oe"},
        {"Œuvre", 1, ""},
        {"Œuvre", 4, "oeuv"},
        {"a\xE2\x80\x99"
         "b",
         2, "a"},
        {"a\xE2\x80\x99"
         "b",
         5, "a b"},
        {"É-cole", 3, "e"},
        {"ab cd", 0, ""},
        {"ab cd", 3, "ab"},
        {"\xC5\x93x", 2, "oe"},
    };
    struct strbuf sb = STRBUF_INIT;
    for (size_t i = 0; i < ARRAY_LEN(rows); i++)
        assert_string_equal(str_fold_key_to(&sb, rows[i].s, rows[i].n), rows[i].key);
    strbuf_free(&sb);
}

static size_t put_cp(char *p, int32_t cp)
{
    return (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)p);
}

/* Every code point up to U+FFFF, alone and between letters, accents, marks
 * and separators: the table path and utf8proc agree. */
static void test_fold_key_all_bmp(void **state)
{
    (void)state;
    static const char *const ctx[][2] = {
        {"", ""},
        {"a", "b"},
        {" ", " "},
        {"É", "é"},
        {"x", "\xCC\x81"},
        {"\xCC\x81", "7"},
        {"œ", "Œ"},
        {"-", "ß"},
        {"\xE2\x80\x99", "\xE2\x80\x93"},
        {"\xCD\x85", "\xCC\xA3"},
        {"Z", "\xC5\x89"},
    };
    for (int32_t cp = 1; cp <= 0xFFFF; cp++) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        for (size_t c = 0; c < ARRAY_LEN(ctx); c++) {
            char buf[64];
            size_t n = strlen(ctx[c][0]);
            memcpy(buf, ctx[c][0], n);
            n += put_cp(buf + n, cp);
            n += put_cp(buf + n, cp);
            strcpy(buf + n, ctx[c][1]);
            check_fold(buf);
        }
    }
}

/* Random strings over Latin, punctuation, marks, other scripts, ASCII and
 * invalid bytes (separators). */
static void test_fold_key_random(void **state)
{
    (void)state;
    static const int32_t pool[] = {
        'a',    'Z',     '0',     ' ',   '-',   '\'',   ':',    0xE9,   0xC9,   0x152,
        0x153,  0xDF,    0xC6,    0x149, 0x1F0, 0x130,  0x300,  0x301,  0x327,  0x345,
        0x2019, 0x2013,  0x202F,  0xA0,  0x3A3, 0x3C2,  0x1E9E, 0xFB01, 0x212B, 0x2126,
        0xAC00, 0x1F600, 0x10400, 0x24F, 0x250, 0x206F, 0x2070, 0x7FF,  0x800,  0xFFFD,
    };
    static const char *const bad[] = {"\xC5",     "\x93", "\xC0\xAF", "\xED\xA0\x80",
                                      "\xE2\x80", "\xF8", "\xC5\x93"};
    unsigned seed = 12345;
    for (int round = 0; round < 200000; round++) {
        char buf[256];
        size_t n = 0;
        seed = seed * 1103515245u + 12345u;
        int len = (int)(seed >> 16) % 12;
        for (int i = 0; i < len; i++) {
            seed = seed * 1103515245u + 12345u;
            unsigned r = seed >> 8;
            if (r % 50 == 0) {
                const char *b = bad[(r / 50) % ARRAY_LEN(bad)];
                memcpy(buf + n, b, strlen(b));
                n += strlen(b);
            } else {
                n += put_cp(buf + n, pool[(r / 7) % ARRAY_LEN(pool)]);
            }
        }
        buf[n] = '\0';
        check_fold(buf);
    }
}

/* str_trim as it was, scanning forwards: the reference for the backward one. */
static char *ref_trim(const char *s)
{
    static const char *const sp[] = {" ",  "\t", "\n",       "\r",
                                     "\f", "\v", "\xC2\xA0", "\xE2\x80\xAF"};
    size_t start = 0, end = 0, i = 0, n = strlen(s);
    int leading = 1;
    while (i < n) {
        size_t k = 0;
        for (size_t j = 0; j < ARRAY_LEN(sp) && !k; j++)
            if (strncmp(s + i, sp[j], strlen(sp[j])) == 0)
                k = strlen(sp[j]);
        if (k) {
            i += k;
            if (leading)
                start = i;
        } else {
            leading = 0;
            i++;
            end = i;
        }
    }
    if (end < start)
        end = start;
    char *r = malloc(end - start + 1);
    memcpy(r, s + start, end - start);
    r[end - start] = '\0';
    return r;
}

/* str_squeeze as it was, testing every byte for a space: the reference for
 * the one that skips plain bytes. */
static char *ref_squeeze(const char *s)
{
    static const char *const sp[] = {" ",  "\t", "\n",       "\r",
                                     "\f", "\v", "\xC2\xA0", "\xE2\x80\xAF"};
    char *out = malloc(strlen(s) + 1);
    size_t o = 0;
    bool pending = false;
    for (size_t i = 0; s[i];) {
        size_t k = 0;
        for (size_t j = 0; j < ARRAY_LEN(sp) && !k; j++)
            if (strncmp(s + i, sp[j], strlen(sp[j])) == 0)
                k = strlen(sp[j]);
        if (k) {
            pending = o > 0;
            i += k;
            continue;
        }
        if (pending)
            out[o++] = ' ';
        pending = false;
        out[o++] = s[i++];
    }
    out[o] = '\0';
    return out;
}

/* Random strings of spaces, no-break spaces, their pieces and letters. */
static void test_trim_random(void **state)
{
    (void)state;
    static const char *const pool[] = {
        " ",    "\t", "\r\n", "\xC2\xA0",     "\xE2\x80\xAF", "\xC2", "\xA0", "\xE2\x80",
        "\xAF", "a",  "é",    "\xE2\x80\x99", "\xC3\xA0",     "\v",   "\f",   "!"};
    unsigned seed = 99;
    for (int round = 0; round < 100000; round++) {
        char buf[128];
        size_t n = 0;
        seed = seed * 1103515245u + 12345u;
        int len = (int)(seed >> 16) % 10;
        for (int i = 0; i < len; i++) {
            seed = seed * 1103515245u + 12345u;
            const char *p = pool[(seed >> 8) % ARRAY_LEN(pool)];
            memcpy(buf + n, p, strlen(p));
            n += strlen(p);
        }
        buf[n] = '\0';
        char *want = ref_trim(buf);
        char *got = str_trim(buf);
        assert_string_equal(got, want);
        free(want);
        free(got);
        size_t vn;
        const char *v = str_trim_view(buf, &vn);
        want = ref_squeeze(buf);
        got = str_squeeze(buf);
        assert_string_equal(got, want);
        free(want);
        free(got);
        assert_true(v >= buf && v + vn <= buf + n);
    }
}

/* Every string of up to four pieces of spaces, their fragments and letters:
 * str_squeeze (runs copied whole) equals the byte-by-byte reference. */
static void test_squeeze_exhaustive(void **state)
{
    (void)state;
    static const char *const pool[] = {
        "",     " ",       "\t",   "\n",   "\xC2\xA0",     "\xE2\x80\xAF",
        "\xC2", "\xA0",    "\xE2", "\xAF", "\xE2\x80\x93", "\xC2\xAB",
        "a",    "\xC3\xA9"};
    const size_t np = ARRAY_LEN(pool);
    char mem[2];
    struct strbuf sb;
    strbuf_init_with(&sb, mem, sizeof mem);
    for (size_t code = 0; code < np * np * np * np; code++) {
        char buf[32];
        size_t n = 0;
        for (size_t c = code, i = 0; i < 4; i++, c /= np) {
            const char *p = pool[c % np];
            memcpy(buf + n, p, strlen(p));
            n += strlen(p);
        }
        buf[n] = '\0';
        char *want = ref_squeeze(buf);
        char *got = str_squeeze(buf);
        assert_string_equal(got, want);
        /* the buffer form: same text, reused buffer (tiny: it must grow) */
        assert_string_equal(str_squeeze_to(&sb, buf), want);
        assert_int_equal(sb.len, strlen(want));
        free(want);
        free(got);
    }
    strbuf_free(&sb);
}

/* The fold, one code point at a time through text_fold_cp, with offsets:
 * what text_fold_map must give. */
static void fold_ref(const char *text, struct fold *f)
{
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)text;
    size_t n = strlen(text), i = 0;
    f->s = malloc(32 * n + 1);
    f->orig = malloc((32 * n + 1) * sizeof *f->orig);
    f->len = 0;
    while (i < n) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(p + i, (utf8proc_ssize_t)(n - i), &cp);
        char out[32];
        size_t m = 1;
        if (k <= 0) {
            out[0] = '?';
            k = 1;
        } else {
            m = text_fold_cp(cp, out);
        }
        for (size_t j = 0; j < m; j++) {
            f->s[f->len] = out[j];
            f->orig[f->len++] = i;
        }
        i += (size_t)k;
    }
    f->s[f->len] = '\0';
    f->orig[f->len] = n;
}

/* text_fold_map on text, from a zeroed fold and from one reused after a
 * longer text, equals fold_ref. */
static void check_map(const char *text)
{
    struct fold ref = {0}, got = {0}, reused = {0};
    fold_ref(text, &ref);
    text_fold_map(text, &got);
    text_fold_map("a longer text \xc3\xa9t\xc3\xa9 that leaves room", &reused);
    text_fold_map(text, &reused);
    const struct fold *v[2] = {&got, &reused};
    for (size_t q = 0; q < 2; q++) {
        assert_int_equal(v[q]->len, ref.len);
        assert_memory_equal(v[q]->s, ref.s, ref.len + 1);
        assert_memory_equal(v[q]->orig, ref.orig, (ref.len + 1) * sizeof *ref.orig);
    }
    char *plain = text_fold(text);
    assert_string_equal(plain, ref.s);
    free(plain);
    text_fold_free(&ref);
    text_fold_free(&got);
    text_fold_free(&reused);
}

static void test_fold_map(void **state)
{
    (void)state;
    /* every one- and two-byte character, between letters */
    for (utf8proc_int32_t cp = 1; cp < 0x800; cp++) {
        char text[8] = "A";
        utf8proc_ssize_t k = utf8proc_encode_char(cp, (utf8proc_uint8_t *)text + 1);
        text[1 + k] = 'b';
        text[2 + k] = '\0';
        check_map(text);
        check_map(text + 1); /* first and last */
    }
    /* longer ones, broken sequences */
    static const char *const texts[] = {
        "",
        "Du lundi au vendredi de 8h \xc3\xa0 13h et de 14h \xc3\xa0 17h",
        "9h\xe2\x80\x93"
        "12h\xe2\x80\xaf;\xe2\x80\x99"
        "ap\xc3\xa8s-midi \xe2\x80\xa6 \xef\xac\x83 \xe1\xba\x9e \xc5\x89",
        "\xc3",
        "\xc3(",
        "x\xff\xfe y",
        "\xe2\x80",
        "\t\xc2\xa0\xc2\xab \xc2\xbb\xc2\xb4",
        "Re\xcc\x81"
        "ception \xc5\x92uvre \xc3\x9f",
    };
    for (size_t i = 0; i < ARRAY_LEN(texts); i++)
        check_map(texts[i]);
}

/* Code points in and out, and the case and letter classes, against
 * utf8proc on every code point of the Basic Multilingual Plane. */
static void test_code_points(void **state)
{
    (void)state;
    for (int32_t cp = 1; cp < 0x10000; cp++) {
        if (cp >= 0xD800 && cp < 0xE000) {
            char out[4];
            assert_int_equal(text_encode_cp(cp, out), 0);
            continue;
        }
        char s[8] = {0};
        size_t n = text_encode_cp(cp, s);
        assert_int_equal(n, (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)s));
        size_t i = 0;
        assert_int_equal(text_next_cp(s, &i), cp);
        assert_int_equal(i, n);
        utf8proc_category_t c = utf8proc_category(cp);
        assert_int_equal(text_is_upper(cp), c == UTF8PROC_CATEGORY_LU);
        assert_int_equal(text_is_lower(cp), c == UTF8PROC_CATEGORY_LL);
        assert_int_equal(text_is_letter(cp),
                         c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL ||
                             c == UTF8PROC_CATEGORY_LT || c == UTF8PROC_CATEGORY_LO);
        assert_int_equal(text_to_lower(cp), utf8proc_tolower(cp));
        assert_int_equal(text_to_upper(cp), utf8proc_toupper(cp));
    }
    size_t i = 0;
    assert_int_equal(text_next_cp("\xc3(", &i), -1);
    assert_int_equal(i, 1);
}

/* ---- the generated table ------------------------------------------------- */

/* text_fold_cp (table) equals text_fold_cp_ref (utf8proc) on every code
 * point up to U+FFFF. */
static void test_fold_table(void **state)
{
    (void)state;
    for (int32_t cp = 1; cp < 0x10000; cp++) {
        if (cp >= 0xD800 && cp < 0xE000)
            continue;
        char a[32], b[32];
        size_t na = text_fold_cp(cp, a), nb = text_fold_cp_ref(cp, b);
        if (na != nb || memcmp(a, b, na) != 0)
            fail_msg("fold of U+%04X differs from utf8proc's", (unsigned)cp);
    }
}

static void check_name_key(const char *s)
{
    struct strbuf a = STRBUF_INIT, b = STRBUF_INIT;
    text_add_name_key(&a, s);
    text_add_name_key_ref(&b, s);
    if (strcmp(strbuf_str(&a), strbuf_str(&b)) != 0)
        fail_msg("name key of \"%s\": \"%s\", utf8proc \"%s\"", s, strbuf_str(&a),
                 strbuf_str(&b));
    strbuf_free(&a);
    strbuf_free(&b);
}

static size_t enc(char *p, int32_t cp)
{
    return (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)p);
}

/* The name key by the table equals utf8proc's NFKC_Casefold of the whole
 * string: every table code point alone and in every pair, every BMP code
 * point in contexts (after a letter, before a combining mark, between the
 * white spaces squeezed), and random strings. */
static void test_name_key_table(void **state)
{
    (void)state;
    int32_t cps[0x300];
    size_t n = 0;
    for (int32_t cp = 0x20; cp < 0x250; cp++)
        if (cp < 0x7f || cp >= 0xa0)
            cps[n++] = cp;
    for (int32_t cp = 0x2000; cp < 0x2070; cp++)
        cps[n++] = cp;
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++) {
            char s[16] = {0};
            size_t k = enc(s, cps[i]);
            enc(s + k, cps[j]);
            check_name_key(s);
        }
    static const char *const ctx[][2] = {
        {"", ""},          {"e", ""},         {"", "\xCC\x81"},
        {"E", "\xCC\xA7"}, {" a ", " b "},    {"\xC2\xA0", "\xE2\x80\xAF"},
        {"\xC3\x89", "x"}, {"i", "\xCD\x85"},
    };
    for (int32_t cp = 1; cp < 0x10000; cp++) {
        if (cp >= 0xD800 && cp < 0xE000)
            continue;
        for (size_t c = 0; c < ARRAY_LEN(ctx); c++) {
            char s[64];
            size_t k = strlen(ctx[c][0]);
            memcpy(s, ctx[c][0], k);
            k += enc(s + k, cp);
            strcpy(s + k, ctx[c][1]);
            check_name_key(s);
        }
    }
    struct strbuf sb = STRBUF_INIT;
    text_add_name_key(&sb, NULL);
    assert_string_equal(strbuf_str(&sb), "");
    strbuf_free(&sb);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_trim_squeeze),    cmocka_unit_test(test_fold_key),
        cmocka_unit_test(test_skip_symbols),    cmocka_unit_test(test_fold_key_all_bmp),
        cmocka_unit_test(test_fold_key_random), cmocka_unit_test(test_fold_key_to_piece),
        cmocka_unit_test(test_trim_random),     cmocka_unit_test(test_squeeze_exhaustive),
        cmocka_unit_test(test_fold_map),        cmocka_unit_test(test_code_points),
        cmocka_unit_test(test_fold_table),      cmocka_unit_test(test_name_key_table),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

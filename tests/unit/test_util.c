/* Unit tests of the shared helpers: strings, lists, buffers, diagnostics,
 * the model's containers and the output file slugs. */
#include "harness.h"

#include "base/diag.h"
#include "base/strbuf.h"
#include "base/strset.h"
#include "base/util.h"
#include "fiche.h"
#include "model/entry.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <utf8proc.h>

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

/* The key as str_fold_key made it before its table fast path: utf8proc on
 * the whole string, then the ASCII filter. The fast path must match it byte
 * for byte on every input. */
static char *ref_fold_key(const char *s)
{
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

/* Random strings over the table's ranges, marks, other scripts, ASCII and
 * invalid bytes (which utf8proc rejects: the key filters the raw bytes). */
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

static void test_strlist_strbuf(void **state)
{
    (void)state;
    struct strlist l = {0};
    for (int i = 0; i < 100; i++)
        strlist_push(&l, xasprintf("item %d", i));
    assert_int_equal(l.n, 100);
    assert_true(strlist_contains(&l, "item 99"));
    assert_false(strlist_contains(&l, "item 100"));
    strlist_clear(&l);
    assert_int_equal(l.n, 0);

    struct strbuf sb = STRBUF_INIT;
    assert_string_equal(strbuf_str(&sb), "");
    for (int i = 0; i < 1000; i++)
        strbuf_printf(&sb, "%d,", i % 10);
    assert_int_equal(sb.len, 2000);
    strbuf_reset(&sb);
    strbuf_puts(&sb, "abc");
    char *s = strbuf_detach(&sb);
    assert_string_equal(s, "abc");
    assert_null(sb.buf);
    free(s);
}

static void test_errors_keep_first(void **state)
{
    (void)state;
    struct fiche_error err = {0};
    assert_int_equal(fiche_error_set(&err, FICHE_EDECODE, "a.md", 3, 0, "first %d", 1),
                     FICHE_EDECODE);
    fiche_error_set(&err, FICHE_EIO, "b.md", 9, 0, "second");
    assert_int_equal(err.code, FICHE_EDECODE);
    assert_string_equal(err.message, "first 1");
    assert_int_equal(err.line, 3);
    fiche_error_clear(&err);
    assert_int_equal(err.code, 0);
    fiche_error_set(NULL, FICHE_EIO, NULL, 0, 0, "ignored");

    struct diag_list a = {0}, b = {0};
    diag_add(&a, DIAG_WARNING, 1, 0, "w%d", 1);
    diag_add(&b, DIAG_WARNING, 2, 0, "w%d", 2);
    diag_move(&a, &b);
    assert_int_equal(a.n, 2);
    assert_int_equal(b.n, 0);
    assert_string_equal(a.v[1].message, "w2");
    diag_list_clear(&a);
}

static void test_entry_notes(void **state)
{
    (void)state;
    struct entry *e = entry_new("x.md", 1, 0);
    entry_add_note(e, "Public", "a");
    entry_add_note(e, "Public", "b");
    entry_add_note(e, "Autre", "c");
    assert_int_equal(e->notes.n, 2);
    assert_string_equal(e->notes.v[0].text, "a\nb");
    assert_string_equal(e->notes.v[1].heading, "Autre");
    entry_free(e);
    entry_free(NULL);
}

static void test_slug(void **state)
{
    (void)state;
    static const struct {
        const char *in, *slug;
    } rows[] = {
        {"Fédération Addiction", "federation-addiction"},
        {"../../etc/passwd", "etc-passwd"},
        {"/etc/x", "etc-x"},
        {"CON", "con-entry"},
        {".", "entry"},
        {"", "entry"},
        {"\xF0\x9F\x98\x80\xF0\x9F\x98\x80", "entry"},
        {"Parents, Ados ; Écrans : l'Atelier & Cie", "parents-ados-ecrans-l-atelier-cie"},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        char *s = fiche_slug(rows[i].in);
        assert_string_equal(s, rows[i].slug);
        free(s);
    }
    char long_name[600];
    memset(long_name, 'a', sizeof long_name - 1);
    long_name[sizeof long_name - 1] = '\0';
    char *s = fiche_slug(long_name);
    assert_true(strlen(s) <= 60);
    free(s);
}

static void test_strset(void **state)
{
    (void)state;
    struct strset set = {0};
    assert_null(strset_get(&set, "a"));
    for (unsigned long i = 0; i < 5000; i++) {
        char *k = xasprintf("key-%lu", i);
        *strset_add(&set, k) = i;
        free(k);
    }
    assert_int_equal(set.n, 5000);
    for (unsigned long i = 0; i < 5000; i += 7) {
        char *k = xasprintf("key-%lu", i);
        unsigned long *v = strset_get(&set, k);
        assert_non_null(v);
        assert_int_equal(*v, i);
        free(k);
    }
    assert_null(strset_get(&set, "key-5000"));
    /* Adding again keeps the value. */
    *strset_add(&set, "key-1") += 1;
    assert_int_equal(*strset_get(&set, "key-1"), 2);
    assert_int_equal(set.n, 5000);
    strset_clear(&set);
    assert_null(strset_get(&set, "key-1"));
}

/* strbuf_add_uint against snprintf's "%0*lu": limits, widths, random values. */
/* Arena blocks are aligned, disjoint and keep their contents across chunks,
 * small and large, from a zeroed arena and from one with a tiny first chunk;
 * arena_free leaves an arena that works again (valgrind sees no leak). */
static void test_arena(void **state)
{
    (void)state;
    for (int mode = 0; mode < 2; mode++) {
        struct arena a = {0};
        if (mode)
            arena_init(&a, 1);
        for (int round = 0; round < 2; round++) {
            enum { N = 3000 };
            static char *blocks[N];
            static size_t sizes[N];
            for (size_t i = 0; i < N; i++) {
                size_t n = (i * 7919) % (i % 50 == 0 ? 20000 : 97);
                if (i % 3 == 0) {
                    char src[128];
                    for (size_t k = 0; k < sizeof src; k++)
                        src[k] = (char)('a' + (i + k) % 26);
                    n %= sizeof src;
                    blocks[i] = arena_strndup(&a, src, n);
                    assert_int_equal(blocks[i][n], '\0');
                    assert_memory_equal(blocks[i], src, n);
                } else {
                    blocks[i] = arena_alloc(&a, n);
                    assert_int_equal((uintptr_t)blocks[i] % _Alignof(max_align_t), 0);
                    memset(blocks[i], (int)(i & 0xFF), n);
                }
                sizes[i] = n;
            }
            for (size_t i = 0; i < N; i++) {
                if (i % 3 == 0)
                    continue;
                for (size_t k = 0; k < sizes[i]; k++)
                    assert_int_equal((unsigned char)blocks[i][k], i & 0xFF);
            }
            assert_non_null(arena_alloc(&a, 0));
            assert_string_equal(arena_strndup(&a, NULL, 0), "");
            arena_free(&a);
            assert_null(a.chunks);
        }
    }
}

/* A buffer on the caller's storage stays there while it fits, moves to the
 * heap with its contents when it does not, and detaches a heap copy. */
static void test_strbuf_init_with(void **state)
{
    (void)state;
    char mem[8];
    struct strbuf sb;
    strbuf_init_with(&sb, mem, sizeof mem);
    assert_string_equal(strbuf_str(&sb), "");
    strbuf_puts(&sb, "abcdefg");
    assert_ptr_equal(sb.buf, mem);
    char *d = strbuf_detach(&sb);
    assert_string_equal(d, "abcdefg");
    assert_ptr_not_equal(d, mem);
    free(d);
    assert_ptr_equal(sb.buf, mem);
    assert_int_equal(sb.len, 0);
    strbuf_puts(&sb, "abcdefg");
    strbuf_putc(&sb, 'h');
    assert_ptr_not_equal(sb.buf, mem);
    assert_string_equal(sb.buf, "abcdefgh");
    for (int i = 0; i < 100; i++)
        strbuf_printf(&sb, "%d", i % 10);
    assert_int_equal(sb.len, 108);
    d = strbuf_detach(&sb);
    assert_int_equal(strlen(d), 108);
    free(d);
    strbuf_init_with(&sb, mem, sizeof mem);
    strbuf_puts(&sb, "x");
    strbuf_free(&sb); /* nothing to free: the stack's */
    assert_null(sb.buf);
}

static void test_strbuf_add_uint(void **state)
{
    (void)state;
    static const unsigned long vals[] = {
        0, 1, 9, 10, 99, 100, 2024, 65535, 4294967295ul, (unsigned long)-1};
    struct strbuf sb = STRBUF_INIT;
    char want[64];
    unsigned long seed = 3;
    for (int round = 0; round < 20000; round++) {
        seed = seed * 6364136223846793005ul + 1442695040888963407ul;
        unsigned long v =
            round < (int)ARRAY_LEN(vals) ? vals[round] : seed >> (seed % 64);
        int width = (int)(round % 22);
        strbuf_reset(&sb);
        strbuf_puts(&sb, "x");
        strbuf_add_uint(&sb, v, width);
        snprintf(want, sizeof want, "x%0*lu", width, v);
        assert_string_equal(strbuf_str(&sb), want);
        assert_int_equal(sb.len, strlen(want));
    }
    strbuf_free(&sb);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_trim_squeeze),
        cmocka_unit_test(test_fold_key),
        cmocka_unit_test(test_fold_key_all_bmp),
        cmocka_unit_test(test_fold_key_random),
        cmocka_unit_test(test_fold_key_to_piece),
        cmocka_unit_test(test_strbuf_add_uint),
        cmocka_unit_test(test_arena),
        cmocka_unit_test(test_strbuf_init_with),
        cmocka_unit_test(test_trim_random),
        cmocka_unit_test(test_squeeze_exhaustive),
        cmocka_unit_test(test_strlist_strbuf),
        cmocka_unit_test(test_errors_keep_first),
        cmocka_unit_test(test_entry_notes),
        cmocka_unit_test(test_slug),
        cmocka_unit_test(test_strset),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

/* Unit tests of the shared helpers: lists, buffers, diagnostics, the model's
 * containers and the output file slugs. */
#include "harness.h"

#include "base/diag.h"
#include "base/strbuf.h"
#include "base/strset.h"
#include "base/util.h"
#include "cli/slug.h"
#include "fiche.h"
#include "model/entry.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

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
/* The prefix is compared as bytes, lower-case ASCII letters matching either
 * case; a prefix with UTF-8 bytes ("tél") matches too. */
static void test_startswith_ci(void **state)
{
    (void)state;
    assert_true(str_startswith_ci("HTTP://x", "http"));
    assert_true(str_startswith_ci("Tél.: 04", "t\xC3\xA9l"));
    assert_true(str_startswith_ci("TéL", "t\xC3\xA9l"));
    assert_false(str_startswith_ci("Tel", "t\xC3\xA9l"));
    assert_false(str_startswith_ci("ht", "http"));
}

/* One table of overseas postcodes for the address and the calendar. */
static void test_postcode_territory(void **state)
{
    (void)state;
    assert_string_equal(postcode_territory("97110"), "GP");
    assert_string_equal(postcode_territory("97133"), "BL");
    assert_string_equal(postcode_territory("97150"), "MF");
    assert_string_equal(postcode_territory("97500"), "PM");
    assert_string_equal(postcode_territory("97700"), "BL");
    assert_string_equal(postcode_territory("98718"), "PF");
    assert_string_equal(postcode_territory("98800"), "NC");
    assert_null(postcode_territory("98000")); /* Monaco: a country */
    assert_null(postcode_territory("67000"));
    assert_null(postcode_territory("9711"));
    assert_null(postcode_territory(NULL));
}

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
        cmocka_unit_test(test_strbuf_add_uint), cmocka_unit_test(test_startswith_ci),
        cmocka_unit_test(test_arena),           cmocka_unit_test(test_strbuf_init_with),
        cmocka_unit_test(test_strlist_strbuf),  cmocka_unit_test(test_errors_keep_first),
        cmocka_unit_test(test_entry_notes),     cmocka_unit_test(test_slug),
        cmocka_unit_test(test_strset),          cmocka_unit_test(test_postcode_territory),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

/* Unit tests of the shared helpers: strings, lists, buffers, diagnostics,
 * the model's containers and the output file slugs. */
#include "harness.h"

#include "diag.h"
#include "entry.h"
#include "fiche.h"
#include "strbuf.h"
#include "util.h"

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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_trim_squeeze),  cmocka_unit_test(test_fold_key),
        cmocka_unit_test(test_strlist_strbuf), cmocka_unit_test(test_errors_keep_first),
        cmocka_unit_test(test_entry_notes),   cmocka_unit_test(test_slug),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

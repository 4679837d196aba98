/* Unit tests of date.c: the "Mise à jour" forms, impossible dates, and the
 * ISO and timestamp outputs the writers use. */
#include "harness.h"

#include "base/util.h"
#include "extract/date.h"

#include <utf8proc.h>

struct date_case {
    const char *text;
    bool ok;
    enum date_precision precision;
    int year, month, day;
    const char *iso;
};

static const struct date_case cases[] = {
    {"juin 2021", true, DATE_MONTH, 2021, 6, 1, "2021-06"},
    /* a range of months: the first one */
    {"juillet - août 2023", true, DATE_MONTH, 2023, 7, 1, "2023-07"},
    {"Juillet/Août 2023", true, DATE_MONTH, 2023, 7, 1, "2023-07"},
    {"décembre à janvier 2024", true, DATE_MONTH, 2023, 12, 1, "2023-12"},
    {"juillet – août 2023", true, DATE_MONTH, 2023, 7, 1, "2023-07"},
    {"juillet et plus", false, DATE_NONE, 0, 0, 0, ""},
    {"Juin 2021", true, DATE_MONTH, 2021, 6, 1, "2021-06"},
    /* English software's dates */
    {"June 28, 2021", true, DATE_DAY, 2021, 6, 28, "2021-06-28"},
    {"Posted on March 3, 2020", true, DATE_DAY, 2020, 3, 3, "2020-03-03"},
    {"28 June 2021", true, DATE_DAY, 2021, 6, 28, "2021-06-28"},
    {"September 2019", true, DATE_MONTH, 2019, 9, 1, "2019-09"},
    {"June 31, 2021", false, DATE_NONE, 0, 0, 0, ""},
    {"JUIN 2021", true, DATE_MONTH, 2021, 6, 1, "2021-06"},
    {"12/03/2022", true, DATE_DAY, 2022, 3, 12, "2022-03-12"},
    {"12.03.2022", true, DATE_DAY, 2022, 3, 12, "2022-03-12"},
    {"12-03-2022", true, DATE_DAY, 2022, 3, 12, "2022-03-12"},
    {"2022-03-12", true, DATE_DAY, 2022, 3, 12, "2022-03-12"},
    {"2021-06", true, DATE_MONTH, 2021, 6, 1, "2021-06"},
    {"05/10/2021", true, DATE_DAY, 2021, 10, 5, "2021-10-05"},
    {"15/01/2024", true, DATE_DAY, 2024, 1, 15, "2024-01-15"},
    /* corpus set9: a two-digit year */
    {"08/11/22", true, DATE_DAY, 2022, 11, 8, "2022-11-08"},
    {"3.2.98", true, DATE_DAY, 1998, 2, 3, "1998-02-03"},
    {"mars 2019", true, DATE_MONTH, 2019, 3, 1, "2019-03"},
    {"2020", true, DATE_YEAR, 2020, 1, 1, "2020"},
    {"2018", true, DATE_YEAR, 2018, 1, 1, "2018"},
    {"1er février 2023", true, DATE_DAY, 2023, 2, 1, "2023-02-01"},
    {"1er mars 2022", true, DATE_DAY, 2022, 3, 1, "2022-03-01"},
    {"3 mai 2023", true, DATE_DAY, 2023, 5, 3, "2023-05-03"},
    {"07/2019", true, DATE_MONTH, 2019, 7, 1, "2019-07"},
    {"fevrier 2023", true, DATE_MONTH, 2023, 2, 1, "2023-02"},
    {"Février 2023", true, DATE_MONTH, 2023, 2, 1, "2023-02"},
    /* NFD: "e" + U+0301 */
    {"fe\xcc\x81vrier 2023", true, DATE_MONTH, 2023, 2, 1, "2023-02"},
    {"Mise à jour le 5 octobre 2021", true, DATE_DAY, 2021, 10, 5, "2021-10-05"},
    {"septembre 2022.", true, DATE_MONTH, 2022, 9, 1, "2022-09"},
    {"août 2020", true, DATE_MONTH, 2020, 8, 1, "2020-08"},
    {"aout 2020", true, DATE_MONTH, 2020, 8, 1, "2020-08"},
    {"décembre 2016", true, DATE_MONTH, 2016, 12, 1, "2016-12"},
    {"janv. 2020", true, DATE_MONTH, 2020, 1, 1, "2020-01"},
    {"févr. 2021", true, DATE_MONTH, 2021, 2, 1, "2021-02"},
    {"sept. 2019", true, DATE_MONTH, 2019, 9, 1, "2019-09"},
    {"oct. 2018", true, DATE_MONTH, 2018, 10, 1, "2018-10"},
    {"nov. 2017", true, DATE_MONTH, 2017, 11, 1, "2017-11"},
    {"déc. 2016", true, DATE_MONTH, 2016, 12, 1, "2016-12"},
    {"29/02/2024", true, DATE_DAY, 2024, 2, 29, "2024-02-29"},
    {"1900", true, DATE_YEAR, 1900, 1, 1, "1900"},
    {"2100", true, DATE_YEAR, 2100, 1, 1, "2100"},
    /* rejected */
    {"31/02/2022", false, DATE_NONE, 0, 0, 0, ""},
    {"29/02/2023", false, DATE_NONE, 0, 0, 0, ""},
    {"31/04/2022", false, DATE_NONE, 0, 0, 0, ""},
    {"13/2020", false, DATE_NONE, 0, 0, 0, ""},
    {"2022-13-01", false, DATE_NONE, 0, 0, 0, ""},
    {"1850", false, DATE_NONE, 0, 0, 0, ""},
    {"2150", false, DATE_NONE, 0, 0, 0, ""},
    {"juin 1850", false, DATE_NONE, 0, 0, 0, ""},
    {"5 octobre", false, DATE_NONE, 0, 0, 0, ""},
    {"bientôt", false, DATE_NONE, 0, 0, 0, ""},
    {"", false, DATE_NONE, 0, 0, 0, ""},
};

static void test_parse_table(void **state)
{
    (void)state;
    for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
        const struct date_case *c = &cases[i];
        struct date d = {DATE_DAY, 9, 9, 9};
        bool ok = date_parse(c->text, &d);
        if (ok != c->ok)
            fail_msg("\"%s\": parse returned %d", c->text, ok);
        assert_int_equal(d.precision, c->precision);
        if (c->ok) {
            assert_int_equal(d.year, c->year);
            assert_int_equal(d.month, c->month);
            assert_int_equal(d.day, c->day);
        }
        char buf[11];
        date_format_iso(&d, buf, sizeof buf);
        assert_string_equal(buf, c->iso);
    }
}

static void test_parse_null(void **state)
{
    (void)state;
    struct date d = {DATE_DAY, 2020, 1, 1};
    assert_false(date_parse(NULL, &d));
    assert_int_equal(d.precision, DATE_NONE);
}

static void test_timestamp(void **state)
{
    (void)state;
    static const struct {
        struct date d;
        const char *basic, *extended;
    } rows[] = {
        {{DATE_MONTH, 2021, 6, 1}, "20210601T000000Z", "2021-06-01T00:00:00Z"},
        {{DATE_DAY, 2022, 3, 12}, "20220312T000000Z", "2022-03-12T00:00:00Z"},
        {{DATE_YEAR, 2020, 1, 1}, "20200101T000000Z", "2020-01-01T00:00:00Z"},
        {{DATE_NONE, 0, 0, 0}, "", ""},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        char buf[21];
        date_format_timestamp(&rows[i].d, false, buf, sizeof buf);
        assert_string_equal(buf, rows[i].basic);
        date_format_timestamp(&rows[i].d, true, buf, sizeof buf);
        assert_string_equal(buf, rows[i].extended);
    }
}

static void test_parse_then_timestamp(void **state)
{
    (void)state;
    struct date d;
    char buf[21];
    assert_true(date_parse("juin 2021", &d));
    date_format_timestamp(&d, true, buf, sizeof buf);
    assert_string_equal(buf, "2021-06-01T00:00:00Z");
    date_format_timestamp(&d, false, buf, sizeof buf);
    assert_string_equal(buf, "20210601T000000Z");
}

/* date_parse folds ASCII text itself: utf8proc's fold (compose, case fold,
 * strip marks) gives ASCII its lower case, on every ASCII character and on
 * random ASCII strings (no ASCII sequence composes). */
static void check_ascii_fold(const char *s)
{
    utf8proc_uint8_t *out = NULL;
    utf8proc_ssize_t r =
        utf8proc_map((const utf8proc_uint8_t *)s, 0, &out,
                     UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                         UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
    assert_true(r >= 0);
    assert_int_equal((size_t)r, strlen(s));
    for (size_t i = 0; s[i]; i++)
        assert_int_equal(out[i], ascii_tolower((unsigned char)s[i]));
    free(out);
}

static void test_ascii_fold(void **state)
{
    (void)state;
    for (int c = 1; c < 0x80; c++) {
        char s[2] = {(char)c, 0};
        check_ascii_fold(s);
    }
    unsigned seed = 7;
    for (int round = 0; round < 20000; round++) {
        char s[24];
        seed = seed * 1103515245u + 12345u;
        size_t n = (seed >> 16) % 23;
        for (size_t i = 0; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            s[i] = (char)(1 + (seed >> 9) % 127);
        }
        s[n] = '\0';
        check_ascii_fold(s);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_table), cmocka_unit_test(test_parse_null),
        cmocka_unit_test(test_timestamp),   cmocka_unit_test(test_parse_then_timestamp),
        cmocka_unit_test(test_ascii_fold),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

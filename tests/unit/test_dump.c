/* Unit tests of the JSON dump: the schema of tests/corpus/expected.json. */
#include "harness.h"

#include <jansson.h>

#include "write/dump.h"

static void test_dump_schema(void **state)
{
    (void)state;
    struct entry *e = entry_new("a.md", 3, 0);
    e->title = xstrdup("Cap’Ados – écoute");
    e->org_name = xstrdup("Cap’Ados");
    struct phone p = {.text = xstrdup("0 800 00 88 70"),
                      .e164 = xstrdup("+33800008870"),
                      .kind = PHONE_TOLLFREE};
    phone_list_push(&e->phones, p);
    struct phone bad = {.text = xstrdup("01 23")};
    phone_list_push(&e->phones, bad);
    strlist_add(&e->emails, "a@example.org");
    strlist_add(&e->adr.lines, "Bâtiment A");
    e->adr.postcode = xstrdup("97110");
    e->adr.locality = xstrdup("Pointe-à-Pitre");
    e->adr.country = xstrdup("France");
    e->adr.region = xstrdup("Guadeloupe");
    struct person per = {
        .prefix = xstrdup("Dr"), .given = xstrdup("Zoé"), .family = xstrdup("N'Diaye")};
    person_list_push(&e->people, per);
    struct person per2 = {.given = xstrdup("Jean"),
                          .family = xstrdup("Dupont"),
                          .note = xstrdup("présent le mardi")};
    person_list_push(&e->people, per2);
    struct hours_range r = {.days = DAY_MO | DAY_FR,
                            .start = 9 * 60,
                            .end = 24 * 60,
                            .appointment = true,
                            .line = 5};
    hours_list_push(&e->hours, r);
    struct hours_range phone = {
        .days = DAY_TU, .start = 14 * 60, .end = 16 * 60, .kind = HOURS_PHONE, .line = 6};
    hours_list_push(&e->hours, phone);
    e->updated = (struct date){DATE_MONTH, 2021, 6, 1};
    strlist_add(&e->keywords, "santé");

    struct strbuf sb = STRBUF_INIT;
    dump_entry_json(e, &sb);
    assert_int_equal(sb.buf[sb.len - 1], '\n');
    json_error_t jerr;
    json_t *o = json_loads(sb.buf, 0, &jerr);
    assert_non_null(o);
    assert_string_equal(json_string_value(json_object_get(o, "org_name")), "Cap’Ados");
    json_t *phones = json_object_get(o, "phones");
    assert_int_equal(json_array_size(phones), 1); /* the invalid number is not a fact */
    assert_string_equal(
        json_string_value(json_object_get(json_array_get(phones, 0), "kind")),
        "tollfree");
    json_t *adr = json_object_get(o, "address");
    assert_string_equal(json_string_value(json_object_get(adr, "region")), "Guadeloupe");
    json_t *h = json_array_get(json_object_get(o, "hours"), 0);
    assert_int_equal(json_array_size(json_object_get(h, "days")), 2);
    assert_string_equal(json_string_value(json_object_get(h, "end")), "24:00");
    assert_true(json_is_true(json_object_get(h, "appointment")));
    assert_null(json_object_get(h, "kind")); /* reception: no kind said */
    h = json_array_get(json_object_get(o, "hours"), 1);
    assert_string_equal(json_string_value(json_object_get(h, "kind")), "phone");
    assert_string_equal(json_string_value(json_object_get(o, "updated")), "2021-06");
    assert_true(json_is_null(json_object_get(o, "source")));
    json_t *pp = json_array_get(json_object_get(o, "people"), 0);
    assert_string_equal(json_string_value(json_object_get(pp, "title")), "");
    /* the rest of a person line: only when there is one */
    assert_null(json_object_get(pp, "note"));
    pp = json_array_get(json_object_get(o, "people"), 1);
    assert_string_equal(json_string_value(json_object_get(pp, "note")),
                        "présent le mardi");
    json_decref(o);
    strbuf_free(&sb);
    entry_free(e);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_dump_schema)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}

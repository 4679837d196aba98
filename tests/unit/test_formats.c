/* Unit tests of the other formats' writers: OpenStreetMap's opening_hours
 * syntax (table), which hours go where in JSON-LD (reception, telephone line,
 * permanence, appointment only), and documents of one and of several items.
 * The corpora have no telephone-line or permanence range yet: their routing
 * is checked here. */
#include "harness.h"

#include <jansson.h>

#include "write/formats.h"
#include "write/formats_int.h"

struct osm_row {
    const char *title;
    struct hours_range r[4];
    size_t n;
    const char *want; /* "" = none */
};

#define R(d, s, e)                                                                       \
    {                                                                                    \
        .days = (d), .start = (s)*60, .end = (e)*60                                      \
    }
#define RA(d, s, e)                                                                      \
    {                                                                                    \
        .days = (d), .start = (s)*60, .end = (e)*60, .appointment = true                 \
    }
#define WEEK (DAY_MO | DAY_TU | DAY_WE | DAY_TH | DAY_FR)

static const struct osm_row osm_rows[] = {
    {"two ranges a weekday",
     {R(WEEK, 9, 12), R(WEEK, 14, 17)},
     2,
     "Mo-Fr 09:00-12:00,14:00-17:00"},
    {"days with other hours get their own rule",
     {R(WEEK, 9, 12), R(DAY_MO, 14, 17), R(DAY_SA, 10, 12)},
     3,
     "Mo 09:00-12:00,14:00-17:00; Tu-Fr 09:00-12:00; Sa 10:00-12:00"},
    {"two days listed, not a range", {R(DAY_MO | DAY_TU, 9, 12)}, 1, "Mo,Tu 09:00-12:00"},
    {"overlapping ranges merged",
     {R(DAY_MO, 8, 18), R(DAY_MO, 9, 12)},
     2,
     "Mo 08:00-18:00"},
    {"past midnight", {R(DAY_FR, 20, 2)}, 1, "Fr 20:00-02:00"},
    {"around the clock", {R(DAY_ALL, 0, 24)}, 1, "Mo-Su 00:00-24:00"},
    {"by appointment: an open rule with its comment",
     {R(WEEK, 9, 12), RA(DAY_SA, 9, 12)},
     2,
     "Mo-Fr 09:00-12:00; Sa 09:00-12:00 open \"sur rendez-vous\""},
    {"free and by appointment the same day",
     {R(DAY_TU, 9, 12), RA(DAY_TU, 14, 17)},
     2,
     "Tu 09:00-12:00, Tu 14:00-17:00 open \"sur rendez-vous\""},
    {"a range of no day is none", {R(0, 9, 12)}, 1, ""},
};

static void test_osm_table(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof osm_rows / sizeof osm_rows[0]; i++) {
        const struct osm_row *row = &osm_rows[i];
        struct hours_list l = {(struct hours_range *)row->r, row->n, row->n};
        struct strbuf sb = STRBUF_INIT;
        bool any = osm_opening_hours(&l, HOURS_RECEPTION, &sb);
        if (strcmp(strbuf_str(&sb), row->want) != 0)
            fail_msg("%s: got '%s', want '%s'", row->title, strbuf_str(&sb), row->want);
        assert_int_equal(any, row->want[0] != '\0');
        strbuf_free(&sb);
    }
}

static struct entry *entry_with_kinds(void)
{
    struct entry *e = entry_new("k.md", 1, 0);
    e->title = xstrdup("Écoute Jeunes");
    e->org_name = xstrdup("Écoute Jeunes");
    struct phone p = {.text = xstrdup("0 800 00 11 22"),
                      .e164 = xstrdup("+33800001122"),
                      .intl = xstrdup("+33 800 00 11 22"),
                      .kind = PHONE_TOLLFREE};
    phone_list_push(&e->phones, p);
    struct hours_range rec = {.days = DAY_TU, .start = 14 * 60, .end = 17 * 60};
    struct hours_range line = {
        .days = WEEK, .start = 9 * 60, .end = 20 * 60, .kind = HOURS_PHONE};
    struct hours_range perm = {
        .days = DAY_TH, .start = 10 * 60, .end = 12 * 60, .kind = HOURS_PERMANENCE};
    hours_list_push(&e->hours, rec);
    hours_list_push(&e->hours, line);
    hours_list_push(&e->hours, perm);
    return e;
}

static json_t *jsonld_of(const struct entry *e)
{
    struct strbuf sb = STRBUF_INIT;
    assert_int_equal(format_write_entry(FORMAT_JSONLD, e, &sb), 1);
    json_error_t err;
    json_t *o = json_loads(strbuf_str(&sb), 0, &err);
    strbuf_free(&sb);
    assert_non_null(o);
    return o;
}

/* Reception -> openingHours; a telephone line and a permanence -> one
 * ContactPoint each, the line with the entry's only number. */
static void test_jsonld_kinds(void **state)
{
    (void)state;
    struct entry *e = entry_with_kinds();
    json_t *o = jsonld_of(e);
    assert_string_equal(json_string_value(json_object_get(o, "openingHours")),
                        "Tu 14:00-17:00");
    assert_int_equal(json_array_size(json_object_get(o, "openingHoursSpecification")), 1);
    json_t *cps = json_object_get(o, "contactPoint");
    assert_int_equal(json_array_size(cps), 2);
    json_t *line = json_array_get(cps, 0), *perm = json_array_get(cps, 1);
    assert_string_equal(json_string_value(json_object_get(line, "contactType")),
                        "Permanence t\xC3\xA9l\xC3\xA9phonique");
    assert_string_equal(json_string_value(json_object_get(line, "telephone")),
                        "+33 800 00 11 22");
    json_t *spec = json_array_get(json_object_get(line, "hoursAvailable"), 0);
    assert_string_equal(json_string_value(json_object_get(spec, "opens")), "09:00:00");
    assert_string_equal(json_string_value(json_object_get(spec, "closes")), "20:00:00");
    assert_int_equal(json_array_size(json_object_get(spec, "dayOfWeek")), 5);
    assert_string_equal(json_string_value(json_object_get(perm, "contactType")),
                        "Permanence");
    assert_null(json_object_get(perm, "telephone"));
    assert_null(json_object_get(o, "additionalProperty"));
    json_decref(o);
    entry_free(e);
}

/* Reception only by appointment: appointment=only, no openingHours. */
static void test_jsonld_appointment_only(void **state)
{
    (void)state;
    struct entry *e = entry_new("a.md", 1, 0);
    e->title = xstrdup("Maison");
    e->org_name = xstrdup("Maison");
    e->appointment_only = true;
    e->hours_text = xstrdup("Accueil uniquement sur rendez-vous.");
    json_t *o = jsonld_of(e);
    json_t *pv = json_object_get(o, "additionalProperty");
    assert_string_equal(json_string_value(json_object_get(pv, "name")), "appointment");
    assert_string_equal(json_string_value(json_object_get(pv, "value")), "only");
    assert_string_equal(json_string_value(json_object_get(pv, "description")),
                        "Accueil uniquement sur rendez-vous.");
    assert_null(json_object_get(o, "openingHours"));
    assert_string_equal(json_string_value(json_array_get(json_object_get(o, "@type"), 1)),
                        "LocalBusiness");
    json_decref(o);
    entry_free(e);
}

/* One item is a document of its own; several are gathered; none is none. */
static void test_documents(void **state)
{
    (void)state;
    struct format_doc d;
    struct strbuf out = STRBUF_INIT;
    format_doc_init(&d, FORMAT_JSONLD);
    format_doc_add(&d, "{\"a\":1}", 7, 1, &out);
    assert_int_equal(out.len, 0); /* held back */
    assert_true(format_doc_end(&d, &out));
    assert_string_equal(strbuf_str(&out),
                        "{\"@context\":\"https://schema.org\",\"a\":1}\n");
    strbuf_reset(&out);
    format_doc_init(&d, FORMAT_JCARD);
    format_doc_add(&d, "[1]", 3, 1, &out);
    format_doc_add(&d, "[2],\n[3]", 8, 2, &out);
    assert_true(format_doc_end(&d, &out));
    assert_string_equal(strbuf_str(&out), "[\n[1],\n[2],\n[3]\n]\n");
    strbuf_reset(&out);
    format_doc_init(&d, FORMAT_CSV_OUTLOOK);
    assert_false(format_doc_end(&d, &out));
    assert_int_equal(out.len, 0);
    strbuf_free(&out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_osm_table),
        cmocka_unit_test(test_jsonld_kinds),
        cmocka_unit_test(test_jsonld_appointment_only),
        cmocka_unit_test(test_documents),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

/* Unit tests of the iCalendar writer: entries built by hand, serialised, then
 * parsed back with libical and checked property by property. */
#include "harness.h"

#include <stdio.h>

#include <libical/ical.h>

#include "ical.h"
#include "uuid.h"

/* ---- entries ------------------------------------------------------------ */

static void add_phone(struct entry *e, enum phone_kind kind, const char *text,
                      const char *intl)
{
    struct phone p = {0};
    p.text = xstrdup(text);
    p.intl = intl ? xstrdup(intl) : NULL;
    p.kind = kind;
    phone_list_push(&e->phones, p);
}

static void add_range(struct entry *e, unsigned days, int start, int end, bool appt)
{
    struct hours_range r = {days, start, end, appt, 5};
    hours_list_push(&e->hours, r);
}

/* An organisation in Strasbourg, no opening information yet. */
static struct entry *base_entry(void)
{
    struct entry *e = entry_new("t.md", 1, 0);
    e->title = xstrdup("Groupe Pompidou – plate-forme de coopération");
    e->org_name = xstrdup("Groupe Pompidou");
    strlist_add(&e->adr.lines, "Palais de l'Europe");
    strlist_add(&e->adr.lines, "Avenue de l'Europe");
    e->adr.postcode = xstrdup("67075");
    e->adr.locality = xstrdup("STRASBOURG CEDEX");
    e->adr.country = xstrdup("France");
    e->adr.country_code = xstrdup("FR");
    e->adr.line = 3;
    add_phone(e, PHONE_VOICE, "00 33 3 88 41 29 87", "+33 3 88 41 29 87");
    add_phone(e, PHONE_FAX, "00 33 3 88 41 27 85", "+33 3 88 41 27 85");
    strlist_add(&e->emails, "pompidou.group@coe.int");
    strlist_add(&e->urls, "https://www.coe.int/fr/web/pompidou/home");
    strlist_add(&e->keywords, "drogues");
    strlist_add(&e->keywords, "soins, prévention");
    strlist_add(&e->keywords, " ; réduction des risques;");
    e->updated.precision = DATE_MONTH;
    e->updated.year = 2021;
    e->updated.month = 6;
    e->updated.day = 1;
    return e;
}

static struct entry *appointment_entry(void)
{
    struct entry *e = base_entry();
    e->appointment_only = true;
    e->hours_text = xstrdup("Accueil du public uniquement sur rendez-vous.");
    return e;
}

static struct entry *weekly_entry(void)
{
    struct entry *e = base_entry();
    add_range(e, DAY_MO | DAY_TU | DAY_WE | DAY_TH | DAY_FR, 9 * 60, 12 * 60, false);
    add_range(e, DAY_MO | DAY_TU | DAY_WE | DAY_TH | DAY_FR, 13 * 60 + 30, 17 * 60,
              false);
    e->hours_text = xstrdup("Du lundi au vendredi, 9h-12h et 13h30-17h.\n"
                            "Fermeture annuelle la première quinzaine d'août.");
    strlist_add(&e->closures, "Fermeture annuelle la première quinzaine d'août");
    return e;
}

static void set_place(struct entry *e, const char *postcode, const char *locality,
                      const char *region, const char *country, const char *code)
{
    free(e->adr.postcode);
    free(e->adr.locality);
    free(e->adr.region);
    free(e->adr.country);
    free(e->adr.country_code);
    e->adr.postcode = xstrdup(postcode);
    e->adr.locality = xstrdup(locality);
    e->adr.region = region ? xstrdup(region) : NULL;
    e->adr.country = xstrdup(country);
    e->adr.country_code = code ? xstrdup(code) : NULL;
}

static struct entry *belgium_entry(void)
{
    struct entry *e = weekly_entry();
    set_place(e, "5000", "Namur", NULL, "Belgique", "BE");
    return e;
}

static struct entry *guadeloupe_entry(void)
{
    struct entry *e = base_entry();
    set_place(e, "97110", "Pointe-à-Pitre", "Guadeloupe", "France", "GP");
    add_range(e, DAY_FR, 15 * 60, 19 * 60, false);
    e->hours_text = xstrdup("Le vendredi de 15h à 19h, sans rendez-vous.");
    return e;
}

/* Overseas department known only by its postcode. */
static struct entry *reunion_by_postcode_entry(void)
{
    struct entry *e = base_entry();
    set_place(e, "97400", "Saint-Denis", NULL, "France", NULL);
    add_range(e, DAY_MO, 8 * 60, 16 * 60, false);
    return e;
}

static struct entry *always_open_entry(void)
{
    struct entry *e = base_entry();
    add_range(e, DAY_ALL, 0, 24 * 60, false);
    e->hours_text = xstrdup("24h/24 7j/7");
    return e;
}

static struct entry *appointment_range_entry(void)
{
    struct entry *e = base_entry();
    add_range(e, DAY_MO | DAY_TH, 8 * 60 + 30, 12 * 60, false);
    add_range(e, DAY_WE, 14 * 60, 18 * 60, true);
    e->hours_text =
        xstrdup("Lundi et jeudi : 8h30-12h ; mercredi 14h-18h sur rendez-vous.");
    return e;
}

static struct entry *no_hours_entry(void)
{
    return base_entry();
}

/* ---- helpers ------------------------------------------------------------ */

static const struct ical_opts EVENTS = {ICAL_HOURS_EVENTS, ICAL_NOTE_JOURNAL, 1700000000};
static const struct ical_opts TODO = {ICAL_HOURS_EVENTS, ICAL_NOTE_TODO, 1700000000};
static const struct ical_opts AVAIL = {ICAL_HOURS_AVAILABILITY, ICAL_NOTE_JOURNAL,
                                       1700000000};

static char *write_entry(const struct entry *e, const struct ical_opts *o)
{
    struct strbuf sb = STRBUF_INIT;
    struct fiche_error err = {0};
    assert_int_equal(ical_write_entry(e, o, &sb, &err), 0);
    assert_int_equal(err.code, 0);
    return strbuf_detach(&sb);
}

/* Parse text back; it must be a valid VCALENDAR without libical errors. */
static icalcomponent *parse_back(const char *text, bool restrictions)
{
    icalcomponent *cal = icalparser_parse_string(text);
    assert_non_null(cal);
    assert_int_equal(icalcomponent_isa(cal), ICAL_VCALENDAR_COMPONENT);
    assert_int_equal(icalcomponent_count_errors(cal), 0);
    if (restrictions)
        assert_true(icalrestriction_check(cal));
    /* check_restrictions may add X-LIC-ERRORs of its own */
    assert_int_equal(icalcomponent_count_errors(cal), 0);
    return cal;
}

static size_t count_str(const char *hay, const char *needle)
{
    size_t n = 0;
    for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle))
        n++;
    return n;
}

/* Value of property kind of c, unfolded and unescaped, heap. */
static char *prop_text(icalcomponent *c, icalproperty_kind kind)
{
    icalproperty *p = icalcomponent_get_first_property(c, kind);
    assert_non_null(p);
    icalvalue *v = icalproperty_get_value(p);
    if (icalvalue_isa(v) == ICAL_TEXT_VALUE)
        return xstrdup(icalvalue_get_text(v));
    char *s = icalproperty_get_value_as_string_r(p);
    assert_non_null(s);
    char *copy = xstrdup(s);
    icalmemory_free_buffer(s);
    return copy;
}

static void assert_prop(icalcomponent *c, icalproperty_kind kind, const char *want)
{
    char *got = prop_text(c, kind);
    assert_string_equal(got, want);
    free(got);
}

static const char *tzid_of(icalcomponent *c, icalproperty_kind kind)
{
    icalproperty *p = icalcomponent_get_first_property(c, kind);
    assert_non_null(p);
    icalparameter *tz = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER);
    assert_non_null(tz);
    return icalparameter_get_tzid(tz);
}

/* ---- table of weekly-hours cases ---------------------------------------- */

struct event_row {
    const char *title;
    struct entry *(*make)(void);
    size_t n_events;
    const char *tzid;
    const char *dtstart, *dtend; /* of the first VEVENT */
    const char *rrule;           /* of the first VEVENT */
    const char *summary_last;    /* SUMMARY of the last VEVENT */
    const char *location;        /* NULL = do not check */
    const char *tz_lines[3];     /* lines expected in the VTIMEZONE */
};

static const struct event_row event_rows[] = {
    {"lundi-vendredi 9h-12h et 13h30-17h",
     weekly_entry,
     2,
     "Europe/Paris",
     "20240101T090000",
     "20240101T120000",
     "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
     "Accueil du public – Groupe Pompidou",
     "Palais de l'Europe, Avenue de l'Europe, 67075 STRASBOURG CEDEX, France",
     {"RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\n", "TZOFFSETTO:+0200\r\n",
      "TZNAME:CEST\r\n"}},
    {"Belgique",
     belgium_entry,
     2,
     "Europe/Brussels",
     "20240101T090000",
     "20240101T120000",
     "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
     "Accueil du public – Groupe Pompidou",
     "Palais de l'Europe, Avenue de l'Europe, 5000 Namur, Belgique",
     {"DTSTART:19700329T020000\r\n", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\n",
      "TZNAME:CET\r\n"}},
    {"Guadeloupe",
     guadeloupe_entry,
     1,
     "America/Guadeloupe",
     "20240105T150000",
     "20240105T190000",
     "FREQ=WEEKLY;BYDAY=FR",
     "Accueil du public – Groupe Pompidou",
     "Palais de l'Europe, Avenue de l'Europe, 97110 Pointe-à-Pitre, Guadeloupe, France",
     {"TZOFFSETFROM:-0400\r\n", "TZOFFSETTO:-0400\r\n", "TZNAME:AST\r\n"}},
    {"Réunion by postcode",
     reunion_by_postcode_entry,
     1,
     "Indian/Reunion",
     "20240101T080000",
     "20240101T160000",
     "FREQ=WEEKLY;BYDAY=MO",
     "Accueil du public – Groupe Pompidou",
     NULL,
     {"TZOFFSETTO:+0400\r\n", "TZNAME:+04\r\n", "DTSTART:19700101T000000\r\n"}},
    {"24h/24 7j/7",
     always_open_entry,
     1,
     "Europe/Paris",
     "20240101T000000",
     "20240102T000000",
     "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU",
     "Accueil du public – Groupe Pompidou",
     NULL,
     {"BEGIN:STANDARD\r\n", "BEGIN:DAYLIGHT\r\n", "TZOFFSETFROM:+0100\r\n"}},
    {"range on appointment",
     appointment_range_entry,
     2,
     "Europe/Paris",
     "20240101T083000",
     "20240101T120000",
     "FREQ=WEEKLY;BYDAY=MO,TH",
     "Accueil du public – Groupe Pompidou (sur rendez-vous)",
     NULL,
     {"TZID:Europe/Paris\r\n", "END:VTIMEZONE\r\n", "TZNAME:CEST\r\n"}},
};

static void test_events(void **state)
{
    (void)state;
    for (size_t i = 0; i < ARRAY_LEN(event_rows); i++) {
        const struct event_row *row = &event_rows[i];
        print_message("row: %s\n", row->title);
        struct entry *e = row->make();
        assert_true(ical_has_content(e));
        char *text = write_entry(e, &EVENTS);
        icalcomponent *cal = parse_back(text, true);

        assert_int_equal(icalcomponent_count_components(cal, ICAL_VEVENT_COMPONENT),
                         row->n_events);
        assert_int_equal(icalcomponent_count_components(cal, ICAL_VTIMEZONE_COMPONENT),
                         1);
        assert_int_equal(icalcomponent_count_components(cal, ICAL_VJOURNAL_COMPONENT), 0);
        assert_null(strstr(text, "freeassociation"));
        assert_non_null(strstr(text, "PRODID:-//fiche2vcard//fiche2vcard 0.1//FR\r\n"));
        assert_non_null(strstr(text, "CALSCALE:GREGORIAN\r\n"));
        for (size_t k = 0; k < 3; k++)
            assert_non_null(strstr(text, row->tz_lines[k]));

        icalcomponent *tz =
            icalcomponent_get_first_component(cal, ICAL_VTIMEZONE_COMPONENT);
        assert_prop(tz, ICAL_TZID_PROPERTY, row->tzid);

        icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT);
        assert_prop(ev, ICAL_DTSTART_PROPERTY, row->dtstart);
        assert_prop(ev, ICAL_DTEND_PROPERTY, row->dtend);
        assert_string_equal(tzid_of(ev, ICAL_DTSTART_PROPERTY), row->tzid);
        assert_string_equal(tzid_of(ev, ICAL_DTEND_PROPERTY), row->tzid);
        assert_prop(ev, ICAL_RRULE_PROPERTY, row->rrule);
        assert_prop(ev, ICAL_TRANSP_PROPERTY, "TRANSPARENT");
        assert_prop(ev, ICAL_CLASS_PROPERTY, "PUBLIC");
        assert_prop(ev, ICAL_DTSTAMP_PROPERTY, "20231114T221320Z");
        assert_prop(ev, ICAL_URL_PROPERTY, "https://www.coe.int/fr/web/pompidou/home");
        if (row->location != NULL)
            assert_string_equal(icalcomponent_get_location(ev), row->location);
        if (e->hours_text != NULL)
            assert_string_equal(icalcomponent_get_description(ev), e->hours_text);
        else
            assert_null(icalcomponent_get_first_property(ev, ICAL_DESCRIPTION_PROPERTY));
        assert_null(icalcomponent_get_first_property(ev, ICAL_EXDATE_PROPERTY));

        /* UIDs: one per range, from uuid_component(e, "hours-<i>") */
        char uid[UUID_STR_LEN];
        uuid_component(e, "hours-0", uid);
        assert_string_equal(icalcomponent_get_uid(ev), uid);

        icalcomponent *last = ev;
        for (icalcomponent *c = ev; c;
             c = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT))
            last = c;
        assert_string_equal(icalcomponent_get_summary(last), row->summary_last);

        icalcomponent_free(cal);
        free(text);
        entry_free(e);
    }
}

/* The 24:00 end and RRULE survive libical's own recurrence expansion. */
static void test_events_expand(void **state)
{
    (void)state;
    struct entry *e = weekly_entry();
    char *text = write_entry(e, &EVENTS);
    icalcomponent *cal = parse_back(text, true);
    icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT);
    struct icalrecurrencetype r =
        icalproperty_get_rrule(icalcomponent_get_first_property(ev, ICAL_RRULE_PROPERTY));
    struct icaltimetype start = icalcomponent_get_dtstart(ev);
    icalrecur_iterator *it = icalrecur_iterator_new(r, start);
    assert_non_null(it);
    int days[7];
    for (int i = 0; i < 7; i++)
        days[i] = icalrecur_iterator_next(it).day;
    icalrecur_iterator_free(it);
    /* Mon 1 .. Fri 5, then Mon 8, Tue 9 */
    int want[7] = {1, 2, 3, 4, 5, 8, 9};
    for (int i = 0; i < 7; i++)
        assert_int_equal(days[i], want[i]);
    icalcomponent_free(cal);
    free(text);
    entry_free(e);
}

/* ---- appointment-only notes --------------------------------------------- */

static void test_journal(void **state)
{
    (void)state;
    struct entry *e = appointment_entry();
    char *text = write_entry(e, &EVENTS);
    icalcomponent *cal = parse_back(text, true);
    assert_int_equal(icalcomponent_count_components(cal, ICAL_VJOURNAL_COMPONENT), 1);
    assert_int_equal(icalcomponent_count_components(cal, ICAL_VEVENT_COMPONENT), 0);
    assert_int_equal(icalcomponent_count_components(cal, ICAL_VTIMEZONE_COMPONENT), 0);
    icalcomponent *j = icalcomponent_get_first_component(cal, ICAL_VJOURNAL_COMPONENT);
    assert_string_equal(icalcomponent_get_summary(j),
                        "Groupe Pompidou : accueil du public uniquement sur rendez-vous");
    assert_string_equal(icalcomponent_get_description(j),
                        "Accueil du public uniquement sur rendez-vous.\n\n"
                        "Téléphone : +33 3 88 41 29 87\n"
                        "E-mail : pompidou.group@coe.int\n"
                        "Site : https://www.coe.int/fr/web/pompidou/home");
    assert_prop(j, ICAL_CONTACT_PROPERTY,
                "Groupe Pompidou, +33 3 88 41 29 87, pompidou.group@coe.int");
    assert_prop(j, ICAL_URL_PROPERTY, "https://www.coe.int/fr/web/pompidou/home");
    assert_prop(j, ICAL_CLASS_PROPERTY, "PUBLIC");
    assert_prop(j, ICAL_STATUS_PROPERTY, "FINAL");
    assert_prop(j, ICAL_DTSTART_PROPERTY, "20210601");
    assert_non_null(strstr(text, "DTSTART;VALUE=DATE:20210601\r\n"));
    assert_prop(j, ICAL_DTSTAMP_PROPERTY, "20231114T221320Z");
    char uid[UUID_STR_LEN];
    uuid_component(e, "journal", uid);
    assert_string_equal(icalcomponent_get_uid(j), uid);

    /* one CATEGORIES per keyword; libical 3.0.16 does not escape "," or ";"
     * in CATEGORIES, so a keyword holding one is cut there */
    static const char *const cats[] = {"drogues", "soins", "prévention",
                                       "réduction des risques"};
    assert_int_equal(icalcomponent_count_properties(j, ICAL_CATEGORIES_PROPERTY),
                     ARRAY_LEN(cats));
    icalproperty *p = icalcomponent_get_first_property(j, ICAL_CATEGORIES_PROPERTY);
    for (size_t i = 0; i < ARRAY_LEN(cats); i++) {
        assert_non_null(p);
        assert_string_equal(icalproperty_get_categories(p), cats[i]);
        p = icalcomponent_get_next_property(j, ICAL_CATEGORIES_PROPERTY);
    }
    assert_non_null(strstr(text, "CATEGORIES:prévention\r\n"));
    assert_null(strstr(text, "CATEGORIES:soins,"));
    assert_null(strstr(text, "freeassociation"));
    icalcomponent_free(cal);
    free(text);
    entry_free(e);
}

static void test_todo(void **state)
{
    (void)state;
    struct entry *e = appointment_entry();
    char *text = write_entry(e, &TODO);
    icalcomponent *cal = parse_back(text, true);
    assert_int_equal(icalcomponent_count_components(cal, ICAL_VTODO_COMPONENT), 1);
    assert_int_equal(icalcomponent_count_components(cal, ICAL_VJOURNAL_COMPONENT), 0);
    icalcomponent *t = icalcomponent_get_first_component(cal, ICAL_VTODO_COMPONENT);
    assert_string_equal(icalcomponent_get_summary(t),
                        "Prendre rendez-vous – Groupe Pompidou");
    assert_prop(t, ICAL_STATUS_PROPERTY, "NEEDS-ACTION");
    assert_null(icalcomponent_get_first_property(t, ICAL_DUE_PROPERTY));
    assert_null(icalcomponent_get_first_property(t, ICAL_DTSTART_PROPERTY));
    assert_non_null(icalcomponent_get_first_property(t, ICAL_CONTACT_PROPERTY));
    char uid[UUID_STR_LEN];
    uuid_component(e, "todo", uid);
    assert_string_equal(icalcomponent_get_uid(t), uid);
    icalcomponent_free(cal);
    free(text);
    entry_free(e);
}

/* An appointment-only entry with hours written anyway gets the note only. */
static void test_journal_wins_over_hours(void **state)
{
    (void)state;
    struct entry *e = appointment_entry();
    add_range(e, DAY_MO, 9 * 60, 12 * 60, false);
    char *text = write_entry(e, &EVENTS);
    assert_int_equal(count_str(text, "BEGIN:VEVENT"), 0);
    assert_int_equal(count_str(text, "BEGIN:VJOURNAL"), 1);
    free(text);
    entry_free(e);
}

/* ---- availability ------------------------------------------------------- */

static void test_availability(void **state)
{
    (void)state;
    struct entry *e = weekly_entry();
    char *text = write_entry(e, &AVAIL);
    assert_int_equal(count_str(text, "BEGIN:VAVAILABILITY\r\n"), 1);
    assert_int_equal(count_str(text, "BEGIN:AVAILABLE\r\n"), 2);
    assert_int_equal(count_str(text, "END:AVAILABLE\r\n"), 2);
    assert_int_equal(count_str(text, "BEGIN:VEVENT"), 0);
    icalcomponent *cal = parse_back(text, true);
    icalcomponent *va =
        icalcomponent_get_first_component(cal, ICAL_VAVAILABILITY_COMPONENT);
    assert_non_null(va);
    assert_string_equal(icalcomponent_get_summary(va),
                        "Accueil du public – Groupe Pompidou");
    assert_null(icalcomponent_get_first_property(va, ICAL_LOCATION_PROPERTY));
    assert_prop(va, ICAL_DTSTAMP_PROPERTY, "20231114T221320Z");
    char uid[UUID_STR_LEN];
    uuid_component(e, "availability", uid);
    assert_string_equal(icalcomponent_get_uid(va), uid);
    assert_int_equal(icalcomponent_count_components(va, ICAL_XAVAILABLE_COMPONENT), 2);
    icalcomponent *a = icalcomponent_get_first_component(va, ICAL_XAVAILABLE_COMPONENT);
    assert_prop(a, ICAL_DTSTART_PROPERTY, "20240101T090000");
    assert_string_equal(tzid_of(a, ICAL_DTSTART_PROPERTY), "Europe/Paris");
    assert_prop(a, ICAL_DTEND_PROPERTY, "20240101T120000");
    assert_prop(a, ICAL_RRULE_PROPERTY, "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR");
    assert_non_null(icalcomponent_get_first_property(a, ICAL_UID_PROPERTY));
    assert_non_null(icalcomponent_get_first_property(a, ICAL_DTSTAMP_PROPERTY));
    assert_string_equal(icalcomponent_get_summary(a),
                        "Accueil du public – Groupe Pompidou");
    assert_string_equal(icalcomponent_get_location(a),
                        "Palais de l'Europe, Avenue de l'Europe, 67075 STRASBOURG CEDEX, "
                        "France");
    assert_int_equal(icalcomponent_count_components(cal, ICAL_VTIMEZONE_COMPONENT), 1);
    icalcomponent_free(cal);
    free(text);
    entry_free(e);
}

/* ---- output properties -------------------------------------------------- */

static void test_deterministic(void **state)
{
    (void)state;
    struct entry *(*makes[])(void) = {weekly_entry, appointment_entry, guadeloupe_entry};
    const struct ical_opts *opts[] = {&EVENTS, &TODO, &AVAIL};
    for (size_t i = 0; i < ARRAY_LEN(makes); i++)
        for (size_t k = 0; k < ARRAY_LEN(opts); k++) {
            struct entry *e = makes[i]();
            char *a = write_entry(e, opts[k]);
            char *b = write_entry(e, opts[k]);
            assert_string_equal(a, b);
            assert_true(str_startswith(a, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
            assert_int_equal(count_str(a, "END:VCALENDAR\r\n"), 1);
            /* every line ends in CRLF, none longer than 75 octets */
            for (const char *p = a; *p;) {
                const char *nl = strchr(p, '\n');
                assert_non_null(nl);
                assert_true(nl > p && nl[-1] == '\r');
                assert_true(nl - p - 1 <= 75);
                p = nl + 1;
            }
            free(a);
            free(b);
            entry_free(e);
        }
}

static void test_dtstamp(void **state)
{
    (void)state;
    struct entry *e = weekly_entry();
    struct ical_opts o = EVENTS;
    o.dtstamp = 0;
    char *text = write_entry(e, &o);
    assert_int_equal(count_str(text, "DTSTAMP:19700101T000000Z\r\n"), 2);
    free(text);
    o.dtstamp = 1717243200; /* 2024-06-01 12:00 UTC */
    text = write_entry(e, &o);
    assert_int_equal(count_str(text, "DTSTAMP:20240601T120000Z\r\n"), 2);
    free(text);
    entry_free(e);
}

static void test_no_hours(void **state)
{
    (void)state;
    struct entry *e = no_hours_entry();
    assert_false(ical_has_content(e));
    struct strbuf sb = STRBUF_INIT;
    struct fiche_error err = {0};
    unsigned zones = 0;
    assert_int_equal(ical_write_entry(e, &EVENTS, &sb, &err), 0);
    assert_int_equal(ical_write_components(e, &AVAIL, &sb, &zones, &err), 0);
    assert_int_equal(sb.len, 0);
    assert_int_equal(zones, 0);
    /* hours text alone, with no range understood, is not a calendar either */
    e->hours_text = xstrdup("Se renseigner par téléphone.");
    assert_false(ical_has_content(e));
    assert_int_equal(ical_write_entry(e, &EVENTS, &sb, &err), 0);
    assert_int_equal(sb.len, 0);
    strbuf_free(&sb);
    entry_free(e);
}

/* Batch: head with the zones used, each entry's components, tail. */
static void test_batch(void **state)
{
    (void)state;
    struct entry *es[] = {weekly_entry(), belgium_entry(), always_open_entry(),
                          appointment_entry(), no_hours_entry()};
    struct strbuf body = STRBUF_INIT, all = STRBUF_INIT;
    struct fiche_error err = {0};
    unsigned zones = 0;
    for (size_t i = 0; i < ARRAY_LEN(es); i++)
        assert_int_equal(ical_write_components(es[i], &EVENTS, &body, &zones, &err), 0);
    assert_int_equal(zones, ICAL_ZONE_PARIS | ICAL_ZONE_BRUSSELS);
    assert_int_equal(ical_write_head(zones, &all, &err), 0);
    strbuf_puts(&all, strbuf_str(&body));
    ical_write_tail(&all);
    const char *text = strbuf_str(&all);
    assert_false(str_startswith(strbuf_str(&body), "BEGIN:VCALENDAR"));
    assert_int_equal(count_str(text, "BEGIN:VTIMEZONE"), 2);
    assert_int_equal(count_str(text, "TZID:Europe/Paris\r\n"), 1);
    assert_int_equal(count_str(text, "TZID:Europe/Brussels\r\n"), 1);
    assert_int_equal(count_str(text, "BEGIN:VEVENT"), 5);
    assert_int_equal(count_str(text, "BEGIN:VJOURNAL"), 1);
    assert_int_equal(count_str(text, "BEGIN:VCALENDAR"), 1);
    icalcomponent *cal = parse_back(text, true);
    assert_int_equal(icalcomponent_count_components(cal, ICAL_VEVENT_COMPONENT), 5);
    icalcomponent_free(cal);
    strbuf_free(&body);
    strbuf_free(&all);
    for (size_t i = 0; i < ARRAY_LEN(es); i++)
        entry_free(es[i]);
}

/* Every zone's VTIMEZONE parses, and names its plain IANA TZID. */
static void test_all_zones(void **state)
{
    (void)state;
    struct strbuf sb = STRBUF_INIT;
    struct fiche_error err = {0};
    assert_int_equal(ical_write_head(ICAL_ZONE_ALL, &sb, &err), 0);
    ical_write_tail(&sb);
    assert_int_equal(count_str(strbuf_str(&sb), "BEGIN:VTIMEZONE"), 16);
    assert_null(strstr(strbuf_str(&sb), "freeassociation"));
    assert_non_null(strstr(strbuf_str(&sb), "TZID:America/Miquelon\r\n"));
    assert_non_null(strstr(strbuf_str(&sb), "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3\r\n"));
    assert_non_null(
        strstr(strbuf_str(&sb), "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11\r\n"));
    icalcomponent *cal = parse_back(strbuf_str(&sb), true);
    assert_int_equal(icalcomponent_count_components(cal, ICAL_VTIMEZONE_COMPONENT), 16);
    /* libical can convert with our Paris rules: 2024-07-01 12:00 is CEST */
    icalcomponent *tzc = icalcomponent_get_first_component(cal, ICAL_VTIMEZONE_COMPONENT);
    while (tzc != NULL && strcmp(icalproperty_get_tzid(icalcomponent_get_first_property(
                                     tzc, ICAL_TZID_PROPERTY)),
                                 "Europe/Paris") != 0)
        tzc = icalcomponent_get_next_component(cal, ICAL_VTIMEZONE_COMPONENT);
    assert_non_null(tzc);
    icaltimezone *tz = icaltimezone_new();
    assert_true(icaltimezone_set_component(tz, icalcomponent_new_clone(tzc)));
    assert_string_equal(icaltimezone_get_tzid(tz), "Europe/Paris");
    struct icaltimetype summer = icaltime_from_string("20240701T120000");
    struct icaltimetype winter = icaltime_from_string("20240101T120000");
    int dst = 0;
    assert_int_equal(icaltimezone_get_utc_offset(tz, &summer, &dst), 2 * 3600);
    assert_int_equal(icaltimezone_get_utc_offset(tz, &winter, &dst), 3600);
    icaltimezone_free(tz, 1);
    icalcomponent_free(cal);
    strbuf_free(&sb);
}

/* Text from the entry cannot add a property or a component. */
static void test_escaping(void **state)
{
    (void)state;
    struct entry *e = weekly_entry();
    free(e->org_name);
    e->org_name = xstrdup("A, B; C \\ D\r\nBEGIN:VEVENT\r\nEND:VEVENT\x01\x7f.");
    free(e->hours_text);
    e->hours_text = xstrdup("9h-12h\nEND:VCALENDAR");
    free(e->urls.v[0]);
    e->urls.v[0] = xstrdup("http://x.example/é\r\nX-EVIL:1"); /* percent-encoded */
    char *text = write_entry(e, &EVENTS);
    icalcomponent *cal = parse_back(text, true);
    assert_int_equal(icalcomponent_count_components(cal, ICAL_VEVENT_COMPONENT), 2);
    icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT);
    assert_string_equal(icalcomponent_get_summary(ev),
                        "Accueil du public – A, B; C \\ D\nBEGIN:VEVENT\nEND:VEVENT  .");
    assert_string_equal(icalcomponent_get_description(ev), "9h-12h\nEND:VCALENDAR");
    icalproperty *url = icalcomponent_get_first_property(ev, ICAL_URL_PROPERTY);
    assert_non_null(url);
    assert_string_equal(icalproperty_get_url(url),
                        "http://x.example/%C3%A9%0D%0AX-EVIL:1");
    assert_null(strstr(text, "\nX-EVIL"));
    icalcomponent_free(cal);
    free(text);
    entry_free(e);
}

struct zone_row {
    const char *code, *tzid;
};

static const struct zone_row zone_rows[] = {
    {NULL, "Europe/Paris"},       {"FR", "Europe/Paris"},
    {"fr", "Europe/Paris"},       {"", "Europe/Paris"},
    {"DE", "Europe/Paris"},       {"BE", "Europe/Brussels"},
    {"CH", "Europe/Zurich"},      {"LU", "Europe/Luxembourg"},
    {"MC", "Europe/Monaco"},      {"GP", "America/Guadeloupe"},
    {"MQ", "America/Martinique"}, {"GF", "America/Cayenne"},
    {"RE", "Indian/Reunion"},     {"YT", "Indian/Mayotte"},
    {"PM", "America/Miquelon"},   {"BL", "America/St_Barthelemy"},
    {"MF", "America/Marigot"},    {"NC", "Pacific/Noumea"},
    {"G", "Europe/Paris"},        {"GPX", "Europe/Paris"},
};

static void test_zone_for(void **state)
{
    (void)state;
    for (size_t i = 0; i < ARRAY_LEN(zone_rows); i++)
        assert_string_equal(ical_zone_for(zone_rows[i].code), zone_rows[i].tzid);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_events),
        cmocka_unit_test(test_events_expand),
        cmocka_unit_test(test_journal),
        cmocka_unit_test(test_todo),
        cmocka_unit_test(test_journal_wins_over_hours),
        cmocka_unit_test(test_availability),
        cmocka_unit_test(test_deterministic),
        cmocka_unit_test(test_dtstamp),
        cmocka_unit_test(test_no_hours),
        cmocka_unit_test(test_batch),
        cmocka_unit_test(test_all_zones),
        cmocka_unit_test(test_escaping),
        cmocka_unit_test(test_zone_for),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

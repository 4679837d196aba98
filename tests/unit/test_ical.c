/* Unit tests of the iCalendar writer: entries built by hand, serialised, then
 * parsed back with libical and checked property by property. */
#include "harness.h"

#include <stdio.h>

#include <libical/ical.h>

#include "base/text.h"
#include "write/ical.h"
#include "write/ical_int.h"
#include "write/uid.h"

/* The entry's UID bytes, as the program hashes them once per entry for its
 * writers (one static buffer: these calls are not nested). */
static const unsigned char *org_of(const struct entry *e)
{
    static unsigned char org[16];
    uid_entry_bytes(e, org);
    return org;
}

/* The writer every test writes with (main makes it). */
static struct ical_writer *W;

/* The UID of e's component `what`. */
static void comp_uid(const struct entry *e, const char *what, char out[UID_STR_LEN])
{
    unsigned char org[16];
    uid_entry_bytes(e, org);
    uid_component(org, what, out);
}

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
    struct hours_range r = {
        .days = days, .start = start, .end = end, .appointment = appt, .line = 5};
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
    assert_int_equal(ical_write_entry(W, e, o, &sb, &err), 0);
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
        char uid[UID_STR_LEN];
        comp_uid(e, "hours-0", uid);
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
    char uid[UID_STR_LEN];
    comp_uid(e, "journal", uid);
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
    char uid[UID_STR_LEN];
    comp_uid(e, "todo", uid);
    assert_string_equal(icalcomponent_get_uid(t), uid);
    icalcomponent_free(cal);
    free(text);
    entry_free(e);
}

/* An appointment-only entry with reception hours written anyway gets the
 * note only; the hours of its telephone line are events beside the note. */
static void test_journal_wins_over_hours(void **state)
{
    (void)state;
    struct entry *e = appointment_entry();
    add_range(e, DAY_MO, 9 * 60, 12 * 60, false);
    char *text = write_entry(e, &EVENTS);
    assert_int_equal(count_str(text, "BEGIN:VEVENT"), 0);
    assert_int_equal(count_str(text, "BEGIN:VJOURNAL"), 1);
    free(text);
    add_range(e, DAY_TU, 14 * 60, 16 * 60, false);
    e->hours.v[1].kind = HOURS_PHONE;
    text = write_entry(e, &EVENTS);
    assert_int_equal(count_str(text, "BEGIN:VEVENT"), 1);
    assert_int_equal(count_str(text, "BEGIN:VJOURNAL"), 1);
    assert_non_null(strstr(text, "BYDAY=TU"));
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
    char uid[UID_STR_LEN];
    comp_uid(e, "availability", uid);
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

/* Each range's SUMMARY names what it opens: reception, a telephone line, a
 * permanence; in events and in availability. */
static void test_kinds(void **state)
{
    (void)state;
    struct entry *e = weekly_entry();
    e->hours.v[0].kind = HOURS_PHONE;
    add_range(e, DAY_TU, 14 * 60, 17 * 60, false);
    e->hours.v[e->hours.n - 1].kind = HOURS_PERMANENCE;
    const struct ical_opts *forms[] = {&EVENTS, &AVAIL};
    for (size_t f = 0; f < ARRAY_LEN(forms); f++) {
        char *text = write_entry(e, forms[f]);
        assert_int_equal(
            count_str(text, "SUMMARY:Permanence t\u00e9l\u00e9phonique \u2013 "), 1);
        assert_int_equal(count_str(text, "SUMMARY:Permanence \u2013 "), 1);
        free(text);
    }
    entry_free(e);
}

static void test_no_hours(void **state)
{
    (void)state;
    struct entry *e = no_hours_entry();
    assert_false(ical_has_content(e));
    struct strbuf sb = STRBUF_INIT;
    struct fiche_error err = {0};
    struct ical_zones zones = {{0}};
    assert_int_equal(ical_write_entry(W, e, &EVENTS, &sb, &err), 0);
    assert_int_equal(ical_write_components(W, e, org_of(e), &AVAIL, &sb, &zones, &err),
                     0);
    assert_int_equal(sb.len, 0);
    assert_true(ical_zones_empty(&zones));
    /* hours text alone, with no range understood, is not a calendar either */
    e->hours_text = xstrdup("Se renseigner par téléphone.");
    assert_false(ical_has_content(e));
    assert_int_equal(ical_write_entry(W, e, &EVENTS, &sb, &err), 0);
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
    struct ical_zones zones = {{0}};
    for (size_t i = 0; i < ARRAY_LEN(es); i++)
        assert_int_equal(
            ical_write_components(W, es[i], org_of(es[i]), &EVENTS, &body, &zones, &err),
            0);
    struct ical_zones want = ical_zones_of("Europe/Paris");
    struct ical_zones brussels = ical_zones_of("Europe/Brussels");
    ical_zones_add(&want, &brussels);
    assert_true(ical_zones_equal(&zones, &want));
    assert_int_equal(ical_write_head(&zones, &all, &err), 0);
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

/* The VTIMEZONE named tzid in cal, as a libical zone (NULL when absent). */
static icaltimezone *zone_in(icalcomponent *cal, const char *tzid)
{
    for (icalcomponent *c =
             icalcomponent_get_first_component(cal, ICAL_VTIMEZONE_COMPONENT);
         c != NULL; c = icalcomponent_get_next_component(cal, ICAL_VTIMEZONE_COMPONENT)) {
        icalproperty *p = icalcomponent_get_first_property(c, ICAL_TZID_PROPERTY);
        if (p != NULL && strcmp(icalproperty_get_tzid(p), tzid) == 0) {
            icaltimezone *tz = icaltimezone_new();
            assert_true(icaltimezone_set_component(tz, icalcomponent_new_clone(c)));
            return tz;
        }
    }
    return NULL;
}

/* The version of the system's tzdata ("2025b"), or "" when unknown. */
static void system_tzdata(char *out, size_t size)
{
    out[0] = '\0';
    FILE *f = fopen("/usr/share/zoneinfo/tzdata.zi", "r");
    char line[64];
    if (f != NULL && fgets(line, sizeof line, f) != NULL &&
        sscanf(line, "# version %15s", out) != 1)
        out[0] = '\0';
    if (f != NULL)
        fclose(f);
    (void)size;
}

/* Every zone's VTIMEZONE parses, names its plain IANA TZID, and gives the
 * offsets of the system's zone of that name (tzdata, read by libical) at
 * noon on every day of 2026 to 2031: our rules are tzdata's. With another
 * tzdata than the table's (a later Debian update), a country may have
 * changed its rules: those zones are named (run `make zones`) and all but a
 * few must still agree. */
static void test_all_zones(void **state)
{
    (void)state;
    struct strbuf sb = STRBUF_INIT;
    struct fiche_error err = {0};
    struct ical_zones all = ical_zones_all();
    assert_int_equal(ical_write_head(&all, &sb, &err), 0);
    ical_write_tail(&sb);
    assert_int_equal(count_str(strbuf_str(&sb), "BEGIN:VTIMEZONE"), ICAL_N_ZONES);
    assert_null(strstr(strbuf_str(&sb), "freeassociation"));
    assert_non_null(strstr(strbuf_str(&sb), "TZID:America/Miquelon\r\n"));
    assert_non_null(strstr(strbuf_str(&sb), "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3\r\n"));
    assert_non_null(
        strstr(strbuf_str(&sb), "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11\r\n"));
    icalcomponent *cal = parse_back(strbuf_str(&sb), true);
    assert_int_equal(icalcomponent_count_components(cal, ICAL_VTIMEZONE_COMPONENT),
                     ICAL_N_ZONES);
    size_t compared = 0, differ = 0, zones_differ = 0;
    for (size_t i = 0; i < ICAL_N_ZONES; i++) {
        size_t before = differ;
        icaltimezone *ours = zone_in(cal, ical_zones[i].tzid);
        assert_non_null(ours);
        icaltimezone *sys = icaltimezone_get_builtin_timezone(ical_zones[i].tzid);
        for (int year = 2026; sys != NULL && year <= 2031; year++)
            for (int day = 0; day < 365; day += 1) {
                struct icaltimetype t = icaltime_from_day_of_year(day + 1, year);
                t.is_date = 0;
                t.hour = 12;
                int dst = 0;
                int a = icaltimezone_get_utc_offset(ours, &t, &dst);
                int b = icaltimezone_get_utc_offset(sys, &t, &dst);
                compared++;
                if (a != b && differ++ < 5)
                    print_message("%s %d-%03d: %d, system %d\n", ical_zones[i].tzid, year,
                                  day + 1, a, b);
            }
        zones_differ += differ > before;
        icaltimezone_free(ours, 1);
    }
    char version[16];
    system_tzdata(version, sizeof version);
    if (strcmp(version, ICAL_ZONES_TZDATA) == 0)
        assert_int_equal(differ, 0);
    else if (zones_differ > 0)
        print_message("tzdata %s, the table's %s: %zu zones changed (make zones)\n",
                      version, ICAL_ZONES_TZDATA, zones_differ);
    assert_true(zones_differ * 20 < ICAL_N_ZONES);
    assert_true(compared > 300000); /* the system knows the zones */
    icalcomponent_free(cal);
    strbuf_free(&sb);
}

/* An entry abroad gets its country's zone; a country the table leaves out
 * (no fixed rule) keeps Europe/Paris. */
static void test_zone_of_country(void **state)
{
    (void)state;
    assert_string_equal(ical_zone_for("TH"), "Asia/Bangkok");
    assert_string_equal(ical_zone_for("CA"), "America/Toronto");
    assert_string_equal(ical_zone_for("LI"), "Europe/Zurich");
    assert_string_equal(ical_zone_for("FR"), "Europe/Paris");
    assert_string_equal(ical_zone_for("MA"), "Europe/Paris");
    assert_string_equal(ical_zone_for(NULL), "Europe/Paris");
    assert_string_equal(ical_zones[0].tzid, "Europe/Paris");
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
    {"DE", "Europe/Berlin"},      {"BE", "Europe/Brussels"},
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

/* ---- reference: the plain build ------------------------------------------ */

/* The writer keeps its libical objects between entries, sets their values in
 * place and skips copies it does not need. This is the plain build it
 * replaced: new properties for each component, freed after it. Both must
 * give the same bytes for any entry and any order of entries. */

static char *ref_clean(const char *s)
{
    char *t = xmalloc(strlen(s) + 1), *q = t;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '\r')
            continue;
        *q++ = (*p < ' ' && *p != '\n' && *p != '\t') || *p == 0x7f ? ' ' : (char)*p;
    }
    *q = '\0';
    return t;
}

static void ref_text(icalcomponent *c, icalproperty *(*ctor)(const char *), const char *s)
{
    char *t = ref_clean(s);
    if (!str_blank(t))
        icalcomponent_add_property(c, ctor(t));
    free(t);
}

static void ref_common(icalcomponent *c, const struct entry *e, const struct ical_opts *o,
                       const char *what)
{
    char uid[UID_STR_LEN];
    comp_uid(e, what, uid);
    icalcomponent_add_property(c, icalproperty_new_uid(uid));
    icalcomponent_add_property(
        c, icalproperty_new_dtstamp(icaltime_from_timet_with_zone(
               (time_t)o->dtstamp, 0, icaltimezone_get_utc_timezone())));
}

static const char *ref_org(const struct entry *e)
{
    if (!str_blank(e->org_name))
        return e->org_name;
    return e->title != NULL ? e->title : "";
}

static void ref_url(icalcomponent *c, const struct entry *e)
{
    for (size_t i = 0; i < e->urls.n; i++)
        if (!str_blank(e->urls.v[i])) {
            char *url = uri_escape(e->urls.v[i]);
            icalcomponent_add_property(c, icalproperty_new_url(url));
            free(url);
            return;
        }
}

static void ref_join(struct strbuf *sb, const char *sep, const char *s)
{
    if (str_blank(s))
        return;
    if (sb->len > 0)
        strbuf_puts(sb, sep);
    strbuf_puts(sb, s);
}

static char *ref_location(const struct entry *e)
{
    const struct address *a = &e->adr;
    struct strbuf sb = STRBUF_INIT;
    for (size_t i = 0; i < a->lines.n; i++)
        ref_join(&sb, ", ", a->lines.v[i]);
    if (!str_blank(a->postcode) || !str_blank(a->locality)) {
        char *city =
            xasprintf("%s%s%s", a->postcode ? a->postcode : "",
                      !str_blank(a->postcode) && !str_blank(a->locality) ? " " : "",
                      a->locality ? a->locality : "");
        ref_join(&sb, ", ", city);
        free(city);
    }
    ref_join(&sb, ", ", a->region);
    if (sb.len > 0)
        ref_join(&sb, ", ", a->country);
    if (sb.len == 0)
        return NULL;
    return strbuf_detach(&sb);
}

static icalcomponent *ref_note(const struct entry *e, const struct ical_opts *o)
{
    bool todo = o->note == ICAL_NOTE_TODO;
    icalcomponent *c = todo ? icalcomponent_new_vtodo() : icalcomponent_new_vjournal();
    ref_common(c, e, o, todo ? "todo" : "journal");
    const struct date *d = &e->updated;
    if (!todo && d->precision != DATE_NONE && d->year > 0 && d->month >= 1 &&
        d->month <= 12 && d->day >= 1 &&
        d->day <= icaltime_days_in_month(d->month, d->year)) {
        struct icaltimetype t = icaltime_null_date();
        t.year = d->year;
        t.month = d->precision >= DATE_MONTH ? d->month : 1;
        t.day = d->precision >= DATE_DAY ? d->day : 1;
        icalcomponent_add_property(c, icalproperty_new_dtstart(t));
    }
    char *summary =
        todo ? xasprintf("Prendre rendez-vous \u2013 %s", ref_org(e))
             : xasprintf("%s : accueil du public uniquement sur rendez-vous", ref_org(e));
    ref_text(c, icalproperty_new_summary, summary);
    free(summary);
    struct strbuf how = STRBUF_INIT;
    const struct phone *first_phone = NULL;
    for (size_t i = 0; i < e->phones.n; i++) {
        const struct phone *p = &e->phones.v[i];
        const char *text = p->intl ? p->intl : p->text;
        if (p->kind == PHONE_FAX || str_blank(text))
            continue;
        if (first_phone == NULL)
            first_phone = p;
        char *line = xasprintf("T\u00e9l\u00e9phone : %s", text);
        ref_join(&how, "\n", line);
        free(line);
    }
    for (size_t i = 0; i < e->emails.n; i++) {
        char *line = xasprintf("E-mail : %s", e->emails.v[i]);
        ref_join(&how, "\n", line);
        free(line);
    }
    for (size_t i = 0; i < e->urls.n; i++) {
        char *line = xasprintf("Site : %s", e->urls.v[i]);
        ref_join(&how, "\n", line);
        free(line);
    }
    struct strbuf desc = STRBUF_INIT;
    ref_join(&desc, "",
             str_blank(e->hours_text) ? "Accueil du public uniquement sur rendez-vous."
                                      : e->hours_text);
    ref_join(&desc, "\n\n", strbuf_str(&how));
    ref_text(c, icalproperty_new_description, strbuf_str(&desc));
    strbuf_free(&desc);
    strbuf_free(&how);
    struct strbuf contact = STRBUF_INIT;
    ref_join(&contact, ", ", ref_org(e));
    if (first_phone != NULL)
        ref_join(&contact, ", ",
                 first_phone->intl ? first_phone->intl : first_phone->text);
    if (e->emails.n > 0)
        ref_join(&contact, ", ", e->emails.v[0]);
    if (contact.len > 0)
        ref_text(c, icalproperty_new_contact, strbuf_str(&contact));
    strbuf_free(&contact);
    ref_url(c, e);
    for (size_t i = 0; i < e->keywords.n; i++)
        for (const char *p = e->keywords.v[i]; *p;) {
            size_t n = strcspn(p, ",;");
            char *piece = xstrndup(p, n);
            char *t = str_trim(piece);
            if (*t != '\0')
                ref_text(c, icalproperty_new_categories, t);
            free(t);
            free(piece);
            p += n;
            if (*p)
                p++;
        }
    icalcomponent_add_property(c, icalproperty_new_class(ICAL_CLASS_PUBLIC));
    icalcomponent_add_property(
        c, icalproperty_new_status(todo ? ICAL_STATUS_NEEDSACTION : ICAL_STATUS_FINAL));
    return c;
}

static bool ref_range_ok(const struct hours_range *r)
{
    return (r->days & DAY_ALL) != 0 && r->start >= 0 && r->start < 24 * 60 &&
           r->end >= 0 && r->end <= 24 * 60;
}

static struct icaltimetype ref_local(int day, int minutes)
{
    struct icaltimetype t = icaltime_null_time();
    t.year = 2024;
    t.month = 1;
    t.day = day;
    icaltime_adjust(&t, 0, 0, minutes, 0);
    return t;
}

static icalproperty *ref_tz(icalproperty *p, const char *tzid)
{
    icalproperty_add_parameter(p, icalparameter_new_tzid(tzid));
    return p;
}

/* UID, DTSTAMP, DTSTART, DTEND, RRULE, SUMMARY, LOCATION of range i. */
static void ref_range(icalcomponent *c, const struct entry *e, const struct ical_opts *o,
                      const char *kind, size_t i, const char *tzid, const char *loc)
{
    const struct hours_range *r = &e->hours.v[i];
    char what[32];
    snprintf(what, sizeof what, "%s-%zu", kind, i);
    ref_common(c, e, o, what);
    int first = 0;
    while (first < 6 && !(r->days & (1u << first)))
        first++;
    int end = r->end <= r->start ? r->end + 24 * 60 : r->end;
    icalcomponent_add_property(
        c, ref_tz(icalproperty_new_dtstart(ref_local(1 + first, r->start)), tzid));
    icalcomponent_add_property(
        c, ref_tz(icalproperty_new_dtend(ref_local(1 + first, end)), tzid));
    struct icalrecurrencetype rule;
    icalrecurrencetype_clear(&rule);
    rule.freq = ICAL_WEEKLY_RECURRENCE;
    int k = 0;
    for (int d = 0; d < 7; d++)
        if (r->days & (1u << d))
            rule.by_day[k++] =
                (short)(d < 6 ? ICAL_MONDAY_WEEKDAY + d : ICAL_SUNDAY_WEEKDAY);
    rule.by_day[k] = ICAL_RECURRENCE_ARRAY_MAX;
    icalcomponent_add_property(c, icalproperty_new_rrule(rule));
    char *summary = xasprintf("Accueil du public \u2013 %s%s", ref_org(e),
                              r->appointment ? " (sur rendez-vous)" : "");
    ref_text(c, icalproperty_new_summary, summary);
    free(summary);
    if (loc != NULL)
        ref_text(c, icalproperty_new_location, loc);
}

static void ref_append(struct strbuf *out, icalcomponent *c)
{
    char *s = icalcomponent_as_ical_string_r(c);
    strbuf_puts(out, s);
    icalmemory_free_buffer(s);
    icalcomponent_free(c);
}

/* What ical_write_components appends for e, built the plain way; the test
 * entries name their zone by country code alone (no overseas postcode). */
static char *ref_components(const struct entry *e, const struct ical_opts *o)
{
    struct strbuf out = STRBUF_INIT;
    const char *tzid = ical_zone_for(e->adr.country_code);
    char *loc = ref_location(e);
    if (!ical_has_content(e)) {
        /* nothing */
    } else if (e->appointment_only) {
        ref_append(&out, ref_note(e, o));
    } else if (o->hours == ICAL_HOURS_AVAILABILITY) {
        icalcomponent *c = icalcomponent_new_vavailability();
        ref_common(c, e, o, "availability");
        char *summary = xasprintf("Accueil du public \u2013 %s", ref_org(e));
        ref_text(c, icalproperty_new_summary, summary);
        free(summary);
        ref_url(c, e);
        if (!str_blank(e->hours_text))
            ref_text(c, icalproperty_new_description, e->hours_text);
        for (size_t i = 0; i < e->hours.n; i++)
            if (ref_range_ok(&e->hours.v[i])) {
                icalcomponent *a = icalcomponent_new_xavailable();
                ref_range(a, e, o, "available", i, tzid, loc);
                icalcomponent_add_component(c, a);
            }
        ref_append(&out, c);
    } else {
        for (size_t i = 0; i < e->hours.n; i++) {
            if (!ref_range_ok(&e->hours.v[i]))
                continue;
            icalcomponent *c = icalcomponent_new_vevent();
            ref_range(c, e, o, "hours", i, tzid, loc);
            ref_url(c, e);
            if (!str_blank(e->hours_text))
                ref_text(c, icalproperty_new_description, e->hours_text);
            icalcomponent_add_property(c,
                                       icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
            icalcomponent_add_property(c, icalproperty_new_class(ICAL_CLASS_PUBLIC));
            ref_append(&out, c);
        }
    }
    free(loc);
    return strbuf_detach(&out);
}

/* ---- random entries ------------------------------------------------------ */

static uint64_t rng = 88172645463325252u;

static unsigned rnd(unsigned n)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (unsigned)(rng % n);
}

/* Pieces of text: plain, accented, with characters libical escapes, line
 * breaks, controls, a CR, blank forms, and one long enough to be folded. */
static const char *const pieces[] = {
    "",
    " ",
    "Maison Océane",
    "a,b;c\\d",
    "ligne\nsuite",
    "tab\tx",
    "cr\r\nlf",
    "ctl\x01\x1f\x7f.",
    "\xc2\xa0",
    "Œuvre – été « ici »",
    "75001",
    "PARIS CEDEX",
    "Accueil du public sans rendez-vous du lundi au vendredi de 9h à 12h et de 14h à "
    "17h, fermé les jours fériés et la première quinzaine d'août",
    "\xe2\x80\xaf",
    "12345678",
    "BP 42",
};

/* A random text of 0 to 3 pieces; NULL one time in six. */
static char *rnd_text(void)
{
    if (rnd(6) == 0)
        return NULL;
    struct strbuf sb = STRBUF_INIT;
    for (unsigned n = rnd(4); n > 0; n--)
        strbuf_puts(&sb, pieces[rnd(ARRAY_LEN(pieces))]);
    return strbuf_detach(&sb);
}

static void rnd_list(struct strlist *l, const char *const *v, size_t n)
{
    for (unsigned k = rnd(4); k > 0; k--) {
        if (rnd(3) == 0) {
            char *t = rnd_text();
            strlist_add(l, t ? t : "");
            free(t);
        } else {
            strlist_add(l, v[rnd((unsigned)n)]);
        }
    }
}

static const char *const codes[] = {NULL, "",   "FR", "fr", "BE", "CH", "LI",
                                    "LU", "MC", "GP", "MQ", "GF", "RE", "YT",
                                    "PM", "BL", "MF", "NC", "PF", "WF", "DE"};
static const char *const urls[] = {"https://www.exemple.fr/accueil",
                                   "",
                                   "  ",
                                   "http://x.fr/a b",
                                   "https://é.fr/<x>\"{|}^`\\",
                                   "http://a.fr/?q=1&r=2#s"};
static const char *const mails[] = {"contact@exemple.fr", "", "a.b@c.fr"};
static const char *const keywords[] = {"drogues", "soins, prévention",
                                       " ; réduction des risques;", "a;b,c", ","};

static struct entry *rnd_entry(void)
{
    struct entry *e = entry_new("r.md", 1 + rnd(100), 0);
    e->title = rnd_text();
    e->org_name = rnd_text();
    for (unsigned k = rnd(3); k > 0; k--) {
        char *t = rnd_text();
        strlist_add(&e->adr.lines, t ? t : "");
        free(t);
    }
    e->adr.postcode = rnd_text();
    e->adr.locality = rnd_text();
    e->adr.region = rnd(3) == 0 ? rnd_text() : NULL;
    e->adr.country = rnd_text();
    const char *cc = codes[rnd(ARRAY_LEN(codes))];
    e->adr.country_code = cc ? xstrdup(cc) : NULL;
    for (unsigned k = rnd(3); k > 0; k--) {
        char *intl = rnd(2) ? rnd_text() : NULL;
        add_phone(e, rnd(3) == 0 ? PHONE_FAX : PHONE_VOICE,
                  rnd(4) ? "01 23 45 67 89" : " ", intl);
        free(intl);
    }
    rnd_list(&e->emails, mails, ARRAY_LEN(mails));
    rnd_list(&e->urls, urls, ARRAY_LEN(urls));
    rnd_list(&e->keywords, keywords, ARRAY_LEN(keywords));
    e->updated.precision = (enum date_precision)rnd(4);
    e->updated.year = (int)rnd(3000);
    e->updated.month = (int)rnd(14);
    e->updated.day = (int)rnd(33);
    e->appointment_only = rnd(4) == 0;
    for (unsigned k = rnd(5); k > 0; k--) {
        int start = rnd(8) == 0 ? (int)rnd(1600) - 50 : (int)rnd(96) * 15;
        int end = rnd(8) == 0 ? (int)rnd(1600) - 50 : (int)rnd(97) * 15;
        add_range(e, rnd(10) == 0 ? rnd(256) : 1 + rnd(127), start, end, rnd(4) == 0);
    }
    e->hours_text = rnd_text();
    return e;
}

/* ical_write_components appends the reference's bytes after `before`, and
 * the zone of the entry when it has weekly hours. */
static void assert_like_ref(const struct entry *e, const struct ical_opts *o)
{
    struct strbuf sb = STRBUF_INIT;
    struct fiche_error err = {0};
    struct ical_zones zones = {{0}};
    strbuf_puts(&sb, "before\r\n");
    assert_int_equal(ical_write_components(W, e, org_of(e), o, &sb, &zones, &err), 0);
    char *want = ref_components(e, o);
    assert_true(str_startswith(strbuf_str(&sb), "before\r\n"));
    assert_string_equal(strbuf_str(&sb) + 8, want);
    bool weekly = ical_has_content(e) && !e->appointment_only;
    assert_int_equal(!ical_zones_empty(&zones), weekly);
    free(want);
    strbuf_free(&sb);
}

/* Random entries in every form, one after the other (so that each reuses
 * the components the previous ones left), sometimes with a new writer. */
static void test_reuse_random(void **state)
{
    (void)state;
    const struct ical_opts *opts[] = {&EVENTS, &TODO, &AVAIL};
    for (int i = 0; i < 1500; i++) {
        struct entry *e = rnd_entry();
        struct ical_opts o = *opts[rnd(ARRAY_LEN(opts))];
        if (rnd(8) == 0)
            o.dtstamp = (long long)rnd(2000000000);
        if (rnd(50) == 0) {
            ical_writer_free(W);
            W = ical_writer_new();
        }
        assert_like_ref(e, &o);
        entry_free(e);
    }
}

/* Every ASCII byte (and a few UTF-8 sequences) at the first ten places of a
 * text, which the writer cleans eight bytes at a time, and in a web address,
 * which it copies only when uri_escape would change it. */
static void test_reuse_bytes(void **state)
{
    (void)state;
    static const char *const seqs[] = {"é", "\xc2\x85", "\xe2\x80\xa8",
                                       "\xf0\x9f\x98\x80"};
    for (unsigned b = 1; b < 128 + ARRAY_LEN(seqs); b++) {
        char one[2] = {(char)b, '\0'};
        const char *seq = b < 128 ? one : seqs[b - 128];
        for (size_t pos = 0; pos < 10; pos++) {
            struct entry *e = base_entry();
            add_range(e, DAY_MO, 9 * 60, 12 * 60, false);
            struct strbuf sb = STRBUF_INIT;
            for (size_t k = 0; k < pos; k++)
                strbuf_putc(&sb, 'a');
            strbuf_puts(&sb, seq);
            strbuf_puts(&sb, "bcdefghijklmnopqrs");
            free(e->org_name);
            e->org_name = strbuf_detach(&sb);
            free(e->urls.v[0]);
            e->urls.v[0] = xasprintf("http://a.fr/%.*s%sx", (int)pos, "/////////", seq);
            assert_like_ref(e, &EVENTS);
            entry_free(e);
        }
    }
}

int main(void)
{
    W = ical_writer_new();
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
        cmocka_unit_test(test_kinds),
        cmocka_unit_test(test_batch),
        cmocka_unit_test(test_all_zones),
        cmocka_unit_test(test_zone_of_country),
        cmocka_unit_test(test_escaping),
        cmocka_unit_test(test_zone_for),
        cmocka_unit_test(test_reuse_random),
        cmocka_unit_test(test_reuse_bytes),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    ical_writer_free(W);
    return rc;
}

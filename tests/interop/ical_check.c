/* Interoperability check: libical parses back a .ics the program wrote, runs
 * icalrestriction_check, and prints what it read as one JSON object (the "reading"
 * of tests/interop/common.py) with every X-LIC-ERROR found. Used by libical.py. */
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void put_json_string(const char *s)
{
    if (s == NULL) {
        fputs("null", stdout);
        return;
    }
    putchar('"');
    for (const unsigned char *p = (const unsigned char *)s; *p != '\0'; p++) {
        if (*p == '"' || *p == '\\')
            printf("\\%c", *p);
        else if (*p == '\n')
            fputs("\\n", stdout);
        else if (*p == '\r')
            fputs("\\r", stdout);
        else if (*p == '\t')
            fputs("\\t", stdout);
        else if (*p < 0x20)
            printf("\\u%04x", *p);
        else
            putchar(*p);
    }
    putchar('"');
}

/* The text of the first property of that kind, unescaped, or NULL. */
static const char *text_of(icalcomponent *c, icalproperty_kind kind)
{
    icalproperty *p = icalcomponent_get_first_property(c, kind);
    if (p == NULL)
        return NULL;
    icalvalue *v = icalproperty_get_value(p);
    if (v == NULL)
        return NULL;
    switch (icalvalue_isa(v)) {
    case ICAL_TEXT_VALUE:
        return icalvalue_get_text(v);
    default:
        return icalproperty_get_value_as_string(p);
    }
}

static void put_time(icalcomponent *c, icalproperty_kind kind)
{
    icalproperty *p = icalcomponent_get_first_property(c, kind);
    if (p == NULL) {
        fputs("null", stdout);
        return;
    }
    struct icaltimetype t = kind == ICAL_DTSTART_PROPERTY ? icalproperty_get_dtstart(p)
                                                          : icalproperty_get_dtend(p);
    char *s = icaltime_as_ical_string_r(t);
    icalparameter *tz = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER);
    fputs("{\"value\": ", stdout);
    put_json_string(s);
    fputs(", \"tzid\": ", stdout);
    put_json_string(tz != NULL ? icalparameter_get_tzid(tz) : NULL);
    putchar('}');
    free(s);
}

static void put_rrule(icalcomponent *c)
{
    icalproperty *p = icalcomponent_get_first_property(c, ICAL_RRULE_PROPERTY);
    if (p == NULL) {
        fputs("null", stdout);
        return;
    }
    struct icalrecurrencetype r = icalproperty_get_rrule(p);
    fputs("{\"freq\": ", stdout);
    put_json_string(icalrecur_freq_to_string(r.freq));
    fputs(", \"byday\": [", stdout);
    for (int i = 0; i < ICAL_BY_DAY_SIZE && r.by_day[i] != ICAL_RECURRENCE_ARRAY_MAX; i++) {
        if (i > 0)
            fputs(", ", stdout);
        put_json_string(icalrecur_weekday_to_string(
            icalrecurrencetype_day_day_of_week(r.by_day[i])));
    }
    fputs("]}", stdout);
}

static void put_component(icalcomponent *c)
{
    static const struct {
        const char *key;
        icalproperty_kind kind;
    } texts[] = {
        {"uid", ICAL_UID_PROPERTY},         {"summary", ICAL_SUMMARY_PROPERTY},
        {"description", ICAL_DESCRIPTION_PROPERTY}, {"location", ICAL_LOCATION_PROPERTY},
        {"status", ICAL_STATUS_PROPERTY},   {"transp", ICAL_TRANSP_PROPERTY},
    };
    fputs("{\"type\": ", stdout);
    icalcomponent_kind k = icalcomponent_isa(c);
    put_json_string(k == ICAL_XAVAILABLE_COMPONENT ? "AVAILABLE"
                                                  : icalcomponent_kind_to_string(k));
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        printf(", \"%s\": ", texts[i].key);
        put_json_string(text_of(c, texts[i].kind));
    }
    fputs(", \"dtstart\": ", stdout);
    put_time(c, ICAL_DTSTART_PROPERTY);
    fputs(", \"dtend\": ", stdout);
    put_time(c, ICAL_DTEND_PROPERTY);
    fputs(", \"rrule\": ", stdout);
    put_rrule(c);
    fputs(", \"sub\": [", stdout);
    int first = 1;
    for (icalcomponent *s = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT);
         s != NULL; s = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT)) {
        if (!first)
            fputs(", ", stdout);
        first = 0;
        put_component(s);
    }
    fputs("]}", stdout);
}

/* Every X-LIC-ERROR under c, as JSON strings "COMPONENT: message". */
static void put_errors(icalcomponent *c, int *first)
{
    for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY);
         p != NULL; p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY)) {
        char buf[1024];
        snprintf(buf, sizeof buf, "%s: %s",
                 icalcomponent_kind_to_string(icalcomponent_isa(c)),
                 icalproperty_get_xlicerror(p));
        if (!*first)
            fputs(", ", stdout);
        *first = 0;
        put_json_string(buf);
    }
    for (icalcomponent *s = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT);
         s != NULL; s = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT))
        put_errors(s, first);
}

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return NULL;
    size_t cap = 4096, len = 0;
    char *buf = malloc(cap);
    size_t n;
    while (buf != NULL && (n = fread(buf + len, 1, cap - len - 1, f)) > 0) {
        len += n;
        if (cap - len < 2) {
            char *nb = realloc(buf, cap *= 2);
            if (nb == NULL)
                free(buf);
            buf = nb;
        }
    }
    fclose(f);
    if (buf != NULL)
        buf[len] = '\0';
    return buf;
}

/* Runs icalrestriction_check on a fresh parse of text, as written or (publish) under
 * METHOD:PUBLISH, and prints the new X-LIC-ERROR messages as a JSON list. */
static void put_restriction(const char *text, int publish)
{
    icalcomponent *root = icalparser_parse_string(text);
    if (root == NULL) {
        fputs("[]", stdout);
        return;
    }
    icalcomponent_strip_errors(root);
    if (publish && icalcomponent_get_first_property(root, ICAL_METHOD_PROPERTY) == NULL)
        icalcomponent_add_property(root, icalproperty_new_method(ICAL_METHOD_PUBLISH));
    int valid = icalrestriction_check(root);
    int first = 1;
    putchar('[');
    put_errors(root, &first);
    if (!valid && first)
        put_json_string("icalrestriction_check failed without a message");
    putchar(']');
    icalcomponent_free(root);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fputs("usage: ical_check FILE.ics\n", stderr);
        return 2;
    }
    char *text = slurp(argv[1]);
    if (text == NULL) {
        perror(argv[1]);
        return 2;
    }
    icalcomponent *root = icalparser_parse_string(text);
    if (root == NULL || icalcomponent_isa(root) != ICAL_VCALENDAR_COMPONENT) {
        printf("{\"parsed\": false, \"error\": ");
        put_json_string(icalerror_strerror(icalerrno));
        puts("}");
        if (root != NULL)
            icalcomponent_free(root);
        free(text);
        return 1;
    }
    int first = 1;
    fputs("{\"parsed\": true, \"parse_errors\": [", stdout);
    put_errors(root, &first);
    /* As written (no METHOD: RFC 5545 says no scheduling semantics), then as a
     * published calendar (RFC 5546 PUBLISH), the strictest table libical has. */
    fputs("], \"restriction_errors\": ", stdout);
    put_restriction(text, 0);
    fputs(", \"publish_errors\": ", stdout);
    put_restriction(text, 1);
    free(text);
    fputs(", \"timezones\": [", stdout);
    first = 1;
    for (icalcomponent *c = icalcomponent_get_first_component(root, ICAL_VTIMEZONE_COMPONENT);
         c != NULL; c = icalcomponent_get_next_component(root, ICAL_VTIMEZONE_COMPONENT)) {
        if (!first)
            fputs(", ", stdout);
        first = 0;
        put_json_string(text_of(c, ICAL_TZID_PROPERTY));
    }
    fputs("], \"components\": [", stdout);
    first = 1;
    for (icalcomponent *c = icalcomponent_get_first_component(root, ICAL_ANY_COMPONENT);
         c != NULL; c = icalcomponent_get_next_component(root, ICAL_ANY_COMPONENT)) {
        if (icalcomponent_isa(c) == ICAL_VTIMEZONE_COMPONENT)
            continue;
        if (!first)
            fputs(", ", stdout);
        first = 0;
        put_component(c);
    }
    puts("]}");
    icalcomponent_free(root);
    return 0;
}

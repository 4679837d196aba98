/* Writer: the model -> schema.org JSON-LD, one Organization per entry, for
 * directory sites and maps: name, PostalAddress, telephone and faxNumber,
 * email, url, keywords, the people as employee Persons, and the opening
 * information (jsonld_hours.c). Every term used is listed, with where
 * schema.org defines it, in tests/formats/jsonld.py. */
#include <stdlib.h>
#include <string.h>

#include "base/text.h"
#include "base/util.h"
#include "write/formats_int.h"
#include "write/vcard.h"

/* Set key to the one value of a, or to the array when it has several;
 * nothing when it is empty. Takes the reference to a. */
static void set_values(json_t *o, const char *key, json_t *a)
{
    if (json_array_size(a) == 1)
        json_object_set(o, key, json_array_get(a, 0));
    else if (json_array_size(a) > 1)
        json_object_set(o, key, a);
    json_decref(a);
}

static json_t *strings(const struct strlist *l)
{
    json_t *a = json_array();
    for (size_t i = 0; i < l->n; i++)
        if (!str_blank(l->v[i]))
            json_array_append_new(a, jw_trimmed(l->v[i]));
    return a;
}

/* URLs escaped as the card writes them (vcard_add_uri): a valid IRI. */
static json_t *uri(const char *s)
{
    struct strbuf v = STRBUF_INIT;
    vcard_add_uri(&v, s);
    json_t *j = jw_str(strbuf_str(&v));
    strbuf_free(&v);
    return j;
}

static json_t *uris(const struct strlist *l)
{
    json_t *a = json_array();
    for (size_t i = 0; i < l->n; i++)
        if (!str_blank(l->v[i]))
            json_array_append_new(a, uri(l->v[i]));
    return a;
}

/* telephone (voice, mobile, toll-free) and faxNumber, in the international
 * format the 3.0 card writes. */
static void set_phones(json_t *o, const struct phone_list *l)
{
    json_t *tel = json_array(), *fax = json_array();
    for (size_t i = 0; i < l->n; i++) {
        const struct phone *p = &l->v[i];
        if (!p->e164)
            continue;
        json_array_append_new(p->kind == PHONE_FAX ? fax : tel,
                              jw_str(p->intl ? p->intl : p->e164));
    }
    set_values(o, "telephone", tel);
    set_values(o, "faxNumber", fax);
}

/* PostalAddress: the delivery lines as streetAddress (one per line), the
 * country as the card writes it (schema.org takes a name or a code). */
static void set_address(json_t *o, const struct address *a)
{
    if (a->lines.n == 0 && str_blank(a->postcode) && str_blank(a->locality) &&
        str_blank(a->country))
        return;
    json_t *pa = json_pack("{s:s}", "@type", "PostalAddress");
    struct strbuf street = STRBUF_INIT;
    for (size_t i = 0; i < a->lines.n; i++) {
        if (i > 0)
            strbuf_putc(&street, '\n');
        strbuf_puts(&street, a->lines.v[i]);
    }
    jw_set_text(pa, "streetAddress", strbuf_str(&street));
    jw_set_text(pa, "postalCode", a->postcode);
    jw_set_text(pa, "addressLocality", a->locality);
    jw_set_text(pa, "addressRegion", a->region);
    jw_set_text(pa, "addressCountry", a->country);
    json_object_set_new(o, "address", pa);
    strbuf_free(&street);
}

static json_t *person(const struct person *p, const char *uid)
{
    char *id = xasprintf("urn:uuid:%s", uid);
    json_t *o = json_pack("{s:s, s:s}", "@type", "Person", "@id", id);
    free(id);
    struct strbuf fn = STRBUF_INIT;
    json_object_set_new(o, "name", jw_str(vcard_person_fn(&fn, p)));
    strbuf_free(&fn);
    jw_set_text(o, "honorificPrefix", p->prefix);
    jw_set_text(o, "givenName", p->given);
    jw_set_text(o, "familyName", p->family ? p->family : p->family_raw);
    jw_set_text(o, "jobTitle", p->title);
    set_phones(o, &p->phones);
    set_values(o, "email", strings(&p->emails));
    struct strbuf note = STRBUF_INIT;
    vcard_person_note(&note, p);
    jw_set_text(o, "description", strbuf_str(&note));
    strbuf_free(&note);
    return o;
}

/* Reception only by appointment, which OpenStreetMap tags appointment=only
 * beside opening_hours: the same key and value as a PropertyValue, with the
 * sentence as written. */
static void set_appointment_only(json_t *o, const struct entry *e)
{
    json_t *pv = json_pack("{s:s, s:s, s:s, s:s}", "@type", "PropertyValue", "propertyID",
                           "https://wiki.openstreetmap.org/wiki/Key:appointment", "name",
                           "appointment", "value", "only");
    jw_set_text(pv, "description",
                !str_blank(e->hours_text)
                    ? e->hours_text
                    : "Accueil du public uniquement sur rendez-vous.");
    json_object_set_new(o, "additionalProperty", pv);
}

/* A telephone line's hours and permanences are not the place's opening
 * hours: each kind is a ContactPoint with hoursAvailable. The line's number
 * is given only when the entry has one number that is not a fax: the model
 * does not say which number a line's hours are for. */
static void set_contact_points(json_t *o, const struct entry *e)
{
    static const struct {
        enum hours_kind kind;
        const char *type;
    } kinds[] = {{HOURS_PHONE, "Permanence t\xC3\xA9l\xC3\xA9phonique"},
                 {HOURS_PERMANENCE, "Permanence"}};
    const struct phone *only = NULL;
    size_t voice = 0;
    for (size_t i = 0; i < e->phones.n; i++)
        if (e->phones.v[i].e164 && e->phones.v[i].kind != PHONE_FAX && voice++ == 0)
            only = &e->phones.v[i];
    json_t *points = json_array();
    for (size_t k = 0; k < 2; k++) {
        json_t *specs = jsonld_hours_specs(&e->hours, kinds[k].kind);
        if (json_array_size(specs) == 0) {
            json_decref(specs);
            continue;
        }
        json_t *cp = json_pack("{s:s, s:s, s:o}", "@type", "ContactPoint", "contactType",
                               kinds[k].type, "hoursAvailable", specs);
        if (kinds[k].kind == HOURS_PHONE && voice == 1)
            json_object_set_new(cp, "telephone",
                                jw_str(only->intl ? only->intl : only->e164));
        json_array_append_new(points, cp);
    }
    set_values(o, "contactPoint", points);
}

/* openingHoursSpecification and openingHours (reception), contact points,
 * appointment-only reception. openingHours and openingHoursSpecification are
 * defined on LocalBusiness (and CivicStructure), not on Organization: an
 * entry with opening information is both. */
static void set_opening(json_t *o, const struct entry *e)
{
    bool any = e->appointment_only;
    for (size_t i = 0; i < e->hours.n && !any; i++)
        any = hours_range_usable(&e->hours.v[i]);
    if (!any)
        return;
    json_object_set_new(o, "@type", json_pack("[s,s]", "Organization", "LocalBusiness"));
    json_t *specs = jsonld_hours_specs(&e->hours, HOURS_RECEPTION);
    if (json_array_size(specs) > 0)
        json_object_set(o, "openingHoursSpecification", specs);
    json_decref(specs);
    struct strbuf osm = STRBUF_INIT;
    if (osm_opening_hours(&e->hours, HOURS_RECEPTION, &osm))
        json_object_set_new(o, "openingHours", jw_str(strbuf_str(&osm)));
    strbuf_free(&osm);
    set_contact_points(o, e);
    if (e->appointment_only)
        set_appointment_only(o, e);
}

size_t jsonld_write_entry(const struct entry *e, struct strbuf *out)
{
    struct card_uids u;
    card_uids_init(&u, e);
    char *id = xasprintf("urn:uuid:%s", u.org);
    json_t *o = json_pack("{s:s, s:s, s:o}", "@type", "Organization", "@id", id, "name",
                          jw_str(vcard_org_name(e)));
    free(id);
    set_values(o, "alternateName", strings(&e->org_units));
    set_address(o, &e->adr);
    set_phones(o, &e->phones);
    set_values(o, "email", strings(&e->emails));
    set_values(o, "url", uris(&e->urls));
    set_values(o, "keywords", strings(&e->keywords));
    if (!str_blank(e->source_url)) /* "Source de mise à jour": the page it is from */
        json_object_set_new(o, "mainEntityOfPage", uri(e->source_url));
    struct strbuf note = STRBUF_INIT;
    vcard_org_note(&note, e, VCARD_40); /* the card's NOTE: no text is lost */
    jw_set_text(o, "description", strbuf_str(&note));
    strbuf_free(&note);
    set_opening(o, e);
    json_t *people = json_array();
    for (size_t i = 0; i < e->people.n; i++)
        json_array_append_new(people, person(&e->people.v[i], u.people[i]));
    set_values(o, "employee", people);
    card_uids_free(&u);
    jw_dump(o, out);
    return 1;
}

/* Writer: the model -> JSContact (RFC 9553) Card objects, what JMAP servers
 * (Stalwart, Fastmail) store: one Card per vCard card, with the vCard's UID
 * and facts (vcard.h), built with jansson. Ids of the maps are "o1", "p1"...:
 * short, stable, in the base64url alphabet RFC 9553 1.4.1 requires. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/text.h"
#include "base/util.h"
#include "write/formats_int.h"
#include "write/vcard.h"

/* Add value under the next id ("p1", "p2"...) of the map key of card. */
static void add_to_map(json_t *card, const char *key, char prefix, json_t *value)
{
    json_t *map = json_object_get(card, key);
    if (!map) {
        map = json_object();
        json_object_set_new(card, key, map);
    }
    char id[24];
    snprintf(id, sizeof id, "%c%zu", prefix, json_object_size(map) + 1);
    json_object_set_new(map, id, value);
}

static json_t *work(void)
{
    return json_pack("{s:b}", "work", 1);
}

/* Phones: the vCard 4.0 tel: URI, features voice/fax/mobile (a toll-free
 * number is a voice line), context work, the label a 3.0 card shows. */
static void add_phones(json_t *card, const struct phone_list *l)
{
    static const char *const feature[] = {"voice", "fax", "mobile", "voice"};
    struct strbuf v = STRBUF_INIT, key = STRBUF_INIT, tmp = STRBUF_INIT;
    for (size_t i = 0; i < l->n; i++) {
        const struct phone *p = &l->v[i];
        if (!p->e164)
            continue;
        strbuf_reset(&v);
        vcard_tel_uri(&v, p);
        json_t *ph = json_pack("{s:s, s:o, s:{s:b}, s:o}", "@type", "Phone", "number",
                               jw_str(strbuf_str(&v)), "features", feature[p->kind], 1,
                               "contexts", work());
        const char *label = vcard_phone_label(p, &key, &tmp);
        if (label)
            json_object_set_new(ph, "label", jw_str(label));
        add_to_map(card, "phones", 'p', ph);
    }
    strbuf_free(&v);
    strbuf_free(&key);
    strbuf_free(&tmp);
}

static void add_emails(json_t *card, const struct strlist *l)
{
    for (size_t i = 0; i < l->n; i++)
        if (!str_blank(l->v[i]))
            add_to_map(card, "emails", 'e',
                       json_pack("{s:s, s:o, s:o}", "@type", "EmailAddress", "address",
                                 jw_trimmed(l->v[i]), "contexts", work()));
}

static void add_component(json_t *comps, const char *kind, const char *value)
{
    if (!str_blank(value))
        json_array_append_new(comps,
                              json_pack("{s:s, s:s, s:o}", "@type", "AddressComponent",
                                        "kind", kind, "value", jw_trimmed(value)));
}

/* The address: each delivery line a component of kind "name" (the model
 * does not cut a line into number and street), then locality, region,
 * postcode and country, in the order a French address is written;
 * countryCode the ISO code of the place; full the lines as written. */
static void add_address(json_t *card, const struct entry *e)
{
    const struct address *a = &e->adr;
    if (a->lines.n == 0 && str_blank(a->postcode) && str_blank(a->locality) &&
        str_blank(a->country))
        return;
    json_t *comps = json_array();
    for (size_t i = 0; i < a->lines.n; i++)
        add_component(comps, "name", a->lines.v[i]);
    add_component(comps, "postcode", a->postcode);
    add_component(comps, "locality", a->locality);
    add_component(comps, "region", a->region);
    add_component(comps, "country", a->country);
    json_t *adr =
        json_pack("{s:s, s:o, s:b, s:s, s:o}", "@type", "Address", "components", comps,
                  "isOrdered", 1, "defaultSeparator", "\n", "contexts", work());
    if (!str_blank(a->country_code) && strlen(a->country_code) == 2)
        json_object_set_new(adr, "countryCode", jw_str(a->country_code));
    struct strbuf full = STRBUF_INIT;
    if (card_address_lines(e, "\n", &full))
        json_object_set_new(adr, "full", jw_str(strbuf_str(&full)));
    strbuf_free(&full);
    add_to_map(card, "addresses", 'a', adr);
}

static void add_note(json_t *card, const char *s)
{
    if (!str_blank(s))
        add_to_map(card, "notes", 'n',
                   json_pack("{s:s, s:o}", "@type", "Note", "note", jw_str(s)));
}

static json_t *card_new(const char *uid, const char *kind)
{
    char *urn = xasprintf("urn:uuid:%s", uid);
    json_t *c = json_pack("{s:s, s:s, s:s, s:s, s:s}", "@type", "Card", "version", "1.0",
                          "uid", urn, "kind", kind, "prodId", VCARD_PRODID);
    free(urn);
    return c;
}

static void add_organization(json_t *card, const char *name)
{
    if (!str_blank(name))
        add_to_map(
            card, "organizations", 'o',
            json_pack("{s:s, s:o}", "@type", "Organization", "name", jw_str(name)));
}

static json_t *org_card(const struct entry *e, const struct card_uids *u)
{
    json_t *c = card_new(u->org, "org");
    const char *name = vcard_org_name(e);
    json_object_set_new(c, "name",
                        json_pack("{s:s, s:o}", "@type", "Name", "full", jw_str(name)));
    add_organization(c, name);
    add_address(c, e);
    add_phones(c, &e->phones);
    add_emails(c, &e->emails);
    struct strbuf v = STRBUF_INIT;
    for (size_t i = 0; i < e->urls.n; i++) {
        if (str_blank(e->urls.v[i]))
            continue;
        strbuf_reset(&v);
        vcard_add_uri(&v, e->urls.v[i]);
        add_to_map(
            c, "links", 'l',
            json_pack("{s:s, s:o}", "@type", "Link", "uri", jw_str(strbuf_str(&v))));
    }
    if (!str_blank(e->source_url)) { /* vCard SOURCE (RFC 9555 2.1.4) */
        strbuf_reset(&v);
        vcard_add_uri(&v, e->source_url);
        add_to_map(c, "directories", 'd',
                   json_pack("{s:s, s:s, s:o}", "@type", "Directory", "kind", "entry",
                             "uri", jw_str(strbuf_str(&v))));
    }
    json_t *kw = json_object();
    for (size_t i = 0; i < e->keywords.n; i++) {
        size_t n;
        const char *t = str_trim_view(e->keywords.v[i], &n);
        if (n > 0)
            json_object_setn_new(kw, t, n, json_true());
    }
    if (json_object_size(kw) > 0)
        json_object_set(c, "keywords", kw);
    json_decref(kw);
    if (e->updated.precision != DATE_NONE) {
        char rev[32];
        date_format_timestamp(&e->updated, true, rev, sizeof rev);
        json_object_set_new(c, "updated", json_string(rev));
    }
    strbuf_reset(&v);
    vcard_org_note(&v, e, VCARD_40);
    add_note(c, strbuf_str(&v));
    strbuf_free(&v);
    return c;
}

static json_t *person_card(const struct entry *e, size_t i, const struct card_uids *u)
{
    const struct person *p = &e->people.v[i];
    json_t *c = card_new(u->people[i], "individual");
    json_t *comps = json_array();
    static const char *const kinds[] = {"title", "given", "surname"};
    const char *parts[] = {p->prefix, p->given, p->family ? p->family : p->family_raw};
    for (size_t k = 0; k < 3; k++)
        if (!str_blank(parts[k]))
            json_array_append_new(comps, json_pack("{s:s, s:s, s:o}", "@type",
                                                   "NameComponent", "kind", kinds[k],
                                                   "value", jw_trimmed(parts[k])));
    struct strbuf fn = STRBUF_INIT;
    json_t *name = json_pack("{s:s, s:o, s:o}", "@type", "Name", "components", comps,
                             "full", jw_str(vcard_person_fn(&fn, p)));
    strbuf_free(&fn);
    json_object_set_new(c, "name", name);
    add_organization(c, !str_blank(e->org_name) ? e->org_name : e->title);
    if (!str_blank(p->title)) {
        json_t *t = json_pack("{s:s, s:o, s:s}", "@type", "Title", "name",
                              jw_trimmed(p->title), "kind", "title");
        if (json_object_get(c, "organizations"))
            json_object_set_new(t, "organizationId", json_string("o1"));
        add_to_map(c, "titles", 't', t);
    }
    add_phones(c, &p->phones);
    add_emails(c, &p->emails);
    struct strbuf note = STRBUF_INIT;
    vcard_person_note(&note, p);
    add_note(c, strbuf_str(&note));
    strbuf_free(&note);
    char *org = xasprintf("urn:uuid:%s", u->org);
    json_object_set_new(
        c, "relatedTo",
        json_pack("{s:{s:s, s:{}}}", org, "@type", "Relation", "relation"));
    free(org);
    return c;
}

size_t jscontact_write_entry(const struct entry *e, struct strbuf *out)
{
    struct card_uids u;
    card_uids_init(&u, e);
    json_t *org = org_card(e, &u);
    /* the organisation names its people as its contacts (RFC 9553 2.1.8) */
    json_t *related = json_object();
    for (size_t i = 0; i < e->people.n; i++) {
        char *urn = xasprintf("urn:uuid:%s", u.people[i]);
        json_object_set_new(
            related, urn,
            json_pack("{s:s, s:{s:b}}", "@type", "Relation", "relation", "contact", 1));
        free(urn);
    }
    if (json_object_size(related) > 0)
        json_object_set(org, "relatedTo", related);
    json_decref(related);
    jw_dump(org, out);
    for (size_t i = 0; i < e->people.n; i++) {
        strbuf_puts(out, ",\n");
        jw_dump(person_card(e, i, &u), out);
    }
    card_uids_free(&u);
    return 1 + e->people.n;
}

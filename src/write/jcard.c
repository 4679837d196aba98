/* Writer: the model -> jCard (RFC 7095), the vCard 4.0 cards as JSON arrays
 * ["vcard", [[name, {params}, type, value...]...]], built with jansson. The
 * same properties, parameters and values as the 4.0 card of vcard.c, in the
 * same order, from the same derivations (vcard.h): a jCard turned back into
 * vCard text says what the .vcf says. */
#include <stdio.h>
#include <string.h>

#include "base/text.h"
#include "write/formats_int.h"
#include "write/vcard.h"

/* Append [name, params, type, value] to props; params may be NULL ({}). The
 * reference to value is taken. */
static void prop(json_t *props, const char *name, json_t *params, const char *type,
                 json_t *value)
{
    json_t *p = json_array();
    json_array_append_new(p, json_string(name));
    json_array_append_new(p, params ? params : json_object());
    json_array_append_new(p, json_string(type));
    json_array_append_new(p, value);
    json_array_append_new(props, p);
}

static void prop_text(json_t *props, const char *name, const char *s)
{
    if (!str_blank(s))
        prop(props, name, NULL, "text", jw_str(s));
}

/* A URI value (URL, SOURCE) escaped as the card writes it. */
static void prop_uri(json_t *props, const char *name, const char *s)
{
    if (str_blank(s))
        return;
    struct strbuf v = STRBUF_INIT;
    vcard_add_uri(&v, s);
    prop(props, name, NULL, "uri", jw_str(strbuf_str(&v)));
    strbuf_free(&v);
}

static void prop_uid(json_t *props, const char *name, const char *uuid)
{
    struct strbuf v = STRBUF_INIT;
    strbuf_puts(&v, "urn:uuid:");
    strbuf_puts(&v, uuid);
    prop(props, name, NULL, "uri", jw_str(strbuf_str(&v)));
    strbuf_free(&v);
}

/* TYPE="work,voice" of the 4.0 card: an array of the types in jCard. */
/* TYPE="work,voice" of the 4.0 card: an array of the types in jCard; the
 * number as text, as the card writes it (its labels are in NOTE). */
static void prop_tels(json_t *props, const struct phone_list *l)
{
    static const char *const kind[] = {"voice", "fax", "cell", "voice"};
    for (size_t i = 0; i < l->n; i++) {
        const struct phone *p = &l->v[i];
        if (!p->e164)
            continue;
        json_t *params = json_pack("{s:[s,s]}", "type", "work", kind[p->kind]);
        prop(props, "tel", params, "text", jw_str(p->intl ? p->intl : p->e164));
    }
}

static void prop_emails(json_t *props, const struct strlist *l)
{
    for (size_t i = 0; i < l->n; i++)
        if (!str_blank(l->v[i]))
            prop(props, "email", json_pack("{s:s}", "type", "work"), "text",
                 jw_str(l->v[i]));
}

/* ADR;TYPE=work: street = the delivery lines joined with "\n". */
static void prop_adr(json_t *props, const struct address *a)
{
    if (a->lines.n == 0 && str_blank(a->postcode) && str_blank(a->locality) &&
        str_blank(a->country))
        return;
    struct strbuf sb = STRBUF_INIT;
    for (size_t i = 0; i < a->lines.n; i++) {
        if (i > 0)
            strbuf_putc(&sb, '\n');
        strbuf_puts(&sb, a->lines.v[i]);
    }
    json_t *v = json_array();
    const char *parts[7] = {"",        "",          strbuf_str(&sb), a->locality,
                            a->region, a->postcode, a->country};
    for (size_t i = 0; i < 7; i++)
        json_array_append_new(v, jw_trimmed(parts[i]));
    /* no label parameter, as on the 4.0 card (vcard.c says why) */
    json_t *params = json_pack("{s:s}", "type", "work");
    prop(props, "adr", params, "text", v);
    strbuf_free(&sb);
}

/* CATEGORIES: one value per keyword, trimmed (jCard lists the values of a
 * multi-valued property after the type). */
static void prop_categories(json_t *props, const struct strlist *kw)
{
    json_t *p = json_pack("[s,{},s]", "categories", "text");
    for (size_t i = 0; i < kw->n; i++)
        if (!str_blank(kw->v[i]))
            json_array_append_new(p, jw_trimmed(kw->v[i]));
    if (json_array_size(p) > 3)
        json_array_append_new(props, p);
    else
        json_decref(p);
}

static json_t *card_start(json_t **props, const char *uid)
{
    *props = json_array();
    prop(*props, "version", NULL, "text", json_string("4.0"));
    prop(*props, "prodid", NULL, "text", json_string(VCARD_PRODID));
    prop_uid(*props, "uid", uid);
    return json_pack("[s,o]", "vcard", *props);
}

static json_t *org_card(const struct entry *e, const char *uid)
{
    json_t *props;
    json_t *card = card_start(&props, uid);
    const char *name = vcard_org_name(e);
    prop(props, "fn", NULL, "text", jw_str(name));
    /* ORG is structured: an array, so that a ";" in the name stays in it */
    prop(props, "org", NULL, "text", json_pack("[o]", jw_str(name)));
    prop(props, "kind", NULL, "text", json_string("org"));
    prop_adr(props, &e->adr);
    prop_tels(props, &e->phones);
    prop_emails(props, &e->emails);
    for (size_t i = 0; i < e->urls.n; i++)
        prop_uri(props, "url", e->urls.v[i]);
    prop_categories(props, &e->keywords);
    if (e->updated.precision != DATE_NONE) {
        char rev[32]; /* jCard writes timestamps in the extended form */
        date_format_timestamp(&e->updated, true, rev, sizeof rev);
        prop(props, "rev", NULL, "timestamp", json_string(rev));
    }
    prop_uri(props, "source", e->source_url);
    struct strbuf note = STRBUF_INIT;
    vcard_org_note(&note, e, VCARD_40);
    prop_text(props, "note", strbuf_str(&note));
    strbuf_free(&note);
    return card;
}

static json_t *person_card(const struct entry *e, size_t i, const struct card_uids *u)
{
    const struct person *p = &e->people.v[i];
    json_t *props;
    json_t *card = card_start(&props, u->people[i]);
    prop(props, "kind", NULL, "text", json_string("individual"));
    struct strbuf fn = STRBUF_INIT;
    prop_text(props, "fn", vcard_person_fn(&fn, p));
    strbuf_free(&fn);
    const char *family = p->family ? p->family : p->family_raw;
    prop(props, "n", NULL, "text",
         json_pack("[o,o,s,o,s]", jw_str(family), jw_str(p->given), "", jw_str(p->prefix),
                   ""));
    prop_text(props, "title", p->title);
    const char *org = !str_blank(e->org_name) ? e->org_name : e->title;
    if (!str_blank(org))
        prop(props, "org", NULL, "text", json_pack("[o]", jw_str(org)));
    prop_tels(props, &p->phones);
    prop_emails(props, &p->emails);
    struct strbuf note = STRBUF_INIT;
    vcard_person_note(&note, p);
    prop_text(props, "note", strbuf_str(&note));
    strbuf_free(&note);
    prop_uid(props, "related", u->org);
    return card;
}

size_t jcard_write_entry(const struct entry *e, struct strbuf *out)
{
    struct card_uids u;
    card_uids_init(&u, e);
    jw_dump(org_card(e, u.org), out);
    for (size_t i = 0; i < e->people.n; i++) {
        strbuf_puts(out, ",\n");
        jw_dump(person_card(e, i, &u), out);
    }
    card_uids_free(&u);
    return 1 + e->people.n;
}

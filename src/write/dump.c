/* Writer: the model -> one JSON line (jansson) in the schema of the sample
 * corpus' expected.json, plus where the entry comes from and its notes. */
#include "write/dump.h"

#include <stdlib.h>

#include <jansson.h>

static const char *kind_name(enum phone_kind k)
{
    switch (k) {
    case PHONE_FAX:
        return "fax";
    case PHONE_CELL:
        return "cell";
    case PHONE_TOLLFREE:
        return "tollfree";
    case PHONE_VOICE:
    default:
        return "voice";
    }
}

static json_t *str_or_null(const char *s)
{
    return s ? json_string(s) : json_null();
}

static json_t *strings(const struct strlist *l)
{
    json_t *a = json_array();
    for (size_t i = 0; i < l->n; i++)
        json_array_append_new(a, json_string(l->v[i]));
    return a;
}

static json_t *phones(const struct phone_list *l)
{
    json_t *a = json_array();
    for (size_t i = 0; i < l->n; i++) {
        const struct phone *p = &l->v[i];
        if (!p->e164)
            continue;
        json_array_append_new(
            a, json_pack("{s:s, s:s}", "e164", p->e164, "kind", kind_name(p->kind)));
    }
    return a;
}

void dump_entry_json(const struct entry *e, struct strbuf *out)
{
    json_t *o = json_object();
    json_object_set_new(o, "file", json_string(e->source));
    json_object_set_new(o, "line", json_integer(e->line));
    json_object_set_new(o, "index", json_integer(e->index));
    json_object_set_new(o, "org_name", str_or_null(e->org_name));
    json_object_set_new(o, "title", str_or_null(e->title));
    json_object_set_new(o, "phones", phones(&e->phones));
    json_object_set_new(o, "emails", strings(&e->emails));
    json_object_set_new(o, "urls", strings(&e->urls));

    json_t *adr = json_object();
    json_object_set_new(adr, "lines", strings(&e->adr.lines));
    json_object_set_new(adr, "postcode", str_or_null(e->adr.postcode));
    json_object_set_new(adr, "locality", str_or_null(e->adr.locality));
    json_object_set_new(adr, "country", str_or_null(e->adr.country));
    if (e->adr.region)
        json_object_set_new(adr, "region", json_string(e->adr.region));
    json_object_set_new(o, "address", adr);

    json_t *people = json_array();
    for (size_t i = 0; i < e->people.n; i++) {
        const struct person *p = &e->people.v[i];
        json_t *jp = json_object();
        json_object_set_new(jp, "prefix", json_string(p->prefix ? p->prefix : ""));
        json_object_set_new(jp, "given", json_string(p->given ? p->given : ""));
        json_object_set_new(jp, "family", json_string(p->family ? p->family : ""));
        json_object_set_new(jp, "title", json_string(p->title ? p->title : ""));
        json_object_set_new(jp, "phones", phones(&p->phones));
        json_object_set_new(jp, "emails", strings(&p->emails));
        if (p->note) /* only when present: dumps of other lines stay as they were */
            json_object_set_new(jp, "note", json_string(p->note));
        json_array_append_new(people, jp);
    }
    json_object_set_new(o, "people", people);

    json_object_set_new(o, "appointment_only", json_boolean(e->appointment_only));
    json_t *hours = json_array();
    for (size_t i = 0; i < e->hours.n; i++) {
        const struct hours_range *r = &e->hours.v[i];
        json_t *days = json_array();
        for (int d = 0; d < 7; d++)
            if (r->days & (1u << d))
                json_array_append_new(days, json_string(entry_day_names[d]));
        char start[8], end[8];
        hours_format(r->start, start, sizeof start);
        hours_format(r->end, end, sizeof end);
        json_t *jr =
            json_pack("{s:o, s:s, s:s}", "days", days, "start", start, "end", end);
        if (r->appointment)
            json_object_set_new(jr, "appointment", json_true());
        /* as in the corpora's facts: a reception range says no kind */
        if (r->kind == HOURS_PHONE)
            json_object_set_new(jr, "kind", json_string("phone"));
        else if (r->kind == HOURS_PERMANENCE)
            json_object_set_new(jr, "kind", json_string("permanence"));
        json_array_append_new(hours, jr);
    }
    json_object_set_new(o, "hours", hours);
    json_object_set_new(o, "closures", strings(&e->closures));

    if (e->updated.precision != DATE_NONE) {
        char buf[16];
        date_format_iso(&e->updated, buf, sizeof buf);
        json_object_set_new(o, "updated", json_string(buf));
    } else {
        json_object_set_new(o, "updated", json_null());
    }
    json_object_set_new(o, "source", str_or_null(e->source_url));
    json_object_set_new(o, "keywords", strings(&e->keywords));

    json_t *notes = json_array();
    for (size_t i = 0; i < e->notes.n; i++)
        json_array_append_new(notes,
                              json_pack("{s:s, s:s}", "heading", e->notes.v[i].heading,
                                        "text", e->notes.v[i].text));
    json_object_set_new(o, "notes", notes);

    char *s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
    strbuf_puts(out, s);
    strbuf_putc(out, '\n');
    free(s);
    json_decref(o);
}

char *fiche_json(const struct entry *e)
{
    struct strbuf sb = STRBUF_INIT;
    dump_entry_json(e, &sb);
    return strbuf_detach(&sb);
}

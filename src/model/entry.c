/* The model's constructors and destructors; no I/O, no libraries. */
#include "model/entry.h"

#include <stdlib.h>
#include <string.h>

const char *const entry_day_names[7] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

#define PUSH(l, item)                                                                    \
    do {                                                                                 \
        if ((l)->n == (l)->cap) {                                                        \
            (l)->cap = (l)->cap ? (l)->cap * 2 : 4;                                      \
            (l)->v = xrealloc((l)->v, (l)->cap * sizeof *(l)->v);                        \
        }                                                                                \
        (l)->v[(l)->n++] = (item);                                                       \
    } while (0)

struct entry *entry_new(const char *source, int line, int index)
{
    struct entry *e = xcalloc(1, sizeof *e);
    e->source = xstrdup(source ? source : "-");
    e->line = line;
    e->index = index;
    return e;
}

void phone_list_push(struct phone_list *l, struct phone p)
{
    PUSH(l, p);
}
void person_list_push(struct person_list *l, struct person p)
{
    PUSH(l, p);
}
void hours_list_push(struct hours_list *l, struct hours_range r)
{
    PUSH(l, r);
}

void entry_add_note(struct entry *e, const char *heading, const char *text)
{
    const char *h = heading ? heading : "";
    size_t n = strlen(text);
    if (e->notes.n > 0 && strcmp(e->notes.v[e->notes.n - 1].heading, h) == 0) {
        /* Append "\n" + text, growing the buffer geometrically: an entry
         * with 100,000 lines of notes stays linear. */
        struct note_section *ns = &e->notes.v[e->notes.n - 1];
        if (ns->len + n + 2 > ns->cap) {
            ns->cap = (ns->len + n + 2) * 2;
            ns->text = xrealloc(ns->text, ns->cap);
        }
        ns->text[ns->len++] = '\n';
        memcpy(ns->text + ns->len, text, n + 1);
        ns->len += n;
        return;
    }
    struct note_section ns = {xstrdup(h), xstrndup(text, n), n, n + 1};
    PUSH(&e->notes, ns);
}

void phone_clear(struct phone *p)
{
    free(p->text);
    free(p->label);
    free(p->e164);
    free(p->intl);
    free(p->region);
    memset(p, 0, sizeof *p);
}

void phone_list_clear(struct phone_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        phone_clear(&l->v[i]);
    free(l->v);
    memset(l, 0, sizeof *l);
}

void person_clear(struct person *p)
{
    free(p->prefix);
    free(p->given);
    free(p->family);
    free(p->family_raw);
    free(p->title);
    free(p->text);
    free(p->note);
    phone_list_clear(&p->phones);
    strlist_clear(&p->emails);
    memset(p, 0, sizeof *p);
}

void address_clear(struct address *a)
{
    strlist_clear(&a->lines);
    strlist_clear(&a->label);
    free(a->postcode);
    free(a->locality);
    free(a->region);
    free(a->country);
    free(a->country_code);
    memset(a, 0, sizeof *a);
}

void entry_free(struct entry *e)
{
    if (!e)
        return;
    free(e->source);
    free(e->title);
    free(e->org_name);
    free(e->org_subtitle);
    strlist_clear(&e->org_units);
    address_clear(&e->adr);
    phone_list_clear(&e->phones);
    strlist_clear(&e->emails);
    strlist_clear(&e->urls);
    for (size_t i = 0; i < e->people.n; i++)
        person_clear(&e->people.v[i]);
    free(e->people.v);
    free(e->hours.v);
    strlist_clear(&e->closures);
    strlist_clear(&e->hours_notes);
    free(e->hours_text);
    free(e->updated_text);
    free(e->source_url);
    strlist_clear(&e->keywords);
    for (size_t i = 0; i < e->notes.n; i++) {
        free(e->notes.v[i].heading);
        free(e->notes.v[i].text);
    }
    free(e->notes.v);
    diag_list_clear(&e->diags);
    free(e);
}

/* Writers of the other formats: what jcard.c, jscontact.c, jsonld*.c and
 * csv.c share: the UIDs of an entry's cards, JSON on jansson, the address
 * on lines. Below the writers; calls none of them. */
#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "base/text.h"
#include "base/util.h"
#include "write/formats_int.h"
void card_uids_init(struct card_uids *u, const struct entry *e)
{
    uid_entry_bytes(e, u->org_bytes);
    uid_format(u->org_bytes, u->org);
    u->people = NULL;
    if (e->people.n > 0) {
        u->people = xcalloc(e->people.n, sizeof *u->people);
        uid_people(e, u->org_bytes, u->people);
    }
}

void card_uids_free(struct card_uids *u)
{
    free(u->people);
    u->people = NULL;
}

/* The n bytes at t as a JSON string, each control character other than a
 * line break (a tab pasted from a table; C0, DEL, C1) a space, as the vCard
 * writer makes it: every format carries the same text. */
static json_t *clean_string(const char *t, size_t n)
{
    const unsigned char *u = (const unsigned char *)t;
    size_t i = 0;
    while (i < n && (u[i] >= 0x20 || u[i] == '\n') && u[i] != 0x7F &&
           !(u[i] == 0xC2 && i + 1 < n && u[i + 1] >= 0x80 && u[i + 1] <= 0x9F))
        i++;
    json_t *v;
    if (i == n) {
        v = json_stringn(t, n);
    } else {
        struct strbuf b = STRBUF_INIT;
        for (size_t k = 0; k < n; k++) {
            if (u[k] == 0xC2 && k + 1 < n && u[k + 1] >= 0x80 && u[k + 1] <= 0x9F) {
                strbuf_putc(&b, ' ');
                k++;
            } else {
                strbuf_putc(&b,
                            (u[k] < 0x20 && u[k] != '\n') || u[k] == 0x7F ? ' ' : t[k]);
            }
        }
        v = json_stringn(strbuf_str(&b), b.len);
        strbuf_free(&b);
    }
    return v ? v : json_string("");
}

json_t *jw_str(const char *s)
{
    return clean_string(s ? s : "", s ? strlen(s) : 0);
}

json_t *jw_trimmed(const char *s)
{
    size_t n = 0;
    const char *t = s ? str_trim_view(s, &n) : "";
    return clean_string(t, n);
}

void jw_set_text(json_t *o, const char *key, const char *s)
{
    if (!str_blank(s))
        json_object_set_new(o, key, jw_str(s));
}

void jw_dump(json_t *v, struct strbuf *out)
{
    char *s = json_dumps(v, JSON_COMPACT | JSON_PRESERVE_ORDER);
    if (s)
        strbuf_puts(out, s);
    free(s);
    json_decref(v);
}

bool card_address_lines(const struct entry *e, const char *sep, struct strbuf *sb)
{
    const struct address *a = &e->adr;
    size_t start = sb->len;
    const struct strlist *lines = a->label.n > 0 ? &a->label : &a->lines;
    for (size_t i = 0; i < lines->n; i++) {
        if (str_blank(lines->v[i]))
            continue;
        if (sb->len > start)
            strbuf_puts(sb, sep);
        strbuf_puts(sb, lines->v[i]);
    }
    if (a->label.n == 0 && (!str_blank(a->postcode) || !str_blank(a->locality))) {
        if (sb->len > start)
            strbuf_puts(sb, sep);
        strbuf_puts(sb, a->postcode ? a->postcode : "");
        if (!str_blank(a->postcode) && !str_blank(a->locality))
            strbuf_putc(sb, ' ');
        strbuf_puts(sb, a->locality ? a->locality : "");
    }
    return sb->len > start;
}

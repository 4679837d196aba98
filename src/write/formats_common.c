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

size_t fmt_control_len(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    if (n == 0)
        return 0;
    if ((u[0] < 0x20 && u[0] != '\n') || u[0] == 0x7F)
        return 1;
    return n >= 2 && u[0] == 0xC2 && u[1] >= 0x80 && u[1] <= 0x9F ? 2 : 0;
}

/* The n bytes at t as a JSON string, each control character a space
 * (fmt_control_len: a tab pasted from a table): every format carries the
 * vCard's text. */
static json_t *clean_string(const char *t, size_t n)
{
    size_t i = 0;
    while (i < n && !fmt_control_len(t + i, n - i))
        i++;
    if (i == n) {
        json_t *v = json_stringn(t, n);
        return v ? v : json_string("");
    }
    struct strbuf b = STRBUF_INIT;
    for (size_t k = 0; k < n;) {
        size_t c = fmt_control_len(t + k, n - k);
        strbuf_putc(&b, c ? ' ' : t[k]);
        k += c ? c : 1;
    }
    json_t *v = json_stringn(strbuf_str(&b), b.len);
    strbuf_free(&b);
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

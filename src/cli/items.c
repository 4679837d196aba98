/* Delivery items (items.h): cards and calendar objects cut out of one
 * entry's output. The writers escape every value, so a line "BEGIN:VCARD"
 * or "BEGIN:VEVENT" only ever starts an object: cutting there is safe. */
#include "cli/items.h"

#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "cli/batch.h"
#include "cli/hash.h"
#include "cli/message.h"
#include "write/ical.h"

static struct item *item_add(struct item_list *l)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 8;
        l->v = xrealloc(l->v, l->cap * sizeof *l->v);
    }
    struct item *it = &l->v[l->n++];
    memset(it, 0, sizeof *it);
    return it;
}

void item_list_clear(struct item_list *l)
{
    for (size_t i = 0; i < l->n; i++) {
        free(l->v[i].name);
        strbuf_free(&l->v[i].text);
    }
    free(l->v);
    memset(l, 0, sizeof *l);
}

/* The value of the first content line "UID:..." in [s, end), as a name safe
 * for a file and a URL path segment; NULL when there is none such. */
static char *uid_of(const char *s, const char *end)
{
    const char *p = s;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *next = nl ? nl + 1 : end;
        if (end - p > 4 && memcmp(p, "UID:", 4) == 0) {
            const char *v = p + 4, *ve = next;
            while (ve > v && (ve[-1] == '\n' || ve[-1] == '\r'))
                ve--;
            if (ve - v > 9 && memcmp(v, "urn:uuid:", 9) == 0)
                v += 9;
            bool ok = ve > v && ve - v <= 200 && *v != '.';
            for (const char *c = v; ok && c < ve; c++)
                ok = ascii_isalnum(*c) || *c == '-' || *c == '_' || *c == '.';
            return ok ? xstrndup(v, (size_t)(ve - v)) : NULL;
        }
        /* the UID is a property of the object itself, before any sub-object */
        if (end - p > 6 && memcmp(p, "BEGIN:", 6) == 0 && p != s)
            return NULL;
        p = next;
    }
    return NULL;
}

static char *item_name(const char *s, size_t n, const char *ext)
{
    char *uid = uid_of(s, s + n);
    if (!uid) {
        char h[HASH_HEX_LEN + 1];
        hash_bytes(s, n, h);
        uid = xasprintf("fiche2vcard-%.32s", h);
    }
    char *name = xasprintf("%s%s", uid, ext);
    free(uid);
    return name;
}

void items_cards(const char *vcf, size_t n, struct item_list *out)
{
    static const char begin[] = "\r\nBEGIN:VCARD\r\n";
    const char *p = vcf, *end = vcf + n;
    while (p < end) {
        const char *next = NULL;
        for (const char *q = p; q < end; q++) {
            q = memchr(q, '\r', (size_t)(end - q));
            if (!q)
                break;
            if ((size_t)(end - q) >= sizeof begin - 1 &&
                memcmp(q, begin, sizeof begin - 1) == 0) {
                next = q + 2;
                break;
            }
        }
        const char *card_end = next ? next : end;
        struct item *it = item_add(out);
        strbuf_add(&it->text, p, (size_t)(card_end - p));
        it->name = item_name(p, (size_t)(card_end - p), ".vcf");
        p = card_end;
    }
}

/* The heads made so far, by time zones: an entry has one zone or none, so
 * a run needs a handful. */
enum { HEADS_MAX = 32 };
static struct {
    struct ical_zones zones;
    struct strbuf text;
} heads[HEADS_MAX];
static size_t n_heads;

static const struct strbuf *head_for(const struct ical_zones *zones)
{
    for (size_t i = 0; i < n_heads; i++)
        if (ical_zones_equal(&heads[i].zones, zones))
            return &heads[i].text;
    struct strbuf sb = STRBUF_INIT;
    struct fiche_error err = {0};
    if (ical_write_head(zones, &sb, &err) != 0) {
        say("%s: error: %s", FICHE_PROGRAM,
            err.message ? err.message : "cannot build a calendar head");
        fiche_error_clear(&err);
        strbuf_free(&sb);
        return NULL;
    }
    if (n_heads == HEADS_MAX) { /* the oldest goes: an entry has one zone */
        strbuf_free(&heads[0].text);
        heads[0] = heads[--n_heads];
    }
    heads[n_heads].zones = *zones;
    heads[n_heads].text = sb;
    return &heads[n_heads++].text;
}

void items_cleanup(void)
{
    for (size_t i = 0; i < n_heads; i++)
        strbuf_free(&heads[i].text);
    n_heads = 0;
}

/* The end of the top-level component that starts at s: just after its
 * "END:" line at depth 0. */
static const char *component_end(const char *s, const char *end)
{
    int depth = 0;
    while (s < end) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        const char *next = nl ? nl + 1 : end;
        if (next - s > 6 && memcmp(s, "BEGIN:", 6) == 0)
            depth++;
        else if (next - s > 4 && memcmp(s, "END:", 4) == 0 && --depth <= 0)
            return next;
        s = next;
    }
    return end;
}

int items_calendar(const char *comps, size_t n, const struct ical_zones *zones,
                   struct item_list *out)
{
    if (n == 0)
        return 0;
    const struct strbuf *head = head_for(zones);
    if (!head)
        return -1;
    size_t first = out->n;
    const char *p = comps, *end = comps + n;
    while (p < end) {
        const char *ce = component_end(p, end);
        char *name = item_name(p, (size_t)(ce - p), ".ics");
        struct item *it = NULL;
        for (size_t i = first; i < out->n && !it; i++)
            if (strcmp(out->v[i].name, name) == 0)
                it = &out->v[i];
        if (it) {
            free(name);
            it->text.len -= strlen("END:VCALENDAR\r\n"); /* the tail again below */
        } else {
            it = item_add(out);
            it->name = name;
            strbuf_add(&it->text, head->buf, head->len);
        }
        strbuf_add(&it->text, p, (size_t)(ce - p));
        ical_write_tail(&it->text);
        p = ce;
    }
    return 0;
}

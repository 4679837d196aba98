/* Writers' helper: name-based UUIDs (RFC 4122 version 5: SHA-1 by nettle,
 * written by libuuid), of keys from the text module, so a card or calendar
 * component keeps its UID from one run to the next and a re-import updates
 * it instead of adding a duplicate. nettle rather than libuuid's
 * uuid_generate_sha1: the same UUIDs (test_uid compares them), for 3,000
 * instructions each instead of 7,000, 2.7% of a run. */
#include "write/uid.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <nettle/sha1.h>
#include <uuid.h>

#include "base/strbuf.h"
#include "base/text.h"
#include "base/util.h"

/* The project's namespace: uuid5(NAMESPACE_URL, "urn:fiche2vcard"), i.e.
 * deacb383-ffbf-5955-b845-3fc22a763182. Never change it: every UID derives
 * from it, and a new value would duplicate every card users already have. */
static const unsigned char project_ns[16] = {
    0xde, 0xac, 0xb3, 0x83, 0xff, 0xbf, 0x59, 0x55,
    0xb8, 0x45, 0x3f, 0xc2, 0x2a, 0x76, 0x31, 0x82,
};

/* The 16 bytes of the v5 UUID of the n bytes of name in ns. */
static void uid_v5_bytes(const unsigned char ns[16], const char *name, size_t n,
                         unsigned char u[16])
{
    struct sha1_ctx c;
    unsigned char digest[SHA1_DIGEST_SIZE];
    sha1_init(&c);
    sha1_update(&c, 16, ns);
    sha1_update(&c, n, (const unsigned char *)name);
    sha1_digest(&c, sizeof digest, digest);
    memcpy(u, digest, 16);
    u[6] = (unsigned char)((u[6] & 0x0f) | 0x50); /* version 5 */
    u[8] = (unsigned char)((u[8] & 0x3f) | 0x80); /* RFC 4122 variant */
}

void uid_format(const unsigned char u[16], char out[UID_STR_LEN])
{
    uuid_unparse_lower(u, out);
}

void uid_v5(const unsigned char ns[16], const char *name, char out[UID_STR_LEN])
{
    unsigned char u[16];
    uid_v5_bytes(ns, name, strlen(name), u);
    uid_format(u, out);
}

/* Append the key of s to sb (see uid_name_key); NULL appends nothing. */
static void add_key(struct strbuf *sb, const char *s)
{
    text_add_name_key(sb, s);
}

char *uid_name_key(const char *s)
{
    struct strbuf sb = STRBUF_INIT;
    add_key(&sb, s);
    return strbuf_detach(&sb);
}

void uid_entry_bytes(const struct entry *e, unsigned char u[16])
{
    struct strbuf sb = STRBUF_INIT;
    add_key(&sb, e->title ? e->title : e->org_name);
    strbuf_putc(&sb, '\n');
    add_key(&sb, e->adr.postcode);
    strbuf_putc(&sb, '\n');
    add_key(&sb, e->adr.locality);
    uid_v5_bytes(project_ns, strbuf_str(&sb), sb.len, u);
    strbuf_free(&sb);
}

void uid_entry(const struct entry *e, char out[UID_STR_LEN])
{
    unsigned char u[16];
    uid_entry_bytes(e, u);
    uid_format(u, out);
}

void uid_component(const unsigned char org[16], const char *what, char out[UID_STR_LEN])
{
    uid_v5(org, what ? what : "", out);
}

/* "person:" + family key + "\n" + given key of person i into sb. */
static void person_key(const struct entry *e, size_t i, struct strbuf *sb)
{
    const struct person *p = &e->people.v[i];
    strbuf_puts(sb, "person:");
    add_key(sb, p->family ? p->family : p->family_raw);
    strbuf_putc(sb, '\n');
    add_key(sb, p->given);
}

/* Index sort of person keys: equal keys stay in entry order. */
struct keyed {
    const char *key;
    size_t len;
    size_t index;
};

static int cmp_keyed(const void *a, const void *b)
{
    const struct keyed *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    if (c != 0)
        return c;
    return x->index < y->index ? -1 : x->index > y->index;
}

/* The UID of a person's key (len bytes at key) into out: the k-th repeat of
 * a key (dup = k > 0) gets "\n#k" appended. tmp is scratch. */
static void person_uid(const unsigned char org[16], const char *key, size_t len,
                       size_t dup, struct strbuf *tmp, char out[UID_STR_LEN])
{
    unsigned char u[16];
    if (dup > 0) {
        strbuf_reset(tmp);
        strbuf_add(tmp, key, len);
        strbuf_puts(tmp, "\n#");
        strbuf_add_uint(tmp, dup, 0);
        key = tmp->buf;
        len = tmp->len;
    }
    uid_v5_bytes(org, key, len, u);
    uid_format(u, out);
}

void uid_people(const struct entry *e, const unsigned char org[16],
                char (*out)[UID_STR_LEN])
{
    size_t n = e->people.n;
    if (n == 0)
        return;
    /* Two people of the same name in one entry must not share a UID (a
     * client would merge their cards): the k-th repeat, in entry order,
     * gets "\n#k". Keys sorted once, so that 10,000 people cost n log n. All
     * keys go into one buffer, each ended by its NUL. */
    struct strbuf keys = STRBUF_INIT, tmp = STRBUF_INIT;
    size_t *off = xcalloc(n + 1, sizeof *off);
    for (size_t i = 0; i < n; i++) {
        off[i] = keys.len;
        person_key(e, i, &keys);
        strbuf_putc(&keys, '\0');
    }
    off[n] = keys.len;
    struct keyed *order = xcalloc(n, sizeof *order);
    for (size_t i = 0; i < n; i++)
        order[i] = (struct keyed){keys.buf + off[i], off[i + 1] - off[i] - 1, i};
    qsort(order, n, sizeof *order, cmp_keyed);
    for (size_t k = 0, dup = 0; k < n; k++) {
        dup = k > 0 && strcmp(order[k].key, order[k - 1].key) == 0 ? dup + 1 : 0;
        person_uid(org, order[k].key, order[k].len, dup, &tmp, out[order[k].index]);
    }
    free(order);
    free(off);
    strbuf_free(&keys);
    strbuf_free(&tmp);
}

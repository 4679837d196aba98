/* Writers' helper: name-based UUIDs (RFC 4122 version 5) built on our own
 * SHA-1 (FIPS 180-4), so a card or calendar component keeps its UID from one
 * run to the next and a re-import updates it instead of adding a duplicate. */
#include "uuid.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "strbuf.h"
#include "util.h"

/* The project's namespace: uuid5(NAMESPACE_URL, "urn:fiche2vcard"), i.e.
 * deacb383-ffbf-5955-b845-3fc22a763182. Never change it: every UID derives
 * from it, and a new value would duplicate every card users already have. */
static const unsigned char project_ns[16] = {
    0xde, 0xac, 0xb3, 0x83, 0xff, 0xbf, 0x59, 0x55,
    0xb8, 0x45, 0x3f, 0xc2, 0x2a, 0x76, 0x31, 0x82,
};

struct sha1 {
    uint32_t h[5];
    unsigned char block[64];
    size_t used;    /* bytes in block */
    uint64_t total; /* bytes hashed so far */
};

static inline uint32_t rol32(uint32_t x, unsigned n)
{
    return (x << n) | (x >> (32 - n));
}

static void sha1_init(struct sha1 *s)
{
    s->h[0] = 0x67452301u;
    s->h[1] = 0xEFCDAB89u;
    s->h[2] = 0x98BADCFEu;
    s->h[3] = 0x10325476u;
    s->h[4] = 0xC3D2E1F0u;
    s->used = 0;
    s->total = 0;
}

static void sha1_block(struct sha1 *s, const unsigned char *p)
{
    uint32_t w[80];
    for (int t = 0; t < 16; t++)
        w[t] = (uint32_t)p[4 * t] << 24 | (uint32_t)p[4 * t + 1] << 16 |
               (uint32_t)p[4 * t + 2] << 8 | (uint32_t)p[4 * t + 3];
    for (int t = 16; t < 80; t++)
        w[t] = rol32(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);

    uint32_t a = s->h[0], b = s->h[1], c = s->h[2], d = s->h[3], e = s->h[4];
    for (int t = 0; t < 80; t++) {
        uint32_t f, k;
        if (t < 20) {
            f = (b & c) | (~b & d);
            k = 0x5A827999u;
        } else if (t < 40) {
            f = b ^ c ^ d;
            k = 0x6ED9EBA1u;
        } else if (t < 60) {
            f = (b & c) | (b & d) | (c & d);
            k = 0x8F1BBCDCu;
        } else {
            f = b ^ c ^ d;
            k = 0xCA62C1D6u;
        }
        uint32_t tmp = rol32(a, 5) + f + e + k + w[t];
        e = d;
        d = c;
        c = rol32(b, 30);
        b = a;
        a = tmp;
    }
    s->h[0] += a;
    s->h[1] += b;
    s->h[2] += c;
    s->h[3] += d;
    s->h[4] += e;
}

static void sha1_update(struct sha1 *s, const void *data, size_t n)
{
    const unsigned char *p = data;
    s->total += n;
    while (n > 0) {
        size_t k = 64 - s->used;
        if (k > n)
            k = n;
        memcpy(s->block + s->used, p, k);
        s->used += k;
        p += k;
        n -= k;
        if (s->used == 64) {
            sha1_block(s, s->block);
            s->used = 0;
        }
    }
}

static void sha1_final(struct sha1 *s, unsigned char digest[20])
{
    uint64_t bits = s->total * 8;
    /* 0x80, zeros up to 8 bytes before a block's end, the length: one block,
     * or two when fewer than 9 bytes are left in this one. */
    s->block[s->used++] = 0x80;
    if (s->used > 56) {
        memset(s->block + s->used, 0, 64 - s->used);
        sha1_block(s, s->block);
        s->used = 0;
    }
    memset(s->block + s->used, 0, 56 - s->used);
    for (int i = 0; i < 8; i++)
        s->block[56 + i] = (unsigned char)(bits >> (56 - 8 * i));
    sha1_block(s, s->block);
    s->used = 0;
    for (int i = 0; i < 5; i++) {
        digest[4 * i] = (unsigned char)(s->h[i] >> 24);
        digest[4 * i + 1] = (unsigned char)(s->h[i] >> 16);
        digest[4 * i + 2] = (unsigned char)(s->h[i] >> 8);
        digest[4 * i + 3] = (unsigned char)s->h[i];
    }
}

void uuid_sha1(const void *data, size_t n, unsigned char digest[20])
{
    struct sha1 s;
    sha1_init(&s);
    sha1_update(&s, data, n);
    sha1_final(&s, digest);
}

/* The 16 bytes of the v5 UUID of name in ns. */
static void uuid_v5_bytes(const unsigned char ns[16], const char *name,
                          unsigned char u[16])
{
    struct sha1 s;
    unsigned char digest[20];
    sha1_init(&s);
    sha1_update(&s, ns, 16);
    sha1_update(&s, name, strlen(name));
    sha1_final(&s, digest);
    memcpy(u, digest, 16);
    u[6] = (unsigned char)((u[6] & 0x0f) | 0x50); /* version 5 */
    u[8] = (unsigned char)((u[8] & 0x3f) | 0x80); /* RFC 4122 variant */
}

static void uuid_format(const unsigned char u[16], char out[UUID_STR_LEN])
{
    static const char hex[] = "0123456789abcdef";
    size_t o = 0;
    for (int i = 0; i < 16; i++) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out[o++] = '-';
        out[o++] = hex[u[i] >> 4];
        out[o++] = hex[u[i] & 0x0f];
    }
    out[o] = '\0';
}

void uuid_v5(const unsigned char ns[16], const char *name, char out[UUID_STR_LEN])
{
    unsigned char u[16];
    uuid_v5_bytes(ns, name, u);
    uuid_format(u, out);
}

/* True when s is all ASCII: then NFKC_Casefold only lowers A-Z (no ASCII
 * character decomposes, folds to something else or is ignorable; the unit
 * test checks it against utf8proc). */
static bool all_ascii(const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if (*p >= 0x80)
            return false;
    return true;
}

/* Append the matching key of s: white space squeezed, then NFKC_Casefold
 * (case-insensitive, accents kept: "Éveil" and "ÉVEIL" match, "Eveil" does
 * not). NULL appends nothing. */
static void add_key(struct strbuf *sb, const char *s)
{
    if (!s)
        return;
    char *sq = str_squeeze(s);
    if (all_ascii(sq)) {
        for (const char *p = sq; *p; p++)
            strbuf_putc(sb, (char)ascii_tolower((unsigned char)*p));
        free(sq);
        return;
    }
    utf8proc_uint8_t *f = utf8proc_NFKC_Casefold((const utf8proc_uint8_t *)sq);
    /* utf8proc returns NULL only on invalid UTF-8 or no memory; the model is
     * valid UTF-8, so fall back to the squeezed bytes rather than fail. */
    strbuf_puts(sb, f ? (const char *)f : sq);
    free(f);
    free(sq);
}

/* The last organisation UUID computed by this thread, keyed by the raw
 * strings it came from ("name\0postcode\0locality\0"): the writers ask for
 * it once per card and component, about six times per entry, and the
 * NFKC_Casefold keys are the costly part. Longer keys are not cached. */
#define UUID_CACHE_KEY 512
static _Thread_local struct {
    size_t len; /* 0: empty */
    char raw[UUID_CACHE_KEY];
    unsigned char u[16];
} uuid_cache;

/* The name an organisation's UID comes from: the whole title, so that
 * "Foo – antenne A" and "Foo – antenne B" without an address do not share
 * a UID (a client would let one replace the other). */
static const char *entry_name(const struct entry *e)
{
    return e->title ? e->title : e->org_name;
}

/* Pack the three raw parts into buf; 0 when they do not fit. */
static size_t pack_raw(const struct entry *e, char buf[UUID_CACHE_KEY])
{
    const char *parts[3] = {entry_name(e), e->adr.postcode, e->adr.locality};
    size_t n = 0;
    for (int i = 0; i < 3; i++) {
        const char *p = parts[i] ? parts[i] : "";
        size_t k = strlen(p) + 1;
        if (n + k > UUID_CACHE_KEY)
            return 0;
        memcpy(buf + n, p, k);
        n += k;
    }
    return n;
}

static void entry_uuid_bytes(const struct entry *e, unsigned char u[16])
{
    char raw[UUID_CACHE_KEY];
    size_t n = pack_raw(e, raw);
    if (n && n == uuid_cache.len && memcmp(raw, uuid_cache.raw, n) == 0) {
        memcpy(u, uuid_cache.u, 16);
        return;
    }
    struct strbuf sb = STRBUF_INIT;
    add_key(&sb, entry_name(e));
    strbuf_putc(&sb, '\n');
    add_key(&sb, e->adr.postcode);
    strbuf_putc(&sb, '\n');
    add_key(&sb, e->adr.locality);
    uuid_v5_bytes(project_ns, strbuf_str(&sb), u);
    strbuf_free(&sb);
    if (n) {
        memcpy(uuid_cache.raw, raw, n);
        memcpy(uuid_cache.u, u, 16);
        uuid_cache.len = n;
    }
}

void uuid_entry(const struct entry *e, char out[UUID_STR_LEN])
{
    unsigned char u[16];
    entry_uuid_bytes(e, u);
    uuid_format(u, out);
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

void uuid_people(const struct entry *e, char (*out)[UUID_STR_LEN])
{
    size_t n = e->people.n;
    if (n == 0)
        return;
    unsigned char org[16];
    entry_uuid_bytes(e, org);
    /* Two people of the same name in one entry must not share a UID (a
     * client would merge their cards): the k-th repeat gets "\n#k". Keys are
     * sorted once so that 10,000 people cost n log n, not n squared. */
    char **keys = xcalloc(n, sizeof *keys);
    struct keyed *order = xcalloc(n, sizeof *order);
    for (size_t i = 0; i < n; i++) {
        struct strbuf sb = STRBUF_INIT;
        person_key(e, i, &sb);
        keys[i] = strbuf_detach(&sb);
        order[i] = (struct keyed){keys[i], i};
    }
    qsort(order, n, sizeof *order, cmp_keyed);
    for (size_t k = 0, dup = 0; k < n; k++) {
        dup = k > 0 && strcmp(order[k].key, order[k - 1].key) == 0 ? dup + 1 : 0;
        size_t i = order[k].index;
        if (dup > 0) {
            char *name = xasprintf("%s\n#%zu", keys[i], dup);
            uuid_v5(org, name, out[i]);
            free(name);
        } else {
            uuid_v5(org, keys[i], out[i]);
        }
    }
    for (size_t i = 0; i < n; i++)
        free(keys[i]);
    free(keys);
    free(order);
}

void uuid_person(const struct entry *e, size_t i, char out[UUID_STR_LEN])
{
    if (i >= e->people.n) {
        unsigned char org[16];
        entry_uuid_bytes(e, org);
        uuid_v5(org, "person:\n", out);
        return;
    }
    char(*all)[UUID_STR_LEN] = xcalloc(e->people.n, sizeof *all);
    uuid_people(e, all);
    memcpy(out, all[i], UUID_STR_LEN);
    free(all);
}

void uuid_component(const struct entry *e, const char *what, char out[UUID_STR_LEN])
{
    unsigned char org[16];
    entry_uuid_bytes(e, org);
    uuid_v5(org, what ? what : "", out);
}

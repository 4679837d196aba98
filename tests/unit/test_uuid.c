/* Unit tests of uuid.c: SHA-1 against the FIPS 180 vectors, version-5 UUIDs
 * against RFC 4122 / Python's uuid.uuid5, and the entry/person/component
 * UIDs (expected values computed with Python's uuid and unicodedata). */
#include "harness.h"

#include <stdint.h>
#include <stdio.h>

#include <utf8proc.h>

#include "model/entry.h"
#include "write/uuid.h"

static void hex(const unsigned char *d, size_t n, char *out)
{
    static const char h[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = h[d[i] >> 4];
        out[2 * i + 1] = h[d[i] & 15];
    }
    out[2 * n] = '\0';
}

static void test_sha1_vectors(void **state)
{
    (void)state;
    static const struct {
        const char *msg;
        const char *digest;
    } rows[] = {
        {"abc", "a9993e364706816aba3e25717850c26c9cd0d89d"},
        {"", "da39a3ee5e6b4b0d3255bfef95601890afd80709"},
        {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "84983e441c3bd26ebaae4aa1f95129e5e54670f1"},
        {"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnop"
         "jklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "a49b2446a02c645bf419f995b67091253a04a259"},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        unsigned char d[20];
        char got[41];
        uuid_sha1(rows[i].msg, strlen(rows[i].msg), d);
        hex(d, 20, got);
        assert_string_equal(got, rows[i].digest);
    }
}

static void test_sha1_million_a(void **state)
{
    (void)state;
    size_t n = 1000000;
    char *m = malloc(n);
    assert_non_null(m);
    memset(m, 'a', n);
    unsigned char d[20];
    char got[41];
    uuid_sha1(m, n, d);
    hex(d, 20, got);
    assert_string_equal(got, "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
    free(m);
}

/* A plain SHA-1, written straight from FIPS 180-4 section 6.1 (80-word
 * schedule, one round per step), to check uuid_sha1 on random messages:
 * whichever block function the CPU gets (portable, or the SHA instructions). */
static uint32_t ref_rol(uint32_t x, int n)
{
    return (x << n) | (x >> (32 - n));
}

static void ref_sha1(const unsigned char *m, size_t n, unsigned char d[20])
{
    uint32_t h[5] = {0x67452301u, 0xEFCDAB89u, 0x98BADCFEu, 0x10325476u, 0xC3D2E1F0u};
    size_t padded = (n + 9 + 63) / 64 * 64;
    unsigned char *b = calloc(padded, 1);
    assert_non_null(b);
    memcpy(b, m, n);
    b[n] = 0x80;
    for (int i = 0; i < 8; i++)
        b[padded - 1 - i] = (unsigned char)((uint64_t)n * 8 >> (8 * i));
    for (size_t off = 0; off < padded; off += 64) {
        uint32_t w[80];
        for (int t = 0; t < 16; t++)
            w[t] = (uint32_t)b[off + 4 * t] << 24 | (uint32_t)b[off + 4 * t + 1] << 16 |
                   (uint32_t)b[off + 4 * t + 2] << 8 | b[off + 4 * t + 3];
        for (int t = 16; t < 80; t++)
            w[t] = ref_rol(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
        uint32_t a = h[0], bb = h[1], c = h[2], dd = h[3], e = h[4];
        for (int t = 0; t < 80; t++) {
            uint32_t f, k;
            if (t < 20)
                f = (bb & c) | (~bb & dd), k = 0x5A827999u;
            else if (t < 40)
                f = bb ^ c ^ dd, k = 0x6ED9EBA1u;
            else if (t < 60)
                f = (bb & c) | (bb & dd) | (c & dd), k = 0x8F1BBCDCu;
            else
                f = bb ^ c ^ dd, k = 0xCA62C1D6u;
            uint32_t tmp = ref_rol(a, 5) + f + e + k + w[t];
            e = dd, dd = c, c = ref_rol(bb, 30), bb = a, a = tmp;
        }
        h[0] += a, h[1] += bb, h[2] += c, h[3] += dd, h[4] += e;
    }
    free(b);
    for (int i = 0; i < 5; i++)
        for (int j = 0; j < 4; j++)
            d[4 * i + j] = (unsigned char)(h[i] >> (24 - 8 * j));
}

static void test_sha1_random(void **state)
{
    (void)state;
    unsigned long x = 88172645463325252ul;
    unsigned char m[300];
    for (int round = 0; round < 2000; round++) {
        size_t n = (size_t)(round % 300);
        for (size_t i = 0; i < n; i++) {
            x ^= x << 13, x ^= x >> 7, x ^= x << 17;
            m[i] = (unsigned char)x;
        }
        unsigned char got[20], want[20];
        uuid_sha1(m, n, got);
        ref_sha1(m, n, want);
        assert_memory_equal(got, want, 20);
    }
    print_message("SHA-1 block function: %s\n",
                  uuid_sha1_hardware() ? "CPU SHA instructions" : "portable C");
}

/* Lengths around the 55/56/64-byte padding boundaries, where the length
 * field moves to an extra block (digests from Python's hashlib). */
static void test_sha1_boundaries(void **state)
{
    (void)state;
    static const struct {
        size_t n;
        const char *digest;
    } rows[] = {
        {55, "c1c8bbdc22796e28c0e15163d20899b65621d65a"},
        {56, "c2db330f6083854c99d4b5bfb6e8f29f201be699"},
        {63, "03f09f5b158a7a8cdad920bddc29b81c18a551f5"},
        {64, "0098ba824b5c16427bd7a1122a5a442a25ec644d"},
        {65, "11655326c708d70319be2610e8a57d9a5b959d3b"},
    };
    char buf[65];
    memset(buf, 'a', sizeof buf);
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        unsigned char d[20];
        char got[41];
        uuid_sha1(buf, rows[i].n, d);
        hex(d, 20, got);
        assert_string_equal(got, rows[i].digest);
    }
}

static void test_uuid_v5_rfc(void **state)
{
    (void)state;
    static const unsigned char dns[16] = {0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1,
                                          0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8};
    char out[UUID_STR_LEN];
    uuid_v5(dns, "www.example.com", out);
    assert_string_equal(out, "2ed6657d-e927-568b-95e1-2665a8aea6a2");
    assert_int_equal(strlen(out), 36);
    assert_int_equal(out[14], '5');
}

static struct entry *pompidou(const char *name, const char *locality)
{
    struct entry *e = entry_new("test.md", 1, 0);
    e->org_name = strdup(name);
    e->title = strdup(name);
    e->adr.postcode = strdup("67075");
    e->adr.locality = strdup(locality);
    return e;
}

static void add_person(struct entry *e, const char *family, const char *given)
{
    struct person p;
    memset(&p, 0, sizeof p);
    p.family = strdup(family);
    p.given = strdup(given);
    person_list_push(&e->people, p);
}

static void test_uuid_entry(void **state)
{
    (void)state;
    static const struct {
        const char *name, *locality, *uid;
    } rows[] = {
        {"Groupe Pompidou", "STRASBOURG CEDEX", "1e671da8-d5ab-5d79-a01a-4707a1e30c2a"},
        /* case and white space do not matter */
        {"GROUPE  POMPIDOU", "Strasbourg Cedex", "1e671da8-d5ab-5d79-a01a-4707a1e30c2a"},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        struct entry *e = pompidou(rows[i].name, rows[i].locality);
        char out[UUID_STR_LEN];
        uuid_entry(e, out);
        assert_string_equal(out, rows[i].uid);
        entry_free(e);
    }

    /* missing postcode/locality are empty; casefold maps ß to ss, keeps é */
    struct entry *e = entry_new("t.md", 1, 0);
    e->org_name = strdup("\xc3\x89VEIL STRA\xc3\x9f"
                         "E");
    char out[UUID_STR_LEN];
    uuid_entry(e, out);
    assert_string_equal(out, "f4586497-cb83-568b-bf65-d6ec34f19791");
    entry_free(e);
}

static void test_uuid_person_component(void **state)
{
    (void)state;
    struct entry *e = pompidou("Groupe Pompidou", "STRASBOURG CEDEX");
    add_person(e, "HUBER", "Denis");
    add_person(e, "Huber", "denis");
    char a[UUID_STR_LEN], b[UUID_STR_LEN], c[UUID_STR_LEN];
    uuid_person(e, 0, a);
    assert_string_equal(a, "957228e9-6929-5310-a0f6-266f336e1449");
    uuid_person(e, 1, b); /* same name: must differ */
    assert_string_equal(b, "818509dd-3723-5fc4-886c-e0be583a6e3d");
    uuid_component(e, "journal", c);
    assert_string_equal(c, "6f79abc2-1767-5fda-b0c3-beda4911fc1a");
    /* stable across calls */
    uuid_person(e, 0, b);
    assert_string_equal(a, b);
    entry_free(e);
}

/* Two antennas of one organisation (same name, different titles, no
 * address) get different UIDs; the same title gets the same. */
static void test_uuid_title(void **state)
{
    (void)state;
    struct entry *a = entry_new("a.md", 1, 0), *b = entry_new("b.md", 9, 1);
    a->org_name = strdup("Foo");
    b->org_name = strdup("Foo");
    a->title = strdup("Foo – antenne A");
    b->title = strdup("Foo – antenne B");
    char ua[UUID_STR_LEN], ub[UUID_STR_LEN];
    uuid_entry(a, ua);
    uuid_entry(b, ub);
    assert_string_not_equal(ua, ub);
    free(b->title);
    b->title = strdup("FOO – ANTENNE A");
    uuid_entry(b, ub);
    assert_string_equal(ua, ub); /* case-insensitive, on another thread's cache too */
    entry_free(a);
    entry_free(b);
}

/* uuid_people gives, for many people with repeated names, the same UIDs as
 * uuid_person one by one, all different. */
static void test_uuid_people(void **state)
{
    (void)state;
    struct entry *e = pompidou("Groupe Pompidou", "STRASBOURG CEDEX");
    static const char *const names[] = {"HUBER",  "Martin", "HUBER",
                                        "martin", "Zoé",    "HUBER"};
    for (size_t i = 0; i < ARRAY_LEN(names); i++)
        add_person(e, names[i], "Denis");
    char all[ARRAY_LEN(names)][UUID_STR_LEN];
    uuid_people(e, all);
    for (size_t i = 0; i < ARRAY_LEN(names); i++) {
        char one[UUID_STR_LEN];
        uuid_person(e, i, one);
        assert_string_equal(all[i], one);
        for (size_t j = 0; j < i; j++)
            assert_string_not_equal(all[i], all[j]);
    }
    /* The first Huber keeps the UID of the seed's only person. */
    assert_string_equal(all[0], "957228e9-6929-5310-a0f6-266f336e1449");
    entry_free(e);
}

/* uuid_people_in against its definition, for 1 to 20 people drawn from a
 * few names (so with repeats, "HUBER" and "Huber" being one key): up to 8
 * people it compares keys pairwise, beyond it sorts; both must give
 * uuid_v5(org, "person:" key(family) "\n" key(given)), with "\n#k" after
 * the k-th repeat in entry order. */
static void test_uuid_people_reference(void **state)
{
    (void)state;
    static const char *const fam[] = {"HUBER", "Huber", "Zoé", "MÜLLER", "Martin"};
    static const char *const giv[] = {"Denis", "denis", "Anne"};
    unsigned seed = 7;
    for (size_t n = 1; n <= 20; n++) {
        for (int round = 0; round < 20; round++) {
            struct entry *e = pompidou("Groupe Pompidou", "STRASBOURG CEDEX");
            char keys[20][64];
            for (size_t i = 0; i < n; i++) {
                seed = seed * 1103515245u + 12345u;
                const char *f = fam[(seed >> 8) % ARRAY_LEN(fam)];
                const char *g = giv[(seed >> 16) % ARRAY_LEN(giv)];
                add_person(e, f, g);
                char *kf = uuid_name_key(f), *kg = uuid_name_key(g);
                snprintf(keys[i], sizeof keys[i], "person:%s\n%s", kf, kg);
                free(kf);
                free(kg);
            }
            unsigned char org[16];
            uuid_entry_bytes(e, org);
            char got[20][UUID_STR_LEN];
            uuid_people_in(e, org, got);
            for (size_t i = 0; i < n; i++) {
                size_t dup = 0;
                for (size_t j = 0; j < i; j++)
                    dup += strcmp(keys[i], keys[j]) == 0;
                char name[96], want[UUID_STR_LEN];
                if (dup > 0)
                    snprintf(name, sizeof name, "%.63s\n#%zu", keys[i], dup);
                else
                    snprintf(name, sizeof name, "%.63s", keys[i]);
                uuid_v5(org, name, want);
                assert_string_equal(got[i], want);
            }
            entry_free(e);
        }
    }
}

/* The key of an ASCII name skips utf8proc (NFKC_Casefold of ASCII only
 * lowers A-Z): check that on every printable pair, through the UID. */
static void test_ascii_key_shortcut(void **state)
{
    (void)state;
    for (int a = 0x20; a < 0x7f; a++) {
        char s[4] = {'x', (char)a, 'Q', '\0'};
        utf8proc_uint8_t *f = utf8proc_NFKC_Casefold((const utf8proc_uint8_t *)s);
        char want[8] = {'x', (char)(a >= 'A' && a <= 'Z' ? a + 32 : a), 'q', '\0'};
        assert_string_equal((const char *)f, want);
        free(f);
    }
}

/* The organisation UID is cached per thread: a changed entry (even at the
 * same address) gets its own UID, and going back gives the first one again. */
static void test_uuid_cache(void **state)
{
    (void)state;
    struct entry *e = entry_new("t.md", 1, 0);
    e->org_name = strdup("Atelier");
    e->adr.postcode = strdup("67000");
    char u1[UUID_STR_LEN], u2[UUID_STR_LEN], u3[UUID_STR_LEN], c1[UUID_STR_LEN],
        c2[UUID_STR_LEN];
    uuid_entry(e, u1);
    uuid_component(e, "journal", c1);
    free(e->adr.postcode);
    e->adr.postcode = strdup("67001");
    uuid_entry(e, u2);
    uuid_component(e, "journal", c2);
    assert_string_not_equal(u1, u2);
    assert_string_not_equal(c1, c2);
    free(e->adr.postcode);
    e->adr.postcode = NULL;
    e->adr.locality = strdup("67000"); /* same bytes, another field */
    uuid_entry(e, u3);
    assert_string_not_equal(u3, u1);
    free(e->adr.locality);
    e->adr.locality = NULL;
    e->adr.postcode = strdup("67000");
    uuid_entry(e, u3);
    assert_string_equal(u3, u1);
    /* a name longer than the cache key is still hashed, not cached */
    char longname[700];
    memset(longname, 'n', sizeof longname - 1);
    longname[sizeof longname - 1] = '\0';
    free(e->org_name);
    e->org_name = strdup(longname);
    uuid_entry(e, u2);
    longname[0] = 'm';
    free(e->org_name);
    e->org_name = strdup(longname);
    uuid_entry(e, u3);
    assert_string_not_equal(u2, u3);
    entry_free(e);
}

/* ---- the key's fast path against utf8proc ---------------------------- */

/* UTF-8 of cp into buf; its length. */
static size_t put_cp(char *buf, int32_t cp)
{
    return (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)buf);
}

/* uuid_name_key (fast path when it applies) equals the general way. */
static void check_key(const char *s)
{
    char *got = uuid_name_key(s);
    char *want = uuid_name_key_utf8proc(s);
    if (strcmp(got, want) != 0)
        fail_msg("key of \"%s\": \"%s\", utf8proc \"%s\"", s, got, want);
    free(got);
    free(want);
}

/* The code points the fast path decides alone: ASCII and every
 * one of U+0080-U+017F and U+2000-U+206F whose key is at most 7 bytes. */
static size_t covered(int32_t *out)
{
    size_t n = 0;
    for (int32_t cp = 1; cp < 0x180; cp++)
        out[n++] = cp;
    for (int32_t cp = 0x2000; cp < 0x2070; cp++)
        out[n++] = cp;
    return n;
}

/* Each covered code point alone is utf8proc's NFKC_Casefold (ASCII: only
 * A-Z lowered, which the all-ASCII shortcut relies on). */
static void test_key_alone(void **state)
{
    (void)state;
    static int32_t cps[0x400];
    size_t n = covered(cps);
    for (size_t i = 0; i < n; i++) {
        char s[8] = {0};
        put_cp(s, cps[i]);
        if (cps[i] < 0x80 && !(cps[i] >= 0x09 && cps[i] <= 0x0D) && cps[i] != ' ') {
            utf8proc_uint8_t *f = utf8proc_NFKC_Casefold((const utf8proc_uint8_t *)s);
            char low[2] = {(char)(cps[i] >= 'A' && cps[i] <= 'Z' ? cps[i] + 32 : cps[i]),
                           '\0'};
            assert_string_equal((const char *)f, low);
            free(f);
        }
        check_key(s);
    }
}

/* Every pair of covered code points: the key of the pair is the key of its
 * first code point then that of its second, as utf8proc gives it (nothing
 * composes, reorders or vanishes across the boundary). */
static void test_key_pairs(void **state)
{
    (void)state;
    static int32_t cps[0x400];
    size_t n = covered(cps);
    for (size_t i = 0; i < n; i++) {
        for (size_t j = 0; j < n; j++) {
            char s[16] = {0};
            size_t k = put_cp(s, cps[i]);
            put_cp(s + k, cps[j]);
            check_key(s);
        }
    }
}

/* Every code point up to U+FFFF (surrogates aside) in contexts: after a
 * covered letter, before a combining mark (which recomposes "e" + U+0301
 * into "é": the fast path must leave such strings to utf8proc), between
 * spaces of the three kinds, doubled; and every covered code point before
 * each combining mark U+0300-U+036F. */
static void test_key_contexts(void **state)
{
    (void)state;
    static const char *const fmt[][2] = {
        {"", ""},          {"e", ""},
        {"", "\xCC\x81"},  {"E", "\xCC\xA7"},
        {" a ", " b "},    {"\xC2\xA0", "\xE2\x80\xAF"},
        {"\xC3\x89", "x"}, {"\xC5\x93", "\xE2\x80\x99"},
        {"i", "\xCD\x85"}, {"A\t", "\n"},
    };
    for (int32_t cp = 1; cp < 0x10000; cp++) {
        if (cp >= 0xD800 && cp < 0xE000)
            continue;
        for (size_t f = 0; f < ARRAY_LEN(fmt); f++) {
            char s[64];
            size_t k = strlen(fmt[f][0]);
            memcpy(s, fmt[f][0], k);
            k += put_cp(s + k, cp);
            k += put_cp(s + k, cp);
            strcpy(s + k, fmt[f][1]);
            check_key(s);
        }
    }
    static int32_t cps[0x400];
    size_t n = covered(cps);
    for (size_t i = 0; i < n; i++) {
        for (int32_t mark = 0x300; mark < 0x370; mark++) {
            char s[16] = {0};
            size_t k = put_cp(s, cps[i]);
            put_cp(s + k, mark);
            check_key(s);
        }
    }
}

/* Random strings of covered and uncovered characters, white space, DEL,
 * marks and invalid bytes: the key is always the general one. */
static void test_key_random(void **state)
{
    (void)state;
    static const char *const pool[] = {
        "a",
        "Z",
        " ",
        "\t",
        "\x7F",
        "\x01",
        "\xC2\xA0",
        "\xE2\x80\xAF",
        "é",
        "É",
        "œ",
        "ß",
        "İ",
        "ǅ",
        "¼",
        "¨",
        "\xCC\x81",
        "\xCC\x88",
        "\xC2\xAD",
        "\xE2\x80\x8B",
        "’",
        "–",
        "…",
        "\xE2\x80\xB4",
        "\xE2\x81\x97",
        "\xE2\x80\xA8",
        "Ω",
        "ﬁ",
        "한",
        "\xF0\x9F\x98\x80",
        "\xC2",
        "\x80",
        "\xE2\x80",
        "\xC0\xAF",
        "\xED\xA0\x80",
        "K",
        "\xE2\x84\xAA",
    };
    unsigned seed = 99;
    for (int round = 0; round < 100000; round++) {
        char buf[256];
        size_t n = 0;
        seed = seed * 1103515245u + 12345u;
        int len = (int)(seed >> 16) % 12;
        for (int i = 0; i < len; i++) {
            seed = seed * 1103515245u + 12345u;
            const char *p = pool[(seed >> 8) % ARRAY_LEN(pool)];
            memcpy(buf + n, p, strlen(p));
            n += strlen(p);
        }
        buf[n] = '\0';
        check_key(buf);
    }
    char *k = uuid_name_key(NULL);
    assert_string_equal(k, "");
    free(k);
}

/* The bytes once per entry give the same UIDs as the one-call forms. */
static void test_uuid_bytes_api(void **state)
{
    (void)state;
    struct entry *e = entry_new("t.md", 1, 0);
    e->title = strdup("Éveil – antenne\xC2\xA0Nord");
    e->adr.postcode = strdup("67000");
    e->adr.locality = strdup("Strasbourg");
    add_person(e, "Huber", "Anne");
    add_person(e, "Huber", "Anne");
    unsigned char org[16];
    uuid_entry_bytes(e, org);
    char a[UUID_STR_LEN], b[UUID_STR_LEN];
    uuid_format(org, a);
    uuid_entry(e, b);
    assert_string_equal(a, b);
    uuid_v5(org, "journal", a);
    uuid_component(e, "journal", b);
    assert_string_equal(a, b);
    char all[2][UUID_STR_LEN], in[2][UUID_STR_LEN];
    uuid_people(e, all);
    uuid_people_in(e, org, in);
    for (size_t i = 0; i < 2; i++)
        assert_string_equal(all[i], in[i]);
    entry_free(e);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sha1_vectors),
        cmocka_unit_test(test_sha1_million_a),
        cmocka_unit_test(test_sha1_random),
        cmocka_unit_test(test_sha1_boundaries),
        cmocka_unit_test(test_uuid_v5_rfc),
        cmocka_unit_test(test_uuid_entry),
        cmocka_unit_test(test_uuid_person_component),
        cmocka_unit_test(test_uuid_people),
        cmocka_unit_test(test_uuid_people_reference),
        cmocka_unit_test(test_uuid_title),
        cmocka_unit_test(test_ascii_key_shortcut),
        cmocka_unit_test(test_uuid_cache),
        cmocka_unit_test(test_key_alone),
        cmocka_unit_test(test_key_pairs),
        cmocka_unit_test(test_key_contexts),
        cmocka_unit_test(test_key_random),
        cmocka_unit_test(test_uuid_bytes_api),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

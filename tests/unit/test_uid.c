/* Unit tests of uid.c: version-5 UUIDs against RFC 4122 / Python's
 * uuid.uuid5, and the entry/person/component UIDs (expected values computed
 * with Python's uuid and unicodedata). */
#include "harness.h"

#include <stdint.h>
#include <stdio.h>

#include <utf8proc.h>
#include <uuid.h>

#include "model/entry.h"
#include "write/uid.h"

static void test_uid_v5_rfc(void **state)
{
    (void)state;
    static const unsigned char dns[16] = {0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1,
                                          0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8};
    char out[UID_STR_LEN];
    uid_v5(dns, "www.example.com", out);
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

/* The same UUIDs as libuuid's uuid_generate_sha1 (the reference) for 20,000
 * names of every length from 0 to 300 bytes, random bytes included. */
static void test_uid_v5_as_libuuid(void **state)
{
    (void)state;
    static const unsigned char ns[16] = {0xde, 0xac, 0xb3, 0x83, 0xff, 0xbf, 0x59, 0x55,
                                         0xb8, 0x45, 0x3f, 0xc2, 0x2a, 0x76, 0x31, 0x82};
    uint32_t seed = 12345;
    char name[301];
    for (int i = 0; i < 20000; i++) {
        size_t n = (size_t)i % 301;
        for (size_t k = 0; k < n; k++) {
            seed = seed * 1103515245u + 12345u;
            name[k] = (char)(1 + (seed >> 16) % 255);
        }
        name[n] = '\0';
        unsigned char ref[16];
        char want[UID_STR_LEN], got[UID_STR_LEN];
        uuid_generate_sha1(ref, ns, name, strlen(name));
        uuid_unparse_lower(ref, want);
        uid_v5(ns, name, got);
        assert_string_equal(got, want);
    }
}

static void test_uid_entry(void **state)
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
        char out[UID_STR_LEN];
        uid_entry(e, out);
        assert_string_equal(out, rows[i].uid);
        entry_free(e);
    }

    /* missing postcode/locality are empty; casefold maps ß to ss, keeps é */
    struct entry *e = entry_new("t.md", 1, 0);
    e->org_name = strdup("\xc3\x89VEIL STRA\xc3\x9f"
                         "E");
    char out[UID_STR_LEN];
    uid_entry(e, out);
    assert_string_equal(out, "f4586497-cb83-568b-bf65-d6ec34f19791");
    entry_free(e);
}

static void test_uid_person_component(void **state)
{
    (void)state;
    struct entry *e = pompidou("Groupe Pompidou", "STRASBOURG CEDEX");
    add_person(e, "HUBER", "Denis");
    add_person(e, "Huber", "denis");
    unsigned char org[16];
    uid_entry_bytes(e, org);
    char all[2][UID_STR_LEN], again[2][UID_STR_LEN], c[UID_STR_LEN];
    uid_people(e, org, all);
    assert_string_equal(all[0], "957228e9-6929-5310-a0f6-266f336e1449");
    /* same name: must differ */
    assert_string_equal(all[1], "818509dd-3723-5fc4-886c-e0be583a6e3d");
    uid_component(org, "journal", c);
    assert_string_equal(c, "6f79abc2-1767-5fda-b0c3-beda4911fc1a");
    /* stable across calls */
    uid_people(e, org, again);
    assert_string_equal(all[0], again[0]);
    assert_string_equal(all[1], again[1]);
    entry_free(e);
}

/* Two antennas of one organisation (same name, different titles, no
 * address) get different UIDs; the same title gets the same. */
static void test_uid_title(void **state)
{
    (void)state;
    struct entry *a = entry_new("a.md", 1, 0), *b = entry_new("b.md", 9, 1);
    a->org_name = strdup("Foo");
    b->org_name = strdup("Foo");
    a->title = strdup("Foo – antenne A");
    b->title = strdup("Foo – antenne B");
    char ua[UID_STR_LEN], ub[UID_STR_LEN];
    uid_entry(a, ua);
    uid_entry(b, ub);
    assert_string_not_equal(ua, ub);
    free(b->title);
    b->title = strdup("FOO – ANTENNE A");
    uid_entry(b, ub);
    assert_string_equal(ua, ub); /* case-insensitive */
    entry_free(a);
    entry_free(b);
}

/* A changed entry (even at the same address) gets its own UID; the same
 * bytes in another field are another UID; going back gives the first one. */
static void test_uid_fields(void **state)
{
    (void)state;
    struct entry *e = entry_new("t.md", 1, 0);
    e->org_name = strdup("Atelier");
    e->adr.postcode = strdup("67000");
    char u1[UID_STR_LEN], u2[UID_STR_LEN], u3[UID_STR_LEN];
    uid_entry(e, u1);
    free(e->adr.postcode);
    e->adr.postcode = strdup("67001");
    uid_entry(e, u2);
    assert_string_not_equal(u1, u2);
    free(e->adr.postcode);
    e->adr.postcode = NULL;
    e->adr.locality = strdup("67000");
    uid_entry(e, u3);
    assert_string_not_equal(u3, u1);
    free(e->adr.locality);
    e->adr.locality = NULL;
    e->adr.postcode = strdup("67000");
    uid_entry(e, u3);
    assert_string_equal(u3, u1);
    entry_free(e);
}

/* uid_people against its definition, for 1 to 40 people drawn from a few
 * names (so with repeats, "HUBER" and "Huber" being one key): person i gets
 * uid_v5(org, "person:" key(family) "\n" key(given)), with "\n#k" after the
 * k-th repeat in entry order. */
static void test_uid_people_reference(void **state)
{
    (void)state;
    static const char *const fam[] = {"HUBER", "Huber", "Zoé", "MÜLLER", "Martin"};
    static const char *const giv[] = {"Denis", "denis", "Anne"};
    unsigned seed = 7;
    for (size_t n = 1; n <= 40; n++) {
        for (int round = 0; round < 10; round++) {
            struct entry *e = pompidou("Groupe Pompidou", "STRASBOURG CEDEX");
            char keys[40][64];
            for (size_t i = 0; i < n; i++) {
                seed = seed * 1103515245u + 12345u;
                const char *f = fam[(seed >> 8) % ARRAY_LEN(fam)];
                const char *g = giv[(seed >> 16) % ARRAY_LEN(giv)];
                add_person(e, f, g);
                char *kf = uid_name_key(f), *kg = uid_name_key(g);
                snprintf(keys[i], sizeof keys[i], "person:%s\n%s", kf, kg);
                free(kf);
                free(kg);
            }
            unsigned char org[16];
            uid_entry_bytes(e, org);
            char got[40][UID_STR_LEN];
            uid_people(e, org, got);
            for (size_t i = 0; i < n; i++) {
                size_t dup = 0;
                for (size_t j = 0; j < i; j++)
                    dup += strcmp(keys[i], keys[j]) == 0;
                char name[96], want[UID_STR_LEN];
                if (dup > 0)
                    snprintf(name, sizeof name, "%.63s\n#%zu", keys[i], dup);
                else
                    snprintf(name, sizeof name, "%.63s", keys[i]);
                uid_v5(org, name, want);
                assert_string_equal(got[i], want);
                for (size_t j = 0; j < i; j++)
                    assert_string_not_equal(got[i], got[j]);
            }
            entry_free(e);
        }
    }
}

/* The key of an ASCII name skips utf8proc (NFKC_Casefold of ASCII only
 * lowers A-Z): check that on every printable character. */
static void test_ascii_key_shortcut(void **state)
{
    (void)state;
    for (int a = 0x20; a < 0x7f; a++) {
        char s[4] = {'x', (char)a, 'Q', '\0'};
        utf8proc_uint8_t *f = utf8proc_NFKC_Casefold((const utf8proc_uint8_t *)s);
        char want[8] = {'x', (char)(a >= 'A' && a <= 'Z' ? a + 32 : a), 'q', '\0'};
        assert_string_equal((const char *)f, want);
        char *k = uid_name_key(s);
        assert_string_equal(k, want);
        free(k);
        free(f);
    }
}

/* The key: white space of three kinds squeezed and trimmed, then
 * NFKC_Casefold; NULL is "". */
static void test_name_key(void **state)
{
    (void)state;
    static const struct {
        const char *in, *key;
    } rows[] = {
        {"  \xC3\x89veil\xC2\xA0\xC2\xA0Nord\xE2\x80\xAF", "\xC3\xA9veil nord"},
        {"STRA\xC3\x9f"
         "E",
         "strasse"},
        {"\xEF\xAC\x81n", "fin"},  /* ligature fi */
        {"e\xCC\x81", "\xC3\xA9"}, /* composed */
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        char *k = uid_name_key(rows[i].in);
        assert_string_equal(k, rows[i].key);
        free(k);
    }
    char *k = uid_name_key(NULL);
    assert_string_equal(k, "");
    free(k);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_uid_v5_rfc),
        cmocka_unit_test(test_uid_v5_as_libuuid),
        cmocka_unit_test(test_uid_entry),
        cmocka_unit_test(test_uid_person_component),
        cmocka_unit_test(test_uid_title),
        cmocka_unit_test(test_uid_fields),
        cmocka_unit_test(test_uid_people_reference),
        cmocka_unit_test(test_ascii_key_shortcut),
        cmocka_unit_test(test_name_key),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

/* Writers' helper: name-based UUIDs (RFC 4122 version 5) built on our own
 * SHA-1 (FIPS 180-4), so a card or calendar component keeps its UID from one
 * run to the next and a re-import updates it instead of adding a duplicate. */
#include "write/uuid.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>
#include <immintrin.h>
#define SHA1_X86_EXTENSIONS 1
#endif

#include <utf8proc.h>

#include "base/strbuf.h"
#include "base/util.h"

/* The project's namespace: uuid5(NAMESPACE_URL, "urn:fiche2vcard"), i.e.
 * deacb383-ffbf-5955-b845-3fc22a763182. Never change it: every UID derives
 * from it, and a new value would duplicate every card users already have. */
static const unsigned char project_ns[16] = {
    0xde, 0xac, 0xb3, 0x83, 0xff, 0xbf, 0x59, 0x55,
    0xb8, 0x45, 0x3f, 0xc2, 0x2a, 0x76, 0x31, 0x82,
};

struct sha1 {
    void (*compress)(struct sha1 *s, const unsigned char *p); /* one 64-byte block */
    uint32_t h[5];
    unsigned char block[64];
    size_t used;    /* bytes in block */
    uint64_t total; /* bytes hashed so far */
};

static inline uint32_t rol32(uint32_t x, unsigned n)
{
    return (x << n) | (x >> (32 - n));
}

/* Schedule word t (16-79) from the last 16, kept in w[16] in place. */
#define SHA1_W(t)                                                                        \
    (w[(t)&15] =                                                                         \
         rol32(w[((t)-3) & 15] ^ w[((t)-8) & 15] ^ w[((t)-14) & 15] ^ w[(t)&15], 1))

/* Step t of FIPS 180-4 6.1.2 with the working variables renamed instead of
 * moved: five steps in a row pass (a, b, c, d, e), (e, a, b, c, d)... */
#define SHA1_STEP(a, b, c, d, e, f, k, wt)                                               \
    do {                                                                                 \
        e += rol32(a, 5) + (f) + (k) + (wt);                                             \
        b = rol32(b, 30);                                                                \
    } while (0)

#define SHA1_CH(b, c, d) ((d) ^ ((b) & ((c) ^ (d))))
#define SHA1_PARITY(b, c, d) ((b) ^ (c) ^ (d))
#define SHA1_MAJ(b, c, d) (((b) & (c)) | ((d) & ((b) | (c))))

/* Five steps from t with round function F, constant k and schedule word
 * expression W. */
#define SHA1_FIVE(F, k, W)                                                               \
    do {                                                                                 \
        SHA1_STEP(a, b, c, d, e, F(b, c, d), k, W(t));                                   \
        SHA1_STEP(e, a, b, c, d, F(a, b, c), k, W(t + 1));                               \
        SHA1_STEP(d, e, a, b, c, F(e, a, b), k, W(t + 2));                               \
        SHA1_STEP(c, d, e, a, b, F(d, e, a), k, W(t + 3));                               \
        SHA1_STEP(b, c, d, e, a, F(c, d, e), k, W(t + 4));                               \
    } while (0)

#define SHA1_W0(t) w[t]

static void sha1_block(struct sha1 *s, const unsigned char *p)
{
    uint32_t w[16];
    for (int t = 0; t < 16; t++) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        memcpy(&w[t], p + 4 * t, 4);
        w[t] = __builtin_bswap32(w[t]);
#else
        w[t] = (uint32_t)p[4 * t] << 24 | (uint32_t)p[4 * t + 1] << 16 |
               (uint32_t)p[4 * t + 2] << 8 | (uint32_t)p[4 * t + 3];
#endif
    }

    uint32_t a = s->h[0], b = s->h[1], c = s->h[2], d = s->h[3], e = s->h[4];
    int t = 0;
    for (; t < 15; t += 5)
        SHA1_FIVE(SHA1_CH, 0x5A827999u, SHA1_W0);
    SHA1_STEP(a, b, c, d, e, SHA1_CH(b, c, d), 0x5A827999u, w[15]);
    t = 16;
    SHA1_STEP(e, a, b, c, d, SHA1_CH(a, b, c), 0x5A827999u, SHA1_W(t));
    SHA1_STEP(d, e, a, b, c, SHA1_CH(e, a, b), 0x5A827999u, SHA1_W(t + 1));
    SHA1_STEP(c, d, e, a, b, SHA1_CH(d, e, a), 0x5A827999u, SHA1_W(t + 2));
    SHA1_STEP(b, c, d, e, a, SHA1_CH(c, d, e), 0x5A827999u, SHA1_W(t + 3));
    for (t = 20; t < 40; t += 5)
        SHA1_FIVE(SHA1_PARITY, 0x6ED9EBA1u, SHA1_W);
    for (; t < 60; t += 5)
        SHA1_FIVE(SHA1_MAJ, 0x8F1BBCDCu, SHA1_W);
    for (; t < 80; t += 5)
        SHA1_FIVE(SHA1_PARITY, 0xCA62C1D6u, SHA1_W);
    s->h[0] += a;
    s->h[1] += b;
    s->h[2] += c;
    s->h[3] += d;
    s->h[4] += e;
}

#undef SHA1_W
#undef SHA1_W0
#undef SHA1_STEP
#undef SHA1_CH
#undef SHA1_PARITY
#undef SHA1_MAJ
#undef SHA1_FIVE

#ifdef SHA1_X86_EXTENSIONS
/* The same block with the SHA extensions of x86 CPUs: sha1rnds4 does four
 * rounds, sha1msg1/sha1msg2 extend the message schedule four words at a
 * time, sha1nexte derives the next E (the A of four rounds before, rotated,
 * plus the words). The words are kept big-endian, W[4k] in the top lane, as
 * the instructions want them. */
__attribute__((target("sha,sse4.1,ssse3"))) static void
sha1_block_x86(struct sha1 *s, const unsigned char *p)
{
    const __m128i swap = _mm_set_epi64x(0x0001020304050607LL, 0x08090A0B0C0D0E0FLL);
    __m128i abcd =
        _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)(const void *)s->h), 0x1B);
    __m128i e_in = _mm_set_epi32((int)s->h[4], 0, 0, 0), abcd_in = abcd;
    __m128i x[4]; /* W[4k..4k+3] for the last four groups k */
    for (int i = 0; i < 4; i++)
        x[i] = _mm_shuffle_epi8(
            _mm_loadu_si128((const __m128i *)(const void *)(p + 16 * i)), swap);
    __m128i e = _mm_add_epi32(e_in, x[0]), prev = abcd;
    for (int k = 0; k < 20; k++) {
        if (k >= 4)
            x[k & 3] = _mm_sha1msg2_epu32(
                _mm_xor_si128(_mm_sha1msg1_epu32(x[k & 3], x[(k + 1) & 3]),
                              x[(k + 2) & 3]),
                x[(k + 3) & 3]);
        if (k > 0)
            e = _mm_sha1nexte_epu32(prev, x[k & 3]);
        prev = abcd;
        /* the round function is an immediate: one branch per twenty rounds */
        if (k < 5)
            abcd = _mm_sha1rnds4_epu32(abcd, e, 0);
        else if (k < 10)
            abcd = _mm_sha1rnds4_epu32(abcd, e, 1);
        else if (k < 15)
            abcd = _mm_sha1rnds4_epu32(abcd, e, 2);
        else
            abcd = _mm_sha1rnds4_epu32(abcd, e, 3);
    }
    e = _mm_sha1nexte_epu32(prev, e_in);
    abcd = _mm_add_epi32(abcd, abcd_in);
    _mm_storeu_si128((__m128i *)(void *)s->h, _mm_shuffle_epi32(abcd, 0x1B));
    s->h[4] = (uint32_t)_mm_extract_epi32(e, 3);
}

/* CPUID: the SHA extensions, and the SSSE3 and SSE4.1 they are used with. */
static bool cpu_has_sha(void)
{
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & (1u << 9)) || !(c & (1u << 19)))
        return false;
    return __get_cpuid_count(7, 0, &a, &b, &c, &d) && (b & (1u << 29));
}
#endif

static void (*sha1_best)(struct sha1 *s, const unsigned char *p) = sha1_block;
static pthread_once_t sha1_chosen = PTHREAD_ONCE_INIT;

static void sha1_choose(void)
{
#ifdef SHA1_X86_EXTENSIONS
    if (cpu_has_sha())
        sha1_best = sha1_block_x86;
#endif
}

static void sha1_init(struct sha1 *s)
{
    pthread_once(&sha1_chosen, sha1_choose);
    s->compress = sha1_best;
    s->h[0] = 0x67452301u;
    s->h[1] = 0xEFCDAB89u;
    s->h[2] = 0x98BADCFEu;
    s->h[3] = 0x10325476u;
    s->h[4] = 0xC3D2E1F0u;
    s->used = 0;
    s->total = 0;
}

bool uuid_sha1_hardware(void)
{
    pthread_once(&sha1_chosen, sha1_choose);
    return sha1_best != sha1_block;
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
            s->compress(s, s->block);
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
        s->compress(s, s->block);
        s->used = 0;
    }
    memset(s->block + s->used, 0, 56 - s->used);
    for (int i = 0; i < 8; i++)
        s->block[56 + i] = (unsigned char)(bits >> (56 - 8 * i));
    s->compress(s, s->block);
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

/* The 16 bytes of the v5 UUID of the n bytes of name in ns. */
static void uuid_v5_bytes(const unsigned char ns[16], const char *name, size_t n,
                          unsigned char u[16])
{
    struct sha1 s;
    unsigned char digest[20];
    sha1_init(&s);
    sha1_update(&s, ns, 16);
    sha1_update(&s, name, n);
    sha1_final(&s, digest);
    memcpy(u, digest, 16);
    u[6] = (unsigned char)((u[6] & 0x0f) | 0x50); /* version 5 */
    u[8] = (unsigned char)((u[8] & 0x3f) | 0x80); /* RFC 4122 variant */
}

void uuid_format(const unsigned char u[16], char out[UUID_STR_LEN])
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
    uuid_v5_bytes(ns, name, strlen(name), u);
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

/* The matching key of s the general way: white space squeezed, then
 * utf8proc's NFKC_Casefold; an all-ASCII string only has A-Z lowered. */
static void add_key_utf8proc(struct strbuf *sb, const char *s)
{
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

/* utf8proc's NFKC_Casefold of each code point of U+0080-U+017F (Latin-1
 * and Latin Extended-A) and U+2000-U+206F (punctuation: "’", "–",
 * thin spaces, ignorables that vanish), generated with utf8proc 2.6; "\xFF"
 * marks the three longer than 7 bytes, left to utf8proc. The key of a string
 * of such code points (and ASCII) is the concatenation of theirs:
 * every result starts with a starter that composes with nothing before it,
 * and a combining mark, which could recompose with a letter, is not covered.
 * test_uuid.c checks every covered code point alone, in every pair, and
 * before marks and other characters, against utf8proc. */
/* clang-format off */
static const char nfkc_latin[0x180 - 0x80][8] = {
    /* U+0080 */ "\xC2\x80", "\xC2\x81", "\xC2\x82", "\xC2\x83",
    /* U+0084 */ "\xC2\x84", "\xC2\x85", "\xC2\x86", "\xC2\x87",
    /* U+0088 */ "\xC2\x88", "\xC2\x89", "\xC2\x8A", "\xC2\x8B",
    /* U+008C */ "\xC2\x8C", "\xC2\x8D", "\xC2\x8E", "\xC2\x8F",
    /* U+0090 */ "\xC2\x90", "\xC2\x91", "\xC2\x92", "\xC2\x93",
    /* U+0094 */ "\xC2\x94", "\xC2\x95", "\xC2\x96", "\xC2\x97",
    /* U+0098 */ "\xC2\x98", "\xC2\x99", "\xC2\x9A", "\xC2\x9B",
    /* U+009C */ "\xC2\x9C", "\xC2\x9D", "\xC2\x9E", "\xC2\x9F",
    /* U+00A0 */ " ", "\xC2\xA1", "\xC2\xA2", "\xC2\xA3",
    /* U+00A4 */ "\xC2\xA4", "\xC2\xA5", "\xC2\xA6", "\xC2\xA7",
    /* U+00A8 */ " \xCC\x88", "\xC2\xA9", "a", "\xC2\xAB",
    /* U+00AC */ "\xC2\xAC", "", "\xC2\xAE", " \xCC\x84",
    /* U+00B0 */ "\xC2\xB0", "\xC2\xB1", "2", "3",
    /* U+00B4 */ " \xCC\x81", "\xCE\xBC", "\xC2\xB6", "\xC2\xB7",
    /* U+00B8 */ " \xCC\xA7", "1", "o", "\xC2\xBB",
    /* U+00BC */ "1\xE2\x81\x84" "4", "1\xE2\x81\x84" "2",
    /* U+00BE */ "3\xE2\x81\x84" "4", "\xC2\xBF",
    /* U+00C0 */ "\xC3\xA0", "\xC3\xA1", "\xC3\xA2", "\xC3\xA3",
    /* U+00C4 */ "\xC3\xA4", "\xC3\xA5", "\xC3\xA6", "\xC3\xA7",
    /* U+00C8 */ "\xC3\xA8", "\xC3\xA9", "\xC3\xAA", "\xC3\xAB",
    /* U+00CC */ "\xC3\xAC", "\xC3\xAD", "\xC3\xAE", "\xC3\xAF",
    /* U+00D0 */ "\xC3\xB0", "\xC3\xB1", "\xC3\xB2", "\xC3\xB3",
    /* U+00D4 */ "\xC3\xB4", "\xC3\xB5", "\xC3\xB6", "\xC3\x97",
    /* U+00D8 */ "\xC3\xB8", "\xC3\xB9", "\xC3\xBA", "\xC3\xBB",
    /* U+00DC */ "\xC3\xBC", "\xC3\xBD", "\xC3\xBE", "ss",
    /* U+00E0 */ "\xC3\xA0", "\xC3\xA1", "\xC3\xA2", "\xC3\xA3",
    /* U+00E4 */ "\xC3\xA4", "\xC3\xA5", "\xC3\xA6", "\xC3\xA7",
    /* U+00E8 */ "\xC3\xA8", "\xC3\xA9", "\xC3\xAA", "\xC3\xAB",
    /* U+00EC */ "\xC3\xAC", "\xC3\xAD", "\xC3\xAE", "\xC3\xAF",
    /* U+00F0 */ "\xC3\xB0", "\xC3\xB1", "\xC3\xB2", "\xC3\xB3",
    /* U+00F4 */ "\xC3\xB4", "\xC3\xB5", "\xC3\xB6", "\xC3\xB7",
    /* U+00F8 */ "\xC3\xB8", "\xC3\xB9", "\xC3\xBA", "\xC3\xBB",
    /* U+00FC */ "\xC3\xBC", "\xC3\xBD", "\xC3\xBE", "\xC3\xBF",
    /* U+0100 */ "\xC4\x81", "\xC4\x81", "\xC4\x83", "\xC4\x83",
    /* U+0104 */ "\xC4\x85", "\xC4\x85", "\xC4\x87", "\xC4\x87",
    /* U+0108 */ "\xC4\x89", "\xC4\x89", "\xC4\x8B", "\xC4\x8B",
    /* U+010C */ "\xC4\x8D", "\xC4\x8D", "\xC4\x8F", "\xC4\x8F",
    /* U+0110 */ "\xC4\x91", "\xC4\x91", "\xC4\x93", "\xC4\x93",
    /* U+0114 */ "\xC4\x95", "\xC4\x95", "\xC4\x97", "\xC4\x97",
    /* U+0118 */ "\xC4\x99", "\xC4\x99", "\xC4\x9B", "\xC4\x9B",
    /* U+011C */ "\xC4\x9D", "\xC4\x9D", "\xC4\x9F", "\xC4\x9F",
    /* U+0120 */ "\xC4\xA1", "\xC4\xA1", "\xC4\xA3", "\xC4\xA3",
    /* U+0124 */ "\xC4\xA5", "\xC4\xA5", "\xC4\xA7", "\xC4\xA7",
    /* U+0128 */ "\xC4\xA9", "\xC4\xA9", "\xC4\xAB", "\xC4\xAB",
    /* U+012C */ "\xC4\xAD", "\xC4\xAD", "\xC4\xAF", "\xC4\xAF",
    /* U+0130 */ "i\xCC\x87", "\xC4\xB1", "ij", "ij",
    /* U+0134 */ "\xC4\xB5", "\xC4\xB5", "\xC4\xB7", "\xC4\xB7",
    /* U+0138 */ "\xC4\xB8", "\xC4\xBA", "\xC4\xBA", "\xC4\xBC",
    /* U+013C */ "\xC4\xBC", "\xC4\xBE", "\xC4\xBE", "l\xC2\xB7",
    /* U+0140 */ "l\xC2\xB7", "\xC5\x82", "\xC5\x82", "\xC5\x84",
    /* U+0144 */ "\xC5\x84", "\xC5\x86", "\xC5\x86", "\xC5\x88",
    /* U+0148 */ "\xC5\x88", "\xCA\xBCn", "\xC5\x8B", "\xC5\x8B",
    /* U+014C */ "\xC5\x8D", "\xC5\x8D", "\xC5\x8F", "\xC5\x8F",
    /* U+0150 */ "\xC5\x91", "\xC5\x91", "\xC5\x93", "\xC5\x93",
    /* U+0154 */ "\xC5\x95", "\xC5\x95", "\xC5\x97", "\xC5\x97",
    /* U+0158 */ "\xC5\x99", "\xC5\x99", "\xC5\x9B", "\xC5\x9B",
    /* U+015C */ "\xC5\x9D", "\xC5\x9D", "\xC5\x9F", "\xC5\x9F",
    /* U+0160 */ "\xC5\xA1", "\xC5\xA1", "\xC5\xA3", "\xC5\xA3",
    /* U+0164 */ "\xC5\xA5", "\xC5\xA5", "\xC5\xA7", "\xC5\xA7",
    /* U+0168 */ "\xC5\xA9", "\xC5\xA9", "\xC5\xAB", "\xC5\xAB",
    /* U+016C */ "\xC5\xAD", "\xC5\xAD", "\xC5\xAF", "\xC5\xAF",
    /* U+0170 */ "\xC5\xB1", "\xC5\xB1", "\xC5\xB3", "\xC5\xB3",
    /* U+0174 */ "\xC5\xB5", "\xC5\xB5", "\xC5\xB7", "\xC5\xB7",
    /* U+0178 */ "\xC3\xBF", "\xC5\xBA", "\xC5\xBA", "\xC5\xBC",
    /* U+017C */ "\xC5\xBC", "\xC5\xBE", "\xC5\xBE", "s",
};
static const char nfkc_punct[0x2070 - 0x2000][8] = {
    /* U+2000 */ " ", " ", " ", " ",
    /* U+2004 */ " ", " ", " ", " ",
    /* U+2008 */ " ", " ", " ", "",
    /* U+200C */ "", "", "", "",
    /* U+2010 */ "\xE2\x80\x90", "\xE2\x80\x90", "\xE2\x80\x92", "\xE2\x80\x93",
    /* U+2014 */ "\xE2\x80\x94", "\xE2\x80\x95", "\xE2\x80\x96", " \xCC\xB3",
    /* U+2018 */ "\xE2\x80\x98", "\xE2\x80\x99", "\xE2\x80\x9A", "\xE2\x80\x9B",
    /* U+201C */ "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x9E", "\xE2\x80\x9F",
    /* U+2020 */ "\xE2\x80\xA0", "\xE2\x80\xA1", "\xE2\x80\xA2", "\xE2\x80\xA3",
    /* U+2024 */ ".", "..", "...", "\xE2\x80\xA7",
    /* U+2028 */ "\xE2\x80\xA8", "\xE2\x80\xA9", "", "",
    /* U+202C */ "", "", "", " ",
    /* U+2030 */ "\xE2\x80\xB0", "\xE2\x80\xB1",
    /* U+2032 */ "\xE2\x80\xB2", "\xE2\x80\xB2\xE2\x80\xB2",
    /* U+2034 */ "\xFF", "\xE2\x80\xB5", "\xE2\x80\xB5\xE2\x80\xB5", "\xFF",
    /* U+2038 */ "\xE2\x80\xB8", "\xE2\x80\xB9", "\xE2\x80\xBA", "\xE2\x80\xBB",
    /* U+203C */ "!!", "\xE2\x80\xBD", " \xCC\x85", "\xE2\x80\xBF",
    /* U+2040 */ "\xE2\x81\x80", "\xE2\x81\x81", "\xE2\x81\x82", "\xE2\x81\x83",
    /* U+2044 */ "\xE2\x81\x84", "\xE2\x81\x85", "\xE2\x81\x86", "??",
    /* U+2048 */ "?!", "!?", "\xE2\x81\x8A", "\xE2\x81\x8B",
    /* U+204C */ "\xE2\x81\x8C", "\xE2\x81\x8D", "\xE2\x81\x8E", "\xE2\x81\x8F",
    /* U+2050 */ "\xE2\x81\x90", "\xE2\x81\x91", "\xE2\x81\x92", "\xE2\x81\x93",
    /* U+2054 */ "\xE2\x81\x94", "\xE2\x81\x95", "\xE2\x81\x96", "\xFF",
    /* U+2058 */ "\xE2\x81\x98", "\xE2\x81\x99", "\xE2\x81\x9A", "\xE2\x81\x9B",
    /* U+205C */ "\xE2\x81\x9C", "\xE2\x81\x9D", "\xE2\x81\x9E", " ",
    /* U+2060 */ "", "", "", "",
    /* U+2064 */ "", "\xE2\x81\xA5", "", "",
    /* U+2068 */ "", "", "", "",
    /* U+206C */ "", "", "", "",
};
/* clang-format on */

/* Key text of the code point at u (see nfkc_latin), its length in *k; NULL
 * when the tables do not cover it or the bytes are not well-formed UTF-8. */
static inline const char *nfkc_tokens(const unsigned char *u, size_t *k)
{
    if (u[0] >= 0xC2 && u[0] <= 0xC5 && (u[1] & 0xC0) == 0x80) {
        *k = 2;
        return nfkc_latin[((unsigned)(u[0] & 0x1F) << 6 | (u[1] & 0x3F)) - 0x80];
    }
    if (u[0] == 0xE2 && (u[1] == 0x80 || u[1] == 0x81) && (u[2] & 0xC0) == 0x80) {
        unsigned cp = 0x2000 | (unsigned)(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
        if (cp < 0x2070) {
            *k = 3;
            return nfkc_punct[cp - 0x2000];
        }
    }
    return NULL;
}

/* add_key without str_squeeze's copy nor utf8proc, for text made of ASCII
 * and the code points of the tables above; squeezes white space
 * (ASCII, U+00A0, U+202F) as str_squeeze does. false, with sb as it was,
 * when s holds anything else: add_key_utf8proc decides then. */
static bool add_key_fast(struct strbuf *sb, const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t n = strlen(s);
    /* a code point gives at most 7 bytes from 2 or 3 (4 per byte), plus
     * the squeezed space before it */
    strbuf_reserve(sb, 4 * n + 1);
    char *out = sb->buf + sb->len;
    size_t o = 0;
    bool pending = false, any = false;
    for (size_t i = 0; i < n;) {
        unsigned c = u[i];
        if (c < 0x80) {
            if (ascii_isspace((int)c)) {
                pending = any;
            } else {
                if (pending)
                    out[o++] = ' ';
                pending = false;
                any = true;
                out[o++] = (char)ascii_tolower((int)c);
            }
            i++;
            continue;
        }
        /* str_squeeze's other white space: U+00A0, U+202F */
        if (c == 0xC2 && u[i + 1] == 0xA0) {
            pending = any;
            i += 2;
            continue;
        }
        if (c == 0xE2 && u[i + 1] == 0x80 && u[i + 2] == 0xAF) {
            pending = any;
            i += 3;
            continue;
        }
        size_t k;
        const char *t = nfkc_tokens(u + i, &k);
        if (!t || (unsigned char)t[0] == 0xFF) {
            sb->buf[sb->len] = '\0';
            return false;
        }
        if (pending)
            out[o++] = ' ';
        pending = false;
        any = true;
        for (; *t; t++)
            out[o++] = *t;
        i += k;
    }
    sb->len += o;
    sb->buf[sb->len] = '\0';
    return true;
}

/* Append the matching key of s: white space squeezed, then NFKC_Casefold
 * (case-insensitive, accents kept: "Éveil" and "ÉVEIL" match,
 * "Eveil" does not). NULL appends nothing. */
static void add_key(struct strbuf *sb, const char *s)
{
    if (!s)
        return;
    if (!add_key_fast(sb, s))
        add_key_utf8proc(sb, s);
}

char *uuid_name_key(const char *s)
{
    struct strbuf sb = STRBUF_INIT;
    add_key(&sb, s);
    return strbuf_detach(&sb);
}

char *uuid_name_key_utf8proc(const char *s)
{
    struct strbuf sb = STRBUF_INIT;
    if (s)
        add_key_utf8proc(&sb, s);
    return strbuf_detach(&sb);
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

void uuid_entry_bytes(const struct entry *e, unsigned char u[16])
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
    uuid_v5_bytes(project_ns, strbuf_str(&sb), sb.len, u);
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
    uuid_entry_bytes(e, u);
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
    if (e->people.n == 0)
        return;
    unsigned char org[16];
    uuid_entry_bytes(e, org);
    uuid_people_in(e, org, out);
}

/* The UID of key i (len bytes at key) into out: the k-th repeat of a key
 * (dup = k > 0) gets "\n#k" appended. tmp is scratch. */
static void person_uid(const unsigned char org[16], const char *key, size_t len,
                       size_t dup, struct strbuf *tmp, char out[UUID_STR_LEN])
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
    uuid_v5_bytes(org, key, len, u);
    uuid_format(u, out);
}

/* Up to this many people, repeats are counted by comparing each key with
 * those before it (n^2 / 2 compares); beyond, by sorting. */
#define PEOPLE_PAIRWISE 8

void uuid_people_in(const struct entry *e, const unsigned char org[16],
                    char (*out)[UUID_STR_LEN])
{
    size_t n = e->people.n;
    if (n == 0)
        return;
    /* Two people of the same name in one entry must not share a UID (a
     * client would merge their cards): the k-th repeat, in entry order,
     * gets "\n#k". All keys go into one buffer, each ended by its NUL;
     * key i starts at off[i] and ends before off[i + 1] - 1. */
    struct strbuf keys = STRBUF_INIT, tmp = STRBUF_INIT;
    size_t small[PEOPLE_PAIRWISE + 1];
    size_t *off = n <= PEOPLE_PAIRWISE ? small : xcalloc(n + 1, sizeof *off);
    for (size_t i = 0; i < n; i++) {
        off[i] = keys.len;
        person_key(e, i, &keys);
        strbuf_putc(&keys, '\0');
    }
    off[n] = keys.len;
    if (n <= PEOPLE_PAIRWISE) {
        for (size_t i = 0; i < n; i++) {
            size_t len = off[i + 1] - off[i] - 1, dup = 0;
            for (size_t j = 0; j < i; j++)
                dup += off[j + 1] - off[j] - 1 == len &&
                       memcmp(keys.buf + off[j], keys.buf + off[i], len) == 0;
            person_uid(org, keys.buf + off[i], len, dup, &tmp, out[i]);
        }
    } else {
        /* sorted once so that 10,000 people cost n log n, not n squared */
        struct keyed *order = xcalloc(n, sizeof *order);
        for (size_t i = 0; i < n; i++)
            order[i] = (struct keyed){keys.buf + off[i], i};
        qsort(order, n, sizeof *order, cmp_keyed);
        for (size_t k = 0, dup = 0; k < n; k++) {
            dup = k > 0 && strcmp(order[k].key, order[k - 1].key) == 0 ? dup + 1 : 0;
            size_t i = order[k].index;
            person_uid(org, order[k].key, off[i + 1] - off[i] - 1, dup, &tmp, out[i]);
        }
        free(order);
    }
    if (off != small)
        free(off);
    strbuf_free(&keys);
    strbuf_free(&tmp);
}

void uuid_person(const struct entry *e, size_t i, char out[UUID_STR_LEN])
{
    if (i >= e->people.n) {
        unsigned char org[16];
        uuid_entry_bytes(e, org);
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
    uuid_entry_bytes(e, org);
    uuid_v5(org, what ? what : "", out);
}

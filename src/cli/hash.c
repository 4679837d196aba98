/* Content hashes of delivered items (hash.h): SHA-256 from nettle. */
#include "cli/hash.h"

#include <stdint.h>
#include <string.h>

#include <nettle/sha2.h>

static void hex(const uint8_t *d, size_t n, char *out)
{
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = digits[d[i] >> 4];
        out[2 * i + 1] = digits[d[i] & 15];
    }
    out[2 * n] = '\0';
}

/* The first line at or after s that starts with "DTSTAMP:" (s itself, or
 * after a line feed), or NULL. */
static const char *find_dtstamp(const char *s, const char *end)
{
    static const char key[] = "DTSTAMP:";
    size_t k = sizeof key - 1;
    if ((size_t)(end - s) >= k && memcmp(s, key, k) == 0)
        return s;
    while ((s = memchr(s, '\n', (size_t)(end - s))) != NULL) {
        s++;
        if ((size_t)(end - s) >= k && memcmp(s, key, k) == 0)
            return s;
    }
    return NULL;
}

void hash_item(const char *s, size_t n, char out[HASH_HEX_LEN + 1])
{
    struct sha256_ctx c;
    sha256_init(&c);
    const char *end = s + n;
    const char *d;
    /* whole stretches between the DTSTAMP lines: few calls to nettle */
    while ((d = find_dtstamp(s, end)) != NULL) {
        sha256_update(&c, (size_t)(d - s), (const uint8_t *)s);
        const char *nl = memchr(d, '\n', (size_t)(end - d));
        s = nl ? nl + 1 : end;
    }
    sha256_update(&c, (size_t)(end - s), (const uint8_t *)s);
    uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_digest(&c, sizeof digest, digest);
    hex(digest, sizeof digest, out);
}

void hash_bytes(const char *s, size_t n, char out[HASH_HEX_LEN + 1])
{
    struct sha256_ctx c;
    sha256_init(&c);
    sha256_update(&c, n, (const uint8_t *)s);
    uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_digest(&c, sizeof digest, digest);
    hex(digest, sizeof digest, out);
}

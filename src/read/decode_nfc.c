/* Part of the first stage (decode.c): the decoded text is brought to NFC, only
 * from the first code point that NFC may change. */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

#include <utf8proc.h>

#include "base/strbuf.h"
#include "base/util.h"
#include "read/decode_int.h"

/* ------------------------------------------------------------------------ */
/* NFC                                                                       */

/* Append the NFC form of valid UTF-8 s[0..n) to sb; *scratch (of *cap code
 * points) is a work buffer reused between calls. */
static void nfc_append(struct strbuf *sb, const char *s, size_t n,
                       utf8proc_int32_t **scratch, size_t *cap)
{
    const utf8proc_option_t opt = UTF8PROC_COMPOSE | UTF8PROC_STABLE;
    const utf8proc_uint8_t *u = (const utf8proc_uint8_t *)s;
    utf8proc_ssize_t m =
        utf8proc_decompose(u, (utf8proc_ssize_t)n, *scratch, (utf8proc_ssize_t)*cap, opt);
    if (m >= 0 && (size_t)m + 1 > *cap) {
        *cap = (size_t)m + 1;
        *scratch = xrealloc(*scratch, *cap * sizeof **scratch);
        m = utf8proc_decompose(u, (utf8proc_ssize_t)n, *scratch, (utf8proc_ssize_t)*cap,
                               opt);
    }
    utf8proc_ssize_t r = m < 0 ? m : utf8proc_reencode(*scratch, m, opt);
    if (r < 0)
        strbuf_add(sb, s, n); /* not reached: s is valid UTF-8 */
    else
        strbuf_add(sb, (const char *)*scratch, (size_t)r);
}

/* Does valid UTF-8 s[0..n) hold a code point that is not cp_nfc_safe()? */
static bool utf8_has_unsafe(const char *s, size_t n)
{
    const unsigned char *b = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        if (b[i] < 0xCC) { /* ASCII, continuation byte or lead of < U+0300 */
            i++;
            continue;
        }
        uint32_t cp = 0;
        int k = utf8_seq(b + i, n - i, &cp);
        if (k <= 0)
            return true;
        if (!cp_nfc_safe(cp))
            return true;
        i += (size_t)k;
    }
    return false;
}

/* NFC of valid UTF-8 s[0..n), where nothing before offset from needs it. NFC
 * never reaches across a line feed, so only the lines holding a code point that
 * may change go through utf8proc; the rest is copied. Result is NUL-terminated,
 * its length in *out_len. */
char *decode_nfc_text(const char *s, size_t n, size_t from, size_t *out_len)
{
    struct strbuf sb = STRBUF_INIT;
    utf8proc_int32_t *scratch = NULL;
    size_t cap = 0;
    while (from > 0 && s[from - 1] != '\n')
        from--;
    strbuf_add(&sb, s, from);
    size_t i = from;
    while (i < n) {
        const char *nl = memchr(s + i, '\n', n - i);
        size_t end = nl ? (size_t)(nl - s) + 1 : n;
        if (utf8_has_unsafe(s + i, end - i))
            nfc_append(&sb, s + i, end - i, &scratch, &cap);
        else
            strbuf_add(&sb, s + i, end - i);
        i = end;
    }
    free(scratch);
    *out_len = sb.len;
    return strbuf_detach(&sb);
}

char *decode_nfc(const char *s, size_t n)
{
    size_t len;
    return decode_nfc_text(s, n, 0, &len);
}

/* Part of the first stage (decode.c): charsets decoded by hand are not the whole
 * story; every other charset goes through iconv here, the only includer of
 * <iconv.h>. */
#include <errno.h>
#include <iconv.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "read/decode_int.h"

/* ------------------------------------------------------------------------ */
/* iconv                                                                     */

/* Input offset at which iconv from code has produced exactly outpos bytes of
 * UTF-8: where a character begins. Error path only. */
size_t decode_iconv_offset(const char *code, const char *b, size_t n, size_t outpos)
{
    iconv_t cd = iconv_open("UTF-8", code);
    if (cd == (iconv_t)-1)
        return 0;
    char *tmp = xmalloc(outpos + 1);
    char *in = (char *)b, *outp = tmp;
    size_t inleft = n, outleft = outpos;
    iconv(cd, &in, &inleft, &outp, &outleft);
    iconv_close(cd);
    free(tmp);
    return (size_t)(in - b);
}

/* Line and column of the output offset outpos of an iconv conversion, the
 * column in input bytes. */
void decode_iconv_locate(const char *code, const char *b, size_t n, const char *utf8,
                         size_t outpos, int *line, long *col, size_t in_off)
{
    int ln = 1;
    size_t ls = 0;
    for (size_t i = 0; i < outpos; i++) {
        if (utf8[i] == '\n' ||
            (utf8[i] == '\r' && (i + 1 >= outpos || utf8[i + 1] != '\n'))) {
            ln++;
            ls = i + 1;
        }
    }
    *line = ln;
    *col = (long)(in_off - decode_iconv_offset(code, b, n, ls)) + 1;
}

/* Convert b[0..n) from code to UTF-8 with iconv into a new buffer *res of
 * *res_len bytes (not NUL-terminated), or fail with the position of the bad
 * bytes. */
int decode_iconv_convert(const char *code, const char *b, size_t n, const char *source,
                         char **res, size_t *res_len, struct fiche_error *err)
{
    *res = NULL;
    iconv_t cd = iconv_open("UTF-8", code);
    if (cd == (iconv_t)-1)
        return fiche_error_set(err, FICHE_ECHARSET, source, 0, 0,
                               "unknown charset \"%s\"", code);
    size_t cap = n + n / 2 + 16;
    char *tmp = xmalloc(cap);
    char *in = (char *)b, *outp = tmp;
    size_t inleft = n, outleft = cap;
    int rc = 0;
    for (;;) {
        size_t r = inleft ? iconv(cd, &in, &inleft, &outp, &outleft)
                          : iconv(cd, NULL, NULL, &outp, &outleft);
        if (r != (size_t)-1) {
            if (inleft == 0 && in != NULL) {
                in = NULL; /* flush the shift state once */
                continue;
            }
            break;
        }
        if (errno == E2BIG) {
            size_t used = (size_t)(outp - tmp);
            cap *= 2;
            tmp = xrealloc(tmp, cap);
            outp = tmp + used;
            outleft = cap - used;
            continue;
        }
        size_t off = (size_t)(in - b), used = (size_t)(outp - tmp);
        int line;
        long col;
        decode_iconv_locate(code, b, n, tmp, used, &line, &col, off);
        if (errno == EINVAL)
            rc = decode_fail(err, source, line, col, off,
                             "truncated %s sequence at byte %zu", code, off);
        else
            rc = decode_fail(err, source, line, col, off,
                             "invalid byte 0x%02X for %s at byte %zu",
                             (unsigned)(unsigned char)b[off], code, off);
        break;
    }
    iconv_close(cd);
    if (rc != 0) {
        free(tmp);
        return rc;
    }
    *res = tmp;
    *res_len = (size_t)(outp - tmp);
    return 0;
}

bool decode_ascii_compatible(const char *charset)
{
    if (!charset || strcmp(charset, "auto") == 0)
        return true;
    char *k = str_fold_key(charset);
    /* Stateful encodings: a byte's meaning depends on escapes before it. */
    static const char *const stateful[] = {"iso 2022", "iso2022", "utf 7", "utf7", "hz"};
    bool ok = true;
    for (size_t i = 0; i < sizeof stateful / sizeof stateful[0] && ok; i++)
        if (strncmp(k, stateful[i], strlen(stateful[i])) == 0)
            ok = false;
    free(k);
    if (!ok)
        return false;
    /* Otherwise ask iconv: the ASCII bytes the reader cuts on must read as
     * themselves (false for UTF-16/32, UCS-2/4, EBCDIC, "UNICODE"...). */
    iconv_t cd = iconv_open("UTF-8", charset);
    if (cd == (iconv_t)-1)
        return true; /* unknown: decoding will say so */
    static const char probe[] = "# \t:;AZaz09-*[]()<>\n\r";
    char buf[64];
    char *in = (char *)probe, *o = buf;
    size_t inleft = sizeof probe - 1, outleft = sizeof buf;
    size_t r = iconv(cd, &in, &inleft, &o, &outleft);
    iconv_close(cd);
    return r != (size_t)-1 && inleft == 0 && (size_t)(o - buf) == sizeof probe - 1 &&
           memcmp(buf, probe, sizeof probe - 1) == 0;
}

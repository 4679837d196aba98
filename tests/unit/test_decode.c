/* Unit tests of decode.c: bytes in every supported charset -> NFC UTF-8 with LF
 * line ends, and the errors (with line and byte offset) on invalid input. */
#include "harness.h"

#include <iconv.h>
#include <stdio.h>

#include <jansson.h>
#include <utf8proc.h>

#include "base/util.h"
#include "read/decode.h"
#include "read/entity.h"

/* Byte string literal with its length (may contain NULs). */
#define B(s) s, sizeof(s) - 1

struct row {
    const char *title;
    const char *bytes;
    size_t len;
    const char *charset; /* NULL = auto */
    const char *expect;  /* UTF-8 result; NULL when an error is expected */
    int code;            /* expected error code, 0 on success */
    int line;            /* error line, or line of the warning; 0 = no warning */
    long offset;         /* error byte offset */
    const char *message; /* expected error message, or NULL to skip the check */
};

static const struct row rows[] = {
    {"utf8 plain", B("Caf\xc3\xa9\n"), NULL, "Caf\xc3\xa9\n", 0, 0, 0, NULL},
    {"utf8 explicit", B("Caf\xc3\xa9"), "utf-8", "Caf\xc3\xa9", 0, 0, 0, NULL},
    {"empty", B(""), NULL, "", 0, 0, 0, NULL},
    {"utf8 bom", B("\xef\xbb\xbf# Titre\n"), NULL, "# Titre\n", 0, 0, 0, NULL},
    {"utf8 bom explicit",
     B("\xef\xbb\xbf"
       "a"),
     "UTF8", "a", 0, 0, 0, NULL},
    {"utf16le bom",
     B("\xff\xfe"
       "C\0a\0f\0\xe9\0\n\0"),
     NULL, "Caf\xc3\xa9\n", 0, 0, 0, NULL},
    {"utf16be bom",
     B("\xfe\xff"
       "\0C\0a\0f\0\xe9\0\n"),
     NULL, "Caf\xc3\xa9\n", 0, 0, 0, NULL},
    {"utf16le surrogate pair",
     B("\xff\xfe"
       "\x3d\xd8\x00\xde"),
     NULL, "\xf0\x9f\x98\x80", 0, 0, 0, NULL},
    {"utf16le explicit no bom", B("\xe9\0\x20\x20"), "UTF-16LE", "\xc3\xa9\xe2\x80\xa0",
     0, 0, 0, NULL},
    {"utf16 explicit defaults to be", B("\0\xe9"), "UTF-16", "\xc3\xa9", 0, 0, 0, NULL},
    {"utf32le bom",
     B("\xff\xfe\0\0"
       "\xe9\0\0\0"
       "\n\0\0\0"),
     NULL, "\xc3\xa9\n", 0, 0, 0, NULL},
    {"utf32be bom",
     B("\0\0\xfe\xff"
       "\0\0\0\xe9"
       "\0\x01\xf6\x00"),
     NULL, "\xc3\xa9\xf0\x9f\x98\x80", 0, 0, 0, NULL},
    {"cp1252 explicit", B("\x92 \xab \xbb \x96 \x85 \x9c \x80"), "windows-1252",
     "\xe2\x80\x99 \xc2\xab \xc2\xbb \xe2\x80\x93 \xe2\x80\xa6 \xc5\x93 \xe2\x82\xac", 0,
     0, 0, NULL},
    {"cp1252 alias", B("l\x92\xe9t\xe9"), "CP1252", "l\xe2\x80\x99\xc3\xa9t\xc3\xa9", 0,
     0, 0, NULL},
    {"auto falls back to cp1252", B("ligne 1\nl\x92\xe9t\xe9\n"), NULL,
     "ligne 1\nl\xe2\x80\x99\xc3\xa9t\xc3\xa9\n", 0, 2, 0, NULL},
    {"iso-8859-1", B("\xe9t\xe9 \xab\x80\xbb"), "ISO-8859-1",
     "\xc3\xa9t\xc3\xa9 \xc2\xab\xc2\x80\xc2\xbb", 0, 0, 0, NULL},
    {"latin1 alias", B("\xe7"), "latin1", "\xc3\xa7", 0, 0, 0, NULL},
    {"iso-8859-15 via iconv", B("\xa4 \xbd \xbc"), "ISO-8859-15",
     "\xe2\x82\xac \xc5\x93 \xc5\x92", 0, 0, 0, NULL},
    {"iconv crlf", B("a\r\nb\rc"), "ISO-8859-15", "a\nb\nc", 0, 0, 0, NULL},
    {"nfd to nfc", B("e\xcc\x81"), NULL, "\xc3\xa9", 0, 0, 0, NULL},
    {"nfd on a later line",
     B("a\nb\n"
       "E\xcc\x81"
       "cole\nz"),
     NULL,
     "a\nb\n\xc3\x89"
     "cole\nz",
     0, 0, 0, NULL},
    {"nfd in utf16",
     B("\xff\xfe"
       "e\0\x01\x03"),
     NULL, "\xc3\xa9", 0, 0, 0, NULL},
    {"singleton to nfc", B("\xe2\x84\xab"), NULL, "\xc3\x85", 0, 0, 0, NULL},
    {"crlf", B("a\r\nb\r\n"), NULL, "a\nb\n", 0, 0, 0, NULL},
    {"lone cr", B("a\rb\r"), NULL, "a\nb\n", 0, 0, 0, NULL},
    {"cr cr lf", B("a\r\r\nb"), NULL, "a\n\nb", 0, 0, 0, NULL},
    {"crlf in cp1252", B("\xe9\r\n\xe8\r"), "WINDOWS-1252", "\xc3\xa9\n\xc3\xa8\n", 0, 0,
     0, NULL},
    {"crlf in utf16",
     B("\xff\xfe"
       "a\0\r\0\n\0b\0\r\0"),
     NULL, "a\nb\n", 0, 0, 0, NULL},
    {"cp1252 undefined byte", B("ab\ncd\x81"), "WINDOWS-1252", NULL, FICHE_EDECODE, 2, 5,
     "invalid byte 0x81 for WINDOWS-1252 at byte 5"},
    {"cp1252 undefined after crlf", B("a\r\nb\r\n\x9d"), "cp1252", NULL, FICHE_EDECODE, 3,
     6, "invalid byte 0x9D for WINDOWS-1252 at byte 6"},
    {"auto cp1252 undefined byte", B("\x92\n\n\x8f"), NULL, NULL, FICHE_EDECODE, 3, 3,
     "invalid byte 0x8F for WINDOWS-1252 at byte 3"},
    {"iconv invalid byte", B("ab\n\xe9"), "ASCII", NULL, FICHE_EDECODE, 2, 3,
     "invalid byte 0xE9 for ASCII at byte 3"},
    {"iconv truncated", B("a\n\x82"), "SHIFT_JIS", NULL, FICHE_EDECODE, 2, 2, NULL},
    {"iconv nul", B("a\0\n\0\0\0"), "UCS-2LE", NULL, FICHE_EDECODE, 2, 4, NULL},
    {"nul in utf8", B("ab\n\0"), NULL, NULL, FICHE_EDECODE, 2, 3,
     "NUL character at byte 3"},
    {"nul in cp1252", B("\x92\n\0"), NULL, NULL, FICHE_EDECODE, 2, 2, NULL},
    {"nul in latin1", B("\0"), "ISO-8859-1", NULL, FICHE_EDECODE, 1, 0, NULL},
    {"nul in utf16",
     B("\xff\xfe"
       "a\0\n\0\0\0"),
     NULL, NULL, FICHE_EDECODE, 2, 6, NULL},
    {"truncated utf16",
     B("\xff\xfe"
       "a\0b"),
     NULL, NULL, FICHE_EDECODE, 1, 4, NULL},
    {"truncated utf16 pair",
     B("\xff\xfe"
       "\x3d\xd8"),
     NULL, NULL, FICHE_EDECODE, 1, 2, NULL},
    {"unpaired high surrogate",
     B("\xff\xfe"
       "\x3d\xd8"
       "a\0"),
     NULL, NULL, FICHE_EDECODE, 1, 2, NULL},
    {"lone low surrogate",
     B("\xfe\xff"
       "\0a\0\n\xdc\0"),
     NULL, NULL, FICHE_EDECODE, 2, 6, NULL},
    {"truncated utf32",
     B("\xff\xfe\0\0"
       "a\0\0"),
     NULL, NULL, FICHE_EDECODE, 1, 4, NULL},
    {"utf32 beyond U+10FFFF",
     B("\xff\xfe\0\0"
       "\0\0\x11\0"),
     NULL, NULL, FICHE_EDECODE, 1, 4, NULL},
    {"utf32 surrogate",
     B("\0\0\xfe\xff"
       "\0\0\xd8\0"),
     NULL, NULL, FICHE_EDECODE, 1, 4, NULL},
    {"overlong in auto falls back", B("x\n\xc0\xaf"), NULL, "x\n\xc3\x80\xc2\xaf", 0, 2,
     0, NULL},
    {"truncated utf8 in auto falls back", B("ab\xc3"), NULL, "ab\xc3\x83", 0, 1, 0, NULL},
    {"overlong explicit", B("\xc0\xaf"), "UTF-8", NULL, FICHE_EDECODE, 1, 0, NULL},
    {"overlong 3 bytes explicit", B("\xe0\x80\xaf"), "UTF-8", NULL, FICHE_EDECODE, 1, 0,
     NULL},
    {"overlong 4 bytes explicit", B("\xf0\x80\x80\xaf"), "UTF-8", NULL, FICHE_EDECODE, 1,
     0, NULL},
    {"surrogate explicit", B("ok\xed\xa0\x80"), "UTF-8", NULL, FICHE_EDECODE, 1, 2, NULL},
    {"beyond U+10FFFF explicit", B("\xf4\x90\x80\x80"), "UTF-8", NULL, FICHE_EDECODE, 1,
     0, NULL},
    {"lead byte F5", B("\xf5\x80\x80\x80"), "UTF-8", NULL, FICHE_EDECODE, 1, 0, NULL},
    {"stray continuation", B("a\n\n\x80"), "UTF-8", NULL, FICHE_EDECODE, 3, 3, NULL},
    {"truncated utf8 explicit", B("ab\xe2\x82"), "UTF-8", NULL, FICHE_EDECODE, 1, 2,
     "truncated UTF-8 sequence at byte 2"},
    {"bom declares utf8",
     B("\xef\xbb\xbf"
       "a\xe9"),
     NULL, NULL, FICHE_EDECODE, 1, 4, NULL},
    {"max code point", B("\xf4\x8f\xbf\xbf"), "UTF-8", "\xf4\x8f\xbf\xbf", 0, 0, 0, NULL},
    {"unknown charset", B("abc"), "X-NO-SUCH-CHARSET", NULL, FICHE_ECHARSET, 0, -1, NULL},
    /* bom-mid-file: "cat a.md b.md" of two files saved with a BOM; U+FEFF at
     * a line start is a byte-order mark and goes, elsewhere it is text. */
    {"bom at line start dropped", B("\xef\xbb\xbf# A\n\xef\xbb\xbf# B\n"), NULL,
     "# A\n# B\n", 0, 0, 0, NULL},
    {"bom after CRLF dropped", B("# A\r\n\xef\xbb\xbf\xef\xbb\xbf# B"), "UTF-8",
     "# A\n# B", 0, 0, 0, NULL},
    {"bom inside a line kept", B("a\xef\xbb\xbf b\n"), NULL, "a\xef\xbb\xbf b\n", 0, 0, 0,
     NULL},
    {"bom mid utf16le dropped", B("\xff\xfe#\0 \0A\0\n\0\xff\xfe#\0 \0B\0"), NULL,
     "# A\n# B", 0, 0, 0, NULL},
    {"bom mid utf32be dropped", B("\0\0\xfe\xff\0\0\0x\0\0\0\n\0\0\xfe\xff\0\0\0y"), NULL,
     "x\ny", 0, 0, 0, NULL},
    {"bom mid iconv dropped",
     B("a\0\n\0\xff\xfe"
       "b\0"),
     "UCS-2LE", "a\nb", 0, 0, 0, NULL},
};

static void run_row(const struct row *r)
{
    char *out = (char *)"unchanged";
    size_t out_len = 12345;
    struct diag_list d = {0};
    struct fiche_error err = {0};
    err.byte_offset = -1;
    int rc =
        decode_to_utf8(r->bytes, r->len, r->charset, "t.md", &out, &out_len, &d, &err);
    if (rc != r->code || (r->expect && (out == NULL || strcmp(out, r->expect) != 0)))
        fprintf(stderr, "row \"%s\": rc %d, out \"%s\", error %s\n", r->title, rc,
                out ? out : "(null)", err.message ? err.message : "-");
    assert_int_equal(rc, r->code);
    if (r->expect) {
        assert_non_null(out);
        assert_int_equal(out_len, strlen(r->expect));
        assert_memory_equal(out, r->expect, out_len + 1);
        assert_int_equal(d.n, r->line ? 1 : 0);
        if (r->line) {
            assert_int_equal(d.v[0].line, r->line);
            assert_string_equal(d.v[0].message, "not UTF-8; read as Windows-1252");
        }
    } else {
        assert_null(out);
        assert_int_equal(err.code, r->code);
        assert_int_equal(err.line, r->line);
        assert_int_equal(err.byte_offset, r->offset);
        assert_string_equal(err.source, "t.md");
        if (r->message)
            assert_string_equal(err.message, r->message);
        assert_int_equal(d.n, 0);
    }
    free(out);
    fiche_error_clear(&err);
    diag_list_clear(&d);
}

static void test_rows(void **state)
{
    (void)state;
    for (size_t i = 0; i < ARRAY_LEN(rows); i++)
        run_row(&rows[i]);
}

/* Each of Windows-1252's five undefined bytes is an error in explicit mode. */
static void test_cp1252_undefined(void **state)
{
    (void)state;
    const unsigned char bad[] = {0x81, 0x8D, 0x8F, 0x90, 0x9D};
    for (size_t i = 0; i < ARRAY_LEN(bad); i++) {
        char in[3] = {'x', (char)bad[i], 'y'}, *out = NULL, msg[80];
        size_t n;
        struct fiche_error err = {0};
        assert_int_equal(decode_to_utf8(in, 3, "WINDOWS-1252", "f", &out, &n, NULL, &err),
                         FICHE_EDECODE);
        snprintf(msg, sizeof msg, "invalid byte 0x%02X for WINDOWS-1252 at byte 1",
                 bad[i]);
        assert_string_equal(err.message, msg);
        assert_int_equal(err.column, 2);
        fiche_error_clear(&err);
    }
}

/* Columns are 1-based byte columns in the input line, also through iconv. */
static void test_columns(void **state)
{
    (void)state;
    const struct {
        const char *bytes;
        size_t len;
        const char *cs;
        int line, column;
    } t[] = {
        {B("ab\r\ncd\xe9"), "ASCII", 2, 3},
        {B("a\0\n\0b\0\0\0"), "UCS-2LE", 2, 3},
        {B("\xff\xfe"
           "a\0\r\0\n\0b\0\0\xdc"),
         NULL, 2, 3},
        {B("x\ry\x81"), "WINDOWS-1252", 2, 2},
    };
    for (size_t i = 0; i < ARRAY_LEN(t); i++) {
        char *out = NULL;
        size_t n;
        struct fiche_error err = {0};
        assert_int_equal(
            decode_to_utf8(t[i].bytes, t[i].len, t[i].cs, "f", &out, &n, NULL, &err),
            FICHE_EDECODE);
        assert_null(out);
        assert_int_equal(err.line, t[i].line);
        assert_int_equal(err.column, t[i].column);
        fiche_error_clear(&err);
    }
}

/* Encoders for the round trip: code points of UTF-8 s into w-byte units. */
static char *encode_wide(const char *s, int w, bool be, bool bom, size_t *len)
{
    size_t n = strlen(s);
    char *buf = xmalloc(n * 4 + 8);
    unsigned char *q = (unsigned char *)buf;
    utf8proc_int32_t units[2];
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
    bool first = bom;
    while (*p || first) {
        utf8proc_int32_t c = 0xFEFF;
        if (!first) {
            utf8proc_ssize_t k = utf8proc_iterate(p, -1, &c);
            assert_true(k > 0);
            p += k;
        }
        first = false;
        int nu = 1;
        units[0] = c;
        if (w == 2 && c >= 0x10000) {
            units[0] = 0xD800 + ((c - 0x10000) >> 10);
            units[1] = 0xDC00 + ((c - 0x10000) & 0x3FF);
            nu = 2;
        }
        for (int u = 0; u < nu; u++)
            for (int i = 0; i < w; i++) {
                int shift = be ? 8 * (w - 1 - i) : 8 * i;
                *q++ = (unsigned char)(units[u] >> shift);
            }
    }
    *len = (size_t)((char *)q - buf);
    return buf;
}

/* Code point -> Windows-1252 / ISO-8859-15 byte for the characters of the
 * round-trip text. */
static char *encode_8bit(const char *s, bool latin9, size_t *len)
{
    static const struct {
        int cp, cp1252, latin9;
    } map[] = {
        {0x2019, 0x92, -1}, {0xAB, 0xAB, 0xAB},  {0xBB, 0xBB, 0xBB},   {0x2013, 0x96, -1},
        {0x2026, 0x85, -1}, {0x153, 0x9C, 0xBD}, {0x20AC, 0x80, 0xA4}, {0xE9, 0xE9, 0xE9},
        {0xC9, 0xC9, 0xC9}, {0xE0, 0xE0, 0xE0},  {0xE7, 0xE7, 0xE7},   {0xA0, 0xA0, 0xA0},
        {0xF4, 0xF4, 0xF4}, {0x152, 0x8C, 0xBC}, {0x27, 0x27, 0x27},   {0x2D, 0x2D, 0x2D},
        {0xE8, 0xE8, 0xE8},
    };
    size_t n = strlen(s);
    char *buf = xmalloc(n + 1);
    size_t k = 0;
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
    while (*p) {
        utf8proc_int32_t c;
        utf8proc_ssize_t step = utf8proc_iterate(p, -1, &c);
        p += step;
        if (c < 0x80 && c != 0x27 && c != 0x2D) {
            buf[k++] = (char)c;
            continue;
        }
        int b = -1;
        for (size_t i = 0; i < ARRAY_LEN(map); i++)
            if (map[i].cp == c)
                b = latin9 ? map[i].latin9 : map[i].cp1252;
        if (b < 0) { /* not in ISO-8859-15: use the ASCII look-alike */
            b = c == 0x2019 ? '\'' : c == 0x2013 ? '-' : '.';
        }
        buf[k++] = (char)b;
    }
    buf[k] = '\0';
    *len = k;
    return buf;
}

static char *decode_ok(const char *bytes, size_t len, const char *cs, size_t *warnings)
{
    char *out = NULL;
    size_t n;
    struct diag_list d = {0};
    struct fiche_error err = {0};
    int rc = decode_to_utf8(bytes, len, cs, "rt", &out, &n, &d, &err);
    if (rc != 0)
        fprintf(stderr, "decode %s: %s\n", cs ? cs : "auto", err.message);
    assert_int_equal(rc, 0);
    assert_int_equal(strlen(out), n);
    if (warnings)
        *warnings = d.n;
    diag_list_clear(&d);
    fiche_error_clear(&err);
    return out;
}

/* The same text saved in every encoding decodes to identical bytes. */
static void test_round_trip(void **state)
{
    (void)state;
    const char *text =
        "# Cr\xc3\xa8"
        "che \xc2\xab Les P\xc3\xa9tales \xc2\xbb "
        "\xe2\x80\x93 \xc5\x92uvre\n\nL\xe2\x80\x99"
        "accueil\xc2\xa0: "
        "\xc3\x89t\xc3\xa9 \xe2\x80\xa6 5\xc2\xa0\xe2\x82\xac, c\xc5\x93ur, "
        "gar\xc3\xa7on \xc3\xa0 c\xc3\xb4t\xc3\xa9\n";
    size_t len, w;
    struct {
        int w;
        bool be;
        const char *cs;
    } wide[] = {{2, false, NULL}, {2, true, NULL},        {4, false, NULL},
                {4, true, NULL},  {2, false, "UTF-16LE"}, {4, true, "UTF-32BE"}};
    for (size_t i = 0; i < ARRAY_LEN(wide); i++) {
        char *bytes = encode_wide(text, wide[i].w, wide[i].be, wide[i].cs == NULL, &len);
        char *out = decode_ok(bytes, len, wide[i].cs, &w);
        assert_string_equal(out, text);
        assert_int_equal(w, 0);
        free(out);
        free(bytes);
    }
    /* UTF-8 with BOM, NFD, CRLF */
    char *bom = xasprintf("\xef\xbb\xbf%s", text);
    char *out = decode_ok(bom, strlen(bom), NULL, &w);
    assert_string_equal(out, text);
    free(out);
    free(bom);
    char *nfd = (char *)utf8proc_NFD((const utf8proc_uint8_t *)text);
    assert_string_not_equal(nfd, text);
    out = decode_ok(nfd, strlen(nfd), NULL, &w);
    assert_string_equal(out, text);
    free(out);
    free(nfd);
    char crlf[512];
    size_t k = 0;
    for (const char *p = text; *p; p++) {
        if (*p == '\n')
            crlf[k++] = '\r';
        crlf[k++] = *p;
    }
    out = decode_ok(crlf, k, NULL, &w);
    assert_string_equal(out, text);
    free(out);
    /* Windows-1252: auto (with the warning) and explicit */
    char *b8 = encode_8bit(text, false, &len);
    out = decode_ok(b8, len, NULL, &w);
    assert_string_equal(out, text);
    assert_int_equal(w, 1);
    free(out);
    out = decode_ok(b8, len, "Windows-1252", &w);
    assert_string_equal(out, text);
    assert_int_equal(w, 0);
    free(out);
    free(b8);
    /* ISO-8859-15 lacks ’ – …: compare with the same text using look-alikes */
    b8 = encode_8bit(text, true, &len);
    out = decode_ok(b8, len, "ISO-8859-15", &w);
    size_t rlen;
    char *b8back = encode_8bit(out, true, &rlen);
    assert_int_equal(rlen, len);
    assert_memory_equal(b8back, b8, len);
    assert_non_null(strstr(out, "\xc5\x92uvre"));
    assert_non_null(strstr(out, "5\xc2\xa0\xe2\x82\xac"));
    free(b8back);
    free(out);
    free(b8);
}

/* iconv's UTF-8 of b[0..n) from charset cs, with CRLF and CR made LF, NFC
 * (as our text is); NULL when iconv finds an invalid byte. */
static char *iconv_lf(const char *cs, const unsigned char *b, size_t n)
{
    iconv_t cd = iconv_open("UTF-8", cs);
    assert_true(cd != (iconv_t)-1);
    char *tmp = malloc(4 * n + 1), *in = (char *)b, *o = tmp;
    size_t il = n, ol = 4 * n;
    size_t rc = iconv(cd, &in, &il, &o, &ol);
    iconv_close(cd);
    if (rc == (size_t)-1) {
        free(tmp);
        return NULL;
    }
    char *r = malloc(4 * n + 1);
    size_t k = 0;
    for (char *p = tmp; p < o; p++) {
        if (*p == '\r') {
            r[k++] = '\n';
            if (p + 1 < o && p[1] == '\n')
                p++;
        } else {
            r[k++] = *p;
        }
    }
    r[k] = '\0';
    free(tmp);
    char *nfc = (char *)utf8proc_NFC((const utf8proc_uint8_t *)r);
    free(r);
    return nfc;
}

/* Single-byte charsets (decoded through the byte map the decoder asks of
 * iconv) give iconv's own text with LF line ends, for random mixes of ASCII,
 * CR, LF and every upper byte; a byte iconv refuses is an error for both. */
static void test_sbcs_vs_iconv(void **state)
{
    (void)state;
    static const char *const cs[][2] = {{"WINDOWS-1252", "Windows-1252"},
                                        {"ISO-8859-1", "latin1"},
                                        {"ISO-8859-15", "ISO-8859-15"},
                                        {"CP850", "CP850"},
                                        {"KOI8-R", "KOI8-R"},
                                        {"MACINTOSH", "MACINTOSH"},
                                        {"WINDOWS-1251", "CP1251"},
                                        {"ISO-8859-7", "ISO-8859-7"}};
    unsigned seed = 7;
    size_t refused = 0;
    for (int round = 0; round < 3000; round++) {
        unsigned char b[64];
        seed = seed * 1103515245u + 12345u;
        size_t n = (seed >> 16) % sizeof b;
        for (size_t i = 0; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            unsigned r = seed >> 8;
            unsigned c = r % 4 == 0   ? 0x80 + (r >> 4) % 128
                         : r % 4 == 1 ? (unsigned char)"\r\n\t "[(r >> 4) % 4]
                                      : 0x20 + (r >> 4) % 95;
            b[i] = (unsigned char)c;
        }
        for (size_t k = 0; k < ARRAY_LEN(cs); k++) {
            char *want = iconv_lf(cs[k][0], b, n);
            char *out = NULL;
            size_t len = 0;
            struct fiche_error err = {0};
            struct diag_list d = {0};
            int rc =
                decode_to_utf8((const char *)b, n, cs[k][1], "t", &out, &len, &d, &err);
            if (!want) {
                refused++;
                assert_int_not_equal(rc, 0);
            } else {
                assert_int_equal(rc, 0);
                assert_int_equal(len, strlen(want));
                assert_string_equal(out, want);
            }
            free(out);
            free(want);
            diag_list_clear(&d);
            fiche_error_clear(&err);
        }
    }
    assert_true(refused > 0); /* undefined bytes were met */
}

/* Charsets of several bytes per character keep iconv's whole conversion:
 * Japanese and Chinese text read back as it was written. */
static void test_multibyte_vs_iconv(void **state)
{
    (void)state;
    static const char *const cs[] = {"SHIFT_JIS", "EUC-JP", "GBK", "BIG5", "UTF-16LE"};
    static const char text[] = "# \xE6\x97\xA5\xE6\x9C\xAC \xE4\xB8\xAD\xE6\x96\x87\n"
                               "## Coordonnees\n\\ 12 - \xE6\x9D\xB1\n";
    for (size_t k = 0; k < ARRAY_LEN(cs); k++) {
        iconv_t cd = iconv_open(cs[k], "UTF-8");
        assert_true(cd != (iconv_t)-1);
        char enc[256], *in = (char *)text, *o = enc;
        size_t il = sizeof text - 1, ol = sizeof enc;
        bool ok = iconv(cd, &in, &il, &o, &ol) != (size_t)-1;
        iconv_close(cd);
        if (!ok)
            continue; /* a character the charset lacks (é in BIG5): not this test */
        char *out = NULL;
        size_t len = 0;
        struct fiche_error err = {0};
        print_message("%s\n", cs[k]);
        assert_int_equal(
            decode_to_utf8(enc, (size_t)(o - enc), cs[k], "t", &out, &len, NULL, &err),
            0);
        char *want = iconv_lf(cs[k], (const unsigned char *)enc, (size_t)(o - enc));
        assert_string_equal(out, want); /* Shift_JIS reads "\\" as "¥", as iconv does */
        free(want);
        free(out);
    }
}

/* cp_nfc_safe()'s ranges (decode.c): NFC must leave those code points alone. */
static void test_nfc_safe_ranges(void **state)
{
    (void)state;
    const struct {
        int lo, hi;
    } ranges[] = {{0x01, 0x2FF}, {0x2002, 0x20CF}, {0x2100, 0x2125}};
    for (size_t r = 0; r < ARRAY_LEN(ranges); r++)
        for (int c = ranges[r].lo; c <= ranges[r].hi; c++) {
            utf8proc_uint8_t s[8];
            utf8proc_ssize_t n = utf8proc_encode_char(c, s);
            s[n] = 0;
            utf8proc_uint8_t *nfc = utf8proc_NFC(s);
            if (strcmp((char *)nfc, (char *)s) != 0)
                fprintf(stderr, "U+%04X changes under NFC\n", c);
            assert_string_equal((char *)nfc, (char *)s);
            assert_int_equal(utf8proc_get_property(c)->combining_class, 0);
            free(nfc);
            /* And decode_to_utf8 agrees with utf8proc on it after a base letter. */
            if (c == '\r')
                continue;
            char in[16], *out = NULL;
            size_t len;
            snprintf(in, sizeof in, "e%s\xcc\x81", (char *)s);
            assert_int_equal(
                decode_to_utf8(in, strlen(in), NULL, "x", &out, &len, NULL, NULL), 0);
            nfc = utf8proc_NFC((const utf8proc_uint8_t *)in);
            assert_string_equal(out, (char *)nfc);
            free(nfc);
            free(out);
        }
}

static void test_decode_nfc(void **state)
{
    (void)state;
    const struct {
        const char *in, *out;
    } t[] = {
        {"", ""},
        {"abc", "abc"},
        {"e\xcc\x81t\xc3\xa9", "\xc3\xa9t\xc3\xa9"},
        {"a\ne\xcc\x80\nb", "a\n\xc3\xa8\nb"},
        {"\xcc\x81"
         "a",
         "\xcc\x81"
         "a"},                        /* a lone combining mark stays */
        {"\xe2\x84\xa6", "\xce\xa9"}, /* OHM SIGN -> GREEK CAPITAL OMEGA */
    };
    for (size_t i = 0; i < ARRAY_LEN(t); i++) {
        char *s = decode_nfc(t[i].in, strlen(t[i].in));
        assert_string_equal(s, t[i].out);
        free(s);
    }
    /* Only the first n bytes are read. */
    char *s = decode_nfc("e\xcc\x81XYZ", 3);
    assert_string_equal(s, "\xc3\xa9");
    free(s);
}

/* Which charsets a file can be cut on its bytes in. */
static void test_ascii_compatible(void **state)
{
    (void)state;
    static const char *const yes[] = {NULL,     "auto",        "UTF-8",  "WINDOWS-1252",
                                      "cp1252", "ISO-8859-15", "latin1", "SHIFT_JIS"};
    static const char *const no[] = {"UTF-16", "UTF-16LE",    "UTF-32BE", "UCS-2",
                                     "UTF-7",  "ISO-2022-JP", "IBM1147"};
    for (size_t i = 0; i < ARRAY_LEN(yes); i++)
        if (!decode_ascii_compatible(yes[i]))
            fail_msg("%s: not ASCII-compatible?", yes[i] ? yes[i] : "NULL");
    for (size_t i = 0; i < ARRAY_LEN(no); i++)
        if (decode_ascii_compatible(no[i]))
            fail_msg("%s: ASCII-compatible?", no[i]);
}

static void test_html_entity(void **state)
{
    (void)state;
    const struct {
        const char *name, *out;
    } t[] = {
        {"eacute", "\xc3\xa9"},
        {"Eacute", "\xc3\x89"},
        {"agrave", "\xc3\xa0"},
        {"ccedil", "\xc3\xa7"},
        {"nbsp", "\xc2\xa0"},
        {"laquo", "\xc2\xab"},
        {"raquo", "\xc2\xbb"},
        {"oelig", "\xc5\x93"},
        {"OElig", "\xc5\x92"},
        {"Yuml", "\xc5\xb8"},
        {"yuml", "\xc3\xbf"},
        {"rsquo", "\xe2\x80\x99"},
        {"lsquo", "\xe2\x80\x98"},
        {"ldquo", "\xe2\x80\x9c"},
        {"rdquo", "\xe2\x80\x9d"},
        {"ndash", "\xe2\x80\x93"},
        {"mdash", "\xe2\x80\x94"},
        {"hellip", "\xe2\x80\xa6"},
        {"euro", "\xe2\x82\xac"},
        {"bull", "\xe2\x80\xa2"},
        {"middot", "\xc2\xb7"},
        {"amp", "&"},
        {"lt", "<"},
        {"gt", ">"},
        {"quot", "\""},
        {"apos", "'"},
        {"deg", "\xc2\xb0"},
        {"#233", "\xc3\xa9"},
        {"#xE9", "\xc3\xa9"},
        {"#Xe9", "\xc3\xa9"},
        {"#38", "&"},
        {"#x1F600", "\xf0\x9f\x98\x80"},
        {"#x10FFFF", "\xf4\x8f\xbf\xbf"},
        {"#146", "\xe2\x80\x99"}, /* HTML5: &#146; is the Windows-1252 quote */
        {"#0000233", "\xc3\xa9"},
    };
    char out[8];
    for (size_t i = 0; i < ARRAY_LEN(t); i++) {
        memset(out, 'X', sizeof out);
        int n = html_entity(t[i].name, strlen(t[i].name), out);
        if (n <= 0)
            fprintf(stderr, "entity %s not decoded\n", t[i].name);
        assert_int_equal(n, (int)strlen(t[i].out));
        assert_string_equal(out, t[i].out);
    }
    const char *bad[] = {"",     "#",        "#x",     "#0",    "#xD800",  "#x110000",
                         "#12a", "#xG1",     "EACUTE", "eacut", "eacutee", "#99999999999",
                         "#129", "nosuchent"};
    for (size_t i = 0; i < ARRAY_LEN(bad); i++) {
        int n = html_entity(bad[i], strlen(bad[i]), out);
        if (n != 0)
            fprintf(stderr, "entity \"%s\" accepted\n", bad[i]);
        assert_int_equal(n, 0);
    }
    /* name is pointer + length, not NUL-terminated */
    assert_int_equal(html_entity("amp;rest", 3, out), 1);
    assert_string_equal(out, "&");
}

/* Every sample file decodes to valid NFC UTF-8 holding its entries' titles; only
 * the 8-bit ones warn. */
static void test_corpus(void **state)
{
    (void)state;
    const char *top = getenv("top_srcdir");
    char path[4096];
    snprintf(path, sizeof path, "%s/tests/corpus/sample/expected.json", top ? top : ".");
    json_error_t jerr;
    json_t *expected = json_load_file(path, 0, &jerr);
    if (!expected) {
        fprintf(stderr, "%s not found: corpus test skipped\n", path);
        skip();
    }
    for (int f = 1; f <= 10; f++) {
        snprintf(path, sizeof path, "%s/tests/corpus/sample/s%02d.md", top ? top : ".",
                 f);
        FILE *fp = fopen(path, "rb");
        assert_non_null(fp);
        char buf[65536];
        size_t len = fread(buf, 1, sizeof buf, fp);
        fclose(fp);
        size_t w;
        char *out = decode_ok(buf, len, NULL, &w);
        assert_null(strchr(out, '\r'));
        assert_false(str_startswith(out, "\xef\xbb\xbf"));
        char *again = decode_nfc(out, strlen(out));
        assert_string_equal(again, out);
        free(again);
        char key[32];
        snprintf(key, sizeof key, "s%02d.md#0", f);
        const char *enc = json_string_value(
            json_object_get(json_object_get(expected, key), "encoding"));
        assert_non_null(enc);
        bool eight_bit =
            strcmp(enc, "windows-1252") == 0 || strcmp(enc, "iso-8859-1") == 0;
        assert_int_equal(w, eight_bit ? 1 : 0);
        for (int i = 0;; i++) {
            snprintf(key, sizeof key, "s%02d.md#%d", f, i);
            json_t *e = json_object_get(expected, key);
            if (!e)
                break;
            const char *title = json_string_value(json_object_get(e, "title"));
            /* The title is given with entities and escapes decoded: compare the
             * part before the first '&' or '\\'. */
            char *heading = xasprintf("# %.*s", (int)strcspn(title, "&\\"), title);
            if (!strstr(out, heading))
                fprintf(stderr, "%s: no \"%s\"\n", key, heading);
            assert_non_null(strstr(out, heading));
            free(heading);
        }
        free(out);
    }
    json_decref(expected);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rows),
        cmocka_unit_test(test_cp1252_undefined),
        cmocka_unit_test(test_columns),
        cmocka_unit_test(test_round_trip),
        cmocka_unit_test(test_sbcs_vs_iconv),
        cmocka_unit_test(test_multibyte_vs_iconv),
        cmocka_unit_test(test_nfc_safe_ranges),
        cmocka_unit_test(test_decode_nfc),
        cmocka_unit_test(test_html_entity),
        cmocka_unit_test(test_ascii_compatible),
        cmocka_unit_test(test_corpus),
    };
    return cmocka_run_group_tests_name("decode", tests, NULL, NULL);
}

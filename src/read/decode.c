/* First stage of the pipeline: the bytes of a file, in whatever charset, become
 * NFC UTF-8 text with "\n" line ends that split.c cuts into entries. UTF-8 is
 * validated, every other charset converted by iconv (the only includer of
 * <iconv.h>); line ends, byte-order marks and NFC are normalize.c's. */
#include "read/decode.h"

#include <errno.h>
#include <iconv.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/text.h"
#include "base/util.h"
#include "read/normalize.h"

#define NO_ICONV ((iconv_t)-1)

/* iconv converts to "WCHAR_T", glibc's code points (UCS-4 in the machine's
 * order); utf8proc writes them as UTF-8 (normalize.c). One conversion step
 * instead of two through UTF-8. */
#ifndef __STDC_ISO_10646__
#error "wchar_t must hold Unicode code points (glibc)"
#endif
#define WIDE "WCHAR_T"

/* How a decoder reads its bytes. */
enum mode {
    MODE_AUTO,  /* BOM, else UTF-8, else Windows-1252 */
    MODE_UTF8,  /* validated */
    MODE_ICONV, /* converted */
};

struct decoder {
    enum mode mode;
    char *code;                 /* MODE_ICONV: the charset as given to iconv */
    char *display;              /* its name in messages ("WINDOWS-1252", "UTF-16LE") */
    iconv_t cd;                 /* MODE_ICONV: code -> code points */
    iconv_t cd_fall;            /* MODE_AUTO: Windows-1252 -> code points, on first use */
    bool wide_bom;              /* "UTF-16"/"UTF-32": a BOM names the byte order */
    struct byte_text *cd_bytes; /* cd's bytes, when a single-byte charset */
    struct byte_text *fall_bytes; /* the same for cd_fall */
    struct cps conv;              /* what iconv gave for the piece */
};

static struct byte_text *single_byte_map(iconv_t cd);

/* The key of a charset name: upper case, without "-", "_", " ", ":". */
static void charset_key(const char *name, char key[24])
{
    size_t k = 0;
    for (const char *p = name; *p && k + 1 < 24; p++)
        if (*p != '-' && *p != '_' && *p != ' ' && *p != ':')
            key[k++] = (char)ascii_toupper((unsigned char)*p);
    key[k] = '\0';
}

/* The name messages give a charset: the usual spelling of the common ones,
 * whatever the user typed ("cp1252" -> "WINDOWS-1252"); else as given. */
static char *display_name(const char *name)
{
    static const struct {
        const char *key, *shown;
    } names[] = {
        {"WINDOWS1252", "WINDOWS-1252"},
        {"CP1252", "WINDOWS-1252"},
        {"ISO88591", "ISO-8859-1"},
        {"LATIN1", "ISO-8859-1"},
        {"L1", "ISO-8859-1"},
        {"ISO885911987", "ISO-8859-1"},
        {"UTF16LE", "UTF-16LE"},
        {"UTF16BE", "UTF-16BE"},
        {"UTF32LE", "UTF-32LE"},
        {"UTF32BE", "UTF-32BE"},
        {"UTF16", "UTF-16BE"},
        {"UTF32", "UTF-32BE"},
        {"UTF8", "UTF-8"},
    };
    char key[24];
    charset_key(name, key);
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(key, names[i].key) == 0)
            return xstrdup(names[i].shown);
    return xstrdup(name);
}

/* The name to give iconv: "UTF-16" and "UTF-32" without a BOM are
 * big-endian (RFC 2781, and Unicode's rule for UTF-32); glibc's iconv reads
 * them in the machine's order. With a BOM, iconv reads the BOM. Only the
 * names change, not the conversion. */
static const char *iconv_name(const char *key, const char *name)
{
    if (strcmp(key, "UTF16") == 0)
        return "UTF-16BE";
    if (strcmp(key, "UTF32") == 0)
        return "UTF-32BE";
    return name;
}

int decoder_new(const char *from_code, struct decoder **out, struct fiche_error *err)
{
    struct decoder *dec = xcalloc(1, sizeof *dec);
    dec->cd = dec->cd_fall = NO_ICONV;
    *out = NULL;
    char key[24];
    charset_key(from_code ? from_code : "auto", key);
    if (strcmp(key, "AUTO") == 0) {
        dec->mode = MODE_AUTO;
    } else if (strcmp(key, "UTF8") == 0) {
        dec->mode = MODE_UTF8;
    } else {
        dec->mode = MODE_ICONV;
        dec->cd = iconv_open(WIDE, iconv_name(key, from_code));
        if (dec->cd == NO_ICONV) {
            free(dec);
            return fiche_error_set(err, FICHE_ECHARSET, NULL, 0, 0,
                                   "unknown charset \"%s\"", from_code);
        }
        dec->code = xstrdup(from_code);
        dec->display = display_name(from_code);
        dec->wide_bom = iconv_name(key, from_code) != from_code;
        dec->cd_bytes =
            decode_ascii_compatible(from_code) ? single_byte_map(dec->cd) : NULL;
    }
    *out = dec;
    return 0;
}

void decoder_free(struct decoder *dec)
{
    if (!dec)
        return;
    if (dec->cd != NO_ICONV)
        iconv_close(dec->cd);
    if (dec->cd_fall != NO_ICONV)
        iconv_close(dec->cd_fall);
    free(dec->cd_bytes);
    free(dec->fall_bytes);
    free(dec->code);
    free(dec->display);
    free(dec->conv.v);
    free(dec);
}

/* ------------------------------------------------------------------------ */
/* Where a fault is                                                          */

/* A piece of a file being decoded: for messages and offsets. */
struct piece {
    const char *b;
    size_t n;
    const char *source;
    int first_line;
    size_t first_offset;
};

/* Line (1-based, in the file) and byte column (1-based) of the piece's byte
 * off, for a charset whose line ends are the ASCII bytes LF, CR and CRLF. */
static void locate_bytes(const struct piece *p, size_t off, int *line, long *col)
{
    int ln = 0;
    size_t ls = 0;
    for (size_t i = 0; i < off; i++) {
        if (p->b[i] == '\n' || p->b[i] == '\r') {
            if (p->b[i] == '\r' && i + 1 < off && p->b[i + 1] == '\n')
                i++;
            ln++;
            ls = i + 1;
        }
    }
    *line = p->first_line + ln;
    *col = (long)(off - ls) + 1;
}

/* Record a decode error at the piece's byte off: err gets the file's line,
 * column and byte offset; the message ends with "at byte N" in the file. */
static int decode_fail(struct fiche_error *err, const struct piece *p, int line, long col,
                       size_t off, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));
static int decode_fail(struct fiche_error *err, const struct piece *p, int line, long col,
                       size_t off, const char *fmt, ...)
{
    char msg[200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    size_t at = p->first_offset + off;
    bool fresh = err && err->code == 0;
    fiche_error_set(err, FICHE_EDECODE, p->source, line, (int)col, "%s at byte %zu", msg,
                    at);
    if (fresh)
        err->byte_offset = (long)at;
    return FICHE_EDECODE;
}

/* A fault of UTF-8 input, or of a single-byte charset, at byte off. */
static int byte_fault(struct fiche_error *err, const struct piece *p, enum bad why,
                      size_t off, const char *charset)
{
    int line;
    long col;
    locate_bytes(p, off, &line, &col);
    if (why == BAD_NUL)
        return decode_fail(err, p, line, col, off, "NUL character");
    if (why == BAD_TRUNCATED)
        return decode_fail(err, p, line, col, off, "truncated %s sequence", charset);
    return decode_fail(err, p, line, col, off, "invalid byte 0x%02X for %s",
                       (unsigned)(unsigned char)p->b[off], charset);
}

/* ------------------------------------------------------------------------ */
/* iconv                                                                     */

/* Room in cp for at least need more code points. */
static void cps_room(struct cps *cp, size_t need)
{
    size_t want = cp->n + need + 4;
    if (want > cp->cap) {
        cp->cap = want + want / 2;
        cp->v = xrealloc(cp->v, cp->cap * sizeof *cp->v);
    }
}

/* Convert the n bytes at b with cd, appending to cp. Returns 0, or the
 * errno of the failure with *stop, the offset in b where it stopped. */
static int iconv_append(iconv_t cd, const char *b, size_t n, struct cps *cp, size_t *stop)
{
    char *in = (char *)b;
    size_t inleft = n;
    for (bool flushed = false; !flushed;) {
        /* a byte gives at most one code point in the charsets that matter;
         * E2BIG grows the room otherwise */
        cps_room(cp, inleft);
        char *outp = (char *)(cp->v + cp->n);
        size_t room = (cp->cap - cp->n) * sizeof *cp->v, outleft = room;
        size_t r = inleft ? iconv(cd, &in, &inleft, &outp, &outleft)
                          : iconv(cd, NULL, NULL, &outp, &outleft);
        cp->n += (room - outleft) / sizeof *cp->v;
        if (r == (size_t)-1 && errno != E2BIG) {
            *stop = (size_t)(in - b);
            return errno;
        }
        if (r == (size_t)-1 && cp->n + 4 > cp->cap)
            cp->cap += 16; /* E2BIG with room left for less than a character */
        flushed = r != (size_t)-1 && inleft == 0;
    }
    return 0;
}

/* Convert the n bytes at b with cd into cp (emptied first). Returns 0, or
 * the errno of the failure with *in_off, the input offset where it stopped;
 * cp then holds what came before. */
static int iconv_into(iconv_t cd, const char *b, size_t n, struct cps *cp, size_t *in_off)
{
    iconv(cd, NULL, NULL, NULL, NULL); /* initial state */
    cp->n = 0;
    return iconv_append(cd, b, n, cp, in_off);
}

/* The byte map of cd when it converts a single-byte charset whose bytes
 * 0x00-0x7F are ASCII: each of them gives itself, and each byte from 0x80
 * up gives one code point or is invalid alone (a byte that begins a longer
 * sequence, as in Shift_JIS, Big5, GBK, EUC-* or UTF-8, makes it NULL). */
static struct byte_text *single_byte_map(iconv_t cd)
{
    char ascii[128];
    for (int c = 0; c < 128; c++)
        ascii[c] = (char)c;
    struct cps cp = {0};
    size_t stop = 0;
    iconv(cd, NULL, NULL, NULL, NULL);
    bool ok = iconv_append(cd, ascii, sizeof ascii, &cp, &stop) == 0 && cp.n == 128;
    for (int c = 0; c < 128 && ok; c++)
        ok = cp.v[c] == (uint32_t)c;
    struct byte_text *m = ok ? xmalloc(sizeof *m) : NULL;
    for (int c = 0x80; c < 0x100 && m; c++) {
        char one = (char)c;
        cp.n = 0;
        iconv(cd, NULL, NULL, NULL, NULL);
        int e = iconv_append(cd, &one, 1, &cp, &stop);
        if (e == 0 && cp.n == 1) {
            byte_text_set(m, (size_t)(c - 0x80), cp.v[0]);
        } else if (e == EILSEQ) {
            byte_text_set(m, (size_t)(c - 0x80), UINT32_MAX);
        } else { /* EINVAL: the first byte of two */
            free(m);
            m = NULL;
        }
    }
    free(cp.v);
    iconv(cd, NULL, NULL, NULL, NULL);
    return m;
}

/* Input offset at which cd has produced exactly k code points from b: where
 * a character begins. Error path only. */
static size_t iconv_offset(iconv_t cd, const char *b, size_t n, size_t k)
{
    iconv(cd, NULL, NULL, NULL, NULL);
    uint32_t *tmp = xmalloc((k + 1) * sizeof *tmp);
    char *in = (char *)b, *outp = (char *)tmp;
    size_t inleft = n, outleft = k * sizeof *tmp;
    iconv(cd, &in, &inleft, &outp, &outleft);
    free(tmp);
    return (size_t)(in - b);
}

/* Line and byte column of the input offset in_off of a conversion with cd
 * whose output up to there is the k code points of cp. Error path only. */
static void locate_conv(iconv_t cd, const struct piece *p, const struct cps *cp, size_t k,
                        size_t in_off, int *line, long *col)
{
    int ln = 0;
    size_t ls = 0;
    for (size_t i = 0; i < k; i++) {
        if (cp->v[i] == '\n' ||
            (cp->v[i] == '\r' && (i + 1 >= k || cp->v[i + 1] != '\n'))) {
            ln++;
            ls = i + 1;
        }
    }
    *line = p->first_line + ln;
    *col = (long)(in_off - iconv_offset(cd, p->b, p->n, ls)) + 1;
}

/* The width of the code units of a charset, for messages: 2 for UTF-16,
 * 4 for UTF-32, else 1. */
static int unit_width(const char *display)
{
    return strncmp(display, "UTF-16", 6) == 0   ? 2
           : strncmp(display, "UTF-32", 6) == 0 ? 4
                                                : 1;
}

/* A conversion failure (errno e at input offset off) as an error. */
static int conv_fault(struct fiche_error *err, const struct piece *p, iconv_t cd,
                      const char *display, const struct cps *cp, int e, size_t off)
{
    int line;
    long col;
    locate_conv(cd, p, cp, cp->n, off, &line, &col);
    if (e == EINVAL)
        return decode_fail(err, p, line, col, off, "truncated %s sequence", display);
    int w = unit_width(display);
    const unsigned char *u = (const unsigned char *)p->b + off;
    if (w == 1 || off + (size_t)w > p->n)
        return decode_fail(err, p, line, col, off, "invalid byte 0x%02X for %s", u[0],
                           display);
    bool be = strstr(display, "BE") != NULL;
    uint32_t v = 0;
    for (int i = 0; i < w; i++)
        v = v << 8 | u[be ? i : w - 1 - i];
    return decode_fail(err, p, line, col, off, "invalid code unit 0x%0*X for %s", w * 2,
                       (unsigned)v, display);
}

/* ------------------------------------------------------------------------ */
/* Decoding                                                                  */

/* Convert the piece with cd (named display in messages): iconv gives code
 * points, normalize.c the text. A NUL is an error, found back in the input. */
static int run_iconv(struct decoder *dec, iconv_t cd, const struct byte_text *bytes,
                     const char *display, const struct piece *p, char **out,
                     size_t *out_len, struct fiche_error *err)
{
    /* A single-byte charset: each byte looked up in what iconv said of it
     * when the decoder was made (calling iconv for the text cost more than
     * all the rest of reading it); iconv's own text, byte for byte
     * (tests/unit/test_decode.c). A NUL or an invalid byte takes the general
     * path, which says where. */
    if (bytes && (*out = bytes_text(p->b, p->n, bytes, out_len)) != NULL)
        return 0;
    size_t off = 0;
    int e = iconv_into(cd, p->b, p->n, &dec->conv, &off);
    if (e != 0)
        return conv_fault(err, p, cd, display, &dec->conv, e, off);
    size_t nul_at = 0;
    *out = cps_text(&dec->conv, out_len, &nul_at);
    if (*out)
        return 0;
    off = iconv_offset(cd, p->b, p->n, nul_at);
    int line;
    long col;
    locate_conv(cd, p, &dec->conv, nul_at, off, &line, &col);
    return decode_fail(err, p, line, col, off, "NUL character");
}

/* Tidy the valid UTF-8 of the piece after a BOM of bom bytes (line ends,
 * BOM, NFC); a NUL is an error. */
static int finish_utf8(const struct piece *p, size_t bom, char **out, size_t *out_len,
                       struct fiche_error *err)
{
    size_t nul_at = 0;
    *out = text_tidy(p->b + bom, p->n - bom, out_len, &nul_at);
    return *out ? 0 : byte_fault(err, p, BAD_NUL, bom + nul_at, "UTF-8");
}

/* Validate the piece as UTF-8 (after a BOM of bom bytes). */
static int run_utf8(const struct piece *p, size_t bom, char **out, size_t *out_len,
                    struct fiche_error *err)
{
    size_t off = 0;
    enum bad why = utf8_check(p->b + bom, p->n - bom, &off);
    if (why != BAD_NONE)
        return byte_fault(err, p, why, bom + off, "UTF-8");
    return finish_utf8(p, bom, out, out_len, err);
}

/* A charset named by a byte-order mark at the start of the piece, with the
 * mark's length in *len; NULL when there is none (UTF-8's is not one here). */
static const char *wide_bom(const unsigned char *b, size_t n, size_t *len)
{
    *len = n >= 4 && ((b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) ||
                      (b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF))
               ? 4
               : 2;
    if (*len == 4)
        return b[0] == 0xFF ? "UTF-32LE" : "UTF-32BE";
    if (n >= 2 && b[0] == 0xFF && b[1] == 0xFE)
        return "UTF-16LE";
    if (n >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        return "UTF-16BE";
    return NULL;
}

bool decode_wide_bom(const char *bytes, size_t len)
{
    size_t n;
    return wide_bom((const unsigned char *)bytes, len, &n) != NULL;
}

/* A UTF-16/32 piece named by its BOM: converted after the BOM with a
 * conversion opened for it (such files are read whole, once). */
static int run_wide(struct decoder *dec, const char *charset, size_t bom,
                    const struct piece *p, char **out, size_t *out_len,
                    struct fiche_error *err)
{
    iconv_t cd = iconv_open(WIDE, charset);
    if (cd == NO_ICONV)
        return fiche_error_set(err, FICHE_ECHARSET, p->source, 0, 0,
                               "iconv cannot convert %s", charset);
    struct piece after = {p->b + bom, p->n - bom, p->source, p->first_line,
                          p->first_offset + bom};
    int rc = run_iconv(dec, cd, NULL, charset, &after, out, out_len, err);
    iconv_close(cd);
    return rc;
}

/* Auto mode: BOM, else strict UTF-8, else Windows-1252 with a warning. */
static int run_auto(struct decoder *dec, const struct piece *p, char **out,
                    size_t *out_len, struct diag_list *d, struct fiche_error *err)
{
    const unsigned char *b = (const unsigned char *)p->b;
    size_t bom;
    const char *wide = wide_bom(b, p->n, &bom);
    if (wide)
        return run_wide(dec, wide, bom, p, out, out_len, err);
    bom = p->n >= 3 && memcmp(b, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    size_t off = 0;
    enum bad why = utf8_check(p->b + bom, p->n - bom, &off);
    if (why == BAD_NONE)
        return finish_utf8(p, bom, out, out_len, err);
    /* A BOM declares UTF-8, and a NUL is invalid in every charset. */
    if (bom || why == BAD_NUL)
        return byte_fault(err, p, why, bom + off, "UTF-8");
    if (dec->cd_fall == NO_ICONV) {
        dec->cd_fall = iconv_open(WIDE, "WINDOWS-1252");
        dec->fall_bytes = dec->cd_fall != NO_ICONV ? single_byte_map(dec->cd_fall) : NULL;
    }
    if (dec->cd_fall == NO_ICONV)
        return fiche_error_set(err, FICHE_ECHARSET, p->source, 0, 0,
                               "iconv cannot convert WINDOWS-1252");
    int rc = run_iconv(dec, dec->cd_fall, dec->fall_bytes, "WINDOWS-1252", p, out,
                       out_len, err);
    if (rc == 0 && d) {
        int line;
        long col;
        locate_bytes(p, off, &line, &col);
        diag_add(d, DIAG_WARNING, line, (int)col, "not UTF-8; read as Windows-1252");
    }
    return rc;
}

int decoder_run(struct decoder *dec, const char *bytes, size_t len, const char *source,
                int first_line, size_t first_offset, char **out, size_t *out_len,
                struct diag_list *d, struct fiche_error *err)
{
    struct piece p = {bytes, len, source, first_line, first_offset};
    *out = NULL;
    *out_len = 0;
    switch (dec->mode) {
    case MODE_AUTO:
        return run_auto(dec, &p, out, out_len, d, err);
    case MODE_UTF8:
        return run_utf8(&p, len >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0,
                        out, out_len, err);
    case MODE_ICONV:
        break;
    }
    size_t bom;
    const char *wide =
        dec->wide_bom ? wide_bom((const unsigned char *)bytes, len, &bom) : NULL;
    if (wide)
        return run_wide(dec, wide, bom, &p, out, out_len, err);
    return run_iconv(dec, dec->cd, dec->cd_bytes, dec->display, &p, out, out_len, err);
}

int decode_to_utf8(const char *bytes, size_t len, const char *from_code,
                   const char *source, char **out, size_t *out_len, struct diag_list *d,
                   struct fiche_error *err)
{
    struct decoder *dec;
    *out = NULL;
    *out_len = 0;
    int rc = decoder_new(from_code, &dec, err);
    if (rc != 0) {
        if (err && err->source == NULL && source)
            err->source = xstrdup(source);
        return rc;
    }
    rc = decoder_run(dec, bytes, len, source, 1, 0, out, out_len, d, err);
    decoder_free(dec);
    return rc;
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
    if (cd == NO_ICONV)
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

int fiche_decode(const char *bytes, size_t len, const char *from_code, const char *source,
                 char **out, size_t *out_len, struct diag_list *d,
                 struct fiche_error *err)
{
    return decode_to_utf8(bytes, len, from_code, source, out, out_len, d, err);
}

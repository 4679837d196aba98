/* Private to the vCard writer (vcard*.c): what the card writer (vcard.c) uses
 * of the escaping and folding (vcard_escape.c) and of the 2.1 charset and
 * quoted-printable part (vcard_21.c). */
#ifndef FICHE_VCARD_INT_H
#define FICHE_VCARD_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <iconv.h>

#include "base/strbuf.h"
#include "write/vcard.h"

#define FOLD_OCTETS 75 /* RFC 6350 3.2 / RFC 2425 5.8.1, CRLF excluded */

/* Decode the character at s (NUL-terminated); returns its byte length (>= 1
 * when *s != 0). Invalid bytes count one each and decode as U+FFFD. */
size_t vcard_next_char(const char *s, int32_t *cp);

/* Append s escaped as a TEXT value to out: as vcard_escape when semicolon
 * is true, as vcard_escape_40 (";" left as it is) when false. */
void vcard_escape_text(struct strbuf *out, const char *s, bool semicolon);

/* The state of one vcard_write_entry call, shared with the 2.1 part. */
#define MAX_WARNED 64

struct writer {
    const struct entry *e;
    enum vcard_version v;
    bool ablabel; /* labels also in Apple's X-ABLabel (vcard_opts) */
    struct strbuf *out;
    struct diag_list *d;
    int line; /* source line for the warnings of the current property */
    int item; /* Apple "itemN." group counter of the current card */
    /* 2.1 only */
    iconv_t cd;                 /* UTF-8 -> charset; (iconv_t)-1 when not needed */
    bool utf8;                  /* the 2.1 charset is UTF-8: bytes pass as they are */
    char charset[48];           /* the CHARSET parameter value, upper case */
    int32_t warned[MAX_WARNED]; /* characters already reported */
    size_t nwarned;
    /* scratch buffers reused from property to property */
    struct strbuf unfolded; /* emit: the line before folding */
    struct strbuf value;    /* prop_text, prop_uri, prop_tels: the value */
    struct strbuf head;     /* prop_tels, prop_adr: the name and parameters */
    struct strbuf tmp;      /* a value being built for emit; a trimmed copy */
    struct strbuf key;      /* custom_label: the label's fold key */
};

/* Append head ":" value CRLF (a line that needs no fold). */
void vcard_put_line(struct strbuf *out, const char *head, size_t hlen, const char *value,
                    size_t vlen);

/* One 2.1 property: raw when value is short printable ASCII, else
 * [CHARSET=...;]ENCODING=QUOTED-PRINTABLE. value is escaped (escape_21). */
void vcard_emit_21(struct writer *w, const char *head, const char *value);

/* Open the converter of the 2.1 charset. The name goes into a parameter, so
 * only [A-Za-z0-9._-] is accepted; the charset must write ASCII as ASCII
 * (UTF-16 cannot be a 2.1 file's charset). */
int vcard_open_charset(struct writer *w, const char *name, struct fiche_error *err);

#endif

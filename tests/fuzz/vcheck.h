/* Test helper for the fuzz harness and tests/cases: a strict line-level
 * checker of the vCard text the writer produces (2.1, 3.0, 4.0), used to
 * prove that no field value can forge a property, a parameter or a card. */
#ifndef FICHE_VCHECK_H
#define FICHE_VCHECK_H

#include <stddef.h>

struct vcheck_result {
    size_t cards;      /* complete BEGIN:VCARD ... END:VCARD pairs */
    size_t props;      /* logical lines (properties), BEGIN/END included */
    size_t end_vcard;  /* "END:VCARD" (any case) inside property values, after
                          unfolding and quoted-printable decoding */
    int error_line;    /* 1-based physical line of the first error, 0 = none */
    char message[160]; /* the first error, "" when none */
};

/* Check len bytes of text (not NUL-terminated, may hold NUL). Every
 * physical line must end in CRLF, hold no other control character (no bare
 * CR or LF, no TAB outside a fold, no NUL, DEL, nor UTF-8 C1) and be valid
 * UTF-8 of at most 75 octets (76 for quoted-printable lines, soft break
 * included). Folded lines (CRLF + space or tab) and quoted-printable soft
 * breaks ("=" CRLF) are unfolded; each logical line must be
 * NAME *(";" PARAM) ":" VALUE with NAME [group "."] [A-Za-z0-9-]+ among
 * the names the writer emits when allowed is NULL, else among allowed
 * (NULL-terminated, case-insensitive; BEGIN and END always pass); PARAM is NAME ["="
 * value
 * *("," value)], each value a quoted string or text without ";:,\"".
 * Quoted-printable values use only "=XX" escapes. Cards do not nest, no
 * property lies outside one, other BEGIN/END are rejected, and each card
 * holds exactly one VERSION (2.1, 3.0 or 4.0). Fills *r (never NULL) and
 * returns 0, or -1 with r->error_line and r->message set. */
int vcheck_text(const char *text, size_t len, const char *const *allowed,
                struct vcheck_result *r);

#endif

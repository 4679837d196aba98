/* The program's messages: escaped, one write per line (message.h). */
#include "cli/message.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/text.h"
#include "base/util.h"

int write_all(int fd, const char *s, size_t n)
{
    while (n > 0) {
        ssize_t k = write(fd, s, n);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0) {
            if (k == 0)
                errno = EIO;
            return -1;
        }
        s += k;
        n -= (size_t)k;
    }
    return 0;
}

static void put_octal(struct strbuf *out, unsigned char c)
{
    strbuf_putc(out, '\\');
    strbuf_putc(out, (char)('0' + (c >> 6)));
    strbuf_putc(out, (char)('0' + ((c >> 3) & 7)));
    strbuf_putc(out, (char)('0' + (c & 7)));
}

/* A character that changes how the text around it is shown: the
 * bidirectional embeddings, overrides and isolates, line and paragraph
 * separators. */
static bool reorders(int32_t cp)
{
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ||
           cp == 0x200E || cp == 0x200F || cp == 0x061C || cp == 0x2028 || cp == 0x2029;
}

/* s is NUL-terminated at s[n] or later. */
void message_escape(struct strbuf *out, const char *s, size_t n)
{
    static const char cesc[] = "\a\b\t\n\v\f\r";
    static const char cname[] = "abtnvfr";
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 || c == 0x7F) {
            const char *k = c ? memchr(cesc, c, sizeof cesc - 1) : NULL;
            if (k) {
                strbuf_putc(out, '\\');
                strbuf_putc(out, cname[k - cesc]);
            } else {
                put_octal(out, c);
            }
            i++;
        } else if (c == '\\') {
            strbuf_puts(out, "\\\\");
            i++;
        } else if (c < 0x80) {
            strbuf_putc(out, (char)c);
            i++;
        } else {
            size_t j = i;
            int32_t cp = text_next_cp(s, &j);
            if (cp < 0 || j > n) {
                put_octal(out, c); /* no valid UTF-8: a lone 0x9B is a CSI */
                i++;
            } else if (cp < 0xA0) {
                for (; i < j; i++)
                    put_octal(out, (unsigned char)s[i]);
            } else if (reorders(cp)) {
                strbuf_printf(out, "\\u%04X", (unsigned)cp);
                i = j;
            } else {
                strbuf_add(out, s + i, j - i);
                i = j;
            }
        }
    }
}

void say(const char *fmt, ...)
{
    char small[512];
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (k < 0)
        return;
    char *text = small;
    if ((size_t)k >= sizeof small) {
        text = xmalloc((size_t)k + 1);
        va_start(ap, fmt);
        vsnprintf(text, (size_t)k + 1, fmt, ap);
        va_end(ap);
    }
    struct strbuf out = STRBUF_INIT;
    message_escape(&out, text, (size_t)k);
    strbuf_putc(&out, '\n');
    (void)write_all(2, out.buf, out.len);
    strbuf_free(&out);
    if (text != small)
        free(text);
}

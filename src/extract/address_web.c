/* Address extractor: e-mail and web addresses found in the lines of the
 * Coordonnées block, obfuscated ones included ("contact (at) x.fr"). */
#include "extract/address_int.h"

#include <stdlib.h>
#include <string.h>

#include "base/text.h"
#include "base/util.h"

/* ------------------------------------------------------------------ */
/* E-mail addresses                                                     */

static bool local_char(int c)
{
    return ascii_isalnum(c) || c == '.' || c == '_' || c == '-' || c == '+' || c == '%';
}

static bool label_char(int c)
{
    return ascii_isalnum(c) || c == '-';
}

/* Length of an "at" marker at s: "@" (plain), "(at)", "[at]", "{at}",
 * "/at/", "(arobase)"...; *obf tells an obfuscated one (spaces allowed around): also
 * a bare "@" with a space on either side, "contact @ x.fr" (spaced tells
 * whether a space stands before it). */
static size_t at_marker(const char *s, bool spaced, bool *obf)
{
    static const char *const marks[] = {"(at)",      "[at]", "{at}", "/at/", "(arobase)",
                                        "[arobase]", "(a)",  "[a]",  "(@)",  "[@]"};
    *obf = false;
    if (*s == '@') {
        *obf = spaced || s[1] == ' ' || s[1] == '\t';
        return 1;
    }
    for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
        if (ascii_prefix(s, marks[i])) {
            *obf = true;
            return strlen(marks[i]);
        }
    return 0;
}

/* Length of a "dot" marker at s in an obfuscated domain: "(dot)", "[dot]",
 * "(point)", " . " (spaces on both sides); 0 if none. */
static size_t dot_marker(const char *s)
{
    static const char *const marks[] = {"(dot)", "[dot]", "{dot}", "(point)", "[point]"};
    size_t i = skip_spaces(s, 0);
    for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++)
        if (ascii_prefix(s + i, marks[k]))
            return i + strlen(marks[k]);
    if (i > 0 && s[i] == '.' && (s[i + 1] == ' ' || s[i + 1] == '\t'))
        return i + 1;
    return 0;
}

static bool known_tld(const char *s, size_t n);

/* Whether s opens with a known top-level domain ending the word. */
static bool tld_alone(const char *s)
{
    size_t n = 0;
    while (ascii_isalpha((unsigned char)s[n]))
        n++;
    return n >= 2 && !label_char((unsigned char)s[n]) && s[n] != '.' && known_tld(s, n);
}

/* Where the local part that ends at text + end starts: back over its ASCII
 * characters and its letters of other scripts ("vendôme.x@…", an address
 * of RFC 6531; not "«" nor "’" before it). */
static size_t local_start(const char *text, size_t end)
{
    size_t i = end;
    while (i > 0) {
        unsigned char c = (unsigned char)text[i - 1];
        if (c < 0x80) {
            if (!local_char(c))
                break;
            i--;
            continue;
        }
        size_t lead = i - 1; /* the letter's first byte */
        while (lead > 0 && lead + 4 > i && ((unsigned char)text[lead] & 0xC0) == 0x80)
            lead--;
        size_t k = lead;
        int32_t cp = text_next_cp(text, &k);
        if (k != i || !text_is_letter(cp))
            break;
        i = lead;
    }
    return i;
}

/* Try an address around the at-marker at text + at; on success fills a new
 * normalised string and the span. */
static char *email_at(const char *text, size_t at, size_t mlen, bool obf, size_t span[2])
{
    /* local part, leftwards */
    size_t lend = at;
    if (obf)
        while (lend > 0 && (text[lend - 1] == ' ' || text[lend - 1] == '\t'))
            lend--;
    size_t lstart = local_start(text, lend);
    while (lstart < lend && text[lstart] == '.')
        lstart++;
    if (lstart == lend)
        return NULL;

    /* the address: the local part lower-cased, "@", then the domain's labels
     * (which are never longer than the text after the marker) */
    size_t llen = lend - lstart;
    char *r = xmalloc(llen + 1 + strlen(text + at) + 2);
    for (size_t k = 0; k < llen; k++)
        r[k] = (char)ascii_tolower((unsigned char)text[lstart + k]);
    r[llen] = '@';
    struct strbuf_lite {
        char *v;
        size_t n;
    } dom = {r + llen + 1, 0};

    /* domain, rightwards: labels separated by dots */
    size_t i = at + mlen;
    if (obf)
        i = skip_spaces(text, i);
    size_t labels = 0, end = i, last_start = 0;
    for (;;) {
        size_t j = i;
        while (label_char((unsigned char)text[j]))
            j++;
        if (j == i)
            break;
        if (labels)
            dom.v[dom.n++] = '.';
        last_start = dom.n;
        for (size_t k = i; k < j; k++)
            dom.v[dom.n++] = (char)ascii_tolower((unsigned char)text[k]);
        labels++;
        end = j;
        size_t d = 0;
        if (text[j] == '.' && label_char((unsigned char)text[j + 1]))
            d = 1;
        else if (text[j] == '.' && text[j + 1] == ' ' && tld_alone(text + j + 2))
            d = 2; /* "…@orange. fr": a space typed after the last dot */
        else if (obf)
            d = dot_marker(text + j);
        if (!d)
            break;
        i = j + d;
        if (obf)
            i = skip_spaces(text, i);
    }
    dom.v[dom.n] = '\0';
    bool ok = labels >= 2 && dom.n - last_start >= 2;
    for (size_t k = last_start; ok && k < dom.n; k++)
        ok = ascii_isalpha((unsigned char)dom.v[k]);
    if (!ok) {
        free(r);
        return NULL;
    }
    if (span) {
        span[0] = lstart;
        span[1] = end;
    }
    return r;
}

/* Whether the "/at/" at text + i stands in a word of its own: no other "/"
 * in the word around it ("commune/at/novalles.ch", not a web address's path
 * "https://x.example/at/page.html"). */
static bool slash_at_alone(const char *text, size_t i)
{
    size_t a = i, b = i + 4;
    while (a > 0 && text[a - 1] != ' ' && text[a - 1] != '\t')
        a--;
    while (text[b] && text[b] != ' ' && text[b] != '\t')
        b++;
    for (size_t k = a; k < b; k++)
        if (text[k] == '/' && (k < i || k > i + 3))
            return false;
    return true;
}

char *address_find_email(const char *text, size_t span[2])
{
    if (!text)
        return NULL;
    /* every marker starts with one of "@([{/" */
    for (size_t i = strcspn(text, "@([{/"); text[i];
         i += 1 + strcspn(text + i + 1, "@([{/")) {
        bool obf;
        bool spaced = i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t');
        size_t m = at_marker(text + i, spaced, &obf);
        if (!m || (text[i] == '/' && !slash_at_alone(text, i)))
            continue;
        char *r = email_at(text, i, m, obf, span);
        if (r)
            return r;
    }
    return NULL;
}

/* ------------------------------------------------------------------ */
/* Web addresses                                                        */

/* Case-insensitive ASCII prefix test on the n bytes at s. */
static bool ascii_prefix_n(const char *s, size_t n, const char *p)
{
    size_t k = strlen(p);
    return n >= k && ascii_prefix(s, p);
}

/* "http://" and the n bytes of the host (and path) at s: a new string. */
static char *http_url(const char *s, size_t n)
{
    char *r = xmalloc(7 + n + 1);
    memcpy(r, "http://", 7);
    memcpy(r + 7, s, n);
    r[7 + n] = '\0';
    return r;
}

char *address_web_url(const char *s)
{
    if (!s)
        return NULL;
    size_t n;
    const char *t = str_trim_view(s, &n);
    if (memchr(t, ' ', n))
        return NULL;
    if (ascii_prefix_n(t, n, "http://") || ascii_prefix_n(t, n, "https://")) {
        size_t skip = ascii_prefix(t, "http://") ? 7 : 8;
        if (n > skip && t[skip] != '/')
            return xstrndup(t, n);
    } else if (ascii_prefix_n(t, n, "www.") && n > 4 && label_char((unsigned char)t[4])) {
        return http_url(t, n);
    }
    return NULL;
}

/* The country and generic top-level domains a bare name may end with to be
 * read as a web address ("nice.caf.fr"): those of the places this directory
 * lists and the common generic ones. */
static bool known_tld(const char *s, size_t n)
{
    static const char *const tlds[] = {
        "fr", "be", "ch", "lu", "mc", "re",  "pf",  "nc",  "gp",   "mq",   "gf",
        "yt", "pm", "wf", "ca", "eu", "com", "org", "net", "info", "asso", NULL};
    for (size_t i = 0; tlds[i]; i++)
        if (strlen(tlds[i]) == n && memcmp(s, tlds[i], n) == 0)
            return true;
    return false;
}

/* Whether the text before s+i ends a word: an apostrophe or a letter of any
 * script ("recup’r.org" is no address "r.org"). */
static bool word_before(const char *s, size_t i)
{
    if (i == 0)
        return false;
    if ((unsigned char)s[i - 1] < 0x80)
        return ascii_isalnum((unsigned char)s[i - 1]) || strchr(".@/-_'", s[i - 1]);
    size_t b = i - 1;
    while (b > 0 && ((unsigned char)s[b] & 0xC0) == 0x80)
        b--;
    int32_t cp = text_next_cp(s, &b);
    return cp == 0x2019 || text_is_letter(cp);
}

/* A bare host name at s+i, lower case ("nice.caf.fr", "mairie-x.fr"): at
 * least two labels of letters, digits and hyphens, the last a known
 * top-level domain, not inside an e-mail or a longer word. Its end, or 0. */
static size_t bare_host(const char *s, size_t i)
{
    if (word_before(s, i))
        return 0;
    size_t j = i, dots = 0, label = i;
    for (;; j++) {
        unsigned char c = (unsigned char)s[j];
        if ((c >= 'a' && c <= 'z') || ascii_isdigit(c) || (c == '-' && j > label))
            continue;
        if (c == '.' && j > label && ascii_isalnum((unsigned char)s[j + 1])) {
            dots++;
            label = j + 1;
            continue;
        }
        break;
    }
    size_t k = j;
    while (s[k] == ' ')
        k++;
    /* "facebook.com /biwer.lu /": a path cut by spaces, no address */
    if (dots == 0 || s[j] == '@' || ascii_isalpha((unsigned char)s[j]) || s[k] == '/' ||
        !known_tld(s + label, j - label))
        return 0;
    return j;
}

/* Web address written in plain text at or after from: "https://...", "www...",
 * a bare host name ("Sur nice.caf.fr, …"). Sets the span; returns a new
 * string or NULL. */
char *address_find_text_url(const char *s, size_t from, size_t span[2])
{
    /* every form starts with "h" or "w": jump from one to the next */
    for (const char *p = strpbrk(s + from, "hHwW"); p; p = strpbrk(p + 1, "hHwW")) {
        size_t i = (size_t)(p - s);
        if (i > 0 && (ascii_isalnum((unsigned char)s[i - 1]) || s[i - 1] == '.' ||
                      s[i - 1] == '/' || s[i - 1] == '@'))
            continue;
        if (!ascii_prefix(s + i, "http://") && !ascii_prefix(s + i, "https://") &&
            !ascii_prefix(s + i, "www."))
            continue;
        size_t j = i;
        while (s[j] && s[j] != ' ' && s[j] != '\t' && s[j] != '<' && s[j] != '>' &&
               s[j] != '"')
            j++;
        while (j > i && strchr(".,;:!?)]", s[j - 1]))
            j--;
        char *cand = xstrndup(s + i, j - i);
        char *url = address_web_url(cand);
        free(cand);
        if (url) {
            span[0] = i;
            span[1] = j;
            return url;
        }
    }
    for (const char *p = strchr(s + from, '.'); p; p = strchr(p + 1, '.')) {
        size_t i = (size_t)(p - s);
        while (i > 0 && (ascii_isalnum((unsigned char)s[i - 1]) || s[i - 1] == '-'))
            i--;
        size_t j = bare_host(s, i);
        if (j == 0)
            continue;
        span[0] = i;
        span[1] = j;
        return http_url(s + i, j - i);
    }
    return NULL;
}

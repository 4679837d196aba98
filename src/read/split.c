/* Second stage of the pipeline: decoded text (from decode.c) is cut into raw
 * entries at each top-level "# " heading, whatever comes before it: a code
 * block left open in one entry ends there (with a warning) instead of
 * swallowing the entries after it. The Markdown reader then reads one entry
 * at a time. Slices of the text: no allocation per entry. */
#include "read/split.h"

#include <string.h>

#include "base/util.h"

void split_init(struct splitter *s, const char *text, size_t len)
{
    memset(s, 0, sizeof *s);
    s->text = text;
    s->len = len;
    s->line = 1;
}

bool split_is_heading(const char *p, size_t n)
{
    if (n < 3 || p[0] != '#' || (p[1] != ' ' && p[1] != '\t'))
        return false;
    for (size_t i = 2; i < n; i++)
        if (!ascii_isspace((unsigned char)p[i]))
            return true;
    return false;
}

bool split_starts_heading(const char *text, size_t n)
{
    const char *nl = memchr(text, '\n', n);
    return split_is_heading(text, nl ? (size_t)(nl - text) : n);
}

static bool is_blank(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!ascii_isspace((unsigned char)p[i]))
            return false;
    return true;
}

/* Update the fence state with line p[0..n), line number `line`. CommonMark:
 * a fence is three or more '`' or '~' after at most three spaces; a backtick
 * opener's info string holds no backtick; the closer uses the same
 * character, is at least as long and has nothing but blanks after it. */
static void track_fence(struct splitter *s, const char *p, size_t n, int line)
{
    size_t i = 0;
    while (i < n && i < 3 && p[i] == ' ')
        i++;
    if (i >= n || (p[i] != '`' && p[i] != '~'))
        return;
    char c = p[i];
    size_t k = i;
    while (k < n && p[k] == c)
        k++;
    size_t run = k - i;
    if (run < 3)
        return;
    if (s->in_fence) {
        if (c == s->fence_char && run >= s->fence_len && is_blank(p + k, n - k))
            s->in_fence = false;
        return;
    }
    if (c == '`' && memchr(p + k, '`', n - k))
        return;
    s->in_fence = true;
    s->fence_char = c;
    s->fence_len = run;
    s->fence_line = line;
}

/* Length of the line at s->pos without its "\n", and the offset of the next. */
static size_t line_at(const struct splitter *s, size_t *next)
{
    const char *p = s->text + s->pos;
    const char *nl = memchr(p, '\n', s->len - s->pos);
    size_t n = nl ? (size_t)(nl - p) : s->len - s->pos;
    *next = nl ? s->pos + n + 1 : s->len;
    return n;
}

bool split_next(struct splitter *s, struct raw_entry *out, struct diag_list *d)
{
    size_t next, n;
    /* Find the heading: only the first call can meet text before one. */
    for (;;) {
        if (s->pos >= s->len)
            return false;
        n = line_at(s, &next);
        const char *p = s->text + s->pos;
        if (split_is_heading(p, n))
            break;
        if (!s->warned && !is_blank(p, n)) {
            diag_add(d, DIAG_WARNING, s->line, 1,
                     "text before the first entry heading is ignored");
            s->warned = true;
        }
        s->pos = next;
        s->line++;
    }
    out->text = s->text + s->pos;
    out->line = s->line;
    out->index = s->index++;
    size_t start = s->pos;
    s->pos = next;
    s->line++;
    s->in_fence = false;
    while (s->pos < s->len) {
        n = line_at(s, &next);
        const char *p = s->text + s->pos;
        if (split_is_heading(p, n))
            break;
        track_fence(s, p, n, s->line);
        s->pos = next;
        s->line++;
    }
    out->len = s->pos - start;
    /* The entry ends at the next title, or at the end of its piece (the
     * batch cuts a file at its titles first): the fence ends with it. */
    if (s->in_fence)
        diag_add(d, DIAG_WARNING, s->fence_line, 1,
                 "code block not closed by the end of the entry (line %d): it ends "
                 "there",
                 s->line);
    s->in_fence = false;
    return true;
}

void fiche_split_init(struct splitter *s, const char *text, size_t len)
{
    split_init(s, text, len);
}

bool fiche_split_next(struct splitter *s, struct raw_entry *out, struct diag_list *d)
{
    return split_next(s, out, d);
}

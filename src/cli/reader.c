/* Before decoding: cut a file's bytes into pieces of one entry each, so that
 * a batch of 200,000 entries in one file is converted in constant memory. */
#include "cli/reader.h"

#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "base/util.h"
#include "read/split.h"

#define READ_CHUNK 65536

void reader_init(struct reader *r, FILE *fp)
{
    memset(r, 0, sizeof *r);
    r->fp = fp;
    r->line = r->scan_line = 1;
}

void reader_free(struct reader *r)
{
    strbuf_free(&r->buf);
}

/* Drop the bytes already handed out (buf[0..handed)). */
static void compact(struct reader *r)
{
    if (!r->handed)
        return;
    size_t rest = r->buf.len - r->handed;
    memmove(r->buf.buf, r->buf.buf + r->handed, rest);
    r->buf.len = rest;
    r->buf.buf[rest] = '\0';
    r->scan -= r->handed;
    r->probe = r->probe > r->handed ? r->probe - r->handed : 0;
    r->offset += (long long)r->handed;
    r->handed = 0;
}

/* Read more bytes; false at end of file or on error. The pieces handed out
 * are dropped first: the bytes not yet handed out move once per chunk read,
 * not once per piece. */
static bool fill(struct reader *r)
{
    if (r->eof)
        return false;
    compact(r);
    strbuf_reserve(&r->buf, READ_CHUNK);
    size_t n = fread(r->buf.buf + r->buf.len, 1, READ_CHUNK, r->fp);
    r->buf.len += n;
    r->buf.buf[r->buf.len] = '\0';
    if (n < READ_CHUNK) {
        r->eof = true;
        if (ferror(r->fp))
            r->error = true;
    }
    return n > 0;
}

/* A fence line: up to 3 spaces, then 3 or more ` or ~. Updates the state;
 * true when the line opened or closed a fence. */
static bool fence_line(struct reader *r, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && i < 3 && s[i] == ' ')
        i++;
    if (i >= n || (s[i] != '`' && s[i] != '~'))
        return false;
    char c = s[i];
    size_t k = 0;
    while (i + k < n && s[i + k] == c)
        k++;
    if (k < 3)
        return false;
    if (!r->fence) {
        /* as split.c: a backtick fence's info string holds no backtick */
        if (c == '`' && memchr(s + i + k, '`', n - i - k))
            return false;
        r->fence = c;
        r->fence_len = k;
        return true;
    }
    if (c == r->fence && k >= r->fence_len) {
        for (size_t j = i + k; j < n; j++)
            if (!ascii_isspace((unsigned char)s[j]))
                return false; /* a closing fence has nothing after it */
        r->fence = 0;
        return true;
    }
    return false;
}

/* A heading line as split.c sees it once decoded. A UTF-8 byte-order mark
 * may come first: "\xEF\xBB\xBF# B" starts the second of two files saved
 * with a BOM and concatenated (cat a.md b.md); decode.c drops it. */
static bool heading_line(const char *s, size_t n)
{
    if (n >= 3 && (unsigned char)s[0] == 0xEF && (unsigned char)s[1] == 0xBB &&
        (unsigned char)s[2] == 0xBF) {
        s += 3;
        n -= 3;
    }
    return split_is_heading(s, n);
}

/* Offset of the first "\n" or "\r" in b[i..n), or n: one pass over the
 * line, sixteen bytes at a time. */
static inline size_t line_end(const char *b, size_t i, size_t n)
{
#if defined(__SSE2__)
    const __m128i lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
    while (n - i >= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(b + i));
        unsigned m = (unsigned)_mm_movemask_epi8(
            _mm_or_si128(_mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, cr)));
        if (m != 0)
            return i + (size_t)__builtin_ctz(m);
        i += 16;
    }
#endif
    while (i < n && b[i] != '\n' && b[i] != '\r')
        i++;
    return i;
}

/* Can a line starting with byte c be a fence or a heading line? Fences start
 * with a space, '`' or '~', headings with '#' or a BOM. */
static inline bool may_matter(unsigned char c)
{
    return c == ' ' || c == '`' || c == '~' || c == '#' || c == 0xEF;
}

bool reader_next(struct reader *r, const char **piece, size_t *len, int *first_line,
                 long long *first_offset)
{
    /* buf[0..handed) was handed out already; r->line is the file line at
     * buf[handed]. */
    for (;;) {
        const char *b = strbuf_str(&r->buf);
        size_t n = r->buf.len;
        /* Look at every complete line after scan. */
        while (r->scan < n) {
            size_t start = r->scan;
            size_t end = line_end(b, r->probe > start ? r->probe : start, n);
            if (end == n && !r->eof) {
                r->probe = end; /* a long line: do not search it again */
                break;          /* the line goes on in the next chunk */
            }
            size_t next = end;
            if (end < n) {
                if (b[end] == '\r' && end + 1 == n && !r->eof)
                    break; /* "\r" or "\r\n": wait for the next byte */
                next =
                    end + (b[end] == '\r' && end + 1 < n && b[end + 1] == '\n' ? 2 : 1);
            }
            bool candidate = end > start && may_matter((unsigned char)b[start]);
            bool was_fenced = r->fence != 0;
            bool fence = candidate && fence_line(r, b + start, end - start);
            if (candidate && !was_fenced && !fence &&
                heading_line(b + start, end - start)) {
                if (r->heading && start > r->handed) {
                    /* Cut before this heading: it starts the next piece. */
                    *piece = b + r->handed;
                    *len = start - r->handed;
                    *first_line = r->line;
                    *first_offset = r->offset + (long long)r->handed;
                    r->handed = start;
                    r->line = r->scan_line;
                    r->piece_heading = r->head_first;
                    r->head_first = false;
                    return true; /* the scan stays on the next piece's heading */
                }
                r->heading = true;
                if (start == r->handed)
                    r->head_first = true;
            }
            r->scan = next;
            if (next > end)
                r->scan_line++;
        }
        if (r->scan >= n && r->eof)
            break;
        if (!fill(r) && r->eof && r->scan >= r->buf.len)
            break;
    }
    if (r->buf.len == r->handed) {
        compact(r);
        return false;
    }
    *piece = strbuf_str(&r->buf) + r->handed;
    *len = r->buf.len - r->handed;
    *first_line = r->line;
    *first_offset = r->offset + (long long)r->handed;
    r->handed = r->buf.len;
    r->line = r->scan_line;
    r->heading = false;
    r->piece_heading = r->head_first;
    r->head_first = false;
    return true;
}

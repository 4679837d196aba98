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

void reader_init(struct reader *r, FILE *fp, size_t max)
{
    memset(r, 0, sizeof *r);
    r->fp = fp;
    r->max = max;
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
            if (end > start && b[start] == '#' &&
                split_is_heading(b + start, end - start)) {
                if (r->heading && start > r->handed) {
                    /* Cut before this heading: it starts the next piece. */
                    *piece = b + r->handed;
                    *len = start - r->handed;
                    *first_line = r->line;
                    *first_offset = r->offset + (long long)r->handed;
                    r->handed = start;
                    r->line = r->scan_line;
                    return true; /* the scan stays on the next piece's heading */
                }
                r->heading = true;
            }
            r->scan = next;
            if (next > end)
                r->scan_line++;
        }
        if (r->scan >= n && r->eof)
            break;
        if (r->max && r->buf.len - r->handed > r->max) {
            r->too_big = true;
            return false;
        }
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
    return true;
}

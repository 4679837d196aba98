/* Before decoding: read a file in pieces of one entry each, cut on its bytes
 * at every line that starts with "# " (split_is_heading), so that memory
 * does not grow with the size of the file. For charsets where ASCII bytes
 * mean ASCII characters (decode_ascii_compatible); UTF-16/32 files are read
 * whole by the caller. */
#ifndef FICHE_READER_H
#define FICHE_READER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "base/strbuf.h"

struct reader {
    FILE *fp;          /* borrowed */
    struct strbuf buf; /* bytes read and not yet handed out */
    size_t scan;       /* bytes of buf already looked at, at a line start */
    size_t probe;      /* the line at scan has no line end before this */
    int line;          /* file line where the bytes not yet handed out start */
    int scan_line;     /* file line at buf[scan] */
    long long offset;  /* file offset of buf[0] */
    size_t handed;     /* bytes of the last piece, dropped on the next call */
    size_t max;        /* the largest piece: larger ones stop the reading (0: none) */
    bool eof, error;
    bool too_big; /* stopped at a piece larger than max */
    bool heading; /* the piece being built holds a "# " line */
};

/* Start reading fp (owned by the caller); pieces of at most max bytes (0:
 * no limit). */
void reader_init(struct reader *r, FILE *fp, size_t max);

/* The next piece: *piece points into the reader's buffer (valid until the
 * next call), *len bytes, starting at file line *first_line and byte
 * *first_offset. A piece holds at most one "# " line, its first heading line
 * (text before the first heading comes with the first piece). Returns false
 * at the end of the file, on a read error (then r->error is true) or when
 * a piece grows past max bytes (then r->too_big is true, r->line is the
 * piece's first line, and nothing more is read: memory stays bounded on
 * endless input). Line
 * ends are "\n", "\r\n" or a lone "\r". */
bool reader_next(struct reader *r, const char **piece, size_t *len, int *first_line,
                 long long *first_offset);

void reader_free(struct reader *r);

#endif

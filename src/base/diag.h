/* Diagnostics and errors. Soft problems (a phone not recognised, a line not
 * understood) become warnings attached to the run; hard errors go through
 * struct fiche_error and stop the entry. Library code never prints. */
#ifndef FICHE_DIAG_H
#define FICHE_DIAG_H

#include <stddef.h>

enum {
    FICHE_OK = 0,
    FICHE_EIO = -1,      /* read or write failed */
    FICHE_EDECODE = -2,  /* bytes invalid in the input charset */
    FICHE_ECHARSET = -3, /* charset unknown to iconv */
    FICHE_EPARSE = -4,   /* the entry cannot be understood (no title...) */
    FICHE_EICAL = -5,    /* libical refused something */
    FICHE_EUSAGE = -6,   /* bad option value */
    FICHE_ELIMIT = -7,   /* input beyond a hard limit */
    FICHE_ENOMEM = -8,
};

/* The root cause of a failure. line/column are 1-based (0 = unknown);
 * column counts characters of decoded text, or is a byte offset for decode
 * errors (then byte_offset is set too). */
struct fiche_error {
    int code;     /* 0 = no error */
    char *source; /* file name as given, owned */
    int line, column;
    long byte_offset; /* -1 unless a decode error */
    char *message;    /* owned, no trailing newline */
};

/* Record an error unless err is NULL or already holds one (the first error
 * is the root cause). Returns code, so callers can `return fiche_error_set(...)`. */
int fiche_error_set(struct fiche_error *err, int code, const char *source, int line,
                    int column, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));
void fiche_error_clear(struct fiche_error *err);

enum diag_severity { DIAG_NOTE, DIAG_WARNING, DIAG_ERROR };

struct diag {
    enum diag_severity severity;
    int line, column; /* 1-based within the source file; 0 = unknown */
    char *message;    /* owned */
};

/* Warnings of one entry (or of one decode step), in the order found. The
 * source file name is held by whoever prints them. */
struct diag_list {
    struct diag *v;
    size_t n, cap;
};

void diag_add(struct diag_list *l, enum diag_severity sev, int line, int column,
              const char *fmt, ...) __attribute__((format(printf, 5, 6)));
/* Move every diagnostic of src to the end of dst; src is left empty. */
void diag_move(struct diag_list *dst, struct diag_list *src);
void diag_list_clear(struct diag_list *l);

#endif

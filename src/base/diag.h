/* Diagnostics and errors. Soft problems (a phone not recognised, a line not
 * understood) become warnings attached to the run; hard errors go through
 * struct fiche_error and stop the entry. Library code never prints. */
#ifndef FICHE_DIAG_H
#define FICHE_DIAG_H

#include <stddef.h>

#include "fiche.h"

/* Record an error unless err is NULL or already holds one (the first error
 * is the root cause). Returns code, so callers can `return fiche_error_set(...)`. */
int fiche_error_set(struct fiche_error *err, int code, const char *source, int line,
                    int column, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

void diag_add(struct diag_list *l, enum diag_severity sev, int line, int column,
              const char *fmt, ...) __attribute__((format(printf, 5, 6)));
/* Move every diagnostic of src to the end of dst; src is left empty. */
void diag_move(struct diag_list *dst, struct diag_list *src);

#endif

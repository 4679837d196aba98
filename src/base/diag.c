/* Errors (root cause of a failure) and warnings (soft problems of an
 * entry). Library code records them; only cli.c prints. */
#include "base/diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"

static char *vformat(const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        return xstrdup(fmt);
    char *s = xmalloc((size_t)n + 1);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    return s;
}

int fiche_error_set(struct fiche_error *err, int code, const char *source, int line,
                    int column, const char *fmt, ...)
{
    if (!err || err->code != 0)
        return code;
    err->code = code;
    err->source = source ? xstrdup(source) : NULL;
    err->line = line;
    err->column = column;
    err->byte_offset = -1;
    va_list ap;
    va_start(ap, fmt);
    err->message = vformat(fmt, ap);
    va_end(ap);
    return code;
}

void fiche_error_clear(struct fiche_error *err)
{
    if (!err)
        return;
    free(err->source);
    free(err->message);
    memset(err, 0, sizeof *err);
    err->byte_offset = -1;
}

void diag_add(struct diag_list *l, enum diag_severity sev, int line, int column,
              const char *fmt, ...)
{
    if (!l)
        return;
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 4;
        l->v = xrealloc(l->v, l->cap * sizeof *l->v);
    }
    va_list ap;
    va_start(ap, fmt);
    l->v[l->n].message = vformat(fmt, ap);
    va_end(ap);
    l->v[l->n].severity = sev;
    l->v[l->n].line = line;
    l->v[l->n].column = column;
    l->n++;
}

void diag_move(struct diag_list *dst, struct diag_list *src)
{
    for (size_t i = 0; i < src->n; i++) {
        if (dst->n == dst->cap) {
            dst->cap = dst->cap ? dst->cap * 2 : 4;
            dst->v = xrealloc(dst->v, dst->cap * sizeof *dst->v);
        }
        dst->v[dst->n++] = src->v[i];
    }
    free(src->v);
    src->v = NULL;
    src->n = src->cap = 0;
}

void diag_list_clear(struct diag_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->v[i].message);
    free(l->v);
    l->v = NULL;
    l->n = l->cap = 0;
}

/* Convert one file of directory entries to vCard 3.0 on standard output,
 * through libfiche's public interface only (fiche.h):
 *
 *     cc examples/convert.c $(pkg-config --cflags --libs --static fiche)
 *     ./a.out examples/groupe-pompidou.md > groupe-pompidou.vcf
 *
 * Messages go to standard error as "file:line: warning|error: message"; the
 * exit status is 0 when every entry was converted, 1 otherwise. */
#include <stdio.h>
#include <stdlib.h>

#include <fiche.h>

/* The whole file at path, in a new buffer of *len bytes; NULL when it
 * cannot be read. */
static char *slurp(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return NULL;
    size_t cap = 1 << 16, n = 0, k;
    char *buf = malloc(cap);
    while (buf && (k = fread(buf + n, 1, cap - n, fp)) > 0) {
        n += k;
        if (n == cap) {
            char *bigger = realloc(buf, cap *= 2);
            if (!bigger)
                free(buf);
            buf = bigger;
        }
    }
    fclose(fp);
    *len = n;
    return buf;
}

static void print_diags(const char *path, const struct diag_list *d)
{
    for (size_t i = 0; i < d->n; i++)
        fprintf(stderr, "%s:%d: warning: %s\n", path, d->v[i].line, d->v[i].message);
}

static void print_error(const char *path, const struct fiche_error *err)
{
    fprintf(stderr, "%s:%d: error: %s\n", path, err->line, err->message);
}

/* Convert one entry; 0 when its cards were written. */
static int convert_entry(const char *path, const struct raw_entry *raw)
{
    struct fiche_error err = {0};
    struct entry *e = NULL;
    char *vcf = NULL;
    size_t n = 0;
    int rc = fiche_extract(raw, path, NULL, &e, &err);
    if (rc == 0) {
        print_diags(path, &e->diags);
        rc = fiche_vcard(e, NULL, &vcf, &n, NULL, &err);
    }
    if (rc == 0)
        fwrite(vcf, 1, n, stdout);
    else
        print_error(path, &err);
    free(vcf);
    entry_free(e);
    fiche_error_clear(&err);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s FILE.md\n", argv[0]);
        return 2;
    }
    const char *path = argv[1];
    size_t len = 0, n_text = 0;
    char *bytes = slurp(path, &len), *text = NULL;
    if (!bytes) {
        perror(path);
        return 2;
    }
    struct diag_list d = {0};
    struct fiche_error err = {0};
    int failed = 0;
    if (fiche_decode(bytes, len, NULL, path, &text, &n_text, &d, &err) != 0) {
        print_error(path, &err);
        failed = 1;
    } else {
        struct splitter sp;
        struct raw_entry raw;
        fiche_split_init(&sp, text, n_text);
        while (fiche_split_next(&sp, &raw, &d))
            failed |= convert_entry(path, &raw) != 0;
    }
    print_diags(path, &d);
    diag_list_clear(&d);
    fiche_error_clear(&err);
    free(text);
    free(bytes);
    return failed;
}

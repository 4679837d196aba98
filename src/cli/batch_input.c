/* The batch's inputs: the files named on the command line, in folders or
 * in a --files-from list. Part of the program: it prints. */
#include "cli/batch.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/strbuf.h"
#include "base/util.h"
#include "cli/message.h"

static const char *prog = FICHE_PROGRAM;

static bool has_input_suffix(const char *name)
{
    static const char *const suffixes[] = {".md", ".markdown", ".txt"};
    size_t n = strlen(name);
    for (size_t i = 0; i < 3; i++) {
        size_t k = strlen(suffixes[i]);
        if (n > k && strcmp(name + n - k, suffixes[i]) == 0)
            return true;
    }
    return false;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Files of a directory tree, sorted, appended to out. */
static int collect_dir(const char *dir, struct strlist *out)
{
    DIR *d = opendir(dir);
    if (!d) {
        say("%s: %s: %s", prog, dir, strerror(errno));
        return -1;
    }
    struct strlist names = {0};
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.')
            continue;
        strlist_add(&names, de->d_name);
    }
    closedir(d);
    qsort(names.v, names.n, sizeof *names.v, cmp_str);
    int rc = 0;
    for (size_t i = 0; i < names.n; i++) {
        size_t dl = strlen(dir);
        char *path =
            xasprintf("%s%s%s", dir, dl && dir[dl - 1] == '/' ? "" : "/", names.v[i]);
        struct stat st, lst;
        if (lstat(path, &lst) != 0 || stat(path, &st) != 0) {
            /* a link to nothing, or a file gone since the listing */
            if (has_input_suffix(names.v[i]))
                say("%s: %s: warning: %s; skipped", prog, path,
                    lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode) ? "broken link"
                                                                   : strerror(errno));
            free(path);
            continue;
        }
        if (S_ISDIR(st.st_mode) && S_ISLNK(lst.st_mode)) {
            /* As find(1) does: a link to a folder may loop back up the tree. */
            say("%s: %s: warning: link to a folder not followed", prog, path);
            free(path);
        } else if (S_ISDIR(st.st_mode)) {
            if (collect_dir(path, out) != 0)
                rc = -1;
            free(path);
        } else if (S_ISREG(st.st_mode) && has_input_suffix(names.v[i])) {
            strlist_push(out, path);
        } else if (has_input_suffix(names.v[i])) {
            /* a FIFO would block the batch; a device is no entry */
            say("%s: %s: warning: not a regular file; skipped", prog, path);
            free(path);
        } else {
            free(path);
        }
    }
    strlist_clear(&names);
    return rc;
}

int batch_add_input(const char *arg, struct strlist *inputs)
{
    if (strcmp(arg, "-") == 0) {
        strlist_add(inputs, "-");
        return 0;
    }
    struct stat st;
    if (stat(arg, &st) != 0) {
        say("%s: %s: %s", prog, arg, strerror(errno));
        return -1;
    }
    if (S_ISDIR(st.st_mode))
        return collect_dir(arg, inputs);
    strlist_add(inputs, arg);
    return 0;
}

int batch_read_files_from(const char *path, struct strlist *inputs)
{
    FILE *fp = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!fp) {
        say("%s: %s: %s", prog, path, strerror(errno));
        return -1;
    }
    struct strbuf sb = STRBUF_INIT;
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, fp)) > 0)
        strbuf_add(&sb, buf, n);
    if (fp != stdin)
        fclose(fp);
    const char *s = strbuf_str(&sb);
    char sep = memchr(s, '\0', sb.len) ? '\0' : '\n';
    int rc = 0;
    size_t start = 0;
    for (size_t i = 0; i <= sb.len; i++) {
        if (i == sb.len || s[i] == sep) {
            char *name = xstrndup(s + start, i - start);
            size_t len = strlen(name);
            if (sep == '\n' && len > 0 && name[len - 1] == '\r')
                name[len - 1] = '\0';
            if (name[0] && batch_add_input(name, inputs) != 0)
                rc = -1;
            free(name);
            start = i + 1;
        }
    }
    strbuf_free(&sb);
    return rc;
}

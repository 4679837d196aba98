/* tests/cases helper: the strict vCard line checker (vcheck.c) as a small
 * command: vcheck FILE prints "cards=N props=N end_vcard=N", exit 0, or the
 * first error as FILE:LINE: message, exit 1. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "vcheck.h"

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: vcheck FILE.vcf (- = standard input)\n");
        return 2;
    }
    FILE *fp = strcmp(argv[1], "-") == 0 ? stdin : fopen(argv[1], "rb");
    if (!fp) {
        perror(argv[1]);
        return 2;
    }
    struct strbuf sb = STRBUF_INIT;
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, fp)) > 0)
        strbuf_add(&sb, buf, n);
    if (fp != stdin)
        fclose(fp);
    struct vcheck_result r;
    int rc = vcheck_text(strbuf_str(&sb), sb.len, NULL, &r);
    if (rc != 0)
        fprintf(stderr, "%s:%d: %s\n", argv[1], r.error_line, r.message);
    else
        printf("cards=%zu props=%zu end_vcard=%zu\n", r.cards, r.props, r.end_vcard);
    strbuf_free(&sb);
    return rc != 0;
}

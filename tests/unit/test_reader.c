/* Unit tests of the piece reader: a file cut on its bytes at each "# " line,
 * with the right line numbers and offsets, whatever the line ends and however
 * the reads fall. */
#include "harness.h"

#include <stdio.h>

#include "cli/reader.h"
#include "read/decode.h"
#include "read/split.h"

struct want {
    const char *text;
    int line;
    long long offset;
};

static void check_pieces(const char *input, size_t len, const struct want *w, size_t n)
{
    FILE *fp = fmemopen((void *)input, len, "rb");
    assert_non_null(fp);
    struct reader r;
    reader_init(&r, fp, 0);
    const char *piece;
    size_t plen;
    int line;
    long long off;
    size_t i = 0;
    while (reader_next(&r, &piece, &plen, &line, &off)) {
        assert_true(i < n);
        assert_int_equal(plen, strlen(w[i].text));
        assert_memory_equal(piece, w[i].text, plen);
        assert_int_equal(line, w[i].line);
        assert_int_equal(off, w[i].offset);
        i++;
    }
    assert_int_equal(i, n);
    assert_false(r.error);
    reader_free(&r);
    fclose(fp);
}

static void test_pieces(void **state)
{
    (void)state;
    static const char two[] = "# A\ntext\n# B\nmore\n";
    static const struct want w_two[] = {{"# A\ntext\n", 1, 0}, {"# B\nmore\n", 3, 9}};
    check_pieces(two, sizeof two - 1, w_two, 2);

    static const char crlf[] = "\r\n# A\r\nx\r\n# B\r\n";
    static const struct want w_crlf[] = {{"\r\n# A\r\nx\r\n", 1, 0}, {"# B\r\n", 4, 10}};
    check_pieces(crlf, sizeof crlf - 1, w_crlf, 2);

    static const char cr[] = "# A\rx\r# B";
    static const struct want w_cr[] = {{"# A\rx\r", 1, 0}, {"# B", 3, 6}};
    check_pieces(cr, sizeof cr - 1, w_cr, 2);

    /* "## " and "#x" do not cut; "# " does, also in fenced code: an unclosed
     * fence must not swallow the entries after it. */
    static const char fence[] = "# A\n```\n## sub\n#tag\n# B\n```\n";
    static const struct want w_fence[] = {{"# A\n```\n## sub\n#tag\n", 1, 0},
                                          {"# B\n```\n", 5, 20}};
    check_pieces(fence, sizeof fence - 1, w_fence, 2);

    /* Text before the first title comes with the first piece. */
    static const char pre[] = "intro\n\n# A\n";
    static const struct want w_pre[] = {{"intro\n\n# A\n", 1, 0}};
    check_pieces(pre, sizeof pre - 1, w_pre, 1);

    check_pieces("", 0, NULL, 0);
}

/* bom-mid-file: two files saved with a UTF-8 BOM and concatenated: the
 * reader, reading bytes of any charset, does not cut before the second's
 * "\xEF\xBB\xBF# B" (in Windows-1252 it is text); once decoded as UTF-8 the
 * BOM is gone and split_next finds both entries in the piece. */
static void test_bom_heading(void **state)
{
    (void)state;
    static const char two[] = "\xef\xbb\xbf# A\nx\n\xef\xbb\xbf# B\ny\n";
    static const struct want w[] = {{"\xef\xbb\xbf# A\nx\n\xef\xbb\xbf# B\ny\n", 1, 0}};
    check_pieces(two, sizeof two - 1, w, 1);
}

/* split-formfeed-heading: the reader cuts exactly where split_is_heading
 * says, so that no piece starts with a line the splitter does not take for a
 * heading (its text would be dropped as text before the first entry). */
static void test_agrees_with_split(void **state)
{
    (void)state;
    static const char *const lines[] = {
        "# A", "# \f", "#\t\v", "# ", "#\tB", "#C", "## D", "# \xc2\xa0", "# E \f",
    };
    for (size_t i = 0; i < ARRAY_LEN(lines); i++) {
        char buf[64];
        int len = snprintf(buf, sizeof buf, "# T\nfoo\n%s\nlost text here\n", lines[i]);
        bool heading = split_is_heading(lines[i], strlen(lines[i]));
        char first[64];
        snprintf(first, sizeof first, "# T\nfoo\n%s", heading ? "" : buf + 8);
        char second[64];
        snprintf(second, sizeof second, "%s\nlost text here\n", lines[i]);
        struct want w[2] = {{first, 1, 0}, {second, 3, 8}};
        check_pieces(buf, (size_t)len, w, heading ? 2 : 1);
    }
    /* a fence the splitter does not open (backtick in a backtick fence's
     * info string) does not hide the next heading from the reader */
    static const char fence[] = "# A\n``` a`b\n# B\n";
    static const struct want w_fence[] = {{"# A\n``` a`b\n", 1, 0}, {"# B\n", 3, 12}};
    check_pieces(fence, sizeof fence - 1, w_fence, 2);
}

/* Entries as the batch finds them (batch.c: the reader's pieces, each
 * decoded, then split) are the entries of the whole file decoded then split:
 * the same texts at the same lines. Random files of headings, fences, BOMs,
 * Windows-1252 bytes, code points NFC changes (U+1FEF is "`"), every line
 * end, in charsets that can be cut on their bytes. */
struct found {
    char *text[64];
    int line[64];
    size_t n;
};

static void add_entries(struct found *f, const char *text, size_t n, int first_line)
{
    struct splitter sp;
    struct raw_entry e;
    struct diag_list sd = {0};
    split_init(&sp, text, n);
    while (split_next(&sp, &e, &sd) && f->n < 64) {
        f->text[f->n] = strndup(e.text, e.len);
        f->line[f->n++] = e.line + first_line - 1;
    }
    diag_list_clear(&sd);
}

/* The entries of buf[0..len) read in pieces; false when a piece fails. */
static bool entries_by_piece(const char *buf, size_t len, const char *charset,
                             struct found *f)
{
    FILE *fp = fmemopen((void *)buf, len, "rb");
    assert_non_null(fp);
    struct reader r;
    reader_init(&r, fp, 0);
    struct decoder *dec;
    assert_int_equal(decoder_new(charset, &dec, NULL), 0);
    const char *piece;
    size_t plen;
    int line;
    long long off;
    bool ok = true;
    while (ok && reader_next(&r, &piece, &plen, &line, &off)) {
        char *text = NULL;
        size_t n = 0;
        ok = decoder_run(dec, piece, plen, "t", line, (size_t)off, &text, &n, NULL,
                         NULL) == 0;
        if (ok)
            add_entries(f, text, n, line);
        free(text);
    }
    decoder_free(dec);
    reader_free(&r);
    fclose(fp);
    return ok;
}

static void found_clear(struct found *f)
{
    for (size_t i = 0; i < f->n; i++)
        free(f->text[i]);
    f->n = 0;
}

static void test_pieces_agree_with_whole(void **state)
{
    (void)state;
    static const char *const lines[] = {
        "# A",
        "# B \xc3\xa9",
        "# \xe9t\xe9",
        "\xef\xbb\xbf# C",
        "\xef\xbb\xbf",
        "\xef\xbb\xbf```",
        "```",
        "~~~",
        "``` a`b",
        "````",
        "   ```",
        "    ```",
        "text",
        "",
        "\xe1\xbf\xaf``",
        "``\xe1\xbf\xaf",
        "``` \xe1\xbf\xaf",
        "# \f",
        "## x",
        "\xc2\xa0# x",
        "caf\xc3\xa9",
        "\xe9t\xe9",
        "e\xcc\x81",
        "#\tT",
        "```  ",
        "~~~~ x",
        "# \xe1\xbf\xaf",
        "\xef\xbb\xbf\xef\xbb\xbf# D",
    };
    static const char *const ends[] = {"\n", "\r\n", "\r"};
    static const char *const charsets[] = {"UTF-8", "WINDOWS-1252", "latin1"};
    unsigned seed = 11, compared = 0;
    char buf[1024];
    for (int round = 0; round < 20000; round++) {
        size_t len = 0;
        seed = seed * 1103515245u + 12345u;
        size_t n_lines = 1 + (seed >> 16) % 12;
        for (size_t i = 0; i < n_lines; i++) {
            seed = seed * 1103515245u + 12345u;
            const char *l = lines[(seed >> 8) % ARRAY_LEN(lines)];
            const char *e = ends[(seed >> 20) % ARRAY_LEN(ends)];
            len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s", l, e);
        }
        const char *charset = charsets[round % ARRAY_LEN(charsets)];
        struct found by_piece = {0}, whole = {0};
        char *text = NULL;
        size_t n = 0;
        if (decode_to_utf8(buf, len, charset, "t", &text, &n, NULL, NULL) == 0) {
            add_entries(&whole, text, n, 1);
            assert_true(entries_by_piece(buf, len, charset, &by_piece));
            if (by_piece.n != whole.n) {
                fprintf(stderr, "%s:", charset);
                for (size_t i = 0; i < len; i++)
                    fprintf(stderr, " %02x", (unsigned char)buf[i]);
                fprintf(stderr, "\n");
            }
            assert_int_equal(by_piece.n, whole.n);
            for (size_t i = 0; i < whole.n; i++) {
                assert_string_equal(by_piece.text[i], whole.text[i]);
                assert_int_equal(by_piece.line[i], whole.line[i]);
            }
            compared++;
        }
        free(text);
        found_clear(&by_piece);
        found_clear(&whole);
    }
    assert_true(compared > 10000);
}

static void test_large(void **state)
{
    (void)state;
    /* 3,000 entries of ~100 bytes span many reads; a 200 KB line too. */
    size_t n = 3000, big = 200000;
    char *buf = malloc(n * 64 + big + 16);
    size_t len = 0;
    for (size_t i = 0; i < n; i++)
        len += (size_t)sprintf(buf + len, "# Entry %zu\nline one\nline two\n", i);
    memcpy(buf + len, "# Big\n", 6);
    len += 6;
    memset(buf + len, 'x', big);
    len += big;
    FILE *fp = fmemopen(buf, len, "rb");
    struct reader r;
    reader_init(&r, fp, 0);
    const char *piece;
    size_t plen, count = 0;
    int line, last_line = 0;
    long long off, next_off = 0;
    while (reader_next(&r, &piece, &plen, &line, &off)) {
        assert_int_equal(off, next_off);
        assert_true(line > last_line);
        assert_true(plen >= 6 && memcmp(piece, "# ", 2) == 0);
        next_off = off + (long long)plen;
        last_line = line;
        count++;
    }
    assert_int_equal(count, n + 1);
    assert_int_equal(next_off, (long long)len);
    assert_int_equal(last_line, (int)(3 * n + 1));
    reader_free(&r);
    fclose(fp);
    free(buf);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pieces),
        cmocka_unit_test(test_bom_heading),
        cmocka_unit_test(test_agrees_with_split),
        cmocka_unit_test(test_pieces_agree_with_whole),
        cmocka_unit_test(test_large),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

/* Unit tests of split.c: decoded text -> entries at each top-level "# " heading,
 * with line numbers, fenced code cut by a title, and text before the first
 * heading. */
#include "harness.h"

#include <stdio.h>

#include "base/util.h"
#include "read/decode.h"
#include "read/split.h"

#define MAX_ENTRIES 4

struct expect_entry {
    int line;
    const char *text; /* exact slice */
};

struct row {
    const char *title;
    const char *text;
    int n; /* entries expected */
    struct expect_entry e[MAX_ENTRIES];
    int warn_line;  /* line of the text-before-the-first-title warning, 0 = none */
    int fence_line; /* line of the unclosed-fence warning, 0 = none */
};

static const struct row rows[] = {
    {"two entries",
     "# Un\nA\n\n# Deux\nB\n",
     2,
     {{1, "# Un\nA\n\n"}, {4, "# Deux\nB\n"}},
     0,
     0},
    {"no final newline", "# Un\nA", 1, {{1, "# Un\nA"}}, 0, 0},
    {"leading blank lines", "\n  \n\t\n# Titre\nx\n", 1, {{4, "# Titre\nx\n"}}, 0, 0},
    {"text before heading",
     "\nPréambule\nsuite\n# Titre\nx\n",
     1,
     {{4, "# Titre\nx\n"}},
     2,
     0},
    /* A title ends the entry, also inside a fenced code block: the block
     * ends there, with a warning at the line that opened it (fence_line). */
    {"heading in backtick fence",
     "# A\n```\n# pas un titre\n# B\n",
     3,
     {{1, "# A\n```\n"}, {3, "# pas un titre\n"}, {4, "# B\n"}},
     0,
     2},
    {"heading after a closed fence",
     "# A\n~~~~ md\nx\n~~~~\n# B\n",
     2,
     {{1, "# A\n~~~~ md\nx\n~~~~\n"}, {5, "# B\n"}},
     0,
     0},
    {"tilde fence not closed by backticks",
     "# A\n~~~\n```\n# B\n",
     2,
     {{1, "# A\n~~~\n```\n"}, {4, "# B\n"}},
     0,
     2},
    {"indented fence",
     "# A\n   ```\nx\n# B",
     2,
     {{1, "# A\n   ```\nx\n"}, {4, "# B"}},
     0,
     2},
    {"four spaces is no fence",
     "# A\n    ```\n# B\n",
     2,
     {{1, "# A\n    ```\n"}, {3, "# B\n"}},
     0,
     0},
    {"inline backticks are no fence",
     "# A\n``` a ` b\n# B\n",
     2,
     {{1, "# A\n``` a ` b\n"}, {3, "# B\n"}},
     0,
     0},
    {"closing fence with text does not close",
     "# A\n```\n``` x\n# B\n",
     2,
     {{1, "# A\n```\n``` x\n"}, {4, "# B\n"}},
     0,
     2},
    /* at the end too: the batch hands the splitter one entry at a time, so
     * the end of the text is often the next entry's title */
    {"unclosed fence at the end", "# A\n```\nx\n", 1, {{1, "# A\n```\nx\n"}}, 0, 2},
    {"fence in preamble",
     "```\n# x\n```\n# A\n",
     2,
     {{2, "# x\n```\n"}, {4, "# A\n"}},
     1,
     3},
    {"h2 does not split",
     "# A\n## Coordonnées\n### x\n#B\n#\n# \n#\t\n",
     1,
     {{1, "# A\n## Coordonnées\n### x\n#B\n#\n# \n#\t\n"}},
     0,
     0},
    {"tab after hash", "# A\n#\tB\n", 2, {{1, "# A\n"}, {2, "#\tB\n"}}, 0, 0},
    /* split-formfeed-heading: "# \f" is blank, as in reader.c: the text
     * after it stays in the entry, with no warning */
    {"form feed heading is blank",
     "# A\n\nfoo\n# \f\nlost text here\n",
     1,
     {{1, "# A\n\nfoo\n# \f\nlost text here\n"}},
     0,
     0},
    {"vertical tab heading is blank",
     "# A\n#\t\v \nx\n",
     1,
     {{1, "# A\n#\t\v \nx\n"}},
     0,
     0},
    {"indented hash is not an entry", "# A\n  # B\n", 1, {{1, "# A\n  # B\n"}}, 0, 0},
    {"no heading", "juste du texte\n## sous-titre\n", 0, {{0, NULL}}, 1, 0},
    {"empty", "", 0, {{0, NULL}}, 0, 0},
    {"blank only", "\n\n", 0, {{0, NULL}}, 0, 0},
    {"three entries with blank lines",
     "\n# A\n\n\n# B\n\n# C\n\n",
     3,
     {{2, "# A\n\n\n"}, {5, "# B\n\n"}, {7, "# C\n\n"}},
     0,
     0},
};

static void run_row(const struct row *r)
{
    struct splitter s;
    struct raw_entry e;
    struct diag_list d = {0};
    split_init(&s, r->text, strlen(r->text));
    int n = 0;
    while (split_next(&s, &e, &d)) {
        if (n >= r->n || e.line != r->e[n].line || e.len != strlen(r->e[n].text) ||
            memcmp(e.text, r->e[n].text, e.len) != 0)
            fprintf(stderr, "row \"%s\" entry %d: line %d \"%.*s\"\n", r->title, n,
                    e.line, (int)e.len, e.text);
        assert_true(n < r->n);
        assert_int_equal(e.index, n);
        assert_int_equal(e.line, r->e[n].line);
        assert_int_equal(e.len, strlen(r->e[n].text));
        assert_memory_equal(e.text, r->e[n].text, e.len);
        n++;
    }
    if (n != r->n)
        fprintf(stderr, "row \"%s\": %d entries\n", r->title, n);
    assert_int_equal(n, r->n);
    /* the end is sticky */
    assert_false(split_next(&s, &e, &d));
    if (d.n != (size_t)((r->warn_line ? 1 : 0) + (r->fence_line ? 1 : 0)))
        fprintf(stderr, "row \"%s\": %zu warnings\n", r->title, d.n);
    assert_int_equal(d.n, (r->warn_line ? 1 : 0) + (r->fence_line ? 1 : 0));
    size_t k = 0;
    if (r->warn_line) {
        assert_int_equal(d.v[k].line, r->warn_line);
        assert_int_equal(d.v[k].severity, DIAG_WARNING);
        assert_string_equal(d.v[k].message,
                            "text before the first entry heading is ignored");
        k++;
    }
    if (r->fence_line) {
        assert_int_equal(d.v[k].line, r->fence_line);
        assert_int_equal(d.v[k].severity, DIAG_WARNING);
        assert_true(strncmp(d.v[k].message, "code block not closed", 21) == 0);
    }
    diag_list_clear(&d);
}

static void test_rows(void **state)
{
    (void)state;
    for (size_t i = 0; i < ARRAY_LEN(rows); i++)
        run_row(&rows[i]);
}

/* split_is_heading, the one rule of the splitter and of reader.c. */
static void test_is_heading(void **state)
{
    (void)state;
    static const struct {
        const char *line;
        bool heading;
    } heads[] = {
        {"# A", true},
        {"#\tA", true},
        {"#  \t A ", true},
        {"# \f", false},
        {"# \v\t ", false},
        {"# ", false},
        {"#", false},
        {"#A", false},
        {"## A", false},
        {" # A", false},
        {"#\fA", false},
        {"# \xc2\xa0", true},
        {"\xef\xbb\xbf# A", false},
    };
    for (size_t i = 0; i < ARRAY_LEN(heads); i++) {
        if (split_is_heading(heads[i].line, strlen(heads[i].line)) != heads[i].heading)
            fail_msg("\"%s\": want %d", heads[i].line, heads[i].heading);
    }
    /* the length bounds the line: no NUL needed */
    assert_true(split_is_heading("# A\n# B", 3));
    assert_false(split_is_heading("# A", 2));
}

/* CRLF input goes through decode first: line numbers then match the file's. */
static void test_after_decode_crlf(void **state)
{
    (void)state;
    const char in[] = "\r\n# A\r\nx\r\n\r\n# B\r\ny";
    char *text = NULL;
    size_t len;
    assert_int_equal(
        decode_to_utf8(in, sizeof in - 1, NULL, "f", &text, &len, NULL, NULL), 0);
    struct splitter s;
    struct raw_entry e;
    split_init(&s, text, len);
    assert_true(split_next(&s, &e, NULL));
    assert_int_equal(e.line, 2);
    assert_int_equal(e.len, strlen("# A\nx\n\n"));
    assert_memory_equal(e.text, "# A\nx\n\n", e.len);
    assert_true(split_next(&s, &e, NULL));
    assert_int_equal(e.line, 5);
    assert_int_equal(e.index, 1);
    assert_int_equal(e.len, 5);
    assert_memory_equal(e.text, "# B\ny", 5);
    assert_false(split_next(&s, &e, NULL));
    free(text);
}

/* Only len bytes are read: the text need not be NUL-terminated. */
static void test_length_bound(void **state)
{
    (void)state;
    const char text[] = "# A\nx\n# B\n";
    struct splitter s;
    struct raw_entry e;
    split_init(&s, text, 6);
    assert_true(split_next(&s, &e, NULL));
    assert_int_equal(e.len, 6);
    assert_false(split_next(&s, &e, NULL));
}

/* Many entries: lines and indexes keep counting. */
static void test_many(void **state)
{
    (void)state;
    char *text = xmalloc(1000 * 16);
    size_t len = 0;
    for (int i = 0; i < 1000; i++)
        len += (size_t)sprintf(text + len, "# E%d\nl\n\n", i);
    struct splitter s;
    struct raw_entry e;
    split_init(&s, text, len);
    int n = 0;
    while (split_next(&s, &e, NULL)) {
        assert_int_equal(e.index, n);
        assert_int_equal(e.line, 1 + 3 * n);
        char head[16];
        int k = snprintf(head, sizeof head, "# E%d\n", n);
        assert_memory_equal(e.text, head, (size_t)k);
        n++;
    }
    assert_int_equal(n, 1000);
    free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rows),
        cmocka_unit_test(test_is_heading),
        cmocka_unit_test(test_after_decode_crlf),
        cmocka_unit_test(test_length_bound),
        cmocka_unit_test(test_many),
    };
    return cmocka_run_group_tests_name("split", tests, NULL, NULL);
}

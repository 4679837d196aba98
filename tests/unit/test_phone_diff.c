/* Differential test of the phone fast path (phone.c, phone_parse_fast) against
 * the libphonenumber path (phone_parse_lib): every phone-like string of the
 * corpora, every five-digit head of the French plan and generated numbers in
 * all written forms. The fast path must decline or agree exactly (E.164,
 * international form, region, kind; and, for one number in eight,
 * libphonenumber's own type of the result). Also the generated plan table the fast
 * path reads (phone_plan.c) against libphonenumber, range by range. */
#include "harness.h"

#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <sys/stat.h>

#include "extract/phone.h"
#include "extract/phone_lib.h"
#include "extract/phone_plan.h"
#include "model/entry.h"

/* Default regions tried: NULL, the French plan, the neighbours the address
 * extractor names, and one dialling "011" (the fast path must decline it). */
static const char *const regions[] = {NULL, "FR", "GP", "BL", "MF", "GF",
                                      "MQ", "RE", "YT", "PM", "BE", "CH",
                                      "LU", "MC", "DE", "GB", "US"};

/* Under valgrind (make check VALGRIND=1) the million would take hours. */
static bool under_valgrind(void)
{
    const char *p = getenv("LD_PRELOAD");
    return p && strstr(p, "vgpreload");
}

/* How many numbers to generate: FICHE_PHONE_DIFF_COUNT, else a million
 * (2,000 under valgrind). */
static long generated_count(void)
{
    const char *s = getenv("FICHE_PHONE_DIFF_COUNT");
    if (s && *s)
        return strtol(s, NULL, 10);
    return under_valgrind() ? 2000 : 1000000;
}

struct tally {
    long compared; /* numbers the fast path took and libphonenumber accepted */
    long declined;
    long typed; /* of those, numbers whose libphonenumber type was checked */
};

/* The plan table's range for an E.164 number of the plan ("+590590123456"),
 * NULL when the table has none. */
static const struct phone_plan_range *plan_range_of(const char *e164)
{
    for (size_t i = 0; i < phone_plans_count; i++) {
        const struct phone_plan *pl = &phone_plans[i];
        char cc[8];
        int k = snprintf(cc, sizeof cc, "+%d", pl->cc);
        const char *nsn = e164 + k;
        if (strncmp(e164, cc, (size_t)k) != 0 || strlen(nsn) != (size_t)pl->len)
            continue;
        uint32_t head = 0;
        for (int d = 0; d < pl->head_digits; d++)
            head = head * 10 + (uint32_t)(nsn[d] - '0');
        for (size_t r = 0; r < pl->n; r++)
            if (head >= pl->ranges[r].from && head <= pl->ranges[r].to)
                return &pl->ranges[r];
    }
    return NULL;
}

/* libphonenumber's own type of the number the fast path gave (its E.164 parsed
 * again) is the type the fast path's table holds for it: the fast path's
 * kind, validity and region come from that table. */
static void check_type(const char *text, const char *e164)
{
    const struct phone_plan_range *range = plan_range_of(e164);
    if (!range)
        return; /* not a plan number: the kind compared above is all */
    struct phonelib_result lr;
    if (phonelib_parse(e164, "FR", &lr) != 0)
        fail_msg("\"%s\": libphonenumber cannot parse %s again", text, e164);
    enum phonelib_type want = lr.valid ? lr.type : PHONELIB_UNKNOWN;
    if (want != range->type)
        fail_msg("\"%s\": %s is of type %d for libphonenumber, %d in the table", text,
                 e164, (int)want, (int)range->type);
}

static bool same(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* Compare both paths on text in region; fails the test on a disagreement.
 * Returns whether the fast path took the number. */
static bool compare(const char *text, const char *region, struct tally *t)
{
    struct phone fast;
    if (!phone_parse_fast(text, "Tél.", region, 7, &fast)) {
        t->declined++;
        return false;
    }
    struct phone ref;
    int rc = phone_parse_lib(text, "Tél.", region, 7, &ref);
    if (rc != 0)
        fail_msg("\"%s\" (%s): fast path took a number libphonenumber rejects", text,
                 region ? region : "NULL");
    if (!same(fast.e164, ref.e164) || !same(fast.intl, ref.intl) ||
        !same(fast.region, ref.region) || fast.kind != ref.kind ||
        !same(fast.text, ref.text) || !same(fast.label, ref.label) ||
        fast.line != ref.line)
        fail_msg("\"%s\" (%s): fast %s \"%s\" %s %d, lib %s \"%s\" %s %d", text,
                 region ? region : "NULL", fast.e164, fast.intl, fast.region, fast.kind,
                 ref.e164, ref.intl, ref.region, ref.kind);
    /* libphonenumber's type too, for one number in eight (a second parse each) */
    if (t->compared % 8 == 0) {
        check_type(text, fast.e164);
        t->typed++;
    }
    phone_clear(&fast);
    phone_clear(&ref);
    t->compared++;
    return true;
}

/* ------------------------------------------------------------------------ */
/* The corpora */

static char *read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap);
    size_t got;
    while ((got = fread(buf + len, 1, cap - len - 1, f)) > 0) {
        len += got;
        if (cap - len < 2) {
            cap *= 2;
            buf = realloc(buf, cap);
        }
    }
    fclose(f);
    buf[len] = '\0';
    return buf;
}

/* Every run phone_find sees in each line of the file, in every region. */
static void compare_file(const char *path, struct tally *t, long *runs)
{
    char *buf = read_file(path);
    assert_non_null(buf);
    bool small = under_valgrind();
    for (char *line = buf; *line;) {
        char *nl = strchr(line, '\n');
        char *next = nl ? nl + 1 : line + strlen(line);
        if (nl)
            *nl = '\0';
        size_t from = 0, a, b;
        while (phone_find(line, from, &a, &b)) {
            char num[256];
            size_t n = b - a < sizeof num - 1 ? b - a : sizeof num - 1;
            memcpy(num, line + a, n);
            num[n] = '\0';
            for (size_t r = 0; r < ARRAY_LEN(regions); r++)
                if (!small || r < 3 || r == 7 || r == 10)
                    compare(num, regions[r], t);
            (*runs)++;
            from = b;
        }
        line = next;
    }
    free(buf);
}

static bool is_markdown(const char *name)
{
    size_t n = strlen(name);
    return n > 3 && strcmp(name + n - 3, ".md") == 0;
}

/* The .md files under dir, recursively. */
static void compare_tree(const char *dir, struct tally *t, long *runs, int *files)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.')
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        struct stat st;
        if (stat(path, &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            compare_tree(path, t, runs, files);
        } else if (is_markdown(de->d_name)) {
            compare_file(path, t, runs);
            (*files)++;
        }
    }
    closedir(d);
}

static void test_corpora(void **state)
{
    (void)state;
    const char *top = getenv("top_srcdir");
    if (!top)
        top = ".";
    struct tally t = {0, 0, 0};
    long runs = 0;
    int files = 0;
    char path[4096];
    snprintf(path, sizeof path, "%s/examples", top);
    compare_tree(path, &t, &runs, &files);
    DIR *d = opendir(top);
    if (d) {
        snprintf(path, sizeof path, "%s/tests", top);
        closedir(d);
        DIR *tests = opendir(path);
        struct dirent *de;
        while (tests && (de = readdir(tests)) != NULL) {
            if (strncmp(de->d_name, "corpus", 6) != 0)
                continue;
            char sub[4400];
            snprintf(sub, sizeof sub, "%s/%s", path, de->d_name);
            compare_tree(sub, &t, &runs, &files);
        }
        if (tests)
            closedir(tests);
    }
    print_message("corpora: %d files, %ld numbers, %ld comparisons (%ld with the type), "
                  "%ld declined\n",
                  files, runs, t.compared, t.typed, t.declined);
    /* the corpora exist and most of their numbers take the fast path */
    assert_true(files >= 20);
    assert_true(runs >= 250);
    assert_true(t.compared > t.declined / 4);
}

/* ------------------------------------------------------------------------ */
/* Generated numbers */

static unsigned long long rng_state = 0x9E3779B97F4A7C15ULL;
static unsigned rnd(unsigned n)
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return (unsigned)((rng_state * 0x2545F4914F6CDD1DULL >> 33) % n);
}

/* Blank between groups: mostly a space, sometimes no-break or thin spaces,
 * two spaces, or none. */
static const char *blank(void)
{
    static const char *const b[] = {
        " ", " ", " ", " ", "\xc2\xa0", "\xe2\x80\xaf", "\xe2\x80\x89", "  ", ""};
    return b[rnd(ARRAY_LEN(b))];
}

/* digits[0, n) written in groups: 2 by 2 after a lead of `lead` digits, joined
 * by sep (NULL: random blanks). */
static void put_digits(char *o, size_t cap, const char *digits, size_t n, size_t lead,
                       const char *sep)
{
    size_t len = strlen(o);
    for (size_t i = 0; i < n;) {
        size_t g = i == 0 ? lead : 2;
        if (g == 0)
            g = 2;
        if (i + g > n)
            g = n - i;
        if (i > 0)
            len += (size_t)snprintf(o + len, cap - len, "%s", sep ? sep : blank());
        len += (size_t)snprintf(o + len, cap - len, "%.*s", (int)g, digits + i);
        i += g;
    }
}

/* A national significant number: plan heads and prefixes on purpose. */
static void random_nsn(char *d, size_t n)
{
    static const char *const heads[] = {"262", "263", "269", "508", "590", "594",
                                        "596", "639", "690", "691", "692", "693",
                                        "694", "696", "697", "976", "800", "801",
                                        "805", "806", "836", "899", "639", "508"};
    for (size_t i = 0; i < n; i++)
        d[i] = (char)('0' + rnd(10));
    if (n >= 3 && rnd(2))
        memcpy(d, heads[rnd(ARRAY_LEN(heads))], 3);
    if (rnd(50) == 0)
        d[0] = '0';
    d[n] = '\0';
}

/* One number in a random written form; sets *region. */
static void random_number(char *text, size_t cap, const char **region)
{
    static const char *const seps[] = {NULL, NULL, NULL, ".", "-", "/", ""};
    const char *sep = seps[rnd(ARRAY_LEN(seps))];
    /* nine digits mostly; short and long ones too */
    static const size_t lens[] = {9, 9, 9, 9, 9, 9, 8, 10, 6, 7, 11};
    size_t n = lens[rnd(ARRAY_LEN(lens))];
    char d[16];
    random_nsn(d, n);
    *region = regions[rnd(ARRAY_LEN(regions))];
    text[0] = '\0';
    switch (rnd(10)) {
    case 0:
    case 1:
    case 2: /* national: "01 99 00 12 34" */
        snprintf(text, cap, "0");
        put_digits(text, cap, d, n, 1, sep);
        break;
    case 3: /* "0590 12 34 56" */
        snprintf(text, cap, "0");
        put_digits(text, cap, d, n, 3, sep);
        break;
    case 4: /* "+33 1 99 00 12 34" */
        snprintf(text, cap, "+33%s", blank());
        put_digits(text, cap, d, n, 1, sep);
        break;
    case 5: /* "+33 (0)1 99 00 12 34", "+33(0)1..." */
        snprintf(text, cap, "+33%s(0)%s", rnd(2) ? " " : "", rnd(3) ? "" : " ");
        put_digits(text, cap, d, n, 1, sep);
        break;
    case 6: /* "00 33 1 99 ...", "0033 1 ...", "00 33 (0)1 ..." */
        snprintf(text, cap, "%s%s", rnd(2) ? "00 33 " : "0033 ", rnd(4) ? "" : "(0)");
        put_digits(text, cap, d, n, 1, sep);
        break;
    case 7: /* "+33 0 1 99..." (trunk 0 kept), "+590 590 ..." */
        snprintf(text, cap, "%s ", rnd(2) ? "+33 0" : "+590");
        put_digits(text, cap, d, n, 3, sep);
        break;
    case 8: /* "0 800 12 34 56" */
        snprintf(text, cap, "0 ");
        put_digits(text, cap, d, n, 3, sep);
        break;
    default: /* bare subscriber digits, no trunk: "99 00 12 34" */
        put_digits(text, cap, d, n, 2, sep);
        break;
    }
}

static void test_generated(void **state)
{
    (void)state;
    long count = generated_count();
    struct tally t = {0, 0, 0};
    /* First every five-digit head (10000-99999, a random tail) in the national
     * form of each plan country code, and in the +33 form: the fast path's
     * table (phone_plan.c) tells nine-digit numbers apart by five digits. */
    static const char *const sweep[] = {"FR", "GP", "GF", "MQ", "RE", "PM"};
    long heads = 90000;
    long step = count >= heads * 7 ? 1 : heads * 7 / (count > 7 ? count : 7) + 1;
    long done = 0;
    for (long h = 0; h < heads; h += step) {
        char d[32];
        snprintf(d, sizeof d, "%05ld%04u", 10000 + h, rnd(10000));
        char text[64];
        for (size_t r = 0; r < ARRAY_LEN(sweep); r++) {
            snprintf(text, sizeof text, "0%c %.2s %.2s %.2s %.2s", d[0], d + 1, d + 3,
                     d + 5, d + 7);
            if (!compare(text, sweep[r], &t))
                fail_msg("\"%s\" (%s): fast path declined", text, sweep[r]);
        }
        snprintf(text, sizeof text, "+33 %c %.2s %.2s %.2s %.2s", d[0], d + 1, d + 3,
                 d + 5, d + 7);
        if (!compare(text, "FR", &t))
            fail_msg("\"%s\": fast path declined", text);
        done += 7;
    }
    for (; done < count; done++) {
        char text[96];
        const char *region;
        random_number(text, sizeof text, &region);
        compare(text, region, &t);
    }
    print_message(
        "generated: %ld numbers, %ld compared (%ld with the type), %ld declined\n", done,
        t.compared, t.typed, t.declined);
    assert_true(t.compared > done / 2);
}

/* ------------------------------------------------------------------------ */
/* The generated plan table */

/* libphonenumber on +cc digits must say what range r says. */
static void check_range_number(int cc, const char *digits,
                               const struct phone_plan_range *r)
{
    char text[32], intl[48];
    snprintf(text, sizeof text, "+%d%s", cc, digits);
    int o = snprintf(intl, sizeof intl, "+%d", cc);
    const char *d = digits;
    for (const char *g = r->groups; *g; g++) {
        intl[o++] = ' ';
        for (int k = 0; k < *g - '0'; k++)
            intl[o++] = *d++;
    }
    intl[o] = '\0';
    assert_true(*d == '\0');
    struct phonelib_result res;
    assert_int_equal(phonelib_parse(text, "FR", &res), 0);
    if (strcmp(res.e164, text) != 0 || strcmp(res.intl, intl) != 0 ||
        strcmp(res.region, r->region) != 0 || res.type != r->type || !res.possible)
        fail_msg("%s: table \"%s\" %s %d, libphonenumber \"%s\" %s %d", text, intl,
                 r->region, r->type, res.intl, res.region, res.type);
}

/* Every range: contiguous cover of its plan's heads, and its first, middle and
 * last heads (each with a scrambled tail) answered alike by libphonenumber. */
static void test_plan_table(void **state)
{
    (void)state;
    long checked = 0;
    for (size_t i = 0; i < phone_plans_count; i++) {
        const struct phone_plan *p = &phone_plans[i];
        uint32_t end = 1, span = 1;
        for (int k = 0; k < p->head_digits; k++)
            end *= 10;
        for (int k = p->head_digits; k < p->len; k++)
            span *= 10;
        assert_true(p->n > 0);
        assert_true(p->ranges[0].from == p->lowest);
        for (size_t j = 0; j < p->n; j++) {
            const struct phone_plan_range *r = &p->ranges[j];
            assert_true(r->from <= r->to);
            assert_true(j + 1 < p->n ? p->ranges[j + 1].from == r->to + 1
                                     : r->to == end - 1);
            uint32_t heads[3] = {r->from, r->from + (r->to - r->from) / 2, r->to};
            for (int h = 0; h < 3; h++) {
                char digits[16];
                if (span > 1)
                    snprintf(digits, sizeof digits, "%0*u%0*u", p->head_digits,
                             (unsigned)heads[h], p->len - p->head_digits,
                             (unsigned)((heads[h] * 2654435761u + j) % span));
                else
                    snprintf(digits, sizeof digits, "%0*u", p->head_digits,
                             (unsigned)heads[h]);
                check_range_number(p->cc, digits, r);
                checked++;
            }
        }
    }
    for (size_t i = 0; i < phone_plan_regions_count; i++) {
        struct phonelib_result res;
        assert_int_equal(
            phonelib_parse("01 23 45 67 89", phone_plan_regions[i].region, &res), 0);
        assert_int_equal(res.country_code, phone_plan_regions[i].cc);
    }
    print_message("plan table: %zu plans, %ld numbers checked\n", phone_plans_count,
                  checked);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plan_table),
        cmocka_unit_test(test_corpora),
        cmocka_unit_test(test_generated),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

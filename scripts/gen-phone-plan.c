/* Generator of src/extract/phone_plan.c, the table the phone fast path (src/extract/phone.c)
 * looks numbers up in. Not part of the build: `make phone-plan` compiles it
 * with src/extract/phone_lib.cc and runs it. It asks libphonenumber itself, through
 * phonelib_parse, about every head of the national significant numbers of the
 * French plan, and writes what it answers; no metadata is read or copied.
 *
 * Usage: gen-phone-plan "LIBRARY VERSION" > src/extract/phone_plan.c
 *
 * For each country code and length of the plan, each head (the first K digits)
 * is queried with several tails (the remaining digits: all 0, all 9 and
 * pseudo-random ones); the region, validity, type and international grouping
 * must agree for every tail, or the generator fails: the table's premise is
 * that the tail does not matter. K = 5 for nine-digit numbers: libphonenumber
 * 8.12 separates ranges at most five digits in (e.g. +262 693 0x / 693 1x,
 * +590 590 2x), and a smaller K fails the tail check; six-digit +508 numbers
 * are queried exhaustively (K = 6: a million numbers, no premise at all). */
#include <inttypes.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/phone_lib.h"

/* What one number gets from libphonenumber. */
struct answer {
    char region[4];
    enum phonelib_type type;
    char groups[12];
};

/* The plans the fast path looks up: country code, length, head digits, lowest
 * head. Nine-digit numbers start with 1-9 (a 0 there is the trunk prefix). */
static const struct {
    int cc, len, head;
    uint32_t lowest;
} plans[] = {
    {33, 9, 5, 10000},  {262, 9, 5, 10000}, {508, 6, 6, 0},     {508, 9, 5, 10000},
    {590, 9, 5, 10000}, {594, 9, 5, 10000}, {596, 9, 5, 10000},
};

/* The regions sharing the French national plan (ten digits with a trunk 0):
 * metropolitan France and the overseas departments and collectivities. */
static const char *const plan_regions[] = {"FR", "GP", "BL", "MF", "GF",
                                           "MQ", "RE", "YT", "PM"};

static const char *const type_names[] = {
    [PHONELIB_FIXED_LINE] = "PHONELIB_FIXED_LINE",
    [PHONELIB_MOBILE] = "PHONELIB_MOBILE",
    [PHONELIB_FIXED_LINE_OR_MOBILE] = "PHONELIB_FIXED_LINE_OR_MOBILE",
    [PHONELIB_TOLL_FREE] = "PHONELIB_TOLL_FREE",
    [PHONELIB_PREMIUM_RATE] = "PHONELIB_PREMIUM_RATE",
    [PHONELIB_SHARED_COST] = "PHONELIB_SHARED_COST",
    [PHONELIB_VOIP] = "PHONELIB_VOIP",
    [PHONELIB_PERSONAL_NUMBER] = "PHONELIB_PERSONAL_NUMBER",
    [PHONELIB_PAGER] = "PHONELIB_PAGER",
    [PHONELIB_UAN] = "PHONELIB_UAN",
    [PHONELIB_VOICEMAIL] = "PHONELIB_VOICEMAIL",
    [PHONELIB_UNKNOWN] = "PHONELIB_UNKNOWN",
};

static void die(const char *what, const char *number)
{
    fprintf(stderr, "gen-phone-plan: %s: %s\n", what, number);
    exit(1);
}

/* Ask libphonenumber about +cc digits; checks what the fast path takes for
 * granted (the number parses to exactly these digits, has a possible length,
 * is valid exactly when it has a type) and fills a. */
static void ask(int cc, const char *digits, struct answer *a)
{
    char text[32], e164[32];
    snprintf(text, sizeof text, "+%d%s", cc, digits);
    snprintf(e164, sizeof e164, "+%d%s", cc, digits);
    struct phonelib_result r;
    if (phonelib_parse(text, "FR", &r) != 0)
        die("libphonenumber cannot parse", text);
    if (r.country_code != cc || strcmp(r.e164, e164) != 0)
        die("parsed to other digits", text);
    if (!r.possible)
        die("not a possible number", text);
    if (r.valid != (r.type != PHONELIB_UNKNOWN))
        die("validity and type disagree", text);
    memset(a, 0, sizeof *a);
    memcpy(a->region, r.region, sizeof a->region);
    a->type = r.type;

    /* "+590 590 12 34 56": the sizes of the digit groups after "+cc " */
    char prefix[8];
    int pl = snprintf(prefix, sizeof prefix, "+%d ", cc);
    if (strncmp(r.intl, prefix, (size_t)pl) != 0)
        die("international form without \"+cc \"", r.intl);
    const char *p = r.intl + pl, *d = digits;
    size_t ng = 0;
    while (*p) {
        int run = 0;
        while (*p >= '0' && *p <= '9') {
            if (*p++ != *d++)
                die("international form with other digits", r.intl);
            run++;
        }
        if (run == 0 || run > 9 || ng + 1 >= sizeof a->groups || (*p && *p != ' '))
            die("unexpected international form", r.intl);
        a->groups[ng++] = (char)('0' + run);
        if (*p)
            p++;
    }
    if (*d)
        die("international form with other digits", r.intl);
}

static bool same(const struct answer *a, const struct answer *b)
{
    return strcmp(a->region, b->region) == 0 && a->type == b->type &&
           strcmp(a->groups, b->groups) == 0;
}

static uint64_t rng = 0x2545F4914F6CDD1DULL;
static uint64_t next_random(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

/* The answer for a head: the same for every tail queried, else a failure. */
static void ask_head(int cc, int len, int head_digits, uint32_t head, struct answer *a)
{
    int tl = len - head_digits;
    uint64_t span = 1;
    for (int i = 0; i < tl; i++)
        span *= 10;
    /* all 0, all 9, and four pseudo-random tails; one empty tail when none */
    uint64_t tails[6] = {0, span - 1};
    for (int i = 2; i < 6; i++)
        tails[i] = next_random() % span;
    int nt = tl == 0 ? 1 : 6;
    for (int t = 0; t < nt; t++) {
        char digits[16];
        if (tl == 0)
            snprintf(digits, sizeof digits, "%0*" PRIu32, head_digits, head);
        else
            snprintf(digits, sizeof digits, "%0*" PRIu32 "%0*" PRIu64, head_digits, head,
                     tl, tails[t]);
        struct answer b;
        ask(cc, digits, t == 0 ? a : &b);
        if (t > 0 && !same(a, &b)) {
            fprintf(stderr,
                    "gen-phone-plan: +%d %s: the tail matters (%s %s %s, then %s %s "
                    "%s): increase the head digits\n",
                    cc, digits, a->region, type_names[a->type], a->groups, b.region,
                    type_names[b.type], b.groups);
            exit(1);
        }
    }
}

static bool known_region(const char *region)
{
    if (!region[0])
        return true;
    for (size_t i = 0; i < sizeof plan_regions / sizeof plan_regions[0]; i++)
        if (strcmp(region, plan_regions[i]) == 0)
            return true;
    return false;
}

/* One plan as a table of ranges; returns the number of ranges. */
static size_t write_plan(int cc, int len, int head_digits, uint32_t lowest)
{
    uint32_t end = 1;
    for (int i = 0; i < head_digits; i++)
        end *= 10;
    printf("static const struct phone_plan_range plan_%d_%d[] = {\n", cc, len);
    struct answer cur, a;
    uint32_t from = lowest;
    size_t n = 0;
    ask_head(cc, len, head_digits, lowest, &cur);
    for (uint32_t h = lowest + 1; h <= end; h++) {
        if (h < end)
            ask_head(cc, len, head_digits, h, &a);
        if (h < end && same(&a, &cur))
            continue;
        if (!known_region(cur.region))
            die("region outside the plan", cur.region);
        printf("    {%" PRIu32 ", %" PRIu32 ", \"%s\", %s, \"%s\"},\n", from, h - 1,
               cur.region, type_names[cur.type], cur.groups);
        n++;
        from = h;
        cur = a;
    }
    printf("};\n\n");
    return n;
}

int main(int argc, char **argv)
{
    const char *version = argc > 1 ? argv[1] : "unknown";
    printf("/* GENERATED FILE, do not edit: `make phone-plan` regenerates it by\n"
           " * building and running scripts/gen-phone-plan.c (with src/extract/phone_lib.cc).\n"
           " *\n"
           " * Source: libphonenumber %s,\n"
           " * queried number by number through phonelib_parse. These data are\n"
           " * derived from the library's answers, not copied from its metadata.\n"
           " *\n"
           " * For each country code and length of the French plan, every head of\n"
           " * the national significant number (the first 5 digits of nine-digit\n"
           " * numbers; all 6 digits of +508's six-digit ones) was parsed as\n"
           " * \"+cc digits\" with six tails (0..0, 9..9, four pseudo-random),\n"
           " * which had to get the same answer. Consecutive heads with the same\n"
           " * answer form one range: the region libphonenumber names (\"\" for\n"
           " * none), the type it gives a valid number (PHONELIB_UNKNOWN: not\n"
           " * valid) and the digits per group of its international form. */\n"
           "#include \"phone_plan.h\"\n\n",
           version);
    size_t counts[sizeof plans / sizeof plans[0]];
    for (size_t i = 0; i < sizeof plans / sizeof plans[0]; i++)
        counts[i] = write_plan(plans[i].cc, plans[i].len, plans[i].head, plans[i].lowest);

    printf("const struct phone_plan phone_plans[] = {\n");
    for (size_t i = 0; i < sizeof plans / sizeof plans[0]; i++)
        printf("    {%d, %d, %d, %" PRIu32 ", plan_%d_%d, %zu},\n", plans[i].cc,
               plans[i].len, plans[i].head, plans[i].lowest, plans[i].cc, plans[i].len,
               counts[i]);
    printf("};\n\nconst size_t phone_plans_count = sizeof phone_plans / sizeof "
           "phone_plans[0];\n\n");

    /* the country code of each region: a national number read in it */
    printf("const struct phone_plan_region phone_plan_regions[] = {\n");
    for (size_t i = 0; i < sizeof plan_regions / sizeof plan_regions[0]; i++) {
        struct phonelib_result r;
        if (phonelib_parse("01 23 45 67 89", plan_regions[i], &r) != 0 ||
            r.country_code == 0)
            die("no country code for region", plan_regions[i]);
        printf("    {\"%s\", %d},\n", plan_regions[i], r.country_code);
    }
    printf("};\n\nconst size_t phone_plan_regions_count =\n"
           "    sizeof phone_plan_regions / sizeof phone_plan_regions[0];\n");
    return 0;
}

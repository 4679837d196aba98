/* Extractor: phone numbers. Finds number-looking runs in the text lines of a
 * section, names their kind from the label before them, and normalises them to
 * E.164 (a fast path for plain French numbers, libphonenumber for the rest). */
#include "phone.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "phone_lib.h"
#include "phone_plan.h"
#include "strbuf.h"
#include "util.h"

/* ------------------------------------------------------------------------ */
/* Characters */

/* Byte length of the white space at s (ASCII blank, U+00A0, U+202F, U+2009),
 * 0 when none. Numbers are often typeset with no-break spaces. */
static size_t blank_len(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] == ' ' || u[0] == '\t')
        return 1;
    if (u[0] == 0xC2 && u[1] == 0xA0)
        return 2;
    if (u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0xAF || u[2] == 0x89))
        return 3;
    return 0;
}

/* ------------------------------------------------------------------------ */
/* phone_find */

#define MAX_GROUPS 24

/* A candidate run: its digit groups and what separated them. */
struct run {
    size_t end;              /* byte after the last group */
    int digits;              /* digits in total, "(0)" included */
    int n;                   /* groups */
    int len[MAX_GROUPS];     /* digits per group */
    char sep[MAX_GROUPS];    /* separator before group i: ' ', '.', '-', '/', 0 */
    size_t pos[MAX_GROUPS];  /* byte offset where group i starts */
    size_t gend[MAX_GROUPS]; /* byte offset after group i */
    int before[MAX_GROUPS];  /* digits before group i */
    bool plus;               /* starts with '+' */
};

/* Digits of a group at s: "123" or "(0)"-like "(12)". Returns the bytes
 * consumed (0 when no group) and sets *nd. */
static size_t scan_group(const char *s, int *nd)
{
    size_t i = 0;
    if (s[0] == '(') {
        i = 1;
        while (ascii_isdigit((unsigned char)s[i]) && i <= 4)
            i++;
        if (i == 1 || s[i] != ')')
            return 0;
        *nd = (int)(i - 1);
        return i + 1;
    }
    while (ascii_isdigit((unsigned char)s[i]))
        i++;
    *nd = (int)i;
    return i;
}

/* Maximal run starting at p: groups of digits joined by one separator (one or
 * two blanks, or one of . - /), or touching a parenthesised group ("(0)1").
 * A spaced " - " or " / " ends the run: it separates two numbers or a label. */
static void scan_run(const char *s, size_t p, struct run *r)
{
    memset(r, 0, sizeof *r);
    size_t q = p;
    if (s[q] == '+') {
        r->plus = true;
        q++;
    }
    char sep = 0;
    for (;;) {
        int nd = 0;
        size_t g = scan_group(s + q, &nd);
        if (g == 0 || r->n == MAX_GROUPS)
            break;
        r->pos[r->n] = q;
        r->sep[r->n] = sep;
        r->len[r->n] = nd;
        r->before[r->n] = r->digits;
        r->n++;
        r->digits += nd;
        q += g;
        r->end = r->gend[r->n - 1] = q;

        /* separator before the next group */
        size_t k, blanks = 0, t = q;
        while ((k = blank_len(s + t)) > 0 && blanks < 2) {
            t += k;
            blanks++;
        }
        if (blanks > 0) {
            sep = ' ';
        } else if (s[t] == '.' || s[t] == '-' || s[t] == '/') {
            sep = s[t];
            t++;
        } else if (s[t] == '(' || s[q - 1] == ')') {
            sep = 0; /* "+33(0)1", "(0)1" */
        } else {
            break;
        }
        int dummy;
        if (scan_group(s + t, &dummy) == 0)
            break;
        q = t;
    }
}

/* Dates ("12/03/2022", "01.07.21", "3-5-2023") look like short numbers. */
static bool run_is_date(const struct run *r)
{
    if (r->n != 3 || r->plus || r->sep[1] == ' ' || r->sep[1] != r->sep[2])
        return false;
    return r->len[0] <= 2 && r->len[1] <= 2 && (r->len[2] == 2 || r->len[2] == 4);
}

/* Cut a run holding two numbers glued by "/" or "-" ("0199001234/0612345678"):
 * at the first such separator with a complete number on both sides. */
static void run_cut(struct run *r, bool national)
{
    int limit = national ? 10 : 15;
    if (r->digits <= limit)
        return;
    int min = national ? 10 : 8;
    for (int i = 1; i < r->n; i++) {
        if (r->sep[i] != '/' && r->sep[i] != '-')
            continue;
        if (r->before[i] >= min && r->digits - r->before[i] >= 8) {
            r->end = r->gend[i - 1];
            r->n = i;
            r->digits = r->before[i];
            return;
        }
    }
}

bool phone_find(const char *s, size_t from, size_t *start, size_t *end)
{
    size_t n = strlen(s);
    size_t p = from;
    while (p < n) {
        unsigned char c = (unsigned char)s[p];
        bool can_start =
            ascii_isdigit(c) ||
            (c == '+' && (ascii_isdigit((unsigned char)s[p + 1]) || s[p + 1] == '(')) ||
            (c == '(' && ascii_isdigit((unsigned char)s[p + 1]));
        if (!can_start ||
            (p > 0 && (ascii_isalnum((unsigned char)s[p - 1]) || s[p - 1] == '+'))) {
            p++;
            continue;
        }
        struct run r;
        scan_run(s, p, &r);
        if (r.n == 0) {
            p++;
            continue;
        }
        size_t skip = r.end > p ? r.end : p + 1;
        /* "9h-12h", "12345abc": a run glued to a word is not a number */
        if (ascii_isalnum((unsigned char)s[r.end]) || r.digits < 8 || run_is_date(&r)) {
            p = skip;
            continue;
        }
        const char *first = s + r.pos[0];
        if (*first == '(')
            first++;
        bool national = !r.plus && first[0] == '0' && first[1] != '0';
        bool trunk = r.plus || first[0] == '0';
        if (!trunk) {
            /* Without "+" or a leading 0 only short groups pass
             * ("26 00 88 90"), not "12345 67075" or a SIRET. */
            bool ok = r.n >= 3;
            for (int i = 0; i < r.n && ok; i++)
                ok = r.len[i] <= 3 || (i == 0 && r.len[i] <= 4);
            if (!ok) {
                p = skip;
                continue;
            }
        }
        run_cut(&r, national);
        *start = p;
        *end = r.end;
        return true;
    }
    return false;
}

/* ------------------------------------------------------------------------ */
/* Labels */

/* Label words and the kind they name. Keys are case-folded, accent-stripped
 * ASCII words ("Tél." -> "tel", "N° Vert" -> "n vert" -> word "vert"). */
struct label_word {
    const char *word;
    enum phone_kind kind;
};

static const struct label_word label_words[] = {
    {"tel", PHONE_VOICE},        {"telephone", PHONE_VOICE},
    {"telephones", PHONE_VOICE}, {"telephonique", PHONE_VOICE},
    {"phone", PHONE_VOICE},      {"standard", PHONE_VOICE},
    {"accueil", PHONE_VOICE},    {"fixe", PHONE_VOICE},
    {"fax", PHONE_FAX},          {"telecopie", PHONE_FAX},
    {"telecopieur", PHONE_FAX},  {"telefax", PHONE_FAX},
    {"portable", PHONE_CELL},    {"portables", PHONE_CELL},
    {"mobile", PHONE_CELL},      {"mobiles", PHONE_CELL},
    {"gsm", PHONE_CELL},         {"cell", PHONE_CELL},
    {"cellulaire", PHONE_CELL},  {"port", PHONE_CELL},
    {"vert", PHONE_TOLLFREE},    {"verte", PHONE_TOLLFREE},
    {"gratuit", PHONE_TOLLFREE}, {"gratuite", PHONE_TOLLFREE},
};

/* Letterhead abbreviations, only when they are the whole label: "T. :", "F :". */
static const struct label_word label_letters[] = {
    {"t", PHONE_VOICE},
    {"f", PHONE_FAX},
    {"m", PHONE_CELL},
    {"p", PHONE_CELL},
};

/* Precedence when a label names several kinds ("Téléphone portable" is a
 * mobile): toll free, cell, fax, voice; but "Tél./Fax" is a line for both,
 * kept as VOICE so that calling it works. */
enum phone_kind phone_kind_from_label(const char *label, bool *known)
{
    bool has[4] = {false, false, false, false};
    bool any = false;
    if (label) {
        char *key = str_fold_key(label);
        if (strlen(key) == 1) {
            for (size_t i = 0; i < sizeof label_letters / sizeof label_letters[0]; i++)
                if (key[0] == label_letters[i].word[0])
                    has[label_letters[i].kind] = any = true;
        }
        for (char *w = key; *w;) {
            char *sp = strchr(w, ' ');
            size_t wl = sp ? (size_t)(sp - w) : strlen(w);
            for (size_t i = 0; i < sizeof label_words / sizeof label_words[0]; i++) {
                const char *lw = label_words[i].word;
                if (lw[0] == w[0] && strncmp(lw, w, wl) == 0 && lw[wl] == '\0')
                    has[label_words[i].kind] = any = true;
            }
            w += wl;
            while (*w == ' ')
                w++;
        }
        free(key);
    }
    if (known)
        *known = any;
    if (has[PHONE_TOLLFREE])
        return PHONE_TOLLFREE;
    if (has[PHONE_CELL])
        return PHONE_CELL;
    if (has[PHONE_FAX] && !has[PHONE_VOICE])
        return PHONE_FAX;
    return PHONE_VOICE;
}

/* ------------------------------------------------------------------------ */
/* phone_parse */

/* A number resolved by either path. */
struct resolved {
    char e164[24];
    char intl[40];
    char region[4];
    enum phone_kind kind; /* from the number alone */
};

/* Kind of a number from its country code and national significant number,
 * used by the fast path and for numbers libphonenumber 8.12 does not know
 * (fiction ranges): FR 06/07 mobile, 0800-0805 toll free; overseas 069x and
 * Mayotte 0639 mobile; BE 4[5-9], CH 7[5-9], LU 6 mobile. */
static enum phone_kind kind_from_digits(int cc, const char *nsn)
{
    switch (cc) {
    case 33:
        if (nsn[0] == '6' || nsn[0] == '7')
            return PHONE_CELL;
        if (nsn[0] == '8' && nsn[1] == '0' && nsn[2] >= '0' && nsn[2] <= '5')
            return PHONE_TOLLFREE;
        break;
    case 262:
    case 590:
    case 594:
    case 596:
        if (str_startswith(nsn, "69") || str_startswith(nsn, "639"))
            return PHONE_CELL;
        break;
    case 32:
        if (nsn[0] == '4' && nsn[1] >= '5' && nsn[1] <= '9')
            return PHONE_CELL;
        break;
    case 41:
        if (nsn[0] == '7' && nsn[1] >= '5' && nsn[1] <= '9')
            return PHONE_CELL;
        break;
    case 352:
        if (nsn[0] == '6')
            return PHONE_CELL;
        break;
    default:
        break;
    }
    return PHONE_VOICE;
}

/* French overseas departments and collectivities share the French national
 * plan (ten digits, leading 0) but have their own country codes: "0590 00 88
 * 90" is +590 590 00 88 90, not +33 5 90.... libphonenumber 8.12 accepts
 * most of these as +33 numbers too, so the prefix decides, not validity.
 * Keyed by the first three digits of the +33 national significant number. */
enum remap_rule {
    REMAP_ALWAYS,   /* the prefix belongs only to that region */
    REMAP_IF_VALID, /* 0639: Mayotte mobiles, but 06 39 98 is the metropolitan
                       fiction range; take YT only when libphonenumber knows it */
    REMAP_PM        /* 0508 41 12 34 is +508 41 12 34 (six-digit numbers) */
};

static const struct {
    const char *prefix;
    const char *region;
    enum remap_rule rule;
} overseas[] = {
    {"262", "RE", REMAP_ALWAYS}, {"263", "RE", REMAP_ALWAYS},
    {"692", "RE", REMAP_ALWAYS}, {"693", "RE", REMAP_ALWAYS},
    {"269", "YT", REMAP_ALWAYS}, {"639", "YT", REMAP_IF_VALID},
    {"590", "GP", REMAP_ALWAYS}, {"690", "GP", REMAP_ALWAYS},
    {"691", "GP", REMAP_ALWAYS}, {"594", "GF", REMAP_ALWAYS},
    {"694", "GF", REMAP_ALWAYS}, {"596", "MQ", REMAP_ALWAYS},
    {"696", "MQ", REMAP_ALWAYS}, {"697", "MQ", REMAP_ALWAYS},
    {"508", "PM", REMAP_PM},
};

static int overseas_index(const char *nsn)
{
    if (nsn[0] != '2' && nsn[0] != '5' && nsn[0] != '6')
        return -1;
    for (size_t i = 0; i < sizeof overseas / sizeof overseas[0]; i++)
        if (strncmp(nsn, overseas[i].prefix, 3) == 0)
            return (int)i;
    return -1;
}

/* Copy of text for libphonenumber: no-break and thin spaces become ASCII. */
static char *ascii_spaces(const char *text)
{
    struct strbuf sb = STRBUF_INIT;
    for (size_t i = 0; text[i];) {
        size_t k = blank_len(text + i);
        if (k) {
            strbuf_putc(&sb, ' ');
            i += k;
        } else {
            strbuf_putc(&sb, text[i++]);
        }
    }
    return strbuf_detach(&sb);
}

/* True when text is written in full: international ("+", "00") or national
 * with its trunk 0, as opposed to a bare subscriber number. */
static bool written_in_full(const char *text)
{
    while (*text && !ascii_isdigit((unsigned char)*text) && *text != '+')
        text++;
    return *text == '+' || *text == '0';
}

/* The reference path: libphonenumber, then the overseas remapping, then the
 * acceptance rule. Returns false when the number is not accepted. */
static bool resolve_lib(const char *text, const char *region, struct resolved *out)
{
    char *t = ascii_spaces(text);
    struct phonelib_result r;
    bool ok = false;
    if (phonelib_parse(t, region, &r) != 0)
        goto out;

    const char *fallback_region = NULL;
    if (r.country_code == 33 && strlen(r.e164) == 12) {
        int i = overseas_index(r.e164 + 3);
        if (i >= 0) {
            struct phonelib_result r2;
            char *again = overseas[i].rule == REMAP_PM ? xasprintf("+508%s", r.e164 + 6)
                                                       : xasprintf("0%s", r.e164 + 3);
            if (phonelib_parse(again, overseas[i].region, &r2) == 0 &&
                (r2.valid || (overseas[i].rule == REMAP_ALWAYS && r2.possible))) {
                r = r2;
                fallback_region = overseas[i].region;
            }
            free(again);
        }
    }

    /* Acceptance. libphonenumber 8.12 calls some numbers invalid that are
     * fine on a contact card: the ARCEP fiction ranges of the sample corpus
     * (06 39 98 xx xx is not in its mobile ranges), ranges opened after its
     * metadata (0596 12..., 0693 12...). A number with the full length for
     * its country (IsPossibleNumber, not "local only") written with "+", "00"
     * or its trunk 0 is accepted as valid enough; bare short digits are not. */
    if (!r.valid && !(r.possible && written_in_full(t)))
        goto out;

    memcpy(out->e164, r.e164, sizeof out->e164);
    memcpy(out->intl, r.intl, sizeof out->intl);
    if (r.region[0])
        memcpy(out->region, r.region, sizeof out->region);
    else if (fallback_region)
        snprintf(out->region, sizeof out->region, "%s", fallback_region);
    else
        snprintf(out->region, sizeof out->region, "%s", region ? region : "");
    const char *nsn = r.e164 + 1;
    for (int cc = r.country_code; cc > 0; cc /= 10)
        nsn++;
    if (r.valid && r.type == PHONELIB_MOBILE)
        out->kind = PHONE_CELL;
    else if (r.valid && r.type == PHONELIB_TOLL_FREE)
        out->kind = PHONE_TOLLFREE;
    else if (r.valid)
        out->kind = PHONE_VOICE;
    else
        out->kind = kind_from_digits(r.country_code, nsn);
    ok = true;
out:
    free(t);
    return ok;
}

/* ------------------------------------------------------------------------ */
/* The fast path: a model of libphonenumber for the French numbering plan */

/* The fast path reproduces what resolve_lib computes for the numbers of the
 * French numbering plan, without libphonenumber: metropolitan France (+33) and
 * the overseas departments and collectivities that share its ten-digit
 * national form (+590 GP/BL/MF, +594 GF, +596 MQ, +262 RE/YT, +508 PM). What
 * libphonenumber says of such a number (region, validity, type, grouping of
 * the international form) depends only on its first digits; phone_plan.c
 * holds those answers as ranges of heads, generated by asking libphonenumber
 * about every head (scripts/gen-phone-plan.c, `make phone-plan`).
 * test_phone_diff.c compares the fast path with libphonenumber on every
 * number of the corpora, every five-digit head of each plan and a million
 * generated numbers. */

/* The range of the generated plan (cc, len) holding the national number n of
 * len digits; NULL when the table does not cover it. */
static const struct phone_plan_range *plan_lookup(int cc, const char *n, size_t len)
{
    for (size_t i = 0; i < phone_plans_count; i++) {
        const struct phone_plan *p = &phone_plans[i];
        if (p->cc != cc || (size_t)p->len != len)
            continue;
        uint32_t head = 0;
        for (int k = 0; k < p->head_digits; k++)
            head = head * 10 + (uint32_t)(n[k] - '0');
        /* the first range ending at or after head */
        size_t lo = 0, hi = p->n;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (p->ranges[mid].to < head)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo < p->n && p->ranges[lo].from <= head ? &p->ranges[lo] : NULL;
    }
    return NULL;
}

/* The country code of a region of the plan ("GP" -> 590), 0 for another. */
static int plan_cc(const char *region)
{
    for (size_t i = 0; i < phone_plan_regions_count; i++)
        if (strcmp(phone_plan_regions[i].region, region) == 0)
            return phone_plan_regions[i].cc;
    return 0;
}

/* Append the digits of n to *o in groups of the sizes given as digits
 * ("3222"), blank-separated. */
static char *put_groups(char *o, const char *n, const char *sizes)
{
    for (int g = 0; sizes[g]; g++) {
        if (g)
            *o++ = ' ';
        for (int k = sizes[g] - '0'; k > 0; k--)
            *o++ = *n++;
    }
    return o;
}

/* "+" and the country code into o; returns the end. */
static char *put_cc(char *o, int cc)
{
    char tmp[4];
    int k = 0;
    *o++ = '+';
    for (; cc > 0; cc /= 10)
        tmp[k++] = (char)('0' + cc % 10);
    while (k > 0)
        *o++ = tmp[--k];
    return o;
}

/* E.164 and international forms of country code cc and national number n
 * (range r of the plan) as libphonenumber formats them: "+590590123456" and
 * "+590 590 12 34 56", the groups being r's. */
static void plan_format(int cc, const char *n, size_t len,
                        const struct phone_plan_range *r, struct resolved *out)
{
    char *o = put_cc(out->e164, cc);
    memcpy(o, n, len);
    o[len] = '\0';
    o = put_cc(out->intl, cc);
    *o++ = ' ';
    o = put_groups(o, n, r->groups);
    *o = '\0';
}

/* What resolve_lib gives for country code cc and national number n once
 * parsed, the number being possible (nine digits, or six for +508) and
 * written in full: always accepted. The region is libphonenumber's, or
 * fallback when it names none. Returns 1 when libphonenumber calls the
 * number valid, 0 when not, -1 (out untouched) when the plan's table does
 * not cover the number. */
static int plan_resolve(int cc, const char *n, size_t len, const char *fallback,
                        struct resolved *out)
{
    const struct phone_plan_range *r = plan_lookup(cc, n, len);
    if (!r)
        return -1;
    plan_format(cc, n, len, r, out);
    const char *region = r->region[0] ? r->region : fallback;
    memcpy(out->region, region, strlen(region) + 1);
    if (r->type == PHONELIB_MOBILE)
        out->kind = PHONE_CELL;
    else if (r->type == PHONELIB_TOLL_FREE)
        out->kind = PHONE_TOLLFREE;
    else if (r->type != PHONELIB_UNKNOWN)
        out->kind = PHONE_VOICE;
    else
        out->kind = kind_from_digits(cc, n);
    return r->type != PHONELIB_UNKNOWN;
}

/* Regions in which libphonenumber reads "00" as the international prefix
 * (a "00 33 ..." number then means +33 whatever the default region) and that
 * the address extractor names; others go to libphonenumber. */
static bool idd_is_00(const char *region)
{
    static const char *const regions[] = {"FR", "GP", "BL", "MF", "GF", "MQ",
                                          "RE", "YT", "PM", "BE", "CH", "LU",
                                          "MC", "DE", "IT", "ES", "NL", "GB"};
    for (size_t i = 0; i < sizeof regions / sizeof regions[0]; i++)
        if (strcmp(region, regions[i]) == 0)
            return true;
    return false;
}

/* The fast path: numbers of the French plan written "0X XX XX XX XX" (ten
 * digits with the trunk 0), "+33 X XX..." or "00 33 X XX..." (nine digits,
 * optional "(0)"), separated by blanks, dots, dashes or slashes, with a
 * default region of the plan (national form) or any region dialling "00"
 * (international form). Anything else returns false. The +33 numbers with an
 * overseas prefix are remapped as resolve_lib does; every number taken is
 * accepted by resolve_lib (nine digits written in full are possible). */
static bool resolve_fast(const char *text, const char *region, struct resolved *out)
{
    const char *dregion = region ? region : "FR";
    if (!idd_is_00(dregion))
        return false;
    char d[20];
    int nd = 0;
    bool plus = false, zero_paren = false;
    size_t i = 0, k;
    while ((k = blank_len(text + i)) > 0)
        i += k;
    if (text[i] == '+') {
        plus = true;
        i++;
    }
    while (text[i]) {
        unsigned char c = (unsigned char)text[i];
        if (ascii_isdigit(c)) {
            if (nd == (int)sizeof d - 1)
                return false;
            d[nd++] = (char)c;
            i++;
        } else if (c == '(' && text[i + 1] == '0' && text[i + 2] == ')' && !zero_paren &&
                   ((plus && nd == 2) || (!plus && nd == 4))) {
            zero_paren = true;
            i += 3;
        } else if (c == '.' || c == '-' || c == '/') {
            i++;
        } else if ((k = blank_len(text + i)) > 0) {
            i += k;
        } else {
            return false;
        }
    }
    d[nd] = '\0';
    const char *nsn;
    bool national = false;
    if (plus && nd == 11 && d[0] == '3' && d[1] == '3') {
        nsn = d + 2;
    } else if (!plus && nd == 13 && memcmp(d, "0033", 4) == 0) {
        nsn = d + 4;
    } else if (!plus && !zero_paren && nd == 10 && d[0] == '0') {
        nsn = d + 1;
        national = true;
    } else {
        return false;
    }
    if (nsn[0] < '1' || nsn[0] > '9')
        return false;
    if (national && strcmp(dregion, "FR") != 0) {
        /* "0590 12 34 56" read in the default region's own plan */
        int cc = plan_cc(dregion);
        return cc != 0 && plan_resolve(cc, nsn, 9, dregion, out) >= 0;
    }
    int o = overseas_index(nsn);
    if (o >= 0) {
        const char *oregion = overseas[o].region;
        int cc = plan_cc(oregion);
        switch (overseas[o].rule) {
        case REMAP_ALWAYS:
            return plan_resolve(cc, nsn, 9, oregion, out) >= 0;
        case REMAP_IF_VALID:
            if (plan_resolve(cc, nsn, 9, oregion, out) == 1)
                return true;
            break;
        case REMAP_PM:
            if (plan_resolve(cc, nsn + 3, 6, oregion, out) == 1)
                return true;
            break;
        }
    }
    /* +33: every nine-digit number is possible, and its kind by the digits
     * (06/07 mobile, 0800-0805 toll free) is also the kind of its type when
     * libphonenumber knows it, so validity does not matter. */
    const struct phone_plan_range *r = plan_lookup(33, nsn, 9);
    if (!r)
        return false;
    plan_format(33, nsn, 9, r, out);
    const char *fr = r->region[0] ? r->region : dregion; /* "FR" */
    memcpy(out->region, fr, strlen(fr) + 1);
    out->kind = kind_from_digits(33, nsn);
    return true;
}

/* Fill out from a resolved number (or none) and the label. A label naming
 * fax, mobile or toll free wins; a generic one (Tél., Standard) or none lets
 * the number speak: "Tél. : 06 12 34 56 78" is a mobile, "Téléphone : 0 800
 * 00 88 70" toll free, as the corpus expects. */
static int fill(const char *text, const char *label, enum phone_kind lk, bool known,
                int line, const struct resolved *r, struct phone *out)
{
    memset(out, 0, sizeof *out);
    out->text = xstrdup(text);
    out->label = label ? xstrdup(label) : NULL;
    out->line = line;
    if (!r) {
        out->kind = lk;
        return FICHE_EPARSE;
    }
    out->e164 = xstrdup(r->e164);
    out->intl = xstrdup(r->intl);
    out->region = xstrdup(r->region);
    out->kind = known && lk != PHONE_VOICE ? lk : r->kind;
    return 0;
}

bool phone_parse_fast(const char *text, const char *label, const char *region, int line,
                      struct phone *out)
{
    struct resolved r;
    if (!resolve_fast(text, region, &r))
        return false;
    bool known;
    enum phone_kind lk = phone_kind_from_label(label, &known);
    fill(text, label, lk, known, line, &r, out);
    return true;
}

int phone_parse_lib(const char *text, const char *label, const char *region, int line,
                    struct phone *out)
{
    struct resolved r;
    bool ok = resolve_lib(text, region, &r);
    bool known;
    enum phone_kind lk = phone_kind_from_label(label, &known);
    return fill(text, label, lk, known, line, ok ? &r : NULL, out);
}

/* phone_parse with the kind the label names already known (lk, known). */
static int parse_labelled(const char *text, const char *label, enum phone_kind lk,
                          bool known, const char *region, int line, struct phone *out)
{
    struct resolved r;
    bool ok = resolve_fast(text, region, &r) || resolve_lib(text, region, &r);
    return fill(text, label, lk, known, line, ok ? &r : NULL, out);
}

int phone_parse(const char *text, const char *label, const char *region, int line,
                struct phone *out)
{
    bool known;
    enum phone_kind lk = phone_kind_from_label(label, &known);
    return parse_labelled(text, label, lk, known, region, line, out);
}

/* ------------------------------------------------------------------------ */
/* phone_line */

#define MAX_RUNS 16

/* Bytes of s[a, b) with blanks and the punctuation that sits between labels
 * and numbers trimmed on both sides ("- Fax : " -> "Fax"); a new string. */
static char *trim_segment(const char *s, size_t a, size_t b, bool keep_final_dot)
{
    for (;;) {
        size_t k = blank_len(s + a);
        if (a < b && k) {
            a += k;
        } else if (a < b && strchr("/-,;:|", s[a])) {
            a++;
        } else if (a + 3 <= b && (unsigned char)s[a] == 0xE2 &&
                   (unsigned char)s[a + 1] == 0x80 &&
                   ((unsigned char)s[a + 2] == 0x93 || (unsigned char)s[a + 2] == 0x94)) {
            a += 3; /* en / em dash */
        } else if (a + 3 <= b &&
                   (str_startswith(s + a, "ou ") || str_startswith(s + a, "et "))) {
            a += 3;
        } else {
            break;
        }
    }
    for (;;) {
        if (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' || strchr("/-,;:|", s[b - 1]) ||
                      (!keep_final_dot && s[b - 1] == '.'))) {
            b--;
        } else if (b >= a + 2 && (unsigned char)s[b - 2] == 0xC2 &&
                   (unsigned char)s[b - 1] == 0xA0) {
            b -= 2;
        } else if (b >= a + 3 && (unsigned char)s[b - 3] == 0xE2 &&
                   (unsigned char)s[b - 2] == 0x80 &&
                   strchr("\xAF\x89\x93\x94", s[b - 1])) {
            b -= 3; /* narrow / thin space, en / em dash */
        } else {
            break;
        }
    }
    return xstrndup(s + a, b - a);
}

static int count_words(const char *s)
{
    int n = 0;
    bool in = false;
    for (; *s; s++) {
        bool blank = *s == ' ' || *s == '\t';
        if (!blank && !in)
            n++;
        in = !blank;
    }
    return n;
}

/* A label is a few words ("Téléphone", "Tél. standard", "Secrétariat") or
 * names a kind; a longer text before a number is prose, kept in *rest. */
static bool label_like(const char *t, bool *known, enum phone_kind *kind)
{
    *kind = phone_kind_from_label(t, known);
    int w = count_words(t);
    return w > 0 && (*known ? w <= 5 : w <= 3) && strlen(t) <= 48;
}

static void rest_add(struct strbuf *rest, const char *s)
{
    if (!*s)
        return;
    if (rest->len)
        strbuf_putc(rest, ' ');
    strbuf_puts(rest, s);
}

/* The text between two numbers: "", "/", "ou", " - Fax :", "(standard) -
 * Fax". Sets *label to a new label when the text ends with a known one, else
 * NULL; the other text is appended to rest. */
static void between(const char *s, size_t a, size_t b, char **label,
                    enum phone_kind *kind, struct strbuf *rest)
{
    char *t = trim_segment(s, a, b, true);
    *label = NULL;
    if (!*t) {
        free(t);
        return;
    }
    /* "(standard) / 01 ...": a parenthesis right after a number qualifies
     * that number; it is text for rest, not the next number's label */
    if (t[0] == '(' && strchr(t, ')')) {
        size_t close = (size_t)(strchr(t, ')') - t) + 1;
        char *paren = xstrndup(t, close);
        rest_add(rest, paren);
        free(paren);
        char *after = trim_segment(t, close, strlen(t), true);
        free(t);
        t = after;
        if (!*t) {
            free(t);
            return;
        }
    }
    bool known;
    if (label_like(t, &known, kind) && known) {
        *label = t;
        return;
    }
    /* "(standard) - Fax": a known label after the last separator */
    size_t n = strlen(t);
    for (size_t i = n; i-- > 0;) {
        if (!strchr("-/,;", t[i]) || (i > 0 && t[i - 1] != ' ' && t[i] != ','))
            continue;
        char *suffix = trim_segment(t, i, n, true);
        if (*suffix && label_like(suffix, &known, kind) && known) {
            char *prefix = trim_segment(t, 0, i, false);
            rest_add(rest, prefix);
            free(prefix);
            free(t);
            *label = suffix;
            return;
        }
        free(suffix);
    }
    rest_add(rest, t);
    free(t);
}

/* "Tél. / Fax : A / B": a lead label of as many known parts, joined by "/",
 * as the line has numbers gives each number its part, in order (A voice, B
 * fax); one number keeps the whole label ("Tél./Fax : A" is voice). */
static void split_lead(char **labels, enum phone_kind *kinds, bool *knowns, int n)
{
    const char *l = labels[0];
    int parts = 1;
    for (const char *p = l; *p; p++)
        parts += *p == '/';
    if (parts != n)
        return;
    char *part[MAX_RUNS];
    enum phone_kind kind[MAX_RUNS];
    bool ok = true;
    const char *p = l;
    for (int i = 0; i < n; i++) {
        const char *q = strchr(p, '/');
        size_t e = q ? (size_t)(q - l) : strlen(l);
        part[i] = trim_segment(l, (size_t)(p - l), e, true);
        bool known = false;
        ok = ok && label_like(part[i], &known, &kind[i]) && known;
        p = q ? q + 1 : p;
    }
    for (int i = 0; i < n; i++) {
        if (ok) {
            free(labels[i]);
            labels[i] = part[i];
            kinds[i] = kind[i];
            knowns[i] = true;
        } else {
            free(part[i]);
        }
    }
}

bool phone_line(const char *text, int line, const char *region, struct phone_list *out,
                struct diag_list *d, char **rest)
{
    size_t st[MAX_RUNS], en[MAX_RUNS];
    int n = 0;
    size_t from = 0, a, b;
    while (n < MAX_RUNS && phone_find(text, from, &a, &b)) {
        st[n] = a;
        en[n] = b;
        n++;
        from = b;
    }
    if (rest)
        *rest = NULL;
    if (n == 0)
        return false;

    struct strbuf rb = STRBUF_INIT;
    char *labels[MAX_RUNS] = {NULL};
    /* what each label names, computed once (label_like needs it too) */
    enum phone_kind kinds[MAX_RUNS];
    bool knowns[MAX_RUNS] = {false};
    bool any_known = false;

    /* label before the first number */
    char *lead = trim_segment(text, 0, st[0], true);
    bool known = false;
    if (*lead && label_like(lead, &known, &kinds[0])) {
        labels[0] = lead;
        knowns[0] = any_known = known;
    } else {
        rest_add(&rb, lead);
        free(lead);
    }
    bool shared_lead = n > 1 && labels[0];
    for (int i = 1; i < n; i++) {
        between(text, en[i - 1], st[i], &labels[i], &kinds[i], &rb);
        if (labels[i]) {
            any_known = knowns[i] = true;
            shared_lead = false;
        } else if (labels[i - 1]) {
            labels[i] = xstrdup(labels[i - 1]);
            kinds[i] = kinds[i - 1];
            knowns[i] = knowns[i - 1];
        }
    }
    if (shared_lead)
        split_lead(labels, kinds, knowns, n);
    /* after the last number: "(standard)", "du lundi au vendredi"; a bare
     * "01 99 00 12 35 (fax)" takes it as its label */
    char *tail = trim_segment(text, en[n - 1], strlen(text), true);
    if (*tail && !labels[n - 1]) {
        size_t tl = strlen(tail);
        char *inner = tail[0] == '(' && tail[tl - 1] == ')' ? xstrndup(tail + 1, tl - 2)
                                                            : xstrdup(tail);
        if (label_like(inner, &known, &kinds[n - 1]) && known) {
            labels[n - 1] = inner;
            any_known = knowns[n - 1] = true;
            tail[0] = '\0';
        } else {
            free(inner);
        }
    }

    struct phone parsed[MAX_RUNS];
    int rc[MAX_RUNS];
    bool any_valid = false;
    for (int i = 0; i < n; i++) {
        /* the number as its own string: on the stack when it fits */
        char small[64];
        size_t len = en[i] - st[i];
        char *num = len < sizeof small ? small : xmalloc(len + 1);
        memcpy(num, text + st[i], len);
        num[len] = '\0';
        if (!labels[i])
            kinds[i] = PHONE_VOICE; /* phone_kind_from_label(NULL) */
        rc[i] =
            parse_labelled(num, labels[i], kinds[i], knowns[i], region, line, &parsed[i]);
        any_valid = any_valid || rc[i] == 0;
        if (num != small)
            free(num);
    }

    bool is_phone_line = any_valid || any_known;
    if (is_phone_line) {
        for (int i = 0; i < n; i++) {
            if (rc[i] == 0) {
                phone_list_push(out, parsed[i]);
                continue;
            }
            diag_add(d, DIAG_WARNING, line, 0, "phone number not recognised: %s",
                     parsed[i].text);
            /* keep the text: the caller puts *rest in NOTE */
            if (parsed[i].label) {
                char *both = xasprintf("%s : %s", parsed[i].label, parsed[i].text);
                rest_add(&rb, both);
                free(both);
            } else {
                rest_add(&rb, parsed[i].text);
            }
            phone_clear(&parsed[i]);
        }
        rest_add(&rb, tail);
        if (rest && rb.len)
            *rest = strbuf_detach(&rb);
    } else {
        for (int i = 0; i < n; i++)
            phone_clear(&parsed[i]);
    }
    strbuf_free(&rb);
    free(tail);
    for (int i = 0; i < n; i++)
        free(labels[i]);
    return is_phone_line;
}

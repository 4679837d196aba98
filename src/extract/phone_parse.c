/* Part of the phone extractor (phone.c): a number found and labelled there is
 * resolved here to E.164, by the fast path for the French numbering plan or by
 * libphonenumber, and given its kind. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "base/util.h"
#include "extract/phone_int.h"
#include "extract/phone_lib.h"
#include "extract/phone_plan.h"

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
    case 687: /* New Caledonia's "numéros verts": 05 xx xx */
        if (nsn[0] == '0' && nsn[1] == '5')
            return PHONE_TOLLFREE;
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
     * or its trunk 0 is accepted as valid enough; bare short digits are not.
     * Not when the national number still starts with its trunk 0:
     * libphonenumber keeps the 0 of a number too short once it is stripped
     * ("063 58 86 75" read in France: +33 063588675, nine digits with the
     * 0), which is the number of another country, not a French one. */
    if (!r.valid && !(r.possible && written_in_full(t) && !r.trunk_kept))
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

/* The plan to read text in: France's for a number of Saint-Pierre-et-Miquelon
 * written as from France, "05 08 41 10 10" (0508 and six digits), which
 * France's overseas remapping makes +508 41 10 10; read in its own plan the
 * 508 would stay among the digits. region otherwise. */
static const char *plan_region(const char *text, const char *region)
{
    if (!region || strcmp(region, "PM") != 0)
        return region;
    char d[12];
    size_t n = 0;
    for (const char *p = text; *p && n < sizeof d; p++)
        if (ascii_isdigit((unsigned char)*p))
            d[n++] = *p;
        else if (*p == '+')
            return region;
    return n == 10 && strncmp(d, "0508", 4) == 0 ? "FR" : region;
}

/* text without its "(0)" after an international prefix, a new string, or
 * NULL when it has none: "+34 (0) 917 007 728" is written for callers from
 * countries with a trunk 0, but Spain has none, and libphonenumber strips
 * the 0 only in the plans that have one (+41 (0)26 …). */
static char *without_trunk_paren(const char *text)
{
    const char *z = strstr(text, "(0)");
    if (!z || !strchr(text, '+') || strchr(text, '+') > z)
        return NULL;
    return xasprintf("%.*s%s", (int)(z - text), text, z + 3);
}

/* phone_parse with the kind the label names already known (lk, known). */
/* A copy of text with the apostrophes Switzerland groups digits with
 * ("027 322'22'37", "322’22’37") made spaces, or NULL when it has none. */
static char *apostrophes_spaced(const char *text)
{
    if (!strchr(text, '\'') && !strstr(text, "\xE2\x80\x99"))
        return NULL;
    struct strbuf b = STRBUF_INIT;
    for (const char *p = text; *p; p++) {
        if ((unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
            (unsigned char)p[2] == 0x99) {
            strbuf_putc(&b, ' ');
            p += 2;
        } else {
            strbuf_putc(&b, *p == '\'' ? ' ' : *p);
        }
    }
    return strbuf_detach(&b);
}

int phone_parse_labelled(const char *text, const char *label, enum phone_kind lk,
                         bool known, const char *region, int line, struct phone *out)
{
    char *spaced = apostrophes_spaced(text);
    const char *t = spaced ? spaced : text;
    region = plan_region(t, region);
    struct resolved r;
    bool ok = resolve_fast(t, region, &r) || resolve_lib(t, region, &r);
    char *bare = ok ? NULL : without_trunk_paren(t);
    if (bare)
        ok = resolve_lib(bare, region, &r);
    free(bare);
    free(spaced);
    return fill(text, label, lk, known, line, ok ? &r : NULL, out);
}

int phone_parse(const char *text, const char *label, const char *region, int line,
                struct phone *out)
{
    bool known;
    enum phone_kind lk = phone_kind_from_label(label, &known);
    return phone_parse_labelled(text, label, lk, known, region, line, out);
}

/* Extractor: the "Mise à jour" date. Text (NFC UTF-8) -> struct date, read as
 * French writes it (day/month/year, month names with or without accents,
 * "1er"). */
#include "extract/date.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/text.h"
#include "base/util.h"

#define DATE_YEAR_MIN 1900
#define DATE_YEAR_MAX 2100

/* Month names after case folding and accent stripping; abbreviations are
 * matched with or without their final dot ("févr." / "fevr"). */
static const struct {
    const char *name;
    int month;
} month_names[] = {
    {"janvier", 1},
    {"janv", 1},
    {"jan", 1},
    {"fevrier", 2},
    {"fevr", 2},
    {"fev", 2},
    {"mars", 3},
    {"avril", 4},
    {"avr", 4},
    {"mai", 5},
    {"juin", 6},
    {"juillet", 7},
    {"juil", 7},
    {"aout", 8},
    {"septembre", 9},
    {"sept", 9},
    {"sep", 9},
    {"octobre", 10},
    {"oct", 10},
    {"novembre", 11},
    {"nov", 11},
    {"decembre", 12},
    {"dec", 12},
    /* English, as pages made with English software print their dates
     * ("June 28, 2021", "28 June 2021") */
    {"january", 1},
    {"february", 2},
    {"march", 3},
    {"april", 4},
    {"may", 5},
    {"june", 6},
    {"july", 7},
    {"august", 8},
    {"september", 9},
    {"october", 10},
    {"november", 11},
    {"december", 12},
};

static bool is_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(int y, int m)
{
    static const int dm[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : dm[m - 1];
}

static bool valid_date(int y, int m, int d)
{
    if (y < DATE_YEAR_MIN || y > DATE_YEAR_MAX || m < 1 || m > 12)
        return false;
    return d >= 1 && d <= days_in_month(y, m);
}

/* Read a run of digits at s; sets *len to its length (0 when none). Runs
 * longer than 4 digits are returned with *len > 4 so callers reject them. */
static int read_num(const char *s, size_t *len)
{
    int v = 0;
    size_t i = 0;
    while (ascii_isdigit((unsigned char)s[i])) {
        if (i < 6)
            v = v * 10 + (s[i] - '0');
        i++;
    }
    *len = i;
    return v;
}

static size_t skip_spaces(const char *s, size_t i)
{
    while (s[i] == ' ' || s[i] == '\t')
        i++;
    return i;
}

/* A word of letters (ASCII or any non-ASCII byte) starting at s. */
static size_t word_len(const char *s)
{
    size_t i = 0;
    while (s[i] && (ascii_isalpha((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80))
        i++;
    return i;
}

/* Month of the word s[0..n), 0 when it is not a month name. */
static int month_of_word(const char *s, size_t n)
{
    for (size_t k = 0; k < sizeof month_names / sizeof month_names[0]; k++) {
        if (strlen(month_names[k].name) == n && memcmp(month_names[k].name, s, n) == 0)
            return month_names[k].month;
    }
    return 0;
}

/* After a month name at s+i: a day and a comma before the year, as English
 * writes it ("June 28, 2021"): the day, its length with the comma in *len,
 * or 0. */
static int day_comma_after(const char *s, size_t i, size_t *len)
{
    size_t k = skip_spaces(s, i), l;
    int d = read_num(s + k, &l);
    if (l == 0 || l > 2 || s[k + l] != ',')
        return 0;
    *len = k + l + 1 - i;
    return d;
}

/* After a month name at s+i (i just past the word and its optional dot):
 * a four-digit year. Returns the year or -1. */
static int year_after(const char *s, size_t i)
{
    size_t len;
    i = skip_spaces(s, i);
    int y = read_num(s + i, &len);
    if (len != 4 || ascii_isalnum((unsigned char)s[i + len]))
        return -1;
    return y;
}

/* After a month name without a year at s+i: a range to another month that
 * has one ("juillet - août 2023", "décembre/janvier 2024"). Returns the
 * year of the first month (the year before when the range crosses it), or
 * -1. */
static int range_year(const char *s, size_t i, int m)
{
    i = skip_spaces(s, i);
    if (s[i] == '-' || s[i] == '/')
        i++;
    else if ((unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
             ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94))
        i += 3;
    else if (strncmp(s + i, "a ", 2) == 0 || strncmp(s + i, "et ", 3) == 0 ||
             strncmp(s + i, "au ", 3) == 0)
        i += s[i] == 'a' && s[i + 1] == ' ' ? 2 : 3;
    else
        return -1;
    i = skip_spaces(s, i);
    size_t wl = word_len(s + i);
    int m2 = month_of_word(s + i, wl);
    if (!m2)
        return -1;
    i += wl;
    if (s[i] == '.')
        i++;
    int y = year_after(s, i);
    return y < 0 ? -1 : m > m2 ? y - 1 : y;
}

static bool set_date(struct date *out, enum date_precision p, int y, int m, int d)
{
    if (!valid_date(y, m, d))
        return false;
    out->precision = p;
    out->year = y;
    out->month = m;
    out->day = d;
    return true;
}

/* Try the numeric forms starting at s+i (a digit): "2022-03-12", "12/03/2022",
 * "12.03.2022", "12-03-2022", "08/11/22" (two-digit year: 1970 to 2069), "07/2019",
 * "2020", "3 mai 2023", "1er mars 2022". Returns 1 when a date was read, -1 when the text
 * is a date form that is not a real date (31/02/2022), 0 when nothing date-like starts
 * here. */
static int try_numeric(const char *s, size_t i, struct date *out)
{
    size_t l1, l2, l3;
    int n1 = read_num(s + i, &l1);
    size_t j = i + l1;
    char sep = s[j];

    if (l1 == 4 && sep == '-' && ascii_isdigit((unsigned char)s[j + 1])) {
        int n2 = read_num(s + j + 1, &l2);
        size_t k = j + 1 + l2;
        if (l2 > 2)
            return 0;
        if (s[k] == '-' && ascii_isdigit((unsigned char)s[k + 1])) {
            int n3 = read_num(s + k + 1, &l3);
            if (l3 > 2 || ascii_isalnum((unsigned char)s[k + 1 + l3]))
                return 0;
            return set_date(out, DATE_DAY, n1, n2, n3) ? 1 : -1;
        }
        if (ascii_isalnum((unsigned char)s[k]))
            return 0;
        return set_date(out, DATE_MONTH, n1, n2, 1) ? 1 : -1;
    }
    if (l1 <= 2 && (sep == '/' || sep == '.' || sep == '-') &&
        ascii_isdigit((unsigned char)s[j + 1])) {
        int n2 = read_num(s + j + 1, &l2);
        size_t k = j + 1 + l2;
        if (l2 == 4 && !ascii_isalnum((unsigned char)s[k]) &&
            !(s[k] == sep && ascii_isdigit((unsigned char)s[k + 1]))) {
            /* "07/2019": month/year. */
            return set_date(out, DATE_MONTH, n2, n1, 1) ? 1 : -1;
        }
        if (l2 <= 2 && s[k] == sep && ascii_isdigit((unsigned char)s[k + 1])) {
            int n3 = read_num(s + k + 1, &l3);
            if ((l3 != 4 && l3 != 2) || ascii_isalnum((unsigned char)s[k + 1 + l3]))
                return 0;
            if (l3 == 2) /* "08/11/22": 1970 to 2069 */
                n3 += n3 < 70 ? 2000 : 1900;
            return set_date(out, DATE_DAY, n3, n2, n1) ? 1 : -1;
        }
        return 0;
    }
    if (l1 >= 1 && l1 <= 2) {
        /* "1er février 2023", "3 mai 2023" */
        size_t k = j;
        if (s[k] == 'e' && s[k + 1] == 'r' && !ascii_isalpha((unsigned char)s[k + 2]))
            k += 2;
        k = skip_spaces(s, k);
        size_t wl = word_len(s + k);
        int m = wl ? month_of_word(s + k, wl) : 0;
        if (!m)
            return 0;
        k += wl;
        if (s[k] == '.')
            k++;
        int y = year_after(s, k);
        if (y < 0)
            return 0;
        return set_date(out, DATE_DAY, y, m, n1) ? 1 : -1;
    }
    if (l1 == 4 && !ascii_isalnum((unsigned char)s[j])) {
        return set_date(out, DATE_YEAR, n1, 1, 1) ? 1 : -1;
    }
    return 0;
}

bool date_parse(const char *text, struct date *out)
{
    out->precision = DATE_NONE;
    out->year = out->month = out->day = 0;
    if (!text)
        return false;
    char *s = text_fold(text);
    bool ok = false;
    size_t i = 0;
    while (s[i]) {
        unsigned char c = (unsigned char)s[i];
        if (ascii_isdigit(c)) {
            int r = try_numeric(s, i, out);
            if (r != 0) {
                ok = r > 0;
                break;
            }
            while (ascii_isdigit((unsigned char)s[i]))
                i++;
        } else if (ascii_isalpha(c) || c >= 0x80) {
            size_t wl = word_len(s + i);
            int m = month_of_word(s + i, wl);
            if (m) {
                size_t k = i + wl, dl = 0;
                if (s[k] == '.')
                    k++;
                int d = day_comma_after(s, k, &dl);
                if (d > 0 && year_after(s, k + dl) >= 0) {
                    ok = set_date(out, DATE_DAY, year_after(s, k + dl), m, d);
                    break;
                }
                int y = year_after(s, k);
                if (y < 0)
                    y = range_year(s, k, m);
                if (y >= 0) {
                    ok = set_date(out, DATE_MONTH, y, m, 1);
                    break;
                }
            }
            i += wl;
        } else {
            i++;
        }
    }
    free(s);
    if (!ok) {
        out->precision = DATE_NONE;
        out->year = out->month = out->day = 0;
    }
    return ok;
}

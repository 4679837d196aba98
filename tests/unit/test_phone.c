/* Unit tests of the phone extractor (phone.c) and its libphonenumber wrapper
 * (phone_lib.cc): finding numbers in text, label kinds, E.164 normalisation,
 * whole contact lines, and the fast path against libphonenumber. */
#include "harness.h"

#include <stdbool.h>
#include <stdio.h>

#include "base/diag.h"
#include "extract/phone.h"
#include "extract/phone_lib.h"
#include "model/entry.h"

/* ------------------------------------------------------------------------ */
/* phone_find */

struct find_row {
    const char *text;
    const char *found; /* the run expected, NULL when none */
};

static const struct find_row find_rows[] = {
    {"Téléphone : 00 33 3 88 41 29 87", "00 33 3 88 41 29 87"},
    {"Tél. : +33 (0)2 61 91 88 11", "+33 (0)2 61 91 88 11"},
    {"Tél. : +33(0)2 61 91 88 11", "+33(0)2 61 91 88 11"},
    {"Tél. : 02.61.91.88.30", "02.61.91.88.30"},
    {"Tél. : 0261918810", "0261918810"},
    {"N° Vert : 0 800 00 88 70", "0 800 00 88 70"},
    {"Téléphone : +41 26 000 88 80", "+41 26 000 88 80"},
    {"Téléphone : +352 26 00 88 90", "+352 26 00 88 90"},
    {"Tél : 0590 00 88 90", "0590 00 88 90"},
    {"Tél. : 01 99 00 12 34 / 06 12 34 56 78", "01 99 00 12 34"},
    {"Tél : 01 99 00 12 34 - Fax : 01 99 00 12 35", "01 99 00 12 34"},
    {"Tél. : 01 99 00 12 34 (standard)", "01 99 00 12 34"},
    {"Tél. : 01-99-00-12-34.", "01-99-00-12-34"},
    {"Tél. : 01/99/00/12/34", "01/99/00/12/34"},
    /* a dot and a space inside one number; a full stop between two */
    {"Par téléphone : 03.20. 41 55. 07", "03.20. 41 55. 07"},
    {"Tél. 01 99 00 12 34. 02 99 00 12 35", "01 99 00 12 34"},
    {"0199001234/0612345678", "0199001234"},
    /* a second line's last digits after the slash: the first line */
    {"Standard : 01 99 00 12 34/35", "01 99 00 12 34"},
    {"T. +41 21 555 12 34/8", "+41 21 555 12 34"},
    /* a slash with a blank on one side after the area code */
    {"au 084 /840 531 ou", "084 /840 531"},
    {"Tél. 02/ 514 41 11", "02/ 514 41 11"},
    {"Tél.\xc2\xa0: 01\xc2\xa0"
     "99\xc2\xa0"
     "00\xc2\xa0"
     "12\xc2\xa0"
     "34",
     "01\xc2\xa0"
     "99\xc2\xa0"
     "00\xc2\xa0"
     "12\xc2\xa0"
     "34"},
    {"conseillère : 06 39 98 88 12", "06 39 98 88 12"},
    {"Tél : 26 00 88 90", "26 00 88 90"},
    {"(0590) 00 88 90", "(0590) 00 88 90"},
    /* a country code in parentheses */
    {"appeler le (+34) 933 456 789 / (+34) 933 456 790", "(+34) 933 456 789"},
    {"Tél. (+33)2 61 91 88 30", "(+33)2 61 91 88 30"},
    {"Tél. : (+41) 21 345 67 89", "(+41) 21 345 67 89"},
    {"(+352) 26 00 88 90", "(+352) 26 00 88 90"},
    /* a letterhead's label letter glued to the number */
    {"T04 71 22 33 44", "04 71 22 33 44"},
    {"Siège F+32 81 22 33 44", "+32 81 22 33 44"},
    /* not numbers */
    {"AT0471223344", NULL},
    {"(+3312) 3", NULL},
    {"12 rue Sadi-Carnot", NULL},
    {"67075 STRASBOURG CEDEX", NULL},
    {"BP 12345 67075 Strasbourg", NULL},
    {"Mise à jour : 12/03/2022", NULL},
    {"du 01.07.2021 au 31.08.2021", NULL},
    {"Ouvert de 9h-12h et 13h30-17h", NULL},
    {"fondée en 2005, 2021", NULL},
    {"SIRET 123 456 789 00012", NULL},
    {"ref0199001234", NULL},
    {"0199001234abc", NULL},
    {"01 23", NULL},
    {"", NULL},
};

static void test_find(void **state)
{
    (void)state;
    for (size_t i = 0; i < ARRAY_LEN(find_rows); i++) {
        const struct find_row *r = &find_rows[i];
        size_t a = 0, b = 0;
        bool ok = phone_find(r->text, 0, &a, &b);
        const char *want = r->found;
        if (!want) {
            if (ok)
                fail_msg("row %zu \"%s\": found \"%.*s\"", i, r->text, (int)(b - a),
                         r->text + a);
            continue;
        }
        if (!ok)
            fail_msg("row %zu \"%s\": nothing found", i, r->text);
        char got[128];
        snprintf(got, sizeof got, "%.*s", (int)(b - a), r->text + a);
        if (strcmp(got, want) != 0)
            fail_msg("row %zu \"%s\": found \"%s\", want \"%s\"", i, r->text, got, want);
    }
}

static void test_find_from(void **state)
{
    (void)state;
    const char *s = "Tél : 01 99 00 12 34 - Fax : 01 99 00 12 35";
    size_t a, b;
    assert_true(phone_find(s, 0, &a, &b));
    assert_true(phone_find(s, b, &a, &b));
    assert_int_equal(b, strlen(s));
    assert_string_equal(s + a, "01 99 00 12 35");
    assert_false(phone_find(s, b, &a, &b));
}

/* ------------------------------------------------------------------------ */
/* phone_kind_from_label */

struct label_row {
    const char *label;
    enum phone_kind kind;
    bool known;
};

static const struct label_row label_rows[] = {
    {"Tél", PHONE_VOICE, true},
    {"Tél.", PHONE_VOICE, true},
    {"Tel.", PHONE_VOICE, true},
    {"TÉLÉPHONE", PHONE_VOICE, true},
    {"Téléphone", PHONE_VOICE, true},
    {"Te\xcc\x81le\xcc\x81phone", PHONE_VOICE, true}, /* NFD */
    {"Telephone", PHONE_VOICE, true},
    {"Standard", PHONE_VOICE, true},
    {"Accueil", PHONE_VOICE, true},
    {"Fax", PHONE_FAX, true},
    {"FAX", PHONE_FAX, true},
    {"Télécopie", PHONE_FAX, true},
    {"Telecopie", PHONE_FAX, true},
    {"Portable", PHONE_CELL, true},
    {"Mobile", PHONE_CELL, true},
    {"GSM", PHONE_CELL, true},
    {"Cell", PHONE_CELL, true},
    {"Téléphone portable", PHONE_CELL, true},
    /* "port": a mobile first or after "Tél.", a place after other words */
    {"Port.", PHONE_CELL, true},
    {"Tél. port.", PHONE_CELL, true},
    {"CMP de Saint Jean Pied de Port", PHONE_VOICE, false},
    {"Mairie du Port", PHONE_VOICE, false},
    {"N° Vert", PHONE_TOLLFREE, true},
    {"Numéro vert", PHONE_TOLLFREE, true},
    {"No vert", PHONE_TOLLFREE, true},
    {"Appel gratuit", PHONE_TOLLFREE, true},
    {"N° gratuit", PHONE_TOLLFREE, true},
    {"Tél./Fax", PHONE_VOICE, true},
    {"T.", PHONE_VOICE, true},
    {"F", PHONE_FAX, true},
    {"Secrétariat", PHONE_VOICE, false},
    {"Hôtel de ville", PHONE_VOICE, false},
    {"Faxe", PHONE_VOICE, false},
    {"", PHONE_VOICE, false},
    {NULL, PHONE_VOICE, false},
};

static void test_kind_from_label(void **state)
{
    (void)state;
    for (size_t i = 0; i < ARRAY_LEN(label_rows); i++) {
        const struct label_row *r = &label_rows[i];
        bool known = !r->known;
        enum phone_kind k = phone_kind_from_label(r->label, &known);
        if ((int)k != (int)r->kind || known != r->known)
            fail_msg("row %zu \"%s\": kind %d known %d, want %d %d", i,
                     r->label ? r->label : "(null)", k, known, r->kind, r->known);
    }
    assert_int_equal(phone_kind_from_label("Fax", NULL), PHONE_FAX);
}

/* ------------------------------------------------------------------------ */
/* phone_parse */

struct parse_row {
    const char *text;
    const char *label;
    const char *e164; /* NULL: invalid */
    enum phone_kind kind;
    const char *region; /* NULL: not checked */
};

static const struct parse_row parse_rows[] = {
    /* every phone of the sample corpus (expected.json), organisation and people */
    {"03 53 01 88 20", "Téléphone", "+33353018820", PHONE_VOICE, "FR"},
    {"03 53 01 88 21", "Fax", "+33353018821", PHONE_FAX, "FR"},
    {"02.61.91.88.30", "Tél.", "+33261918830", PHONE_VOICE, "FR"},
    {"04 65 71 88 40", "Téléphone", "+33465718840", PHONE_VOICE, "FR"},
    {"+32 81 00 88 50", "Tél.", "+3281008850", PHONE_VOICE, "BE"},
    {"05 36 49 88 60", "Téléphone", "+33536498860", PHONE_VOICE, "FR"},
    {"05 36 49 88 61", "Fax", "+33536498861", PHONE_FAX, "FR"},
    {"0 800 00 88 70", "N° Vert", "+33800008870", PHONE_TOLLFREE, "FR"},
    {"02 61 91 88 71", "Téléphone", "+33261918871", PHONE_VOICE, "FR"},
    {"06 39 98 88 72", "Portable", "+33639988872", PHONE_CELL, "FR"},
    {"+41 26 000 88 80", "Téléphone", "+41260008880", PHONE_VOICE, "CH"},
    {"0590 00 88 90", "Tél", "+590590008890", PHONE_VOICE, NULL},
    {"0261918810", "Tél.", "+33261918810", PHONE_VOICE, "FR"},
    {"+33 (0)2 61 91 88 11", "Tél.", "+33261918811", PHONE_VOICE, "FR"},
    {"06 39 98 88 12", NULL, "+33639988812", PHONE_CELL, "FR"},
    {"+352 26 00 88 90", "Téléphone", "+35226008890", PHONE_VOICE, "LU"},
    {"05 36 49 88 95", "Téléphone", "+33536498895", PHONE_VOICE, "FR"},
    /* the seed */
    {"00 33 3 88 41 29 87", "Téléphone", "+33388412987", PHONE_VOICE, "FR"},
    {"00 33 3 88 41 27 85", "Fax", "+33388412785", PHONE_FAX, "FR"},
    /* neighbours */
    {"+32 470 12 34 56", NULL, "+32470123456", PHONE_CELL, "BE"},
    {"+32 470 12 34 56", "Tél.", "+32470123456", PHONE_CELL, "BE"},
    {"+32 81 00 88 50", "Fax", "+3281008850", PHONE_FAX, "BE"},
    {"+41 26 000 88 80", NULL, "+41260008880", PHONE_VOICE, "CH"},
    {"+41 (0)26 000 88 80", NULL, "+41260008880", PHONE_VOICE, "CH"},
    {"00 41 26 000 88 80", NULL, "+41260008880", PHONE_VOICE, "CH"},
    {"+352 621 123 456", NULL, "+352621123456", PHONE_CELL, "LU"},
    /* a country code in parentheses, or a "(0)" the country does not have:
     * the number's own country, whatever the default region */
    {"(+34) 933 456 789", NULL, "+34933456789", PHONE_VOICE, "ES"},
    {"(+34) 612 345 678", NULL, "+34612345678", PHONE_CELL, "ES"},
    {"(+33) 2 61 91 88 30", "Tél.", "+33261918830", PHONE_VOICE, "FR"},
    {"(+41) 21 345 67 89", NULL, "+41213456789", PHONE_VOICE, "CH"},
    {"+34 (0) 933 456 789", NULL, "+34933456789", PHONE_VOICE, "ES"},
    {"+41 (0)21 345 67 89", NULL, "+41213456789", PHONE_VOICE, "CH"},
    /* overseas, written nationally */
    {"0262 12 34 56", NULL, "+262262123456", PHONE_VOICE, "RE"},
    {"0692 12 34 56", NULL, "+262692123456", PHONE_CELL, "RE"},
    {"0693 12 34 56", NULL, "+262693123456", PHONE_CELL, "RE"},
    {"0596 12 34 56", NULL, "+596596123456", PHONE_VOICE, "MQ"},
    {"0696 12 34 56", NULL, "+596696123456", PHONE_CELL, "MQ"},
    {"0590 12 34 56", NULL, "+590590123456", PHONE_VOICE, NULL},
    {"0690 12 34 56", NULL, "+590690123456", PHONE_CELL, "GP"},
    {"0594 12 34 56", NULL, "+594594123456", PHONE_VOICE, "GF"},
    {"0694 12 34 56", NULL, "+594694123456", PHONE_CELL, "GF"},
    {"0269 61 12 34", NULL, "+262269611234", PHONE_VOICE, "YT"},
    {"0269 12 34 56", NULL, "+262269123456", PHONE_VOICE, "YT"},
    {"0639 01 23 45", NULL, "+262639012345", PHONE_CELL, "YT"},
    {"0508 41 12 34", NULL, "+508411234", PHONE_VOICE, "PM"},
    {"+33 (0)5 90 12 34 56", NULL, "+590590123456", PHONE_VOICE, NULL},
    {"00 33 262 12 34 56", NULL, "+262262123456", PHONE_VOICE, "RE"},
    {"+262 262 12 34 56", NULL, "+262262123456", PHONE_VOICE, "RE"},
    {"+590 590 00 88 90", NULL, "+590590008890", PHONE_VOICE, NULL},
    /* French forms */
    {"01 99 00 12 34", NULL, "+33199001234", PHONE_VOICE, "FR"},
    {"01.99.00.12.34", NULL, "+33199001234", PHONE_VOICE, "FR"},
    {"0199001234", NULL, "+33199001234", PHONE_VOICE, "FR"},
    {"01-99-00-12-34", NULL, "+33199001234", PHONE_VOICE, "FR"},
    {"01\xc2\xa0"
     "99\xc2\xa0"
     "00\xc2\xa0"
     "12\xc2\xa0"
     "34",
     NULL, "+33199001234", PHONE_VOICE, "FR"},
    {"+33 1 99 00 12 34", NULL, "+33199001234", PHONE_VOICE, "FR"},
    {"+33 (0)1 99 00 12 34", NULL, "+33199001234", PHONE_VOICE, "FR"},
    {"+33 01 99 00 12 34", NULL, "+33199001234", PHONE_VOICE, "FR"},
    {"0033 1 99 00 12 34", NULL, "+33199001234", PHONE_VOICE, "FR"},
    {"(0590) 00 88 90", NULL, "+590590008890", PHONE_VOICE, NULL},
    {"0 800 00 88 70", NULL, "+33800008870", PHONE_TOLLFREE, "FR"},
    {"0 800 00 88 70", "Téléphone", "+33800008870", PHONE_TOLLFREE, "FR"},
    {"0 805 12 34 56", NULL, "+33805123456", PHONE_TOLLFREE, "FR"},
    {"0 810 12 34 56", NULL, "+33810123456", PHONE_VOICE, "FR"},
    {"06 12 34 56 78", "Tél.", "+33612345678", PHONE_CELL, "FR"},
    {"07 00 12 34 56", NULL, "+33700123456", PHONE_CELL, "FR"},
    {"06 12 34 56 78", "Fax", "+33612345678", PHONE_FAX, "FR"},
    {"01 99 00 12 34", "Portable", "+33199001234", PHONE_CELL, "FR"},
    {"09 12 34 56 78", NULL, "+33912345678", PHONE_VOICE, "FR"},
    /* invalid */
    {"01 23", "Tél.", NULL, PHONE_VOICE, NULL},
    {"123456789012345678", NULL, NULL, PHONE_VOICE, NULL},
    {"01 99 00 12", "Fax", NULL, PHONE_FAX, NULL},
    {"01 99 00 12 34 56", NULL, NULL, PHONE_VOICE, NULL},
    {"+33 1 23", NULL, NULL, PHONE_VOICE, NULL},
    /* another country's national numbers, too short for France once the
     * trunk 0 is stripped: libphonenumber keeps the 0 ("+33 081234567"),
     * never an E.164 */
    {"081 23 45 67", "Tél.", NULL, PHONE_VOICE, NULL},
    {"04/222.33.44", NULL, NULL, PHONE_VOICE, NULL},
    {"065 71 06 00", NULL, NULL, PHONE_VOICE, NULL},
    {"abc", NULL, NULL, PHONE_VOICE, NULL},
    {"", NULL, NULL, PHONE_VOICE, NULL},
};

static void test_parse(void **state)
{
    (void)state;
    for (size_t i = 0; i < ARRAY_LEN(parse_rows); i++) {
        const struct parse_row *r = &parse_rows[i];
        struct phone p;
        int rc = phone_parse(r->text, r->label, "FR", 7, &p);
        assert_string_equal(p.text, r->text);
        if (r->label)
            assert_string_equal(p.label, r->label);
        else
            assert_null(p.label);
        assert_int_equal(p.line, 7);
        if (!r->e164) {
            if (rc != FICHE_EPARSE || p.e164 || p.intl || p.region)
                fail_msg("row %zu \"%s\": accepted as %s", i, r->text, p.e164);
        } else {
            if (rc != 0)
                fail_msg("row %zu \"%s\": rejected", i, r->text);
            if (strcmp(p.e164, r->e164) != 0)
                fail_msg("row %zu \"%s\": %s, want %s", i, r->text, p.e164, r->e164);
            assert_non_null(p.intl);
            assert_true(p.intl[0] == '+');
            if (r->region && strcmp(p.region, r->region) != 0)
                fail_msg("row %zu \"%s\": region %s, want %s", i, r->text, p.region,
                         r->region);
        }
        if ((int)p.kind != (int)r->kind)
            fail_msg("row %zu \"%s\" (%s): kind %d, want %d", i, r->text,
                     r->label ? r->label : "-", p.kind, r->kind);
        phone_clear(&p);
    }
}

/* A leading 0 is kept where the plan has no trunk 0: New Caledonia's
 * toll-free "05 xx xx" (not in libphonenumber 8.12's ranges, but of full
 * length and written in full); where the plan has one, a 0 libphonenumber
 * could not strip is never part of an E.164. */
static void test_parse_leading_zero(void **state)
{
    (void)state;
    struct phone p;
    assert_int_equal(phone_parse("05 12 34", NULL, "NC", 1, &p), 0);
    assert_string_equal(p.e164, "+687051234");
    assert_int_equal(p.kind, PHONE_TOLLFREE);
    phone_clear(&p);
    assert_int_equal(phone_parse("05 12 34", NULL, "FR", 1, &p), FICHE_EPARSE);
    phone_clear(&p);
    assert_int_equal(phone_parse("081 23 45 67", NULL, "BE", 1, &p), 0);
    assert_string_equal(p.e164, "+3281234567");
    phone_clear(&p);
}

/* phone_find_in: the shapes of the plans of the region and its second */
static void test_find_regional(void **state)
{
    (void)state;
    static const struct {
        const char *text, *region, *alt, *found;
    } rows[] = {
        {"Mairie (26 12 34), annexe", "FR", "NC", "26 12 34"},
        {"Mairie (26 12 34), annexe", "NC", NULL, "26 12 34"},
        {"Mairie (26 12 34), annexe", "FR", NULL, NULL},
        {"Mairie (26 12 34), annexe", "FR", "PF", NULL},
        {"Le 05 12 34, c'est le numéro", "FR", "WF", "05 12 34"},
        {"appelez le 514 555-0199 ou écrivez", "FR", "CA", "514 555-0199"},
        {"appelez le (514) 555-0199", "CA", NULL, "(514) 555-0199"},
        {"appelez le 514 555-0199", "FR", NULL, NULL},
        {"appelez le 114 555-0199", "CA", NULL, NULL},
        {"Cour municipale 450 7538123", "CA", NULL, "450 7538123"},
        {"Cour municipale 450 7538123", "FR", NULL, NULL},
        /* the country's "1" before the three groups */
        {"composer le 1 877 700-2433. Les appels", "CA", NULL, "1 877 700-2433"},
        {"composer le 1 877 700-2433", "FR", NULL, NULL},
        {"le 1 077 700-2433", "CA", NULL, NULL},
        {"le 12/03/24 à 9h", "FR", "NC", NULL},
        {"Tél. 01 99 00 12 34", "FR", "NC", "01 99 00 12 34"},
        /* Luxembourg's two groups, no trunk prefix; not an ISSN */
        {"répond (au 247 86000) le matin", "LU", NULL, "247 86000"},
        {"Tél. 4796 2121", "FR", "LU", "4796 2121"},
        {"répond (au 247 86000) le matin", "FR", NULL, NULL},
        {"ISSN : 2418-4128", "LU", NULL, NULL},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        size_t a = 0, b = 0;
        bool ok = phone_find_in(rows[i].text, 0, rows[i].region, rows[i].alt, &a, &b);
        if (!rows[i].found) {
            if (ok)
                fail_msg("row %zu: found \"%.*s\"", i, (int)(b - a), rows[i].text + a);
            continue;
        }
        if (!ok || b - a != strlen(rows[i].found) ||
            memcmp(rows[i].text + a, rows[i].found, b - a) != 0)
            fail_msg("row %zu: \"%.*s\", want \"%s\"", i, ok ? (int)(b - a) : 0,
                     rows[i].text + a, rows[i].found);
    }
}

/* phone_line: a run of more digits than a number has whose first groups
 * are one, the next group changing separator or opening with 0; not a run
 * of pairs that is one bad number */
static void test_line_valid_prefix(void **state)
{
    (void)state;
    static const struct {
        const char *text, *region;
        const char *e164[3];
    } rows[] = {
        {"tél. 032 713 30 44-90", "CH", {"+41327133044", NULL, NULL}},
        {"02 / 501 01 27 02 / 501 01 28 02 / 501 01 29",
         "BE",
         {"+3225010127", "+3225010128", "+3225010129"}},
        {"Tél. 01 99 00 12 34 56 78", "FR", {NULL, NULL, NULL}},
        /* a dot and a space inside an international number */
        {"+377.93.15. 28.16", "FR", {"+37793152816", NULL, NULL}},
        /* apostrophes grouping digits, as Switzerland writes them */
        {"numéro fixe (027 322’22’37)", "CH", {"+41273222237", NULL, NULL}},
        {"Tél. 027 322'22'38", "CH", {"+41273222238", NULL, NULL}},
        /* six digits in Luxembourg; a line and its extension */
        {"tenus au 45 45 45, soit", "LU", {"+352454545", NULL, NULL}},
        {"T 71 00 08–1", "LU", {"+3527100081", NULL, NULL}},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        struct phone_list pl = {0};
        struct diag_list d = {0};
        char *rest = NULL;
        phone_line(rows[i].text, 1, rows[i].region, &pl, &d, &rest);
        size_t want = 0;
        while (want < 3 && rows[i].e164[want])
            want++;
        if (pl.n != want)
            fail_msg("row %zu \"%s\": %zu numbers, want %zu", i, rows[i].text, pl.n,
                     want);
        for (size_t k = 0; k < want; k++)
            assert_string_equal(pl.v[k].e164, rows[i].e164[k]);
        free(rest);
        phone_list_clear(&pl);
        diag_list_clear(&d);
    }
}

/* phone_line_in: a number the first region does not accept is read in the
 * second; one it accepts stays in the first */
static void test_line_second_region(void **state)
{
    (void)state;
    struct phone_list pl = {0};
    struct diag_list d = {0};
    char *rest = NULL;
    assert_true(phone_line_in("Tél. 40 50 12 34 – Fax : 40 50 12 35", 1, "FR", "PF", &pl,
                              &d, &rest));
    assert_int_equal(pl.n, 2);
    assert_string_equal(pl.v[0].e164, "+68940501234");
    assert_string_equal(pl.v[1].e164, "+68940501235");
    assert_int_equal(pl.v[1].kind, PHONE_FAX);
    phone_list_clear(&pl);
    free(rest);
    rest = NULL;
    /* French numbers stay French beside a second region */
    assert_true(phone_line_in("Tél. : 04 78 12 34 56", 2, "FR", "BE", &pl, &d, &rest));
    assert_int_equal(pl.n, 1);
    assert_string_equal(pl.v[0].e164, "+33478123456");
    phone_list_clear(&pl);
    free(rest);
    rest = NULL;
    /* a national number not grouped the French way is tried in the second
     * region first; French pairs and "0 800" stay French */
    static const struct {
        const char *text, *alt, *e164;
    } shaped[] = {
        {"au 0479.868.866, à destination", "BE", "+32479868866"},
        {"au 04 79 86 88 66, à destination", "BE", "+33479868866"},
        {"appelez le 0 800 22 55 55, gratuit", "RE", "+33800225555"},
        {"Tél. 0800 22 55 55", "RE", "+33800225555"},
        {"au 0 801 901 974, non surtaxé", "RE", "+33801901974"},
    };
    for (size_t i = 0; i < ARRAY_LEN(shaped); i++) {
        assert_true(
            phone_line_in(shaped[i].text, 4, "FR", shaped[i].alt, &pl, &d, &rest));
        assert_int_equal(pl.n, 1);
        assert_string_equal(pl.v[0].e164, shaped[i].e164);
        phone_list_clear(&pl);
        free(rest);
        rest = NULL;
    }
    /* valid nowhere: text, with a warning */
    size_t warned = d.n;
    assert_true(phone_line_in("Tél. : 40 12 34 5 ou 01 99 00 12 34", 3, "FR", "NC", &pl,
                              &d, &rest));
    assert_int_equal(pl.n, 1);
    assert_true(d.n > warned);
    phone_list_clear(&pl);
    free(rest);
    diag_list_clear(&d);
}

static void test_parse_intl_format(void **state)
{
    (void)state;
    struct phone p;
    assert_int_equal(phone_parse("00 33 3 88 41 29 87", NULL, "FR", 1, &p), 0);
    assert_string_equal(p.intl, "+33 3 88 41 29 87");
    phone_clear(&p);
    assert_int_equal(phone_parse("0590 00 88 90", NULL, "FR", 1, &p), 0);
    assert_string_equal(p.intl, "+590 590 00 88 90");
    phone_clear(&p);
    assert_int_equal(phone_parse("0 800 00 88 70", NULL, "FR", 1, &p), 0);
    assert_string_equal(p.intl, "+33 800 00 88 70");
    phone_clear(&p);
    /* another default region */
    assert_int_equal(phone_parse("081 00 88 50", NULL, "BE", 1, &p), 0);
    assert_string_equal(p.e164, "+3281008850");
    phone_clear(&p);
    /* Saint-Pierre-et-Miquelon's numbers as written from France, in an entry
     * of the islands: 0508 and six digits, not a nine-digit number */
    assert_int_equal(phone_parse("05 08 41 10 10", NULL, "PM", 1, &p), 0);
    assert_string_equal(p.e164, "+508411010");
    phone_clear(&p);
    assert_int_equal(phone_parse("41 10 10", NULL, "PM", 1, &p), 0);
    assert_string_equal(p.e164, "+508411010");
    phone_clear(&p);
    assert_int_equal(phone_parse("+508 41 10 10", NULL, "PM", 1, &p), 0);
    assert_string_equal(p.e164, "+508411010");
    phone_clear(&p);
}

static void test_phonelib(void **state)
{
    (void)state;
    struct phonelib_result r;
    assert_int_equal(phonelib_parse("+33 3 88 41 29 87", "FR", &r), 0);
    assert_true(r.valid);
    assert_true(r.possible);
    assert_int_equal(r.country_code, 33);
    assert_string_equal(r.e164, "+33388412987");
    assert_string_equal(r.intl, "+33 3 88 41 29 87");
    assert_string_equal(r.region, "FR");
    assert_int_equal(r.type, PHONELIB_FIXED_LINE);
    /* a fiction range: possible, not valid for libphonenumber 8.12 */
    assert_int_equal(phonelib_parse("06 39 98 88 72", "FR", &r), 0);
    assert_true(r.possible);
    assert_int_equal(phonelib_parse("0 800 00 88 70", "FR", &r), 0);
    assert_int_equal(r.type, PHONELIB_TOLL_FREE);
    assert_int_equal(phonelib_parse("+32 470 12 34 56", "FR", &r), 0);
    assert_int_equal(r.type, PHONELIB_MOBILE);
    assert_int_equal(phonelib_parse("123456789012345678", "FR", &r), -1);
    assert_int_equal(phonelib_parse("bonjour", "FR", &r), -1);
    assert_int_equal(phonelib_parse(NULL, "FR", &r), -1);
    /* an unknown region does not throw */
    assert_int_equal(phonelib_parse("01 99 00 12 34", "XX", &r), -1);
}

/* ------------------------------------------------------------------------ */
/* phone_line */

struct line_row {
    const char *text;
    bool phone; /* a phone line */
    int n;      /* numbers appended */
    const char *e164[3];
    enum phone_kind kind[3];
    const char *label[3];
    const char *rest; /* NULL: none */
    int warnings;
};

#define V PHONE_VOICE
#define F PHONE_FAX
#define C PHONE_CELL
#define T PHONE_TOLLFREE

static const struct line_row line_rows[] = {
    {"Téléphone : 00 33 3 88 41 29 87",
     true,
     1,
     {"+33388412987"},
     {V},
     {"Téléphone"},
     NULL,
     0},
    {"Tél. : +33 (0)2 61 91 88 11", true, 1, {"+33261918811"}, {V}, {"Tél."}, NULL, 0},
    {"Fax : 03 53 01 88 21", true, 1, {"+33353018821"}, {F}, {"Fax"}, NULL, 0},
    {"Téléc. : 03 53 01 88 22", true, 1, {"+33353018822"}, {F}, {"Téléc."}, NULL, 0},
    {"N° Vert : 0 800 00 88 70", true, 1, {"+33800008870"}, {T}, {"N° Vert"}, NULL, 0},
    {"Portable : 06 39 98 88 72", true, 1, {"+33639988872"}, {C}, {"Portable"}, NULL, 0},
    {"Tél : 0590 00 88 90", true, 1, {"+590590008890"}, {V}, {"Tél"}, NULL, 0},
    {"Tél. : 02.61.91.88.30", true, 1, {"+33261918830"}, {V}, {"Tél."}, NULL, 0},
    {"Tél. : 0261918810", true, 1, {"+33261918810"}, {V}, {"Tél."}, NULL, 0},
    {"Téléphone : +41 26 000 88 80",
     true,
     1,
     {"+41260008880"},
     {V},
     {"Téléphone"},
     NULL,
     0},
    {"Tél. : +32 81 00 88 50", true, 1, {"+3281008850"}, {V}, {"Tél."}, NULL, 0},
    {"Téléphone : +352 26 00 88 90",
     true,
     1,
     {"+35226008890"},
     {V},
     {"Téléphone"},
     NULL,
     0},
    {"Tél. : 01 99 00 12 34 / 06 12 34 56 78",
     true,
     2,
     {"+33199001234", "+33612345678"},
     {V, C},
     {"Tél.", "Tél."},
     NULL,
     0},
    /* corpus set9: a "Tél. / Fax" label over two numbers: one each, in order;
     * over one number, the line is for both (voice) */
    {"Tél. / Fax : 01 99 00 12 34 / 01 99 00 12 35",
     true,
     2,
     {"+33199001234", "+33199001235"},
     {V, F},
     {"Tél.", "Fax"},
     NULL,
     0},
    {"Tél./Fax : 01 99 00 12 34", true, 1, {"+33199001234"}, {V}, {"Tél./Fax"}, NULL, 0},
    {"Tél : 01 99 00 12 34 - Fax : 01 99 00 12 35",
     true,
     2,
     {"+33199001234", "+33199001235"},
     {V, F},
     {"Tél", "Fax"},
     NULL,
     0},
    {"Tél. : 01 99 00 12 34 – Fax : 01 99 00 12 35",
     true,
     2,
     {"+33199001234", "+33199001235"},
     {V, F},
     {"Tél.", "Fax"},
     NULL,
     0},
    {"Tél. : 01 99 00 12 34, fax : 01 99 00 12 35",
     true,
     2,
     {"+33199001234", "+33199001235"},
     {V, F},
     {"Tél.", "fax"},
     NULL,
     0},
    {"01 99 00 12 34", true, 1, {"+33199001234"}, {V}, {NULL}, NULL, 0},
    {"Tél. 01 99 00 12 34", true, 1, {"+33199001234"}, {V}, {"Tél."}, NULL, 0},
    {"Tél.: 01 99 00 12 34", true, 1, {"+33199001234"}, {V}, {"Tél."}, NULL, 0},
    {"Tél. : 01 99 00 12 34 (standard)",
     true,
     1,
     {"+33199001234"},
     {V},
     {"Tél."},
     "(standard)",
     0},
    {"Tél. : 01 99 00 12 34 du lundi au vendredi",
     true,
     1,
     {"+33199001234"},
     {V},
     {"Tél."},
     "du lundi au vendredi",
     0},
    {"01 99 00 12 35 (fax)", true, 1, {"+33199001235"}, {F}, {"fax"}, NULL, 0},
    {"Secrétariat : 01 99 00 12 34",
     true,
     1,
     {"+33199001234"},
     {V},
     {"Secrétariat"},
     NULL,
     0},
    {"Tél. : 01 99 00 12 34 (standard) / 01 99 00 12 35 (direct)",
     true,
     2,
     {"+33199001234", "+33199001235"},
     {V, V},
     {"Tél.", "Tél."},
     "(standard) (direct)",
     0},
    {"Pour joindre le service social du département, composer le 01 99 00 12 34",
     true,
     1,
     {"+33199001234"},
     {V},
     {NULL},
     "Pour joindre le service social du département, composer le",
     0},
    /* five pairs, then a street's number: the number ends at the pairs */
    {"03 89 33 38 00 9 rue des chaudronniers",
     true,
     1,
     {"+33389333800"},
     {V},
     {NULL},
     "9 rue des chaudronniers",
     0},
    {"Tél. : 01 99 00 12 34 56 78",
     true,
     0,
     {NULL},
     {V},
     {NULL},
     "Tél. : 01 99 00 12 34 56 78",
     1},
    {"Fax : 01 99 00 12 34 / 01 99 00 12 34 56",
     true,
     1,
     {"+33199001234"},
     {F},
     {"Fax"},
     "Fax : 01 99 00 12 34 56",
     1},
    /* not phone lines */
    {"12 rue Sadi-Carnot", false, 0, {NULL}, {V}, {NULL}, NULL, 0},
    {"67075 STRASBOURG CEDEX (FRANCE)", false, 0, {NULL}, {V}, {NULL}, NULL, 0},
    {"B-5000 Namur (Belgique)", false, 0, {NULL}, {V}, {NULL}, NULL, 0},
    {"Mise à jour : 12/03/2022", false, 0, {NULL}, {V}, {NULL}, NULL, 0},
    {"Lundi et jeudi : 8h30-19h", false, 0, {NULL}, {V}, {NULL}, NULL, 0},
    {"Numéro d'agrément 01 99 00 12 34 56", false, 0, {NULL}, {V}, {NULL}, NULL, 0},
    {"E-mail : contact@example.org", false, 0, {NULL}, {V}, {NULL}, NULL, 0},
    {"", false, 0, {NULL}, {V}, {NULL}, NULL, 0},
};

static void test_line(void **state)
{
    (void)state;
    for (size_t i = 0; i < ARRAY_LEN(line_rows); i++) {
        const struct line_row *r = &line_rows[i];
        struct phone_list pl = {0};
        struct diag_list d = {0};
        char *rest = (char *)"sentinel";
        bool ok = phone_line(r->text, 12, "FR", &pl, &d, &rest);
        if (ok != r->phone)
            fail_msg("row %zu \"%s\": phone line %d, want %d", i, r->text, ok, r->phone);
        if ((int)pl.n != r->n)
            fail_msg("row %zu \"%s\": %zu numbers, want %d", i, r->text, pl.n, r->n);
        for (int k = 0; k < r->n; k++) {
            const struct phone *p = &pl.v[k];
            if (strcmp(p->e164, r->e164[k]) != 0 || (int)p->kind != (int)r->kind[k])
                fail_msg("row %zu \"%s\" #%d: %s kind %d, want %s %d", i, r->text, k,
                         p->e164, p->kind, r->e164[k], r->kind[k]);
            if (r->label[k])
                assert_string_equal(p->label, r->label[k]);
            else
                assert_null(p->label);
            assert_int_equal(p->line, 12);
        }
        if (r->rest) {
            if (!rest || strcmp(rest, r->rest) != 0)
                fail_msg("row %zu \"%s\": rest \"%s\", want \"%s\"", i, r->text,
                         rest ? rest : "(null)", r->rest);
        } else if (rest) {
            fail_msg("row %zu \"%s\": rest \"%s\", want none", i, r->text, rest);
        }
        assert_int_equal(d.n, r->warnings);
        for (size_t k = 0; k < d.n; k++)
            assert_int_equal(d.v[k].line, 12);
        free(rest);
        phone_list_clear(&pl);
        diag_list_clear(&d);
    }
}

/* Numbers shorter than eight digits only after a phone label, read in the
 * region: Luxembourg's lines and extensions; a French short number is no
 * valid number and stays text, with a warning. A sentence's label word
 * names the number after it. */
static void test_line_short_and_sentence(void **state)
{
    (void)state;
    static const struct {
        const char *text, *region;
        bool phone;
        const char *e164[2];
        int kind[2];
        int warnings;
    } rows[] = {
        {"Tél. : 27 800 - 1 ■ Fax : 27 800 - 900",
         "LU",
         true,
         {"+352278001", "+35227800900"},
         {V, F},
         0},
        {"T 71 00 08–1", "LU", true, {"+3527100081", NULL}, {V, V}, 0},
        {"Téléphone : 32 30", "FR", true, {NULL, NULL}, {V, V}, 1},
        {"F-67000 STRASBOURG", "FR", false, {NULL, NULL}, {V, V}, 0},
        {"Ouvert de 9 à 12", "LU", false, {NULL, NULL}, {V, V}, 0},
        {"ou par télécopie au 01 39 20 54 87.",
         "FR",
         true,
         {"+33139205487", NULL},
         {F, V},
         0},
        /* "Port" ending a place's name is no mobile's label */
        {"Le CMP de Saint Jean Pied de Port : (05 59 37 26 36) reçoit",
         "FR",
         true,
         {"+33559372636", NULL},
         {V, V},
         0},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        struct phone_list pl = {0};
        struct diag_list d = {0};
        char *rest = NULL;
        bool ok = phone_line(rows[i].text, 3, rows[i].region, &pl, &d, &rest);
        print_message("row %zu %s\n", i, rows[i].text);
        assert_int_equal(ok, rows[i].phone);
        size_t want = (rows[i].e164[0] != NULL) + (rows[i].e164[1] != NULL);
        assert_int_equal(pl.n, want);
        for (size_t k = 0; k < want; k++) {
            assert_string_equal(pl.v[k].e164, rows[i].e164[k]);
            assert_int_equal(pl.v[k].kind, rows[i].kind[k]);
        }
        assert_int_equal(d.n, rows[i].warnings);
        if (rows[i].warnings)
            assert_non_null(rest);
        free(rest);
        phone_list_clear(&pl);
        diag_list_clear(&d);
    }
}

static void test_line_appends(void **state)
{
    (void)state;
    struct phone_list pl = {0};
    struct diag_list d = {0};
    assert_true(phone_line("Tél : 01 99 00 12 34", 1, "FR", &pl, &d, NULL));
    assert_false(phone_line("12 rue X", 2, "FR", &pl, &d, NULL));
    assert_true(phone_line("Fax : 01 99 00 12 35", 3, "FR", &pl, &d, NULL));
    assert_int_equal(pl.n, 2);
    assert_int_equal(pl.v[1].kind, PHONE_FAX);
    assert_int_equal(pl.v[1].line, 3);
    assert_int_equal(d.n, 0);
    phone_list_clear(&pl);
    diag_list_clear(&d);
}

/* ------------------------------------------------------------------------ */
/* Fast path against libphonenumber */

static unsigned long lcg_state = 12345;
static unsigned rnd(unsigned n)
{
    lcg_state = lcg_state * 6364136223846793005UL + 1442695040888963407UL;
    return (unsigned)((lcg_state >> 33) % n);
}

static bool same_phone(const struct phone *a, const struct phone *b)
{
    return strcmp(a->e164, b->e164) == 0 && strcmp(a->intl, b->intl) == 0 &&
           strcmp(a->region, b->region) == 0 && a->kind == b->kind;
}

static void test_fast_differential(void **state)
{
    (void)state;
    static const char *const overseas[] = {"262", "263", "269", "508", "590",
                                           "594", "596", "639", "690", "691",
                                           "692", "693", "694", "696", "697"};
    int fast_taken = 0;
    for (int p = 1; p <= 9; p++) {
        for (int second = 0; second <= 9; second++) {
            for (int sample = 0; sample < 40; sample++) {
                char nsn[10];
                nsn[0] = (char)('0' + p);
                nsn[1] = (char)('0' + second);
                for (int k = 2; k < 9; k++)
                    nsn[k] = (char)('0' + rnd(10));
                nsn[9] = '\0';
                /* every 4th sample hits an overseas prefix on purpose; the fast
                 * path takes them all and must agree (test_phone_diff.c goes
                 * further) */
                if (sample % 4 == 0 && p != 8) {
                    const char *o = overseas[rnd(ARRAY_LEN(overseas))];
                    memcpy(nsn, o, 3);
                }
                char text[64];
                switch (sample % 5) {
                case 0:
                    snprintf(text, sizeof text, "0%c %.2s %.2s %.2s %.2s", nsn[0],
                             nsn + 1, nsn + 3, nsn + 5, nsn + 7);
                    break;
                case 1:
                    snprintf(text, sizeof text, "0%s", nsn);
                    break;
                case 2:
                    snprintf(text, sizeof text, "0%c.%.2s.%.2s.%.2s.%.2s", nsn[0],
                             nsn + 1, nsn + 3, nsn + 5, nsn + 7);
                    break;
                case 3:
                    snprintf(text, sizeof text, "+33 (0)%c %.2s %.2s %.2s %.2s", nsn[0],
                             nsn + 1, nsn + 3, nsn + 5, nsn + 7);
                    break;
                default:
                    snprintf(text, sizeof text, "00 33 %c %.2s %.2s %.2s %.2s", nsn[0],
                             nsn + 1, nsn + 3, nsn + 5, nsn + 7);
                    break;
                }
                struct phone fast, ref;
                int rc = phone_parse_lib(text, NULL, "FR", 1, &ref);
                bool taken = phone_parse_fast(text, NULL, "FR", 1, &fast);
                if (!taken)
                    fail_msg("\"%s\": fast path not taken", text);
                fast_taken++;
                if (rc != 0)
                    fail_msg("\"%s\": libphonenumber path rejects it", text);
                if (!same_phone(&fast, &ref))
                    fail_msg("\"%s\": fast %s \"%s\" %s %d, lib %s \"%s\" %s %d", text,
                             fast.e164, fast.intl, fast.region, fast.kind, ref.e164,
                             ref.intl, ref.region, ref.kind);
                phone_clear(&fast);
                phone_clear(&ref);
            }
        }
    }
    assert_true(fast_taken > 2000);
}

static void test_fast_declines(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "+32 81 00 88 50",  "+33 01 99 00 12 34",        "01 99 00 12",
        "01 99 00 12 34 5", "Tél 01 99 00 12 34",        "00 12 34 56 78",
        "(0590) 00 88 90",  "01 99 00 12 34 (standard)",
    };
    for (size_t i = 0; i < ARRAY_LEN(texts); i++) {
        struct phone p;
        if (phone_parse_fast(texts[i], NULL, "FR", 1, &p))
            fail_msg("\"%s\": fast path taken", texts[i]);
    }
    struct phone p;
    assert_false(phone_parse_fast("01 99 00 12 34", NULL, "BE", 1, &p));
    assert_true(phone_parse_fast("01 99 00 12 34", "Fax", NULL, 1, &p));
    assert_int_equal(p.kind, PHONE_FAX);
    assert_string_equal(p.label, "Fax");
    phone_clear(&p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_find),
        cmocka_unit_test(test_find_from),
        cmocka_unit_test(test_kind_from_label),
        cmocka_unit_test(test_parse),
        cmocka_unit_test(test_parse_intl_format),
        cmocka_unit_test(test_parse_leading_zero),
        cmocka_unit_test(test_find_regional),
        cmocka_unit_test(test_line_valid_prefix),
        cmocka_unit_test(test_line_second_region),
        cmocka_unit_test(test_phonelib),
        cmocka_unit_test(test_line),
        cmocka_unit_test(test_line_appends),
        cmocka_unit_test(test_line_short_and_sentence),
        cmocka_unit_test(test_fast_differential),
        cmocka_unit_test(test_fast_declines),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

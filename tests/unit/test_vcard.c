/* Unit tests of vcard.c: escaping rows for each syntax, parameter values,
 * folding (UTF-8 never split, unfolding gives the line back), whole cards in
 * 3.0 and 4.0 for an entry like examples/groupe-pompidou.md, injection rows,
 * and vCard 2.1 quoted-printable in UTF-8, Windows-1252 and ISO-8859-1. */
#include "harness.h"

#include <stdbool.h>
#include <stdio.h>

#include <utf8proc.h>

#include "base/diag.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "base/util.h"
#include "model/entry.h"
#include "write/uid.h"
#include "write/vcard.h"

/* The entry's UID bytes, as the program hashes them once per entry for its
 * writers (one static buffer: these calls are not nested). */
static const unsigned char *org_of(const struct entry *e)
{
    static unsigned char org[16];
    uid_entry_bytes(e, org);
    return org;
}

static struct phone mkphone(const char *e164, const char *intl, enum phone_kind k,
                            int line)
{
    struct phone p;
    memset(&p, 0, sizeof p);
    p.e164 = strdup(e164);
    p.intl = intl ? strdup(intl) : NULL;
    p.text = strdup(intl ? intl : e164);
    p.kind = k;
    p.line = line;
    return p;
}

/* An entry as the extractors would build it from examples/groupe-pompidou.md
 * (the prose shortened). */
static struct entry *pompidou(void)
{
    struct entry *e = entry_new("groupe-pompidou.md", 3, 0);
    e->title = strdup("Groupe Pompidou \xE2\x80\x93 plate-forme de coop\xC3\xA9ration en "
                      "mati\xC3\xA8re de politique de drogue du Conseil de l'Europe");
    e->org_name = strdup("Groupe Pompidou");
    e->org_subtitle = strdup("plate-forme de coop\xC3\xA9ration en mati\xC3\xA8re de "
                             "politique de drogue du Conseil de l'Europe");
    strlist_add(&e->org_units, "Groupe de Coop\xC3\xA9ration en mati\xC3\xA8re de lutte "
                               "contre l'abus et le trafic illicite de stup\xC3\xA9"
                               "fiants");
    strlist_add(&e->adr.lines, "Palais de l'Europe");
    strlist_add(&e->adr.lines, "Avenue de l'Europe");
    e->adr.postcode = strdup("67075");
    e->adr.locality = strdup("STRASBOURG CEDEX");
    e->adr.country = strdup("France");
    e->adr.country_code = strdup("FR");
    strlist_add(&e->adr.label, "Palais de l'Europe");
    strlist_add(&e->adr.label, "Avenue de l'Europe");
    strlist_add(&e->adr.label, "67075 STRASBOURG CEDEX (FRANCE)");
    e->adr.line = 9;
    phone_list_push(&e->phones,
                    mkphone("+33388412987", "+33 3 88 41 29 87", PHONE_VOICE, 12));
    phone_list_push(&e->phones,
                    mkphone("+33388412785", "+33 3 88 41 27 85", PHONE_FAX, 13));
    strlist_add(&e->emails, "pompidou.group@coe.int");
    strlist_add(&e->urls, "https://www.coe.int/fr/web/pompidou/home");
    struct person p;
    memset(&p, 0, sizeof p);
    p.given = strdup("Denis");
    p.family = strdup("Huber");
    p.family_raw = strdup("HUBER");
    p.title = strdup("Secr\xC3\xA9taire Ex\xC3\xA9"
                     "cutif");
    p.text = strdup("Denis HUBER, Secr\xC3\xA9taire Ex\xC3\xA9"
                    "cutif");
    p.line = 25;
    person_list_push(&e->people, p);
    e->appointment_only = true;
    e->hours_text = strdup("Accueil du public uniquement sur rendez-vous.");
    e->updated.precision = DATE_MONTH;
    e->updated.year = 2021;
    e->updated.month = 6;
    e->updated.day = 1;
    e->updated_text = strdup("juin 2021");
    e->source_url = strdup("https://www.coe.int/fr/web/pompidou/about");
    entry_add_note(e, "Nature et statut de l'organisme :",
                   "Ce D\xC3\xA9partement est rattach\xC3\xA9 \xC3\xA0 la Direction "
                   "G\xC3\xA9n\xC3\xA9rale III \"Coh\xC3\xA9sion sociale\" du Conseil de "
                   "l'Europe.");
    entry_add_note(e, "Public vis\xC3\xA9",
                   "Agents du Conseil de l'Europe, responsables politiques, "
                   "professionnels et chercheurs.");
    return e;
}

/* Expected cards, reviewed against RFC 2426 (3.0) and RFC 6350 / RFC 6868
 * (4.0): VERSION right after BEGIN, N required in 3.0 only (empty for an
 * organisation), TYPE list quoted in 4.0, tel: URI with "-" separators,
 * LABEL as an ADR parameter in 4.0 with "^n", REV basic form in 4.0,
 * folded lines <= 75 octets that never start or end with a space. */
static const char pompidou_30[] =
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "PRODID:-//fiche2vcard//fiche2vcard 0.1//FR\r\n"
    "UID:urn:uuid:a0d7fdd2-e71f-51d1-9a64-887fa113f452\r\n"
    "FN:Groupe Pompidou\r\n"
    "N:;;;;\r\n"
    "ORG:Groupe Pompidou\r\n"
    "X-ABShowAs:COMPANY\r\n"
    "ADR;TYPE=work:;;Palais de l'Europe\\nAvenue de l'Europe;STRASBOURG CEDEX;;67\r\n"
    " 075;France\r\n"
    "LABEL;TYPE=work:Palais de l'Europe\\nAvenue de l'Europe\\n67075 STRASBOURG CE\r\n"
    " DEX (FRANCE)\r\n"
    "TEL;TYPE=work,voice:+33 3 88 41 29 87\r\n"
    "TEL;TYPE=work,fax:+33 3 88 41 27 85\r\n"
    "EMAIL;TYPE=internet,work:pompidou.group@coe.int\r\n"
    "URL:https://www.coe.int/fr/web/pompidou/home\r\n"
    "REV:2021-06-01T00:00:00Z\r\n"
    "SOURCE:https://www.coe.int/fr/web/pompidou/about\r\n"
    "NOTE:plate-forme de coopération en matière de politique de drogue du Cons\r\n"
    " eil de l'Europe\\nGroupe de Coopération en matière de lutte contre l'abu\r\n"
    " s et le trafic illicite de stupéfiants\\n\\nNature et statut de l'organism\r\n"
    " e :\\nCe Département est rattaché à la Direction Générale III \"Cohési\r\n"
    " on sociale\" du Conseil de l'Europe.\\n\\nPublic visé :\\nAgents du Conseil d\r\n"
    " e l'Europe\\, responsables politiques\\, professionnels et chercheurs.\\n\\nHo\r\n"
    " raires d'ouverture et accueil du public :\\nAccueil du public uniquement su\r\n"
    " r rendez-vous.\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "PRODID:-//fiche2vcard//fiche2vcard 0.1//FR\r\n"
    "UID:urn:uuid:d0661e88-ec71-5c21-8bbd-44be3c50810a\r\n"
    "FN:Denis Huber\r\n"
    "N:Huber;Denis;;;\r\n"
    "TITLE:Secrétaire Exécutif\r\n"
    "ORG:Groupe Pompidou\r\n"
    "END:VCARD\r\n";

static const char pompidou_40[] =
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "PRODID:-//fiche2vcard//fiche2vcard 0.1//FR\r\n"
    "UID:urn:uuid:a0d7fdd2-e71f-51d1-9a64-887fa113f452\r\n"
    "FN:Groupe Pompidou\r\n"
    "ORG:Groupe Pompidou\r\n"
    "KIND:org\r\n"
    "ADR;TYPE=work:;;Palais de l'Europe\\nAvenue de l'Europe;STRASBOURG CEDEX;;67\r\n"
    " 075;France\r\n"
    "TEL;TYPE=work,voice:+33 3 88 41 29 87\r\n"
    "TEL;TYPE=work,fax:+33 3 88 41 27 85\r\n"
    "EMAIL;TYPE=work:pompidou.group@coe.int\r\n"
    "URL:https://www.coe.int/fr/web/pompidou/home\r\n"
    "REV:20210601T000000Z\r\n"
    "SOURCE:https://www.coe.int/fr/web/pompidou/about\r\n"
    "NOTE:plate-forme de coopération en matière de politique de drogue du Cons\r\n"
    " eil de l'Europe\\nGroupe de Coopération en matière de lutte contre l'abu\r\n"
    " s et le trafic illicite de stupéfiants\\n\\nNature et statut de l'organism\r\n"
    " e :\\nCe Département est rattaché à la Direction Générale III \"Cohési\r\n"
    " on sociale\" du Conseil de l'Europe.\\n\\nPublic visé :\\nAgents du Conseil d\r\n"
    " e l'Europe\\, responsables politiques\\, professionnels et chercheurs.\\n\\nHo\r\n"
    " raires d'ouverture et accueil du public :\\nAccueil du public uniquement su\r\n"
    " r rendez-vous.\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "PRODID:-//fiche2vcard//fiche2vcard 0.1//FR\r\n"
    "UID:urn:uuid:d0661e88-ec71-5c21-8bbd-44be3c50810a\r\n"
    "KIND:individual\r\n"
    "FN:Denis Huber\r\n"
    "N:Huber;Denis;;;\r\n"
    "TITLE:Secrétaire Exécutif\r\n"
    "ORG:Groupe Pompidou\r\n"
    "RELATED:urn:uuid:a0d7fdd2-e71f-51d1-9a64-887fa113f452\r\n"
    "END:VCARD\r\n";

/* ---- helpers ---- */

static char *write_card(const struct entry *e, enum vcard_version v, const char *charset,
                        struct diag_list *d, int *rc)
{
    struct vcard_opts o = {v, charset, false};
    struct strbuf out = STRBUF_INIT;
    struct fiche_error err;
    memset(&err, 0, sizeof err);
    *rc = vcard_write_entry(e, org_of(e), &o, &out, d, &err);
    if (*rc != 0)
        assert_int_equal(err.code, *rc);
    fiche_error_clear(&err);
    return strbuf_detach(&out);
}

static char *write_ok(const struct entry *e, enum vcard_version v, const char *charset,
                      struct diag_list *d)
{
    int rc;
    char *s = write_card(e, v, charset, d, &rc);
    assert_int_equal(rc, 0);
    return s;
}

/* True when s[0..n) is well-formed UTF-8 made of whole characters. */
static bool utf8_whole(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        size_t k = c < 0x80             ? 1
                   : (c & 0xE0) == 0xC0 ? 2
                   : (c & 0xF0) == 0xE0 ? 3
                   : (c & 0xF8) == 0xF0 ? 4
                                        : 0;
        if (k == 0 || i + k > n)
            return false;
        for (size_t j = 1; j < k; j++)
            if (((unsigned char)s[i + j] & 0xC0) != 0x80)
                return false;
        i += k;
    }
    return true;
}

/* Check the folding of a 3.0/4.0 text: CRLF everywhere, physical lines <= 75
 * octets of whole UTF-8 characters, not starting or ending with a space
 * (continuation: one space then a non-space). Returns the unfolded text
 * (lines joined with "\n"), heap. */
static char *check_folding(const char *text)
{
    struct strbuf unfolded = STRBUF_INIT;
    const char *p = text;
    bool first = true;
    while (*p) {
        const char *eol = strstr(p, "\r\n");
        assert_non_null(eol);
        size_t n = (size_t)(eol - p);
        assert_true(n <= 75);
        assert_null(memchr(p, '\n', n));
        assert_null(memchr(p, '\r', n));
        if (p[0] == ' ') {
            assert_false(first);
            assert_true(n >= 2);
            assert_true(p[1] != ' ');
            assert_true(utf8_whole(p + 1, n - 1));
            strbuf_add(&unfolded, p + 1, n - 1);
        } else {
            assert_true(utf8_whole(p, n));
            if (!first)
                strbuf_putc(&unfolded, '\n');
            strbuf_add(&unfolded, p, n);
        }
        first = false;
        p = eol + 2;
    }
    return strbuf_detach(&unfolded);
}

/* The unfolded line of the first property called name ("NOTE", "FN"...). */
static char *find_prop(const char *unfolded, const char *name)
{
    size_t n = strlen(name);
    const char *p = unfolded;
    while (p && *p) {
        if (strncmp(p, name, n) == 0 && (p[n] == ':' || p[n] == ';')) {
            const char *e = strchr(p, '\n');
            return e ? strndup(p, (size_t)(e - p)) : strdup(p);
        }
        p = strchr(p, '\n');
        if (p)
            p++;
    }
    return NULL;
}

static size_t count_lines(const char *text, const char *line)
{
    size_t count = 0, n = strlen(line);
    for (const char *p = text; p; p = strstr(p, "\r\n"), p = p ? p + 2 : NULL) {
        if (strncmp(p, line, n) == 0 && p[n] == '\r')
            count++;
    }
    return count;
}

static int hexval(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* ---- escaping ---- */

static void test_escape_rows(void **state)
{
    (void)state;
    static const struct {
        const char *in, *out;
    } rows[] = {
        {"", ""},
        {"plain", "plain"},
        {"a,b;c\\d", "a\\,b\\;c\\\\d"},
        {"l1\nl2", "l1\\nl2"},
        {"l1\r\nl2", "l1\\nl2"},
        {"l1\rl2", "l1\\nl2"},
        {"l1\n\nl2", "l1\\n\\nl2"},
        {"a\tb", "a b"},
        {"\x01x\x7f", " x "},
        {"x:y", "x:y"},
        {"END:VCARD", "END:VCARD"},
        {"x\r\nEND:VCARD\r\nBEGIN:VCARD", "x\\nEND:VCARD\\nBEGIN:VCARD"},
        {"\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80", "\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80"},
        {"a\xE2\x80\xA8"
         "b\xE2\x80\xA9"
         "c",
         "a\\nb\\nc"}, /* U+2028, U+2029 */
        {"a\xC2\x85"
         "b",
         "a b"}, /* NEL (C1) */
        {"a\xFF"
         "b",
         "a\xEF\xBF\xBD"
         "b"}, /* invalid byte */
        {"\\n", "\\\\n"},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        struct strbuf sb = STRBUF_INIT;
        vcard_escape(&sb, rows[i].in);
        assert_string_equal(strbuf_str(&sb), rows[i].out);
        strbuf_free(&sb);
    }
    struct strbuf sb = STRBUF_INIT;
    vcard_escape(&sb, NULL);
    assert_int_equal(sb.len, 0);
    strbuf_free(&sb);
}

static void test_escape_21_rows(void **state)
{
    (void)state;
    static const struct {
        const char *in;
        bool component;
        const char *out;
    } rows[] = {
        {"a;b", true, "a\\;b"},
        {"a;b", false, "a;b"},
        {"a,b\\c", true, "a,b\\\\c"},
        {"a,b\\c", false, "a,b\\c"},
        {"l1\r\nl2\rl3", false, "l1\nl2\nl3"},
        {"a\tb\x01", false, "a b "},
        {"\xC5\x93uvre", true, "\xC5\x93uvre"},
        /* a final backslash must not escape the ";" that follows the
         * component: "Dupont\\" + ";" once read "Dupont;Jean" */
        {"Dupont\\", true, "Dupont\\\\"},
        {"\\;", true, "\\\\\\;"},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        struct strbuf sb = STRBUF_INIT;
        vcard_escape_21(&sb, rows[i].in, rows[i].component);
        assert_string_equal(strbuf_str(&sb), rows[i].out);
        strbuf_free(&sb);
    }
}

static void test_param_rows(void **state)
{
    (void)state;
    static const struct {
        const char *in;
        enum vcard_version v;
        const char *out;
    } rows[] = {
        {"work", VCARD_40, "work"},
        {"work,voice", VCARD_40, "\"work,voice\""},
        {"a;b", VCARD_40, "\"a;b\""},
        {"a:b", VCARD_30, "\"a:b\""},
        {"l1\nl2", VCARD_40, "l1^nl2"},
        {"l1\r\nl2", VCARD_30, "l1 l2"},
        {"say \"hi\"", VCARD_40, "say ^'hi^'"},
        {"say \"hi\"", VCARD_30, "say 'hi'"},
        {"a^b", VCARD_40, "a^^b"},
        {"a^b", VCARD_30, "a^b"},
        {"x\"; y:", VCARD_40, "\"x^'; y:\""},
        {"tab\there", VCARD_40, "tab here"},
        {"\xC3\xA9t\xC3\xA9", VCARD_40, "\xC3\xA9t\xC3\xA9"},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        struct strbuf sb = STRBUF_INIT;
        vcard_param_value(&sb, rows[i].in, rows[i].v);
        assert_string_equal(strbuf_str(&sb), rows[i].out);
        strbuf_free(&sb);
    }
}

/* ---- folding ---- */

static void test_fold_utf8(void **state)
{
    (void)state;
    static const char *const units[] = {
        "\xC3\xA9",                              /* é: 2 octets */
        "\xE2\x82\xAC",                          /* €: 3 */
        "\xF0\x9F\x98\x80",                      /* emoji: 4 */
        "a\xE2\x82\xAC\xF0\x9F\x98\x80\xC3\xA9", /* mixed 1+3+4+2 */
        "\\n",                                   /* escapes must stay whole */
        "ab\\,",
    };
    for (size_t u = 0; u < ARRAY_LEN(units); u++) {
        struct strbuf line = STRBUF_INIT, out = STRBUF_INIT;
        strbuf_puts(&line, "NOTE:");
        while (line.len < 300)
            strbuf_puts(&line, units[u]);
        vcard_fold(&out, line.buf, line.len);
        assert_true(out.len > line.len + 4 * 3); /* it was folded */
        char *unfolded = check_folding(out.buf);
        assert_string_equal(unfolded, line.buf);
        /* no physical line ends inside a backslash escape */
        for (const char *p = out.buf; (p = strstr(p, "\r\n")) != NULL; p += 2) {
            size_t bs = 0;
            while (p - bs > out.buf && p[-(long)bs - 1] == '\\')
                bs++;
            assert_int_equal(bs % 2, 0);
        }
        free(unfolded);
        strbuf_free(&line);
        strbuf_free(&out);
    }
}

static void test_fold_short_and_exact(void **state)
{
    (void)state;
    struct strbuf out = STRBUF_INIT;
    vcard_fold(&out, "FN:x", 4);
    assert_string_equal(out.buf, "FN:x\r\n");

    /* exactly 75 octets: one line; 76: two */
    char l75[77];
    memset(l75, 'a', 76);
    l75[76] = '\0';
    strbuf_reset(&out);
    vcard_fold(&out, l75, 75);
    assert_int_equal(out.len, 77);
    strbuf_reset(&out);
    vcard_fold(&out, l75, 76);
    assert_int_equal(out.len, 75 + 2 + 1 + 1 + 2);
    assert_memory_equal(out.buf + 75, "\r\n a\r\n", 6);
    strbuf_free(&out);
}

/* ---- whole cards ---- */

static void test_org_card_30(void **state)
{
    (void)state;
    struct entry *e = pompidou();
    char *s = write_ok(e, VCARD_30, NULL, NULL);
    assert_string_equal(s, pompidou_30);
    char *again = write_ok(e, VCARD_30, NULL, NULL); /* deterministic */
    assert_string_equal(s, again);
    free(again);
    free(check_folding(s));
    free(s);
    entry_free(e);
}

static void test_org_card_40(void **state)
{
    (void)state;
    struct entry *e = pompidou();
    char *s = write_ok(e, VCARD_40, NULL, NULL);
    assert_string_equal(s, pompidou_40);
    free(check_folding(s));
    free(s);
    entry_free(e);
}

static void test_phone_kinds(void **state)
{
    (void)state;
    struct entry *e = entry_new("t.md", 1, 0);
    e->org_name = strdup("Org");
    phone_list_push(&e->phones,
                    mkphone("+33800008870", "+33 800 00 88 70", PHONE_TOLLFREE, 2));
    phone_list_push(&e->phones,
                    mkphone("+33612345678", "+33 6 12 34 56 78", PHONE_CELL, 3));
    phone_list_push(&e->phones, mkphone("+33388412987", NULL, PHONE_VOICE, 4));
    struct phone bad;
    memset(&bad, 0, sizeof bad);
    bad.text = strdup("01 02");
    phone_list_push(&e->phones, bad); /* no e164: not written */

    char *s = write_ok(e, VCARD_30, NULL, NULL);
    /* no property group (KDE drops a grouped number): the label in NOTE */
    assert_non_null(strstr(s, "\r\nTEL;TYPE=work,voice:+33 800 00 88 70\r\n"
                              "TEL;TYPE=work,cell:+33 6 12 34 56 78\r\n"
                              "TEL;TYPE=work,voice:+33388412987\r\n"));
    assert_non_null(
        strstr(s, "T\xC3\xA9l\xC3\xA9phones :\\nN\xC2\xB0 Vert : +33 800 00 88 70"));
    assert_null(strstr(s, "item1"));
    assert_null(strstr(s, "01 02"));
    free(s);

    /* 4.0: the number as text, the TYPE list unquoted */
    s = write_ok(e, VCARD_40, NULL, NULL);
    assert_non_null(strstr(s, "\r\nTEL;TYPE=work,voice:+33 800 00 88 70\r\n"
                              "TEL;TYPE=work,cell:+33 6 12 34 56 78\r\n"
                              "TEL;TYPE=work,voice:+33388412987\r\n"));
    assert_non_null(strstr(s, "N\xC2\xB0 Vert : +33 800 00 88 70"));
    assert_null(strstr(s, "tel:"));
    free(s);

    s = write_ok(e, VCARD_21, NULL, NULL);
    assert_non_null(strstr(s, "\r\nTEL;WORK;VOICE:+33 800 00 88 70\r\n"
                              "TEL;WORK;CELL:+33 6 12 34 56 78\r\n"
                              "TEL;WORK;VOICE:+33388412987\r\n"));
    free(s);

    /* Apple's and Google's presets: the label beside the number too */
    struct vcard_opts apple = {VCARD_30, NULL, true};
    struct strbuf sb = STRBUF_INIT;
    struct fiche_error err = {0};
    assert_int_equal(vcard_write_entry(e, org_of(e), &apple, &sb, NULL, &err), 0);
    assert_non_null(strstr(sb.buf, "\r\nitem1.TEL;TYPE=work,voice:+33 800 00 88 70\r\n"
                                   "item1.X-ABLabel:N\xC2\xB0 Vert\r\n"));
    strbuf_free(&sb);
    entry_free(e);
}

/* A title-only entry: the required properties and nothing empty. */
static void test_minimal_entry(void **state)
{
    (void)state;
    struct entry *e = entry_new("t.md", 1, 0);
    e->title = strdup("Centre X");
    char *s = write_ok(e, VCARD_30, NULL, NULL);
    assert_string_equal(s, "BEGIN:VCARD\r\nVERSION:3.0\r\n"
                           "PRODID:-//fiche2vcard//fiche2vcard 0.1//FR\r\n"
                           "UID:urn:uuid:20c28c80-70d0-5584-90c9-4f8c9527554c\r\n"
                           "FN:Centre X\r\nN:;;;;\r\nORG:Centre X\r\n"
                           "X-ABShowAs:COMPANY\r\nEND:VCARD\r\n");
    free(s);
    entry_free(e);
}

/* ---- injection ---- */

#define EVIL "x\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:evil;a,b\\"

/* Every text field set to EVIL: still 2 cards (organisation + person), and
 * every physical line is a property we write or a continuation. */
static void test_injection(void **state)
{
    (void)state;
    struct entry *e = entry_new("t.md", 1, 0);
    e->title = strdup(EVIL);
    e->org_name = strdup(EVIL);
    e->org_subtitle = strdup(EVIL);
    strlist_add(&e->org_units, EVIL);
    strlist_add(&e->adr.lines, EVIL);
    strlist_add(&e->adr.label, EVIL);
    e->adr.postcode = strdup(EVIL);
    e->adr.locality = strdup(EVIL);
    e->adr.region = strdup(EVIL);
    e->adr.country = strdup(EVIL);
    struct phone ph = mkphone("+33388412987", EVIL, PHONE_TOLLFREE, 2);
    phone_list_push(&e->phones, ph);
    strlist_add(&e->emails, EVIL);
    strlist_add(&e->urls, EVIL);
    strlist_add(&e->keywords, EVIL);
    e->source_url = strdup(EVIL);
    e->hours_text = strdup(EVIL);
    entry_add_note(e, EVIL, EVIL);
    struct person p;
    memset(&p, 0, sizeof p);
    p.given = strdup(EVIL);
    p.family = strdup(EVIL);
    p.prefix = strdup(EVIL);
    p.title = strdup(EVIL);
    strlist_add(&p.emails, EVIL);
    person_list_push(&e->people, p);

    static const char *const known[] = {
        "BEGIN:", "END:",   "VERSION:",    "PRODID:",  "UID:",        "FN:",     "FN;",
        "N:",     "ORG:",   "X-ABShowAs:", "KIND:",    "ADR;",        "LABEL;",  "item1.",
        "TEL;",   "EMAIL;", "URL:",        "URL;",     "CATEGORIES:", "SOURCE:", "NOTE:",
        "NOTE;",  "TITLE:", "TITLE;",      "RELATED:", "ORG;",        "N;",
    };
    static const enum vcard_version versions[] = {VCARD_30, VCARD_40, VCARD_21};
    for (size_t v = 0; v < ARRAY_LEN(versions); v++) {
        char *s = write_ok(e, versions[v], NULL, NULL);
        assert_int_equal(count_lines(s, "BEGIN:VCARD"), 2);
        assert_int_equal(count_lines(s, "END:VCARD"), 2);
        bool qp = false; /* inside a quoted-printable value (2.1) */
        for (const char *l = s; *l;) {
            const char *eol = strstr(l, "\r\n");
            assert_non_null(eol);
            assert_null(memchr(l, '\n', (size_t)(eol - l)));
            assert_null(memchr(l, '\r', (size_t)(eol - l)));
            bool ok = l[0] == ' ' && versions[v] != VCARD_21;
            if (qp) {
                ok = memchr(l, ':', (size_t)(eol - l)) == NULL; /* ":" is =3A */
            }
            for (size_t k = 0; !ok && !qp && k < ARRAY_LEN(known); k++)
                ok = strncmp(l, known[k], strlen(known[k])) == 0;
            if (!ok)
                fail_msg("version %zu: unexpected line: %.*s", v, (int)(eol - l), l);
            qp = versions[v] == VCARD_21 && eol > l && eol[-1] == '=';
            l = eol + 2;
        }
        if (versions[v] != VCARD_21) {
            char *u = check_folding(s);
            char *fn = find_prop(u, "FN");
            /* ";" is escaped in 3.0 text, optional (and not done) in 4.0 */
            assert_string_equal(
                fn, versions[v] == VCARD_30
                        ? "FN:x\\nEND:VCARD\\nBEGIN:VCARD\\nFN:evil\\;a\\,b\\\\"
                        : "FN:x\\nEND:VCARD\\nBEGIN:VCARD\\nFN:evil;a\\,b\\\\");
            free(fn);
            char *url = find_prop(u, "URL");
            assert_string_equal(url, "URL:x%0D%0AEND:VCARD%0D%0ABEGIN:VCARD%0D%0AFN:"
                                     "evil%3Ba%2Cb%5C");
            free(url);
            free(u);
        }
        free(s);
    }
    entry_free(e);
}

/* ---- vCard 2.1 ---- */

static void test_21_charsets(void **state)
{
    (void)state;
    static const struct {
        const char *charset;
        const char *fn;
        size_t warnings;
    } rows[] = {
        /* one physical line each: no soft break */
        {NULL,
         "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C5=92uvre d=E2=80=99=C3=89t="
         "C3=A9 =3D 5 =E2=82=AC\r\n",
         0},
        {"UTF-8",
         "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C5=92uvre d=E2=80=99"
         "=C3=89t=C3=A9 =3D 5 =E2=82=AC\r\n",
         0},
        {"WINDOWS-1252",
         "FN;CHARSET=WINDOWS-1252;ENCODING=QUOTED-PRINTABLE:=8Cuvre d"
         "=92=C9t=E9 =3D 5 =80\r\n",
         0},
        {"windows-1252",
         "FN;CHARSET=WINDOWS-1252;ENCODING=QUOTED-PRINTABLE:=8Cuvre d"
         "=92=C9t=E9 =3D 5 =80\r\n",
         0},
        {"ISO-8859-1",
         "FN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:OEuvre d'=C9t"
         "=E9 =3D 5 EUR\r\n",
         3},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        struct entry *e = entry_new("t.md", 7, 0);
        e->org_name =
            strdup("\xC5\x92uvre d\xE2\x80\x99\xC3\x89t\xC3\xA9 = 5 \xE2\x82\xAC");
        e->title = strdup(e->org_name);
        struct diag_list d;
        memset(&d, 0, sizeof d);
        char *s = write_ok(e, VCARD_21, rows[i].charset, &d);
        assert_true(str_startswith(s, "BEGIN:VCARD\r\nVERSION:2.1\r\nUID:urn:uuid:"));
        const char *fn = strstr(s, "\r\nFN");
        assert_non_null(fn);
        assert_true(str_startswith(fn + 2, rows[i].fn));
        assert_non_null(strstr(s, "\r\nN:;;;;\r\n"));
        assert_non_null(strstr(s, "\r\nX-ABShowAs:COMPANY\r\n"));
        assert_null(strstr(s, "PRODID"));
        assert_int_equal(d.n, rows[i].warnings);
        for (size_t k = 0; k < d.n; k++) {
            assert_int_equal(d.v[k].severity, DIAG_WARNING);
            assert_int_equal(d.v[k].line, 7);
        }
        if (rows[i].warnings) {
            /* each character is reported once although FN and ORG hold it */
            assert_non_null(strstr(d.v[0].message, "U+0152"));
            assert_non_null(strstr(d.v[0].message, "\"OE\""));
            assert_non_null(strstr(d.v[1].message, "U+2019"));
            assert_non_null(strstr(d.v[2].message, "U+20AC"));
        }
        diag_list_clear(&d);
        free(s);
        entry_free(e);
    }
}

/* Decode one quoted-printable value made of the physical lines at p (the
 * first after the ':'), appending bytes to out; returns past its last line.
 * Checks: lines <= 76 octets, soft breaks between whole =XX triplets and
 * (UTF-8) whole characters, no raw space at either end of a line. */
static const char *qp_decode(const char *p, struct strbuf *out)
{
    for (;;) {
        const char *eol = strstr(p, "\r\n");
        assert_non_null(eol);
        size_t n = (size_t)(eol - p);
        bool soft = n > 0 && p[n - 1] == '=';
        size_t end = soft ? n - 1 : n;
        size_t before = out->len;
        for (size_t i = 0; i < end; i++) {
            if (p[i] == '=') {
                assert_true(i + 2 < end + 1);
                int hi = hexval(p[i + 1]), lo = hexval(p[i + 2]);
                assert_true(hi >= 0 && lo >= 0);
                strbuf_putc(out, (char)(hi * 16 + lo));
                i += 2;
            } else {
                assert_true(p[i] != ' ' || (i > 0 && i + 1 < end));
                strbuf_putc(out, p[i]);
            }
        }
        /* UTF-8: each physical line holds whole characters */
        assert_true(utf8_whole(out->buf + before, out->len - before));
        p = eol + 2;
        if (!soft)
            return p;
    }
}

static void test_21_qp_long(void **state)
{
    (void)state;
    struct entry *e = entry_new("t.md", 1, 0);
    e->org_name = strdup("Org");
    struct strbuf note = STRBUF_INIT;
    for (int i = 0; i < 40; i++)
        strbuf_puts(&note, i % 7 == 3 ? "line\n" : "caf\xC3\xA9 \xE2\x82\xAC ");
    strbuf_puts(&note, "fin ");
    entry_add_note(e, "", note.buf);
    char *s = write_ok(e, VCARD_21, "UTF-8", NULL);
    /* one physical line: no soft break, which Evolution keeps and vobject
     * refuses (tests/clients/) */
    assert_null(strstr(s, "=\r\n"));
    const char *p = strstr(s, "\r\nNOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:");
    assert_non_null(p);
    p = strchr(p + 2, ':') + 1;
    struct strbuf dec = STRBUF_INIT;
    /* the first line holds the property name: decode from the value on */
    const char *after = qp_decode(p, &dec);
    assert_string_equal(after, "END:VCARD\r\n");
    /* newlines are CRLF in QP text; the trailing space became =20 */
    struct strbuf want = STRBUF_INIT;
    for (const char *c = note.buf; *c; c++) {
        if (*c == '\n')
            strbuf_putc(&want, '\r');
        strbuf_putc(&want, *c);
    }
    assert_string_equal(dec.buf, want.buf);
    assert_non_null(strstr(s, "fin=20\r\n"));
    strbuf_free(&want);
    strbuf_free(&dec);
    strbuf_free(&note);
    free(s);
    entry_free(e);
}

static void test_21_compound_and_plain(void **state)
{
    (void)state;
    struct entry *e = entry_new("t.md", 1, 0);
    e->org_name = strdup("A;B, C");
    strlist_add(&e->adr.lines, "1 rue X");
    e->adr.postcode = strdup("75001");
    e->adr.locality = strdup("Paris");
    e->adr.country = strdup("France");
    strlist_add(&e->urls, "https://example.org/a?b=c");
    strlist_add(&e->keywords, "k1");
    e->source_url = strdup("https://example.org/s");
    char *s = write_ok(e, VCARD_21, "ISO-8859-1", NULL);
    assert_non_null(strstr(s, "\r\nFN:A;B, C\r\n"));    /* not compound */
    assert_non_null(strstr(s, "\r\nORG:A\\;B, C\r\n")); /* compound */
    assert_non_null(strstr(s, "\r\nADR;WORK:;;1 rue X;Paris;;75001;France\r\n"));
    assert_non_null(strstr(s, "\r\nURL:https://example.org/a?b=c\r\n"));
    /* 2.1 has no CATEGORIES nor SOURCE: they go to the NOTE */
    assert_null(strstr(s, "CATEGORIES"));
    assert_null(strstr(s, "SOURCE:"));
    assert_non_null(strstr(s, "Mots-clefs =3A k1"));
    assert_non_null(strstr(s, "Source de mise =E0 jour =3A https=3A//example.org/s"));
    free(s);
    entry_free(e);
}

/* Read the components of a compound value back as a vCard reader does:
 * "\\x" is the character x, an unescaped ";" ends a component. */
static size_t read_components(const char *v, char out[][64], size_t max)
{
    size_t n = 0, k = 0;
    out[0][0] = '\0';
    for (const char *p = v; *p; p++) {
        if (*p == '\\' && p[1]) {
            p++;
        } else if (*p == ';') {
            out[n][k] = '\0';
            assert_true(++n < max);
            k = 0;
            continue;
        }
        assert_true(k + 1 < 64);
        out[n][k++] = *p;
    }
    out[n][k] = '\0';
    return n + 1;
}

/* vCard 2.1: a backslash at the end of a component of N, ADR, ORG is written
 * "\\\\"; "N:Dupont\\;Jean;;M.;" was read as family "Dupont;Jean" (input
 * "M. Jean DUPONT\\\\, directeur", the Markdown "\\\\" being one backslash). */
static void test_21_component_backslash(void **state)
{
    (void)state;
    struct entry *e = entry_new("t.md", 1, 0);
    e->org_name = strdup("Org\\");
    e->adr.locality = strdup("Paris\\");
    e->adr.postcode = strdup("75001");
    struct person p;
    memset(&p, 0, sizeof p);
    p.prefix = strdup("M.");
    p.given = strdup("Jean");
    p.family = strdup("Dupont\\");
    p.family_raw = strdup("DUPONT\\");
    p.text = strdup("M. Jean DUPONT\\, directeur");
    p.line = 5;
    person_list_push(&e->people, p);
    char *s = write_ok(e, VCARD_21, NULL, NULL);
    char comp[8][64];
    char *n = strstr(s, "\r\nN:Dupont");
    assert_non_null(n);
    *strstr(n + 2, "\r\n") = '\0';
    assert_int_equal(read_components(n + 4, comp, 8), 5);
    assert_string_equal(comp[0], "Dupont\\");
    assert_string_equal(comp[1], "Jean");
    assert_string_equal(comp[2], "");
    assert_string_equal(comp[3], "M.");
    free(s);
    s = write_ok(e, VCARD_21, NULL, NULL);
    char *adr = strstr(s, "\r\nADR;WORK:");
    assert_non_null(adr);
    *strstr(adr + 2, "\r\n") = '\0';
    assert_int_equal(read_components(adr + 11, comp, 8), 7);
    assert_string_equal(comp[3], "Paris\\");
    assert_string_equal(comp[5], "75001");
    free(s);
    s = write_ok(e, VCARD_21, NULL, NULL);
    assert_non_null(strstr(s, "\r\nORG:Org\\\\\r\n"));
    free(s);
    entry_free(e);
}

/* The rest of a person line ("présent le mardi", person.c) is the NOTE of
 * the person's card in every version. */
static void test_person_note(void **state)
{
    (void)state;
    struct entry *e = entry_new("t.md", 1, 0);
    e->org_name = strdup("Org");
    struct person p;
    memset(&p, 0, sizeof p);
    p.given = strdup("Jean");
    p.family = strdup("Dupont");
    p.title = strdup("directeur");
    p.note = strdup("pr\xC3\xA9sent le mardi; sauf ao\xC3\xBBt");
    p.line = 5;
    person_list_push(&e->people, p);
    static const struct {
        enum vcard_version v;
        const char *line;
    } rows[] = {
        {VCARD_30, "\r\nNOTE:pr\xC3\xA9sent le mardi\\; sauf ao\xC3\xBBt\r\n"},
        {VCARD_40, "\r\nNOTE:pr\xC3\xA9sent le mardi; sauf ao\xC3\xBBt\r\n"},
        {VCARD_21, "\r\nNOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:"},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        char *s = write_ok(e, rows[i].v, NULL, NULL);
        char *person = strstr(s, "FN:Jean Dupont");
        assert_non_null(person);
        char *note = strstr(person, rows[i].line);
        assert_non_null(note);
        assert_int_equal(count_lines(s, "END:VCARD"), 2);
        if (rows[i].v == VCARD_21) {
            struct strbuf dec = STRBUF_INIT;
            const char *after = qp_decode(note + strlen(rows[i].line), &dec);
            assert_string_equal(strbuf_str(&dec),
                                "pr\xC3\xA9sent le mardi; sauf ao\xC3\xBBt");
            assert_true(str_startswith(after, "END:VCARD\r\n"));
            strbuf_free(&dec);
        }
        free(s);
    }
    /* no note, no NOTE */
    free(e->people.v[0].note);
    e->people.v[0].note = NULL;
    char *s = write_ok(e, VCARD_30, NULL, NULL);
    assert_null(strstr(s, "NOTE"));
    free(s);
    entry_free(e);
}

/* A section without text ("## Remarques" and nothing under it) keeps its
 * heading in the NOTE, as its warning says. */
static void test_note_empty_section(void **state)
{
    (void)state;
    struct entry *e = entry_new("t.md", 1, 0);
    e->org_name = strdup("Org");
    entry_add_note(e, "Remarques", "");
    char *s = write_ok(e, VCARD_30, NULL, NULL);
    assert_non_null(strstr(s, "\r\nNOTE:Remarques :\r\n"));
    free(s);
    entry_add_note(e, "Objectifs :", "Aider.");
    entry_add_note(e, "Divers", "  ");
    s = write_ok(e, VCARD_30, NULL, NULL);
    assert_non_null(
        strstr(s, "\r\nNOTE:Remarques :\\n\\nObjectifs :\\nAider.\\n\\nDivers :\r\n"));
    free(s);
    s = write_ok(e, VCARD_21, NULL, NULL);
    const char *head = "\r\nNOTE;ENCODING=QUOTED-PRINTABLE:";
    char *note = strstr(s, head);
    assert_non_null(note);
    struct strbuf dec = STRBUF_INIT;
    qp_decode(note + strlen(head), &dec);
    assert_string_equal(strbuf_str(&dec),
                        "Remarques :\r\n\r\nObjectifs :\r\nAider.\r\n\r\nDivers :");
    strbuf_free(&dec);
    free(s);
    entry_free(e);
}

static void test_21_charset_errors(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "NO-SUCH-CHARSET-X",    "UTF-16", "UTF-32LE", "UTF-8;X=1",
        "ISO-8859-1//TRANSLIT", ""};
    struct entry *e = pompidou();
    for (size_t i = 0; i < ARRAY_LEN(bad); i++) {
        int rc;
        char *s = write_card(e, VCARD_21, bad[i], NULL, &rc);
        assert_int_equal(rc, FICHE_ECHARSET);
        assert_string_equal(s, "");
        free(s);
    }
    /* the charset matters only for 2.1 */
    char *s = write_ok(e, VCARD_30, "NO-SUCH-CHARSET-X", NULL);
    assert_string_equal(s, pompidou_30);
    free(s);
    entry_free(e);
}

/* vcard_escape / vcard_escape_21 / vcard_param_value as they were, one code
 * point at a time: the reference for the run-copying versions. mode 0: text
 * with ";", 1: 2.1 component, 2: 4.0 parameter, 3: 2.1 text, 4: 4.0 text
 * (";" kept), 5: 3.0 parameter. */
static void ref_escape(struct strbuf *out, const char *s, int mode)
{
    bool quote = false;
    struct strbuf val = STRBUF_INIT;
    while (*s) {
        const unsigned char *u = (const unsigned char *)s;
        size_t nl = u[0] == '\r'   ? (u[1] == '\n' ? 2 : 1)
                    : u[0] == '\n' ? 1
                    : (u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0xA8 || u[2] == 0xA9))
                        ? 3
                        : 0;
        if (nl) {
            strbuf_puts(&val, mode == 0 || mode == 4   ? "\\n"
                              : mode == 1 || mode == 3 ? "\n"
                              : mode == 2              ? "^n"
                                                       : " ");
            s += nl;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(u, -1, &cp);
        size_t n = k <= 0 ? 1 : (size_t)k;
        if (k <= 0)
            cp = 0xFFFD;
        bool ctl = cp < 0x20 || (cp >= 0x7f && cp < 0xa0);
        if ((mode == 2 || mode == 5) && (cp == ',' || cp == ';' || cp == ':'))
            quote = true;
        if ((mode == 0 && (cp == '\\' || cp == ',' || cp == ';')) ||
            (mode == 4 && (cp == '\\' || cp == ','))) {
            strbuf_putc(&val, '\\');
            strbuf_putc(&val, (char)cp);
        } else if (mode == 1 && (cp == ';' || cp == '\\')) {
            strbuf_putc(&val, '\\');
            strbuf_putc(&val, (char)cp);
        } else if (ctl) {
            strbuf_putc(&val, ' ');
        } else if (mode == 2 && cp == '"') {
            strbuf_puts(&val, "^'");
        } else if (mode == 5 && cp == '"') {
            strbuf_putc(&val, '\'');
        } else if (mode == 2 && cp == '^') {
            strbuf_puts(&val, "^^");
        } else if (cp == 0xFFFD && n == 1) {
            strbuf_puts(&val, "\xEF\xBF\xBD");
        } else {
            strbuf_add(&val, s, n);
        }
        s += n;
    }
    if (quote)
        strbuf_putc(out, '"');
    strbuf_puts(out, strbuf_str(&val));
    if (quote)
        strbuf_putc(out, '"');
    strbuf_free(&val);
}

/* Every escaper on buf equals the reference. */
static void check_escapers(const char *buf)
{
    for (int mode = 0; mode < 6; mode++) {
        struct strbuf want = STRBUF_INIT, got = STRBUF_INIT;
        ref_escape(&want, buf, mode);
        if (mode == 0)
            vcard_escape(&got, buf);
        else if (mode == 1)
            vcard_escape_21(&got, buf, true);
        else if (mode == 2)
            vcard_param_value(&got, buf, VCARD_40);
        else if (mode == 3)
            vcard_escape_21(&got, buf, false);
        else if (mode == 4)
            vcard_escape_40(&got, buf);
        else
            vcard_param_value(&got, buf, VCARD_30);
        if (got.len != want.len || memcmp(strbuf_str(&got), strbuf_str(&want), want.len))
            fail_msg("mode %d: \"%s\" gives \"%s\", want \"%s\"", mode, buf,
                     strbuf_str(&got), strbuf_str(&want));
        strbuf_free(&want);
        strbuf_free(&got);
    }
}

/* Random strings of specials, controls, C1, line breaks, accents, invalid
 * bytes: the run-copying escapers equal the code-point-by-code-point one. */
static void test_escape_random(void **state)
{
    (void)state;
    static const char *const pool[] = {
        "a",
        "Z9 ",
        "\\",
        ",",
        ";",
        ":",
        "\"",
        "^",
        "\t",
        "\r",
        "\n",
        "\r\n",
        "\x7f",
        "\x01",
        "\xC2\x85",
        "\xC2\x9F",
        "é",
        "œ",
        "’",
        "\xE2\x80\xA8",
        "\xE2\x80\xA9",
        "\xF0\x9F\x98\x80",
        "\xEF\xBF\xBD",
        "\xC2",
        "\x80",
        "\xE2\x80",
        "\xED\xA0\x80",
        "\xC0\xAF",
        "\xF5",
        "\xC2\xA0",
        "\xE0\x9F\xBF",
        "\xE0\xA0\x80",
        "\xED\x9F\xBF",
        "\xF0\x8F\xBF\xBF",
        "\xF0\x90\x80\x80",
        "\xF4\x8F\xBF\xBF",
        "\xF4\x90\x80\x80",
        "\xF0\x9F\x98",
        "\xC1\xBF",
        "\xEF\xBF\xBF",
        "\xE2\x80\xAF",
        "abcdefgh",
        "0123456789 ,;",
    };
    unsigned seed = 4242;
    for (int round = 0; round < 50000; round++) {
        char buf[1024];
        size_t n = 0;
        seed = seed * 1103515245u + 12345u;
        /* one in four long enough to span several 16-byte blocks */
        int len = (int)(seed >> 16) % (round % 4 == 0 ? 64 : 16);
        for (int i = 0; i < len; i++) {
            seed = seed * 1103515245u + 12345u;
            const char *p = pool[(seed >> 8) % ARRAY_LEN(pool)];
            memcpy(buf + n, p, strlen(p));
            n += strlen(p);
        }
        buf[n] = '\0';
        check_escapers(buf);
    }
}

/* Every string of one to three bytes (four from 0xF0) from a set of ASCII
 * specials and the bytes at which UTF-8 validity changes (overlong forms,
 * surrogates, the end of Unicode, truncated sequences): the escapers agree
 * with the reference, as utf8proc_iterate reads UTF-8. */
static void test_escape_bytes(void **state)
{
    (void)state;
    static const unsigned char bytes[] = {'a',  ',',  ';',  '\\', '\r', '\n', 0x01, 0x1F,
                                          ' ',  0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xA8,
                                          0xA9, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
                                          0xE2, 0xED, 0xEF, 0xF0, 0xF3, 0xF4, 0xF5, 0xFF};
    size_t nb = ARRAY_LEN(bytes);
    for (size_t len = 1; len <= 4; len++) {
        size_t total = 1;
        for (size_t i = 0; i < len; i++)
            total *= nb;
        for (size_t k = 0; k < total; k++) {
            char buf[16];
            size_t v = k;
            for (size_t i = 0; i < len; i++) {
                buf[i] = (char)bytes[v % nb];
                v /= nb;
            }
            /* four bytes: only the four-byte forms need them */
            if (len == 4 && (unsigned char)buf[0] < 0xF0)
                continue;
            /* alone, and between plain bytes (0 to 17 or 29 to 32 before,
             * 20 after) so that the 16-byte blocks of the text escapers
             * meet them at every offset, across a block's end and in the
             * padded tail */
            buf[len] = '\0';
            check_escapers(buf);
            static const size_t pre[] = {0,  1,  2,  3,  4,  5,  6,  7,  8,  9,  10,
                                         11, 12, 13, 14, 15, 16, 17, 29, 30, 31, 32};
            for (size_t p = 0; p < ARRAY_LEN(pre); p++) {
                char longer[64];
                memcpy(longer, "abcdefghijklmnopqrstuvwxyz0123456789", pre[p]);
                memcpy(longer + pre[p], buf, len);
                strcpy(longer + pre[p] + len, "0123456789ABCDEFGHIJ");
                check_escapers(longer);
            }
        }
    }
}

/* The unfolded value of the first line of card that starts with name; heap
 * string, NULL when there is none. */
static char *unfolded_value(const char *card, const char *name)
{
    struct strbuf sb = STRBUF_INIT;
    for (const char *p = card; *p; p++)
        if (!(p[0] == '\r' && p[1] == '\n' && p[2] == ' '))
            strbuf_putc(&sb, *p);
        else
            p += 2;
    const char *text = strbuf_str(&sb);
    char *res = NULL;
    size_t n = strlen(name);
    for (const char *l = text; *l;) {
        const char *eol = strstr(l, "\r\n");
        if (!eol)
            break;
        if (strncmp(l, name, n) == 0)
            res = xstrndup(l + n, (size_t)(eol - l) - n);
        if (res)
            break;
        l = eol + 2;
    }
    strbuf_free(&sb);
    return res;
}

/* URL and SOURCE values are trimmed and percent-encoded in place of
 * str_trim + uri_escape: the same bytes for every byte value, with every
 * kind of white space around. */
static void test_uri_bytes(void **state)
{
    (void)state;
    static const char *const pad[] = {"", " ", "\t\xC2\xA0", "\xE2\x80\xAF \n"};
    for (size_t k = 0; k < ARRAY_LEN(pad); k++) {
        char raw[600];
        size_t n = 0;
        n += (size_t)sprintf(raw + n, "%s", pad[k]);
        for (int c = 1; c < 256; c++)
            raw[n++] = (char)c;
        raw[n] = '\0';
        strcat(raw, "x");
        strcat(raw, pad[(k + 1) % ARRAY_LEN(pad)]);
        struct entry *e = entry_new("t.md", 1, 0);
        e->org_name = strdup("Org");
        strlist_add(&e->urls, raw);
        e->source_url = strdup(raw);
        char *t = str_trim(raw);
        char *want = uri_escape(t);
        char *card = write_ok(e, VCARD_30, NULL, NULL);
        char *url = unfolded_value(card, "URL:");
        char *source = unfolded_value(card, "SOURCE:");
        assert_non_null(url);
        assert_non_null(source);
        assert_string_equal(url, want);
        assert_string_equal(source, want);
        free(url);
        free(source);
        free(card);
        free(want);
        free(t);
        entry_free(e);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_escape_rows),
        cmocka_unit_test(test_escape_21_rows),
        cmocka_unit_test(test_param_rows),
        cmocka_unit_test(test_escape_random),
        cmocka_unit_test(test_escape_bytes),
        cmocka_unit_test(test_uri_bytes),
        cmocka_unit_test(test_fold_utf8),
        cmocka_unit_test(test_fold_short_and_exact),
        cmocka_unit_test(test_org_card_30),
        cmocka_unit_test(test_org_card_40),
        cmocka_unit_test(test_phone_kinds),
        cmocka_unit_test(test_minimal_entry),
        cmocka_unit_test(test_injection),
        cmocka_unit_test(test_21_charsets),
        cmocka_unit_test(test_21_qp_long),
        cmocka_unit_test(test_21_compound_and_plain),
        cmocka_unit_test(test_21_charset_errors),
        cmocka_unit_test(test_21_component_backslash),
        cmocka_unit_test(test_person_note),
        cmocka_unit_test(test_note_empty_section),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

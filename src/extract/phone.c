/* Extractor: phone numbers. Finds number-looking runs in the text lines of a
 * section, names their kind from the label before them, and normalises them to
 * E.164 (phone_parse.c: a fast path for plain French numbers, libphonenumber for
 * the rest). */
#include "extract/phone_int.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "base/text.h"
#include "base/util.h"

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
 * A spaced " - " or " / " ends the run: it separates two numbers or a label.
 * A country code may stand in parentheses, "(+34) 917 007 728": the run is
 * international, its first group the code. */
static void scan_run(const char *s, size_t p, struct run *r)
{
    memset(r, 0, sizeof *r);
    size_t q = p;
    bool paren_cc = s[q] == '(' && s[q + 1] == '+';
    if (s[q] == '+' || paren_cc) {
        r->plus = true;
        q += paren_cc ? 2 : 1;
    }
    char sep = 0;
    for (;;) {
        int nd = 0;
        size_t g = scan_group(s + q, &nd);
        if (g == 0 || r->n == MAX_GROUPS)
            break;
        if (paren_cc && r->n == 0 && (s[q] == '(' || nd > 3 || s[q + g] != ')'))
            break; /* "(+3312…)": no country code alone */
        r->pos[r->n] = q;
        r->sep[r->n] = sep;
        r->len[r->n] = nd;
        r->before[r->n] = r->digits;
        r->n++;
        r->digits += nd;
        q += g + (paren_cc && r->n == 1); /* the ")" after the code */
        r->end = r->gend[r->n - 1] = q;

        /* separator before the next group */
        size_t k, blanks = 0, t = q;
        while ((k = blank_len(s + t)) > 0 && blanks < 2) {
            t += k;
            blanks++;
        }
        if (s[t] == '/' && r->n == 1 && r->len[0] <= 4 && s[r->pos[0]] == '0' &&
            (blanks > 0 || blank_len(s + t + 1) > 0)) {
            /* "032 / 886 48 60", "084 /840 531": a slash with a blank after
             * the area code only, not between two numbers */
            sep = '/';
            t += 1 + blank_len(s + t + 1);
        } else if (blanks > 0) {
            sep = ' ';
        } else if (s[t] == '.' && blank_len(s + t + 1) > 0 && r->digits < 10 &&
                   ((r->len[0] == 2 && s[r->pos[0]] == '0') || r->plus) &&
                   ascii_isdigit((unsigned char)s[t + 1 + blank_len(s + t + 1)])) {
            /* "04.91. 52 40. 02", "+377.93.15. 28.16": a dot and a space
             * inside a number (not a full stop between two: the first has
             * its ten digits by then) */
            sep = '.';
            t += 1 + blank_len(s + t + 1);
        } else if (s[t] == '.' || s[t] == '-' || s[t] == '/' || s[t] == '\'') {
            sep = s[t];
            t++;
        } else if ((unsigned char)s[t] == 0xE2 && (unsigned char)s[t + 1] == 0x80 &&
                   (unsigned char)s[t + 2] == 0x99 && r->n > 1) {
            sep = '\''; /* "027 322’22’37", as Switzerland groups digits */
            t += 3;
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
    /* "+41 32 933 84 51/55", "01 23 45 67 89/90": a second line's last
     * digits after a whole number; the number is the first line's */
    int last = r->n - 1;
    if (last > 0 && r->sep[last] == '/' && r->len[last] <= 2 &&
        r->before[last] >= (national ? 10 : 9)) {
        r->end = r->gend[last - 1];
        r->n = last;
        r->digits = r->before[last];
        return;
    }
    int limit = national ? 10 : 15;
    if (r->digits <= limit)
        return;
    int min = national ? 10 : 8;
    /* "03 89 33 38 00 9 rue des …": five pairs make a French number whole;
     * a group after them that is no pair (a street's number) is the next
     * thing of the line ("01 99 00 12 34 56 78" stays one bad number) */
    if (national && r->n > 5 && r->before[5] == 10 && r->len[5] != 2) {
        bool pairs = true;
        for (int i = 0; i < 5; i++)
            pairs = pairs && r->len[i] == 2;
        if (pairs) {
            r->end = r->gend[4];
            r->n = 5;
            r->digits = 10;
            return;
        }
    }
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

/* What a finder takes beyond the runs of eight digits or more in groups of
 * the French kind: shorter runs (six digits: "41 40 00" in New Caledonia),
 * North American groups ("450 655-9081", "(450) 655-9081"). */
struct shapes {
    int min_digits;
    bool nanp;
    bool two_groups; /* Luxembourg's "247 86000", "247-86000": two groups */
};

/* Three groups of 3, 3 and 4 digits, or an area code and seven digits ("450
 * 7538123"), the area code not opening with 0 or 1: a North American number
 * without its "1"; or with it, alone before them ("1 877 700-2433"). */
static bool nanp_run(const char *s, const struct run *r)
{
    const char *first = s + r->pos[0];
    if (*first == '(')
        first++;
    /* "1 877 700-2433": the country's "1" first, then the three groups */
    if (r->n == 4 && r->len[0] == 1 && first[0] == '1' && r->len[1] == 3 &&
        s[r->pos[1]] >= '2' && r->len[2] == 3 && r->len[3] == 4 && r->sep[3] != '/')
        return true;
    if (first[0] < '2' || r->len[0] != 3)
        return false;
    return (r->n == 3 && r->len[1] == 3 && r->len[2] == 4 && r->sep[2] != '/') ||
           (r->n == 2 && r->len[1] == 7 && r->sep[1] == ' ');
}

static size_t dash_len(const char *s);

/* Whether the number at p has a letterhead's label letter glued before it,
 * a word of its own: "T02 220 26 11", "F+32 2 …" (telephone, fax, mobile,
 * GSM, portable). */
static bool letterhead_label(const char *s, size_t p)
{
    return p > 0 && s[p - 1] != '\0' && strchr("TFMGP", s[p - 1]) &&
           (p == 1 || !ascii_isalnum((unsigned char)s[p - 2])) &&
           (s[p] == '0' || s[p] == '+');
}

static bool find_run(const char *s, size_t from, struct shapes sh, size_t *start,
                     size_t *end)
{
    size_t n = strlen(s);
    size_t p = from;
    while (p < n) {
        unsigned char c = (unsigned char)s[p];
        bool can_start =
            ascii_isdigit(c) ||
            (c == '+' && (ascii_isdigit((unsigned char)s[p + 1]) || s[p + 1] == '(')) ||
            (c == '(' && (ascii_isdigit((unsigned char)s[p + 1]) ||
                          (s[p + 1] == '+' && ascii_isdigit((unsigned char)s[p + 2]))));
        if (!can_start ||
            (p > 0 && (ascii_isalnum((unsigned char)s[p - 1]) || s[p - 1] == '+') &&
             !letterhead_label(s, p))) {
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
        /* "9h-12h", "12345abc": a run glued to a word is not a number; a
         * short one before a dash and a digit is a line and its extension
         * ("71 00 08–1"), read after its label (short_runs) */
        size_t dash = r.digits < 8 ? dash_len(s + r.end) : 0;
        if (ascii_isalnum((unsigned char)s[r.end]) || r.digits < sh.min_digits ||
            run_is_date(&r) || (dash && ascii_isdigit((unsigned char)s[r.end + dash]))) {
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
            /* Luxembourg writes no trunk prefix: "247 86000", "2478 6000"
             * (not an ISSN, "2418-4128") */
            ok = ok || (sh.two_groups && r.n == 2 &&
                        ((r.len[0] == 3 && r.len[1] == 5) ||
                         (r.len[0] == 4 && r.len[1] == 4 && r.sep[1] == ' ')));
            if (!ok && !(sh.nanp && nanp_run(s, &r))) {
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

bool phone_find(const char *s, size_t from, size_t *start, size_t *end)
{
    return find_run(s, from, (struct shapes){8, false, false}, start, end);
}

bool phone_six_digit_plan(const char *region)
{
    return region && (strcmp(region, "NC") == 0 || strcmp(region, "WF") == 0 ||
                      strcmp(region, "PM") == 0);
}

static bool nanp_plan(const char *region)
{
    return region && (strcmp(region, "CA") == 0 || strcmp(region, "US") == 0);
}

bool phone_find_in(const char *s, size_t from, const char *region, const char *alt,
                   size_t *start, size_t *end)
{
    /* Luxembourg's numbers have six digits and more ("au 45 45 45") */
    bool lu = (region && strcmp(region, "LU") == 0) || (alt && strcmp(alt, "LU") == 0);
    bool six = phone_six_digit_plan(region) || phone_six_digit_plan(alt) || lu;
    struct shapes sh = {six ? 6 : 8, nanp_plan(region) || nanp_plan(alt), lu};
    return find_run(s, from, sh, start, end);
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
/* True when the last word of t is one a sentence leads to its number with
 * ("Renseignez-vous au", "appelez le", "composer le"): no label. */
static bool ends_like_sentence(const char *t)
{
    static const char *const tails[] = {"au", "le",  "la",  "les", "du",  "de", "des",
                                        "a",  "par", "sur", "en",  "via", NULL};
    const char *w = strrchr(t, ' ');
    return str_folds_to_any(w ? w + 1 : t, tails);
}

static bool label_like(const char *t, bool *known, enum phone_kind *kind)
{
    *kind = phone_kind_from_label(t, known);
    int w = count_words(t);
    return w > 0 && (*known ? w <= 5 : w <= 3 && !ends_like_sentence(t)) &&
           strlen(t) <= 48;
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

/* A label word among the last four words of a sentence that leads to a
 * number ("… ou par télécopie au 01 39 …", "joindre au téléphone au …"):
 * a new string of that word, with its kind, or NULL. */
static char *sentence_label(const char *lead, enum phone_kind *kind)
{
    size_t end = strlen(lead);
    for (int w = 0; w < 4 && end > 0; w++) {
        size_t a = end;
        while (a > 0 && lead[a - 1] != ' ')
            a--;
        char *word = trim_segment(lead, a, end, false);
        bool known = false;
        char *k = str_fold_key(word);
        bool head_only = a > 0 && phone_label_head_only(k);
        free(k);
        if (*word && count_words(word) == 1 && !head_only) {
            *kind = phone_kind_from_label(word, &known);
            if (known)
                return word;
        }
        free(word);
        end = a;
        while (end > 0 && lead[end - 1] == ' ')
            end--;
    }
    return NULL;
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

bool phone_short_lead(const char *text)
{
    size_t d = strcspn(text, "0123456789");
    if (text[d] == '\0' || d == 0 || d > 24 || (text[d - 1] != ' ' && text[d - 1] != ':'))
        return false;
    char *label = trim_segment(text, 0, d, false);
    bool known = false;
    if (count_words(label) == 1)
        phone_kind_from_label(label, &known);
    free(label);
    return known;
}

/* The length of the dash at s ("-", "–"), or 0. */
static size_t dash_len(const char *s)
{
    if (s[0] == '-')
        return 1;
    return (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
                   ((unsigned char)s[2] == 0x93 || (unsigned char)s[2] == 0x94)
               ? 3
               : 0;
}

/* Short numbers after labels ("Tél. : 27 800 - 1 ■ Fax : 27 800 - 900", "T
 * 71 00 08–1", "Téléphone : 32 30"): runs of 4 to 11 digits in groups
 * joined by spaces, dots and dashes, not glued to a word. Fills st, en;
 * returns their count. */
static int short_runs(const char *s, size_t *st, size_t *en)
{
    int n = 0;
    for (size_t p = 0; s[p] && n < MAX_RUNS; p++) {
        if (!ascii_isdigit((unsigned char)s[p]) ||
            (p > 0 && ascii_isalnum((unsigned char)s[p - 1])))
            continue;
        size_t q = p, end = p, digits = 0;
        for (;;) {
            while (ascii_isdigit((unsigned char)s[q]))
                q++, digits++;
            end = q;
            size_t t = q;
            while (s[t] == ' ' || s[t] == '.')
                t++;
            t += dash_len(s + t);
            while (s[t] == ' ')
                t++;
            if (t == q || !ascii_isdigit((unsigned char)s[t]))
                break;
            q = t;
        }
        if (!ascii_isalnum((unsigned char)s[end]) && digits >= 4 && digits <= 11) {
            st[n] = p;
            en[n++] = end;
        }
        p = end - 1; /* the loop steps to end, which may be the NUL */
    }
    return n;
}

/* The numbers of one line and what is said of them. */
struct runs {
    size_t st[MAX_RUNS], en[MAX_RUNS]; /* the numbers' byte spans */
    int n;
    char *labels[MAX_RUNS];
    enum phone_kind kinds[MAX_RUNS]; /* what each label names */
    bool knowns[MAX_RUNS];           /* the label is one of a phone */
    bool any_known;
    struct strbuf rest; /* the line's text that is not a number or label */
};

/* The label of each number: before the first, between them, a label before
 * several numbers shared or split among them. */
static void label_runs(const char *text, struct runs *r)
{
    char *lead = trim_segment(text, 0, r->st[0], true);
    bool known = false;
    if (*lead && label_like(lead, &known, &r->kinds[0])) {
        r->labels[0] = lead;
        r->knowns[0] = r->any_known = known;
    } else {
        /* a sentence: kept whole, its label word names the number */
        r->labels[0] = *lead ? sentence_label(lead, &r->kinds[0]) : NULL;
        r->knowns[0] = r->any_known = r->labels[0] != NULL;
        rest_add(&r->rest, lead);
        free(lead);
    }
    bool shared_lead = r->n > 1 && r->labels[0];
    for (int i = 1; i < r->n; i++) {
        between(text, r->en[i - 1], r->st[i], &r->labels[i], &r->kinds[i], &r->rest);
        if (r->labels[i]) {
            r->any_known = r->knowns[i] = true;
            shared_lead = false;
        } else if (r->labels[i - 1]) {
            r->labels[i] = xstrdup(r->labels[i - 1]);
            r->kinds[i] = r->kinds[i - 1];
            r->knowns[i] = r->knowns[i - 1];
        }
    }
    if (shared_lead)
        split_lead(r->labels, r->kinds, r->knowns, r->n);
}

/* The text after the last number, a new string: "(standard)", "du lundi au
 * vendredi"; a bare "01 99 00 12 35 (fax)" takes it as its label (and the
 * text left is then empty). */
static char *tail_label(const char *text, struct runs *r)
{
    int last = r->n - 1;
    char *tail = trim_segment(text, r->en[last], strlen(text), true);
    if (!*tail || r->labels[last])
        return tail;
    size_t tl = strlen(tail);
    char *inner = tail[0] == '(' && tail[tl - 1] == ')' ? xstrndup(tail + 1, tl - 2)
                                                        : xstrdup(tail);
    bool known = false;
    if (label_like(inner, &known, &r->kinds[last]) && known) {
        r->labels[last] = inner;
        r->any_known = r->knowns[last] = true;
        tail[0] = '\0';
    } else {
        free(inner);
    }
    return tail;
}

/* Whether a national number is written as France writes hers: in pairs
 * ("04 79 86 88 66"), in one piece, or a special number's "0 800" / "0800"
 * before pairs; not "0479.868.866", "02/514.41.11". */
static bool french_shaped(const char *num)
{
    size_t len[8], n = 0;
    const char *at[8];
    for (const char *p = num; *p && n < 8;) {
        size_t k = strspn(p, "0123456789");
        if (!k) {
            p++;
            continue;
        }
        at[n] = p;
        len[n++] = k;
        p += k;
    }
    size_t i = 0; /* the first group of pairs */
    if (n >= 2 && len[0] == 1 && len[1] == 3 && at[1][0] == '8')
        i = 2; /* "0 800 22 55 55" */
    else if (n >= 2 && len[0] == 4 && at[0][1] == '8')
        i = 1; /* "0800 22 55 55" */
    if (n <= 1)
        return true;
    for (; i < n; i++)
        if (len[i] != 2)
            return false;
    return true;
}

/* Whether num is a special number of the French plan ("0 801 901 974"):
 * national wherever France numbers, overseas too. */
static bool special_number(const char *num)
{
    return num[0] == '0' && num[strspn(num, "0 .-/")] == '8';
}

/* Whether region shares the French numbering plan (the overseas ones). */
static bool french_territory(const char *region)
{
    static const char *const codes[] = {"RE", "GP", "MQ", "GF", "YT",
                                        "PM", "BL", "MF", NULL};
    for (size_t i = 0; codes[i]; i++)
        if (strcmp(region, codes[i]) == 0)
            return true;
    return false;
}

/* Parse each number with its label into parsed (rc: 0 when valid), in region,
 * else in alt when not NULL; true when one is valid. A national number not
 * grouped the French way, or without its trunk 0, is tried in alt first
 * ("0479.868.866" on a Belgian page is a mobile there, though France has a
 * 04 79 …). */
static bool parse_runs(const char *text, struct runs *r, const char *region,
                       const char *alt, int line, struct phone *parsed, int *rc)
{
    bool any_valid = false;
    for (int i = 0; i < r->n; i++) {
        /* the number as its own string: on the stack when it fits */
        char small[64];
        size_t len = r->en[i] - r->st[i];
        char *num = len < sizeof small ? small : xmalloc(len + 1);
        memcpy(num, text + r->st[i], len);
        num[len] = '\0';
        if (!r->labels[i])
            r->kinds[i] = PHONE_VOICE; /* phone_kind_from_label(NULL) */
        const char *first = region, *second = alt;
        if (alt && num[0] == '0' && strcmp(region, "FR") == 0 && !french_shaped(num) &&
            !(special_number(num) && french_territory(alt)))
            first = alt, second = region;
        /* "T 33 938 26 26" on a page of the Institut français du Sénégal:
         * France writes its numbers with their 0 */
        if (alt && ascii_isdigit((unsigned char)num[0]) && num[0] != '0' &&
            strcmp(region, "FR") == 0 && !special_number(num))
            first = alt, second = region;
        rc[i] = phone_parse_labelled(num, r->labels[i], r->kinds[i], r->knowns[i], first,
                                     line, &parsed[i]);
        if (rc[i] != 0 && second) {
            phone_clear(&parsed[i]);
            rc[i] = phone_parse_labelled(num, r->labels[i], r->kinds[i], r->knowns[i],
                                         second, line, &parsed[i]);
        }
        any_valid = any_valid || rc[i] == 0;
        if (num != small)
            free(num);
    }
    return any_valid;
}

/* Keep the valid numbers in out; warn about the others and keep their text
 * in the line's rest. */
static void keep_numbers(struct runs *r, struct phone *parsed, const int *rc, int line,
                         struct phone_list *out, struct diag_list *d)
{
    for (int i = 0; i < r->n; i++) {
        if (rc[i] == 0) {
            phone_list_push(out, parsed[i]);
            continue;
        }
        diag_add(d, DIAG_WARNING, line, 0, "phone number not recognised: %s",
                 parsed[i].text);
        /* keep the text: the caller puts *rest in NOTE */
        if (parsed[i].label) {
            char *both = xasprintf("%s : %s", parsed[i].label, parsed[i].text);
            rest_add(&r->rest, both);
            free(both);
        } else {
            rest_add(&r->rest, parsed[i].text);
        }
        phone_clear(&parsed[i]);
    }
}

/* Whether the n bytes at s are a valid number in region or alt. */
static bool valid_in(const char *s, size_t n, const char *region, const char *alt)
{
    char *num = xstrndup(s, n);
    struct phone ph;
    bool ok = phone_parse(num, NULL, region, 0, &ph) == 0;
    phone_clear(&ph);
    if (!ok && alt) {
        ok = phone_parse(num, NULL, alt, 0, &ph) == 0;
        phone_clear(&ph);
    }
    free(num);
    return ok;
}

/* Whether group n of run r may start after a number ends: its separator
 * changes ("… 44-90") or it opens with 0 (the next number's "02"). */
static bool next_number_at(const struct run *r, const char *text, int n)
{
    return r->sep[n] != r->sep[n - 1] || text[r->pos[n]] == '0';
}

/* A national run of more digits than a number has, invalid whole, whose
 * first groups are a valid number and whose next group changes separator
 * or opens with 0: where that number ends, else b. "032 713 30 44-90" (a
 * second line's last digits after a dash), "02 / 501 01 27 02 / 501 01 28"
 * (the next number's area code glued on); not "01 99 00 12 34 56 78". */
static size_t valid_prefix(const char *text, size_t a, size_t b, const char *region,
                           const char *alt)
{
    struct run r;
    scan_run(text, a, &r);
    if (r.plus || r.digits <= 10 || text[r.pos[0]] != '0' || r.end != b)
        return b;
    int cut = r.n - 1; /* the last group before which a number may end */
    while (cut >= 1 && r.before[cut] >= 9 && !next_number_at(&r, text, cut))
        cut--;
    if (cut < 1 || r.before[cut] < 9 || valid_in(text + a, b - a, region, alt))
        return b;
    for (int n = cut; n >= 1 && r.before[n] >= 9; n--)
        if (next_number_at(&r, text, n) &&
            valid_in(text + a, r.gend[n - 1] - a, region, alt))
            return r.gend[n - 1];
    return b;
}

bool phone_line(const char *text, int line, const char *region, struct phone_list *out,
                struct diag_list *d, char **rest)
{
    return phone_line_in(text, line, region, NULL, out, d, rest);
}

bool phone_line_in(const char *text, int line, const char *region, const char *alt,
                   struct phone_list *out, struct diag_list *d, char **rest)
{
    struct runs r = {.n = 0, .rest = STRBUF_INIT};
    size_t from = 0, a, b;
    while (r.n < MAX_RUNS && phone_find_in(text, from, region, alt, &a, &b)) {
        b = valid_prefix(text, a, b, region, alt);
        r.st[r.n] = a;
        r.en[r.n++] = b;
        from = b;
    }
    if (r.n == 0 && phone_short_lead(text))
        r.n = short_runs(text, r.st, r.en);
    if (rest)
        *rest = NULL;
    if (r.n == 0)
        return false;
    label_runs(text, &r);
    char *tail = tail_label(text, &r);
    struct phone parsed[MAX_RUNS];
    int rc[MAX_RUNS];
    bool is_phone_line =
        parse_runs(text, &r, region, alt, line, parsed, rc) || r.any_known;
    if (is_phone_line) {
        keep_numbers(&r, parsed, rc, line, out, d);
        rest_add(&r.rest, tail);
        if (rest && r.rest.len)
            *rest = strbuf_detach(&r.rest);
    } else {
        for (int i = 0; i < r.n; i++)
            phone_clear(&parsed[i]);
    }
    strbuf_free(&r.rest);
    free(tail);
    for (int i = 0; i < r.n; i++)
        free(r.labels[i]);
    return is_phone_line;
}

/* libFuzzer harness over the whole library pipeline, as src/cli.c runs it:
 * decode -> split -> parse -> vCard (2.1, 3.0, 4.0), iCalendar, JSON. Any
 * output that does not re-parse into what the model holds aborts. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <libical/ical.h>

#include "base/strbuf.h"
#include "extract/extract.h"
#include "fiche.h"
#include "model/entry.h"
#include "read/decode.h"
#include "read/split.h"
#include "vcheck.h"
#include "write/dump.h"
#include "write/ical.h"
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

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void die(const struct entry *e, const char *what, const char *detail,
                const char *text)
{
    fprintf(stderr, "fuzz_convert: entry at line %d: %s: %s\n", e->line, what,
            detail ? detail : "");
    if (text)
        fprintf(stderr, "--- output ---\n%.4000s\n--- end ---\n", text);
    abort();
}

/* The ranges the calendar writer turns into events (ical.c's range_written):
 * sound ones, but for the reception's of an appointment-only entry (its
 * telephone line's and permanences' stay). */
static size_t usable_ranges(const struct entry *e)
{
    size_t n = 0;
    for (size_t i = 0; i < e->hours.n; i++) {
        const struct hours_range *r = &e->hours.v[i];
        if ((r->days & DAY_ALL) != 0 && r->start >= 0 && r->start < 24 * 60 &&
            r->end >= 0 && r->end <= 24 * 60 &&
            !(e->appointment_only && r->kind == HOURS_RECEPTION))
            n++;
    }
    return n;
}

static void check_vcard(const struct entry *e, enum vcard_version v, const char *cs)
{
    struct vcard_opts o = {v, cs, false};
    struct strbuf out = STRBUF_INIT;
    struct diag_list d = {0};
    struct fiche_error err = {0};
    if (vcard_write_entry(e, org_of(e), &o, &out, &d, &err) != 0)
        die(e, "vcard_write_entry failed", err.message, NULL);
    struct vcheck_result r;
    if (vcheck_text(strbuf_str(&out), out.len, NULL, &r) != 0) {
        char msg[200];
        snprintf(msg, sizeof msg, "vCard line %d: %s", r.error_line, r.message);
        die(e, "vcheck", msg, strbuf_str(&out));
    }
    if (r.cards != 1 + e->people.n) {
        char msg[100];
        snprintf(msg, sizeof msg, "%zu cards for %zu people", r.cards, e->people.n);
        die(e, "vCard card count", msg, strbuf_str(&out));
    }
    diag_list_clear(&d);
    fiche_error_clear(&err);
    strbuf_free(&out);
}

static size_t count_kind(icalcomponent *c, icalcomponent_kind k)
{
    size_t n = 0;
    for (icalcomponent *s = icalcomponent_get_first_component(c, k); s;
         s = icalcomponent_get_next_component(c, k))
        n++;
    return n;
}

static void check_ical(const struct entry *e, enum ical_hours_form hf,
                       enum ical_note_form nf)
{
    struct ical_opts o = {hf, nf, 1700000000};
    struct strbuf out = STRBUF_INIT;
    struct fiche_error err = {0};
    /* a writer of its own: the reuse of components between entries is
     * test_ical's to check */
    struct ical_writer *w = ical_writer_new();
    int rc = ical_write_entry(w, e, &o, &out, &err);
    ical_writer_free(w);
    if (rc != 0)
        die(e, "ical_write_entry failed", err.message, NULL);
    if (!ical_has_content(e)) {
        if (out.len != 0)
            die(e, "calendar written for an entry without opening information", NULL,
                strbuf_str(&out));
        strbuf_free(&out);
        return;
    }
    if (out.len == 0)
        die(e, "no calendar for an entry with opening information", NULL, NULL);
    if (strlen(out.buf) != out.len)
        die(e, "NUL byte in the calendar", NULL, NULL);
    icalcomponent *root = icalparser_parse_string(out.buf);
    if (!root || icalcomponent_isa(root) != ICAL_VCALENDAR_COMPONENT)
        die(e, "calendar does not parse as one VCALENDAR", NULL, out.buf);
    if (icalcomponent_count_errors(root) != 0)
        die(e, "X-LIC-ERROR in the re-parsed calendar", NULL, out.buf);
    size_t ev = count_kind(root, ICAL_VEVENT_COMPONENT);
    size_t jo = count_kind(root, ICAL_VJOURNAL_COMPONENT);
    size_t td = count_kind(root, ICAL_VTODO_COMPONENT);
    size_t av = count_kind(root, ICAL_VAVAILABILITY_COMPONENT);
    size_t want_ev = 0, want_jo = 0, want_td = 0, want_av = 0, ranges = usable_ranges(e);
    if (e->appointment_only)
        *(nf == ICAL_NOTE_TODO ? &want_td : &want_jo) = 1;
    if (ranges > 0 && hf == ICAL_HOURS_AVAILABILITY)
        want_av = 1;
    else if (ranges > 0)
        want_ev = ranges;
    if (ev != want_ev || jo != want_jo || td != want_td || av != want_av) {
        char msg[160];
        snprintf(msg, sizeof msg,
                 "VEVENT %zu/%zu VJOURNAL %zu/%zu VTODO %zu/%zu VAVAILABILITY %zu/%zu",
                 ev, want_ev, jo, want_jo, td, want_td, av, want_av);
        die(e, "calendar component count (got/want)", msg, out.buf);
    }
    if (want_av) {
        icalcomponent *va =
            icalcomponent_get_first_component(root, ICAL_VAVAILABILITY_COMPONENT);
        if (count_kind(va, ICAL_XAVAILABLE_COMPONENT) != ranges)
            die(e, "AVAILABLE count differs from the hours", NULL, out.buf);
    }
    icalcomponent_free(root);
    strbuf_free(&out);
}

static void check_json(const struct entry *e)
{
    struct strbuf out = STRBUF_INIT;
    dump_entry_json(e, &out);
    json_error_t jerr;
    json_t *j = json_loadb(strbuf_str(&out), out.len, 0, &jerr);
    if (!j || !json_is_object(j) || out.len == 0 || out.buf[out.len - 1] != '\n' ||
        memchr(out.buf, '\n', out.len) != out.buf + out.len - 1)
        die(e, "JSON dump is not one object on one line", jerr.text, strbuf_str(&out));
    json_decref(j);
    strbuf_free(&out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const struct extract_opts xo = {"FR", false};
    char *text = NULL;
    size_t n_text = 0;
    struct diag_list d = {0};
    struct fiche_error err = {0};
    if (decode_to_utf8((const char *)data, size, NULL, "fuzz", &text, &n_text, &d,
                       &err) != 0) {
        if (text)
            abort(); /* the contract: *out is NULL on error */
        goto out;
    }
    if (strlen(text) != n_text)
        abort(); /* decoded text holds a NUL */
    struct splitter sp;
    split_init(&sp, text, n_text);
    struct raw_entry raw;
    while (split_next(&sp, &raw, &d)) {
        if (raw.text < text || raw.text + raw.len > text + n_text)
            abort();
        struct entry *e = NULL;
        struct fiche_error eerr = {0};
        if (extract_entry(&raw, "fuzz", &xo, &e, &eerr) == 0) {
            check_vcard(e, VCARD_21, NULL);
            check_vcard(e, VCARD_21, "WINDOWS-1252");
            check_vcard(e, VCARD_30, NULL);
            check_vcard(e, VCARD_40, NULL);
            check_ical(e, ICAL_HOURS_EVENTS, ICAL_NOTE_JOURNAL);
            check_ical(e, ICAL_HOURS_AVAILABILITY, ICAL_NOTE_TODO);
            check_json(e);
        } else if (e) {
            abort(); /* the contract: no entry on error */
        }
        entry_free(e);
        fiche_error_clear(&eerr);
    }
out:
    diag_list_clear(&d);
    fiche_error_clear(&err);
    free(text);
    return 0;
}

#ifdef FUZZ_MAIN
/* Without libFuzzer (gcc, valgrind): run each file named on the command line. */
int main(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        FILE *fp = fopen(argv[i], "rb");
        if (!fp) {
            perror(argv[i]);
            return 2;
        }
        struct strbuf sb = STRBUF_INIT;
        char buf[65536];
        size_t n;
        while ((n = fread(buf, 1, sizeof buf, fp)) > 0)
            strbuf_add(&sb, buf, n);
        fclose(fp);
        LLVMFuzzerTestOneInput((const uint8_t *)strbuf_str(&sb), sb.len);
        strbuf_free(&sb);
    }
    return 0;
}
#endif

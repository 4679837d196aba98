/* The command line: options, presets and usage over the batch (batch.c) and
 * the library core (fiche.h). */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#ifdef HAVE_MIMALLOC
#include <mimalloc.h>
#endif

#include "base/util.h"
#include "cli/batch.h"
#include "cli/message.h"
#include "fiche.h"

static const char *prog = FICHE_PROGRAM;

static void usage_error(const char *fmt, const char *arg)
    __attribute__((format(printf, 1, 0), noreturn));

static void usage_error(const char *fmt, const char *arg)
{
    char *text = xasprintf("%s: %s", prog, fmt);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
    say(text, arg);
#pragma GCC diagnostic pop
    free(text);
    say("Try '%s --help' for more information.", prog);
    exit(EXIT_USAGE);
}

static void print_help(void)
{
    printf("Usage: %s [OPTION]... [INPUT]...\n"
           "Convert French organisation directory entries (Markdown \"fiches\") into\n"
           "vCard contact cards and iCalendar objects.\n"
           "INPUT is a file, a directory (searched recursively for *.md, *.markdown,\n"
           "*.txt) or - for standard input (the default).\n\n"
           "Outputs (vCards go to standard output when none is given):\n"
           "      --vcf FILE             all vCards in one file (- = standard output)\n"
           "      --ics FILE             all calendar objects in one VCALENDAR\n"
           "  -o, --output-dir DIR       SLUG.vcf (+ SLUG.ics) per entry\n"
           "      --jcard FILE           all cards as jCard (RFC 7095)\n"
           "      --jscontact FILE       all cards as JSContact Cards (RFC 9553)\n"
           "      --jsonld FILE          schema.org JSON-LD with OSM opening hours\n"
           "      --csv FILE             one CSV row per card, for --csv-for\n"
           "      --csv-for PRODUCT      google (default) or outlook\n"
           "                             (with -o DIR, also SLUG.EXT per entry)\n"
           "      --vdir DIR             DIR/contacts/UID.vcf, DIR/calendar/UID.ics\n"
           "      --carddav URL          push the cards to an address book\n"
           "      --caldav URL           push the calendar objects to a calendar\n"
           "      --dump json            the extracted model, one JSON object per line\n"
           "      --report FILE          JSON report of the batch\n\n"
           "Delivery (--vdir, -o, --carddav, --caldav write only what changed):\n"
           "      --netrc-file FILE      credentials for --carddav/--caldav (default\n"
           "                             ~/.netrc; never on the command line)\n"
           "      --prune                delete the items this program wrote whose\n"
           "                             entry is gone\n"
           "      --dry-run              say what would be written or deleted\n"
           "      --force                replace items changed by someone else\n\n"
           "Formats:\n"
           "  -V, --vcard-version VER    2.1, 3.0 (default) or 4.0\n"
           "  -t, --to-code CHARSET      charset of vCard 2.1 output (default UTF-8)\n"
           "      --hours-as FORM        events (default) or availability\n"
           "      --note-as FORM         journal (default) or todo\n"
           "      --for CLIENT           google, apple, outlook, thunderbird, android,\n"
           "                             nextcloud, evolution, kde, khard or calcurse:\n"
           "                             the forms it imports best\n\n"
           "Input:\n"
           "  -f, --from-code CHARSET    input charset (default auto: BOM, else UTF-8,\n"
           "                             else Windows-1252)\n"
           "      --files-from FILE      read input names from FILE (one per line, or\n"
           "                             NUL-separated)\n"
           "      --region CC            default phone region (FR)\n"
           "      --keep-case            keep family names as written\n"
           "      --max-entry-size SIZE  refuse an entry larger than SIZE (default 16M;\n"
           "                             K, M, G suffixes); the rest of its file is\n"
           "                             not read\n\n"
           "Behaviour:\n"
           "      --strict               stop at the first entry that fails\n"
           "  -j, --jobs N               worker threads (default: one per core); the\n"
           "                             output is the same for any N\n"
           "  -q, --quiet                no warnings\n"
           "  -h, --help                 this help\n"
           "      --version              version\n\n"
           "Exit status: 0 all converted; 1 some entries failed (the others were\n"
           "written); 2 usage or fatal error.\n",
           prog);
}

/* --- outputs ----------------------------------------------------------- */

/* --for CLIENT: the forms each client imports best, as tests/clients/
 * measured them (README, "Which client wants what"). */
struct client_preset {
    const char *name;
    enum vcard_version version;
    const char *charset;
    enum ical_note_form note;
    bool ablabel, one_card_per_file;
};

static const struct client_preset presets[] = {
    {"google", VCARD_30, NULL, ICAL_NOTE_TODO, true, false},
    {"apple", VCARD_30, NULL, ICAL_NOTE_JOURNAL, true, false},
    {"outlook", VCARD_21, "WINDOWS-1252", ICAL_NOTE_JOURNAL, false, true},
    {"thunderbird", VCARD_30, NULL, ICAL_NOTE_TODO, false, false},
    {"android", VCARD_30, NULL, ICAL_NOTE_JOURNAL, false, false},
    {"nextcloud", VCARD_30, NULL, ICAL_NOTE_JOURNAL, false, false},
    {"evolution", VCARD_30, NULL, ICAL_NOTE_JOURNAL, false, false},
    {"kde", VCARD_40, NULL, ICAL_NOTE_JOURNAL, false, false},
    {"khard", VCARD_40, NULL, ICAL_NOTE_TODO, false, false},
    {"calcurse", VCARD_30, NULL, ICAL_NOTE_TODO, false, false},
};

static void apply_client(struct options *o, const char *client)
{
    for (size_t i = 0; i < sizeof presets / sizeof presets[0]; i++) {
        const struct client_preset *p = &presets[i];
        if (strcmp(client, p->name) != 0)
            continue;
        o->vcard.version = p->version;
        o->vcard.charset = p->charset;
        o->vcard.ablabel = p->ablabel;
        o->ical.note = p->note;
        o->one_card_per_file = p->one_card_per_file;
        return;
    }
    usage_error("unknown client '%s' (google, apple, outlook, thunderbird, android, "
                "nextcloud, evolution, kde, khard, calcurse)",
                client);
}

static long long dtstamp_now(void)
{
    const char *sde = getenv("SOURCE_DATE_EPOCH");
    if (sde && *sde) {
        char *end;
        errno = 0;
        long long v = strtoll(sde, &end, 10);
        if (errno == 0 && *end == '\0' && v >= 0)
            return v;
        say("%s: SOURCE_DATE_EPOCH is not a number of seconds; ignored", prog);
    }
    return (long long)time(NULL);
}

enum {
    OPT_VCF = 256,
    OPT_ICS,
    OPT_HOURS_AS,
    OPT_NOTE_AS,
    OPT_REGION,
    OPT_DUMP,
    OPT_REPORT,
    OPT_VERSION,
    OPT_FOR,
    OPT_FILES_FROM,
    OPT_KEEP_CASE,
    OPT_STRICT,
    OPT_MAX_ENTRY
};

/* Said before the library aborts for want of memory. */
static void out_of_memory(size_t n)
{
    say("%s: out of memory (%zu bytes)", prog, n);
}

/* A word of a closed list given to an option, and its value. */
struct choice {
    const char *word;
    int value;
};

static int choose(const char *arg, const struct choice *c, const char *what)
{
    for (; c->word; c++)
        if (strcmp(arg, c->word) == 0)
            return c->value;
    usage_error(what, arg);
}

/* "16M", "512k", "1G", "1000000": bytes, from 1 KiB to 1 GiB. */
static size_t parse_size(const char *arg)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(arg, &end, 10);
    unsigned long long unit = 1;
    if (*end == 'k' || *end == 'K')
        unit = 1024, end++;
    else if (*end == 'm' || *end == 'M')
        unit = 1024 * 1024, end++;
    else if (*end == 'g' || *end == 'G')
        unit = 1024 * 1024 * 1024, end++;
    if (errno || end == arg || *end || v == 0 || v > (1ULL << 30) / unit ||
        v * unit < 1024)
        usage_error("--max-entry-size takes a size from 1K to 1G (16M, 512K), not '%s'",
                    arg);
    return (size_t)(v * unit);
}

static void set_region(struct options *o, const char *arg)
{
    static char region_buf[3];
    if (strlen(arg) != 2 || !ascii_isalpha(arg[0]) || !ascii_isalpha(arg[1]))
        usage_error("--region takes a two-letter country code, not '%s'", arg);
    region_buf[0] = (char)ascii_toupper(arg[0]);
    region_buf[1] = (char)ascii_toupper(arg[1]);
    o->extract.region = region_buf;
}

/* The options that choose forms: -V, --hours-as, --note-as, --dump, -j. */
static void set_form(struct options *o, int c, const char *arg)
{
    static const struct choice versions[] = {{"2.1", VCARD_21}, {"3.0", VCARD_30},
                                             {"3", VCARD_30},   {"4.0", VCARD_40},
                                             {"4", VCARD_40},   {NULL, 0}};
    static const struct choice hours[] = {{"events", ICAL_HOURS_EVENTS},
                                          {"availability", ICAL_HOURS_AVAILABILITY},
                                          {NULL, 0}};
    static const struct choice notes[] = {
        {"journal", ICAL_NOTE_JOURNAL}, {"todo", ICAL_NOTE_TODO}, {NULL, 0}};
    static const struct choice dumps[] = {{"json", 1}, {NULL, 0}};
    char *end;
    switch (c) {
    case 'V':
        o->vcard.version =
            choose(arg, versions, "unknown vCard version '%s' (2.1, 3.0 or 4.0)");
        break;
    case OPT_HOURS_AS:
        o->ical.hours =
            choose(arg, hours, "unknown --hours-as form '%s' (events or availability)");
        break;
    case OPT_NOTE_AS:
        o->ical.note =
            choose(arg, notes, "unknown --note-as form '%s' (journal or todo)");
        break;
    case OPT_DUMP:
        o->dump_json = choose(arg, dumps, "unknown --dump format '%s' (json)");
        break;
    case 'j':
        o->jobs = strtol(arg, &end, 10);
        if (*end || o->jobs < 1 || o->jobs > 64)
            usage_error("--jobs takes a number of threads from 1 to 64, not '%s'", arg);
        break;
    }
}

/* One option of the command line into o; false for an unknown one. */
static bool set_option(struct options *o, int c, const char *arg)
{
    switch (c) {
    case OPT_VCF:
        o->vcf_path = arg;
        break;
    case OPT_ICS:
        o->ics_path = arg;
        break;
    case 'o':
        o->out_dir = arg;
        break;
    case OPT_REPORT:
        o->report_path = arg;
        break;
    case 'f':
        o->from_code = arg;
        break;
    case 't':
        o->vcard.charset = arg;
        break;
    case OPT_REGION:
        set_region(o, arg);
        break;
    case OPT_FOR:
        apply_client(o, arg);
        break;
    case OPT_FILES_FROM:
        o->files_from = arg;
        break;
    case OPT_KEEP_CASE:
        o->extract.keep_case = true;
        break;
    case OPT_STRICT:
        o->strict = true;
        break;
    case OPT_MAX_ENTRY:
        o->max_entry_size = parse_size(arg);
        break;
    case 'q':
        o->quiet = true;
        break;
    case 'V':
    case OPT_HOURS_AS:
    case OPT_NOTE_AS:
    case OPT_DUMP:
    case 'j':
        set_form(o, c, arg);
        break;
    case OPT_JCARD:
    case OPT_JSCONTACT:
    case OPT_JSONLD:
    case OPT_CSV:
    case OPT_CSV_FOR:
        if (!formats_option(&o->formats, c, arg))
            usage_error("unknown --csv-for product '%s' (google or outlook)", arg);
        break;
    case OPT_VDIR:
    case OPT_CARDDAV:
    case OPT_CALDAV:
    case OPT_NETRC_FILE:
    case OPT_PRUNE:
    case OPT_DRY_RUN:
    case OPT_FORCE:
        delivery_option(&o->delivery, c, arg);
        break;
    default:
        return false;
    }
    return true;
}

static const struct option longopts[] = {
    {"vcf", required_argument, NULL, OPT_VCF},
    {"ics", required_argument, NULL, OPT_ICS},
    {"output-dir", required_argument, NULL, 'o'},
    {"vcard-version", required_argument, NULL, 'V'},
    {"hours-as", required_argument, NULL, OPT_HOURS_AS},
    {"note-as", required_argument, NULL, OPT_NOTE_AS},
    {"from-code", required_argument, NULL, 'f'},
    {"to-code", required_argument, NULL, 't'},
    {"region", required_argument, NULL, OPT_REGION},
    {"dump", required_argument, NULL, OPT_DUMP},
    {"report", required_argument, NULL, OPT_REPORT},
    {"for", required_argument, NULL, OPT_FOR},
    {"files-from", required_argument, NULL, OPT_FILES_FROM},
    {"keep-case", no_argument, NULL, OPT_KEEP_CASE},
    {"strict", no_argument, NULL, OPT_STRICT},
    {"max-entry-size", required_argument, NULL, OPT_MAX_ENTRY},
    {"jobs", required_argument, NULL, 'j'},
    {"quiet", no_argument, NULL, 'q'},
    {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, OPT_VERSION},
    FORMATS_LONGOPTS,
    DELIVERY_LONGOPTS,
    {NULL, 0, NULL, 0},
};

/* Charsets that cannot be used are usage errors, not one error per entry. */
static void check_charsets(const struct options *o)
{
    if (o->from_code && strcmp(o->from_code, "auto") != 0) {
        char *t = NULL;
        size_t tn = 0;
        struct fiche_error ce = {0};
        if (decode_to_utf8("", 0, o->from_code, "-f", &t, &tn, NULL, &ce) ==
            FICHE_ECHARSET)
            usage_error("unknown input charset '%s' (see iconv -l)", o->from_code);
        free(t);
        fiche_error_clear(&ce);
    }
    if (o->vcard.charset) {
        struct entry *pe = entry_new("-t", 1, 0);
        pe->title = xstrdup("x");
        pe->org_name = xstrdup("x");
        struct strbuf sb = STRBUF_INIT;
        struct fiche_error ce = {0};
        unsigned char org[16] = {0};
        if (vcard_write_entry(pe, org, &o->vcard, &sb, NULL, &ce) == FICHE_ECHARSET)
            usage_error("%s", ce.message);
        fiche_error_clear(&ce);
        strbuf_free(&sb);
        entry_free(pe);
    }
    if (o->vcard.charset && o->vcard.version != VCARD_21)
        usage_error("%s", "--to-code applies to vCard 2.1 only (3.0 and 4.0 are UTF-8)");
}

/* What the options say together: threads, the output folder, one writer of
 * standard output. */
static void check_options(struct options *o)
{
    check_charsets(o);
    char *why = delivery_check(&o->delivery, o->out_dir);
    if (why)
        usage_error("%s", why);
    if (o->jobs == 0) {
        /* One worker per core (at most 8); the reading thread finishes jobs. */
        long n = sysconf(_SC_NPROCESSORS_ONLN);
        o->jobs = n < 1 ? 1 : n > 8 ? 8 : n;
    }
    if (o->one_card_per_file && !o->out_dir && !o->quiet)
        say("%s: warning: Outlook imports only the first card of a file; use -o DIR for "
            "one card per file",
            prog);
    if (o->out_dir && strcmp(o->out_dir, "-") == 0)
        usage_error("%s", "-o takes a folder; for standard output use --vcf -");
    if (o->out_dir) {
        struct stat st;
        if (stat(o->out_dir, &st) != 0 && mkdir(o->out_dir, 0755) != 0)
            usage_error("cannot create the output folder '%s'", o->out_dir);
        if (stat(o->out_dir, &st) != 0 || !S_ISDIR(st.st_mode))
            usage_error("'%s' is not a folder", o->out_dir);
    }
    int to_stdout = (o->dump_json ? 1 : 0) +
                    (o->vcf_path && strcmp(o->vcf_path, "-") == 0) +
                    (o->ics_path && strcmp(o->ics_path, "-") == 0) +
                    (o->report_path && strcmp(o->report_path, "-") == 0) +
                    formats_to_stdout(&o->formats);
    if (to_stdout > 1)
        usage_error("%s", "only one of --vcf -, --ics -, --report -, --dump json and "
                          "the format options can write to standard output");
}

int main(int argc, char **argv)
{
    fiche_set_oom_handler(out_of_memory);
#ifdef HAVE_MIMALLOC
    /* Freed pages go back to the system after 1 ms instead of 25: an entry's
     * memory is freed as the next one needs as much, and with the default
     * delay peak RSS held several entries' worth per thread, more on a busy
     * machine (16 MiB on 200,000 entries against 13.5 MiB), for no time saved. */
    mi_option_set(mi_option_decommit_delay, 1);
#endif
    struct options o = {
        .vcard = {VCARD_30, NULL},
        .ical = {ICAL_HOURS_EVENTS, ICAL_NOTE_JOURNAL, 0},
        .extract = {"FR", false},
        .max_entry_size = DEFAULT_MAX_ENTRY_SIZE,
    };
    int c;
    while ((c = getopt_long(argc, argv, "o:V:f:t:j:qh", longopts, NULL)) != -1) {
        if (c == 'h') {
            print_help();
            return EXIT_OK;
        }
        if (c == OPT_VERSION) {
            printf("%s %s\n", prog, PACKAGE_VERSION);
            return EXIT_OK;
        }
        if (!set_option(&o, c, optarg)) {
            say("Try '%s --help' for more information.", prog);
            return EXIT_USAGE;
        }
    }
    o.ical.dtstamp = dtstamp_now();
    formats_options_done(&o.formats);
    batch_install_signals();
    check_options(&o);
    struct strlist inputs = {0};
    int input_errors = 0;
    for (int i = optind; i < argc; i++)
        if (batch_add_input(argv[i], &inputs) != 0)
            input_errors++;
    if (o.files_from && batch_read_files_from(o.files_from, &inputs) != 0)
        input_errors++;
    if (optind == argc && !o.files_from)
        strlist_add(&inputs, "-");
    int status = batch_run(&o, &inputs, input_errors);
    strlist_clear(&inputs);
    return status;
}

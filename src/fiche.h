/* libfiche: French organisation directory entries ("fiches", Markdown) ->
 * the model of what each says -> vCard, iCalendar and JSON. The one public
 * header: the model and the options as plain structs, and the pipeline's
 * entry points, in the order a program calls them:
 *
 *     fiche_decode     bytes in any charset -> NFC UTF-8 text
 *     fiche_split_*    text -> the entries, cut at each "# " title
 *     fiche_extract    one entry -> struct entry (the model)
 *     fiche_vcard, fiche_icalendar, fiche_json   struct entry -> text
 *
 * All text is NUL-terminated UTF-8 in NFC unless a comment says pointer and
 * length. Functions that can fail return 0 or a negative FICHE_E* code and
 * fill a struct fiche_error (file, line, column, message); they never print,
 * never exit, and abort only when memory runs out. The library keeps no
 * global state: any call may run in any thread on its own objects.
 * Link with `pkg-config --cflags --libs --static fiche`. */
#ifndef FICHE_H
#define FICHE_H

#include <stdbool.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- errors and diagnostics ---------------------------------------------- */

enum {
    FICHE_OK = 0,
    FICHE_EIO = -1,      /* read or write failed */
    FICHE_EDECODE = -2,  /* bytes invalid in the input charset */
    FICHE_ECHARSET = -3, /* charset unknown to iconv */
    FICHE_EPARSE = -4,   /* the entry cannot be understood (no title...) */
    FICHE_EICAL = -5,    /* libical refused something */
    FICHE_EUSAGE = -6,   /* bad option value */
    FICHE_ELIMIT = -7,   /* input beyond a hard limit */
    FICHE_ENOMEM = -8,
};

/* The root cause of a failure. line/column are 1-based (0 = unknown);
 * column counts characters of decoded text, or is a byte offset for decode
 * errors (then byte_offset is set too). */
struct fiche_error {
    int code;     /* 0 = no error */
    char *source; /* file name as given, owned */
    int line, column;
    long byte_offset; /* -1 unless a decode error */
    char *message;    /* owned, no trailing newline */
};

enum diag_severity { DIAG_NOTE, DIAG_WARNING, DIAG_ERROR };

struct diag {
    enum diag_severity severity;
    int line, column; /* 1-based within the source file; 0 = unknown */
    char *message;    /* owned */
};

/* Warnings of one entry (or of one decode step), in the order found. The
 * source file name is held by whoever prints them. */
struct diag_list {
    struct diag *v;
    size_t n, cap;
};

/* The library aborts when memory runs out, without a word; a program that
 * wants to say so first sets a handler (called with the size asked for,
 * before abort). Set it once, before threads start. */
void fiche_set_oom_handler(void (*handler)(size_t n));

/* Free what err holds; it is empty afterwards. NULL is a no-op. */
void fiche_error_clear(struct fiche_error *err);
/* Free every diagnostic of l; it is empty afterwards. */
void diag_list_clear(struct diag_list *l);

/* ---- the model ------------------------------------------------------------ */

/* A growable list of owned NUL-terminated strings. Zero-initialise to use. */
struct strlist {
    char **v;
    size_t n, cap;
};
enum phone_kind { PHONE_VOICE, PHONE_FAX, PHONE_CELL, PHONE_TOLLFREE };

struct phone {
    char *text;   /* the number as written ("00 33 3 88 41 29 87") */
    char *label;  /* the label as written ("Téléphone"), or NULL */
    char *e164;   /* "+33388412987"; NULL when not a valid number */
    char *intl;   /* international format "+33 3 88 41 29 87"; NULL if invalid */
    char *region; /* ISO region of the number ("FR", "GP", "BE"); NULL if invalid */
    enum phone_kind kind;
    int line; /* source line */
};

struct phone_list {
    struct phone *v;
    size_t n, cap;
};

struct address {
    struct strlist lines; /* delivery lines above the postcode line, in order */
    char *postcode;       /* digits only: "67075" */
    char *locality;       /* as written: "STRASBOURG CEDEX" */
    char *region;         /* overseas department named in parentheses, or NULL */
    char *country;        /* French name: "France", "Belgique" */
    char *country_code;   /* ISO 3166 alpha-2 of the place: "FR", "BE", "GP" (for the
                             time zone; overseas departments get their own) */
    struct strlist label; /* the address lines as written, postcode line included */
    int line;             /* source line of the first address line; 0 = no address */
};

struct person {
    char *prefix;     /* "M.", "Mme", "Dr", "Pr" or NULL */
    char *given;      /* "Denis" */
    char *family;     /* natural case: "Huber", "de La Tour" */
    char *family_raw; /* as written: "HUBER" */
    char *title;      /* "Secrétaire Exécutif" or NULL */
    struct phone_list phones;
    struct strlist emails;
    char *text; /* the whole line as written */
    char *note; /* the rest of the line once name, title, phones, e-mails
                   and their labels are taken out ("présent le mardi"),
                   or NULL */
    int line;
};

struct person_list {
    struct person *v;
    size_t n, cap;
};

/* Day bits: MO = 1 << 0 ... SU = 1 << 6. */
enum {
    DAY_MO = 1 << 0,
    DAY_TU = 1 << 1,
    DAY_WE = 1 << 2,
    DAY_TH = 1 << 3,
    DAY_FR = 1 << 4,
    DAY_SA = 1 << 5,
    DAY_SU = 1 << 6,
    DAY_ALL = 0x7f
};

/* What a range of hours opens. */
enum hours_kind {
    HOURS_RECEPTION, /* the public is received at the place */
    HOURS_PHONE,     /* a telephone line answers ("permanence téléphonique") */
    HOURS_PERMANENCE /* a permanence is held ("permanence juridique le mardi") */
};

struct hours_range {
    unsigned days;    /* DAY_* bits */
    int start, end;   /* minutes since midnight; end may be 1440 (24:00), or
                         not after start for a range past midnight */
    bool appointment; /* open only by appointment in that range */
    enum hours_kind kind;
    int line;
};

struct hours_list {
    struct hours_range *v;
    size_t n, cap;
};

enum date_precision { DATE_NONE, DATE_YEAR, DATE_MONTH, DATE_DAY };

struct date {
    enum date_precision precision;
    int year, month, day; /* month/day are 1 when not given */
};

/* A section kept as prose: heading as written (Markdown removed) and its text
 * (paragraphs separated by "\n", list items as "- item"). */
struct note_section {
    char *heading;
    char *text;
    size_t len, cap; /* of text, so that appending stays linear */
};

struct note_list {
    struct note_section *v;
    size_t n, cap;
};

struct entry {
    char *source; /* file name as given ("-" for stdin) */
    int line;     /* line of the "# " title */
    int index;    /* 0-based position of the entry in its file */

    char *title;              /* the whole "# " heading, Markdown removed */
    char *org_name;           /* title up to the first spaced dash */
    char *org_subtitle;       /* rest of the title after the dash, or NULL */
    struct strlist org_units; /* other names of the organisation found in the
                                 Coordonnées block (long name, units) */

    struct address adr;
    struct phone_list phones;
    struct strlist emails; /* lower case */
    struct strlist urls;   /* as given, "http://" added to bare www. */
    struct person_list people;

    bool appointment_only;
    struct hours_list hours;
    struct strlist closures;    /* closure sentences as written, final stop dropped */
    struct strlist hours_notes; /* other lines of the opening section, as written */
    char *hours_text;           /* the opening section as written (NULL if none) */

    struct date updated;
    char *updated_text; /* the date as written ("juin 2021") */
    char *source_url;   /* "Source de mise à jour", or NULL */
    struct strlist keywords;

    /* Everything else: prose sections, plus lines of structured sections that
     * were not understood (under their section's heading), in source order. */
    struct note_list notes;
    /* How many of those lines were kept because not understood (each with
     * its warning): a line of the contact block, of the people, of the
     * hours, a date. What --report counts. */
    size_t not_understood;

    struct diag_list diags; /* warnings found while extracting */
};

/* Free e and everything it owns; NULL is a no-op. */
void entry_free(struct entry *e);

/* ---- options ---------------------------------------------------------------- */

/* Options the extractors honour. */
struct extract_opts {
    const char *region; /* default phone region, ISO 3166 alpha-2 ("FR") */
    bool keep_case;     /* keep family names as written (no natural case) */
};

enum vcard_version { VCARD_21, VCARD_30, VCARD_40 };

struct vcard_opts {
    enum vcard_version version;
    const char *charset; /* 2.1 output charset; NULL = "UTF-8" */
    bool ablabel;        /* a number's label also as Apple's grouped X-ABLabel beside
                            it (Apple and Google show it; KDE drops grouped numbers);
                            it is in NOTE in any case */
};

enum ical_hours_form { ICAL_HOURS_EVENTS, ICAL_HOURS_AVAILABILITY };
enum ical_note_form { ICAL_NOTE_JOURNAL, ICAL_NOTE_TODO };

struct ical_opts {
    enum ical_hours_form hours;
    enum ical_note_form note;
    long long dtstamp; /* Unix time for DTSTAMP (SOURCE_DATE_EPOCH or now) */
};

/* ---- the pipeline ------------------------------------------------------------ */

/* Decode the len bytes of a file named source (for messages) into *out (a
 * heap string the caller frees; *out_len its length): NFC UTF-8 with "\n"
 * line ends, without BOM. from_code: NULL or "auto" = BOM (UTF-8, UTF-16,
 * UTF-32), else strict UTF-8, else Windows-1252 with a warning in d; any
 * other name is a charset iconv knows. Returns 0; FICHE_ECHARSET when iconv
 * does not know the charset; FICHE_EDECODE for bytes invalid in it or a NUL
 * (err has line, column and byte offset). d and err may be NULL. */
int fiche_decode(const char *bytes, size_t len, const char *from_code, const char *source,
                 char **out, size_t *out_len, struct diag_list *d,
                 struct fiche_error *err);

/* One entry: a slice of the decoded text (borrowed). */
struct raw_entry {
    const char *text; /* starts at the "# " line */
    size_t len;
    int line;  /* 1-based line of the "# " line in the file */
    int index; /* 0-based position among the file's entries */
};

struct splitter {
    const char *text;
    size_t len, pos;
    int line; /* line number at pos */
    int index;
    bool in_fence;    /* inside a ``` or ~~~ fenced code block */
    char fence_char;  /* '`' or '~' of the open fence */
    size_t fence_len; /* its length: the closing fence is at least as long */
    int fence_line;   /* where it opened */
    bool warned;      /* the text-before-the-first-heading warning was given */
};

/* Start cutting decoded text (len bytes, borrowed: it must outlive the
 * splitter and the entries it gives) into entries. */
void fiche_split_init(struct splitter *s, const char *text, size_t len);
/* The next entry into *out (a slice of the text), or false at the end. An
 * entry is a "# " title line and every line up to the next one. Text before
 * the first title belongs to no entry: one warning in d (may be NULL). */
bool fiche_split_next(struct splitter *s, struct raw_entry *out, struct diag_list *d);

/* Read one entry (from fiche_split_next; source names its file for
 * messages) into *out, a new entry the caller frees with entry_free, its
 * warnings in (*out)->diags. o may be NULL (phone region "FR"). Returns 0;
 * FICHE_EPARSE when the entry has no title or the Markdown reader fails,
 * FICHE_ELIMIT when it is too large (err set). */
int fiche_extract(const struct raw_entry *raw, const char *source,
                  const struct extract_opts *o, struct entry **out,
                  struct fiche_error *err);

/* The entry's cards (the organisation's, then one per person) as vCard text
 * (CRLF lines) in a new heap string *out of *out_len bytes. o may be NULL
 * (3.0). Warnings (a character the 2.1 charset lacks) go to d (may be NULL).
 * Returns 0, or FICHE_ECHARSET for an unusable 2.1 charset (err set). */
int fiche_vcard(const struct entry *e, const struct vcard_opts *o, char **out,
                size_t *out_len, struct diag_list *d, struct fiche_error *err);

/* The entry's opening information as one VCALENDAR (the appointment-only
 * note, or weekly hours as events or availability) in a new heap string
 * *out of *out_len bytes; "" when the entry has none. o may be NULL (events,
 * journal, DTSTAMP 0). Returns 0, or FICHE_EICAL when libical refuses
 * something (err set). */
int fiche_icalendar(const struct entry *e, const struct ical_opts *o, char **out,
                    size_t *out_len, struct fiche_error *err);

/* The model of the entry as one line of JSON (and "\n"), a new heap string. */
char *fiche_json(const struct entry *e);

#ifdef __cplusplus
}
#endif

#endif

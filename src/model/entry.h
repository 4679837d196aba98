/* The model: what one directory entry says, as plain structs of owned
 * NUL-terminated NFC UTF-8 strings. Extractors fill it; the vCard, iCalendar
 * and JSON writers read it. No I/O, no third-party types. */
#ifndef FICHE_ENTRY_H
#define FICHE_ENTRY_H

#include <stdbool.h>
#include <stddef.h>

#include "base/diag.h"
#include "base/util.h"

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

struct hours_range {
    unsigned days;    /* DAY_* bits */
    int start, end;   /* minutes since midnight; end may be 1440 (24:00) */
    bool appointment; /* open only by appointment in that range */
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

    struct diag_list diags; /* warnings found while extracting */
};

/* Options the extractors honour. */
struct extract_opts {
    const char *region; /* default phone region, ISO 3166 alpha-2 ("FR") */
    bool keep_case;     /* keep family names as written (no natural case) */
};

/* New empty entry; source is copied. */
struct entry *entry_new(const char *source, int line, int index);
/* Free e and everything it owns; NULL is a no-op. */
void entry_free(struct entry *e);

/* Containers: adding hands the item's strings over to the container. */
void phone_list_push(struct phone_list *l, struct phone p);
void phone_list_clear(struct phone_list *l);
void person_list_push(struct person_list *l, struct person p);
void hours_list_push(struct hours_list *l, struct hours_range r);
/* Append text under heading: when the last note has the same heading the text
 * is appended to it on a new line. Both strings are copied. */
void entry_add_note(struct entry *e, const char *heading, const char *text);

void phone_clear(struct phone *p);
void person_clear(struct person *p);
void address_clear(struct address *a);

/* The model's values as text (format.c). */
/* "2021", "2021-06" or "2021-06-12" as the precision says; buf >= 11 bytes. */
void date_format_iso(const struct date *d, char *buf, size_t size);

/* The first instant of the date as a UTC timestamp:
 * basic form "20210601T000000Z" (vCard 4.0 and 2.1) when extended is false,
 * extended "2021-06-01T00:00:00Z" (vCard 3.0) when true. buf >= 21 bytes. */
void date_format_timestamp(const struct date *d, bool extended, char *buf, size_t size);

/* "09:00" for 540, "24:00" for 1440 (minutes clamped to 0..1440); buf >= 6
 * bytes. */
void hours_format(int minutes, char *buf, size_t size);

/* Two-letter iCalendar day names, MO..SU, for bit i. */
extern const char *const entry_day_names[7];

#endif

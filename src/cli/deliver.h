/* Delivery (issue 19): the outputs that are kept up to date rather than
 * rewritten. --vdir DIR (one card or calendar object per file, named after
 * its UID), -o DIR made incremental, and --carddav/--caldav URL (a push to a
 * collection). Each target remembers what this program wrote there (state.h),
 * so that a rerun writes only what changed, --prune deletes only what it
 * wrote and whose entry is gone, and nothing of anyone else is touched. The
 * batch (batch.c) calls it at a few places, like the other formats. Part of
 * the program: it prints. */
#ifndef FICHE_CLI_DELIVER_H
#define FICHE_CLI_DELIVER_H

#include <stdbool.h>
#include <stddef.h>

#include <jansson.h>

struct ical_zones;

/* getopt_long codes of the options, and their entries for its table. */
enum {
    OPT_VDIR = 500,
    OPT_CARDDAV,
    OPT_CALDAV,
    OPT_NETRC_FILE,
    OPT_PRUNE,
    OPT_DRY_RUN,
    OPT_FORCE,
};
#define DELIVERY_LONGOPTS                                                                \
    {"vdir", required_argument, NULL, OPT_VDIR},                                         \
        {"carddav", required_argument, NULL, OPT_CARDDAV},                               \
        {"caldav", required_argument, NULL, OPT_CALDAV},                                 \
        {"netrc-file", required_argument, NULL, OPT_NETRC_FILE},                         \
        {"prune", no_argument, NULL, OPT_PRUNE},                                         \
        {"dry-run", no_argument, NULL, OPT_DRY_RUN},                                     \
    {                                                                                    \
        "force", no_argument, NULL, OPT_FORCE                                            \
    }

struct delivery_options {
    const char *vdir;
    const char *carddav, *caldav; /* collection URLs */
    const char *netrc_file;       /* NULL: libcurl's default, ~/.netrc */
    bool prune;                   /* delete our items whose entry is gone */
    bool dry_run;                 /* only say what would be done */
    bool force;                   /* replace items changed by someone else */
};

/* Take option c (one of OPT_VDIR...) with its argument; false for none of
 * these. */
bool delivery_option(struct delivery_options *d, int c, const char *arg);

/* What is wrong with the options together (a heap string for a usage
 * error), or NULL. out_dir is -o's folder (may be NULL). */
char *delivery_check(const struct delivery_options *d, const char *out_dir);

/* Whether the delivery needs the cards / the calendar components. */
bool delivery_wants_cards(const struct delivery_options *d);
bool delivery_wants_calendar(const struct delivery_options *d);

/* What became of the items of one target. */
enum fate {
    FATE_CREATED,   /* new */
    FATE_UPDATED,   /* replaced by the new content */
    FATE_UNCHANGED, /* the same content: not touched */
    FATE_KEPT,      /* changed by someone else, ours the same: left as it is */
    FATE_CONFLICT,  /* changed by someone else and by us: not replaced */
    FATE_DELETED,   /* ours, its entry gone: deleted (--prune) */
    FATE_VANISHED,  /* ours, its entry gone: left (no --prune) */
    FATE_FAILED,    /* could not be written or deleted */
    FATE_COUNT
};

struct fates {
    const char *target; /* for messages */
    size_t n[FATE_COUNT];
    json_t *items; /* [{"name", "fate"}], NULL: not wanted */
    bool dry_run, quiet;
    size_t said_vanished;
};

/* Count one item's fate, add it to the report's list, and say what a user
 * must hear: a conflict always, a dry run's would-be changes, vanished items
 * (the first few, unless quiet). why may be NULL. */
void fate_note(struct fates *f, const char *name, enum fate fate, const char *why);

/* The report's object for a target, with totals and items (taken from f). */
json_t *fates_report(struct fates *f, const char *kind);

/* Say the totals of a target in one line (unless quiet). */
void fates_say(const struct fates *f);

struct localdir;
struct dav;

/* A run's delivery targets. */
struct delivery {
    const struct delivery_options *o;
    struct localdir *vdir;   /* --vdir */
    struct localdir *outdir; /* -o DIR */
    struct dav *card, *cal;  /* --carddav, --caldav */
    json_t *report;          /* array of the targets' objects */
    bool want_report, quiet;
    int status; /* worst exit status so far */
};

/* Open every target (folders checked, states read, collections listed).
 * False, with a message, when one cannot be (nothing is then written). */
bool delivery_open(struct delivery *d, const struct delivery_options *o,
                   const char *out_dir, bool want_report, bool quiet);

/* Close every target without a change to its state (after a failure to
 * open one of them). */
void delivery_abort(struct delivery *d);

/* One converted entry: its cards (vcf, n_vcf bytes) and calendar
 * components (ics, n_ics bytes, using time zones zones) into every target. */
void delivery_add(struct delivery *d, const char *vcf, size_t n_vcf, const char *ics,
                  size_t n_ics, const struct ical_zones *zones);

/* A file of -o DIR (path under out_dir): written when it changed. False,
 * with the reason in *err and no message, when it could not be. */
bool delivery_write_file(struct delivery *d, const char *path, const char *data, size_t n,
                         int *err);

/* Finish every target: vanished items pruned or listed (only when complete:
 * every entry converted), states saved. Returns the exit status of the
 * delivery: 0, 1 (some items not delivered) or 2 (a target failed). */
int delivery_close(struct delivery *d, bool complete);

/* The report's member, "\"delivery\": [...],\n", or "" (heap string). */
char *delivery_report_text(struct delivery *d);

#endif

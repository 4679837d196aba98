/* The program's outputs in the other formats (issue 20): --jcard, --jscontact,
 * --jsonld, --csv with --csv-for. A table of outputs beside the batch's own
 * .vcf and .ics: the options, the per-entry work in the workers, the
 * whole-run files (written atomically through batch_int.h), the per-entry
 * files of -o DIR, and their lines in the report. Part of the program. */
#ifndef FICHE_CLI_FORMATS_H
#define FICHE_CLI_FORMATS_H

#include <stdbool.h>
#include <stddef.h>

#include <jansson.h>

#include "base/strbuf.h"
#include "cli/batch_int.h"
#include "cli/deliver.h"
#include "model/entry.h"
#include "write/formats.h"

/* getopt_long codes of the options, and their entries for its table. */
enum {
    OPT_JCARD = 400,
    OPT_JSCONTACT,
    OPT_JSONLD,
    OPT_CSV,
    OPT_CSV_FOR,
};
#define FORMATS_LONGOPTS                                                                 \
    {"jcard", required_argument, NULL, OPT_JCARD},                                       \
        {"jscontact", required_argument, NULL, OPT_JSCONTACT},                           \
        {"jsonld", required_argument, NULL, OPT_JSONLD},                                 \
        {"csv", required_argument, NULL, OPT_CSV},                                       \
    {                                                                                    \
        "csv-for", required_argument, NULL, OPT_CSV_FOR                                  \
    }

/* What the command line asks for: the file of each format (NULL: not
 * asked; "-": standard output). */
struct format_options {
    const char *path[FORMAT_COUNT];
    const char *csv_path; /* --csv, until --csv-for is known */
    bool csv_outlook;     /* --csv-for outlook (default google) */
};

/* Take option c (one of OPT_JCARD...) with its argument. False for a bad
 * argument (an unknown --csv-for product). */
bool formats_option(struct format_options *fo, int c, const char *arg);
/* Once every option is read: the --csv file goes to the product asked for. */
void formats_options_done(struct format_options *fo);
/* True when some format is asked for. */
bool formats_any(const struct format_options *fo);
/* How many of the formats write to standard output ("-"). */
int formats_to_stdout(const struct format_options *fo);

/* One entry's text in each format asked for, made by a worker. */
struct formats_job {
    struct strbuf text[FORMAT_COUNT];
    size_t items[FORMAT_COUNT];
};

/* Worker side: write e in every format asked for into j. */
void formats_job_work(const struct format_options *fo, const struct entry *e,
                      struct formats_job *j);
void formats_job_free(struct formats_job *j);

/* The whole-run files of a batch. */
struct formats_run {
    const struct format_options *fo;
    struct outfile out[FORMAT_COUNT];
    bool open[FORMAT_COUNT];
    struct format_doc doc[FORMAT_COUNT];
    struct strbuf pending[FORMAT_COUNT]; /* written in large blocks */
    size_t entries[FORMAT_COUNT];        /* entries that went into each */
};

/* Open the file of each format asked for. False (with a message) when one
 * cannot be: then none is left open. */
bool formats_run_open(struct formats_run *r, const struct format_options *fo);
/* Reading-thread side, in input order: add one converted entry. */
void formats_run_add(struct formats_run *r, const struct formats_job *j);
/* Finish the files: a file without any item is not written (an old one
 * stays as it was). False (with a message) when a file could not be written.
 * With abort, every file is dropped. */
bool formats_run_close(struct formats_run *r, bool abort);
/* The "outputs" member of the report and a comma, "\"outputs\": [...],\n":
 * one object per file asked for ({"format", "file", "entries"}); "" when
 * none is. A heap string. */
char *formats_run_report_text(const struct formats_run *r);

/* -o DIR: DIR/SLUG.<ext> for each format asked for, through dl (written when
 * changed, deliver.h) ("SLUG.jcard.json",
 * "SLUG.jscontact.json", "SLUG.jsonld", "SLUG.google.csv",
 * "SLUG.outlook.csv"), each path appended to files (may be NULL). Returns
 * NULL, or the path (a heap string) of the first file that could not be
 * written, with the reason in *err. */
char *formats_write_entry_files(const struct format_options *fo,
                                const struct formats_job *j, struct delivery *dl,
                                const char *dir, const char *slug, json_t *files,
                                int *err);

#endif

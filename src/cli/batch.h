/* The batch: what the command line asks for, run over a list of inputs.
 * Part of the program (it prints messages and writes files), not of libfiche. */
#ifndef FICHE_BATCH_H
#define FICHE_BATCH_H

#include <stdbool.h>

#include "base/diag.h"
#include "base/strbuf.h"
#include "base/util.h"
#include "cli/deliver.h"
#include "cli/formats.h"
#include "extract/extract.h"
#include "fiche.h"
#include "model/entry.h"
#include "read/decode.h"
#include "read/split.h"
#include "write/dump.h"
#include "write/ical.h"
#include "write/vcard.h"

/* The program's name in messages. */
#define FICHE_PROGRAM "fiche2vcard"

enum { EXIT_OK = 0, EXIT_SOME_FAILED = 1, EXIT_USAGE = 2 };

/* What the command line asks for (cli.c fills it). */
struct options {
    struct vcard_opts vcard;
    struct ical_opts ical;
    struct extract_opts extract;
    const char *from_code;
    const char *vcf_path;
    const char *ics_path;
    const char *out_dir;
    const char *report_path;
    const char *files_from;
    bool dump_json;
    struct format_options formats; /* --jcard, --jscontact, --jsonld, --csv */
    long jobs;                     /* worker threads; 1 = none */
    bool one_card_per_file;        /* the client reads only the first card of a file */
    /* --vdir, --carddav, --caldav, --prune, --dry-run, --force */
    struct delivery_options delivery;
    bool quiet;
    bool strict;
    size_t max_entry_size; /* bytes of one entry, before decoding */
};

/* The largest entry read by default: far above any real entry (the largest
 * seen are a few kB), low enough that endless input (/dev/zero) stops soon. */
#define DEFAULT_MAX_ENTRY_SIZE (16u * 1024 * 1024)

/* Append the input files named by arg to inputs: a file, "-" (standard
 * input) or a folder (searched recursively, sorted, for *.md, *.markdown,
 * *.txt; links to folders not followed). Prints a message and returns -1 when
 * arg cannot be read. */
int batch_add_input(const char *arg, struct strlist *inputs);

/* batch_add_input for each name in file path (one per line, or separated by
 * NUL bytes; "-" is standard input). -1 when some name failed. */
int batch_read_files_from(const char *path, struct strlist *inputs);

/* Remove the temporary output files when SIGINT, SIGTERM, SIGHUP or SIGPIPE
 * stops the run. */
void batch_install_signals(void);

/* Convert inputs as o asks: write the outputs atomically, print messages,
 * the report and progress. input_errors counts inputs that could not be
 * named. Returns the exit status: EXIT_OK, EXIT_SOME_FAILED or EXIT_USAGE. */
int batch_run(const struct options *o, const struct strlist *inputs, int input_errors);

#endif

/* A folder kept up to date (deliver.h): --vdir DIR (DIR/contacts/UID.vcf,
 * DIR/calendar/UID.ics, the layout of khard, khal and vdirsyncer) and -o DIR.
 * DIR/.fiche2vcard.state remembers each file written (hash, size, mtime): a
 * file whose content is the same is not touched, a changed one is replaced
 * atomically, a file this program did not write is never touched. */
#ifndef FICHE_CLI_LOCALDIR_H
#define FICHE_CLI_LOCALDIR_H

#include <stdbool.h>
#include <stddef.h>

#include "cli/deliver.h"

/* The state file's name in the folder. */
#define LOCALDIR_STATE ".fiche2vcard.state"

/* Open the folder dir (made when missing; with vdir, its contacts/ and
 * calendar/ too), sweep the temporary files a killed run left, read its
 * state. o gives --prune, --dry-run, --force; with vdir false (-o DIR) a
 * file of a name of ours is ours to replace, as -o always did. NULL, with a
 * message, when the folder cannot be used. */
struct localdir *localdir_open(const char *dir, bool vdir,
                               const struct delivery_options *o, bool want_report,
                               bool quiet);

/* Put n bytes at data in the file name (relative to the folder) unless it
 * holds them already. False, with the reason in *err, when it could not be
 * written (the fate is noted; no message). */
bool localdir_put(struct localdir *ld, const char *name, const char *data, size_t n,
                  int *err);

/* The folder's path, as given. */
const char *localdir_path(const struct localdir *ld);

/* Finish: the files of ours that no entry made this run are deleted with
 * --prune (when complete) or listed; the state is saved; the report's
 * object appended to report (may be NULL). Frees ld. Returns 0, or 1 when
 * some items were not written or the state could not be saved. */
int localdir_close(struct localdir *ld, bool complete, json_t *report);

/* Free ld (NULL: nothing) without pruning, listing or saving. */
void localdir_abort(struct localdir *ld);

#endif

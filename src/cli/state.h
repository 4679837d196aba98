/* What a delivery target holds of ours: for each item this program wrote
 * there (a file of --vdir or -o DIR, a resource of a CardDAV/CalDAV
 * collection), the hash of its content and what tells whether it changed
 * since (size and mtime of a file, ETag of a resource). Kept in a text file
 * replaced atomically; a target's state may also keep a journal, one line
 * appended per change, so that a run killed half-way loses nothing of what
 * it did on a server. Part of the program: it prints. */
#ifndef FICHE_CLI_STATE_H
#define FICHE_CLI_STATE_H

#include <stdbool.h>
#include <stddef.h>

#include "base/strset.h"
#include "cli/hash.h"

/* How an item came to be ours. */
enum state_origin {
    STATE_CREATED = 'c', /* this program created it */
    STATE_ADOPTED = 'a', /* it was there; --force replaced it: never pruned */
};

struct state_rec {
    char *name; /* relative path or resource name; owned */
    char hash[HASH_HEX_LEN + 1];
    char *etag;               /* the resource's ETag after our write; NULL: none known */
    long long size, mtime_ns; /* the file after our write (local targets) */
    char origin;              /* enum state_origin */
    bool inflight;            /* a write was sent, its answer not recorded */
    bool seen;                /* this run produced it */
    bool removed;             /* forgotten: not saved */
};

struct state {
    char *path;  /* the state file */
    char *title; /* what it is about, on its first line */
    struct state_rec *v;
    size_t n, cap;
    struct strset index; /* name -> position + 1 */
    int journal;         /* descriptor of path ".journal", -1 without */
    bool dirty;          /* to be saved */
};

/* Read the state file path (none yet: an empty state) and, with journal,
 * replay and keep appending to path ".journal". title names the target.
 * Unreadable lines are skipped. False, with a message, when the file exists
 * but cannot be read or the journal cannot be opened. */
bool state_load(struct state *st, const char *path, const char *title, bool journal);

/* The record of name, or NULL (also for a removed one). */
struct state_rec *state_find(struct state *st, const char *name);

/* The record of name, made (empty hash, origin 0) when there is none. */
struct state_rec *state_get(struct state *st, const char *name);

/* Say that r changed: saved at the end, and appended to the journal. */
void state_changed(struct state *st, struct state_rec *r);

/* Forget r (its item is gone). */
void state_remove(struct state *st, struct state_rec *r);

/* Write the state file atomically if anything changed, then empty the
 * journal. False, with a message, when it could not be written. */
bool state_save(struct state *st);

/* Stop appending to the journal (a dry run changes nothing). */
void state_stop_journal(struct state *st);

/* Free everything (the journal is removed when the state was saved). */
void state_free(struct state *st);

#endif

/* A push to a CardDAV or CalDAV collection (deliver.h): the collection is
 * listed (PROPFIND, Depth 1, getetag) and compared with the state of what
 * this program put there (under $XDG_STATE_HOME/fiche2vcard/); a new item is
 * PUT with If-None-Match: *, a changed one with If-Match: its ETag, an
 * unchanged one not at all; one edited on the server is never overwritten
 * unless --force. The HTTP is dav_http.c's (libcurl), the XML dav_xml.c's
 * (libxml2). */
#ifndef FICHE_CLI_DAV_H
#define FICHE_CLI_DAV_H

#include <stdbool.h>
#include <stddef.h>

#include <jansson.h>

#include "cli/deliver.h"

/* Open the collection at url (http or https, no user name or password in
 * it: they come from the netrc file): read the state, list the collection,
 * check that it is an address book (card) or a calendar. NULL, with a
 * message, when it cannot be used. */
struct dav *dav_open(const char *url, bool card, const struct delivery_options *o,
                     bool want_report, bool quiet);

/* Deliver one item (name "UID.vcf" or "UID.ics", n bytes at data). After a
 * failure of the server or the network (retries exhausted), the next items
 * are not sent. */
void dav_put(struct dav *dv, const char *name, const char *data, size_t n);

/* Finish: our items whose entry is gone are deleted with --prune (when
 * complete), else listed; the state is saved; the report's object appended
 * to report (may be NULL). Frees dv. Returns 0, 1 (some items not
 * delivered: conflicts) or 2 (the server failed or refused us). */
int dav_close(struct dav *dv, bool complete, json_t *report);

/* Free dv (NULL: nothing) without pruning, listing or saving. */
void dav_abort(struct dav *dv);

/* Whether url may name a collection: "http://" or "https://", a host, and
 * no user information; else the reason (static string). */
const char *dav_url_problem(const char *url);

#endif

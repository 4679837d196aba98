/* A push to a CardDAV or CalDAV collection (dav.h). The state file of a
 * collection (state.h) is kept under $XDG_STATE_HOME/fiche2vcard/, named
 * after a hash of its URL, with a journal: a write is recorded as in flight
 * before it is sent, and done when the server answered, so that a run
 * killed or cut off from the server half-way leaves a state from which the
 * next run completes. */
#include "cli/dav.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/strset.h"
#include "base/util.h"
#include "cli/batch.h"
#include "cli/dav_http.h"
#include "cli/dav_xml.h"
#include "cli/hash.h"
#include "cli/message.h"
#include "cli/state.h"

static const char *prog = FICHE_PROGRAM;

/* What the listing says of one resource of the collection. */
struct remote {
    char *etag; /* NULL: none given */
};

struct dav {
    char *url; /* the collection, ending in "/" */
    bool card;
    const struct delivery_options *o;
    struct http *http;
    struct state st;
    struct strset names;   /* listing: resource name -> position + 1 */
    struct remote *remote; /* by position */
    size_t n_remote;
    struct fates f;
    bool dead;   /* the server failed or refused us: nothing more is sent */
    bool failed; /* some item could not be delivered */
    size_t requests;
};

const char *dav_url_problem(const char *url)
{
    const char *rest = str_startswith_ci(url, "https://")  ? url + 8
                       : str_startswith_ci(url, "http://") ? url + 7
                                                           : NULL;
    if (!rest)
        return "the URL must start with https:// (or http://)";
    size_t host = strcspn(rest, "/?#");
    if (host == 0)
        return "the URL names no host";
    if (memchr(rest, '@', host))
        return "the URL may not hold a user name or password: they go in the netrc "
               "file (--netrc-file)";
    for (const char *p = url; *p; p++)
        if ((unsigned char)*p <= ' ' || *p == 0x7f)
            return "the URL holds a space or a control character";
    if (strchr(url, '?') || strchr(url, '#'))
        return "the URL of a collection has no query or fragment";
    return NULL;
}

/* The folder of the collections' states: $XDG_STATE_HOME/fiche2vcard, else
 * ~/.local/state/fiche2vcard; made when missing. NULL, with a message, when
 * it cannot be. */
static char *state_dir(void)
{
    const char *xdg = getenv("XDG_STATE_HOME");
    const char *home = getenv("HOME");
    char *base = xdg && xdg[0] == '/' ? xstrdup(xdg)
                 : home && *home      ? xasprintf("%s/.local/state", home)
                                      : NULL;
    if (!base) {
        say("%s: neither XDG_STATE_HOME nor HOME is set: no place for the state of the "
            "collection",
            prog);
        return NULL;
    }
    char *dir = xasprintf("%s/fiche2vcard", base);
    /* the parents too: ~/.local/state may not exist yet */
    for (char *p = dir + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        (void)mkdir(dir, 0700);
        *p = '/';
    }
    struct stat sb;
    if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
        say("%s: %s: cannot create the folder: %s", prog, dir, strerror(errno));
        free(dir);
        dir = NULL;
    } else if (stat(dir, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
        say("%s: %s: not a folder", prog, dir);
        free(dir);
        dir = NULL;
    }
    free(base);
    return dir;
}

/* The last segment of href (ignoring one final "/"), percent-decoded. */
static char *href_name(const struct http *h, const char *href, bool *is_dir)
{
    size_t n = strlen(href);
    *is_dir = n > 0 && href[n - 1] == '/';
    if (*is_dir)
        n--;
    size_t start = n;
    while (start > 0 && href[start - 1] != '/')
        start--;
    char *seg = xstrndup(href + start, n - start);
    char *name = http_unescape(h, seg);
    free(seg);
    return name;
}

/* The path of url: from the first "/" after the host. */
static const char *url_path(const char *url)
{
    const char *p = strstr(url, "://");
    if (!p)
        return url; /* a path already */
    p = strchr(p + 3, '/');
    return p ? p : "/";
}

/* Whether href (a path or a whole URL) names the collection itself. */
static bool is_self(const struct dav *dv, const char *href)
{
    char *a = http_unescape(dv->http, url_path(href));
    char *b = http_unescape(dv->http, url_path(dv->url));
    size_t na = strlen(a), nb = strlen(b);
    while (na > 0 && a[na - 1] == '/')
        na--;
    while (nb > 0 && b[nb - 1] == '/')
        nb--;
    bool same = na == nb && memcmp(a, b, na) == 0;
    free(a);
    free(b);
    return same;
}

/* Say why a request got no usable answer, and stop the push. */
static void server_failed(struct dav *dv, const char *what, const struct http_response *r)
{
    if (r->status == 0)
        say("%s: %s: %s: no answer after %d attempts: %s", prog, dv->url, what,
            r->attempts, r->error);
    else if (r->status == 401)
        say("%s: %s: %s: authentication failed (401): check the entry for this host in "
            "%s",
            prog, dv->url, what,
            dv->o->netrc_file ? dv->o->netrc_file : "~/.netrc (or --netrc-file)");
    else if (r->status == 403)
        say("%s: %s: %s: forbidden (403): the account may not write there", prog, dv->url,
            what);
    else
        say("%s: %s: %s: the server answered %ld%s", prog, dv->url, what, r->status,
            r->attempts > 1 ? " after retries" : "");
    dv->dead = true;
}

/* Take the listing's resources: the collection's own type is checked, the
 * items are kept by name. */
static bool take_listing(struct dav *dv, const struct dav_listing *l)
{
    bool self_seen = false, right_kind = false;
    for (size_t i = 0; i < l->n; i++) {
        const struct dav_resource *res = &l->v[i];
        if (is_self(dv, res->href)) {
            self_seen = true;
            right_kind = dv->card ? res->addressbook : res->calendar;
            continue;
        }
        bool is_dir;
        char *name = href_name(dv->http, res->href, &is_dir);
        if (!is_dir && !res->collection && *name) {
            unsigned long *k = strset_add(&dv->names, name);
            if (*k == 0) {
                dv->remote =
                    xrealloc(dv->remote, (dv->n_remote + 1) * sizeof *dv->remote);
                dv->remote[dv->n_remote].etag = res->etag ? xstrdup(res->etag) : NULL;
                *k = ++dv->n_remote;
            }
        }
        free(name);
    }
    if (self_seen && !right_kind)
        say("%s: %s: not %s", prog, dv->url,
            dv->card ? "an address book (a CardDAV collection)"
                     : "a calendar (a CalDAV collection)");
    return !self_seen || right_kind;
}

/* PROPFIND, Depth 1: what the collection holds, with ETags. */
static bool list_collection(struct dav *dv)
{
    struct http_request req = {.method = "PROPFIND",
                               .url = dv->url,
                               .body = DAV_PROPFIND_BODY,
                               .n = strlen(DAV_PROPFIND_BODY),
                               .content_type = "application/xml; charset=utf-8",
                               .depth = "1"};
    struct http_response resp;
    int rc = http_send(dv->http, &req, &resp);
    dv->requests += (size_t)resp.attempts;
    bool ok = false;
    if (rc != 0 || resp.status != 207) {
        if (resp.status == 404)
            say("%s: %s: no such collection (404): create the address book or calendar "
                "first",
                prog, dv->url);
        else
            server_failed(dv, "listing", &resp);
    } else {
        struct dav_listing l = {0};
        if (dav_parse_multistatus(http_lib(dv->http), resp.body.buf ? resp.body.buf : "",
                                  resp.body.len, &l) != 0)
            say("%s: %s: the listing (PROPFIND) is not WebDAV XML", prog, dv->url);
        else
            ok = take_listing(dv, &l);
        dav_listing_free(&l);
    }
    http_response_free(&resp);
    return ok;
}

static const struct remote *remote_of(struct dav *dv, const char *name)
{
    unsigned long *k = strset_get(&dv->names, name);
    return k && *k ? &dv->remote[*k - 1] : NULL;
}

/* Writes in flight when a run stopped: when the item is on the server, its
 * ETag is taken and the write sent again; when not, it never was created. */
static void settle_inflight(struct dav *dv)
{
    for (size_t i = 0; i < dv->st.n; i++) {
        struct state_rec *r = &dv->st.v[i];
        if (r->removed || !r->inflight)
            continue;
        const struct remote *rm = remote_of(dv, r->name);
        free(r->etag);
        r->etag = rm && rm->etag ? xstrdup(rm->etag) : NULL;
        if (!rm)
            r->hash[0] = '\0'; /* nothing of ours there: created anew */
    }
}

static char *state_path(const char *url)
{
    char *dir = state_dir();
    if (!dir)
        return NULL;
    char h[HASH_HEX_LEN + 1];
    hash_bytes(url, strlen(url), h);
    char *path = xasprintf("%s/dav-%.24s.state", dir, h);
    free(dir);
    return path;
}

void dav_abort(struct dav *dv)
{
    if (!dv)
        return;
    http_free(dv->http);
    state_free(&dv->st);
    for (size_t i = 0; i < dv->n_remote; i++)
        free(dv->remote[i].etag);
    free(dv->remote);
    strset_clear(&dv->names);
    json_decref(dv->f.items);
    free(dv->url);
    free(dv);
}

struct dav *dav_open(const char *url, bool card, const struct delivery_options *o,
                     bool want_report, bool quiet)
{
    if (o->netrc_file && access(o->netrc_file, R_OK) != 0) {
        say("%s: %s: cannot read the netrc file: %s", prog, o->netrc_file,
            strerror(errno));
        return NULL;
    }
    struct dav *dv = xcalloc(1, sizeof *dv);
    size_t n = strlen(url);
    dv->url = n && url[n - 1] == '/' ? xstrdup(url) : xasprintf("%s/", url);
    dv->card = card;
    dv->o = o;
    dv->f.target = dv->url;
    dv->f.dry_run = o->dry_run;
    dv->f.quiet = quiet;
    dv->f.items = want_report ? json_array() : NULL;
    const char *why = NULL;
    char *spath = state_path(dv->url);
    bool ok = spath && state_load(&dv->st, spath, dv->url, true);
    free(spath);
    if (ok && o->dry_run)
        state_stop_journal(&dv->st);
    if (ok && !(dv->http = http_new(o->netrc_file, &why))) {
        say("%s: %s: %s", prog, dv->url, why);
        ok = false;
    }
    if (ok)
        ok = list_collection(dv);
    if (!ok) {
        dav_abort(dv);
        return NULL;
    }
    settle_inflight(dv);
    return dv;
}

/* What to do with an item. */
enum action { ACT_NONE, ACT_CREATE, ACT_UPDATE };

/* The action for an item of hash h, our record r (may be NULL) and the
 * server's resource rm (may be NULL); *fate is set for ACT_NONE, *if_match
 * for ACT_UPDATE. */
static enum action decide(const struct dav *dv, const struct state_rec *r,
                          const struct remote *rm, const char *h, enum fate *fate,
                          const char **if_match)
{
    bool ours = r && r->hash[0];
    if (!rm)
        return ACT_CREATE; /* new, or deleted on the server: made again */
    *if_match = rm->etag;
    if (!ours) {
        *fate = FATE_CONFLICT;
        return dv->o->force ? ACT_UPDATE : ACT_NONE;
    }
    /* an ETag unknown (the server gave none on our PUT) is taken as ours */
    bool same_remote = !r->etag || (rm->etag && strcmp(r->etag, rm->etag) == 0);
    if (r->inflight)
        return ACT_UPDATE; /* a write of a stopped run: sent again */
    if (same_remote) {
        *fate = FATE_UNCHANGED;
        return strcmp(r->hash, h) == 0 ? ACT_NONE : ACT_UPDATE;
    }
    /* edited on the server since our write */
    if (dv->o->force)
        return ACT_UPDATE;
    *fate = strcmp(r->hash, h) == 0 ? FATE_KEPT : FATE_CONFLICT;
    return ACT_NONE;
}

/* A record as it was before a write, to put back when the server refuses
 * the write. */
struct before {
    bool existed;
    char hash[HASH_HEX_LEN + 1];
    char *etag;
    bool inflight;
};

static void put_back(struct dav *dv, struct state_rec *r, struct before *b)
{
    if (!b->existed) {
        state_remove(&dv->st, r);
        free(b->etag);
        return;
    }
    memcpy(r->hash, b->hash, sizeof r->hash);
    free(r->etag);
    r->etag = b->etag;
    r->inflight = b->inflight;
    state_changed(&dv->st, r);
}

/* The item refused by the server: why, from the status. */
static const char *refusal(long status)
{
    switch (status) {
    case 412:
        return "changed on the server meanwhile; not replaced (--force replaces it)";
    case 400:
    case 415:
    case 422:
        return "refused by the server as invalid (400, 415 or 422); a CardDAV server "
               "takes vCard 3.0 or 4.0";
    case 413:
        return "refused by the server as too large (413)";
    default:
        return "refused by the server";
    }
}

/* PUT the item; its record is marked in flight first (journal). */
static void send_put(struct dav *dv, const char *name, const char *data, size_t n,
                     const char *h, enum action act, const char *if_match)
{
    struct state_rec *r = state_get(&dv->st, name);
    struct before b = {r->hash[0] != '\0', "", r->etag ? xstrdup(r->etag) : NULL,
                       r->inflight};
    memcpy(b.hash, r->hash, sizeof b.hash);
    if (!b.existed)
        r->origin = act == ACT_CREATE ? STATE_CREATED : STATE_ADOPTED;
    r->seen = true;
    r->inflight = true;
    memcpy(r->hash, h, HASH_HEX_LEN + 1);
    state_changed(&dv->st, r);
    char *url = xasprintf("%s%s", dv->url, name);
    struct http_request req = {.method = "PUT",
                               .url = url,
                               .body = data,
                               .n = n,
                               .content_type = dv->card ? "text/vcard; charset=utf-8"
                                                        : "text/calendar; charset=utf-8",
                               .if_match = act == ACT_UPDATE ? if_match : NULL,
                               .if_none_match = act == ACT_CREATE};
    struct http_response resp;
    http_send(dv->http, &req, &resp);
    dv->requests += (size_t)resp.attempts;
    long st = resp.status;
    if (st == 200 || st == 201 || st == 204) {
        r->inflight = false;
        free(r->etag);
        r->etag = resp.etag ? xstrdup(resp.etag) : NULL;
        state_changed(&dv->st, r);
        free(b.etag);
        fate_note(&dv->f, name, act == ACT_CREATE ? FATE_CREATED : FATE_UPDATED, NULL);
    } else if (st == 0 || st == 401 || st == 403 || st >= 500 || st == 429 || st == 408) {
        server_failed(dv, name, &resp); /* left in flight: the next run settles it */
        free(b.etag);
        fate_note(&dv->f, name, FATE_FAILED, NULL);
    } else if (st == 412 && act == ACT_CREATE && resp.attempts > 1) {
        /* an earlier attempt may have stored it: in flight, settled next run */
        free(b.etag);
        fate_note(&dv->f, name, FATE_CONFLICT,
                  "stored by an attempt whose answer was lost, or by someone else; "
                  "checked again on the next run");
    } else {
        put_back(dv, r, &b);
        r->seen = true;
        fate_note(&dv->f, name, st == 412 ? FATE_CONFLICT : FATE_FAILED, refusal(st));
        dv->failed = true;
    }
    http_response_free(&resp);
    free(url);
}

void dav_put(struct dav *dv, const char *name, const char *data, size_t n)
{
    if (dv->dead) {
        fate_note(&dv->f, name, FATE_FAILED, NULL);
        return;
    }
    char h[HASH_HEX_LEN + 1];
    hash_item(data, n, h);
    struct state_rec *r = state_find(&dv->st, name);
    if (r && r->seen) {
        fate_note(&dv->f, name, FATE_CONFLICT,
                  "two entries give this name (the same UID); the first is kept");
        dv->failed = true;
        return;
    }
    const struct remote *rm = remote_of(dv, name);
    enum fate fate = FATE_UNCHANGED;
    const char *if_match = NULL;
    enum action act = decide(dv, r, rm, h, &fate, &if_match);
    if (act != ACT_NONE && !dv->o->dry_run) {
        send_put(dv, name, data, n, h, act, if_match);
        return;
    }
    r = state_get(&dv->st, name); /* remembered as seen, even in a dry run */
    r->seen = true;
    if (act != ACT_NONE) {
        fate_note(&dv->f, name, act == ACT_CREATE ? FATE_CREATED : FATE_UPDATED, NULL);
        return;
    }
    if (fate == FATE_UNCHANGED && !r->etag && rm->etag && !dv->o->dry_run) {
        r->etag = xstrdup(rm->etag); /* the ETag our PUT did not give */
        state_changed(&dv->st, r);
    }
    if (fate == FATE_CONFLICT)
        dv->failed = true;
    fate_note(&dv->f, name, fate,
              fate == FATE_KEPT       ? "changed on the server since this program put it "
                                        "there; left as it is"
              : fate != FATE_CONFLICT ? NULL
              : r->hash[0]            ? "changed on the server since this program put it "
                                        "there; not replaced (--force replaces it)"
                           : "on the server already, not put there by this program; not "
                             "replaced (--force replaces it)");
}

/* DELETE one item of ours whose entry is gone, if the server still has
 * what we put there (or with --force). */
static void delete_one(struct dav *dv, struct state_rec *r)
{
    const struct remote *rm = remote_of(dv, r->name);
    if (!rm) {
        state_remove(&dv->st, r); /* gone already */
        return;
    }
    bool same = !r->etag || (rm->etag && strcmp(rm->etag, r->etag) == 0);
    if (!same && !dv->o->force) {
        fate_note(&dv->f, r->name, FATE_KEPT,
                  "its entry is gone, but it changed on the server since this program "
                  "put it there; not deleted (--force deletes it)");
        return;
    }
    if (dv->o->dry_run) {
        fate_note(&dv->f, r->name, FATE_DELETED, NULL);
        return;
    }
    char *url = xasprintf("%s%s", dv->url, r->name);
    struct http_request req = {.method = "DELETE", .url = url, .if_match = rm->etag};
    struct http_response resp;
    http_send(dv->http, &req, &resp);
    dv->requests += (size_t)resp.attempts;
    long st = resp.status;
    if (st == 200 || st == 204 || st == 404) {
        state_remove(&dv->st, r);
        fate_note(&dv->f, r->name, FATE_DELETED, NULL);
    } else if (st == 412) {
        fate_note(&dv->f, r->name, FATE_KEPT,
                  "changed on the server meanwhile; not deleted (--force deletes it)");
    } else if (st == 0 || st == 401 || st == 403 || st >= 500) {
        server_failed(dv, r->name, &resp);
        fate_note(&dv->f, r->name, FATE_FAILED, NULL);
    } else {
        fate_note(&dv->f, r->name, FATE_FAILED, refusal(st));
        dv->failed = true;
    }
    http_response_free(&resp);
    free(url);
}

int dav_close(struct dav *dv, bool complete, json_t *report)
{
    bool prune = dv->o->prune && complete && !dv->dead;
    size_t vanished = 0;
    for (size_t i = 0; i < dv->st.n; i++) {
        struct state_rec *r = &dv->st.v[i];
        if (r->removed || r->seen || r->hash[0] == '\0')
            continue;
        vanished++;
        if (prune && r->origin == STATE_CREATED && !dv->dead)
            delete_one(dv, r);
        else
            fate_note(&dv->f, r->name, FATE_VANISHED, NULL);
    }
    if (vanished && dv->o->prune && !prune)
        say("%s: %s: nothing deleted: %s", prog, dv->url,
            dv->dead ? "the push stopped" : "some entries could not be converted");
    int status = dv->dead ? 2 : dv->failed || dv->f.n[FATE_CONFLICT] ? 1 : 0;
    /* the journal keeps what the state file could not */
    if (!dv->o->dry_run && !state_save(&dv->st) && status < 1)
        status = 1;
    fates_say(&dv->f);
    if (report) {
        json_t *o = fates_report(&dv->f, dv->card ? "carddav" : "caldav");
        json_object_set_new(o, "requests", json_integer((json_int_t)dv->requests));
        json_array_append_new(report, o);
    }
    dav_abort(dv);
    return status;
}

/* HTTP for the CardDAV/CalDAV push (dav.c), on libcurl: the only includer of
 * <curl/...>. One connection reused across requests; credentials from a
 * netrc file (libcurl's netrc support), sent as Basic authentication; TLS
 * with libcurl's certificate checks; redirects not followed. Requests that
 * meet 408, 429, 5xx (but 501, 505) or a network failure are retried with a
 * doubling delay, a bounded number of times. Part of the program. */
#ifndef FICHE_CLI_DAV_HTTP_H
#define FICHE_CLI_DAV_HTTP_H

#include <stdbool.h>
#include <stddef.h>

#include "base/strbuf.h"

struct http;

struct http_request {
    const char *method; /* "PROPFIND", "PUT", "DELETE", "GET" */
    const char *url;
    const char *body; /* NULL: none */
    size_t n;
    const char *content_type; /* with a body */
    const char *if_match;     /* an ETag, or NULL */
    bool if_none_match;       /* "If-None-Match: *" */
    const char *depth;        /* "0", "1", or NULL */
};

struct http_response {
    long status; /* 0 when no answer came */
    char *etag;  /* the ETag header, or NULL */
    struct strbuf body;
    int attempts;    /* requests sent */
    char error[300]; /* why no answer came (never credentials) */
};

/* A new client that reads credentials from netrc_file (NULL: libcurl's
 * default, ~/.netrc); NULL with the reason in why (static) when libcurl
 * cannot be set up. */
struct http *http_new(const char *netrc_file, const char **why);
void http_free(struct http *h);

/* The libraries h loaded (dav_lib.h), for the XML of the answers. */
struct dav_lib;
const struct dav_lib *http_lib(const struct http *h);

/* Send req, with the retries above, into *resp (initialised here; free
 * with http_response_free). 0 when the server answered (any status), -1
 * when no answer came after the last attempt (resp->error says why). */
int http_send(struct http *h, const struct http_request *req, struct http_response *resp);

void http_response_free(struct http_response *resp);

/* Bytes of URL text at s percent-decoded ("%40" -> "@") by h's libcurl,
 * into a heap string. */
char *http_unescape(const struct http *h, const char *s);

#endif

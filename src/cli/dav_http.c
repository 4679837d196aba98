/* HTTP for the CardDAV/CalDAV push (dav_http.h), on libcurl. */
#include "cli/dav_http.h"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "base/util.h"
#include "cli/dav_lib.h"

struct http {
    struct dav_lib lib; /* libcurl, loaded */
    CURL *curl;
    char *netrc_file;
    char errbuf[CURL_ERROR_SIZE];
    long retry_ms;  /* the first delay before a retry */
    long timeout_s; /* a whole request's */
};

/* Attempts of one request: the first and four retries, 7.5 s of waiting
 * with the default first delay of 0.5 s. */
enum { HTTP_ATTEMPTS = 5 };
/* A server's Retry-After is followed up to this many seconds. */
enum { RETRY_AFTER_MAX = 30 };
/* An answer body larger than this is an error (a listing of 100,000 items is
 * some 30 MB). */
#define BODY_MAX (256u * 1024 * 1024)

static long env_long(const char *name, long dflt, long lo, long hi)
{
    const char *s = getenv(name);
    char *end;
    long v = s && *s ? strtol(s, &end, 10) : dflt;
    return s && *s && (*end || v < lo || v > hi) ? dflt : v;
}

struct http *http_new(const char *netrc_file, const char **why)
{
    struct http *h = xcalloc(1, sizeof *h);
    if (!dav_lib_open(&h->lib, why)) {
        free(h);
        return NULL;
    }
    h->curl = h->lib.easy_init();
    if (!h->curl) {
        dav_lib_close(&h->lib);
        free(h);
        *why = "cannot initialise libcurl";
        return NULL;
    }
    h->netrc_file = netrc_file ? xstrdup(netrc_file) : NULL;
    /* test hooks: shorter waits against a local server */
    h->retry_ms = env_long("FICHE2VCARD_RETRY_MS", 500, 0, 60000);
    h->timeout_s = env_long("FICHE2VCARD_HTTP_TIMEOUT", 120, 1, 3600);
    return h;
}

const struct dav_lib *http_lib(const struct http *h)
{
    return &h->lib;
}

void http_free(struct http *h)
{
    if (!h)
        return;
    h->lib.easy_cleanup(h->curl);
    dav_lib_close(&h->lib);
    free(h->netrc_file);
    free(h);
}

void http_response_free(struct http_response *resp)
{
    free(resp->etag);
    strbuf_free(&resp->body);
    memset(resp, 0, sizeof *resp);
}

static size_t on_body(char *p, size_t size, size_t n, void *ctx)
{
    struct strbuf *sb = ctx;
    if (sb->len + n > BODY_MAX)
        return 0; /* libcurl fails the transfer */
    strbuf_add(sb, p, size * n);
    return size * n;
}

/* What the response headers say that we use: ETag, Retry-After. */
struct heads {
    char *etag;
    long retry_after;
};

static char *header_value(const char *p, size_t n, const char *name)
{
    size_t k = strlen(name);
    if (n <= k || strncasecmp(p, name, k) != 0 || p[k] != ':')
        return NULL;
    p += k + 1;
    n -= k + 1;
    while (n && (*p == ' ' || *p == '\t'))
        p++, n--;
    while (n && (p[n - 1] == '\r' || p[n - 1] == '\n' || p[n - 1] == ' '))
        n--;
    return xstrndup(p, n);
}

static size_t on_header(char *p, size_t size, size_t n, void *ctx)
{
    struct heads *hd = ctx;
    n *= size;
    if (n > 5 && memcmp(p, "HTTP/", 5) == 0) { /* a new response (after a 100) */
        free(hd->etag);
        hd->etag = NULL;
        hd->retry_after = 0;
    }
    char *v = header_value(p, n, "ETag");
    if (v) {
        free(hd->etag);
        hd->etag = v;
    } else if ((v = header_value(p, n, "Retry-After")) != NULL) {
        hd->retry_after = atol(v); /* an HTTP date is not followed: 0 */
        free(v);
    }
    return n;
}

static struct curl_slist *add_header(const struct dav_lib *lib, struct curl_slist *l,
                                     const char *name, const char *value)
{
    char *line = xasprintf("%s: %s", name, value);
    struct curl_slist *n = lib->slist_append(l, line);
    free(line);
    return n ? n : l;
}

static struct curl_slist *request_headers(const struct dav_lib *lib,
                                          const struct http_request *req)
{
    struct curl_slist *l = NULL;
    if (req->body && req->content_type)
        l = add_header(lib, l, "Content-Type", req->content_type);
    if (req->if_match)
        l = add_header(lib, l, "If-Match", req->if_match);
    if (req->if_none_match)
        l = add_header(lib, l, "If-None-Match", "*");
    if (req->depth)
        l = add_header(lib, l, "Depth", req->depth);
    /* no "100 Continue" round trip before each body */
    return add_header(lib, l, "Expect", "");
}

/* The options of one request on the reused handle. */
static void setup(struct http *h, const struct http_request *req, struct curl_slist *hl,
                  struct strbuf *body, struct heads *hd)
{
    CURL *c = h->curl;
    CURLcode (*setopt)(CURL *, CURLoption, ...) = h->lib.easy_setopt;
    h->lib.easy_reset(c); /* the connection stays open */
    setopt(c, CURLOPT_URL, req->url);
    setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    setopt(c, CURLOPT_NOSIGNAL, 1L);
    setopt(c, CURLOPT_ERRORBUFFER, h->errbuf);
    setopt(c, CURLOPT_USERAGENT, "fiche2vcard/" PACKAGE_VERSION);
    setopt(c, CURLOPT_NETRC, (long)CURL_NETRC_OPTIONAL);
    if (h->netrc_file)
        setopt(c, CURLOPT_NETRC_FILE, h->netrc_file);
    /* Basic only: sent at once, no unauthenticated probe before each
     * request; over HTTPS (see README) */
    setopt(c, CURLOPT_HTTPAUTH, (long)CURLAUTH_BASIC);
    setopt(c, CURLOPT_CONNECTTIMEOUT, 15L);
    setopt(c, CURLOPT_TIMEOUT, h->timeout_s);
    setopt(c, CURLOPT_HTTPHEADER, hl);
    setopt(c, CURLOPT_WRITEFUNCTION, on_body);
    setopt(c, CURLOPT_WRITEDATA, body);
    setopt(c, CURLOPT_HEADERFUNCTION, on_header);
    setopt(c, CURLOPT_HEADERDATA, hd);
    if (req->body) {
        setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)req->n);
        setopt(c, CURLOPT_POSTFIELDS, req->body);
    }
    if (strcmp(req->method, "GET") != 0)
        setopt(c, CURLOPT_CUSTOMREQUEST, req->method);
}

static bool worth_retrying(long status)
{
    return status == 408 || status == 429 ||
           (status >= 500 && status <= 599 && status != 501 && status != 505);
}

static bool network_retryable(CURLcode rc)
{
    return rc == CURLE_COULDNT_CONNECT || rc == CURLE_OPERATION_TIMEDOUT ||
           rc == CURLE_SEND_ERROR || rc == CURLE_RECV_ERROR || rc == CURLE_GOT_NOTHING ||
           rc == CURLE_COULDNT_RESOLVE_HOST || rc == CURLE_PARTIAL_FILE;
}

static void pause_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) != 0)
        ;
}

/* One attempt: 0 and the status, or the libcurl failure. */
static CURLcode attempt(struct http *h, const struct http_request *req,
                        struct http_response *resp, struct heads *hd)
{
    struct curl_slist *hl = request_headers(&h->lib, req);
    strbuf_reset(&resp->body);
    free(hd->etag);
    memset(hd, 0, sizeof *hd);
    h->errbuf[0] = '\0';
    setup(h, req, hl, &resp->body, hd);
    CURLcode rc = h->lib.easy_perform(h->curl);
    h->lib.slist_free_all(hl);
    resp->attempts++;
    resp->status = 0;
    if (rc == CURLE_OK)
        h->lib.easy_getinfo(h->curl, CURLINFO_RESPONSE_CODE, &resp->status);
    else
        snprintf(resp->error, sizeof resp->error, "%s",
                 h->errbuf[0] ? h->errbuf : h->lib.easy_strerror(rc));
    return rc;
}

int http_send(struct http *h, const struct http_request *req, struct http_response *resp)
{
    memset(resp, 0, sizeof *resp);
    struct heads hd = {0};
    long delay = h->retry_ms;
    for (;;) {
        CURLcode rc = attempt(h, req, resp, &hd);
        bool again =
            rc == CURLE_OK ? worth_retrying(resp->status) : network_retryable(rc);
        if (!again || resp->attempts >= HTTP_ATTEMPTS)
            break;
        long wait = delay;
        if (hd.retry_after > 0)
            wait = (hd.retry_after > RETRY_AFTER_MAX ? RETRY_AFTER_MAX : hd.retry_after) *
                   1000L;
        pause_ms(wait);
        delay *= 2;
    }
    resp->etag = hd.etag;
    return resp->status > 0 ? 0 : -1;
}

char *http_unescape(const struct http *h, const char *s)
{
    int n = 0;
    char *d = h->lib.easy_unescape(NULL, s, 0, &n);
    if (!d)
        return xstrdup(s);
    char *copy = xstrndup(d, (size_t)n);
    h->lib.curl_free(d);
    return copy;
}

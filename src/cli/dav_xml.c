/* The WebDAV XML of the push (dav_xml.h), on libxml2's tree API. */
#include "cli/dav_xml.h"

#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "cli/dav_lib.h"

static const char *const NS_DAV = "DAV:";
static const char *const NS_CARDDAV = "urn:ietf:params:xml:ns:carddav";
static const char *const NS_CALDAV = "urn:ietf:params:xml:ns:caldav";

/* Whether node is the element ns:name. */
static bool is(const xmlNode *node, const char *ns, const char *name)
{
    return node && node->type == XML_ELEMENT_NODE && node->ns && node->ns->href &&
           strcmp((const char *)node->ns->href, ns) == 0 &&
           strcmp((const char *)node->name, name) == 0;
}

static char *text_of(const struct dav_lib *lib, const xmlNode *node)
{
    xmlChar *t = lib->node_content(node);
    char *s = xstrdup(t ? (const char *)t : "");
    (*lib->xml_free)(t);
    /* trim: servers indent */
    size_t a = 0, b = strlen(s);
    while (a < b && ascii_isspace(s[a]))
        a++;
    while (b > a && ascii_isspace(s[b - 1]))
        b--;
    memmove(s, s + a, b - a);
    s[b - a] = '\0';
    return s;
}

/* A propstat's status is 200 ("HTTP/1.1 200 OK"). */
static bool status_ok(const struct dav_lib *lib, const xmlNode *propstat)
{
    for (const xmlNode *c = propstat->children; c; c = c->next) {
        if (is(c, NS_DAV, "status")) {
            char *s = text_of(lib, c);
            const char *sp = strchr(s, ' ');
            bool ok = sp && strncmp(sp + 1, "200", 3) == 0;
            free(s);
            return ok;
        }
    }
    return true; /* no status: take the properties */
}

static void take_prop(const struct dav_lib *lib, const xmlNode *prop,
                      struct dav_resource *r)
{
    for (const xmlNode *p = prop->children; p; p = p->next) {
        if (is(p, NS_DAV, "getetag")) {
            free(r->etag);
            r->etag = text_of(lib, p);
        } else if (is(p, NS_DAV, "resourcetype")) {
            for (const xmlNode *t = p->children; t; t = t->next) {
                r->collection |= is(t, NS_DAV, "collection");
                r->addressbook |= is(t, NS_CARDDAV, "addressbook");
                r->calendar |= is(t, NS_CALDAV, "calendar");
            }
        }
    }
}

static void take_response(const struct dav_lib *lib, const xmlNode *resp,
                          struct dav_listing *out)
{
    struct dav_resource r = {0};
    for (const xmlNode *c = resp->children; c; c = c->next) {
        if (is(c, NS_DAV, "href") && !r.href) {
            r.href = text_of(lib, c);
        } else if (is(c, NS_DAV, "propstat") && status_ok(lib, c)) {
            for (const xmlNode *p = c->children; p; p = p->next)
                if (is(p, NS_DAV, "prop"))
                    take_prop(lib, p, &r);
        }
    }
    if (!r.href) {
        free(r.etag);
        return;
    }
    if (r.etag && r.etag[0] == '\0') {
        free(r.etag);
        r.etag = NULL;
    }
    if (out->n == out->cap) {
        out->cap = out->cap ? 2 * out->cap : 64;
        out->v = xrealloc(out->v, out->cap * sizeof *out->v);
    }
    out->v[out->n++] = r;
}

/* libxml2 reports to stderr unless told otherwise: the program says what
 * failed itself. */
static void quiet_errors(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

int dav_parse_multistatus(const struct dav_lib *lib, const char *xml, size_t n,
                          struct dav_listing *out)
{
    lib->set_error_func(NULL, quiet_errors);
    if (n > (size_t)0x7fffffff)
        return -1;
    xmlDoc *doc = lib->read_memory(xml, (int)n, "multistatus.xml", NULL,
                                   XML_PARSE_NONET | XML_PARSE_NOERROR |
                                       XML_PARSE_NOWARNING | XML_PARSE_NOCDATA);
    if (!doc)
        return -1;
    const xmlNode *root = lib->doc_root(doc);
    int rc = is(root, NS_DAV, "multistatus") ? 0 : -1;
    for (const xmlNode *c = rc == 0 ? root->children : NULL; c; c = c->next)
        if (is(c, NS_DAV, "response"))
            take_response(lib, c, out);
    lib->free_doc(doc);
    return rc;
}

void dav_listing_free(struct dav_listing *l)
{
    for (size_t i = 0; i < l->n; i++) {
        free(l->v[i].href);
        free(l->v[i].etag);
    }
    free(l->v);
    memset(l, 0, sizeof *l);
}

/* The WebDAV XML of the CardDAV/CalDAV push (dav.c), on libxml2: the only
 * includer of <libxml/...>. Reads a PROPFIND answer (207 Multi-Status,
 * RFC 4918) into plain structs; the request bodies are constant text. */
#ifndef FICHE_CLI_DAV_XML_H
#define FICHE_CLI_DAV_XML_H

#include <stdbool.h>
#include <stddef.h>

/* The body of the listing's PROPFIND: resource type and ETag. */
#define DAV_PROPFIND_BODY                                                                \
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"                                       \
    "<d:propfind xmlns:d=\"DAV:\"><d:prop><d:resourcetype/><d:getetag/>"                 \
    "</d:prop></d:propfind>\n"

/* One resource of a listing, from its <d:response>: the href as written
 * (percent-encoded), its ETag (NULL when not given with status 200) and
 * resource type. All strings owned. */
struct dav_resource {
    char *href;
    char *etag;
    bool collection, addressbook, calendar;
};

struct dav_listing {
    struct dav_resource *v;
    size_t n, cap;
};

/* Parse the n bytes of a Multi-Status body at xml into *out (appended).
 * No network access and no entity expansion: the body comes from a
 * server. 0, or -1 when it is no such XML. */
struct dav_lib;
int dav_parse_multistatus(const struct dav_lib *lib, const char *xml, size_t n,
                          struct dav_listing *out);

void dav_listing_free(struct dav_listing *l);

#endif

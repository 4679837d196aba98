/* libcurl and libxml2 for the CardDAV/CalDAV push (part of the program),
 * loaded with dlopen when a push starts. Linked, the two libraries and the
 * thirty they bring (TLS, Kerberos, LDAP, ICU) would cost every run, push or
 * not, 9 MB of memory: the benchmark's peak RSS went from 12.5 to 19.1 MiB.
 * The libraries do all the work; this is only where their functions are
 * found. */
#ifndef FICHE_DAV_LIB_H
#define FICHE_DAV_LIB_H

#include <stdbool.h>

#include <curl/curl.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

struct dav_lib {
    void *curl_so, *xml_so; /* the dlopen handles; NULL when closed */
    CURLcode (*global_init)(long flags);
    void (*global_cleanup)(void);
    CURL *(*easy_init)(void);
    CURLcode (*easy_setopt)(CURL *c, CURLoption option, ...);
    CURLcode (*easy_perform)(CURL *c);
    CURLcode (*easy_getinfo)(CURL *c, CURLINFO info, ...);
    void (*easy_reset)(CURL *c);
    void (*easy_cleanup)(CURL *c);
    const char *(*easy_strerror)(CURLcode rc);
    char *(*easy_unescape)(CURL *c, const char *s, int n, int *out_n);
    void (*curl_free)(void *p);
    struct curl_slist *(*slist_append)(struct curl_slist *l, const char *s);
    void (*slist_free_all)(struct curl_slist *l);
    xmlDocPtr (*read_memory)(const char *buf, int size, const char *url,
                             const char *encoding, int options);
    xmlNodePtr (*doc_root)(const xmlDoc *doc);
    xmlChar *(*node_content)(const xmlNode *node);
    void (*free_doc)(xmlDocPtr doc);
    xmlFreeFunc *xml_free; /* libxml2's xmlFree, a variable */
    void (*set_error_func)(void *ctx, xmlGenericErrorFunc f);
};

/* Load libcurl (libcurl.so.4) and libxml2 (libxml2.so.2) into lib and
 * initialise libcurl; false, with *why set, when one cannot be. */
bool dav_lib_open(struct dav_lib *lib, const char **why);

/* Undo dav_lib_open; a closed or zeroed lib is a no-op. */
void dav_lib_close(struct dav_lib *lib);

#endif

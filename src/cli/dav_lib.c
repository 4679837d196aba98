/* libcurl and libxml2, loaded when a push starts (dav_lib.h). */
#include "cli/dav_lib.h"

#include <dlfcn.h>
#include <stddef.h>
#include <string.h>

/* Each function: the library that has it (0 libcurl, 1 libxml2), its
 * name, and where its address goes in struct dav_lib. */
static const struct {
    int so;
    const char *name;
    size_t at;
} symbols[] = {
    {0, "curl_global_init", offsetof(struct dav_lib, global_init)},
    {0, "curl_global_cleanup", offsetof(struct dav_lib, global_cleanup)},
    {0, "curl_easy_init", offsetof(struct dav_lib, easy_init)},
    {0, "curl_easy_setopt", offsetof(struct dav_lib, easy_setopt)},
    {0, "curl_easy_perform", offsetof(struct dav_lib, easy_perform)},
    {0, "curl_easy_getinfo", offsetof(struct dav_lib, easy_getinfo)},
    {0, "curl_easy_reset", offsetof(struct dav_lib, easy_reset)},
    {0, "curl_easy_cleanup", offsetof(struct dav_lib, easy_cleanup)},
    {0, "curl_easy_strerror", offsetof(struct dav_lib, easy_strerror)},
    {0, "curl_easy_unescape", offsetof(struct dav_lib, easy_unescape)},
    {0, "curl_free", offsetof(struct dav_lib, curl_free)},
    {0, "curl_slist_append", offsetof(struct dav_lib, slist_append)},
    {0, "curl_slist_free_all", offsetof(struct dav_lib, slist_free_all)},
    {1, "xmlReadMemory", offsetof(struct dav_lib, read_memory)},
    {1, "xmlDocGetRootElement", offsetof(struct dav_lib, doc_root)},
    {1, "xmlNodeGetContent", offsetof(struct dav_lib, node_content)},
    {1, "xmlFreeDoc", offsetof(struct dav_lib, free_doc)},
    {1, "xmlFree", offsetof(struct dav_lib, xml_free)},
    {1, "xmlSetGenericErrorFunc", offsetof(struct dav_lib, set_error_func)},
};

bool dav_lib_open(struct dav_lib *lib, const char **why)
{
    memset(lib, 0, sizeof *lib);
    lib->curl_so = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    lib->xml_so = dlopen("libxml2.so.2", RTLD_NOW | RTLD_LOCAL);
    if (lib->curl_so == NULL || lib->xml_so == NULL) {
        *why = lib->curl_so == NULL
                   ? "cannot load libcurl (libcurl.so.4: Debian's libcurl4)"
                   : "cannot load libxml2 (libxml2.so.2: Debian's libxml2)";
        dav_lib_close(lib);
        return false;
    }
    for (size_t i = 0; i < sizeof symbols / sizeof symbols[0]; i++) {
        void *p = dlsym(symbols[i].so == 0 ? lib->curl_so : lib->xml_so, symbols[i].name);
        if (p == NULL) {
            *why = "libcurl or libxml2 lacks a function the push needs";
            lib->global_cleanup = NULL; /* libcurl was not initialised */
            dav_lib_close(lib);
            return false;
        }
        /* POSIX: a function's address from dlsym fits a function pointer */
        memcpy((char *)lib + symbols[i].at, &p, sizeof p);
    }
    if (lib->global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
        *why = "cannot initialise libcurl";
        lib->global_cleanup = NULL;
        dav_lib_close(lib);
        return false;
    }
    return true;
}

void dav_lib_close(struct dav_lib *lib)
{
    if (lib->global_cleanup != NULL)
        lib->global_cleanup();
    if (lib->curl_so != NULL)
        dlclose(lib->curl_so);
    if (lib->xml_so != NULL)
        dlclose(lib->xml_so);
    memset(lib, 0, sizeof *lib);
}

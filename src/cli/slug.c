/* File names for -o DIR: an ASCII slug of the organisation's name that is
 * safe on every file system and can never leave the output folder. */
#include "cli/slug.h"

#include <stdlib.h>
#include <string.h>

#include "base/text.h"
#include "base/util.h"

#define SLUG_MAX 60

char *fiche_slug(const char *name)
{
    /* str_fold_key strips accents and keeps [a-z0-9] words separated by one
     * space: "Fédération Addiction" -> "federation addiction". */
    char *key = str_fold_key(name ? name : "");
    size_t n = strlen(key);
    if (n > SLUG_MAX) {
        /* Cut at the last word boundary that fits, else at the limit. */
        size_t cut = SLUG_MAX;
        while (cut > 0 && key[cut] != ' ')
            cut--;
        n = cut > SLUG_MAX / 2 ? cut : SLUG_MAX;
        while (n > 0 && key[n - 1] == ' ')
            n--;
    }
    key[n] = '\0';
    for (size_t i = 0; i < n; i++)
        if (key[i] == ' ')
            key[i] = '-';
    static const char *const reserved[] = {"con",  "prn",  "aux",  "nul",  "com1", "com2",
                                           "com3", "com4", "com5", "com6", "com7", "com8",
                                           "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5",
                                           "lpt6", "lpt7", "lpt8", "lpt9"};
    bool bad = key[0] == '\0';
    for (size_t i = 0; i < sizeof reserved / sizeof reserved[0] && !bad; i++)
        bad = strcmp(key, reserved[i]) == 0;
    if (bad) {
        char *s = xasprintf("%s%sentry", key, key[0] ? "-" : "");
        free(key);
        return s;
    }
    return key;
}

/* The model's places: the French overseas territory a postcode stands for,
 * which the address reader gives the address and the calendar writer its
 * time zone (one table for both). */
#include <string.h>

#include "model/entry.h"

const char *postcode_territory(const char *postcode)
{
    /* Guadeloupe's 971 holds Saint-Barthélemy (97133) and Saint-Martin
     * (97150), which also have 977 and 978 of their own */
    static const struct {
        const char *prefix, *code;
    } posts[] = {
        {"97133", "BL"}, {"97150", "MF"}, {"971", "GP"}, {"972", "MQ"}, {"973", "GF"},
        {"974", "RE"},   {"975", "PM"},   {"976", "YT"}, {"977", "BL"}, {"978", "MF"},
        {"986", "WF"},   {"987", "PF"},   {"988", "NC"},
    };
    if (!postcode || strlen(postcode) != 5 || postcode[0] != '9')
        return NULL;
    for (size_t i = 0; i < sizeof posts / sizeof posts[0]; i++)
        if (strncmp(postcode, posts[i].prefix, strlen(posts[i].prefix)) == 0)
            return posts[i].code;
    return NULL;
}

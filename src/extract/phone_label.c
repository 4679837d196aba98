/* Extractor: the kind of number a label names ("Fax", "N° Vert",
 * "Portable"), shared by the finder of phone.c and the resolution of
 * phone_parse.c. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "base/text.h"
#include "base/util.h"
#include "extract/phone.h"

/* Label words and the kind they name. Keys are case-folded, accent-stripped
 * ASCII words ("Tél." -> "tel", "N° Vert" -> "n vert" -> word "vert"). */
struct label_word {
    const char *word;
    enum phone_kind kind;
};

static const struct label_word label_words[] = {
    {"tel", PHONE_VOICE},        {"telephone", PHONE_VOICE},
    {"telephones", PHONE_VOICE}, {"telephonique", PHONE_VOICE},
    {"phone", PHONE_VOICE},      {"standard", PHONE_VOICE},
    {"accueil", PHONE_VOICE},    {"fixe", PHONE_VOICE},
    {"fax", PHONE_FAX},          {"telecopie", PHONE_FAX},
    {"telecopieur", PHONE_FAX},  {"telefax", PHONE_FAX},
    {"telec", PHONE_FAX}, /* Québec's "Téléc." */
    {"portable", PHONE_CELL},    {"portables", PHONE_CELL},
    {"mobile", PHONE_CELL},      {"mobiles", PHONE_CELL},
    {"gsm", PHONE_CELL},         {"cell", PHONE_CELL},
    {"cellulaire", PHONE_CELL},  {"port", PHONE_CELL},
    {"vert", PHONE_TOLLFREE},    {"verte", PHONE_TOLLFREE},
    {"gratuit", PHONE_TOLLFREE}, {"gratuite", PHONE_TOLLFREE},
};

/* Letterhead abbreviations, only when they are the whole label: "T. :", "F :". */
static const struct label_word label_letters[] = {
    {"t", PHONE_VOICE},
    {"f", PHONE_FAX},
    {"m", PHONE_CELL},
    {"p", PHONE_CELL},
};

bool phone_label_head_only(const char *key)
{
    return strcmp(key, "port") == 0;
}

/* "Port" is a mobile's label first in the label or after "Tél." ("Port. :",
 * "Tél. port. :"), a place's name elsewhere ("… de Saint-Jean-Pied-de-Port :
 * (05 59 …)", "Mairie du Port :"). prev is the word before, or NULL. */
static bool place_port(const char *word, const char *prev)
{
    return phone_label_head_only(word) && prev && strncmp(prev, "tel ", 4) != 0 &&
           strncmp(prev, "telephone ", 10) != 0;
}

bool phone_label_word(const char *s, size_t n)
{
    char *word = xstrndup(s, n);
    bool known = false;
    phone_kind_from_label(word, &known);
    free(word);
    return known;
}

/* Precedence when a label names several kinds ("Téléphone portable" is a
 * mobile): toll free, cell, fax, voice; but "Tél./Fax" is a line for both,
 * kept as VOICE so that calling it works. */
enum phone_kind phone_kind_from_label(const char *label, bool *known)
{
    bool has[4] = {false, false, false, false};
    bool any = false;
    if (label) {
        char *key = str_fold_key(label);
        if (strlen(key) == 1) {
            for (size_t i = 0; i < sizeof label_letters / sizeof label_letters[0]; i++)
                if (key[0] == label_letters[i].word[0])
                    has[label_letters[i].kind] = any = true;
        }
        const char *prev = NULL; /* the word before w */
        for (char *w = key; *w;) {
            char *sp = strchr(w, ' ');
            size_t wl = sp ? (size_t)(sp - w) : strlen(w);
            for (size_t i = 0; i < sizeof label_words / sizeof label_words[0]; i++) {
                const char *lw = label_words[i].word;
                if (lw[0] == w[0] && strncmp(lw, w, wl) == 0 && lw[wl] == '\0' &&
                    !place_port(lw, prev))
                    has[label_words[i].kind] = any = true;
            }
            prev = w;
            w += wl;
            while (*w == ' ')
                w++;
        }
        free(key);
    }
    if (known)
        *known = any;
    if (has[PHONE_TOLLFREE])
        return PHONE_TOLLFREE;
    if (has[PHONE_CELL])
        return PHONE_CELL;
    if (has[PHONE_FAX] && !has[PHONE_VOICE])
        return PHONE_FAX;
    return PHONE_VOICE;
}

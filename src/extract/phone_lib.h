/* C interface to libphonenumber (C++), implemented in phone_lib.cc: the only
 * file that includes libphonenumber's headers. */
#ifndef FICHE_PHONE_LIB_H
#define FICHE_PHONE_LIB_H

#include <stdbool.h>

#ifdef __cplusplus
extern "C" {
#endif

enum phonelib_type {
    PHONELIB_FIXED_LINE,
    PHONELIB_MOBILE,
    PHONELIB_FIXED_LINE_OR_MOBILE,
    PHONELIB_TOLL_FREE,
    PHONELIB_PREMIUM_RATE,
    PHONELIB_SHARED_COST,
    PHONELIB_VOIP,
    PHONELIB_PERSONAL_NUMBER,
    PHONELIB_PAGER,
    PHONELIB_UAN,
    PHONELIB_VOICEMAIL,
    PHONELIB_UNKNOWN
};

struct phonelib_result {
    bool valid;
    char e164[24];  /* "+33388412987" */
    char intl[40];  /* "+33 3 88 41 29 87" */
    char region[4]; /* "FR" */
    enum phonelib_type type;
    /* Added after the first version (fields appended, so older initialisers
     * stay valid): */
    bool possible;    /* full length for its country (IsPossibleNumberWithReason
                         == IS_POSSIBLE), whether or not the range is assigned */
    int country_code; /* 33, 590, 32...; 0 when unknown */
    bool trunk_kept;  /* the national number starts with the trunk prefix of
                         its country, which libphonenumber could not strip
                         ("063 58 86 75" read in France: +33 063588675);
                         false where the plan has no trunk 0 (New Caledonia's
                         "05 30 30", Italy's "06 …") */
};

/* Parse text (NUL-terminated UTF-8) with default region (ISO alpha-2, "FR");
 * fills r (zeroed first). Returns 0 when parsed (r->valid tells whether the
 * number is valid, r->possible whether it has a full length; e164, intl,
 * country_code are set even for an invalid number; region is "" when
 * libphonenumber names none), -1 when libphonenumber cannot parse it at all
 * or throws. Thread-safe: calls are serialised (see phone_lib.cc). */
int phonelib_parse(const char *text, const char *region, struct phonelib_result *r);

#ifdef __cplusplus
}
#endif

#endif

/* The one C++ file: libphonenumber behind the C interface of phone_lib.h.
 * phone.c calls it to validate and normalise the numbers it finds; no C++
 * type or exception crosses this file's boundary. */
#include "extract/phone_lib.h"

#include <cstring>
#include <mutex>
#include <string>

#include <phonenumbers/phonenumberutil.h>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace
{

/* Copy s into a fixed field, truncating (never happens for E.164 / intl). */
void copy_field(char *dst, size_t size, const std::string &s)
{
    size_t n = s.size() < size - 1 ? s.size() : size - 1;
    std::memcpy(dst, s.data(), n);
    dst[n] = '\0';
}

enum phonelib_type map_type(PhoneNumberUtil::PhoneNumberType t)
{
    switch (t) {
    case PhoneNumberUtil::FIXED_LINE:
        return PHONELIB_FIXED_LINE;
    case PhoneNumberUtil::MOBILE:
        return PHONELIB_MOBILE;
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
        return PHONELIB_FIXED_LINE_OR_MOBILE;
    case PhoneNumberUtil::TOLL_FREE:
        return PHONELIB_TOLL_FREE;
    case PhoneNumberUtil::PREMIUM_RATE:
        return PHONELIB_PREMIUM_RATE;
    case PhoneNumberUtil::SHARED_COST:
        return PHONELIB_SHARED_COST;
    case PhoneNumberUtil::VOIP:
        return PHONELIB_VOIP;
    case PhoneNumberUtil::PERSONAL_NUMBER:
        return PHONELIB_PERSONAL_NUMBER;
    case PhoneNumberUtil::PAGER:
        return PHONELIB_PAGER;
    case PhoneNumberUtil::UAN:
        return PHONELIB_UAN;
    case PhoneNumberUtil::VOICEMAIL:
        return PHONELIB_VOICEMAIL;
    default:
        return PHONELIB_UNKNOWN;
    }
}

int parse(const char *text, const char *region, struct phonelib_result *r)
{
    const PhoneNumberUtil *u = PhoneNumberUtil::GetInstance();
    PhoneNumber n;
    if (u->Parse(text, region ? region : "FR", &n) != PhoneNumberUtil::NO_PARSING_ERROR)
        return -1;

    std::string s;
    u->Format(n, PhoneNumberUtil::E164, &s);
    copy_field(r->e164, sizeof r->e164, s);
    s.clear();
    u->Format(n, PhoneNumberUtil::INTERNATIONAL, &s);
    copy_field(r->intl, sizeof r->intl, s);
    s.clear();
    u->GetRegionCodeForNumber(n, &s);
    if (s != "ZZ")
        copy_field(r->region, sizeof r->region, s);
    r->country_code = n.country_code();
    r->valid = u->IsValidNumber(n);
    r->possible = u->IsPossibleNumberWithReason(n) == PhoneNumberUtil::IS_POSSIBLE;
    r->type = r->valid ? map_type(u->GetNumberType(n)) : PHONELIB_UNKNOWN;
    if (n.italian_leading_zero()) {
        std::string main_region, ndd;
        u->GetRegionCodeForCountryCode(n.country_code(), &main_region);
        u->GetNddPrefixForRegion(main_region, true, &ndd);
        r->trunk_kept = ndd == "0";
    }
    return 0;
}

/* Whether Debian's libphonenumber was built with real locks around its
 * regular-expression cache cannot be checked from here, and helgrind reports
 * races inside it and ICU: calls are serialised. The fast path of phone.c
 * keeps most numbers away from this lock. */
std::mutex lib_lock;

} /* namespace */

extern "C" int phonelib_parse(const char *text, const char *region,
                              struct phonelib_result *r)
{
    std::memset(r, 0, sizeof *r);
    r->type = PHONELIB_UNKNOWN;
    if (!text)
        return -1;
    /* No C++ exception (std::bad_alloc, regex errors) may unwind into C. */
    try {
        std::lock_guard<std::mutex> guard(lib_lock);
        int rc = parse(text, region, r);
        if (rc != 0) {
            std::memset(r, 0, sizeof *r);
            r->type = PHONELIB_UNKNOWN;
        }
        return rc;
    } catch (...) {
        std::memset(r, 0, sizeof *r);
        r->type = PHONELIB_UNKNOWN;
        return -1;
    }
}

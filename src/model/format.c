/* The model's values as text for the writers: dates and times of day. */
#include <stdio.h>

#include "model/entry.h"

void date_format_iso(const struct date *d, char *buf, size_t size)
{
    if (size == 0)
        return;
    switch (d->precision) {
    case DATE_YEAR:
        snprintf(buf, size, "%04d", d->year);
        break;
    case DATE_MONTH:
        snprintf(buf, size, "%04d-%02d", d->year, d->month);
        break;
    case DATE_DAY:
        snprintf(buf, size, "%04d-%02d-%02d", d->year, d->month, d->day);
        break;
    default:
        buf[0] = '\0';
        break;
    }
}

void date_format_timestamp(const struct date *d, bool extended, char *buf, size_t size)
{
    if (size == 0)
        return;
    if (d->precision == DATE_NONE) {
        buf[0] = '\0';
        return;
    }
    int m = d->precision >= DATE_MONTH ? d->month : 1;
    int day = d->precision >= DATE_DAY ? d->day : 1;
    if (extended)
        snprintf(buf, size, "%04d-%02d-%02dT00:00:00Z", d->year, m, day);
    else
        snprintf(buf, size, "%04d%02d%02dT000000Z", d->year, m, day);
}

void hours_format(int minutes, char *buf, size_t size)
{
    if (size == 0)
        return;
    if (minutes < 0)
        minutes = 0;
    if (minutes > 1440)
        minutes = 1440;
    snprintf(buf, size, "%02d:%02d", minutes / 60, minutes % 60);
}

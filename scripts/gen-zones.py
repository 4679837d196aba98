#!/usr/bin/python3
"""Generator of src/write/zones.c and zones.h: the time zone of every country
of ISO 3166-1, with its current rules, from the system's tzdata (Debian's
tzdata package, read through Python's zoneinfo), so that an entry abroad (a
consulate in Bangkok, a service in Montréal) gets its calendar in its own
local time, written as a VTIMEZONE the program builds itself: the same bytes
on every machine, whatever tzdata it has, until `make zones` is run again.

A country with one zone in zone.tab gets it; a country with several gets its
capital's (CAPITALS below). Its rules are read from the UTC offsets of the
years YEARS: a fixed offset, or a switch to and from summer time on the Nth
(or last) given weekday of a month at a given local time, the same in every
year. A zone whose switches follow another rule (a date fixed by a calendar
other than the Gregorian, "first Sunday on or after the 2nd") is left out:
its entries keep the default zone, Europe/Paris, as before.

The zones the program had before, in their order, come first (FIRST), so that
the calendars of entries in France, its overseas territories and its
neighbours keep their bytes; their codes name every place of the zone ("CH
LI": Liechtenstein keeps Zurich's time).

Usage: python3 scripts/gen-zones.py DIR  (writes DIR/zones.c and DIR/zones.h;
`make zones` runs it into src/write and runs clang-format)."""
import calendar
import datetime
import os
import sys
import zoneinfo

TZDIR = "/usr/share/zoneinfo"
YEARS = tuple(range(2025, 2037))  # every weekday a date can fall on
FIRST = [("Europe/Paris", "FR"), ("Europe/Brussels", "BE"), ("Europe/Zurich", "CH LI"),
         ("Europe/Luxembourg", "LU"), ("Europe/Monaco", "MC"),
         ("America/Guadeloupe", "GP"), ("America/Martinique", "MQ"),
         ("America/Cayenne", "GF"), ("Indian/Reunion", "RE"), ("Indian/Mayotte", "YT"),
         ("America/Miquelon", "PM"), ("America/St_Barthelemy", "BL"),
         ("America/Marigot", "MF"), ("Pacific/Noumea", "NC"), ("Pacific/Tahiti", "PF"),
         ("Pacific/Wallis", "WF")]
# Countries of several zones: the capital's.
CAPITALS = {"AQ": None, "AR": "America/Argentina/Buenos_Aires", "AU": "Australia/Sydney",
            "BR": "America/Sao_Paulo", "CA": "America/Toronto", "CD": "Africa/Kinshasa",
            "CL": "America/Santiago", "CN": "Asia/Shanghai", "CY": "Asia/Nicosia",
            "DE": "Europe/Berlin", "EC": "America/Guayaquil", "ES": "Europe/Madrid",
            "FM": "Pacific/Pohnpei", "GL": "America/Nuuk", "ID": "Asia/Jakarta",
            "KI": "Pacific/Tarawa", "KZ": "Asia/Almaty", "MH": "Pacific/Majuro",
            "MN": "Asia/Ulaanbaatar", "MX": "America/Mexico_City", "MY": "Asia/Kuala_Lumpur",
            "NZ": "Pacific/Auckland", "PG": "Pacific/Port_Moresby", "PS": "Asia/Gaza",
            "PT": "Europe/Lisbon", "RU": "Europe/Moscow", "UA": "Europe/Kyiv",
            "UM": None, "US": "America/New_York", "UZ": "Asia/Tashkent"}
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def zone_tab():
    """{code: [zone, ...]} from zone.tab (one country per line)."""
    out = {}
    with open(os.path.join(TZDIR, "zone.tab"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            code, _, tz = line.split("\t")[:3]
            out.setdefault(code, []).append(tz.strip())
    return out


def transitions(z, year):
    """[(utc instant, offset before, offset after)] of zone z in year, to the
    minute (a zone switches at most once a day)."""
    out = []
    t = datetime.datetime(year, 1, 1, tzinfo=datetime.timezone.utc)
    end = datetime.datetime(year + 1, 1, 1, tzinfo=datetime.timezone.utc)
    prev = t.astimezone(z).utcoffset()
    while t < end:
        t2 = t + datetime.timedelta(days=1)
        off = t2.astimezone(z).utcoffset()
        if off != prev:
            lo, hi = 0, 24 * 60  # minutes after t: offset prev at lo, off at hi
            while hi - lo > 1:
                mid = (lo + hi) // 2
                at = t + datetime.timedelta(minutes=mid)
                if at.astimezone(z).utcoffset() == prev:
                    lo = mid
                else:
                    hi = mid
            hi = t + datetime.timedelta(minutes=hi)
            out.append((hi, prev, off))
            prev = off
        t = t2
    return out


def rule_of(instant, before):
    """(month, week, weekday, local minutes) of a switch: week -1 = last."""
    local = (instant + before).replace(tzinfo=None)
    ndays = calendar.monthrange(local.year, local.month)[1]
    week = -1 if local.day + 7 > ndays else (local.day - 1) // 7 + 1
    return (local.month, week, local.weekday(), local.hour * 60 + local.minute)


def day_1970(month, week, weekday):
    """The day of month the rule gives in 1970 (a VTIMEZONE's DTSTART)."""
    days = [d for d in range(1, calendar.monthrange(1970, month)[1] + 1)
            if datetime.date(1970, month, d).weekday() == weekday]
    return days[-1] if week == -1 else days[week - 1]


def zone_rules(tz):
    """The zone's current rules, or None when they are not a fixed rule."""
    z = zoneinfo.ZoneInfo(tz)
    rules = set()
    for y in YEARS:
        tr = transitions(z, y)
        if len(tr) not in (0, 2):
            return None
        rules.add(tuple((rule_of(i, b), b, a) for i, b, a in tr))
    if len(rules) != 1:
        return None
    tr = rules.pop()
    probe = datetime.datetime(YEARS[0], 1, 15, 12, tzinfo=datetime.timezone.utc)
    if not tr:
        off = probe.astimezone(z).utcoffset()
        return {"std": off, "dst": None, "std_name": probe.astimezone(z).tzname()}
    to_dst, to_std = (tr[0], tr[1]) if tr[0][2] > tr[0][1] else (tr[1], tr[0])
    std, dst = to_std[2], to_dst[2]

    def name_at(offset):
        t = datetime.datetime(YEARS[0], 1, 1, tzinfo=datetime.timezone.utc)
        while (t.astimezone(z).utcoffset()) != offset:
            t += datetime.timedelta(days=7)
        return t.astimezone(z).tzname()
    return {"std": std, "dst": dst, "std_name": name_at(std), "dst_name": name_at(dst),
            "to_dst": to_dst[0], "to_std": to_std[0]}


def c_rule(r):
    if r is None:
        return "{0, 0, 0, 0, 0}"
    month, week, weekday, minutes = r
    return "{%d, %d, %d, %d, %d}" % (month, week, weekday, minutes,
                                     day_1970(month, week, weekday))


def main():
    out_dir = sys.argv[1]
    tab = zone_tab()
    chosen = list(FIRST)
    taken = {c for _, codes in FIRST for c in codes.split()}
    for code in sorted(tab):
        if code in taken:
            continue
        tz = CAPITALS.get(code, tab[code][0]) if len(tab[code]) > 1 else tab[code][0]
        if tz:
            chosen.append((tz, code))
    rows, skipped = [], []
    for tz, codes in chosen:
        r = zone_rules(tz)
        if r is None:
            skipped.append("%s (%s)" % (tz, codes))
            continue
        secs = lambda d: int(d.total_seconds()) if d is not None else 0  # noqa: E731
        rows.append('    {"%s", "%s", %d, %d, "%s", %s, %s, %s},' % (
            tz, codes, secs(r["std"]), secs(r["dst"]), r["std_name"],
            '"%s"' % r["dst_name"] if r["dst"] is not None else "NULL",
            c_rule(r.get("to_dst")), c_rule(r.get("to_std"))))
    version = open(os.path.join(TZDIR, "tzdata.zi"), encoding="utf-8").readline().split()[-1]
    with open(os.path.join(out_dir, "zones.h"), "w", encoding="utf-8") as f:
        f.write("/* Generated by scripts/gen-zones.py from tzdata %s (`make zones`); do not\n"
                " * edit. The number of zones of src/write/zones.c. */\n"
                "#ifndef FICHE_WRITE_ZONES_H\n#define FICHE_WRITE_ZONES_H\n\n"
                "#define ICAL_N_ZONES %d\n"
                "#define ICAL_ZONES_TZDATA \"%s\"\n\n#endif\n" % (version, len(rows), version))
    with open(os.path.join(out_dir, "zones.c"), "w", encoding="utf-8") as f:
        f.write("/* Generated by scripts/gen-zones.py from tzdata %s (`make zones`); do not\n"
                " * edit. The zone of every country, with its rules: tzid, ISO codes of\n"
                " * its places, standard and summer offsets (seconds east of UTC), their\n"
                " * names, the switch to summer time and back (month, week: 1-4 or -1 for\n"
                " * the last, weekday: 0 Monday, local minutes, day of the month in 1970).\n"
                " * Left out (switches that are no fixed rule): %s. */\n"
                '#include "write/ical_int.h"\n\n'
                "/* clang-format off */\n"
                "const struct zone_def ical_zones[ICAL_N_ZONES] = {\n%s\n};\n"
                "/* clang-format on */\n"
                % (version, ", ".join(skipped) or "none", "\n".join(rows)))


if __name__ == "__main__":
    main()

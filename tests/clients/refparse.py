"""Reference readers for the harness: what a vCard (2.1, 3.0, 4.0) or an
iCalendar file says, read by the letter of RFC 2425/2426/6350/6868/5545 and
the vCard 2.1 specification.  They are the yardstick the clients are compared
with (and, run through the same checks, they tell which facts the program
itself did not put in the file).

Only the standard library is used.
"""
import datetime
import quopri
import re
import unicodedata
import zoneinfo

COMPOUND = {"N", "ADR", "ORG", "GENDER", "CLIENTPIDMAP"}


class Prop:
    __slots__ = ("group", "name", "params", "raw", "value", "parts")

    def __init__(self, group, name, params, raw):
        self.group = group          # "item1" or None
        self.name = name            # upper case
        self.params = params        # {NAME: [values]} (names upper case)
        self.raw = raw              # raw value text (after unfolding / QP)
        self.value = None           # decoded text value
        self.parts = None           # compound components (list of str)

    def types(self):
        return [t.lower() for t in self.params.get("TYPE", [])]

    def __repr__(self):
        return "Prop(%r,%r,%r,%r)" % (self.group, self.name, self.params, self.value)


class Card:
    def __init__(self):
        self.version = None
        self.props = []

    def get(self, name):
        return [p for p in self.props if p.name == name]

    def first(self, name):
        for p in self.props:
            if p.name == name:
                return p
        return None


def _split_unquoted(s, sep):
    out, cur, q = [], [], False
    for ch in s:
        if ch == '"':
            q = not q
            cur.append(ch)
        elif ch == sep and not q:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return out


def _split_escaped(s, sep):
    """Split on sep not preceded by an escaping backslash."""
    out, cur, i = [], [], 0
    while i < len(s):
        ch = s[i]
        if ch == "\\" and i + 1 < len(s):
            cur.append(s[i:i + 2])
            i += 2
            continue
        if ch == sep:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    out.append("".join(cur))
    return out


def unescape_text(s, version):
    if version == "2.1":
        return s.replace("\\;", ";")
    out, i = [], 0
    while i < len(s):
        ch = s[i]
        if ch == "\\" and i + 1 < len(s):
            nx = s[i + 1]
            if nx in "nN":
                out.append("\n")
            elif nx in "\\;,:":
                out.append(nx)
            else:               # not an escape: keep both
                out.append(ch + nx)
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def rfc6868(s):
    return re.sub(r"\^(.)", lambda m: {"n": "\n", "^": "^", "'": '"'}.get(m.group(1), m.group(0)), s)


def _parse_params(text, version):
    params = {}
    for chunk in _split_unquoted(text, ";")[1:]:
        if "=" in chunk:
            k, v = chunk.split("=", 1)
            k = k.strip().upper()
        else:                   # vCard 2.1 bare parameter
            k, v = None, chunk.strip()
            up = v.upper()
            if up in ("QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT"):
                k = "ENCODING"
            elif up.startswith("CHARSET"):
                k = "CHARSET"
            else:
                k = "TYPE"
        vals = []
        for piece in _split_unquoted(v, ","):
            piece = piece.strip()
            if len(piece) >= 2 and piece[0] == '"' and piece[-1] == '"':
                inner = piece[1:-1]
                # a quoted list of types ("work,voice") means the same types
                vals.extend(inner.split(",") if k == "TYPE" else [inner])
            else:
                vals.append(piece)
        if version in ("4.0", "3.0"):
            vals = [rfc6868(x) for x in vals]
        params.setdefault(k, []).extend(vals)
    return params


def parse_vcards(data):
    """Parse bytes into a list of Card (decoded values)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    phys = re.split(rb"\r\n|\n|\r", data)
    cards, cur = [], None
    version = "3.0"
    i = 0
    while i < len(phys):
        line = phys[i]
        i += 1
        if not line.strip():
            continue
        # unfold
        while i < len(phys) and phys[i][:1] in (b" ", b"\t"):
            line += phys[i] if version == "2.1" else phys[i][1:]
            i += 1
        head = line.split(b":", 1)[0].upper()
        if b"QUOTED-PRINTABLE" in head:
            while line.endswith(b"=") and i < len(phys):
                line = line[:-1] + phys[i]
                i += 1
        # the name and parameters end at the first ':' outside double quotes
        q, cut = False, -1
        for k, ch in enumerate(line):
            if ch == 0x22:
                q = not q
            elif ch == 0x3A and not q:
                cut = k
                break
        if cut < 0:
            continue
        text_head, raw = line[:cut], line[cut + 1:]
        # the head is ASCII in practice; quoted params may hold UTF-8
        head_s = text_head.decode("utf-8", "replace")
        nameparts = _split_unquoted(head_s, ";")[0]
        group, name = (nameparts.rsplit(".", 1) if "." in nameparts else (None, nameparts))
        name = name.strip().upper()
        if name == "BEGIN" and raw.strip().upper() == b"VCARD":
            cur = Card()
            version = "3.0"
            continue
        if name == "END" and raw.strip().upper() == b"VCARD":
            if cur is not None:
                cards.append(cur)
            cur = None
            continue
        if cur is None:
            continue
        if name == "VERSION":
            version = raw.decode().strip()
            cur.version = version
            continue
        params = _parse_params(head_s, version)
        enc = [e.upper() for e in params.get("ENCODING", [])]
        b = raw
        if "QUOTED-PRINTABLE" in enc:
            b = quopri.decodestring(b)
        charset = (params.get("CHARSET") or ["UTF-8"])[0]
        try:
            s = b.decode(charset)
        except (LookupError, UnicodeDecodeError):
            s = b.decode("cp1252", "replace")
        s = s.replace("\r\n", "\n").replace("\r", "\n")
        p = Prop(group, name, params, s)
        if name in COMPOUND:
            p.parts = [unescape_text(x, version) for x in _split_escaped(s, ";")]
            p.value = ";".join(p.parts) if name != "ORG" else p.parts[0]
        else:
            p.value = unescape_text(s, version)
        cur.props.append(p)
    return cards


def nfc(s):
    return unicodedata.normalize("NFC", s) if isinstance(s, str) else s


# --------------------------------------------------------------- iCalendar

class Comp:
    def __init__(self, name):
        self.name = name
        self.props = []
        self.children = []

    def get(self, name):
        return [p for p in self.props if p.name == name]

    def first(self, name):
        for p in self.props:
            if p.name == name:
                return p
        return None

    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()


def parse_ics(data):
    text = data.decode("utf-8", "replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    phys = re.split(r"\r\n|\n|\r", text)
    logical = []
    for line in phys:
        if line[:1] in (" ", "\t") and logical:
            logical[-1] += line[1:]
        elif line:
            logical.append(line)
    root = Comp("ROOT")
    stack = [root]
    for line in logical:
        if ":" not in line:
            continue
        # the property name and params end at the first ':' outside quotes
        q, cut = False, None
        for k, ch in enumerate(line):
            if ch == '"':
                q = not q
            elif ch == ":" and not q:
                cut = k
                break
        if cut is None:
            continue
        head, raw = line[:cut], line[cut + 1:]
        name = _split_unquoted(head, ";")[0].upper()
        if name == "BEGIN":
            c = Comp(raw.strip().upper())
            stack[-1].children.append(c)
            stack.append(c)
            continue
        if name == "END":
            if len(stack) > 1:
                stack.pop()
            continue
        params = _parse_params(head, "4.0")
        p = Prop(None, name, params, raw)
        p.value = unescape_text(raw, "4.0") if name in (
            "SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT", "CONTACT") else raw
        stack[-1].props.append(p)
    return root


def parse_dt(prop):
    """(datetime, zone name or None, is_date)."""
    v = prop.raw.strip()
    tzid = (prop.params.get("TZID") or [None])[0]
    if len(v) == 8:
        return datetime.datetime.strptime(v, "%Y%m%d"), tzid, True
    dt = datetime.datetime.strptime(v.rstrip("Z"), "%Y%m%dT%H%M%S")
    if v.endswith("Z"):
        return dt.replace(tzinfo=datetime.timezone.utc), "UTC", False
    if tzid:
        return dt.replace(tzinfo=zoneinfo.ZoneInfo(tzid)), tzid, False
    return dt, None, False


DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def expand(comp, first_day, last_day, zone_for_dates):
    """Occurrences of an event-like component (VEVENT or AVAILABLE) whose local
    start date (in zone_for_dates) lies in [first_day, last_day].  Supports the
    RRULE forms the program writes (FREQ=WEEKLY;BYDAY=..., with UNTIL/COUNT/
    INTERVAL) and EXDATE.  Returns a list of (start, end) aware datetimes."""
    ds = comp.first("DTSTART")
    if ds is None:
        return []
    start, zone, is_date = parse_dt(ds)
    if is_date or start.tzinfo is None:
        return []
    de = comp.first("DTEND")
    if de is not None:
        end, _, _ = parse_dt(de)
        dur_local = end.replace(tzinfo=None) - start.replace(tzinfo=None)
        end_zone = end.tzinfo
    else:
        dur_local = datetime.timedelta(0)
        end_zone = start.tzinfo
    exdates = set()
    for ex in comp.get("EXDATE"):
        for part in ex.raw.split(","):
            p2 = type(ex)(None, "EXDATE", ex.params, part)
            d, _, _ = parse_dt(p2)
            exdates.add(d.astimezone(datetime.timezone.utc) if d.tzinfo else d)
    zone_info = start.tzinfo
    rr = comp.first("RRULE")
    cands = []
    if rr is None:
        cands = [start]
    else:
        rule = dict(kv.split("=", 1) for kv in rr.raw.split(";") if "=" in kv)
        if rule.get("FREQ") != "WEEKLY":
            raise ValueError("unsupported RRULE %s" % rr.raw)
        interval = int(rule.get("INTERVAL", "1"))
        byday = rule.get("BYDAY", DAYS[start.weekday()]).split(",")
        until = None
        if "UNTIL" in rule:
            u = rule["UNTIL"]
            until = (datetime.datetime.strptime(u.rstrip("Z"), "%Y%m%dT%H%M%S").replace(
                tzinfo=datetime.timezone.utc) if "T" in u else
                datetime.datetime.strptime(u, "%Y%m%d").replace(tzinfo=zone_info))
        count = int(rule["COUNT"]) if "COUNT" in rule else None
        week0 = start.date() - datetime.timedelta(days=start.weekday())
        horizon = datetime.datetime.combine(last_day + datetime.timedelta(days=2),
                                            datetime.time()).date()
        n = 0
        wk = week0
        done = False
        while wk <= horizon and not done:
            if ((wk - week0).days // 7) % interval == 0:
                for d in sorted(DAYS.index(x[-2:]) for x in byday):
                    day = wk + datetime.timedelta(days=d)
                    if day < start.date():
                        continue
                    occ = datetime.datetime.combine(day, start.time().replace(tzinfo=None),
                                                    tzinfo=zone_info)
                    if until is not None and occ > until:
                        done = True
                        break
                    n += 1
                    if count is not None and n > count:
                        done = True
                        break
                    cands.append(occ)
            wk += datetime.timedelta(days=7)
    out = []
    zd = zoneinfo.ZoneInfo(zone_for_dates)
    for occ in cands:
        if occ.astimezone(datetime.timezone.utc) in exdates:
            continue
        local_day = occ.astimezone(zd).date()
        if not (first_day <= local_day <= last_day):
            continue
        end_local = occ.replace(tzinfo=None) + dur_local
        end = end_local.replace(tzinfo=end_zone)
        out.append((occ, end))
    return out

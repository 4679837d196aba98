#!/usr/bin/python3
"""clients.py — what the programs people use show from fiche2vcard's files.

For every corpus entry (tests/corpus*/expected.json), the program converts the
entry in each output form; each output file goes to each client reader (a
small program on the client's own library, or the client itself driven in a
temporary folder); the driver compares what the client shows with the
entry's facts and prints, per client and form, the files read fully (ok),
read with losses (lossy) or refused, with a one-line reason per loss.

Facts that the program itself did not put in the file (found by reading the
file by the letter of the RFCs, refparse.py) are listed apart and not
charged to the clients.

Usage:
  ./clients.py [--prog PATH] [--corpus DIR ...] [--client NAME ...]
               [--form NAME ...] [--jobs N] [--keep DIR] [--build-dir DIR]
               [--json FILE] [--verbose] [--list]
  Default corpus: every folder under tests/ holding an expected.json
  (tests/corpus/<set>/ now, tests/corpus*/ before).  A full run (234 entries,
  8 clients, 7 forms) takes 25-35 minutes on 2 cores.
Exit status: 0 every loss is a documented client limit (CLIENT_LIMITS
below); 1 some loss is not; 2 usage error or a reader could not be built/run.

Needs Debian's python3 (vobject, ruamel.yaml for the khard reader), the
clients and the client libraries that `scripts/install-deps.sh --tests`
installs, and node-ical, pinned in tests/interop/package.json.
"""
import argparse
import collections
import concurrent.futures
import datetime
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zoneinfo

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# node-ical is pinned with the other npm packages of the tests, in
# tests/interop/package.json and its lock file (scripts/install-deps.sh --tests)
import refparse  # noqa: E402

PYTHON = "/usr/bin/python3"
TOP = os.environ.get("top_srcdir") or os.path.dirname(os.path.dirname(HERE))
DEFAULT_PROG = os.environ.get("FICHE2VCARD") or os.path.join(TOP, "fiche2vcard")
# Corpus sets: every folder under the project's tests/ holding an expected.json
# (tests/corpus*/ before the restructuring, tests/corpus/<set>/ after it).
DEFAULT_TESTS_DIR = os.path.join(TOP, "tests")
NODE_MODULES = os.path.join(TOP, "tests", "interop", "node_modules")
os.environ["NODE_PATH"] = NODE_MODULES


def default_corpora(tests_dir=DEFAULT_TESTS_DIR):
    found = set()
    for path in glob.glob(os.path.join(tests_dir, "**", "expected.json"), recursive=True):
        d = os.path.dirname(path)
        if any(f.lower().endswith((".md", ".markdown", ".txt")) for f in os.listdir(d)):
            found.add(d)
    return sorted(found)
USER_ZONE = "Europe/Paris"
READER_TIMEOUT = 120
PROG_TIMEOUT = 600

# Output forms of the program.
FORMS = collections.OrderedDict([
    ("vcf21", {"kind": "vcard", "args": ["-V", "2.1"],
               "desc": "vCard 2.1, UTF-8 (CHARSET + QUOTED-PRINTABLE)"}),
    ("vcf21-cp1252", {"kind": "vcard", "args": ["-V", "2.1", "-t", "WINDOWS-1252"],
                      "desc": "vCard 2.1, -t WINDOWS-1252"}),
    ("vcf30", {"kind": "vcard", "args": ["-V", "3.0"], "desc": "vCard 3.0"}),
    ("vcf40", {"kind": "vcard", "args": ["-V", "4.0"], "desc": "vCard 4.0"}),
    ("ics", {"kind": "ics", "args": [], "desc": "iCalendar, events + journal (default)"}),
    ("ics-todo", {"kind": "ics", "args": ["--note-as", "todo"],
                  "desc": "iCalendar, --note-as todo"}),
    ("ics-avail", {"kind": "ics", "args": ["--hours-as", "availability"],
                   "desc": "iCalendar, --hours-as availability"}),
])

# The two weeks whose occurrences are compared (local dates, Monday..Sunday),
# one in CET and one in CEST.
WEEKS = collections.OrderedDict([
    ("winter", (datetime.date(2025, 1, 13), datetime.date(2025, 1, 19))),
    ("summer", (datetime.date(2025, 7, 14), datetime.date(2025, 7, 20))),
])
# The windows asked from the readers (user's local dates, wide enough for
# overseas zones); the driver keeps the occurrences of the weeks above.
WINDOWS = [("2025-01-11", "2025-01-22"), ("2025-07-12", "2025-07-23")]

REGION_ZONES = {"la réunion": "Indian/Reunion", "réunion": "Indian/Reunion",
                "guadeloupe": "America/Guadeloupe", "martinique": "America/Martinique",
                "guyane": "America/Cayenne", "mayotte": "Indian/Mayotte",
                "saint-martin": "America/Marigot", "saint-barthélemy": "America/St_Barthelemy",
                "saint-pierre-et-miquelon": "America/Miquelon"}
COUNTRY_ZONES = {"france": "Europe/Paris", "belgique": "Europe/Brussels",
                 "suisse": "Europe/Zurich", "luxembourg": "Europe/Luxembourg",
                 "monaco": "Europe/Monaco", "allemagne": "Europe/Berlin",
                 "espagne": "Europe/Madrid", "italie": "Europe/Rome"}

# --------------------------------------------------------------------------
# Documented client limits: losses that no valid output form avoids, with the
# reason.  Every other loss makes the run exit 1.  Keys: client, loss code,
# forms (None = every form), reason.  The evidence is in FINDINGS.md.
V21 = {"vcf21", "vcf21-cp1252"}
TEXT_CODES = {"note", "name", "org-name", "title", "person-name", "locality", "description"}

CLIENT_LIMITS = [
    # ---- contacts
    {"client": "evolution", "codes": {"company-flag"}, "forms": None,
     "reason": "EContact (EDS 3.46) has no organisation/person flag: X-ABShowAs and KIND "
               "are kept as unknown attributes; the card is filed under FN like a person"},
    {"client": "evolution", "codes": {"phone-label"}, "forms": None,
     "reason": "EContact has no free phone label: X-ABLabel is kept but never shown; "
               "phones are labelled from TYPE only"},
    {"client": "evolution", "codes": {"phone-slot"}, "forms": None,
     "reason": "EContact has two work-voice fields (business_phone, business_phone_2), one "
               "mobile and one work fax: a third work number stays in the contact (the editor "
               "lists it) but has no field"},
    {"client": "evolution", "codes": TEXT_CODES, "forms": V21, "match": r"cut at the first ';'",
     "reason": "EVCard splits every value at ';'; vCard 2.1 defines '\\;' only inside compound "
               "values, so a NOTE/FN with ';' has no 2.1 form that Evolution keeps whole "
               "(KContacts shows a '\\;' raw)"},
    {"client": "evolution", "codes": TEXT_CODES, "forms": {"vcf40"}, "match": r"cut at the first ';'",
     "reason": "EVCard splits a 4.0 NOTE/FN at a bare ';', which RFC 6350 3.4 allows in a "
               "single text value; escaping it ('\\;') would show raw in ical.js "
               "(Thunderbird) and KContacts (KDE), whose preset is 4.0: Evolution's preset "
               "(--for evolution) is 3.0, where ';' is escaped"},
    {"client": "kcontacts", "codes": {"company-flag"}, "forms": V21 | {"vcf30"},
     "reason": "KContacts 5.103 knows an organisation only from KIND, a vCard 4.0 property "
               "(X-ABShowAs is kept as a custom field and not used)"},
    {"client": "kcontacts", "codes": {"phone-label"}, "forms": None,
     "reason": "KContacts 5.103 PhoneNumber has no free label: X-ABLabel is not read"},
    {"client": "kcontacts", "codes": TEXT_CODES, "forms": {"vcf30", "vcf40"},
     "match": r"escape '\\;' shown raw",
     "reason": "KContacts 5.103 unescapes \\n \\, \\\\ but not '\\;' in text values; RFC 2426 "
               "requires '\\;' in 3.0 text (4.0 leaves ';' bare)"},
    {"client": "khard", "codes": {"company-flag"}, "forms": V21 | {"vcf30"},
     "reason": "khard 0.18 shows 'Kind: organisation' only from KIND, a vCard 4.0 property; "
               "X-ABShowAs is not read"},
    {"client": "khard", "codes": {"phone-label"}, "forms": V21 | {"vcf40"},
     "reason": "khard 0.18 reads a phone label only from a grouped X-ABLabel, which the "
               "program writes only for --for apple and google (a grouped number is lost in "
               "KContacts); the label is in NOTE"},
    {"client": "khard", "codes": TEXT_CODES, "forms": V21, "match": r"cut at the first ','|\[\\?'",
     "reason": "khard 0.18 does not support vCard 2.1 ('Wrapping vCard with unsupported version "
               "2.1'): vobject reads it as 3.0, so an unescaped ',' (2.1 has no comma escape) "
               "splits FN/ORG/NOTE/TITLE into list items"},
    {"client": "khard", "codes": {"phone-kind"}, "forms": V21,
     "reason": "khard 0.18 reads phone types from TYPE= parameters only; vCard 2.1's bare "
               "WORK;FAX/CELL (the form Outlook writes and reads) come out as plain numbers"},
    {"client": "vobject", "codes": {"phone-label"}, "forms": V21 | {"vcf40"},
     "reason": "vobject exposes a grouped X-ABLabel, which the program writes in 3.0 only"},
    {"client": "vobject", "codes": TEXT_CODES, "forms": V21, "match": r"cut at the first ','|\[\\?'",
     "reason": "vobject 0.9.6 reads vCard 2.1 with its 3.0 rules: an unescaped ',' splits "
               "FN/ORG/NOTE/TITLE into list items (2.1 has no comma escape)"},
    # ---- calendars
    {"client": "kcalendarcore", "codes": {"availability-missing"}, "forms": None,
     "reason": "KCalendarCore 5.103 has no VAVAILABILITY (RFC 7953) support: the component "
               "is skipped on load"},
    {"client": "khal", "codes": {"availability-missing"}, "forms": None,
     "reason": "khal 0.10 imports VEVENTs only"},
    {"client": "khal", "codes": {"journal-missing"}, "forms": None,
     "reason": "khal 0.10 imports VEVENTs only: a VJOURNAL is dropped silently"},
    {"client": "khal", "codes": {"todo-missing"}, "forms": None,
     "reason": "khal 0.10 imports VEVENTs only: a VTODO is dropped silently"},
    {"client": "calcurse", "codes": {"availability-missing"}, "forms": None,
     "reason": "calcurse 4.7 imports VEVENT and VTODO only"},
    {"client": "calcurse", "codes": {"journal-missing"}, "forms": None,
     "reason": "calcurse 4.7 imports VEVENT and VTODO only: a VJOURNAL is skipped"},
    {"client": "calcurse", "codes": {"zone-shift"}, "forms": None,
     "reason": "calcurse 4.7 has no per-event time zone: it converts the first DTSTART to the "
               "user's zone and repeats that wall-clock time all year, so an event in a zone "
               "without the user's DST is an hour off for half of the year"},
    {"client": "calcurse", "codes": {"refused"}, "forms": None,
     "match": r"rrule does not match start day",
     "reason": "calcurse 4.7 converts an event's start to the user's zone and then "
               "refuses a weekly rule whose day is no longer the start's (a Tuesday "
               "evening in Québec is Wednesday in Paris): such an event is skipped"},
    {"client": "calcurse", "codes": {"overnight-sunday"}, "forms": None,
     "reason": "calcurse 4.7 does not show the Sunday occurrence of a weekly event that "
               "runs past midnight (\"tous les jours de 17h à 8h\"): the other days' are shown"},
    {"client": "node-ical", "codes": {"availability-missing"}, "forms": None,
     "reason": "node-ical 0.26 returns VAVAILABILITY as an opaque object: no AVAILABLE "
               "occurrences are expanded"},
]

CONTACT_CLIENTS = ["evolution", "kcontacts", "khard", "vobject"]
CALENDAR_CLIENTS = ["kcalendarcore", "khal", "calcurse", "node-ical"]
ALL_CLIENTS = CONTACT_CLIENTS + CALENDAR_CLIENTS


for _lim in CLIENT_LIMITS:           # fail early on a bad pattern
    if "match" in _lim:
        re.compile(_lim["match"])


def limit_for(client, code, form, reason=""):
    """The documented limit that explains this loss, if any.  A limit may
    name a regular expression ("match") that the loss's reason must match."""
    for lim in CLIENT_LIMITS:
        if lim["client"] == client and code in lim["codes"] and (
                lim["forms"] is None or form in lim["forms"]) and (
                "match" not in lim or re.search(lim["match"], reason or "")):
            return lim
    return None


# --------------------------------------------------------------------------
# Building and running the readers

class ReaderError(Exception):
    pass


def build_readers(build_dir, clients):
    """Compile the C/C++ readers that the selected clients need."""
    os.makedirs(build_dir, exist_ok=True)
    jobs = []
    if "evolution" in clients:
        jobs.append(("read_econtact", ["gcc", "-O1", "-Wall", "-Wno-deprecated-declarations",
                                       "-o", None, os.path.join(HERE, "evolution", "read_econtact.c")],
                     ["libebook-contacts-1.2"]))
    if "kcontacts" in clients:
        jobs.append(("read_kcontacts", ["g++", "-O1", "-fPIC", "-std=c++17", "-o", None,
                                        os.path.join(HERE, "kde", "read_kcontacts.cpp"),
                                        "-I/usr/include/KF5/KContacts", "-lKF5Contacts"],
                     ["Qt5Core", "Qt5Gui"]))
    if "kcalendarcore" in clients:
        jobs.append(("read_kcal", ["g++", "-O1", "-fPIC", "-std=c++17", "-o", None,
                                   os.path.join(HERE, "kde", "read_kcal.cpp")],
                     ["KF5CalendarCore", "Qt5Core", "Qt5Gui"]))
    for name, cmd, pkgs in jobs:
        out = os.path.join(build_dir, name)
        src = cmd[cmd.index(None) + 1]
        if os.path.exists(out) and os.path.getmtime(out) >= os.path.getmtime(src):
            continue
        pc = subprocess.run(["pkg-config", "--cflags", "--libs"] + pkgs,
                            capture_output=True, text=True, timeout=60)
        if pc.returncode != 0:
            raise ReaderError("pkg-config %s: %s (scripts/install-deps.sh --tests)" % (
                " ".join(pkgs), pc.stderr.strip()))
        full = [out if x is None else x for x in cmd] + pc.stdout.split()
        r = subprocess.run(full, capture_output=True, text=True, timeout=300)
        if r.returncode != 0:
            raise ReaderError("building %s failed:\n%s" % (name, r.stderr[-3000:]))


def reader_command(client, path, build_dir):
    windows = [x for w in WINDOWS for x in w]
    if client == "evolution":
        return [os.path.join(build_dir, "read_econtact"), path]
    if client == "kcontacts":
        return [os.path.join(build_dir, "read_kcontacts"), path]
    if client == "kcalendarcore":
        args = []
        for a, b in WINDOWS:
            args += [a + "T00:00:00", b + "T00:00:00"]
        return [os.path.join(build_dir, "read_kcal"), path] + args + [USER_ZONE]
    if client == "node-ical":
        args = []
        for a, b in WINDOWS:
            za = datetime.datetime.fromisoformat(a).replace(tzinfo=zoneinfo.ZoneInfo(USER_ZONE))
            zb = datetime.datetime.fromisoformat(b).replace(tzinfo=zoneinfo.ZoneInfo(USER_ZONE))
            args += [za.isoformat(), zb.isoformat()]
        return ["node", os.path.join(HERE, "nodeical", "read_nodeical.js"), path] + args + [USER_ZONE]
    if client == "khard":
        return [PYTHON, os.path.join(HERE, "readers", "read_khard.py"), path]
    if client == "vobject":
        return [PYTHON, os.path.join(HERE, "readers", "read_vobject.py"), path]
    if client == "khal":
        return [PYTHON, os.path.join(HERE, "readers", "read_khal.py"), path, USER_ZONE] + windows
    if client == "calcurse":
        return [PYTHON, os.path.join(HERE, "readers", "read_calcurse.py"), path, USER_ZONE] + windows
    raise ValueError(client)


def node_modules(tmp):
    """The node_modules holding node-ical: the checkout's (scripts/install-deps.sh
    --tests runs `npm ci` there), the build tree's, or one `npm ci` makes in tmp
    from the lock file (a `make distcheck` copy has none)."""
    build = os.environ.get("top_builddir")
    for d in [NODE_MODULES] + ([os.path.join(build, "tests", "interop", "node_modules")]
                               if build else []):
        if os.path.isdir(os.path.join(d, "node-ical")):
            return d
    npm = shutil.which("npm")
    if not npm:
        raise ReaderError("node-ical is not installed and npm is missing: run `npm ci` in %s"
                          % os.path.join(TOP, "tests", "interop"))
    d = os.path.join(tmp, "npm")
    os.makedirs(d, exist_ok=True)
    for f in ("package.json", "package-lock.json"):
        shutil.copy(os.path.join(TOP, "tests", "interop", f), d)
    p = subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--silent"], cwd=d,
                       capture_output=True, text=True, timeout=300)
    if p.returncode != 0:
        raise ReaderError("npm ci (node-ical) failed: %s" % p.stderr[-500:])
    return os.path.join(d, "node_modules")


def check_reader_available(client, tmp):
    if client == "node-ical":
        os.environ["NODE_PATH"] = node_modules(tmp)
        if not shutil.which("node"):
            raise ReaderError("node is not installed (Debian package nodejs)")
    for prog, pkg in (("khard", "khard"), ("khal", "khal"), ("calcurse", "calcurse")):
        if client == prog and not shutil.which(prog):
            raise ReaderError("%s is not installed (Debian package %s)" % (prog, pkg))
    if client in ("khard", "vobject"):
        r = subprocess.run([PYTHON, "-c", "import vobject, ruamel.yaml"], capture_output=True)
        if r.returncode != 0:
            raise ReaderError("%s needs python3-vobject and python3-ruamel.yaml" % PYTHON)


def run_reader(client, path, build_dir):
    cmd = reader_command(client, path, build_dir)
    env = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8", TZ=USER_ZONE)
    try:
        r = subprocess.run(cmd, capture_output=True, timeout=READER_TIMEOUT, env=env,
                           stdin=subprocess.DEVNULL, cwd=os.path.dirname(path) or ".")
    except subprocess.TimeoutExpired:
        return {"status": "refused", "error": "reader timed out after %ds" % READER_TIMEOUT,
                "cards": [], "components": []}
    if r.returncode != 0 or not r.stdout.strip():
        return {"status": "refused",
                "error": "reader exited %d: %s" % (r.returncode,
                                                   r.stderr.decode("utf-8", "replace")[-500:].strip()),
                "cards": [], "components": [], "crash": True}
    try:
        return json.loads(r.stdout.decode("utf-8", "replace"))
    except json.JSONDecodeError as exc:
        return {"status": "refused", "error": "bad reader output: %s" % exc,
                "cards": [], "components": [], "crash": True}


# --------------------------------------------------------------------------
# Normalised views: what each client shows, in one model.

def digits(num):
    if num is None:
        return ""
    s = num.strip()
    if s.lower().startswith("tel:"):
        s = s[4:]
    s = s.split(";")[0]
    plus = s.lstrip().startswith("+")
    d = re.sub(r"\D", "", s)
    return ("+" if plus else "") + d


def kind_from_types(types):
    t = [x.strip().lower() for x in types if x and x.strip()]
    if "fax" in t:
        return "fax"
    if "cell" in t:
        return "cell"
    if "pager" in t:
        return "pager"
    return "voice"


EVOLUTION_FIELD_KIND = {"business_fax": "fax", "home_fax": "fax", "other_fax": "fax",
                        "mobile_phone": "cell", "pager": "pager"}


def n(s):
    """NFC, None → ''."""
    return unicodedata.normalize("NFC", s) if s else ""


def norm_note(s):
    if s is None:
        return None
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", s).strip()


def card_view(uid=None, fn=None, org=None, is_org=None, phones=None, emails=None,
              addresses=None, note=None, family=None, given=None, title=None, texts=()):
    return {"uid": uid, "fn": n(fn), "org": n(org), "is_org": is_org,
            "phones": phones or [], "emails": [e.strip().lower() for e in (emails or []) if e],
            "addresses": addresses or [], "note": norm_note(note), "family": n(family),
            "given": n(given), "title": n(title),
            "texts": [n(t) for t in texts if isinstance(t, str)]}


def addr_view(code, locality, street="", country="", region="", label=None):
    return {"code": n(code), "locality": n(locality), "street": n(street),
            "country": n(country), "region": n(region),
            "label": norm_note(label) if label is not None else None}


def phone_view(number, kind, label=None):
    return {"raw": number or "", "digits": digits(number), "kind": kind,
            "uri": (number or "").strip().lower().startswith("tel:"), "label": label}


def all_strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from all_strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from all_strings(v)


def view_contacts(client, raw):
    """Client JSON → list of card views."""
    cards = []
    for c in raw.get("cards", []):
        texts = list(all_strings(c))
        if client == "evolution":
            phones = [phone_view(p["number"], EVOLUTION_FIELD_KIND.get(p["field"], "voice"))
                      for p in c["phones"]]
            # A TEL whose types EContact did parse (WORK/HOME/CELL/FAX as separate
            # values) but that found no free field: EContact has two work-voice,
            # one mobile and one work-fax field.  Kept in the contact (the editor
            # lists it), it is marked 'slot' so the check tells it apart from a
            # number lost by a form EContact misreads.
            in_fields = {digits(p["number"]) for p in c["phones"]}
            for t in c.get("tel_attrs", []):
                types = [x.lower() for x in t["types"]]
                if digits(t["value"]) in in_fields or t["value"].lower().startswith("tel:"):
                    continue
                if not any(x in ("work", "home", "cell", "fax", "voice") for x in types):
                    continue
                pv = phone_view(t["value"], kind_from_types(types))
                pv["slot"] = True
                phones.append(pv)
            unread = [(digits(t["value"]), ",".join(t["types"])) for t in c.get("tel_attrs", [])
                      if any("," in x for x in t["types"])]
            addrs = []
            for key, a in (c.get("addresses") or {}).items():
                addrs.append(addr_view(a.get("code"), a.get("locality"), a.get("street"),
                                       a.get("country"), a.get("region"), a.get("label")))
            nn = c.get("n") or {}
            cards.append(card_view(c.get("uid"), c.get("full_name"), c.get("org"), None, phones,
                                   c.get("emails"), addrs, c.get("note"), nn.get("family"),
                                   nn.get("given"), c.get("title"), texts))
            cards[-1]["unread_tel"] = unread
        elif client == "kcontacts":
            phones = [phone_view(p["number"], kind_from_types(p["types"])) for p in c["phones"]]
            addrs = [addr_view(a["postal_code"], a["locality"], a["street"], a["country"],
                               a["region"], a["label"] if a["label"] else None)
                     for a in c["addresses"]]
            nn = c["n"]
            cards.append(card_view(c["uid"], c["formatted_name"], c["organization"],
                                   c["kind"] == "org", phones, c["emails"], addrs, c["note"],
                                   nn["family"], nn["given"], c["title"], texts))
        elif client == "khard":
            phones = []
            for p in c.get("phones", []):
                types = re.split(r"[,\s]+", p["types"])
                std = {"voice", "work", "home", "cell", "fax", "pager", "pref", "text", "video",
                       "textphone", "msg", "bbs", "modem", "car", "isdn", "pcs", "internet"}
                custom = [t for t in p["types"].split(",") if t.strip() and
                          t.strip().lower() not in std]
                phones.append(phone_view(p["number"], kind_from_types(types),
                                         ", ".join(x.strip() for x in custom) or None))
            addrs = [addr_view(a["code"], a["locality"], a["street"], a["country"], a["region"])
                     for a in c.get("addresses", []) if any(
                         a.get(k) for k in ("street", "code", "locality", "country", "box"))]
            nn = c.get("n") or {}
            org = (c.get("organisation") or [None])[0]
            cards.append(card_view(c.get("uid"), c.get("formatted_name"), org,
                                   c.get("kind") == "organisation", phones, c.get("emails"),
                                   addrs, c.get("note"), nn.get("family"), nn.get("given"),
                                   " ".join(c.get("title") or []), texts))
        elif client == "vobject":
            phones = [phone_view(p["number"], kind_from_types(p["types"]), p.get("label"))
                      for p in c["phones"]]
            addrs = [addr_view(a.get("code"), a.get("locality"), a.get("street"),
                               a.get("country"), a.get("region"), a.get("label"))
                     for a in c["addresses"]]
            nn = c.get("n") or {}
            is_org = (c.get("kind") or "").lower() == "org" or \
                (c.get("x_abshowas") or "").upper() == "COMPANY"
            cards.append(card_view(c.get("uid"), c.get("fn"), (c.get("org") or [None])[0],
                                   is_org, phones, c.get("emails"), addrs, c.get("note"),
                                   nn.get("family"), nn.get("given"), c.get("title"), texts))
    return cards


def view_reference_contacts(path):
    """The file read by the letter of the RFCs, as the same card views."""
    data = open(path, "rb").read()
    out = []
    for card in refparse.parse_vcards(data):
        labels = {p.group: p.value for p in card.get("X-ABLABEL") if p.group}
        phones = []
        for p in card.get("TEL"):
            num = p.value
            if [v.lower() for v in p.params.get("VALUE", [])] == ["uri"] and \
                    num.lower().startswith("tel:"):
                num = num[4:]   # a URI: the number is what follows the scheme
            phones.append(phone_view(num, kind_from_types(p.types()),
                                     labels.get(p.group) if p.group else None))
        addrs = []
        label_props = card.get("LABEL")
        for k, p in enumerate(card.get("ADR")):
            parts = (p.parts + [""] * 7)[:7]
            label = (p.params.get("LABEL") or [None])[0]
            if label is None and k < len(label_props):
                label = label_props[k].value
            addrs.append(addr_view(parts[5], parts[3], parts[2], parts[6], parts[4], label))
        nprop = card.first("N")
        nparts = (nprop.parts + [""] * 5)[:5] if nprop else [""] * 5
        kind = (card.first("KIND").value if card.first("KIND") else "").lower()
        show = (card.first("X-ABSHOWAS").value if card.first("X-ABSHOWAS") else "").upper()
        get = lambda name: card.first(name).value if card.first(name) else None  # noqa: E731
        out.append(card_view(get("UID"), get("FN"), get("ORG"),
                             kind == "org" or show == "COMPANY", phones,
                             [p.value for p in card.get("EMAIL")], addrs, get("NOTE"),
                             nparts[0], nparts[1], get("TITLE"), []))
    return out


# --------------------------------------------------------------------------
# Checks

class Loss:
    __slots__ = ("code", "key", "reason")

    def __init__(self, code, key, reason):
        self.code, self.key, self.reason = code, key, reason

    def ident(self):
        return (self.code, self.key)


MOJIBAKE = re.compile("Ã[\u0080-\u00ff]|Â[\u0080-\u00bf ]|â€|\ufffd")


def expected_phones(items):
    return collections.Counter((p["e164"], "voice" if p["kind"] == "tollfree" else p["kind"])
                               for p in items)


def describe_note_diff(ref, got):
    if got is None or got == "":
        return "note missing"
    if "=\n" in got and "=\n" not in ref:
        return "quoted-printable soft line breaks kept in the text ('=' + newline)"
    if "\\;" in got and "\\;" not in ref:
        return "escape '\\;' shown raw"
    if "\\," in got and "\\," not in ref:
        return "escape '\\,' shown raw"
    if MOJIBAKE.search(got):
        return "accents garbled (charset)"
    if ref.startswith(got):
        nxt = ref[len(got):].lstrip()[:1]
        return "cut at the first %r" % nxt if nxt in ";,:" else "cut before %r" % nxt
    i = next((k for k, (a, b) in enumerate(zip(ref, got)) if a != b), min(len(ref), len(got)))
    return "note differs at char %d: %r vs %r" % (i, ref[i:i + 20], got[i:i + 20])


def describe_text_diff(what, ref, got):
    """One-line reason for a short text (name, organisation, title) shown wrong."""
    if got is None or got == "":
        return "%s %r not shown" % (what, ref)
    if "=\n" in got:
        return "%s: quoted-printable soft line break kept ('=' + newline)" % what
    if "\\;" in got and "\\;" not in ref:
        return "%s: escape '\\;' shown raw" % what
    if "\\," in got and "\\," not in ref:
        return "%s: escape '\\,' shown raw" % what
    if MOJIBAKE.search(got):
        return "%s: accents garbled (charset)" % what
    if ref.startswith(got.rstrip()) or ref.casefold().startswith(got.rstrip().casefold()):
        nxt = ref[len(got.rstrip()):].lstrip()[:1]
        if nxt in ";,:":
            return "%s cut at the first %r" % (what, nxt)
    return "%s %r shown as %r" % (what, ref, got)


def check_card_common(v, ref, who, client_supports_org_flag=True):
    """Checks of one client card against the reference card of the file."""
    losses = []
    # accents intact anywhere the client shows text
    bad = [t for t in v["texts"] if MOJIBAKE.search(t)]
    if bad:
        losses.append(Loss("mojibake", who, "garbled accents, e.g. %r" % bad[0][:60]))
    if ref["note"]:
        if v["note"] != ref["note"]:
            losses.append(Loss("note", who, describe_note_diff(ref["note"], v["note"])))
    if ref["title"] and v["title"] != ref["title"]:
        losses.append(Loss("title", who, describe_text_diff("title", ref["title"], v["title"])))
    return losses


def check_phones(v, exp, who, ref=None):
    losses = []
    # what the file or the client says about a number that is not shown
    hints = {}
    if ref is not None:
        for p in ref["phones"]:
            if p.get("label"):
                hints[p["digits"]] = "in the file: a grouped TEL with X-ABLabel %r" % p["label"]
    for p in v.get("unread_tel", []):
        hints[p[0]] = "kept with the unread TYPE value %r, in no phone field" % p[1]
    got = collections.Counter((p["digits"], p["kind"]) for p in v["phones"])
    got_nums = collections.Counter(p["digits"] for p in v["phones"])
    slot = {(p["digits"], p["kind"]) for p in v["phones"] if p.get("slot")}
    for (num, kind), cnt in exp.items():
        have = got.get((num, kind), 0)
        if have >= cnt:
            if (num, kind) in slot:
                losses.append(Loss("phone-slot", "%s:%s" % (who, num),
                                   "%s number %s kept but in no phone field (all taken)" % (
                                       kind, num)))
            continue
        if got_nums.get(num, 0) > 0:
            kinds = sorted({p["kind"] for p in v["phones"] if p["digits"] == num})
            losses.append(Loss("phone-kind", "%s:%s" % (who, num),
                               "%s %s shown as %s" % (kind, num, "/".join(kinds))))
        else:
            why = ""
            if num in hints:
                why = " (%s)" % hints[num]
            losses.append(Loss("phone-missing", "%s:%s" % (who, num),
                               "%s number %s not shown%s" % (kind, num, why)))
    for p in v["phones"]:
        if p["uri"]:
            losses.append(Loss("phone-uri", "%s:%s" % (who, p["digits"]),
                               "number shown with its URI scheme: %r" % p["raw"]))
    return losses


def check_phone_labels(v, ref, who):
    losses = []
    for rp in ref["phones"]:
        if not rp["label"]:
            continue
        match = [p for p in v["phones"] if p["digits"] == rp["digits"]]
        if match and not any(p.get("label") and n(rp["label"]) in n(p["label"]) for p in match):
            losses.append(Loss("phone-label", "%s:%s" % (who, rp["digits"]),
                               "label %r of %s not shown" % (rp["label"], rp["digits"])))
    return losses


def check_contacts(entry, client, form, views, status, error):
    """Losses of one client on one entry's .vcf (views = client card views);
    the reference views are in entry['ref_cards']."""
    facts = entry["facts"]
    ref_cards = entry["ref_cards"]
    losses = []
    if status != "ok" or not views:
        return [Loss("refused", "file", "file refused: %s" % (error or "no card"))]
    by_uid = {v["uid"]: v for v in views if v["uid"]}
    used = set()

    def match(k, rc):
        if rc["uid"] and rc["uid"] in by_uid:
            used.add(rc["uid"])
            return by_uid[rc["uid"]]
        if rc["uid"]:
            # some clients rewrite the UID; fall back on the name
            for v in views:
                if v["fn"] == rc["fn"] and v["uid"] not in used:
                    used.add(v["uid"])
                    return v
            return None
        return views[k] if k < len(views) else None

    org_ref = ref_cards[0] if ref_cards else None
    org_v = match(0, org_ref) if org_ref else None
    org_name = n(facts["org_name"])
    if org_v is None:
        losses.append(Loss("card-missing", "org", "organisation card not shown"))
    else:
        if org_v["org"].casefold() != org_name.casefold():
            losses.append(Loss("org-name", "org", describe_text_diff("organisation", org_name,
                                                                    org_v["org"])))
        if org_v["fn"].casefold() != n(org_ref["fn"]).casefold():
            losses.append(Loss("name", "org", describe_text_diff("name", org_ref["fn"], org_v["fn"])))
        if org_v["is_org"] is not True:
            losses.append(Loss("company-flag", "org", "not shown as an organisation"))
        losses += check_phones(org_v, expected_phones(facts["phones"]), "org", org_ref)
        losses += check_phone_labels(org_v, org_ref, "org")
        exp_mail = sorted(e.lower() for e in facts["emails"])
        if sorted(org_v["emails"]) != exp_mail:
            missing = sorted(set(exp_mail) - set(org_v["emails"]))
            losses.append(Loss("email", "org", "e-mails %s shown as %s" % (
                missing or exp_mail, org_v["emails"])))
        adr = facts.get("address") or {}
        if adr.get("postcode") or adr.get("locality"):
            pc = re.sub(r"\D", "", adr.get("postcode") or "")
            loc = n(adr.get("locality") or "").casefold()
            if not org_v["addresses"]:
                losses.append(Loss("address", "org", "no address shown"))
            else:
                a = org_v["addresses"][0]
                if re.sub(r"\s", "", a["code"]) != pc:
                    losses.append(Loss("postcode", "org", describe_text_diff("postcode", pc,
                                                                            a["code"])))
                if a["locality"].casefold() != loc:
                    losses.append(Loss("locality", "org", describe_text_diff(
                        "locality", n(adr.get("locality")), a["locality"])))
                ra = org_ref["addresses"][0] if org_ref["addresses"] else None
                if ra and ra["label"] and a["label"] is not None and a["label"] != ra["label"]:
                    reason = "address label %r shown as %r" % (ra["label"][:40], a["label"][:40])
                    if "^n" in a["label"]:
                        reason = "RFC 6868 '^n' shown raw in the address label"
                    elif MOJIBAKE.search(a["label"]):
                        reason = "non-ASCII address label garbled (read as Latin-1)"
                    elif "=\n" in a["label"]:
                        reason = "quoted-printable soft line break kept in the address label"
                    losses.append(Loss("label", "org", reason))
        losses += check_card_common(org_v, org_ref, "org")
    # people
    people = facts.get("people") or []
    ref_people = ref_cards[1:]
    shown_people = 0
    for k, rc in enumerate(ref_people):
        v = match(k + 1, rc)
        who = "person %d" % (k + 1)
        if v is None:
            losses.append(Loss("card-missing", who, "card of %s not shown" % rc["fn"]))
            continue
        shown_people += 1
        if k < len(people):
            p = people[k]
            if v["family"].casefold() != n(p["family"]).casefold():
                losses.append(Loss("person-name", who, describe_text_diff(
                    "family name", n(p["family"]), v["family"])))
            if v["given"] != n(p["given"]):
                losses.append(Loss("person-name", who, describe_text_diff(
                    "given name", n(p["given"]), v["given"])))
            losses += check_phones(v, expected_phones(p.get("phones") or []), who, rc)
            exp_mail = sorted(e.lower() for e in p.get("emails") or [])
            if sorted(v["emails"]) != exp_mail:
                losses.append(Loss("email", who, "e-mails %s shown as %s" % (exp_mail, v["emails"])))
        if v["fn"] != n(rc["fn"]):
            losses.append(Loss("name", who, describe_text_diff("name", rc["fn"], v["fn"])))
        losses += check_card_common(v, rc, who)
    if len(people) != len(views) - (1 if org_v is not None else 0):
        losses.append(Loss("person-count", "file", "%d person cards expected, %d shown" % (
            len(people), len(views) - (1 if org_v is not None else 0))))
    return losses


# ---- calendars

OVERSEAS_POSTCODES = {"971": "America/Guadeloupe", "972": "America/Martinique",
                      "973": "America/Cayenne", "974": "Indian/Reunion",
                      "975": "America/Miquelon", "976": "Indian/Mayotte"}


def _country_zones():
    """{French country name, folded: IANA zone} for every country of ISO 3166-1
    (its first zone in tzdata's zone.tab; Debian's iso-codes and tzdata),
    independent of the program's own table."""
    import gettext
    try:
        fr = gettext.translation("iso_3166-1", "/usr/share/locale", ["fr"])
        with open("/usr/share/iso-codes/json/iso_3166-1.json", encoding="utf-8") as f:
            countries = json.load(f)["3166-1"]
        zones = collections.defaultdict(list)
        with open("/usr/share/zoneinfo/zone.tab", encoding="utf-8") as f:
            for line in f:
                if not line.startswith("#") and line.strip():
                    code, _, tz = line.rstrip("\n").split("\t")[:3]
                    zones[code].append(tz)
    except OSError:
        return {}
    out = {}
    for c in countries:
        if zones.get(c["alpha_2"]):  # the first of several: zone.tab's main one
            for name in (c["name"], fr.gettext(c["name"])):
                out[name.split(",")[0].strip().casefold()] = zones[c["alpha_2"]][0]
    return out


COUNTRY_ZONES.update({k: v for k, v in _country_zones().items() if k not in COUNTRY_ZONES})


def entry_zone(facts):
    adr = facts.get("address") or {}
    region = (adr.get("region") or "").strip().casefold()
    if region in REGION_ZONES:
        return REGION_ZONES[region]
    pc = re.sub(r"\D", "", adr.get("postcode") or "")
    if (adr.get("country") or "France").strip().casefold() == "france" and pc[:3] in OVERSEAS_POSTCODES:
        return OVERSEAS_POSTCODES[pc[:3]]
    return COUNTRY_ZONES.get((adr.get("country") or "France").strip().casefold(), USER_ZONE)


def fact_occurrences(facts, zone):
    """{week: Counter((start_utc, end_utc))} from the entry's hours."""
    z = zoneinfo.ZoneInfo(zone)
    out = {}
    for week, (d0, d1) in WEEKS.items():
        c = collections.Counter()
        day = d0
        while day <= d1:
            code = refparse.DAYS[day.weekday()]
            for h in facts.get("hours") or []:
                if code not in h["days"]:
                    continue
                sh, sm = map(int, h["start"].split(":"))
                eh, em = map(int, h["end"].split(":"))
                s = datetime.datetime.combine(day, datetime.time(sh, sm), tzinfo=z)
                # "24:00" ends at midnight; an end not after the start, the next
                # morning ("de 17h à 8h")
                past = eh // 24 or (eh * 60 + em <= sh * 60 + sm)
                e_day = day + datetime.timedelta(days=past)
                e = datetime.datetime.combine(e_day, datetime.time(eh % 24, em), tzinfo=z)
                c[(s.astimezone(datetime.timezone.utc), e.astimezone(datetime.timezone.utc))] += 1
            day += datetime.timedelta(days=1)
        out[week] = c
    return out


def parse_iso(s):
    try:
        return datetime.datetime.fromisoformat(s)
    except (TypeError, ValueError):
        return None


def cal_view(client, raw, zone):
    """Client JSON → {'comps': [...], 'occ': {week: Counter}}."""
    z = zoneinfo.ZoneInfo(zone)
    comps = []
    occ = {w: collections.Counter() for w in WEEKS}
    for c in raw.get("components", []):
        t = c.get("type", "")
        if t.startswith("other:"):
            t = t[6:].lower()
        desc = c.get("description")
        if client == "calcurse" and desc:
            desc = desc.split("\n-- \n")[0]
        comps.append({"type": t, "summary": n(c.get("summary")),
                      "description": norm_note(desc) if desc is not None else None})
        for o in c.get("occurrences", []):
            s, e = parse_iso(o.get("start")), parse_iso(o.get("end"))
            if s is None or s.tzinfo is None:
                continue
            if e is None:
                e = s
            local_day = s.astimezone(z).date()
            for week, (d0, d1) in WEEKS.items():
                if d0 <= local_day <= d1:
                    occ[week][(s.astimezone(datetime.timezone.utc),
                               e.astimezone(datetime.timezone.utc))] += 1
    return {"comps": comps, "occ": occ}


def reference_cal(path, zone):
    root = refparse.parse_ics(open(path, "rb").read())
    comps = []
    occ = {w: collections.Counter() for w in WEEKS}
    avail_occ = {w: collections.Counter() for w in WEEKS}
    for c in root.walk():
        if c.name in ("VEVENT", "VTODO", "VJOURNAL", "VAVAILABILITY"):
            s = c.first("SUMMARY")
            d = c.first("DESCRIPTION")
            comps.append({"type": {"VEVENT": "event", "VTODO": "todo", "VJOURNAL": "journal",
                                   "VAVAILABILITY": "vavailability"}[c.name],
                          "summary": n(s.value) if s else "",
                          "description": norm_note(d.value) if d else None})
        if c.name in ("VEVENT", "AVAILABLE"):
            target = occ if c.name == "VEVENT" else avail_occ
            for week, (d0, d1) in WEEKS.items():
                for s, e in refparse.expand(c, d0, d1, zone):
                    target[week][(s.astimezone(datetime.timezone.utc),
                                  e.astimezone(datetime.timezone.utc))] += 1
    return {"comps": comps, "occ": occ, "avail_occ": avail_occ}


def fmt_occ(o, zone):
    z = zoneinfo.ZoneInfo(zone)
    s, e = o[0].astimezone(z), o[1].astimezone(z)
    return "%s–%s" % (s.strftime("%a %d/%m %H:%M"), e.strftime("%H:%M"))


def shift_match(missing, extra, d, week, zone):
    """Whether extra is missing moved by d, but for occurrences the move
    takes across the edge of the week (out of it or into it)."""
    z = zoneinfo.ZoneInfo(zone)
    d0, d1 = WEEKS[week]
    lo = datetime.datetime.combine(d0, datetime.time(0), tzinfo=z)
    hi = datetime.datetime.combine(d1 + datetime.timedelta(days=1), datetime.time(0), tzinfo=z)
    moved = collections.Counter({(m[0] + d, m[1] + d): c for m, c in missing.items()})
    return (all(not lo <= k[0] < hi for k in moved - extra) and
            all(not lo <= k[0] - d < hi for k in extra - moved))


def occ_losses(want, got_by_week, zone):
    """Compare occurrences per week (Counters of (start_utc, end_utc))."""
    losses = []
    for week in WEEKS:
        exp = want[week]
        got = got_by_week[week]
        missing = exp - got
        extra = got - exp
        if not missing and not extra:
            continue
        # a Sunday occurrence running past midnight (in the user's zone), not
        # shown at all: calcurse's weekly repetition drops it
        user = zoneinfo.ZoneInfo(USER_ZONE)
        night = collections.Counter({
            m: c for m, c in missing.items()
            if m[0].astimezone(user).weekday() == 6
            and m[1].astimezone(user).date() > m[0].astimezone(user).date()
            and not any(abs(x[0] - m[0]) <= datetime.timedelta(hours=1) for x in extra)})
        if night:
            missing -= night
            losses.append(Loss("overnight-sunday", week, "%s week: %d Sunday occurrence(s) "
                               "past midnight not shown (e.g. %s)" % (
                                   week, sum(night.values()), fmt_occ(sorted(night)[0], zone))))
            if not missing and not extra:
                continue
        # shifted by exactly the DST hour in a zone other than the user's:
        # the client repeated a wall-clock time in the wrong zone
        hour = datetime.timedelta(hours=1)
        shifted = any(shift_match(missing, extra, d, week, zone) for d in (hour, -hour))
        if missing and extra and shifted and zone_offsets_differ(zone, week):
            losses.append(Loss("zone-shift", week, "%s week: %d occurrence(s) an hour off "
                               "(e.g. %s %s shown at %s)" % (
                                   week, sum(missing.values()),
                                   fmt_occ(sorted(missing)[0], zone), zone,
                                   fmt_occ(sorted(extra)[0], zone))))
            continue
        parts = []
        if missing:
            parts.append("%d missing (e.g. %s)" % (sum(missing.values()),
                                                   fmt_occ(sorted(missing)[0], zone)))
        if extra:
            parts.append("%d unexpected (e.g. %s)" % (sum(extra.values()),
                                                      fmt_occ(sorted(extra)[0], zone)))
        losses.append(Loss("occurrences", week, "%s week (%s): %s" % (
            week, zone, "; ".join(parts))))
    return losses


def check_calendar(entry, client, form, view, status, error):
    facts = entry["facts"]
    ref = entry["ref_cal"]
    zone = entry["zone"]
    losses = []
    if status != "ok":
        return [Loss("refused", "file", "file refused: %s" % (error or ""))]
    # The client is held to what the file says (the reference expansion); where
    # the file itself differs from the entry's facts, program_losses() says so.
    want = ref["occ"] if client != "reference" else fact_occurrences(facts, zone)
    has_avail = any(c["type"] == "vavailability" for c in ref["comps"])
    if has_avail:
        if client != "reference" and any(sum(c.values()) for c in ref["avail_occ"].values()):
            shown = sum(sum(c.values()) for c in view["occ"].values())
            if not shown:
                opaque = any(c["type"] in ("vavailability", "availability") for c in view["comps"])
                losses.append(Loss("availability-missing", "file",
                                   "VAVAILABILITY returned unexpanded (no AVAILABLE slot shown)"
                                   if opaque else
                                   "VAVAILABILITY not shown (no opening hours at all)"))
            else:
                losses += occ_losses(ref["avail_occ"], view["occ"], zone)
    else:
        losses += occ_losses(want, view["occ"], zone)
    for rc in ref["comps"]:
        if rc["type"] in ("journal", "todo"):
            same = [c for c in view["comps"] if c["type"] == rc["type"]]
            if not same:
                losses.append(Loss(rc["type"] + "-missing", rc["summary"][:30],
                                   "V%s not shown" % rc["type"].upper()))
                continue
            m = [c for c in same if c["summary"] == rc["summary"]]
            if not m:
                losses.append(Loss("summary", rc["summary"][:30], "summary %r shown as %r" % (
                    rc["summary"], same[0]["summary"])))
                continue
            if rc["description"] and m[0]["description"] != rc["description"]:
                losses.append(Loss("description", rc["summary"][:30], describe_note_diff(
                    rc["description"], m[0]["description"])))
        elif rc["type"] == "event":
            if not any(c["summary"] == rc["summary"] for c in view["comps"]):
                if any(c["type"] == "event" for c in view["comps"]):
                    bad = [c["summary"] for c in view["comps"] if c["type"] == "event"]
                    losses.append(Loss("summary", rc["summary"][:30], "summary %r shown as %r" % (
                        rc["summary"], bad[0])))
    bad = [t for c in view["comps"] for t in (c["summary"], c["description"] or "")
           if MOJIBAKE.search(t)]
    if bad:
        losses.append(Loss("mojibake", "file", "garbled accents, e.g. %r" % bad[0][:60]))
    return losses


def zone_offsets_differ(zone, week):
    d0 = WEEKS[week][0]
    t = datetime.datetime.combine(d0, datetime.time(12))
    a = t.replace(tzinfo=zoneinfo.ZoneInfo(zone)).utcoffset()
    b = t.replace(tzinfo=zoneinfo.ZoneInfo(USER_ZONE)).utcoffset()
    w = datetime.datetime.combine(WEEKS["winter"][0], datetime.time(12))
    a0 = w.replace(tzinfo=zoneinfo.ZoneInfo(zone)).utcoffset()
    b0 = w.replace(tzinfo=zoneinfo.ZoneInfo(USER_ZONE)).utcoffset()
    return (a - b) != (a0 - b0) or (a - b) != datetime.timedelta(0)


# --------------------------------------------------------------------------
# Conversion

def corpus_name(d):
    d = os.path.normpath(d)
    return "/".join(d.split(os.sep)[-2:]) if os.path.basename(os.path.dirname(d)) == "corpus" \
        else os.path.basename(d)


def load_corpus(d):
    exp = json.load(open(os.path.join(d, "expected.json"), encoding="utf-8"))
    files = sorted({k.split("#")[0] for k in exp})
    return exp, [os.path.join(os.path.abspath(d), f) for f in files]


def convert(prog, corpus_dir, form, outdir):
    """Run the program on the corpus files listed in expected.json; returns
    (entries, program problems)."""
    exp, files = load_corpus(corpus_dir)
    os.makedirs(outdir, exist_ok=True)
    lst = os.path.join(outdir, "files.txt")
    with open(lst, "w") as f:
        f.write("\n".join(files) + "\n")
    rep = os.path.join(outdir, "report.json")
    cmd = [prog, "--files-from", lst, "-o", outdir, "--report", rep, "-q"] + FORMS[form]["args"]
    r = subprocess.run(cmd, capture_output=True, timeout=PROG_TIMEOUT, cwd=outdir,
                       stdin=subprocess.DEVNULL)
    problems = []
    if r.returncode not in (0, 1) or not os.path.exists(rep):
        raise ReaderError("%s failed (%d): %s" % (" ".join(cmd), r.returncode,
                                                   r.stderr.decode("utf-8", "replace")[-500:]))
    report = json.load(open(rep, encoding="utf-8"))
    seen = collections.Counter()
    entries = []
    for e in report["entries"]:
        base = os.path.basename(e["file"])
        key = "%s#%d" % (base, seen[base])
        seen[base] += 1
        if key not in exp:
            problems.append("%s: entry not in expected.json" % key)
            continue
        if e.get("status") != "ok":
            problems.append("%s: %s" % (key, e.get("errors")))
            continue
        paths = [p if os.path.isabs(p) else os.path.join(outdir, p) for p in e.get("files", [])]
        ent = {"key": key, "corpus": corpus_name(corpus_dir),
               "facts": exp[key], "form": form,
               "vcf": next((p for p in paths if p.endswith(".vcf")), None),
               "ics": next((p for p in paths if p.endswith(".ics")), None)}
        entries.append(ent)
    missing = set(exp) - {e["key"] for e in entries}
    for k in sorted(missing):
        problems.append("%s: no output entry" % k)
    return entries, problems


def prepare_entry(ent):
    """Reference reading of the entry's file for its form."""
    kind = FORMS[ent["form"]]["kind"]
    ent["zone"] = entry_zone(ent["facts"])
    if kind == "vcard":
        ent["ref_cards"] = view_reference_contacts(ent["vcf"]) if ent["vcf"] else []
    else:
        ent["ref_cal"] = reference_cal(ent["ics"], ent["zone"]) if ent["ics"] else None


def evaluate(ent, client, build_dir):
    """Run one client on one entry; returns (status, losses, raw)."""
    kind = FORMS[ent["form"]]["kind"]
    path = ent["vcf"] if kind == "vcard" else ent["ics"]
    raw = run_reader(client, path, build_dir)
    status, error = raw.get("status"), raw.get("error")
    if kind == "vcard":
        views = view_contacts(client, raw) if status == "ok" else []
        losses = check_contacts(ent, client, ent["form"], views, status, error)
        if client == "khard" and raw.get("refused_cards"):
            for rc in raw["refused_cards"]:
                losses.append(Loss("card-refused", rc["file"], "card refused: %s" % rc["error"]))
    else:
        view = cal_view(client, raw, ent["zone"]) if status == "ok" else None
        losses = check_calendar(ent, client, ent["form"], view, status, error)
    if raw.get("crash"):
        status = "crash"
    return status, losses, raw


def program_losses(ent):
    """What the file itself lacks, read by the letter of the RFCs: these
    facts are not charged to the clients."""
    kind = FORMS[ent["form"]]["kind"]
    if kind == "vcard":
        if not ent["vcf"]:
            return [Loss("no-file", "file", "no .vcf written")]
        return check_contacts(ent, "reference", ent["form"], ent["ref_cards"], "ok", None)
    if not ent["ics"]:
        if ent["facts"].get("hours") or ent["facts"].get("appointment_only"):
            return [Loss("no-file", "file", "no .ics written")]
        return []
    ref = ent["ref_cal"]
    view = {"comps": [c for c in ref["comps"]],
            "occ": ref["occ"] if not any(c["type"] == "vavailability" for c in ref["comps"])
            else ref["avail_occ"]}
    losses = check_calendar(ent, "reference", ent["form"], view, "ok", None)
    if any(c["type"] == "vavailability" for c in ref["comps"]):
        losses += occ_losses(fact_occurrences(ent["facts"], ent["zone"]), ref["avail_occ"],
                             ent["zone"])
    return losses


# --------------------------------------------------------------------------

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--prog", default=DEFAULT_PROG, help="fiche2vcard binary (%(default)s)")
    ap.add_argument("--corpus", nargs="+", action="extend", metavar="DIR",
                    help="corpus folders with expected.json (default: every such folder "
                    "under %s)" % DEFAULT_TESTS_DIR)
    ap.add_argument("--client", nargs="+", action="extend", metavar="NAME", choices=ALL_CLIENTS,
                    help="clients to run (default all: %s)" % ", ".join(ALL_CLIENTS))
    ap.add_argument("--form", nargs="+", action="extend", metavar="NAME", choices=list(FORMS),
                    help="forms to test (default all: %s)" % ", ".join(FORMS))
    ap.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--keep", metavar="DIR", help="keep the converted files and reader "
                    "outputs in DIR (default: a temporary folder, removed)")
    ap.add_argument("--build-dir", metavar="DIR", help="where to build the C/C++ readers "
                    "(default: inside the temporary folder)")
    ap.add_argument("--json", metavar="FILE", help="write every result as JSON")
    ap.add_argument("--verbose", "-v", action="store_true", help="list every loss, per file")
    ap.add_argument("--list", action="store_true", help="list clients, forms and documented "
                    "client limits, then exit")
    args = ap.parse_args(argv)

    if args.list:
        print("forms:")
        for k, f in FORMS.items():
            print("  %-13s %s" % (k, f["desc"]))
        print("clients: %s" % ", ".join(ALL_CLIENTS))
        print("documented client limits:")
        for lim in CLIENT_LIMITS:
            print("  %s, %s: %s%s\n      %s" % (
                lim["client"], ",".join(sorted(lim["forms"])) if lim["forms"] else "all forms",
                ",".join(sorted(lim["codes"])),
                " (reason matching /%s/)" % lim["match"] if "match" in lim else "",
                lim["reason"]))
        return 0

    clients = args.client or ALL_CLIENTS
    forms = args.form or list(FORMS)
    corpora = args.corpus or default_corpora()
    if not corpora:
        print("clients.py: no corpus (no expected.json under %s); give --corpus DIR"
              % DEFAULT_TESTS_DIR, file=sys.stderr)
        return 2
    if not os.access(args.prog, os.X_OK):
        print("clients.py: %s is not an executable" % args.prog, file=sys.stderr)
        return 2
    tmp = args.keep or tempfile.mkdtemp(prefix="fiche2vcard-clients-")
    os.makedirs(tmp, exist_ok=True)
    build_dir = args.build_dir or os.path.join(tmp, "build")
    try:
        for c in clients:
            check_reader_available(c, tmp)
        build_readers(build_dir, clients)
        return run_all(args, clients, forms, corpora, tmp, build_dir)
    except ReaderError as exc:
        print("clients.py: %s" % exc, file=sys.stderr)
        return 2
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


def run_all(args, clients, forms, corpora, tmp, build_dir):
    entries = []
    prog_problems = []
    for form in forms:
        for d in corpora:
            name = corpus_name(d)
            ents, probs = convert(args.prog, d, form, os.path.join(tmp, "out", form,
                                                                   name.replace("/", "_")))
            entries += ents
            prog_problems += ["%s/%s: %s" % (form, name, p) for p in probs]
    if not entries:
        raise ReaderError("the program converted no corpus entry (see above)")
    for e in entries:
        prepare_entry(e)
    # facts the program did not write (not charged to the clients)
    prog_losses = {}
    for e in entries:
        pl = program_losses(e)
        if pl:
            prog_losses[(e["form"], e["corpus"], e["key"])] = pl
    tasks = []
    for e in entries:
        kind = FORMS[e["form"]]["kind"]
        for c in clients:
            if (kind == "vcard") != (c in CONTACT_CLIENTS):
                continue
            if kind == "ics" and not e["ics"]:
                continue
            tasks.append((e, c))
    results = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as ex:
        futs = {ex.submit(evaluate, e, c, build_dir): (e, c) for e, c in tasks}
        for f in concurrent.futures.as_completed(futs):
            e, c = futs[f]
            status, losses, raw = f.result()
            # vCard checks compare with the facts: what the file itself lacks is
            # the program's, not the client's.  (Calendar checks compare with
            # the file already.)
            excluded = {l.ident() for l in prog_losses.get((e["form"], e["corpus"], e["key"]), [])} \
                if FORMS[e["form"]]["kind"] == "vcard" else set()
            losses = [l for l in losses if l.ident() not in excluded]
            results.append((e, c, status, losses, raw))
    return report(args, clients, forms, results, prog_problems, prog_losses)


def generic_reason(loss):
    """The reason with its file-specific parts (numbers, quoted values) blanked,
    so that the table groups the same cause once."""
    r = loss.reason
    r = re.sub(r"Failed to parse line: .*", "Failed to parse line: …", r)
    r = re.sub(r"At line \d+", "At line N", r)
    if loss.code in ("note", "description") and not r.startswith("note differs"):
        return r
    r = re.sub(r"'[^']*'|\"[^\"]*\"", "…", r)
    r = re.sub(r"\+?\d[\d :/-]{3,}\d", "N", r)
    r = re.sub(r"\(e\.g\. [^)]*\)", "", r)
    r = re.sub(r"\b\d+\b", "N", r)
    return r


def report(args, clients, forms, results, prog_problems, prog_losses):
    unexplained = 0
    out = []
    versions = {}
    table = collections.OrderedDict()
    for e, c, status, losses, raw in results:
        if raw.get("version"):
            versions[c] = raw["version"]
        key = (c, e["form"])
        t = table.setdefault(key, {"files": 0, "ok": 0, "lossy": 0, "refused": 0,
                                   "reasons": collections.OrderedDict(), "limits": 0,
                                   "unexplained": 0})
        t["files"] += 1
        if status != "ok" or any(l.code == "refused" for l in losses):
            t["refused"] += 1
        elif losses:
            t["lossy"] += 1
        else:
            t["ok"] += 1
        for l in losses:
            lim = limit_for(c, l.code, e["form"], l.reason)
            rk = (l.code, generic_reason(l), bool(lim))
            r = t["reasons"].setdefault(rk, {"count": 0, "files": [], "limit": lim,
                                             "example": l.reason})
            r["count"] += 1
            if len(r["files"]) < 3 and e["key"] not in r["files"]:
                r["files"].append(e["key"])
            if lim:
                t["limits"] += 1
            else:
                t["unexplained"] += 1
                unexplained += 1
    w = out.append
    w("fiche2vcard client harness — prog %s" % args.prog)
    w("versions: " + ", ".join("%s %s" % (c, versions.get(c, "?")) for c in clients))
    w("")
    for c in clients:
        for form in forms:
            t = table.get((c, form))
            if not t:
                continue
            w("%-13s %-13s files %3d  ok %3d  lossy %3d  refused %3d   losses: %d unexplained, "
              "%d documented limits" % (c, form, t["files"], t["ok"], t["lossy"], t["refused"],
                                        t["unexplained"], t["limits"]))
            for (code, text, is_limit), r in sorted(t["reasons"].items(),
                                                     key=lambda kv: (kv[0][2], -kv[1]["count"])):
                tag = "limit" if is_limit else "LOSS "
                w("    %s %4d× %-20s %s  [%s]" % (tag, r["count"], code, r["example"][:150],
                                                 ", ".join(r["files"])))
    if prog_problems or prog_losses:
        w("")
        w("Program output vs facts (read by the letter of the RFCs; not charged to clients):")
        for p in prog_problems:
            w("    %s" % p)
        agg = collections.Counter()
        ex = {}
        for (form, corpus, key), ls in sorted(prog_losses.items()):
            for l in ls:
                k = (form, l.code, l.reason if l.code not in ("phone-missing", "email")
                     else re.sub(r"\S+@\S+|\+\d+", "…", l.reason))
                agg[k] += 1
                ex.setdefault(k, "%s/%s" % (corpus, key))
        for k, cnt in sorted(agg.items()):
            w("    %-13s %4d× %-16s %s  [%s]" % (k[0], cnt, k[1], k[2][:120], ex[k]))
    if args.verbose:
        w("")
        w("Every loss:")
        for e, c, status, losses, raw in sorted(results, key=lambda r: (r[1], r[0]["form"],
                                                                         r[0]["key"])):
            for l in losses:
                lim = limit_for(c, l.code, e["form"], l.reason)
                w("  %s %s %s/%s %s: %s%s" % (c, e["form"], e["corpus"], e["key"], l.code,
                                               l.reason, " (limit)" if lim else ""))
    w("")
    w("unexplained losses: %d" % unexplained)
    print("\n".join(out))
    if args.json:
        dump = {"prog": args.prog, "versions": versions,
                "table": {"%s/%s" % k: {kk: vv for kk, vv in t.items() if kk != "reasons"} |
                          {"reasons": [{"code": rk[0], "text": rk[1], "limit": bool(rk[2]),
                                        "count": r["count"], "files": r["files"],
                                        "example": r["example"]}
                                       for rk, r in t["reasons"].items()]}
                          for k, t in table.items()},
                "results": [{"client": c, "form": e["form"], "corpus": e["corpus"],
                             "key": e["key"], "status": status,
                             "losses": [{"code": l.code, "key": l.key, "reason": l.reason,
                                         "limit": bool(limit_for(c, l.code, e["form"], l.reason))}
                                        for l in losses]}
                            for e, c, status, losses, raw in results],
                "program": {"%s/%s/%s" % k: [{"code": l.code, "reason": l.reason} for l in v]
                            for k, v in prog_losses.items()}}
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(dump, f, ensure_ascii=False, indent=1)
    return 1 if unexplained else 0


if __name__ == "__main__":
    sys.exit(main())

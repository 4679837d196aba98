#!/usr/bin/python3
"""Interoperability: a real Radicale server (CardDAV/CalDAV), started on 127.0.0.1 at a
free port with a temporary storage folder and no authentication, receives every vCard
3.0 and 4.0 (one card per resource) and every calendar object (one VCALENDAR per UID,
with the VTIMEZONEs) that the program writes for the sample inputs; each PUT must answer
201/204, each resource is read back with GET and its fields compared with the model.
The server is stopped on every path. vCard 2.1 is not a CardDAV format (README.md)."""
import os
import signal
import socket
import subprocess
import sys
import time

sys.dont_write_bytecode = True  # never write into the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
import vobject_icalendar as readers  # noqa: E402

import requests  # noqa: E402
import vobject  # noqa: E402

USER = "interop"
AUTH = (USER, "x")
MKCOL_ADDRESSBOOK = """<?xml version="1.0" encoding="utf-8"?>
<D:mkcol xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav">
 <D:set><D:prop><D:resourcetype><D:collection/><C:addressbook/></D:resourcetype>
 </D:prop></D:set>
</D:mkcol>"""
MKCALENDAR = """<?xml version="1.0" encoding="utf-8"?>
<C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
 <D:set><D:prop><C:supported-calendar-component-set>
  <C:comp name="VEVENT"/><C:comp name="VTODO"/><C:comp name="VJOURNAL"/>
  <C:comp name="VAVAILABILITY"/>
 </C:supported-calendar-component-set></D:prop></D:set>
</C:mkcalendar>"""
OK_PUT = (201, 204)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A Radicale process; stop() is safe to call more than once."""

    def __init__(self, tmp):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = open(os.path.join(tmp, "radicale.log"), "w+")
        self.proc = subprocess.Popen(
            [common.PYTHON3 if os.path.exists(common.PYTHON3) else sys.executable,
             "-m", "radicale", "--config", "",
             "--server-hosts", f"127.0.0.1:{self.port}",
             "--storage-filesystem-folder", os.path.join(tmp, "storage"),
             "--auth-type", "none", "--rights-type", "owner_only",
             "--logging-level", "warning"],
            stdout=self.log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)

    def wait_ready(self, seconds=30):
        end = time.time() + seconds
        while time.time() < end:
            if self.proc.poll() is not None:
                return False
            try:
                requests.get(self.base + "/", timeout=2)
                return True
            except requests.ConnectionError:
                time.sleep(0.1)
        return False

    def log_tail(self):
        self.log.flush()
        self.log.seek(0)
        return self.log.read()[-3000:]

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if not self.log.closed:
            self.log.close()


def put(res, s, where, url, body, ctype):
    r = s.put(url, data=body.encode("utf-8"),
              headers={"Content-Type": ctype + "; charset=utf-8"}, timeout=30)
    ok = res.ok(where, f"PUT {url.rsplit('/', 2)[-2:]} status 201/204", r.status_code in OK_PUT,
                f"{r.status_code} {r.text[:300]}")
    return ok


def get(res, s, where, url):
    r = s.get(url, timeout=30)
    if not res.eq(where, f"GET {url.rsplit('/', 1)[-1]} status", r.status_code, 200):
        return None
    return r.content.decode("utf-8")


def check_addressbook(res, s, base, case, key):
    where = f"{case['name']} vCard {key} (Radicale)"
    text = common.read_text(case["files"][key], "utf-8")
    coll = f"{base}/{USER}/{case['name'].replace('.', '-')}-{key}/"
    r = s.request("MKCOL", coll, data=MKCOL_ADDRESSBOOK,
                  headers={"Content-Type": "application/xml; charset=utf-8"}, timeout=30)
    if not res.eq(where, "MKCOL address book status", r.status_code, 201):
        return
    cards = []
    for i, card in enumerate(common.split_vcards(text)):
        url = f"{coll}{i}.vcf"
        if not put(res, s, where, url, card, "text/vcard"):
            continue
        back = get(res, s, where, url)
        if back is None:
            continue
        try:
            cards += [readers.vobject_card(c) for c in vobject.readComponents(back)]
        except Exception as e:  # what the server gives back must parse
            res.ok(where, f"card {i} read back parses", False, repr(e))
    common.check_cards(res, where, cards, case["entries"], key,
                       hand=common.HAND_FACTS.get(case["name"]))


def check_calendar(res, s, base, case, key, tmp):
    where = f"{case['name']} {key} (Radicale)"
    with open(case["files"][key], "rb") as f:
        text = f.read().decode("utf-8")
    coll = f"{base}/{USER}/{case['name'].replace('.', '-')}-{key}/"
    r = s.request("MKCALENDAR", coll, data=MKCALENDAR,
                  headers={"Content-Type": "application/xml; charset=utf-8"}, timeout=30)
    if not res.eq(where, "MKCALENDAR status", r.status_code, 201):
        return
    comps, tzs = [], set()
    for i, (uid, body) in enumerate(common.split_ics_by_uid(text)):
        url = f"{coll}{i}.ics"
        if not put(res, s, where, url, body, "text/calendar"):
            continue
        back = get(res, s, where, url)
        if back is None:
            continue
        path = os.path.join(tmp, "back.ics")
        with open(path, "w", encoding="utf-8") as f:
            f.write(back)
        try:
            reading = readers.read_ics(path)
        except Exception as e:
            res.ok(where, f"object {i} read back parses", False, repr(e))
            continue
        res.eq(where, f"object {i} holds one UID", sorted({c["uid"] for c in
                                                          reading["components"]}), [uid])
        comps += reading["components"]
        tzs.update(reading["timezones"])
    common.check_ics(res, where, {"components": comps, "timezones": sorted(tzs)},
                     case["entries"], key, hand=common.HAND_FACTS.get(case["name"]))


def body(res, tmp):
    server = None

    def on_signal(signum, frame):
        raise SystemExit(1)
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGHUP, on_signal)
    try:
        cases = common.produce(res, tmp)
        server = Server(tmp)
        if not res.ok("setup", "Radicale starts", server.wait_ready(), server.log_tail()):
            return
        with requests.Session() as s:
            s.auth = AUTH
            for case in cases:
                for key in ("3.0", "4.0"):
                    if case["files"].get(key):
                        check_addressbook(res, s, server.base, case, key)
                for key, _ in common.ICS_FORMS:
                    if case["files"].get(key):
                        check_calendar(res, s, server.base, case, key, tmp)
        res.ok("teardown", "Radicale still running at the end", server.proc.poll() is None,
               server.log_tail())
    finally:
        if server is not None:
            server.stop()


if __name__ == "__main__":
    common.run_main("Radicale", body)

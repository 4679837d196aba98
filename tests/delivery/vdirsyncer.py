#!/usr/bin/python3
"""The documented alternative to --carddav/--caldav (README, Delivery): write a
--vdir, and let vdirsyncer (Debian's package) sync it to the server. Against a
real Radicale: every card and calendar object of the vdir reaches the server,
and after a changed entry and a new --vdir run, the next sync carries the
change."""
import os
import subprocess
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import helpers  # noqa: E402
import push  # noqa: E402
import servers  # noqa: E402
from helpers import common, run  # noqa: E402

CONFIG = """[general]
status_path = "{status}"

[pair contacts]
a = "local_contacts"
b = "remote_contacts"
collections = null
conflict_resolution = "a wins"

[storage local_contacts]
type = "filesystem"
path = "{vdir}/contacts"
fileext = ".vcf"

[storage remote_contacts]
type = "carddav"
url = "{book}"
username = "{user}"
password = "{password}"

[pair calendar]
a = "local_calendar"
b = "remote_calendar"
collections = null
conflict_resolution = "a wins"

[storage local_calendar]
type = "filesystem"
path = "{vdir}/calendar"
fileext = ".ics"

[storage remote_calendar]
type = "caldav"
url = "{cal}"
username = "{user}"
password = "{password}"
"""


def vdirsyncer(res, tmp, config, *args):
    env = dict(os.environ, HOME=tmp, XDG_CONFIG_HOME=os.path.join(tmp, "config"))
    p = subprocess.run(["vdirsyncer", "-c", config] + list(args), capture_output=True,
                       input=b"", env=env, timeout=90)
    res.eq("vdirsyncer " + args[0], "status", p.returncode, 0)
    if p.returncode != 0:
        print(p.stdout.decode()[-1500:], p.stderr.decode()[-1500:])


def on_server(server, url):
    """{UID: bytes} of the resources of a collection (vdirsyncer names them
    its own way)."""
    out = {}
    with server.session() as s:
        for name in servers.listing(server, url):
            data = s.get(url + name, timeout=30).content.replace(b"\r\n", b"\n")
            uid = helpers.uid_of(data.replace(b"\n", b"\r\n"))
            out[uid] = data
    return out


def body(res, tmp):
    server = servers.Server("radicale", tmp)
    try:
        if not res.ok("setup", "radicale starts", server.start(), server.log_tail()):
            return
        res.ok("setup", "collections", server.make_collections())
        inputs = helpers.make_inputs(tmp)
        cards, objects = push.reference(tmp, inputs)
        vd = os.path.join(tmp, "vdir")
        st, _, err = run(["-q", "--vdir", vd, inputs])
        res.eq("--vdir", "status", st, 0)
        config = os.path.join(tmp, "vdirsyncer.conf")
        with open(config, "w") as f:
            f.write(CONFIG.format(status=os.path.join(tmp, "status") + "/", vdir=vd,
                                  book=server.book, cal=server.cal, user=servers.USER,
                                  password=servers.PASSWORD))
        vdirsyncer(res, tmp, config, "discover")
        vdirsyncer(res, tmp, config, "sync")
        res.eq("sync", "every card on the server", sorted(on_server(server, server.book)),
               sorted(n[:-4] for n in cards))
        res.eq("sync", "every calendar object on the server",
               sorted(on_server(server, server.cal)), sorted(n[:-4] for n in objects))
        helpers.edit(os.path.join(inputs, "le-phare-du-cotentin.md"), "02 61 91 88 71",
                     "02 61 91 88 79")
        st, _, err = run(["-q", "--vdir", vd, inputs])
        vdirsyncer(res, tmp, config, "sync")
        uid = [n[:-4] for n, c in cards.items() if b"FN:Le Phare du Cotentin" in c][0]
        got = on_server(server, server.book).get(uid, b"")
        res.ok("sync after a change", "the server has the new number", b"88 79" in got,
               repr(got[:300]))
    finally:
        server.stop()


if __name__ == "__main__":
    common.run_main("vdirsyncer", body)

"""Servers for the delivery tests: Radicale (htpasswd authentication) and
Xandikos, each started on a loopback port chosen free at run time with a
temporary storage folder, and a small HTTP proxy in front of them that counts
requests and can fail some (500s, or a server that stops half-way). Every
process is stopped by stop(), which the tests call on every path."""
import http.client
import http.server
import os
import subprocess
import threading
import time

import requests

import helpers

USER, PASSWORD = "u", "secret-pw-1"
MKCOL_ADDRESSBOOK = """<?xml version="1.0" encoding="utf-8"?>
<D:mkcol xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav">
 <D:set><D:prop><D:resourcetype><D:collection/><C:addressbook/></D:resourcetype>
 </D:prop></D:set></D:mkcol>"""


class Server:
    """A DAV server process; base is its URL, book and cal its collections."""

    def __init__(self, kind, tmp):
        self.kind = kind
        self.tmp = tmp
        self.port = helpers.free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.logpath = os.path.join(tmp, f"{kind}-{self.port}.log")
        self.storage = os.path.join(tmp, f"{kind}-storage")
        self.proc = None
        if kind == "radicale":
            self.book = f"{self.base}/{USER}/book/"
            self.cal = f"{self.base}/{USER}/cal/"
        else:
            self.book = f"{self.base}/user/contacts/addressbook/"
            self.cal = f"{self.base}/user/calendars/calendar/"

    def start(self):
        log = open(self.logpath, "a")
        if self.kind == "radicale":
            users = os.path.join(self.tmp, "users")
            with open(users, "w") as f:
                f.write(f"{USER}:{PASSWORD}\n")
            argv = [helpers.PYTHON3, "-m", "radicale", "--config", "",
                    "--server-hosts", f"127.0.0.1:{self.port}",
                    "--storage-filesystem-folder", self.storage,
                    "--auth-type", "htpasswd", "--auth-htpasswd-filename", users,
                    "--auth-htpasswd-encryption", "plain", "--auth-delay", "0",
                    "--rights-type", "owner_only", "--logging-level", "warning"]
        else:
            argv = ["xandikos", "--defaults", "-d", self.storage, "-p", str(self.port),
                    "-l", "127.0.0.1"]
        self.proc = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL)
        log.close()
        end = time.time() + 30
        while time.time() < end and self.proc.poll() is None:
            try:
                requests.get(self.base + "/", timeout=2)
                return True
            except requests.ConnectionError:
                time.sleep(0.1)
        return False

    def session(self):
        s = requests.Session()
        if self.kind == "radicale":
            s.auth = (USER, PASSWORD)
        return s

    def make_collections(self):
        """Radicale starts empty: an address book and a calendar; Xandikos
        made its own (--defaults)."""
        if self.kind != "radicale":
            return True
        with self.session() as s:
            a = s.request("MKCOL", self.book, data=MKCOL_ADDRESSBOOK, timeout=30)
            b = s.request("MKCALENDAR", self.cal, timeout=30)
        return a.status_code == 201 and b.status_code == 201

    def log_tail(self):
        try:
            with open(self.logpath) as f:
                return f.read()[-2000:]
        except OSError:
            return ""

    def stop(self):
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


class Proxy(http.server.ThreadingHTTPServer):
    """Forwards every request to 127.0.0.1:upstream; records (method, path,
    status); fail = how many next requests get a 500; die_after_puts = after
    that many PUTs, on_die() is called (it stops the server) and every
    later connection is closed without an answer."""
    daemon_threads = True

    def __init__(self, upstream):
        self.upstream = upstream
        self.log = []
        self.fail = 0
        self.die_after_puts = None
        self.on_die = None
        self.dead = False
        self.lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), ProxyHandler)
        self.port = self.server_address[1]
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)
        self.thread.start()

    def url(self, server_url):
        return server_url.replace(f":{self.upstream}/", f":{self.port}/")

    def count(self, method, since=0):
        return sum(1 for m, _, st in self.log[since:] if m == method and st < 500)

    def paths(self, method, since=0):
        return sorted(p for m, p, st in self.log[since:] if m == method and st < 300)

    def stop(self):
        self.shutdown()
        self.server_close()


class ProxyHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    HOP = {"host", "connection", "keep-alive", "transfer-encoding", "content-length"}

    def log_message(self, *args):
        pass

    def forward(self):
        srv = self.server
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        with srv.lock:
            if srv.dead:
                self.close_connection = True
                return  # no answer at all: a server that is gone
            if srv.fail > 0:
                srv.fail -= 1
                srv.log.append((self.command, self.path, 500))
                self.send_response(500)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if self.command == "PUT" and srv.die_after_puts is not None:
                if srv.count("PUT") >= srv.die_after_puts:
                    srv.dead = True
                    srv.on_die()
                    self.close_connection = True
                    return
        conn = http.client.HTTPConnection("127.0.0.1", srv.upstream, timeout=60)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in self.HOP}
        conn.request(self.command, self.path, body=body, headers=headers)
        r = conn.getresponse()
        data = r.read()
        conn.close()
        with srv.lock:
            srv.log.append((self.command, self.path, r.status))
        self.send_response(r.status)
        for k, v in r.getheaders():
            if k.lower() not in self.HOP:
                self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_PUT = do_DELETE = do_PROPFIND = do_HEAD = do_REPORT = forward
    do_MKCOL = do_MKCALENDAR = do_OPTIONS = do_POST = forward


def netrc(tmp, password=PASSWORD, name="netrc"):
    path = os.path.join(tmp, name)
    with open(path, "w") as f:
        f.write(f"machine 127.0.0.1 login {USER} password {password}\n")
    os.chmod(path, 0o600)
    return path


def listing(server, url):
    """{name: etag} of the resources of the collection at url."""
    body = ('<?xml version="1.0"?><d:propfind xmlns:d="DAV:"><d:prop><d:getetag/>'
            '</d:prop></d:propfind>')
    with server.session() as s:
        r = s.request("PROPFIND", url, data=body, timeout=30,
                      headers={"Depth": "1", "Content-Type": "application/xml"})
    import xml.etree.ElementTree as ET
    out = {}
    for resp in ET.fromstring(r.content).findall("{DAV:}response"):
        href = resp.find("{DAV:}href").text
        if href.rstrip("/").endswith(url.rstrip("/").split("/")[-1]):
            continue
        etag = resp.find(".//{DAV:}getetag")
        out[href.rsplit("/", 1)[-1]] = etag.text if etag is not None else None
    return out

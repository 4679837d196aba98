"""The CardDAV/CalDAV push scenario (issue 19), run against a real server by
radicale.py and xandikos.py: a first push stores every card and calendar object
(one resource per UID, named UID.vcf / UID.ics); a rerun sends no PUT; one
changed entry sends only its items; --dry-run changes nothing and says what it
would do; --prune deletes only what this program put there, and a card the user
put in the same collection survives; a card edited on the server is a conflict,
never overwritten unless --force. Requests are counted by a proxy in front of
the server."""
import json
import os
import time

import helpers
import servers
from helpers import common, run


def reference(tmp, inputs):
    vcf, ics = os.path.join(tmp, "ref.vcf"), os.path.join(tmp, "ref.ics")
    st, _, err = run(["-q", "--vcf", vcf, "--ics", ics, inputs])
    assert st == 0, err
    with open(vcf, "rb") as f:
        cards = helpers.split_cards(f.read())
    with open(ics, "rb") as f:
        comps, _ = helpers.components(f.read())
    return ({helpers.uid_of(c) + ".vcf": c for c in cards},
            {u + ".ics": b for u, b in comps.items()})


class Pusher:
    def __init__(self, tmp, server, proxy):
        os.makedirs(tmp, exist_ok=True)
        self.tmp, self.server, self.proxy = tmp, server, proxy
        self.book, self.cal = proxy.url(server.book), proxy.url(server.cal)
        self.env = {"XDG_STATE_HOME": os.path.join(tmp, "state"),
                    "FICHE2VCARD_RETRY_MS": "50", "HOME": tmp}
        self.netrc = servers.netrc(tmp)
        self.n = 0

    def push(self, inputs, *more):
        """Run a push; (status, stderr, report's targets by kind, requests
        seen by the server since the run began)."""
        self.n += 1
        rep = os.path.join(self.tmp, f"report-{self.n}.json")
        since = len(self.proxy.log)
        t0 = time.time()
        st, _, err = run(["-q", "--netrc-file", self.netrc, "--carddav", self.book,
                          "--caldav", self.cal, "--report", rep] + list(more) + [inputs],
                         env=self.env)
        dt = time.time() - t0
        targets = {}
        if os.path.exists(rep):
            with open(rep) as f:
                targets = {t["kind"]: t for t in json.load(f).get("delivery", [])}
        return st, err, targets, since, dt


def scenario(res, tmp, kind):
    server = servers.Server(kind, tmp)
    proxy = None
    try:
        if not res.ok("setup", f"{kind} starts", server.start(), server.log_tail()):
            return
        res.ok("setup", "collections", server.make_collections())
        proxy = servers.Proxy(server.port)
        steps(res, tmp, server, proxy, kind)
    finally:
        if proxy is not None:
            proxy.stop()
        server.stop()


def steps(res, tmp, server, proxy, kind):
    inputs = helpers.make_inputs(tmp)
    cards, objects = reference(tmp, inputs)
    p = Pusher(tmp, server, proxy)
    n_items = len(cards) + len(objects)
    # 1. First push: every item created, one PUT each.
    st, err, t, since, dt = p.push(inputs)
    res.eq("first push", "status", st, 0)
    res.eq("first push", "PUTs", proxy.count("PUT", since), n_items)
    res.eq("first push", "cards stored", sorted(servers.listing(server, server.book)),
           sorted(cards))
    res.eq("first push", "calendar objects stored",
           sorted(servers.listing(server, server.cal)), sorted(objects))
    res.eq("first push", "report", (t["carddav"]["totals"]["created"],
                                    t["caldav"]["totals"]["created"]),
           (len(cards), len(objects)))
    with server.session() as s:
        name = sorted(cards)[0]
        got = s.get(server.book + name, timeout=30).content
    res.ok("first push", "a card read back holds its UID",
           helpers.uid_of(cards[name]).encode() in got)
    print(f"{kind}: first push of {n_items} items: {proxy.count('PUT', since)} PUTs, "
          f"{len(proxy.log) - since} requests, {dt:.2f} s")
    # 2. Rerun: no PUT at all.
    st, err, t, since, dt = p.push(inputs)
    res.eq("rerun", "status", st, 0)
    res.eq("rerun", "no PUT", proxy.count("PUT", since), 0)
    res.eq("rerun", "requests: one listing per collection", len(proxy.log) - since, 2)
    res.eq("rerun", "all unchanged", t["carddav"]["totals"]["unchanged"] +
           t["caldav"]["totals"]["unchanged"], n_items)
    print(f"{kind}: rerun: {len(proxy.log) - since} requests, 0 PUT, {dt:.2f} s")
    # 3. One changed entry: only its card.
    helpers.edit(os.path.join(inputs, "le-phare-du-cotentin.md"), "02 61 91 88 71",
                 "02 61 91 88 72")
    cards2, objects2 = reference(tmp, inputs)
    changed = sorted(n for n in cards2 if cards2[n] != cards.get(n))
    st, err, t, since, dt = p.push(inputs)
    res.eq("change", "status", st, 0)
    res.eq("change", "only its items PUT", [x.rsplit("/", 1)[-1] for x in proxy.paths("PUT", since)],
           changed)
    res.ok("change", "one item changed", len(changed) == 1)
    res.ok("change", "sent with If-Match (updated)", t["carddav"]["totals"]["updated"] == 1)
    prune_steps(res, tmp, server, proxy, p, inputs, cards2, objects2)
    conflict_steps(res, server, proxy, p, inputs)


def prune_steps(res, tmp, server, proxy, p, inputs, cards, objects):
    # A card the user put in the same collection.
    user_card = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:user-own-card\r\nFN:Mine\r\n"
                 b"N:Mine;;;;\r\nEND:VCARD\r\n")
    with server.session() as s:
        r = s.put(server.book + "user-own-card.vcf", data=user_card,
                  headers={"Content-Type": "text/vcard"}, timeout=30)
    res.ok("user card", "stored", r.status_code in (201, 204), str(r.status_code))
    gone = os.path.join(inputs, "groupe-pompidou.md")
    moved = os.path.join(tmp, "groupe-pompidou.md")
    os.rename(gone, moved)
    cards2, objects2 = reference(tmp, inputs)
    lost = sorted([n for n in cards if n not in cards2] + [n for n in objects if n not in objects2])
    res.ok("prune", "the entry had items", len(lost) >= 2)
    st, err, t, since, _ = p.push(inputs)
    res.eq("no --prune", "status, no DELETE", (st, proxy.count("DELETE", since)), (0, 0))
    res.eq("no --prune", "vanished listed", t["carddav"]["totals"]["vanished"] +
           t["caldav"]["totals"]["vanished"], len(lost))
    st, err, t, since, _ = p.push(inputs, "--prune", "--dry-run")
    res.eq("--dry-run", "status, no DELETE", (st, proxy.count("DELETE", since)), (0, 0))
    st, _, err = run(["--netrc-file", p.netrc, "--carddav", p.book, "--caldav", p.cal,
                       "--prune", "--dry-run", inputs], env=p.env)
    res.eq("--dry-run", "says each deletion", (st, err.count("would be deleted")),
           (0, len(lost)))
    st, err, t, since, _ = p.push(inputs, "--prune")
    res.eq("--prune", "status", st, 0)
    res.eq("--prune", "DELETEs: exactly our vanished items",
           sorted(x.rsplit("/", 1)[-1] for x in proxy.paths("DELETE", since)), lost)
    have = servers.listing(server, server.book)
    res.ok("--prune", "the user's card survives", "user-own-card.vcf" in have, str(sorted(have)))
    res.eq("--prune", "what is left", sorted(list(have) + list(servers.listing(server, server.cal))),
           sorted(list(cards2) + list(objects2) + ["user-own-card.vcf"]))
    os.rename(moved, gone)
    st, err, t, since, _ = p.push(inputs, "--dry-run")
    res.eq("--dry-run", "no PUT for a new entry", (st, proxy.count("PUT", since)), (0, 0))
    res.eq("--dry-run", "would create its items", t["carddav"]["totals"]["created"] +
           t["caldav"]["totals"]["created"], len(lost))
    st, err, t, since, _ = p.push(inputs)
    res.eq("back", "its items created again", (st, proxy.count("PUT", since)), (0, len(lost)))


def conflict_steps(res, server, proxy, p, inputs):
    """A card of ours edited on the server: a conflict when ours changes too,
    replaced only with --force."""
    with server.session() as s:
        phare = None
        for n in servers.listing(server, server.book):
            body = s.get(server.book + n, timeout=30).content
            if b"FN:Le Phare du Cotentin" in body:
                phare = (n, body)
        n, body = phare
        edited = body.replace(b"END:VCARD", b"NOTE:edited on the server\r\nEND:VCARD")
        r = s.put(server.book + n, data=edited, headers={"Content-Type": "text/vcard"},
                  timeout=30)
    res.ok("remote edit", "stored", r.status_code in (201, 204), str(r.status_code))
    st, err, t, since, _ = p.push(inputs)
    res.eq("remote edit", "kept while ours is the same: no PUT", (st, proxy.count("PUT", since)), (0, 0))
    helpers.edit(os.path.join(inputs, "le-phare-du-cotentin.md"), "02 61 91 88 72",
                 "02 61 91 88 73")
    st, err, t, since, _ = p.push(inputs)
    with server.session() as s:
        now = s.get(server.book + n, timeout=30).content
    res.eq("conflict", "status 1, no PUT", (st, proxy.count("PUT", since)), (1, 0))
    res.ok("conflict", "reported per item", n in err and "not replaced" in err, err)
    res.ok("conflict", "the server's edit kept", b"edited on the server" in now)
    st, err, t, since, _ = p.push(inputs, "--force")
    with server.session() as s:
        now = s.get(server.book + n, timeout=30).content
    res.ok("--force", "replaced", st == 0 and b"edited on the server" not in now
           and b"88 73" in now, err)


def main(kind):
    common.run_main(kind, lambda res, tmp: scenario(res, tmp, kind))

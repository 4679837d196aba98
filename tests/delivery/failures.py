#!/usr/bin/python3
"""The CardDAV/CalDAV push under failures (issue 19), against a real Radicale
behind a proxy: a server that answers 500 twice then succeeds is retried and
the push completes; a server stopped half-way through the push leaves a state
from which the next run completes (every item stored once, no conflict, then no
PUT); wrong credentials, or credentials in the URL, give a clear error, exit
status 2, and the password appears in no message."""
import os
import sys
import time

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import helpers  # noqa: E402
import push  # noqa: E402
import servers  # noqa: E402
from helpers import common, run  # noqa: E402


def retried(res, tmp, server, proxy, inputs, n_items):
    p = push.Pusher(os.path.join(tmp, "a"), server, proxy)
    proxy.fail = 2  # the listing fails twice, then everything works
    st, err, t, since, dt = p.push(inputs)
    fails = sum(1 for _, _, s in proxy.log[since:] if s == 500)
    res.eq("500 twice", "status", st, 0)
    res.eq("500 twice", "two 500s seen", fails, 2)
    res.eq("500 twice", "every item stored", proxy.count("PUT", since), n_items)
    print(f"500 twice then success: {len(proxy.log) - since} requests, {dt:.2f} s")
    return p


def stopped(res, tmp, server, proxy, inputs, n_items, cards, objects):
    """The server dies after 5 PUTs of a push into new collections."""
    server.book, server.cal = server.book.replace("/book/", "/book2/"), server.cal.replace(
        "/cal/", "/cal2/")
    res.ok("stopped", "new collections", server.make_collections())
    p = push.Pusher(os.path.join(tmp, "b"), server, proxy)
    proxy.die_after_puts = proxy.count("PUT") + 5
    proxy.on_die = server.stop
    t0 = time.time()
    st, err, t, since, dt = p.push(inputs)
    res.eq("stopped", "status 2", st, 2)
    res.ok("stopped", "says the server gave no answer", "no answer" in err, err)
    res.ok("stopped", "bounded in time", dt < 30, f"{dt:.1f} s")
    print(f"server stopped after 5 PUTs: the run gave up after {dt:.2f} s")
    # The server comes back; the proxy works again.
    proxy.dead, proxy.die_after_puts = False, None
    res.ok("stopped", "server restarts", server.start())
    have = servers.listing(server, server.book)
    res.ok("stopped", "some items were stored before", 0 < len(have) <= 5,
           f"{len(have)}: {sorted(have)} {proxy.log[since:]}")
    st, err, t, since, dt = p.push(inputs)
    res.eq("next run", "status", st, 0)
    res.ok("next run", "no conflict", t["carddav"]["totals"]["conflict"] +
           t["caldav"]["totals"]["conflict"] == 0, err)
    res.eq("next run", "every item stored", sorted(list(servers.listing(server, server.book)) +
                                                 list(servers.listing(server, server.cal))),
           sorted(list(cards) + list(objects)))
    res.ok("next run", "sends what was missing (and the write in flight)",
           n_items - 5 <= proxy.count("PUT", since) <= n_items - 5 + 1,
           str(proxy.count("PUT", since)))
    st, err, t, since, dt = p.push(inputs)
    res.eq("third run", "status, no PUT", (st, proxy.count("PUT", since)), (0, 0))


def credentials(res, tmp, server, proxy, inputs):
    p = push.Pusher(os.path.join(tmp, "c"), server, proxy)
    bad = servers.netrc(tmp, "wrong-pw-2", "netrc-wrong")
    st, _, err = run(["--netrc-file", bad, "--carddav", p.book, inputs], env=p.env)
    res.eq("wrong password", "status", st, 2)
    res.ok("wrong password", "clear message", "authentication failed (401)" in err, err)
    res.ok("wrong password", "no password in messages", "wrong-pw-2" not in err and
           servers.PASSWORD not in err, err)
    url = p.book.replace("http://", f"http://{servers.USER}:{servers.PASSWORD}@")
    st, _, err = run(["--carddav", url, inputs], env=p.env)
    res.eq("password in URL", "usage error", st, 2)
    res.ok("password in URL", "refused without echoing it",
           "netrc" in err and servers.PASSWORD not in err, err)
    st, _, err = run(["--netrc-file", os.path.join(tmp, "none"), "--carddav", p.book, inputs],
                     env=p.env)
    res.ok("missing netrc file", "status 2, said", st == 2 and "netrc" in err, err)


def body(res, tmp):
    server = servers.Server("radicale", tmp)
    proxy = None
    try:
        if not res.ok("setup", "radicale starts", server.start(), server.log_tail()):
            return
        res.ok("setup", "collections", server.make_collections())
        proxy = servers.Proxy(server.port)
        inputs = helpers.make_inputs(tmp)
        cards, objects = push.reference(tmp, inputs)
        n_items = len(cards) + len(objects)
        retried(res, tmp, server, proxy, inputs, n_items)
        credentials(res, tmp, server, proxy, inputs)
        stopped(res, tmp, server, proxy, inputs, n_items, cards, objects)
    finally:
        if proxy is not None:
            proxy.stop()
        server.stop()


if __name__ == "__main__":
    common.run_main("failures", body)

"""Shared part of the delivery tests (tests/delivery/*.py, issue 19): the
program, inputs that a test may change, snapshots of folders (inode, mtime, bytes)
and the splitting of --vcf / --ics output into the items a vdir or a collection
holds. The results and the temporary folder come from tests/interop/common.py."""
import hashlib
import os
import shutil
import socket
import subprocess
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "interop"))
import common  # noqa: E402

TOP = common.TOP
PROG = common.PROG
PYTHON3 = common.PYTHON3 if os.path.exists(common.PYTHON3) else sys.executable


def run(args, env=None, timeout=120):
    """Run the program; (status, stdout bytes, stderr text)."""
    e = dict(os.environ)
    e.update(env or {})
    p = subprocess.run([PROG] + args, capture_output=True, env=e, timeout=timeout)
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


def make_inputs(tmp, name="in"):
    """A folder of sample entries, one file each, that a test may edit: the
    examples and the sample set (files without an entry left out)."""
    d = os.path.join(tmp, name)
    os.makedirs(d)
    srcs = sorted(os.path.join(TOP, "examples", f) for f in os.listdir(
        os.path.join(TOP, "examples")) if f.endswith(".md"))
    sample = os.path.join(TOP, "tests", "corpus", "sample")
    # (s06.md is the example le-phare-du-cotentin.md again: the same UIDs)
    srcs += sorted(os.path.join(sample, f) for f in os.listdir(sample)
                   if f.startswith("s") and f.endswith(".md") and f != "s06.md")
    for s in srcs:
        with open(s, "rb") as f:
            if b"\n# " not in b"\n" + f.read():
                continue
        shutil.copy(s, os.path.join(d, os.path.basename(s)))
    return d


def edit(path, old, new):
    with open(path, "rb") as f:
        data = f.read()
    assert old.encode() in data, (path, old)
    with open(path, "wb") as f:
        f.write(data.replace(old.encode(), new.encode(), 1))


def snapshot(folder):
    """{relative path: (inode, mtime_ns, sha256)} of the regular files under
    folder, but the program's state file."""
    snap = {}
    for root, _, files in os.walk(folder):
        for f in files:
            if f == ".fiche2vcard.state":
                continue
            p = os.path.join(root, f)
            st = os.stat(p)
            with open(p, "rb") as fh:
                h = hashlib.sha256(fh.read()).hexdigest()
            snap[os.path.relpath(p, folder)] = (st.st_ino, st.st_mtime_ns, h)
    return snap


def split_cards(data):
    """The cards of --vcf output, as bytes, in order."""
    cards, cur = [], []
    for line in data.split(b"\r\n")[:-1]:
        cur.append(line)
        if line == b"END:VCARD":
            cards.append(b"\r\n".join(cur) + b"\r\n")
            cur = []
    return cards


def uid_of(item):
    for line in item.split(b"\r\n"):
        if line.startswith(b"UID:"):
            v = line[4:].decode()
            return v[9:] if v.startswith("urn:uuid:") else v
    return None


def components(data):
    """{UID: [component bytes]} of the top-level components (but VTIMEZONE)
    of a VCALENDAR, and the set of TZIDs its VTIMEZONEs define."""
    comps, tzids, cur, depth = {}, set(), [], 0
    for line in data.split(b"\r\n")[:-1]:
        if line.startswith(b"BEGIN:"):
            depth += 1
        if depth >= 2:
            cur.append(line)
        if line.startswith(b"END:"):
            depth -= 1
            if depth == 1:
                block = b"\r\n".join(cur) + b"\r\n"
                if cur[0] == b"BEGIN:VTIMEZONE":
                    tzids.update(l[5:].decode() for l in cur if l.startswith(b"TZID:"))
                else:
                    comps.setdefault(uid_of(block), []).append(block)
                cur = []
    return comps, tzids


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]

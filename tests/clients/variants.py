#!/usr/bin/python3
"""variants.py — which output form every client reads.

Takes the program's vCard files (2.1, 2.1 WINDOWS-1252, 3.0, 4.0) for a
selection of corpus entries that exercise the features in question, rewrites
copies of them in alternative forms (one change per variant, plus the
combined recommendation), feeds every copy to every contact reader of
clients.py and prints, per variant and client, what is lost (the same checks
as clients.py; documented client limits are marked as such).  Each variant
says whether it stays valid per RFC 2426 / RFC 6350 / vCard 2.1, and the
reference reader (refparse.py) checks that the rewritten file still holds
the same facts.

Usage: ./variants.py [--prog PATH] [--corpus DIR ...] [--variant NAME ...]
                     [--per-feature N] [--client NAME ...] [--keep DIR]
                     [--json FILE] [--list]
"""
import argparse
import collections
import concurrent.futures
import copy
import glob
import json
import os
import quopri
import re
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import clients as H  # noqa: E402

COMPOUND = {"N", "ADR", "ORG"}
TEXT_PROPS = {"FN", "NOTE", "TITLE", "ROLE", "NICKNAME", "CATEGORIES", "X-ABLABEL", "LABEL"}


# --------------------------------------------------------------------------
# A raw line model of one .vcf: enough to rewrite forms, nothing decoded
# that need not be.

class Line:
    def __init__(self, group, name, params, value):
        self.group = group      # str or None
        self.name = name        # as written
        self.params = params    # list of raw "KEY=VALUE" / "BARE" strings
        self.value = value      # raw value (3.0/4.0: escaped text; 2.1 QP: QP text, no soft breaks)

    def uname(self):
        return self.name.upper()

    def param_keys(self):
        return [p.split("=", 1)[0].upper() if "=" in p else p.upper() for p in self.params]

    def is_qp(self):
        return any("QUOTED-PRINTABLE" in p.upper() for p in self.params)


def split_quoted(s, sep):
    out, cur, q = [], [], False
    for ch in s:
        if ch == '"':
            q = not q
        if ch == sep and not q:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return out


def read_lines(data, version):
    text = data.decode("utf-8", "surrogateescape")
    phys = re.split(r"\r\n|\n|\r", text)
    logical = []
    i = 0
    while i < len(phys):
        line = phys[i]
        i += 1
        if not line:
            continue
        while i < len(phys) and phys[i][:1] in (" ", "\t") and version != "2.1":
            line += phys[i][1:]
            i += 1
        head = line.split(":", 1)[0].upper()
        if "QUOTED-PRINTABLE" in head:
            while line.endswith("=") and i < len(phys):
                line = line[:-1] + phys[i]
                i += 1
        logical.append(line)
    out = []
    for line in logical:
        q, cut = False, None
        for k, ch in enumerate(line):
            if ch == '"':
                q = not q
            elif ch == ":" and not q:
                cut = k
                break
        head, value = line[:cut], line[cut + 1:]
        parts = split_quoted(head, ";")
        gn = parts[0]
        group, name = gn.rsplit(".", 1) if "." in gn else (None, gn)
        out.append(Line(group, name, parts[1:], value))
    return out


def fold(line_bytes, limit=75):
    """RFC 6350/2425 folding at `limit` octets, never inside a UTF-8 sequence."""
    if len(line_bytes) <= limit:
        return [line_bytes]
    out, cur = [], b""
    first = True
    i = 0
    while i < len(line_bytes):
        # length of the UTF-8 sequence starting here
        b0 = line_bytes[i]
        n = 1 if b0 < 0x80 else 2 if b0 >> 5 == 6 else 3 if b0 >> 4 == 14 else 4 if b0 >> 3 == 30 else 1
        room = limit if first else limit - 1
        if len(cur) + n > room:
            out.append(cur if first else b" " + cur)
            first = False
            cur = b""
        cur += line_bytes[i:i + n]
        i += n
    out.append(cur if first else b" " + cur)
    return out


def qp_soft_wrap(line, limit=76):
    """Cut a QP line with soft breaks (=CRLF) at most `limit` chars a line,
    never inside an =XX sequence."""
    out, cur = [], ""
    i = 0
    while i < len(line):
        tok = line[i:i + 3] if line[i] == "=" else line[i]
        if len(cur) + len(tok) > limit - 1:
            out.append(cur + "=")
            cur = ""
        cur += tok
        i += len(tok)
    out.append(cur)
    return out


def write_lines(lines, version, qp_soft=False):
    out = []
    for ln in lines:
        head = (ln.group + "." if ln.group else "") + ln.name
        if ln.params:
            head += ";" + ";".join(ln.params)
        s = head + ":" + ln.value
        if version == "2.1":
            if ln.is_qp() and qp_soft:
                out.extend(x.encode("utf-8", "surrogateescape") for x in qp_soft_wrap(s))
            else:
                out.append(s.encode("utf-8", "surrogateescape"))
        else:
            out.extend(fold(s.encode("utf-8", "surrogateescape")))
    return b"\r\n".join(out) + b"\r\n"


# --------------------------------------------------------------------------
# Value helpers

def esc_unescaped(value, ch):
    """Escape every `ch` not already escaped (backslash-aware)."""
    out, i = [], 0
    while i < len(value):
        c = value[i]
        if c == "\\" and i + 1 < len(value):
            out.append(value[i:i + 2])
            i += 2
            continue
        out.append("\\" + c if c == ch else c)
        i += 1
    return "".join(out)


def unesc(value, ch):
    return value.replace("\\" + ch, ch)


def qp_decode(value, charset):
    return quopri.decodestring(value.encode("ascii", "surrogateescape")).decode(charset, "replace")


def qp_encode(text, charset):
    raw = text.encode(charset, "replace")
    out = []
    for b in raw:
        c = chr(b)
        if b in (0x3D,) or b < 0x20 or b > 0x7E:
            out.append("=%02X" % b)
        else:
            out.append(c)
    s = "".join(out)
    return s.replace(" =0D", "=20=0D")  # no trailing space before a line end


def charset_of(ln):
    for p in ln.params:
        if p.upper().startswith("CHARSET="):
            return p.split("=", 1)[1]
    return "UTF-8"


# --------------------------------------------------------------------------
# Transforms: each takes (lines, version, ctx) and returns lines (mutating is fine)

def t_type_unquote(lines, version, ctx):
    for ln in lines:
        ln.params = [re.sub(r'^(TYPE)="([^"]*)"$', r"\1=\2", p, flags=re.I) for p in ln.params]
    return lines


def t_type_repeat(lines, version, ctx):
    for ln in lines:
        new = []
        for p in ln.params:
            m = re.match(r'^TYPE="?([^"]*)"?$', p, re.I)
            if m and "," in m.group(1):
                new.extend("TYPE=" + v for v in m.group(1).split(","))
            else:
                new.append(p)
        ln.params = new
    return lines


def t_type_quote(lines, version, ctx):
    for ln in lines:
        ln.params = [re.sub(r'^TYPE=([^"].*,.*)$', r'TYPE="\1"', p, flags=re.I) for p in ln.params]
    return lines


def t_tel_compact_uri(lines, version, ctx):
    for ln in lines:
        if ln.uname() == "TEL" and ln.value.lower().startswith("tel:"):
            ln.value = "tel:" + re.sub(r"[^\d+]", "", ln.value[4:])
    return lines


def t_tel_text(lines, version, ctx):
    for ln in lines:
        if ln.uname() == "TEL" and ln.value.lower().startswith("tel:"):
            ln.params = [p for p in ln.params if p.upper() != "VALUE=URI"]
            ln.value = ln.value[4:].replace("-", " ")
    return lines


def t_escape_semicolon(lines, version, ctx):
    for ln in lines:
        if ln.uname() in COMPOUND or ln.uname() not in TEXT_PROPS | {"FN"}:
            continue
        if version == "2.1" and ln.is_qp():
            cs = charset_of(ln)
            txt = qp_decode(ln.value, cs)
            ln.value = qp_encode(esc_unescaped(txt, ";"), cs)
        elif version == "2.1":
            ln.value = esc_unescaped(ln.value, ";")
        else:
            ln.value = esc_unescaped(ln.value, ";")
    return lines


def t_unescape_semicolon(lines, version, ctx):
    for ln in lines:
        if ln.uname() in COMPOUND or ln.uname() not in TEXT_PROPS | {"FN"}:
            continue
        ln.value = unesc(ln.value, ";")
    return lines


def t_label_none(lines, version, ctx):
    out = []
    for ln in lines:
        if ln.uname() == "LABEL":
            continue
        ln.params = [p for p in ln.params if not p.upper().startswith("LABEL=")]
        out.append(ln)
    return out


def t_label_oneline(lines, version, ctx):
    for ln in lines:
        new = []
        for p in ln.params:
            if p.upper().startswith("LABEL="):
                v = p.split("=", 1)[1].strip('"').replace("^n", ", ")
                p = 'LABEL="%s"' % v
            new.append(p)
        ln.params = new
    return lines


def t_label_quoted(lines, version, ctx):
    for ln in lines:
        ln.params = [('LABEL="%s"' % p.split("=", 1)[1].strip('"')) if p.upper().startswith("LABEL=")
                     else p for p in ln.params]
    return lines


def t_ungroup_drop_label(lines, version, ctx):
    out = []
    for ln in lines:
        if ln.uname() == "X-ABLABEL":
            continue
        if ln.uname() == "TEL":
            ln.group = None
        out.append(ln)
    return out


def _labels(lines):
    labels = {ln.group: ln for ln in lines if ln.uname() == "X-ABLABEL" and ln.group}
    return labels


def t_ungroup_label_in_note(lines, version, ctx):
    """Phones ungrouped; their labels listed at the end of NOTE."""
    labels = _labels(lines)
    extra = []
    for ln in lines:
        if ln.uname() == "TEL" and ln.group in labels:
            lab = labels[ln.group].value
            num = ln.value
            extra.append("%s : %s" % (lab.replace("\\,", ","), num))
    out = t_ungroup_drop_label(lines, version, ctx)
    if extra:
        add = "\\n\\nTéléphones :\\n" + "\\n".join(x.replace(",", "\\,").replace(";", "\\;")
                                                   for x in extra)
        notes = [ln for ln in out if ln.uname() == "NOTE"]
        if notes:
            notes[0].value += add
        else:
            end = next(k for k, ln in enumerate(out) if ln.uname() == "END")
            out.insert(end, Line(None, "NOTE", [], add[4:]))
    return out


def t_label_as_xtype(lines, version, ctx):
    """Phones ungrouped; the label becomes an x- TYPE value (ASCII token)."""
    labels = _labels(lines)
    import unicodedata
    for ln in lines:
        if ln.uname() == "TEL" and ln.group in labels:
            lab = unicodedata.normalize("NFKD", labels[ln.group].value)
            tok = re.sub(r"[^a-z0-9]+", "-", lab.encode("ascii", "ignore").decode().lower()).strip("-")
            ln.params = [p + ",x-" + tok if p.upper().startswith("TYPE=") else p for p in ln.params]
    return t_ungroup_drop_label(lines, version, ctx)


def t_tollfree_plain(lines, version, ctx):
    """Only the toll-free labels (N° Vert / Numéro vert) ungrouped and dropped."""
    labels = _labels(lines)
    tf = {g for g, ln in labels.items() if re.search(r"vert|gratuit", ln.value, re.I)}
    out = []
    for ln in lines:
        if ln.uname() == "X-ABLABEL" and ln.group in tf:
            continue
        if ln.uname() == "TEL" and ln.group in tf:
            ln.group = None
        out.append(ln)
    return out


def t_add_ablabel_40(lines, version, ctx):
    """4.0: put back the 3.0 phone labels as grouped X-ABLabel."""
    labels = ctx.get("labels30") or {}
    out = []
    k = 0
    for ln in lines:
        out.append(ln)
        if ln.uname() == "TEL":
            d = re.sub(r"[^\d+]", "", ln.value[4:] if ln.value.lower().startswith("tel:") else ln.value)
            if d in labels:
                k += 1
                ln.group = "item%d" % k
                out.append(Line(ln.group, "X-ABLabel", [], labels[d].replace(",", "\\,")))
    return out


def t_kind_org_30(lines, version, ctx):
    out = []
    for ln in lines:
        out.append(ln)
        if ln.uname() == "X-ABSHOWAS":
            out.append(Line(None, "KIND", [], "org"))
    return out


KNOWN_21 = {"DOM", "INTL", "POSTAL", "PARCEL", "HOME", "WORK", "PREF", "VOICE", "FAX", "MSG",
            "CELL", "PAGER", "BBS", "MODEM", "CAR", "ISDN", "VIDEO", "INTERNET", "X400"}


def t_type_named_21(lines, version, ctx):
    for ln in lines:
        ln.params = ["TYPE=" + p if p.upper() in KNOWN_21 else p for p in ln.params]
    return lines


def t_qp_nosoft(lines, version, ctx):
    ctx["qp_soft"] = False
    return lines


def t_identity(lines, version, ctx):
    return lines


# --------------------------------------------------------------------------
# Variants

V = collections.OrderedDict()


def variant(name, base, transforms, change, valid, qp_soft=None):
    V[name] = {"base": base, "transforms": transforms, "change": change, "valid": valid,
               "qp_soft": qp_soft}


variant("21.base", "vcf21", [t_identity], "as written (QP with soft line breaks at 76)",
        "yes", qp_soft=True)
variant("21.qp-long", "vcf21", [t_qp_nosoft],
        "QP values on one physical line (no soft line breaks)",
        "yes for vCard 2.1 (no line length of its own); beyond RFC 2045's 76-char QP line",
        qp_soft=False)
variant("21.qp-long+esc;", "vcf21", [t_qp_nosoft, t_escape_semicolon],
        "QP on one line, and ';' written '\\;' in FN/NOTE/TITLE",
        "questionable: vCard 2.1 gives '\\;' a meaning inside compound values only",
        qp_soft=False)
variant("21.type-named", "vcf21", [t_qp_nosoft, t_type_named_21],
        "QP on one line; TEL;TYPE=WORK;TYPE=VOICE instead of TEL;WORK;VOICE",
        "yes (vCard 2.1 grammar: param ::= \"TYPE\" \"=\" ptypeval / knowntype)", qp_soft=False)
variant("21cp.base", "vcf21-cp1252", [t_identity], "as written", "yes", qp_soft=True)
variant("21cp.qp-long", "vcf21-cp1252", [t_qp_nosoft], "QP values on one line",
        "as 21.qp-long", qp_soft=False)
variant("21cp.qp-long+esc;", "vcf21-cp1252", [t_qp_nosoft, t_escape_semicolon],
        "QP on one line + '\\;'", "as 21.qp-long+esc;", qp_soft=False)

variant("30.base", "vcf30", [t_identity], "as written", "yes")
variant("30.type-repeated", "vcf30", [t_type_repeat], "TYPE=work;TYPE=voice", "yes (RFC 2426)")
variant("30.type-quoted", "vcf30", [t_type_quote], 'TYPE="work,voice"',
        "dubious: RFC 2425 allows a quoted param value, but then it is ONE value")
variant("30.no-esc;", "vcf30", [t_unescape_semicolon], "';' left unescaped in FN/NOTE/TITLE",
        "NO: RFC 2426 text-value requires '\\;'")
variant("30.tollfree-plain", "vcf30", [t_tollfree_plain],
        "toll-free number as a plain TEL;TYPE=work,voice (its X-ABLabel dropped)", "yes")
variant("30.labels-dropped", "vcf30", [t_ungroup_drop_label],
        "every phone as a plain TEL, X-ABLabel dropped", "yes")
variant("30.labels-xtype", "vcf30", [t_label_as_xtype],
        "plain TEL with the label as an extra TYPE=x-… value", "yes (x-name type values)")
variant("30.labels-in-note", "vcf30", [t_ungroup_label_in_note],
        "plain TEL; the labels listed at the end of NOTE", "yes")
variant("30.kind-org", "vcf30", [t_kind_org_30], "KIND:org added next to X-ABShowAs",
        "NO: KIND is not a vCard 3.0 property (not an x-name)")

variant("40.base", "vcf40", [t_identity], "as written", "yes")
variant("40.type-unquoted", "vcf40", [t_type_unquote], "TYPE=work,voice (no quotes)", "yes")
variant("40.type-repeated", "vcf40", [t_type_repeat], "TYPE=work;TYPE=voice", "yes")
variant("40.tel-compact", "vcf40", [t_type_unquote, t_tel_compact_uri],
        "TYPE unquoted; VALUE=uri:tel:+33261918871 (no visual separators)", "yes (RFC 3966)")
variant("40.tel-text", "vcf40", [t_type_unquote, t_tel_text],
        "TYPE unquoted; text value +33 2 61 91 88 71 (no VALUE=uri)",
        "yes (RFC 6350 6.4.1: free-form text is the default value type)")
variant("40.esc;", "vcf40", [t_escape_semicolon], "';' written '\\;' in FN/NOTE/TITLE",
        "yes (RFC 6350 3.4: ';' MAY be escaped in non-compound properties)")
variant("40.label-none", "vcf40", [t_label_none], "no LABEL parameter on ADR", "yes")
variant("40.label-oneline", "vcf40", [t_label_oneline], 'LABEL="…, …" (no ^n)', "yes")
variant("40.label-quoted", "vcf40", [t_label_quoted], 'LABEL="…^n…" (quoted)', "yes")
variant("40.ablabel", "vcf40", [t_type_unquote, t_tel_text, t_add_ablabel_40],
        "TYPE unquoted, text TEL, 3.0's X-ABLabel groups added", "yes (x-name property)")
variant("40.labels-in-note", "vcf40", [t_type_unquote, t_tel_text, t_add_ablabel_40,
                                        t_ungroup_label_in_note],
        "TYPE unquoted, text TEL, phone labels listed at the end of NOTE", "yes")

# the recommendations, all changes at once
variant("21.recommended", "vcf21", [t_qp_nosoft],
        "QP values on one physical line (';' stays unescaped in NOTE/FN/TITLE)",
        "yes (see 21.qp-long)", qp_soft=False)
variant("21cp.recommended", "vcf21-cp1252", [t_qp_nosoft],
        "as 21.recommended, WINDOWS-1252", "yes (see 21.qp-long)", qp_soft=False)
variant("30.recommended", "vcf30", [t_ungroup_label_in_note],
        "plain TEL (no item groups), phone labels in NOTE", "yes")
variant("40.recommended", "vcf40", [t_type_unquote, t_tel_text, t_escape_semicolon,
                                     t_label_none, t_add_ablabel_40, t_ungroup_label_in_note],
        "TYPE=work,voice unquoted, text TEL, '\\;' in text, no LABEL param, labels in NOTE",
        "yes")


def transform_file(src, dst, spec, ctx):
    data = open(src, "rb").read()
    if spec["transforms"] == [t_identity]:
        open(dst, "wb").write(data)     # the program's bytes, untouched
        return
    version = {"vcf21": "2.1", "vcf21-cp1252": "2.1", "vcf30": "3.0", "vcf40": "4.0"}[spec["base"]]
    lines = read_lines(data, version)
    ctx = dict(ctx)
    for t in spec["transforms"]:
        lines = t(lines, version, ctx)
    qp_soft = spec["qp_soft"] if spec["qp_soft"] is not None else ctx.get("qp_soft", True)
    open(dst, "wb").write(write_lines(lines, version, qp_soft=qp_soft))


# --------------------------------------------------------------------------

def features(ent30, ent40):
    """Which features an entry's files exercise (for the selection)."""
    f = set()
    t30 = open(ent30["vcf"], "rb").read().decode("utf-8", "replace")
    t40 = open(ent40["vcf"], "rb").read().decode("utf-8", "replace")
    if "X-ABLabel" in t30:
        f.add("phone-label")
    if re.search(r"X-ABLabel:(N° Vert|Numéro vert)", t30, re.I):
        f.add("tollfree")
    cards30 = H.refparse.parse_vcards(open(ent30["vcf"], "rb").read())
    if any(";" in (p.value or "") for c in cards30 for p in c.props
           if p.name in ("NOTE", "FN", "TITLE")):
        f.add("semicolon")
    if any("," in (p.value or "") for c in cards30 for p in c.props
           if p.name in ("FN", "TITLE", "ORG")):
        f.add("comma")
    if len([p for p in cards30[0].get("TEL") if "voice" in p.types()]) >= 3:
        f.add("three-voice")
    if "fax" in t30:
        f.add("fax")
    if "cell" in t30:
        f.add("cell")
    if re.search(r"LABEL=[^:;]*[^\x00-\x7f]", t40):
        f.add("label-nonascii")
    if len(ent30["facts"].get("people") or []) >= 2:
        f.add("people")
    return f


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--prog", default=H.DEFAULT_PROG)
    ap.add_argument("--corpus", nargs="+")
    ap.add_argument("--variant", nargs="+", choices=list(V))
    ap.add_argument("--client", nargs="+", choices=H.CONTACT_CLIENTS)
    ap.add_argument("--per-feature", type=int, default=4,
                    help="entries taken per feature (default 4); 0 = every entry")
    ap.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--keep", metavar="DIR")
    ap.add_argument("--build-dir", metavar="DIR")
    ap.add_argument("--json", metavar="FILE")
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args(argv)
    if args.list:
        for k, v in V.items():
            print("%-20s %-13s %s  [valid: %s]" % (k, v["base"], v["change"], v["valid"]))
        return 0
    clients = args.client or H.CONTACT_CLIENTS
    names = args.variant or list(V)
    corpora = args.corpus or H.default_corpora()
    if not corpora:
        print("variants.py: no corpus found; give --corpus DIR", file=sys.stderr)
        return 2
    tmp = args.keep or tempfile.mkdtemp(prefix="fiche2vcard-variants-")
    os.makedirs(tmp, exist_ok=True)
    build = args.build_dir or os.path.join(tmp, "build")
    try:
        for c in clients:
            H.check_reader_available(c, tmp)
        H.build_readers(build, clients)
        return run(args, clients, names, corpora, tmp, build)
    except H.ReaderError as exc:
        print("variants.py: %s" % exc, file=sys.stderr)
        return 2
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


def run(args, clients, names, corpora, tmp, build):
    bases = sorted({V[nm]["base"] for nm in names} | {"vcf30", "vcf40"})
    ents = {}
    for form in bases:
        for d in corpora:
            cname = H.corpus_name(d).replace("/", "_")
            es, _ = H.convert(args.prog, d, form, os.path.join(tmp, "out", form, cname))
            for e in es:
                ents[(form, e["corpus"], e["key"])] = e
    keys = sorted({(c, k) for (f, c, k) in ents if f == "vcf30"})
    # selection by feature
    chosen = []
    if args.per_feature == 0:
        chosen = keys
    else:
        per = collections.Counter()
        for ck in keys:
            e30, e40 = ents.get(("vcf30",) + ck), ents.get(("vcf40",) + ck)
            if not e30 or not e40 or not e30["vcf"] or not e40["vcf"]:
                continue
            fs = features(e30, e40)
            want = [f for f in sorted(fs) if per[f] < args.per_feature]
            if want:
                chosen.append(ck)
                for f in fs:
                    per[f] += 1
        print("entries: %d (features: %s)" % (len(chosen), dict(per)))
    tasks = []
    meta = {}
    for nm in names:
        spec = V[nm]
        for ck in chosen:
            base = ents.get((spec["base"],) + ck)
            if not base or not base["vcf"]:
                continue
            e30 = ents.get(("vcf30",) + ck)
            labels30 = {}
            if e30 and e30["vcf"]:
                for card in H.refparse.parse_vcards(open(e30["vcf"], "rb").read()):
                    labs = {p.group: p.value for p in card.get("X-ABLABEL") if p.group}
                    for p in card.get("TEL"):
                        if p.group in labs:
                            labels30[H.digits(p.value)] = labs[p.group]
            dst_dir = os.path.join(tmp, "variants", nm, ck[0].replace("/", "_"))
            os.makedirs(dst_dir, exist_ok=True)
            dst = os.path.join(dst_dir, os.path.basename(base["vcf"]))
            transform_file(base["vcf"], dst, spec, {"labels30": labels30})
            e = copy.copy(base)
            e["vcf"] = dst
            H.prepare_entry(e)
            # facts still in the file?  (compared with the program's own file)
            if "ref_cards" not in base:
                H.prepare_entry(base)
            base_pl = {l.ident() for l in H.program_losses(base)}
            var_pl = H.program_losses(e)
            lost = [l for l in var_pl if l.ident() not in base_pl]
            meta[(nm, ck)] = {"facts_lost": [l.reason for l in lost], "file": dst,
                              "excluded": {l.ident() for l in var_pl}}
            for c in clients:
                tasks.append((nm, ck, c, e))
    results = collections.defaultdict(list)
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as ex:
        futs = {ex.submit(H.evaluate, e, c, build): (nm, ck, c, e) for nm, ck, c, e in tasks}
        for f in concurrent.futures.as_completed(futs):
            nm, ck, c, e = futs[f]
            status, losses, raw = f.result()
            losses = [l for l in losses if l.ident() not in meta[(nm, ck)]["excluded"]]
            results[(nm, c)].append((ck, status, losses, e))
    # print the matrix
    out = []
    w = out.append
    w("variant              " + "".join("%-24s" % c for c in clients) + "facts kept")
    summary = {}
    for nm in names:
        row = "%-21s" % nm
        for c in clients:
            rs = results.get((nm, c), [])
            bad = [r for r in rs if any(not H.limit_for(c, l.code, V[nm]["base"], l.reason) for l in r[2])]
            lim = [r for r in rs if r[2] and r not in bad]
            codes = collections.Counter(l.code for r in rs for l in r[2]
                                        if not H.limit_for(c, l.code, V[nm]["base"], l.reason))
            cell = "ok %d/%d" % (len(rs) - len(bad), len(rs))
            if codes:
                cell += " " + ",".join(sorted(codes))
            row += "%-24s" % cell[:23]
            summary[(nm, c)] = {"files": len(rs), "ok": len(rs) - len(bad), "limits_only": len(lim),
                                "codes": dict(codes)}
        lost = sum(1 for (n2, ck), m in meta.items() if n2 == nm and m["facts_lost"])
        row += "yes" if not lost else "NO (%d files)" % lost
        w(row)
    w("")
    w("Variants:")
    for nm in names:
        w("  %-20s %s  [valid: %s]" % (nm, V[nm]["change"], V[nm]["valid"]))
    w("")
    w("Losses per variant and client (documented client limits omitted):")
    for nm in names:
        for c in clients:
            agg = collections.Counter()
            ex = {}
            for ck, status, losses, e in results.get((nm, c), []):
                for l in losses:
                    if H.limit_for(c, l.code, V[nm]["base"], l.reason):
                        continue
                    g = (l.code, H.generic_reason(l))
                    agg[g] += 1
                    ex.setdefault(g, "%s/%s" % ck)
            for g, cnt in agg.most_common():
                w("  %-20s %-10s %3d× %-14s %s [%s]" % (nm, c, cnt, g[0], g[1][:110], ex[g]))
    print("\n".join(out))
    if args.json:
        json.dump({"summary": {"%s|%s" % k: v for k, v in summary.items()},
                   "variants": {k: {kk: vv for kk, vv in v.items() if kk != "transforms"}
                                for k, v in V.items() if k in names},
                   "facts_lost": {"%s|%s/%s" % (k[0], k[1][0], k[1][1]): m["facts_lost"]
                                  for k, m in meta.items() if m["facts_lost"]}},
                  open(args.json, "w"), ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())

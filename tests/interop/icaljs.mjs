// Interoperability check: ical.js (Mozilla's parser, used by Thunderbird) reads .vcf or
// .ics files the program wrote and prints, per file, one JSON line with the "reading"
// of tests/interop/common.py, or {"file", "error"} when ical.js throws.
// Usage: node icaljs.mjs ICAL_JS_MODULE (vcf|ics) FILE...
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [modPath, kind, ...files] = process.argv.slice(2);
const ICAL = (await import(pathToFileURL(modPath).href)).default;

function flatTypes(prop) {
    const out = [];
    for (const p of ["type"]) {
        let v = prop.getParameter(p);
        if (v === undefined || v === null) continue;
        if (!Array.isArray(v)) v = [v];
        for (const x of v) out.push(...String(x).split(",").map((t) => t.trim().toLowerCase()));
    }
    return out;
}

// A structured value (N, ADR, ORG) as a list of components, each a string or a list.
function structured(prop, size) {
    if (!prop) return null;
    let v = prop.getFirstValue();
    if (!Array.isArray(v)) v = [v];
    const out = v.map((c) => (Array.isArray(c) ? (c.length === 1 ? c[0] : c) : c ?? ""));
    while (size && out.length < size) out.push("");
    return out;
}

function text(comp, name) {
    const v = comp.getFirstPropertyValue(name);
    return v === null || v === undefined ? null : String(v);
}

function card(c) {
    return {
        version: text(c, "version"),
        fn: text(c, "fn"),
        n: structured(c.getFirstProperty("n"), 5),
        org: structured(c.getFirstProperty("org"), 0),
        title: text(c, "title"),
        kind: text(c, "kind"),
        note: text(c, "note"),
        tel: c.getAllProperties("tel").map((p) => ({
            value: String(p.getFirstValue()), types: flatTypes(p),
        })),
        adr: c.getAllProperties("adr").map((p) => ({
            value: structured(p, 7), types: flatTypes(p),
        })),
        email: c.getAllProperties("email").map((p) => String(p.getFirstValue())),
        url: c.getAllProperties("url").map((p) => String(p.getFirstValue())),
    };
}

function pad(n, w) {
    return String(n).padStart(w, "0");
}

function time(comp, name) {
    const p = comp.getFirstProperty(name);
    if (!p) return null;
    const t = p.getFirstValue();
    let value = pad(t.year, 4) + pad(t.month, 2) + pad(t.day, 2);
    if (!t.isDate) {
        value += "T" + pad(t.hour, 2) + pad(t.minute, 2) + pad(t.second, 2);
        if (t.zone === ICAL.Timezone.utcTimezone) value += "Z";
    }
    const tzid = p.getParameter("tzid");
    return { value, tzid: tzid ?? null };
}

function rrule(comp) {
    const r = comp.getFirstPropertyValue("rrule");
    if (!r) return null;
    return { freq: r.freq, byday: (r.parts.BYDAY || []).map(String) };
}

function component(c) {
    return {
        type: c.name.toUpperCase(),
        uid: text(c, "uid"),
        summary: text(c, "summary"),
        description: text(c, "description"),
        location: text(c, "location"),
        status: text(c, "status"),
        transp: text(c, "transp"),
        dtstart: time(c, "dtstart"),
        dtend: time(c, "dtend"),
        rrule: rrule(c),
        sub: c.getAllSubcomponents().map(component),
    };
}

const out = [];
for (const file of files) {
    try {
        const parsed = ICAL.parse(readFileSync(file, "utf8"));
        if (kind === "vcf") {
            // One card gives one jCard, several give a list of them.
            const list = typeof parsed[0] === "string" ? [parsed] : parsed;
            out.push({ file, cards: list.map((j) => card(new ICAL.Component(j))) });
        } else {
            const cal = new ICAL.Component(parsed);
            const timezones = [];
            const components = [];
            for (const s of cal.getAllSubcomponents()) {
                if (s.name === "vtimezone") {
                    // Thunderbird builds a zone from each VTIMEZONE: it must work.
                    const tz = new ICAL.Timezone(s);
                    timezones.push(tz.tzid);
                } else {
                    components.push(component(s));
                }
            }
            out.push({ file, timezones, components });
        }
    } catch (e) {
        out.push({ file, error: String(e && e.stack ? e.stack : e) });
    }
}
process.stdout.write(out.map((o) => JSON.stringify(o)).join("\n") + "\n");

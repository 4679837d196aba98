// ical.js (Mozilla's vCard/iCalendar library, Thunderbird's parser) reads jCard
// files the program wrote and turns every card back into vCard text.
// Usage: node jcard_icaljs.mjs ICAL_JS_MODULE FILE...
// Prints one JSON line per file: {"file", "shape": "one"|"many", "cards": [text]},
// or {"file", "error"} when ical.js throws.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [modPath, ...files] = process.argv.slice(2);
const ICAL = (await import(pathToFileURL(modPath).href)).default;

const out = [];
for (const file of files) {
    try {
        const parsed = JSON.parse(readFileSync(file, "utf8"));
        // One card is a jCard of its own ["vcard", [...]]; several, an array of them.
        const one = typeof parsed[0] === "string";
        const list = one ? [parsed] : parsed;
        const cards = list.map((j) => {
            const c = new ICAL.Component(j);
            if (c.name !== "vcard") throw new Error("not a vcard: " + c.name);
            return c.toString();
        });
        out.push({ file, shape: one ? "one" : "many", cards });
    } catch (e) {
        out.push({ file, error: String(e && e.stack ? e.stack : e) });
    }
}
process.stdout.write(out.map((o) => JSON.stringify(o)).join("\n") + "\n");

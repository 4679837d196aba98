// The opening_hours library (OpenStreetMap's reference parser of the opening_hours
// syntax, pinned in tests/interop/package.json) reads openingHours values and gives
// the open intervals of the reference week of the calendar writer (Monday
// 2024-01-01 to Monday 2024-01-08, local time = UTC: run with TZ=UTC).
// Usage: node jsonld_oh.mjs OPENING_HOURS_MODULE VALUES.json
// VALUES.json is a JSON array of strings; prints one JSON line per value:
// {"value", "warnings": [...], "prettified", "intervals": [[from, to, unknown, comment]]}
// with times as "YYYY-MM-DDTHH:MM", or {"value", "error"}.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const [modPath, valuesPath] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const OpeningHours = require(modPath);

const iso = (d) => d.toISOString().slice(0, 16);
const from = new Date(Date.UTC(2024, 0, 1));
const to = new Date(Date.UTC(2024, 0, 8));
const out = [];
for (const value of JSON.parse(readFileSync(valuesPath, "utf8"))) {
    try {
        // mode 0: time ranges only (no points in time); no nominatim object: no
        // public holidays are asked for.
        const oh = new OpeningHours(value, null, { mode: 0 });
        const intervals = oh.getOpenIntervals(from, to).map((i) => [iso(i[0]), iso(i[1]), i[2], i[3] ?? null]);
        out.push({ value, warnings: oh.getWarnings(), prettified: oh.prettifyValue(), intervals });
    } catch (e) {
        out.push({ value, error: String(e) });
    }
}
process.stdout.write(out.map((o) => JSON.stringify(o)).join("\n") + "\n");

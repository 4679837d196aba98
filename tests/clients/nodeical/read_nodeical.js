#!/usr/bin/env node
// read_nodeical: what node-ical (used by MagicMirror, Home Assistant add-ons,
// many Node calendars) reads from an .ics file.
//
// Usage: node read_nodeical.js FILE.ics FROM TO [FROM TO ...] [ZONE]
//   FROM/TO: ISO instants with offset (e.g. 2025-01-12T00:00:00+01:00).
// Prints one JSON object: {"client":"node-ical","version":...,"status":...,
//   "error":...,"components":[{"type":"event"|"todo"|"journal"|"other:NAME",
//   "summary","description","recurring","zone","occurrences":[{start,end}]}]}
// Occurrences come from node-ical's expandRecurringEvent() for each window,
// printed as wall-clock time in the event's own zone (start.tz) with offset.
//
// Written for the fiche2vcard client harness.
'use strict';
const ical = require('node-ical');
const pkg = require('node-ical/package.json');

function offsetString(date, zone) {
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit',
  });
  const parts = Object.fromEntries(fmt.formatToParts(date).map((p) => [p.type, p.value]));
  const wall = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  const off = Math.round((wall - date.getTime()) / 60000);
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${sign}${hh}:${mm}`;
}

function text(v) {
  if (v === undefined || v === null) return null;
  if (typeof v === 'object' && 'val' in v) return String(v.val);
  return String(v);
}

function main() {
  const args = process.argv.slice(2);
  if (args.length < 3) {
    process.stderr.write('usage: read_nodeical.js FILE.ics FROM TO [FROM TO ...] [ZONE]\n');
    process.exit(2);
  }
  const file = args[0];
  let rest = args.slice(1);
  let viewZone = 'Europe/Paris';
  if (rest.length % 2 === 1) viewZone = rest.pop();
  const windows = [];
  for (let i = 0; i < rest.length; i += 2) windows.push([new Date(rest[i]), new Date(rest[i + 1])]);

  const out = {client: 'node-ical', version: pkg.version, status: 'ok', error: null, components: []};
  let data;
  try {
    data = ical.sync.parseFile(file);
  } catch (e) {
    out.status = 'refused';
    out.error = String(e && e.message ? e.message : e);
    process.stdout.write(JSON.stringify(out) + '\n');
    return;
  }
  for (const [key, comp] of Object.entries(data)) {
    if (!comp || typeof comp !== 'object' || !comp.type) continue;
    if (comp.type === 'VCALENDAR' || comp.type === 'VTIMEZONE') continue;
    const types = {VEVENT: 'event', VTODO: 'todo', VJOURNAL: 'journal'};
    const o = {
      type: types[comp.type] || `other:${comp.type}`,
      key,
      summary: text(comp.summary),
      description: text(comp.description),
      recurring: Boolean(comp.rrule),
      zone: comp.start && comp.start.tz ? comp.start.tz : null,
      occurrences: [],
    };
    if (comp.type === 'VEVENT' && comp.start) {
      const zone = comp.start.tz || viewZone;
      for (const [from, to] of windows) {
        let instances = [];
        try {
          instances = ical.expandRecurringEvent(comp, {from, to});
        } catch (e) {
          o.error = String(e && e.message ? e.message : e);
        }
        for (const inst of instances) {
          o.occurrences.push({
            start: offsetString(inst.start, zone),
            end: inst.end ? offsetString(inst.end, zone) : null,
            start_view: offsetString(inst.start, viewZone),
          });
        }
      }
    }
    out.components.push(o);
  }
  process.stdout.write(JSON.stringify(out) + '\n');
}

main();

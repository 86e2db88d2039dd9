#!/usr/bin/env node
// What changed between two OpenAPI documents, key order and the order of lists of objects ignored: one line per path
// that differs (e.g. /components/schemas/ProgramDto/properties/eligibility/$ref), with its value before (-) and after (+).
// Usage: node tools/openapi-diff.js <before.json> <after.json>   (exit 1 when they differ)
const fs = require('node:fs');

const [before, after] = process.argv.slice(2).map((f) => JSON.parse(fs.readFileSync(f, 'utf8')));
if (!after) {
  process.stderr.write('usage: node tools/openapi-diff.js <before.json> <after.json>\n');
  process.exit(64);
}
const norm = (v) =>
  Array.isArray(v)
    ? v.map(norm)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, norm(v[k])]),
        )
      : v;
const same = (x, y) => JSON.stringify(x) === JSON.stringify(y);
const sameSet = (x, y) => same(x.map((e) => JSON.stringify(e)).sort(), y.map((e) => JSON.stringify(e)).sort());
let differences = 0;
(function diff(x, y, at) {
  if (same(x, y)) return;
  if (x && y && typeof x === 'object' && typeof y === 'object' && !Array.isArray(x) && !Array.isArray(y)) {
    for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) diff(x[k], y[k], `${at}/${k}`);
    return;
  }
  if (Array.isArray(x) && Array.isArray(y) && sameSet(x, y)) return;
  differences++;
  const show = (v) => (v === undefined ? '(absent)' : JSON.stringify(v).slice(0, 400));
  process.stdout.write(`${at}\n  - ${show(x)}\n  + ${show(y)}\n`);
})(norm(before), norm(after), '');
process.stdout.write(`${differences} difference(s)\n`);
process.exit(differences ? 1 : 0);

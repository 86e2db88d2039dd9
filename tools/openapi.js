#!/usr/bin/env node
// Writes the gateway's OpenAPI document as the gateway serves it, from the build in dist/ (or SIAPKERJA_DIST; run the build first); building
// the document needs no database, broker or service. Usage: node tools/openapi.js <out.json>
// The test command lints the result with `npx redocly lint` (rules in redocly.yaml).
require('./register-paths');
const fs = require('node:fs');
const path = require('node:path');

const out = process.argv[2];
if (!out) {
  process.stderr.write('usage: node tools/openapi.js <out.json>\n');
  process.exit(64);
}
const dist = process.env.SIAPKERJA_DIST ? path.resolve(process.env.SIAPKERJA_DIST) : path.resolve(__dirname, '../dist');
const { generateOpenApi } = require(path.join(dist, 'services/gateway/src/app.js'));
generateOpenApi().then(
  (doc) => {
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    fs.writeFileSync(out, `${JSON.stringify(doc, null, 2)}\n`);
    process.stdout.write(`OpenAPI document: ${out} (${Object.keys(doc.paths).length} paths)\n`);
    process.exit(0);
  },
  (e) => {
    process.stderr.write(`openapi: ${e.stack ?? e}\n`);
    process.exit(1);
  },
);

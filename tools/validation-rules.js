#!/usr/bin/env node
// Writes every validation rule the gateway's REST inputs carry (class-validator and class-transformer metadata of each
// class, by class and property, in a stable order) as JSON, from the build in dist/ (or SIAPKERJA_DIST). Two dumps
// compared (node tools/openapi-diff.js a.json b.json) show whether a change of how inputs are declared changed what
// they accept. Usage: node tools/validation-rules.js <out.json>
require('./register-paths');
const fs = require('node:fs');
const path = require('node:path');

const out = process.argv[2];
if (!out) {
  process.stderr.write('usage: node tools/validation-rules.js <out.json>\n');
  process.exit(64);
}
const dist = process.env.SIAPKERJA_DIST ? path.resolve(process.env.SIAPKERJA_DIST) : path.resolve(__dirname, '../dist');
require(path.join(dist, 'services/gateway/src/app.js')); // loads every controller and the classes of its inputs
const { getMetadataStorage } = require('class-validator');
const { defaultMetadataStorage } = require('class-transformer/cjs/storage');

const rules = {};
const at = (cls, property) => ((rules[cls.name] ??= {})[property] ??= []);
const show = (v) => (v instanceof RegExp ? String(v) : typeof v === 'function' ? `[function ${v.name}]` : v);
for (const m of getMetadataStorage().validationMetadatas.values
  ? [...getMetadataStorage().validationMetadatas.values()].flat()
  : getMetadataStorage().validationMetadatas) {
  const constraint = m.constraintCls ? getMetadataStorage().getTargetValidatorConstraints(m.constraintCls)[0] : undefined;
  at(m.target, m.propertyName).push({
    rule: m.name ?? constraint?.name ?? m.type,
    ...(m.constraints?.length ? { constraints: m.constraints.map(show) } : {}),
    ...(m.each ? { each: true } : {}),
    ...(typeof m.message === 'string' ? { message: m.message } : {}),
    ...(m.always ? { always: true } : {}),
  });
}
for (const [target, byProperty] of defaultMetadataStorage._typeMetadatas) {
  for (const [property, t] of byProperty) at(target, property).push({ rule: 'class-transformer Type', type: t.typeFunction()?.name });
}
for (const [target, byProperty] of defaultMetadataStorage._transformMetadatas) {
  for (const [property, list] of byProperty)
    for (const t of list) at(target, property).push({ rule: 'class-transformer Transform', fn: String(t.transformFn) });
}
const sorted = Object.fromEntries(
  Object.keys(rules)
    .sort()
    .map((cls) => [
      cls,
      Object.fromEntries(
        Object.keys(rules[cls])
          .sort()
          .map((p) => [
            p,
            rules[cls][p]
              .map((r) => JSON.stringify(r))
              .sort()
              .map((r) => JSON.parse(r)),
          ]),
      ),
    ]),
);
fs.writeFileSync(out, `${JSON.stringify(sorted, null, 2)}\n`);
process.stdout.write(`validation rules of ${Object.keys(sorted).length} classes: ${out}\n`);
process.exit(0);

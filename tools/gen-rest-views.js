#!/usr/bin/env node
// Generates the gateway's REST response views from proto/: for every message with the option (siapkerja.rest.v1.view),
// a class documented for OpenAPI (@nestjs/swagger) and its one mapper from the gRPC message as the loader decodes it
// (longs and enums as strings, defaults on). The field options of proto/siapkerja/rest/v1/rest.proto say how a field
// is shown: its REST name, null or left out when unset, hidden, and its documentation.
// Usage: node tools/gen-rest-views.js [<package>...] [--check]
//   <package>: training, jobs, ... (every package when none); --check: fail when a checked-in file is not what proto/ gives.
const fs = require('node:fs');
const path = require('node:path');
const protobuf = require('protobufjs');

const root = path.resolve(__dirname, '..');
const PROTO_DIR = path.join(root, 'proto');
const outDir = path.join(root, 'services/gateway/src/generated');
const outFile = (pkg) => path.join(outDir, `${pkg}.views.ts`);
const VIEW = '(siapkerja.rest.v1.view)';
const FIELD = '(siapkerja.rest.v1.field)';
const LONGS = new Set(['int64', 'uint64', 'sint64', 'fixed64', 'sfixed64']);
const NUMBERS = new Set(['int32', 'uint32', 'sint32', 'fixed32', 'sfixed32', 'double', 'float']);

/** Loads the protos of the given packages (every package when none), with what they import. */
function load(packages, protoDir) {
  const files = [];
  (function walk(dir) {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.proto')) files.push(path.relative(protoDir, p));
    }
  })(protoDir);
  const wanted = packages.length ? files.filter((f) => packages.some((p) => f.startsWith(`siapkerja/${p}/`))) : files;
  if (packages.length && !wanted.length) throw new Error(`no protos under proto/siapkerja/{${packages.join(',')}}`);
  const r = new protobuf.Root();
  r.resolvePath = (_origin, target) =>
    target.startsWith('google/protobuf/') ? require.resolve(`protobufjs/${target}`) : path.join(protoDir, target);
  r.loadSync(wanted.sort(), { keepCase: false });
  r.resolveAll();
  return r;
}

/** An option's value, its keys in lowerCamelCase (omit_empty -> omitEmpty) as the rest of the generator reads them. */
const parsed = (obj, key) =>
  Object.fromEntries(
    Object.entries(Object.assign({}, ...(obj.parsedOptions ?? []).map((o) => o[key]).filter(Boolean))).map(([k, v]) => [
      k.replace(/_([a-z])/g, (_, c) => c.toUpperCase()),
      v,
    ]),
  );

function allTypes(ns, acc = []) {
  for (const o of ns.nestedArray) {
    if (o instanceof protobuf.Type) acc.push(o);
    if (o.nestedArray) allTypes(o, acc);
  }
  return acc;
}

/** siapkerja.training.v1 -> training (its views file) */
function packageOf(type) {
  const m = /^siapkerja\.([a-z_]+)\.v1$/.exec(type.parent.fullName.replace(/^\./, ''));
  if (!m) throw new Error(`${type.fullName}: a view must be a top-level message of a siapkerja.<service>.v1 package`);
  return m[1];
}

/** siapkerja.training.v1 -> trainingV1 (the namespace libs/contracts exports). */
const namespaceOf = (type) => `${packageOf(type).replace(/_([a-z])/g, (_, c) => c.toUpperCase())}V1`;

/** The prefix of an enum's values (PROGRAM_MODE of PROGRAM_MODE_OFFLINE), read from its zero value. */
function enumPrefix(e) {
  const zero = Object.entries(e.values).find(([, n]) => n === 0)?.[0] ?? '';
  if (!zero.endsWith('_UNSPECIFIED')) throw new Error(`${e.fullName}: its zero value must be <PREFIX>_UNSPECIFIED`);
  return zero.slice(0, -'_UNSPECIFIED'.length);
}

/** EMPTY_ELIGIBILITY_RULES: the default instance of a message, as the loader decodes it. */
const emptyName = (t) => `EMPTY_${t.name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()}`;
const q = (s) => `'${String(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
const lit = (v) => (typeof v === 'string' ? q(v) : JSON.stringify(v).replace(/"([^"]*)"/g, (_, s) => q(s)));

/**
 * The views file of each package (of the given packages; every package when none): path -> text. `protoDir`: another
 * tree of protos (tests).
 */
function generate(packages = [], protoDir = PROTO_DIR) {
  const r = load(packages, protoDir);
  const views = allTypes(r).filter((t) => parsed(t, VIEW).name);
  const byType = new Map(views.map((t) => [t, parsed(t, VIEW).name]));
  const names = new Set();
  for (const [t, n] of byType) {
    if (!/^[A-Z][A-Za-z0-9]*$/.test(n)) throw new Error(`${t.fullName}: view name ${n} is not a class name`);
    if (names.has(n)) throw new Error(`${t.fullName}: view name ${n} is used twice`);
    names.add(n);
  }
  const files = new Map();
  for (const pkg of new Set([...byType.keys()].map(packageOf))) {
    if (!packages.length || packages.includes(pkg)) files.set(outFile(pkg), generateFile(pkg, byType));
  }
  return files;
}

function generateFile(pkg, byType) {
  const namespaces = new Set();
  const empties = new Set();
  const imports = new Map(); // other package -> names of its views used here
  let usesEnum = false;

  // classes in dependency order (a view names the views of its fields before it)
  const ordered = [];
  const seen = new Set();
  const visit = (t) => {
    if (seen.has(t)) return;
    seen.add(t);
    for (const f of t.fieldsArray) if (f.resolvedType && byType.has(f.resolvedType)) visit(f.resolvedType);
    ordered.push(t);
  };
  [...byType.keys()]
    .filter((t) => packageOf(t) === pkg)
    .sort((a, b) => byType.get(a).localeCompare(byType.get(b)))
    .forEach(visit);

  const blocks = [];
  for (const t of ordered.filter((x) => packageOf(x) === pkg)) {
    const name = byType.get(t);
    const ns = namespaceOf(t);
    namespaces.add(ns);
    const props = [];
    const entries = [];
    for (const f of t.fieldsArray) {
      const o = parsed(f, FIELD);
      if (o.hidden) continue;
      const key = o.name || f.name;
      const where = `${t.fullName}.${f.name}`;
      if (o.nullable && o.omitEmpty) throw new Error(`${where}: nullable and omit_empty exclude each other`);
      if (f.map) throw new Error(`${where}: map fields have no REST view; hide it or give it a message`);
      const optional = !!f.options?.proto3_optional;
      const v = `m.${f.name}`;
      let tsType;
      let apiType;
      let convert; // (expr) => expression of the REST value of one element
      let empty; // (expr) => expression true when unset
      const doc = {};
      if (f.resolvedType instanceof protobuf.Enum) {
        const prefix = enumPrefix(f.resolvedType);
        usesEnum = true;
        tsType = 'string';
        apiType = 'String';
        doc.enum = o.enumValues?.length
          ? o.enumValues
          : Object.keys(f.resolvedType.values)
              .filter((k) => k !== `${prefix}_UNSPECIFIED`)
              .map((k) => k.slice(prefix.length + 1));
        convert = (x) => `fromProtoEnum(${q(prefix)}, ${x})`;
        empty = (x) => `!fromProtoEnum(${q(prefix)}, ${x})`;
      } else if (f.resolvedType instanceof protobuf.Type) {
        const view = byType.get(f.resolvedType);
        if (!view) throw new Error(`${where}: ${f.resolvedType.fullName} has no view; give it one or hide the field`);
        const other = packageOf(f.resolvedType);
        if (other !== pkg) imports.set(other, new Set([...(imports.get(other) ?? []), view, `to${view}`]));
        tsType = view;
        apiType = `() => ${view}`;
        convert = (x) => `to${view}(${x})`;
        empty = (x) => `!${x}`;
      } else if (LONGS.has(f.type)) {
        tsType = 'number';
        apiType = 'Number';
        convert = (x) => `Number(${x})`;
        empty = (x) => `!Number(${x})`;
      } else if (NUMBERS.has(f.type)) {
        tsType = 'number';
        apiType = 'Number';
        convert = (x) => x;
        empty = (x) => `!${x}`;
      } else if (f.type === 'string' && o.json) {
        tsType = 'Record<string, unknown>';
        apiType = "'object'";
        doc.additionalProperties = true;
        convert = (x) => `JSON.parse(${x}) as Record<string, unknown>`;
        empty = (x) => `!${x}`;
      } else if (f.type === 'string') {
        tsType = 'string';
        apiType = 'String';
        convert = (x) => x;
        empty = (x) => `!${x}`;
      } else if (f.type === 'bool') {
        tsType = 'boolean';
        apiType = 'Boolean';
        convert = (x) => x;
        empty = (x) => `!${x}`;
      } else {
        throw new Error(`${where}: ${f.type} fields have no REST view; hide it`);
      }
      let value;
      let isEmpty;
      if (f.repeated) {
        const el = convert('x');
        value = el === 'x' ? v : `${v}.map((x) => ${el})`;
        isEmpty = `!${v}.length`;
        tsType = `${tsType}[]`;
      } else if (optional || (f.resolvedType instanceof protobuf.Type && (o.nullable || o.omitEmpty))) {
        value = `${v} == null ? null : ${convert(v)}`;
        isEmpty = `${v} == null || ${empty(v)}`;
      } else if (f.resolvedType instanceof protobuf.Type) {
        // an unset message is shown as its empty view (every field unset), as the proto's default instance
        empties.add(f.resolvedType);
        value = convert(`${v} ?? ${emptyName(f.resolvedType)}`);
        isEmpty = `!${v}`;
      } else {
        value = convert(v);
        isEmpty = empty(v);
      }
      const nullable = o.nullable || (optional && !o.omitEmpty && !f.repeated);
      if (o.nullable && !f.repeated && !optional && !(f.resolvedType instanceof protobuf.Type)) {
        value = `${isEmpty} ? null : ${value}`;
      }
      if (nullable && !f.repeated) tsType = `${tsType} | null`;
      if (o.nullable && f.repeated) throw new Error(`${where}: a list is never null (it is empty)`);
      const api = [`type: ${apiType}`];
      if (f.repeated) api.push('isArray: true');
      if (doc.additionalProperties) api.push('additionalProperties: true');
      if (!doc.enum && o.enumValues?.length) doc.enum = tsType.startsWith('number') ? o.enumValues.map(Number) : o.enumValues;
      if (doc.enum) api.push(`enum: ${lit(doc.enum)}`);
      if (nullable && !f.repeated) api.push('nullable: true');
      if (o.format) api.push(`format: ${q(o.format)}`);
      if (o.example !== undefined && o.example !== '') {
        let ex = o.example === 'null' ? null : o.example;
        if (tsType.replace(' | null', '') !== 'string' && ex !== null) {
          try {
            ex = JSON.parse(o.example);
          } catch {
            throw new Error(`${where}: its example is not JSON: ${o.example}`);
          }
        }
        api.push(`example: ${lit(ex)}`);
      }
      if (o.description) api.push(`description: ${q(o.description)}`);
      const decorator = o.omitEmpty ? 'ApiPropertyOptional' : 'ApiProperty';
      props.push(`  @${decorator}({ ${api.join(', ')} })\n  ${key}${o.omitEmpty ? '?' : ''}: ${tsType};`);
      entries.push(o.omitEmpty ? `    ...(${isEmpty} ? {} : { ${key}: ${value} }),` : `    ${key}: ${value},`);
    }
    const doc = t.comment ? `/** ${t.comment.replace(/\*\//g, '* /').replace(/\n/g, '\n * ')} */\n` : '';
    blocks.push(
      `${doc}export class ${name} {\n${props.join('\n')}\n}\n\n` +
        `/** The REST view of a ${t.fullName.replace(/^\./, '')}. */\n` +
        `export function to${name}(m: ${ns}.${t.name}__Output): ${name} {\n  return {\n${entries.join('\n')}\n  };\n}\n`,
    );
  }
  const emptyBlocks = [...empties]
    .sort((a, b) => a.fullName.localeCompare(b.fullName))
    .map((t) => {
      const value = t.toObject(t.create({}), { defaults: true, longs: String, enums: String, bytes: String });
      return `const ${emptyName(t)}: ${namespaceOf(t)}.${t.name}__Output = ${lit(value)};\n`;
    });
  const header =
    '// generated by tools/gen-rest-views.js from the (siapkerja.rest.v1.view) options in proto/: do not edit.\n' +
    '/* eslint-disable */\n' +
    "import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';\n" +
    (usesEnum ? "import { fromProtoEnum } from '@siapkerja/contracts';\n" : '') +
    (namespaces.size ? `import type { ${[...namespaces].sort().join(', ')} } from '@siapkerja/contracts';\n` : '') +
    [...imports]
      .sort()
      .map(([other, names]) => `import { ${[...names].sort().join(', ')} } from './${other}.views';\n`)
      .join('');
  return `${header}\n${emptyBlocks.join('')}${emptyBlocks.length ? '\n' : ''}${blocks.join('\n')}`;
}

module.exports = { generate, outFile };

if (require.main === module) {
  const args = process.argv.slice(2);
  const packages = args.filter((a) => !a.startsWith('--'));
  const files = generate(packages);
  if (args.includes('--check')) {
    const stale = [...files].filter(([file, text]) => !fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text);
    if (!packages.length && fs.existsSync(outDir)) {
      for (const f of fs.readdirSync(outDir)) {
        if (f.endsWith('.views.ts') && !files.has(path.join(outDir, f))) stale.push([path.join(outDir, f)]);
      }
    }
    if (stale.length) {
      for (const [file] of stale) process.stderr.write(`${path.relative(root, file)} is not what proto/ gives\n`);
      process.stderr.write('run node tools/gen-rest-views.js\n');
      process.exit(1);
    }
    process.stdout.write(`${files.size} REST view files are up to date\n`);
  } else {
    fs.mkdirSync(outDir, { recursive: true });
    if (!packages.length) {
      for (const f of fs.readdirSync(outDir))
        if (f.endsWith('.views.ts') && !files.has(path.join(outDir, f))) fs.rmSync(path.join(outDir, f));
    }
    for (const [file, text] of files) {
      fs.writeFileSync(file, text);
      const n = (text.match(/^export class /gm) ?? []).length;
      process.stderr.write(`generated ${n} REST views into ${path.relative(root, file)}\n`);
    }
  }
}

#!/usr/bin/env node
// Compiles a project (and the libs it imports) from TypeScript to CommonJS in dist/ with SWC,
// keeping the repository layout: services/jobs/src/main.ts -> dist/services/jobs/src/main.js.
// Type checking is a separate step (npm run typecheck).  Usage: node tools/build.js services/jobs [...]
const fs = require('node:fs');
const path = require('node:path');
const swc = require('@swc/core');

const ROOT = path.resolve(__dirname, '..');
const DIST = process.env.SIAPKERJA_DIST ? path.resolve(process.env.SIAPKERJA_DIST) : path.join(ROOT, 'dist'); // another dist/: a build beside the main one
const swcrc = JSON.parse(fs.readFileSync(path.join(ROOT, '.swcrc'), 'utf8'));
delete swcrc.$schema;

function walk(dir, out = []) {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

async function compileTree(srcRoot) {
  let n = 0;
  for (const file of walk(srcRoot)) {
    const rel = path.relative(ROOT, file);
    const target = path.join(DIST, rel);
    if (/\.spec\.ts$|\.int-spec\.ts$/.test(file)) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (file.endsWith('.ts')) {
      const { code, map } = await swc.transformFile(file, {
        ...swcrc,
        swcrc: false,
        filename: file,
        sourceFileName: path.relative(path.dirname(target), file),
      });
      const jsTarget = target.replace(/\.ts$/, '.js');
      fs.writeFileSync(jsTarget, `${code}\n//# sourceMappingURL=${path.basename(jsTarget)}.map\n`);
      if (map) fs.writeFileSync(`${jsTarget}.map`, map);
      n++;
    } else if (/\.(json|csv|proto)$/.test(file)) {
      fs.copyFileSync(file, target);
    }
  }
  return n;
}

async function main() {
  const projects = process.argv.slice(2);
  if (!projects.length) throw new Error('usage: node tools/build.js <project root> [...]');
  const t = Date.now();
  let files = 0;
  const libs = fs.readdirSync(path.join(ROOT, 'libs')).map((l) => path.join(ROOT, 'libs', l));
  for (const lib of libs) for (const sub of ['src', 'data']) files += await compileTree(path.join(lib, sub));
  for (const p of projects) files += await compileTree(path.join(ROOT, p, 'src'));
  process.stderr.write(`built ${projects.join(', ')} (${files} files) in ${Date.now() - t} ms\n`);
}

main().catch((e) => {
  process.stderr.write(`${e.stack ?? e}\n`);
  process.exit(1);
});

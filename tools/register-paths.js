// Resolves the @siapkerja/<lib> import aliases to the compiled libs in dist/ at run time.
// Use: node -r ./tools/register-paths.js dist/services/<name>/src/main.js
const Module = require('node:module');
const path = require('node:path');
const DIST = process.env.SIAPKERJA_DIST ? path.resolve(process.env.SIAPKERJA_DIST) : path.resolve(__dirname, '../dist');
// a build outside the repository (SIAPKERJA_DIST=/tmp/...) finds its packages in the repository's node_modules and its
// protos in proto/
const ROOT = path.resolve(__dirname, '..');
if (path.relative(ROOT, DIST).startsWith('..')) {
  process.env.NODE_PATH = [path.join(ROOT, 'node_modules'), process.env.NODE_PATH].filter(Boolean).join(path.delimiter);
  Module._initPaths();
  process.env.PROTO_ROOT ??= path.join(ROOT, 'proto'); // and the protos beside them
}
const original = Module._resolveFilename;
Module._resolveFilename = function resolve(request, parent, ...rest) {
  const m = /^@siapkerja\/([a-z-]+)$/.exec(request);
  if (m) return original.call(this, path.join(DIST, 'libs', m[1], 'src', 'index.js'), parent, ...rest);
  return original.call(this, request, parent, ...rest);
};

// Resolves the @siapkerja/<lib> import aliases to the compiled libs in dist/ at run time.
// Use: node -r ./tools/register-paths.js dist/services/<name>/src/main.js
const Module = require('node:module');
const path = require('node:path');
const DIST = process.env.SIAPKERJA_DIST ? path.resolve(process.env.SIAPKERJA_DIST) : path.resolve(__dirname, '../dist');
const original = Module._resolveFilename;
Module._resolveFilename = function resolve(request, parent, ...rest) {
  const m = /^@siapkerja\/([a-z-]+)$/.exec(request);
  if (m) return original.call(this, path.join(DIST, 'libs', m[1], 'src', 'index.js'), parent, ...rest);
  return original.call(this, request, parent, ...rest);
};

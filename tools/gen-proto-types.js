#!/usr/bin/env node
// Generates TypeScript types for every proto under proto/ into libs/contracts/src/generated
// (proto-loader-gen-types, same options as the runtime loader in libs/contracts).
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const root = path.resolve(__dirname, '..');
const out = path.join(root, 'libs/contracts/src/generated');
const files = [];
(function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith('.proto')) files.push(path.relative(path.join(root, 'proto'), p));
  }
})(path.join(root, 'proto'));
fs.rmSync(out, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [require.resolve('@grpc/proto-loader/build/bin/proto-loader-gen-types.js'),
    '--longs=String', '--enums=String', '--defaults', '--oneofs', '--grpcLib=@grpc/grpc-js',
    '-I', 'proto', '-O', path.relative(root, out), ...files],
  { stdio: 'inherit', cwd: root },
);
console.error(`generated types for ${files.length} proto files into ${path.relative(root, out)}`);

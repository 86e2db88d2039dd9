// Shared jest settings: TypeScript through SWC (decorator metadata on), @siapkerja/* aliases to sources.
const path = require('node:path');
const fs = require('node:fs');
const root = __dirname;
const swcrc = JSON.parse(fs.readFileSync(path.join(root, '.swcrc'), 'utf8'));
delete swcrc.$schema;
swcrc.sourceMaps = 'inline';
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['@swc/jest', { ...swcrc, swcrc: false }],
    // jose ships ES modules only: compiled to CommonJS like our sources
    '^.+/node_modules/jose/.+\\.js$': ['@swc/jest', { ...swcrc, swcrc: false, jsc: { ...swcrc.jsc, parser: { syntax: 'ecmascript' } } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: { '^@siapkerja/([a-z-]+)$': path.join(root, 'libs/$1/src/index.ts') },
  setupFiles: [path.join(root, 'tools/jest/setup.js')],
  reporters: ['default', path.join(root, 'tools/jest/summary-reporter.js')],
};

const base = require('../../jest.service-preset.js')(__dirname);
module.exports = { ...base, testMatch: ['<rootDir>/**/*.e2e-spec.ts'], testTimeout: 240000 };

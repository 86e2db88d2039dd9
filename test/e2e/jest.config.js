const base = require('../../jest.service-preset.js')(__dirname);
module.exports = {
  ...base,
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
  testTimeout: 240000,
  // one worker process, replaced after a test file once it holds more than this: run in band, the process kept every
  // earlier file's platform garbage (1.8 GB by the 50,000-record import, whose memory samples force a GC every second:
  // that import then took over 15 minutes instead of under one)
  workerIdleMemoryLimit: '700MB',
};

const base = require('../../jest.service-preset.js')(__dirname);
module.exports = {
  ...base,
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
  testTimeout: 240000,
  // a worker process is replaced after a test file once it holds more than this: run in band, the process kept every
  // earlier file's platform garbage (1.8 GB by the 50,000-record import, whose memory samples then forced a GC every second:
  // that import then took over 15 minutes instead of under one)
  workerIdleMemoryLimit: '400MB',
  // two test files at once (each suite starts its own platform: its own databases, topics and ports): on 2 cores the e2e
  // run took 378 s instead of 743 s, as most of a suite's time is waiting on PostgreSQL, Kafka and gRPC, not computing
  maxWorkers: 2,
};

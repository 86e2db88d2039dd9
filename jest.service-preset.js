// Jest settings for a service: unit specs next to the code, integration specs in test/ against
// real PostgreSQL and a real Kafka broker (started by the global setup when KAFKA_BROKERS is unset).
const path = require('node:path');
module.exports = (dir) => ({
  ...require('./jest.preset.js'),
  rootDir: dir,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: path.join(__dirname, 'tools/jest/global-setup.js'),
  globalTeardown: path.join(__dirname, 'tools/jest/global-teardown.js'),
  testTimeout: 120000,
  maxWorkers: 1,
});

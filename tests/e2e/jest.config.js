/**
 * Browser tests (`npm run test:e2e`), apart from `npm test`: they need the admin panel built
 * (`npm run build`) and Debian's chromium. One app serves every suite, started by global-setup.
 */
const path = require('node:path');

module.exports = {
  rootDir: path.resolve(__dirname, '..', '..'),
  roots: ['<rootDir>/tests/e2e'],
  testMatch: ['**/*.e2e.js'],
  testEnvironment: 'node',
  globalSetup: '<rootDir>/tests/e2e/global-setup.js',
  globalTeardown: '<rootDir>/tests/e2e/global-teardown.js',
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.tmp/', '<rootDir>/.strapi/'],
  testTimeout: 240000,
  maxWorkers: 1,
  verbose: true,
};

// One Jest run for the API and shared code. SWC compiles TypeScript (keeping decorator metadata,
// which Nest and code-first GraphQL need) and rewrites the @mace/* path aliases itself, so the
// global setup resolves them too.
const { resolve } = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    baseUrl: resolve(__dirname),
    paths: compilerOptions.paths,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/libs/web/', '<rootDir>/apps/web'],
  globalSetup: '<rootDir>/libs/api/testing/src/database/global-setup.ts',
  globalTeardown: '<rootDir>/libs/api/testing/src/database/global-teardown.ts',
  testTimeout: 30000,
  maxWorkers: 2,
};

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

// Packages published as ES modules only. Node runs them through require(esm), which Jest supports
// only from Node 24.9; until then Jest compiles them to CommonJS like our own code.
const esmOnlyPackages = ['@nestjs/schedule'];
const esmToCommonJs = { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } };

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['@swc/jest', swc],
    [`/node_modules/(${esmOnlyPackages.join('|')})/.+\\.js$`]: ['@swc/jest', esmToCommonJs],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnlyPackages.join('|')})/)`],
  testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'],
  // Web libs' pure logic (*.spec.ts) runs here too; components (.tsx) are not unit-tested in Jest.
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/apps/web'],
  globalSetup: '<rootDir>/libs/api/testing/src/database/global-setup.ts',
  globalTeardown: '<rootDir>/libs/api/testing/src/database/global-teardown.ts',
  testTimeout: 30000,
  maxWorkers: 2,
};

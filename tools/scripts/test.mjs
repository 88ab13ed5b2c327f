#!/usr/bin/env node
// `npm test`: unit and integration tests on the embedded PGlite engine, or on a Postgres server
// when TEST_DATABASE_URL is set. PGlite loads its WebAssembly through dynamic import, which Jest
// only allows with --experimental-vm-modules.
import { spawnSync } from 'node:child_process';

const args = ['--experimental-vm-modules', '--no-warnings', 'node_modules/jest/bin/jest.js', ...process.argv.slice(2)];
const engine = process.env.TEST_DATABASE_URL ? `Postgres server (${new URL(process.env.TEST_DATABASE_URL).host})` : 'embedded PGlite';
console.log(`Running tests on ${engine}`);
const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
process.exit(result.status ?? 1);

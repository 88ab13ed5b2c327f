#!/usr/bin/env node
// `npm start`: build what is out of date (Nx caches, so a second start builds nothing), then run
// the API, which serves the web client at / and GraphQL at /graphql from one process.
// The Docker image uses this same script; it has no Nx and starts from its prebuilt dist/.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const MAIN = 'dist/apps/api/apps/api/src/main.js';
const require = createRequire(import.meta.url);

function nxAvailable() {
  try {
    require.resolve('nx/bin/nx.js');
    return true;
  } catch {
    return false;
  }
}

if (nxAvailable()) {
  console.log('Building the API and the web client (cached after the first time)...');
  const build = spawnSync(process.execPath, [require.resolve('nx/bin/nx.js'), 'run-many', '-t', 'build', '--projects=api,web', '--output-style=stream'], {
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
} else if (!existsSync(MAIN)) {
  console.error(`${MAIN} is missing and Nx is not installed to build it. Run npm ci first.`);
  process.exit(1);
}

const args = existsSync('.env') ? ['--env-file=.env', MAIN] : [MAIN];
const api = spawn(process.execPath, args, { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

#!/usr/bin/env node
// Browser journeys against the app as `npm start` runs it (start.mjs builds what changed), starts the API (which
// serves the web client) on a free port with a fresh embedded database, waits until it is ready,
// runs apps/web-e2e, then stops the server. Exits with the journeys' exit code.
//
// To run the journeys against a server you started yourself instead:
//   BASE_URL=http://localhost:3000 node --test --test-concurrency=1 apps/web-e2e/src/
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const artifacts = join(root, 'apps/web-e2e/artifacts');
const serverLog = join(artifacts, 'server.log');
const READY_TIMEOUT_MS = 90_000;

function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

function startServer(port, dataDir) {
  mkdirSync(artifacts, { recursive: true });
  const log = createWriteStream(serverLog);
  // Its own process group, so stopping it also stops whatever start.mjs spawned.
  const server = spawn(process.execPath, ['tools/scripts/start.mjs'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: String(port), PGLITE_DATA_DIR: dataDir },
  });
  server.stdout.pipe(log);
  server.stderr.pipe(log);
  return server;
}

function tailOfLog(lines = 30) {
  if (!existsSync(serverLog)) return '(no server output)';
  return readFileSync(serverLog, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

async function waitUntilReady(baseUrl, server) {
  const started = Date.now();
  let lastReport = started;

  while (Date.now() - started < READY_TIMEOUT_MS) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`the server stopped before it was ready (${server.signalCode ?? `exit code ${server.exitCode}`})`);
    }
    try {
      const response = await fetch(`${baseUrl}/health/ready`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) {
        console.log(`e2e: server ready after ${Math.round((Date.now() - started) / 1000)} s`);
        return;
      }
    } catch {
      // Not listening yet.
    }
    if (Date.now() - lastReport >= 5_000) {
      lastReport = Date.now();
      console.log(`e2e: waiting for ${baseUrl}/health/ready (${Math.round((lastReport - started) / 1000)} s)`);
    }
    await new Promise((wake) => setTimeout(wake, 500));
  }
  throw new Error(`the server was not ready within ${READY_TIMEOUT_MS / 1000} s`);
}

function stopServer(server) {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => signalGroup(server, 'SIGKILL'), 10_000);
    server.once('exit', () => {
      clearTimeout(force);
      done();
    });
    signalGroup(server, 'SIGTERM');
  });
}

function signalGroup(server, signal) {
  try {
    process.kill(-server.pid, signal);
  } catch {
    // Already gone.
  }
}

function runJourneys(baseUrl) {
  return new Promise((done) => {
    const journeys = spawn(process.execPath, ['--test', '--test-concurrency=1', 'apps/web-e2e/src/'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, BASE_URL: baseUrl },
    });
    journeys.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

const port = await freePort();
const baseUrl = `http://localhost:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'mace-e2e-pglite-'));
console.log(`e2e: starting the app on port ${port} with a fresh database in ${dataDir} (log: ${serverLog})`);
const server = startServer(port, dataDir);

async function cleanUp() {
  await stopServer(server);
  rmSync(dataDir, { recursive: true, force: true });
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    cleanUp().finally(() => process.exit(130));
  });
}

let exitCode = 1;
try {
  await waitUntilReady(baseUrl, server);
  exitCode = await runJourneys(baseUrl);
} catch (error) {
  console.error(`e2e: ${error.message}\n--- last lines of ${serverLog} ---\n${tailOfLog()}`);
} finally {
  await cleanUp();
}
console.log(`e2e: screenshots in ${artifacts}`);
process.exit(exitCode);

#!/usr/bin/env node
// `npm run bench:agenda`: build the API (cached), create a fresh database on the local Postgres
// server, generate the force dataset into it, run the agenda benchmark, then drop the database.
//   BENCH_SERVER_URL (default postgres://postgres:postgres@127.0.0.1:5432/postgres) names the server
//   and a database to connect to while creating and dropping the benchmark's own.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { runAgendaBench, printFigures } from './agenda-bench.mjs';
import { pgClient } from './database.mjs';
import { generateForceDataset } from './generate-force-dataset.mjs';

const require = createRequire(import.meta.url);
const server = new URL(process.env.BENCH_SERVER_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres');
const name = `mace_bench_${Date.now()}`;
const benchUrl = new URL(server);
benchUrl.pathname = `/${name}`;

async function admin(sql) {
  const client = pgClient(server.toString());
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

console.error('Building the API (cached after the first time)...');
const build = spawnSync(process.execPath, [require.resolve('nx/bin/nx.js'), 'build', 'api', '--output-style=stream'], {
  stdio: 'inherit',
  env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
});
if (build.status !== 0) process.exit(build.status ?? 1);

let exitCode = 1;
await admin(`CREATE DATABASE ${name}`);
console.error(`Created database ${name}`);
try {
  const dataset = await generateForceDataset(benchUrl.toString());
  const { figures, ok } = await runAgendaBench({ databaseUrl: benchUrl.toString(), meetingId: dataset.meetingId });
  console.log(`\nDataset: ${JSON.stringify(dataset.counts)} (generated in ${dataset.generatedInMs} ms)`);
  printFigures(figures);
  exitCode = ok ? 0 : 1;
  if (!ok) console.error('\nSome requests failed.');
} catch (error) {
  console.error(`The agenda benchmark could not run: ${error.message}`);
} finally {
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  console.error(`Dropped database ${name}`);
}
process.exit(exitCode);

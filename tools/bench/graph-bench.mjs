#!/usr/bin/env node
// `npm run bench:graph`: build the API (cached), create a fresh database on the local Postgres
// server, generate the graph force into it (graph-generate.mjs), then time the two-hop linkGraph
// around 50 varied subjects (persons, children, busy hotels and other places, vehicles, networks),
// GRAPH_ROUNDS times each (default 5), one request at a time through the real API, and print
// p50/p95 and the SQL statements per graph request. The database is dropped at the end.
//   BENCH_SERVER_URL (default postgres://postgres:postgres@127.0.0.1:5432/postgres)
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { percentile, post, signIn, startApi } from './agenda-bench.mjs';
import { pgClient } from './database.mjs';
import { generateGraphDataset } from './graph-generate.mjs';

const require = createRequire(import.meta.url);
const server = new URL(process.env.BENCH_SERVER_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres');
const rounds = Number(process.env.GRAPH_ROUNDS ?? 5);
const name = `mace_graph_bench_${Date.now()}`;
const benchUrl = new URL(server);
benchUrl.pathname = `/${name}`;

export const GRAPH_QUERY = `query Graph($s: EntityRefInput!) { linkGraph(subject: $s, depth: 2) {
  centre { id label } truncated nodes { depth ref { kind id label detail } }
  links { id relation validFrom validTo confidence createdBy createdAt from { id } to { id } } } }`;

/** 50 subjects: 20 persons, 10 children, 5 busy hotels, 5 other places, 5 vehicles, 5 networks. */
const SUBJECTS_SQL = `
  (SELECT 'PERSON' AS kind, p.id::text FROM person_of_concern p JOIN link l ON l.from_id = p.id GROUP BY p.id ORDER BY md5(p.id::text) LIMIT 20)
  UNION ALL (SELECT 'CHILD', c.id::text FROM child c WHERE EXISTS (SELECT 1 FROM link l WHERE l.from_id = c.id) ORDER BY md5(c.id::text) LIMIT 10)
  UNION ALL (SELECT 'LOCATION', id::text FROM location WHERE name IN ('Bench place 1','Bench place 2','Bench place 3','Bench place 4','Bench place 5'))
  UNION ALL (SELECT 'LOCATION', id::text FROM location WHERE name LIKE 'Bench place 1__' ORDER BY name LIMIT 5)
  UNION ALL (SELECT 'VEHICLE', id::text FROM vehicle ORDER BY registration LIMIT 5)
  UNION ALL (SELECT 'NETWORK', id::text FROM network ORDER BY name LIMIT 5)`;

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
let api;
try {
  const dataset = await generateGraphDataset(benchUrl.toString());
  const client = pgClient(benchUrl.toString());
  await client.connect();
  const subjects = (await client.query(SUBJECTS_SQL)).rows;
  await client.end();
  api = await startApi(benchUrl.toString());
  const cookie = await signIn(api.url, dataset.spocEmail, dataset.spocPassword);
  const latencies = [];
  const statements = new Set();
  const sizes = [];
  let errors = 0;
  let truncated = 0;
  for (let round = 0; round < rounds; round++) {
    for (const subject of subjects) {
      const before = await api.statementCount();
      const started = performance.now();
      const { json } = await post(api.url, { query: GRAPH_QUERY, variables: { s: subject } }, cookie);
      latencies.push(performance.now() - started);
      statements.add((await api.statementCount()) - before);
      if (json.errors) {
        errors++;
        console.error(JSON.stringify(json.errors[0]));
        continue;
      }
      if (round === 0) {
        sizes.push(json.data.linkGraph.nodes.length);
        if (json.data.linkGraph.truncated) truncated++;
      }
    }
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  const sortedSizes = [...sizes].sort((a, b) => a - b);
  const figures = {
    dataset: dataset.counts,
    subjects: subjects.length,
    requests: latencies.length,
    errors,
    p50Ms: Math.round(percentile(sorted, 50)),
    p95Ms: Math.round(percentile(sorted, 95)),
    maxMs: Math.round(sorted[sorted.length - 1]),
    statementsPerGraph: [...statements].sort((a, b) => a - b),
    nodesPerGraph: { min: sortedSizes[0], median: percentile(sortedSizes, 50), max: sortedSizes[sortedSizes.length - 1] },
    truncatedGraphs: truncated,
  };
  console.log(JSON.stringify(figures, null, 2));
  exitCode = errors === 0 ? 0 : 1;
} catch (error) {
  console.error(`Graph benchmark failed: ${error.stack ?? error.message}`);
} finally {
  if (api) await api.stop();
  await admin(`DROP DATABASE IF EXISTS ${name}`).catch((error) => console.error(`Could not drop ${name}: ${error.message}`));
}
process.exit(exitCode);

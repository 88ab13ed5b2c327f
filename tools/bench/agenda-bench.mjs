#!/usr/bin/env node
// The agenda benchmark: 20 concurrent clients POST the 60-child agenda query for ~20 s with
// autocannon, signed in as the district's chair; prints p50/p95 latency, requests/s, errors and
// non-2xx responses, and the SQL statements one agenda request sends. Exits non-zero if any
// request failed (network error, timeout, non-2xx or a GraphQL error).
//   DATABASE_URL=postgres://.../<generated db> node tools/bench/agenda-bench.mjs   (starts the built API)
//   BENCH_API_URL=http://localhost:3000 node tools/bench/agenda-bench.mjs            (uses a running API)
// Other settings: BENCH_MEETING_ID, BENCH_EMAIL, BENCH_PASSWORD, BENCH_CONNECTIONS (20), BENCH_SECONDS (20).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { API_MAIN, pgClient, requireBuiltApi } from './database.mjs';
import { BENCH_MEETING_ID_SQL, CHAIR_PASSWORD, chairEmail } from './force-dataset.sql.mjs';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');

export const AGENDA_QUERY = `query Agenda($id: ID!) { meeting(id: $id) { id title status agenda { id position title visibility reasons { rule detail } presenterAgency { name } timeboxMinutes child { id riskLevel } } } }`;
const LOGIN = `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { expiresAt } }`;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Start the built API on a free port against `databaseUrl`, counting its SQL statements. */
export async function startApi(databaseUrl) {
  requireBuiltApi();
  const port = await freePort();
  const counterPort = await freePort();
  const api = spawn(process.execPath, ['--import', new URL('./count-pg-queries.mjs', import.meta.url).href, API_MAIN], {
    env: {
      ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), BENCH_COUNTER_PORT: String(counterPort),
      NODE_ENV: 'production', SEED_DEMO_DATA: 'false', LOG_LEVEL: 'warn',
    },
    // The API's request log is not the benchmark's output; start-up failures arrive on stderr.
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  api.stderr.on('data', (chunk) => {
    stderr += chunk.toString();
    process.stderr.write(chunk);
  });
  const exited = new Promise((resolve) => api.once('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    if (api.exitCode !== null) throw new Error(`the API stopped while starting: ${stderr.trim()}`);
    try {
      if ((await fetch(`${url}/health/ready`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (tries > 120) {
      api.kill('SIGTERM');
      throw new Error('the API did not become ready within 60 s');
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  /** The number of SQL statements the API has sent so far. */
  const statementCount = async () => Number(await (await fetch(`http://127.0.0.1:${counterPort}/`)).text());
  const stop = async () => {
    api.kill('SIGTERM');
    await exited;
  };
  return { url, statementCount, stop };
}

export async function post(url, body, cookie) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
  return { response, json: await response.json() };
}

export async function signIn(url, email, password) {
  const { response, json } = await post(url, { query: LOGIN, variables: { email, password } });
  if (json.errors) throw new Error(`could not sign in as ${email}: ${json.errors[0].message}`);
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  if (!cookie) throw new Error('the login set no session cookie');
  return cookie;
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function runAutocannon(options) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    let graphqlErrors = 0;
    const instance = autocannon(
      {
        ...options,
        requests: [{ ...options.request, onResponse: (status, body) => { if (status === 200 && body.includes('"errors":[')) graphqlErrors++; } }],
      },
      (error, result) => (error ? reject(error) : resolve({ result, latencies, graphqlErrors })),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

/** The benchmark itself; returns the figures and whether every request succeeded. */
export async function runAgendaBench(settings = {}) {
  const connections = Number(settings.connections ?? process.env.BENCH_CONNECTIONS ?? 20);
  const seconds = Number(settings.seconds ?? process.env.BENCH_SECONDS ?? 20);
  const email = settings.email ?? process.env.BENCH_EMAIL ?? chairEmail(1);
  const password = settings.password ?? process.env.BENCH_PASSWORD ?? CHAIR_PASSWORD;
  const databaseUrl = settings.databaseUrl ?? process.env.DATABASE_URL;
  const apiUrl = settings.apiUrl ?? process.env.BENCH_API_URL;
  if (!apiUrl && !databaseUrl) throw new Error('set DATABASE_URL (the generated database) or BENCH_API_URL (a running API)');

  let meetingId = settings.meetingId ?? process.env.BENCH_MEETING_ID;
  if (!meetingId) {
    const client = pgClient(databaseUrl ?? 'postgres://invalid');
    if (!databaseUrl) throw new Error('set BENCH_MEETING_ID when using BENCH_API_URL without DATABASE_URL');
    await client.connect();
    meetingId = (await client.query(BENCH_MEETING_ID_SQL)).rows[0].id;
    await client.end();
  }

  const api = apiUrl ? { url: apiUrl.replace(/\/$/, ''), statementCount: async () => undefined, stop: async () => undefined } : await startApi(databaseUrl);
  try {
    const cookie = await signIn(api.url, email, password);
    const body = { query: AGENDA_QUERY, variables: { id: meetingId } };
    // One request first: it must work, and it gives the statement count of a single agenda request.
    const before = await api.statementCount();
    const { response, json } = await post(api.url, body, cookie);
    const after = await api.statementCount();
    if (!response.ok || json.errors) {
      throw new Error(`the agenda query failed (HTTP ${response.status}): ${json.errors?.[0]?.message ?? 'no data'}`);
    }
    const agenda = json.data.meeting.agenda;
    const items = agenda.length;
    const fullItems = agenda.filter((item) => item.visibility === 'FULL' && item.child).length;
    const { result, latencies, graphqlErrors } = await runAutocannon({
      url: `${api.url}/graphql`,
      connections,
      duration: seconds,
      request: { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) },
    });
    latencies.sort((a, b) => a - b);
    const figures = {
      agendaItems: items,
      fullItems,
      connections,
      seconds,
      requests: result.requests.total,
      requestsPerSecond: Math.round(result.requests.average * 10) / 10,
      p50Ms: percentile(latencies, 50),
      p95Ms: percentile(latencies, 95),
      p99Ms: percentile(latencies, 99),
      maxMs: result.latency.max,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      graphqlErrors,
      sqlStatementsPerRequest: before !== undefined && after !== undefined ? after - before : null,
    };
    const ok = figures.errors === 0 && figures.timeouts === 0 && figures.non2xx === 0 && graphqlErrors === 0 && figures.requests > 0;
    return { figures, ok };
  } finally {
    await api.stop();
  }
}

export function printFigures(figures) {
  const round = (ms) => (Number.isFinite(ms) ? ms.toFixed(1) : 'n/a');
  const rows = [
    ['Agenda items (with case details)', `${figures.agendaItems} (${figures.fullItems})`],
    ['Concurrent connections', figures.connections],
    ['Duration (s)', figures.seconds],
    ['Requests', figures.requests],
    ['Requests/s (mean)', figures.requestsPerSecond],
    ['Latency p50 (ms)', round(figures.p50Ms)],
    ['Latency p95 (ms)', round(figures.p95Ms)],
    ['Latency p99 (ms)', round(figures.p99Ms)],
    ['Latency max (ms)', round(figures.maxMs)],
    ['Errors / timeouts', `${figures.errors} / ${figures.timeouts}`],
    ['Non-2xx responses', figures.non2xx],
    ['GraphQL errors', figures.graphqlErrors],
    ['SQL statements per agenda request', figures.sqlStatementsPerRequest ?? 'n/a (running API)'],
  ];
  console.log('\n| Measure | Value |\n|---|---|');
  for (const [name, value] of rows) console.log(`| ${name} | ${value} |`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runAgendaBench()
    .then(({ figures, ok }) => {
      printFigures(figures);
      if (!ok) {
        console.error('\nSome requests failed.');
        process.exit(1);
      }
    })
    .catch((error) => {
      console.error(`The agenda benchmark could not run: ${error.message}`);
      process.exit(1);
    });
}

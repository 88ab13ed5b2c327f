#!/usr/bin/env node
// Generate one force for the agenda benchmark into an EMPTY database at DATABASE_URL: migrate it
// with the app's migrations, then 4 districts with their agencies and users (a chair per district,
// password below), 3,000 children with risk history and involvement, 40,000 actions (some
// overdue), a weekly MACE type per district and one upcoming meeting with a 60-child agenda.
// Deterministic and invented. Prints the counts and the benchmark meeting's id as JSON.
//   DATABASE_URL=postgres://... node tools/bench/generate-force-dataset.mjs
import { createRequire } from 'node:module';
import { BENCH_MEETING_ID_SQL, CHAIR_PASSWORD, chairEmail, COUNTS_SQL, datasetStatements } from './force-dataset.sql.mjs';
import { migrate, pgClient } from './database.mjs';

const require = createRequire(import.meta.url);

export async function generateForceDataset(databaseUrl, log = (line) => console.error(line)) {
  const started = Date.now();
  const migrations = await migrate(databaseUrl);
  log(`Migrated (${migrations.length} migrations) in ${Date.now() - started} ms`);
  const client = pgClient(databaseUrl);
  await client.connect();
  try {
    const [{ districts }] = (await client.query('SELECT count(*)::int AS districts FROM district')).rows;
    if (districts > 0) throw new Error('the database is not empty: generate into a fresh database');
    const argon2 = require('argon2');
    // The app's own hashing (argon2id), so the chair signs in through the real login.
    const passwordHash = await argon2.hash(CHAIR_PASSWORD, { type: argon2.argon2id });
    const generating = Date.now();
    await client.query('BEGIN');
    for (const statement of datasetStatements()) {
      await client.query(statement, statement.includes('$1') ? [passwordHash] : []);
    }
    await client.query('COMMIT');
    await client.query('ANALYZE');
    const [counts] = (await client.query(COUNTS_SQL)).rows;
    const [{ id }] = (await client.query(BENCH_MEETING_ID_SQL)).rows;
    const result = { meetingId: id, chairEmail: chairEmail(1), chairPassword: CHAIR_PASSWORD, generatedInMs: Date.now() - generating, counts };
    log(`Generated in ${result.generatedInMs} ms: ${JSON.stringify(counts)}`);
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error('Set DATABASE_URL to an empty Postgres database.');
    process.exit(1);
  }
  generateForceDataset(databaseUrl)
    .then((result) => console.log(JSON.stringify(result, null, 2)))
    .catch((error) => {
      console.error(`Could not generate the dataset: ${error.message}`);
      process.exit(1);
    });
}

#!/usr/bin/env node
// Generate the link-graph benchmark's force into an EMPTY database at DATABASE_URL: the agenda
// benchmark's force (4 districts, 3,000 children, ...) plus a police SPOC covering every district,
// 5,000 persons of concern, 2,000 locations (20 of them busy hotels), 1,500 vehicles, 1,500 online
// identifiers, 100 networks and 30,000 links between them and the children. Deterministic and
// invented. Prints the counts and the SPOC's sign-in as JSON.
//   DATABASE_URL=postgres://... node tools/bench/graph-generate.mjs
import { createRequire } from 'node:module';
import { pgClient } from './database.mjs';
import { generateForceDataset } from './generate-force-dataset.mjs';
import { CHAIR_PASSWORD } from './force-dataset.sql.mjs';

const require = createRequire(import.meta.url);
export const SPOC_EMAIL = 'bench.spoc@example.org';
export const SPOC_PASSWORD = CHAIR_PASSWORD;

/** A deterministic uuid for a text: md5 shaped as a version-4 uuid (the API accepts RFC uuids only). */
const v4 = (text) => `overlay(overlay(md5(${text}) placing '4' from 13) placing '8' from 17)::uuid`;
const uid = (what, n) => v4(`'${what}-' || ${n}`);
const D = `(SELECT array_agg(id ORDER BY name) FROM district)`;

export function graphStatements() {
  return [
    `INSERT INTO agency (id, name, kind, district_id) SELECT ${uid('agency', 0)}, 'Bench police', 'POLICE', (${D})[1]`,
    `INSERT INTO user_account (id, email, display_name, password_hash, agency_id, roles)
     VALUES (${uid('spoc', 0)}, '${SPOC_EMAIL}', 'Bench SPOC', $1, ${uid('agency', 0)}, ARRAY['POLICE_SPOC'])`,
    `INSERT INTO user_district (user_id, district_id) SELECT ${uid('spoc', 0)}, id FROM district`,
    `INSERT INTO person_of_concern (id, district_id, given_name, family_name, aliases, created_by_user_id)
     SELECT ${uid('person', 'n')}, (${D})[1 + n % 4], 'Bench', 'Person ' || n, ARRAY['Alias ' || n], ${uid('spoc', 0)}
     FROM generate_series(1, 5000) n`,
    `INSERT INTO location (id, district_id, type, name, postcode, postcode_normalised, created_by_user_id)
     SELECT ${uid('location', 'n')}, (${D})[1 + n % 4], CASE WHEN n <= 200 THEN 'HOTEL' WHEN n % 3 = 0 THEN 'PARK' ELSE 'ADDRESS' END,
            'Bench place ' || n, 'ZZ' || (n % 99) || ' ' || (n % 9) || 'AB', 'ZZ' || (n % 99) || (n % 9) || 'AB', ${uid('spoc', 0)}
     FROM generate_series(1, 2000) n`,
    `INSERT INTO vehicle (id, registration, registration_normalised, colour, make, model, created_by_user_id)
     SELECT ${uid('vehicle', 'n')}, 'BN' || lpad(n::text, 4, '0') || ' ZZZ', 'BN' || lpad(n::text, 4, '0') || 'ZZZ', 'silver', 'Ford', 'Focus', ${uid('spoc', 0)}
     FROM generate_series(1, 1500) n`,
    `INSERT INTO online_identifier (id, kind, platform, value, value_normalised, created_by_user_id)
     SELECT ${uid('identifier', 'n')}, 'HANDLE', 'SNAPCHAT', '@bench_' || n, 'bench_' || n, ${uid('spoc', 0)} FROM generate_series(1, 1500) n`,
    `INSERT INTO network (id, district_id, name, model, group_based_cse, created_by_user_id)
     SELECT ${uid('network', 'n')}, (${D})[1 + n % 4], 'Bench network ' || n, 'ORGANISED_NETWORK', n % 4 = 0, ${uid('spoc', 0)}
     FROM generate_series(1, 100) n`,
    // 30,000 links. Children are numbered by id; hubs: every tenth place link goes to one of 20 busy hotels.
    `WITH c AS (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM child),
     spec AS (
       SELECT n, 'CHILD' AS fk, 'c' AS ft, 1 + (n * 7919) % 3000 AS fi, 'PERSON' AS tk, 1 + (n * 104729) % 5000 AS ti, 'ASSOCIATE_OF' AS rel FROM generate_series(1, 8000) n
       UNION ALL SELECT n, 'PERSON', 'p', 1 + (n * 7919) % 5000, 'PERSON', 1 + (n * 31 + 17) % 5000, 'ASSOCIATE_OF' FROM generate_series(8001, 14000) n
       UNION ALL SELECT n, 'PERSON', 'p', 1 + (n * 7919) % 5000, 'LOCATION', CASE WHEN n % 10 = 0 THEN 1 + n % 20 ELSE 1 + (n * 13) % 2000 END, 'FREQUENTS' FROM generate_series(14001, 20000) n
       UNION ALL SELECT n, 'CHILD', 'c', 1 + (n * 7919) % 3000, 'LOCATION', CASE WHEN n % 10 = 0 THEN 1 + n % 20 ELSE 1 + (n * 13) % 2000 END, 'FOUND_AT' FROM generate_series(20001, 24000) n
       UNION ALL SELECT n, 'PERSON', 'p', 1 + (n * 7919) % 5000, 'VEHICLE', 1 + n % 1500, 'USES_VEHICLE' FROM generate_series(24001, 27000) n
       UNION ALL SELECT n, 'PERSON', 'p', 1 + (n * 7919) % 5000, 'IDENTIFIER', 1 + n % 1500, 'USES_ACCOUNT' FROM generate_series(27001, 28500) n
       UNION ALL SELECT n, 'PERSON', 'p', 1 + (n * 7919) % 5000, 'NETWORK', 1 + n % 100, 'MEMBER_OF' FROM generate_series(28501, 30000) n
     )
     INSERT INTO link (from_kind, from_id, to_kind, to_id, relation, confidence, valid_from, created_by_user_id)
     SELECT s.fk, CASE WHEN s.ft = 'c' THEN (SELECT id FROM c WHERE c.rn = s.fi) ELSE ${v4("'person-' || s.fi")} END,
            s.tk, ${v4(`lower(CASE s.tk WHEN 'PERSON' THEN 'person' WHEN 'LOCATION' THEN 'location' WHEN 'VEHICLE' THEN 'vehicle'
              WHEN 'IDENTIFIER' THEN 'identifier' ELSE 'network' END) || '-' || CASE WHEN s.tk = 'PERSON' AND s.ft = 'p' AND s.ti = s.fi THEN s.ti % 5000 + 1 ELSE s.ti END`)},
            s.rel, 'PROBABLE', date '2025-01-01' + (s.n % 700), ${uid('spoc', 0)}
     FROM spec s`,
  ];
}

export const GRAPH_COUNTS_SQL = `SELECT (SELECT count(*)::int FROM child) AS children, (SELECT count(*)::int FROM person_of_concern) AS persons,
  (SELECT count(*)::int FROM location) AS locations, (SELECT count(*)::int FROM vehicle) AS vehicles,
  (SELECT count(*)::int FROM online_identifier) AS identifiers, (SELECT count(*)::int FROM network) AS networks,
  (SELECT count(*)::int FROM link) AS links`;

export async function generateGraphDataset(databaseUrl, log = (line) => console.error(line)) {
  await generateForceDataset(databaseUrl, log);
  const client = pgClient(databaseUrl);
  await client.connect();
  try {
    const argon2 = require('argon2');
    const passwordHash = await argon2.hash(SPOC_PASSWORD, { type: argon2.argon2id });
    const started = Date.now();
    await client.query('BEGIN');
    for (const statement of graphStatements()) await client.query(statement, statement.includes('$1') ? [passwordHash] : []);
    await client.query('COMMIT');
    await client.query('ANALYZE');
    const [counts] = (await client.query(GRAPH_COUNTS_SQL)).rows;
    log(`Intelligence records generated in ${Date.now() - started} ms: ${JSON.stringify(counts)}`);
    return { spocEmail: SPOC_EMAIL, spocPassword: SPOC_PASSWORD, counts };
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
  generateGraphDataset(databaseUrl)
    .then((result) => console.log(JSON.stringify(result, null, 2)))
    .catch((error) => {
      console.error(`Could not generate the dataset: ${error.message}`);
      process.exit(1);
    });
}

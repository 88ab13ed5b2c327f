import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { DatabaseTarget } from '@mace/api-core';

/**
 * Each test file gets a database of its own, copied from a template migrated once per run by the
 * global setup: a PGlite data-directory dump, or a Postgres template database on a server.
 */
export function newTemplateNames() {
  return { file: join(tmpdir(), `mace-test-template-${process.pid}.tar`), database: `mace_test_template_${process.pid}` };
}

export function serverUrl(database: string): string {
  const url = new URL(process.env.TEST_DATABASE_URL as string);
  url.pathname = `/${database}`;
  return url.toString();
}

export interface TestDatabase {
  target: DatabaseTarget;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (!process.env.TEST_DATABASE_URL) {
    return {
      target: { pgliteDataDir: 'memory://', pgliteLoadDataDir: new Blob([readFileSync(requiredEnv('MACE_TEST_PGLITE_TEMPLATE'))]) },
      drop: async () => undefined,
    };
  }
  const name = `mace_test_${randomBytes(6).toString('hex')}`;
  await onServer(`CREATE DATABASE ${name} TEMPLATE ${requiredEnv('MACE_TEST_SERVER_TEMPLATE')}`);
  return {
    target: { databaseUrl: serverUrl(name) },
    drop: () => onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

export async function onServer(sql: string): Promise<void> {
  const client = new Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Set by the global setup; missing means the tests were started without it. */
function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through jest.config.js (npm test)`);
  return value;
}

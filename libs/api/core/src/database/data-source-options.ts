import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { MIGRATIONS } from './migrations';
import { serialPGliteDriver } from './serial-pglite-driver';

export interface DatabaseTarget {
  /** A Postgres server; when absent the embedded PGlite engine is used. */
  databaseUrl?: string;
  /** Where PGlite keeps its files; `memory://` keeps nothing. */
  pgliteDataDir?: string;
  /** A PGlite data directory dump to start from (tests load a migrated template this way). */
  pgliteLoadDataDir?: Blob;
}

/**
 * The one data source definition, shared by the app, the migration runner and the tests.
 * Both engines run the same migrations; `synchronize` is never on.
 */
export function dataSourceOptions(target: DatabaseTarget): DataSourceOptions {
  const common = {
    type: 'postgres' as const,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    synchronize: false,
    installExtensions: false,
    entities: [],
  };
  if (target.databaseUrl) {
    return { ...common, url: target.databaseUrl, extra: { max: 10, connectionTimeoutMillis: 5000 } };
  }
  const dataDir = target.pgliteDataDir ?? 'memory://';
  if (!dataDir.startsWith('memory://')) mkdirSync(resolve(dataDir), { recursive: true });
  const driver = serialPGliteDriver({
    dataDir: dataDir.startsWith('memory://') ? dataDir : resolve(dataDir),
    loadDataDir: target.pgliteLoadDataDir,
    // The same extensions the server offers: trigram and phonetic matching for child search.
    extensions: { pg_trgm, fuzzystrmatch },
  });
  return { ...common, driver };
}

export function describeTarget(target: DatabaseTarget): string {
  if (!target.databaseUrl) return `embedded PGlite at ${target.pgliteDataDir ?? 'memory://'}`;
  const url = new URL(target.databaseUrl);
  return `Postgres server at ${url.hostname}:${url.port || 5432}${url.pathname}`;
}

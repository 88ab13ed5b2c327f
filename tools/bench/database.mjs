// Shared by the benchmark scripts: the built API's location, migrating a database with the app's
// own migrations, and a pg client.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
export const API_DIST = resolve('dist/apps/api');
export const API_MAIN = `${API_DIST}/apps/api/src/main.js`;

/** The built API is what the benchmark measures; build it once with `npx nx build api`. */
export function requireBuiltApi() {
  if (!existsSync(API_MAIN)) {
    console.error(`${API_MAIN} is missing: build the API first (npx nx build api).`);
    process.exit(1);
  }
}

export function pgClient(connectionString) {
  const { Client } = require('pg');
  return new Client({ connectionString });
}

/** Run the app's migrations (the same list and options the API boots with) against `databaseUrl`. */
export async function migrate(databaseUrl) {
  requireBuiltApi();
  const { DataSource } = require('typeorm');
  const { dataSourceOptions } = require(`${API_DIST}/libs/api/core/src/database/data-source-options.js`);
  const dataSource = new DataSource(dataSourceOptions({ databaseUrl }));
  await dataSource.initialize();
  try {
    return await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

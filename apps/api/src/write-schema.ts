import 'reflect-metadata';
import { loadAppConfig } from '@mace/api-core';
import { writeFileSync } from 'node:fs';
import { createApiApp } from './bootstrap/create-api-app';
import { printSortedSchema } from './bootstrap/print-schema';

/** Boot the API on a throwaway in-memory database and write the schema the client is generated from. */
async function writeSchema(target: string): Promise<void> {
  const config = loadAppConfig({ ...process.env, LOG_LEVEL: 'error', DATABASE_URL: '', WEB_DIST_DIR: '/nonexistent' });
  const app = await createApiApp(config, { pgliteDataDir: 'memory://' });
  await app.init();
  writeFileSync(target, printSortedSchema(app));
  await app.close();
}

writeSchema(process.argv[2] ?? 'apps/api/schema.gql').catch((error: unknown) => {
  process.stderr.write(`Could not write the schema: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

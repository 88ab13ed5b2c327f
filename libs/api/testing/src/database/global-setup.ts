import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { getPGliteInstance } from 'typeorm-pglite';
import { dataSourceOptions } from '@mace/api-core';
import { newTemplateNames, onServer, serverUrl } from './test-database';

/** Migrate one template database per test run; every test file then starts from a copy. */
export default async function globalSetup(): Promise<void> {
  const names = newTemplateNames();
  if (process.env.TEST_DATABASE_URL) {
    await onServer(`DROP DATABASE IF EXISTS ${names.database} WITH (FORCE)`);
    await onServer(`CREATE DATABASE ${names.database}`);
    const dataSource = new DataSource(dataSourceOptions({ databaseUrl: serverUrl(names.database) }));
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    await dataSource.destroy();
    process.env.MACE_TEST_SERVER_TEMPLATE = names.database;
    return;
  }
  const dataSource = new DataSource(dataSourceOptions({ pgliteDataDir: 'memory://' }));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  const pglite = await getPGliteInstance();
  const dump = await pglite.dumpDataDir('none');
  writeFileSync(names.file, Buffer.from(await dump.arrayBuffer()));
  await dataSource.destroy();
  process.env.MACE_TEST_PGLITE_TEMPLATE = names.file;
}

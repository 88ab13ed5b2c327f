import { rmSync } from 'node:fs';
import { onServer } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const { MACE_TEST_SERVER_TEMPLATE: database, MACE_TEST_PGLITE_TEMPLATE: file } = process.env;
  if (database) await onServer(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  if (file) rmSync(file, { force: true });
}

import 'reflect-metadata';
import { checkDatabaseReachable, ConfigError, describeTarget, loadAppConfig } from '@mace/api-core';
import { Logger } from 'nestjs-pino';
import { createApiApp } from './bootstrap/create-api-app';
import { seedIfEmpty } from './bootstrap/seed-if-empty';

/** Start-up problems end the process with one sentence, not a stack trace. */
function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const config = loadAppConfig(process.env);
  const database = { databaseUrl: config.DATABASE_URL, pgliteDataDir: config.PGLITE_DATA_DIR };
  await checkDatabaseReachable(config.DATABASE_URL);
  let app;
  try {
    app = await createApiApp(config, database);
    await app.init();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const setting = config.DATABASE_URL ? 'DATABASE_URL' : 'PGLITE_DATA_DIR';
    fail(`Could not start with the ${describeTarget(database)} (setting ${setting}): ${reason}.`);
  }
  await seedIfEmpty(app, config);
  await app.listen(config.PORT);
  app.get(Logger).log(`MACE case coordination is ready on http://localhost:${config.PORT} (${describeTarget(database)})`, 'Main');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) fail(error.message);
  fail(`Could not start: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}.`);
});

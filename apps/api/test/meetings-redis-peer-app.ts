import 'reflect-metadata';
import { loadAppConfig } from '@mace/api-core';
import { createTestDatabase } from '@mace/api-testing';
import { DataSource } from 'typeorm';
import { createApiApp } from '../src/bootstrap/create-api-app';
import { seedSharedMeeting, SharedMeetingIds } from './meetings-subscription-fixtures';

/**
 * API process B of the two-process test: its own database (a copy of the test template, on
 * whichever engine the run uses), the shared meeting seeded under the ids it was given, REDIS_URL
 * from the environment. It says `READY <port>` on stdout once listening, and closes on SIGTERM.
 */
async function main(): Promise<void> {
  const ids = JSON.parse(process.env['LIVE_SHARED_MEETING'] ?? '') as SharedMeetingIds;
  const config = loadAppConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', WEB_DIST_DIR: '/nonexistent', REDIS_URL: process.env['REDIS_URL'] ?? '' });
  const database = await createTestDatabase();
  const app = await createApiApp(config, database.target);
  await app.init();
  await seedSharedMeeting(app.get(DataSource), ids);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  process.stdout.write(`READY ${address.port}\n`);
  process.once('SIGTERM', () => {
    void app
      .close()
      .then(() => database.drop())
      .finally(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`peer API failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

import type { INestApplication } from '@nestjs/common';
import { AppConfig, DatabaseTarget, loadAppConfig } from '@mace/api-core';
import type { Server } from 'node:http';
import { DataSource } from 'typeorm';
import { createTestDatabase } from './database/test-database';
import { GraphQLTestClient } from './graphql-test-client';

export type CreateApp = (config: AppConfig, database: DatabaseTarget) => Promise<INestApplication>;

export interface TestApp {
  app: INestApplication;
  dataSource: DataSource;
  config: AppConfig;
  gql: GraphQLTestClient;
  server: Server;
  close(): Promise<void>;
}

/**
 * typeorm-pglite keeps one PGlite instance per process: two apps open at once in one test file
 * would share a database, and closing one would close it under the other. Refuse that loudly.
 */
let openPgliteApps = 0;

/**
 * Boot the real API (all modules, guards, migrations) on a database of its own. `env` overrides
 * settings, e.g. a low throttle limit. Demo data is not loaded: tests make what they need.
 */
export async function startTestApp(createApp: CreateApp, env: Record<string, string> = {}): Promise<TestApp> {
  const config = loadAppConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', WEB_DIST_DIR: '/nonexistent', ...env });
  const database = await createTestDatabase();
  const embedded = !database.target.databaseUrl;
  if (embedded && openPgliteApps > 0) {
    throw new Error('Close the previous test app first: on PGlite, one app per test file may be open at a time');
  }
  const app = await createApp(config, database.target);
  await app.init();
  if (embedded) openPgliteApps += 1;
  const server = app.getHttpServer() as Server;
  return {
    app,
    config,
    server,
    dataSource: app.get(DataSource),
    gql: new GraphQLTestClient(server),
    close: async () => {
      await app.close();
      await database.drop();
      if (embedded) openPgliteApps -= 1;
    },
  };
}

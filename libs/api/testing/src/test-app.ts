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
 * Boot the real API (all modules, guards, migrations) on a database of its own. `env` overrides
 * settings, e.g. a low throttle limit. Demo data is not loaded: tests make what they need.
 */
export async function startTestApp(createApp: CreateApp, env: Record<string, string> = {}): Promise<TestApp> {
  const config = loadAppConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', WEB_DIST_DIR: '/nonexistent', ...env });
  const database = await createTestDatabase();
  const app = await createApp(config, database.target);
  await app.init();
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
    },
  };
}

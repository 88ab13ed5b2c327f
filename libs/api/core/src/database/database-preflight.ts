import { Client } from 'pg';
import { ConfigError } from '../config/config.error';
import { describeTarget } from './data-source-options';

/**
 * Connect once before Nest starts, so an unreachable server ends start-up with one sentence
 * instead of a retry loop of stack traces.
 */
export async function checkDatabaseReachable(databaseUrl: string | undefined): Promise<void> {
  if (!databaseUrl) return;
  const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(
      `Setting DATABASE_URL is not usable: could not connect to the ${describeTarget({ databaseUrl })} (${reason}).`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

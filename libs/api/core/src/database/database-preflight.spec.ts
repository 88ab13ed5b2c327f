import { ConfigError } from '../config/config.error';
import { checkDatabaseReachable } from './database-preflight';

/** Nothing listens on port 1, so the connection is refused at once. */
const UNREACHABLE = 'postgres://postgres@127.0.0.1:1/none';

async function rejectionOf(url: string): Promise<Error> {
  return checkDatabaseReachable(url).then(
    () => {
      throw new Error('expected checkDatabaseReachable to reject');
    },
    (error: Error) => error,
  );
}

describe('checkDatabaseReachable', () => {
  it('resolves without connecting when no DATABASE_URL is set (the embedded engine is used)', async () => {
    await expect(checkDatabaseReachable(undefined)).resolves.toBeUndefined();
  });

  it('rejects an unreachable server with a ConfigError of one sentence naming the setting and the server', async () => {
    const error = await rejectionOf(UNREACHABLE);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/^Setting DATABASE_URL is not usable/);
    expect(error.message).not.toContain('\n');
    expect(error.message).toMatch(/\.$/);
    expect(error.message).not.toMatch(/\.\s+[A-Z]/);
    expect(error.message).toContain('127.0.0.1:1/none');
    expect(error.message).toContain('ECONNREFUSED');
  });

  it('never repeats the password of the connection URL', async () => {
    const error = await rejectionOf('postgres://postgres:an-invented-secret@127.0.0.1:1/none');
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).not.toContain('an-invented-secret');
  });
});

import { startTestApp, TestApp } from '@mace/api-testing';
import { createApiApp } from '../src/bootstrap/create-api-app';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Two requests' transactions must not see or undo each other's work on either engine. PGlite is
 * one database session, so this guards the driver that lends it to one transaction at a time.
 */
describe('transactions running at the same time', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
  });
  afterAll(() => t.close());

  const districtNamed = async (name: string) =>
    ((await t.dataSource.query(`SELECT count(*)::int AS n FROM district WHERE name = $1`, [name])) as { n: number }[])[0].n;

  it('a failing transaction rolls back only its own writes, not those of one running beside it', async () => {
    const kept = t.dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO district (name) VALUES ('Isolation kept')`);
      await pause(50);
      await manager.query(`SELECT 1`);
    });
    const failed = t.dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO district (name) VALUES ('Isolation failed')`);
      await pause(10);
      throw new Error('this write fails');
    });

    const [keptResult, failedResult] = await Promise.allSettled([kept, failed]);
    expect(keptResult.status).toBe('fulfilled');
    expect(failedResult.status).toBe('rejected');
    expect(await districtNamed('Isolation kept')).toBe(1);
    expect(await districtNamed('Isolation failed')).toBe(0);
  });

  it('uncommitted writes of one transaction are invisible to another', async () => {
    let seenInside = -1;
    const writer = t.dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO district (name) VALUES ('Isolation uncommitted')`);
      await pause(50);
      throw new Error('roll back');
    });
    const reader = (async () => {
      await pause(10);
      seenInside = await districtNamed('Isolation uncommitted');
    })();
    await Promise.allSettled([writer, reader]);
    expect(seenInside).toBe(0);
    expect(await districtNamed('Isolation uncommitted')).toBe(0);
  });
});

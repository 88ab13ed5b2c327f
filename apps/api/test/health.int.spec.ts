import request from 'supertest';
import { startTestApp, TestApp } from '@mace/api-testing';
import { createApiApp } from '../src/bootstrap/create-api-app';

describe('health checks (no session needed)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
  });
  afterAll(() => t.close());

  it('GET /health/live answers 200 without a session', async () => {
    const res = await request(t.server).get('/health/live');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('GET /health/ready answers 200 without a session while the database answers', async () => {
    const res = await request(t.server).get('/health/ready');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: 'up' });
  });

  it('GET /health/ready answers 503, saying only that the database is down, once the data source is destroyed', async () => {
    await t.dataSource.destroy();
    const res = await request(t.server).get('/health/ready');
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ status: 'unavailable', database: 'down' });
    // Liveness is about the process, not its dependencies: still up.
    expect((await request(t.server).get('/health/live')).status).toBe(200);
  });
});

import express from 'express';
import pinoHttp, { type Options as PinoHttpOptions } from 'pino-http';
import { Writable } from 'node:stream';
import request from 'supertest';
import { loadAppConfig } from '../config/app-config';
import { loggerOptions } from './logger-options';

/** Run one request through the real HTTP logger with our options and return what it wrote. */
async function logOf(send: (app: express.Express) => Promise<unknown>): Promise<Record<string, unknown>[]> {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const options = loggerOptions(loadAppConfig({ LOG_LEVEL: 'info' })).pinoHttp as PinoHttpOptions;
  const app = express();
  app.use(pinoHttp(options, sink));
  app.use(express.json());
  app.post('/graphql', (_req, res) => {
    res.json({ data: null });
  });
  await send(app);
  return lines.map((line) => JSON.parse(line));
}

describe('HTTP request logs', () => {
  it('log one JSON line per request with a request id, method, path and status', async () => {
    const [entry] = await logOf((app) => request(app).post('/graphql?x=1').send({ query: '{ me { id } }' }));
    expect(entry).toMatchObject({ service: 'mace-api', req: { method: 'POST', path: '/graphql' }, res: { statusCode: 200 } });
    expect((entry['req'] as { id: string }).id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keep a well-formed request id sent by a proxy, so logs can be joined up', async () => {
    const [entry] = await logOf((app) => request(app).post('/graphql').set('x-request-id', 'abc12345-proxy').send({}));
    expect(entry['req']).toMatchObject({ id: 'abc12345-proxy' });
  });

  it('never contain GraphQL variables, cookies, tokens or the query string', async () => {
    const lines = await logOf((app) =>
      request(app)
        .post('/graphql?email=leak@example.test')
        .set('authorization', 'Bearer secret-token-value')
        .set('cookie', 'mace_session=secret-cookie-value')
        .send({ query: 'mutation($e: String!) { login(email: $e) }', variables: { e: 'child.name@example.test', password: 'hunter2-secret' } }),
    );
    const text = JSON.stringify(lines);
    for (const secret of ['child.name@example.test', 'hunter2-secret', 'secret-token-value', 'secret-cookie-value', 'leak@example.test']) {
      expect(text).not.toContain(secret);
    }
  });
});

import { startTestApp, TestApp } from '@mace/api-testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApiApp } from '../src/bootstrap/create-api-app';
import { printSortedSchema } from '../src/bootstrap/print-schema';

/** The web client is generated from the committed schema, so it must be exactly what the API serves. */
describe('apps/api/schema.gql', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(createApiApp);
  });
  afterAll(() => t.close());

  it('is current (regenerate with `npm run schema:generate` and commit it)', () => {
    const committed = readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8');
    expect(committed).toBe(printSortedSchema(t.app));
  });
});

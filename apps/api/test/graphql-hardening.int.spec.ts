import request from 'supertest';
import { Role } from '@mace/shared-domain';
import { GraphQLResponse, sessionFor, startTestApp, TestApp, TestSession } from '@mace/api-testing';
import { createApiApp } from '../src/bootstrap/create-api-app';

/**
 * The request-level defences of the GraphQL endpoint. Limits are set low through the app's own
 * settings, so each boundary is shown from both sides: the largest request allowed, and one more.
 * GRAPHQL_MAX_DEPTH is 3 rather than 4 because no path in today's schema is deeper than 4.
 */
const LIMITS = { GRAPHQL_MAX_DEPTH: '3', GRAPHQL_MAX_ALIASES: '3', GRAPHQL_MAX_COMPLEXITY: '10' };

const SMALL_INTROSPECTION = `{ __schema { queryType { name } } }`;

/** Raw response bodies of every refusal, checked at the end for leaked internals. */
const refusals: string[] = [];

function expectNoInternals(body: string): void {
  expect(body).not.toMatch(/stacktrace/i);
  expect(body).not.toContain('/work/');
  expect(body).not.toContain('node_modules');
  expect(body).not.toMatch(/\bat .+\.(ts|js):\d+/);
  expect(body).not.toMatch(/\b(SELECT|INSERT|UPDATE|DELETE)\b.+\bFROM\b|relation "/);
}

async function post(t: TestApp, body: unknown, session?: TestSession) {
  const req = request(t.server).post('/graphql').set('content-type', 'application/json');
  if (session) req.set('authorization', `Bearer ${session.token}`);
  const res = await req.send(JSON.stringify(body));
  refusals.push(res.text);
  return res;
}

/** Provoke a real server fault (a table briefly missing) and check what the client is told. */
async function expectGenericInternalError(t: TestApp, user: TestSession): Promise<void> {
  await t.dataSource.query(`ALTER TABLE district RENAME TO district_moved_away`);
  try {
    const res = await post(t, { query: '{ districts { id name } }' }, user);
    expect(res.body.errors).toEqual([
      { message: 'Something went wrong. Try again later', path: ['districts'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
    expect(res.text).not.toMatch(/district_moved_away|district"|relation/);
    expectNoInternals(res.text);
  } finally {
    await t.dataSource.query(`ALTER TABLE district_moved_away RENAME TO district`);
  }
}

function record<T>(res: GraphQLResponse<T>): GraphQLResponse<T> {
  refusals.push(JSON.stringify({ data: res.data, errors: res.errors }));
  return res;
}

describe('GraphQL hardening in NODE_ENV=test, with low limits', () => {
  let t: TestApp;
  let user: TestSession;

  beforeAll(async () => {
    t = await startTestApp(createApiApp, LIMITS);
    user = await sessionFor(t, Role.MACE_CHAIR);
  });
  afterAll(() => t.close());

  describe(`depth (GRAPHQL_MAX_DEPTH=${LIMITS.GRAPHQL_MAX_DEPTH})`, () => {
    it('allows a query exactly at the limit', async () => {
      const res = await user.send(`{ me { agency { id district { id } } } }`);
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ me: { agency: { id: user.agencyId, district: null } } });
    });

    it('refuses a query one level deeper, before running it and without a session', async () => {
      const res = await post(t, { query: `{ users { nodes { agency { district { id } } } } }` });
      expect(res.status).toBe(400);
      expect(res.body.data).toBeUndefined();
      expect(res.body.errors).toHaveLength(1);
      expect(res.body.errors[0].message).toMatch(/exceeds maximum operation depth of 3/);
      expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('counts depth through fragments too', async () => {
      const res = await post(t, {
        query: `query { users { ...page } } fragment page on UserConnection { nodes { agency { district { id } } } }`,
      });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].message).toMatch(/exceeds maximum operation depth of 3/);
    });
  });

  describe(`aliases (GRAPHQL_MAX_ALIASES=${LIMITS.GRAPHQL_MAX_ALIASES})`, () => {
    it('allows as many aliases as the limit', async () => {
      const res = await user.send<Record<string, { id: string }>>(`{ a: me { id } b: me { id } c: me { id } }`);
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ a: { id: user.id }, b: { id: user.id }, c: { id: user.id } });
    });

    it('refuses one alias more, before running it', async () => {
      const res = await post(t, { query: `{ a: me { id } b: me { id } c: me { id } d: me { id } }` }, user);
      expect(res.status).toBe(400);
      expect(res.body.data).toBeUndefined();
      expect(res.body.errors).toHaveLength(1);
      expect(res.body.errors[0].message).toBe('This request uses more than 3 aliases');
    });

    it('counts aliases at every level, not only the top', async () => {
      const res = await post(t, { query: `{ me { a: id b: id c: id agency { d: id } } }` }, user);
      expect(res.status).toBe(400);
      expect(res.body.errors[0].message).toBe('This request uses more than 3 aliases');
    });
  });

  describe(`complexity (GRAPHQL_MAX_COMPLEXITY=${LIMITS.GRAPHQL_MAX_COMPLEXITY})`, () => {
    it('allows a query costing exactly the limit', async () => {
      // me + 7 fields + agency + 1 field = 10
      const res = await user.send(`{ me { id email displayName active version roles permissions agency { id } } }`);
      expect(res.errors).toBeUndefined();
      expect(res.data?.me).toMatchObject({ id: user.id, email: user.email });
    });

    it('refuses a query costing one more, as a client error (400 BAD_USER_INPUT), before running it', async () => {
      const res = await post(t, { query: `{ me { id email displayName active version roles permissions agency { id name } } }` }, user);
      expect(res.body.data).toBeUndefined();
      expect(res.body.errors).toEqual([
        { message: 'This request is too complex (11, the limit is 10)', extensions: { code: 'BAD_USER_INPUT' } },
      ]);
      expect(res.status).toBe(400);
    });
  });

  describe('complexity of lists follows the page size asked for', () => {
    it('prices a list as its page size times the cost of one node', async () => {
      // users costs 1 + first x (nodes 1 + id 1): 5 for two rows, 201 for a hundred.
      const small = await user.send(`{ users(first: 2) { nodes { id } } }`);
      expect(small.errors?.[0]?.message ?? '').not.toMatch(/too complex/);
      const large = await post(t, { query: `{ users(first: 100) { nodes { id } } }` }, user);
      expect(large.status).toBe(400);
      expect(large.body.errors[0].message).toBe('This request is too complex (201, the limit is 10)');
    });
  });

  describe('introspection and suggestions outside production', () => {
    it('answers introspection', async () => {
      const res = record(await user.send(SMALL_INTROSPECTION));
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    });

    it('suggests the field meant when one is misspelt', async () => {
      const res = await post(t, { query: `{ mee { id } }` }, user);
      expect(res.status).toBe(400);
      expect(res.body.errors[0].message).toBe('Cannot query field "mee" on type "Query". Did you mean "me"?');
    });
  });

  describe('transport', () => {
    it('refuses a batched request (a JSON array of operations) with 400, running none of them', async () => {
      const res = await post(t, [{ query: '{ me { id } }' }, { query: '{ me { id } }' }], user);
      expect(res.status).toBe(400);
      expect(Array.isArray(res.body)).toBe(false);
      expect(res.body.data).toBeUndefined();
      expect(res.body.errors?.[0].message ?? res.text).toMatch(/batching/i);
    });

    it('refuses a GET without the apollo-require-preflight header with 400 (CSRF prevention)', async () => {
      const res = await request(t.server).get('/graphql').query({ query: '{ me { id } }' }).set('authorization', `Bearer ${user.token}`);
      refusals.push(res.text);
      expect(res.status).toBe(400);
      expect(res.text).toMatch(/Cross-Site Request Forgery/);
      expect(res.text).not.toContain(user.id);
    });

    it('lets the same GET through when the preflight header is present (so the header is what matters)', async () => {
      const res = await request(t.server)
        .get('/graphql')
        .query({ query: '{ me { id } }' })
        .set('authorization', `Bearer ${user.token}`)
        .set('apollo-require-preflight', 'true');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ data: { me: { id: user.id } } });
    });

    it.each(['text/plain', 'application/x-www-form-urlencoded'])(
      'refuses a POST with content-type %s and no preflight header with 400 (CSRF prevention)',
      async (contentType) => {
        const res = await request(t.server)
          .post('/graphql')
          .set('content-type', contentType)
          .set('authorization', `Bearer ${user.token}`)
          .send(JSON.stringify({ query: '{ me { id } }' }));
        refusals.push(res.text);
        expect(res.status).toBe(400);
        expect(res.text).not.toContain(user.id);
      },
    );
  });

  describe('unexpected errors', () => {
    it('answer with a generic message: no stack trace, SQL, table name or file path', async () => {
      await expectGenericInternalError(t, user);
      expect((await user.send('{ districts { id } }')).errors).toBeUndefined();
    });

    it('none of the refusals above carries a stack trace, SQL or a file path', () => {
      expect(refusals.length).toBeGreaterThanOrEqual(10);
      for (const body of refusals) expectNoInternals(body);
    });
  });
});

describe('GraphQL hardening in NODE_ENV=production', () => {
  let t: TestApp;
  let user: TestSession;

  beforeAll(async () => {
    refusals.length = 0;
    t = await startTestApp(createApiApp, { NODE_ENV: 'production' });
    user = await sessionFor(t, Role.MACE_CHAIR);
  });
  afterAll(() => t.close());

  it.each([
    ['__schema', SMALL_INTROSPECTION],
    ['__type', `{ __type(name: "User") { name fields { name } } }`],
  ])('refuses introspection through %s with 400, even for a signed-in user', async (_field, query) => {
    const res = await post(t, { query }, user);
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.body.errors[0].message).toMatch(/introspection is not allowed/i);
    expect(res.text).not.toContain('"User"');
  });

  it('gives no "Did you mean" suggestion for a misspelt field or argument', async () => {
    const field = await post(t, { query: `{ mee { id } }` }, user);
    expect(field.status).toBe(400);
    expect(field.body.errors[0].message).toBe('Cannot query field "mee" on type "Query".');
    const argument = await post(t, { query: `{ users(frist: 1) { totalCount } }` }, user);
    expect(argument.status).toBe(400);
    expect(argument.body.errors[0].message).not.toMatch(/Did you mean/);
    expect(argument.text).not.toContain('"first"');
  });

  it('still answers ordinary operations', async () => {
    const res = await user.send(`{ me { id } }`);
    expect(res.data).toEqual({ me: { id: user.id } });
  });

  it('answers an unexpected error with a generic message: no stack trace, SQL, table name or file path', () =>
    expectGenericInternalError(t, user));

  it('none of the refusals in production carries a stack trace, SQL or a file path', () => {
    expect(refusals.length).toBeGreaterThanOrEqual(4);
    for (const body of refusals) expectNoInternals(body);
  });
});

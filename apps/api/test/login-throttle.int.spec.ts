import { Role } from '@mace/shared-domain';
import { createAgency, createUser, GraphQLTestClient, startTestApp, TestApp, TestUser } from '@mace/api-testing';
import { createApiApp } from '../src/bootstrap/create-api-app';

const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;

describe('sign-in throttling', () => {
  let t: TestApp;
  let agencyId: string;

  beforeAll(async () => {
    t = await startTestApp(createApiApp, { LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_FAILURES_PER_ADDRESS: '8' });
    agencyId = (await createAgency(t.dataSource)).id;
  });
  afterAll(() => t.close());

  const newUser = (): Promise<TestUser> => createUser(t.dataSource, { roles: [Role.AGENCY_PRACTITIONER], agencyId });
  const attempt = (email: string, password: string) => t.gql.send(LOGIN, { email, password });
  const clearAttempts = () => t.dataSource.query(`DELETE FROM login_attempt`);

  beforeEach(clearAttempts);

  it('refuses an account after repeated failures, even with the right password', async () => {
    const user = await newUser();
    for (let i = 0; i < 3; i++) expect(GraphQLTestClient.codeOf(await attempt(user.email, 'wrong-password'))).toBe('UNAUTHENTICATED');
    const blocked = await attempt(user.email, user.password);
    expect(GraphQLTestClient.codeOf(blocked)).toBe('TOO_MANY_REQUESTS');
    expect(blocked.errors?.[0].message).toBe('Too many failed sign-in attempts. Wait 15 minutes and try again');
    const [audited] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE operation = 'LOGIN_FAILED' AND justification = 'throttled after repeated failures'`,
    );
    expect(audited.n).toBeGreaterThanOrEqual(1);
  });

  it('throttles an unknown e-mail address exactly like a known one', async () => {
    for (let i = 0; i < 3; i++) await attempt('nobody.known@example.test', 'wrong-password');
    expect(GraphQLTestClient.codeOf(await attempt('nobody.known@example.test', 'wrong-password'))).toBe('TOO_MANY_REQUESTS');
  });

  it('lets the account in again once the failures are older than the window', async () => {
    const user = await newUser();
    for (let i = 0; i < 3; i++) await attempt(user.email, 'wrong-password');
    await t.dataSource.query(`UPDATE login_attempt SET attempted_at = now() - make_interval(mins => $1)`, [t.config.LOGIN_THROTTLE_MINUTES + 1]);
    expect((await attempt(user.email, user.password)).errors).toBeUndefined();
  });

  it('counts only the failures since the last successful sign-in', async () => {
    const user = await newUser();
    for (let i = 0; i < 2; i++) await attempt(user.email, 'wrong-password');
    expect((await attempt(user.email, user.password)).errors).toBeUndefined();
    for (let i = 0; i < 2; i++) await attempt(user.email, 'wrong-password');
    expect((await attempt(user.email, user.password)).errors).toBeUndefined();
  });

  it('does not let one account’s failures lock out another account', async () => {
    const victim = await newUser();
    const other = await newUser();
    for (let i = 0; i < 3; i++) await attempt(victim.email, 'wrong-password');
    expect((await attempt(other.email, other.password)).errors).toBeUndefined();
  });

  it('refuses an address that fails across many accounts', async () => {
    const users = await Promise.all(Array.from({ length: 4 }, newUser));
    for (const user of users) for (let i = 0; i < 2; i++) await attempt(user.email, 'wrong-password');
    const fresh = await newUser();
    expect(GraphQLTestClient.codeOf(await attempt(fresh.email, fresh.password))).toBe('TOO_MANY_REQUESTS');
  });

  it('stores no e-mail address or network address in the attempts table', async () => {
    const user = await newUser();
    await attempt(user.email, 'wrong-password');
    const rows: Record<string, unknown>[] = await t.dataSource.query(`SELECT * FROM login_attempt`);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(user.email);
    expect(JSON.stringify(rows)).not.toMatch(/127\.0\.0\.1|::1/);
  });
});

import { AuditOperation, Role } from '@mace/shared-domain';
import {
  createAgency,
  createDistrict,
  createUser,
  GraphQLTestClient,
  loginAs,
  startTestApp,
  TestApp,
  TestUser,
} from '@mace/api-testing';
import { createApiApp } from '../src/bootstrap/create-api-app';

const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token expiresAt user { id email } } }`;
const ME = `{ me { id displayName roles permissions agency { id name } districts { id name } } }`;
const LOGOUT = `mutation { logout }`;

describe('sign-in and sessions', () => {
  let t: TestApp;
  let chair: TestUser;
  let districtId: string;

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
    districtId = (await createDistrict(t.dataSource)).id;
    const agency = await createAgency(t.dataSource, { districtId });
    chair = await createUser(t.dataSource, { roles: [Role.MACE_CHAIR], agencyId: agency.id, districtIds: [districtId] });
  });
  afterAll(() => t.close());

  async function auditCount(operation: AuditOperation): Promise<number> {
    const [row] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE operation = $1`, [operation]);
    return row.n;
  }

  it('signs in, sets an HttpOnly SameSite=Strict cookie, and answers me by cookie and by bearer token', async () => {
    const logins = await auditCount(AuditOperation.LOGIN);
    const res = await t.gql.send<{ login: { token: string; user: { id: string } } }>(LOGIN, { email: chair.email, password: chair.password });
    expect(res.errors).toBeUndefined();
    expect(res.data?.login.user.id).toBe(chair.id);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^mace_session=[\w-]+;/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);

    const byBearer = await t.gql.send<{ me: { id: string; roles: string[]; districts: { id: string }[]; permissions: string[] } }>(
      ME,
      {},
      { token: res.data!.login.token },
    );
    expect(byBearer.data?.me).toMatchObject({ id: chair.id, roles: ['MACE_CHAIR'], districts: [{ id: districtId }] });
    expect(byBearer.data?.me.permissions).toContain('self:read');
    const byCookie = await t.gql.send<{ me: { id: string } }>(ME, {}, { cookie: cookie.split(';')[0] });
    expect(byCookie.data?.me.id).toBe(chair.id);
    expect(await auditCount(AuditOperation.LOGIN)).toBe(logins + 1);
  });

  it('accepts the e-mail address in any case', async () => {
    const res = await t.gql.send(LOGIN, { email: chair.email.toUpperCase(), password: chair.password });
    expect(res.errors).toBeUndefined();
  });

  it('gives a wrong e-mail and a wrong password exactly the same answer, and audits both', async () => {
    const failures = await auditCount(AuditOperation.LOGIN_FAILED);
    const wrongPassword = await t.gql.send(LOGIN, { email: chair.email, password: 'not-the-password' });
    const wrongEmail = await t.gql.send(LOGIN, { email: 'nobody.here@example.test', password: chair.password });
    expect(wrongPassword.errors).toEqual(wrongEmail.errors);
    expect(GraphQLTestClient.codeOf(wrongPassword)).toBe('UNAUTHENTICATED');
    expect(wrongPassword.errors?.[0].message).toBe('Enter a correct email address and password');
    expect(wrongPassword.headers['set-cookie']).toBeUndefined();
    expect(await auditCount(AuditOperation.LOGIN_FAILED)).toBe(failures + 2);
  });

  it('refuses every operation without a session', async () => {
    const res = await t.gql.send(ME);
    expect(GraphQLTestClient.codeOf(res)).toBe('UNAUTHENTICATED');
    expect(res.data).toBeNull();
    const forged = await t.gql.send(ME, {}, { token: 'not-a-real-token' });
    expect(GraphQLTestClient.codeOf(forged)).toBe('UNAUTHENTICATED');
  });

  it('ends the session on logout', async () => {
    const session = await loginAs(t, chair);
    expect((await session.send(LOGOUT)).data).toEqual({ logout: true });
    expect(GraphQLTestClient.codeOf(await session.send(ME))).toBe('UNAUTHENTICATED');
  });

  it('ends a session left idle longer than the idle timeout', async () => {
    const session = await loginAs(t, chair);
    expect((await session.send(ME)).errors).toBeUndefined();
    await t.dataSource.query(
      `UPDATE user_session SET last_seen_at = now() - make_interval(mins => $1) WHERE user_id = $2`,
      [t.config.SESSION_IDLE_MINUTES + 1, chair.id],
    );
    expect(GraphQLTestClient.codeOf(await session.send(ME))).toBe('UNAUTHENTICATED');
  });

  it('keeps an active session alive just inside the idle timeout', async () => {
    const session = await loginAs(t, chair);
    await t.dataSource.query(
      `UPDATE user_session SET last_seen_at = now() - make_interval(mins => $1) WHERE user_id = $2 AND revoked_at IS NULL`,
      [t.config.SESSION_IDLE_MINUTES - 1, chair.id],
    );
    expect((await session.send(ME)).errors).toBeUndefined();
  });

  it('ends a session past its absolute lifetime even when it was used a moment ago', async () => {
    const session = await loginAs(t, chair);
    const [row] = await t.dataSource.query(
      `SELECT extract(epoch FROM expires_at - created_at)::int AS seconds FROM user_session WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1`,
      [chair.id],
    );
    expect(row.seconds).toBe(t.config.SESSION_ABSOLUTE_HOURS * 3600);
    await t.dataSource.query(`UPDATE user_session SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [chair.id]);
    expect(GraphQLTestClient.codeOf(await session.send(ME))).toBe('UNAUTHENTICATED');
  });

  it('locks a deactivated user out at once: live sessions end and sign-in is refused', async () => {
    const agency = await createAgency(t.dataSource, { districtId });
    const practitioner = await createUser(t.dataSource, { roles: [Role.AGENCY_PRACTITIONER], agencyId: agency.id });
    const admin = await loginAs(t, await createUser(t.dataSource, { roles: [Role.ADMIN], agencyId: agency.id }));
    const session = await loginAs(t, practitioner);
    expect((await session.send(ME)).errors).toBeUndefined();

    const res = await admin.send(`mutation($input: SetUserActiveInput!) { setUserActive(input: $input) { active version } }`, {
      input: { id: practitioner.id, version: 1, active: false },
    });
    expect(res.data).toEqual({ setUserActive: { active: false, version: 2 } });
    expect(GraphQLTestClient.codeOf(await session.send(ME))).toBe('UNAUTHENTICATED');
    const [open] = await t.dataSource.query(`SELECT count(*)::int AS n FROM user_session WHERE user_id = $1 AND revoked_at IS NULL`, [
      practitioner.id,
    ]);
    expect(open.n).toBe(0);
    const again = await t.gql.send(LOGIN, { email: practitioner.email, password: practitioner.password });
    expect(GraphQLTestClient.codeOf(again)).toBe('UNAUTHENTICATED');
  });

  it('answers bad sign-in input with a message per field', async () => {
    const res = await t.gql.send(LOGIN, { email: 'not-an-email', password: '' });
    expect(GraphQLTestClient.codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields).toEqual({
      email: 'Enter an email address in the correct format, like name@example.org',
      password: 'Enter your password',
    });
  });
});

import { randomUUID } from 'node:crypto';
import { AccessService, SessionService } from '@mace/api-auth';
import { Actor } from '@mace/api-core';
import { AgencyKind, AuditOperation, Role } from '@mace/shared-domain';
import {
  countQueries,
  createAgency,
  createDistrict,
  createUser,
  GraphQLResponse,
  GraphQLTestClient,
  sessionFor,
  startTestApp,
  TestApp,
  TestSession,
  TestUser,
  uniqueSuffix,
} from '@mace/api-testing';
import { createApiApp } from '../src/bootstrap/create-api-app';

const ROLES = Object.values(Role);

const CREATE_USER = `mutation($input: CreateUserInput!) {
  createUser(input: $input) { id email displayName roles active version agency { id } districts { id } }
}`;
const UPDATE_USER = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { id displayName roles version } }`;
const SET_USER_ACTIVE = `mutation($input: SetUserActiveInput!) { setUserActive(input: $input) { id active version } }`;
const CREATE_AGENCY = `mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id name kind active version district { id } } }`;
const UPDATE_AGENCY = `mutation($input: UpdateAgencyInput!) { updateAgency(input: $input) { id name kind active version } }`;
const USERS = `query { users(first: 100) { totalCount nodes { id } } }`;
const USERS_FILTERED = `query($filter: UserFilterInput) { users(first: 100, filter: $filter) { totalCount nodes { id } } }`;
const AGENCIES_FILTERED = `query($filter: AgencyFilterInput) { agencies(first: 100, filter: $filter) { nodes { id kind } } }`;
const USER = `query($id: ID!) { user(id: $id) { id email } }`;
const ME = `{ me { id roles agency { id } } }`;
const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id } } }`;

describe('organisations: who may administer and read users and agencies', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
  });
  afterAll(() => t.close());

  /** Row count and a digest of every row of the tables an administrator can change. */
  async function snapshot(): Promise<Record<string, { n: number; digest: string }>> {
    const out: Record<string, { n: number; digest: string }> = {};
    for (const table of ['user_account', 'user_district', 'agency', 'district']) {
      const [row] = await t.dataSource.query(
        `SELECT count(*)::int AS n, coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS digest FROM ${table} t`,
      );
      out[table] = row;
    }
    return out;
  }

  async function lastAuditSeq(): Promise<string> {
    const [row] = await t.dataSource.query(`SELECT coalesce(max(seq), 0)::text AS seq FROM audit_event`);
    return row.seq;
  }

  async function auditSince(seq: string) {
    return t.dataSource.query(
      `SELECT operation, actor_user_id, subject_type, subject_ids, justification FROM audit_event WHERE seq > $1 ORDER BY seq`,
      [seq],
    );
  }

  describe('administration matrix: only ADMIN may create or change users and agencies', () => {
    let sessions: Record<Role, TestSession>;
    let targetAgencyId: string;
    let targetDistrictId: string;

    beforeAll(async () => {
      targetDistrictId = (await createDistrict(t.dataSource)).id;
      targetAgencyId = (await createAgency(t.dataSource, { districtId: targetDistrictId })).id;
      sessions = {} as Record<Role, TestSession>;
      for (const role of ROLES) sessions[role] = await sessionFor(t, role);
    });

    interface Operation {
      /** The guard's justification in the ACCESS_DENIED event. */
      denied: string;
      /** The audit operation an allowed call writes. */
      audited: AuditOperation;
      prepare(): Promise<{ id?: string; email?: string; name?: string }>;
      send(session: TestSession, target: { id?: string; email?: string; name?: string }): Promise<GraphQLResponse>;
      expectApplied(response: GraphQLResponse, target: { id?: string; email?: string; name?: string }): Promise<void>;
    }

    const OPERATIONS: Record<string, Operation> = {
      createUser: {
        denied: 'UsersResolver.createUser needs user:manage',
        audited: AuditOperation.COLLECTION,
        prepare: async () => ({ email: `invented.${uniqueSuffix()}@example.test` }),
        send: (session, target) =>
          session.send(CREATE_USER, {
            input: {
              email: target.email,
              displayName: 'Invented Person',
              agencyId: targetAgencyId,
              roles: [Role.AGENCY_PRACTITIONER],
              districtIds: [targetDistrictId],
            },
          }),
        expectApplied: async (res, target) => {
          expect(res.data?.createUser).toMatchObject({
            email: target.email,
            displayName: 'Invented Person',
            roles: ['AGENCY_PRACTITIONER'],
            active: true,
            version: 1,
            agency: { id: targetAgencyId },
            districts: [{ id: targetDistrictId }],
          });
          const rows = await t.dataSource.query(`SELECT display_name, agency_id FROM user_account WHERE email = $1`, [target.email]);
          expect(rows).toEqual([{ display_name: 'Invented Person', agency_id: targetAgencyId }]);
        },
      },
      updateUser: {
        denied: 'UsersResolver.updateUser needs user:manage',
        audited: AuditOperation.ALTERATION,
        prepare: async () => ({ id: (await createUser(t.dataSource, { roles: [Role.AGENCY_PRACTITIONER], agencyId: targetAgencyId })).id }),
        send: (session, target) =>
          session.send(UPDATE_USER, { input: { id: target.id, version: 1, displayName: 'Renamed Person', roles: [Role.ANALYST] } }),
        expectApplied: async (res, target) => {
          expect(res.data?.updateUser).toEqual({ id: target.id, displayName: 'Renamed Person', roles: ['ANALYST'], version: 2 });
          const [row] = await t.dataSource.query(`SELECT display_name, roles, version FROM user_account WHERE id = $1`, [target.id]);
          expect(row).toEqual({ display_name: 'Renamed Person', roles: ['ANALYST'], version: 2 });
        },
      },
      setUserActive: {
        denied: 'UsersResolver.setUserActive needs user:manage',
        audited: AuditOperation.ALTERATION,
        prepare: async () => ({ id: (await createUser(t.dataSource, { roles: [Role.AGENCY_PRACTITIONER], agencyId: targetAgencyId })).id }),
        send: (session, target) => session.send(SET_USER_ACTIVE, { input: { id: target.id, version: 1, active: false } }),
        expectApplied: async (res, target) => {
          expect(res.data?.setUserActive).toEqual({ id: target.id, active: false, version: 2 });
          const [row] = await t.dataSource.query(`SELECT active, version FROM user_account WHERE id = $1`, [target.id]);
          expect(row).toEqual({ active: false, version: 2 });
        },
      },
      createAgency: {
        denied: 'AgenciesResolver.createAgency needs agency:manage',
        audited: AuditOperation.COLLECTION,
        prepare: async () => ({ name: `Invented Agency ${uniqueSuffix()}` }),
        send: (session, target) =>
          session.send(CREATE_AGENCY, { input: { name: target.name, kind: AgencyKind.HOUSING, districtId: targetDistrictId } }),
        expectApplied: async (res, target) => {
          expect(res.data?.createAgency).toMatchObject({
            name: target.name,
            kind: 'HOUSING',
            active: true,
            version: 1,
            district: { id: targetDistrictId },
          });
          const rows = await t.dataSource.query(`SELECT kind, district_id FROM agency WHERE name = $1`, [target.name]);
          expect(rows).toEqual([{ kind: 'HOUSING', district_id: targetDistrictId }]);
        },
      },
      updateAgency: {
        denied: 'AgenciesResolver.updateAgency needs agency:manage',
        audited: AuditOperation.ALTERATION,
        prepare: async () => {
          const agency = await createAgency(t.dataSource, { districtId: targetDistrictId });
          return { id: agency.id, name: `Renamed Agency ${uniqueSuffix()}` };
        },
        send: (session, target) =>
          session.send(UPDATE_AGENCY, { input: { id: target.id, version: 1, name: target.name, kind: AgencyKind.EDUCATION } }),
        expectApplied: async (res, target) => {
          expect(res.data?.updateAgency).toEqual({ id: target.id, name: target.name, kind: 'EDUCATION', active: true, version: 2 });
          const [row] = await t.dataSource.query(`SELECT name, kind, version FROM agency WHERE id = $1`, [target.id]);
          expect(row).toEqual({ name: target.name, kind: 'EDUCATION', version: 2 });
        },
      },
    };

    describe.each(Object.keys(OPERATIONS))('%s', (name) => {
      const operation = OPERATIONS[name];
      const cases = ROLES.map((role) => ({
        role,
        verdict: role === Role.ADMIN ? 'is allowed, and the change is audited' : 'is refused with FORBIDDEN, nothing changes, ACCESS_DENIED is audited',
      }));

      it.each(cases)('$role $verdict', async ({ role }) => {
        const session = sessions[role];
        const target = await operation.prepare();
        const before = await snapshot();
        const seq = await lastAuditSeq();

        const res = await operation.send(session, target);

        const events = await auditSince(seq);
        if (role === Role.ADMIN) {
          expect(res.errors).toBeUndefined();
          await operation.expectApplied(res, target);
          expect(events).toHaveLength(1);
          expect(events[0]).toMatchObject({ operation: operation.audited, actor_user_id: session.id });
          return;
        }
        expect(GraphQLTestClient.codeOf(res)).toBe('FORBIDDEN');
        expect(res.data).toBeNull();
        expect(await snapshot()).toEqual(before);
        expect(events).toEqual([
          {
            operation: AuditOperation.ACCESS_DENIED,
            actor_user_id: session.id,
            subject_type: 'OPERATION',
            subject_ids: [],
            justification: operation.denied,
          },
        ]);
      });
    });
  });

  describe('reading users: scope by role, agency and district', () => {
    let chair: TestSession;
    let spoc: TestSession;
    let admin: TestSession;
    let chairColleague: TestUser;
    let spocColleague: TestUser;
    let sameDistrictUser: TestUser;
    let outsider: TestUser;
    let district: string;
    let otherDistrict: string;
    let policeAgency: string;

    beforeAll(async () => {
      district = (await createDistrict(t.dataSource)).id;
      otherDistrict = (await createDistrict(t.dataSource)).id;
      const chairAgency = (await createAgency(t.dataSource, { districtId: district })).id;
      policeAgency = (await createAgency(t.dataSource, { districtId: district, kind: AgencyKind.POLICE })).id;
      const partnerAgency = (await createAgency(t.dataSource, { districtId: district, kind: AgencyKind.EDUCATION })).id;
      const otherAgency = (await createAgency(t.dataSource, { districtId: otherDistrict })).id;

      chair = await sessionFor(t, Role.MACE_CHAIR, { agencyId: chairAgency, districtIds: [district] });
      spoc = await sessionFor(t, Role.POLICE_SPOC, { agencyId: policeAgency, districtIds: [district] });
      admin = await sessionFor(t, Role.ADMIN);
      // Colleagues cover no district: only their agency makes them visible.
      chairColleague = await createUser(t.dataSource, { roles: [Role.AGENCY_PRACTITIONER], agencyId: chairAgency });
      spocColleague = await createUser(t.dataSource, { roles: [Role.ANALYST], agencyId: policeAgency });
      sameDistrictUser = await createUser(t.dataSource, {
        roles: [Role.AGENCY_PRACTITIONER],
        agencyId: partnerAgency,
        districtIds: [district],
      });
      outsider = await createUser(t.dataSource, {
        roles: [Role.AGENCY_PRACTITIONER],
        agencyId: otherAgency,
        districtIds: [otherDistrict],
      });
    });

    function who(role: Role.MACE_CHAIR | Role.POLICE_SPOC): TestSession {
      return role === Role.MACE_CHAIR ? chair : spoc;
    }

    it.each([Role.MACE_CHAIR, Role.POLICE_SPOC] as const)(
      '%s lists exactly themselves, their own agency and users sharing a district; not another agency in another district',
      async (role) => {
        const res = await who(role).send<{ users: { totalCount: number; nodes: { id: string }[] } }>(USERS);
        expect(res.errors).toBeUndefined();
        const ids = res.data!.users.nodes.map((n) => n.id).sort();
        const expected =
          role === Role.MACE_CHAIR
            ? [chair.id, chairColleague.id, sameDistrictUser.id, spoc.id]
            : [spoc.id, spocColleague.id, sameDistrictUser.id, chair.id];
        expect(ids).toEqual(expected.sort());
        expect(res.data!.users.totalCount).toBe(expected.length);
        expect(ids).not.toContain(outsider.id);
        expect(ids).not.toContain(admin.id);
      },
    );

    const SCOPE_CASES = [
      { role: Role.MACE_CHAIR, target: 'a colleague in their own agency', pick: () => chairColleague, visible: true },
      { role: Role.MACE_CHAIR, target: 'a user of another agency in their district', pick: () => sameDistrictUser, visible: true },
      { role: Role.MACE_CHAIR, target: 'a police colleague of the SPOC with no district', pick: () => spocColleague, visible: false },
      { role: Role.MACE_CHAIR, target: 'a user of another agency in another district', pick: () => outsider, visible: false },
      { role: Role.POLICE_SPOC, target: 'a colleague in their own agency', pick: () => spocColleague, visible: true },
      { role: Role.POLICE_SPOC, target: 'a user of another agency in their district', pick: () => sameDistrictUser, visible: true },
      { role: Role.POLICE_SPOC, target: 'a colleague of the chair with no district', pick: () => chairColleague, visible: false },
      { role: Role.POLICE_SPOC, target: 'a user of another agency in another district', pick: () => outsider, visible: false },
    ].map((c) => ({ ...c, verdict: c.visible ? 'sees' : 'gets NOT_FOUND for' }));

    it.each(SCOPE_CASES)('user(id): $role $verdict $target', async ({ role, pick, visible }) => {
      const target = pick();
      const res = await who(role as Role.MACE_CHAIR | Role.POLICE_SPOC).send<{ user: { id: string; email: string } }>(USER, {
        id: target.id,
      });
      if (visible) {
        expect(res.errors).toBeUndefined();
        expect(res.data?.user).toEqual({ id: target.id, email: target.email });
      } else {
        expect(GraphQLTestClient.codeOf(res)).toBe('NOT_FOUND');
        expect(res.data).toBeNull();
      }
    });

    it.each([Role.MACE_CHAIR, Role.POLICE_SPOC] as const)(
      '%s cannot tell an out-of-scope user from an unknown id or a malformed id: the whole answers are identical',
      async (role) => {
        const session = who(role);
        const outOfScope = await session.send(USER, { id: outsider.id });
        const unknown = await session.send(USER, { id: randomUUID() });
        const malformed = await session.send(USER, { id: 'not-a-user-id' });
        expect(GraphQLTestClient.codeOf(outOfScope)).toBe('NOT_FOUND');
        const answer = (r: GraphQLResponse) => ({ status: r.status, data: r.data, errors: r.errors });
        expect(answer(unknown)).toEqual(answer(outOfScope));
        expect(answer(malformed)).toEqual(answer(outOfScope));
      },
    );

    it('ADMIN lists every account and reads any of them', async () => {
      const res = await admin.send<{ users: { totalCount: number; nodes: { id: string }[] } }>(USERS);
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM user_account`);
      expect(res.data?.users.totalCount).toBe(n);
      for (const target of [outsider, chairColleague, spocColleague, sameDistrictUser]) {
        const one = await admin.send<{ user: { id: string } }>(USER, { id: target.id });
        expect(one.data?.user.id).toBe(target.id);
      }
    });

    it('ADMIN filters users by agency, district and role', async () => {
      const ids = async (filter: Record<string, unknown>) => {
        const res = await admin.send<{ users: { nodes: { id: string }[] } }>(USERS_FILTERED, { filter });
        expect(res.errors).toBeUndefined();
        return res.data!.users.nodes.map((n) => n.id).sort();
      };
      expect(await ids({ agencyId: policeAgency })).toEqual([spoc.id, spocColleague.id].sort());
      expect(await ids({ districtId: otherDistrict })).toEqual([outsider.id]);
      expect(await ids({ districtId: district, role: Role.POLICE_SPOC })).toEqual([spoc.id]);
    });

    it('a filter cannot widen the scope: MACE_CHAIR filtering on another district gets nothing', async () => {
      const res = await chair.send<{ users: { totalCount: number; nodes: { id: string }[] } }>(USERS_FILTERED, {
        filter: { districtId: otherDistrict },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data?.users).toEqual({ totalCount: 0, nodes: [] });
    });

    it('refuses a malformed filter or page size with BAD_USER_INPUT naming the field', async () => {
      const badFilter = await admin.send(USERS_FILTERED, { filter: { agencyId: 'agency-1' } });
      expect(GraphQLTestClient.codeOf(badFilter)).toBe('BAD_USER_INPUT');
      expect(badFilter.errors?.[0].extensions?.fields).toEqual({ 'filter.agencyId': 'Choose an agency' });
      const tooMany = await admin.send(`{ users(first: 101) { totalCount } }`);
      expect(tooMany.errors?.[0].extensions?.fields).toEqual({ first: 'first must be between 1 and 100' });
    });

    it('every role reads the agency directory, filtered by district and kind', async () => {
      for (const session of [chair, spoc, admin]) {
        const res = await session.send<{ agencies: { nodes: { id: string; kind: string }[] } }>(AGENCIES_FILTERED, {
          filter: { districtId: district, kind: AgencyKind.POLICE },
        });
        expect(res.errors).toBeUndefined();
        expect(res.data?.agencies.nodes).toEqual([{ id: policeAgency, kind: 'POLICE' }]);
      }
    });

    it.each([Role.AGENCY_PRACTITIONER, Role.ANALYST, Role.AUDITOR])(
      '%s is refused users and user(id) with FORBIDDEN, even for a colleague, and the refusal is audited',
      async (role) => {
        const session = await sessionFor(t, role, { agencyId: outsider.agencyId });
        const seq = await lastAuditSeq();
        const list = await session.send(USERS);
        const one = await session.send(USER, { id: outsider.id });
        expect(GraphQLTestClient.codeOf(list)).toBe('FORBIDDEN');
        expect(list.data).toBeNull();
        expect(GraphQLTestClient.codeOf(one)).toBe('FORBIDDEN');
        expect(one.data).toBeNull();
        const events = await auditSince(seq);
        expect(events.map((e: { operation: string; justification: string }) => [e.operation, e.justification])).toEqual([
          ['ACCESS_DENIED', 'UsersResolver.users needs user:read'],
          ['ACCESS_DENIED', 'UsersResolver.user needs user:read'],
        ]);
      },
    );

    it.each(ROLES)('me works for %s and answers their own account', async (role) => {
      const session = await sessionFor(t, role);
      const res = await session.send<{ me: { id: string; roles: string[]; agency: { id: string } } }>(ME);
      expect(res.errors).toBeUndefined();
      expect(res.data?.me).toEqual({ id: session.id, roles: [role], agency: { id: session.agencyId } });
    });

    describe('AccessService.permittedUserIds', () => {
      let access: AccessService;
      let chairActor: Actor;

      beforeAll(async () => {
        access = t.app.get(AccessService);
        chairActor = (await t.app.get(SessionService).resolve(chair.token)) as Actor;
        expect(chairActor.userId).toBe(chair.id);
      });

      it('the statement counter counts what it should (two statements are two)', async () => {
        const counted = await countQueries(t.dataSource, async () => {
          await t.dataSource.query('SELECT 1');
          await t.dataSource.query('SELECT 2');
        });
        expect(counted.count).toBe(2);
        expect(counted.statements).toEqual(['SELECT 1', 'SELECT 2']);
      });

      it('answers a set of ids with only the in-scope ones, in one SQL statement', async () => {
        const ids = [chairColleague.id, sameDistrictUser.id, outsider.id, spocColleague.id, admin.id, randomUUID(), 'not-a-user-id'];
        const { result, count, statements } = await countQueries(t.dataSource, () => access.permittedUserIds(chairActor, ids, 'read'));
        expect([...result].sort()).toEqual([chairColleague.id, sameDistrictUser.id].sort());
        expect(count).toBe(1);
        expect(statements[0]).toMatch(/^SELECT/);
      });

      it('still uses one statement for many ids (the count does not grow with the set)', async () => {
        const many: TestUser[] = [];
        for (let i = 0; i < 12; i += 1) many.push(await createUser(t.dataSource, { roles: [Role.ANALYST], agencyId: chairColleague.agencyId }));
        const ids = [...many.map((u) => u.id), outsider.id];
        const { result, count } = await countQueries(t.dataSource, () => access.permittedUserIds(chairActor, ids, 'read'));
        expect([...result].sort()).toEqual(many.map((u) => u.id).sort());
        expect(count).toBe(1);
      });

      it('gives a chair nothing to manage, and an administrator every existing account to manage', async () => {
        const ids = [chairColleague.id, outsider.id, randomUUID()];
        expect(await access.permittedUserIds(chairActor, ids, 'manage')).toEqual(new Set());
        const adminActor = (await t.app.get(SessionService).resolve(admin.token)) as Actor;
        expect(await access.permittedUserIds(adminActor, ids, 'manage')).toEqual(new Set([chairColleague.id, outsider.id]));
      });

      it('asks the database nothing for an empty set', async () => {
        const { result, count } = await countQueries(t.dataSource, () => access.permittedUserIds(chairActor, [], 'read'));
        expect(result).toEqual(new Set());
        expect(count).toBe(0);
      });
    });
  });

  describe('concurrent edits: a stale version is a CONFLICT and changes nothing', () => {
    let admin: TestSession;
    let agencyId: string;

    beforeAll(async () => {
      admin = await sessionFor(t, Role.ADMIN);
      agencyId = (await createAgency(t.dataSource)).id;
    });

    it('updateUser with the version it read bumps the version by 1; the same version again is refused with CONFLICT', async () => {
      const user = await createUser(t.dataSource, { roles: [Role.ANALYST], agencyId });
      const first = await admin.send(UPDATE_USER, { input: { id: user.id, version: 1, displayName: 'First Editor Name' } });
      expect(first.data?.updateUser).toMatchObject({ displayName: 'First Editor Name', version: 2 });

      const seq = await lastAuditSeq();
      const stale = await admin.send(UPDATE_USER, { input: { id: user.id, version: 1, displayName: 'Second Editor Name', roles: [Role.AUDITOR] } });
      expect(GraphQLTestClient.codeOf(stale)).toBe('CONFLICT');
      expect(stale.data).toBeNull();
      const [row] = await t.dataSource.query(`SELECT display_name, roles, version FROM user_account WHERE id = $1`, [user.id]);
      expect(row).toEqual({ display_name: 'First Editor Name', roles: ['ANALYST'], version: 2 });
      expect(await auditSince(seq)).toEqual([]);

      const current = await admin.send(UPDATE_USER, { input: { id: user.id, version: 2, displayName: 'Second Editor Name' } });
      expect(current.data?.updateUser).toMatchObject({ displayName: 'Second Editor Name', version: 3 });
    });

    it('updateAgency with the version it read bumps the version by 1; the same version again is refused with CONFLICT', async () => {
      const agency = await createAgency(t.dataSource);
      const firstName = `First Name ${uniqueSuffix()}`;
      const first = await admin.send(UPDATE_AGENCY, { input: { id: agency.id, version: 1, name: firstName } });
      expect(first.data?.updateAgency).toMatchObject({ name: firstName, version: 2 });

      const seq = await lastAuditSeq();
      const stale = await admin.send(UPDATE_AGENCY, { input: { id: agency.id, version: 1, name: `Stale ${uniqueSuffix()}`, active: false } });
      expect(GraphQLTestClient.codeOf(stale)).toBe('CONFLICT');
      expect(stale.data).toBeNull();
      const [row] = await t.dataSource.query(`SELECT name, active, version FROM agency WHERE id = $1`, [agency.id]);
      expect(row).toEqual({ name: firstName, active: true, version: 2 });
      expect(await auditSince(seq)).toEqual([]);

      const current = await admin.send(UPDATE_AGENCY, { input: { id: agency.id, version: 2, active: false } });
      expect(current.data?.updateAgency).toMatchObject({ name: firstName, active: false, version: 3 });
    });

    it('setUserActive with a stale version is refused with CONFLICT and the account stays active', async () => {
      const user = await createUser(t.dataSource, { roles: [Role.ANALYST], agencyId });
      await admin.send(UPDATE_USER, { input: { id: user.id, version: 1, displayName: 'Edited Elsewhere' } });
      const stale = await admin.send(SET_USER_ACTIVE, { input: { id: user.id, version: 1, active: false } });
      expect(GraphQLTestClient.codeOf(stale)).toBe('CONFLICT');
      const [row] = await t.dataSource.query(`SELECT active, version FROM user_account WHERE id = $1`, [user.id]);
      expect(row).toEqual({ active: true, version: 2 });
    });
  });

  describe('creating accounts', () => {
    let admin: TestSession;
    let agencyId: string;
    let districtId: string;

    beforeAll(async () => {
      admin = await sessionFor(t, Role.ADMIN);
      districtId = (await createDistrict(t.dataSource)).id;
      agencyId = (await createAgency(t.dataSource, { districtId })).id;
    });

    it('an account an administrator creates can sign in with the password given, and only with it', async () => {
      const email = `new.starter.${uniqueSuffix()}@example.test`;
      const password = 'an-invented-long-passphrase';
      const created = await admin.send<{ createUser: { id: string } }>(CREATE_USER, {
        input: { email, displayName: 'New Starter', agencyId, roles: [Role.MACE_CHAIR], districtIds: [districtId], password },
      });
      expect(created.errors).toBeUndefined();
      const id = created.data!.createUser.id;

      const login = await t.gql.send<{ login: { token: string; user: { id: string } } }>(LOGIN, { email, password });
      expect(login.errors).toBeUndefined();
      expect(login.data?.login.user.id).toBe(id);
      const me = await t.gql.send(ME, {}, { token: login.data!.login.token });
      expect(me.data?.me).toEqual({ id, roles: ['MACE_CHAIR'], agency: { id: agencyId } });

      const wrong = await t.gql.send(LOGIN, { email, password: 'not-the-given-passphrase' });
      expect(GraphQLTestClient.codeOf(wrong)).toBe('UNAUTHENTICATED');
    });

    it('stores the password only as an argon2id hash', async () => {
      const email = `hashed.${uniqueSuffix()}@example.test`;
      const password = 'another-invented-passphrase';
      await admin.send(CREATE_USER, { input: { email, displayName: 'Hashed Person', agencyId, roles: [Role.ANALYST], password } });
      const [row] = await t.dataSource.query(`SELECT password_hash FROM user_account WHERE email = $1`, [email]);
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
      expect(row.password_hash).not.toContain(password);
    });

    it('an account created without a password (single sign-on) cannot sign in with a password', async () => {
      const email = `sso.only.${uniqueSuffix()}@example.test`;
      const created = await admin.send(CREATE_USER, { input: { email, displayName: 'Single Sign On', agencyId, roles: [Role.ANALYST] } });
      expect(created.errors).toBeUndefined();
      const login = await t.gql.send(LOGIN, { email, password: 'any-password-at-all' });
      expect(GraphQLTestClient.codeOf(login)).toBe('UNAUTHENTICATED');
    });

    it.each([
      ['the same case', (email: string) => email],
      ['upper case', (email: string) => email.toUpperCase()],
      ['mixed case', (email: string) => email.replace(/^./, (c) => c.toUpperCase())],
    ])('refuses an e-mail address already in use, written in %s, with BAD_USER_INPUT on fields.email', async (_case, variant) => {
      const existing = await createUser(t.dataSource, { roles: [Role.ANALYST], agencyId });
      const before = await snapshot();
      const res = await admin.send(CREATE_USER, {
        input: { email: variant(existing.email), displayName: 'Duplicate Person', agencyId, roles: [Role.ANALYST] },
      });
      expect(GraphQLTestClient.codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields).toEqual({ email: 'A user with this email address already exists' });
      expect(await snapshot()).toEqual(before);
    });
  });
});

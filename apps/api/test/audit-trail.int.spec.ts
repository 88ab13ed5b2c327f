import request from 'supertest';
import { AuditService } from '@mace/api-audit';
import { AuditOperation, AuditSubjectType, Role } from '@mace/shared-domain';
import {
  createAgency,
  createDistrict,
  GraphQLResponse,
  GraphQLTestClient,
  sessionFor,
  startTestApp,
  TestApp,
  TestSession,
  uniqueSuffix,
} from '@mace/api-testing';
import { EntityManager } from 'typeorm';
import { createApiApp } from '../src/bootstrap/create-api-app';

const VERIFY = `{ verifyAuditChain { intact checkedCount firstBrokenSeq } }`;
const AUDIT_EVENTS = `query($first: Int, $after: String, $filter: AuditEventFilter) {
  auditEvents(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id seq operation actorUserId actorAgencyId actorRoles subjectType subjectIds justification requestId }
  }
}`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`;
const UPDATE_USER = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { id version } }`;

interface AuditNode {
  id: string;
  seq: string;
  operation: string;
  actorUserId: string | null;
  actorAgencyId: string | null;
  actorRoles: string[];
  subjectType: string;
  subjectIds: string[];
  justification: string | null;
  requestId: string | null;
}
interface AuditPage {
  auditEvents: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: AuditNode[] };
}

/** Insert a district and its COLLECTION event in the caller's transaction, the way services do. */
async function addDistrictWithEvent(audit: AuditService, manager: EntityManager, name: string, marker: string): Promise<void> {
  const [district] = await manager.query(`INSERT INTO district (name) VALUES ($1) RETURNING id`, [name]);
  await audit.record(manager, {
    operation: AuditOperation.COLLECTION,
    subjectType: AuditSubjectType.DISTRICT,
    subjectIds: [district.id],
    justification: marker,
  });
}

async function auditRowCount(t: TestApp): Promise<number> {
  const [row] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event`);
  return row.n;
}

async function lastSeq(t: TestApp): Promise<string> {
  const [row] = await t.dataSource.query(`SELECT coalesce(max(seq), 0)::text AS seq FROM audit_event`);
  return row.seq;
}

/** Seqs compared as numbers (they are bigints, sent as strings). */
function strictlyDescending(seqs: string[]): boolean {
  return seqs.every((seq, i) => i === 0 || BigInt(seq) < BigInt(seqs[i - 1]));
}

describe('audit trail', () => {
  let t: TestApp;
  let admin: TestSession;
  let auditor: TestSession;
  let agencyId: string;

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
    const districtId = (await createDistrict(t.dataSource)).id;
    agencyId = (await createAgency(t.dataSource, { districtId })).id;
    admin = await sessionFor(t, Role.ADMIN, { agencyId });
    auditor = await sessionFor(t, Role.AUDITOR);
  });
  afterAll(() => t.close());

  describe('an event and the change it records commit and roll back together', () => {
    it('rolls back both the district and its audit event when the transaction fails', async () => {
      const audit = t.app.get(AuditService);
      const name = `Abandoned District ${uniqueSuffix()}`;
      const marker = `rollback check ${uniqueSuffix()}`;
      const rowsBefore = await auditRowCount(t);

      await expect(
        t.dataSource.transaction(async (manager) => {
          await addDistrictWithEvent(audit, manager, name, marker);
          // Both are there inside the transaction, so the check below is about the rollback.
          const [seen] = await manager.query(`SELECT count(*)::int AS n FROM audit_event WHERE justification = $1`, [marker]);
          expect(seen.n).toBe(1);
          throw new Error('abandon the change');
        }),
      ).rejects.toThrow('abandon the change');

      expect(await t.dataSource.query(`SELECT id FROM district WHERE name = $1`, [name])).toEqual([]);
      expect(await t.dataSource.query(`SELECT seq FROM audit_event WHERE justification = $1`, [marker])).toEqual([]);
      expect(await auditRowCount(t)).toBe(rowsBefore);
      // The number the abandoned event took is a gap, not a break: the chain links by order.
      expect(await t.app.get(AuditService).verifyChain()).toMatchObject({ intact: true, firstBrokenSeq: null });
    });

    it('commits both when the transaction succeeds', async () => {
      const audit = t.app.get(AuditService);
      const name = `Kept District ${uniqueSuffix()}`;
      const marker = `commit check ${uniqueSuffix()}`;
      await t.dataSource.transaction(async (manager) => {
        await addDistrictWithEvent(audit, manager, name, marker);
      });
      const [district] = await t.dataSource.query(`SELECT id FROM district WHERE name = $1`, [name]);
      const events = await t.dataSource.query(`SELECT subject_ids FROM audit_event WHERE justification = $1`, [marker]);
      expect(events).toEqual([{ subject_ids: [district.id] }]);
    });
  });

  describe('what createUser records', () => {
    it('writes exactly one COLLECTION event naming the new user, the actor, agency, roles and request id, and no e-mail or name', async () => {
      const requestId = `audit-req-${uniqueSuffix()}`;
      const email = `zebedee.quartermaine.${uniqueSuffix()}@example.test`;
      const displayName = 'Zebedee Quartermaine';
      const password = 'an-invented-passphrase-for-audit';
      const before = await lastSeq(t);

      const res = await request(t.server)
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('authorization', `Bearer ${admin.token}`)
        .set('x-request-id', requestId)
        .send({
          query: CREATE_USER,
          variables: { input: { email, displayName, agencyId, roles: [Role.MACE_CHAIR], password } },
        });
      expect(res.body.errors).toBeUndefined();
      const newId = res.body.data.createUser.id;

      const rows = await t.dataSource.query(`SELECT * FROM audit_event WHERE seq > $1 ORDER BY seq`, [before]);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        operation: 'COLLECTION',
        actor_user_id: admin.id,
        actor_agency_id: agencyId,
        actor_roles: ['ADMIN'],
        subject_type: 'USER',
        subject_ids: [newId],
        recipients: [],
        request_id: requestId,
        justification: 'user account created',
      });
      const everyColumn = JSON.stringify(rows[0]).toLowerCase();
      for (const personal of [email, email.split('@')[0], 'zebedee', 'quartermaine', password]) {
        expect(everyColumn).not.toContain(personal.toLowerCase());
      }
    });
  });

  describe('the table is append-only, on this engine too', () => {
    it.each([
      ['UPDATE', `UPDATE audit_event SET justification = 'rewritten' WHERE seq = (SELECT min(seq) FROM audit_event)`],
      ['DELETE', `DELETE FROM audit_event WHERE seq = (SELECT min(seq) FROM audit_event)`],
      ['TRUNCATE', `TRUNCATE audit_event`],
    ])('refuses %s with a trigger error and leaves every row as it was', async (verb, sql) => {
      const digest = `SELECT count(*)::int AS n, md5(string_agg(e::text, '|' ORDER BY e.seq)) AS digest FROM audit_event e`;
      const [before] = await t.dataSource.query(digest);
      expect(before.n).toBeGreaterThan(0);

      const error = await t.dataSource.query(sql).then(
        () => null,
        (e: unknown) => e as Error & { driverError?: { code?: string } },
      );
      expect(error?.message).toBe(`audit_event is append-only: ${verb} refused`);
      expect(error?.driverError?.code).toBe('42501');

      expect(await t.dataSource.query(digest)).toEqual([before]);
    });
  });

  describe('verifyAuditChain (auditors only)', () => {
    it('AUDITOR: reports the chain intact, having checked every row', async () => {
      const rows = await auditRowCount(t);
      const res = await auditor.send(VERIFY);
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ verifyAuditChain: { intact: true, checkedCount: rows, firstBrokenSeq: null } });
    });

    it.each(Object.values(Role).filter((role) => role !== Role.AUDITOR))('%s is refused with FORBIDDEN', async (role) => {
      const session = role === Role.ADMIN ? admin : await sessionFor(t, role);
      const res = await session.send(VERIFY);
      expect(GraphQLTestClient.codeOf(res)).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
    });
  });

  describe('auditEvents (auditors only)', () => {
    let firstId: string;
    let secondId: string;
    // An administrator of its own, so the events filtered on below are exactly the ones made here.
    let admin: TestSession;

    beforeAll(async () => {
      admin = await sessionFor(t, Role.ADMIN, { agencyId });
      const make = async (name: string) => {
        const res = await admin.send<{ createUser: { id: string } }>(CREATE_USER, {
          input: { email: `${name.toLowerCase().replace(/ /g, '.')}.${uniqueSuffix()}@example.test`, displayName: name, agencyId, roles: [Role.ANALYST] },
        });
        return res.data!.createUser.id;
      };
      firstId = await make('Invented First');
      secondId = await make('Invented Second');
      await admin.send(UPDATE_USER, { input: { id: firstId, version: 1, displayName: 'Invented First Renamed' } });
    });

    it.each(Object.values(Role).filter((role) => role !== Role.AUDITOR))('%s is refused with FORBIDDEN', async (role) => {
      const session = role === Role.ADMIN ? admin : await sessionFor(t, role);
      const res = await session.send(AUDIT_EVENTS);
      expect(GraphQLTestClient.codeOf(res)).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
    });

    it('filters by operation and actor, newest first', async () => {
      const res = await auditor.send<AuditPage>(AUDIT_EVENTS, { filter: { operation: 'COLLECTION', actorUserId: admin.id } });
      expect(res.errors).toBeUndefined();
      const nodes = res.data!.auditEvents.nodes;
      expect(nodes.map((n) => n.subjectIds)).toEqual([[secondId], [firstId]]);
      expect(nodes.every((n) => n.operation === 'COLLECTION' && n.actorUserId === admin.id && n.subjectType === 'USER')).toBe(true);
      expect(strictlyDescending(nodes.map((n) => n.seq))).toBe(true);
      expect(res.data!.auditEvents.totalCount).toBe(2);
    });

    it('filters by subject: everything recorded about one user, newest first', async () => {
      const res = await auditor.send<AuditPage>(AUDIT_EVENTS, { filter: { subjectId: firstId } });
      const nodes = res.data!.auditEvents.nodes;
      expect(nodes.map((n) => [n.operation, n.justification])).toEqual([
        ['ALTERATION', 'changed: displayName'],
        ['COLLECTION', 'user account created'],
      ]);
      const expected = await t.dataSource.query(`SELECT e.seq::text FROM audit_event e WHERE $1 = ANY(e.subject_ids) ORDER BY e.seq DESC`, [firstId]);
      // Read before this call's own consultation event was written.
      expect(nodes.map((n) => n.seq)).toEqual(expected.slice(1).map((r: { seq: string }) => r.seq));
    });

    it('filters by operation alone, and matches the table', async () => {
      const res = await auditor.send<AuditPage>(AUDIT_EVENTS, { first: 100, filter: { operation: 'LOGIN' } });
      const expected = await t.dataSource.query(`SELECT e.seq::text FROM audit_event e WHERE e.operation = 'LOGIN' ORDER BY e.seq DESC`);
      expect(res.data!.auditEvents.nodes.map((n) => n.seq)).toEqual(expected.map((r: { seq: string }) => r.seq));
      expect(res.data!.auditEvents.totalCount).toBe(expected.length);
    });

    it('refuses a malformed filter with BAD_USER_INPUT naming the field', async () => {
      const res = await auditor.send(AUDIT_EVENTS, { filter: { actorUserId: 'user-1' } });
      expect(GraphQLTestClient.codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields).toEqual({ 'filter.actorUserId': 'actorUserId must be a user id' });
    });

    it('records each call as a CONSULTATION of the AUDIT_TRAIL by the auditor, with the ids filtered on', async () => {
      const before = await lastSeq(t);
      await auditor.send(AUDIT_EVENTS, { filter: { subjectId: secondId, operation: 'COLLECTION' } });
      await auditor.send(AUDIT_EVENTS);
      const rows = await t.dataSource.query(
        `SELECT operation, actor_user_id, actor_roles, subject_type, subject_ids, justification FROM audit_event WHERE seq > $1 ORDER BY seq`,
        [before],
      );
      expect(rows).toEqual([
        {
          operation: 'CONSULTATION',
          actor_user_id: auditor.id,
          actor_roles: ['AUDITOR'],
          subject_type: 'AUDIT_TRAIL',
          subject_ids: [secondId],
          justification: 'audit review of COLLECTION',
        },
        {
          operation: 'CONSULTATION',
          actor_user_id: auditor.id,
          actor_roles: ['AUDITOR'],
          subject_type: 'AUDIT_TRAIL',
          subject_ids: [],
          justification: 'audit review',
        },
      ]);
    });

    it('pages through the whole trail with first/after: every event once, newest first, though each page read is itself recorded', async () => {
      const existing = (await t.dataSource.query(`SELECT e.seq::text FROM audit_event e ORDER BY e.seq DESC`)).map((r: { seq: string }) => r.seq);
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const res: GraphQLResponse<AuditPage> = await auditor.send<AuditPage>(AUDIT_EVENTS, { first: 4, after });
        expect(res.errors).toBeUndefined();
        const page = res.data!.auditEvents;
        expect(page.nodes.length).toBeLessThanOrEqual(4);
        seen.push(...page.nodes.map((n) => n.seq));
        pages += 1;
        if (!page.pageInfo.hasNextPage) break;
        expect(page.nodes).toHaveLength(4);
        expect(page.pageInfo.endCursor).toBeTruthy();
        after = page.pageInfo.endCursor;
        expect(pages).toBeLessThan(100);
      }
      expect(pages).toBe(Math.ceil(existing.length / 4));
      expect(strictlyDescending(seen)).toBe(true);
      expect(seen).toEqual(existing);
    });

    it('answers a short last page with hasNextPage false and, past the end, an empty page', async () => {
      const filter = { operation: 'COLLECTION', actorUserId: admin.id };
      const one = await auditor.send<AuditPage>(AUDIT_EVENTS, { first: 1, filter });
      expect(one.data!.auditEvents.nodes.map((n) => n.subjectIds)).toEqual([[secondId]]);
      expect(one.data!.auditEvents.pageInfo.hasNextPage).toBe(true);
      const two = await auditor.send<AuditPage>(AUDIT_EVENTS, { first: 1, filter, after: one.data!.auditEvents.pageInfo.endCursor });
      expect(two.data!.auditEvents.nodes.map((n) => n.subjectIds)).toEqual([[firstId]]);
      expect(two.data!.auditEvents.pageInfo.hasNextPage).toBe(false);
      expect(two.data!.auditEvents.totalCount).toBe(2);
      const three = await auditor.send<AuditPage>(AUDIT_EVENTS, { first: 1, filter, after: two.data!.auditEvents.pageInfo.endCursor });
      expect(three.data!.auditEvents.nodes).toEqual([]);
      expect(three.data!.auditEvents.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
    });
  });
});

/**
 * Tampering breaks the chain for good, so each case runs on an app and database of its own. The
 * tamperer is the table owner, who can switch the append-only trigger off; the chain still tells.
 */
describe.each([
  {
    tamper: 'a middle row is edited',
    reported: 'that row',
    act: async (t: TestApp, seq: string) => {
      await t.dataSource.query(`UPDATE audit_event SET justification = 'nothing to see here' WHERE seq = $1`, [seq]);
      return seq;
    },
  },
  {
    tamper: 'a middle row is deleted',
    reported: 'the row after it',
    act: async (t: TestApp, seq: string) => {
      await t.dataSource.query(`DELETE FROM audit_event WHERE seq = $1`, [seq]);
      const [next] = await t.dataSource.query(`SELECT min(seq)::text AS seq FROM audit_event WHERE seq > $1`, [seq]);
      return next.seq as string;
    },
  },
])('verifyAuditChain after $tamper ($reported is reported as the first break)', ({ act }) => {
  let t: TestApp;
  let auditor: TestSession;

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
    auditor = await sessionFor(t, Role.AUDITOR);
    // A few more events, so there is a middle to tamper with.
    for (let i = 0; i < 3; i += 1) await auditor.send(AUDIT_EVENTS);
  });
  afterAll(() => t.close());

  it('reports intact before, then intact: false with the first broken row, having still checked every row', async () => {
    const before = await auditor.send(VERIFY);
    expect(before.data).toEqual({ verifyAuditChain: { intact: true, checkedCount: await auditRowCount(t), firstBrokenSeq: null } });

    const seqs: string[] = (await t.dataSource.query(`SELECT e.seq::text FROM audit_event e ORDER BY e.seq`)).map((r: { seq: string }) => r.seq);
    expect(seqs.length).toBeGreaterThanOrEqual(4);
    const middle = seqs[Math.floor(seqs.length / 2)];

    await t.dataSource.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_immutable`);
    const broken = await act(t, middle);
    await t.dataSource.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_immutable`);

    const after = await auditor.send(VERIFY);
    expect(after.errors).toBeUndefined();
    expect(after.data).toEqual({
      verifyAuditChain: { intact: false, checkedCount: await auditRowCount(t), firstBrokenSeq: broken },
    });
    // Events written after the tampering chain on normally; the break is still the one reported.
    await auditor.send(AUDIT_EVENTS);
    expect((await auditor.send(VERIFY)).data).toMatchObject({ verifyAuditChain: { intact: false, firstBrokenSeq: broken } });
  });
});

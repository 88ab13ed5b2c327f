import { randomUUID } from 'node:crypto';
import { AuditOperation, AuditSubjectType, InvolvementKind } from '@mace/shared-domain';
import { createChild, GraphQLResponse, GraphQLTestClient, startTestApp, TestApp, TestSession } from '@mace/api-testing';
import { createApiApp } from '../src/bootstrap/create-api-app';
import { auditSince, buildWorld, childTables, EVERYONE, lastAuditSeq, Who, World } from './children-fixtures';

const CHILD = `query($id: ID!) { child(id: $id) { id fullName accessPath version } }`;
const CHILDREN = `query { children(first: 100) { totalCount nodes { id accessPath } } }`;
const UPDATE = `mutation($input: UpdateChildInput!) { updateChild(input: $input) { id givenName restricted version } }`;
const SET_RISK = `mutation($input: SetChildRiskInput!) { setChildRisk(input: $input) { id riskLevel version } }`;
const SET_STATUS = `mutation($input: SetChildStatusInput!) { setChildStatus(input: $input) { id status version } }`;
const ADD_FLAG = `mutation($input: AddChildFlagInput!) { addChildFlag(input: $input) { id flags { label } } }`;
const REMOVE_FLAG = `mutation($input: RemoveChildFlagInput!) { removeChildFlag(input: $input) { id flags { label } } }`;
const GRANT = `mutation($input: GrantChildAccessInput!) { grantChildAccess(input: $input) { id involvements { kind agency { id } } } }`;

/**
 * allowed: done and audited. FORBIDDEN: the caller may read the record, so is told they may not
 * do this. NOT_FOUND: out of scope, answered exactly like a missing id. DENIED: the role lacks
 * the operation's permission; the guard refuses and audits ACCESS_DENIED.
 */
type Outcome = 'allowed' | 'FORBIDDEN' | 'NOT_FOUND' | 'DENIED';
type Operation = 'read' | 'edit details' | 'set risk' | 'set status' | 'add flag' | 'remove flag' | 'give access' | 'restrict';

// prettier-ignore
const POLICY: Record<Who, Record<Operation, Outcome>> = {
  //                                                    read          edit details   set risk       set status     add flag       remove flag    give access    restrict
  'chair of the district':                              { read: 'allowed',   'edit details': 'allowed',   'set risk': 'allowed',   'set status': 'allowed',   'add flag': 'allowed',   'remove flag': 'allowed',   'give access': 'allowed',   restrict: 'allowed' },
  'SPOC of the district':                               { read: 'allowed',   'edit details': 'FORBIDDEN', 'set risk': 'FORBIDDEN', 'set status': 'FORBIDDEN', 'add flag': 'allowed',   'remove flag': 'allowed',   'give access': 'DENIED',    restrict: 'FORBIDDEN' },
  'practitioner of the referring agency':               { read: 'allowed',   'edit details': 'FORBIDDEN', 'set risk': 'FORBIDDEN', 'set status': 'FORBIDDEN', 'add flag': 'allowed',   'remove flag': 'allowed',   'give access': 'DENIED',    restrict: 'FORBIDDEN' },
  'practitioner of the lead agency':                    { read: 'allowed',   'edit details': 'allowed',   'set risk': 'allowed',   'set status': 'allowed',   'add flag': 'allowed',   'remove flag': 'allowed',   'give access': 'DENIED',    restrict: 'FORBIDDEN' },
  'practitioner of an agency given access':             { read: 'allowed',   'edit details': 'FORBIDDEN', 'set risk': 'FORBIDDEN', 'set status': 'FORBIDDEN', 'add flag': 'allowed',   'remove flag': 'allowed',   'give access': 'DENIED',    restrict: 'FORBIDDEN' },
  'practitioner of an uninvolved agency in the district': { read: 'NOT_FOUND', 'edit details': 'NOT_FOUND', 'set risk': 'NOT_FOUND', 'set status': 'NOT_FOUND', 'add flag': 'NOT_FOUND', 'remove flag': 'NOT_FOUND', 'give access': 'DENIED',    restrict: 'NOT_FOUND' },
  'practitioner in another district':                   { read: 'NOT_FOUND', 'edit details': 'NOT_FOUND', 'set risk': 'NOT_FOUND', 'set status': 'NOT_FOUND', 'add flag': 'NOT_FOUND', 'remove flag': 'NOT_FOUND', 'give access': 'DENIED',    restrict: 'NOT_FOUND' },
  'chair of another district':                          { read: 'NOT_FOUND', 'edit details': 'NOT_FOUND', 'set risk': 'NOT_FOUND', 'set status': 'NOT_FOUND', 'add flag': 'NOT_FOUND', 'remove flag': 'NOT_FOUND', 'give access': 'NOT_FOUND', restrict: 'NOT_FOUND' },
  'analyst of the district':                            { read: 'DENIED',    'edit details': 'DENIED',    'set risk': 'DENIED',    'set status': 'DENIED',    'add flag': 'DENIED',    'remove flag': 'DENIED',    'give access': 'DENIED',    restrict: 'DENIED' },
  auditor:                                              { read: 'DENIED',    'edit details': 'DENIED',    'set risk': 'DENIED',    'set status': 'DENIED',    'add flag': 'DENIED',    'remove flag': 'DENIED',    'give access': 'DENIED',    restrict: 'DENIED' },
  admin:                                                { read: 'DENIED',    'edit details': 'DENIED',    'set risk': 'DENIED',    'set status': 'DENIED',    'add flag': 'DENIED',    'remove flag': 'DENIED',    'give access': 'DENIED',    restrict: 'DENIED' },
};

/** The justification of the CONSULTATION event for each caller who may read the matrix child. */
const READ_JUSTIFICATION: Partial<Record<Who, string>> = {
  'chair of the district': 'district oversight',
  'SPOC of the district': 'district oversight',
  'practitioner of the referring agency': 'involvement: REFERRER',
  'practitioner of the lead agency': 'involvement: LEAD_AGENCY',
  'practitioner of an agency given access': 'involvement: GRANTED',
};

interface Change {
  /** Resolver method named in the guard's ACCESS_DENIED event. */
  denied: string;
  prepare(w: World, t: TestApp, childId: string): Promise<Record<string, unknown>>;
  send(s: TestSession, childId: string, prepared: Record<string, unknown>): Promise<GraphQLResponse>;
  justification(w: World): string;
  notFound: string;
}

const CHANGES: Record<Exclude<Operation, 'read'>, Change> = {
  'edit details': {
    denied: 'ChildrenResolver.updateChild needs child:update',
    prepare: async () => ({}),
    send: (s, id) => s.send(UPDATE, { input: { id, version: 1, givenName: 'Renamed' } }),
    justification: () => 'changed: givenName',
    notFound: 'Child not found',
  },
  'set risk': {
    denied: 'ChildrenResolver.setChildRisk needs child:update',
    prepare: async () => ({}),
    send: (s, id) => s.send(SET_RISK, { input: { childId: id, version: 1, level: 'HIGH', rationale: 'Seen with older males', source: 'AGENCY' } }),
    justification: () => 'risk: set',
    notFound: 'Child not found',
  },
  'set status': {
    denied: 'ChildrenResolver.setChildStatus needs child:update',
    prepare: async () => ({}),
    send: (s, id) => s.send(SET_STATUS, { input: { childId: id, version: 1, status: 'OPEN' } }),
    justification: () => 'status: set',
    notFound: 'Child not found',
  },
  'add flag': {
    denied: 'ChildrenResolver.addChildFlag needs child:update',
    prepare: async () => ({}),
    send: (s, id) => s.send(ADD_FLAG, { input: { childId: id, label: 'Missing often', reason: 'Three episodes this month' } }),
    justification: () => 'flag added',
    notFound: 'Child not found',
  },
  'remove flag': {
    denied: 'ChildrenResolver.removeChildFlag needs child:update',
    prepare: async (_w, t, childId) => {
      const [flag] = await t.dataSource.query(`INSERT INTO child_flag (child_id, label, reason) VALUES ($1, 'Old flag', 'Set by a test') RETURNING id`, [
        childId,
      ]);
      return { flagId: flag.id };
    },
    send: (s, _id, prepared) => s.send(REMOVE_FLAG, { input: { flagId: prepared.flagId, reason: 'No longer relevant' } }),
    justification: () => 'flag removed',
    notFound: 'Flag not found',
  },
  'give access': {
    denied: 'ChildrenResolver.grantChildAccess needs child:manage-district',
    prepare: async () => ({}),
    send: (s, id) => s.send(GRANT, { input: { childId: id, agencyId: WORLD.uninvolvedAgencyId, reason: 'Housing move planned' } }),
    justification: (w) => `access granted to agency ${w.uninvolvedAgencyId}`,
    notFound: 'Child not found',
  },
  restrict: {
    denied: 'ChildrenResolver.updateChild needs child:update',
    prepare: async () => ({}),
    send: (s, id) => s.send(UPDATE, { input: { id, version: 1, restricted: true } }),
    justification: () => 'changed: restricted',
    notFound: 'Child not found',
  },
};

let WORLD: World;

describe('children: who may read and change a child record', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
    WORLD = await buildWorld(t);
  });
  afterAll(() => t.close());

  const expectRefusal = async (res: GraphQLResponse, outcome: Outcome, session: TestSession, denied: string, notFound: string, seq: string) => {
    const events = await auditSince(t, seq);
    expect(res.data).toBeNull();
    if (outcome === 'DENIED') {
      expect(GraphQLTestClient.codeOf(res)).toBe('FORBIDDEN');
      expect(events).toEqual([expect.objectContaining({ operation: AuditOperation.ACCESS_DENIED, actor_user_id: session.id, justification: denied })]);
      return;
    }
    expect(GraphQLTestClient.codeOf(res)).toBe(outcome);
    if (outcome === 'NOT_FOUND') expect(res.errors?.[0].message).toBe(notFound);
    else expect(res.errors?.[0].message).toMatch(/^Only /);
    expect(events).toEqual([]);
  };

  describe('child(id)', () => {
    it.each(EVERYONE.map((who) => ({ who, outcome: POLICY[who].read })))('$who: $outcome', async ({ who, outcome }) => {
      const child = await WORLD.child();
      const session = WORLD.sessions[who];
      const seq = await lastAuditSeq(t);
      const res = await session.send<{ child: { id: string; accessPath: string } }>(CHILD, { id: child.id });
      if (outcome !== 'allowed') return expectRefusal(res, outcome, session, 'ChildrenResolver.child needs child:read', 'Child not found', seq);
      expect(res.errors).toBeUndefined();
      expect(res.data?.child).toMatchObject({ id: child.id, accessPath: READ_JUSTIFICATION[who]!.startsWith('district') ? 'DISTRICT_OVERSIGHT' : 'INVOLVEMENT' });
      expect(await auditSince(t, seq)).toEqual([
        {
          operation: AuditOperation.CONSULTATION,
          actor_user_id: session.id,
          subject_type: AuditSubjectType.CHILD,
          subject_ids: [child.id],
          justification: READ_JUSTIFICATION[who],
          recipients: [],
        },
      ]);
    });
  });

  describe('children(): the list holds exactly the children the caller may read', () => {
    let listed: string;
    let otherDistrictChild: string;
    beforeAll(async () => {
      listed = (await WORLD.child()).id;
      otherDistrictChild = (await createChild(t.dataSource, { districtId: WORLD.otherDistrictId })).id;
    });

    it.each(EVERYONE.map((who) => ({ who, outcome: POLICY[who].read })))('$who: $outcome', async ({ who, outcome }) => {
      const session = WORLD.sessions[who];
      const seq = await lastAuditSeq(t);
      const res = await session.send<{ children: { totalCount: number; nodes: { id: string }[] } }>(CHILDREN);
      if (outcome === 'DENIED') return expectRefusal(res, outcome, session, 'ChildrenResolver.children needs child:read', '', seq);
      expect(res.errors).toBeUndefined();
      const ids = res.data!.children.nodes.map((node) => node.id);
      expect(ids.includes(listed)).toBe(outcome === 'allowed');
      expect(ids.includes(otherDistrictChild)).toBe(who === 'chair of another district');
      const events = await auditSince(t, seq);
      if (ids.length === 0) return expect(events).toEqual([]);
      expect(events).toEqual([
        expect.objectContaining({
          operation: AuditOperation.CONSULTATION,
          subject_type: AuditSubjectType.CHILD,
          subject_ids: ids,
          justification: 'list: district oversight or involvement',
        }),
      ]);
    });
  });

  describe.each(Object.keys(CHANGES) as Exclude<Operation, 'read'>[])('%s', (operation) => {
    const change = CHANGES[operation];
    it.each(EVERYONE.map((who) => ({ who, outcome: POLICY[who][operation] })))('$who: $outcome', async ({ who, outcome }) => {
      const child = await WORLD.child();
      const prepared = await change.prepare(WORLD, t, child.id);
      const session = WORLD.sessions[who];
      const before = await childTables(t);
      const seq = await lastAuditSeq(t);
      const res = await change.send(session, child.id, prepared);
      if (outcome !== 'allowed') {
        await expectRefusal(res, outcome, session, change.denied, change.notFound, seq);
        expect(await childTables(t)).toEqual(before);
        return;
      }
      expect(res.errors).toBeUndefined();
      expect(await auditSince(t, seq)).toEqual([
        {
          operation: AuditOperation.ALTERATION,
          actor_user_id: session.id,
          subject_type: AuditSubjectType.CHILD,
          subject_ids: [child.id],
          justification: change.justification(WORLD),
          recipients: [],
        },
      ]);
      expect(await childTables(t)).not.toEqual(before);
    });
  });

  describe('out-of-scope ids are answered exactly like ids that do not exist', () => {
    const outsiders: Who[] = ['practitioner of an uninvolved agency in the district', 'practitioner in another district', 'chair of another district'];
    it.each(outsiders)('%s', async (who) => {
      const child = await WORLD.child();
      const session = WORLD.sessions[who];
      for (const [query, variables] of [
        [CHILD, (id: string) => ({ id })],
        [UPDATE, (id: string) => ({ input: { id, version: 1, givenName: 'Renamed' } })],
        [SET_STATUS, (id: string) => ({ input: { childId: id, version: 1, status: 'OPEN' } })],
        [ADD_FLAG, (id: string) => ({ input: { childId: id, label: 'A flag', reason: 'A reason' } })],
      ] as const) {
        const outOfScope = await session.send(query, variables(child.id));
        const missing = await session.send(query, variables(randomUUID()));
        expect(GraphQLTestClient.codeOf(outOfScope)).toBe('NOT_FOUND');
        expect({ data: outOfScope.data, errors: outOfScope.errors }).toEqual({ data: missing.data, errors: missing.errors });
      }
    });
  });

  it('a chair’s grant lets a practitioner of an uninvolved agency read the record, audited as involvement: GRANTED', async () => {
    const child = await WORLD.child();
    const practitioner = WORLD.sessions['practitioner of an uninvolved agency in the district'];
    expect(GraphQLTestClient.codeOf(await practitioner.send(CHILD, { id: child.id }))).toBe('NOT_FOUND');

    const granted = await WORLD.sessions['chair of the district'].send<{ grantChildAccess: { involvements: { kind: string; agency: { id: string } }[] } }>(
      GRANT,
      { input: { childId: child.id, agencyId: WORLD.uninvolvedAgencyId, reason: 'Housing move planned' } },
    );
    expect(granted.errors).toBeUndefined();
    expect(granted.data!.grantChildAccess.involvements).toContainEqual({ kind: InvolvementKind.GRANTED, agency: { id: WORLD.uninvolvedAgencyId } });
    const [row] = await t.dataSource.query(
      `SELECT reason, granted_by_user_id FROM child_involvement WHERE child_id = $1 AND agency_id = $2 AND kind = 'GRANTED'`,
      [child.id, WORLD.uninvolvedAgencyId],
    );
    expect(row).toEqual({ reason: 'Housing move planned', granted_by_user_id: WORLD.sessions['chair of the district'].id });

    const seq = await lastAuditSeq(t);
    const read = await practitioner.send<{ child: { id: string; accessPath: string } }>(CHILD, { id: child.id });
    expect(read.errors).toBeUndefined();
    expect(read.data!.child).toMatchObject({ id: child.id, accessPath: 'INVOLVEMENT' });
    expect(await auditSince(t, seq)).toEqual([expect.objectContaining({ operation: 'CONSULTATION', justification: 'involvement: GRANTED' })]);

    const again = await WORLD.sessions['chair of the district'].send(GRANT, {
      input: { childId: child.id, agencyId: WORLD.uninvolvedAgencyId, reason: 'Twice' },
    });
    expect(GraphQLTestClient.codeOf(again)).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0].extensions?.fields).toEqual({ agencyId: 'This agency has already been given access' });
  });

  it('changing the lead agency moves the LEAD_AGENCY involvement: the new lead may edit, the old one no longer sees the child', async () => {
    const child = await createChild(t.dataSource, { districtId: WORLD.districtId, leadAgencyId: WORLD.leadAgencyId });
    const chair = WORLD.sessions['chair of the district'];
    const res = await chair.send<{ updateChild: { version: number } }>(UPDATE, { input: { id: child.id, version: 1, leadAgencyId: WORLD.uninvolvedAgencyId } });
    expect(res.errors).toBeUndefined();
    const rows = await t.dataSource.query(`SELECT agency_id, kind FROM child_involvement WHERE child_id = $1`, [child.id]);
    expect(rows).toEqual([{ agency_id: WORLD.uninvolvedAgencyId, kind: 'LEAD_AGENCY' }]);
    expect(GraphQLTestClient.codeOf(await WORLD.sessions['practitioner of the lead agency'].send(CHILD, { id: child.id }))).toBe('NOT_FOUND');
    const edit = await WORLD.sessions['practitioner of an uninvolved agency in the district'].send(UPDATE, {
      input: { id: child.id, version: 2, givenName: 'Renamed' },
    });
    expect(edit.errors).toBeUndefined();
  });
});

import { InvolvementKind, RiskLevel } from '@mace/shared-domain';
import { countQueries, createChild, GraphQLTestClient, startTestApp, TestApp, TestSession } from '@mace/api-testing';
import { addDays, shiftYears, todayInLondon } from '@mace/api-children';
import { createApiApp } from '../src/bootstrap/create-api-app';
import { auditSince, buildWorld, childTables, lastAuditSeq, World } from './children-fixtures';

const UPDATE = `mutation($input: UpdateChildInput!) { updateChild(input: $input) { id givenName knownAs version } }`;
const SET_RISK = `mutation($input: SetChildRiskInput!) { setChildRisk(input: $input) { id riskLevel nextReviewOn reviewDue version riskHistory { level rationale source setBy agencyName } } }`;
const SET_STATUS = `mutation($input: SetChildStatusInput!) { setChildStatus(input: $input) { id status closureReason version } }`;
const ADD_FLAG = `mutation($input: AddChildFlagInput!) { addChildFlag(input: $input) { id flags { id label reason active setBy agencyName } } }`;
const REMOVE_FLAG = `mutation($input: RemoveChildFlagInput!) { removeChildFlag(input: $input) { id flags(includeRemoved: true) { label active removalReason } } }`;
const GRANT = `mutation($input: GrantChildAccessInput!) { grantChildAccess(input: $input) { id } }`;
const PROFILE = `query($id: ID!) {
  child(id: $id) {
    id fullName knownAs ageInYears reviewDue version district { id } leadAgency { id }
    involvements { kind reason agency { id } }
    chronology { kind summary detail by agencyName }
  }
}`;
const LIST = `query($first: Int) {
  children(first: $first) {
    totalCount
    nodes { id fullName knownAs dateOfBirth riskLevel status nextReviewOn district { name } leadAgency { name } flags { label } }
  }
}`;
const ORDERED = `query($orderBy: ChildOrder, $filter: ChildFilterInput) { children(first: 100, orderBy: $orderBy, filter: $filter) { nodes { id } } }`;

describe('children: editing, history, chronology, bad input, concurrency and query counts', () => {
  let t: TestApp;
  let w: World;
  let chair: TestSession;

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
    w = await buildWorld(t);
    chair = w.sessions['chair of the district'];
  });
  afterAll(() => t.close());

  it('replaces the names a child is known as, oldest first, and names only the changed fields in the audit event', async () => {
    const child = await w.child({ givenName: 'Amara', aliases: ['Ama'] });
    const seq = await lastAuditSeq(t);
    const res = await chair.send<{ updateChild: { givenName: string; knownAs: string[]; version: number } }>(UPDATE, {
      input: { id: child.id, version: 1, givenName: ' Amarah ', knownAs: ['Mimi', 'Amz'] },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateChild).toMatchObject({ givenName: 'Amarah', knownAs: ['Mimi', 'Amz'], version: 2 });
    const events = await auditSince(t, seq);
    expect(events.map((e) => [e.operation, e.justification])).toEqual([['ALTERATION', 'changed: givenName, knownAs']]);
    expect(JSON.stringify(events)).not.toContain('Mimi');
  });

  it('records risk through the history: level, review date by cadence, who and which agency, newest first', async () => {
    const child = await w.child();
    const lead = w.sessions['practitioner of the lead agency'];
    const res = await lead.send<{ setChildRisk: Record<string, unknown> & { riskHistory: unknown[] } }>(SET_RISK, {
      input: { childId: child.id, version: 1, level: 'MEDIUM', rationale: 'Missing twice this month', source: 'AGENCY' },
    });
    expect(res.errors).toBeUndefined();
    const [{ expected }] = await t.dataSource.query(
      `SELECT ((now() AT TIME ZONE 'Europe/London')::date + $1::int)::text AS expected`,
      [t.config.REVIEW_DAYS_MEDIUM],
    );
    const [agency] = await t.dataSource.query(`SELECT name FROM agency WHERE id = $1`, [w.leadAgencyId]);
    const [user] = await t.dataSource.query(`SELECT display_name FROM user_account WHERE id = $1`, [lead.id]);
    expect(res.data!.setChildRisk).toMatchObject({ riskLevel: 'MEDIUM', nextReviewOn: expected, reviewDue: false, version: 2 });
    expect(res.data!.setChildRisk.riskHistory[0]).toEqual({
      level: 'MEDIUM',
      rationale: 'Missing twice this month',
      source: 'AGENCY',
      setBy: user.display_name,
      agencyName: agency.name,
    });
  });

  it('ends the review schedule when a child is stepped down or closed, and restarts it from the cadence on reopening', async () => {
    const child = await w.child({ riskLevel: RiskLevel.HIGH });
    await t.dataSource.query(`UPDATE child SET next_review_on = '2026-01-01' WHERE id = $1`, [child.id]);
    const nextReview = async () => (await t.dataSource.query(`SELECT next_review_on::text AS d FROM child WHERE id = $1`, [child.id]))[0].d;

    const stepped = await chair.send(SET_STATUS, { input: { childId: child.id, version: 1, status: 'STEPPED_DOWN', reason: 'Risk reduced' } });
    expect(stepped.errors).toBeUndefined();
    expect(await nextReview()).toBeNull();

    const reopened = await chair.send(SET_STATUS, { input: { childId: child.id, version: 2, status: 'OPEN' } });
    expect(reopened.errors).toBeUndefined();
    expect(await nextReview()).toBe(addDays(todayInLondon(), t.config.REVIEW_DAYS_HIGH));
  });

  it('closes with a reason kept on the record; flags are added, expire and are removed with a reason', async () => {
    const child = await w.child({ involvements: [{ agencyId: w.referrerAgencyId, kind: InvolvementKind.REFERRER }] });
    const closed = await chair.send<{ setChildStatus: { status: string; closureReason: string } }>(SET_STATUS, {
      input: { childId: child.id, version: 1, status: 'CLOSED', reason: 'Moved out of area; case transferred' },
    });
    expect(closed.data!.setChildStatus).toMatchObject({ status: 'CLOSED', closureReason: 'Moved out of area; case transferred' });

    const added = await w.sessions['practitioner of the referring agency'].send<{ addChildFlag: { flags: { id: string; label: string; active: boolean }[] } }>(ADD_FLAG, {
      input: { childId: child.id, label: 'Known to county lines', reason: 'Police intelligence' },
    });
    expect(added.errors).toBeUndefined();
    const flagId = added.data!.addChildFlag.flags[0].id;
    // An expired flag drops out of the active list but stays in the history.
    await t.dataSource.query(`INSERT INTO child_flag (child_id, label, reason, expires_on) VALUES ($1, 'Old concern', 'Test', '2020-01-01')`, [child.id]);
    const removed = await chair.send<{ removeChildFlag: { flags: { label: string; active: boolean; removalReason: string | null }[] } }>(REMOVE_FLAG, {
      input: { flagId, reason: 'Intelligence withdrawn' },
    });
    expect(removed.errors).toBeUndefined();
    expect(removed.data!.removeChildFlag.flags).toEqual(
      expect.arrayContaining([
        { label: 'Known to county lines', active: false, removalReason: 'Intelligence withdrawn' },
        { label: 'Old concern', active: false, removalReason: null },
      ]),
    );
    const again = await chair.send(REMOVE_FLAG, { input: { flagId, reason: 'Twice' } });
    expect(again.errors?.[0].extensions?.fields).toEqual({ flagId: 'This flag has already been removed' });

    const profile = await chair.send<{ child: { chronology: { kind: string; summary: string; detail: string | null; by: string | null }[] } }>(PROFILE, { id: child.id });
    expect(profile.data!.child.chronology.map((e) => e.kind)).toEqual(['FLAG_REMOVED', 'FLAG_SET', 'FLAG_SET', 'STATUS']);
    expect(profile.data!.child.chronology[0]).toMatchObject({ summary: 'Flag removed: Known to county lines', detail: 'Intelligence withdrawn' });
    expect(profile.data!.child.chronology[3]).toMatchObject({ summary: 'Status: Closed', detail: 'Moved out of area; case transferred' });
  });

  it('tells the whole story in the chronology, newest first: referral, triage, risk, status, flags and access', async () => {
    const child = await w.child({ involvements: [] });
    // A referral and its triage decision, written as the referral service will (helper B's domain).
    const [tool] = await t.dataSource.query(
      `INSERT INTO screening_tool (version, name, definition) VALUES ((SELECT coalesce(max(version), 0) + 1 FROM screening_tool), 'Test tool', '{}') RETURNING id`,
    );
    await t.dataSource.query(
      `INSERT INTO referral (child_id, district_id, referrer_user_id, referrer_agency_id, concerns, screening_tool_id, answers,
         suggested_level, referrer_level, danger_statement, safety_goal, child_voice, strengths, child_aware, family_aware,
         lawful_basis, status, decision_rationale, decided_by_user_id, decided_at, submitted_at)
       VALUES ($1, $2, $3, $4, 'Concerns', $5, '[]', 'HIGH', 'HIGH', 'd', 's', 'v', 'st', 'YES', 'NO', 'SAFEGUARDING_CHILDREN',
         'ACCEPTED', 'Meets threshold', $6, now() - interval '1 day', now() - interval '2 days')`,
      [child.id, w.districtId, w.sessions['practitioner of the referring agency'].id, w.referrerAgencyId, tool.id, chair.id],
    );
    await chair.send(SET_RISK, { input: { childId: child.id, version: 1, level: 'HIGH', rationale: 'Accepted at triage', source: 'TRIAGE' } });
    await chair.send(SET_STATUS, { input: { childId: child.id, version: 2, status: 'OPEN' } });
    await chair.send(GRANT, { input: { childId: child.id, agencyId: w.uninvolvedAgencyId, reason: 'New school' } });
    const res = await chair.send<{ child: { chronology: { kind: string; summary: string; by: string | null; agencyName: string | null }[] } }>(PROFILE, { id: child.id });
    expect(res.errors).toBeUndefined();
    const chronology = res.data!.child.chronology;
    expect(chronology.map((e) => e.kind)).toEqual(['ACCESS_GRANTED', 'STATUS', 'RISK', 'TRIAGE', 'REFERRAL']);
    expect(chronology.map((e) => e.summary)).toEqual([
      expect.stringMatching(/^Access given to /),
      'Status: Open to MACE',
      'Risk level: High',
      'Triage decision: Accepted to MACE',
      'Referral submitted',
    ]);
    expect(chronology.every((e) => e.by && e.agencyName)).toBe(true);
  });

  it('works out age in Europe/London and marks a review due from today', async () => {
    const today = todayInLondon();
    const child = await w.child({ dateOfBirth: shiftYears(today, -13), nextReviewOn: today, riskLevel: RiskLevel.LOW });
    const res = await chair.send<{ child: { ageInYears: number; reviewDue: boolean } }>(PROFILE, { id: child.id });
    expect(res.data!.child).toMatchObject({ ageInYears: 13, reviewDue: true });
  });

  describe('list order and filters', () => {
    let ids: Record<string, string>;
    beforeAll(async () => {
      const [district] = await t.dataSource.query(`INSERT INTO district (name) VALUES ('Order district') RETURNING id`);
      await t.dataSource.query(`INSERT INTO user_district (user_id, district_id) VALUES ($1, $2)`, [chair.id, district.id]);
      const make = (familyName: string, riskLevel: RiskLevel, nextReviewOn: string | null) =>
        createChild(t.dataSource, { districtId: district.id, familyName, riskLevel, nextReviewOn }).then((c) => c.id);
      ids = {
        highLater: await make('Adams', RiskLevel.HIGH, '2999-02-01'),
        highSooner: await make('Zeller', RiskLevel.HIGH, '2020-01-01'),
        medium: await make('Baker', RiskLevel.MEDIUM, '2999-01-01'),
        none: await make('Carter', RiskLevel.NONE, null),
      };
      (ids as Record<string, string>).district = district.id;
    });

    it.each([
      ['RISK (default): highest risk first, then the earliest review', undefined, ['highSooner', 'highLater', 'medium', 'none']],
      ['NAME', 'NAME', ['highLater', 'medium', 'none', 'highSooner']],
      ['NEXT_REVIEW', 'NEXT_REVIEW', ['highSooner', 'medium', 'highLater', 'none']],
    ])('%s', async (_name, orderBy, expected) => {
      const res = await chair.send<{ children: { nodes: { id: string }[] } }>(ORDERED, { orderBy, filter: { districtId: ids.district } });
      expect(res.data!.children.nodes.map((n) => n.id)).toEqual((expected as string[]).map((key) => ids[key]));
    });

    it('filters by risk level and by review due', async () => {
      const high = await chair.send<{ children: { nodes: { id: string }[] } }>(ORDERED, { filter: { districtId: ids.district, riskLevels: ['HIGH'] } });
      expect(high.data!.children.nodes.map((n) => n.id)).toEqual([ids.highSooner, ids.highLater]);
      const due = await chair.send<{ children: { nodes: { id: string }[] } }>(ORDERED, { filter: { districtId: ids.district, reviewDue: true } });
      expect(due.data!.children.nodes.map((n) => n.id)).toEqual([ids.highSooner]);
    });
  });

  it('lets exactly one of 8 concurrent edits with the same version win; the others get CONFLICT and change nothing', async () => {
    const child = await w.child({ givenName: 'Original' });
    const seq = await lastAuditSeq(t);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => chair.send<{ updateChild: { givenName: string } }>(UPDATE, { input: { id: child.id, version: 1, givenName: `Editor${i}` } })),
    );
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => GraphQLTestClient.codeOf(r) === 'CONFLICT')).toHaveLength(7);
    const [row] = await t.dataSource.query(`SELECT given_name, version FROM child WHERE id = $1`, [child.id]);
    expect(row).toEqual({ given_name: winners[0].data!.updateChild.givenName, version: 2 });
    expect((await auditSince(t, seq)).filter((e) => e.operation === 'ALTERATION')).toHaveLength(1);
  });

  describe('bad input: BAD_USER_INPUT with a message per field, and nothing written', () => {
    const today = todayInLondon();
    const tomorrow = addDays(today, 1);
    const CASES: { name: string; query: string; input: (id: string) => Record<string, unknown>; fields: Record<string, string> }[] = [
      { name: 'date of birth in the future', query: UPDATE, input: (id) => ({ id, version: 1, dateOfBirth: tomorrow }), fields: { dateOfBirth: 'Date of birth must be in the past' } },
      { name: 'date of birth today', query: UPDATE, input: (id) => ({ id, version: 1, dateOfBirth: today }), fields: { dateOfBirth: 'Date of birth must be in the past' } },
      { name: 'date of birth over 25 years ago', query: UPDATE, input: (id) => ({ id, version: 1, dateOfBirth: shiftYears(today, -26) }), fields: { dateOfBirth: 'Date of birth must be no more than 25 years ago' } },
      { name: 'date of birth not a date', query: UPDATE, input: (id) => ({ id, version: 1, dateOfBirth: '2012-02-30' }), fields: { dateOfBirth: 'Enter the date of birth as a real date, like 2012-03-27' } },
      { name: '100 KB first name', query: UPDATE, input: (id) => ({ id, version: 1, givenName: 'x'.repeat(100_000) }), fields: { givenName: 'First name must be 100 characters or fewer' } },
      { name: 'empty family name', query: UPDATE, input: (id) => ({ id, version: 1, familyName: '  ' }), fields: { familyName: 'Enter the child’s last name' } },
      { name: 'gender sent as null', query: UPDATE, input: (id) => ({ id, version: 1, gender: null }), fields: { gender: 'Choose the child’s gender' } },
      { name: 'unknown lead agency', query: UPDATE, input: (id) => ({ id, version: 1, leadAgencyId: '00000000-0000-4000-8000-000000000000' }), fields: { leadAgencyId: 'Choose an active agency that exists' } },
      { name: 'an empty known-as name', query: UPDATE, input: (id) => ({ id, version: 1, knownAs: ['Jaz', ' '] }), fields: { knownAs: 'Enter each name the child is known as, or remove the empty one' } },
      { name: '100 KB rationale', query: SET_RISK, input: (id) => ({ childId: id, version: 1, level: 'HIGH', source: 'MEETING', rationale: 'x'.repeat(100_000) }), fields: { rationale: 'Rationale must be 10000 characters or fewer' } },
      { name: 'next review in the past', query: SET_RISK, input: (id) => ({ childId: id, version: 1, level: 'HIGH', source: 'MEETING', rationale: 'r', nextReviewOn: '2020-01-01' }), fields: { nextReviewOn: 'The next review date must be today or in the future' } },
      { name: 'closing without a reason', query: SET_STATUS, input: (id) => ({ childId: id, version: 1, status: 'CLOSED' }), fields: { reason: 'Enter the reason for stepping down or closing' } },
      { name: 'stepping down with an empty reason', query: SET_STATUS, input: (id) => ({ childId: id, version: 1, status: 'STEPPED_DOWN', reason: '' }), fields: { reason: 'Enter the reason for stepping down or closing' } },
      { name: 'flag expiring today', query: ADD_FLAG, input: (id) => ({ childId: id, label: 'Flag', reason: 'Reason', expiresOn: today }), fields: { expiresOn: 'The expiry date must be in the future' } },
      { name: '100 KB flag reason and long label', query: ADD_FLAG, input: (id) => ({ childId: id, label: 'L'.repeat(61), reason: 'x'.repeat(100_000) }), fields: { label: 'Flag must be 60 characters or fewer', reason: 'Reason must be 2000 characters or fewer' } },
      { name: 'unknown agency to grant', query: GRANT, input: (id) => ({ childId: id, agencyId: '00000000-0000-4000-8000-000000000000', reason: 'r' }), fields: { agencyId: 'Choose an active agency that exists' } },
    ];

    it.each(CASES)('$name', async ({ query, input, fields }) => {
      const child = await w.child({ involvements: [{ agencyId: w.referrerAgencyId, kind: InvolvementKind.REFERRER }] });
      const before = await childTables(t);
      const seq = await lastAuditSeq(t);
      const res = await chair.send(query, { input: input(child.id) });
      expect(GraphQLTestClient.codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields).toEqual(fields);
      expect(res.data).toBeNull();
      expect(await childTables(t)).toEqual(before);
      expect(await auditSince(t, seq)).toEqual([]);
    });

    it('an unknown enum value is refused before anything runs', async () => {
      const child = await w.child();
      const before = await childTables(t);
      const res = await chair.send(UPDATE, { input: { id: child.id, version: 1, gender: 'PURPLE' } });
      expect(GraphQLTestClient.codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields).toEqual({ gender: 'Choose an option from the list' });
      expect(await childTables(t)).toEqual(before);
    });
  });

  it('sends as many SQL statements for children(first: 50) as for children(first: 5)', async () => {
    const [district] = await t.dataSource.query(`INSERT INTO district (name) VALUES ('Count district') RETURNING id`);
    const spoc = w.sessions['SPOC of the district'];
    await t.dataSource.query(`INSERT INTO user_district (user_id, district_id) VALUES ($1, $2)`, [spoc.id, district.id]);
    for (let i = 0; i < 55; i += 1) {
      const child = await createChild(t.dataSource, { districtId: district.id, aliases: [`Alias ${i}`], leadAgencyId: w.leadAgencyId, riskLevel: RiskLevel.LOW });
      await t.dataSource.query(`INSERT INTO child_flag (child_id, label, reason) VALUES ($1, 'Flag', 'Reason')`, [child.id]);
    }
    const page = async (first: number) => {
      const counted = await countQueries(t.dataSource, () => spoc.send<{ children: { nodes: { flags: unknown[]; knownAs: string[] }[] } }>(LIST, { first }));
      expect(counted.result.errors).toBeUndefined();
      expect(counted.result.data!.children.nodes).toHaveLength(first);
      return counted.count;
    };
    const five = await page(5);
    const fifty = await page(50);
    expect(fifty).toBe(five);
    expect(five).toBeLessThan(20);
  });
});

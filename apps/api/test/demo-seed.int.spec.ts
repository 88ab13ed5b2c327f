import { PasswordService } from '@mace/api-auth';
import { scoreScreening } from '@mace/api-children';
import { DEMO_CHILDREN, seedDemoData } from '@mace/api-demo-data';
import { loginAs, startTestApp, TestApp, TestSession } from '@mace/api-testing';
import { ChildStatus, ReferralStatus, RiskLevel } from '@mace/shared-domain';
import { createApiApp } from '../src/bootstrap/create-api-app';

const PASSWORD = 'demo-password-for-tests';
const CADENCE = { HIGH: 7, MEDIUM: 28, LOW: 70 };

const SEARCH = `query Search($term: String!) {
  searchChildren(term: $term) { access district { name } child { fullName } }
}`;

/** The demo partnership must give every screen something to show on first start. */
describe('demo data', () => {
  let t: TestApp;
  const as = (email: string): Promise<TestSession> => loginAs(t, { email, password: PASSWORD } as never);

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
    expect(await seedDemoData(t.dataSource, t.app.get(PasswordService), PASSWORD, CADENCE)).toBe(true);
  });
  afterAll(() => t.close());

  it('loads only once', async () => {
    expect(await seedDemoData(t.dataSource, t.app.get(PasswordService), PASSWORD, CADENCE)).toBe(false);
  });

  it('holds children in every district, at every risk level and in every status', async () => {
    const rows: { district: string; risk: RiskLevel; status: ChildStatus }[] = await t.dataSource.query(
      `SELECT d.name AS district, c.risk_level AS risk, c.status FROM child c JOIN district d ON d.id = c.district_id`,
    );
    expect(rows).toHaveLength(DEMO_CHILDREN.length);
    expect(new Set(rows.map((r) => r.district))).toEqual(new Set(['Barnsley', 'Doncaster', 'Rotherham', 'Sheffield']));
    expect(new Set(rows.map((r) => r.risk))).toEqual(new Set(Object.values(RiskLevel)));
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(Object.values(ChildStatus)));
  });

  it('stores each referral with the suggestion the screening tool really gives for its answers', async () => {
    const rows: { answers: never[]; suggested_level: RiskLevel; definition: never }[] = await t.dataSource.query(
      `SELECT r.answers, r.suggested_level, s.definition FROM referral r JOIN screening_tool s ON s.id = r.screening_tool_id`,
    );
    expect(rows).toHaveLength(DEMO_CHILDREN.length);
    for (const row of rows) expect(scoreScreening(row.definition, row.answers).level).toBe(row.suggested_level);
  });

  it('fills the Sheffield triage board and the chair’s list', async () => {
    const chair = await as('sheffield.chair@example.org');
    const board = await chair.send<{ referrals: { totalCount: number } }>(
      `{ referrals(filter: { statuses: [AWAITING_TRIAGE] }) { totalCount } }`,
    );
    const awaiting = DEMO_CHILDREN.filter((c) => c.district === 'Sheffield' && c.referralStatus === ReferralStatus.AWAITING_TRIAGE);
    expect(board.data?.referrals.totalCount).toBe(awaiting.length);
    expect(awaiting.length).toBeGreaterThan(0);
    const list = await chair.send<{ children: { totalCount: number } }>(`{ children { totalCount } }`);
    expect(list.data?.children.totalCount).toBe(DEMO_CHILDREN.filter((c) => c.district === 'Sheffield').length);
  });

  it('lets the lead agency find Kayleigh Brennan by a misspelling, and another district only learn that she is known', async () => {
    const lead = await as('sheffield.socialcare@example.org');
    const found = await lead.send<{ searchChildren: { access: string; child: { fullName: string } | null }[] }>(SEARCH, {
      term: 'Kaylee Brenan',
    });
    expect(found.data?.searchChildren[0]).toMatchObject({ access: 'FULL', child: { fullName: 'Kayleigh Brennan' } });

    const outsider = await as('barnsley.education@example.org');
    const known = await outsider.send<{ searchChildren: { access: string; district: { name: string }; child: null }[] }>(SEARCH, {
      term: 'Kayleigh Brennan',
    });
    expect(known.data?.searchChildren[0]).toEqual({ access: 'EXISTENCE_ONLY', district: { name: 'Sheffield' }, child: null });
  });

  it('keeps the restricted demo child out of other districts’ searches', async () => {
    const restricted = DEMO_CHILDREN.find((c) => c.restricted)!;
    const outsider = await as('barnsley.education@example.org');
    const res = await outsider.send<{ searchChildren: unknown[] }>(SEARCH, { term: `${restricted.givenName} ${restricted.familyName}` });
    expect(res.errors).toBeUndefined();
    expect(res.data?.searchChildren).toEqual([]);
  });

  it('gives agencies actions to work on: overdue ones, finished ones, and an unread assignment for Sheffield health', async () => {
    const [counts] = await t.dataSource.query(
      `SELECT count(*) FILTER (WHERE status IN ('OPEN','IN_PROGRESS') AND due_on < (now() AT TIME ZONE 'Europe/London')::date)::int AS overdue,
              count(*) FILTER (WHERE status NOT IN ('OPEN','IN_PROGRESS'))::int AS finished,
              count(DISTINCT status)::int AS statuses
       FROM action`,
    );
    expect(counts.overdue).toBeGreaterThan(0);
    expect(counts.finished).toBeGreaterThan(0);
    expect(counts.statuses).toBe(6);
    const unread = await t.dataSource.query(
      `SELECT n.kind FROM notification n JOIN user_account u ON u.id = n.user_id
       WHERE u.email = 'sheffield.health@example.org' AND n.read_at IS NULL`,
    );
    expect(unread).toEqual([{ kind: 'ACTION_ASSIGNED' }]);
    // Every owner agency is involved with its action's child, so it can see the child.
    const [{ missing }] = await t.dataSource.query(
      `SELECT count(*)::int AS missing FROM action a WHERE NOT EXISTS (SELECT 1 FROM child_involvement i
         WHERE i.child_id = a.child_id AND i.agency_id = a.owner_agency_id)`,
    );
    expect(missing).toBe(0);
  });
});

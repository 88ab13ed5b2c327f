import { PasswordService } from '@mace/api-auth';
import { scoreScreening, todayInLondon } from '@mace/api-children';
import { Actor } from '@mace/api-core';
import {
  DEMO_CHILDREN,
  DEMO_DISTRICT_SPOCS,
  DEMO_IDENTIFIERS,
  DEMO_INTELLIGENCE,
  DEMO_LINKS,
  DEMO_LOCATIONS,
  DEMO_NETWORKS,
  DEMO_PERSONS,
  DEMO_USERS,
  DEMO_VEHICLES,
  seedDemoData,
} from '@mace/api-demo-data';
import { ItemVisibility, MeetingAccessService } from '@mace/api-meetings';
import { loginAs, startTestApp, TestApp, TestSession } from '@mace/api-testing';
import { AgencyKind, AgendaRule, ChildStatus, permissionsForRoles, ReferralStatus, RiskLevel } from '@mace/shared-domain';
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

  describe('weekly MACE meetings', () => {
    const DAY = 24 * 60 * 60 * 1000;
    const DISTRICTS = ['Barnsley', 'Doncaster', 'Rotherham', 'Sheffield'];
    const RANK = [RiskLevel.NONE, RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH];
    interface MeetingRow {
      id: string;
      status: string;
      starts_at: Date;
      agenda_built_at: Date | null;
      meeting_type_id: string;
      district_id: string;
    }
    const q = <T = never>(sql: string, params: unknown[] = []): Promise<T[]> => t.dataSource.query(sql, params);

    /** A district's weekly MACE meetings, oldest first. */
    async function maceMeetings(district: string): Promise<MeetingRow[]> {
      const rows = await q<MeetingRow>(
        `SELECT m.id, m.status, m.starts_at, m.agenda_built_at, m.meeting_type_id, m.district_id
         FROM meeting m JOIN meeting_type mt ON mt.id = m.meeting_type_id JOIN district d ON d.id = m.district_id
         WHERE d.name = $1 AND mt.kind = 'MACE' ORDER BY m.starts_at`,
        [district],
      );
      return rows.map((row) => ({ ...row, starts_at: new Date(row.starts_at) }));
    }

    async function upcomingMeeting(district: string): Promise<{ upcoming: MeetingRow; previous: MeetingRow }> {
      const meetings = await maceMeetings(district);
      const index = meetings.findIndex((m) => m.status === 'SCHEDULED' && m.agenda_built_at !== null);
      return { upcoming: meetings[index], previous: meetings[index - 1] };
    }

    it('configures MACE, CETG, daily and MVCA meeting types in every district, with core agencies and a confidentiality statement', async () => {
      const rows = await q<{ district: string; kind: string; cadence_days: number; rules: string[]; members: number; statement: string }>(
        `SELECT d.name AS district, mt.kind, mt.cadence_days, mt.agenda_rules AS rules, mt.confidentiality_statement AS statement,
                (SELECT count(*)::int FROM meeting_type_member m WHERE m.meeting_type_id = mt.id) AS members
         FROM meeting_type mt JOIN district d ON d.id = mt.district_id`,
      );
      for (const district of DISTRICTS) {
        const kinds = rows.filter((r) => r.district === district);
        expect(kinds.map((r) => [r.kind, r.cadence_days]).sort()).toEqual([['CETG', 14], ['DAILY', 1], ['MACE', 7], ['MVCA', 28]]);
        expect(kinds.find((r) => r.kind === 'DAILY')?.rules).toEqual([AgendaRule.NEW_REFERRAL]);
        expect(kinds.find((r) => r.kind === 'MACE')?.rules.length).toBe(5);
        for (const kind of kinds) {
          expect(kind.members).toBeGreaterThanOrEqual(4);
          expect(kind.statement).toMatch(/Data Protection Act 2018/);
        }
      }
    });

    it('gives each district one upcoming MACE in the next week with a built agenda of 10 to 25 children, each saying why', async () => {
      for (const district of DISTRICTS) {
        const meetings = await maceMeetings(district);
        const now = Date.now();
        const nextWeek = meetings.filter((m) => m.status === 'SCHEDULED' && m.starts_at.getTime() > now && m.starts_at.getTime() <= now + 7 * DAY);
        expect(nextWeek).toHaveLength(1);
        const [upcoming] = nextWeek;
        expect(upcoming.agenda_built_at).not.toBeNull();
        expect(meetings.filter((m) => m.starts_at > upcoming.starts_at && m.status === 'SCHEDULED').length).toBeGreaterThanOrEqual(1);
        const items = await q<{ position: number; subject_type: string; status: string; reasons: { rule: string; detail: string }[];
          presenter_agency_id: string; lead_agency_id: string; timebox_minutes: number }>(
          `SELECT i.position, i.subject_type, i.status, i.reasons, i.presenter_agency_id, i.timebox_minutes, c.lead_agency_id
           FROM agenda_item i JOIN child c ON c.id = i.child_id WHERE i.meeting_id = $1 ORDER BY i.position`,
          [upcoming.id],
        );
        expect(items.length).toBeGreaterThanOrEqual(10);
        expect(items.length).toBeLessThanOrEqual(25);
        expect(items.map((i) => i.position)).toEqual(items.map((_, n) => n + 1));
        for (const item of items) {
          expect(item).toMatchObject({ subject_type: 'CHILD', status: 'PENDING', timebox_minutes: 10, presenter_agency_id: item.lead_agency_id });
          expect(item.reasons.length).toBeGreaterThan(0);
          for (const reason of item.reasons) expect(reason.detail.length).toBeGreaterThan(0);
        }
      }
    });

    it('puts each child on an upcoming agenda for exactly the reasons the agenda rules give, and shows every rule', async () => {
      const today = todayInLondon();
      const rulesSeen = new Set<string>();
      for (const district of DISTRICTS) {
        const { upcoming, previous } = await upcomingMeeting(district);
        const since = previous.starts_at.getTime();
        const meetingDate = todayInLondon(upcoming.starts_at);
        const children = await q<{ id: string; next_review_on: string | null }>(
          `SELECT id, next_review_on::text AS next_review_on FROM child WHERE district_id = $1 AND status = 'OPEN'`,
          [upcoming.district_id],
        );
        const accepted = await q<{ child_id: string; decided_at: Date }>(
          `SELECT child_id, decided_at FROM referral WHERE district_id = $1 AND status = 'ACCEPTED'`,
          [upcoming.district_id],
        );
        const risks = await q<{ child_id: string; level: RiskLevel; set_at: Date }>(
          `SELECT r.child_id, r.level, r.set_at FROM child_risk r JOIN child c ON c.id = r.child_id WHERE c.district_id = $1 ORDER BY r.set_at`,
          [upcoming.district_id],
        );
        const unfinished = await q<{ child_id: string; due_on: string }>(
          `SELECT child_id, due_on::text AS due_on FROM action WHERE district_id = $1 AND status IN ('OPEN','IN_PROGRESS')`,
          [upcoming.district_id],
        );
        const notReached = await q<{ id: string; child_id: string }>(
          `SELECT id, child_id FROM agenda_item WHERE meeting_id = $1 AND status = 'NOT_REACHED'`,
          [previous.id],
        );
        const expected: Record<string, string[]> = {};
        for (const child of children) {
          const rules: string[] = [];
          if (notReached.some((i) => i.child_id === child.id)) rules.push(AgendaRule.CARRIED_FORWARD);
          const history = risks.filter((r) => r.child_id === child.id);
          const raised = history.some(
            (r, i) => i > 0 && new Date(r.set_at).getTime() > since && RANK.indexOf(r.level) > RANK.indexOf(history[i - 1].level),
          );
          if (raised) rules.push(AgendaRule.RISK_INCREASED);
          if (accepted.some((r) => r.child_id === child.id && new Date(r.decided_at).getTime() > since)) rules.push(AgendaRule.NEW_REFERRAL);
          if (child.next_review_on !== null && child.next_review_on <= meetingDate) rules.push(AgendaRule.REVIEW_DUE);
          if (unfinished.some((a) => a.child_id === child.id && a.due_on < today)) rules.push(AgendaRule.OVERDUE_ACTIONS);
          if (rules.length) expected[child.id] = rules.sort();
        }
        const items = await q<{ child_id: string; reasons: { rule: string }[]; carried_from_item_id: string | null }>(
          `SELECT child_id, reasons, carried_from_item_id FROM agenda_item WHERE meeting_id = $1`,
          [upcoming.id],
        );
        const actual = Object.fromEntries(items.map((i) => [i.child_id, i.reasons.map((r) => r.rule).sort()]));
        expect(actual).toEqual(expected);
        for (const item of items) {
          const carried = notReached.find((i) => i.child_id === item.child_id);
          expect(item.carried_from_item_id).toBe(carried?.id ?? null);
          item.reasons.forEach((r) => rulesSeen.add(r.rule));
        }
      }
      expect([...rulesSeen].sort()).toEqual(
        [AgendaRule.CARRIED_FORWARD, AgendaRule.NEW_REFERRAL, AgendaRule.OVERDUE_ACTIONS, AgendaRule.REVIEW_DUE, AgendaRule.RISK_INCREASED].sort(),
      );
    });

    it('closes four past meetings per district with attendance, outcomes for discussed items and approved minutes', async () => {
      for (const district of DISTRICTS) {
        const past = (await maceMeetings(district)).filter((m) => m.starts_at.getTime() < Date.now());
        expect(past.map((m) => m.status)).toEqual(['CLOSED', 'CLOSED', 'CLOSED', 'CLOSED']);
        for (const meeting of past) {
          const members = await q<{ attendance: string }>(`SELECT attendance FROM meeting_member WHERE meeting_id = $1`, [meeting.id]);
          expect(members.length).toBeGreaterThan(0);
          expect(members.filter((m) => m.attendance === 'NOT_RECORDED')).toEqual([]);
          expect(members.some((m) => m.attendance === 'PRESENT')).toBe(true);
          const items = await q<{ id: string; status: string; agreed_risk_level: string | null; risk_rationale: string | null;
            decisions: string[] | null; recorded_at: Date | null; discussion_summary: string | null }>(
            `SELECT i.id, i.status, o.agreed_risk_level, o.risk_rationale, o.decisions, o.recorded_at, o.discussion_summary
             FROM agenda_item i LEFT JOIN agenda_item_outcome o ON o.agenda_item_id = i.id WHERE i.meeting_id = $1 ORDER BY i.position`,
            [meeting.id],
          );
          expect(items.length).toBeGreaterThan(0);
          for (const item of items) {
            expect(['DISCUSSED', 'NOT_REACHED']).toContain(item.status);
            if (item.status === 'DISCUSSED') {
              expect(item.recorded_at).not.toBeNull();
              expect(item.agreed_risk_level).not.toBeNull();
              expect(item.risk_rationale).toBeTruthy();
              expect(item.discussion_summary).toBeTruthy();
              expect(item.decisions?.length).toBeGreaterThan(0);
            } else {
              expect(item.recorded_at ?? null).toBeNull();
            }
          }
          const [minutes] = await q<{ status: string; approved_at: Date | null; sections: { key: string; heading: string; body: string }[] }>(
            `SELECT status, approved_at, sections FROM meeting_minutes WHERE meeting_id = $1`,
            [meeting.id],
          );
          expect(minutes).toMatchObject({ status: 'APPROVED' });
          expect(minutes.approved_at).not.toBeNull();
          expect(minutes.sections.map((s) => s.key)).toEqual(['attendance', 'actions-review', ...items.map((i) => `item:${i.id}`), 'next-meeting']);
          for (const section of minutes.sections) {
            expect(section.heading.length).toBeGreaterThan(0);
            expect(section.body.length).toBeGreaterThan(0);
          }
        }
      }
      const [{ addenda }] = await q<{ addenda: number }>(`SELECT count(*)::int AS addenda FROM meeting_minutes_addendum`);
      expect(addenda).toBeGreaterThan(0);
    });

    it('carries items not reached to the next meeting of the series, where most were discussed', async () => {
      const rows = await q<{ status: string; source_status: string; same_child: boolean; same_type: boolean; meetings_between: number }>(
        `SELECT i.status, src.status AS source_status, i.child_id = src.child_id AS same_child,
                m.meeting_type_id = sm.meeting_type_id AS same_type,
                (SELECT count(*)::int FROM meeting x WHERE x.meeting_type_id = m.meeting_type_id
                   AND x.starts_at > sm.starts_at AND x.starts_at < m.starts_at) AS meetings_between
         FROM agenda_item i JOIN agenda_item src ON src.id = i.carried_from_item_id
         JOIN meeting m ON m.id = i.meeting_id JOIN meeting sm ON sm.id = src.meeting_id`,
      );
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row).toMatchObject({ source_status: 'NOT_REACHED', same_child: true, same_type: true, meetings_between: 0 });
      expect(rows.some((r) => r.status === 'DISCUSSED')).toBe(true);
      const [{ uncarried }] = await q<{ uncarried: number }>(
        `SELECT count(*)::int AS uncarried FROM agenda_item src WHERE src.status = 'NOT_REACHED'
           AND NOT EXISTS (SELECT 1 FROM agenda_item i WHERE i.carried_from_item_id = src.id)`,
      );
      expect(uncarried).toBe(0);
    });

    it('points every action set at a meeting at an item of that meeting, some done and some open for the next meeting to review', async () => {
      const actions = await q<{ status: string; same_meeting: boolean | null; same_child: boolean | null; involved: boolean }>(
        `SELECT a.status, i.meeting_id = a.meeting_id AS same_meeting, i.child_id = a.child_id AS same_child,
                EXISTS (SELECT 1 FROM child_involvement ci WHERE ci.child_id = a.child_id AND ci.agency_id = a.owner_agency_id) AS involved
         FROM action a LEFT JOIN agenda_item i ON i.id = a.agenda_item_id WHERE a.source = 'MEETING'`,
      );
      expect(actions.length).toBeGreaterThan(0);
      for (const action of actions) expect(action).toMatchObject({ same_meeting: true, same_child: true, involved: true });
      expect(actions.some((a) => a.status === 'DONE')).toBe(true);
      expect(actions.some((a) => a.status === 'OPEN' || a.status === 'IN_PROGRESS')).toBe(true);
      // Each past meeting after the first reviewed the earlier meetings' unfinished actions.
      const reviews = await q<{ earlier: boolean; same_type: boolean; reviewed_status: string | null }>(
        `SELECT am.starts_at < m.starts_at AS earlier, am.meeting_type_id = m.meeting_type_id AS same_type, r.reviewed_status
         FROM meeting_action_review r JOIN meeting m ON m.id = r.meeting_id JOIN action a ON a.id = r.action_id
         JOIN meeting am ON am.id = a.meeting_id`,
      );
      expect(reviews.length).toBeGreaterThan(0);
      for (const review of reviews) expect(review.earlier && review.same_type && review.reviewed_status !== null).toBe(true);
    });

    it('keeps each child’s risk, status and next review as their last discussion agreed, unless an agency raised the risk since', async () => {
      const rows = await q<{ status: string; risk_level: string; next_review_on: string | null;
        latest: { level: string; source: string; next: string | null; at: string };
        outcome: { level: string; next: string | null; decisions: string[]; at: string } }>(
        `SELECT c.status, c.risk_level, c.next_review_on::text AS next_review_on,
                (SELECT json_build_object('level', r.level, 'source', r.source, 'next', r.next_review_on::text, 'at', r.set_at)
                 FROM child_risk r WHERE r.child_id = c.id ORDER BY r.set_at DESC LIMIT 1) AS latest,
                (SELECT json_build_object('level', o.agreed_risk_level, 'next', o.next_review_on::text, 'decisions', o.decisions, 'at', o.recorded_at)
                 FROM agenda_item_outcome o JOIN agenda_item i ON i.id = o.agenda_item_id
                 WHERE i.child_id = c.id ORDER BY o.recorded_at DESC LIMIT 1) AS outcome
         FROM child c WHERE EXISTS (SELECT 1 FROM agenda_item i WHERE i.child_id = c.id AND i.status = 'DISCUSSED')`,
      );
      expect(rows.length).toBeGreaterThan(20);
      let steppedDown = 0;
      for (const row of rows) {
        expect(row.risk_level).toBe(row.latest.level);
        if (row.latest.source === 'MEETING') {
          expect(row.latest.level).toBe(row.outcome.level);
          if (row.outcome.decisions.includes('STEP_DOWN')) {
            steppedDown++;
            expect(row).toMatchObject({ status: ChildStatus.STEPPED_DOWN, next_review_on: null });
          } else {
            expect(row).toMatchObject({ status: ChildStatus.OPEN, next_review_on: row.outcome.next });
          }
        } else {
          expect(new Date(row.latest.at).getTime()).toBeGreaterThan(new Date(row.outcome.at).getTime());
          expect(row.next_review_on).toBe(row.latest.next);
        }
      }
      expect(steppedDown).toBeGreaterThan(0);
    });

    it('lets the Sheffield chair manage the upcoming meeting, and shows an attending agency an item it does not know as restricted', async () => {
      const access = t.app.get(MeetingAccessService);
      const actorOf = async (email: string): Promise<Actor> => {
        const user = DEMO_USERS.find((u) => u.email === email)!;
        const [agency] = await q<{ kind: AgencyKind }>(`SELECT kind FROM agency WHERE id = $1`, [user.agencyId]);
        return {
          userId: user.id, sessionId: 'demo-seed-test', agencyId: user.agencyId, agencyKind: agency.kind,
          roles: user.roles, districtIds: user.districtIds, permissions: permissionsForRoles(user.roles),
        };
      };
      const { upcoming } = await upcomingMeeting('Sheffield');
      const items = (
        await q<{ id: string; meeting_id: string; child_id: string }>(`SELECT id, meeting_id, child_id FROM agenda_item WHERE meeting_id = $1`, [upcoming.id])
      ).map((i) => ({ id: i.id, meetingId: i.meeting_id, subjectType: 'CHILD' as never, childId: i.child_id, sharedAt: null }));

      const chair = await actorOf('sheffield.chair@example.org');
      const chairGrants = await access.readable(chair, [upcoming.id]);
      expect(chairGrants.get(upcoming.id)).toMatchObject({ manage: true, oversight: true });
      const chairView = await access.itemVisibility(chair, items, chairGrants);
      expect([...chairView.values()].filter((v) => v === ItemVisibility.RESTRICTED)).toEqual([]);

      const housing = await actorOf('sheffield.housing@example.org');
      const housingGrants = await access.readable(housing, [upcoming.id]);
      expect(housingGrants.get(upcoming.id)).toMatchObject({ member: true, manage: false });
      const housingView = await access.itemVisibility(housing, items, housingGrants);
      expect([...housingView.values()]).toContain(ItemVisibility.RESTRICTED);
    });

    it('agrees with the agenda builder: rebuilding each upcoming agenda adds no child and gives every item the same rules', async () => {
      const BUILD = `mutation Build($id: ID!) { buildAgenda(meetingId: $id) { id agenda { id reasons { rule } } } }`;
      for (const district of DISTRICTS) {
        const { upcoming } = await upcomingMeeting(district);
        const seeded = await q<{ id: string; rules: string[] }>(
          `SELECT id, ARRAY(SELECT r->>'rule' FROM jsonb_array_elements(reasons) r ORDER BY 1) AS rules
           FROM agenda_item WHERE meeting_id = $1 AND status <> 'REMOVED'`,
          [upcoming.id],
        );
        const chair = await as(`${district.toLowerCase()}.chair@example.org`);
        const built = await chair.send<{ buildAgenda: { agenda: { id: string; reasons: { rule: string }[] }[] } }>(BUILD, {
          id: upcoming.id,
        });
        expect(built.errors).toBeUndefined();
        const rebuilt = new Map(built.data?.buildAgenda.agenda.map((item) => [item.id, item.reasons.map((r) => r.rule).sort()]));
        expect(rebuilt.size).toBe(seeded.length);
        for (const item of seeded) expect({ district, item: item.id, rules: rebuilt.get(item.id) }).toEqual({ district, item: item.id, rules: item.rules });
      }
    });

    it('names only invented people: given names unique in the demo, unallocated "ZZ" postcodes, example.org e-mail addresses', () => {
      const givenNames = DEMO_CHILDREN.map((c) => c.givenName);
      expect(new Set(givenNames).size).toBe(givenNames.length);
      for (const child of DEMO_CHILDREN) expect(child.postcode).toMatch(/ZZ$/);
      for (const user of DEMO_USERS) expect(user.email).toMatch(/@example\.org$/);
    });
  });

  describe('intelligence and links', () => {
    const q = <T = never>(sql: string, params: unknown[] = []): Promise<T[]> => t.dataSource.query(sql, params);
    /** Every link end as (kind, id) with whether the record it names exists. */
    const LINK_ENDS = `
      SELECT e.kind, e.id, CASE e.kind
        WHEN 'CHILD' THEN EXISTS (SELECT 1 FROM child x WHERE x.id = e.id)
        WHEN 'PERSON' THEN EXISTS (SELECT 1 FROM person_of_concern x WHERE x.id = e.id)
        WHEN 'LOCATION' THEN EXISTS (SELECT 1 FROM location x WHERE x.id = e.id)
        WHEN 'VEHICLE' THEN EXISTS (SELECT 1 FROM vehicle x WHERE x.id = e.id)
        WHEN 'IDENTIFIER' THEN EXISTS (SELECT 1 FROM online_identifier x WHERE x.id = e.id)
        WHEN 'NETWORK' THEN EXISTS (SELECT 1 FROM network x WHERE x.id = e.id) END AS found
      FROM (SELECT from_kind AS kind, from_id AS id FROM link UNION ALL SELECT to_kind, to_id FROM link) e`;

    it('holds every kind of record, in every district, richest in Sheffield and Doncaster, with a SPOC in each district', async () => {
      const [counts] = await q<Record<string, number>>(
        `SELECT (SELECT count(*)::int FROM person_of_concern) AS persons, (SELECT count(*)::int FROM location) AS locations,
                (SELECT count(*)::int FROM vehicle) AS vehicles, (SELECT count(*)::int FROM online_identifier) AS identifiers,
                (SELECT count(*)::int FROM network) AS networks, (SELECT count(*)::int FROM link) AS links,
                (SELECT count(*)::int FROM intelligence) AS intelligence`,
      );
      expect(counts).toEqual({
        persons: DEMO_PERSONS.length, locations: DEMO_LOCATIONS.length, vehicles: DEMO_VEHICLES.length,
        identifiers: DEMO_IDENTIFIERS.length, networks: DEMO_NETWORKS.length, links: DEMO_LINKS.length, intelligence: DEMO_INTELLIGENCE.length,
      });
      const perDistrict = await q<{ district: string; persons: number; locations: number; intelligence: number }>(
        `SELECT d.name AS district,
                (SELECT count(*)::int FROM person_of_concern p WHERE p.district_id = d.id) AS persons,
                (SELECT count(*)::int FROM location l WHERE l.district_id = d.id) AS locations,
                (SELECT count(*)::int FROM intelligence i WHERE i.district_id = d.id) AS intelligence
         FROM district d ORDER BY d.name`,
      );
      for (const row of perDistrict) {
        expect(row.persons * row.locations * row.intelligence).toBeGreaterThan(0);
        if (!['Sheffield', 'Doncaster'].includes(row.district)) {
          for (const rich of perDistrict.filter((r) => ['Sheffield', 'Doncaster'].includes(r.district))) {
            expect(rich.persons).toBeGreaterThan(row.persons);
            expect(rich.locations).toBeGreaterThan(row.locations);
          }
        }
      }
      const kinds = await q<{ type: string; makesafe: number }>(
        `SELECT type, count(makesafe_status)::int AS makesafe FROM location GROUP BY type`,
      );
      expect(kinds.map((k) => k.type).sort()).toEqual(['HMO', 'HOTEL', 'PARK', 'TAKEAWAY', 'TAXI_FIRM']);
      expect(kinds.find((k) => k.type === 'HOTEL')?.makesafe).toBe(DEMO_LOCATIONS.filter((l) => l.type === 'HOTEL').length);
      const [{ groups, lines, members }] = await q<{ groups: number; lines: number; members: number }>(
        `SELECT count(*) FILTER (WHERE group_based_cse)::int AS groups, count(*) FILTER (WHERE model = 'GANG_ASSOCIATED' OR NOT group_based_cse)::int AS lines,
                (SELECT count(*)::int FROM link WHERE relation = 'MEMBER_OF' AND to_kind = 'NETWORK') AS members FROM network`,
      );
      expect(groups).toBeGreaterThan(0);
      expect(lines).toBeGreaterThan(0);
      expect(members).toBeGreaterThanOrEqual(DEMO_NETWORKS.length);
      for (const district of ['barnsley', 'doncaster', 'rotherham', 'sheffield']) {
        const spoc = await as(`${district}.spoc@example.org`);
        const me = await spoc.send<{ me: { roles: string[] } }>(`{ me { roles } }`);
        expect(me.data?.me.roles).toEqual(['POLICE_SPOC']);
      }
    });

    it('links only records that exist, never a record to itself, and supports links only with linked or tabled reports about their children', async () => {
      const ends = await q<{ kind: string; id: string; found: boolean }>(LINK_ENDS);
      expect(ends).toHaveLength(DEMO_LINKS.length * 2);
      expect(ends.filter((e) => !e.found)).toEqual([]);
      const [{ self }] = await q<{ self: number }>(`SELECT count(*)::int AS self FROM link WHERE from_id = to_id`);
      expect(self).toBe(0);
      const supported = await q<{ status: string; child_missing: boolean }>(
        `SELECT i.status, (l.from_kind = 'CHILD' AND NOT EXISTS (SELECT 1 FROM intelligence_child c WHERE c.intelligence_id = i.id AND c.child_id = l.from_id))
                 OR (l.to_kind = 'CHILD' AND NOT EXISTS (SELECT 1 FROM intelligence_child c WHERE c.intelligence_id = i.id AND c.child_id = l.to_id)) AS child_missing
         FROM link l JOIN intelligence i ON i.id = l.intelligence_id`,
      );
      expect(supported.length).toBeGreaterThan(0);
      for (const row of supported) expect(row).toEqual({ status: expect.stringMatching(/^(LINKED|TABLED)$/), child_missing: false });
      // Every relation is shown, with dates and every confidence.
      const [{ relations, confidences, dated }] = await q<{ relations: number; confidences: number; dated: number }>(
        `SELECT count(DISTINCT relation)::int AS relations, count(DISTINCT confidence)::int AS confidences,
                count(*) FILTER (WHERE valid_from IS NOT NULL AND valid_to IS NOT NULL)::int AS dated FROM link`,
      );
      expect({ relations, confidences }).toEqual({ relations: 7, confidences: 3 });
      expect(dated).toBeGreaterThan(0);
    });

    it('holds reports in every stage: partners’ awaiting grading, graded P, one C with conditions, linked, one tabled', async () => {
      const rows = await q<{ status: string; code: string | null; conditions: string | null; sanitised: string | null; police: boolean;
        reference: string; children: number }>(
        `SELECT i.status, i.handling_code AS code, i.handling_conditions AS conditions, i.sanitised_text AS sanitised,
                a.kind = 'POLICE' AS police, i.reference, (SELECT count(*)::int FROM intelligence_child c WHERE c.intelligence_id = i.id) AS children
         FROM intelligence i JOIN agency a ON a.id = i.submitted_by_agency_id`,
      );
      expect(rows.filter((r) => r.status === 'SUBMITTED' && !r.police).length).toBeGreaterThanOrEqual(2);
      expect(rows.filter((r) => r.status === 'SUBMITTED').every((r) => r.sanitised === null && r.code === null)).toBe(true);
      expect(rows.filter((r) => r.status === 'GRADED' && r.code === 'P').length).toBeGreaterThanOrEqual(2);
      expect(rows.filter((r) => r.code === 'C')).toEqual([expect.objectContaining({ status: 'GRADED', conditions: expect.any(String) })]);
      expect(rows.filter((r) => r.status === 'LINKED').length).toBeGreaterThanOrEqual(2);
      expect(rows.filter((r) => r.status === 'TABLED')).toHaveLength(1);
      for (const row of rows.filter((r) => r.status !== 'SUBMITTED')) expect(row.sanitised?.length).toBeGreaterThan(0);
      expect(rows.filter((r) => r.children > 0).length).toBeGreaterThan(rows.length / 2);
      for (const row of rows) expect(row.reference).toMatch(/^INT-\d{4}-9\d{5}$/);
      // A partner reports only about a child it is involved with (referrer, lead or granted).
      const uninvolved = await q(
        `SELECT i.reference, c.child_id FROM intelligence i JOIN intelligence_child c ON c.intelligence_id = i.id
         JOIN agency a ON a.id = i.submitted_by_agency_id
         WHERE a.kind <> 'POLICE' AND NOT EXISTS (SELECT 1 FROM child_involvement v WHERE v.child_id = c.child_id
           AND v.agency_id = i.submitted_by_agency_id AND v.kind IN ('REFERRER','LEAD_AGENCY','GRANTED'))`,
      );
      expect(uninvolved).toEqual([]);
      const [{ granted }] = await q<{ granted: number }>(
        `SELECT count(*)::int AS granted FROM child_involvement v JOIN intelligence_child c ON c.child_id = v.child_id
         JOIN intelligence i ON i.id = c.intelligence_id AND i.submitted_by_agency_id = v.agency_id WHERE v.kind = 'GRANTED'`,
      );
      expect(granted).toBeGreaterThan(0);
    });

    it('stores registrations, phones, e-mails, handles and postcodes in their normal forms', async () => {
      const vehicles = await q<{ registration: string; registration_normalised: string }>(`SELECT registration, registration_normalised FROM vehicle`);
      for (const v of vehicles) expect(v.registration_normalised).toBe(v.registration.toUpperCase().replace(/[^A-Z0-9]/g, ''));
      expect(vehicles.some((v) => v.registration !== v.registration_normalised)).toBe(true);
      const identifiers = await q<{ kind: string; value: string; value_normalised: string }>(
        `SELECT kind, value, value_normalised FROM online_identifier`,
      );
      expect(new Set(identifiers.map((i) => i.kind))).toEqual(new Set(['PHONE', 'EMAIL', 'HANDLE']));
      for (const i of identifiers) {
        if (i.kind === 'PHONE') expect(i.value_normalised).toMatch(/^\+44\d{10}$/);
        if (i.kind === 'EMAIL') expect(i.value_normalised).toBe(i.value.trim().toLowerCase());
        if (i.kind === 'HANDLE') {
          expect(i.value_normalised).toBe(i.value.trim().toLowerCase().replace(/^@/, ''));
          expect(i.value_normalised).not.toMatch(/^@|[A-Z]/);
        }
      }
      // However a phone was typed (0..., +44 ..., 0044 ..., with brackets or dashes), it keeps the digits after the prefix.
      for (const i of identifiers.filter((x) => x.kind === 'PHONE')) {
        expect(i.value_normalised.slice(3)).toBe(i.value.replace(/\D/g, '').replace(/^(0044|44|0)/, ''));
      }
      const [{ bad }] = await q<{ bad: number }>(
        `SELECT count(*)::int AS bad FROM location WHERE postcode_normalised IS DISTINCT FROM upper(replace(postcode, ' ', ''))`,
      );
      expect(bad).toBe(0);
    });

    it('links Amira and Sophie only through one hotel: both found there, no link between them, nothing else shared', async () => {
      const amira = DEMO_CHILDREN.find((c) => c.givenName === 'Amira')!.id;
      const sophie = DEMO_CHILDREN.find((c) => c.givenName === 'Sophie')!.id;
      const neighbours = async (child: string) =>
        q<{ kind: string; id: string; relation: string }>(
          `SELECT to_kind AS kind, to_id AS id, relation FROM link WHERE from_id = $1
           UNION ALL SELECT from_kind, from_id, relation FROM link WHERE to_id = $1`,
          [child],
        );
      const [a, s] = [await neighbours(amira), await neighbours(sophie)];
      const shared = a.filter((x) => s.some((y) => y.id === x.id));
      expect(shared).toHaveLength(1);
      expect(shared[0]).toMatchObject({ kind: 'LOCATION', relation: 'FOUND_AT' });
      const [hotel] = await q<{ type: string; makesafe_status: string | null }>(`SELECT type, makesafe_status FROM location WHERE id = $1`, [shared[0].id]);
      expect(hotel.type).toBe('HOTEL');
      expect(hotel.makesafe_status).not.toBeNull();
      expect(a.some((x) => x.id === sophie)).toBe(false);
      expect(s.some((x) => x.id === amira)).toBe(false);
    });

    it('names only invented records: "ZZ" registrations, Ofcom drama phone numbers, example.org e-mails, "ZZ" postcodes', async () => {
      for (const v of await q<{ r: string }>(`SELECT registration_normalised AS r FROM vehicle`)) expect(v.r).toMatch(/^ZZ\d{2}[A-Z]{3}$/);
      const identifiers = await q<{ kind: string; v: string }>(`SELECT kind, value_normalised AS v FROM online_identifier`);
      for (const i of identifiers.filter((x) => x.kind === 'PHONE')) expect(i.v).toMatch(/^\+447700900\d{3}$/);
      for (const i of identifiers.filter((x) => x.kind === 'EMAIL')) expect(i.v).toMatch(/@example\.org$/);
      for (const l of await q<{ p: string | null }>(`SELECT postcode AS p FROM location`)) expect(l.p).toMatch(/ZZ$/);
      for (const user of DEMO_DISTRICT_SPOCS) expect(user.email).toMatch(/@example\.org$/);
      // Phone numbers quoted in report text are in the drama range too.
      for (const report of DEMO_INTELLIGENCE) {
        for (const phone of report.what.match(/0\d{4} ?\d{6}/g) ?? []) expect(phone.replace(' ', '')).toMatch(/^07700900\d{3}$/);
      }
    });
  });
});

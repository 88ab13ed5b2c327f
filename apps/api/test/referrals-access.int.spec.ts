import { randomUUID } from 'node:crypto';
import { AgencyKind, AuditOperation, ReferralStatus, RiskLevel, Role, TriageDecision } from '@mace/shared-domain';
import {
  createDistrict,
  GraphQLResponse,
  GraphQLTestClient,
  referChild,
  sessionFor,
  startTestApp,
  submitReferralInput,
  SubmittedReferral,
  TestApp,
  TestSession,
} from '@mace/api-testing';
import { createApiApp } from '../src/bootstrap/create-api-app';

const SUBMIT = `mutation($input: SubmitReferralInput!) { submitReferral(input: $input) { id status child { id } } }`;
const DECIDE = `mutation($input: DecideReferralInput!) { decideReferral(input: $input) { id status version } }`;
const REFERRAL = `query($id: ID!) { referral(id: $id) { id status child { id accessPath } } }`;
const REFERRALS = `query($filter: ReferralFilterInput) { referrals(first: 100, filter: $filter) { totalCount nodes { id } } }`;

/** Who asks, relative to a referral for a child in district D submitted by the referring practitioner. */
const WHO = [
  'chair of the district',
  'SPOC of the district',
  'referring practitioner',
  'uninvolved practitioner, same district',
  'practitioner of another district',
  'chair of another district',
  'analyst',
  'auditor',
  'administrator',
] as const;
type Who = (typeof WHO)[number];

type Outcome = 'allowed' | 'NOT_FOUND' | 'FORBIDDEN';

/**
 * The expected answer per operation and caller. FORBIDDEN: the role lacks the operation's
 * permission (the guard refuses and audits ACCESS_DENIED). NOT_FOUND: the caller may not see the
 * referral's child, and is answered as for a missing id.
 */
const MATRIX: Record<string, Record<Who, Outcome>> = {
  'submitReferral (new child)': {
    'chair of the district': 'allowed',
    'SPOC of the district': 'allowed',
    'referring practitioner': 'allowed',
    'uninvolved practitioner, same district': 'allowed',
    'practitioner of another district': 'allowed',
    'chair of another district': 'allowed',
    analyst: 'FORBIDDEN',
    auditor: 'FORBIDDEN',
    administrator: 'FORBIDDEN',
  },
  'submitReferral (existing child)': {
    'chair of the district': 'allowed',
    'SPOC of the district': 'allowed',
    'referring practitioner': 'allowed',
    'uninvolved practitioner, same district': 'NOT_FOUND',
    'practitioner of another district': 'NOT_FOUND',
    'chair of another district': 'NOT_FOUND',
    analyst: 'FORBIDDEN',
    auditor: 'FORBIDDEN',
    administrator: 'FORBIDDEN',
  },
  decideReferral: {
    'chair of the district': 'allowed',
    'SPOC of the district': 'FORBIDDEN',
    'referring practitioner': 'FORBIDDEN',
    'uninvolved practitioner, same district': 'FORBIDDEN',
    'practitioner of another district': 'FORBIDDEN',
    'chair of another district': 'NOT_FOUND',
    analyst: 'FORBIDDEN',
    auditor: 'FORBIDDEN',
    administrator: 'FORBIDDEN',
  },
  referral: {
    'chair of the district': 'allowed',
    'SPOC of the district': 'allowed',
    'referring practitioner': 'allowed',
    'uninvolved practitioner, same district': 'NOT_FOUND',
    'practitioner of another district': 'NOT_FOUND',
    'chair of another district': 'NOT_FOUND',
    analyst: 'FORBIDDEN',
    auditor: 'FORBIDDEN',
    administrator: 'FORBIDDEN',
  },
  /** For the list, NOT_FOUND means "not listed". */
  referrals: {
    'chair of the district': 'allowed',
    'SPOC of the district': 'allowed',
    'referring practitioner': 'allowed',
    'uninvolved practitioner, same district': 'NOT_FOUND',
    'practitioner of another district': 'NOT_FOUND',
    'chair of another district': 'NOT_FOUND',
    analyst: 'FORBIDDEN',
    auditor: 'FORBIDDEN',
    administrator: 'FORBIDDEN',
  },
};

const DENIED: Record<string, string> = {
  'submitReferral (new child)': 'ReferralResolver.submitReferral needs referral:submit',
  'submitReferral (existing child)': 'ReferralResolver.submitReferral needs referral:submit',
  decideReferral: 'ReferralResolver.decideReferral needs referral:triage',
  referral: 'ReferralResolver.referral needs child:read',
  referrals: 'ReferralResolver.referrals needs child:read',
};

describe('referrals: who may submit, decide and read them', () => {
  let t: TestApp;
  let district: string;
  let otherDistrict: string;
  const s = {} as Record<Who, TestSession>;

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
    district = (await createDistrict(t.dataSource)).id;
    otherDistrict = (await createDistrict(t.dataSource)).id;
    s['chair of the district'] = await sessionFor(t, Role.MACE_CHAIR, { districtIds: [district] });
    s['SPOC of the district'] = await sessionFor(t, Role.POLICE_SPOC, { districtIds: [district], kind: AgencyKind.POLICE });
    s['referring practitioner'] = await sessionFor(t, Role.AGENCY_PRACTITIONER, { districtIds: [district] });
    s['uninvolved practitioner, same district'] = await sessionFor(t, Role.AGENCY_PRACTITIONER, {
      districtIds: [district],
      kind: AgencyKind.EDUCATION,
    });
    s['practitioner of another district'] = await sessionFor(t, Role.AGENCY_PRACTITIONER, { districtIds: [otherDistrict] });
    s['chair of another district'] = await sessionFor(t, Role.MACE_CHAIR, { districtIds: [otherDistrict] });
    s.analyst = await sessionFor(t, Role.ANALYST, { districtIds: [district, otherDistrict] });
    s.auditor = await sessionFor(t, Role.AUDITOR);
    s.administrator = await sessionFor(t, Role.ADMIN);
  });
  afterAll(() => t.close());

  async function counts(): Promise<Record<string, number>> {
    const [row] = await t.dataSource.query(`
      SELECT (SELECT count(*) FROM child)::int AS child, (SELECT count(*) FROM referral)::int AS referral,
             (SELECT count(*) FROM child_involvement)::int AS involvement, (SELECT count(*) FROM child_risk)::int AS risk,
             (SELECT count(*) FROM audit_event WHERE operation IN ('COLLECTION', 'ALTERATION'))::int AS changes,
             (SELECT max(updated_at) FROM referral)::text AS referral_updated`);
    return row;
  }

  async function lastSeq(): Promise<string> {
    const [row] = await t.dataSource.query(`SELECT coalesce(max(seq), 0)::text AS seq FROM audit_event`);
    return row.seq;
  }

  async function eventsSince(seq: string): Promise<{ operation: string; subject_type: string; subject_ids: string[]; justification: string }[]> {
    return t.dataSource.query(
      `SELECT operation, subject_type, subject_ids, justification FROM audit_event WHERE seq > $1 ORDER BY seq`,
      [seq],
    );
  }

  /** A fresh referral for a new child in the district, from the referring practitioner. */
  const prepare = () => referChild(s['referring practitioner'], t.dataSource, { districtId: district });

  const SEND: Record<string, (session: TestSession, target: SubmittedReferral) => Promise<GraphQLResponse>> = {
    'submitReferral (new child)': async (session) =>
      session.send(SUBMIT, { input: await submitReferralInput(t.dataSource, { districtId: district }) }),
    'submitReferral (existing child)': async (session, target) =>
      session.send(SUBMIT, { input: await submitReferralInput(t.dataSource, { childId: target.childId }) }),
    decideReferral: (session, target) =>
      session.send(DECIDE, {
        input: { referralId: target.referralId, version: target.version, decision: TriageDecision.ACCEPTED, rationale: 'Invented rationale', provisionalLevel: RiskLevel.MEDIUM },
      }),
    referral: (session, target) => session.send(REFERRAL, { id: target.referralId }),
    referrals: (session) => session.send(REFERRALS, {}),
  };

  /** What an allowed call must have done. */
  const ALLOWED: Record<string, (res: GraphQLResponse, target: SubmittedReferral) => Promise<void>> = {
    'submitReferral (new child)': async (res, target) => {
      const made = (res.data as { submitReferral: { id: string; status: string; child: { id: string } } }).submitReferral;
      expect(made.status).toBe(ReferralStatus.AWAITING_TRIAGE);
      expect(made.child.id).not.toBe(target.childId);
      const [row] = await t.dataSource.query(`SELECT district_id FROM child WHERE id = $1`, [made.child.id]);
      expect(row).toEqual({ district_id: district });
    },
    'submitReferral (existing child)': async (res, target) => {
      const made = (res.data as { submitReferral: { id: string; child: { id: string } } }).submitReferral;
      expect(made.child.id).toBe(target.childId);
      const rows = await t.dataSource.query(`SELECT count(*)::int AS n FROM referral WHERE child_id = $1`, [target.childId]);
      expect(rows).toEqual([{ n: 2 }]);
    },
    decideReferral: async (res, target) => {
      expect((res.data as { decideReferral: unknown }).decideReferral).toEqual({ id: target.referralId, status: 'ACCEPTED', version: 2 });
    },
    referral: async (res, target) => {
      expect((res.data as { referral: { id: string; child: { id: string } } }).referral).toMatchObject({
        id: target.referralId,
        child: { id: target.childId },
      });
    },
    referrals: async () => undefined,
  };

  const CASES = Object.entries(MATRIX).flatMap(([operation, row]) =>
    WHO.map((who) => ({ operation, who, outcome: row[who] })),
  );

  it.each(CASES)('$operation by the $who: $outcome', async ({ operation, who, outcome }) => {
    const session = s[who];
    const target = await prepare();
    const before = await counts();
    const seq = await lastSeq();

    const res = await SEND[operation](session, target);
    const events = await eventsSince(seq);

    if (operation === 'referrals' && outcome !== 'FORBIDDEN') {
      expect(res.errors).toBeUndefined();
      const ids = (res.data as { referrals: { nodes: { id: string }[] } }).referrals.nodes.map((n) => n.id);
      if (outcome === 'allowed') expect(ids).toContain(target.referralId);
      else expect(ids).not.toContain(target.referralId);
      return;
    }
    if (outcome === 'allowed') {
      expect(res.errors).toBeUndefined();
      await ALLOWED[operation](res, target);
      return;
    }
    expect(GraphQLTestClient.codeOf(res)).toBe(outcome);
    expect(res.data).toBeNull();
    expect(await counts()).toEqual(before);
    if (outcome === 'FORBIDDEN') {
      expect(events).toEqual([
        { operation: AuditOperation.ACCESS_DENIED, subject_type: 'OPERATION', subject_ids: [], justification: DENIED[operation] },
      ]);
    } else {
      expect(events).toEqual([]);
    }
  });

  it.each(['referral', 'submitReferral (existing child)', 'decideReferral'])(
    '%s: an id the caller cannot see is answered exactly like an unknown id',
    async (operation) => {
      const target = await prepare();
      const outsider = operation === 'decideReferral' ? s['chair of another district'] : s['uninvolved practitioner, same district'];
      const unknown = { referralId: randomUUID(), childId: randomUUID(), version: 1 };
      const answer = (r: GraphQLResponse) => ({ status: r.status, data: r.data, errors: r.errors });
      const outOfScope = await SEND[operation](outsider, target);
      expect(GraphQLTestClient.codeOf(outOfScope)).toBe('NOT_FOUND');
      expect(answer(await SEND[operation](outsider, unknown))).toEqual(answer(outOfScope));
    },
  );

  it('a chair of another district whose agency referred the child sees it, but may not decide it: FORBIDDEN', async () => {
    const chairElsewhere = s['chair of another district'];
    const target = await referChild(chairElsewhere, t.dataSource, { districtId: district });
    const read = await chairElsewhere.send<{ referral: { id: string; child: { accessPath: string } } }>(REFERRAL, { id: target.referralId });
    expect(read.data?.referral).toMatchObject({ id: target.referralId, child: { accessPath: 'INVOLVEMENT' } });

    const before = await counts();
    const res = await SEND.decideReferral(chairElsewhere, target);
    expect(GraphQLTestClient.codeOf(res)).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  it('the child is seen through the path that allows it: oversight for the chair and SPOC, involvement for the referrer', async () => {
    const target = await prepare();
    const path = async (who: Who) =>
      (await s[who].send<{ referral: { child: { accessPath: string } } }>(REFERRAL, { id: target.referralId })).data?.referral.child.accessPath;
    expect(await path('chair of the district')).toBe('DISTRICT_OVERSIGHT');
    expect(await path('SPOC of the district')).toBe('DISTRICT_OVERSIGHT');
    expect(await path('referring practitioner')).toBe('INVOLVEMENT');
  });

  it('the referrer sees the decision, with its rationale, through referrals(filter: {mine: true})', async () => {
    const referrer = s['referring practitioner'];
    const target = await prepare();
    const decided = await s['chair of the district'].send(DECIDE, {
      input: {
        referralId: target.referralId,
        version: target.version,
        decision: TriageDecision.SIGNPOSTED,
        rationale: 'Invented: signposted to the youth service, which already works with the family',
      },
    });
    expect(decided.errors).toBeUndefined();

    const mine = await referrer.send<{ referrals: { nodes: { id: string; status: string; decisionRationale: string; decidedBy: string }[] } }>(
      `query { referrals(first: 100, filter: { mine: true }) { nodes { id status decisionRationale decidedBy } } }`,
    );
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.referrals.nodes.find((n) => n.id === target.referralId)).toEqual({
      id: target.referralId,
      status: ReferralStatus.SIGNPOSTED,
      decisionRationale: 'Invented: signposted to the youth service, which already works with the family',
      decidedBy: expect.stringMatching(/^Test User /),
    });
  });

  it('mine lists only referrals the caller’s agency submitted; the chair’s own list has none of the practitioner’s', async () => {
    const target = await prepare();
    const ids = async (who: Who, filter: Record<string, unknown>) =>
      ((await s[who].send<{ referrals: { nodes: { id: string }[] } }>(REFERRALS, { filter })).data?.referrals.nodes ?? []).map((n) => n.id);
    expect(await ids('referring practitioner', { mine: true })).toContain(target.referralId);
    expect(await ids('chair of the district', { mine: true })).not.toContain(target.referralId);
    expect(await ids('chair of the district', {})).toContain(target.referralId);
  });

  it('a filter cannot widen the scope: the chair of another district filtering on this district sees only what its agency referred', async () => {
    const target = await prepare();
    const chairElsewhere = s['chair of another district'];
    const res = await chairElsewhere.send<{ referrals: { totalCount: number; nodes: { id: string }[] } }>(REFERRALS, {
      filter: { districtId: district },
    });
    expect(res.errors).toBeUndefined();
    const ids = res.data!.referrals.nodes.map((n) => n.id);
    expect(ids).not.toContain(target.referralId);
    const theirs = await t.dataSource.query(`SELECT id FROM referral WHERE district_id = $1 AND referrer_agency_id = $2`, [
      district,
      chairElsewhere.agencyId,
    ]);
    expect(ids.sort()).toEqual(theirs.map((r: { id: string }) => r.id).sort());
  });

  it('the triage board reads oldest first; every other list newest first', async () => {
    const board = await t.dataSource.query(`SELECT id FROM referral WHERE district_id = $1 AND status = 'AWAITING_TRIAGE' ORDER BY submitted_at, id`, [district]);
    const awaiting = await s['chair of the district'].send<{ referrals: { totalCount: number; nodes: { id: string }[] } }>(REFERRALS, {
      filter: { districtId: district, statuses: [ReferralStatus.AWAITING_TRIAGE] },
    });
    expect(board.length).toBeGreaterThan(2);
    expect(awaiting.data?.referrals.nodes.map((n) => n.id)).toEqual(board.slice(0, 100).map((r: { id: string }) => r.id));
    expect(awaiting.data?.referrals.totalCount).toBe(board.length);

    const all = await t.dataSource.query(`SELECT id FROM referral WHERE district_id = $1 ORDER BY submitted_at DESC, id DESC`, [district]);
    const newest = await s['chair of the district'].send<{ referrals: { nodes: { id: string }[] } }>(REFERRALS, {
      filter: { districtId: district },
    });
    expect(newest.data?.referrals.nodes.map((n) => n.id)).toEqual(all.slice(0, 100).map((r: { id: string }) => r.id));
  });

  it('pages with first and after without repeats or gaps', async () => {
    const chair = s['chair of the district'];
    const PAGE = `query($after: String) { referrals(first: 3, after: $after, filter: { statuses: [AWAITING_TRIAGE] }) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`;
    type Page = { referrals: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { id: string }[] } };
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const res: GraphQLResponse<Page> = await chair.send<Page>(PAGE, { after });
      expect(res.errors).toBeUndefined();
      total = res.data!.referrals.totalCount;
      seen.push(...res.data!.referrals.nodes.map((n) => n.id));
      after = res.data!.referrals.pageInfo.hasNextPage ? res.data!.referrals.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });
});

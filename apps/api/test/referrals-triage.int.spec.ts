import {
  AgencyKind,
  AuditOperation,
  ChildStatus,
  ReferralStatus,
  RiskLevel,
  Role,
  ScreeningAnswer,
  TriageDecision,
} from '@mace/shared-domain';
import {
  answerEvery,
  countQueries,
  createAgency,
  createDistrict,
  currentScreeningTool,
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
import { addDays, todayInLondon } from '@mace/api-children';
import { createApiApp } from '../src/bootstrap/create-api-app';

const SUBMIT = `mutation($input: SubmitReferralInput!) { submitReferral(input: $input) {
  id status version suggestedLevel suggestedBecause referrerLevel overrideReason screeningToolVersion
  answers { questionKey questionText lastSixMonths earlier }
  referrer { id displayName } referrerAgency { id } district { id }
} }`;
const DECIDE = `mutation($input: DecideReferralInput!) { decideReferral(input: $input) {
  id status version decisionRationale provisionalLevel decidedBy decidedAt
} }`;
const REFERRAL = `query($id: ID!) { referral(id: $id) { id status } }`;
const SCREENING_TOOL = `{ screeningTool { id version name questions { key section text hint weight critical } } }`;
const SCORE = `query($input: ScoreScreeningInput!) { scoreScreening(input: $input) { level score because unansweredCount notKnownCount } }`;

const { YES, NO, NOT_KNOWN } = ScreeningAnswer;


describe('referrals: screening, submission, triage and their audit trail', () => {
  let t: TestApp;
  let district: string;
  let chair: TestSession;
  let practitioner: TestSession;
  let leadAgencyId: string;
  let tool: { version: number; keys: string[] };

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
    district = (await createDistrict(t.dataSource)).id;
    chair = await sessionFor(t, Role.MACE_CHAIR, { districtIds: [district] });
    practitioner = await sessionFor(t, Role.AGENCY_PRACTITIONER, { districtIds: [district] });
    leadAgencyId = (await createAgency(t.dataSource, { districtId: district, kind: AgencyKind.YOUTH_JUSTICE })).id;
    tool = await currentScreeningTool(t.dataSource);
  });
  afterAll(() => t.close());

  async function lastSeq(): Promise<string> {
    const [row] = await t.dataSource.query(`SELECT coalesce(max(seq), 0)::text AS seq FROM audit_event`);
    return row.seq;
  }

  async function eventsSince(seq: string): Promise<{ operation: string; actor_user_id: string; subject_type: string; subject_ids: string[]; justification: string }[]> {
    return t.dataSource.query(
      `SELECT operation, actor_user_id, subject_type, subject_ids, justification FROM audit_event
       WHERE seq > $1 AND operation <> 'LOGIN' ORDER BY seq`,
      [seq],
    );
  }

  async function child(id: string) {
    const [row] = await t.dataSource.query(
      `SELECT status, closure_reason, risk_level, next_review_on::text, lead_agency_id, version FROM child WHERE id = $1`,
      [id],
    );
    return row;
  }

  async function risks(childId: string) {
    return t.dataSource.query(
      `SELECT level, source, rationale, next_review_on::text FROM child_risk WHERE child_id = $1 ORDER BY set_at, id`,
      [childId],
    );
  }

  async function statuses(childId: string) {
    return t.dataSource.query(`SELECT status, reason FROM child_status_change WHERE child_id = $1 ORDER BY changed_at`, [childId]);
  }

  const decide = (referral: SubmittedReferral, input: Record<string, unknown>, by: TestSession = chair) =>
    by.send<{ decideReferral: Record<string, unknown> }>(DECIDE, {
      input: { referralId: referral.referralId, version: referral.version, rationale: 'Invented triage rationale', ...input },
    });

  describe('the screening tool', () => {
    it('publishes version 1 as data: 16 questions in 8 sections, weights 1 to 3, 3 critical', async () => {
      const res = await practitioner.send<{ screeningTool: { version: number; name: string; questions: { section: string; weight: number; critical: boolean }[] } }>(
        SCREENING_TOOL,
      );
      expect(res.errors).toBeUndefined();
      const v1 = res.data!.screeningTool;
      expect(v1).toMatchObject({ version: 1, name: 'MACE exploitation screening tool' });
      expect(v1.questions).toHaveLength(16);
      expect(new Set(v1.questions.map((q) => q.section)).size).toBe(8);
      expect(v1.questions.every((q) => q.weight >= 1 && q.weight <= 3)).toBe(true);
      expect(v1.questions.filter((q) => q.critical)).toHaveLength(3);
    });

    it('scores answers given so far, explains the level, and writes no audit event', async () => {
      const seq = await lastSeq();
      const res = await practitioner.send<{ scoreScreening: Record<string, unknown> }>(SCORE, {
        input: {
          toolVersion: 1,
          answers: [
            { questionKey: 'drug_running', lastSixMonths: YES, earlier: NO },
            { questionKey: 'missing_episodes', lastSixMonths: NO, earlier: YES },
            { questionKey: 'substances', lastSixMonths: NOT_KNOWN, earlier: NOT_KNOWN },
          ],
        },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data?.scoreScreening).toEqual({
        level: 'HIGH',
        score: 8,
        because: [
          'Critical indicator in the last six months: Has been involved in drug running, or found with drugs or large sums of money',
          'Score 8 of 16 needed for high: 1 indicator in the last six months, 1 earlier',
          'In the last six months (6 points): Has been involved in drug running, or found with drugs or large sums of money',
          'Earlier (2 points): Has gone missing from home or care, or come back late with no explanation',
          '2 answers not known: the risk may be higher than suggested',
          '13 questions not answered yet, counted as no',
        ],
        unansweredCount: 13,
        notKnownCount: 2,
      });
      expect(await eventsSince(seq)).toEqual([]);
    });

    it.each([
      { name: 'an unknown version', input: { toolVersion: 99, answers: [] }, fields: { toolVersion: 'Choose a version of the screening tool that exists' } },
      {
        name: 'an unknown question and a question answered twice',
        input: {
          toolVersion: 1,
          answers: [
            { questionKey: 'drug_running', lastSixMonths: YES, earlier: NO },
            { questionKey: 'no_such_question', lastSixMonths: YES, earlier: NO },
            { questionKey: 'drug_running', lastSixMonths: NO, earlier: NO },
          ],
        },
        fields: { 'answers.1.questionKey': 'Choose a question of version 1 of the screening tool', 'answers.2.questionKey': 'Answer each question once' },
      },
      {
        name: 'an empty question key',
        input: { toolVersion: 1, answers: [{ questionKey: ' ', lastSixMonths: YES, earlier: NO }] },
        fields: { 'answers.0.questionKey': 'Choose a question of the screening tool' },
      },
    ])('scoreScreening refuses $name with BAD_USER_INPUT per field', async ({ input, fields }) => {
      const res = await practitioner.send(SCORE, { input });
      expect(GraphQLTestClient.codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields).toEqual(fields);
    });
  });

  describe('submitting', () => {
    it('a new child: recorded as referred, with aliases, the referrer’s agency involved, the screening level in the risk history, and audited as COLLECTION', async () => {
      const seq = await lastSeq();
      const input = await submitReferralInput(t.dataSource, {
        districtId: district,
        overrides: {
          answers: answerEvery(tool.keys, { exploitation_associates: { lastSixMonths: YES }, missing_episodes: { earlier: YES } }),
          referrerLevel: RiskLevel.HIGH,
        },
      });
      (input.newChild as Record<string, unknown>).knownAs = ['Jaz', ' Jay '];
      const res = await practitioner.send<{ submitReferral: Record<string, unknown> & { id: string; answers: { questionKey: string; questionText: string }[] } }>(
        SUBMIT,
        { input },
      );
      expect(res.errors).toBeUndefined();
      const referral = res.data!.submitReferral;
      expect(referral).toMatchObject({
        status: 'AWAITING_TRIAGE',
        version: 1,
        suggestedLevel: 'HIGH',
        referrerLevel: 'HIGH',
        overrideReason: null,
        screeningToolVersion: 1,
        referrer: { id: practitioner.id, displayName: expect.stringMatching(/^Test User /) },
        referrerAgency: { id: practitioner.agencyId },
        district: { id: district },
      });
      expect(referral.suggestedBecause).toContain(
        'Critical indicator in the last six months: Has been found in a location, or with adults, linked to exploitation',
      );
      expect(referral.answers.map((a) => a.questionKey)).toEqual(tool.keys);
      expect(referral.answers.find((a) => a.questionKey === 'missing_episodes')).toEqual({
        questionKey: 'missing_episodes',
        questionText: 'Has gone missing from home or care, or come back late with no explanation',
        lastSixMonths: 'NO',
        earlier: 'YES',
      });

      const [{ child_id: childId }] = await t.dataSource.query(`SELECT child_id FROM referral WHERE id = $1`, [referral.id]);
      expect(await child(childId)).toMatchObject({
        status: ChildStatus.REFERRED,
        risk_level: RiskLevel.HIGH,
        next_review_on: addDays(todayInLondon(), t.config.REVIEW_DAYS_HIGH),
        version: 1,
      });
      expect(await risks(childId)).toEqual([
        {
          level: 'HIGH',
          source: 'SCREENING',
          rationale: 'Referral screening (tool version 1) suggested high risk, score 8; the referrer agreed.',
          next_review_on: addDays(todayInLondon(), t.config.REVIEW_DAYS_HIGH),
        },
      ]);
      expect(await statuses(childId)).toEqual([{ status: 'REFERRED', reason: null }]);
      expect(await t.dataSource.query(`SELECT name FROM child_alias WHERE child_id = $1 ORDER BY name`, [childId])).toEqual([
        { name: 'Jay' },
        { name: 'Jaz' },
      ]);
      expect(await t.dataSource.query(`SELECT agency_id, kind FROM child_involvement WHERE child_id = $1`, [childId])).toEqual([
        { agency_id: practitioner.agencyId, kind: 'REFERRER' },
      ]);
      expect(await eventsSince(seq)).toEqual([
        { operation: AuditOperation.COLLECTION, actor_user_id: practitioner.id, subject_type: 'CHILD', subject_ids: [childId], justification: 'new child recorded by a referral' },
        { operation: AuditOperation.COLLECTION, actor_user_id: practitioner.id, subject_type: 'REFERRAL', subject_ids: [referral.id, childId], justification: 'referral submitted' },
      ]);
    });

    it('recomputes the suggestion on the server and keeps an override with its reason', async () => {
      const input = await submitReferralInput(t.dataSource, {
        districtId: district,
        overrides: { referrerLevel: RiskLevel.MEDIUM, overrideReason: 'Invented: the family describes threats made last week' },
      });
      const res = await practitioner.send<{ submitReferral: { id: string; suggestedLevel: string; overrideReason: string } }>(SUBMIT, { input });
      expect(res.errors).toBeUndefined();
      expect(res.data?.submitReferral).toMatchObject({ suggestedLevel: 'NONE', overrideReason: 'Invented: the family describes threats made last week' });
      const [{ child_id: childId }] = await t.dataSource.query(`SELECT child_id FROM referral WHERE id = $1`, [res.data!.submitReferral.id]);
      expect((await risks(childId))[0]).toMatchObject({
        level: 'MEDIUM',
        rationale:
          'Referral screening (tool version 1) suggested no risk identified, score 0. The referrer judged medium risk: Invented: the family describes threats made last week',
      });

      const forged = await practitioner.send(SUBMIT, { input: { ...input, suggestedLevel: 'MEDIUM' } });
      expect(GraphQLTestClient.codeOf(forged)).toBe('BAD_USER_INPUT');
      expect(forged.errors?.[0].message).toContain('Field "suggestedLevel" is not defined by type "SubmitReferralInput"');
    });

    it('a closed child referred again goes back to referred with the reason "Referred again", audited as an ALTERATION', async () => {
      const first = await referChild(practitioner, t.dataSource, { districtId: district });
      expect((await decide(first, { decision: TriageDecision.NO_FURTHER_ACTION })).errors).toBeUndefined();
      expect(await child(first.childId)).toMatchObject({ status: 'CLOSED', version: 2 });

      const seq = await lastSeq();
      const again = await referChild(practitioner, t.dataSource, { childId: first.childId });
      expect(await child(first.childId)).toMatchObject({ status: 'REFERRED', closure_reason: null, version: 3 });
      expect((await statuses(first.childId)).map((s: { status: string; reason: string | null }) => [s.status, s.reason])).toEqual([
        ['REFERRED', null],
        ['CLOSED', 'No further action at triage'],
        ['REFERRED', 'Referred again'],
      ]);
      const changes = (await eventsSince(seq)).filter((e) => e.operation !== AuditOperation.CONSULTATION);
      expect(changes).toEqual([
        {
          operation: AuditOperation.ALTERATION,
          actor_user_id: practitioner.id,
          subject_type: 'CHILD',
          subject_ids: [first.childId],
          justification: 'changed by a referral: riskLevel, nextReviewOn, status, closureReason',
        },
        { operation: AuditOperation.COLLECTION, actor_user_id: practitioner.id, subject_type: 'REFERRAL', subject_ids: [again.referralId, first.childId], justification: 'referral submitted' },
      ]);
    });

    it('a child already open to MACE keeps the level the partnership agreed when referred again', async () => {
      const first = await referChild(practitioner, t.dataSource, { districtId: district });
      await decide(first, { decision: TriageDecision.ACCEPTED, provisionalLevel: RiskLevel.HIGH });
      const before = await child(first.childId);
      await referChild(practitioner, t.dataSource, { childId: first.childId });
      expect(await child(first.childId)).toEqual(before);
      expect(await risks(first.childId)).toHaveLength(2);
    });
  });

  describe('triage', () => {
    it('accept: provisional risk in the history from TRIAGE with the cadence’s next review, open, lead agency involved, audited as ALTERATIONs', async () => {
      const referral = await referChild(practitioner, t.dataSource, { districtId: district });
      const seq = await lastSeq();
      const res = await decide(referral, {
        decision: TriageDecision.ACCEPTED,
        provisionalLevel: RiskLevel.MEDIUM,
        leadAgencyId,
        rationale: 'Invented: accepted to MACE; the youth justice service will lead',
      });
      expect(res.errors).toBeUndefined();
      expect(res.data?.decideReferral).toEqual({
        id: referral.referralId,
        status: 'ACCEPTED',
        version: 2,
        decisionRationale: 'Invented: accepted to MACE; the youth justice service will lead',
        provisionalLevel: 'MEDIUM',
        decidedBy: expect.stringMatching(/^Test User /),
        decidedAt: expect.any(String),
      });
      const next = addDays(todayInLondon(), t.config.REVIEW_DAYS_MEDIUM);
      expect(await child(referral.childId)).toEqual({
        status: 'OPEN',
        closure_reason: null,
        risk_level: 'MEDIUM',
        next_review_on: next,
        lead_agency_id: leadAgencyId,
        version: 2,
      });
      expect((await risks(referral.childId)).at(-1)).toEqual({
        level: 'MEDIUM',
        source: 'TRIAGE',
        rationale: 'Invented: accepted to MACE; the youth justice service will lead',
        next_review_on: next,
      });
      expect((await statuses(referral.childId)).at(-1)).toEqual({ status: 'OPEN', reason: 'Accepted to MACE at triage' });
      expect(
        await t.dataSource.query(`SELECT agency_id, kind FROM child_involvement WHERE child_id = $1 ORDER BY kind`, [referral.childId]),
      ).toEqual([
        { agency_id: leadAgencyId, kind: 'LEAD_AGENCY' },
        { agency_id: practitioner.agencyId, kind: 'REFERRER' },
      ]);
      expect(await eventsSince(seq)).toEqual([
        {
          operation: AuditOperation.ALTERATION,
          actor_user_id: chair.id,
          subject_type: 'REFERRAL',
          subject_ids: [referral.referralId],
          justification: 'triage decision; changed: status, decisionRationale, provisionalLevel, decidedBy, decidedAt',
        },
        {
          operation: AuditOperation.ALTERATION,
          actor_user_id: chair.id,
          subject_type: 'CHILD',
          subject_ids: [referral.childId],
          justification: 'triage decision; changed: riskLevel, nextReviewOn, status, leadAgency',
        },
      ]);
    });

    it.each([
      { level: RiskLevel.HIGH, days: 'REVIEW_DAYS_HIGH' as const },
      { level: RiskLevel.LOW, days: 'REVIEW_DAYS_LOW' as const },
    ])('accept at $level: the next review is $days away', async ({ level, days }) => {
      const referral = await referChild(practitioner, t.dataSource, { districtId: district });
      expect((await decide(referral, { decision: TriageDecision.ACCEPTED, provisionalLevel: level })).errors).toBeUndefined();
      expect((await child(referral.childId)).next_review_on).toBe(addDays(todayInLondon(), t.config[days]));
    });

    it('accept with a next review date given keeps that date', async () => {
      const referral = await referChild(practitioner, t.dataSource, { districtId: district });
      const on = addDays(todayInLondon(), 3);
      expect((await decide(referral, { decision: TriageDecision.ACCEPTED, provisionalLevel: RiskLevel.HIGH, nextReviewOn: on })).errors).toBeUndefined();
      expect(await child(referral.childId)).toMatchObject({ status: 'OPEN', next_review_on: on });
    });

    it.each([
      { decision: TriageDecision.NO_FURTHER_ACTION, reason: 'No further action at triage' },
      { decision: TriageDecision.SIGNPOSTED, reason: 'Signposted at triage' },
      { decision: TriageDecision.STRATEGY_MEETING, reason: 'Sent to a strategy meeting / children’s social care at triage' },
    ])('$decision closes a new child with the reason "$reason"', async ({ decision, reason }) => {
      const referral = await referChild(practitioner, t.dataSource, { districtId: district });
      const seq = await lastSeq();
      const res = await decide(referral, { decision });
      expect(res.data?.decideReferral).toMatchObject({ status: decision, provisionalLevel: null });
      expect(await child(referral.childId)).toMatchObject({ status: 'CLOSED', closure_reason: reason, version: 2 });
      expect((await eventsSince(seq)).map((e) => [e.operation, e.subject_type, e.justification])).toEqual([
        ['ALTERATION', 'REFERRAL', 'triage decision; changed: status, decisionRationale, decidedBy, decidedAt'],
        ['ALTERATION', 'CHILD', 'triage decision; changed: status, closureReason'],
      ]);
    });

    it('no further action leaves a referred child open to triage while another referral of it still awaits', async () => {
      const first = await referChild(practitioner, t.dataSource, { districtId: district });
      const second = await referChild(chair, t.dataSource, { childId: first.childId });
      await decide(first, { decision: TriageDecision.NO_FURTHER_ACTION });
      expect(await child(first.childId)).toMatchObject({ status: 'REFERRED' });
      await decide(second, { decision: TriageDecision.NO_FURTHER_ACTION });
      expect(await child(first.childId)).toMatchObject({ status: 'CLOSED' });
    });

    it('a decided referral cannot be decided again; a stale version is a CONFLICT; neither changes anything', async () => {
      const referral = await referChild(practitioner, t.dataSource, { districtId: district });
      await decide(referral, { decision: TriageDecision.SIGNPOSTED });
      const before = await child(referral.childId);
      const seq = await lastSeq();

      const again = await decide({ ...referral, version: 2 }, { decision: TriageDecision.ACCEPTED, provisionalLevel: RiskLevel.LOW });
      expect(GraphQLTestClient.codeOf(again)).toBe('BAD_USER_INPUT');
      expect(again.errors?.[0].extensions?.fields).toEqual({ decision: 'This referral has already been decided' });
      const stale = await decide(referral, { decision: TriageDecision.ACCEPTED, provisionalLevel: RiskLevel.LOW });
      expect(GraphQLTestClient.codeOf(stale)).toBe('CONFLICT');

      expect(await child(referral.childId)).toEqual(before);
      expect(await eventsSince(seq)).toEqual([]);
      const [row] = await t.dataSource.query(`SELECT status, version FROM referral WHERE id = $1`, [referral.referralId]);
      expect(row).toEqual({ status: 'SIGNPOSTED', version: 2 });
    });

    const concurrently = Boolean(process.env.TEST_DATABASE_URL);
    it(`8 decisions of one referral with the same version${concurrently ? ' at once' : ' (in turn: PGlite has one connection)'}: exactly one wins, the rest CONFLICT`, async () => {
      const referral = await referChild(practitioner, t.dataSource, { districtId: district });
      const seq = await lastSeq();
      const send = (i: number) =>
        decide(referral, {
          decision: i % 2 ? TriageDecision.ACCEPTED : TriageDecision.NO_FURTHER_ACTION,
          provisionalLevel: i % 2 ? RiskLevel.HIGH : undefined,
          rationale: `Invented decision ${i}`,
        });
      let results: GraphQLResponse<{ decideReferral: Record<string, unknown> }>[] = [];
      if (concurrently) {
        results = await Promise.all(Array.from({ length: 8 }, (_, i) => send(i)));
      } else {
        for (let i = 0; i < 8; i += 1) results.push(await send(i));
      }

      const codes = results.map((r) => (r.errors ? GraphQLTestClient.codeOf(r) : 'OK'));
      expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
      expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(7);
      const winner = results.find((r) => !r.errors)!.data!.decideReferral;
      const [row] = await t.dataSource.query(`SELECT status, decision_rationale, version FROM referral WHERE id = $1`, [referral.referralId]);
      expect(row).toEqual({ status: winner.status, decision_rationale: winner.decisionRationale, version: 2 });
      const changes = await eventsSince(seq);
      expect(changes.filter((e) => e.subject_type === 'REFERRAL')).toHaveLength(1);
      expect(changes.filter((e) => e.subject_type === 'CHILD')).toHaveLength(1);
    });
  });

  describe('reading', () => {
    it('referral(id) writes one CONSULTATION naming the referral, with the path as justification', async () => {
      const referral = await referChild(practitioner, t.dataSource, { districtId: district });
      for (const [session, justification] of [
        [chair, 'district oversight'],
        [practitioner, 'involvement: REFERRER'],
      ] as const) {
        const seq = await lastSeq();
        const res = await session.send(REFERRAL, { id: referral.referralId });
        expect(res.errors).toBeUndefined();
        expect(await eventsSince(seq)).toEqual([
          { operation: 'CONSULTATION', actor_user_id: session.id, subject_type: 'REFERRAL', subject_ids: [referral.referralId], justification },
        ]);
      }
    });

    it('referrals writes one CONSULTATION per path naming exactly the referrals of the page', async () => {
      const mine = await referChild(chair, t.dataSource, { districtId: district });
      const seq = await lastSeq();
      const res = await chair.send<{ referrals: { nodes: { id: string }[] } }>(`{ referrals(first: 4) { nodes { id } } }`);
      expect(res.errors).toBeUndefined();
      const page = res.data!.referrals.nodes.map((n) => n.id);
      expect(page).toHaveLength(4);
      expect(page[0]).toBe(mine.referralId);
      const events = await eventsSince(seq);
      // The chair's own agency referred the newest child, but oversight is the stronger path and is named.
      expect(events).toEqual([
        { operation: 'CONSULTATION', actor_user_id: chair.id, subject_type: 'REFERRAL', subject_ids: page, justification: 'district oversight' },
      ]);
    });

    it('the child of a referral, and the child’s referrals newest first, are read with their own CONSULTATION events', async () => {
      const first = await referChild(practitioner, t.dataSource, { districtId: district });
      const second = await referChild(practitioner, t.dataSource, { childId: first.childId });
      const seq = await lastSeq();
      const res = await practitioner.send<{ referral: { child: { id: string; accessPath: string; referrals: { id: string }[] } } }>(
        `query($id: ID!) { referral(id: $id) { id child { id accessPath referrals { id } } } }`,
        { id: first.referralId },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.referral.child).toEqual({
        id: first.childId,
        accessPath: 'INVOLVEMENT',
        referrals: [{ id: second.referralId }, { id: first.referralId }],
      });
      const justification = 'involvement: REFERRER';
      expect((await eventsSince(seq)).map((e) => [e.subject_type, e.subject_ids, e.justification])).toEqual([
        ['REFERRAL', [first.referralId], justification],
        ['CHILD', [first.childId], justification],
        ['REFERRAL', [second.referralId, first.referralId], justification],
      ]);
    });

    it('referrals(first: 50) with its relations costs the same number of SQL statements as first: 5', async () => {
      for (let i = 0; i < 6; i += 1) await referChild(practitioner, t.dataSource, { districtId: district });
      const LIST = `query($first: Int) { referrals(first: $first) { totalCount nodes {
        id screeningToolVersion decidedBy answers { questionText } referrer { displayName } referrerAgency { name } district { name }
        child { id givenName } } } }`;
      const measure = async (first: number) => {
        const { result, count } = await countQueries(t.dataSource, () => chair.send<{ referrals: { nodes: unknown[] } }>(LIST, { first }));
        expect(result.errors).toBeUndefined();
        return { count, rows: result.data!.referrals.nodes.length };
      };
      const small = await measure(5);
      const large = await measure(50);
      expect(small.rows).toBe(5);
      expect(large.rows).toBeGreaterThan(5);
      expect(large.count).toBe(small.count);
    });
  });

  it('the referrer can follow the referral to a decision: referral(id).status changes after triage', async () => {
    const referral = await referChild(practitioner, t.dataSource, { districtId: district });
    await decide(referral, { decision: TriageDecision.ACCEPTED, provisionalLevel: RiskLevel.LOW });
    const res = await practitioner.send<{ referral: { status: string } }>(REFERRAL, { id: referral.referralId });
    expect(res.data?.referral.status).toBe(ReferralStatus.ACCEPTED);
  });
});

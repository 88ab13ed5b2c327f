import { randomUUID } from 'node:crypto';
import { RiskLevel, Role, TriageDecision } from '@mace/shared-domain';
import {
  answerEvery,
  createDistrict,
  currentScreeningTool,
  GraphQLTestClient,
  referChild,
  sessionFor,
  startTestApp,
  submitReferralInput,
  SubmittedReferral,
  TestApp,
  TestSession,
} from '@mace/api-testing';
import { addDays, shiftYears, todayInLondon } from '@mace/api-children';
import { createApiApp } from '../src/bootstrap/create-api-app';

/**
 * Bad input to submitReferral and decideReferral (the cases bad-input.int.spec.ts leaves to this
 * file, as they need a practitioner's and a chair's session): each answer is BAD_USER_INPUT with a
 * message per field, or NOT_FOUND for a child the caller cannot see, and nothing is written.
 */

const SUBMIT = `mutation($input: SubmitReferralInput!) { submitReferral(input: $input) { id } }`;
const DECIDE = `mutation($input: DecideReferralInput!) { decideReferral(input: $input) { id version } }`;

const HUNDRED_KB = 'x'.repeat(100 * 1024);

interface Fixtures {
  district: string;
  practitioner: TestSession;
  chair: TestSession;
  keys: string[];
  referral: SubmittedReferral;
  /** A child in another district, referred by another district's practitioner. */
  unseenChildId: string;
  /** A valid SubmitReferralInput for a new child in the district. */
  valid: Record<string, unknown>;
}

type Input = Record<string, unknown>;

interface Case {
  name: string;
  input: (f: Fixtures) => Input;
  /** The per-field messages, or the code and a part of the message for errors the schema itself raises. */
  expect: Expected | ((f: Fixtures) => Expected);
}
type Expected = { fields: Record<string, string> } | { code: 'NOT_FOUND' | 'BAD_USER_INPUT'; message: string };

const daysFromToday = (days: number): string => addDays(todayInLondon(), days);
const yearsAgo = (years: number, days = 0): string => addDays(shiftYears(todayInLondon(), -years), days);

const withChild = (f: Fixtures, child: Input): Input => ({ ...f.valid, newChild: { ...(f.valid.newChild as Input), ...child } });
const narrativeTooLong = (what: string) => `${what} must be 10,000 characters or fewer`;

const SUBMIT_CASES: Case[] = [
  { name: 'a date of birth in the future', input: (f) => withChild(f, { dateOfBirth: daysFromToday(1) }), expect: { fields: { 'newChild.dateOfBirth': 'Date of birth must be in the past' } } },
  { name: 'a date of birth of today', input: (f) => withChild(f, { dateOfBirth: daysFromToday(0) }), expect: { fields: { 'newChild.dateOfBirth': 'Date of birth must be in the past' } } },
  { name: 'a date of birth over 25 years ago', input: (f) => withChild(f, { dateOfBirth: yearsAgo(25, -1) }), expect: { fields: { 'newChild.dateOfBirth': 'Date of birth must be no more than 25 years ago' } } },
  { name: 'a date of birth that is not a real date', input: (f) => withChild(f, { dateOfBirth: '2012-02-30' }), expect: { fields: { 'newChild.dateOfBirth': 'Enter the date of birth as a real date, like 2012-03-27' } } },
  { name: 'a date of birth in another format', input: (f) => withChild(f, { dateOfBirth: '17/05/2012' }), expect: { fields: { 'newChild.dateOfBirth': 'Enter the date of birth as a real date, like 2012-03-27' } } },
  { name: 'an unknown gender', input: (f) => withChild(f, { gender: 'PURPLE' }), expect: { code: 'BAD_USER_INPUT', message: 'Variable "$input" got invalid value "PURPLE" at "input.newChild.gender"' } },
  { name: 'an unknown lawful basis', input: (f) => ({ ...f.valid, lawfulBasis: 'BECAUSE' }), expect: { code: 'BAD_USER_INPUT', message: 'at "input.lawfulBasis"' } },
  { name: 'an unknown screening answer', input: (f) => ({ ...f.valid, answers: [{ ...answerEvery(f.keys)[0], earlier: 'MAYBE' }, ...answerEvery(f.keys).slice(1)] }), expect: { code: 'BAD_USER_INPUT', message: 'at "input.answers[0].earlier"' } },
  { name: '100 KB of concerns', input: (f) => ({ ...f.valid, concerns: HUNDRED_KB }), expect: { fields: { concerns: narrativeTooLong('Concerns') } } },
  {
    name: '100 KB in every narrative field',
    input: (f) => ({ ...f.valid, dangerStatement: HUNDRED_KB, safetyGoal: HUNDRED_KB, childVoice: HUNDRED_KB, strengths: HUNDRED_KB }),
    expect: {
      fields: {
        dangerStatement: narrativeTooLong('Danger statement'),
        safetyGoal: narrativeTooLong('Safety goal'),
        childVoice: narrativeTooLong('The child’s voice'),
        strengths: narrativeTooLong('Strengths'),
      },
    },
  },
  { name: '100 KB of first name', input: (f) => withChild(f, { givenName: HUNDRED_KB }), expect: { fields: { 'newChild.givenName': 'First name must be 100 characters or fewer' } } },
  { name: 'empty names', input: (f) => withChild(f, { givenName: ' ', familyName: '' }), expect: { fields: { 'newChild.givenName': 'Enter the child’s first name', 'newChild.familyName': 'Enter the child’s last name' } } },
  { name: 'eleven names known as', input: (f) => withChild(f, { knownAs: Array.from({ length: 11 }, (_, i) => `Name${i}`) }), expect: { fields: { 'newChild.knownAs': 'Enter up to 10 names the child is known as' } } },
  { name: 'an empty concerns and safety goal', input: (f) => ({ ...f.valid, concerns: '  ', safetyGoal: '' }), expect: { fields: { concerns: 'Describe your concerns', safetyGoal: 'Enter the safety goal' } } },
  { name: 'a missing required screening answer', input: (f) => ({ ...f.valid, answers: answerEvery(f.keys).filter((a) => a.questionKey !== 'sexual_images') }), expect: { fields: { 'answers.sexual_images': 'Answer every question' } } },
  { name: 'no screening answers at all', input: (f) => ({ ...f.valid, answers: [] }), expect: (f) => ({ fields: Object.fromEntries(f.keys.map((key) => [`answers.${key}`, 'Answer every question'])) }) },
  { name: 'a screening question answered twice', input: (f) => ({ ...f.valid, answers: [...answerEvery(f.keys), answerEvery(f.keys)[3]] }), expect: { fields: { 'answers.16.questionKey': 'Answer each question once' } } },
  { name: 'an answer to a question the tool does not have', input: (f) => ({ ...f.valid, answers: [...answerEvery(f.keys), { ...answerEvery(f.keys)[0], questionKey: 'made_up' }] }), expect: { fields: { 'answers.16.questionKey': 'Choose a question of version 1 of the screening tool' } } },
  { name: 'an unknown screening tool version', input: (f) => ({ ...f.valid, screeningToolVersion: 42 }), expect: { fields: { screeningToolVersion: 'Choose a version of the screening tool that exists' } } },
  { name: 'an override without a reason', input: (f) => ({ ...f.valid, referrerLevel: RiskLevel.HIGH }), expect: { fields: { overrideReason: 'Explain why you judge high risk when the screening tool suggests no risk identified' } } },
  { name: 'an override with a blank reason', input: (f) => ({ ...f.valid, referrerLevel: RiskLevel.LOW, overrideReason: '   ' }), expect: { fields: { overrideReason: 'Explain why you judge low risk when the screening tool suggests no risk identified' } } },
  { name: 'an override with too short a reason', input: (f) => ({ ...f.valid, referrerLevel: RiskLevel.LOW, overrideReason: 'gut feel' }), expect: { fields: { overrideReason: 'Reason for choosing a different level must be at least 10 characters' } } },
  { name: 'an override with 100 KB of reason', input: (f) => ({ ...f.valid, referrerLevel: RiskLevel.LOW, overrideReason: HUNDRED_KB }), expect: { fields: { overrideReason: 'Reason for choosing a different level must be 2,000 characters or fewer' } } },
  { name: 'both childId and newChild', input: (f) => ({ ...f.valid, childId: f.referral.childId }), expect: { fields: { newChild: 'Choose an existing child or enter a new child, not both' } } },
  { name: 'neither childId nor newChild', input: (f) => ({ ...f.valid, newChild: null }), expect: { fields: { childId: 'Choose the child, or enter the details of a new child' } } },
  { name: 'a malformed child id', input: (f) => ({ ...f.valid, newChild: undefined, childId: 'child-1' }), expect: { fields: { childId: 'Choose the child, or enter the details of a new child' } } },
  { name: 'a district that does not exist', input: (f) => withChild(f, { districtId: randomUUID() }), expect: { fields: { 'newChild.districtId': 'Choose a district that exists' } } },
  { name: 'a referral for a child id you cannot see', input: (f) => ({ ...f.valid, newChild: undefined, childId: f.unseenChildId }), expect: { code: 'NOT_FOUND', message: 'Child not found' } },
  { name: 'a referral for a child id that does not exist', input: (f) => ({ ...f.valid, newChild: undefined, childId: randomUUID() }), expect: { code: 'NOT_FOUND', message: 'Child not found' } },
];

const decision = (f: Fixtures, input: Input): Input => ({
  referralId: f.referral.referralId,
  version: f.referral.version,
  decision: TriageDecision.ACCEPTED,
  provisionalLevel: RiskLevel.MEDIUM,
  rationale: 'Invented triage rationale',
  ...input,
});

const DECIDE_CASES: Case[] = [
  { name: 'accepting without a provisional level', input: (f) => decision(f, { provisionalLevel: undefined }), expect: { fields: { provisionalLevel: 'Choose a provisional risk level' } } },
  { name: 'an empty rationale', input: (f) => decision(f, { rationale: ' ' }), expect: { fields: { rationale: 'Enter the reasons for your decision' } } },
  { name: '100 KB of rationale', input: (f) => decision(f, { rationale: HUNDRED_KB }), expect: { fields: { rationale: narrativeTooLong('Reasons for the decision') } } },
  { name: 'a next review date in the past', input: (f) => decision(f, { nextReviewOn: daysFromToday(-1) }), expect: { fields: { nextReviewOn: 'The next review date must be today or in the future' } } },
  { name: 'a next review date that is not a date', input: (f) => decision(f, { nextReviewOn: 'next week' }), expect: { fields: { nextReviewOn: 'Enter the next review date as a real date, like 2026-03-27' } } },
  {
    name: 'acceptance details with another decision',
    input: (f) => decision(f, { decision: TriageDecision.NO_FURTHER_ACTION, nextReviewOn: daysFromToday(7), leadAgencyId: f.practitioner.agencyId }),
    expect: {
      fields: {
        provisionalLevel: 'Only give a provisional risk level when accepting to MACE',
        nextReviewOn: 'Only give a next review date when accepting to MACE',
        leadAgencyId: 'Only choose a lead agency when accepting to MACE',
      },
    },
  },
  { name: 'a lead agency that does not exist', input: (f) => decision(f, { leadAgencyId: randomUUID() }), expect: { fields: { leadAgencyId: 'Choose an active agency that exists' } } },
  { name: 'a malformed lead agency id', input: (f) => decision(f, { leadAgencyId: 'agency-1' }), expect: { fields: { leadAgencyId: 'Choose an agency' } } },
  { name: 'a malformed referral id', input: (f) => decision(f, { referralId: 'referral-1' }), expect: { fields: { referralId: 'Referral id is not valid' } } },
  { name: 'version 0', input: (f) => decision(f, { version: 0 }), expect: { fields: { version: 'version must not be less than 1' } } },
  { name: 'an unknown decision', input: (f) => decision(f, { decision: 'MAYBE_LATER' }), expect: { code: 'BAD_USER_INPUT', message: 'at "input.decision"' } },
];

describe('bad input to submitReferral and decideReferral: BAD_USER_INPUT per field (or NOT_FOUND), and nothing written', () => {
  let t: TestApp;
  const f = {} as Fixtures;

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
    f.district = (await createDistrict(t.dataSource)).id;
    f.practitioner = await sessionFor(t, Role.AGENCY_PRACTITIONER, { districtIds: [f.district] });
    f.chair = await sessionFor(t, Role.MACE_CHAIR, { districtIds: [f.district] });
    f.keys = (await currentScreeningTool(t.dataSource)).keys;
    f.referral = await referChild(f.practitioner, t.dataSource, { districtId: f.district });
    const elsewhere = (await createDistrict(t.dataSource)).id;
    const stranger = await sessionFor(t, Role.AGENCY_PRACTITIONER, { districtIds: [elsewhere] });
    f.unseenChildId = (await referChild(stranger, t.dataSource, { districtId: elsewhere })).childId;
    f.valid = await submitReferralInput(t.dataSource, { districtId: f.district });
  });
  afterAll(() => t.close());

  /** Rows (and a digest of their content) of everything a referral or a decision could write. */
  async function state(): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const table of ['child', 'child_alias', 'child_risk', 'child_status_change', 'child_involvement', 'referral']) {
      const [row] = await t.dataSource.query(
        `SELECT count(*)::int AS n, coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS digest FROM ${table} t`,
      );
      out[table] = row;
    }
    const [audit] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event`);
    out['audit events'] = audit.n;
    return out;
  }

  it('accepts valid input (so the cases below fail for the reason they name)', async () => {
    const submitted = await f.practitioner.send(SUBMIT, { input: f.valid });
    expect(submitted.errors).toBeUndefined();
    const existing = await f.practitioner.send(SUBMIT, { input: { ...f.valid, newChild: undefined, childId: f.referral.childId } });
    expect(existing.errors).toBeUndefined();
    const overridden = await f.practitioner.send(SUBMIT, {
      input: { ...f.valid, referrerLevel: RiskLevel.LOW, overrideReason: 'Invented: seen twice with the same older man' },
    });
    expect(overridden.errors).toBeUndefined();
    const oldest = await f.practitioner.send(SUBMIT, { input: withChild(f, { dateOfBirth: yearsAgo(25) }) });
    expect(oldest.errors).toBeUndefined();
    // A decision that works, on a referral of its own (the cases below use f.referral).
    const spare = await referChild(f.practitioner, t.dataSource, { districtId: f.district });
    const decided = await f.chair.send(DECIDE, {
      input: { ...decision(f, { referralId: spare.referralId, nextReviewOn: daysFromToday(0), leadAgencyId: f.practitioner.agencyId }) },
    });
    expect(decided.errors).toBeUndefined();
  });

  const cases = [
    ...SUBMIT_CASES.map((c) => ({ ...c, mutation: 'submitReferral' as const })),
    ...DECIDE_CASES.map((c) => ({ ...c, mutation: 'decideReferral' as const })),
  ].map((c) => ({
    ...c,
    verdict: typeof c.expect === 'function' ? 'BAD_USER_INPUT on every question' : 'fields' in c.expect ? `BAD_USER_INPUT on ${Object.keys(c.expect.fields).join(', ')}` : c.expect.code,
  }));

  it.each(cases)('$mutation refuses $name: $verdict', async ({ mutation, input, expect: expectation }) => {
    const expected = typeof expectation === 'function' ? expectation(f) : expectation;
    const before = await state();
    const res = mutation === 'submitReferral' ? await f.practitioner.send(SUBMIT, { input: input(f) }) : await f.chair.send(DECIDE, { input: input(f) });
    expect(res.errors).toHaveLength(1);
    if ('fields' in expected) {
      expect(GraphQLTestClient.codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields).toEqual(expected.fields);
    } else {
      expect(GraphQLTestClient.codeOf(res)).toBe(expected.code);
      expect(res.errors?.[0].message).toContain(expected.message);
    }
    expect(res.data ?? null).toBeNull();
    expect(await state()).toEqual(before);
  });
});

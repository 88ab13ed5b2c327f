import { Awareness, Gender, LawfulBasis, RiskLevel, ScreeningAnswer } from '@mace/shared-domain';
import { DataSource } from 'typeorm';
import { uniqueSuffix } from './factories';
import type { TestSession } from './test-sessions';

export interface TestScreeningAnswer {
  questionKey: string;
  lastSixMonths: ScreeningAnswer;
  earlier: ScreeningAnswer;
}

/** The current screening tool's version and question keys, as the migrations published it. */
export async function currentScreeningTool(dataSource: DataSource): Promise<{ version: number; keys: string[] }> {
  const [row] = await dataSource.query(
    `SELECT version, definition FROM screening_tool WHERE retired_at IS NULL ORDER BY version DESC LIMIT 1`,
  );
  return { version: row.version, keys: row.definition.questions.map((q: { key: string }) => q.key) };
}

/** Every question answered: "no" for both periods unless `yes` lists it (then yes in the last six months). */
export function answerEvery(keys: readonly string[], yes: Record<string, Partial<Omit<TestScreeningAnswer, 'questionKey'>>> = {}): TestScreeningAnswer[] {
  return keys.map((questionKey) => ({
    questionKey,
    lastSixMonths: ScreeningAnswer.NO,
    earlier: ScreeningAnswer.NO,
    ...(yes[questionKey] ?? {}),
  }));
}

/** An invented child, 14 years old, in `districtId`. */
export function newChildInput(districtId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const year = new Date().getUTCFullYear() - 14;
  return {
    districtId,
    givenName: `Invented${uniqueSuffix()}`,
    familyName: 'Testchild',
    knownAs: [],
    dateOfBirth: `${year}-05-17`,
    gender: Gender.FEMALE,
    ...overrides,
  };
}

/**
 * A valid SubmitReferralInput: every question of the current tool answered "no", so the tool
 * suggests no risk and the referrer agrees. Give `newChild` or `childId` (and any other field) in
 * `overrides`; by default a new child in `districtId`.
 */
export async function submitReferralInput(
  dataSource: DataSource,
  options: { districtId?: string; childId?: string; overrides?: Record<string, unknown> } = {},
): Promise<Record<string, unknown>> {
  const tool = await currentScreeningTool(dataSource);
  const child = options.childId ? { childId: options.childId } : { newChild: newChildInput(options.districtId ?? '') };
  return {
    ...child,
    concerns: 'Invented concerns for a test: seen late at night with older people the family does not know.',
    screeningToolVersion: tool.version,
    answers: answerEvery(tool.keys),
    referrerLevel: RiskLevel.NONE,
    dangerStatement: 'Invented danger statement for a test.',
    safetyGoal: 'Invented safety goal for a test.',
    childVoice: 'Invented account of what the child has said.',
    strengths: 'Invented strengths: a trusted teacher and a supportive aunt.',
    childAware: Awareness.YES,
    familyAware: Awareness.NOT_KNOWN,
    lawfulBasis: LawfulBasis.SAFEGUARDING_CHILDREN,
    ...(options.overrides ?? {}),
  };
}

export interface SubmittedReferral {
  referralId: string;
  childId: string;
  version: number;
}

const SUBMIT = `mutation($input: SubmitReferralInput!) { submitReferral(input: $input) { id version child { id } } }`;

/** Submit a referral as `session` (a new child in `districtId` unless `childId` is given); fails the test on any error. */
export async function referChild(
  session: TestSession,
  dataSource: DataSource,
  options: { districtId?: string; childId?: string; overrides?: Record<string, unknown> } = {},
): Promise<SubmittedReferral> {
  const response = await session.send<{ submitReferral: { id: string; version: number; child: { id: string } } }>(SUBMIT, {
    input: await submitReferralInput(dataSource, options),
  });
  const referral = response.data?.submitReferral;
  if (!referral) throw new Error(`submitReferral failed in a test: ${JSON.stringify(response.errors)}`);
  return { referralId: referral.id, childId: referral.child.id, version: referral.version };
}

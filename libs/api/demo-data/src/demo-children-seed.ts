import {
  ChildStatus,
  InvolvementKind,
  LawfulBasis,
  ReferralStatus,
  RiskLevel,
  RiskSource,
  Awareness,
  ScreeningAnswer,
  EXPLOITATION_TYPE_LABELS,
  Role,
} from '@mace/shared-domain';
import { scoreScreening, ScreeningResponse, ScreeningToolDefinition } from '@mace/api-children';
import { EntityManager } from 'typeorm';
import { DEMO_CHILDREN, DemoChild } from './demo-children';
import { DEMO_DISTRICTS, DEMO_USERS, demoAgencyId, demoPractitioner } from './demo-organisations';

const DAY = 24 * 60 * 60 * 1000;
const LEVEL_ORDER = [RiskLevel.NONE, RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH];

export interface ReviewCadence {
  [RiskLevel.HIGH]: number;
  [RiskLevel.MEDIUM]: number;
  [RiskLevel.LOW]: number;
}

/**
 * The invented children with their referrals, screening answers, risk and status histories, flags
 * and involvements, dated relative to today so "due for review" and "awaiting triage" stay true
 * whenever the demo starts. Written straight to the tables: demo history predates any session.
 */
export async function seedDemoChildren(manager: EntityManager, cadence: ReviewCadence, now = new Date()): Promise<void> {
  const [tool]: { id: string; definition: ScreeningToolDefinition }[] = await manager.query(
    `SELECT id, definition FROM screening_tool WHERE retired_at IS NULL ORDER BY version DESC LIMIT 1`,
  );
  if (!tool) throw new Error('the screening tool is missing: migrations must run before the demo seed');
  for (const child of DEMO_CHILDREN) await seedChild(manager, child, tool, cadence, now);
}

async function seedChild(
  manager: EntityManager,
  child: DemoChild,
  tool: { id: string; definition: ScreeningToolDefinition },
  cadence: ReviewCadence,
  now: Date,
): Promise<void> {
  const districtId = DEMO_DISTRICTS.find((d) => d.name === child.district)!.id;
  const referrer = demoPractitioner(child.district, child.referredBy);
  const lead = child.lead ? demoPractitioner(child.district, child.lead) : null;
  const chair = DEMO_USERS.find((u) => u.roles.includes(Role.MACE_CHAIR) && u.districtIds.includes(districtId))!;
  const referredAt = new Date(now.getTime() - child.referredDaysAgo * DAY);
  const at = (days: number) => new Date(Math.min(referredAt.getTime() + days * DAY, now.getTime() - 60_000));
  const triaged = child.triagedDaysAfter ?? 1;

  // Risk history: the screening level, then (once triaged) the triage level and meeting reviews.
  const risks = child.riskHistory.map((level, i) => ({
    level,
    source: i === 0 ? RiskSource.SCREENING : i === 1 ? RiskSource.TRIAGE : RiskSource.MEETING,
    setAt: i === 0 ? referredAt : at(triaged + (i - 1) * 14),
    by: i === 0 ? referrer : chair,
  }));
  const current = risks[risks.length - 1];
  const days = current.level === RiskLevel.NONE ? null : cadence[current.level];
  const open = child.status === ChildStatus.OPEN || child.status === ChildStatus.REFERRED;
  const nextReviewOn = open && days !== null ? isoDate(new Date(current.setAt.getTime() + days * DAY)) : null;

  await manager.query(
    `INSERT INTO child (id, district_id, given_name, family_name, date_of_birth, gender, ethnicity_self_defined,
       ethnicity_observed, address, postcode, education_status, school_name, looked_after_status, social_worker_name,
       lead_agency_id, lead_professional_name, exploitation_types, offending_models, vulnerabilities, risk_level,
       next_review_on, status, closure_reason, restricted, created_by_user_id, created_at, updated_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25,$26,$26)`,
    [
      child.id, districtId, child.givenName, child.familyName, child.dateOfBirth, child.gender, child.ethnicitySelfDefined,
      child.ethnicityObserved, child.address, child.postcode, child.educationStatus, child.schoolName, child.lookedAfterStatus,
      child.socialWorkerName, child.lead ? demoAgencyId(child.district, child.lead) : null, child.leadProfessionalName,
      child.exploitationTypes, child.offendingModels, child.vulnerabilities, current.level, nextReviewOn, child.status,
      child.closureReason ?? null, child.restricted ?? false, referrer.id, referredAt,
    ],
  );
  for (const name of child.knownAs) {
    await manager.query(`INSERT INTO child_alias (child_id, name, created_at) VALUES ($1, $2, $3)`, [child.id, name, referredAt]);
  }
  await manager.query(
    `INSERT INTO child_involvement (child_id, agency_id, kind, created_at) VALUES ($1, $2, $3, $4)`,
    [child.id, referrer.agencyId, InvolvementKind.REFERRER, referredAt],
  );
  if (lead) {
    await manager.query(
      `INSERT INTO child_involvement (child_id, agency_id, kind, reason, granted_by_user_id, created_at)
       VALUES ($1, $2, $3, 'Named lead agency at triage', $4, $5) ON CONFLICT DO NOTHING`,
      [child.id, lead.agencyId, InvolvementKind.LEAD_AGENCY, chair.id, at(triaged)],
    );
  }

  // The referral, answered so the tool's suggestion lands on the screening level.
  const answers = answersFor(tool.definition, child.riskHistory[0]);
  const suggestion = scoreScreening(tool.definition, answers);
  const override = suggestion.level === child.riskHistory[0] ? null : 'Professional judgement: the answers understate what the family describes';
  const decided = child.referralStatus !== ReferralStatus.AWAITING_TRIAGE;
  const types = child.exploitationTypes.map((t) => EXPLOITATION_TYPE_LABELS[t].toLowerCase()).join(' and ');
  await manager.query(
    `INSERT INTO referral (child_id, district_id, referrer_user_id, referrer_agency_id, concerns, screening_tool_id,
       answers, suggested_level, suggested_because, referrer_level, override_reason, danger_statement, safety_goal,
       child_voice, strengths, child_aware, family_aware, lawful_basis, status, decision_rationale, provisional_level,
       decided_by_user_id, decided_at, submitted_at, updated_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$24)`,
    [
      child.id, districtId, referrer.id, referrer.agencyId,
      `${child.givenName} has been seen with older people we do not know, and staff are worried about ${types}. ` +
        `Recent behaviour has changed: late returns home, new belongings nobody can explain, and a new phone.`,
      tool.id, JSON.stringify(answers), suggestion.level, JSON.stringify(suggestion.because), child.riskHistory[0], override,
      `We are worried that ${child.givenName} is being groomed and may be harmed by the people they are spending time with.`,
      `${child.givenName} is safe at home at night, in education every day, and has a trusted adult to talk to.`,
      `"I can look after myself. They're my mates." (said to the referrer this week)`,
      'Close to a grandparent; enjoys football and art; attends when the lesson is practical.',
      Awareness.YES, Awareness.NOT_KNOWN, LawfulBasis.SAFEGUARDING_CHILDREN, child.referralStatus,
      decided ? triageRationale(child.referralStatus) : null,
      child.referralStatus === ReferralStatus.ACCEPTED ? (child.riskHistory[1] ?? child.riskHistory[0]) : null,
      decided ? chair.id : null, decided ? at(triaged) : null, referredAt,
    ],
  );

  for (const risk of risks) {
    await manager.query(
      `INSERT INTO child_risk (child_id, level, rationale, source, set_by_user_id, set_by_agency_id, set_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [child.id, risk.level, rationaleFor(risk.source, risk.level), risk.source, risk.by.id, risk.by.agencyId, risk.setAt],
    );
  }
  const statuses: { status: ChildStatus; reason: string | null; at: Date }[] = [{ status: ChildStatus.REFERRED, reason: null, at: referredAt }];
  if (child.referralStatus === ReferralStatus.ACCEPTED) statuses.push({ status: ChildStatus.OPEN, reason: 'Accepted to MACE at the daily triage', at: at(triaged) });
  if (child.status === ChildStatus.STEPPED_DOWN) statuses.push({ status: ChildStatus.STEPPED_DOWN, reason: 'Risk reduced; universal services continue', at: at(triaged + risks.length * 14) });
  if (child.status === ChildStatus.CLOSED) statuses.push({ status: ChildStatus.CLOSED, reason: child.closureReason ?? null, at: at(triaged) });
  for (const change of statuses) {
    await manager.query(
      `INSERT INTO child_status_change (child_id, status, reason, changed_by_user_id, changed_by_agency_id, changed_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [child.id, change.status, change.reason, change.status === ChildStatus.REFERRED ? referrer.id : chair.id,
        change.status === ChildStatus.REFERRED ? referrer.agencyId : chair.agencyId, change.at],
    );
  }
  for (const flag of child.flags ?? []) {
    const setter = lead ?? referrer;
    await manager.query(
      `INSERT INTO child_flag (child_id, label, reason, set_by_user_id, set_by_agency_id, set_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [child.id, flag.label, flag.reason, setter.id, setter.agencyId, at(2)],
    );
  }
}

/** "Yes, in the last six months" on the lightest non-critical indicators until the level is reached. */
function answersFor(definition: ScreeningToolDefinition, target: RiskLevel): ScreeningResponse[] {
  const answers: ScreeningResponse[] = definition.questions.map((q) => ({
    questionKey: q.key,
    lastSixMonths: ScreeningAnswer.NO,
    earlier: ScreeningAnswer.NO,
  }));
  const candidates = definition.questions
    .map((q, index) => ({ q, index }))
    .filter(({ q }) => !q.critical)
    .sort((a, b) => a.q.weight - b.q.weight);
  for (const { index } of candidates) {
    if (LEVEL_ORDER.indexOf(scoreScreening(definition, answers).level) >= LEVEL_ORDER.indexOf(target)) break;
    answers[index] = { ...answers[index], lastSixMonths: ScreeningAnswer.YES };
  }
  return answers;
}

function triageRationale(status: ReferralStatus): string {
  switch (status) {
    case ReferralStatus.ACCEPTED:
      return 'Clear indicators of exploitation; multi-agency oversight needed. Accepted to MACE.';
    case ReferralStatus.SIGNPOSTED:
      return 'Low-level online concern the school can manage; signposted to its online safety support.';
    case ReferralStatus.NO_FURTHER_ACTION:
      return 'Concerns explained by a family matter already resolved; no indicators of exploitation.';
    default:
      return 'Significant harm indicated: referred for a strategy meeting with children’s social care.';
  }
}

function rationaleFor(source: RiskSource, level: RiskLevel): string {
  if (source === RiskSource.SCREENING) return `Referrer's level from the screening tool: ${level.toLowerCase()}.`;
  if (source === RiskSource.TRIAGE) return 'Provisional level agreed at the daily triage.';
  return `Level agreed at the MACE review: ${level.toLowerCase()}.`;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

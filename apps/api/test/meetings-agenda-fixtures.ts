import { AgencyKind, AgendaRule, Role } from '@mace/shared-domain';
import { createAgency, createDistrict, createMeeting, createMeetingType, sessionFor, TestApp, TestSession } from '@mace/api-testing';
import { MeetingEntity, MeetingTypeEntity } from '@mace/api-meetings';
import { MeetingStatus } from '@mace/shared-domain';

/** Who takes part, relative to a meeting in district D whose invited agencies are L (lead of its children) and A. */
export const AGENDA_CALLERS = [
  'chair of the district',
  'chair of another district',
  'practitioner of an attending agency',
  'practitioner of a non-attending agency',
  'SPOC of the district',
  'analyst',
  'administrator',
] as const;
export type AgendaCaller = (typeof AGENDA_CALLERS)[number];

export interface AgendaWorld {
  district: string;
  otherDistrict: string;
  /** Invited; lead agency of the children the tests make, so involved with them. */
  leadAgency: string;
  /** Invited, involved with nothing unless a test says so. */
  attendingAgency: string;
  /** In the district, not invited. */
  outsideAgency: string;
  s: Record<AgendaCaller, TestSession>;
  /** A practitioner of the lead agency (invited and involved). */
  leadPractitioner: TestSession;
}

/** The agencies and signed-in people of the agenda tests, each test file with its own. */
export async function agendaWorld(t: TestApp): Promise<AgendaWorld> {
  const district = (await createDistrict(t.dataSource)).id;
  const otherDistrict = (await createDistrict(t.dataSource)).id;
  const leadAgency = (await createAgency(t.dataSource, { kind: AgencyKind.CHILDRENS_SOCIAL_CARE, districtId: district })).id;
  const attendingAgency = (await createAgency(t.dataSource, { kind: AgencyKind.HEALTH, districtId: district })).id;
  const outsideAgency = (await createAgency(t.dataSource, { kind: AgencyKind.HOUSING, districtId: district })).id;
  const d = { districtIds: [district] };
  const s = {} as Record<AgendaCaller, TestSession>;
  s['chair of the district'] = await sessionFor(t, Role.MACE_CHAIR, d);
  s['chair of another district'] = await sessionFor(t, Role.MACE_CHAIR, { districtIds: [otherDistrict] });
  s['practitioner of an attending agency'] = await sessionFor(t, Role.AGENCY_PRACTITIONER, { ...d, agencyId: attendingAgency });
  s['practitioner of a non-attending agency'] = await sessionFor(t, Role.AGENCY_PRACTITIONER, { ...d, agencyId: outsideAgency });
  s['SPOC of the district'] = await sessionFor(t, Role.POLICE_SPOC, { ...d, kind: AgencyKind.POLICE });
  s.analyst = await sessionFor(t, Role.ANALYST, d);
  s.administrator = await sessionFor(t, Role.ADMIN);
  const leadPractitioner = await sessionFor(t, Role.AGENCY_PRACTITIONER, { ...d, agencyId: leadAgency });
  return { district, otherDistrict, leadAgency, attendingAgency, outsideAgency, s, leadPractitioner };
}

/** A meeting type of the world's district inviting L and A. */
export function worldMeetingType(t: TestApp, w: AgendaWorld, agendaRules?: AgendaRule[]): Promise<MeetingTypeEntity> {
  return createMeetingType(t.dataSource, { districtId: w.district, coreAgencyIds: [w.leadAgency, w.attendingAgency], agendaRules });
}

/** A meeting of `type` (scheduled a week ahead unless told otherwise). */
export function worldMeeting(t: TestApp, type: MeetingTypeEntity, options: { startsAt?: Date; status?: MeetingStatus } = {}): Promise<MeetingEntity> {
  return createMeeting(t.dataSource, { type, ...options });
}

/** What the live meeting's acceptConfidentiality records (owned by the live part), inserted directly. */
export async function acceptStatement(t: TestApp, meetingId: string, ...sessions: TestSession[]): Promise<void> {
  for (const session of sessions) {
    await t.dataSource.query(
      `INSERT INTO meeting_confidentiality (meeting_id, user_id, agency_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [meetingId, session.id, session.agencyId],
    );
  }
}

export async function lastAuditSeq(t: TestApp): Promise<string> {
  const [row] = await t.dataSource.query(`SELECT coalesce(max(seq), 0)::text AS seq FROM audit_event`);
  return row.seq;
}

export interface AuditRow {
  operation: string;
  subject_type: string;
  subject_ids: string[];
  justification: string;
  recipients: string[];
}

export function auditSince(t: TestApp, seq: string): Promise<AuditRow[]> {
  return t.dataSource.query(
    `SELECT operation, subject_type, subject_ids, justification, recipients FROM audit_event
     WHERE seq > $1 AND operation <> 'ACCESS_DENIED' ORDER BY seq`,
    [seq],
  );
}

/** Rows and a digest of everything an agenda operation could write, to show a refusal changed nothing. */
export async function meetingState(t: TestApp): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const table of [
    'meeting_type', 'meeting_type_member', 'meeting_series', 'meeting', 'meeting_member', 'agenda_item', 'agenda_item_update', 'notification',
  ]) {
    const [row] = await t.dataSource.query(
      `SELECT count(*)::int AS n, coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS digest FROM ${table} x`,
    );
    out[table] = row;
  }
  const [audit] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE operation IN ('COLLECTION', 'ALTERATION', 'DISCLOSURE')`);
  out['audit writes'] = audit.n;
  return out;
}

/** A referral of `childId` accepted at triage at `decidedAt`, inserted directly (the referrals lib owns the flow). */
export async function acceptedReferral(t: TestApp, options: { childId: string; districtId: string; referrer: TestSession; decidedAt: Date }): Promise<void> {
  await t.dataSource.query(
    `INSERT INTO referral (child_id, district_id, referrer_user_id, referrer_agency_id, concerns, screening_tool_id, answers,
       suggested_level, referrer_level, danger_statement, safety_goal, child_voice, strengths, child_aware, family_aware, lawful_basis,
       status, decision_rationale, provisional_level, decided_at)
     SELECT $1, $2, $3, $4, 'Invented concerns', s.id, '[]', 'MEDIUM', 'MEDIUM', 'Invented', 'Invented', 'Invented', 'Invented',
            'YES', 'YES', 'SAFEGUARDING_CHILDREN', 'ACCEPTED', 'Invented rationale', 'MEDIUM', $5
     FROM screening_tool s ORDER BY s.version DESC LIMIT 1`,
    [options.childId, options.districtId, options.referrer.id, options.referrer.agencyId, options.decidedAt],
  );
}

/** Give agency `agencyId` an involvement with a child (need to know), inserted directly. */
export async function involve(t: TestApp, childId: string, agencyId: string): Promise<void> {
  await t.dataSource.query(`INSERT INTO child_involvement (child_id, agency_id, kind) VALUES ($1, $2, 'GRANTED') ON CONFLICT DO NOTHING`, [childId, agencyId]);
}

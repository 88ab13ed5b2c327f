import { inflateSync } from 'node:zlib';
import { addDays, todayInLondon } from '@mace/api-children';
import { ActionStatus, AgendaItemStatus, AgencyKind, AttendanceStatus, MeetingDecision, MeetingStatus, RiskLevel, Role } from '@mace/shared-domain';
import {
  createAction,
  createAgency,
  createAgendaItem,
  createChild,
  createDistrict,
  createMeeting,
  createMeetingType,
  sessionFor,
  TestApp,
  TestSession,
} from '@mace/api-testing';
import request from 'supertest';

/**
 * The people of a district's MACE for the minutes and packs tests. Member agencies: police (lead
 * agency of the discussed child, so it knows her) and health (invited, knows neither child).
 * Housing is in the district but not invited. Callers are named as in the access matrix.
 */
export interface MinutesPeople {
  district: string;
  otherDistrict: string;
  police: string;
  health: string;
  housing: string;
  chair: TestSession;
  otherChair: TestSession;
  /** Practitioner of police: attends, involved with the discussed child. */
  attending: TestSession;
  /** Practitioner of health: attends, involved with no child. */
  member: TestSession;
  /** Practitioner of housing: not invited. */
  nonAttending: TestSession;
  /** SPOC of the district; their police force is not invited. */
  spoc: TestSession;
  analyst: TestSession;
}

export async function minutesPeople(t: TestApp): Promise<MinutesPeople> {
  const district = (await createDistrict(t.dataSource)).id;
  const otherDistrict = (await createDistrict(t.dataSource)).id;
  const police = (await createAgency(t.dataSource, { kind: AgencyKind.POLICE, districtId: district, name: `Invented Police ${district.slice(0, 6)}` })).id;
  const health = (await createAgency(t.dataSource, { kind: AgencyKind.HEALTH, districtId: district, name: `Invented Health ${district.slice(0, 6)}` })).id;
  const housing = (await createAgency(t.dataSource, { kind: AgencyKind.HOUSING, districtId: district })).id;
  const d = { districtIds: [district] };
  return {
    district,
    otherDistrict,
    police,
    health,
    housing,
    chair: await sessionFor(t, Role.MACE_CHAIR, { ...d, kind: AgencyKind.CHILDRENS_SOCIAL_CARE }),
    otherChair: await sessionFor(t, Role.MACE_CHAIR, { districtIds: [otherDistrict] }),
    attending: await sessionFor(t, Role.AGENCY_PRACTITIONER, { ...d, agencyId: police }),
    member: await sessionFor(t, Role.AGENCY_PRACTITIONER, { ...d, agencyId: health }),
    nonAttending: await sessionFor(t, Role.AGENCY_PRACTITIONER, { ...d, agencyId: housing }),
    spoc: await sessionFor(t, Role.POLICE_SPOC, { ...d, kind: AgencyKind.POLICE }),
    analyst: await sessionFor(t, Role.ANALYST, d),
  };
}

/** A closed meeting with what was recorded live, as the live-meeting part would have left it. */
export interface ClosedMeeting {
  meetingId: string;
  typeId: string;
  nextMeetingId: string;
  /** Discussed: risk agreed HIGH, two decisions, an action for police. Police is her lead agency. */
  discussed: { itemId: string; childId: string; name: string; actionId: string };
  /** Not reached. Police is his lead agency too. */
  notReached: { itemId: string; childId: string; name: string };
  /** Taken off the agenda: omitted from the minutes. */
  removed: { itemId: string; name: string };
  /** An earlier meeting's action on the discussed child, reviewed at the start. */
  reviewedActionId: string;
}

const LONDON_TEN_AM_WINTER = 'T10:00:00Z';

export async function closedMeeting(t: TestApp, p: MinutesPeople, tag = Math.random().toString(36).slice(2, 8)): Promise<ClosedMeeting> {
  const ds = t.dataSource;
  const type = await createMeetingType(ds, { districtId: p.district, coreAgencyIds: [p.police, p.health], name: `Invented MACE ${tag}` });
  const meeting = await createMeeting(ds, {
    type,
    status: MeetingStatus.CLOSED,
    startsAt: new Date(`2026-01-08${LONDON_TEN_AM_WINTER}`),
    chairUserId: p.chair.id,
  });
  const next = await createMeeting(ds, { type, status: MeetingStatus.SCHEDULED, startsAt: new Date(`2026-01-15${LONDON_TEN_AM_WINTER}`) });
  const names = { discussed: `Zelda${tag} Quillfeather`, notReached: `Yorick${tag} Ambergast`, removed: `Xanthe${tag} Brindlecombe` };
  const split = (name: string) => ({ givenName: name.split(' ')[0], familyName: name.split(' ')[1] });
  const her = await createChild(ds, { districtId: p.district, leadAgencyId: p.police, ...split(names.discussed) });
  const him = await createChild(ds, { districtId: p.district, leadAgencyId: p.police, ...split(names.notReached) });
  const other = await createChild(ds, { districtId: p.district, leadAgencyId: p.police, ...split(names.removed) });
  const discussed = await createAgendaItem(ds, { meetingId: meeting.id, childId: her.id, status: AgendaItemStatus.DISCUSSED });
  const notReached = await createAgendaItem(ds, { meetingId: meeting.id, childId: him.id, status: AgendaItemStatus.NOT_REACHED });
  const removed = await createAgendaItem(ds, { meetingId: meeting.id, childId: other.id, status: AgendaItemStatus.REMOVED });

  await ds.query(
    `INSERT INTO agenda_item_outcome (agenda_item_id, discussion_summary, agreed_risk_level, risk_rationale, decisions, decision_notes,
       next_review_on, recorded_at, recorded_by_user_id)
     VALUES ($1, 'Invented: missing twice since the last meeting.', $2, 'Invented: seen with older males.', $3, 'Invented: NRM by the police.',
       '2026-01-22', now(), $4)`,
    [discussed.id, RiskLevel.HIGH, [MeetingDecision.CONTINUE, MeetingDecision.NRM_REFERRAL], p.chair.id],
  );
  const action = await createAction(ds, {
    childId: her.id,
    ownerAgencyId: p.police,
    dueOn: '2026-01-20',
    raisedByUserId: p.chair.id,
    raisedByAgencyId: p.chair.agencyId,
    description: 'Invented: return home interview',
  });
  await ds.query(`UPDATE action SET source = 'MEETING', meeting_id = $1, agenda_item_id = $2 WHERE id = $3`, [meeting.id, discussed.id, action.id]);
  const earlier = await createAction(ds, {
    childId: her.id,
    ownerAgencyId: p.police,
    dueOn: addDays(todayInLondon(), -30),
    raisedByUserId: p.chair.id,
    raisedByAgencyId: p.chair.agencyId,
    description: 'Invented: visit the school',
    status: ActionStatus.NOT_DONE,
  });
  await ds.query(`UPDATE action SET status_reason = 'Invented: staff illness' WHERE id = $1`, [earlier.id]);
  await ds.query(
    `INSERT INTO meeting_action_review (meeting_id, action_id, status_at_start, reviewed_status, reviewed_at, reviewed_by_user_id)
     VALUES ($1, $2, 'OPEN', 'NOT_DONE', now(), $3)`,
    [meeting.id, earlier.id, p.chair.id],
  );
  await ds.query(`UPDATE meeting_member SET attendance = $3, attendee_names = $4, attendance_recorded_at = now() WHERE meeting_id = $1 AND agency_id = $2`, [
    meeting.id,
    p.police,
    AttendanceStatus.PRESENT,
    'A. Example, detective sergeant',
  ]);
  await ds.query(`UPDATE meeting_member SET attendance = $3, attendance_recorded_at = now() WHERE meeting_id = $1 AND agency_id = $2`, [
    meeting.id,
    p.health,
    AttendanceStatus.APOLOGIES,
  ]);
  // Everyone who opens the meeting here has accepted its statement, unless a test says otherwise.
  for (const s of [p.chair, p.attending, p.member, p.spoc]) await acceptStatement(t, meeting.id, s);
  return {
    meetingId: meeting.id,
    typeId: type.id,
    nextMeetingId: next.id,
    discussed: { itemId: discussed.id, childId: her.id, name: names.discussed, actionId: action.id },
    notReached: { itemId: notReached.id, childId: him.id, name: names.notReached },
    removed: { itemId: removed.id, name: names.removed },
    reviewedActionId: earlier.id,
  };
}

export async function acceptStatement(t: TestApp, meetingId: string, session: TestSession): Promise<void> {
  await t.dataSource.query(`INSERT INTO meeting_confidentiality (meeting_id, user_id, agency_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
    meetingId,
    session.id,
    session.agencyId,
  ]);
}

export const MINUTES_FIELDS = `status version draftedAt approvedAt approvedBy pdfPath sections { key heading body } addenda { id body author agencyName createdAt }`;
export const SAVE = `mutation($input: SaveMinutesInput!) { saveMinutes(input: $input) { ${MINUTES_FIELDS} } }`;
export const APPROVE = `mutation($meetingId: ID!, $version: Int!) { approveMinutes(meetingId: $meetingId, version: $version) { ${MINUTES_FIELDS} } }`;
export const ADDENDUM = `mutation($input: AddMinutesAddendumInput!) { addMinutesAddendum(input: $input) { ${MINUTES_FIELDS} } }`;
export const PACK = `mutation($input: ProduceAgencyPackInput!) {
  produceAgencyPack(input: $input) { meetingId kind title producedAt pdfPath agency { id name } sections { key heading body } }
}`;

export interface MinutesData {
  status: string;
  version: number;
  draftedAt: string;
  approvedAt: string | null;
  approvedBy: string | null;
  pdfPath: string;
  sections: { key: string; heading: string; body: string }[];
  addenda: { id: string; body: string; author: string; agencyName: string; createdAt: string }[];
}

/** GET a document path as `session` (bearer token), the body kept as bytes. */
export function download(t: TestApp, path: string, session?: TestSession) {
  const req = request(t.server).get(path).buffer(true).parse((res, callback) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => callback(null, Buffer.concat(chunks)));
  });
  if (session) req.set('authorization', `Bearer ${session.token}`);
  return req;
}

/**
 * The text a PDF shows, one string per page content stream: pdfkit deflates each stream and writes
 * text as hex strings of single-byte (WinAnsi) codes inside TJ arrays.
 */
export function pdfText(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const pages: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1], 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    const lines = [...content.matchAll(/\[(.*?)\] TJ/g)].map((tj) =>
      [...tj[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((hex) => Buffer.from(hex[1], 'hex').toString('latin1')).join(''),
    );
    if (lines.length) pages.push(lines.join('\n'));
  }
  return pages;
}

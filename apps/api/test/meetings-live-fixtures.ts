import { addDays, todayInLondon } from '@mace/api-children';
import { AgendaItemEntity, MeetingEntity, MeetingTypeEntity } from '@mace/api-meetings';
import { ActionSource, ActionStatus, AgencyKind, MeetingStatus, Role } from '@mace/shared-domain';
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

/** Who asks, relative to a meeting of district D whose invited agency is A. */
export const CALLERS = [
  'chair of the district',
  'chair of another district',
  'attending practitioner',
  'non-attending practitioner',
  'SPOC of the district',
  'analyst',
] as const;
export type Caller = (typeof CALLERS)[number];

/** The people and agencies of one test file: a district with its chair, an invited agency and outsiders. */
export interface LiveCast {
  districtId: string;
  otherDistrictId: string;
  /** Invited to every meeting of the cast's meeting types; the lead agency of their children. */
  attendingAgencyId: string;
  otherAgencyId: string;
  s: Record<Caller, TestSession>;
}

export async function castForLiveMeetings(t: TestApp): Promise<LiveCast> {
  const districtId = (await createDistrict(t.dataSource)).id;
  const otherDistrictId = (await createDistrict(t.dataSource)).id;
  const attendingAgencyId = (await createAgency(t.dataSource, { kind: AgencyKind.CHILDRENS_SOCIAL_CARE, districtId })).id;
  const otherAgencyId = (await createAgency(t.dataSource, { kind: AgencyKind.HOUSING, districtId })).id;
  const d = { districtIds: [districtId] };
  const s = {} as Record<Caller, TestSession>;
  s['chair of the district'] = await sessionFor(t, Role.MACE_CHAIR, d);
  s['chair of another district'] = await sessionFor(t, Role.MACE_CHAIR, { districtIds: [otherDistrictId] });
  s['attending practitioner'] = await sessionFor(t, Role.AGENCY_PRACTITIONER, { ...d, agencyId: attendingAgencyId });
  s['non-attending practitioner'] = await sessionFor(t, Role.AGENCY_PRACTITIONER, { ...d, agencyId: otherAgencyId });
  s['SPOC of the district'] = await sessionFor(t, Role.POLICE_SPOC, { ...d, kind: AgencyKind.POLICE });
  s.analyst = await sessionFor(t, Role.ANALYST, d);
  return { districtId, otherDistrictId, attendingAgencyId, otherAgencyId, s };
}

/**
 * One weekly MACE of a new meeting type: the previous meeting (closed, with an action set there
 * still open and one done), this meeting in `status` with two child items, and the next meeting,
 * scheduled, with the second child already on its agenda.
 */
export interface LiveScene {
  type: MeetingTypeEntity;
  previous: MeetingEntity;
  meeting: MeetingEntity;
  next: MeetingEntity;
  childIds: [string, string];
  items: [AgendaItemEntity, AgendaItemEntity];
  /** Set at the previous meeting and still open: listed for review when this meeting starts. */
  openActionId: string;
  /** Set at the previous meeting and done: not listed. */
  doneActionId: string;
  /** The second child's item on the next meeting's agenda. */
  nextItem: AgendaItemEntity;
}

const DAY = 24 * 3600 * 1000;

export async function liveScene(t: TestApp, cast: LiveCast, status: MeetingStatus = MeetingStatus.AGENDA_LOCKED): Promise<LiveScene> {
  const chair = cast.s['chair of the district'];
  const type = await createMeetingType(t.dataSource, { districtId: cast.districtId, coreAgencyIds: [cast.attendingAgencyId] });
  const previous = await createMeeting(t.dataSource, { type, status: MeetingStatus.CLOSED, startsAt: new Date(Date.now() - 7 * DAY) });
  const meeting = await createMeeting(t.dataSource, { type, status, startsAt: new Date(Date.now() - 3600 * 1000) });
  const next = await createMeeting(t.dataSource, { type, status: MeetingStatus.SCHEDULED, startsAt: new Date(Date.now() + 7 * DAY) });
  const children = [
    await createChild(t.dataSource, { districtId: cast.districtId, leadAgencyId: cast.attendingAgencyId }),
    await createChild(t.dataSource, { districtId: cast.districtId, leadAgencyId: cast.attendingAgencyId }),
  ];
  const items = [
    await createAgendaItem(t.dataSource, { meetingId: meeting.id, childId: children[0].id }),
    await createAgendaItem(t.dataSource, { meetingId: meeting.id, childId: children[1].id }),
  ] as [AgendaItemEntity, AgendaItemEntity];
  const nextItem = await createAgendaItem(t.dataSource, { meetingId: next.id, childId: children[1].id });
  const setAtPrevious = async (childId: string, done: boolean) => {
    const action = await createAction(t.dataSource, {
      childId,
      ownerAgencyId: cast.attendingAgencyId,
      dueOn: addDays(todayInLondon(), done ? -3 : 3),
      raisedByUserId: chair.id,
      raisedByAgencyId: chair.agencyId,
      status: done ? ActionStatus.DONE : ActionStatus.OPEN,
    });
    await t.dataSource.query(`UPDATE action SET source = $2, meeting_id = $3 WHERE id = $1`, [action.id, ActionSource.MEETING, previous.id]);
    return action.id;
  };
  return {
    type,
    previous,
    meeting,
    next,
    childIds: [children[0].id, children[1].id],
    items,
    openActionId: await setAtPrevious(children[0].id, false),
    doneActionId: await setAtPrevious(children[1].id, true),
    nextItem,
  };
}

/** Move a scene's meeting on as the live mutations would, directly: for tests that start mid-meeting. */
export async function inProgress(t: TestApp, scene: LiveScene, listForReview = true): Promise<void> {
  await t.dataSource.query(`UPDATE meeting SET status = 'IN_PROGRESS', started_at = now() WHERE id = $1`, [scene.meeting.id]);
  if (listForReview) {
    await t.dataSource.query(`INSERT INTO meeting_action_review (meeting_id, action_id, status_at_start) VALUES ($1, $2, 'OPEN')`, [
      scene.meeting.id,
      scene.openActionId,
    ]);
  }
}

/** The caller accepted the meeting's statement (case details show to them). */
export async function accepted(t: TestApp, meetingId: string, session: TestSession): Promise<void> {
  await t.dataSource.query(
    `INSERT INTO meeting_confidentiality (meeting_id, user_id, agency_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
    [meetingId, session.id, session.agencyId],
  );
}

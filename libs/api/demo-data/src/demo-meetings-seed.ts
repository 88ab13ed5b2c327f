import { addDays, todayInLondon } from '@mace/api-children';
import { NotificationService } from '@mace/api-notifications';
import {
  ActionSource,
  ActionStatus,
  AgencyKind,
  AgendaItemStatus,
  AgendaRule,
  AttendanceStatus,
  ChildStatus,
  InvolvementKind,
  MeetingDecision,
  MeetingStatus,
  NotificationKind,
  RiskLevel,
  RiskSource,
  Role,
  UNFINISHED_ACTION_STATUSES,
} from '@mace/shared-domain';
import { EntityManager } from 'typeorm';
import { demoAgendaByRules } from './demo-agenda-rules';
import { ReviewCadence } from './demo-children-seed';
import { DEMO_MACE_COHORT } from './demo-meeting-children';
import {
  DemoDistrictName,
  londonDate,
  londonInstant,
  MACE_DURATION_MINUTES,
  MACE_START_TIME,
  maceMeetingDate,
  PAST_MACE_MEETINGS,
  shortDate,
} from './demo-meeting-schedule';
import { discussionSummary, demoMinutes, MinutesItem, MinutesReview, riskRationale } from './demo-meeting-text';
import { DEMO_MEETING_TRACKS, DemoMeetingAction, DemoMeetingTrack } from './demo-meeting-tracks';
import {
  DEMO_CONFIDENTIALITY_STATEMENT,
  DEMO_MEETING_TYPES,
  demoAgendaItemId,
  demoMaceType,
  demoMeetingId,
  demoPlace,
  demoSeriesId,
  LATER_MACE_MEETINGS,
} from './demo-meetings';
import { DEMO_DISTRICTS, DEMO_USERS, DemoUser, demoAgencyId, demoPractitioner } from './demo-organisations';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const RANK = [RiskLevel.NONE, RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH];

/** Who came to each past meeting: everyone present except these. */
const ABSENCES: Partial<Record<AgencyKind, AttendanceStatus>>[] = [
  { [AgencyKind.HOUSING]: AttendanceStatus.APOLOGIES },
  { [AgencyKind.EDUCATION]: AttendanceStatus.INFORMATION_SENT },
  {},
  { [AgencyKind.CHARITY]: AttendanceStatus.APOLOGIES, [AgencyKind.HOUSING]: AttendanceStatus.OBSERVER },
];

interface ChildState {
  id: string;
  name: string;
  givenName: string;
  level: RiskLevel;
  nextReviewOn: string | null;
  leadAgencyId: string | null;
  acceptedAt: Date | null;
  track: DemoMeetingTrack;
}

interface SeededAction {
  id: string;
  description: string;
  ownerAgencyId: string;
  createdAt: Date;
  progressAt: Date | null;
  finishedAt: Date | null;
  finalStatus: ActionStatus;
}

interface SeriesContext {
  manager: EntityManager;
  district: DemoDistrictName;
  districtId: string;
  typeId: string;
  chair: DemoUser;
  cadence: ReviewCadence;
  now: Date;
  agencies: Map<string, string>;
  children: ChildState[];
  actions: SeededAction[];
  /** Agenda positions by `<meeting index>:<child id>`, to point carried items at the item they carry. */
  positions: Map<string, number>;
  notifications: NotificationService;
}

/**
 * The demo meetings: four meeting types per district and, for each district's weekly MACE, four
 * closed meetings with attendance, outcomes, actions and approved minutes, the upcoming meeting
 * with the agenda its rules give, and two later meetings. Children's risk, status and review dates
 * follow what the meetings agreed. Runs after the demo children and actions, in their transaction.
 */
export async function seedDemoMeetings(manager: EntityManager, cadence: ReviewCadence, now = new Date()): Promise<void> {
  for (const type of DEMO_MEETING_TYPES) {
    const districtId = DEMO_DISTRICTS.find((d) => d.name === type.district)!.id;
    await manager.query(
      `INSERT INTO meeting_type (id, district_id, kind, name, cadence_days, default_start_time, default_duration_minutes,
         default_timebox_minutes, agenda_rules, confidentiality_statement, created_at, updated_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,10,$8,$9,$10,$10)`,
      [type.id, districtId, type.kind, type.name, type.cadenceDays, MACE_START_TIME, MACE_DURATION_MINUTES, type.agendaRules,
        DEMO_CONFIDENTIALITY_STATEMENT, new Date(now.getTime() - 120 * DAY)],
    );
    for (const kind of type.coreAgencies) {
      await manager.query(`INSERT INTO meeting_type_member (meeting_type_id, agency_id) VALUES ($1, $2)`, [type.id, demoAgencyId(type.district, kind)]);
    }
  }
  const notifications = new NotificationService();
  for (const district of DEMO_DISTRICTS) await seedSeries(manager, district.name, district.id, cadence, now, notifications);
}

async function seedSeries(
  manager: EntityManager,
  district: DemoDistrictName,
  districtId: string,
  cadence: ReviewCadence,
  now: Date,
  notifications: NotificationService,
): Promise<void> {
  const type = demoMaceType(district);
  const chair = DEMO_USERS.find((u) => u.roles.includes(Role.MACE_CHAIR) && u.districtIds.includes(districtId))!;
  const agencies = new Map<string, string>(
    (await manager.query(`SELECT id, name FROM agency WHERE district_id = $1`, [districtId])).map((a: { id: string; name: string }) => [a.id, a.name]),
  );
  const ctx: SeriesContext = {
    manager, district, districtId, typeId: type.id, chair, cadence, now, agencies, notifications,
    children: await loadCohort(manager, district, districtId),
    actions: [],
    positions: new Map(),
  };
  const first = meetingStart(district, 0, now);
  await manager.query(
    `INSERT INTO meeting_series (id, meeting_type_id, every_days, created_by_user_id, created_at) VALUES ($1, $2, 7, $3, $4)`,
    [demoSeriesId(district), type.id, chair.id, new Date(first.getTime() - 14 * DAY)],
  );
  for (let index = 0; index < PAST_MACE_MEETINGS; index++) await seedPastMeeting(ctx, index);
  await applyRaises(ctx, PAST_MACE_MEETINGS, new Date(now.getTime() - DAY));
  await seedUpcomingMeeting(ctx);
  for (let index = PAST_MACE_MEETINGS + 1; index <= PAST_MACE_MEETINGS + LATER_MACE_MEETINGS; index++) {
    await insertMeeting(ctx, index, MeetingStatus.SCHEDULED);
  }
}

function meetingStart(district: DemoDistrictName, index: number, now: Date): Date {
  return londonInstant(maceMeetingDate(district, index, now), MACE_START_TIME);
}

async function loadCohort(manager: EntityManager, district: DemoDistrictName, districtId: string): Promise<ChildState[]> {
  const members = DEMO_MACE_COHORT.filter((m) => m.district === district);
  const rows: { id: string; given_name: string; family_name: string; risk_level: RiskLevel; next_review_on: string | null; lead_agency_id: string | null; accepted_at: Date | null }[] =
    await manager.query(
      `SELECT c.id, c.given_name, c.family_name, c.risk_level, c.next_review_on::text AS next_review_on, c.lead_agency_id,
              (SELECT max(r.decided_at) FROM referral r WHERE r.child_id = c.id AND r.status = 'ACCEPTED') AS accepted_at
       FROM child c WHERE c.district_id = $1 AND c.given_name = ANY($2)`,
      [districtId, members.map((m) => m.child)],
    );
  return members.map((member) => {
    const row = rows.find((r) => r.given_name === member.child);
    if (!row) throw new Error(`the demo MACE names an unknown child ${member.child} in ${district}`);
    return {
      id: row.id,
      name: `${row.given_name} ${row.family_name}`,
      givenName: row.given_name,
      level: row.risk_level,
      nextReviewOn: row.next_review_on,
      leadAgencyId: row.lead_agency_id,
      acceptedAt: row.accepted_at,
      track: DEMO_MEETING_TRACKS[member.track],
    };
  });
}

async function insertMeeting(ctx: SeriesContext, index: number, status: MeetingStatus): Promise<{ id: string; start: Date; date: string }> {
  const { manager, district, now, chair } = ctx;
  const date = maceMeetingDate(district, index, now);
  const start = londonInstant(date, MACE_START_TIME);
  const id = demoMeetingId(district, index);
  const closed = status === MeetingStatus.CLOSED;
  const upcoming = index === PAST_MACE_MEETINGS;
  const builtAt = closed ? new Date(start.getTime() - 3 * DAY) : upcoming ? new Date(now.getTime() - 60 * MINUTE) : null;
  await manager.query(
    `INSERT INTO meeting (id, meeting_type_id, district_id, series_id, starts_at, duration_minutes, place, chair_user_id, status,
       agenda_built_at, agenda_locked_at, agenda_locked_by_user_id, started_at, started_by_user_id, closed_at, closed_by_user_id,
       created_at, updated_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18)`,
    [
      id, ctx.typeId, ctx.districtId, demoSeriesId(district), start, MACE_DURATION_MINUTES, demoPlace(district), chair.id, status,
      builtAt, closed ? new Date(start.getTime() - DAY) : null, closed ? chair.id : null, closed ? start : null, closed ? chair.id : null,
      closed ? closedAt(start) : null, closed ? chair.id : null,
      new Date(meetingStart(district, 0, now).getTime() - 14 * DAY), closed ? closedAt(start) : (builtAt ?? new Date(now.getTime() - 2 * DAY)),
    ],
  );
  const type = demoMaceType(district);
  for (const kind of type.coreAgencies) {
    const attendance = closed ? (ABSENCES[index][kind] ?? AttendanceStatus.PRESENT) : AttendanceStatus.NOT_RECORDED;
    const agencyId = demoAgencyId(district, kind);
    const names = attendance === AttendanceStatus.PRESENT || attendance === AttendanceStatus.OBSERVER ? attendeeNames(agencyId) : null;
    await manager.query(
      `INSERT INTO meeting_member (meeting_id, agency_id, core, attendance, attendee_names, attendance_recorded_at) VALUES ($1,$2,true,$3,$4,$5)`,
      [id, agencyId, attendance, names, closed ? new Date(start.getTime() + 2 * MINUTE) : null],
    );
  }
  return { id, start, date };
}

const closedAt = (start: Date) => new Date(start.getTime() + 115 * MINUTE);

function attendeeNames(agencyId: string): string | null {
  const people = DEMO_USERS.filter((u) => u.agencyId === agencyId).map((u) => u.displayName);
  return people.length ? people.join(', ') : null;
}

/** Agency risk changes between meetings (before meeting `index`), at `at`. */
async function applyRaises(ctx: SeriesContext, index: number, at: Date): Promise<void> {
  for (const child of ctx.children) {
    const raised = child.track.raised;
    if (!raised || raised.beforeMeeting !== index) continue;
    const by = demoPractitioner(ctx.district, raised.by);
    const nextReviewOn = addDays(londonDate(at), ctx.cadence[raised.level as keyof ReviewCadence]);
    await recordRisk(ctx, child, { level: raised.level, rationale: raised.rationale, source: RiskSource.AGENCY, by, at, nextReviewOn });
  }
}

async function recordRisk(
  ctx: SeriesContext,
  child: ChildState,
  risk: { level: RiskLevel; rationale: string; source: RiskSource; by: DemoUser; at: Date; nextReviewOn: string | null },
): Promise<void> {
  await ctx.manager.query(
    `INSERT INTO child_risk (child_id, level, rationale, source, next_review_on, set_by_user_id, set_by_agency_id, set_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8)`,
    [child.id, risk.level, risk.rationale, risk.source, risk.nextReviewOn, risk.by.id, risk.by.agencyId, risk.at],
  );
  child.level = risk.level;
  child.nextReviewOn = risk.nextReviewOn;
  await ctx.manager.query(`UPDATE child SET risk_level = $2, next_review_on = $3, updated_at = $4 WHERE id = $1`, [
    child.id, risk.level, risk.nextReviewOn, risk.at,
  ]);
}

async function seedPastMeeting(ctx: SeriesContext, index: number): Promise<void> {
  const { manager, district, chair, now } = ctx;
  const start = meetingStart(district, index, now);
  await applyRaises(ctx, index, new Date(start.getTime() - 2 * DAY));
  const meeting = await insertMeeting(ctx, index, MeetingStatus.CLOSED);
  const reviews = await reviewEarlierActions(ctx, meeting.id, start);

  // The agenda: carried items first, then by risk; items not reached were last when time ran out.
  const onAgenda = ctx.children.filter((c) => c.track.steps[index] != null);
  const carried = (c: ChildState) => index > 0 && c.track.steps[index - 1] === 'NOT_REACHED';
  const notReached = (c: ChildState) => c.track.steps[index] === 'NOT_REACHED';
  onAgenda.sort(
    (a, b) =>
      Number(notReached(a)) - Number(notReached(b)) ||
      Number(carried(b)) - Number(carried(a)) ||
      RANK.indexOf(b.level) - RANK.indexOf(a.level) ||
      a.name.localeCompare(b.name),
  );
  const items: MinutesItem[] = [];
  let clock = start.getTime() + 15 * MINUTE;
  for (const [i, child] of onAgenda.entries()) {
    const position = i + 1;
    const itemId = demoAgendaItemId(district, index, position);
    const step = child.track.steps[index]!;
    ctx.positions.set(`${index}:${child.id}`, position);
    const discussed = step !== 'NOT_REACHED';
    const reasons = pastReasons(ctx, child, index, start);
    const startedAt = discussed ? new Date(clock) : null;
    const endedAt = discussed ? new Date(clock + 8 * MINUTE) : null;
    if (discussed) clock += 9 * MINUTE;
    await manager.query(
      `INSERT INTO agenda_item (id, meeting_id, position, subject_type, child_id, reasons, presenter_agency_id, timebox_minutes, status,
         carried_from_item_id, discussion_started_at, discussion_ended_at, created_at, updated_at)
       VALUES ($1,$2,$3,'CHILD',$4,$5,$6,10,$7,$8,$9,$10,$11,$12)`,
      [
        itemId, meeting.id, position, child.id, JSON.stringify(reasons), child.leadAgencyId,
        discussed ? AgendaItemStatus.DISCUSSED : AgendaItemStatus.NOT_REACHED,
        carried(child) ? demoAgendaItemId(district, index - 1, positionAt(ctx, child, index - 1)) : null,
        startedAt, endedAt, new Date(start.getTime() - 3 * DAY), endedAt ?? closedAt(start),
      ],
    );
    if (!discussed) {
      items.push({ id: itemId, position, childName: child.name, discussed: false });
      continue;
    }
    items.push(await recordOutcome(ctx, { child, index, level: step as RiskLevel, itemId, meetingId: meeting.id, meetingDate: meeting.date, position, endedAt: endedAt! }));
  }

  const sections = demoMinutes({
    attendance: await attendanceOf(ctx, meeting.id),
    reviews,
    items,
    nextMeeting: { date: maceMeetingDate(district, index + 1, now), time: MACE_START_TIME, place: demoPlace(district) },
  });
  const closed = closedAt(start);
  await manager.query(
    `INSERT INTO meeting_minutes (meeting_id, sections, status, drafted_at, approved_at, approved_by_user_id, version, updated_at)
     VALUES ($1, $2, 'APPROVED', $3, $4, $5, 2, $4)`,
    [meeting.id, JSON.stringify(sections), closed, new Date(closed.getTime() + 3 * 60 * MINUTE), chair.id],
  );
  // One correction after approval, as an addendum (the minutes themselves are frozen).
  if (index === 2) {
    const author = demoPractitioner(district, AgencyKind.POLICE);
    await manager.query(
      `INSERT INTO meeting_minutes_addendum (meeting_id, body, author_user_id, author_agency_id, created_at) VALUES ($1,$2,$3,$4,$5)`,
      [meeting.id, 'Correction: the vehicle mentioned under item 2 was seen on two evenings, not three. The police check of the registration is now complete.',
        author.id, author.agencyId, new Date(closed.getTime() + 2 * DAY)],
    );
  }
}

/** The position a child had on a past meeting's agenda (same order as seedPastMeeting). */
function positionAt(ctx: SeriesContext, child: ChildState, index: number): number {
  const position = ctx.positions.get(`${index}:${child.id}`);
  if (position === undefined) throw new Error(`no item for ${child.name} at meeting ${index}`);
  return position;
}

/** Why a past item was on its agenda, as the rules would have said then. */
function pastReasons(ctx: SeriesContext, child: ChildState, index: number, start: Date): { rule: AgendaRule; detail: string }[] {
  const previousStart = meetingStart(ctx.district, index - 1, ctx.now);
  const previousDate = maceMeetingDate(ctx.district, index - 1, ctx.now);
  const reasons: { rule: AgendaRule; detail: string }[] = [];
  if (index > 0 && child.track.steps[index - 1] === 'NOT_REACHED') {
    reasons.push({ rule: AgendaRule.CARRIED_FORWARD, detail: `Not reached on ${shortDate(previousDate)}` });
  }
  const raised = child.track.raised;
  if (raised && raised.beforeMeeting === index) {
    reasons.push({ rule: AgendaRule.RISK_INCREASED, detail: `Raised to ${raised.level.toLowerCase()} on ${shortDate(londonDate(new Date(start.getTime() - 2 * DAY)))}` });
  }
  if (child.acceptedAt && child.acceptedAt > previousStart && child.acceptedAt < start) {
    reasons.push({ rule: AgendaRule.NEW_REFERRAL, detail: `Referral accepted on ${shortDate(londonDate(child.acceptedAt))}` });
  }
  if (child.nextReviewOn && child.nextReviewOn <= londonDate(start)) {
    reasons.push({ rule: AgendaRule.REVIEW_DUE, detail: `${RISK_WORD[child.level]} risk: review due on ${shortDate(child.nextReviewOn)}` });
  }
  // Not due by any rule: the chair brought the review forward (to consider a step down, say).
  if (reasons.length === 0) reasons.push({ rule: AgendaRule.CHAIR_ADDED, detail: 'Review brought forward by the chair' });
  return reasons;
}

const RISK_WORD: Record<RiskLevel, string> = {
  [RiskLevel.HIGH]: 'High',
  [RiskLevel.MEDIUM]: 'Medium',
  [RiskLevel.LOW]: 'Low',
  [RiskLevel.NONE]: 'No',
};

async function recordOutcome(
  ctx: SeriesContext,
  o: { child: ChildState; index: number; level: RiskLevel; itemId: string; meetingId: string; meetingDate: string; position: number; endedAt: Date },
): Promise<MinutesItem> {
  const { manager, chair } = ctx;
  const { child, index, level } = o;
  const lead = child.leadAgencyId ? ctx.agencies.get(child.leadAgencyId)! : 'The lead agency';
  const last = child.track.steps.every((step, i) => i <= index || step === null);
  const stepDown = child.track.stepDown === true && last;
  const decisions = stepDown
    ? [MeetingDecision.STEP_DOWN]
    : [MeetingDecision.CONTINUE, ...(child.track.decisions?.find((d) => d.meeting === index)?.decisions ?? [])];
  const summary = discussionSummary(level, child.givenName, lead, index + o.position);
  const rationale = riskRationale(level, child.level);
  const nextReviewOn = stepDown ? null : addDays(o.meetingDate, ctx.cadence[level as keyof ReviewCadence]);
  await manager.query(
    `INSERT INTO agenda_item_outcome (agenda_item_id, discussion_summary, agreed_risk_level, risk_rationale, decisions, decision_notes,
       next_review_on, recorded_at, recorded_by_user_id, version, updated_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,2,$8)`,
    [o.itemId, summary, level, rationale, decisions, stepDown ? 'Universal services continue; the school will refer again if concerns return.' : null,
      nextReviewOn, o.endedAt, chair.id],
  );
  await recordRisk(ctx, child, { level, rationale, source: RiskSource.MEETING, by: chair, at: o.endedAt, nextReviewOn });
  if (stepDown) {
    await manager.query(
      `INSERT INTO child_status_change (child_id, status, reason, changed_by_user_id, changed_by_agency_id, changed_at) VALUES ($1,$2,$3,$4,$5,$6)`,
      [child.id, ChildStatus.STEPPED_DOWN, 'Stepped down at MACE: risk reduced; universal services continue', chair.id, chair.agencyId, o.endedAt],
    );
    await manager.query(`UPDATE child SET status = $2, next_review_on = NULL WHERE id = $1`, [child.id, ChildStatus.STEPPED_DOWN]);
  }
  const actions = [];
  for (const action of child.track.actions.filter((a) => a.meeting === index)) {
    actions.push(await insertMeetingAction(ctx, child, action, o));
  }
  return {
    id: o.itemId, position: o.position, childName: child.name, discussed: true,
    summary, level, rationale, decisions, actions, nextReviewOn,
  };
}

async function insertMeetingAction(
  ctx: SeriesContext,
  child: ChildState,
  action: DemoMeetingAction,
  o: { meetingId: string; itemId: string; meetingDate: string; endedAt: Date },
): Promise<{ description: string; agency: string; dueOn: string }> {
  const { manager, chair, district, now } = ctx;
  const ownerAgencyId = action.owner === 'LEAD' ? child.leadAgencyId ?? demoAgencyId(district, AgencyKind.CHILDRENS_SOCIAL_CARE) : demoAgencyId(district, action.owner);
  const owner = DEMO_USERS.find((u) => u.agencyId === ownerAgencyId && u.roles.includes(Role.AGENCY_PRACTITIONER))!;
  const fill = (text: string) => text.split('{name}').join(child.givenName);
  const description = fill(action.description);
  const dueOn = addDays(o.meetingDate, action.dueInDays);
  const meetingDay = londonInstant(o.meetingDate, MACE_START_TIME).getTime();
  const clamp = (t: number) => new Date(Math.min(t, now.getTime() - MINUTE));
  const progressAt = action.progressAfterDays !== undefined ? clamp(meetingDay + action.progressAfterDays * DAY) : null;
  const finished = !UNFINISHED_ACTION_STATUSES.includes(action.status);
  const finishedAt = finished ? clamp(meetingDay + (action.finishedAfterDays ?? 1) * DAY) : null;
  const note = action.closingNote ? fill(action.closingNote) : null;
  const [{ id }]: { id: string }[] = await manager.query(
    `INSERT INTO action (child_id, district_id, description, category, owner_agency_id, owner_user_id, due_on, status, status_reason,
       outcome_note, source, meeting_id, agenda_item_id, raised_by_user_id, raised_by_agency_id, completed_at, created_at, updated_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18) RETURNING id`,
    [
      child.id, ctx.districtId, description, action.category, ownerAgencyId, owner?.id ?? null, dueOn, action.status,
      finished && action.status !== ActionStatus.DONE ? note : null, action.status === ActionStatus.DONE ? note : null,
      ActionSource.MEETING, o.meetingId, o.itemId, chair.id, chair.agencyId, finishedAt, o.endedAt, finishedAt ?? progressAt ?? o.endedAt,
    ],
  );
  const log = (from: ActionStatus | null, to: ActionStatus, text: string, by: { id: string; agencyId: string }, at: Date) =>
    manager.query(
      `INSERT INTO action_update (action_id, from_status, to_status, note, user_id, agency_id, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7)`,
      [id, from, to, text, by.id, by.agencyId, at],
    );
  const doer = owner ?? chair;
  await log(null, ActionStatus.OPEN, 'Action set at the MACE meeting', chair, o.endedAt);
  let current = ActionStatus.OPEN;
  if (progressAt) {
    await log(current, ActionStatus.IN_PROGRESS, action.progressNote ?? 'Started', doer, progressAt);
    current = ActionStatus.IN_PROGRESS;
  }
  if (finishedAt) await log(current, action.status, note ?? '', doer, finishedAt);
  await manager.query(
    `INSERT INTO child_involvement (child_id, agency_id, kind, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
    [child.id, ownerAgencyId, InvolvementKind.ACTION_OWNER, o.endedAt],
  );
  if (!finished) {
    // Assigned at a past meeting: the owners have long seen it.
    await ctx.notifications.notify(manager, { agencyIds: [ownerAgencyId] }, {
      kind: NotificationKind.ACTION_ASSIGNED,
      subjectType: 'ACTION',
      subjectId: id,
      message: 'An action has been assigned to your agency',
      link: `/actions/${id}`,
      dedupeKey: `assigned:${id}`,
    });
    await manager.query(`UPDATE notification SET created_at = $2, read_at = $2 WHERE subject_id = $1`, [id, o.endedAt]);
  }
  ctx.actions.push({ id, description, ownerAgencyId, createdAt: o.endedAt, progressAt, finishedAt, finalStatus: action.status });
  return { description, agency: ctx.agencies.get(ownerAgencyId)!, dueOn };
}

/** At the start of a meeting, earlier meetings' unfinished actions are listed and each is reviewed. */
async function reviewEarlierActions(ctx: SeriesContext, meetingId: string, start: Date): Promise<MinutesReview[]> {
  const reviews: MinutesReview[] = [];
  for (const action of ctx.actions) {
    if (action.createdAt >= start || (action.finishedAt && action.finishedAt <= start)) continue;
    const status = action.progressAt && action.progressAt <= start ? ActionStatus.IN_PROGRESS : ActionStatus.OPEN;
    await ctx.manager.query(
      `INSERT INTO meeting_action_review (meeting_id, action_id, status_at_start, reviewed_status, reviewed_at, reviewed_by_user_id)
       VALUES ($1,$2,$3,$3,$4,$5)`,
      [meetingId, action.id, status, new Date(start.getTime() + 5 * MINUTE), ctx.chair.id],
    );
    reviews.push({ description: action.description, agency: ctx.agencies.get(action.ownerAgencyId)!, status });
  }
  return reviews;
}

async function attendanceOf(ctx: SeriesContext, meetingId: string) {
  const rows: { agency: string; attendance: AttendanceStatus; names: string | null }[] = await ctx.manager.query(
    `SELECT a.name AS agency, mm.attendance, mm.attendee_names AS names FROM meeting_member mm JOIN agency a ON a.id = mm.agency_id
     WHERE mm.meeting_id = $1 ORDER BY a.name`,
    [meetingId],
  );
  return rows;
}

/** The upcoming meeting: scheduled, its agenda built by the rules from everything seeded before it. */
async function seedUpcomingMeeting(ctx: SeriesContext): Promise<void> {
  const { manager, district, now } = ctx;
  const meeting = await insertMeeting(ctx, PAST_MACE_MEETINGS, MeetingStatus.SCHEDULED);
  const agenda = await demoAgendaByRules(manager, {
    districtId: ctx.districtId,
    meetingTypeId: ctx.typeId,
    date: meeting.date,
    startsAt: meeting.start,
    today: todayInLondon(now),
  });
  const builtAt = new Date(now.getTime() - 60 * MINUTE);
  for (const [i, item] of agenda.entries()) {
    const itemId = demoAgendaItemId(district, PAST_MACE_MEETINGS, i + 1);
    await manager.query(
      `INSERT INTO agenda_item (id, meeting_id, position, subject_type, child_id, reasons, presenter_agency_id, timebox_minutes, status,
         carried_from_item_id, created_at, updated_at)
       VALUES ($1,$2,$3,'CHILD',$4,$5,$6,10,'PENDING',$7,$8,$8)`,
      [itemId, meeting.id, i + 1, item.childId, JSON.stringify(item.reasons), item.leadAgencyId, item.carriedFromItemId, builtAt],
    );
    // The lead agency has posted its pre-meeting update on the high-risk items.
    const lead = item.leadAgencyId ? DEMO_USERS.find((u) => u.agencyId === item.leadAgencyId && u.roles.includes(Role.AGENCY_PRACTITIONER)) : undefined;
    if (lead && item.riskLevel === RiskLevel.HIGH) {
      await manager.query(
        `INSERT INTO agenda_item_update (agenda_item_id, agency_id, user_id, contact_since_last, concerns, child_voice, action_progress,
           created_at, updated_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$8)`,
        [itemId, lead.agencyId, lead.id, 'Two home visits and one session at school since the last meeting.',
          'Still in contact with the same older group; one late return home reported by the family.',
          'Says things are "fine" but asked for help to change phone number.', 'Safety plan reviewed with the family; police visit still to arrange.',
          new Date(now.getTime() - 30 * MINUTE)],
      );
    }
  }
}

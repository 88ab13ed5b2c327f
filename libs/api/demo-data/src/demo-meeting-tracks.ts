import { ActionCategory, ActionStatus, AgencyKind, MeetingDecision, RiskLevel } from '@mace/shared-domain';

/**
 * What happened to one child across the four past weekly MACE meetings of a district. Each demo
 * child open to MACE follows one track; the tracks are chosen so that the upcoming meeting's
 * agenda shows every rule (review due, risk up, overdue actions, carried forward, new referral)
 * while some children are rightly not on it (reviewed recently at medium or low risk).
 */
export type DemoMeetingTrackName =
  | 'HIGH_WEEKLY'
  | 'HIGH_NOT_REACHED_SECOND'
  | 'HIGH_NOT_REACHED_LAST'
  | 'MEDIUM_DUE'
  | 'MEDIUM_OVERDUE_ACTION'
  | 'MEDIUM_RAISED_SINCE'
  | 'ESCALATED'
  | 'LOW_QUIET'
  | 'LOW_RECENT'
  | 'NEW_AT_LAST'
  | 'STEPPED_DOWN_AT_LAST'
  | 'NEW_SINCE'
  | 'NEW_SINCE_HIGH';

/** One past meeting for the child: not on its agenda (null), not reached, or the agreed level. */
export type DemoMeetingStep = RiskLevel | 'NOT_REACHED' | null;

/** An action set for the child at a past meeting; `{name}` is the child's given name. */
export interface DemoMeetingAction {
  /** Index of the past meeting (0 oldest .. 3 the last one). */
  meeting: number;
  /** The owner: an agency kind of the district, or the child's lead agency. */
  owner: AgencyKind | 'LEAD';
  category: ActionCategory;
  description: string;
  /** Due this many days after the meeting. */
  dueInDays: number;
  status: ActionStatus;
  /** Days after the meeting that it moved to in progress (with the progress note). */
  progressAfterDays?: number;
  progressNote?: string;
  /** Days after the meeting that it was finished, for final statuses. */
  finishedAfterDays?: number;
  /** Outcome (done) or reason (not possible, not done). */
  closingNote?: string;
}

export interface DemoMeetingTrack {
  /** The four past meetings, oldest first. Empty for children accepted after the last meeting. */
  steps: DemoMeetingStep[];
  /** The meeting stepped the child down at its last discussion. */
  stepDown?: boolean;
  /** Decisions beside "continue" at a past meeting. */
  decisions?: { meeting: number; decisions: MeetingDecision[] }[];
  /** An agency raised the risk between meetings: `beforeMeeting` 4 means since the last past one. */
  raised?: { beforeMeeting: number; level: RiskLevel; by: AgencyKind; rationale: string };
  actions: DemoMeetingAction[];
  /** Children accepted after the last meeting: their level at referral. */
  newReferralLevel?: RiskLevel;
}

const { HIGH: H, MEDIUM: M, LOW: L } = RiskLevel;
const K = AgencyKind;
const C = ActionCategory;
const S = ActionStatus;

export const DEMO_MEETING_TRACKS: Record<DemoMeetingTrackName, DemoMeetingTrack> = {
  // High risk: discussed every week, so due again at the upcoming meeting.
  HIGH_WEEKLY: {
    steps: [H, H, H, H],
    decisions: [{ meeting: 1, decisions: [MeetingDecision.DISRUPTION] }],
    actions: [
      { meeting: 0, owner: 'LEAD', category: C.SAFEGUARDING, dueInDays: 7, status: S.DONE, finishedAfterDays: 5,
        description: 'Agree a safety plan with {name} and the family, including who to call if {name} goes missing',
        closingNote: 'Safety plan agreed with {name} and the family and shared with the school.' },
      { meeting: 2, owner: K.POLICE, category: C.DISRUPTION, dueInDays: 14, status: S.IN_PROGRESS, progressAfterDays: 3,
        progressNote: 'First visit made with licensing; a second visit is booked.',
        description: 'Visit the addresses linked to {name}’s missing episodes with licensing and record who is present' },
    ],
  },
  // Not reached at the second meeting, so carried to the third.
  HIGH_NOT_REACHED_SECOND: {
    steps: [H, 'NOT_REACHED', H, H],
    decisions: [{ meeting: 3, decisions: [MeetingDecision.NRM_REFERRAL] }],
    actions: [
      { meeting: 0, owner: K.POLICE, category: C.INTELLIGENCE_DEVELOPMENT, dueInDays: 7, status: S.NOT_POSSIBLE, finishedAfterDays: 6,
        description: 'Check the phone numbers found on {name}’s phone against known drug lines',
        closingNote: 'The phone was returned to the family before it could be examined.' },
      { meeting: 2, owner: 'LEAD', category: C.SUPPORT, dueInDays: 21, status: S.OPEN,
        description: 'Arrange a trusted adult for {name} at school, with weekly check-ins' },
    ],
  },
  // Not reached at the last meeting: carried to the upcoming one, with an action now overdue.
  HIGH_NOT_REACHED_LAST: {
    steps: [H, H, H, 'NOT_REACHED'],
    decisions: [{ meeting: 0, decisions: [MeetingDecision.STRATEGY_MEETING] }],
    actions: [
      { meeting: 0, owner: 'LEAD', category: C.SAFEGUARDING, dueInDays: 10, status: S.IN_PROGRESS, progressAfterDays: 2,
        progressNote: 'Police and health have replied; a date is being agreed.',
        description: 'Hold a strategy discussion about {name} with police and health' },
    ],
  },
  // Medium risk reviewed four weeks ago: due again now.
  MEDIUM_DUE: {
    steps: [M, null, null, null],
    actions: [
      { meeting: 0, owner: K.EDUCATION, category: C.PREVENTION, dueInDays: 14, status: S.DONE, finishedAfterDays: 10,
        description: 'Put a mentor and a part-time timetable in place for {name}',
        closingNote: 'Mentor meets {name} twice a week; attendance is improving.' },
    ],
  },
  // Reviewed three weeks ago at medium risk; its action is now overdue.
  MEDIUM_OVERDUE_ACTION: {
    steps: [null, M, null, null],
    actions: [
      { meeting: 1, owner: K.HEALTH, category: C.SUPPORT, dueInDays: 14, status: S.OPEN,
        description: 'Arrange an appointment for {name} with the young people’s substance misuse service' },
    ],
  },
  // Reviewed three weeks ago at medium risk; the police raised the level since the last meeting.
  MEDIUM_RAISED_SINCE: {
    steps: [null, M, null, null],
    raised: { beforeMeeting: 4, level: H, by: K.POLICE, rationale: 'Found at 2am in a car with two adults already known to police.' },
    actions: [
      { meeting: 1, owner: K.CHARITY, category: C.SUPPORT, dueInDays: 28, status: S.DONE, finishedAfterDays: 6,
        description: 'Offer {name} weekly one-to-one sessions with a youth worker',
        closingNote: 'Sessions started; {name} has attended both so far.' },
    ],
  },
  // Medium, then raised by the school between meetings and agreed high at the third meeting.
  ESCALATED: {
    steps: [M, null, H, H],
    raised: { beforeMeeting: 2, level: H, by: K.EDUCATION, rationale: 'Seen getting into an unknown car outside school; new clothes and phone.' },
    decisions: [{ meeting: 2, decisions: [MeetingDecision.DISRUPTION] }],
    actions: [
      { meeting: 2, owner: K.POLICE, category: C.DISRUPTION, dueInDays: 14, status: S.IN_PROGRESS, progressAfterDays: 4,
        progressNote: 'The adult has been identified; the notice is drafted.',
        description: 'Serve a child abduction warning notice on the adult seen collecting {name}' },
      { meeting: 3, owner: K.CHILDRENS_SOCIAL_CARE, category: C.SAFEGUARDING, dueInDays: 21, status: S.OPEN,
        description: 'Offer {name} a return home interview within 72 hours of any missing episode' },
    ],
  },
  // Low risk reviewed four weeks ago: not due for ten weeks.
  LOW_QUIET: {
    steps: [L, null, null, null],
    actions: [
      { meeting: 0, owner: K.EDUCATION, category: C.PREVENTION, dueInDays: 21, status: S.DONE, finishedAfterDays: 14,
        description: 'Deliver online safety work with {name} at school',
        closingNote: 'Three sessions delivered; {name} knows how to report and block.' },
    ],
  },
  // Low risk reviewed two weeks ago.
  LOW_RECENT: {
    steps: [null, null, L, null],
    actions: [
      { meeting: 2, owner: K.CHARITY, category: C.SUPPORT, dueInDays: 28, status: S.IN_PROGRESS, progressAfterDays: 5,
        progressNote: 'First group session attended.',
        description: 'Invite {name} to the young people’s group on healthy relationships' },
    ],
  },
  // A new referral discussed for the first time at the last meeting.
  NEW_AT_LAST: {
    steps: [null, null, null, M],
    actions: [
      { meeting: 3, owner: 'LEAD', category: C.SAFEGUARDING, dueInDays: 14, status: S.OPEN,
        description: 'Complete an exploitation assessment with {name} and the family' },
    ],
  },
  // Risk came down; stepped down to universal services at the last meeting.
  STEPPED_DOWN_AT_LAST: {
    steps: [M, null, null, L],
    stepDown: true,
    actions: [
      { meeting: 0, owner: K.YOUTH_JUSTICE, category: C.DIVERSION, dueInDays: 14, status: S.DONE, finishedAfterDays: 9,
        description: 'Refer {name} to the sports diversion programme',
        closingNote: '{name} goes to football training twice a week.' },
    ],
  },
  // Accepted at the daily triage since the last meeting.
  NEW_SINCE: { steps: [], actions: [], newReferralLevel: M },
  NEW_SINCE_HIGH: { steps: [], actions: [], newReferralLevel: H },
};

/** Past meeting index at which the child first came to MACE, or null (accepted since the last). */
export function firstMeeting(track: DemoMeetingTrack): number | null {
  const index = track.steps.findIndex((step) => step !== null);
  return index < 0 ? null : index;
}

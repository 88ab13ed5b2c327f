import { randomUUID } from 'node:crypto';
import { addDays, todayInLondon } from '@mace/api-children';
import { ActionCategory, ActionStatus, MeetingStatus, RiskLevel } from '@mace/shared-domain';
import { GraphQLTestClient, startTestApp, TestApp, TestSession } from '@mace/api-testing';
import { createApiApp } from '../src/bootstrap/create-api-app';
import { accepted, castForLiveMeetings, inProgress, LiveCast, liveScene, LiveScene } from './meetings-live-fixtures';

/**
 * Bad input to the live meeting mutations (the cases bad-input.int.spec.ts leaves to this file, as
 * they need a chair with a meeting in progress): each answer is BAD_USER_INPUT with a message per
 * field, and nothing is written.
 */

const MUTATIONS = {
  startMeeting: `mutation($meetingId: ID!) { startMeeting(meetingId: $meetingId) { id } }`,
  acceptConfidentiality: `mutation($meetingId: ID!) { acceptConfidentiality(meetingId: $meetingId) { id } }`,
  recordAttendance: `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { attendance } }`,
  reviewAction: `mutation($input: ReviewActionInput!) { reviewAction(input: $input) { reviewedStatus } }`,
  setCurrentItem: `mutation($input: SetCurrentItemInput!) { setCurrentItem(input: $input) { id } }`,
  saveDiscussionNote: `mutation($input: SaveDiscussionNoteInput!) { saveDiscussionNote(input: $input) { version } }`,
  recordItemOutcome: `mutation($input: RecordItemOutcomeInput!) { recordItemOutcome(input: $input) { id } }`,
  closeMeeting: `mutation($meetingId: ID!) { closeMeeting(meetingId: $meetingId) { id } }`,
};

const HUNDRED_KB = 'x'.repeat(100 * 1024);
const today = todayInLondon();

interface Fixtures {
  cast: LiveCast;
  scene: LiveScene;
}

type Expected = { fields: Record<string, string> } | { message: string };

interface Case {
  mutation: keyof typeof MUTATIONS;
  name: string;
  variables: (f: Fixtures) => Record<string, unknown>;
  expect: Expected;
}

const attendance = (f: Fixtures, overrides: Record<string, unknown>) => ({
  input: { meetingId: f.scene.meeting.id, agencyId: f.cast.attendingAgencyId, attendance: 'PRESENT', ...overrides },
});
const review = (f: Fixtures, overrides: Record<string, unknown>) => ({
  input: { meetingId: f.scene.meeting.id, actionId: f.scene.openActionId, version: 1, status: ActionStatus.IN_PROGRESS, ...overrides },
});
const note = (f: Fixtures, overrides: Record<string, unknown>) => ({
  input: { itemId: f.scene.items[0].id, version: 0, discussionSummary: 'Invented: a note', ...overrides },
});
const action = (f: Fixtures, overrides: Record<string, unknown> = {}) => ({
  description: 'Invented: a home visit',
  category: ActionCategory.SAFEGUARDING,
  ownerAgencyId: f.cast.attendingAgencyId,
  dueOn: addDays(today, 7),
  ...overrides,
});
const outcome = (f: Fixtures, overrides: Record<string, unknown>) => ({
  input: {
    itemId: f.scene.items[0].id,
    version: 0,
    discussionSummary: 'Invented: discussed',
    agreedRiskLevel: RiskLevel.MEDIUM,
    riskRationale: 'Invented: rationale',
    decisions: ['CONTINUE'],
    actions: [action(f)],
    ...overrides,
  },
});

const CASES: Case[] = [
  // startMeeting, acceptConfidentiality, closeMeeting
  { mutation: 'startMeeting', name: 'a malformed meeting id', variables: () => ({ meetingId: 'meeting-1' }), expect: { fields: { meetingId: 'Meeting id is not valid' } } },
  { mutation: 'startMeeting', name: 'a meeting already in progress', variables: (f) => ({ meetingId: f.scene.meeting.id }), expect: { fields: { meetingId: 'You can start the meeting only while the meeting is agenda locked; it is in progress' } } },
  { mutation: 'acceptConfidentiality', name: 'a malformed meeting id', variables: () => ({ meetingId: 'meeting-1' }), expect: { fields: { meetingId: 'Meeting id is not valid' } } },
  { mutation: 'closeMeeting', name: 'a malformed meeting id', variables: () => ({ meetingId: 'meeting-1' }), expect: { fields: { meetingId: 'Meeting id is not valid' } } },
  { mutation: 'closeMeeting', name: 'an action still to review', variables: (f) => ({ meetingId: f.scene.meeting.id }), expect: { fields: { meetingId: '1 action from earlier meetings still needs a review before the meeting can close' } } },

  // recordAttendance
  { mutation: 'recordAttendance', name: 'an agency that was not invited', variables: (f) => attendance(f, { agencyId: f.cast.otherAgencyId }), expect: { fields: { agencyId: 'Choose an agency invited to this meeting' } } },
  { mutation: 'recordAttendance', name: 'a malformed agency id', variables: (f) => attendance(f, { agencyId: 'agency-1' }), expect: { fields: { agencyId: 'Choose an agency invited to this meeting' } } },
  { mutation: 'recordAttendance', name: 'names over 500 characters', variables: (f) => attendance(f, { attendeeNames: 'N'.repeat(501) }), expect: { fields: { attendeeNames: 'Names must be 500 characters or fewer' } } },
  { mutation: 'recordAttendance', name: 'an unknown attendance', variables: (f) => attendance(f, { attendance: 'ASLEEP' }), expect: { fields: { attendance: 'Choose an option from the list' } } },

  // reviewAction
  { mutation: 'reviewAction', name: 'not possible without a reason', variables: (f) => review(f, { status: ActionStatus.NOT_POSSIBLE }), expect: { fields: { note: 'Enter why the action is not possible' } } },
  { mutation: 'reviewAction', name: 'cancelled with a blank reason', variables: (f) => review(f, { status: ActionStatus.CANCELLED, note: '   ' }), expect: { fields: { note: 'Enter why the action is cancelled' } } },
  { mutation: 'reviewAction', name: 'done without the outcome', variables: (f) => review(f, { status: ActionStatus.DONE }), expect: { fields: { note: 'Enter the outcome of the action' } } },
  { mutation: 'reviewAction', name: 'a 100 KB reason', variables: (f) => review(f, { status: ActionStatus.NOT_DONE, note: HUNDRED_KB }), expect: { fields: { note: 'Reason must be 2,000 characters or fewer' } } },
  { mutation: 'reviewAction', name: 'a 100 KB progress note', variables: (f) => review(f, { note: HUNDRED_KB }), expect: { fields: { note: 'Note must be 10,000 characters or fewer' } } },
  { mutation: 'reviewAction', name: 'version 0 and a malformed action id', variables: (f) => review(f, { version: 0, actionId: 'action-1' }), expect: { fields: { version: 'version must not be less than 1', actionId: 'Action id is not valid' } } },
  { mutation: 'reviewAction', name: 'an unknown status', variables: (f) => review(f, { status: 'FORGOTTEN' }), expect: { fields: { status: 'Choose an option from the list' } } },

  // setCurrentItem
  { mutation: 'setCurrentItem', name: 'a malformed item id', variables: (f) => ({ input: { meetingId: f.scene.meeting.id, itemId: 'item-1' } }), expect: { fields: { itemId: 'Choose an item on this meeting’s agenda' } } },
  { mutation: 'setCurrentItem', name: 'an item of another meeting', variables: (f) => ({ input: { meetingId: f.scene.meeting.id, itemId: f.scene.nextItem.id } }), expect: { fields: { itemId: 'Choose an item on this meeting’s agenda' } } },
  { mutation: 'setCurrentItem', name: 'a malformed meeting id', variables: () => ({ input: { meetingId: 'meeting-1' } }), expect: { fields: { meetingId: 'Meeting id is not valid' } } },

  // saveDiscussionNote
  { mutation: 'saveDiscussionNote', name: 'a negative version', variables: (f) => note(f, { version: -1 }), expect: { fields: { version: 'version must not be less than 0' } } },
  { mutation: 'saveDiscussionNote', name: 'a 100 KB note', variables: (f) => note(f, { discussionSummary: HUNDRED_KB }), expect: { fields: { discussionSummary: 'Discussion summary must be 20,000 characters or fewer' } } },
  { mutation: 'saveDiscussionNote', name: 'a malformed item id', variables: (f) => note(f, { itemId: 'item-1' }), expect: { fields: { itemId: 'Agenda item id is not valid' } } },

  // recordItemOutcome
  { mutation: 'recordItemOutcome', name: 'no decision', variables: (f) => outcome(f, { decisions: [] }), expect: { fields: { decisions: 'Choose at least one decision' } } },
  { mutation: 'recordItemOutcome', name: 'continue and close together', variables: (f) => outcome(f, { decisions: ['CONTINUE', 'CLOSE'] }), expect: { fields: { decisions: 'Choose only one of continue, step down and close' } } },
  { mutation: 'recordItemOutcome', name: 'a decision twice', variables: (f) => outcome(f, { decisions: ['NRM_REFERRAL', 'NRM_REFERRAL'] }), expect: { fields: { decisions: 'Choose each decision once' } } },
  { mutation: 'recordItemOutcome', name: 'an empty summary and rationale', variables: (f) => outcome(f, { discussionSummary: ' ', riskRationale: '' }), expect: { fields: { discussionSummary: 'Enter a summary of the discussion', riskRationale: 'Enter why the meeting agreed this risk level' } } },
  { mutation: 'recordItemOutcome', name: 'a 100 KB summary and decision notes', variables: (f) => outcome(f, { discussionSummary: HUNDRED_KB, decisionNotes: HUNDRED_KB }), expect: { fields: { discussionSummary: 'Discussion summary must be 20,000 characters or fewer', decisionNotes: 'Decision notes must be 4,000 characters or fewer' } } },
  { mutation: 'recordItemOutcome', name: 'a next review date today', variables: (f) => outcome(f, { nextReviewOn: today }), expect: { fields: { nextReviewOn: 'The next review date must be in the future' } } },
  { mutation: 'recordItemOutcome', name: 'an action due before today', variables: (f) => outcome(f, { actions: [action(f, { dueOn: addDays(today, -1) })] }), expect: { fields: { 'actions.0.dueOn': 'The due date must be today or in the future' } } },
  { mutation: 'recordItemOutcome', name: 'an action without a description', variables: (f) => outcome(f, { actions: [action(f), action(f, { description: '' })] }), expect: { fields: { 'actions.1.description': 'Describe the action' } } },
  { mutation: 'recordItemOutcome', name: 'an action for an unknown agency', variables: (f) => outcome(f, { actions: [action(f), action(f, { ownerAgencyId: randomUUID() })] }), expect: { fields: { 'actions.1.ownerAgencyId': 'Choose an active agency that exists' } } },
  { mutation: 'recordItemOutcome', name: 'an unknown risk level', variables: (f) => outcome(f, { agreedRiskLevel: 'EXTREME' }), expect: { fields: { agreedRiskLevel: 'Choose an option from the list' } } },
  { mutation: 'recordItemOutcome', name: 'a negative version', variables: (f) => outcome(f, { version: -1 }), expect: { fields: { version: 'version must not be less than 0' } } },
];

describe('bad input to the live meeting mutations: BAD_USER_INPUT per field, nothing written', () => {
  let t: TestApp;
  let chair: TestSession;
  const f = {} as Fixtures;

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
    f.cast = await castForLiveMeetings(t);
    chair = f.cast.s['chair of the district'];
    f.scene = await liveScene(t, f.cast, MeetingStatus.AGENDA_LOCKED);
    await inProgress(t, f.scene);
    await accepted(t, f.scene.meeting.id, chair);
  });
  afterAll(() => t.close());

  async function state(): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const table of [
      'meeting', 'meeting_member', 'meeting_confidentiality', 'meeting_action_review', 'agenda_item', 'agenda_item_outcome',
      'action', 'action_update', 'child', 'child_risk', 'child_status_change', 'child_involvement', 'notification',
    ]) {
      const [row] = await t.dataSource.query(
        `SELECT count(*)::int AS n, coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS digest FROM ${table} t`,
      );
      out[table] = row;
    }
    const [audit] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE operation IN ('COLLECTION', 'ALTERATION', 'CONSULTATION')`);
    out['audit'] = audit.n;
    return out;
  }

  it('sends valid input that works (so the cases below fail for the reason they name)', async () => {
    const scene = await liveScene(t, f.cast, MeetingStatus.AGENDA_LOCKED);
    await accepted(t, scene.meeting.id, chair);
    const valid = { cast: f.cast, scene };
    const send = (mutation: keyof typeof MUTATIONS, variables: Record<string, unknown>) => chair.send(MUTATIONS[mutation], variables);
    expect((await send('acceptConfidentiality', { meetingId: scene.meeting.id })).errors).toBeUndefined();
    expect((await send('startMeeting', { meetingId: scene.meeting.id })).errors).toBeUndefined();
    expect((await send('recordAttendance', attendance(valid, { attendeeNames: 'Invented Person' }))).errors).toBeUndefined();
    expect((await send('reviewAction', review(valid, { status: ActionStatus.NOT_DONE, note: 'Invented reason' }))).errors).toBeUndefined();
    expect((await send('setCurrentItem', { input: { meetingId: scene.meeting.id, itemId: scene.items[0].id } })).errors).toBeUndefined();
    expect((await send('saveDiscussionNote', note(valid, {}))).errors).toBeUndefined();
    expect((await send('recordItemOutcome', outcome(valid, { version: 1, nextReviewOn: addDays(today, 14) }))).errors).toBeUndefined();
    expect((await send('closeMeeting', { meetingId: scene.meeting.id })).errors).toBeUndefined();
  });

  it.each(CASES.map((c) => ({ ...c, what: 'fields' in c.expect ? Object.keys(c.expect.fields).join(', ') : 'the variable' })))(
    '$mutation refuses $name: BAD_USER_INPUT on $what',
    async ({ mutation, variables, expect: expected }) => {
      const before = await state();
      const res = await chair.send(MUTATIONS[mutation], variables(f));
      expect(res.errors).toHaveLength(1);
      expect(GraphQLTestClient.codeOf(res)).toBe('BAD_USER_INPUT');
      if ('fields' in expected) expect(res.errors?.[0].extensions?.fields).toEqual(expected.fields);
      else expect(res.errors?.[0].message).toContain(expected.message);
      expect(res.data ?? null).toBeNull();
      expect(await state()).toEqual(before);
    },
  );
});

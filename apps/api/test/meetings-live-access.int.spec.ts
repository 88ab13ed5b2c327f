import { MeetingStatus, RiskLevel } from '@mace/shared-domain';
import { GraphQLTestClient, startTestApp, TestApp } from '@mace/api-testing';
import { createApiApp } from '../src/bootstrap/create-api-app';
import { accepted, Caller, CALLERS, castForLiveMeetings, inProgress, LiveCast, liveScene, LiveScene } from './meetings-live-fixtures';

type Outcome = 'allowed' | 'NOT_FOUND' | 'FORBIDDEN';

/** Only the chair of the meeting's district runs it; a chair elsewhere cannot see it at all. */
const CHAIR_ONLY: Record<Caller, Outcome> = {
  'chair of the district': 'allowed',
  'chair of another district': 'NOT_FOUND',
  'attending practitioner': 'FORBIDDEN',
  'non-attending practitioner': 'FORBIDDEN',
  'SPOC of the district': 'FORBIDDEN',
  analyst: 'FORBIDDEN',
};

interface Operation {
  query: string;
  expected: Record<Caller, Outcome>;
  /** The meeting as the operation needs it: every caller has accepted its statement unless `acceptance` is false. */
  status: MeetingStatus;
  acceptance?: false;
  variables: (scene: LiveScene, cast: LiveCast) => Record<string, unknown>;
}

/**
 * Every live operation x caller: the expected answer, and for a refusal (NOT_FOUND for a meeting
 * the caller may not open, exactly as for a missing one; FORBIDDEN for a meeting they may open
 * but not run, or a role without the permission) nothing written at all.
 */
const OPERATIONS: Record<string, Operation> = {
  startMeeting: {
    query: `mutation($meetingId: ID!) { startMeeting(meetingId: $meetingId) { id status } }`,
    expected: CHAIR_ONLY,
    status: MeetingStatus.AGENDA_LOCKED,
    variables: (scene) => ({ meetingId: scene.meeting.id }),
  },
  acceptConfidentiality: {
    query: `mutation($meetingId: ID!) { acceptConfidentiality(meetingId: $meetingId) { id acceptedConfidentiality } }`,
    expected: {
      'chair of the district': 'allowed',
      'chair of another district': 'NOT_FOUND',
      'attending practitioner': 'allowed',
      'non-attending practitioner': 'NOT_FOUND',
      'SPOC of the district': 'allowed',
      analyst: 'FORBIDDEN',
    },
    status: MeetingStatus.AGENDA_LOCKED,
    acceptance: false,
    variables: (scene) => ({ meetingId: scene.meeting.id }),
  },
  recordAttendance: {
    query: `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { attendance } }`,
    expected: CHAIR_ONLY,
    status: MeetingStatus.IN_PROGRESS,
    variables: (scene, cast) => ({ input: { meetingId: scene.meeting.id, agencyId: cast.attendingAgencyId, attendance: 'APOLOGIES' } }),
  },
  reviewAction: {
    query: `mutation($input: ReviewActionInput!) { reviewAction(input: $input) { reviewedStatus } }`,
    expected: CHAIR_ONLY,
    status: MeetingStatus.IN_PROGRESS,
    variables: (scene) => ({ input: { meetingId: scene.meeting.id, actionId: scene.openActionId, version: 1, status: 'IN_PROGRESS', note: 'Invented: under way' } }),
  },
  setCurrentItem: {
    query: `mutation($input: SetCurrentItemInput!) { setCurrentItem(input: $input) { id } }`,
    expected: CHAIR_ONLY,
    status: MeetingStatus.IN_PROGRESS,
    variables: (scene) => ({ input: { meetingId: scene.meeting.id, itemId: scene.items[0].id } }),
  },
  saveDiscussionNote: {
    query: `mutation($input: SaveDiscussionNoteInput!) { saveDiscussionNote(input: $input) { version } }`,
    expected: CHAIR_ONLY,
    status: MeetingStatus.IN_PROGRESS,
    variables: (scene) => ({ input: { itemId: scene.items[0].id, version: 0, discussionSummary: 'Invented: a note' } }),
  },
  recordItemOutcome: {
    query: `mutation($input: RecordItemOutcomeInput!) { recordItemOutcome(input: $input) { status } }`,
    expected: CHAIR_ONLY,
    status: MeetingStatus.IN_PROGRESS,
    variables: (scene) => ({
      input: {
        itemId: scene.items[0].id,
        version: 0,
        discussionSummary: 'Invented: discussed',
        agreedRiskLevel: RiskLevel.MEDIUM,
        riskRationale: 'Invented: rationale',
        decisions: ['CONTINUE'],
      },
    }),
  },
  closeMeeting: {
    query: `mutation($meetingId: ID!) { closeMeeting(meetingId: $meetingId) { status } }`,
    expected: CHAIR_ONLY,
    status: MeetingStatus.IN_PROGRESS,
    variables: (scene) => ({ meetingId: scene.meeting.id }),
  },
};

const CASES = Object.entries(OPERATIONS).flatMap(([operation, spec]) =>
  CALLERS.map((caller) => ({ operation, caller, expected: spec.expected[caller] })),
);

describe('live meeting operations: who may run them', () => {
  let t: TestApp;
  let cast: LiveCast;

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
    cast = await castForLiveMeetings(t);
  });
  afterAll(() => t.close());

  /** Everything a live operation could write, as row counts and content digests; refusals' own audit events aside. */
  async function state(): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const table of [
      'meeting', 'meeting_member', 'meeting_confidentiality', 'meeting_action_review', 'agenda_item', 'agenda_item_outcome',
      'action', 'action_update', 'child', 'child_risk', 'child_status_change', 'notification',
    ]) {
      const [row] = await t.dataSource.query(
        `SELECT count(*)::int AS n, coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS digest FROM ${table} t`,
      );
      out[table] = row;
    }
    const [audit] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE operation IN ('COLLECTION', 'ALTERATION')`);
    out['audit COLLECTION/ALTERATION'] = audit.n;
    return out;
  }

  it.each(CASES)('$operation by the $caller: $expected', async ({ operation, caller, expected }) => {
    const spec = OPERATIONS[operation];
    const scene = await liveScene(t, cast, MeetingStatus.AGENDA_LOCKED);
    if (spec.status === MeetingStatus.IN_PROGRESS) await inProgress(t, scene, operation === 'reviewAction');
    if (spec.acceptance !== false) for (const who of CALLERS) await accepted(t, scene.meeting.id, cast.s[who]);

    const before = await state();
    const res = await cast.s[caller].send(spec.query, spec.variables(scene, cast));
    if (expected === 'allowed') {
      expect(res.errors).toBeUndefined();
      expect(await state()).not.toEqual(before);
    } else {
      expect(GraphQLTestClient.codeOf(res)).toBe(expected);
      expect(res.data ?? null).toBeNull();
      expect(await state()).toEqual(before);
    }
  });

  it('refuses a chair whose agency is invited to another district’s meeting: FORBIDDEN (they may open it, not run it)', async () => {
    const scene = await liveScene(t, cast, MeetingStatus.AGENDA_LOCKED);
    const guestChair = cast.s['chair of another district'];
    await t.dataSource.query(`INSERT INTO meeting_member (meeting_id, agency_id, core) VALUES ($1, $2, false)`, [scene.meeting.id, guestChair.agencyId]);
    const before = await state();
    const res = await guestChair.send(OPERATIONS.startMeeting.query, { meetingId: scene.meeting.id });
    expect(GraphQLTestClient.codeOf(res)).toBe('FORBIDDEN');
    expect(res.errors?.[0].message).toBe('Only the chair of the district can run this meeting');
    expect(await state()).toEqual(before);
  });
});

import { addDays, todayInLondon } from '@mace/api-children';
import { ActionCategory, ActionStatus, AgencyKind, MeetingStatus, RiskLevel, Role } from '@mace/shared-domain';
import { countQueries, createAction, createAgency, createAgendaItem, GraphQLTestClient, sessionFor, startTestApp, TestApp, TestSession } from '@mace/api-testing';
import { createApiApp } from '../src/bootstrap/create-api-app';
import { accepted, castForLiveMeetings, inProgress, LiveCast, liveScene, LiveScene } from './meetings-live-fixtures';

/**
 * Running a meeting through the live mutations, as its chair: start (earlier meetings' unfinished
 * actions listed for review), attendance, the confidentiality statement, reviews with their
 * reasons, the current item and its timer, the discussion note's versions, outcomes (risk history,
 * status changes, actions with the meeting's ids, audit) and closing (refused while a review is
 * open; items not reached carried to the next meeting). Results are read from what the mutations
 * return and from the rows they wrote.
 */

const MEETING = `id status version startedAt closedAt acceptedConfidentiality unreviewedActionCount
  members { agency { id } core attendance attendeeNames attendanceRecordedAt }
  actionReviews { action { id status } statusAtStart reviewedStatus reviewedAt reviewedBy }
  currentItem { id status discussionStartedAt discussionEndedAt lastDiscussedAt changesSinceLastDiscussion { id kind summary } }
  actions { id }`;
const START = `mutation($meetingId: ID!) { startMeeting(meetingId: $meetingId) { ${MEETING} } }`;
const ACCEPT = `mutation($meetingId: ID!) { acceptConfidentiality(meetingId: $meetingId) { id acceptedConfidentiality } }`;
const ATTENDANCE = `mutation($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) { agency { id name } core attendance attendeeNames attendanceRecordedAt }
}`;
const REVIEW = `mutation($input: ReviewActionInput!) {
  reviewAction(input: $input) { action { id status statusReason outcomeNote version } statusAtStart reviewedStatus reviewedAt reviewedBy }
}`;
const CURRENT = `mutation($input: SetCurrentItemInput!) { setCurrentItem(input: $input) { ${MEETING} } }`;
const NOTE = `mutation($input: SaveDiscussionNoteInput!) { saveDiscussionNote(input: $input) { discussionSummary version recordedAt } }`;
const OUTCOME = `mutation($input: RecordItemOutcomeInput!) {
  recordItemOutcome(input: $input) {
    id status version visibility
    outcome { discussionSummary agreedRiskLevel riskRationale decisions decisionNotes nextReviewOn recordedAt recordedBy version }
    actions { id source meetingId description ownerAgency { id } dueOn status }
  }
}`;
const OUTCOME_FOR_FOLLOWERS = `mutation($input: RecordItemOutcomeInput!) { recordItemOutcome(input: $input) { id } }`;
const CLOSE = `mutation($meetingId: ID!) { closeMeeting(meetingId: $meetingId) { id status closedAt currentItem { id } unreviewedActionCount } }`;

/** The shapes the operations above answer with (only what the assertions read). */
interface ItemResult {
  id: string;
  status: string;
  discussionStartedAt: string | null;
  discussionEndedAt: string | null;
  lastDiscussedAt: string | null;
  changesSinceLastDiscussion: { id: string; kind: string; summary: string }[];
}
interface MeetingResult {
  id: string;
  status: string;
  version: number;
  startedAt: string | null;
  closedAt: string | null;
  unreviewedActionCount: number;
  members: unknown[];
  actionReviews: unknown[];
  currentItem: ItemResult | null;
}
interface MemberResult {
  attendanceRecordedAt: string | null;
}
interface ReviewResult {
  reviewedAt: string | null;
  reviewedBy: string | null;
}
interface OutcomeResult {
  outcome: { recordedAt: string | null; recordedBy: string | null };
  actions: unknown[];
}

describe('running a meeting live', () => {
  let t: TestApp;
  let cast: LiveCast;
  let chair: TestSession;
  const today = todayInLondon();

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
    cast = await castForLiveMeetings(t);
    chair = cast.s['chair of the district'];
  });
  afterAll(() => t.close());

  async function auditSince(seq: string) {
    return t.dataSource.query(
      `SELECT operation, subject_type, subject_ids, justification FROM audit_event WHERE seq > $1 ORDER BY seq`,
      [seq],
    ) as Promise<{ operation: string; subject_type: string; subject_ids: string[]; justification: string }[]>;
  }
  async function lastSeq(): Promise<string> {
    const [row] = await t.dataSource.query(`SELECT coalesce(max(seq), 0)::text AS seq FROM audit_event`);
    return row.seq;
  }

  describe('startMeeting', () => {
    let scene: LiveScene;
    beforeAll(async () => {
      scene = await liveScene(t, cast);
      await accepted(t, scene.meeting.id, chair);
    });

    it('refuses a meeting whose agenda is not locked', async () => {
      const scheduled = await liveScene(t, cast, MeetingStatus.SCHEDULED);
      const res = await chair.send(START, { meetingId: scheduled.meeting.id });
      expect(GraphQLTestClient.codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields).toEqual({ meetingId: 'Lock the agenda before you start the meeting' });
      const [row] = await t.dataSource.query(`SELECT status FROM meeting WHERE id = $1`, [scheduled.meeting.id]);
      expect(row.status).toBe('SCHEDULED');
    });

    it('starts a locked meeting and lists the earlier meetings’ unfinished actions for review', async () => {
      const seq = await lastSeq();
      const res = await chair.send<{ startMeeting: MeetingResult }>(START, { meetingId: scene.meeting.id });
      expect(res.errors).toBeUndefined();
      const meeting = res.data!.startMeeting;
      expect(meeting.status).toBe('IN_PROGRESS');
      expect(meeting.startedAt).toBeTruthy();
      expect(meeting.version).toBe(scene.meeting.version + 1);
      expect(meeting.unreviewedActionCount).toBe(1);
      expect(meeting.actionReviews).toEqual([
        { action: { id: scene.openActionId, status: 'OPEN' }, statusAtStart: 'OPEN', reviewedStatus: null, reviewedAt: null, reviewedBy: null },
      ]);
      expect(meeting.members).toEqual([
        { agency: { id: cast.attendingAgencyId }, core: true, attendance: 'NOT_RECORDED', attendeeNames: null, attendanceRecordedAt: null },
      ]);
      const rows = await t.dataSource.query(`SELECT action_id, status_at_start FROM meeting_action_review WHERE meeting_id = $1`, [scene.meeting.id]);
      expect(rows).toEqual([{ action_id: scene.openActionId, status_at_start: 'OPEN' }]);
      const events = await auditSince(seq);
      expect(events).toContainEqual(
        expect.objectContaining({ operation: 'ALTERATION', subject_type: 'MEETING', subject_ids: [scene.meeting.id] }),
      );
    });

    it('refuses to start a meeting twice', async () => {
      const res = await chair.send(START, { meetingId: scene.meeting.id });
      expect(GraphQLTestClient.codeOf(res)).toBe('BAD_USER_INPUT');
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM meeting_action_review WHERE meeting_id = $1`, [scene.meeting.id]);
      expect(n).toBe(1);
    });

    it('answers with the same number of SQL statements for 1 earlier action as for 6 (reviews and members are batched)', async () => {
      const counts: number[] = [];
      for (const extra of [0, 5]) {
        const other = await liveScene(t, cast);
        await accepted(t, other.meeting.id, chair);
        for (let i = 0; i < extra; i++) {
          const action = await createAction(t.dataSource, {
            childId: other.childIds[i % 2],
            ownerAgencyId: cast.attendingAgencyId,
            dueOn: addDays(today, i + 1),
            raisedByUserId: chair.id,
            raisedByAgencyId: chair.agencyId,
          });
          await t.dataSource.query(`UPDATE action SET source = 'MEETING', meeting_id = $2 WHERE id = $1`, [action.id, other.previous.id]);
        }
        const { result, count } = await countQueries(t.dataSource, () =>
          chair.send<{ startMeeting: MeetingResult }>(START, { meetingId: other.meeting.id }),
        );
        expect(result.data!.startMeeting.actionReviews).toHaveLength(1 + extra);
        counts.push(count);
      }
      expect(counts[1]).toBe(counts[0]);
    });

    it('does not list actions of a later meeting or of another meeting type', async () => {
      const other = await liveScene(t, cast);
      // An open action set at the scene's next meeting (later than this one) is not "earlier".
      await t.dataSource.query(`UPDATE action SET meeting_id = $2 WHERE id = $1`, [other.openActionId, other.next.id]);
      const res = await chair.send<{ startMeeting: { unreviewedActionCount: number } }>(START, { meetingId: other.meeting.id });
      expect(res.errors).toBeUndefined();
      expect(res.data!.startMeeting.unreviewedActionCount).toBe(0);
    });
  });

  describe('attendance and the confidentiality statement', () => {
    let scene: LiveScene;
    beforeAll(async () => {
      scene = await liveScene(t, cast);
    });

    it('records an invited agency’s attendance with who came', async () => {
      const res = await chair.send<{ recordAttendance: MemberResult }>(ATTENDANCE, {
        input: { meetingId: scene.meeting.id, agencyId: cast.attendingAgencyId, attendance: 'PRESENT', attendeeNames: '  A. Example, social worker ' },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data!.recordAttendance).toMatchObject({
        agency: { id: cast.attendingAgencyId },
        core: true,
        attendance: 'PRESENT',
        attendeeNames: 'A. Example, social worker',
      });
      expect(res.data!.recordAttendance.attendanceRecordedAt).toBeTruthy();
    });

    it('refuses an agency that was not invited', async () => {
      const res = await chair.send(ATTENDANCE, { input: { meetingId: scene.meeting.id, agencyId: cast.otherAgencyId, attendance: 'PRESENT' } });
      expect(GraphQLTestClient.codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields).toEqual({ agencyId: 'Choose an agency invited to this meeting' });
    });

    it('refuses attendance once the meeting is closed', async () => {
      const closed = await liveScene(t, cast, MeetingStatus.CLOSED);
      const res = await chair.send(ATTENDANCE, { input: { meetingId: closed.meeting.id, agencyId: cast.attendingAgencyId, attendance: 'PRESENT' } });
      expect(GraphQLTestClient.codeOf(res)).toBe('BAD_USER_INPUT');
    });

    it('records an attendee’s acceptance once, however often they accept', async () => {
      const practitioner = cast.s['attending practitioner'];
      const seq = await lastSeq();
      for (let i = 0; i < 2; i++) {
        const res = await practitioner.send<{ acceptConfidentiality: { acceptedConfidentiality: boolean } }>(ACCEPT, { meetingId: scene.meeting.id });
        expect(res.errors).toBeUndefined();
        expect(res.data!.acceptConfidentiality.acceptedConfidentiality).toBe(true);
      }
      const rows = await t.dataSource.query(`SELECT user_id, agency_id FROM meeting_confidentiality WHERE meeting_id = $1`, [scene.meeting.id]);
      expect(rows).toEqual([{ user_id: practitioner.id, agency_id: practitioner.agencyId }]);
      const events = (await auditSince(seq)).filter((e) => e.subject_type === 'MEETING');
      expect(events).toEqual([expect.objectContaining({ operation: 'COLLECTION', justification: 'confidentiality statement accepted' })]);
    });
  });

  describe('reviewing earlier actions', () => {
    let scene: LiveScene;
    beforeAll(async () => {
      scene = await liveScene(t, cast, MeetingStatus.AGENDA_LOCKED);
      await inProgress(t, scene);
    });

    it('needs a reason for not done (the rules of updateAction), and writes nothing without one', async () => {
      const res = await chair.send(REVIEW, { input: { meetingId: scene.meeting.id, actionId: scene.openActionId, version: 1, status: 'NOT_DONE' } });
      expect(GraphQLTestClient.codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields).toEqual({ note: 'Enter why the action was not done' });
      const [row] = await t.dataSource.query(`SELECT reviewed_at FROM meeting_action_review WHERE action_id = $1`, [scene.openActionId]);
      expect(row.reviewed_at).toBeNull();
    });

    it('refuses a stale version with CONFLICT', async () => {
      const res = await chair.send(REVIEW, {
        input: { meetingId: scene.meeting.id, actionId: scene.openActionId, version: 7, status: 'NOT_DONE', note: 'The agency had no capacity' },
      });
      expect(GraphQLTestClient.codeOf(res)).toBe('CONFLICT');
    });

    it('gives the action its current status with the reason, and marks the review', async () => {
      const res = await chair.send<{ reviewAction: ReviewResult }>(REVIEW, {
        input: { meetingId: scene.meeting.id, actionId: scene.openActionId, version: 1, status: 'NOT_DONE', note: 'The agency had no capacity' },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data!.reviewAction).toMatchObject({
        action: { id: scene.openActionId, status: 'NOT_DONE', statusReason: 'The agency had no capacity', version: 2 },
        statusAtStart: 'OPEN',
        reviewedStatus: 'NOT_DONE',
      });
      expect(res.data!.reviewAction.reviewedAt).toBeTruthy();
      expect(res.data!.reviewAction.reviewedBy).toMatch(/^Test User /);
      const updates = await t.dataSource.query(`SELECT from_status, to_status, note FROM action_update WHERE action_id = $1 ORDER BY seq`, [
        scene.openActionId,
      ]);
      expect(updates[updates.length - 1]).toEqual({ from_status: 'OPEN', to_status: 'NOT_DONE', note: 'The agency had no capacity' });
    });

    it('accepts "still in progress" as a review without changing a thing about the action', async () => {
      const again = await liveScene(t, cast);
      await inProgress(t, again);
      await t.dataSource.query(`UPDATE meeting_action_review SET status_at_start = 'IN_PROGRESS' WHERE meeting_id = $1`, [again.meeting.id]);
      await t.dataSource.query(`UPDATE action SET status = 'IN_PROGRESS' WHERE id = $1`, [again.openActionId]);
      const res = await chair.send<{ reviewAction: ReviewResult }>(REVIEW, {
        input: { meetingId: again.meeting.id, actionId: again.openActionId, version: 1, status: 'IN_PROGRESS' },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data!.reviewAction).toMatchObject({ action: { status: 'IN_PROGRESS', version: 1 }, reviewedStatus: 'IN_PROGRESS' });
    });

    it('needs the outcome for done', async () => {
      const res = await chair.send(REVIEW, { input: { meetingId: scene.meeting.id, actionId: scene.openActionId, version: 2, status: 'DONE', note: ' ' } });
      expect(GraphQLTestClient.codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields).toEqual({ note: 'Enter the outcome of the action' });
    });

    it('answers NOT_FOUND for an action not listed at this meeting', async () => {
      const res = await chair.send(REVIEW, {
        input: { meetingId: scene.meeting.id, actionId: scene.doneActionId, version: 1, status: 'IN_PROGRESS' },
      });
      expect(GraphQLTestClient.codeOf(res)).toBe('NOT_FOUND');
    });
  });

  describe('the current item and its timer', () => {
    it('starts an item’s timer the first time it is current, stops it on leaving, and keeps the first start on coming back', async () => {
      const scene = await liveScene(t, cast);
      await inProgress(t, scene, false);
      await accepted(t, scene.meeting.id, chair);
      const [first, second] = scene.items;
      const to = (itemId: string | null) => chair.send<{ setCurrentItem: MeetingResult }>(CURRENT, { input: { meetingId: scene.meeting.id, itemId } });

      const one = await to(first.id);
      expect(one.errors).toBeUndefined();
      const started = one.data!.setCurrentItem.currentItem!;
      expect(started).toMatchObject({ id: first.id, discussionEndedAt: null });
      expect(started.discussionStartedAt).toBeTruthy();

      const two = await to(second.id);
      expect(two.data!.setCurrentItem.currentItem?.id).toBe(second.id);
      const [left] = await t.dataSource.query(`SELECT discussion_ended_at FROM agenda_item WHERE id = $1`, [first.id]);
      expect(left.discussion_ended_at).not.toBeNull();

      const back = await to(first.id);
      expect(back.data!.setCurrentItem.currentItem).toMatchObject({ id: first.id, discussionStartedAt: started.discussionStartedAt, discussionEndedAt: null });

      const overview = await to(null);
      expect(overview.data!.setCurrentItem.currentItem).toBeNull();
      const [meeting] = await t.dataSource.query(`SELECT current_item_id FROM meeting WHERE id = $1`, [scene.meeting.id]);
      expect(meeting.current_item_id).toBeNull();
    });

    it('refuses an item of another meeting', async () => {
      const scene = await liveScene(t, cast);
      await inProgress(t, scene, false);
      const res = await chair.send(CURRENT, { input: { meetingId: scene.meeting.id, itemId: scene.nextItem.id } });
      expect(GraphQLTestClient.codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields).toEqual({ itemId: 'Choose an item on this meeting’s agenda' });
    });

    it('shows when the child was last discussed and what changed since', async () => {
      const scene = await liveScene(t, cast);
      await inProgress(t, scene, false);
      await accepted(t, scene.meeting.id, chair);
      const childId = scene.childIds[0];
      // Discussed at the previous meeting three days ago; one risk entry before that, one after.
      const earlier = await createAgendaItem(t.dataSource, { meetingId: scene.previous.id, childId });
      await t.dataSource.query(`UPDATE agenda_item SET status = 'DISCUSSED' WHERE id = $1`, [earlier.id]);
      await t.dataSource.query(
        `INSERT INTO agenda_item_outcome (agenda_item_id, decisions, recorded_at) VALUES ($1, '{CONTINUE}', now() - interval '3 days')`,
        [earlier.id],
      );
      await t.dataSource.query(
        `INSERT INTO child_risk (child_id, level, rationale, source, set_at) VALUES
           ($1, 'LOW', 'Before the last discussion', 'AGENCY', now() - interval '5 days'),
           ($1, 'MEDIUM', 'After the last discussion', 'AGENCY', now() - interval '1 day')`,
        [childId],
      );
      const res = await chair.send<{ setCurrentItem: { currentItem: ItemResult } }>(CURRENT, {
        input: { meetingId: scene.meeting.id, itemId: scene.items[0].id },
      });
      expect(res.errors).toBeUndefined();
      const item = res.data!.setCurrentItem.currentItem;
      const [{ recorded_at: recordedAt }] = await t.dataSource.query(`SELECT recorded_at FROM agenda_item_outcome WHERE agenda_item_id = $1`, [earlier.id]);
      expect(new Date(item.lastDiscussedAt!).getTime()).toBe(new Date(recordedAt).getTime());
      const summaries = item.changesSinceLastDiscussion.map((entry) => entry.summary);
      expect(summaries).toContain('Risk level: Medium');
      expect(summaries).not.toContain('Risk level: Low');
      // The action set at the previous meeting (just now, in the scene) is a change too.
      expect(item.changesSinceLastDiscussion.map((entry) => entry.kind)).toContain('ACTION_SET');
    });
  });

  describe('the discussion note', () => {
    it('saves from the version read: of two saves from the same version, one gets CONFLICT', async () => {
      const scene = await liveScene(t, cast);
      await inProgress(t, scene, false);
      await accepted(t, scene.meeting.id, chair);
      const itemId = scene.items[0].id;
      const save = (version: number, discussionSummary: string) =>
        chair.send<{ saveDiscussionNote: { discussionSummary: string; version: number; recordedAt: string | null } }>(NOTE, {
          input: { itemId, version, discussionSummary },
        });
      const both = await Promise.all([save(0, 'First note'), save(0, 'Second note')]);
      expect(both.map((res) => GraphQLTestClient.codeOf(res) ?? 'saved').sort()).toEqual(['CONFLICT', 'saved']);
      const winner = both.find((res) => !res.errors)!.data!.saveDiscussionNote;
      expect(winner).toMatchObject({ version: 1, recordedAt: null });

      const next = await save(1, 'Edited note');
      expect(next.data!.saveDiscussionNote).toMatchObject({ discussionSummary: 'Edited note', version: 2 });
      expect(GraphQLTestClient.codeOf(await save(1, 'Lost edit'))).toBe('CONFLICT');
      const [row] = await t.dataSource.query(`SELECT discussion_summary, version FROM agenda_item_outcome WHERE agenda_item_id = $1`, [itemId]);
      expect(row).toEqual({ discussion_summary: 'Edited note', version: 2 });
    });

    it('is refused to a chair who has not accepted the confidentiality statement', async () => {
      const scene = await liveScene(t, cast);
      await inProgress(t, scene, false);
      const res = await chair.send(NOTE, { input: { itemId: scene.items[0].id, version: 0, discussionSummary: 'Note' } });
      expect(GraphQLTestClient.codeOf(res)).toBe('FORBIDDEN');
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM agenda_item_outcome WHERE agenda_item_id = $1`, [scene.items[0].id]);
      expect(n).toBe(0);
    });
  });

  describe('recording an item’s outcome', () => {
    const outcome = (itemId: string, overrides: Record<string, unknown> = {}) => ({
      input: {
        itemId,
        version: 0,
        discussionSummary: 'Invented: the agencies shared what they know.',
        agreedRiskLevel: RiskLevel.HIGH,
        riskRationale: 'Invented: seen with older males twice this week.',
        decisions: ['CONTINUE', 'NRM_REFERRAL'],
        actions: [
          { description: 'Invented: arrange a return home interview', category: ActionCategory.SAFEGUARDING, ownerAgencyId: cast.attendingAgencyId, dueOn: addDays(today, 7) },
        ],
        ...overrides,
      },
    });

    it('records risk, decisions and actions in one go, with the meeting’s ids on the actions and the audit trail', async () => {
      const scene = await liveScene(t, cast);
      await inProgress(t, scene, false);
      await accepted(t, scene.meeting.id, chair);
      const [item] = scene.items;
      const childId = scene.childIds[0];
      const seq = await lastSeq();
      const res = await chair.send<{ recordItemOutcome: OutcomeResult }>(OUTCOME, outcome(item.id));
      expect(res.errors).toBeUndefined();
      const recorded = res.data!.recordItemOutcome;
      expect(recorded).toMatchObject({ id: item.id, status: 'DISCUSSED', visibility: 'FULL' });
      expect(recorded.outcome).toMatchObject({
        agreedRiskLevel: 'HIGH',
        decisions: ['CONTINUE', 'NRM_REFERRAL'],
        nextReviewOn: addDays(today, t.config.REVIEW_DAYS_HIGH),
        version: 1,
      });
      expect(recorded.outcome.recordedAt).toBeTruthy();
      expect(recorded.outcome.recordedBy).toMatch(/^Test User /);
      expect(recorded.actions).toEqual([
        expect.objectContaining({ source: 'MEETING', meetingId: scene.meeting.id, ownerAgency: { id: cast.attendingAgencyId }, status: 'OPEN' }),
      ]);

      const [risk] = await t.dataSource.query(
        `SELECT level, rationale, source, next_review_on::text AS next FROM child_risk WHERE child_id = $1 ORDER BY set_at DESC LIMIT 1`,
        [childId],
      );
      expect(risk).toEqual({ level: 'HIGH', rationale: 'Invented: seen with older males twice this week.', source: 'MEETING', next: addDays(today, 7) });
      const [child] = await t.dataSource.query(`SELECT risk_level, status FROM child WHERE id = $1`, [childId]);
      expect(child).toEqual({ risk_level: 'HIGH', status: 'REFERRED' });
      const [action] = await t.dataSource.query(`SELECT id, source, meeting_id, agenda_item_id FROM action WHERE agenda_item_id = $1`, [item.id]);
      expect(action).toMatchObject({ source: 'MEETING', meeting_id: scene.meeting.id, agenda_item_id: item.id });
      const notified = await t.dataSource.query(`SELECT kind FROM notification WHERE user_id = $1 AND subject_id = $2`, [
        cast.s['attending practitioner'].id,
        action.id,
      ]);
      expect(notified).toEqual([{ kind: 'ACTION_ASSIGNED' }]);
      const events = await auditSince(seq);
      expect(events).toContainEqual(expect.objectContaining({ operation: 'ALTERATION', subject_type: 'CHILD', subject_ids: [childId] }));
      expect(events).toContainEqual(expect.objectContaining({ operation: 'COLLECTION', subject_type: 'ACTION', subject_ids: [action.id, childId, scene.meeting.id] }));
    });

    it.each([
      ['STEP_DOWN', 'STEPPED_DOWN'],
      ['CLOSE', 'CLOSED'],
    ])('%s changes the child’s status to %s through its history', async (decision, status) => {
      const scene = await liveScene(t, cast);
      await inProgress(t, scene, false);
      await accepted(t, scene.meeting.id, chair);
      const res = await chair.send(OUTCOME, outcome(scene.items[0].id, { decisions: [decision], decisionNotes: 'Invented: needs met elsewhere', actions: [] }));
      expect(res.errors).toBeUndefined();
      const [child] = await t.dataSource.query(`SELECT status, next_review_on FROM child WHERE id = $1`, [scene.childIds[0]]);
      expect(child).toEqual({ status, next_review_on: null });
      const changes = await t.dataSource.query(`SELECT status, reason FROM child_status_change WHERE child_id = $1`, [scene.childIds[0]]);
      expect(changes).toEqual([{ status, reason: 'Invented: needs met elsewhere' }]);
    });

    it('writes nothing when one action is refused (unknown owner person), and refuses a second outcome', async () => {
      const scene = await liveScene(t, cast);
      await inProgress(t, scene, false);
      await accepted(t, scene.meeting.id, chair);
      const itemId = scene.items[0].id;
      const bad = outcome(itemId);
      (bad.input.actions as Record<string, unknown>[])[0].ownerUserId = chair.id;
      const refused = await chair.send(OUTCOME, bad);
      expect(GraphQLTestClient.codeOf(refused)).toBe('BAD_USER_INPUT');
      const [state] = await t.dataSource.query(
        `SELECT (SELECT count(*) FROM child_risk WHERE child_id = $1 AND source = 'MEETING')::int AS risk,
                (SELECT count(*) FROM action WHERE agenda_item_id = $2)::int AS actions,
                (SELECT status FROM agenda_item WHERE id = $2) AS item`,
        [scene.childIds[0], itemId],
      );
      expect(state).toEqual({ risk: 0, actions: 0, item: 'PENDING' });

      expect((await chair.send(OUTCOME, outcome(itemId))).errors).toBeUndefined();
      const again = await chair.send(OUTCOME, outcome(itemId, { version: 1 }));
      expect(GraphQLTestClient.codeOf(again)).toBe('BAD_USER_INPUT');
    });

    it('refuses a stale outcome version with CONFLICT', async () => {
      const scene = await liveScene(t, cast);
      await inProgress(t, scene, false);
      await accepted(t, scene.meeting.id, chair);
      const itemId = scene.items[0].id;
      expect((await chair.send(NOTE, { input: { itemId, version: 0, discussionSummary: 'Note so far' } })).errors).toBeUndefined();
      const res = await chair.send(OUTCOME, outcome(itemId, { version: 0 }));
      expect(GraphQLTestClient.codeOf(res)).toBe('CONFLICT');
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM action WHERE agenda_item_id = $1`, [itemId]);
      expect(n).toBe(0);
    });
  });

  describe('closeMeeting', () => {
    it('is refused while an earlier action is unreviewed, saying how many', async () => {
      const scene = await liveScene(t, cast);
      await inProgress(t, scene);
      const res = await chair.send(CLOSE, { meetingId: scene.meeting.id });
      expect(GraphQLTestClient.codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields).toEqual({
        meetingId: '1 action from earlier meetings still needs a review before the meeting can close',
      });
      const [row] = await t.dataSource.query(`SELECT status FROM meeting WHERE id = $1`, [scene.meeting.id]);
      expect(row.status).toBe('IN_PROGRESS');
    });

    it('carries items not reached to the next scheduled meeting, once per child, and closes', async () => {
      const scene = await liveScene(t, cast);
      await inProgress(t, scene);
      await accepted(t, scene.meeting.id, chair);
      const review = await chair.send(REVIEW, {
        input: { meetingId: scene.meeting.id, actionId: scene.openActionId, version: 1, status: ActionStatus.IN_PROGRESS },
      });
      expect(review.errors).toBeUndefined();
      const [first, second] = scene.items;
      expect((await chair.send(CURRENT, { input: { meetingId: scene.meeting.id, itemId: first.id } })).errors).toBeUndefined();
      const res = await chair.send<{ closeMeeting: MeetingResult }>(CLOSE, { meetingId: scene.meeting.id });
      expect(res.errors).toBeUndefined();
      expect(res.data!.closeMeeting).toMatchObject({ status: 'CLOSED', currentItem: null, unreviewedActionCount: 0 });
      expect(res.data!.closeMeeting.closedAt).toBeTruthy();

      const here = await t.dataSource.query(`SELECT id, status, discussion_ended_at IS NOT NULL AS ended FROM agenda_item WHERE meeting_id = $1 ORDER BY position`, [
        scene.meeting.id,
      ]);
      expect(here).toEqual([
        { id: first.id, status: 'NOT_REACHED', ended: true },
        { id: second.id, status: 'NOT_REACHED', ended: false },
      ]);
      const there = await t.dataSource.query(
        `SELECT id, child_id, position, status, carried_from_item_id, reasons FROM agenda_item WHERE meeting_id = $1 ORDER BY position`,
        [scene.next.id],
      );
      expect(there).toHaveLength(2);
      // The second child was already on the next agenda: one item, with the carried-forward reason added.
      expect(there[0]).toMatchObject({ id: scene.nextItem.id, child_id: scene.childIds[1], carried_from_item_id: second.id });
      expect(there[0].reasons.map((r: { rule: string }) => r.rule)).toEqual(['CHAIR_ADDED', 'CARRIED_FORWARD']);
      expect(there[1]).toMatchObject({ child_id: scene.childIds[0], position: 2, status: 'PENDING', carried_from_item_id: first.id });
      expect(there[1].reasons).toEqual([{ rule: 'CARRIED_FORWARD', detail: expect.stringMatching(/^Not reached at the meeting of \d{1,2} \w+ \d{4}$/) }]);
    });
  });

  describe('what attendees see of the live item', () => {
    const FOLLOW = `mutation($meetingId: ID!) {
      acceptConfidentiality(meetingId: $meetingId) {
        actions { id }
        currentItem { id visibility lastDiscussedAt outcome { agreedRiskLevel decisions } actions { id } changesSinceLastDiscussion { kind } }
      }
    }`;
    interface Followed {
      actions: { id: string }[];
      currentItem: {
        id: string;
        visibility: string;
        outcome: { agreedRiskLevel: string; decisions: string[] } | null;
        actions: { id: string }[];
        changesSinceLastDiscussion: { kind: string }[];
      };
    }

    it('shows the outcome, actions and changes in full to an agency that knows the child, and none of it to one that does not', async () => {
      const scene = await liveScene(t, cast);
      await inProgress(t, scene, false);
      await accepted(t, scene.meeting.id, chair);
      const itemId = scene.items[0].id;
      expect((await chair.send(CURRENT, { input: { meetingId: scene.meeting.id, itemId } })).errors).toBeUndefined();
      const recorded = await chair.send(OUTCOME_FOR_FOLLOWERS, {
        input: {
          itemId,
          version: 0,
          discussionSummary: 'Invented: discussed.',
          agreedRiskLevel: RiskLevel.MEDIUM,
          riskRationale: 'Invented: rationale.',
          decisions: ['CONTINUE'],
          actions: [{ description: 'Invented: visit', category: ActionCategory.SUPPORT, ownerAgencyId: cast.attendingAgencyId, dueOn: addDays(today, 3) }],
        },
      });
      expect(recorded.errors).toBeUndefined();
      const guestAgency = await createAgency(t.dataSource, { kind: AgencyKind.EDUCATION, districtId: cast.districtId });
      await t.dataSource.query(`INSERT INTO meeting_member (meeting_id, agency_id, core) VALUES ($1, $2, false)`, [scene.meeting.id, guestAgency.id]);
      const guest = await sessionFor(t, Role.AGENCY_PRACTITIONER, { districtIds: [cast.districtId], agencyId: guestAgency.id });

      const seq = await lastSeq();
      const lead = await cast.s['attending practitioner'].send<{ acceptConfidentiality: Followed }>(FOLLOW, { meetingId: scene.meeting.id });
      expect(lead.errors).toBeUndefined();
      const full = lead.data!.acceptConfidentiality;
      expect(full.currentItem).toMatchObject({ id: itemId, visibility: 'FULL', outcome: { agreedRiskLevel: 'MEDIUM', decisions: ['CONTINUE'] } });
      expect(full.currentItem.actions).toHaveLength(1);
      expect(full.actions).toEqual(full.currentItem.actions);
      expect(full.currentItem.changesSinceLastDiscussion.map((entry) => entry.kind)).toContain('RISK');
      const consulted = (await auditSince(seq)).filter((e) => e.operation === 'CONSULTATION');
      expect(consulted).toContainEqual(
        expect.objectContaining({ subject_type: 'CHILD', subject_ids: [scene.childIds[0]], justification: `meeting ${scene.meeting.id}: item shown in full` }),
      );
      expect(consulted).toContainEqual(expect.objectContaining({ subject_type: 'ACTION', subject_ids: full.actions.map((a) => a.id) }));

      const other = await guest.send<{ acceptConfidentiality: Followed }>(FOLLOW, { meetingId: scene.meeting.id });
      expect(other.errors).toBeUndefined();
      expect(other.data!.acceptConfidentiality).toEqual({
        actions: [],
        currentItem: { id: itemId, visibility: 'RESTRICTED', lastDiscussedAt: null, outcome: null, actions: [], changesSinceLastDiscussion: [] },
      });
    });
  });
});

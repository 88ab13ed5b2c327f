import { addDays, todayInLondon } from '@mace/api-children';
import { MeetingEventsService } from '@mace/api-meetings';
import { ActionCategory, MeetingEventKind, MeetingStatus, RiskLevel } from '@mace/shared-domain';
import { startTestApp, TestApp } from '@mace/api-testing';
import { Client } from 'graphql-ws';
import { createApiApp } from '../src/bootstrap/create-api-app';
import { accepted, castForLiveMeetings, inProgress, LiveCast, liveScene, LiveScene } from './meetings-live-fixtures';
import { follow, listen, socketClient, until, whenListening } from './meetings-subscription-fixtures';

/**
 * Live for everyone, in one API process: clients follow a meeting over a real websocket
 * (graphql-ws, signed in by the session cookie of the upgrade request), the chair records an
 * outcome over HTTP, and each follower receives OUTCOME_RECORDED for that item. Callers who may
 * not open the meeting are refused when they subscribe.
 */
describe('meeting events over graphql-ws', () => {
  let t: TestApp;
  let cast: LiveCast;
  let url: string;
  let scene: LiveScene;
  const clients: Client[] = [];

  const client = (token?: string) => {
    const c = socketClient(url, token);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
    url = await listen(t.server);
    cast = await castForLiveMeetings(t);
    scene = await liveScene(t, cast);
    await inProgress(t, scene, false);
    await accepted(t, scene.meeting.id, cast.s['chair of the district']);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await t.close();
  });

  it('tells two other signed-in clients when the chair records an outcome', async () => {
    const attendee = follow(client(cast.s['attending practitioner'].token), scene.meeting.id);
    const spoc = follow(client(cast.s['SPOC of the district'].token), scene.meeting.id);
    const events = t.app.get(MeetingEventsService);
    await whenListening([attendee, spoc], () => events.publish(scene.meeting.id, MeetingEventKind.AGENDA_CHANGED));

    const chair = cast.s['chair of the district'];
    const itemId = scene.items[0].id;
    const recorded = await chair.send(
      `mutation($input: RecordItemOutcomeInput!) { recordItemOutcome(input: $input) { id status } }`,
      {
        input: {
          itemId,
          version: 0,
          discussionSummary: 'Invented: agencies shared what they know.',
          agreedRiskLevel: RiskLevel.MEDIUM,
          riskRationale: 'Invented: fewer missing episodes.',
          decisions: ['CONTINUE'],
          actions: [{ description: 'Invented: school visit', category: ActionCategory.SUPPORT, ownerAgencyId: cast.attendingAgencyId, dueOn: addDays(todayInLondon(), 5) }],
        },
      },
    );
    expect(recorded.errors).toBeUndefined();

    for (const follower of [attendee, spoc]) {
      await until(() => follower.events.some((e) => e.kind === 'OUTCOME_RECORDED'), 'OUTCOME_RECORDED');
      const event = follower.events.find((e) => e.kind === 'OUTCOME_RECORDED')!;
      expect(event).toEqual({ meetingId: scene.meeting.id, kind: 'OUTCOME_RECORDED', itemId, at: expect.any(String), byUserId: chair.id });
      expect(follower.errors).toEqual([]);
    }
    attendee.stop();
    spoc.stop();
  });

  it.each([
    ['a practitioner whose agency is not invited', 'non-attending practitioner', 'NOT_FOUND'],
    ['the chair of another district', 'chair of another district', 'NOT_FOUND'],
    ['an analyst (no meeting permission)', 'analyst', 'FORBIDDEN'],
  ] as const)('refuses %s on subscribe', async (_name, who, code) => {
    const outsider = follow(client(cast.s[who].token), scene.meeting.id);
    await until(() => outsider.errors.length > 0, 'the refusal');
    expect(outsider.errors[0].map((e) => e.extensions?.code)).toEqual([code]);
    expect(outsider.events).toEqual([]);
  });

  it('refuses a socket without a session', async () => {
    const anonymous = follow(client(), scene.meeting.id);
    await until(() => anonymous.errors.length > 0, 'the refusal');
    expect(anonymous.errors[0].map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('carries subscriptions only: a query over the socket is refused', async () => {
    const sneaky = follow(client(cast.s['chair of the district'].token), scene.meeting.id, `query { me { id } }`);
    await until(() => sneaky.errors.length > 0, 'the refusal');
    expect(sneaky.errors[0][0].message).toMatch(/subscriptions only/);
  });

  it('tells followers when the meeting closes', async () => {
    const other = await liveScene(t, cast, MeetingStatus.IN_PROGRESS);
    const attendee = follow(client(cast.s['attending practitioner'].token), other.meeting.id);
    const events = t.app.get(MeetingEventsService);
    await whenListening([attendee], () => events.publish(other.meeting.id, MeetingEventKind.AGENDA_CHANGED));
    const closed = await cast.s['chair of the district'].send(`mutation($id: ID!) { closeMeeting(meetingId: $id) { status } }`, { id: other.meeting.id });
    expect(closed.errors).toBeUndefined();
    await until(() => attendee.events.some((e) => e.kind === 'MEETING_CLOSED'), 'MEETING_CLOSED');
    attendee.stop();
  });
});

import { AgendaRule, AuditOperation, MeetingKind, MeetingStatus } from '@mace/shared-domain';
import { createAgency, GraphQLTestClient, startTestApp, TestApp, uniqueSuffix } from '@mace/api-testing';
import { createApiApp } from '../src/bootstrap/create-api-app';
import { agendaWorld, AgendaWorld, auditSince, lastAuditSeq, worldMeeting, worldMeetingType } from './meetings-agenda-fixtures';

const CREATE_TYPE = `mutation($input: CreateMeetingTypeInput!) {
  createMeetingType(input: $input) {
    id kind name cadenceDays defaultStartTime defaultDurationMinutes defaultTimeboxMinutes agendaRules confidentialityStatement active version
    district { id } coreAgencies { id }
  }
}`;
const UPDATE_TYPE = `mutation($input: UpdateMeetingTypeInput!) { updateMeetingType(input: $input) { id name cadenceDays active version coreAgencies { id } } }`;
const SCHEDULE = `mutation($input: ScheduleMeetingInput!) {
  scheduleMeeting(input: $input) { id seriesId startsAt durationMinutes place status version canManage type { id } district { id } }
}`;
const CANCEL = `mutation($input: CancelMeetingInput!) { cancelMeeting(input: $input) { id status cancelledReason version } }`;
const MEETINGS = `query($filter: MeetingFilter, $first: Int, $after: String) {
  meetings(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id startsAt status } }
}`;
const MEETING = `query($id: ID!) {
  meeting(id: $id) { id title confidentialityStatement district { id name } type { id name } previousMeeting { id } canManage canContribute }
}`;

const DAY = 24 * 3600 * 1000;

describe('meetings: types, scheduling, cancelling, listing', () => {
  let t: TestApp;
  let w: AgendaWorld;

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
    w = await agendaWorld(t);
  });
  afterAll(() => t.close());

  const typeInput = (overrides: Record<string, unknown> = {}) => ({
    districtId: w.district,
    kind: MeetingKind.MACE,
    name: `Invented MACE ${uniqueSuffix()}`,
    cadenceDays: 7,
    agendaRules: [AgendaRule.NEW_REFERRAL, AgendaRule.REVIEW_DUE],
    confidentialityStatement: 'An invented confidentiality statement for a test.',
    coreAgencyIds: [w.leadAgency, w.attendingAgency],
    ...overrides,
  });

  it('a chair configures a type for their district (defaults applied, COLLECTION audited) and changes it with its version', async () => {
    const chair = w.s['chair of the district'];
    const seq = await lastAuditSeq(t);
    const created = await chair.send<{ createMeetingType: Record<string, unknown> & { id: string } }>(CREATE_TYPE, { input: typeInput({ name: 'Invented Sheffield MACE' }) });
    expect(created.errors).toBeUndefined();
    const type = created.data!.createMeetingType;
    expect(type).toMatchObject({
      kind: 'MACE',
      name: 'Invented Sheffield MACE',
      cadenceDays: 7,
      defaultStartTime: '10:00',
      defaultDurationMinutes: 120,
      defaultTimeboxMinutes: 10,
      agendaRules: ['NEW_REFERRAL', 'REVIEW_DUE'],
      active: true,
      version: 1,
      district: { id: w.district },
    });
    expect((type.coreAgencies as { id: string }[]).map((a) => a.id).sort()).toEqual([w.leadAgency, w.attendingAgency].sort());
    expect(await auditSince(t, seq)).toEqual([
      { operation: AuditOperation.COLLECTION, subject_type: 'MEETING_TYPE', subject_ids: [type.id], justification: 'meeting type created', recipients: [] },
    ]);

    const seq2 = await lastAuditSeq(t);
    const changed = await chair.send<{ updateMeetingType: Record<string, unknown> }>(UPDATE_TYPE, {
      input: { id: type.id, version: 1, cadenceDays: 14, coreAgencyIds: [w.attendingAgency] },
    });
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.updateMeetingType).toMatchObject({ cadenceDays: 14, version: 2, coreAgencies: [{ id: w.attendingAgency }] });
    expect((await auditSince(t, seq2)).map((e) => [e.operation, e.justification])).toEqual([['ALTERATION', 'changed: cadenceDays, coreAgencyIds']]);

    const stale = await chair.send(UPDATE_TYPE, { input: { id: type.id, version: 1, active: false } });
    expect(GraphQLTestClient.codeOf(stale)).toBe('CONFLICT');
  });

  it('an administrator configures any district; a chair of another district is refused', async () => {
    const byAdmin = await w.s.administrator.send<{ createMeetingType: { id: string } }>(CREATE_TYPE, { input: typeInput() });
    expect(byAdmin.errors).toBeUndefined();
    const refused = await w.s['chair of another district'].send(CREATE_TYPE, { input: typeInput() });
    expect(GraphQLTestClient.codeOf(refused)).toBe('FORBIDDEN');
    const change = await w.s['chair of another district'].send(UPDATE_TYPE, { input: { id: byAdmin.data!.createMeetingType.id, version: 1, name: 'Renamed' } });
    expect(GraphQLTestClient.codeOf(change)).toBe('FORBIDDEN');
  });

  it('a core agency that is inactive is refused, naming the field', async () => {
    const inactive = await createAgency(t.dataSource, { districtId: w.district });
    await t.dataSource.query(`UPDATE agency SET active = false WHERE id = $1`, [inactive.id]);
    const res = await w.s['chair of the district'].send(CREATE_TYPE, { input: typeInput({ coreAgencyIds: [w.leadAgency, inactive.id] }) });
    expect(GraphQLTestClient.codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields).toEqual({ coreAgencyIds: 'Choose active agencies that exist' });
  });

  it('schedules a single meeting: the type’s duration, its core agencies invited, no series, COLLECTION audited', async () => {
    const type = await worldMeetingType(t, w);
    const startsAt = new Date(Date.now() + 10 * DAY);
    const seq = await lastAuditSeq(t);
    const res = await w.s['chair of the district'].send<{ scheduleMeeting: Record<string, unknown>[] }>(SCHEDULE, {
      input: { meetingTypeId: type.id, startsAt: startsAt.toISOString(), place: 'Invented Room 1' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.scheduleMeeting).toEqual([
      expect.objectContaining({
        seriesId: null,
        startsAt: startsAt.toISOString(),
        durationMinutes: 120,
        place: 'Invented Room 1',
        status: 'SCHEDULED',
        version: 1,
        canManage: true,
        type: { id: type.id },
        district: { id: w.district },
      }),
    ]);
    const id = res.data!.scheduleMeeting[0].id as string;
    const members = await t.dataSource.query(`SELECT agency_id, core, attendance FROM meeting_member WHERE meeting_id = $1 ORDER BY agency_id`, [id]);
    expect(members).toEqual(
      [w.leadAgency, w.attendingAgency].sort().map((agency_id) => ({ agency_id, core: true, attendance: 'NOT_RECORDED' })),
    );
    expect(await auditSince(t, seq)).toEqual([
      { operation: 'COLLECTION', subject_type: 'MEETING', subject_ids: [id], justification: 'meeting scheduled', recipients: [] },
    ]);
  });

  it('schedules a series: one series row, every meeting at the same London time, the type’s cadence by default', async () => {
    const type = await worldMeetingType(t, w);
    const first = new Date(Date.now() + 3 * DAY);
    const res = await w.s['chair of the district'].send<{ scheduleMeeting: { id: string; seriesId: string; startsAt: string }[] }>(SCHEDULE, {
      input: { meetingTypeId: type.id, startsAt: first.toISOString(), repeatCount: 4, durationMinutes: 90 },
    });
    expect(res.errors).toBeUndefined();
    const meetings = res.data!.scheduleMeeting;
    expect(meetings).toHaveLength(4);
    const seriesIds = new Set(meetings.map((m) => m.seriesId));
    expect(seriesIds.size).toBe(1);
    const [series] = await t.dataSource.query(`SELECT meeting_type_id, every_days FROM meeting_series WHERE id = $1`, [[...seriesIds][0]]);
    expect(series).toEqual({ meeting_type_id: type.id, every_days: 7 });
    const londonTime = (iso: string) => new Date(iso).toLocaleTimeString('en-GB', { timeZone: 'Europe/London' });
    const londonDay = (iso: string) => new Date(iso).toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
    for (const [index, meeting] of meetings.entries()) {
      expect(londonTime(meeting.startsAt)).toBe(londonTime(first.toISOString()));
      const expectedDay = new Date(`${londonDay(first.toISOString())}T12:00:00Z`);
      expectedDay.setUTCDate(expectedDay.getUTCDate() + 7 * index);
      expect(londonDay(meeting.startsAt)).toBe(expectedDay.toISOString().slice(0, 10));
    }
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM meeting_member WHERE meeting_id = ANY($1)`, [meetings.map((m) => m.id)]);
    expect(n).toBe(8);
  });

  it('refuses a start in the past, and a chair of another district', async () => {
    const type = await worldMeetingType(t, w);
    const past = await w.s['chair of the district'].send(SCHEDULE, { input: { meetingTypeId: type.id, startsAt: new Date(Date.now() - DAY).toISOString() } });
    expect(GraphQLTestClient.codeOf(past)).toBe('BAD_USER_INPUT');
    expect(past.errors?.[0].extensions?.fields).toEqual({ startsAt: 'The meeting must start in the future' });
    const other = await w.s['chair of another district'].send(SCHEDULE, { input: { meetingTypeId: type.id, startsAt: new Date(Date.now() + DAY).toISOString() } });
    expect(GraphQLTestClient.codeOf(other)).toBe('FORBIDDEN');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM meeting WHERE meeting_type_id = $1`, [type.id]);
    expect(n).toBe(0);
  });

  it('cancels a meeting that has not started, with its version; not once started', async () => {
    const type = await worldMeetingType(t, w);
    const meeting = await worldMeeting(t, type);
    const chair = w.s['chair of the district'];
    const stale = await chair.send(CANCEL, { input: { meetingId: meeting.id, reason: 'Invented: room unavailable', version: 2 } });
    expect(GraphQLTestClient.codeOf(stale)).toBe('CONFLICT');
    const res = await chair.send<{ cancelMeeting: Record<string, unknown> }>(CANCEL, { input: { meetingId: meeting.id, reason: 'Invented: room unavailable', version: 1 } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.cancelMeeting).toEqual({ id: meeting.id, status: 'CANCELLED', cancelledReason: 'Invented: room unavailable', version: 2 });
    const again = await chair.send(CANCEL, { input: { meetingId: meeting.id, reason: 'Again', version: 2 } });
    expect(again.errors?.[0].extensions?.fields).toEqual({ meetingId: 'This meeting is already cancelled' });

    const started = await worldMeeting(t, type, { status: MeetingStatus.IN_PROGRESS, startsAt: new Date(Date.now() - 3600 * 1000) });
    const late = await chair.send(CANCEL, { input: { meetingId: started.id, reason: 'Too late', version: 1 } });
    expect(late.errors?.[0].extensions?.fields).toEqual({ meetingId: 'A meeting that has started cannot be cancelled' });
  });

  it('lists upcoming meetings soonest first and past ones latest first, a page at a time', async () => {
    const type = await worldMeetingType(t, w);
    const at = (days: number) => new Date(Date.now() + days * DAY);
    const soon = await worldMeeting(t, type, { startsAt: at(2) });
    const later = await worldMeeting(t, type, { startsAt: at(9) });
    const lastWeek = await worldMeeting(t, type, { startsAt: at(-7), status: MeetingStatus.CLOSED });
    const twoWeeksAgo = await worldMeeting(t, type, { startsAt: at(-14), status: MeetingStatus.CLOSED });
    const cancelled = await worldMeeting(t, type, { startsAt: at(5), status: MeetingStatus.CANCELLED });
    const chair = w.s['chair of the district'];
    const ids = async (filter: Record<string, unknown>, first = 25, after?: string) => {
      const res = await chair.send<{ meetings: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { id: string }[] } }>(
        MEETINGS,
        { filter: { meetingTypeId: type.id, ...filter }, first, after },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.meetings;
    };
    expect((await ids({ when: 'UPCOMING' })).nodes.map((n) => n.id)).toEqual([soon.id, later.id]);
    expect((await ids({ when: 'PAST' })).nodes.map((n) => n.id)).toEqual([lastWeek.id, twoWeeksAgo.id]);
    expect((await ids({})).nodes.map((n) => n.id)).toEqual([twoWeeksAgo.id, lastWeek.id, soon.id, cancelled.id, later.id]);
    expect((await ids({ status: ['CANCELLED'] })).nodes.map((n) => n.id)).toEqual([cancelled.id]);
    const page1 = await ids({ when: 'ALL' }, 2);
    expect(page1.totalCount).toBe(5);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = await ids({ when: 'ALL' }, 2, page1.pageInfo.endCursor);
    expect(page2.nodes.map((n) => n.id)).toEqual([soon.id, cancelled.id]);
  });

  it('a meeting reads its title (London day), its type’s statement, and the previous meeting of the type that was not cancelled', async () => {
    const type = await worldMeetingType(t, w);
    await t.dataSource.query(`UPDATE meeting_type SET name = 'Invented Sheffield MACE ' || $2 WHERE id = $1`, [type.id, uniqueSuffix()]);
    const [{ name }] = await t.dataSource.query(`SELECT name FROM meeting_type WHERE id = $1`, [type.id]);
    const previous = await worldMeeting(t, type, { startsAt: new Date('2026-01-14T10:00:00Z'), status: MeetingStatus.CLOSED });
    await worldMeeting(t, type, { startsAt: new Date('2026-01-21T10:00:00Z'), status: MeetingStatus.CANCELLED });
    const meeting = await worldMeeting(t, type, { startsAt: new Date('2026-12-03T10:00:00Z') });
    const res = await w.s['chair of the district'].send<{ meeting: Record<string, unknown> }>(MEETING, { id: meeting.id });
    expect(res.errors).toBeUndefined();
    expect(res.data!.meeting).toMatchObject({
      title: `${name}, Thursday 3 December 2026`,
      confidentialityStatement: 'What is said here stays here: an invented statement for a test.',
      district: { id: w.district },
      type: { id: type.id, name },
      previousMeeting: { id: previous.id },
      canManage: true,
      canContribute: true,
    });
    // An attending agency's practitioner opens it too, and may contribute but not manage.
    const attending = await w.s['practitioner of an attending agency'].send<{ meeting: Record<string, unknown> }>(MEETING, { id: meeting.id });
    expect(attending.data!.meeting).toMatchObject({ canManage: false, canContribute: true, previousMeeting: { id: previous.id } });
  });
});

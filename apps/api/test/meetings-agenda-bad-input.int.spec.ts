import { randomUUID } from 'node:crypto';
import { AgendaItemStatus, ChildStatus, MeetingKind, MeetingStatus } from '@mace/shared-domain';
import { createAgendaItem, createChild, GraphQLTestClient, startTestApp, TestApp, TestSession, uniqueSuffix } from '@mace/api-testing';
import { createApiApp } from '../src/bootstrap/create-api-app';
import { acceptStatement, agendaWorld, AgendaWorld, meetingState, worldMeeting, worldMeetingType } from './meetings-agenda-fixtures';

/**
 * Bad input to every AGENDA mutation, from someone allowed to make it: BAD_USER_INPUT with a
 * message per field, and nothing written. (Listed in COVERED_IN of bad-input.int.spec.ts.)
 */
const MUTATIONS = {
  createMeetingType: `mutation($input: CreateMeetingTypeInput!) { createMeetingType(input: $input) { id } }`,
  updateMeetingType: `mutation($input: UpdateMeetingTypeInput!) { updateMeetingType(input: $input) { id } }`,
  scheduleMeeting: `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
  cancelMeeting: `mutation($input: CancelMeetingInput!) { cancelMeeting(input: $input) { id } }`,
  buildAgenda: `mutation($meetingId: ID!) { buildAgenda(meetingId: $meetingId) { id } }`,
  addAgendaItem: `mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }`,
  removeAgendaItem: `mutation($input: RemoveAgendaItemInput!) { removeAgendaItem(input: $input) { id } }`,
  moveAgendaItem: `mutation($input: MoveAgendaItemInput!) { moveAgendaItem(input: $input) { id } }`,
  updateAgendaItem: `mutation($input: UpdateAgendaItemInput!) { updateAgendaItem(input: $input) { id } }`,
  lockAgenda: `mutation($meetingId: ID!) { lockAgenda(meetingId: $meetingId) { id } }`,
  saveAgendaItemUpdate: `mutation($input: SaveAgendaItemUpdateInput!) { saveAgendaItemUpdate(input: $input) { id } }`,
  shareAgendaItem: `mutation($itemId: ID!) { shareAgendaItem(itemId: $itemId) { id } }`,
};

interface Fixtures {
  w: AgendaWorld;
  typeId: string;
  typeName: string;
  inactiveTypeId: string;
  meetingId: string;
  lockedMeetingId: string;
  cancelledMeetingId: string;
  childId: string;
  childItemId: string;
  themeItemId: string;
  removedItemId: string;
  sharedItemId: string;
}

interface BadInputCase {
  mutation: keyof typeof MUTATIONS;
  name: string;
  variables: (f: Fixtures) => Record<string, unknown>;
  fields: Record<string, string>;
  /** Who sends it: the chair of the district unless told otherwise. */
  as?: 'administrator' | 'lead practitioner';
}

const TOO_LONG = 'x'.repeat(100_000);
const VERSION = 'version must not be less than 1';
const CADENCE = 'Cadence must be a whole number of days from 1 to 92';
const TIMEBOX = 'Timebox must be a whole number of minutes from 1 to 120';
const ITEM_ID = 'Agenda item id is not valid';
const MEETING_ID = 'Meeting id is not valid';
const inFuture = () => new Date(Date.now() + 5 * 24 * 3600 * 1000).toISOString();

const newType = (f: Fixtures, overrides: Record<string, unknown>) => ({
  input: {
    districtId: f.w.district,
    kind: MeetingKind.MACE,
    name: `Invented type ${uniqueSuffix()}`,
    cadenceDays: 7,
    agendaRules: ['REVIEW_DUE'],
    confidentialityStatement: 'Invented statement',
    coreAgencyIds: [f.w.leadAgency],
    ...overrides,
  },
});
const typeChange = (f: Fixtures, overrides: Record<string, unknown>) => ({ input: { id: f.typeId, version: 1, ...overrides } });
const schedule = (f: Fixtures, overrides: Record<string, unknown>) => ({ input: { meetingTypeId: f.typeId, startsAt: inFuture(), ...overrides } });
const add = (f: Fixtures, overrides: Record<string, unknown>) => ({ input: { meetingId: f.meetingId, reason: 'Invented reason', ...overrides } });
const itemChange = (f: Fixtures, overrides: Record<string, unknown>) => ({ input: { itemId: f.childItemId, version: 1, ...overrides } });

const CASES: BadInputCase[] = [
  // createMeetingType
  { mutation: 'createMeetingType', name: 'empty name and statement', variables: (f) => newType(f, { name: ' ', confidentialityStatement: '' }), fields: { name: 'Enter the name of the meeting type', confidentialityStatement: 'Enter the confidentiality statement' } },
  { mutation: 'createMeetingType', name: '100 KB statement and a long name', variables: (f) => newType(f, { confidentialityStatement: TOO_LONG, name: 'N'.repeat(121) }), fields: { confidentialityStatement: 'Confidentiality statement must be 4000 characters or fewer', name: 'Name must be 120 characters or fewer' } },
  { mutation: 'createMeetingType', name: 'cadence of 0 days', variables: (f) => newType(f, { cadenceDays: 0 }), fields: { cadenceDays: CADENCE } },
  { mutation: 'createMeetingType', name: 'cadence of 93 days', variables: (f) => newType(f, { cadenceDays: 93 }), fields: { cadenceDays: CADENCE } },
  { mutation: 'createMeetingType', name: 'start time not hh:mm', variables: (f) => newType(f, { defaultStartTime: '25:00' }), fields: { defaultStartTime: 'Enter the start time as hh:mm, like 10:00' } },
  { mutation: 'createMeetingType', name: 'duration and timebox out of range', variables: (f) => newType(f, { defaultDurationMinutes: 10, defaultTimeboxMinutes: 0 }), fields: { defaultDurationMinutes: 'Duration must be a whole number of minutes from 15 to 480', defaultTimeboxMinutes: TIMEBOX } },
  { mutation: 'createMeetingType', name: 'an unknown rule', variables: (f) => newType(f, { agendaRules: ['REVIEW_DUE', 'MARTIAN'] }), fields: { 'agendaRules[1]': 'Choose an option from the list' } },
  { mutation: 'createMeetingType', name: 'CHAIR_ADDED as a rule', variables: (f) => newType(f, { agendaRules: ['CHAIR_ADDED'] }), fields: { agendaRules: 'Choose agenda rules from the list' } },
  { mutation: 'createMeetingType', name: 'a rule twice', variables: (f) => newType(f, { agendaRules: ['REVIEW_DUE', 'REVIEW_DUE'] }), fields: { agendaRules: 'Choose each agenda rule once' } },
  { mutation: 'createMeetingType', name: 'no core agencies', variables: (f) => newType(f, { coreAgencyIds: [] }), fields: { coreAgencyIds: 'Choose at least one core member agency' } },
  { mutation: 'createMeetingType', name: 'malformed core agency id', variables: (f) => newType(f, { coreAgencyIds: ['agency-1'] }), fields: { coreAgencyIds: 'Core member agency ids are not valid' } },
  { mutation: 'createMeetingType', name: 'unknown core agency', variables: (f) => newType(f, { coreAgencyIds: [f.w.leadAgency, randomUUID()] }), fields: { coreAgencyIds: 'Choose active agencies that exist' } },
  { as: 'administrator', mutation: 'createMeetingType', name: 'unknown district', variables: (f) => newType(f, { districtId: randomUUID() }), fields: { districtId: 'Choose a district that exists' } },
  { mutation: 'createMeetingType', name: 'name already used in the district (other case)', variables: (f) => newType(f, { name: f.typeName.toUpperCase() }), fields: { name: 'A meeting type with this name already exists in the district' } },

  // updateMeetingType
  { mutation: 'updateMeetingType', name: 'malformed id', variables: (f) => typeChange(f, { id: 'type-1', name: 'x' }), fields: { id: 'Meeting type id is not valid' } },
  { mutation: 'updateMeetingType', name: 'version 0', variables: (f) => typeChange(f, { version: 0, name: 'x' }), fields: { version: VERSION } },
  { mutation: 'updateMeetingType', name: 'name sent as null', variables: (f) => typeChange(f, { name: null }), fields: { name: 'Enter the name of the meeting type' } },
  { mutation: 'updateMeetingType', name: 'cadence of 100 days', variables: (f) => typeChange(f, { cadenceDays: 100 }), fields: { cadenceDays: CADENCE } },
  { mutation: 'updateMeetingType', name: 'core agencies emptied', variables: (f) => typeChange(f, { coreAgencyIds: [] }), fields: { coreAgencyIds: 'Choose at least one core member agency' } },
  { mutation: 'updateMeetingType', name: 'nothing to change', variables: (f) => typeChange(f, {}), fields: { name: 'Change at least one setting' } },

  // scheduleMeeting
  { mutation: 'scheduleMeeting', name: 'a start in the past', variables: (f) => schedule(f, { startsAt: new Date(Date.now() - 60_000).toISOString() }), fields: { startsAt: 'The meeting must start in the future' } },
  { mutation: 'scheduleMeeting', name: 'a start that is not a date', variables: (f) => schedule(f, { startsAt: 'next Tuesday' }), fields: { startsAt: 'Enter the start as a date and time' } },
  { mutation: 'scheduleMeeting', name: 'malformed type id', variables: (f) => schedule(f, { meetingTypeId: 'type-1' }), fields: { meetingTypeId: 'Choose a meeting type' } },
  { mutation: 'scheduleMeeting', name: 'unknown type', variables: (f) => schedule(f, { meetingTypeId: randomUUID() }), fields: { meetingTypeId: 'Choose a meeting type that exists' } },
  { mutation: 'scheduleMeeting', name: 'inactive type', variables: (f) => schedule(f, { meetingTypeId: f.inactiveTypeId }), fields: { meetingTypeId: 'This meeting type is no longer in use' } },
  { mutation: 'scheduleMeeting', name: '53 meetings at every 0 days', variables: (f) => schedule(f, { repeatCount: 53, everyDays: 0 }), fields: { repeatCount: 'Schedule from 1 to 52 meetings at once', everyDays: 'Interval must be a whole number of days from 1 to 92' } },
  { mutation: 'scheduleMeeting', name: 'duration of 500 minutes and a long place', variables: (f) => schedule(f, { durationMinutes: 500, place: TOO_LONG }), fields: { durationMinutes: 'Duration must be a whole number of minutes from 15 to 480', place: 'Place must be 200 characters or fewer' } },

  // cancelMeeting
  { mutation: 'cancelMeeting', name: 'no reason', variables: (f) => ({ input: { meetingId: f.meetingId, version: 1, reason: '  ' } }), fields: { reason: 'Enter why the meeting is cancelled' } },
  { mutation: 'cancelMeeting', name: '100 KB reason', variables: (f) => ({ input: { meetingId: f.meetingId, version: 1, reason: TOO_LONG } }), fields: { reason: 'Reason must be 2000 characters or fewer' } },
  { mutation: 'cancelMeeting', name: 'malformed id and version 0', variables: () => ({ input: { meetingId: 'meeting-1', version: 0, reason: 'x' } }), fields: { meetingId: MEETING_ID, version: VERSION } },
  { mutation: 'cancelMeeting', name: 'already cancelled', variables: (f) => ({ input: { meetingId: f.cancelledMeetingId, version: 1, reason: 'Again' } }), fields: { meetingId: 'This meeting is already cancelled' } },

  // buildAgenda
  { mutation: 'buildAgenda', name: 'malformed id', variables: () => ({ meetingId: 'meeting-1' }), fields: { meetingId: MEETING_ID } },
  { mutation: 'buildAgenda', name: 'a locked agenda', variables: (f) => ({ meetingId: f.lockedMeetingId }), fields: { meetingId: 'The agenda is locked' } },
  { mutation: 'buildAgenda', name: 'a cancelled meeting', variables: (f) => ({ meetingId: f.cancelledMeetingId }), fields: { meetingId: 'The meeting is cancelled' } },

  // addAgendaItem
  { mutation: 'addAgendaItem', name: 'neither a child nor a theme', variables: (f) => add(f, {}), fields: { childId: 'Choose a child or enter a theme' } },
  { mutation: 'addAgendaItem', name: 'both a child and a theme', variables: (f) => add(f, { childId: f.childId, themeTitle: 'Invented' }), fields: { themeTitle: 'Choose a child or enter a theme, not both' } },
  { mutation: 'addAgendaItem', name: 'empty reason, long theme', variables: (f) => add(f, { reason: '', themeTitle: TOO_LONG }), fields: { reason: 'Enter why the item is on the agenda', themeTitle: 'Theme must be 200 characters or fewer' } },
  { mutation: 'addAgendaItem', name: 'a reason longer than a line', variables: (f) => add(f, { themeTitle: 'Invented', reason: 'r'.repeat(301) }), fields: { reason: 'Reason must be 300 characters or fewer' } },
  { mutation: 'addAgendaItem', name: 'malformed child id', variables: (f) => add(f, { childId: 'child-1' }), fields: { childId: 'Choose a child of the meeting’s district' } },
  { mutation: 'addAgendaItem', name: 'a child already on the agenda', variables: (f) => add(f, { childId: f.childId }), fields: { childId: 'This child is already on the agenda' } },
  { mutation: 'addAgendaItem', name: 'a locked agenda', variables: (f) => ({ input: { meetingId: f.lockedMeetingId, themeTitle: 'Invented', reason: 'Late' } }), fields: { meetingId: 'The agenda is locked' } },

  // removeAgendaItem
  { mutation: 'removeAgendaItem', name: 'no reason, version 0', variables: (f) => ({ input: { itemId: f.childItemId, version: 0, reason: '' } }), fields: { reason: 'Enter why the item is removed', version: VERSION } },
  { mutation: 'removeAgendaItem', name: 'malformed id', variables: () => ({ input: { itemId: 'item-1', version: 1, reason: 'x' } }), fields: { itemId: ITEM_ID } },
  { mutation: 'removeAgendaItem', name: 'already removed', variables: (f) => ({ input: { itemId: f.removedItemId, version: 1, reason: 'Again' } }), fields: { itemId: 'This item has been removed from the agenda' } },

  // moveAgendaItem
  { mutation: 'moveAgendaItem', name: 'position 0', variables: (f) => itemChange(f, { position: 0 }), fields: { position: 'Position must be 1 or more' } },
  { mutation: 'moveAgendaItem', name: 'beyond the last item', variables: (f) => itemChange(f, { position: 9 }), fields: { position: 'Choose a position from 1 to 3' } },
  { mutation: 'moveAgendaItem', name: 'malformed id', variables: () => ({ input: { itemId: 'item-1', version: 1, position: 1 } }), fields: { itemId: ITEM_ID } },

  // updateAgendaItem
  { mutation: 'updateAgendaItem', name: 'timebox of 0 and malformed presenter', variables: (f) => itemChange(f, { timeboxMinutes: 0, presenterUserId: 'user-1' }), fields: { timeboxMinutes: TIMEBOX, presenterUserId: 'Choose a person of the presenting agency' } },
  { mutation: 'updateAgendaItem', name: 'timebox of 121', variables: (f) => itemChange(f, { timeboxMinutes: 121 }), fields: { timeboxMinutes: TIMEBOX } },
  { mutation: 'updateAgendaItem', name: 'timebox sent as null', variables: (f) => itemChange(f, { timeboxMinutes: null }), fields: { timeboxMinutes: TIMEBOX } },
  { mutation: 'updateAgendaItem', name: 'a presenter agency not invited', variables: (f) => itemChange(f, { presenterAgencyId: f.w.outsideAgency }), fields: { presenterAgencyId: 'Choose an agency invited to the meeting' } },
  { mutation: 'updateAgendaItem', name: 'nothing to change', variables: (f) => itemChange(f, {}), fields: { timeboxMinutes: 'Change the presenter or the timebox' } },

  // lockAgenda
  { mutation: 'lockAgenda', name: 'malformed id', variables: () => ({ meetingId: 'meeting-1' }), fields: { meetingId: MEETING_ID } },
  { mutation: 'lockAgenda', name: 'already locked', variables: (f) => ({ meetingId: f.lockedMeetingId }), fields: { meetingId: 'The agenda is locked' } },

  // saveAgendaItemUpdate
  { as: 'lead practitioner', mutation: 'saveAgendaItemUpdate', name: 'nothing written', variables: (f) => ({ input: { itemId: f.childItemId, concerns: '  ' } }), fields: { contactSinceLast: 'Enter at least one part of the update' } },
  { as: 'lead practitioner', mutation: 'saveAgendaItemUpdate', name: '100 KB texts', variables: (f) => ({ input: { itemId: f.childItemId, concerns: TOO_LONG, childVoice: TOO_LONG } }), fields: { concerns: 'Concerns must be 4,000 characters or fewer', childVoice: 'The child’s voice must be 4,000 characters or fewer' } },
  { as: 'lead practitioner', mutation: 'saveAgendaItemUpdate', name: 'version 0 and malformed item', variables: () => ({ input: { itemId: 'item-1', version: 0, concerns: 'x' } }), fields: { itemId: ITEM_ID, version: VERSION } },
  { as: 'lead practitioner', mutation: 'saveAgendaItemUpdate', name: 'a removed item', variables: (f) => ({ input: { itemId: f.removedItemId, concerns: 'x' } }), fields: { itemId: 'This item has been removed from the agenda' } },

  // shareAgendaItem
  { mutation: 'shareAgendaItem', name: 'malformed id', variables: () => ({ itemId: 'item-1' }), fields: { itemId: ITEM_ID } },
  { mutation: 'shareAgendaItem', name: 'a theme', variables: (f) => ({ itemId: f.themeItemId }), fields: { itemId: 'Every attendee already sees this item' } },
  { mutation: 'shareAgendaItem', name: 'already shared', variables: (f) => ({ itemId: f.sharedItemId }), fields: { itemId: 'This item is already shared with the meeting' } },
];

describe('bad input to the agenda mutations: BAD_USER_INPUT with a message per field, and nothing written', () => {
  let t: TestApp;
  const f = {} as Fixtures;

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
    f.w = await agendaWorld(t);
    const type = await worldMeetingType(t, f.w);
    f.typeId = type.id;
    f.typeName = type.name;
    const inactive = await worldMeetingType(t, f.w);
    await t.dataSource.query(`UPDATE meeting_type SET active = false WHERE id = $1`, [inactive.id]);
    f.inactiveTypeId = inactive.id;
    const meeting = await worldMeeting(t, type);
    f.meetingId = meeting.id;
    f.lockedMeetingId = (await worldMeeting(t, type, { status: MeetingStatus.AGENDA_LOCKED })).id;
    f.cancelledMeetingId = (await worldMeeting(t, type, { status: MeetingStatus.CANCELLED })).id;
    const child = (lead = f.w.leadAgency) => createChild(t.dataSource, { districtId: f.w.district, leadAgencyId: lead, status: ChildStatus.OPEN });
    f.childId = (await child()).id;
    f.childItemId = (await createAgendaItem(t.dataSource, { meetingId: meeting.id, childId: f.childId })).id;
    const [theme] = await t.dataSource.query(
      `INSERT INTO agenda_item (meeting_id, position, subject_type, theme_title, reasons) VALUES ($1, 2, 'THEME', 'Invented theme', '[]') RETURNING id`,
      [meeting.id],
    );
    f.themeItemId = theme.id;
    f.sharedItemId = (await createAgendaItem(t.dataSource, { meetingId: meeting.id, childId: (await child()).id, sharedAt: new Date() })).id;
    f.removedItemId = (await createAgendaItem(t.dataSource, { meetingId: meeting.id, childId: (await child()).id, status: AgendaItemStatus.REMOVED })).id;
    await acceptStatement(t, meeting.id, f.w.leadPractitioner);
  });
  afterAll(() => t.close());

  const sender = (as: BadInputCase['as']): TestSession =>
    as === 'administrator' ? f.w.s.administrator : as === 'lead practitioner' ? f.w.leadPractitioner : f.w.s['chair of the district'];

  it('has cases for every agenda mutation', () => {
    expect([...new Set(CASES.map((c) => c.mutation))].sort()).toEqual(Object.keys(MUTATIONS).sort());
  });

  it('sends valid input that works (so the cases below fail for the reason they name)', async () => {
    const chair = f.w.s['chair of the district'];
    const created = await chair.send<{ createMeetingType: { id: string } }>(MUTATIONS.createMeetingType, newType(f, {}));
    expect(created.errors).toBeUndefined();
    expect((await chair.send(MUTATIONS.updateMeetingType, { input: { id: created.data!.createMeetingType.id, version: 1, cadenceDays: 14 } })).errors).toBeUndefined();
    const meetings = await chair.send<{ scheduleMeeting: { id: string }[] }>(MUTATIONS.scheduleMeeting, { input: { meetingTypeId: created.data!.createMeetingType.id, startsAt: inFuture() } });
    expect(meetings.errors).toBeUndefined();
    const scratch = meetings.data!.scheduleMeeting[0].id;
    expect((await chair.send(MUTATIONS.addAgendaItem, { input: { meetingId: scratch, themeTitle: 'Invented', reason: 'Invented' } })).errors).toBeUndefined();
    expect((await chair.send(MUTATIONS.buildAgenda, { meetingId: scratch })).errors).toBeUndefined();
    expect((await chair.send(MUTATIONS.lockAgenda, { meetingId: scratch })).errors).toBeUndefined();
    expect((await chair.send(MUTATIONS.cancelMeeting, { input: { meetingId: scratch, version: 2, reason: 'Invented' } })).errors).toBeUndefined();
  });

  it.each(CASES.map((c) => ({ ...c, fieldList: Object.keys(c.fields).join(', ') })))(
    '$mutation refuses $name: BAD_USER_INPUT on $fieldList',
    async ({ mutation, variables, fields, as }) => {
      const before = await meetingState(t);
      const res = await sender(as).send(MUTATIONS[mutation], variables(f));
      expect(res.errors).toHaveLength(1);
      expect(GraphQLTestClient.codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields).toEqual(fields);
      expect(res.data ?? null).toBeNull();
      expect(await meetingState(t)).toEqual(before);
    },
  );
});

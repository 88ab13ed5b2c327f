import { randomUUID } from 'node:crypto';
import { ChildStatus, MeetingKind } from '@mace/shared-domain';
import { createAgendaItem, createChild, GraphQLResponse, GraphQLTestClient, startTestApp, TestApp, TestSession, uniqueSuffix } from '@mace/api-testing';
import { createApiApp } from '../src/bootstrap/create-api-app';
import { acceptStatement, AGENDA_CALLERS, AgendaCaller, agendaWorld, AgendaWorld, meetingState, worldMeeting, worldMeetingType } from './meetings-agenda-fixtures';

type Outcome = 'allowed' | 'NOT_FOUND' | 'FORBIDDEN';

/** What a chair-only operation on a meeting answers: the chair of the district may; others cannot see it or may not. */
const CHAIR_ONLY: Record<AgendaCaller, Outcome> = {
  'chair of the district': 'allowed',
  'chair of another district': 'NOT_FOUND',
  'practitioner of an attending agency': 'FORBIDDEN',
  'practitioner of a non-attending agency': 'FORBIDDEN',
  'SPOC of the district': 'FORBIDDEN',
  analyst: 'FORBIDDEN',
  administrator: 'FORBIDDEN',
};

/** Reading meetings: the district's overseers and invited agencies; NOT_FOUND (or not listed) for anyone else who reads meetings. */
const READERS: Record<AgendaCaller, Outcome> = {
  'chair of the district': 'allowed',
  'chair of another district': 'NOT_FOUND',
  'practitioner of an attending agency': 'allowed',
  'practitioner of a non-attending agency': 'NOT_FOUND',
  'SPOC of the district': 'allowed',
  analyst: 'FORBIDDEN',
  administrator: 'FORBIDDEN',
};

/** Configuring types: a chair for their own districts, an administrator for any. */
const CONFIGURERS: Record<AgendaCaller, Outcome> = {
  'chair of the district': 'allowed',
  'chair of another district': 'FORBIDDEN',
  'practitioner of an attending agency': 'FORBIDDEN',
  'practitioner of a non-attending agency': 'FORBIDDEN',
  'SPOC of the district': 'FORBIDDEN',
  analyst: 'FORBIDDEN',
  administrator: 'allowed',
};

/**
 * Every AGENDA operation × caller. FORBIDDEN: the role lacks the permission, or the caller sees the
 * record but may not do this. NOT_FOUND: the caller may not see it, answered exactly as for an id
 * that does not exist (lists: not listed). Every refusal changes nothing.
 */
const MATRIX: Record<string, Record<AgendaCaller, Outcome>> = {
  meetingTypes: {
    'chair of the district': 'allowed',
    'chair of another district': 'allowed',
    'practitioner of an attending agency': 'allowed',
    'practitioner of a non-attending agency': 'allowed',
    'SPOC of the district': 'allowed',
    analyst: 'FORBIDDEN',
    administrator: 'allowed',
  },
  createMeetingType: CONFIGURERS,
  updateMeetingType: CONFIGURERS,
  meetings: READERS,
  meeting: READERS,
  scheduleMeeting: { ...CHAIR_ONLY, 'chair of another district': 'FORBIDDEN' },
  cancelMeeting: CHAIR_ONLY,
  buildAgenda: CHAIR_ONLY,
  addAgendaItem: CHAIR_ONLY,
  removeAgendaItem: CHAIR_ONLY,
  moveAgendaItem: CHAIR_ONLY,
  updateAgendaItem: CHAIR_ONLY,
  lockAgenda: CHAIR_ONLY,
  shareAgendaItem: CHAIR_ONLY,
  saveAgendaItemUpdate: {
    'chair of the district': 'allowed',
    'chair of another district': 'NOT_FOUND',
    'practitioner of an attending agency': 'allowed',
    'practitioner of a non-attending agency': 'NOT_FOUND',
    'SPOC of the district': 'allowed',
    analyst: 'FORBIDDEN',
    administrator: 'FORBIDDEN',
  },
};

interface Target {
  typeId: string;
  meetingId: string;
  itemId: string;
  /** A second item, so a move has somewhere to go. */
  otherItemId: string;
  childId: string;
}

describe('agenda operations: who may do what', () => {
  let t: TestApp;
  let w: AgendaWorld;

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
    w = await agendaWorld(t);
  });
  afterAll(() => t.close());

  /** A scheduled meeting with two items on children led by the attending agency A; everyone accepted the statement. */
  async function prepare(): Promise<Target> {
    const type = await worldMeetingType(t, w);
    const meeting = await worldMeeting(t, type);
    const child = await createChild(t.dataSource, { districtId: w.district, leadAgencyId: w.attendingAgency, status: ChildStatus.OPEN });
    const other = await createChild(t.dataSource, { districtId: w.district, leadAgencyId: w.attendingAgency, status: ChildStatus.OPEN });
    const item = await createAgendaItem(t.dataSource, { meetingId: meeting.id, childId: child.id });
    const otherItem = await createAgendaItem(t.dataSource, { meetingId: meeting.id, childId: other.id });
    await acceptStatement(t, meeting.id, ...Object.values(w.s));
    return { typeId: type.id, meetingId: meeting.id, itemId: item.id, otherItemId: otherItem.id, childId: child.id };
  }

  const later = () => new Date(Date.now() + 10 * 24 * 3600 * 1000).toISOString();
  const SEND: Record<string, (session: TestSession, target: Target) => Promise<GraphQLResponse>> = {
    meetingTypes: (s) => s.send(`query($d: ID) { meetingTypes(districtId: $d) { id } }`, { d: w.district }),
    createMeetingType: (s) =>
      s.send(`mutation($input: CreateMeetingTypeInput!) { createMeetingType(input: $input) { id } }`, {
        input: {
          districtId: w.district,
          kind: MeetingKind.CETG,
          name: `Invented CETG ${uniqueSuffix()}`,
          cadenceDays: 14,
          agendaRules: [],
          confidentialityStatement: 'Invented statement',
          coreAgencyIds: [w.leadAgency],
        },
      }),
    updateMeetingType: (s, x) =>
      s.send(`mutation($input: UpdateMeetingTypeInput!) { updateMeetingType(input: $input) { id } }`, { input: { id: x.typeId, version: 1, cadenceDays: 28 } }),
    meetings: (s) => s.send(`query($f: MeetingFilter) { meetings(filter: $f, first: 100) { nodes { id } } }`, { f: { districtId: w.district } }),
    meeting: (s, x) => s.send(`query($id: ID!) { meeting(id: $id) { id } }`, { id: x.meetingId }),
    scheduleMeeting: (s, x) =>
      s.send(`mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`, { input: { meetingTypeId: x.typeId, startsAt: later() } }),
    cancelMeeting: (s, x) =>
      s.send(`mutation($input: CancelMeetingInput!) { cancelMeeting(input: $input) { id } }`, { input: { meetingId: x.meetingId, reason: 'Invented', version: 1 } }),
    buildAgenda: (s, x) => s.send(`mutation($id: ID!) { buildAgenda(meetingId: $id) { id } }`, { id: x.meetingId }),
    addAgendaItem: (s, x) =>
      s.send(`mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }`, {
        input: { meetingId: x.meetingId, themeTitle: 'Invented theme', reason: 'Invented reason' },
      }),
    removeAgendaItem: (s, x) =>
      s.send(`mutation($input: RemoveAgendaItemInput!) { removeAgendaItem(input: $input) { id } }`, { input: { itemId: x.itemId, version: 1, reason: 'Invented' } }),
    moveAgendaItem: (s, x) =>
      s.send(`mutation($input: MoveAgendaItemInput!) { moveAgendaItem(input: $input) { id } }`, { input: { itemId: x.itemId, version: 1, position: 2 } }),
    updateAgendaItem: (s, x) =>
      s.send(`mutation($input: UpdateAgendaItemInput!) { updateAgendaItem(input: $input) { id } }`, { input: { itemId: x.itemId, version: 1, timeboxMinutes: 15 } }),
    lockAgenda: (s, x) => s.send(`mutation($id: ID!) { lockAgenda(meetingId: $id) { id } }`, { id: x.meetingId }),
    shareAgendaItem: (s, x) => s.send(`mutation($id: ID!) { shareAgendaItem(itemId: $id) { id } }`, { id: x.itemId }),
    saveAgendaItemUpdate: (s, x) =>
      s.send(`mutation($input: SaveAgendaItemUpdateInput!) { saveAgendaItemUpdate(input: $input) { id } }`, { input: { itemId: x.itemId, concerns: 'Invented' } }),
  };

  /** Whether a list answer names the target (for the list operations, NOT_FOUND means "not listed"). */
  const LISTED: Record<string, (res: GraphQLResponse, x: Target) => boolean> = {
    meetingTypes: (res, x) => (res.data as { meetingTypes: { id: string }[] }).meetingTypes.some((type) => type.id === x.typeId),
    meetings: (res, x) => (res.data as { meetings: { nodes: { id: string }[] } }).meetings.nodes.some((m) => m.id === x.meetingId),
  };

  const CASES = Object.entries(MATRIX).flatMap(([operation, row]) => AGENDA_CALLERS.map((who) => ({ operation, who, outcome: row[who] })));

  it.each(CASES)('$operation by $who: $outcome', async ({ operation, who, outcome }) => {
    const target = await prepare();
    const before = await meetingState(t);
    const res = await SEND[operation](w.s[who], target);
    const listed = LISTED[operation];

    if (outcome === 'allowed') {
      expect(res.errors).toBeUndefined();
      if (listed) expect(listed(res, target)).toBe(true);
      return;
    }
    if (listed && outcome === 'NOT_FOUND') {
      expect(res.errors).toBeUndefined();
      expect(listed(res, target)).toBe(false);
      return;
    }
    expect(GraphQLTestClient.codeOf(res)).toBe(outcome);
    if (outcome === 'NOT_FOUND') {
      // Exactly the answer for ids that do not exist.
      const missing = await SEND[operation](w.s[who], { typeId: randomUUID(), meetingId: randomUUID(), itemId: randomUUID(), otherItemId: randomUUID(), childId: randomUUID() });
      expect(GraphQLTestClient.codeOf(missing)).toBe('NOT_FOUND');
      expect(res.errors?.[0].message).toBe(missing.errors?.[0].message);
    }
    expect(await meetingState(t)).toEqual(before);
  });
});

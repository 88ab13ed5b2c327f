import { randomUUID } from 'node:crypto';
import { AgendaRule, ChildStatus, LinkRelation, MeetingKind, MeetingStatus } from '@mace/shared-domain';
import { createChild, createMeeting, createMeetingType, startTestApp, TestApp, TestSession } from '@mace/api-testing';
import { createApiApp } from '../src/bootstrap/create-api-app';
import { acceptStatement, agendaWorld, AgendaWorld } from './meetings-agenda-fixtures';
import { child, insertIntelligence, insertLink, insertLocation, insertNetwork, insertPerson, insertVehicle, location, network, person, vehicle } from './intelligence-analysis-fixtures';

const DAY = 24 * 3600 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

interface ItemOut {
  subjectType: string;
  title: string;
  reasons: { rule: AgendaRule; detail: string }[];
}

describe('intelligence agenda rules through buildAgenda', () => {
  let t: TestApp;
  let w: AgendaWorld;

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
    w = await agendaWorld(t);
  });
  afterAll(() => t.close());

  const spoc = () => w.s['SPOC of the district'];

  /** A meeting type with `rules`, a meeting of it three days ago (the window's start) and one next week. */
  async function meetingWith(kind: MeetingKind, rules: AgendaRule[]) {
    const type = await createMeetingType(t.dataSource, { districtId: w.district, kind, coreAgencyIds: [w.leadAgency, w.attendingAgency], agendaRules: rules });
    await createMeeting(t.dataSource, { type, startsAt: daysAgo(3), status: MeetingStatus.CLOSED });
    const meeting = await createMeeting(t.dataSource, { type });
    await acceptStatement(t, meeting.id, ...Object.values(w.s));
    return meeting;
  }

  async function build(meetingId: string): Promise<void> {
    const res = await w.s['chair of the district'].send(`mutation($id: ID!) { buildAgenda(meetingId: $id) { id } }`, { id: meetingId });
    expect(res.errors).toBeUndefined();
  }

  async function agenda(meetingId: string, session: TestSession): Promise<ItemOut[]> {
    const res = await session.send(`query($id: ID!) { meeting(id: $id) { agenda { subjectType title reasons { rule detail } } } }`, { id: meetingId });
    expect(res.errors).toBeUndefined();
    return (res.data as { meeting: { agenda: ItemOut[] } }).meeting.agenda;
  }

  it('NEW_INTELLIGENCE: CETG items for the children it is about and the person, location and network its links name', async () => {
    const meeting = await meetingWith(MeetingKind.CETG, [AgendaRule.NEW_INTELLIGENCE]);
    const kid = child((await createChild(t.dataSource, { districtId: w.district, status: ChildStatus.OPEN, leadAgencyId: w.leadAgency })).id);
    const man = person(await insertPerson(t.dataSource, spoc(), { districtId: w.district, givenName: 'Agenda', familyName: 'Invented' }));
    const net = network(await insertNetwork(t.dataSource, spoc(), { districtId: w.district, name: 'Invented agenda network' }));
    const oldPlace = location(await insertLocation(t.dataSource, spoc(), { districtId: w.district }));
    const fresh = await insertIntelligence(t.dataSource, spoc(), { districtId: w.district, submittedAt: daysAgo(2), gradedAt: daysAgo(1), childIds: [kid.id] });
    await insertLink(t.dataSource, spoc(), man, net, { relation: LinkRelation.MEMBER_OF, intelligenceId: fresh.id });
    const old = await insertIntelligence(t.dataSource, spoc(), { districtId: w.district, submittedAt: daysAgo(12), gradedAt: daysAgo(10) });
    await insertLink(t.dataSource, spoc(), man, oldPlace, { relation: LinkRelation.FREQUENTS, intelligenceId: old.id });

    await build(meeting.id);
    const items = await agenda(meeting.id, spoc());
    expect(items.map((item) => item.subjectType).sort()).toEqual(['CHILD', 'NETWORK', 'PERSON']);
    for (const item of items) expect(item.reasons).toEqual([{ rule: AgendaRule.NEW_INTELLIGENCE, detail: `Intelligence ${fresh.reference} graded` }]);
    const [row] = await t.dataSource.query(`SELECT person_id, intelligence_id FROM agenda_item WHERE meeting_id = $1 AND subject_type = 'PERSON'`, [meeting.id]);
    expect(row).toEqual({ person_id: man.id, intelligence_id: fresh.id });

    // The police see the records' names; the chair and partners see a restricted item.
    const byType = (list: ItemOut[]) => Object.fromEntries(list.filter((item) => item.subjectType !== 'CHILD').map((item) => [item.subjectType, item.title]));
    expect(byType(items)).toEqual({ PERSON: 'Agenda Invented', NETWORK: 'Invented agenda network' });
    expect(byType(await agenda(meeting.id, w.s['chair of the district']))).toEqual({ PERSON: 'Restricted item', NETWORK: 'Restricted item' });
    expect(byType(await agenda(meeting.id, w.s['practitioner of an attending agency']))).toEqual({ PERSON: 'Restricted item', NETWORK: 'Restricted item' });

    // A rebuild adds nothing twice.
    await build(meeting.id);
    expect(await agenda(meeting.id, spoc())).toHaveLength(3);
  });

  it('LINKED_INTELLIGENCE: MACE items for children whose associates or places have new graded intelligence', async () => {
    const meeting = await meetingWith(MeetingKind.MACE, [AgendaRule.LINKED_INTELLIGENCE]);
    const kid = child((await createChild(t.dataSource, { districtId: w.district, status: ChildStatus.OPEN, leadAgencyId: w.leadAgency })).id);
    const quiet = child((await createChild(t.dataSource, { districtId: w.district, status: ChildStatus.OPEN, leadAgencyId: w.leadAgency })).id);
    const man = person(await insertPerson(t.dataSource, spoc(), { districtId: w.district }));
    const car = vehicle(await insertVehicle(t.dataSource, spoc(), { registration: `LI${randomUUID().slice(0, 5)}`.toUpperCase() }));
    const park = location(await insertLocation(t.dataSource, spoc(), { districtId: w.district, type: 'PARK' }));
    await insertLink(t.dataSource, spoc(), kid, man);
    await insertLink(t.dataSource, spoc(), quiet, park, { relation: LinkRelation.FREQUENTS });
    const fresh = await insertIntelligence(t.dataSource, spoc(), { districtId: w.district, submittedAt: daysAgo(2), gradedAt: daysAgo(1) });
    await insertLink(t.dataSource, spoc(), man, car, { relation: LinkRelation.USES_VEHICLE, intelligenceId: fresh.id });
    const old = await insertIntelligence(t.dataSource, spoc(), { districtId: w.district, submittedAt: daysAgo(12), gradedAt: daysAgo(10) });
    await insertLink(t.dataSource, spoc(), park, man, { relation: LinkRelation.FREQUENTS, intelligenceId: old.id });
    // Not yet graded: not brought.
    const pending = await insertIntelligence(t.dataSource, spoc(), { districtId: w.district, submittedAt: daysAgo(1) });
    await insertLink(t.dataSource, spoc(), park, car, { relation: LinkRelation.FOUND_AT, intelligenceId: pending.id });

    await build(meeting.id);
    const rows: { child_id: string; reasons: { rule: string; detail: string }[] }[] = await t.dataSource.query(
      `SELECT child_id, reasons FROM agenda_item WHERE meeting_id = $1`,
      [meeting.id],
    );
    expect(rows).toEqual([{ child_id: kid.id, reasons: [{ rule: AgendaRule.LINKED_INTELLIGENCE, detail: `New graded intelligence about an associate (${fresh.reference})` }] }]);
  });
});

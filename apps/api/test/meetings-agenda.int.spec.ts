import { addDays, todayInLondon } from '@mace/api-children';
import { MeetingEventPayload, MeetingEventsService, MeetingTypeEntity } from '@mace/api-meetings';
import { ActionStatus, AgendaItemStatus, AgendaRule, ChildStatus, MeetingStatus, RiskLevel } from '@mace/shared-domain';
import {
  countQueries,
  createAction,
  createAgendaItem,
  createChild,
  createUser,
  GraphQLTestClient,
  loginAs,
  startTestApp,
  TestApp,
} from '@mace/api-testing';
import { Role } from '@mace/shared-domain';
import { createApiApp } from '../src/bootstrap/create-api-app';
import {
  acceptedReferral,
  acceptStatement,
  agendaWorld,
  AgendaWorld,
  auditSince,
  involve,
  lastAuditSeq,
  worldMeeting,
  worldMeetingType,
} from './meetings-agenda-fixtures';

const DAY = 24 * 3600 * 1000;

const BUILD = `mutation($meetingId: ID!) { buildAgenda(meetingId: $meetingId) { id agendaBuiltAt status } }`;
const AGENDA = `query($id: ID!, $includeRemoved: Boolean) {
  meeting(id: $id) {
    id status
    agenda(includeRemoved: $includeRemoved) {
      id position status version timeboxMinutes carriedFromItemId subjectType visibility title restrictedNote removedReason
      reasons { rule label detail } presenterAgency { id } presenterUser { id } child { id }
    }
  }
}`;
const ADD = `mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id position version title subjectType reasons { rule detail } presenterAgency { id } timeboxMinutes } }`;
const REMOVE = `mutation($input: RemoveAgendaItemInput!) { removeAgendaItem(input: $input) { id status removedReason version } }`;
const MOVE = `mutation($input: MoveAgendaItemInput!) { moveAgendaItem(input: $input) { id agenda { id position } } }`;
const UPDATE_ITEM = `mutation($input: UpdateAgendaItemInput!) { updateAgendaItem(input: $input) { id version timeboxMinutes presenterAgency { id } presenterUser { id } } }`;
const LOCK = `mutation($meetingId: ID!) { lockAgenda(meetingId: $meetingId) { id status agendaLockedAt version } }`;
const SAVE_UPDATE = `mutation($input: SaveAgendaItemUpdateInput!) {
  saveAgendaItemUpdate(input: $input) { id version author concerns childVoice contactSinceLast actionProgress canEdit agency { id } }
}`;
const SHARE = `mutation($itemId: ID!) { shareAgendaItem(itemId: $itemId) { id sharedAt visibility title child { id } } }`;
const ITEM_UPDATES = `query($id: ID!) { meeting(id: $id) { agenda { id visibility updates { id agency { id } canEdit concerns version } } } }`;

interface Item {
  id: string;
  position: number;
  status: string;
  version: number;
  timeboxMinutes: number;
  carriedFromItemId: string | null;
  visibility: string;
  title: string;
  restrictedNote: string | null;
  reasons: { rule: string; label: string; detail: string }[];
  presenterAgency: { id: string } | null;
  presenterUser: { id: string } | null;
  child: { id: string } | null;
}

/** "2 December": how a reason names a date (with its year when it is not the meeting's, a week ahead). */
const inWords = (date: string) => {
  const words = new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });
  const meetingYear = todayInLondon(new Date(Date.now() + 7 * 24 * 3600 * 1000)).slice(0, 4);
  return date.slice(0, 4) === meetingYear ? words : `${words} ${date.slice(0, 4)}`;
};

describe('the agenda: built by rules, edited by the chair, locked, updated by agencies, shared', () => {
  let t: TestApp;
  let w: AgendaWorld;
  let events: MeetingEventsService;

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
    w = await agendaWorld(t);
    events = t.app.get(MeetingEventsService);
  });
  afterAll(() => t.close());

  const chair = () => w.s['chair of the district'];

  async function agenda(meetingId: string, session = chair(), includeRemoved = false): Promise<Item[]> {
    const res = await session.send<{ meeting: { agenda: Item[] } }>(AGENDA, { id: meetingId, includeRemoved });
    expect(res.errors).toBeUndefined();
    return res.data!.meeting.agenda;
  }

  /** The next event published for a meeting, or a failure after two seconds. */
  function nextEvent(meetingId: string): Promise<MeetingEventPayload> {
    const iterator = events.iterator(meetingId);
    const next = iterator.next().then((result) => result.value as MeetingEventPayload);
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no meeting event published')), 2000));
    return Promise.race([next, timeout]).finally(() => iterator.return?.());
  }

  /**
   * In a new district: a meeting a week ahead whose type runs every rule, after a closed meeting a week ago that did
   * not reach one child. Children of the district, led by L:
   *  carried (not reached last time), highDue (high risk, review due, an overdue action),
   *  referral (accepted since the last meeting), raised (low to medium since), quiet (nothing due),
   *  and one child of another district with its review due.
   */
  async function scenario() {
    // A district of its own, so rules see only this scenario's children.
    w = await agendaWorld(t);
    const type = await worldMeetingType(t, w);
    const previous = await worldMeeting(t, type, { startsAt: new Date(Date.now() - 7 * DAY), status: MeetingStatus.CLOSED });
    const meeting = await worldMeeting(t, type);
    const meetingDate = todayInLondon(meeting.startsAt);
    const child = (options: Partial<Parameters<typeof createChild>[1]> = {}) =>
      createChild(t.dataSource, { districtId: w.district, leadAgencyId: w.leadAgency, status: ChildStatus.OPEN, riskLevel: RiskLevel.LOW, ...options });

    const carried = await child();
    const notReached = await createAgendaItem(t.dataSource, { meetingId: previous.id, childId: carried.id, status: AgendaItemStatus.NOT_REACHED });
    const highDue = await child({ riskLevel: RiskLevel.HIGH, nextReviewOn: addDays(meetingDate, -1) });
    await createAction(t.dataSource, {
      childId: highDue.id,
      ownerAgencyId: w.leadAgency,
      dueOn: addDays(todayInLondon(), -1),
      raisedByUserId: chair().id,
      raisedByAgencyId: chair().agencyId,
    });
    const referral = await child({ status: ChildStatus.REFERRED, riskLevel: RiskLevel.MEDIUM });
    await acceptedReferral(t, { childId: referral.id, districtId: w.district, referrer: w.leadPractitioner, decidedAt: new Date() });
    const raised = await child({ riskLevel: RiskLevel.LOW });
    await t.dataSource.query(`UPDATE child_risk SET set_at = now() - interval '30 days' WHERE child_id = $1`, [raised.id]);
    await t.dataSource.query(`UPDATE child SET created_at = now() - interval '60 days', risk_level = 'MEDIUM' WHERE id = $1`, [raised.id]);
    await t.dataSource.query(`INSERT INTO child_risk (child_id, level, rationale, source) VALUES ($1, 'MEDIUM', 'Invented', 'AGENCY')`, [raised.id]);
    const quiet = await child({ nextReviewOn: addDays(meetingDate, 30) });
    const elsewhere = await createChild(t.dataSource, { districtId: w.otherDistrict, status: ChildStatus.OPEN, nextReviewOn: addDays(meetingDate, -1) });
    return { type, previous, meeting, meetingDate, carried, notReached, highDue, referral, raised, quiet, elsewhere };
  }

  it('builds one item per child with its reasons merged, in order: carried forward, high risk, new referrals, the rest', async () => {
    const x = await scenario();
    await acceptStatement(t, x.meeting.id, chair());
    const seq = await lastAuditSeq(t);
    const published = nextEvent(x.meeting.id);
    const res = await chair().send<{ buildAgenda: { agendaBuiltAt: string | null; status: string } }>(BUILD, { meetingId: x.meeting.id });
    expect(res.errors).toBeUndefined();
    expect(res.data!.buildAgenda.agendaBuiltAt).not.toBeNull();
    expect(await published).toMatchObject({ meetingId: x.meeting.id, kind: 'AGENDA_CHANGED', byUserId: chair().id });

    const items = await agenda(x.meeting.id);
    expect(items.map((item) => [item.position, item.child?.id, item.reasons.map((r) => `${r.rule}: ${r.detail}`)])).toEqual([
      [1, x.carried.id, [`CARRIED_FORWARD: Not reached on ${inWords(todayInLondon(x.previous.startsAt))}`]],
      [2, x.highDue.id, [`REVIEW_DUE: Review due ${inWords(addDays(x.meetingDate, -1))}`, 'OVERDUE_ACTIONS: 1 overdue action']],
      [3, x.referral.id, [`NEW_REFERRAL: Referral accepted ${inWords(todayInLondon())}`]],
      [4, x.raised.id, ['RISK_INCREASED: Risk raised from low to medium']],
    ]);
    expect(items[0].carriedFromItemId).toBe(x.notReached.id);
    expect(items[1].reasons[0].label).toBe('Due for review');
    for (const item of items) {
      expect(item).toMatchObject({ status: 'PENDING', version: 1, timeboxMinutes: 10, visibility: 'FULL', presenterAgency: { id: w.leadAgency } });
      // Reasons say why without naming anyone.
      for (const reason of item.reasons) expect(reason.detail).not.toMatch(/Invented|Child-/);
    }
    const [created] = (await auditSince(t, seq)).filter((e) => e.operation === 'COLLECTION');
    expect(created).toMatchObject({ subject_type: 'AGENDA_ITEM', justification: `agenda of meeting ${x.meeting.id} built by rules: 4 added` });
    expect(created.subject_ids).toEqual(expect.arrayContaining([...items.map((i) => i.id), x.carried.id, x.highDue.id, x.referral.id, x.raised.id]));
  });

  it('a type runs only the rules it lists', async () => {
    const x = await scenario();
    await t.dataSource.query(`UPDATE meeting_type SET agenda_rules = '{REVIEW_DUE}' WHERE id = $1`, [x.type.id]);
    await chair().send(BUILD, { meetingId: x.meeting.id });
    expect((await agenda(x.meeting.id)).map((item) => item.reasons.map((r) => r.rule))).toEqual([['REVIEW_DUE']]);
  });

  it('a rebuild keeps the chair’s order, presenter and timebox, refreshes reasons, appends what is new, and never re-adds a removed child', async () => {
    const x = await scenario();
    await acceptStatement(t, x.meeting.id, chair());
    await chair().send(BUILD, { meetingId: x.meeting.id });
    const [carried, highDue, referral, raised] = await agenda(x.meeting.id);

    const moved = await chair().send(MOVE, { input: { itemId: raised.id, position: 1, version: 1 } });
    expect(moved.errors).toBeUndefined();
    const timeboxed = await chair().send(UPDATE_ITEM, { input: { itemId: highDue.id, version: 1, timeboxMinutes: 20, presenterAgencyId: w.attendingAgency } });
    expect(timeboxed.errors).toBeUndefined();
    const removed = await chair().send(REMOVE, { input: { itemId: referral.id, version: 1, reason: 'Invented: discussed at strategy meeting' } });
    expect(removed.errors).toBeUndefined();

    // Since the first build: a second overdue action, and a new child due for review.
    await createAction(t.dataSource, {
      childId: x.highDue.id,
      ownerAgencyId: w.leadAgency,
      dueOn: addDays(todayInLondon(), -2),
      raisedByUserId: chair().id,
      raisedByAgencyId: chair().agencyId,
    });
    const late = await createChild(t.dataSource, {
      districtId: w.district,
      leadAgencyId: w.leadAgency,
      status: ChildStatus.OPEN,
      riskLevel: RiskLevel.MEDIUM,
      nextReviewOn: x.meetingDate,
    });
    const rebuilt = await chair().send(BUILD, { meetingId: x.meeting.id });
    expect(rebuilt.errors).toBeUndefined();

    const items = await agenda(x.meeting.id, chair(), true);
    const live = items.filter((item) => item.status !== 'REMOVED');
    expect(live.map((item) => [item.position, item.id])).toEqual([
      [1, raised.id],
      [2, carried.id],
      [3, highDue.id],
      [4, live[3].id],
    ]);
    expect(live[3].child?.id).toBe(late.id);
    const high = live[2];
    expect(high).toMatchObject({ timeboxMinutes: 20, presenterAgency: { id: w.attendingAgency }, version: 2 });
    expect(high.reasons.map((r) => r.detail)).toEqual([`Review due ${inWords(addDays(x.meetingDate, -1))}`, '2 overdue actions']);
    const gone = items.filter((item) => item.status === 'REMOVED');
    expect(gone).toEqual([expect.objectContaining({ id: referral.id, removedReason: 'Invented: discussed at strategy meeting' })]);
    expect(items.filter((item) => item.child?.id === x.referral.id)).toHaveLength(1);
  });

  it('the chair adds a child (reason as detail) or a theme; duplicates, outsiders’ children and bad presenters are refused', async () => {
    const x = await scenario();
    await acceptStatement(t, x.meeting.id, chair());
    await chair().send(BUILD, { meetingId: x.meeting.id });
    const added = await chair().send<{ addAgendaItem: Record<string, unknown> & { id: string } }>(ADD, {
      input: { meetingId: x.meeting.id, childId: x.quiet.id, reason: 'Escalating concerns from school' },
    });
    expect(added.errors).toBeUndefined();
    expect(added.data!.addAgendaItem).toMatchObject({
      position: 5,
      version: 1,
      subjectType: 'CHILD',
      title: `${x.quiet.givenName} ${x.quiet.familyName}`,
      reasons: [{ rule: 'CHAIR_ADDED', detail: 'Escalating concerns from school' }],
      presenterAgency: { id: w.leadAgency },
      timeboxMinutes: 10,
    });
    const theme = await chair().send<{ addAgendaItem: Record<string, unknown> }>(ADD, {
      input: { meetingId: x.meeting.id, themeTitle: 'Invented theme: a park at night', reason: 'Partners asked for it' },
    });
    expect(theme.data!.addAgendaItem).toMatchObject({ position: 6, subjectType: 'THEME', title: 'Invented theme: a park at night', presenterAgency: null });

    const again = await chair().send(ADD, { input: { meetingId: x.meeting.id, childId: x.quiet.id, reason: 'Twice' } });
    expect(again.errors?.[0].extensions?.fields).toEqual({ childId: 'This child is already on the agenda' });
    const themeAgain = await chair().send(ADD, { input: { meetingId: x.meeting.id, themeTitle: 'INVENTED THEME: A PARK AT NIGHT', reason: 'Twice' } });
    expect(themeAgain.errors?.[0].extensions?.fields).toEqual({ themeTitle: 'This theme is already on the agenda' });
    const foreign = await chair().send(ADD, { input: { meetingId: x.meeting.id, childId: x.elsewhere.id, reason: 'Not ours' } });
    expect(GraphQLTestClient.codeOf(foreign)).toBe('NOT_FOUND');

    const item = added.data!.addAgendaItem;
    const notMember = await chair().send(UPDATE_ITEM, { input: { itemId: item.id, version: 1, presenterAgencyId: w.outsideAgency } });
    expect(notMember.errors?.[0].extensions?.fields).toEqual({ presenterAgencyId: 'Choose an agency invited to the meeting' });
    const wrongPerson = await chair().send(UPDATE_ITEM, { input: { itemId: item.id, version: 1, presenterAgencyId: w.attendingAgency, presenterUserId: w.leadPractitioner.id } });
    expect(wrongPerson.errors?.[0].extensions?.fields).toEqual({ presenterUserId: 'Choose an active person of the presenting agency' });
    const presenter = await chair().send<{ updateAgendaItem: Record<string, unknown> }>(UPDATE_ITEM, {
      input: { itemId: item.id, version: 1, presenterUserId: w.leadPractitioner.id },
    });
    expect(presenter.data!.updateAgendaItem).toMatchObject({ version: 2, presenterAgency: { id: w.leadAgency }, presenterUser: { id: w.leadPractitioner.id } });
    const stale = await chair().send(UPDATE_ITEM, { input: { itemId: item.id, version: 1, timeboxMinutes: 5 } });
    expect(GraphQLTestClient.codeOf(stale)).toBe('CONFLICT');
    const staleMove = await chair().send(MOVE, { input: { itemId: item.id, version: 1, position: 1 } });
    expect(GraphQLTestClient.codeOf(staleMove)).toBe('CONFLICT');
    const beyond = await chair().send(MOVE, { input: { itemId: item.id, version: 2, position: 7 } });
    expect(beyond.errors?.[0].extensions?.fields).toEqual({ position: 'Choose a position from 1 to 6' });
  });

  it('moving and removing renumber the live items 1..n in one go', async () => {
    const x = await scenario();
    await chair().send(BUILD, { meetingId: x.meeting.id });
    const before = await agenda(x.meeting.id);
    const res = await chair().send<{ moveAgendaItem: { agenda: { id: string; position: number }[] } }>(MOVE, {
      input: { itemId: before[0].id, position: 3, version: 1 },
    });
    expect(res.data!.moveAgendaItem.agenda).toEqual([
      { id: before[1].id, position: 1 },
      { id: before[2].id, position: 2 },
      { id: before[0].id, position: 3 },
      { id: before[3].id, position: 4 },
    ]);
    await chair().send(REMOVE, { input: { itemId: before[1].id, version: 1, reason: 'Invented reason' } });
    expect((await agenda(x.meeting.id)).map((item) => [item.id, item.position])).toEqual([
      [before[2].id, 1],
      [before[0].id, 2],
      [before[3].id, 3],
    ]);
  });

  it('locking: the agenda is then refused every edit; agencies that see at least one item are notified, without names', async () => {
    const x = await scenario();
    await chair().send(BUILD, { meetingId: x.meeting.id });
    const items = await agenda(x.meeting.id);
    const [{ version }] = await t.dataSource.query(`SELECT version FROM meeting WHERE id = $1`, [x.meeting.id]);

    // A second meeting of another type whose only item is a child A is not involved with.
    const otherType = await worldMeetingType(t, w, [AgendaRule.REVIEW_DUE]);
    const restrictedOnly = await worldMeeting(t, otherType);
    const hidden = await createChild(t.dataSource, { districtId: w.district, leadAgencyId: w.leadAgency });
    await createAgendaItem(t.dataSource, { meetingId: restrictedOnly.id, childId: hidden.id });
    // In the first meeting A is involved with one child.
    await involve(t, x.highDue.id, w.attendingAgency);

    const published = nextEvent(x.meeting.id);
    const res = await chair().send<{ lockAgenda: { status: string; agendaLockedAt: string; version: number } }>(LOCK, { meetingId: x.meeting.id });
    expect(res.errors).toBeUndefined();
    expect(res.data!.lockAgenda).toMatchObject({ status: 'AGENDA_LOCKED', version: version + 1 });
    expect(res.data!.lockAgenda.agendaLockedAt).not.toBeNull();
    expect(await published).toMatchObject({ kind: 'AGENDA_LOCKED', itemId: null });
    expect((await chair().send(LOCK, { meetingId: restrictedOnly.id })).errors).toBeUndefined();

    const notified = async (meetingId: string) =>
      (await t.dataSource.query(
        `SELECT u.agency_id, n.kind, n.message, n.link FROM notification n JOIN user_account u ON u.id = n.user_id WHERE n.subject_id = $1`,
        [meetingId],
      )) as { agency_id: string; kind: string; message: string; link: string }[];
    const first = await notified(x.meeting.id);
    expect(new Set(first.map((n) => n.agency_id))).toEqual(new Set([w.leadAgency, w.attendingAgency]));
    for (const n of first) {
      expect(n).toMatchObject({ kind: 'AGENDA_LOCKED', link: `/meetings/${x.meeting.id}` });
      expect(n.message).not.toMatch(/Invented|Child-/);
    }
    expect(new Set((await notified(restrictedOnly.id)).map((n) => n.agency_id))).toEqual(new Set([w.leadAgency]));

    const locked = 'The agenda is locked';
    const refusals = [
      await chair().send(BUILD, { meetingId: x.meeting.id }),
      await chair().send(LOCK, { meetingId: x.meeting.id }),
      await chair().send(ADD, { input: { meetingId: x.meeting.id, themeTitle: 'Late theme', reason: 'Late' } }),
      await chair().send(REMOVE, { input: { itemId: items[0].id, version: 1, reason: 'Late' } }),
      await chair().send(MOVE, { input: { itemId: items[0].id, version: 1, position: 2 } }),
      await chair().send(UPDATE_ITEM, { input: { itemId: items[0].id, version: 1, timeboxMinutes: 3 } }),
    ];
    for (const refusal of refusals) {
      expect(GraphQLTestClient.codeOf(refusal)).toBe('BAD_USER_INPUT');
      expect(refusal.errors?.[0].message).toBe(locked);
    }
    expect(await agenda(x.meeting.id)).toEqual(items);
  });

  it('pre-meeting updates: one per agency per item, versioned; a second first save is a CONFLICT; audited with the child', async () => {
    const x = await scenario();
    await chair().send(BUILD, { meetingId: x.meeting.id });
    const [item] = await agenda(x.meeting.id);
    const colleague = await loginAs(t, await createUser(t.dataSource, { roles: [Role.AGENCY_PRACTITIONER], agencyId: w.leadAgency, districtIds: [w.district] }));
    const lead = w.leadPractitioner;

    const hidden = await lead.send(SAVE_UPDATE, { input: { itemId: item.id, concerns: 'Invented concern' } });
    expect(GraphQLTestClient.codeOf(hidden)).toBe('FORBIDDEN');
    expect(hidden.errors?.[0].message).toBe('Accept the meeting’s confidentiality statement first');
    await acceptStatement(t, x.meeting.id, lead, colleague, w.s['practitioner of an attending agency'], chair());

    const seq = await lastAuditSeq(t);
    const first = await lead.send<{ saveAgendaItemUpdate: Record<string, unknown> & { id: string } }>(SAVE_UPDATE, {
      input: { itemId: item.id, concerns: 'Invented concern', childVoice: 'Invented words' },
    });
    expect(first.errors).toBeUndefined();
    expect(first.data!.saveAgendaItemUpdate).toMatchObject({ version: 1, concerns: 'Invented concern', childVoice: 'Invented words', contactSinceLast: null, canEdit: true, agency: { id: w.leadAgency } });
    const secondFirst = await colleague.send(SAVE_UPDATE, { input: { itemId: item.id, concerns: 'Another' } });
    expect(GraphQLTestClient.codeOf(secondFirst)).toBe('CONFLICT');
    const changed = await colleague.send<{ saveAgendaItemUpdate: Record<string, unknown> }>(SAVE_UPDATE, {
      input: { itemId: item.id, version: 1, concerns: 'Invented concern, revised', actionProgress: 'Invented progress' },
    });
    expect(changed.data!.saveAgendaItemUpdate).toMatchObject({ version: 2, concerns: 'Invented concern, revised', childVoice: null, actionProgress: 'Invented progress' });
    const stale = await lead.send(SAVE_UPDATE, { input: { itemId: item.id, version: 1, concerns: 'Lost edit' } });
    expect(GraphQLTestClient.codeOf(stale)).toBe('CONFLICT');
    expect((await auditSince(t, seq)).map((e) => [e.operation, e.subject_type, e.subject_ids, e.justification])).toEqual([
      ['COLLECTION', 'AGENDA_ITEM', [item.id, x.carried.id], 'pre-meeting update posted'],
      ['ALTERATION', 'AGENDA_ITEM', [item.id, x.carried.id], 'pre-meeting update changed'],
    ]);

    // An agency that does not know the child may not write on its item.
    const restricted = await w.s['practitioner of an attending agency'].send(SAVE_UPDATE, { input: { itemId: item.id, concerns: 'x' } });
    expect(GraphQLTestClient.codeOf(restricted)).toBe('FORBIDDEN');

    // The chair reads the update on the item, and may not edit it (another agency's).
    const read = await chair().send<{ meeting: { agenda: { id: string; updates: { agency: { id: string }; canEdit: boolean; version: number }[] }[] } }>(
      ITEM_UPDATES,
      { id: x.meeting.id },
    );
    expect(read.data!.meeting.agenda[0].updates).toEqual([expect.objectContaining({ agency: { id: w.leadAgency }, canEdit: false, version: 2 })]);

    // Still allowed once the agenda is locked; not once the meeting has started.
    await chair().send(LOCK, { meetingId: x.meeting.id });
    expect((await lead.send(SAVE_UPDATE, { input: { itemId: item.id, version: 2, concerns: 'After lock' } })).errors).toBeUndefined();
    await t.dataSource.query(`UPDATE meeting SET status = 'IN_PROGRESS', started_at = now() WHERE id = $1`, [x.meeting.id]);
    const started = await lead.send(SAVE_UPDATE, { input: { itemId: item.id, version: 3, concerns: 'Too late' } });
    expect(started.errors?.[0].extensions?.fields).toEqual({ itemId: 'The meeting has started: updates can no longer be changed' });
    const after = await lead.send<{ meeting: { agenda: { updates: { canEdit: boolean }[] }[] } }>(ITEM_UPDATES, { id: x.meeting.id });
    expect(after.data!.meeting.agenda[0].updates[0].canEdit).toBe(false);
  });

  it('two first saves at once by one agency: one update, the other CONFLICT', async () => {
    const x = await scenario();
    await chair().send(BUILD, { meetingId: x.meeting.id });
    const [item] = await agenda(x.meeting.id);
    const colleague = await loginAs(t, await createUser(t.dataSource, { roles: [Role.AGENCY_PRACTITIONER], agencyId: w.leadAgency, districtIds: [w.district] }));
    await acceptStatement(t, x.meeting.id, w.leadPractitioner, colleague);
    const results = await Promise.all([
      w.leadPractitioner.send(SAVE_UPDATE, { input: { itemId: item.id, concerns: 'One' } }),
      colleague.send(SAVE_UPDATE, { input: { itemId: item.id, concerns: 'Two' } }),
    ]);
    expect(results.map((r) => GraphQLTestClient.codeOf(r) ?? 'ok').sort()).toEqual(['CONFLICT', 'ok']);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM agenda_item_update WHERE agenda_item_id = $1`, [item.id]);
    expect(n).toBe(1);
  });

  it('restricted items: a non-involved attending agency sees "Restricted: known to …" and no child, until the chair shares it (a DISCLOSURE to the members)', async () => {
    const x = await scenario();
    await chair().send(BUILD, { meetingId: x.meeting.id });
    const attending = w.s['practitioner of an attending agency'];
    const [{ name: leadName }] = await t.dataSource.query(`SELECT name FROM agency WHERE id = $1`, [w.leadAgency]);

    // Before accepting the statement, even the lead agency sees no case details.
    const unaccepted = await agenda(x.meeting.id, w.leadPractitioner);
    expect(unaccepted[0]).toMatchObject({
      visibility: 'NEEDS_CONFIDENTIALITY',
      title: 'Case details hidden until you accept the confidentiality statement',
      child: null,
      restrictedNote: null,
    });
    await acceptStatement(t, x.meeting.id, attending, w.leadPractitioner);
    const seen = await agenda(x.meeting.id, attending);
    expect(seen).toHaveLength(4);
    for (const item of seen) {
      expect(item).toMatchObject({ visibility: 'RESTRICTED', title: 'Restricted item', restrictedNote: `Restricted: known to ${leadName}`, child: null });
    }
    const updates = await attending.send<{ meeting: { agenda: { updates: unknown[] }[] } }>(ITEM_UPDATES, { id: x.meeting.id });
    expect(updates.data!.meeting.agenda.every((item) => item.updates.length === 0)).toBe(true);

    const target = seen[1];
    const seq = await lastAuditSeq(t);
    const published = nextEvent(x.meeting.id);
    const shared = await chair().send<{ shareAgendaItem: { sharedAt: string | null; visibility: string } }>(SHARE, { itemId: target.id });
    expect(shared.errors).toBeUndefined();
    expect(shared.data!.shareAgendaItem.sharedAt).not.toBeNull();
    expect(await published).toMatchObject({ kind: 'ITEM_SHARED', itemId: target.id });
    expect(await auditSince(t, seq)).toEqual([
      {
        operation: 'DISCLOSURE',
        subject_type: 'AGENDA_ITEM',
        subject_ids: [target.id, x.highDue.id],
        justification: `shared by the chair with the agencies of meeting ${x.meeting.id}`,
        recipients: [w.leadAgency, w.attendingAgency].sort(),
      },
    ]);
    const again = await chair().send(SHARE, { itemId: target.id });
    expect(again.errors?.[0].extensions?.fields).toEqual({ itemId: 'This item is already shared with the meeting' });

    const seq2 = await lastAuditSeq(t);
    const after = await agenda(x.meeting.id, attending);
    expect(after[1]).toMatchObject({
      visibility: 'FULL',
      title: `${x.highDue.givenName} ${x.highDue.familyName}`,
      restrictedNote: null,
      child: { id: x.highDue.id },
    });
    expect(after.filter((item) => item.visibility === 'RESTRICTED')).toHaveLength(3);
    expect(await auditSince(t, seq2)).toEqual([
      {
        operation: 'CONSULTATION',
        subject_type: 'CHILD',
        subject_ids: [x.highDue.id],
        justification: `meeting ${x.meeting.id} agenda: shared by the chair with the meeting’s agencies`,
        recipients: [],
      },
    ]);
    // A practitioner of an agency that is not invited still cannot open the meeting at all.
    const outside = await w.s['practitioner of a non-attending agency'].send(AGENDA, { id: x.meeting.id });
    expect(GraphQLTestClient.codeOf(outside)).toBe('NOT_FOUND');
  });

  it('reading an agenda with names is a CONSULTATION of those children, naming the meeting and the path', async () => {
    const x = await scenario();
    await chair().send(BUILD, { meetingId: x.meeting.id });
    await acceptStatement(t, x.meeting.id, chair(), w.leadPractitioner);
    const seq = await lastAuditSeq(t);
    await agenda(x.meeting.id, chair());
    await agenda(x.meeting.id, w.leadPractitioner);
    const sorted = (ids: string[]) => [...ids].sort();
    const events = (await auditSince(t, seq)).map((e) => [e.operation, e.subject_type, e.justification, sorted(e.subject_ids)]);
    // One event per path: the lead agency also owns the action on one child.
    expect(events).toEqual([
      ['CONSULTATION', 'CHILD', `meeting ${x.meeting.id} agenda: district oversight`, sorted([x.carried.id, x.highDue.id, x.referral.id, x.raised.id])],
      ['CONSULTATION', 'CHILD', `meeting ${x.meeting.id} agenda: involvement: LEAD_AGENCY`, sorted([x.carried.id, x.referral.id, x.raised.id])],
      ['CONSULTATION', 'CHILD', `meeting ${x.meeting.id} agenda: involvement: ACTION_OWNER, LEAD_AGENCY`, [x.highDue.id]],
    ]);
  });

  describe('the agenda query costs the same number of SQL statements for 60 children as for 10', () => {
    const QUERY = `query($id: ID!) { meeting(id: $id) { agenda { title visibility reasons { detail } presenterAgency { name } child { id riskLevel } } } }`;

    async function meetingWith(type: MeetingTypeEntity, children: number): Promise<string> {
      const meeting = await worldMeeting(t, type);
      for (let i = 0; i < children; i += 1) {
        const child = await createChild(t.dataSource, { districtId: w.district, leadAgencyId: w.leadAgency, status: ChildStatus.OPEN });
        await createAgendaItem(t.dataSource, { meetingId: meeting.id, childId: child.id, reasons: [{ rule: AgendaRule.REVIEW_DUE, detail: 'Review due 2 December' }] });
      }
      await t.dataSource.query(`UPDATE agenda_item SET presenter_agency_id = $2 WHERE meeting_id = $1`, [meeting.id, w.leadAgency]);
      await acceptStatement(t, meeting.id, chair());
      return meeting.id;
    }

    it('10 and 60', async () => {
      const type = await worldMeetingType(t, w);
      const small = await meetingWith(type, 10);
      const large = await meetingWith(type, 60);
      const run = async (id: string) => {
        const counted = await countQueries(t.dataSource, () => chair().send<{ meeting: { agenda: Item[] } }>(QUERY, { id }));
        expect(counted.result.errors).toBeUndefined();
        return counted;
      };
      const ten = await run(small);
      const sixty = await run(large);
      expect(ten.result.data!.meeting.agenda).toHaveLength(10);
      expect(sixty.result.data!.meeting.agenda).toHaveLength(60);
      expect(sixty.result.data!.meeting.agenda.every((item) => item.child && item.visibility === 'FULL')).toBe(true);
      expect(sixty.count).toBe(ten.count);
    });
  });

  it('finished actions are not overdue: a child whose actions are done has no OVERDUE_ACTIONS reason', async () => {
    const x = await scenario();
    await acceptStatement(t, x.meeting.id, chair());
    await t.dataSource.query(`UPDATE action SET status = $2, completed_at = now(), outcome_note = 'Invented' WHERE child_id = $1`, [x.highDue.id, ActionStatus.DONE]);
    await chair().send(BUILD, { meetingId: x.meeting.id });
    const high = (await agenda(x.meeting.id)).find((item) => item.child?.id === x.highDue.id)!;
    expect(high.reasons.map((r) => r.rule)).toEqual(['REVIEW_DUE']);
  });
});

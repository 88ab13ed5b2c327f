import { randomUUID } from 'node:crypto';
import { addDays, todayInLondon } from '@mace/api-children';
import { ActionCategory, ActionStatus, AgencyKind, AuditOperation, ChronologyKind, Role } from '@mace/shared-domain';
import {
  createAction,
  createAgency,
  createChild,
  createDistrict,
  GraphQLResponse,
  GraphQLTestClient,
  sessionFor,
  startTestApp,
  TestApp,
  TestSession,
} from '@mace/api-testing';
import { createApiApp } from '../src/bootstrap/create-api-app';

const ACTION = `query($id: ID!) { action(id: $id) { id status canUpdate canCancel child { id } } }`;
const ACTIONS = `query($filter: ActionFilterInput) { actions(first: 100, filter: $filter) { totalCount nodes { id } } }`;
const CREATE = `mutation($input: CreateActionInput!) {
  createAction(input: $input) {
    id status source version dueOn ownerAgency { id } ownerUserId ownerName raisedBy raisedByAgencyName child { id }
    updates { fromStatus toStatus note by agencyName }
  }
}`;
const UPDATE = `mutation($input: UpdateActionInput!) { updateAction(input: $input) { id status version statusReason updates { toStatus note } } }`;
const FIGURES = `query($districtId: ID!, $from: String!, $to: String!) { actionFigures(districtId: $districtId, from: $from, to: $to) { totals { set } } }`;

/** Who asks, relative to an action in district D on a child led by agency L, owned by agency W. */
const WHO = [
  'chair of the district',
  'SPOC of the district',
  'practitioner of the lead agency',
  'practitioner of the owner agency',
  'uninvolved practitioner, same district',
  'practitioner of another district',
  'chair of another district',
  'analyst',
  'auditor',
  'administrator',
] as const;
type Who = (typeof WHO)[number];
type Outcome = 'allowed' | 'NOT_FOUND' | 'FORBIDDEN';

/**
 * The expected answer per operation and caller. FORBIDDEN: the role lacks the permission, or the
 * caller may see the action (or child) but not make this change. NOT_FOUND: the caller may not see
 * the child, and is answered exactly as for a missing id (for the list: the action is not listed).
 */
const MATRIX: Record<string, Record<Who, Outcome>> = {
  action: {
    'chair of the district': 'allowed',
    'SPOC of the district': 'allowed',
    'practitioner of the lead agency': 'allowed',
    'practitioner of the owner agency': 'allowed',
    'uninvolved practitioner, same district': 'NOT_FOUND',
    'practitioner of another district': 'NOT_FOUND',
    'chair of another district': 'NOT_FOUND',
    analyst: 'FORBIDDEN',
    auditor: 'FORBIDDEN',
    administrator: 'FORBIDDEN',
  },
  actions: {
    'chair of the district': 'allowed',
    'SPOC of the district': 'allowed',
    'practitioner of the lead agency': 'allowed',
    'practitioner of the owner agency': 'allowed',
    'uninvolved practitioner, same district': 'NOT_FOUND',
    'practitioner of another district': 'NOT_FOUND',
    'chair of another district': 'NOT_FOUND',
    analyst: 'FORBIDDEN',
    auditor: 'FORBIDDEN',
    administrator: 'FORBIDDEN',
  },
  createAction: {
    'chair of the district': 'allowed',
    'SPOC of the district': 'FORBIDDEN',
    'practitioner of the lead agency': 'allowed',
    'practitioner of the owner agency': 'FORBIDDEN',
    'uninvolved practitioner, same district': 'NOT_FOUND',
    'practitioner of another district': 'NOT_FOUND',
    'chair of another district': 'NOT_FOUND',
    analyst: 'FORBIDDEN',
    auditor: 'FORBIDDEN',
    administrator: 'FORBIDDEN',
  },
  'updateAction (progress)': {
    'chair of the district': 'allowed',
    'SPOC of the district': 'FORBIDDEN',
    'practitioner of the lead agency': 'FORBIDDEN',
    'practitioner of the owner agency': 'allowed',
    'uninvolved practitioner, same district': 'NOT_FOUND',
    'practitioner of another district': 'NOT_FOUND',
    'chair of another district': 'NOT_FOUND',
    analyst: 'FORBIDDEN',
    auditor: 'FORBIDDEN',
    administrator: 'FORBIDDEN',
  },
  'updateAction (cancel)': {
    'chair of the district': 'allowed',
    'SPOC of the district': 'FORBIDDEN',
    'practitioner of the lead agency': 'FORBIDDEN',
    'practitioner of the owner agency': 'FORBIDDEN',
    'uninvolved practitioner, same district': 'NOT_FOUND',
    'practitioner of another district': 'NOT_FOUND',
    'chair of another district': 'NOT_FOUND',
    analyst: 'FORBIDDEN',
    auditor: 'FORBIDDEN',
    administrator: 'FORBIDDEN',
  },
  'updateActions (done)': {
    'chair of the district': 'allowed',
    'SPOC of the district': 'FORBIDDEN',
    'practitioner of the lead agency': 'FORBIDDEN',
    'practitioner of the owner agency': 'allowed',
    'uninvolved practitioner, same district': 'NOT_FOUND',
    'practitioner of another district': 'NOT_FOUND',
    'chair of another district': 'NOT_FOUND',
    analyst: 'FORBIDDEN',
    auditor: 'FORBIDDEN',
    administrator: 'FORBIDDEN',
  },
  actionFigures: {
    'chair of the district': 'allowed',
    'SPOC of the district': 'FORBIDDEN',
    'practitioner of the lead agency': 'FORBIDDEN',
    'practitioner of the owner agency': 'FORBIDDEN',
    'uninvolved practitioner, same district': 'FORBIDDEN',
    'practitioner of another district': 'FORBIDDEN',
    'chair of another district': 'FORBIDDEN',
    analyst: 'FORBIDDEN',
    auditor: 'FORBIDDEN',
    administrator: 'FORBIDDEN',
  },
};

interface Target {
  childId: string;
  actionId: string;
}

describe('actions: who may read, set and update them', () => {
  let t: TestApp;
  let district: string;
  let otherDistrict: string;
  let leadAgency: string;
  let ownerAgency: string;
  const s = {} as Record<Who, TestSession>;
  const today = todayInLondon();

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
    district = (await createDistrict(t.dataSource)).id;
    otherDistrict = (await createDistrict(t.dataSource)).id;
    leadAgency = (await createAgency(t.dataSource, { kind: AgencyKind.CHILDRENS_SOCIAL_CARE, districtId: district })).id;
    ownerAgency = (await createAgency(t.dataSource, { kind: AgencyKind.HEALTH, districtId: district })).id;
    const d = { districtIds: [district] };
    s['chair of the district'] = await sessionFor(t, Role.MACE_CHAIR, d);
    s['SPOC of the district'] = await sessionFor(t, Role.POLICE_SPOC, { ...d, kind: AgencyKind.POLICE });
    s['practitioner of the lead agency'] = await sessionFor(t, Role.AGENCY_PRACTITIONER, { ...d, agencyId: leadAgency });
    s['practitioner of the owner agency'] = await sessionFor(t, Role.AGENCY_PRACTITIONER, { ...d, agencyId: ownerAgency });
    s['uninvolved practitioner, same district'] = await sessionFor(t, Role.AGENCY_PRACTITIONER, { ...d, kind: AgencyKind.HOUSING });
    s['practitioner of another district'] = await sessionFor(t, Role.AGENCY_PRACTITIONER, { districtIds: [otherDistrict] });
    s['chair of another district'] = await sessionFor(t, Role.MACE_CHAIR, { districtIds: [otherDistrict] });
    s.analyst = await sessionFor(t, Role.ANALYST, { districtIds: [district, otherDistrict] });
    s.auditor = await sessionFor(t, Role.AUDITOR);
    s.administrator = await sessionFor(t, Role.ADMIN);
  });
  afterAll(() => t.close());

  /** A new child of the district led by L, with an open action owned by W set by the chair. */
  async function prepare(): Promise<Target> {
    const child = await createChild(t.dataSource, { districtId: district, leadAgencyId: leadAgency });
    const chair = s['chair of the district'];
    const action = await createAction(t.dataSource, {
      childId: child.id,
      ownerAgencyId: ownerAgency,
      dueOn: addDays(today, 7),
      raisedByUserId: chair.id,
      raisedByAgencyId: chair.agencyId,
    });
    return { childId: child.id, actionId: action.id };
  }

  async function writes(): Promise<Record<string, unknown>> {
    const [row] = await t.dataSource.query(`
      SELECT (SELECT count(*) FROM action)::int AS action, (SELECT count(*) FROM action_update)::int AS updates,
             (SELECT count(*) FROM child_involvement)::int AS involvement, (SELECT count(*) FROM notification)::int AS notification,
             (SELECT count(*) FROM audit_event WHERE operation IN ('COLLECTION', 'ALTERATION'))::int AS changes,
             (SELECT max(updated_at) FROM action)::text AS action_updated`);
    return row;
  }

  async function lastSeq(): Promise<string> {
    const [row] = await t.dataSource.query(`SELECT coalesce(max(seq), 0)::text AS seq FROM audit_event`);
    return row.seq;
  }

  async function eventsSince(seq: string): Promise<{ operation: string; subject_type: string; subject_ids: string[]; justification: string }[]> {
    return t.dataSource.query(
      `SELECT operation, subject_type, subject_ids, justification FROM audit_event WHERE seq > $1 AND operation <> 'ACCESS_DENIED' ORDER BY seq`,
      [seq],
    );
  }

  const SEND: Record<string, (session: TestSession, target: Target) => Promise<GraphQLResponse>> = {
    action: (session, target) => session.send(ACTION, { id: target.actionId }),
    actions: (session) => session.send(ACTIONS, {}),
    createAction: (session, target) =>
      session.send(CREATE, {
        input: { childId: target.childId, description: 'Invented: visit school', category: ActionCategory.SUPPORT, ownerAgencyId: ownerAgency, dueOn: today },
      }),
    'updateAction (progress)': (session, target) =>
      session.send(UPDATE, { input: { id: target.actionId, version: 1, status: ActionStatus.IN_PROGRESS, note: 'Invented: first visit made' } }),
    'updateAction (cancel)': (session, target) =>
      session.send(UPDATE, { input: { id: target.actionId, version: 1, status: ActionStatus.CANCELLED, reason: 'Invented: no longer needed' } }),
    'updateActions (done)': (session, target) =>
      session.send(`mutation($input: UpdateActionsInput!) { updateActions(input: $input) { id status } }`, {
        input: { actions: [{ id: target.actionId, version: 1 }], status: ActionStatus.DONE, outcomeNote: 'Invented: done' },
      }),
    actionFigures: (session) => session.send(FIGURES, { districtId: district, from: today, to: today }),
  };

  const CASES = Object.entries(MATRIX).flatMap(([operation, row]) => WHO.map((who) => ({ operation, who, outcome: row[who] })));

  it.each(CASES)('$operation by $who: $outcome', async ({ operation, who, outcome }) => {
    const target = await prepare();
    const before = await writes();
    const res = await SEND[operation](s[who], target);
    const listed = operation === 'actions' && !res.errors ? (res.data as { actions: { nodes: { id: string }[] } }).actions.nodes.map((n) => n.id) : [];

    if (outcome === 'allowed') {
      expect(res.errors).toBeUndefined();
      if (operation === 'actions') expect(listed).toContain(target.actionId);
      return;
    }
    if (operation === 'actions' && outcome === 'NOT_FOUND') {
      expect(res.errors).toBeUndefined();
      expect(listed).not.toContain(target.actionId);
      return;
    }
    expect(GraphQLTestClient.codeOf(res)).toBe(outcome);
    if (outcome === 'NOT_FOUND') {
      // Exactly the answer for an id that does not exist.
      const missing = await SEND[operation](s[who], { childId: randomUUID(), actionId: randomUUID() });
      expect(GraphQLTestClient.codeOf(missing)).toBe('NOT_FOUND');
      expect(res.errors?.[0].message).toBe(missing.errors?.[0].message);
    }
    expect(await writes()).toEqual(before);
  });

  it('the owner agency updates only its own agency’s actions, and lists actions only on children it may see', async () => {
    const owner = s['practitioner of the owner agency'];
    const chair = s['chair of the district'];
    const mine = await prepare();
    // A second action on the same child, owned by the lead agency: visible to W, not W's to update.
    const leads = await createAction(t.dataSource, {
      childId: mine.childId,
      ownerAgencyId: leadAgency,
      dueOn: today,
      raisedByUserId: chair.id,
      raisedByAgencyId: chair.agencyId,
    });
    // An action on a child W has nothing to do with.
    const elsewhere = await createChild(t.dataSource, { districtId: district, leadAgencyId: leadAgency });
    const unseen = await createAction(t.dataSource, {
      childId: elsewhere.id,
      ownerAgencyId: leadAgency,
      dueOn: today,
      raisedByUserId: chair.id,
      raisedByAgencyId: chair.agencyId,
    });

    const seen = await owner.send<{ action: { canUpdate: boolean; canCancel: boolean } }>(ACTION, { id: leads.id });
    expect(seen.data?.action).toMatchObject({ canUpdate: false, canCancel: false });
    const refused = await owner.send(UPDATE, { input: { id: leads.id, version: 1, note: 'Invented note' } });
    expect(GraphQLTestClient.codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0].message).toBe('Only the agency that owns this action or the chair of the district can update it');
    const own = await owner.send<{ action: { canUpdate: boolean; canCancel: boolean } }>(ACTION, { id: mine.actionId });
    expect(own.data?.action).toMatchObject({ canUpdate: true, canCancel: false });

    const list = await owner.send<{ actions: { nodes: { id: string }[] } }>(ACTIONS, { filter: { districtId: district } });
    const ids = list.data!.actions.nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining([mine.actionId, leads.id]));
    expect(ids).not.toContain(unseen.id);
    const ownOnly = await owner.send<{ actions: { nodes: { id: string }[] } }>(ACTIONS, { filter: { ownerAgencyId: ownerAgency } });
    expect(ownOnly.data!.actions.nodes.map((n) => n.id)).not.toContain(leads.id);

    // A bulk update naming one action it may not update changes none of them.
    const before = await writes();
    const bulk = await owner.send(`mutation($input: UpdateActionsInput!) { updateActions(input: $input) { id } }`, {
      input: { actions: [{ id: mine.actionId, version: 1 }, { id: leads.id, version: 1 }], status: ActionStatus.IN_PROGRESS },
    });
    expect(GraphQLTestClient.codeOf(bulk)).toBe('FORBIDDEN');
    const hidden = await owner.send(`mutation($input: UpdateActionsInput!) { updateActions(input: $input) { id } }`, {
      input: { actions: [{ id: mine.actionId, version: 1 }, { id: unseen.id, version: 1 }], status: ActionStatus.IN_PROGRESS },
    });
    expect(GraphQLTestClient.codeOf(hidden)).toBe('NOT_FOUND');
    expect(await writes()).toEqual(before);
  });

  it('the chair answers canCancel and may move the due date; the owner may not', async () => {
    const target = await prepare();
    const chair = s['chair of the district'];
    const res = await chair.send<{ action: { canUpdate: boolean; canCancel: boolean } }>(ACTION, { id: target.actionId });
    expect(res.data?.action).toMatchObject({ canUpdate: true, canCancel: true });
    const due = addDays(today, 14);
    const owner = await s['practitioner of the owner agency'].send(UPDATE, { input: { id: target.actionId, version: 1, dueOn: due } });
    expect(GraphQLTestClient.codeOf(owner)).toBe('FORBIDDEN');
    expect(owner.errors?.[0].message).toBe('Only the chair of the district can cancel an action or change its due date');
    const moved = await chair.send<{ updateAction: { version: number; updates: { note: string }[] } }>(UPDATE, {
      input: { id: target.actionId, version: 1, dueOn: due },
    });
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.updateAction.version).toBe(2);
    expect(moved.data!.updateAction.updates.at(-1)!.note).toBe(`Due date changed to ${due}`);
  });

  it('setting an action: the record, its first log entry, the owner’s involvement, COLLECTION and a notification without personal data', async () => {
    const chair = s['chair of the district'];
    // A new agency with no involvement yet: setting the action is what lets it see the child.
    const newAgency = (await createAgency(t.dataSource, { kind: AgencyKind.YOUTH_JUSTICE, districtId: district })).id;
    const newcomer = await sessionFor(t, Role.AGENCY_PRACTITIONER, { districtIds: [district], agencyId: newAgency });
    const colleague = await sessionFor(t, Role.AGENCY_PRACTITIONER, { districtIds: [district], agencyId: newAgency });
    const child = await createChild(t.dataSource, { districtId: district, leadAgencyId: leadAgency, givenName: 'Zebedee', familyName: 'Quartermain' });
    expect(GraphQLTestClient.codeOf(await newcomer.send(`query($id: ID!) { child(id: $id) { id } }`, { id: child.id }))).toBe('NOT_FOUND');

    const seq = await lastSeq();
    const res = await chair.send<{ createAction: Record<string, unknown> & { id: string } }>(CREATE, {
      input: {
        childId: child.id,
        description: 'Invented: arrange a health assessment',
        category: ActionCategory.SAFEGUARDING,
        ownerAgencyId: newAgency,
        ownerUserId: newcomer.id,
        dueOn: addDays(today, 3),
      },
    });
    expect(res.errors).toBeUndefined();
    const made = res.data!.createAction;
    const chairName = (await t.dataSource.query(`SELECT display_name FROM user_account WHERE id = $1`, [chair.id]))[0].display_name;
    const newcomerName = (await t.dataSource.query(`SELECT display_name FROM user_account WHERE id = $1`, [newcomer.id]))[0].display_name;
    const chairAgencyName = (await t.dataSource.query(`SELECT name FROM agency WHERE id = $1`, [chair.agencyId]))[0].name;
    expect(made).toMatchObject({
      status: ActionStatus.OPEN,
      source: 'OUTSIDE_MEETING',
      version: 1,
      dueOn: addDays(today, 3),
      ownerAgency: { id: newAgency },
      ownerUserId: newcomer.id,
      ownerName: newcomerName,
      raisedBy: chairName,
      raisedByAgencyName: chairAgencyName,
      child: { id: child.id },
      updates: [{ fromStatus: null, toStatus: ActionStatus.OPEN, note: 'Action set', by: chairName, agencyName: chairAgencyName }],
    });
    const [row] = await t.dataSource.query(`SELECT district_id FROM action WHERE id = $1`, [made.id]);
    expect(row.district_id).toBe(district);

    const involvement = await t.dataSource.query(`SELECT kind FROM child_involvement WHERE child_id = $1 AND agency_id = $2`, [child.id, newAgency]);
    expect(involvement).toEqual([{ kind: 'ACTION_OWNER' }]);
    expect((await newcomer.send(`query($id: ID!) { child(id: $id) { id } }`, { id: child.id })).errors).toBeUndefined();

    const events = await eventsSince(seq);
    expect(events).toContainEqual({
      operation: AuditOperation.COLLECTION,
      subject_type: 'ACTION',
      subject_ids: [made.id, child.id],
      justification: 'action set outside a meeting',
    });

    const notifications: { user_id: string; kind: string; message: string; link: string; subject_id: string }[] = await t.dataSource.query(
      `SELECT user_id, kind, message, link, subject_id FROM notification WHERE subject_id = $1 ORDER BY user_id`,
      [made.id],
    );
    expect(notifications.map((n) => n.user_id).sort()).toEqual([newcomer.id, colleague.id].sort());
    for (const n of notifications) {
      expect(n).toMatchObject({ kind: 'ACTION_ASSIGNED', message: 'An action has been assigned to your agency', link: `/actions/${made.id}` });
      expect(`${n.message} ${n.link}`).not.toMatch(/Zebedee|Quartermain|health assessment/);
    }
  });

  it('reading writes CONSULTATION events about the actions, justified by the child’s grant', async () => {
    const target = await prepare();
    const seq = await lastSeq();
    await s['practitioner of the owner agency'].send(`query($id: ID!) { action(id: $id) { id } }`, { id: target.actionId });
    await s['chair of the district'].send(`query($id: ID!) { action(id: $id) { id } }`, { id: target.actionId });
    await s['chair of the district'].send(`query($c: ID!) { actions(first: 5, filter: { childId: $c }) { nodes { id } } }`, { c: target.childId });
    expect(await eventsSince(seq)).toEqual([
      { operation: 'CONSULTATION', subject_type: 'ACTION', subject_ids: [target.actionId], justification: 'involvement: ACTION_OWNER' },
      { operation: 'CONSULTATION', subject_type: 'ACTION', subject_ids: [target.actionId], justification: 'district oversight' },
      { operation: 'CONSULTATION', subject_type: 'ACTION', subject_ids: [target.actionId], justification: 'district oversight' },
    ]);

    // Selecting the child through the action reads child data: its own CONSULTATION.
    const seq2 = await lastSeq();
    await s['practitioner of the owner agency'].send(`query($id: ID!) { action(id: $id) { child { fullName } } }`, { id: target.actionId });
    expect(await eventsSince(seq2)).toEqual([
      { operation: 'CONSULTATION', subject_type: 'ACTION', subject_ids: [target.actionId], justification: 'involvement: ACTION_OWNER' },
      { operation: 'CONSULTATION', subject_type: 'CHILD', subject_ids: [target.childId], justification: 'involvement: ACTION_OWNER' },
    ]);
  });

  it('an update writes one ALTERATION naming the changed fields, never their values', async () => {
    const target = await prepare();
    const seq = await lastSeq();
    const res = await s['practitioner of the owner agency'].send(UPDATE, {
      input: { id: target.actionId, version: 1, status: ActionStatus.NOT_POSSIBLE, reason: 'Invented: the family moved away', note: 'Invented note' },
    });
    expect(res.errors).toBeUndefined();
    const events = await eventsSince(seq);
    expect(events).toEqual([
      { operation: 'ALTERATION', subject_type: 'ACTION', subject_ids: [target.actionId], justification: 'changed: status, statusReason, completedAt, note, updates' },
    ]);
    expect(JSON.stringify(events)).not.toMatch(/family moved|Invented note/);
  });

  it('the child shows its actions (due soonest, overdue first) and their chronology', async () => {
    const chair = s['chair of the district'];
    const child = await createChild(t.dataSource, { districtId: district, leadAgencyId: leadAgency });
    const make = (dueOn: string, status?: ActionStatus, category?: ActionCategory) =>
      createAction(t.dataSource, { childId: child.id, ownerAgencyId: ownerAgency, dueOn, status, category, raisedByUserId: chair.id, raisedByAgencyId: chair.agencyId });
    const later = await make(addDays(today, 10));
    const overdue = await make(addDays(today, -2));
    const doneLongAgo = await make(addDays(today, -20), ActionStatus.DONE);
    const soon = await make(addDays(today, 1), undefined, ActionCategory.DIVERSION);

    const res = await chair.send<{ child: { actions: { id: string; overdue: boolean }[]; chronology: { kind: string; summary: string; detail: string | null }[] } }>(
      `query($id: ID!) { child(id: $id) { actions { id overdue } chronology { kind summary detail } } }`,
      { id: child.id },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.child.actions).toEqual([
      { id: overdue.id, overdue: true },
      { id: doneLongAgo.id, overdue: false },
      { id: soon.id, overdue: false },
      { id: later.id, overdue: false },
    ]);

    const update = await s['practitioner of the owner agency'].send(UPDATE, {
      input: { id: soon.id, version: 1, status: ActionStatus.IN_PROGRESS, note: 'Invented: first session booked' },
    });
    expect(update.errors).toBeUndefined();
    const again = await chair.send<{ child: { chronology: { kind: string; summary: string; detail: string | null }[] } }>(
      `query($id: ID!) { child(id: $id) { chronology { kind summary detail } } }`,
      { id: child.id },
    );
    const entries = again.data!.child.chronology;
    expect(entries.filter((e) => e.kind === ChronologyKind.ACTION_SET)).toHaveLength(4);
    expect(entries).toContainEqual({ kind: 'ACTION_SET', summary: 'Action set: Diversion', detail: 'An invented action set by a test' });
    expect(entries).toContainEqual({ kind: 'ACTION_UPDATED', summary: 'Action: In progress', detail: 'Invented: first session booked' });
    expect(entries).toContainEqual({ kind: 'ACTION_UPDATED', summary: 'Action: Done', detail: 'Updated by a test' });
    // The first log entry only repeats that the action was set.
    expect(entries.filter((e) => e.kind === ChronologyKind.ACTION_UPDATED)).toHaveLength(2);
  });
});

import { randomUUID } from 'node:crypto';
import { addDays, todayInLondon } from '@mace/api-children';
import { ActionCategory, ActionStatus, AgencyKind, Role } from '@mace/shared-domain';
import {
  createAction,
  createAgency,
  createChild,
  createDistrict,
  createUser,
  GraphQLTestClient,
  sessionFor,
  startTestApp,
  TestApp,
  TestSession,
} from '@mace/api-testing';
import { createApiApp } from '../src/bootstrap/create-api-app';

/**
 * Bad input to createAction, updateAction and updateActions (the cases bad-input.int.spec.ts
 * leaves to this file, as they need a chair's session): each answer is BAD_USER_INPUT with a
 * message per field, and nothing is written: no action, log entry, involvement, notification or
 * audit event.
 */

const MUTATIONS = {
  createAction: `mutation($input: CreateActionInput!) { createAction(input: $input) { id } }`,
  updateAction: `mutation($input: UpdateActionInput!) { updateAction(input: $input) { id version } }`,
  updateActions: `mutation($input: UpdateActionsInput!) { updateActions(input: $input) { id version } }`,
};

const HUNDRED_KB = 'x'.repeat(100 * 1024);

interface Fixtures {
  chair: TestSession;
  childId: string;
  agencyId: string;
  otherAgencyId: string;
  inactiveAgencyId: string;
  otherAgencyUserId: string;
  inactiveUserId: string;
  actionId: string;
  doneActionId: string;
}

type Expected = { fields: Record<string, string> } | { message: string };

interface Case {
  mutation: keyof typeof MUTATIONS;
  name: string;
  input: (f: Fixtures) => Record<string, unknown>;
  expect: Expected;
}

const today = todayInLondon();
const newAction = (f: Fixtures, overrides: Record<string, unknown> = {}) => ({
  childId: f.childId,
  description: 'Invented: arrange a home visit',
  category: ActionCategory.SAFEGUARDING,
  ownerAgencyId: f.agencyId,
  dueOn: addDays(today, 7),
  ...overrides,
});
const change = (f: Fixtures, overrides: Record<string, unknown>) => ({ id: f.actionId, version: 1, ...overrides });
const bulk = (f: Fixtures, overrides: Record<string, unknown>) => ({ actions: [{ id: f.actionId, version: 1 }], status: ActionStatus.IN_PROGRESS, ...overrides });

const CASES: Case[] = [
  // createAction
  { mutation: 'createAction', name: 'a due date in the past (before the action is set)', input: (f) => newAction(f, { dueOn: addDays(today, -1) }), expect: { fields: { dueOn: 'The due date must be today or in the future' } } },
  { mutation: 'createAction', name: 'a due date that is not a date', input: (f) => newAction(f, { dueOn: '2026-02-30' }), expect: { fields: { dueOn: 'Enter the due date as a real date, like 2026-03-27' } } },
  { mutation: 'createAction', name: 'an unknown owner agency', input: (f) => newAction(f, { ownerAgencyId: randomUUID() }), expect: { fields: { ownerAgencyId: 'Choose an active agency that exists' } } },
  { mutation: 'createAction', name: 'an inactive owner agency', input: (f) => newAction(f, { ownerAgencyId: f.inactiveAgencyId }), expect: { fields: { ownerAgencyId: 'Choose an active agency that exists' } } },
  { mutation: 'createAction', name: 'a malformed owner agency id', input: (f) => newAction(f, { ownerAgencyId: 'agency-1' }), expect: { fields: { ownerAgencyId: 'Choose the agency that owns the action' } } },
  { mutation: 'createAction', name: 'an owner person of another agency', input: (f) => newAction(f, { ownerUserId: f.otherAgencyUserId }), expect: { fields: { ownerUserId: 'Choose an active person of the agency that owns the action' } } },
  { mutation: 'createAction', name: 'an inactive owner person', input: (f) => newAction(f, { ownerUserId: f.inactiveUserId }), expect: { fields: { ownerUserId: 'Choose an active person of the agency that owns the action' } } },
  { mutation: 'createAction', name: 'an unknown agency and an owner person who cannot be of it', input: (f) => newAction(f, { ownerAgencyId: randomUUID(), ownerUserId: f.otherAgencyUserId }), expect: { fields: { ownerAgencyId: 'Choose an active agency that exists', ownerUserId: 'Choose an active person of the agency that owns the action' } } },
  { mutation: 'createAction', name: 'an empty description', input: (f) => newAction(f, { description: '   ' }), expect: { fields: { description: 'Describe the action' } } },
  { mutation: 'createAction', name: '100 KB of description', input: (f) => newAction(f, { description: HUNDRED_KB }), expect: { fields: { description: 'Description must be 2,000 characters or fewer' } } },
  { mutation: 'createAction', name: 'an unknown category', input: (f) => newAction(f, { category: 'PAPERWORK' }), expect: { message: 'Variable "$input" got invalid value "PAPERWORK" at "input.category"' } },
  { mutation: 'createAction', name: 'a malformed child id', input: (f) => newAction(f, { childId: 'child-1' }), expect: { fields: { childId: 'Choose the child' } } },

  // updateAction
  { mutation: 'updateAction', name: 'NOT_DONE without a reason', input: (f) => change(f, { status: ActionStatus.NOT_DONE }), expect: { fields: { reason: 'Enter why the action was not done' } } },
  { mutation: 'updateAction', name: 'NOT_POSSIBLE with a blank reason', input: (f) => change(f, { status: ActionStatus.NOT_POSSIBLE, reason: '  ' }), expect: { fields: { reason: 'Enter why the action is not possible' } } },
  { mutation: 'updateAction', name: 'DONE without an outcome', input: (f) => change(f, { status: ActionStatus.DONE, note: 'Invented' }), expect: { fields: { outcomeNote: 'Enter the outcome of the action' } } },
  { mutation: 'updateAction', name: 'a 100 KB note', input: (f) => change(f, { note: HUNDRED_KB }), expect: { fields: { note: 'Note must be 10,000 characters or fewer' } } },
  { mutation: 'updateAction', name: 'a 100 KB outcome', input: (f) => change(f, { status: ActionStatus.DONE, outcomeNote: HUNDRED_KB }), expect: { fields: { outcomeNote: 'Outcome must be 10,000 characters or fewer' } } },
  { mutation: 'updateAction', name: 'a 100 KB reason', input: (f) => change(f, { status: ActionStatus.NOT_DONE, reason: HUNDRED_KB }), expect: { fields: { reason: 'Reason must be 2,000 characters or fewer' } } },
  { mutation: 'updateAction', name: 'an unknown status', input: (f) => change(f, { status: 'FORGOTTEN' }), expect: { message: 'Variable "$input" got invalid value "FORGOTTEN" at "input.status"' } },
  { mutation: 'updateAction', name: 'a status sent as null', input: (f) => change(f, { status: null }), expect: { fields: { status: 'Choose a status' } } },
  { mutation: 'updateAction', name: 'nothing to change', input: (f) => change(f, {}), expect: { fields: { note: 'Enter a progress note or choose a new status' } } },
  { mutation: 'updateAction', name: 'a due date in the past', input: (f) => change(f, { dueOn: addDays(today, -1) }), expect: { fields: { dueOn: 'The due date must be today or in the future' } } },
  { mutation: 'updateAction', name: 'an owner person of another agency', input: (f) => change(f, { ownerUserId: f.otherAgencyUserId }), expect: { fields: { ownerUserId: 'Choose an active person of the agency that owns the action' } } },
  { mutation: 'updateAction', name: 'version 0 and a malformed id', input: () => ({ id: 'action-1', version: 0, note: 'Invented' }), expect: { fields: { id: 'Action id is not valid', version: 'version must not be less than 1' } } },
  { mutation: 'updateAction', name: 'a change to a finished action', input: (f) => ({ id: f.doneActionId, version: 1, note: 'Invented' }), expect: { fields: { status: 'This action is already marked “Done” and cannot be changed' } } },

  // updateActions
  { mutation: 'updateActions', name: 'no actions', input: (f) => bulk(f, { actions: [] }), expect: { fields: { actions: 'Choose at least one action' } } },
  { mutation: 'updateActions', name: '51 actions', input: () => bulk({} as Fixtures, { actions: Array.from({ length: 51 }, () => ({ id: randomUUID(), version: 1 })) }), expect: { fields: { actions: 'Choose no more than 50 actions at once' } } },
  { mutation: 'updateActions', name: 'an action twice', input: (f) => bulk(f, { actions: [{ id: f.actionId, version: 1 }, { id: f.actionId, version: 1 }] }), expect: { fields: { actions: 'Choose each action once' } } },
  { mutation: 'updateActions', name: 'NOT_DONE without a reason', input: (f) => bulk(f, { status: ActionStatus.NOT_DONE }), expect: { fields: { reason: 'Enter why the action was not done' } } },
  { mutation: 'updateActions', name: 'DONE without an outcome', input: (f) => bulk(f, { status: ActionStatus.DONE }), expect: { fields: { outcomeNote: 'Enter the outcome of the action' } } },
  { mutation: 'updateActions', name: 'a 100 KB note', input: (f) => bulk(f, { note: HUNDRED_KB }), expect: { fields: { note: 'Note must be 10,000 characters or fewer' } } },
  { mutation: 'updateActions', name: 'a malformed action id', input: (f) => bulk(f, { actions: [{ id: 'action-1', version: 1 }] }), expect: { fields: { 'actions.0.id': 'Action id is not valid' } } },
  { mutation: 'updateActions', name: 'an unknown status', input: (f) => bulk(f, { status: 'FORGOTTEN' }), expect: { message: 'Variable "$input" got invalid value "FORGOTTEN" at "input.status"' } },
  { mutation: 'updateActions', name: 'a finished action among them', input: (f) => bulk(f, { actions: [{ id: f.actionId, version: 1 }, { id: f.doneActionId, version: 1 }] }), expect: { fields: { status: 'This action is already marked “Done” and cannot be changed' } } },
];

describe('bad input to the action mutations: BAD_USER_INPUT per field, nothing written', () => {
  let t: TestApp;
  const f = {} as Fixtures;

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
    const district = (await createDistrict(t.dataSource)).id;
    f.agencyId = (await createAgency(t.dataSource, { kind: AgencyKind.HEALTH, districtId: district })).id;
    f.otherAgencyId = (await createAgency(t.dataSource, { kind: AgencyKind.EDUCATION, districtId: district })).id;
    const inactive = await createAgency(t.dataSource, { districtId: district });
    await t.dataSource.query(`UPDATE agency SET active = false WHERE id = $1`, [inactive.id]);
    f.inactiveAgencyId = inactive.id;
    f.otherAgencyUserId = (await createUser(t.dataSource, { roles: [Role.AGENCY_PRACTITIONER], agencyId: f.otherAgencyId })).id;
    f.inactiveUserId = (await createUser(t.dataSource, { roles: [Role.AGENCY_PRACTITIONER], agencyId: f.agencyId, active: false })).id;
    f.chair = await sessionFor(t, Role.MACE_CHAIR, { districtIds: [district] });
    f.childId = (await createChild(t.dataSource, { districtId: district, givenName: 'Invented', familyName: 'Bad-Input' })).id;
    const raised = { childId: f.childId, ownerAgencyId: f.agencyId, dueOn: addDays(today, 3), raisedByUserId: f.chair.id, raisedByAgencyId: f.chair.agencyId };
    f.actionId = (await createAction(t.dataSource, raised)).id;
    f.doneActionId = (await createAction(t.dataSource, { ...raised, status: ActionStatus.DONE })).id;
  });
  afterAll(() => t.close());

  /** Rows (and a digest of their content) of everything an action mutation could write. */
  async function state(): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const table of ['action', 'action_update', 'child_involvement', 'notification', 'audit_event']) {
      const where = table === 'audit_event' ? `WHERE operation IN ('COLLECTION', 'ALTERATION', 'CONSULTATION')` : '';
      const [row] = await t.dataSource.query(
        `SELECT count(*)::int AS n, coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS digest FROM ${table} t ${where}`,
      );
      out[table] = row;
    }
    return out;
  }

  it('sends valid input that works (so the cases below fail for the reason they name)', async () => {
    const made = await f.chair.send<{ createAction: { id: string } }>(MUTATIONS.createAction, { input: newAction(f, { dueOn: today }) });
    expect(made.errors).toBeUndefined();
    const id = made.data!.createAction.id;
    const updated = await f.chair.send(MUTATIONS.updateAction, { input: { id, version: 1, status: ActionStatus.NOT_DONE, reason: 'Invented', dueOn: today } });
    expect(updated.errors).toBeUndefined();
    const other = await f.chair.send<{ createAction: { id: string } }>(MUTATIONS.createAction, { input: newAction(f) });
    const many = await f.chair.send(MUTATIONS.updateActions, {
      input: { actions: [{ id: other.data!.createAction.id, version: 1 }], status: ActionStatus.DONE, outcomeNote: 'Invented' },
    });
    expect(many.errors).toBeUndefined();
  });

  it.each(CASES.map((c) => ({ ...c, what: 'fields' in c.expect ? Object.keys(c.expect.fields).join(', ') : 'the variable' })))(
    '$mutation refuses $name: BAD_USER_INPUT on $what',
    async ({ mutation, input, expect: expected }) => {
      const before = await state();
      const res = await f.chair.send(MUTATIONS[mutation], { input: input(f) });
      expect(res.errors).toHaveLength(1);
      expect(GraphQLTestClient.codeOf(res)).toBe('BAD_USER_INPUT');
      if ('fields' in expected) expect(res.errors?.[0].extensions?.fields).toEqual(expected.fields);
      else expect(res.errors?.[0].message).toContain(expected.message);
      expect(res.data ?? null).toBeNull();
      expect(await state()).toEqual(before);
    },
  );
});

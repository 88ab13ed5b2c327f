import { addDays, todayInLondon } from '@mace/api-children';
import { ActionStatus, AgencyKind, Role } from '@mace/shared-domain';
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

const UPDATE = `mutation($input: UpdateActionInput!) {
  updateAction(input: $input) { id status version statusReason outcomeNote completedAt updates { fromStatus toStatus note } }
}`;
const UPDATE_MANY = `mutation($input: UpdateActionsInput!) { updateActions(input: $input) { id status version } }`;
const ACTIONS = `query($filter: ActionFilterInput) { actions(first: 100, filter: $filter) { totalCount nodes { id overdue daysOverdue } } }`;

type Updated = { id: string; status: string; version: number; statusReason: string | null; outcomeNote: string | null; completedAt: string | null; updates: { fromStatus: string | null; toStatus: string; note: string | null }[] };

const UNFINISHED = [ActionStatus.OPEN, ActionStatus.IN_PROGRESS];
const FINAL = [ActionStatus.DONE, ActionStatus.NOT_POSSIBLE, ActionStatus.NOT_DONE, ActionStatus.CANCELLED];

interface Transition {
  to: ActionStatus;
  with: Record<string, string>;
  /** The per-field messages of a refusal, or what the action holds afterwards. */
  refused?: Record<string, string>;
  stored?: { statusReason?: string | null; outcomeNote?: string | null };
}

/** Each move from an unfinished status, with and without what it requires. */
const TRANSITIONS: Transition[] = [
  { to: ActionStatus.IN_PROGRESS, with: { note: 'Invented: started' }, stored: { statusReason: null, outcomeNote: null } },
  { to: ActionStatus.OPEN, with: { note: 'Invented: back to open' }, stored: { statusReason: null, outcomeNote: null } },
  { to: ActionStatus.DONE, with: {}, refused: { outcomeNote: 'Enter the outcome of the action' } },
  { to: ActionStatus.DONE, with: { outcomeNote: '   ' }, refused: { outcomeNote: 'Enter the outcome of the action' } },
  { to: ActionStatus.DONE, with: { outcomeNote: 'Invented: assessment made' }, stored: { outcomeNote: 'Invented: assessment made', statusReason: null } },
  { to: ActionStatus.NOT_POSSIBLE, with: {}, refused: { reason: 'Enter why the action is not possible' } },
  { to: ActionStatus.NOT_POSSIBLE, with: { reason: 'Invented: moved out of area' }, stored: { statusReason: 'Invented: moved out of area', outcomeNote: null } },
  { to: ActionStatus.NOT_DONE, with: {}, refused: { reason: 'Enter why the action was not done' } },
  { to: ActionStatus.NOT_DONE, with: { reason: 'Invented: no capacity' }, stored: { statusReason: 'Invented: no capacity', outcomeNote: null } },
  { to: ActionStatus.CANCELLED, with: { note: 'Invented' }, refused: { reason: 'Enter why the action is cancelled' } },
  { to: ActionStatus.CANCELLED, with: { reason: 'Invented: duplicate' }, stored: { statusReason: 'Invented: duplicate', outcomeNote: null } },
  { to: ActionStatus.IN_PROGRESS, with: { reason: 'Invented' }, refused: { reason: 'Only give a reason when the action is not possible, not done or cancelled' } },
  { to: ActionStatus.NOT_DONE, with: { reason: 'Invented', outcomeNote: 'Invented' }, refused: { outcomeNote: 'Only give an outcome when the action is done' } },
];

describe('action updates: transitions, overdue, concurrency', () => {
  let t: TestApp;
  let district: string;
  let ownerAgency: string;
  let chair: TestSession;
  let owner: TestSession;
  const today = todayInLondon();

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
    district = (await createDistrict(t.dataSource)).id;
    ownerAgency = (await createAgency(t.dataSource, { kind: AgencyKind.HEALTH, districtId: district })).id;
    chair = await sessionFor(t, Role.MACE_CHAIR, { districtIds: [district] });
    owner = await sessionFor(t, Role.AGENCY_PRACTITIONER, { districtIds: [district], agencyId: ownerAgency });
  });
  afterAll(() => t.close());

  async function newAction(options: { status?: ActionStatus; dueOn?: string; childId?: string } = {}) {
    const childId = options.childId ?? (await createChild(t.dataSource, { districtId: district })).id;
    return createAction(t.dataSource, {
      childId,
      ownerAgencyId: ownerAgency,
      dueOn: options.dueOn ?? addDays(today, 7),
      status: options.status,
      raisedByUserId: chair.id,
      raisedByAgencyId: chair.agencyId,
    });
  }

  async function logOf(actionId: string): Promise<number> {
    const [row] = await t.dataSource.query(`SELECT count(*)::int AS n FROM action_update WHERE action_id = $1`, [actionId]);
    return row.n;
  }

  async function rowOf(actionId: string) {
    const [row] = await t.dataSource.query(`SELECT status, version, completed_at, updated_at::text FROM action WHERE id = $1`, [actionId]);
    return row;
  }

  const CASES = UNFINISHED.flatMap((from) =>
    TRANSITIONS.filter((tr) => tr.to !== from).map((tr) => ({
      ...tr,
      from,
      outcome: tr.refused ? `refused on ${Object.keys(tr.refused).join(', ')}` : 'allowed',
      given: Object.keys(tr.with).join(', ') || 'nothing else',
    })),
  );

  it.each(CASES)('$from -> $to with $given: $outcome', async ({ from, to, with: extra, refused, stored }) => {
    const action = await newAction({ status: from });
    const before = await rowOf(action.id);
    const entries = await logOf(action.id);
    const res = await chair.send<{ updateAction: Updated }>(UPDATE, { input: { id: action.id, version: 1, status: to, ...extra } });
    if (refused) {
      expect(GraphQLTestClient.codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields).toEqual(refused);
      expect(await rowOf(action.id)).toEqual(before);
      expect(await logOf(action.id)).toBe(entries);
      return;
    }
    expect(res.errors).toBeUndefined();
    const updated = res.data!.updateAction;
    expect(updated).toMatchObject({ status: to, version: 2, ...stored });
    expect(updated.completedAt === null).toBe(!FINAL.includes(to));
    expect(updated.updates).toHaveLength(entries + 1);
    expect(updated.updates.at(-1)).toMatchObject({ fromStatus: from, toStatus: to });
    if (FINAL.includes(to)) expect(Date.now() - Date.parse(updated.completedAt!)).toBeLessThan(60_000);
  });

  it.each(FINAL.flatMap((from) => [ActionStatus.IN_PROGRESS, ActionStatus.OPEN, undefined].map((to) => ({ from, to: to ?? 'a note only' }))))(
    'a $from action is final: $to is refused and nothing is written',
    async ({ from, to }) => {
      const action = await newAction({ status: from });
      const before = await rowOf(action.id);
      const entries = await logOf(action.id);
      const status = to === 'a note only' ? {} : { status: to };
      const res = await chair.send(UPDATE, { input: { id: action.id, version: 1, note: 'Invented: one more thing', ...status } });
      expect(GraphQLTestClient.codeOf(res)).toBe('BAD_USER_INPUT');
      expect(Object.keys(res.errors?.[0].extensions?.fields ?? {})).toEqual(['status']);
      expect(res.errors?.[0].extensions?.fields?.['status']).toMatch(/^This action is already marked “.+” and cannot be changed$/);
      expect(await rowOf(action.id)).toEqual(before);
      expect(await logOf(action.id)).toBe(entries);
    },
  );

  it('a note alone is one log entry without a status change; a stale version is CONFLICT', async () => {
    const action = await newAction();
    const res = await owner.send<{ updateAction: Updated }>(UPDATE, { input: { id: action.id, version: 1, note: 'Invented: phoned the school' } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateAction).toMatchObject({ status: 'OPEN', version: 2 });
    expect(res.data!.updateAction.updates).toEqual([
      { fromStatus: null, toStatus: 'OPEN', note: 'Action set' },
      { fromStatus: 'OPEN', toStatus: 'OPEN', note: 'Invented: phoned the school' },
    ]);
    const stale = await owner.send(UPDATE, { input: { id: action.id, version: 1, note: 'Invented: again' } });
    expect(GraphQLTestClient.codeOf(stale)).toBe('CONFLICT');
    expect(await logOf(action.id)).toBe(2);
  });

  it('updateActions changes every action with one log entry each, or none of them', async () => {
    const child = await createChild(t.dataSource, { districtId: district });
    const [a, b, c] = [await newAction({ childId: child.id }), await newAction({ childId: child.id }), await newAction({ childId: child.id })];
    const finished = await newAction({ childId: child.id, status: ActionStatus.DONE });
    const snapshot = async () => ({
      rows: await Promise.all([a, b, c, finished].map((x) => rowOf(x.id))),
      log: await Promise.all([a, b, c, finished].map((x) => logOf(x.id))),
    });
    const before = await snapshot();

    const stale = await owner.send(UPDATE_MANY, {
      input: { actions: [{ id: a.id, version: 1 }, { id: b.id, version: 2 }, { id: c.id, version: 1 }], status: ActionStatus.IN_PROGRESS },
    });
    expect(GraphQLTestClient.codeOf(stale)).toBe('CONFLICT');
    const withFinal = await owner.send(UPDATE_MANY, {
      input: { actions: [{ id: a.id, version: 1 }, { id: finished.id, version: 1 }], status: ActionStatus.IN_PROGRESS },
    });
    expect(GraphQLTestClient.codeOf(withFinal)).toBe('BAD_USER_INPUT');
    expect(await snapshot()).toEqual(before);

    const res = await owner.send<{ updateActions: { id: string; status: string; version: number }[] }>(UPDATE_MANY, {
      input: {
        actions: [{ id: c.id, version: 1 }, { id: a.id, version: 1 }, { id: b.id, version: 1 }],
        status: ActionStatus.NOT_POSSIBLE,
        reason: 'Invented: the child moved away',
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateActions).toEqual([c, a, b].map((x) => ({ id: x.id, status: 'NOT_POSSIBLE', version: 2 })));
    for (const x of [a, b, c]) {
      expect(await logOf(x.id)).toBe(2);
      expect((await rowOf(x.id)).completed_at).not.toBeNull();
    }
    const reasons = await t.dataSource.query(`SELECT DISTINCT status_reason FROM action WHERE id = ANY($1)`, [[a.id, b.id, c.id]]);
    expect(reasons).toEqual([{ status_reason: 'Invented: the child moved away' }]);
  });

  it('overdue is derived from the London date: due yesterday is overdue, today and tomorrow are not, finished never', async () => {
    const child = await createChild(t.dataSource, { districtId: district });
    const yesterday = await newAction({ childId: child.id, dueOn: addDays(today, -1) });
    const lastWeek = await newAction({ childId: child.id, dueOn: addDays(today, -7), status: ActionStatus.IN_PROGRESS });
    const dueToday = await newAction({ childId: child.id, dueOn: today });
    const tomorrow = await newAction({ childId: child.id, dueOn: addDays(today, 1) });
    const doneLate = await newAction({ childId: child.id, dueOn: addDays(today, -1), status: ActionStatus.DONE });

    const all = await chair.send<{ actions: { totalCount: number; nodes: { id: string; overdue: boolean; daysOverdue: number }[] } }>(ACTIONS, {
      filter: { childId: child.id },
    });
    expect(all.errors).toBeUndefined();
    // Due soonest: overdue first (by due date), then the rest by due date.
    expect(all.data!.actions.nodes).toEqual([
      { id: lastWeek.id, overdue: true, daysOverdue: 7 },
      { id: yesterday.id, overdue: true, daysOverdue: 1 },
      { id: doneLate.id, overdue: false, daysOverdue: 0 },
      { id: dueToday.id, overdue: false, daysOverdue: 0 },
      { id: tomorrow.id, overdue: false, daysOverdue: 0 },
    ]);
    const overdue = await chair.send<{ actions: { nodes: { id: string }[] } }>(ACTIONS, { filter: { childId: child.id, overdue: true } });
    expect(overdue.data!.actions.nodes.map((n) => n.id)).toEqual([lastWeek.id, yesterday.id]);
    const notOverdue = await chair.send<{ actions: { nodes: { id: string }[] } }>(ACTIONS, { filter: { childId: child.id, overdue: false } });
    expect(notOverdue.data!.actions.nodes.map((n) => n.id)).toEqual([doneLate.id, dueToday.id, tomorrow.id]);
    const open = await chair.send<{ actions: { nodes: { id: string }[] } }>(ACTIONS, {
      filter: { childId: child.id, statuses: [ActionStatus.OPEN] },
    });
    expect(open.data!.actions.nodes.map((n) => n.id)).toEqual([yesterday.id, dueToday.id, tomorrow.id]);
  });

  /** Eight updates of one action naming the same version: exactly one may win. */
  async function race(send: (attempt: number, actionId: string) => Promise<GraphQLResponse>, concurrently: boolean): Promise<void> {
    const action = await newAction();
    const attempts = Array.from({ length: 8 }, (_, i) => i);
    const results = concurrently
      ? await Promise.all(attempts.map((i) => send(i, action.id)))
      : await attempts.reduce<Promise<GraphQLResponse[]>>(async (done, i) => [...(await done), await send(i, action.id)], Promise.resolve([]));
    const codes = results.map((res) => (res.errors ? GraphQLTestClient.codeOf(res) : 'OK'));
    expect(codes.filter((code) => code === 'OK')).toHaveLength(1);
    expect(codes.filter((code) => code === 'CONFLICT')).toHaveLength(7);
    const entries: { note: string }[] = await t.dataSource.query(
      `SELECT note FROM action_update WHERE action_id = $1 AND from_status IS NOT NULL`,
      [action.id],
    );
    const winner = codes.indexOf('OK');
    expect(entries).toEqual([{ note: `Invented: attempt ${winner}` }]);
    expect((await rowOf(action.id)).version).toBe(2);
  }

  const attempt = (i: number, id: string) =>
    (i % 2 ? owner : chair).send(UPDATE, { input: { id, version: 1, status: ActionStatus.IN_PROGRESS, note: `Invented: attempt ${i}` } });

  it('eight updates naming the same version one after another: the first wins, seven CONFLICT, one log entry', async () => {
    await race(attempt, false);
  });

  if (process.env.TEST_DATABASE_URL) {
    describe('on a Postgres server only (PGlite is one session: its transactions never overlap, so it cannot race)', () => {
      it('eight concurrent updates with the same version, 200 times: one succeeds, seven CONFLICT, one new log entry', async () => {
        for (let round = 0; round < 200; round += 1) await race(attempt, true);
      }, 600_000);
    });
  }
});

import { addDays, todayInLondon } from '@mace/api-children';
import { ActionStatus, AgencyKind, Role } from '@mace/shared-domain';
import {
  countQueries,
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
  uniqueSuffix,
} from '@mace/api-testing';
import { createApiApp } from '../src/bootstrap/create-api-app';

const FIGURES = `query($districtId: ID!, $from: String!, $to: String!) {
  actionFigures(districtId: $districtId, from: $from, to: $to) {
    district { id } from to
    agencies { agency { id name } set doneOnTime doneLate notPossible notDone cancelled stillOpen overdue }
    totals { set doneOnTime doneLate notPossible notDone cancelled stillOpen overdue }
  }
}`;

const LIST = `query($first: Int!, $district: ID!) {
  actions(first: $first, filter: { districtId: $district }) {
    totalCount
    nodes {
      id description category status dueOn overdue daysOverdue version canUpdate canCancel
      ownerAgency { id name } ownerName raisedBy raisedByAgencyName
      child { id fullName riskLevel }
      updates { toStatus note by agencyName }
    }
  }
}`;

type Counts = { set: number; doneOnTime: number; doneLate: number; notPossible: number; notDone: number; cancelled: number; stillOpen: number; overdue: number };
const ZERO: Counts = { set: 0, doneOnTime: 0, doneLate: 0, notPossible: 0, notDone: 0, cancelled: 0, stillOpen: 0, overdue: 0 };

/** Midday UTC of a London date: the same date in London in winter and summer. */
const noonOf = (date: string) => new Date(`${date}T12:00:00Z`);

describe('action figures and the cost of the action list', () => {
  let t: TestApp;
  let district: string;
  let chair: TestSession;
  const today = todayInLondon();
  const from = addDays(today, -30);
  const to = addDays(today, -10);

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
    district = (await createDistrict(t.dataSource)).id;
    chair = await sessionFor(t, Role.MACE_CHAIR, { districtIds: [district] });
  });
  afterAll(() => t.close());

  it('counts, per owner agency, what became of the actions set in the period', async () => {
    const alpha = await createAgency(t.dataSource, { kind: AgencyKind.HEALTH, districtId: district, name: `Alpha Health ${uniqueSuffix()}` });
    const bravo = await createAgency(t.dataSource, { kind: AgencyKind.EDUCATION, districtId: district, name: `Bravo School ${uniqueSuffix()}` });
    const child = await createChild(t.dataSource, { districtId: district });
    const otherDistrict = (await createDistrict(t.dataSource)).id;
    const elsewhere = await createChild(t.dataSource, { districtId: otherDistrict });
    const set = addDays(today, -20);
    const due = addDays(today, -15);
    const make = (agencyId: string, status: ActionStatus, dueOn: string, options: { completedAt?: Date; createdAt?: Date; childId?: string } = {}) =>
      createAction(t.dataSource, {
        childId: options.childId ?? child.id,
        ownerAgencyId: agencyId,
        dueOn,
        status,
        createdAt: options.createdAt ?? noonOf(set),
        completedAt: options.completedAt,
        raisedByUserId: chair.id,
        raisedByAgencyId: chair.agencyId,
      });

    // Done at 23:30 UTC on the due date: on time in winter (23:30 GMT), late in summer (00:30 BST the next day).
    const edge = new Date(`${due}T23:30:00Z`);
    const edgeOnTime = todayInLondon(edge) <= due;
    const table: { agency: string; status: ActionStatus; dueOn: string; completedAt?: Date; counts: Partial<Counts> }[] = [
      { agency: alpha.id, status: ActionStatus.DONE, dueOn: due, completedAt: noonOf(addDays(due, -1)), counts: { doneOnTime: 1 } },
      { agency: alpha.id, status: ActionStatus.DONE, dueOn: due, completedAt: noonOf(due), counts: { doneOnTime: 1 } },
      { agency: alpha.id, status: ActionStatus.DONE, dueOn: due, completedAt: edge, counts: edgeOnTime ? { doneOnTime: 1 } : { doneLate: 1 } },
      { agency: alpha.id, status: ActionStatus.DONE, dueOn: due, completedAt: noonOf(addDays(due, 3)), counts: { doneLate: 1 } },
      { agency: alpha.id, status: ActionStatus.NOT_POSSIBLE, dueOn: due, counts: { notPossible: 1 } },
      { agency: alpha.id, status: ActionStatus.NOT_DONE, dueOn: due, counts: { notDone: 1 } },
      { agency: alpha.id, status: ActionStatus.CANCELLED, dueOn: due, counts: { cancelled: 1 } },
      { agency: alpha.id, status: ActionStatus.OPEN, dueOn: addDays(today, 5), counts: { stillOpen: 1 } },
      { agency: alpha.id, status: ActionStatus.OPEN, dueOn: today, counts: { stillOpen: 1 } },
      { agency: alpha.id, status: ActionStatus.IN_PROGRESS, dueOn: addDays(today, -1), counts: { stillOpen: 1, overdue: 1 } },
      { agency: bravo.id, status: ActionStatus.OPEN, dueOn: due, counts: { stillOpen: 1, overdue: 1 } },
      { agency: bravo.id, status: ActionStatus.DONE, dueOn: due, completedAt: noonOf(set), counts: { doneOnTime: 1 } },
    ];
    for (const row of table) await make(row.agency, row.status, row.dueOn, { completedAt: row.completedAt });
    // Not in the figures: set before or after the period, or in another district.
    await make(alpha.id, ActionStatus.OPEN, due, { createdAt: noonOf(addDays(from, -1)) });
    await make(alpha.id, ActionStatus.OPEN, due, { createdAt: noonOf(addDays(to, 1)) });
    await make(alpha.id, ActionStatus.OPEN, due, { childId: elsewhere.id });

    const expected = (agencyId: string): Counts =>
      table
        .filter((row) => row.agency === agencyId)
        .reduce<Counts>((sum, row) => {
          const next = { ...sum, set: sum.set + 1 };
          for (const [key, n] of Object.entries(row.counts)) next[key as keyof Counts] += n;
          return next;
        }, ZERO);

    const res = await chair.send<{ actionFigures: { district: { id: string }; from: string; to: string; agencies: ({ agency: { id: string; name: string } } & Counts)[]; totals: Counts } }>(
      FIGURES,
      { districtId: district, from, to },
    );
    expect(res.errors).toBeUndefined();
    const figures = res.data!.actionFigures;
    expect(figures).toMatchObject({ district: { id: district }, from, to });
    expect(figures.agencies).toEqual([
      { agency: { id: alpha.id, name: alpha.name }, ...expected(alpha.id) },
      { agency: { id: bravo.id, name: bravo.name }, ...expected(bravo.id) },
    ]);
    expect(expected(alpha.id)).toMatchObject({ set: 10, notPossible: 1, notDone: 1, cancelled: 1, stillOpen: 3, overdue: 1 });
    expect(expected(alpha.id).doneOnTime + expected(alpha.id).doneLate).toBe(4);
    expect(figures.totals).toEqual({
      set: 12,
      doneOnTime: expected(alpha.id).doneOnTime + 1,
      doneLate: expected(alpha.id).doneLate,
      notPossible: 1,
      notDone: 1,
      cancelled: 1,
      stillOpen: 4,
      overdue: 2,
    });

    // The period is inclusive on both ends, by the London date the action was set.
    const oneDay = await chair.send<{ actionFigures: { totals: Counts } }>(FIGURES, { districtId: district, from: set, to: set });
    expect(oneDay.data!.actionFigures.totals.set).toBe(12);
    const empty = await chair.send<{ actionFigures: { agencies: unknown[]; totals: Counts } }>(FIGURES, {
      districtId: district,
      from: addDays(set, 1),
      to: addDays(set, 1),
    });
    expect(empty.data!.actionFigures).toMatchObject({ agencies: [], totals: ZERO });
  });

  it('is for the chair’s own districts, over a real period', async () => {
    const otherDistrict = (await createDistrict(t.dataSource)).id;
    const other = await chair.send(FIGURES, { districtId: otherDistrict, from, to });
    expect(GraphQLTestClient.codeOf(other)).toBe('FORBIDDEN');
    const backwards = await chair.send(FIGURES, { districtId: district, from: to, to: from });
    expect(GraphQLTestClient.codeOf(backwards)).toBe('BAD_USER_INPUT');
    expect(backwards.errors?.[0].extensions?.fields).toEqual({ to: 'The end of the period must be the same as or after its start' });
    const notDates = await chair.send(FIGURES, { districtId: district, from: 'last month', to: '2026-02-30' });
    expect(GraphQLTestClient.codeOf(notDates)).toBe('BAD_USER_INPUT');
    expect(notDates.errors?.[0].extensions?.fields).toEqual({
      from: 'Enter the start of the period as a real date, like 2026-03-27',
      to: 'Enter the end of the period as a real date, like 2026-03-27',
    });
  });

  it('reads a page of 50 actions with their relations in as many statements as a page of 5', async () => {
    const listDistrict = (await createDistrict(t.dataSource)).id;
    const listChair = await sessionFor(t, Role.MACE_CHAIR, { districtIds: [listDistrict] });
    const agencies = [
      await createAgency(t.dataSource, { kind: AgencyKind.HEALTH, districtId: listDistrict }),
      await createAgency(t.dataSource, { kind: AgencyKind.HOUSING, districtId: listDistrict }),
    ];
    const owners = await Promise.all(agencies.map((a) => createUser(t.dataSource, { roles: [Role.AGENCY_PRACTITIONER], agencyId: a.id })));
    for (let c = 0; c < 11; c += 1) {
      const child = await createChild(t.dataSource, { districtId: listDistrict });
      for (let i = 0; i < 5; i += 1) {
        const n = c * 5 + i;
        await createAction(t.dataSource, {
          childId: child.id,
          ownerAgencyId: agencies[n % 2].id,
          ownerUserId: n % 3 ? owners[n % 2].id : null,
          dueOn: addDays(today, (n % 7) - 3),
          status: n % 4 ? ActionStatus.OPEN : ActionStatus.DONE,
          raisedByUserId: listChair.id,
          raisedByAgencyId: listChair.agencyId,
        });
      }
    }
    const read = (first: number) =>
      countQueries(t.dataSource, () => listChair.send<{ actions: { totalCount: number; nodes: unknown[] } }>(LIST, { first, district: listDistrict }));
    const five = await read(5);
    const fifty = await read(50);
    expect(five.result.errors).toBeUndefined();
    expect(fifty.result.errors).toBeUndefined();
    expect(five.result.data!.actions.nodes).toHaveLength(5);
    expect(fifty.result.data!.actions.nodes).toHaveLength(50);
    expect(fifty.result.data!.actions.totalCount).toBe(55);
    expect(fifty.count).toBe(five.count);
  });
});

import { ActionStatus, NotificationKind, Role } from '@mace/shared-domain';
import {
  createAgency,
  createChild,
  createDistrict,
  createUser,
  insertActionRow,
  notificationsAbout,
  startTestApp,
  TestApp,
  TestUser,
} from '@mace/api-testing';
import { EscalationService } from '@mace/api-actions';
import { NotificationService } from '@mace/api-notifications';
import { createApiApp } from '../src/bootstrap/create-api-app';

const OVERDUE_MESSAGE = 'An action for your agency is overdue';
const ESCALATED_MESSAGE = 'An overdue action in your district needs attention';

/** Noon in London in winter (GMT), so the UTC date is the London date. */
const at = (date: string) => new Date(`${date}T12:00:00Z`);

describe('escalation job: overdue actions are told to the owner agency, then to the district’s chairs', () => {
  let t: TestApp;
  let job: EscalationService;
  let districtId: string;
  let childId: string;
  let ownerAgencyId: string;
  let owner: TestUser;
  let ownerColleague: TestUser;
  let ownerAnalyst: TestUser;
  let ownerInactive: TestUser;
  let otherAgencyPractitioner: TestUser;
  let chair: TestUser;
  let otherDistrictChair: TestUser;

  beforeAll(async () => {
    t = await startTestApp(createApiApp, { ESCALATE_TO_CHAIR_AFTER_DAYS: '3' });
    job = t.app.get(EscalationService);
    districtId = (await createDistrict(t.dataSource)).id;
    const otherDistrictId = (await createDistrict(t.dataSource)).id;
    ownerAgencyId = (await createAgency(t.dataSource, { districtId })).id;
    const otherAgencyId = (await createAgency(t.dataSource, { districtId })).id;
    const chairAgencyId = (await createAgency(t.dataSource, { districtId })).id;
    const practitioner = { roles: [Role.AGENCY_PRACTITIONER], agencyId: ownerAgencyId, districtIds: [districtId] };
    owner = await createUser(t.dataSource, practitioner);
    ownerColleague = await createUser(t.dataSource, practitioner);
    ownerInactive = await createUser(t.dataSource, { ...practitioner, active: false });
    ownerAnalyst = await createUser(t.dataSource, { ...practitioner, roles: [Role.ANALYST] });
    otherAgencyPractitioner = await createUser(t.dataSource, { ...practitioner, agencyId: otherAgencyId });
    chair = await createUser(t.dataSource, { roles: [Role.MACE_CHAIR], agencyId: chairAgencyId, districtIds: [districtId] });
    otherDistrictChair = await createUser(t.dataSource, { roles: [Role.MACE_CHAIR], agencyId: chairAgencyId, districtIds: [otherDistrictId] });
    childId = (await createChild(t.dataSource, { districtId, leadAgencyId: ownerAgencyId })).id;
  });
  afterAll(() => t.close());

  // The job looks at every action in the database: each test starts from none.
  beforeEach(async () => {
    await t.dataSource.query(`DELETE FROM notification`);
    await t.dataSource.query(`DELETE FROM action`);
  });

  function action(dueOn: string, status: ActionStatus = ActionStatus.OPEN): Promise<string> {
    return insertActionRow(t.dataSource, { childId, districtId, ownerAgencyId, raisedByUserId: chair.id, dueOn, status });
  }

  async function bookkeeping(id: string): Promise<{ overdue_notified_on: string | null; escalated_on: string | null }> {
    const [row] = await t.dataSource.query(
      `SELECT overdue_notified_on::text, escalated_on::text FROM action WHERE id = $1`,
      [id],
    );
    return row;
  }

  /** Who was told what about `id`, as [user, kind] pairs sorted for comparison. */
  async function told(id: string): Promise<[string, NotificationKind][]> {
    const rows = await notificationsAbout(t.dataSource, [id]);
    return rows.map((row) => [row.user_id, row.kind] as [string, NotificationKind]).sort();
  }

  const overdueTo = (...users: TestUser[]) => users.map((u) => [u.id, NotificationKind.ACTION_OVERDUE]);
  const escalatedTo = (...users: TestUser[]) => users.map((u) => [u.id, NotificationKind.ACTION_ESCALATED]);

  it('tells the owner agency’s active case workers about an action due yesterday, once; not one due today or tomorrow', async () => {
    const yesterday = await action('2026-03-09');
    const today = await action('2026-03-10');
    const tomorrow = await action('2026-03-11');

    expect(await job.run(at('2026-03-10'))).toEqual({ overdue: 1, escalated: 0, notifications: 2 });

    expect(await told(yesterday)).toEqual(overdueTo(owner, ownerColleague).sort());
    expect(await told(today)).toEqual([]);
    expect(await told(tomorrow)).toEqual([]);
    const [row] = await notificationsAbout(t.dataSource, [yesterday]);
    expect(row).toMatchObject({ message: OVERDUE_MESSAGE, link: `/actions/${yesterday}` });
    expect(await bookkeeping(yesterday)).toEqual({ overdue_notified_on: '2026-03-10', escalated_on: null });
    expect(await bookkeeping(today)).toEqual({ overdue_notified_on: null, escalated_on: null });

    // Idempotent: the same instant again, and later the same day, tell nobody anything new.
    expect(await job.run(at('2026-03-10'))).toEqual({ overdue: 0, escalated: 0, notifications: 0 });
    expect(await job.run(new Date('2026-03-10T23:59:00Z'))).toEqual({ overdue: 0, escalated: 0, notifications: 0 });
    expect(await told(yesterday)).toHaveLength(2);

    // The next day the action due "today" has become overdue; yesterday's is not told again.
    expect(await job.run(at('2026-03-11'))).toEqual({ overdue: 1, escalated: 0, notifications: 2 });
    expect(await told(today)).toEqual(overdueTo(owner, ownerColleague).sort());
    expect(await told(yesterday)).toHaveLength(2);
  });

  it('never tells another agency, an analyst or a deactivated user of the owner agency, or another district’s chair', async () => {
    const id = await action('2026-03-01');
    await job.run(at('2026-03-10'));
    const users = (await told(id)).map(([user]) => user);
    for (const outsider of [otherAgencyPractitioner, ownerAnalyst, ownerInactive, otherDistrictChair]) {
      expect(users).not.toContain(outsider.id);
    }
    expect(users.sort()).toEqual([owner.id, ownerColleague.id, chair.id].sort());
  });

  it('takes an action to the district’s chairs once it is 3 days overdue, once', async () => {
    const threeDays = await action('2026-03-07');
    const twoDays = await action('2026-03-08');

    expect(await job.run(at('2026-03-10'))).toEqual({ overdue: 2, escalated: 1, notifications: 5 });
    expect(await told(threeDays)).toEqual([...overdueTo(owner, ownerColleague), ...escalatedTo(chair)].sort());
    expect(await told(twoDays)).toEqual(overdueTo(owner, ownerColleague).sort());
    const escalation = (await notificationsAbout(t.dataSource, [threeDays])).find((n) => n.kind === NotificationKind.ACTION_ESCALATED);
    expect(escalation).toMatchObject({ message: ESCALATED_MESSAGE, link: `/actions/${threeDays}` });
    expect(await bookkeeping(threeDays)).toEqual({ overdue_notified_on: '2026-03-10', escalated_on: '2026-03-10' });

    expect(await job.run(at('2026-03-10'))).toEqual({ overdue: 0, escalated: 0, notifications: 0 });

    expect(await job.run(at('2026-03-11'))).toEqual({ overdue: 0, escalated: 1, notifications: 1 });
    expect(await told(twoDays)).toEqual([...overdueTo(owner, ownerColleague), ...escalatedTo(chair)].sort());
    expect(await told(threeDays)).toHaveLength(3);
  });

  it('tells nobody about finished actions, however overdue; in-progress ones count as unfinished', async () => {
    const finished = await Promise.all(
      [ActionStatus.DONE, ActionStatus.NOT_POSSIBLE, ActionStatus.NOT_DONE, ActionStatus.CANCELLED].map((status) => action('2026-02-01', status)),
    );
    const inProgress = await action('2026-02-01', ActionStatus.IN_PROGRESS);

    expect(await job.run(at('2026-03-10'))).toEqual({ overdue: 1, escalated: 1, notifications: 3 });
    expect(await notificationsAbout(t.dataSource, finished)).toEqual([]);
    expect(await told(inProgress)).toHaveLength(3);
    for (const id of finished) expect(await bookkeeping(id)).toEqual({ overdue_notified_on: null, escalated_on: null });
  });

  it('is overdue from midnight in London: 23:30 BST on the due date is not overdue, 00:30 BST the next day is', async () => {
    const id = await action('2026-06-30');
    // 2026-06-30T22:30Z is 23:30 on 30 June in London (BST), still the due date.
    expect(await job.run(new Date('2026-06-30T22:30:00Z'))).toEqual({ overdue: 0, escalated: 0, notifications: 0 });
    // 2026-06-30T23:30Z is 00:30 on 1 July in London, though still 30 June in UTC.
    expect(await job.run(new Date('2026-06-30T23:30:00Z'))).toMatchObject({ overdue: 1 });
    expect(await bookkeeping(id)).toEqual({ overdue_notified_on: '2026-07-01', escalated_on: null });
    // Escalation counts London days too: 3 days overdue from 00:00 BST on 3 July (23:00Z on 2 July).
    expect(await job.run(new Date('2026-07-02T22:30:00Z'))).toMatchObject({ escalated: 0 });
    expect(await job.run(new Date('2026-07-02T23:30:00Z'))).toMatchObject({ escalated: 1 });
    expect(await bookkeeping(id)).toEqual({ overdue_notified_on: '2026-07-01', escalated_on: '2026-07-03' });
  });

  it('in winter London is on UTC: 23:30Z on the due date is not overdue, 00:30Z the next day is', async () => {
    await action('2026-12-14');
    expect(await job.run(new Date('2026-12-14T23:30:00Z'))).toMatchObject({ overdue: 0 });
    expect(await job.run(new Date('2026-12-15T00:30:00Z'))).toMatchObject({ overdue: 1 });
  });

  it('tells people afresh when a moved due date passes in its turn', async () => {
    const id = await action('2026-03-01');
    await job.run(at('2026-03-10'));
    expect(await told(id)).toHaveLength(3);

    // The chair gives the agency until 20 March.
    await t.dataSource.query(`UPDATE action SET due_on = '2026-03-20' WHERE id = $1`, [id]);
    expect(await job.run(at('2026-03-20'))).toEqual({ overdue: 0, escalated: 0, notifications: 0 });
    expect(await job.run(at('2026-03-21'))).toEqual({ overdue: 1, escalated: 0, notifications: 2 });
    expect(await job.run(at('2026-03-23'))).toEqual({ overdue: 0, escalated: 1, notifications: 1 });
    expect(await job.run(at('2026-03-23'))).toEqual({ overdue: 0, escalated: 0, notifications: 0 });
    expect(await told(id)).toHaveLength(6);
  });

  it('does all of its work in one transaction: a failure part-way tells nobody and records nothing', async () => {
    const first = await action('2026-03-01');
    const second = await action('2026-03-02');
    // The second notification fails, after the first action has been told and marked.
    const service = t.app.get(NotificationService);
    const original = service.notify.bind(service);
    const notify = jest
      .spyOn(service, 'notify')
      .mockImplementationOnce(original)
      .mockRejectedValueOnce(new Error('boom'));
    try {
      await expect(job.run(at('2026-03-10'))).rejects.toThrow('boom');
    } finally {
      notify.mockRestore();
    }
    expect(await notificationsAbout(t.dataSource, [first, second])).toEqual([]);
    expect(await bookkeeping(first)).toEqual({ overdue_notified_on: null, escalated_on: null });
    expect(await job.run(at('2026-03-10'))).toMatchObject({ overdue: 2 });
  });
});

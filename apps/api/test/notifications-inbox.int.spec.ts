import { randomUUID } from 'node:crypto';
import { NotificationKind, Role } from '@mace/shared-domain';
import { createDistrict, GraphQLTestClient, sessionFor, startTestApp, TestApp, TestSession } from '@mace/api-testing';
import { createApiApp } from '../src/bootstrap/create-api-app';

const NOTIFICATIONS = `query($unreadOnly: Boolean, $first: Int, $after: String) {
  notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
    nodes { id kind message link createdAt read }
    totalCount unreadCount pageInfo { hasNextPage endCursor }
  }
}`;
const UNREAD = `{ unreadNotificationCount }`;
const MARK = `mutation($ids: [ID!], $all: Boolean) { markNotificationsRead(ids: $ids, all: $all) }`;

interface Page {
  notifications: {
    nodes: { id: string; kind: NotificationKind; message: string; link: string; createdAt: string; read: boolean }[];
    totalCount: number;
    unreadCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('notifications: each user’s own inbox', () => {
  let t: TestApp;
  let me: TestSession;
  let someoneElse: TestSession;

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
    const districtId = (await createDistrict(t.dataSource)).id;
    me = await sessionFor(t, Role.AGENCY_PRACTITIONER, { districtIds: [districtId] });
    someoneElse = await sessionFor(t, Role.AGENCY_PRACTITIONER, { districtIds: [districtId] });
  });
  afterAll(() => t.close());

  beforeEach(() => t.dataSource.query(`DELETE FROM notification`));

  /** Notifications for `userId`, the first the oldest, a minute apart (the last one a minute ago). */
  async function give(userId: string, count: number, kind = NotificationKind.ACTION_ASSIGNED): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const subjectId = randomUUID();
      const [{ id }] = await t.dataSource.query(
        `INSERT INTO notification (user_id, kind, subject_type, subject_id, message, link, dedupe_key, created_at)
         VALUES ($1, $2, 'ACTION', $3, 'An action has been assigned to your agency', $4, $5, now() - make_interval(mins => $6))
         RETURNING id`,
        [userId, kind, subjectId, `/actions/${subjectId}`, `test:${subjectId}`, count - i],
      );
      ids.push(id);
    }
    return ids;
  }

  async function page(session: TestSession, variables: Record<string, unknown> = {}): Promise<Page['notifications']> {
    const response = await session.send<Page>(NOTIFICATIONS, variables);
    expect(response.errors).toBeUndefined();
    return response.data!.notifications;
  }

  async function unread(session: TestSession): Promise<number> {
    const response = await session.send<{ unreadNotificationCount: number }>(UNREAD);
    return response.data!.unreadNotificationCount;
  }

  async function mark(session: TestSession, variables: { ids?: string[]; all?: boolean }): Promise<number> {
    const response = await session.send<{ markNotificationsRead: number }>(MARK, variables);
    expect(response.errors).toBeUndefined();
    return response.data!.markNotificationsRead;
  }

  it('lists only the caller’s own notifications, newest first, with the unread count', async () => {
    const mine = await give(me.id, 3);
    await give(someoneElse.id, 2);

    const result = await page(me);
    expect(result.nodes.map((n) => n.id)).toEqual([...mine].reverse());
    expect(result).toMatchObject({ totalCount: 3, unreadCount: 3, pageInfo: { hasNextPage: false } });
    expect(result.nodes[0]).toMatchObject({
      kind: NotificationKind.ACTION_ASSIGNED,
      message: 'An action has been assigned to your agency',
      read: false,
    });
    expect(result.nodes[0].link).toMatch(/^\/actions\/[0-9a-f-]{36}$/);
    expect(await unread(me)).toBe(3);
    expect(await unread(someoneElse)).toBe(2);
  });

  it('marks some read: the unread count and the unread-only list follow', async () => {
    const [oldest, middle, newest] = await give(me.id, 3);

    expect(await mark(me, { ids: [middle] })).toBe(2);
    expect(await unread(me)).toBe(2);
    const all = await page(me);
    expect(all.nodes.map((n) => [n.id, n.read])).toEqual([
      [newest, false],
      [middle, true],
      [oldest, false],
    ]);
    expect(all).toMatchObject({ totalCount: 3, unreadCount: 2 });
    const unreadOnly = await page(me, { unreadOnly: true });
    expect(unreadOnly.nodes.map((n) => n.id)).toEqual([newest, oldest]);
    expect(unreadOnly).toMatchObject({ totalCount: 2, unreadCount: 2 });

    // Marking one already read again changes nothing.
    expect(await mark(me, { ids: [middle, oldest] })).toBe(1);
  });

  it('marks all read, and only the caller’s', async () => {
    await give(me.id, 4);
    await give(someoneElse.id, 2);
    expect(await mark(me, { all: true })).toBe(0);
    expect(await unread(me)).toBe(0);
    expect((await page(me)).nodes.every((n) => n.read)).toBe(true);
    expect(await unread(someoneElse)).toBe(2);
  });

  it('ignores another user’s ids and missing ids silently, exactly alike, and leaves them unread', async () => {
    const [mine] = await give(me.id, 1);
    const theirs = await give(someoneElse.id, 2);

    expect(await mark(me, { ids: theirs })).toBe(1);
    expect(await mark(me, { ids: [randomUUID()] })).toBe(1);
    expect(await unread(someoneElse)).toBe(2);
    expect((await page(someoneElse)).nodes.every((n) => !n.read)).toBe(true);

    expect(await mark(me, { ids: [...theirs, mine] })).toBe(0);
    expect(await unread(someoneElse)).toBe(2);
  });

  it('with neither ids nor all, changes nothing and answers the unread count', async () => {
    await give(me.id, 2);
    expect(await mark(me, {})).toBe(2);
    expect(await mark(me, { ids: [] })).toBe(2);
  });

  it('pages newest first without repeats or gaps, even as new notifications arrive and old ones are read', async () => {
    const ids = (await give(me.id, 5)).reverse();

    const first = await page(me, { first: 2 });
    expect(first.nodes.map((n) => n.id)).toEqual(ids.slice(0, 2));
    expect(first).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: true } });

    // Meanwhile a new notification arrives (it sorts first) and one on the first page is read.
    await t.dataSource.query(
      `INSERT INTO notification (user_id, kind, subject_type, subject_id, message, link, dedupe_key)
       VALUES ($1, 'ACTION_OVERDUE', 'ACTION', $2, 'An action for your agency is overdue', '/actions/x', 'test:new')`,
      [me.id, randomUUID()],
    );
    await mark(me, { ids: [ids[0]] });

    const second = await page(me, { first: 2, after: first.pageInfo.endCursor });
    expect(second.nodes.map((n) => n.id)).toEqual(ids.slice(2, 4));
    const third = await page(me, { first: 2, after: second.pageInfo.endCursor });
    expect(third.nodes.map((n) => n.id)).toEqual(ids.slice(4));
    expect(third.pageInfo).toEqual({ hasNextPage: false, endCursor: expect.any(String) });
  });

  it('pages the unread-only list by the same cursor, so reading page one does not skip page two', async () => {
    const ids = (await give(me.id, 4)).reverse();
    const first = await page(me, { unreadOnly: true, first: 2 });
    expect(first.nodes.map((n) => n.id)).toEqual(ids.slice(0, 2));
    // The user reads what they have just seen; with offsets the next page would skip two.
    await mark(me, { ids: ids.slice(0, 2) });
    const second = await page(me, { unreadOnly: true, first: 2, after: first.pageInfo.endCursor });
    expect(second.nodes.map((n) => n.id)).toEqual(ids.slice(2, 4));
  });

  it('gives an empty page for another user’s cursor, and starts from the top for an unreadable one', async () => {
    await give(me.id, 2);
    await give(someoneElse.id, 2);
    const theirFirst = await page(someoneElse, { first: 1 });
    // Exactly as for a notification that does not exist: nothing about theirs is revealed.
    expect((await page(me, { after: theirFirst.pageInfo.endCursor })).nodes).toEqual([]);
    expect((await page(me, { after: 'not-a-cursor' })).nodes).toHaveLength(2);
  });

  it('refuses bad input: a non-id, too many ids, a page size out of range', async () => {
    const notAnId = await me.send(MARK, { ids: ['not-an-id'] });
    expect(GraphQLTestClient.codeOf(notAnId)).toBe('BAD_USER_INPUT');
    const tooMany = await me.send(MARK, { ids: Array.from({ length: 101 }, () => randomUUID()) });
    expect(GraphQLTestClient.codeOf(tooMany)).toBe('BAD_USER_INPUT');
    expect(GraphQLTestClient.codeOf(await me.send(NOTIFICATIONS, { first: 101 }))).toBe('BAD_USER_INPUT');
  });

  it('is for signed-in users only', async () => {
    expect(GraphQLTestClient.codeOf(await t.gql.send(UNREAD))).toBe('UNAUTHENTICATED');
    expect(GraphQLTestClient.codeOf(await t.gql.send(MARK, { all: true }))).toBe('UNAUTHENTICATED');
  });

  it('works for every role: analysts and auditors have an inbox too', async () => {
    for (const role of [Role.ANALYST, Role.AUDITOR, Role.ADMIN]) {
      const session = await sessionFor(t, role);
      await give(session.id, 1);
      expect(await unread(session)).toBe(1);
      expect(await mark(session, { all: true })).toBe(0);
    }
  });
});

import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { PasswordService, UserAccountEntity } from '@mace/api-auth';
import { shiftYears, todayInLondon } from '@mace/api-children';
import { MeetingTypeEntity } from '@mace/api-meetings';
import { MeetingKind, Role } from '@mace/shared-domain';
import { TEST_PASSWORD } from '@mace/api-testing';
import { Client, createClient } from 'graphql-ws';
import type { DataSource } from 'typeorm';
import WebSocket from 'ws';

/** The event a follower receives (ids only). */
export interface ReceivedEvent {
  meetingId: string;
  kind: string;
  itemId: string | null;
  at: string;
  byUserId: string | null;
}

export interface Follower {
  events: ReceivedEvent[];
  /** Errors answered to the subscription (each a GraphQL error list), in order. */
  errors: { message: string; extensions?: { code?: string } }[][];
  completed: boolean;
  stop(): void;
}

const SUBSCRIBE = `subscription($meetingId: ID!) { meetingEvents(meetingId: $meetingId) { meetingId kind itemId at byUserId } }`;

/** Listen on a free local port, so websockets can reach the app; returns its ws:// URL for /graphql. */
export async function listen(server: Server): Promise<string> {
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `ws://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

/**
 * A graphql-ws client signed in the way a browser is: the session cookie goes with the upgrade
 * request. (Node 20 has no global WebSocket, so `ws` stands in for the browser's.)
 */
export function socketClient(url: string, token?: string): Client {
  class BrowserLikeSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, token ? { headers: { cookie: `mace_session=${encodeURIComponent(token)}` } } : {});
    }
  }
  return createClient({ url, webSocketImpl: BrowserLikeSocket, retryAttempts: 0, lazy: true });
}

/** Subscribe to a meeting's events and collect what arrives. */
export function follow(client: Client, meetingId: string, query = SUBSCRIBE): Follower {
  const follower: Follower = { events: [], errors: [], completed: false, stop: () => undefined };
  follower.stop = client.subscribe<{ meetingEvents: ReceivedEvent }>(
    { query, variables: { meetingId } },
    {
      next: (result) => {
        if (result.errors) follower.errors.push(result.errors as Follower['errors'][number]);
        if (result.data?.meetingEvents) follower.events.push(result.data.meetingEvents);
      },
      error: (error) => follower.errors.push(Array.isArray(error) ? error : [{ message: String((error as Error).message ?? error) }]),
      complete: () => {
        follower.completed = true;
      },
    },
  );
  return follower;
}

/** Wait until `condition` holds, checking every 20 ms; fail after `timeoutMs` saying what was awaited. */
export async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Subscribing is asynchronous on the server (and, with Redis, a round trip to Redis), and the
 * protocol sends no acknowledgement. Publish harmless AGENDA_CHANGED probes until every follower
 * has received one: from then on each of them is listening, and what the test does next is
 * what they must receive.
 */
export async function whenListening(followers: Follower[], probe: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!followers.every((f) => f.events.some((e) => e.kind === 'AGENDA_CHANGED'))) {
    if (Date.now() > deadline) throw new Error('Timed out waiting for the subscriptions to be live');
    await probe();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The ids of a meeting seeded identically into two databases (see seedSharedMeeting). */
export interface SharedMeetingIds {
  districtId: string;
  chairAgencyId: string;
  attendingAgencyId: string;
  chairUserId: string;
  attendeeUserId: string;
  typeId: string;
  meetingId: string;
  childId: string;
  itemId: string;
}

export function newSharedMeetingIds(): SharedMeetingIds {
  return {
    districtId: randomUUID(),
    chairAgencyId: randomUUID(),
    attendingAgencyId: randomUUID(),
    chairUserId: randomUUID(),
    attendeeUserId: randomUUID(),
    typeId: randomUUID(),
    meetingId: randomUUID(),
    childId: randomUUID(),
    itemId: randomUUID(),
  };
}

export const sharedEmail = (userId: string) => `user.${userId}@example.test`;

/**
 * A meeting in progress, its chair (who accepted the statement), an attending agency with one
 * practitioner, and one child item, inserted with the given ids: the same rows in any database,
 * so two API processes with databases of their own agree on what exists and who may see it.
 */
export async function seedSharedMeeting(dataSource: DataSource, ids: SharedMeetingIds): Promise<void> {
  const hash = await new PasswordService().hash(TEST_PASSWORD);
  await dataSource.transaction(async (m) => {
    await m.query(`INSERT INTO district (id, name) VALUES ($1, $2)`, [ids.districtId, `District ${ids.districtId}`]);
    await m.query(`INSERT INTO agency (id, name, kind, district_id) VALUES ($1, $2, 'POLICE', $4), ($3, $5, 'CHILDRENS_SOCIAL_CARE', $4)`, [
      ids.chairAgencyId,
      `Agency ${ids.chairAgencyId}`,
      ids.attendingAgencyId,
      ids.districtId,
      `Agency ${ids.attendingAgencyId}`,
    ]);
    for (const [userId, agencyId, role] of [
      [ids.chairUserId, ids.chairAgencyId, Role.MACE_CHAIR],
      [ids.attendeeUserId, ids.attendingAgencyId, Role.AGENCY_PRACTITIONER],
    ]) {
      await m.getRepository(UserAccountEntity).insert({
        id: userId,
        email: sharedEmail(userId),
        displayName: `Test User ${userId.slice(0, 8)}`,
        agencyId,
        roles: [role as Role],
        active: true,
        passwordHash: hash,
      });
      await m.query(`INSERT INTO user_district (user_id, district_id) VALUES ($1, $2)`, [userId, ids.districtId]);
    }
    await m.getRepository(MeetingTypeEntity).insert({
      id: ids.typeId,
      districtId: ids.districtId,
      kind: MeetingKind.MACE,
      name: `Shared MACE ${ids.typeId}`,
      cadenceDays: 7,
      defaultStartTime: '10:00',
      defaultDurationMinutes: 120,
      defaultTimeboxMinutes: 10,
      agendaRules: [],
      confidentialityStatement: 'An invented statement for a test.',
      active: true,
    });
    await m.query(
      `INSERT INTO meeting (id, meeting_type_id, district_id, starts_at, duration_minutes, status, agenda_locked_at, started_at)
       VALUES ($1, $2, $3, now() - interval '1 hour', 120, 'IN_PROGRESS', now() - interval '1 day', now() - interval '1 hour')`,
      [ids.meetingId, ids.typeId, ids.districtId],
    );
    await m.query(`INSERT INTO meeting_member (meeting_id, agency_id, core) VALUES ($1, $2, true)`, [ids.meetingId, ids.attendingAgencyId]);
    await m.query(`INSERT INTO meeting_confidentiality (meeting_id, user_id, agency_id) VALUES ($1, $2, $3)`, [
      ids.meetingId,
      ids.chairUserId,
      ids.chairAgencyId,
    ]);
    await m.query(
      `INSERT INTO child (id, district_id, given_name, family_name, date_of_birth, gender, risk_level, status, restricted, lead_agency_id)
       VALUES ($1, $2, 'Invented', 'Child', $3, 'NOT_KNOWN', 'NONE', 'REFERRED', false, $4)`,
      [ids.childId, ids.districtId, shiftYears(todayInLondon(), -14), ids.attendingAgencyId],
    );
    await m.query(`INSERT INTO child_involvement (child_id, agency_id, kind) VALUES ($1, $2, 'LEAD_AGENCY')`, [ids.childId, ids.attendingAgencyId]);
    await m.query(
      `INSERT INTO agenda_item (id, meeting_id, position, subject_type, child_id, reasons) VALUES ($1, $2, 1, 'CHILD', $3, '[]')`,
      [ids.itemId, ids.meetingId, ids.childId],
    );
  });
}

import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { MeetingEventsService } from '@mace/api-meetings';
import { MeetingEventKind, RiskLevel, Role } from '@mace/shared-domain';
import { loginAs, startTestApp, TEST_PASSWORD, TestApp } from '@mace/api-testing';
import { Client } from 'graphql-ws';
import { Redis } from 'ioredis';
import { createApiApp } from '../src/bootstrap/create-api-app';
import {
  follow,
  newSharedMeetingIds,
  seedSharedMeeting,
  sharedEmail,
  socketClient,
  until,
  whenListening,
} from './meetings-subscription-fixtures';

/**
 * Two API processes sharing Redis: a subscriber of process B hears an outcome recorded in
 * process A (this Jest worker). They share nothing but Redis. PGlite lives inside one process,
 * so the two cannot share a database on the embedded engine; rather than test the Redis path on
 * one engine only, each process gets a database of its own (on either engine) and both are seeded
 * with the same meeting under the same ids: B authorises the subscription from its own rows, A
 * performs the real recordItemOutcome on its rows, and the event can reach B only through Redis.
 * Redis must be running (127.0.0.1:6379 or REDIS_URL; .ci/run starts it): this test never skips.
 */
const REDIS_URL = process.env['REDIS_URL'] || 'redis://127.0.0.1:6379';

describe('meeting events shared between two API processes through Redis', () => {
  const ids = newSharedMeetingIds();
  let a: TestApp;
  let peer: ChildProcess;
  let peerUrl: string;
  const clients: Client[] = [];

  beforeAll(async () => {
    const probe = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    try {
      await probe.connect();
      expect(await probe.ping()).toBe('PONG');
    } catch (error) {
      throw new Error(`Redis is not reachable at ${REDIS_URL} (${String(error)}): start it, as .ci/run does`);
    } finally {
      probe.disconnect();
    }
    peer = spawn(process.execPath, [join(__dirname, 'meetings-redis-peer.mjs')], {
      env: { ...process.env, REDIS_URL, LIVE_SHARED_MEETING: JSON.stringify(ids) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    peer.stderr!.on('data', (chunk) => (stderr += String(chunk)));
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the peer API did not start in time: ${stderr}`)), 90_000);
      peer.stdout!.on('data', (chunk) => {
        const ready = /READY (\d+)/.exec(String(chunk));
        if (ready) {
          clearTimeout(timer);
          resolve(Number(ready[1]));
        }
      });
      peer.once('exit', (code) => reject(new Error(`the peer API exited (${code}): ${stderr}`)));
    });
    peerUrl = `127.0.0.1:${port}`;
    a = await startTestApp(createApiApp, { REDIS_URL });
    await seedSharedMeeting(a.dataSource, ids);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    if (peer && peer.exitCode === null) {
      const exited = new Promise((resolve) => peer.once('exit', resolve));
      peer.kill('SIGTERM');
      await exited;
    }
    await a?.close();
  }, 60_000);

  it('a subscriber of process B receives OUTCOME_RECORDED for an outcome recorded in process A', async () => {
    // Sign in to B over HTTP, as a browser would, and follow the meeting over B's websocket.
    const login = await fetch(`http://${peerUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`,
        variables: { email: sharedEmail(ids.attendeeUserId), password: TEST_PASSWORD },
      }),
    });
    const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
    const client = socketClient(`ws://${peerUrl}/graphql`, token);
    clients.push(client);
    const onB = follow(client, ids.meetingId);
    const eventsOfA = a.app.get(MeetingEventsService);
    await whenListening([onB], () => eventsOfA.publish(ids.meetingId, MeetingEventKind.AGENDA_CHANGED));

    const chair = await loginAs(a, {
      id: ids.chairUserId,
      email: sharedEmail(ids.chairUserId),
      password: TEST_PASSWORD,
      agencyId: ids.chairAgencyId,
      districtIds: [ids.districtId],
      roles: [Role.MACE_CHAIR],
    });
    const recorded = await chair.send<{ recordItemOutcome: { status: string } }>(
      `mutation($input: RecordItemOutcomeInput!) { recordItemOutcome(input: $input) { status } }`,
      {
        input: {
          itemId: ids.itemId,
          version: 0,
          discussionSummary: 'Invented: recorded in process A.',
          agreedRiskLevel: RiskLevel.LOW,
          riskRationale: 'Invented: settled at home.',
          decisions: ['CONTINUE'],
        },
      },
    );
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data!.recordItemOutcome.status).toBe('DISCUSSED');

    await until(() => onB.events.some((e) => e.kind === 'OUTCOME_RECORDED'), 'OUTCOME_RECORDED in process B');
    expect(onB.events.find((e) => e.kind === 'OUTCOME_RECORDED')).toEqual({
      meetingId: ids.meetingId,
      kind: 'OUTCOME_RECORDED',
      itemId: ids.itemId,
      at: expect.any(String),
      byUserId: ids.chairUserId,
    });
    expect(onB.errors).toEqual([]);
    onB.stop();
  });
});

import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { Client, createClient } from 'graphql-ws';
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

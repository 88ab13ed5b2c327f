import { Injectable, Logger } from '@nestjs/common';
import { MeetingEventKind } from '@mace/shared-domain';
import { PubSub, PubSubEngine } from 'graphql-subscriptions';
import { MeetingEventPayload, meetingTopic } from './meeting-event';

/**
 * Publishes meeting events to everyone following the meeting. The engine is in-process by default
 * (one API process); the live-meeting module swaps in Redis when REDIS_URL is set so several API
 * processes share events. Publish only after the transaction that made the change has committed,
 * so a client that refetches on the event sees the change.
 */
@Injectable()
export class MeetingEventsService {
  private engine: PubSubEngine = new PubSub();
  private readonly logger = new Logger(MeetingEventsService.name);

  /** Replace the engine (Redis); called once at start-up. */
  useEngine(engine: PubSubEngine): void {
    this.engine = engine;
  }

  async publish(meetingId: string, kind: MeetingEventKind, itemId: string | null = null, byUserId: string | null = null): Promise<void> {
    const payload: MeetingEventPayload = { meetingId, kind, itemId, at: new Date().toISOString(), byUserId };
    try {
      await this.engine.publish(meetingTopic(meetingId), payload);
    } catch (error) {
      // The change has committed: a lost event only delays followers until their next refetch,
      // so the one who made the change is not told it failed.
      this.logger.warn(`Meeting event ${kind} not published: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** The events of one meeting, for the subscription resolver. */
  iterator(meetingId: string): AsyncIterableIterator<MeetingEventPayload> {
    return this.engine.asyncIterableIterator<MeetingEventPayload>(meetingTopic(meetingId));
  }
}

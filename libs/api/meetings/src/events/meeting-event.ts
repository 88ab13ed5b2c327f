import { MeetingEventKind } from '@mace/shared-domain';

/**
 * What is published when something happens in a meeting. It carries ids only, never case details:
 * each client refetches what it shows through the usual queries, where need-to-know is checked.
 */
export interface MeetingEventPayload {
  meetingId: string;
  kind: MeetingEventKind;
  itemId: string | null;
  /** ISO timestamp (events may cross a process boundary through Redis). */
  at: string;
  byUserId: string | null;
}

/** The pub/sub topic of one meeting. */
export function meetingTopic(meetingId: string): string {
  return `meeting:${meetingId}`;
}

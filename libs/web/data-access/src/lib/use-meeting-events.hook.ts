import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { MeetingEventsDocument, type MeetingEventsSubscription } from '../generated/graphql';
import { onLiveReconnected } from './live-reconnect';
import { allPlannedDocuments, documentsToRefetch, type MeetingRefetchPlan } from './meeting-event-refetch';

export type MeetingEvent = MeetingEventsSubscription['meetingEvents'];

export interface UseMeetingEventsOptions {
  /** The page's active queries to read again, by event kind. */
  refetch: MeetingRefetchPlan;
  /** Not while the page cannot follow the meeting (e.g. before it loaded). */
  skip?: boolean;
}

/**
 * Follows a meeting live: on each event, reads again the active queries the plan names for it and
 * then tells the page (to announce it). After the websocket reconnects, reads everything again.
 */
export function useMeetingEvents(meetingId: string, onEvent: ((event: MeetingEvent) => void) | undefined, { refetch, skip = false }: UseMeetingEventsOptions): void {
  const client = useApolloClient();
  // The latest plan and callback, without resubscribing whenever the page renders.
  const latest = useRef({ refetch, onEvent });
  useEffect(() => {
    latest.current = { refetch, onEvent };
  });

  useSubscription(MeetingEventsDocument, {
    variables: { meetingId },
    skip,
    onData: ({ data }) => {
      const event = data.data?.meetingEvents;
      if (!event) return;
      const documents = documentsToRefetch(latest.current.refetch, event.kind);
      const refetched = documents.length > 0 ? client.refetchQueries({ include: documents }) : Promise.resolve([]);
      // Announce once the page shows what happened, not before.
      void Promise.resolve(refetched)
        .catch(() => undefined)
        .then(() => latest.current.onEvent?.(event));
    },
  });

  useEffect(() => {
    if (skip) return undefined;
    return onLiveReconnected(() => {
      void client.refetchQueries({ include: allPlannedDocuments(latest.current.refetch) });
    });
  }, [client, skip]);
}

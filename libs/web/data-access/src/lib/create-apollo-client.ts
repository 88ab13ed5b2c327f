import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { ErrorCode } from '@mace/shared-domain';
import { MeDocument } from '../generated/graphql';
import { hasApiErrorCode } from './graphql-error';
import { notifyLiveReconnected } from './live-reconnect';
import { subscriptionUrl } from './subscription-url';

export interface CreateApolloClientOptions {
  /**
   * Called when an operation is refused as UNAUTHENTICATED while the cache still holds a
   * signed-in user: the cookie expired or was revoked mid-session.
   */
  onSessionEnded: () => void;
}

// Refusals of these are answers, not an ended session: a wrong password, or signing out
// after the session had already gone.
const SESSION_OPERATIONS = new Set(['Login', 'Logout']);

export function createApolloClient({ onSessionEnded }: CreateApolloClientOptions) {
  const cache = new InMemoryCache({
    typePolicies: {
      // Outcomes and minutes have no id of their own: a newer copy (from a mutation or a refetch
      // after a meeting event) replaces the fields of the one cached under its item or meeting.
      AgendaItemOutcome: { merge: true },
      Minutes: { merge: true },
    },
  });

  const errorLink = new ErrorLink(({ error, operation }) => {
    if (SESSION_OPERATIONS.has(operation.operationName ?? '')) return;
    if (!hasApiErrorCode(error, ErrorCode.UNAUTHENTICATED)) return;
    // A visitor who never signed in is simply signed out; only a known session can end.
    if (cache.readQuery({ query: MeDocument }) === null) return;
    onSessionEnded();
  });

  // The session is an HttpOnly cookie set by `login`, so there is no token to attach.
  const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

  // Subscriptions (the live meeting) go over a websocket to the same origin: the browser sends the
  // session cookie with the upgrade request. Opened on the first subscription, closed after the last.
  const wsClient = createClient({
    url: () => subscriptionUrl(window.location),
    lazy: true,
    // A dropped connection (laptop lid, flaky venue wifi) is retried quietly for as long as the page
    // is open; pages read again what they show once it is back, as events may have been missed.
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    on: {
      connected: (_socket, _payload, wasRetry) => {
        if (wasRetry) notifyLiveReconnected();
      },
    },
  });
  const wsLink = new GraphQLWsLink(wsClient);

  const transport = ApolloLink.split((operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION, wsLink, httpLink);

  return new ApolloClient({ cache, link: ApolloLink.from([errorLink, transport]) });
}

import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { ErrorCode } from '@mace/shared-domain';
import { MeDocument } from '../generated/graphql';
import { hasApiErrorCode } from './graphql-error';

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
  const cache = new InMemoryCache();

  const errorLink = new ErrorLink(({ error, operation }) => {
    if (SESSION_OPERATIONS.has(operation.operationName ?? '')) return;
    if (!hasApiErrorCode(error, ErrorCode.UNAUTHENTICATED)) return;
    // A visitor who never signed in is simply signed out; only a known session can end.
    if (cache.readQuery({ query: MeDocument }) === null) return;
    onSessionEnded();
  });

  // The session is an HttpOnly cookie set by `login`, so there is no token to attach.
  const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

  return new ApolloClient({ cache, link: ApolloLink.from([errorLink, httpLink]) });
}

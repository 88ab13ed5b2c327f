import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { ErrorCode } from '@mace/shared-domain';
import { LogoutDocument } from '../generated/graphql';
import { forgetDrafts } from './drafts';
import { hasApiErrorCode } from './graphql-error';

/** Ends the session on the server and forgets everything the client cached or drafted for this user. */
export function useSignOut(): () => Promise<void> {
  const client = useApolloClient();
  const [logout] = useMutation(LogoutDocument);

  return useCallback(async () => {
    try {
      await logout();
    } catch (error) {
      // Already signed out on the server (expired or revoked): the outcome the user asked for.
      if (!hasApiErrorCode(error, ErrorCode.UNAUTHENTICATED)) throw error;
    }
    forgetDrafts();
    await client.clearStore();
  }, [client, logout]);
}

import { useMutation } from '@apollo/client/react';
import { LoginDocument, MeDocument } from '../generated/graphql';

/**
 * The login mutation, storing the signed-in user as the `me` query's answer so the
 * signed-in pages render without asking the API again.
 */
export function useSignIn() {
  return useMutation(LoginDocument, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: MeDocument, data: { me: data.login.user } });
    },
  });
}

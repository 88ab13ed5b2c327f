import { createContext, useContext } from 'react';
import type { CurrentUserFragment } from '@mace/web-data-access';

export const CurrentUserContext = createContext<CurrentUserFragment | null>(null);

/** The signed-in user; only for pages rendered inside <RequireSession>. */
export function useCurrentUser(): CurrentUserFragment {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser is only available inside <RequireSession>');
  return user;
}

import { Navigate, Outlet, useLocation } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { ErrorCode } from '@mace/shared-domain';
import { hasApiErrorCode, MeDocument } from '@mace/web-data-access';
import { ProblemWithServicePage } from '../problem/problem-with-service.page';
import { CurrentUserContext } from './current-user.context';
import type { SignInLocationState } from './return-path';
import { useRecheckOnReturn } from './use-recheck-on-return.hook';

/** Renders its child routes for a signed-in user; sends anyone else to sign in. */
export function RequireSession() {
  const location = useLocation();
  const { data, error, refetch } = useQuery(MeDocument);
  useRecheckOnReturn(refetch);

  // A failed re-check keeps the last data; the error link then moves the user to the session-ended page.
  if (data) {
    return (
      <CurrentUserContext.Provider value={data.me}>
        <Outlet />
      </CurrentUserContext.Provider>
    );
  }
  if (hasApiErrorCode(error, ErrorCode.UNAUTHENTICATED)) {
    const state: SignInLocationState = { returnTo: `${location.pathname}${location.search}` };
    return <Navigate to="/sign-in" replace state={state} />;
  }
  if (error) return <ProblemWithServicePage />;
  return <p className="govuk-body">Loading…</p>;
}

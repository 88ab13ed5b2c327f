import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useSignOut } from '@mace/web-data-access';
import { usePageTitle } from '@mace/web-ui';
import { ProblemWithServicePage } from '../problem/problem-with-service.page';
import type { SignInLocationState } from '../session/return-path';

export function SignOutPage() {
  usePageTitle('Signing out');
  const signOut = useSignOut();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  // Strict Mode runs effects twice in development; sign out once.
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const state: SignInLocationState = { signedOut: true };
    signOut().then(
      () => navigate('/sign-in', { replace: true, state }),
      () => setFailed(true),
    );
  }, [signOut, navigate]);

  if (failed) return <ProblemWithServicePage />;
  return <p className="govuk-body">Signing you out…</p>;
}

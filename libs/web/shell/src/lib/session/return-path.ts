/** Where <RequireSession> sends a signed-out visitor, remembering where they were going. */
export interface SignInLocationState {
  returnTo?: string;
  signedOut?: boolean;
}

/** Only same-site paths: never follow `//host` or absolute URLs out of the service. */
export function safeReturnPath(state: unknown): string {
  const returnTo = (state as SignInLocationState | null)?.returnTo;
  return typeof returnTo === 'string' && returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/';
}

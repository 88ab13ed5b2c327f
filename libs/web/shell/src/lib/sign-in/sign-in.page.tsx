import { useMemo, useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { readApiError, useSignIn } from '@mace/web-data-access';
import { Button, ErrorSummary, NotificationBanner, TextInput, usePageTitle } from '@mace/web-ui';
import { safeReturnPath, type SignInLocationState } from '../session/return-path';
import { hasSignInErrors, signInErrorSummary, signInErrorsFrom, validateSignIn, type SignInErrors } from './sign-in-errors';

export function SignInPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const [signIn, { loading }] = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<SignInErrors>({});
  // Recomputed only when the errors change, so typing does not pull focus back to the summary.
  const summary = useMemo(() => signInErrorSummary(errors), [errors]);
  const signedOut = (location.state as SignInLocationState | null)?.signedOut === true;

  usePageTitle('Sign in', summary.length > 0);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;

    const invalid = validateSignIn({ email, password });
    if (hasSignInErrors(invalid)) {
      setErrors(invalid);
      return;
    }

    try {
      await signIn({ variables: { email: email.trim(), password } });
      navigate(safeReturnPath(location.state), { replace: true });
    } catch (error) {
      setPassword('');
      setErrors(signInErrorsFrom(readApiError(error)));
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {summary.length > 0 && <ErrorSummary errors={summary} />}
        {signedOut && summary.length === 0 && <NotificationBanner type="success" heading="You have signed out" />}

        <h1 className="govuk-heading-l">Sign in</h1>
        <p className="govuk-body">Use the email address and password your agency gave you for this service.</p>

        <form noValidate onSubmit={submit}>
          <TextInput
            id="email"
            name="email"
            type="email"
            label="Email address"
            autoComplete="username"
            spellCheck={false}
            value={email}
            error={errors.email}
            onChange={(event) => setEmail(event.target.value)}
          />
          <TextInput
            id="password"
            name="password"
            type="password"
            label="Password"
            autoComplete="current-password"
            inputClassName="govuk-!-width-two-thirds"
            value={password}
            error={errors.password}
            onChange={(event) => setPassword(event.target.value)}
          />
          <Button>Sign in</Button>
        </form>
      </div>
    </div>
  );
}

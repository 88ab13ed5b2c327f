import { ErrorCode } from '@mace/shared-domain';
import type { ApiError } from '@mace/web-data-access';
import type { ErrorSummaryItem } from '@mace/web-ui';

export interface SignInFields {
  email: string;
  password: string;
}

export interface SignInErrors {
  email?: string;
  password?: string;
  /** About the attempt as a whole rather than one field. */
  form?: string;
}

const WRONG_CREDENTIALS = 'Enter a correct email address and password';
const TOO_MANY_ATTEMPTS = 'You have tried to sign in too many times. Wait a few minutes, then try again.';
const SERVICE_PROBLEM = 'Sorry, there is a problem with the service. Try again later.';

/** Checked before anything is sent, in GOV.UK wording. */
export function validateSignIn({ email, password }: SignInFields): SignInErrors {
  const errors: SignInErrors = {};
  if (!email.trim()) errors.email = 'Enter your email address';
  if (!password) errors.password = 'Enter your password';
  return errors;
}

export function signInErrorsFrom(error: ApiError): SignInErrors {
  switch (error.code) {
    case ErrorCode.UNAUTHENTICATED:
      return { email: error.message ?? WRONG_CREDENTIALS };
    case ErrorCode.TOO_MANY_REQUESTS:
      return { form: error.message ?? TOO_MANY_ATTEMPTS };
    case ErrorCode.BAD_USER_INPUT: {
      const { email, password } = error.fields;
      return email || password ? { email, password } : { form: error.message ?? SERVICE_PROBLEM };
    }
    default:
      return { form: SERVICE_PROBLEM };
  }
}

export function hasSignInErrors(errors: SignInErrors): boolean {
  return Boolean(errors.form || errors.email || errors.password);
}

/** Summary entries in page order, each field error linking to its input. */
export function signInErrorSummary(errors: SignInErrors): ErrorSummaryItem[] {
  const items: ErrorSummaryItem[] = [];
  if (errors.form) items.push({ text: errors.form });
  if (errors.email) items.push({ text: errors.email, href: '#email' });
  if (errors.password) items.push({ text: errors.password, href: '#password' });
  return items;
}

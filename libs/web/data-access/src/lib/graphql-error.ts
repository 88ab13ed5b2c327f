import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorCode } from '@mace/shared-domain';

export interface ApiError {
  /** Undefined for network failures and errors without a code the API documents. */
  code: ErrorCode | undefined;
  message: string | undefined;
  /** Per-field messages sent with BAD_USER_INPUT, keyed by input name. */
  fields: Record<string, string>;
}

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));

/** Reads the first GraphQL error of a failed operation into a shape pages can show. */
export function readApiError(error: unknown): ApiError {
  if (!CombinedGraphQLErrors.is(error) || error.errors.length === 0) {
    return { code: undefined, message: undefined, fields: {} };
  }
  const [first] = error.errors;
  const extensions = first.extensions ?? {};
  const code = extensions['code'];
  return {
    code: typeof code === 'string' && KNOWN_CODES.has(code) ? (code as ErrorCode) : undefined,
    message: first.message || undefined,
    fields: readFields(extensions['fields']),
  };
}

export function hasApiErrorCode(error: unknown, code: ErrorCode): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === code);
}

function readFields(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

import { ErrorCode } from '@mace/shared-domain';
import type { GraphQLFormattedError } from 'graphql';

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));
/** Codes Apollo itself produces for malformed requests; safe to pass through. */
const APOLLO_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The last word on what leaves the server: stable codes, no stack traces, SQL or paths outside
 * development. Unknown errors keep only a generic message (the logger has the detail).
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, development: boolean): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
  const { stacktrace, ...extensions } = formatted.extensions ?? {};
  if (KNOWN_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    const fields = code === ErrorCode.BAD_USER_INPUT && !extensions['fields'] ? variableErrorFields(formatted.message) : undefined;
    return {
      message: formatted.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { ...extensions, ...(fields ? { fields } : {}), code },
    };
  }
  if (APOLLO_CODES.has(code)) {
    const mapped = code === 'BAD_REQUEST' ? ErrorCode.BAD_USER_INPUT : code;
    return { message: formatted.message, locations: formatted.locations, extensions: { code: mapped } };
  }
  if (development) {
    return { ...formatted, extensions: { ...extensions, code: ErrorCode.INTERNAL_SERVER_ERROR, stacktrace } };
  }
  return { message: 'Something went wrong. Try again later', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

const VARIABLE_ERROR = /^Variable "\$(\w+)" got invalid value .*?(?: at "([\w.[\]]+)")?; (.*)$/s;

/**
 * GraphQL refuses a variable that does not fit its type before any resolver or validation pipe
 * runs, in a sentence naming the path (`Variable "$input" got invalid value "PURPLE" at
 * "input.gender"; Value "PURPLE" does not exist in "Gender" enum.`). Give it the same per-field
 * shape as the validation pipe's messages, keyed relative to the argument (`gender`), so forms
 * can show it beside the field.
 */
export function variableErrorFields(message: string): Record<string, string> | undefined {
  const match = VARIABLE_ERROR.exec(message);
  if (!match) return undefined;
  const [, variable, path, reason] = match;
  const key = path && path.startsWith(`${variable}.`) ? path.slice(variable.length + 1) : (path ?? variable);
  return { [key]: /does not exist in ".*" enum/.test(reason) ? 'Choose an option from the list' : 'Enter a valid value' };
}

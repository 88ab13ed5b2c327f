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
    return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions: { ...extensions, code } };
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

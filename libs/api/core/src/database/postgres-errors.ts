import { QueryFailedError } from 'typeorm';
import { BadUserInputError } from '../errors/app-errors';

/** A unique constraint refused the write (Postgres 23505), e.g. two admins adding the same e-mail at once. */
export function isUniqueViolation(error: unknown): boolean {
  const code = error instanceof QueryFailedError ? (error.driverError as { code?: string })?.code : undefined;
  return code === '23505';
}

/**
 * Run a write whose uniqueness was already checked; a concurrent writer can still slip past the
 * check, and then the unique index answers as the same BAD_USER_INPUT the check would have given.
 */
export async function withUniqueAsBadInput<T>(fields: Record<string, string>, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new BadUserInputError(fields);
    throw error;
  }
}

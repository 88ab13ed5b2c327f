import { QueryFailedError } from 'typeorm';

/** A unique constraint refused the write (Postgres 23505), e.g. two admins adding the same e-mail at once. */
export function isUniqueViolation(error: unknown): boolean {
  const code = error instanceof QueryFailedError ? (error.driverError as { code?: string })?.code : undefined;
  return code === '23505';
}

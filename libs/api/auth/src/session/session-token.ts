import { createHash, randomBytes } from 'node:crypto';
import type { Request } from 'express';

export const SESSION_COOKIE = 'mace_session';

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only a digest is stored, so a database read does not yield usable tokens. */
export function digest(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** The cookie for the browser, the Authorization header for API clients. */
export function sessionTokenFrom(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || undefined;
  const cookie = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
  return cookie || undefined;
}

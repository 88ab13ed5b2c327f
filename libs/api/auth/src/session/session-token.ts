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

/**
 * The cookie for the browser, the Authorization header for API clients. A websocket's upgrade
 * request has not been through the cookie parser, so its Cookie header is read here.
 */
export function sessionTokenFrom(req: Pick<Request, 'headers'> & { cookies?: unknown }): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || undefined;
  const cookies = (req.cookies as Record<string, string> | undefined) ?? cookieHeader(req.headers.cookie);
  return cookies[SESSION_COOKIE] || undefined;
}

function cookieHeader(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at < 1) continue;
    const name = part.slice(0, at).trim();
    if (cookies[name] !== undefined) continue;
    try {
      cookies[name] = decodeURIComponent(part.slice(at + 1).trim());
    } catch {
      // A malformed value is no session token; leave it out.
    }
  }
  return cookies;
}

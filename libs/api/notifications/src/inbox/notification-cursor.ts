/**
 * Notifications are read newest first while new ones arrive and old ones are marked read, which
 * shifts offset pages into repeats or gaps (most visibly with unreadOnly). The cursor therefore
 * names the last notification returned, and the next page starts after it in (createdAt, id)
 * order. An unreadable cursor starts from the top, as the offset cursors do.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeNotificationCursor(id: string): string {
  return Buffer.from(`n:${id}`, 'utf8').toString('base64url');
}

export function decodeNotificationCursor(after: string | undefined): string | undefined {
  if (!after) return undefined;
  const id = Buffer.from(after, 'base64url').toString('utf8').replace(/^n:/, '');
  return UUID.test(id) ? id : undefined;
}

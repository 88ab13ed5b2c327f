import { todayInLondon } from '@mace/api-children';
import { RequestContext } from '@mace/api-core';

const todays = new WeakMap<object, string>();

/**
 * Today in Europe/London, fixed for the whole request: a list filtered on overdue and the overdue
 * fields of its rows agree even when the request straddles midnight.
 */
export function requestToday(ctx: Pick<RequestContext, 'req'>): string {
  let today = todays.get(ctx.req);
  if (!today) {
    today = todayInLondon();
    todays.set(ctx.req, today);
  }
  return today;
}

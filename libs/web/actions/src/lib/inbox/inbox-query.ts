import { ActionStatus } from '@mace/shared-domain';
import type { ActionFilterInput, ActionOrder } from '@mace/web-data-access';

/** The inbox's filters and order as they stand in the address, so a view can be bookmarked and shared. */
export interface InboxQuery {
  /** Every agency's actions the caller may see, rather than their own agency's (the default). */
  allAgencies: boolean;
  statuses: ActionStatus[];
  overdue: boolean;
  childId: string;
  /** A user id, or "me". */
  owner: string;
  districtId: string;
  orderBy: ActionOrder;
}

export const ORDER_LABELS: Record<ActionOrder, string> = {
  DUE_SOONEST: 'Due soonest (overdue first)',
  RECENTLY_UPDATED: 'Recently updated',
};

export const OWNER_ME = 'me';

const STATUSES = new Set<string>(Object.values(ActionStatus));

export function readInboxQuery(params: URLSearchParams): InboxQuery {
  const order = params.get('order') ?? 'DUE_SOONEST';
  return {
    allAgencies: params.get('agency') === 'all',
    statuses: params.getAll('status').filter((v): v is ActionStatus => STATUSES.has(v)),
    overdue: params.get('overdue') === 'yes',
    childId: params.get('child') ?? '',
    owner: params.get('owner') ?? '',
    districtId: params.get('district') ?? '',
    orderBy: order in ORDER_LABELS ? (order as ActionOrder) : 'DUE_SOONEST',
  };
}

export function writeInboxQuery(query: InboxQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.allAgencies) params.set('agency', 'all');
  query.statuses.forEach((status) => params.append('status', status));
  if (query.overdue) params.set('overdue', 'yes');
  if (query.childId) params.set('child', query.childId);
  if (query.owner) params.set('owner', query.owner);
  if (query.districtId) params.set('district', query.districtId);
  if (query.orderBy !== 'DUE_SOONEST') params.set('order', query.orderBy);
  return params;
}

export function toFilterInput(query: InboxQuery, user: { id: string; agencyId: string }): ActionFilterInput {
  return {
    ownerAgencyId: query.allAgencies ? undefined : user.agencyId,
    statuses: query.statuses.length ? query.statuses : undefined,
    overdue: query.overdue || undefined,
    childId: query.childId || undefined,
    ownerUserId: query.owner === OWNER_ME ? user.id : query.owner || undefined,
    districtId: query.districtId || undefined,
  };
}

/** Filters narrower than the default view (the caller's agency, every status). */
export function hasFilters(query: InboxQuery): boolean {
  return Boolean(query.statuses.length || query.overdue || query.childId || query.owner || query.districtId);
}

export function withoutFilters(query: InboxQuery): InboxQuery {
  return { ...query, statuses: [], overdue: false, childId: '', owner: '', districtId: '' };
}

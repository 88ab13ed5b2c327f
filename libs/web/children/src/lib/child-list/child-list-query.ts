import { ChildStatus, RiskLevel } from '@mace/shared-domain';
import type { ChildFilterInput, ChildOrder } from '@mace/web-data-access';

/** The child list's filters and order as they stand in the address, so a list can be bookmarked and shared. */
export interface ChildListQuery {
  districtId: string;
  riskLevels: RiskLevel[];
  statuses: ChildStatus[];
  reviewDue: boolean;
  orderBy: ChildOrder;
}

export const ORDER_LABELS: Record<ChildOrder, string> = {
  RISK: 'Risk (highest first)',
  NAME: 'Name',
  NEXT_REVIEW: 'Next review (soonest first)',
  RECENTLY_UPDATED: 'Recently updated',
};

const RISKS = new Set<string>(Object.values(RiskLevel));
const STATUSES = new Set<string>(Object.values(ChildStatus));

export function readChildListQuery(params: URLSearchParams): ChildListQuery {
  const order = params.get('order') ?? 'RISK';
  return {
    districtId: params.get('district') ?? '',
    riskLevels: params.getAll('risk').filter((v): v is RiskLevel => RISKS.has(v)),
    statuses: params.getAll('status').filter((v): v is ChildStatus => STATUSES.has(v)),
    reviewDue: params.get('reviewDue') === 'yes',
    orderBy: order in ORDER_LABELS ? (order as ChildOrder) : 'RISK',
  };
}

export function writeChildListQuery(query: ChildListQuery, after?: string): URLSearchParams {
  const params = new URLSearchParams();
  if (query.districtId) params.set('district', query.districtId);
  query.riskLevels.forEach((level) => params.append('risk', level));
  query.statuses.forEach((status) => params.append('status', status));
  if (query.reviewDue) params.set('reviewDue', 'yes');
  if (query.orderBy !== 'RISK') params.set('order', query.orderBy);
  if (after) params.set('after', after);
  return params;
}

export function toFilterInput(query: ChildListQuery): ChildFilterInput {
  return {
    districtId: query.districtId || undefined,
    riskLevels: query.riskLevels.length ? query.riskLevels : undefined,
    statuses: query.statuses.length ? query.statuses : undefined,
    reviewDue: query.reviewDue || undefined,
  };
}

export function hasFilters(query: ChildListQuery): boolean {
  return Boolean(query.districtId || query.riskLevels.length || query.statuses.length || query.reviewDue);
}

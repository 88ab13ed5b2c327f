import { IntelligenceStatus } from '@mace/shared-domain';

export interface ListQuery {
  statuses: IntelligenceStatus[];
  mine: boolean;
}

const KNOWN = new Set<string>(Object.values(IntelligenceStatus));

/** The list's filters from the address (`?status=SUBMITTED&status=GRADED&mine=1`), ignoring unknown values. */
export function readListQuery(params: URLSearchParams): ListQuery {
  const statuses = params.getAll('status').filter((s): s is IntelligenceStatus => KNOWN.has(s));
  return { statuses: [...new Set(statuses)], mine: params.get('mine') === '1' };
}

export function listSearch(query: ListQuery): string {
  const params = new URLSearchParams();
  for (const status of query.statuses) params.append('status', status);
  if (query.mine) params.set('mine', '1');
  return params.toString();
}

/** The API filter; empty parts are left out so the API applies no filter for them. */
export function toIntelligenceFilter(query: ListQuery): { status?: IntelligenceStatus[]; mine?: boolean } {
  return { ...(query.statuses.length ? { status: query.statuses } : {}), ...(query.mine ? { mine: true } : {}) };
}

/** The grading queue first: submitted items ahead of the rest, otherwise in the API's order (newest first). */
export function queueFirst<T extends { status: IntelligenceStatus }>(rows: readonly T[]): T[] {
  return [...rows.filter((r) => r.status === IntelligenceStatus.SUBMITTED), ...rows.filter((r) => r.status !== IntelligenceStatus.SUBMITTED)];
}

import type { DocumentNode } from 'graphql';
import type { MeetingEventKind } from '@mace/shared-domain';

/**
 * Which of a page's queries to read again for each kind of meeting event. A page lists only what
 * it shows; kinds it does not list are ignored. ALL applies to every kind.
 */
export type MeetingRefetchPlan = Partial<Record<MeetingEventKind | 'ALL', readonly DocumentNode[]>>;

export function documentsToRefetch(plan: MeetingRefetchPlan, kind: MeetingEventKind): DocumentNode[] {
  return [...new Set([...(plan.ALL ?? []), ...(plan[kind] ?? [])])];
}

/** Every query the plan names: read again after the live connection comes back, when events may have been missed. */
export function allPlannedDocuments(plan: MeetingRefetchPlan): DocumentNode[] {
  return [...new Set(Object.values(plan).flatMap((documents) => documents ?? []))];
}

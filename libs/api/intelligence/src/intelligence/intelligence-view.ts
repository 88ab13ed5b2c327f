import { IntelligenceStatus } from '@mace/shared-domain';

/**
 * How much of one intelligence item a caller sees. FULL: police of the item's district (every
 * field). SHARED: a partner once the SPOC has graded it and the handling code allows sharing (the
 * sanitised text, with a C code's conditions). AWAITING: the submitting agency while it waits for
 * grading (status only: the original text is police-only once submitted).
 */
export enum IntelligenceView {
  FULL = 'FULL',
  SHARED = 'SHARED',
  AWAITING = 'AWAITING',
}

export interface ViewerFacts {
  agencyId: string;
  districtIds: readonly string[];
  /** INTEL_READ_FULL. */
  fullRead: boolean;
}

export interface ItemFacts {
  districtId: string;
  status: IntelligenceStatus;
  submittedByAgencyId: string;
  handlingCode: string | null;
  /** Every child the item is about. */
  childIds: readonly string[];
}

/** The handling codes that allow sharing the sanitised text with partners. */
const SHAREABLE = new Set(['P', 'C']);

/**
 * The view of `item` for `viewer`, or null when they may not see it at all (then it is NOT_FOUND,
 * exactly like an unknown id). `readableChildren`: the children the viewer may see other than by
 * break-glass. A partner never sees intelligence about a child it may not see; an item about no
 * child is shared only with its submitting agency.
 */
export function intelligenceView(viewer: ViewerFacts, item: ItemFacts, readableChildren: ReadonlySet<string>): IntelligenceView | null {
  if (viewer.fullRead && viewer.districtIds.includes(item.districtId)) return IntelligenceView.FULL;
  const mine = item.submittedByAgencyId === viewer.agencyId;
  if (item.status === IntelligenceStatus.SUBMITTED) return mine ? IntelligenceView.AWAITING : null;
  if (!item.handlingCode || !SHAREABLE.has(item.handlingCode)) return null;
  const aboutChildren = item.childIds.length > 0;
  if (aboutChildren ? item.childIds.every((id) => readableChildren.has(id)) : mine) return IntelligenceView.SHARED;
  return null;
}

/** Why the view was allowed: the justification of the CONSULTATION event. */
export const VIEW_JUSTIFICATION: Record<IntelligenceView, string> = {
  [IntelligenceView.FULL]: 'police intelligence of the district',
  [IntelligenceView.SHARED]: 'graded intelligence shared under its handling code',
  [IntelligenceView.AWAITING]: 'own submission awaiting grading',
};

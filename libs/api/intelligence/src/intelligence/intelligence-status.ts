import { IntelligenceStatus } from '@mace/shared-domain';

const S = IntelligenceStatus;

/**
 * submitted → graded → linked → tabled at CETG → actioned / no further action. Grading (not this
 * table) leaves SUBMITTED; a graded item may be tabled without a link, and any open item may be
 * closed with no further action. Actioned and no further action are final.
 */
export const NEXT_STATUSES: Record<IntelligenceStatus, readonly IntelligenceStatus[]> = {
  [S.SUBMITTED]: [],
  [S.GRADED]: [S.LINKED, S.TABLED, S.NO_FURTHER_ACTION],
  [S.LINKED]: [S.TABLED, S.NO_FURTHER_ACTION],
  [S.TABLED]: [S.ACTIONED, S.NO_FURTHER_ACTION],
  [S.ACTIONED]: [],
  [S.NO_FURTHER_ACTION]: [],
};

export function mayMoveTo(from: IntelligenceStatus, to: IntelligenceStatus): boolean {
  return NEXT_STATUSES[from].includes(to);
}

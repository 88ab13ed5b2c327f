import type { ChronologyKind } from '@mace/web-data-access';

/** Kinds of chronology entry, in words; the API's summary says what happened. */
export const CHRONOLOGY_KIND_LABELS: Record<ChronologyKind, string> = {
  REFERRAL: 'Referral',
  TRIAGE: 'Triage decision',
  RISK: 'Risk level',
  STATUS: 'Status',
  FLAG_SET: 'Flag added',
  FLAG_REMOVED: 'Flag removed',
  ACCESS_GRANTED: 'Access given',
};

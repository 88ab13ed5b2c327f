/** Codes of the ways child records are listed, searched and told as a timeline. */

/** Sort orders of the child list. RISK is the default: highest risk first, then the earliest next review. */
export enum ChildOrder {
  NAME = 'NAME',
  RISK = 'RISK',
  NEXT_REVIEW = 'NEXT_REVIEW',
  RECENTLY_UPDATED = 'RECENTLY_UPDATED',
}

/** What a chronology entry records. Later domains (meetings, actions, missing episodes) add kinds. */
export enum ChronologyKind {
  REFERRAL = 'REFERRAL',
  TRIAGE = 'TRIAGE',
  RISK = 'RISK',
  STATUS = 'STATUS',
  FLAG_SET = 'FLAG_SET',
  FLAG_REMOVED = 'FLAG_REMOVED',
  ACCESS_GRANTED = 'ACCESS_GRANTED',
  /** An action was set for the child. */
  ACTION_SET = 'ACTION_SET',
  /** An action's progress or status was logged (each update-log entry after the first). */
  ACTION_UPDATED = 'ACTION_UPDATED',
}

/** How much of a search hit the caller may see: the record, or only that it exists and whom to ask. */
export enum ChildSearchAccess {
  FULL = 'FULL',
  EXISTENCE_ONLY = 'EXISTENCE_ONLY',
}

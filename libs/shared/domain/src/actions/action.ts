/** Action codes with the labels users read. */

export enum ActionStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  /** Not possible because circumstances changed (with a reason). */
  NOT_POSSIBLE = 'NOT_POSSIBLE',
  /** The agency did not do it (with a reason). */
  NOT_DONE = 'NOT_DONE',
  /** Cancelled by the chair (with a reason). */
  CANCELLED = 'CANCELLED',
}

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  [ActionStatus.OPEN]: 'Open',
  [ActionStatus.IN_PROGRESS]: 'In progress',
  [ActionStatus.DONE]: 'Done',
  [ActionStatus.NOT_POSSIBLE]: 'Not possible: circumstances changed',
  [ActionStatus.NOT_DONE]: 'Not done by the agency',
  [ActionStatus.CANCELLED]: 'Cancelled by the chair',
};

/** Statuses an action can still move on from; the others are final. */
export const UNFINISHED_ACTION_STATUSES: readonly ActionStatus[] = [ActionStatus.OPEN, ActionStatus.IN_PROGRESS];

export enum ActionCategory {
  SAFEGUARDING = 'SAFEGUARDING',
  DIVERSION = 'DIVERSION',
  PREVENTION = 'PREVENTION',
  SUPPORT = 'SUPPORT',
  DISRUPTION = 'DISRUPTION',
  INTELLIGENCE_DEVELOPMENT = 'INTELLIGENCE_DEVELOPMENT',
}

export const ACTION_CATEGORY_LABELS: Record<ActionCategory, string> = {
  [ActionCategory.SAFEGUARDING]: 'Safeguarding',
  [ActionCategory.DIVERSION]: 'Diversion',
  [ActionCategory.PREVENTION]: 'Prevention',
  [ActionCategory.SUPPORT]: 'Support',
  [ActionCategory.DISRUPTION]: 'Disruption',
  [ActionCategory.INTELLIGENCE_DEVELOPMENT]: 'Intelligence development',
};

/** Where an action came from. */
export enum ActionSource {
  MEETING = 'MEETING',
  OUTSIDE_MEETING = 'OUTSIDE_MEETING',
}

/** Sort orders of action lists. DUE_SOONEST is the default: overdue first, then by due date. */
export enum ActionOrder {
  DUE_SOONEST = 'DUE_SOONEST',
  RECENTLY_UPDATED = 'RECENTLY_UPDATED',
}

export enum NotificationKind {
  ACTION_ASSIGNED = 'ACTION_ASSIGNED',
  ACTION_OVERDUE = 'ACTION_OVERDUE',
  ACTION_ESCALATED = 'ACTION_ESCALATED',
  REFERRAL_DECIDED = 'REFERRAL_DECIDED',
  AGENDA_LOCKED = 'AGENDA_LOCKED',
  INTELLIGENCE_SUBMITTED = 'INTELLIGENCE_SUBMITTED',
}

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  [NotificationKind.ACTION_ASSIGNED]: 'Action assigned to your agency',
  [NotificationKind.ACTION_OVERDUE]: 'Action overdue',
  [NotificationKind.ACTION_ESCALATED]: 'Overdue action escalated to the chair',
  [NotificationKind.REFERRAL_DECIDED]: 'Referral decided',
  [NotificationKind.AGENDA_LOCKED]: 'Agenda locked with your agency’s items',
  [NotificationKind.INTELLIGENCE_SUBMITTED]: 'Intelligence to grade',
};

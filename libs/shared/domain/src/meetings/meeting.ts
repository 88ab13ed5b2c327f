/** Meeting codes with the labels users read. */

/** The kinds of multi-agency meeting; each district configures its own meeting types of these kinds. */
export enum MeetingKind {
  MACE = 'MACE',
  CETG = 'CETG',
  DAILY = 'DAILY',
  MVCA = 'MVCA',
  SUBGROUP = 'SUBGROUP',
}

export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  [MeetingKind.MACE]: 'MACE (multi-agency child exploitation)',
  [MeetingKind.CETG]: 'CETG (child exploitation tactical group)',
  [MeetingKind.DAILY]: 'Daily partnership meeting',
  [MeetingKind.MVCA]: 'MVCA (missing, vulnerable children and adults)',
  [MeetingKind.SUBGROUP]: 'Exploitation subgroup',
};

/**
 * A meeting's life: scheduled → agenda locked → in progress → closed (minutes then drafted,
 * approved and frozen). Cancelled meetings stay listed with their reason.
 */
export enum MeetingStatus {
  SCHEDULED = 'SCHEDULED',
  AGENDA_LOCKED = 'AGENDA_LOCKED',
  IN_PROGRESS = 'IN_PROGRESS',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}

export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  [MeetingStatus.SCHEDULED]: 'Scheduled',
  [MeetingStatus.AGENDA_LOCKED]: 'Agenda locked',
  [MeetingStatus.IN_PROGRESS]: 'In progress',
  [MeetingStatus.CLOSED]: 'Closed',
  [MeetingStatus.CANCELLED]: 'Cancelled',
};

/**
 * What an agenda item is about (VOLT: victims, offenders, locations, themes). Children today;
 * persons of concern, locations and networks arrive with intelligence, each with its own reference.
 */
export enum AgendaSubjectType {
  CHILD = 'CHILD',
  PERSON = 'PERSON',
  LOCATION = 'LOCATION',
  NETWORK = 'NETWORK',
  THEME = 'THEME',
}

export const AGENDA_SUBJECT_TYPE_LABELS: Record<AgendaSubjectType, string> = {
  [AgendaSubjectType.CHILD]: 'Child',
  [AgendaSubjectType.PERSON]: 'Person of concern',
  [AgendaSubjectType.LOCATION]: 'Location',
  [AgendaSubjectType.NETWORK]: 'Network',
  [AgendaSubjectType.THEME]: 'Theme',
};

export enum AgendaItemStatus {
  /** On the agenda, not yet discussed. */
  PENDING = 'PENDING',
  DISCUSSED = 'DISCUSSED',
  /** Not reached when the meeting closed: carried to the next meeting of the type. */
  NOT_REACHED = 'NOT_REACHED',
  /** Taken off the agenda by the chair, with a reason. */
  REMOVED = 'REMOVED',
}

export const AGENDA_ITEM_STATUS_LABELS: Record<AgendaItemStatus, string> = {
  [AgendaItemStatus.PENDING]: 'To discuss',
  [AgendaItemStatus.DISCUSSED]: 'Discussed',
  [AgendaItemStatus.NOT_REACHED]: 'Not reached: carried forward',
  [AgendaItemStatus.REMOVED]: 'Removed',
};

/**
 * Why an item is on the agenda. Each rule is a pluggable provider in the meetings lib; a meeting
 * type lists the rules it uses. Later domains add rules (new intelligence, missing episodes).
 */
export enum AgendaRule {
  NEW_REFERRAL = 'NEW_REFERRAL',
  REVIEW_DUE = 'REVIEW_DUE',
  RISK_INCREASED = 'RISK_INCREASED',
  OVERDUE_ACTIONS = 'OVERDUE_ACTIONS',
  CARRIED_FORWARD = 'CARRIED_FORWARD',
  /** Added by the chair, with a reason. */
  CHAIR_ADDED = 'CHAIR_ADDED',
  /** CETG: intelligence submitted or graded since the last meeting of the type. */
  NEW_INTELLIGENCE = 'NEW_INTELLIGENCE',
  /** MACE: new graded intelligence linked to a child's associates or places since the child was last discussed. */
  LINKED_INTELLIGENCE = 'LINKED_INTELLIGENCE',
}

export const AGENDA_RULE_LABELS: Record<AgendaRule, string> = {
  [AgendaRule.NEW_REFERRAL]: 'Referral accepted since the last meeting',
  [AgendaRule.REVIEW_DUE]: 'Due for review',
  [AgendaRule.RISK_INCREASED]: 'Risk level went up',
  [AgendaRule.OVERDUE_ACTIONS]: 'Has overdue actions',
  [AgendaRule.CARRIED_FORWARD]: 'Not reached at the last meeting',
  [AgendaRule.CHAIR_ADDED]: 'Added by the chair',
  [AgendaRule.NEW_INTELLIGENCE]: 'Intelligence submitted or graded since the last meeting',
  [AgendaRule.LINKED_INTELLIGENCE]: 'New intelligence on an associate or a place',
};

export enum AttendanceStatus {
  PRESENT = 'PRESENT',
  APOLOGIES = 'APOLOGIES',
  INFORMATION_SENT = 'INFORMATION_SENT',
  OBSERVER = 'OBSERVER',
  /** Nothing recorded yet. */
  NOT_RECORDED = 'NOT_RECORDED',
}

export const ATTENDANCE_STATUS_LABELS: Record<AttendanceStatus, string> = {
  [AttendanceStatus.PRESENT]: 'Present',
  [AttendanceStatus.APOLOGIES]: 'Apologies',
  [AttendanceStatus.INFORMATION_SENT]: 'Information sent',
  [AttendanceStatus.OBSERVER]: 'Observer',
  [AttendanceStatus.NOT_RECORDED]: 'Not recorded',
};

/** What the meeting decided for an item (several may apply). */
export enum MeetingDecision {
  CONTINUE = 'CONTINUE',
  STEP_DOWN = 'STEP_DOWN',
  CLOSE = 'CLOSE',
  NRM_REFERRAL = 'NRM_REFERRAL',
  STRATEGY_MEETING = 'STRATEGY_MEETING',
  DISRUPTION = 'DISRUPTION',
  ISVA_CHISVA_REFERRAL = 'ISVA_CHISVA_REFERRAL',
  SARC_REFERRAL = 'SARC_REFERRAL',
}

export const MEETING_DECISION_LABELS: Record<MeetingDecision, string> = {
  [MeetingDecision.CONTINUE]: 'Continue at MACE',
  [MeetingDecision.STEP_DOWN]: 'Step down',
  [MeetingDecision.CLOSE]: 'Close',
  [MeetingDecision.NRM_REFERRAL]: 'National Referral Mechanism referral',
  [MeetingDecision.STRATEGY_MEETING]: 'Strategy meeting',
  [MeetingDecision.DISRUPTION]: 'Disruption',
  [MeetingDecision.ISVA_CHISVA_REFERRAL]: 'Referral to an ISVA or CHISVA',
  [MeetingDecision.SARC_REFERRAL]: 'Referral to a sexual assault referral centre (SARC)',
};

/** Decisions that end the child's time at MACE; at most one of them per item, and not with CONTINUE. */
export const EXCLUSIVE_MEETING_DECISIONS: readonly MeetingDecision[] = [
  MeetingDecision.CONTINUE,
  MeetingDecision.STEP_DOWN,
  MeetingDecision.CLOSE,
];

export enum MinutesStatus {
  /** Not drafted yet (the meeting has not closed). */
  NONE = 'NONE',
  DRAFT = 'DRAFT',
  /** Approved by the chair and frozen: corrections are addenda. */
  APPROVED = 'APPROVED',
}

/** What happened in a meeting, pushed to everyone following it; clients refetch what they show. */
export enum MeetingEventKind {
  AGENDA_CHANGED = 'AGENDA_CHANGED',
  AGENDA_LOCKED = 'AGENDA_LOCKED',
  MEETING_STARTED = 'MEETING_STARTED',
  ATTENDANCE_RECORDED = 'ATTENDANCE_RECORDED',
  ACTION_REVIEWED = 'ACTION_REVIEWED',
  CURRENT_ITEM_CHANGED = 'CURRENT_ITEM_CHANGED',
  NOTE_CHANGED = 'NOTE_CHANGED',
  OUTCOME_RECORDED = 'OUTCOME_RECORDED',
  ITEM_SHARED = 'ITEM_SHARED',
  MEETING_CLOSED = 'MEETING_CLOSED',
  MINUTES_CHANGED = 'MINUTES_CHANGED',
}

/** Which document an agency pack is made from. */
export enum PackKind {
  AGENDA = 'AGENDA',
  MINUTES = 'MINUTES',
}

/**
 * Operations logged under the Data Protection Act 2018 s.62 (the first six), plus the
 * sign-in events and refusals an auditor needs to see alongside them.
 */
export enum AuditOperation {
  COLLECTION = 'COLLECTION',
  ALTERATION = 'ALTERATION',
  CONSULTATION = 'CONSULTATION',
  DISCLOSURE = 'DISCLOSURE',
  COMBINATION = 'COMBINATION',
  ERASURE = 'ERASURE',
  LOGIN = 'LOGIN',
  LOGIN_FAILED = 'LOGIN_FAILED',
  LOGOUT = 'LOGOUT',
  ACCESS_DENIED = 'ACCESS_DENIED',
}

/** What an audit event is about. Extended as domains arrive (children, referrals, meetings...). */
export enum AuditSubjectType {
  USER = 'USER',
  AGENCY = 'AGENCY',
  DISTRICT = 'DISTRICT',
  AUDIT_TRAIL = 'AUDIT_TRAIL',
  CHILD = 'CHILD',
  REFERRAL = 'REFERRAL',
  ACTION = 'ACTION',
  MEETING = 'MEETING',
  AGENDA_ITEM = 'AGENDA_ITEM',
  MEETING_TYPE = 'MEETING_TYPE',
  INTELLIGENCE = 'INTELLIGENCE',
  PERSON = 'PERSON',
  LOCATION = 'LOCATION',
  VEHICLE = 'VEHICLE',
  IDENTIFIER = 'IDENTIFIER',
  NETWORK = 'NETWORK',
  LINK = 'LINK',
}

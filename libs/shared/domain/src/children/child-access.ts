/** Why an agency is involved with a child, and so may see the record. */
export enum InvolvementKind {
  REFERRER = 'REFERRER',
  LEAD_AGENCY = 'LEAD_AGENCY',
  ACTION_OWNER = 'ACTION_OWNER',
  MEETING_ATTENDEE = 'MEETING_ATTENDEE',
  GRANTED = 'GRANTED',
}

export const INVOLVEMENT_KIND_LABELS: Record<InvolvementKind, string> = {
  [InvolvementKind.REFERRER]: 'Referred the child',
  [InvolvementKind.LEAD_AGENCY]: 'Lead agency',
  [InvolvementKind.ACTION_OWNER]: 'Owns an action',
  [InvolvementKind.MEETING_ATTENDEE]: 'Attends a meeting with the child on the agenda',
  [InvolvementKind.GRANTED]: 'Given access by the chair',
};

/** How a caller reached a child's record: written into the CONSULTATION audit event. */
export enum AccessPath {
  DISTRICT_OVERSIGHT = 'DISTRICT_OVERSIGHT',
  INVOLVEMENT = 'INVOLVEMENT',
  BREAK_GLASS = 'BREAK_GLASS',
}

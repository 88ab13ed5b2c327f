import { MinutesSection } from '../entities/meeting-minutes.entity';

/**
 * What a section is about, when it holds case details: the agenda item, or the child an earlier
 * action concerns. Stored with the section (never sent to clients) so need-to-know is applied to
 * the saved text as well as to the fresh draft, whatever the chair wrote.
 */
export interface SectionSubject {
  itemId: string | null;
  childId: string | null;
}

export interface StoredMinutesSection extends MinutesSection {
  subject?: SectionSubject;
}

export const RESTRICTED_HEADING = 'Restricted item';
export const RESTRICTED_BODY = 'Your agency has no need to know about this item, and the chair has not shared it.';
export const NEEDS_CONFIDENTIALITY_BODY = 'Accept the meeting’s confidentiality statement to see this item.';
export const WITHHELD_ADDENDUM =
  'This addendum is withheld from you: it may concern an item you have no need to know about. Ask the chair if you need it.';

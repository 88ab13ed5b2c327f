import { ItemVisibility } from '../access/meeting-access.service';
import { MinutesSection } from '../entities/meeting-minutes.entity';
import { NEEDS_CONFIDENTIALITY_BODY, RESTRICTED_BODY, RESTRICTED_HEADING, StoredMinutesSection, WITHHELD_ADDENDUM } from './minutes-section';

export interface AddendumRecord {
  id: string;
  body: string;
  author: string;
  agencyName: string;
  authorAgencyId: string;
  createdAt: Date;
}

export interface MinutesView {
  sections: MinutesSection[];
  addenda: Omit<AddendumRecord, 'authorAgencyId'>[];
  /** The children named in the sections shown in full: read (CONSULTATION) or disclosed (DISCLOSURE). */
  shownChildIds: string[];
  /** Some section was a placeholder for this reader. */
  restricted: boolean;
}

/**
 * The minutes as one reader may see them. A section about an item (or an earlier action's child)
 * shows in full only when the reader sees that subject FULL; otherwise it is a placeholder under
 * the same key with no case details. A section with no visibility answer is treated as restricted:
 * deny by default. Addenda are free text written after approval and may name anyone, so a reader
 * who met any placeholder sees only who added each one and when, unless their own agency wrote it.
 */
export function applyNeedToKnow(
  sections: readonly StoredMinutesSection[],
  visibility: ReadonlyMap<string, ItemVisibility>,
  addenda: readonly AddendumRecord[],
  readerAgencyId: string,
): MinutesView {
  const shown = new Set<string>();
  let restricted = false;
  const visible = sections.map(({ key, heading, body, subject }): MinutesSection => {
    if (!subject) return { key, heading, body };
    const seen = visibility.get(key) ?? ItemVisibility.RESTRICTED;
    if (seen === ItemVisibility.FULL) {
      if (subject.childId) shown.add(subject.childId);
      return { key, heading, body };
    }
    restricted = true;
    return { key, heading: RESTRICTED_HEADING, body: seen === ItemVisibility.NEEDS_CONFIDENTIALITY ? NEEDS_CONFIDENTIALITY_BODY : RESTRICTED_BODY };
  });
  return {
    sections: visible,
    addenda: addenda.map(({ authorAgencyId, ...addendum }) =>
      restricted && authorAgencyId !== readerAgencyId ? { ...addendum, body: WITHHELD_ADDENDUM } : addendum,
    ),
    shownChildIds: [...shown],
    restricted,
  };
}

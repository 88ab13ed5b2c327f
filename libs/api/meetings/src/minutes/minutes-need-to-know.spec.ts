import { ItemVisibility } from '../access/meeting-access.service';
import { applyNeedToKnow } from './minutes-need-to-know';
import { NEEDS_CONFIDENTIALITY_BODY, RESTRICTED_BODY, RESTRICTED_HEADING, StoredMinutesSection, WITHHELD_ADDENDUM } from './minutes-section';

const sections: StoredMinutesSection[] = [
  { key: 'attendance', heading: 'Attendance', body: 'Present: Invented Police' },
  { key: 'item:i1', heading: '1. Invented Seen', body: 'Seen details', subject: { itemId: 'i1', childId: 'c1' } },
  { key: 'item:i2', heading: '2. Invented Hidden', body: 'Hidden details', subject: { itemId: 'i2', childId: 'c2' } },
  { key: 'actions-review:a1', heading: 'Earlier action for Invented Hidden', body: 'Hidden action', subject: { itemId: null, childId: 'c2' } },
];
const addenda = [
  { id: 'd1', body: 'Correction about Invented Hidden', author: 'Chair', agencyName: 'Invented Council', authorAgencyId: 'council', createdAt: new Date(0) },
  { id: 'd2', body: 'Our own correction', author: 'Worker', agencyName: 'Invented Police', authorAgencyId: 'police', createdAt: new Date(0) },
];

describe('applyNeedToKnow', () => {
  it('shows sections seen FULL and open sections; every other case section is a placeholder under the same key', () => {
    const view = applyNeedToKnow(
      sections,
      new Map([
        ['item:i1', ItemVisibility.FULL],
        ['item:i2', ItemVisibility.RESTRICTED],
      ]),
      addenda,
      'police',
    );
    expect(view.sections).toEqual([
      sections[0],
      { key: 'item:i1', heading: '1. Invented Seen', body: 'Seen details' },
      { key: 'item:i2', heading: RESTRICTED_HEADING, body: RESTRICTED_BODY },
      // No answer for it: denied by default.
      { key: 'actions-review:a1', heading: RESTRICTED_HEADING, body: RESTRICTED_BODY },
    ]);
    expect(view.shownChildIds).toEqual(['c1']);
    expect(view.restricted).toBe(true);
    expect(JSON.stringify(view)).not.toMatch(/Hidden/);
    // Addenda may name anyone: a reader with placeholders sees only their own agency's in full.
    expect(view.addenda.map((a) => a.body)).toEqual([WITHHELD_ADDENDUM, 'Our own correction']);
    expect(view.addenda[0]).toMatchObject({ author: 'Chair', agencyName: 'Invented Council' });
  });

  it('tells a reader who has not accepted the statement to accept it', () => {
    const view = applyNeedToKnow(sections.slice(0, 2), new Map([['item:i1', ItemVisibility.NEEDS_CONFIDENTIALITY]]), [], 'police');
    expect(view.sections[1]).toEqual({ key: 'item:i1', heading: RESTRICTED_HEADING, body: NEEDS_CONFIDENTIALITY_BODY });
    expect(view.shownChildIds).toEqual([]);
  });

  it('shows everything, addenda included, to a reader who sees every subject', () => {
    const all = new Map(sections.filter((s) => s.subject).map((s) => [s.key, ItemVisibility.FULL]));
    const view = applyNeedToKnow(sections, all, addenda, 'council');
    expect(view.sections).toEqual(sections.map(({ key, heading, body }) => ({ key, heading, body })));
    expect(view.addenda.map((a) => a.body)).toEqual(addenda.map((a) => a.body));
    expect(view.shownChildIds.sort()).toEqual(['c1', 'c2']);
    expect(view.restricted).toBe(false);
  });
});

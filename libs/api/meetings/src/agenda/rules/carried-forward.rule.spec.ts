import { AgendaItemStatus, AgendaSubjectType } from '@mace/shared-domain';
import { carriedForwardHits } from './carried-forward.rule';

const previous = { startsAt: new Date('2026-11-26T10:00:00Z') };
const item = (status: AgendaItemStatus, subject: Partial<{ subjectType: AgendaSubjectType; childId: string | null; themeTitle: string | null }> = {}) => ({
  itemId: `item-${status}`,
  subjectType: AgendaSubjectType.CHILD,
  childId: 'c',
  themeTitle: null,
  status,
  ...subject,
});

describe('CARRIED_FORWARD: items not reached at the previous meeting of the type', () => {
  it.each([
    { status: AgendaItemStatus.NOT_REACHED, carried: true },
    { status: AgendaItemStatus.DISCUSSED, carried: false },
    { status: AgendaItemStatus.REMOVED, carried: false },
    { status: AgendaItemStatus.PENDING, carried: false },
  ])('an item left $status is carried: $carried', ({ status, carried }) => {
    const hits = carriedForwardHits([item(status)], previous, '2026-12-03');
    expect(hits).toEqual(
      carried ? [{ subjectType: 'CHILD', childId: 'c', themeTitle: null, detail: 'Not reached on 26 November', carriedFromItemId: `item-${status}` }] : [],
    );
  });

  it('carries a theme too', () => {
    const hits = carriedForwardHits(
      [item(AgendaItemStatus.NOT_REACHED, { subjectType: AgendaSubjectType.THEME, childId: null, themeTitle: 'Invented theme' })],
      previous,
      '2026-12-03',
    );
    expect(hits).toEqual([{ subjectType: 'THEME', childId: null, themeTitle: 'Invented theme', detail: 'Not reached on 26 November', carriedFromItemId: 'item-NOT_REACHED' }]);
  });

  it('with no previous meeting nothing is carried', () => {
    expect(carriedForwardHits([item(AgendaItemStatus.NOT_REACHED)], null, '2026-12-03')).toEqual([]);
  });
});

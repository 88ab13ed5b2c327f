import { todayInLondon } from '@mace/api-children';
import { ActionStatus } from '@mace/shared-domain';
import { daysOverdue, isOverdue } from './overdue';

/** `today` always comes from the London calendar at an instant; these instants sit either side of midnight. */
const at = (instant: string) => todayInLondon(new Date(instant));

describe('isOverdue: unfinished and due before today in Europe/London', () => {
  it.each([
    // BST begins at 01:00 GMT on 29 March 2026: at 00:30Z London is still on GMT, 00:30 on the 29th.
    { instant: '2026-03-29T00:30:00Z', today: '2026-03-29', dueOn: '2026-03-28', overdue: true },
    { instant: '2026-03-29T00:30:00Z', today: '2026-03-29', dueOn: '2026-03-29', overdue: false },
    // The first evening of BST: 23:30Z on the 29th is already 00:30 on the 30th.
    { instant: '2026-03-29T23:30:00Z', today: '2026-03-30', dueOn: '2026-03-29', overdue: true },
    // 23:30Z on 28 March is still GMT: 23:30 on the 28th, so due on the 28th is not yet overdue.
    { instant: '2026-03-28T23:30:00Z', today: '2026-03-28', dueOn: '2026-03-28', overdue: false },
    // GMT again from 25 October 2026: 23:30Z is 23:30 on the 25th.
    { instant: '2026-10-25T23:30:00Z', today: '2026-10-25', dueOn: '2026-10-25', overdue: false },
    { instant: '2026-10-25T23:30:00Z', today: '2026-10-25', dueOn: '2026-10-24', overdue: true },
    // In summer 23:30Z is already 00:30 the next day in London.
    { instant: '2026-06-30T23:30:00Z', today: '2026-07-01', dueOn: '2026-06-30', overdue: true },
    { instant: '2026-06-30T22:59:59Z', today: '2026-06-30', dueOn: '2026-06-30', overdue: false },
    { instant: '2026-07-01T00:00:00Z', today: '2026-07-01', dueOn: '2026-07-01', overdue: false },
  ])('at $instant (London $today) an open action due $dueOn is overdue: $overdue', ({ instant, today, dueOn, overdue }) => {
    expect(at(instant)).toBe(today);
    expect(isOverdue(dueOn, ActionStatus.OPEN, at(instant))).toBe(overdue);
    expect(isOverdue(dueOn, ActionStatus.IN_PROGRESS, at(instant))).toBe(overdue);
  });

  it.each([ActionStatus.DONE, ActionStatus.NOT_POSSIBLE, ActionStatus.NOT_DONE, ActionStatus.CANCELLED])(
    'a %s action is never overdue',
    (status) => {
      expect(isOverdue('2020-01-01', status, '2026-07-01')).toBe(false);
      expect(daysOverdue('2020-01-01', status, '2026-07-01')).toBe(0);
    },
  );

  it('counts whole calendar days overdue, across a clock change', () => {
    expect(daysOverdue('2026-06-30', ActionStatus.OPEN, at('2026-06-30T23:30:00Z'))).toBe(1);
    expect(daysOverdue('2026-03-28', ActionStatus.OPEN, at('2026-03-30T00:30:00Z'))).toBe(2);
    expect(daysOverdue('2026-10-24', ActionStatus.IN_PROGRESS, at('2026-10-26T12:00:00Z'))).toBe(2);
    expect(daysOverdue('2026-07-01', ActionStatus.OPEN, '2026-07-01')).toBe(0);
    expect(daysOverdue('2026-07-02', ActionStatus.OPEN, '2026-07-01')).toBe(0);
  });
});

import { byLondonDate, isCalendarMonth, monthBounds, monthGrid, monthLabel, monthOf, shiftMonth } from './month-grid';

describe('calendar month grid', () => {
  it('lays December 2026 out in Monday-first weeks, padded with the neighbouring months', () => {
    const weeks = monthGrid('2026-12');
    expect(weeks).toHaveLength(5);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    // 1 December 2026 is a Tuesday.
    expect(weeks[0][0]).toEqual({ date: '2026-11-30', inMonth: false });
    expect(weeks[0][1]).toEqual({ date: '2026-12-01', inMonth: true });
    expect(weeks[4][3]).toEqual({ date: '2026-12-31', inMonth: true });
    expect(weeks[4][6]).toEqual({ date: '2027-01-03', inMonth: false });
    expect(weeks.flat().filter((day) => day.inMonth)).toHaveLength(31);
  });

  it('needs four weeks for a February starting on a Monday and six for a long month starting on a Sunday', () => {
    expect(monthGrid('2027-02')).toHaveLength(4);
    expect(monthGrid('2026-02')[0][6].date).toBe('2026-02-01');
    expect(monthGrid('2026-03')).toHaveLength(6);
  });

  it('moves between months across the year end', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2027-01', -1)).toBe('2026-12');
    expect(monthLabel('2026-12')).toBe('December 2026');
  });

  it('bounds a month by London midnights', () => {
    expect(monthBounds('2026-12')).toEqual({ from: '2026-12-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' });
    expect(monthBounds('2026-06')).toEqual({ from: '2026-05-31T23:00:00.000Z', to: '2026-06-30T23:00:00.000Z' });
  });

  it('files meetings under their London date, in time order', () => {
    const late = { id: 'b', startsAt: '2026-06-04T23:30:00.000Z' };
    const morning = { id: 'a', startsAt: '2026-06-05T08:00:00.000Z' };
    const other = { id: 'c', startsAt: '2026-06-04T09:00:00.000Z' };
    const days = byLondonDate([morning, late, other]);
    expect(days.get('2026-06-05')?.map((m) => m.id)).toEqual(['b', 'a']);
    expect(days.get('2026-06-04')?.map((m) => m.id)).toEqual(['c']);
  });

  it('reads months from the address only when well formed', () => {
    expect(isCalendarMonth('2026-12')).toBe(true);
    expect(isCalendarMonth('2026-13')).toBe(false);
    expect(isCalendarMonth('December')).toBe(false);
    expect(isCalendarMonth(null)).toBe(false);
    expect(monthOf('2026-06-30T23:30:00.000Z')).toBe('2026-07');
    expect(monthOf('2026-06-30')).toBe('2026-06');
  });
});

import { nextDefaultDate, seriesStarts } from './schedule-dates';

describe('scheduling dates', () => {
  it('offers one cadence on from today', () => {
    expect(nextDefaultDate('2026-12-03', 7)).toBe('2026-12-10');
    expect(nextDefaultDate('2026-12-28', 14)).toBe('2027-01-11');
    expect(nextDefaultDate('2026-12-03', 1)).toBe('2026-12-04');
  });

  it('never offers today, even for a cadence of zero', () => {
    expect(nextDefaultDate('2026-12-03', 0)).toBe('2026-12-04');
  });

  it('keeps a series at the same London time across the clock change', () => {
    expect(seriesStarts('2026-10-15', '10:00', 3, 7)).toEqual([
      '2026-10-15T09:00:00.000Z',
      '2026-10-22T09:00:00.000Z',
      '2026-10-29T10:00:00.000Z',
    ]);
  });

  it('schedules one meeting when asked for fewer', () => {
    expect(seriesStarts('2026-12-03', '10:00', 0, 7)).toEqual(['2026-12-03T10:00:00.000Z']);
  });
});

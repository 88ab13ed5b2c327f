import { addDays, formatMeetingDate, formatMeetingDateTime, londonParts, londonToday, londonToIso } from './london-time';

describe('London meeting times', () => {
  it.each([
    ['winter (GMT)', '2026-12-03', '10:00', '2026-12-03T10:00:00.000Z'],
    ['summer (BST)', '2026-06-04', '10:00', '2026-06-04T09:00:00.000Z'],
    ['the day the clocks go back, after', '2026-10-25', '10:00', '2026-10-25T10:00:00.000Z'],
    ['the day the clocks go forward, after', '2026-03-29', '10:00', '2026-03-29T09:00:00.000Z'],
    ['just before midnight in summer', '2026-07-01', '23:30', '2026-07-01T22:30:00.000Z'],
  ])('reads a London date and time as an instant: %s', (_, date, time, instant) => {
    expect(londonToIso(date, time)).toBe(instant);
    expect(londonParts(instant)).toEqual({ date, time });
  });

  it.each([
    ['2026-02-30', '10:00'],
    ['2026-13-01', '10:00'],
    ['3/12/2026', '10:00'],
    ['2026-12-03', '24:00'],
    ['2026-12-03', '9:00'],
  ])('refuses %s %s', (date, time) => {
    expect(londonToIso(date, time)).toBeUndefined();
  });

  it('shows the weekday, date and London time', () => {
    expect(formatMeetingDateTime('2026-12-03T10:00:00.000Z')).toBe('Thursday 3 December 2026, 10:00');
    expect(formatMeetingDateTime('2026-06-04T09:00:00.000Z')).toBe('Thursday 4 June 2026, 10:00');
    expect(formatMeetingDate('2026-06-04T23:30:00.000Z')).toBe('Friday 5 June 2026');
  });

  it('moves calendar dates across months and years', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('takes today from the London calendar, not UTC', () => {
    expect(londonToday(new Date('2026-06-30T23:30:00.000Z'))).toBe('2026-07-01');
    expect(londonToday(new Date('2026-12-31T23:30:00.000Z'))).toBe('2026-12-31');
  });
});

import { formatClockTime, formatMeetingTime } from './meeting-time';

describe('meeting times', () => {
  it('shows the day and time in London', () => {
    expect(formatMeetingTime('2026-12-03T10:00:00Z')).toBe('Thursday 3 December 2026, 10:00');
    // British Summer Time: 09:30 UTC is 10:30 in London.
    expect(formatMeetingTime('2026-06-04T09:30:00Z')).toBe('Thursday 4 June 2026, 10:30');
    expect(formatClockTime('2026-06-04T13:05:00Z')).toBe('14:05');
  });

  it('shows nothing for nothing', () => {
    expect(formatMeetingTime(null)).toBe('');
    expect(formatClockTime(undefined)).toBe('');
  });
});

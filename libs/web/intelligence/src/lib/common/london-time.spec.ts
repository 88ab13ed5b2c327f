import { formatInstant } from './london-time';

describe('formatInstant', () => {
  it('shows winter instants as UTC and summer ones an hour ahead', () => {
    expect(formatInstant('2026-12-03T10:00:00.000Z')).toBe('Thursday 3 December 2026, 10:00');
    expect(formatInstant('2026-06-04T08:30:00.000Z')).toBe('Thursday 4 June 2026, 09:30');
  });

  it('leaves nothing or an unreadable value alone', () => {
    expect(formatInstant(null)).toBe('');
    expect(formatInstant('soon')).toBe('soon');
  });
});

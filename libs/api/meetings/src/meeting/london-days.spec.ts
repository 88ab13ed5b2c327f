import { addLondonDays } from './london-days';

describe('addLondonDays: same wall-clock time in Europe/London, whole days later', () => {
  it.each([
    // Winter to winter: no change.
    { start: '2026-01-08T10:00:00Z', days: 7, expected: '2026-01-15T10:00:00Z' },
    // Across the spring change (29 March 2026): 10:00 GMT becomes 10:00 BST, which is 09:00Z.
    { start: '2026-03-26T10:00:00Z', days: 7, expected: '2026-04-02T09:00:00Z' },
    // Across the autumn change (25 October 2026): 10:00 BST (09:00Z) becomes 10:00 GMT.
    { start: '2026-10-22T09:00:00Z', days: 7, expected: '2026-10-29T10:00:00Z' },
    // A year of weeks comes back to the same local time.
    { start: '2026-06-04T09:30:00Z', days: 364, expected: '2027-06-03T09:30:00Z' },
    { start: '2026-06-04T09:30:00Z', days: 0, expected: '2026-06-04T09:30:00Z' },
  ])('$start + $days days is $expected', ({ start, days, expected }) => {
    expect(addLondonDays(new Date(start), days).toISOString()).toBe(new Date(expected).toISOString());
  });
});

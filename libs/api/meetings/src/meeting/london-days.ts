/** Minutes London is ahead of UTC at an instant (0 in winter, 60 in summer). */
function londonOffsetMs(instant: Date): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(instant)
      .map((part) => [part.type, Number(part.value)]),
  );
  const wall = Date.UTC(parts['year'], parts['month'] - 1, parts['day'], parts['hour'], parts['minute'], parts['second']);
  return wall - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The same wall-clock time in Europe/London `days` calendar days later: a weekly 10:00 meeting
 * stays at 10:00 across the clock changes, rather than moving by an hour.
 */
export function addLondonDays(start: Date, days: number): Date {
  const wall = start.getTime() + londonOffsetMs(start) + days * 86_400_000;
  const guess = wall - londonOffsetMs(start);
  return new Date(wall - londonOffsetMs(new Date(guess)));
}

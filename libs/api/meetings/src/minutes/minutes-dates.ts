const LONG_DAY = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});
const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/London' });
const CALENDAR = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "Thursday 3 December 2026" (Europe/London). */
export function longDay(at: Date): string {
  return LONG_DAY.format(at).replace(',', '');
}

/** "10:00" (Europe/London). */
export function clockTime(at: Date): string {
  return TIME.format(at);
}

/** "Thursday 3 December 2026 at 10:00". */
export function dayAndTime(at: Date): string {
  return `${longDay(at)} at ${clockTime(at)}`;
}

/** A yyyy-mm-dd calendar date in words: "10 December 2026". */
export function calendarDay(date: string): string {
  return CALENDAR.format(new Date(`${date}T00:00:00Z`));
}

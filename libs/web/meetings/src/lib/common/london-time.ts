// Meetings happen at a wall-clock time in Europe/London; the API speaks UTC instants. These helpers
// convert between the two without a date library, across the clock changes.

const ZONE = 'Europe/London';

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const WEEKDAY_DATE = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

export const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** The London calendar date (yyyy-mm-dd) and time (hh:mm) of an instant. */
export function londonParts(instant: string | Date): { date: string; time: string } {
  const parts = PARTS.formatToParts(typeof instant === 'string' ? new Date(instant) : instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
}

/** Minutes London is ahead of UTC at an instant: 0 in winter, 60 in summer. */
function londonOffsetMinutes(utcMillis: number): number {
  const { date, time } = londonParts(new Date(utcMillis));
  const [y, m, d] = date.split('-').map(Number);
  const [h, min] = time.split(':').map(Number);
  return (Date.UTC(y, m - 1, d, h, min) - utcMillis) / 60_000;
}

/**
 * The instant (ISO, UTC) of a London date and time, e.g. "2026-12-03" "10:00" → "2026-12-03T10:00:00.000Z".
 * A time the clocks skip in spring resolves to the hour after; undefined for malformed input.
 */
export function londonToIso(date: string, time: string): string | undefined {
  const d = CALENDAR_DATE.exec(date);
  const t = CLOCK_TIME.exec(time);
  if (!d || !t) return undefined;
  const asUtc = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  // 30 February and the like: Date.UTC rolls them over, so they do not read back the same.
  if (new Date(asUtc).toISOString().slice(0, 10) !== date) return undefined;
  // The offset at the wall-clock time read as UTC is right except within an hour of a change: check again.
  let instant = asUtc - londonOffsetMinutes(asUtc) * 60_000;
  instant = asUtc - londonOffsetMinutes(instant) * 60_000;
  return new Date(instant).toISOString();
}

/** "Thursday 3 December 2026" */
export function formatMeetingDate(instant: string): string {
  // Built from parts: the en-GB pattern puts a comma after the weekday, GOV.UK style does not.
  const parts = WEEKDAY_DATE.formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

/** "Thursday 3 December 2026, 10:00" */
export function formatMeetingDateTime(instant: string): string {
  return `${formatMeetingDate(instant)}, ${londonParts(instant).time}`;
}

/** A calendar date moved by whole days (yyyy-mm-dd in, yyyy-mm-dd out). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Today in London (yyyy-mm-dd). */
export function londonToday(now: Date = new Date()): string {
  return londonParts(now).date;
}

import { addDays, todayInLondon } from '@mace/api-children';

export type DemoDistrictName = 'Barnsley' | 'Doncaster' | 'Rotherham' | 'Sheffield';

/**
 * Each district's weekly MACE: the next meeting is this many days from today, so a newcomer always
 * finds one in the coming week, the four before it at 7, 14, 21 and 28 days earlier, and every
 * date in the demo keeps the same distance from the meetings whatever day the demo starts. The
 * series keeps the weekday of its first meeting.
 */
export const MACE_UPCOMING_IN_DAYS: Record<DemoDistrictName, number> = {
  Sheffield: 2,
  Rotherham: 3,
  Doncaster: 4,
  Barnsley: 5,
};

/** Past meetings of each series, oldest first: 4 weekly meetings before the upcoming one. */
export const PAST_MACE_MEETINGS = 4;
export const MACE_START_TIME = '10:00';
export const MACE_DURATION_MINUTES = 120;

/** Days from today of the series' meetings: index 0..3 past (oldest first), 4 upcoming, 5.. later. */
export function maceMeetingOffset(district: DemoDistrictName, index: number): number {
  return MACE_UPCOMING_IN_DAYS[district] + (index - PAST_MACE_MEETINGS) * 7;
}

export function maceMeetingDate(district: DemoDistrictName, index: number, now: Date): string {
  return addDays(todayInLondon(now), maceMeetingOffset(district, index));
}

/** The instant a wall-clock time on a calendar date happens in Europe/London (GMT or BST). */
export function londonInstant(date: string, time: string): Date {
  const naive = new Date(`${date}T${time}:00Z`);
  // The offset London had at that moment: format the naive instant there and compare.
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(naive);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asLondon = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return new Date(naive.getTime() - (asLondon - naive.getTime()));
}

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const DATE = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

/** "Thursday 3 December 2026" for a yyyy-mm-dd calendar date. */
export function longDate(date: string): string {
  return LONG_DATE.format(new Date(`${date}T00:00:00Z`)).replace(',', '');
}

/** "3 December 2026" for a yyyy-mm-dd calendar date. */
export function shortDate(date: string): string {
  return DATE.format(new Date(`${date}T00:00:00Z`));
}

/** The Europe/London calendar date of an instant. */
export function londonDate(instant: Date): string {
  return todayInLondon(instant);
}

/**
 * Calendar dates as the partnership sees them: yyyy-mm-dd strings on the Europe/London calendar,
 * whatever the server's zone. Pure functions, so the rules in date-rules.validator.ts can be
 * unit-tested with a fixed "today".
 */

/** Today's date in Europe/London as yyyy-mm-dd: the date users see on the wall, whatever the server's zone. */
export function todayInLondon(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A real calendar date written yyyy-mm-dd (so 2026-02-30 and 2023-02-29 are refused). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whole years from a date of birth to `today` (a birthday counts from its own day). */
export function ageOn(dateOfBirth: string, today: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** `date` moved by whole years, e.g. 25 years before today; 29 February falls back to the 28th in a common year. */
export function shiftYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const shifted = new Date(Date.UTC(y + years, m - 1, d));
  if (shifted.getUTCMonth() !== m - 1) shifted.setUTCDate(0);
  return shifted.toISOString().slice(0, 10);
}

/** `date` moved by whole days (negative: earlier). */
export function addDays(date: string, days: number): string {
  const shifted = new Date(`${date}T00:00:00Z`);
  shifted.setUTCDate(shifted.getUTCDate() + days);
  return shifted.toISOString().slice(0, 10);
}

/** The oldest a child on a MACE list can be, in years: care leavers are supported to 25, older records belong to adult services. */
export const MAX_CHILD_AGE_YEARS = 25;

/**
 * What is wrong with a child's date of birth, or null: it must be a real date, before `today` and no
 * more than 25 years before it (exactly 25 years is allowed; on 29 February the limit is 28 February).
 */
export function dateOfBirthProblem(value: unknown, today: string = todayInLondon()): string | null {
  if (!isCalendarDate(value)) return 'Enter the date of birth as a real date, like 2012-03-27';
  if (value >= today) return 'Date of birth must be in the past';
  if (value < shiftYears(today, -MAX_CHILD_AGE_YEARS)) return `Date of birth must be no more than ${MAX_CHILD_AGE_YEARS} years ago`;
  return null;
}

/**
 * What is wrong with a date that must lie ahead (a review, an expiry), or null: a real date after
 * `today`, or from `today` when `todayAllowed`. `what` names the date in lower case, e.g. "next review date".
 */
export function futureDateProblem(
  value: unknown,
  what: string,
  options: { todayAllowed?: boolean; today?: string } = {},
): string | null {
  const today = options.today ?? todayInLondon();
  if (!isCalendarDate(value)) return `Enter the ${what} as a real date, like 2026-03-27`;
  if (options.todayAllowed ? value < today : value <= today) {
    return `The ${what} must be ${options.todayAllowed ? 'today or in the future' : 'in the future'}`;
  }
  return null;
}

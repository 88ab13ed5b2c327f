import { CLOCK_TIME } from './london-time';

// The limits the database holds the meetings tables to (migration 0005), checked here first so the
// user hears about them beside the field; the API checks them again.
export const TYPE_NAME_MAX = 120;
export const STATEMENT_MAX = 4000;
export const PLACE_MAX = 200;
export const THEME_MAX = 200;
export const REASON_MAX = 2000;
export const UPDATE_TEXT_MAX = 4000;
export const CADENCE_RANGE = { min: 1, max: 92 } as const;
export const DURATION_RANGE = { min: 15, max: 480 } as const;
export const TIMEBOX_RANGE = { min: 1, max: 120 } as const;
export const REPEAT_RANGE = { min: 1, max: 52 } as const;

/** A whole number typed into a text input, or undefined when it is not one. */
export function wholeNumber(value: string): number | undefined {
  const trimmed = value.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : undefined;
}

/** GOV.UK messages for a whole number within a range ("Duration must be between 15 and 480"). */
export function numberError(value: string, range: { min: number; max: number }, what: string, missing: string): string | undefined {
  if (!value.trim()) return missing;
  const number = wholeNumber(value);
  if (number === undefined) return `${what} must be a whole number`;
  if (number < range.min || number > range.max) return `${what} must be between ${range.min} and ${range.max}`;
  return undefined;
}

/** A 24-hour time such as 09:30; "9:30" is accepted and padded. */
export function normaliseTime(value: string): string {
  const trimmed = value.trim().replace('.', ':');
  return /^\d:\d\d$/.test(trimmed) ? `0${trimmed}` : trimmed;
}

export function timeError(value: string, what: string, missing: string): string | undefined {
  if (!value.trim()) return missing;
  return CLOCK_TIME.test(normaliseTime(value)) ? undefined : `${what} must be a time on the 24-hour clock, like 09:30 or 14:00`;
}

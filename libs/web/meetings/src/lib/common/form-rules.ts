import { CLOCK_TIME } from './london-time';

// Text, number, time and date rules for the meetings forms, in pure TypeScript so unit tests run them
// without a browser. They repeat the limits the API and the database (migration 0005) hold, so the
// user hears about a mistake beside the field; the API checks them again.

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

/** Narratives (summaries, rationales, notes, minutes sections): the API's NARRATIVE_MAX. */
export const NARRATIVE_MAX = 10000;
/** An action's description: the actions API's limit. */
export const DESCRIPTION_MAX = 2000;
/** Attendee names and other short text. */
export const SHORT_TEXT_MAX = 500;

export type FieldErrors = Record<string, string | undefined>;

export interface CalendarDateParts {
  day: string;
  month: string;
  year: string;
}

export const NO_DATE: CalendarDateParts = { day: '', month: '', year: '' };

export function requiredText(value: string, missing: string, max: number, what: string): string | undefined {
  const trimmed = value.trim();
  if (!trimmed) return missing;
  return optionalText(trimmed, max, what);
}

export function optionalText(value: string, max: number, what: string): string | undefined {
  return value.trim().length > max ? `${what} must be ${max.toLocaleString('en-GB')} characters or fewer` : undefined;
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.values(errors).some(Boolean);
}

/** "2026-12-03" for day 3, month 12, year 2026; null when the parts are not a real date. */
export function isoDateOf({ day, month, year }: CalendarDateParts): string | null {
  if (!/^\d{1,2}$/.test(day.trim()) || !/^\d{1,2}$/.test(month.trim()) || !/^\d{4}$/.test(year.trim())) return null;
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The parts of "2026-12-03", to fill a date input from a saved date. */
export function datePartsOf(iso: string | null | undefined): CalendarDateParts {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!match) return NO_DATE;
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] };
}

export function isBlankDate(parts: CalendarDateParts): boolean {
  return [parts.day, parts.month, parts.year].every((part) => !part.trim());
}

/** GOV.UK date messages for a date that must be today or later; `what` starts the sentence ("Due date"). */
export function futureDateError(parts: CalendarDateParts, what: string, today: string, missing?: string): string | undefined {
  if (isBlankDate(parts)) return missing;
  const given = [parts.day, parts.month, parts.year].map((part) => part.trim());
  const absent = (['day', 'month', 'year'] as const).filter((_, index) => !given[index]);
  if (absent.length > 0) return `${what} must include a ${absent.join(' and ')}`;
  const iso = isoDateOf(parts);
  if (!iso) return `${what} must be a real date`;
  if (iso < today) return `${what} must be today or in the future`;
  return undefined;
}

/** Today in Europe/London as yyyy-mm-dd, the calendar the partnership works in. */
export function londonToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The API's per-field messages keyed by the form's field names ("input.actions.0.dueOn" -> "actions.0.dueOn"). */
export function formFieldsOf(apiFields: Record<string, string>): FieldErrors {
  const byField: FieldErrors = {};
  for (const [key, message] of Object.entries(apiFields)) byField[key.replace(/^input\./, '')] = message;
  return byField;
}

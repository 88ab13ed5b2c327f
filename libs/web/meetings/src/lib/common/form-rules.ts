// Text and date rules for the meetings forms, in pure TypeScript so unit tests run them without a
// browser. They say what the API's class-validator rules say, so most mistakes show without a round trip.

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

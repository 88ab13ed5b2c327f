import { isoDate } from './referral-draft';
import type { DateParts } from '@mace/web-ui';

export const NAME_MAX = 100;
export const SHORT_TEXT_MAX = 500;
export const NARRATIVE_MAX = 10000;

export function requiredText(value: string, missing: string, max: number, what: string): string | undefined {
  const trimmed = value.trim();
  if (!trimmed) return missing;
  if (trimmed.length > max) return `${what} must be ${max.toLocaleString('en-GB')} characters or fewer`;
  return undefined;
}

export function optionalText(value: string, max: number, what: string): string | undefined {
  return value.trim().length > max ? `${what} must be ${max.toLocaleString('en-GB')} characters or fewer` : undefined;
}

/** Today in Europe/London as yyyy-mm-dd, the calendar the partnership works in. */
export function londonToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** GOV.UK date-of-birth checks: complete, real, in the past and no more than 25 years ago (MACE works with under-25s). */
export function dateOfBirthError(parts: DateParts): string | undefined {
  const { day, month, year } = parts;
  const given = [day, month, year].map((part) => part.trim());
  if (given.every((part) => !part)) return 'Enter the child’s date of birth';
  const missing = (['day', 'month', 'year'] as const).filter((_, index) => !given[index]);
  if (missing.length > 0) return `Date of birth must include a ${missing.join(' and ')}`;
  const iso = isoDate(parts);
  if (!iso) return 'Date of birth must be a real date';
  const today = londonToday();
  if (iso >= today) return 'Date of birth must be in the past';
  const [ty, tm, td] = today.split('-');
  if (iso < `${Number(ty) - 25}-${tm}-${td}`) return 'Date of birth must be no more than 25 years ago';
  return undefined;
}

import { isoDate, londonToday } from '@mace/web-children';
import type { DateParts } from '@mace/web-ui';

/** The dashboard's district and period as they stand in the address. */
export interface DashboardQuery {
  districtId: string;
  /** yyyy-mm-dd, inclusive */
  from: string;
  to: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The default period: the last three months up to today (Europe/London). */
export function defaultPeriod(today = londonToday()): { from: string; to: string } {
  const [year, month, day] = today.split('-').map(Number);
  // Clamped to the month's length, so 31 May goes back to 28 (or 29) February, not into March.
  const lastDay = new Date(Date.UTC(year, month - 3, 0)).getUTCDate();
  const from = new Date(Date.UTC(year, month - 4, Math.min(day, lastDay)));
  return { from: from.toISOString().slice(0, 10), to: today };
}

export function readDashboardQuery(params: URLSearchParams, districts: readonly { id: string }[]): DashboardQuery {
  const period = defaultPeriod();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const requested = params.get('district') ?? '';
  // A district that is not the chair's (an old bookmark, say) would be refused by the API: show their first instead.
  const districtId = districts.some((d) => d.id === requested) ? requested : (districts[0]?.id ?? '');
  const valid = ISO_DATE.test(from) && ISO_DATE.test(to) && from <= to;
  return { districtId, from: valid ? from : period.from, to: valid ? to : period.to };
}

export function writeDashboardQuery(query: DashboardQuery): URLSearchParams {
  return new URLSearchParams({ district: query.districtId, from: query.from, to: query.to });
}

export function toParts(iso: string): DateParts {
  const [year, month, day] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/** GOV.UK date checks for one end of the period; `what` is "Start date" or "End date". */
export function periodDateError(parts: DateParts, what: string): string | undefined {
  const given = [parts.day, parts.month, parts.year].map((part) => part.trim());
  if (given.every((part) => !part)) return `Enter the ${what.toLowerCase()}`;
  const missing = (['day', 'month', 'year'] as const).filter((_, index) => !given[index]);
  if (missing.length > 0) return `${what} must include a ${missing.join(' and ')}`;
  if (!isoDate(parts)) return `${what} must be a real date`;
  return undefined;
}

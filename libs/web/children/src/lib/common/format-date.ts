// Dates the GOV.UK way ("14 March 2011"). Calendar dates (yyyy-mm-dd) are read as UTC so the day
// never shifts; moments are shown in Europe/London, where the partnership works.
const CALENDAR = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MOMENT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
  timeZone: 'Europe/London',
});
const MOMENT_DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

/** "14 March 2011" for "2011-03-14"; the input unchanged if it is not a calendar date. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  return CALENDAR.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}

/** "3 June 2026 at 9:05am" */
export function formatDateTime(isoDateTime: string | null | undefined): string {
  if (!isoDateTime) return '';
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  const parts = MOMENT.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${MOMENT_DAY.format(date)} at ${part('hour')}:${part('minute')}${part('dayPeriod').toLowerCase().replace(/\s/g, '')}`;
}

/** "3 June 2026" for a moment. */
export function formatDay(isoDateTime: string | null | undefined): string {
  if (!isoDateTime) return '';
  const date = new Date(isoDateTime);
  return Number.isNaN(date.getTime()) ? isoDateTime : MOMENT_DAY.format(date);
}

// Meeting times as the partnership reads them: "Thursday 3 December 2026, 10:00" in Europe/London.
const DAY = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Europe/London' });

export function formatMeetingTime(isoDateTime: string | null | undefined): string {
  if (!isoDateTime) return '';
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  return `${DAY.format(date).replace(/,/g, '')}, ${TIME.format(date)}`;
}

/** "10:04" for a moment during the meeting. */
export function formatClockTime(isoDateTime: string | null | undefined): string {
  if (!isoDateTime) return '';
  const date = new Date(isoDateTime);
  return Number.isNaN(date.getTime()) ? isoDateTime : TIME.format(date);
}

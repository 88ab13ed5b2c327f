// Instants shown as the partnership reads them, in Europe/London: "Thursday 3 December 2026, 10:00".
const ZONE = 'Europe/London';
const DAY = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const TIME = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

export function formatInstant(instant: string | null | undefined): string {
  if (!instant) return '';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  const parts = DAY.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  // Built from parts: the en-GB pattern puts a comma after the weekday, GOV.UK style does not.
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}, ${TIME.format(date)}`;
}

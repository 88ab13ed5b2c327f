const LONDON_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** "Sheffield MACE, Thursday 3 December 2026": the type's name and the day it meets in Europe/London. */
export function meetingTitle(typeName: string, startsAt: Date): string {
  const part = Object.fromEntries(LONDON_PARTS.formatToParts(startsAt).map((p) => [p.type, p.value]));
  return `${typeName}, ${part['weekday']} ${part['day']} ${part['month']} ${part['year']}`;
}

const LONDON_DAY_MONTH = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long' });
const LONDON_YEAR = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric' });

/**
 * A date in a reason's detail, as people say it: "2 December", with the year only when it is not
 * the meeting's year ("28 December 2025"). Instants are read on the Europe/London calendar.
 */
export function dayInWords(date: string | Date, meetingDate: string): string {
  const instant = typeof date === 'string' ? new Date(`${date}T12:00:00Z`) : date;
  const year = LONDON_YEAR.format(instant);
  const dayMonth = LONDON_DAY_MONTH.format(instant);
  return year === meetingDate.slice(0, 4) ? dayMonth : `${dayMonth} ${year}`;
}

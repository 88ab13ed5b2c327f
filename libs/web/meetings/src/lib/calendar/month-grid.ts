import { addDays, londonParts, londonToIso } from '../common/london-time';

/** A calendar month as yyyy-mm. */
export type CalendarMonth = string;

export interface CalendarDay {
  /** yyyy-mm-dd */
  date: string;
  /** False for the days of the previous or next month that fill the first and last weeks. */
  inMonth: boolean;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const MONTH_LABEL = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

export function isCalendarMonth(value: string | null | undefined): value is CalendarMonth {
  return Boolean(value && MONTH.test(value));
}

/** The month of a London date or instant. */
export function monthOf(dateOrInstant: string): CalendarMonth {
  return (dateOrInstant.length === 10 ? dateOrInstant : londonParts(dateOrInstant).date).slice(0, 7);
}

export function shiftMonth(month: CalendarMonth, by: number): CalendarMonth {
  const [y, m] = month.split('-').map(Number);
  const shifted = new Date(Date.UTC(y, m - 1 + by, 1));
  return shifted.toISOString().slice(0, 7);
}

/** "December 2026" */
export function monthLabel(month: CalendarMonth): string {
  const [y, m] = month.split('-').map(Number);
  return MONTH_LABEL.format(new Date(Date.UTC(y, m - 1, 1)));
}

/** Weeks Monday to Sunday covering the month, padded with the neighbouring months' days. */
export function monthGrid(month: CalendarMonth): CalendarDay[][] {
  const first = `${month}-01`;
  const [y, m] = month.split('-').map(Number);
  const mondayIndex = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7;
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const weekCount = Math.ceil((mondayIndex + lastDay) / 7);
  const start = addDays(first, -mondayIndex);
  return Array.from({ length: weekCount }, (_, week) =>
    Array.from({ length: 7 }, (_, day) => {
      const date = addDays(start, week * 7 + day);
      return { date, inMonth: date.startsWith(month) };
    }),
  );
}

/** The instants bounding the month in London: from its first midnight to the next month's. */
export function monthBounds(month: CalendarMonth): { from: string; to: string } {
  return { from: londonToIso(`${month}-01`, '00:00') ?? '', to: londonToIso(`${shiftMonth(month, 1)}-01`, '00:00') ?? '' };
}

/** Meetings by their London date, each day's in time order. */
export function byLondonDate<T extends { startsAt: string }>(meetings: readonly T[]): Map<string, T[]> {
  const days = new Map<string, T[]>();
  for (const meeting of [...meetings].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const date = londonParts(meeting.startsAt).date;
    days.set(date, [...(days.get(date) ?? []), meeting]);
  }
  return days;
}

import { addDays, londonToIso } from '../common/london-time';

/** The first date offered for a meeting of a type: one cadence on from today, as a series would continue. */
export function nextDefaultDate(today: string, cadenceDays: number): string {
  return addDays(today, Math.max(1, cadenceDays));
}

/**
 * The instants of a series as the API will schedule them: the same London time every `everyDays`
 * days, so a weekly 10:00 meeting stays at 10:00 across the clock change.
 */
export function seriesStarts(date: string, time: string, count: number, everyDays: number): string[] {
  return Array.from({ length: Math.max(1, count) }, (_, index) => londonToIso(addDays(date, index * everyDays), time)).filter(
    (instant): instant is string => Boolean(instant),
  );
}

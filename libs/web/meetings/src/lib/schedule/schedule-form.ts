import type { DateParts } from '@mace/web-ui';
import type { ScheduleMeetingInput } from '@mace/web-data-access';
import { addDays, londonParts, londonToIso } from '../common/london-time';
import { DURATION_RANGE, normaliseTime, numberError, PLACE_MAX, REPEAT_RANGE, CADENCE_RANGE, timeError, wholeNumber } from '../common/form-rules';
import { nextDefaultDate } from './schedule-dates';

export type FormErrors = Record<string, string | undefined>;

/** What the scheduling form holds, as typed. */
export interface ScheduleForm {
  meetingTypeId: string;
  date: DateParts;
  time: string;
  duration: string;
  place: string;
  repeat: 'once' | 'series';
  count: string;
  everyDays: string;
}

export interface ScheduleTypeDefaults {
  id: string;
  cadenceDays: number;
  defaultStartTime: string;
  defaultDurationMinutes: number;
}

export const EMPTY_SCHEDULE_FORM: ScheduleForm = {
  meetingTypeId: '',
  date: { day: '', month: '', year: '' },
  time: '',
  duration: '',
  place: '',
  repeat: 'once',
  count: '',
  everyDays: '',
};

function partsOf(date: string): DateParts {
  const [year, month, day] = date.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/** The type's defaults: one cadence on from today at its start time, its duration, a series at its cadence. */
export function withTypeDefaults(form: ScheduleForm, type: ScheduleTypeDefaults, today: string): ScheduleForm {
  return {
    ...form,
    meetingTypeId: type.id,
    date: partsOf(nextDefaultDate(today, type.cadenceDays)),
    time: type.defaultStartTime,
    duration: String(type.defaultDurationMinutes),
    everyDays: String(type.cadenceDays),
  };
}

/** The calendar date typed, or undefined when it is not a real one. */
export function dateOf(parts: DateParts): string | undefined {
  const [day, month, year] = [parts.day, parts.month, parts.year].map((part) => part.trim());
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return undefined;
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return londonToIso(date, '00:00') ? date : undefined;
}

/** The first meeting's start as an instant, or undefined while the date or time is not valid. */
export function startsAtOf(form: ScheduleForm): string | undefined {
  const date = dateOf(form.date);
  return date ? londonToIso(date, normaliseTime(form.time)) : undefined;
}

/** Every problem with the form, keyed by the field it is about (GOV.UK messages). */
export function scheduleFormErrors(form: ScheduleForm, now: Date): FormErrors {
  const errors: FormErrors = {};
  if (!form.meetingTypeId) errors['meetingTypeId'] = 'Select the meeting type';
  const given = [form.date.day, form.date.month, form.date.year].map((part) => part.trim());
  const date = dateOf(form.date);
  if (given.every((part) => !part)) errors['date'] = 'Enter the date of the meeting';
  else if (!date) errors['date'] = 'Date of the meeting must be a real date';
  errors['time'] = timeError(form.time, 'Start time', 'Enter the start time');
  const startsAt = startsAtOf(form);
  if (!errors['date'] && !errors['time'] && startsAt && startsAt <= now.toISOString()) {
    errors['date'] = 'Date and time of the meeting must be in the future';
  } else if (date && date > addDays(londonParts(now).date, 366 * 2)) {
    errors['date'] = 'Date of the meeting must be within the next 2 years';
  }
  errors['duration'] = numberError(form.duration, DURATION_RANGE, 'Duration', 'Enter how long the meeting lasts, in minutes');
  if (form.place.trim().length > PLACE_MAX) errors['place'] = `Place must be ${PLACE_MAX} characters or fewer`;
  if (form.repeat === 'series') {
    errors['count'] = numberError(form.count, { min: 2, max: REPEAT_RANGE.max }, 'Number of meetings', 'Enter how many meetings to schedule');
    errors['everyDays'] = numberError(form.everyDays, CADENCE_RANGE, 'Days between meetings', 'Enter how many days apart the meetings are');
  }
  return Object.fromEntries(Object.entries(errors).filter(([, message]) => message)) as FormErrors;
}

/** The mutation's input from a valid form. */
export function toScheduleInput(form: ScheduleForm): ScheduleMeetingInput {
  const series = form.repeat === 'series';
  return {
    meetingTypeId: form.meetingTypeId,
    startsAt: startsAtOf(form) ?? '',
    durationMinutes: wholeNumber(form.duration),
    place: form.place.trim() || undefined,
    repeatCount: series ? wholeNumber(form.count) : 1,
    everyDays: series ? wholeNumber(form.everyDays) : undefined,
  };
}

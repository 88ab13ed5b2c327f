import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';

/** Today's date in Europe/London as yyyy-mm-dd: the partnership's calendar, whatever the server's zone. */
export function todayInLondon(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A real calendar date written yyyy-mm-dd (so 2026-02-30 is refused). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The same day `years` years before `date` (29 February compares correctly as a string either way). */
function yearsBefore(date: string, years: number): string {
  return `${String(Number(date.slice(0, 4)) - years).padStart(4, '0')}${date.slice(4)}`;
}

/** Children up to 25: care leavers are supported to 25, so older dates of birth are mistakes. */
export const OLDEST_AGE_YEARS = 25;

/** A date of birth: a real date, in the past, and no more than 25 years ago (Europe/London). */
export function IsDateOfBirth(options: ValidationOptions = {}): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isDateOfBirth',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) => dateOfBirthProblem(value) === null,
        defaultMessage: (args?: ValidationArguments) => dateOfBirthProblem(args?.value) ?? '',
      },
    });
}

export function dateOfBirthProblem(value: unknown, today: string = todayInLondon()): string | null {
  if (!isCalendarDate(value)) return 'Enter the date of birth as a real date, like 2010-03-27';
  if (value >= today) return 'Date of birth must be in the past';
  if (value < yearsBefore(today, OLDEST_AGE_YEARS)) return `Date of birth must be no more than ${OLDEST_AGE_YEARS} years ago`;
  return null;
}

/** A date that is today or later in Europe/London, e.g. a next review date. */
export function IsTodayOrLater(options: ValidationOptions & { what: string }): PropertyDecorator {
  const { what, ...rest } = options;
  return (target, propertyName) =>
    registerDecorator({
      name: 'isTodayOrLater',
      target: target.constructor,
      propertyName: String(propertyName),
      options: rest,
      validator: {
        validate: (value: unknown) => isCalendarDate(value) && value >= todayInLondon(),
        defaultMessage: (args?: ValidationArguments) =>
          isCalendarDate(args?.value) ? `${what} must be today or in the future` : `Enter the ${what.toLowerCase()} as a real date, like 2026-12-01`,
      },
    });
}

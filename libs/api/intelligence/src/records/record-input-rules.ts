import { isCalendarDate } from '@mace/api-children';
import { registerDecorator, ValidationOptions } from 'class-validator';

/** A real yyyy-mm-dd calendar date (2026-02-30 is refused); `what` names it in the message. */
export function IsCalendarDateText(what: string, options: ValidationOptions = {}): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'calendarDateText',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `Enter the ${what} as a real date, like 2026-03-27`, ...options },
      validator: { validate: (value: unknown) => isCalendarDate(value) },
    });
}

import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { dateOfBirthProblem, futureDateProblem } from './calendar-date';

/** A child's date of birth: a real yyyy-mm-dd date, in the past (Europe/London) and no more than 25 years ago. */
export function IsChildDateOfBirth(options: ValidationOptions = {}): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'childDateOfBirth',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) => dateOfBirthProblem(value) === null,
        defaultMessage: (args?: ValidationArguments) => dateOfBirthProblem(args?.value) ?? '',
      },
    });
}

/**
 * A real yyyy-mm-dd date after today in Europe/London (or from today, with `todayAllowed`), e.g. an
 * expiry or a next review; `what` names it in lower case in the message.
 */
export function IsFutureDate(what: string, options: ValidationOptions & { todayAllowed?: boolean } = {}): PropertyDecorator {
  const { todayAllowed = false, ...validationOptions } = options;
  return (target, propertyName) =>
    registerDecorator({
      name: 'futureDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: validationOptions,
      validator: {
        validate: (value: unknown) => futureDateProblem(value, what, { todayAllowed }) === null,
        defaultMessage: (args?: ValidationArguments) => futureDateProblem(args?.value, what, { todayAllowed }) ?? '',
      },
    });
}

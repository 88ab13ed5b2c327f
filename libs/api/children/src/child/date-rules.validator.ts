import { ValidationArguments, ValidatorConstraint, ValidatorConstraintInterface, Validate } from 'class-validator';
import { isIsoDate, londonToday, shiftYears } from './london-date';

/** The oldest a child on a MACE list can be, in years; older records belong to adult services. */
export const MAX_CHILD_AGE_YEARS = 25;

@ValidatorConstraint({ name: 'childDateOfBirth' })
class ChildDateOfBirthRule implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (!isIsoDate(value)) return false;
    const today = londonToday();
    return value < today && value >= shiftYears(today, -MAX_CHILD_AGE_YEARS);
  }

  defaultMessage(args: ValidationArguments): string {
    if (!isIsoDate(args.value)) return 'Enter the date of birth as a real date, like 2012-03-27';
    if (args.value >= londonToday()) return 'Date of birth must be in the past';
    return `Date of birth must be no more than ${MAX_CHILD_AGE_YEARS} years ago`;
  }
}

/** A date of birth: a real yyyy-mm-dd date, in the past (Europe/London) and no more than 25 years ago. */
export const IsChildDateOfBirth = (): PropertyDecorator => Validate(ChildDateOfBirthRule);

@ValidatorConstraint({ name: 'futureDate' })
class FutureDateRule implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    return isIsoDate(value) && (args.constraints[1] ? value >= londonToday() : value > londonToday());
  }

  defaultMessage(args: ValidationArguments): string {
    const [what, todayAllowed] = args.constraints as [string, boolean];
    if (!isIsoDate(args.value)) return `Enter the ${what} as a real date, like 2026-03-27`;
    return `The ${what} must be ${todayAllowed ? 'today or in the future' : 'in the future'}`;
  }
}

/** A real yyyy-mm-dd date after today (or from today) in Europe/London; `what` names it in the message. */
export const IsFutureDate = (what: string, options: { todayAllowed?: boolean } = {}): PropertyDecorator =>
  Validate(FutureDateRule, [what, options.todayAllowed ?? false]);

import { ArgsType, Field, ID } from '@nestjs/graphql';
import { isCalendarDate } from '@mace/api-children';
import { IsUUID, registerDecorator } from 'class-validator';

/** A real calendar date written yyyy-mm-dd; `what` names it in the message. */
function IsCalendarDateText(what: string): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'calendarDateText',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `Enter the ${what} as a real date, like 2026-03-27` },
      validator: { validate: (value: unknown) => isCalendarDate(value) },
    });
}

@ArgsType()
export class ActionFiguresArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a district' })
  districtId: string;

  @Field({ description: 'yyyy-mm-dd: the first day of the period (Europe/London)' })
  @IsCalendarDateText('start of the period')
  from: string;

  @Field({ description: 'yyyy-mm-dd: the last day of the period, inclusive' })
  @IsCalendarDateText('end of the period')
  to: string;
}

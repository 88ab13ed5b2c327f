import { Field, ID, InputType } from '@nestjs/graphql';
import { IsFutureDate, trim, trimToNull } from '@mace/api-children';
import { ActionFieldsInput } from '@mace/api-actions';
import { EXCLUSIVE_MEETING_DECISIONS, MeetingDecision, RiskLevel } from '@mace/shared-domain';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
  ValidationArguments,
  registerDecorator,
} from 'class-validator';
import '../graphql/meeting-enums';
import { DISCUSSION_SUMMARY_MAX, OutcomeVersion } from './live.inputs';

export const RATIONALE_MAX = 4000;
export const DECISION_NOTES_MAX = 4000;
/** Most actions one item's outcome may set. */
export const OUTCOME_ACTIONS_MAX = 20;

/** An action agreed for the item's child; the meeting and item are recorded as where it came from. */
@InputType()
export class MeetingActionInput extends ActionFieldsInput {}

/** At most one of continue, step down and close: they say where the child goes next. */
function OneWayForward(): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'oneWayForward',
      target: target.constructor,
      propertyName: String(property),
      options: { message: 'Choose only one of continue, step down and close' },
      validator: {
        validate: (value: unknown, _args?: ValidationArguments) =>
          !Array.isArray(value) || value.filter((decision) => EXCLUSIVE_MEETING_DECISIONS.includes(decision)).length <= 1,
      },
    });
}

@InputType({ description: 'What the meeting agreed for one item' })
export class RecordItemOutcomeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Agenda item id is not valid' })
  itemId: string;

  @OutcomeVersion()
  version: number;

  @Field({ description: '1 to 20,000 characters' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'Enter a summary of the discussion' })
  @MaxLength(DISCUSSION_SUMMARY_MAX, { message: 'Discussion summary must be 20,000 characters or fewer' })
  discussionSummary: string;

  @Field(() => RiskLevel)
  @IsEnum(RiskLevel, { message: 'Choose the risk level the meeting agreed' })
  agreedRiskLevel: RiskLevel;

  @Field({ description: '1 to 4,000 characters' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'Enter why the meeting agreed this risk level' })
  @MaxLength(RATIONALE_MAX, { message: 'Rationale must be 4,000 characters or fewer' })
  riskRationale: string;

  @Field(() => [MeetingDecision], { description: 'At least one; at most one of continue, step down and close' })
  @IsArray()
  @ArrayMinSize(1, { message: 'Choose at least one decision' })
  @ArrayUnique({ message: 'Choose each decision once' })
  @IsEnum(MeetingDecision, { each: true, message: 'Choose decisions from the list' })
  @OneWayForward()
  decisions: MeetingDecision[];

  @Field(() => String, { nullable: true, description: 'Up to 4,000 characters; the reason recorded when the child is stepped down or closed' })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(DECISION_NOTES_MAX, { message: 'Decision notes must be 4,000 characters or fewer' })
  decisionNotes?: string | null;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd after today; default: today plus the agreed level’s review cadence' })
  @IsOptional()
  @IsFutureDate('next review date')
  nextReviewOn?: string | null;

  @Field(() => [MeetingActionInput], { nullable: true, defaultValue: [], description: `Up to ${OUTCOME_ACTIONS_MAX} actions` })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(OUTCOME_ACTIONS_MAX, { message: `Set no more than ${OUTCOME_ACTIONS_MAX} actions at once` })
  @ValidateNested()
  @Type(() => MeetingActionInput)
  actions?: MeetingActionInput[] | null;
}

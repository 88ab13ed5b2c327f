import { Field, ID, InputType } from '@nestjs/graphql';
import { IsFutureDate, NARRATIVE_MAX, REASON_MAX, trim, trimToNull } from '@mace/api-children';
import { Omittable, ReadVersion } from '@mace/api-core';
import { ActionCategory, ActionStatus } from '@mace/shared-domain';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import '../graphql/action-enums';
import { OnlyWithStatus, OUTCOME_NEEDED, OUTCOME_ONLY_WITH, REASON_NEEDED, REASON_ONLY_WITH, reasonMessage } from './status-rules';

export const DESCRIPTION_MAX = 2000;
/** Most actions one bulk update may change. */
export const BULK_MAX = 50;

const ACTION_ID = 'Action id is not valid';
const NOTE_TOO_LONG = 'Note must be 10,000 characters or fewer';
const REASON_TOO_LONG = 'Reason must be 2,000 characters or fewer';
const OUTCOME_TOO_LONG = 'Outcome must be 10,000 characters or fewer';
const REASON_STATUSES = Object.keys(REASON_NEEDED) as ActionStatus[];

@InputType()
export class ActionFilterInput {
  @Field({ nullable: true, description: 'True: only overdue actions; false: only those not overdue' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose an agency' })
  ownerAgencyId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a person' })
  ownerUserId?: string;

  @Field(() => [ActionStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(6)
  @IsEnum(ActionStatus, { each: true, message: 'Choose statuses from the list' })
  statuses?: ActionStatus[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a child' })
  childId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a meeting' })
  meetingId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a district' })
  districtId?: string;
}

/** What every new action says, wherever it is set: the action, its kind, its owner and its due date. */
@InputType({ isAbstract: true })
export class ActionFieldsInput {
  @Field({ description: '1 to 2,000 characters' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'Describe the action' })
  @MaxLength(DESCRIPTION_MAX, { message: 'Description must be 2,000 characters or fewer' })
  description: string;

  @Field(() => ActionCategory)
  @IsEnum(ActionCategory, { message: 'Choose the kind of action' })
  category: ActionCategory;

  @Field(() => ID, { description: 'An active agency' })
  @IsUUID('all', { message: 'Choose the agency that owns the action' })
  ownerAgencyId: string;

  @Field(() => ID, { nullable: true, description: 'An active person of the owner agency' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a person of the owner agency' })
  ownerUserId?: string | null;

  @Field({ description: 'yyyy-mm-dd; today or later (Europe/London)' })
  @IsFutureDate('due date', { todayAllowed: true })
  dueOn: string;
}

@InputType({ description: 'An action raised outside a meeting, by the chair of the district or the child’s lead agency' })
export class CreateActionInput extends ActionFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose the child' })
  childId: string;
}

/**
 * What an update says besides its status: a progress note, and the reason or outcome the new
 * status needs. One set of rules for updating one action and several at once.
 */
/** Each update input declares its status with its own rules. */
type WithStatus = ActionProgressFields & { status?: ActionStatus };

@InputType({ isAbstract: true })
abstract class ActionProgressFields {
  @Field(() => String, { nullable: true, description: 'Progress note, up to 10,000 characters' })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(NARRATIVE_MAX, { message: NOTE_TOO_LONG })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'Required for not possible, not done and cancelled' })
  @ValidateIf((input: WithStatus) => input.reason != null || REASON_STATUSES.includes(input.status as ActionStatus))
  @Transform(trimToNull)
  @IsNotEmpty({ message: reasonMessage })
  @IsString()
  @MaxLength(REASON_MAX, { message: REASON_TOO_LONG })
  @OnlyWithStatus(REASON_STATUSES, { message: REASON_ONLY_WITH })
  reason?: string | null;

  @Field(() => String, { nullable: true, description: 'Required for done' })
  @ValidateIf((input: WithStatus) => input.outcomeNote != null || input.status === ActionStatus.DONE)
  @Transform(trimToNull)
  @IsNotEmpty({ message: OUTCOME_NEEDED })
  @IsString()
  @MaxLength(NARRATIVE_MAX, { message: OUTCOME_TOO_LONG })
  @OnlyWithStatus([ActionStatus.DONE], { message: OUTCOME_ONLY_WITH })
  outcomeNote?: string | null;
}

/** A progress note, a new status, or both; the chair may also move the due date. */
@InputType()
export class UpdateActionInput extends ActionProgressFields {
  @Field(() => ID)
  @IsUUID('all', { message: ACTION_ID })
  id: string;

  @ReadVersion()
  version: number;

  @Field(() => ActionStatus, { nullable: true, description: 'Open or in progress may move to any status; the others are final' })
  @Omittable()
  @IsEnum(ActionStatus, { message: 'Choose a status' })
  status?: ActionStatus;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd; today or later; the chair of the district only' })
  @Omittable()
  @IsFutureDate('due date', { todayAllowed: true })
  dueOn?: string;

  @Field(() => ID, { nullable: true, description: 'An active person of the owner agency; null: no one in particular' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a person of the owner agency' })
  ownerUserId?: string | null;
}

@InputType()
export class ActionVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: ACTION_ID })
  id: string;

  @ReadVersion()
  version: number;
}

/** One status (and note) for several actions at once: all of them change, or none. */
@InputType()
export class UpdateActionsInput extends ActionProgressFields {
  @Field(() => [ActionVersionInput], { description: '1 to 50 actions' })
  @IsArray()
  @ArrayMinSize(1, { message: 'Choose at least one action' })
  @ArrayMaxSize(BULK_MAX, { message: `Choose no more than ${BULK_MAX} actions at once` })
  @ArrayUnique((action: ActionVersionInput) => action?.id, { message: 'Choose each action once' })
  @ValidateNested()
  @Type(() => ActionVersionInput)
  actions: ActionVersionInput[];

  @Field(() => ActionStatus)
  @IsEnum(ActionStatus, { message: 'Choose a status' })
  status: ActionStatus;
}

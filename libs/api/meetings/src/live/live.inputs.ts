import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { NARRATIVE_MAX, REASON_MAX, trimToNull } from '@mace/api-children';
import { ReadVersion } from '@mace/api-core';
import { OUTCOME_NEEDED, REASON_NEEDED } from '@mace/api-actions';
import { ActionStatus, AttendanceStatus } from '@mace/shared-domain';
import { Transform } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, registerDecorator, ValidationArguments } from 'class-validator';
import '../graphql/meeting-enums';

export const ATTENDEE_NAMES_MAX = 500;
export const DISCUSSION_SUMMARY_MAX = 20_000;

/**
 * The version of an item's outcome the caller read: 0 when none has been saved yet (the first
 * save creates it), so two people saving from the same version cannot both win.
 */
export const OutcomeVersion = (): PropertyDecorator => (target, property) => {
  Field(() => Int, { description: 'The outcome’s version you read; 0 when none has been saved yet' })(target, property);
  IsInt({ message: 'version must be a whole number' })(target, property);
  Min(0, { message: 'version must not be less than 0' })(target, property);
};

@InputType()
export class RecordAttendanceInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Meeting id is not valid' })
  meetingId: string;

  @Field(() => ID, { description: 'An agency invited to the meeting' })
  @IsUUID('all', { message: 'Choose an agency invited to this meeting' })
  agencyId: string;

  @Field(() => AttendanceStatus)
  @IsEnum(AttendanceStatus, { message: 'Choose how the agency attended' })
  attendance: AttendanceStatus;

  @Field(() => String, { nullable: true, description: 'Who came for the agency, up to 500 characters' })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(ATTENDEE_NAMES_MAX, { message: 'Names must be 500 characters or fewer' })
  attendeeNames?: string | null;
}

/** The review note: a reason for not possible / not done / cancelled, the outcome for done, else an optional progress note. */
function ReviewNote(): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'reviewNote',
      target: target.constructor,
      propertyName: String(property),
      validator: {
        validate: (value: unknown, args: ValidationArguments) => reviewNoteProblem(value, (args.object as ReviewActionInput).status) === null,
        defaultMessage: (args?: ValidationArguments) =>
          reviewNoteProblem(args?.value, (args?.object as ReviewActionInput | undefined)?.status) ?? '',
      },
    });
}

export function reviewNoteProblem(value: unknown, status: ActionStatus | undefined): string | null {
  if (value != null && typeof value !== 'string') return 'Enter the note as text';
  const note = (value as string | null | undefined) ?? null;
  const reason = status ? REASON_NEEDED[status] : undefined;
  if (reason) {
    if (!note) return reason;
    return note.length > REASON_MAX ? 'Reason must be 2,000 characters or fewer' : null;
  }
  if (status === ActionStatus.DONE && !note) return OUTCOME_NEEDED;
  return note && note.length > NARRATIVE_MAX ? 'Note must be 10,000 characters or fewer' : null;
}

@InputType({ description: 'The current status of an earlier meeting’s unfinished action, given at the review' })
export class ReviewActionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Meeting id is not valid' })
  meetingId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Action id is not valid' })
  actionId: string;

  /** The action's version. */
  @ReadVersion()
  version: number;

  @Field(() => ActionStatus, { description: 'Open or in progress: still under way; the others finish the action' })
  @IsEnum(ActionStatus, { message: 'Choose the action’s current status' })
  status: ActionStatus;

  @Field(() => String, { nullable: true, description: 'Required: the reason for not possible, not done or cancelled; the outcome for done' })
  @Transform(trimToNull)
  @ReviewNote()
  note?: string | null;
}

@InputType()
export class SetCurrentItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Meeting id is not valid' })
  meetingId: string;

  @Field(() => ID, { nullable: true, description: 'Null: back to the overview' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose an item on this meeting’s agenda' })
  itemId?: string | null;
}

@InputType()
export class SaveDiscussionNoteInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Agenda item id is not valid' })
  itemId: string;

  @OutcomeVersion()
  version: number;

  @Field(() => String, { description: 'Up to 20,000 characters; empty clears the note' })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(DISCUSSION_SUMMARY_MAX, { message: 'Discussion summary must be 20,000 characters or fewer' })
  discussionSummary: string | null;
}

import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { REASON_MAX, trim } from '@mace/api-children';
import { Omittable, ReadVersion } from '@mace/api-core';
import { Transform } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

const ITEM_ID = 'Agenda item id is not valid';
export const THEME_MAX = 200;
/** A chair's reason is shown on the agenda as the item's detail: a line, not a narrative. */
export const ADD_REASON_MAX = 300;
const TIMEBOX = 'Timebox must be a whole number of minutes from 1 to 120';

@ArgsType()
export class AgendaItemIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: ITEM_ID })
  itemId: string;
}

/** A child or a theme the chair puts on the agenda; exactly one of the two. */
@InputType()
export class AddAgendaItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Meeting id is not valid' })
  meetingId: string;

  @Field(() => ID, { nullable: true, description: 'A child of the meeting’s district you may see' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a child of the meeting’s district' })
  childId?: string | null;

  @Field(() => String, { nullable: true, description: `A theme (VOLT), 1 to ${THEME_MAX} characters` })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'Enter the theme' })
  @MaxLength(THEME_MAX, { message: `Theme must be ${THEME_MAX} characters or fewer` })
  themeTitle?: string | null;

  @Field({
    description: `Why it is on the agenda, shown to every attendee as the item’s reason (1 to ${ADD_REASON_MAX} characters). Do not write names or other personal details here.`,
  })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'Enter why the item is on the agenda' })
  @MaxLength(ADD_REASON_MAX, { message: `Reason must be ${ADD_REASON_MAX} characters or fewer` })
  reason: string;
}

@InputType()
export class RemoveAgendaItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: ITEM_ID })
  itemId: string;

  @Field({ description: `Why it comes off the agenda, up to ${REASON_MAX} characters` })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'Enter why the item is removed' })
  @MaxLength(REASON_MAX, { message: `Reason must be ${REASON_MAX} characters or fewer` })
  reason: string;

  @ReadVersion()
  version: number;
}

@InputType()
export class MoveAgendaItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: ITEM_ID })
  itemId: string;

  @Field(() => Int, { description: 'The new position, 1 for the first item' })
  @IsInt({ message: 'Position must be a whole number' })
  @Min(1, { message: 'Position must be 1 or more' })
  position: number;

  @ReadVersion()
  version: number;
}

/** Presenter and timebox; fields left out stay as they are, a presenter agency sent as null clears the presenter. */
@InputType()
export class UpdateAgendaItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: ITEM_ID })
  itemId: string;

  @ReadVersion()
  version: number;

  @Field(() => ID, { nullable: true, description: 'An agency invited to the meeting; null: no presenter' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose an agency invited to the meeting' })
  presenterAgencyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'An active person of the presenter agency; null: no one in particular' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a person of the presenting agency' })
  presenterUserId?: string | null;

  @Field(() => Int, { nullable: true, description: '1 to 120 minutes' })
  @Omittable()
  @IsInt({ message: TIMEBOX })
  @Min(1, { message: TIMEBOX })
  @Max(120, { message: TIMEBOX })
  timeboxMinutes?: number;
}

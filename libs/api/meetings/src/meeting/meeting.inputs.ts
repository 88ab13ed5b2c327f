import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { REASON_MAX, trim, trimToNull } from '@mace/api-children';
import { ReadVersion } from '@mace/api-core';
import { MeetingKind, MeetingStatus } from '@mace/shared-domain';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDate, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinDate } from 'class-validator';
import '../graphql/meeting-enums';

/** Which meetings a list shows by time. */
export enum MeetingWhen {
  UPCOMING = 'UPCOMING',
  PAST = 'PAST',
  ALL = 'ALL',
}
registerEnumType(MeetingWhen, {
  name: 'MeetingWhen',
  description: 'UPCOMING: not closed or cancelled, soonest first; PAST: closed or started before now, latest first; ALL: by start',
});

const DURATION = 'Duration must be a whole number of minutes from 15 to 480';
const REPEAT = 'Schedule from 1 to 52 meetings at once';
const EVERY = 'Interval must be a whole number of days from 1 to 92';

@InputType('MeetingFilter')
export class MeetingFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a district' })
  districtId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a meeting type' })
  meetingTypeId?: string;

  @Field(() => MeetingKind, { nullable: true })
  @IsOptional()
  @IsEnum(MeetingKind, { message: 'Choose the kind of meeting' })
  kind?: MeetingKind;

  @Field(() => [MeetingStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsEnum(MeetingStatus, { each: true, message: 'Choose statuses from the list' })
  status?: MeetingStatus[];

  @Field(() => MeetingWhen, { nullable: true, defaultValue: MeetingWhen.ALL })
  @IsOptional()
  @IsEnum(MeetingWhen, { message: 'Choose upcoming, past or all' })
  when?: MeetingWhen;

  @Field({ nullable: true, description: 'Starting at or after this time' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field({ nullable: true, description: 'Starting before this time' })
  @IsOptional()
  @IsDate()
  to?: Date;
}

@InputType()
export class ScheduleMeetingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a meeting type' })
  meetingTypeId: string;

  @Field({ description: 'When the (first) meeting starts; in the future' })
  @IsDate({ message: 'Enter the start as a date and time' })
  @MinDate(() => new Date(), { message: 'The meeting must start in the future' })
  startsAt: Date;

  @Field(() => Int, { nullable: true, description: '15 to 480 minutes; default: the type’s' })
  @IsOptional()
  @IsInt({ message: DURATION })
  @Min(15, { message: DURATION })
  @Max(480, { message: DURATION })
  durationMinutes?: number | null;

  @Field(() => String, { nullable: true, description: 'Up to 200 characters' })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(200, { message: 'Place must be 200 characters or fewer' })
  place?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: 1, description: 'How many meetings, 1 to 52; more than one makes a series' })
  @IsInt({ message: REPEAT })
  @Min(1, { message: REPEAT })
  @Max(52, { message: REPEAT })
  repeatCount: number;

  @Field(() => Int, { nullable: true, description: 'Days between the meetings of a series, 1 to 92; default: the type’s cadence' })
  @IsOptional()
  @IsInt({ message: EVERY })
  @Min(1, { message: EVERY })
  @Max(92, { message: EVERY })
  everyDays?: number | null;
}

@InputType()
export class CancelMeetingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Meeting id is not valid' })
  meetingId: string;

  @Field({ description: 'Shown to everyone invited; no personal details' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'Enter why the meeting is cancelled' })
  @MaxLength(REASON_MAX, { message: `Reason must be ${REASON_MAX} characters or fewer` })
  reason: string;

  @ReadVersion()
  version: number;
}

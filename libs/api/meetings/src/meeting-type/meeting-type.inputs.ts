import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { trim } from '@mace/api-children';
import { Omittable, ReadVersion } from '@mace/api-core';
import { AgendaRule, MeetingKind } from '@mace/shared-domain';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import '../graphql/meeting-enums';

export const TYPE_NAME_MAX = 120;
export const STATEMENT_MAX = 4000;
/** Rules a type may run: every rule but CHAIR_ADDED, which is how the chair's own items are marked. */
const RUNNABLE_RULES = Object.values(AgendaRule).filter((rule) => rule !== AgendaRule.CHAIR_ADDED);

const M = {
  name: 'Enter the name of the meeting type',
  nameLong: `Name must be ${TYPE_NAME_MAX} characters or fewer`,
  cadence: 'Cadence must be a whole number of days from 1 to 92',
  time: 'Enter the start time as hh:mm, like 10:00',
  duration: 'Duration must be a whole number of minutes from 15 to 480',
  timebox: 'Timebox must be a whole number of minutes from 1 to 120',
  rules: 'Choose agenda rules from the list',
  rulesOnce: 'Choose each agenda rule once',
  statement: 'Enter the confidentiality statement',
  statementLong: `Confidentiality statement must be ${STATEMENT_MAX} characters or fewer`,
  agencies: 'Choose at least one core member agency',
  agenciesMany: 'Choose no more than 50 core member agencies',
  agencyIds: 'Core member agency ids are not valid',
  agenciesOnce: 'Choose each core member agency once',
  kind: 'Choose the kind of meeting',
  active: 'Choose whether the meeting type is active',
};

@InputType()
export class CreateMeetingTypeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a district' })
  districtId: string;

  @Field(() => MeetingKind)
  @IsEnum(MeetingKind, { message: M.kind })
  kind: MeetingKind;

  @Field({ description: `1 to ${TYPE_NAME_MAX} characters, unique in the district, e.g. "Sheffield MACE"` })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: M.name })
  @MaxLength(TYPE_NAME_MAX, { message: M.nameLong })
  name: string;

  @Field(() => Int, { description: 'Days between meetings, 1 to 92 (7: weekly)' })
  @IsInt({ message: M.cadence })
  @Min(1, { message: M.cadence })
  @Max(92, { message: M.cadence })
  cadenceDays: number;

  @Field({ nullable: true, defaultValue: '10:00', description: 'hh:mm, Europe/London' })
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: M.time })
  defaultStartTime: string;

  @Field(() => Int, { nullable: true, defaultValue: 120, description: '15 to 480 minutes' })
  @IsInt({ message: M.duration })
  @Min(15, { message: M.duration })
  @Max(480, { message: M.duration })
  defaultDurationMinutes: number;

  @Field(() => Int, { nullable: true, defaultValue: 10, description: 'Minutes per agenda item, 1 to 120' })
  @IsInt({ message: M.timebox })
  @Min(1, { message: M.timebox })
  @Max(120, { message: M.timebox })
  defaultTimeboxMinutes: number;

  @Field(() => [AgendaRule], { description: 'The rules that build this type’s agendas (not CHAIR_ADDED)' })
  @IsArray({ message: M.rules })
  @ArrayUnique({ message: M.rulesOnce })
  @IsIn(RUNNABLE_RULES, { each: true, message: M.rules })
  agendaRules: AgendaRule[];

  @Field({ description: `Read and accepted by every attendee; 1 to ${STATEMENT_MAX} characters` })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: M.statement })
  @MaxLength(STATEMENT_MAX, { message: M.statementLong })
  confidentialityStatement: string;

  @Field(() => [ID], { description: 'Active agencies invited to every meeting of the type' })
  @IsArray({ message: M.agencies })
  @ArrayMinSize(1, { message: M.agencies })
  @ArrayMaxSize(50, { message: M.agenciesMany })
  @ArrayUnique({ message: M.agenciesOnce })
  @IsUUID('all', { each: true, message: M.agencyIds })
  coreAgencyIds: string[];
}

/** Change some fields of a type; fields left out stay as they are (none may be sent as null). */
@InputType()
export class UpdateMeetingTypeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Meeting type id is not valid' })
  id: string;

  @ReadVersion()
  version: number;

  @Field({ nullable: true })
  @Omittable()
  @Transform(trim)
  @IsString({ message: M.name })
  @IsNotEmpty({ message: M.name })
  @MaxLength(TYPE_NAME_MAX, { message: M.nameLong })
  name?: string;

  @Field(() => Int, { nullable: true })
  @Omittable()
  @IsInt({ message: M.cadence })
  @Min(1, { message: M.cadence })
  @Max(92, { message: M.cadence })
  cadenceDays?: number;

  @Field({ nullable: true, description: 'hh:mm, Europe/London' })
  @Omittable()
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: M.time })
  defaultStartTime?: string;

  @Field(() => Int, { nullable: true })
  @Omittable()
  @IsInt({ message: M.duration })
  @Min(15, { message: M.duration })
  @Max(480, { message: M.duration })
  defaultDurationMinutes?: number;

  @Field(() => Int, { nullable: true })
  @Omittable()
  @IsInt({ message: M.timebox })
  @Min(1, { message: M.timebox })
  @Max(120, { message: M.timebox })
  defaultTimeboxMinutes?: number;

  @Field(() => [AgendaRule], { nullable: true })
  @Omittable()
  @IsArray({ message: M.rules })
  @ArrayUnique({ message: M.rulesOnce })
  @IsIn(RUNNABLE_RULES, { each: true, message: M.rules })
  agendaRules?: AgendaRule[];

  @Field({ nullable: true })
  @Omittable()
  @Transform(trim)
  @IsString({ message: M.statement })
  @IsNotEmpty({ message: M.statement })
  @MaxLength(STATEMENT_MAX, { message: M.statementLong })
  confidentialityStatement?: string;

  @Field(() => [ID], { nullable: true, description: 'Replaces the core members; meetings already scheduled keep theirs' })
  @Omittable()
  @IsArray({ message: M.agencies })
  @ArrayMinSize(1, { message: M.agencies })
  @ArrayMaxSize(50, { message: M.agenciesMany })
  @ArrayUnique({ message: M.agenciesOnce })
  @IsUUID('all', { each: true, message: M.agencyIds })
  coreAgencyIds?: string[];

  @Field({ nullable: true })
  @Omittable()
  @IsBoolean({ message: M.active })
  active?: boolean;
}

import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { NARRATIVE_MAX, REASON_MAX, trim, trimToNull } from '@mace/api-children';
import { PageArgs, ReadVersion } from '@mace/api-core';
import { HandlingCode, IntelligenceAssessment, IntelligenceProvenance, IntelligenceStatus, SourceEvaluation } from '@mace/shared-domain';
import { Type } from 'class-transformer';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import '../graphql/intelligence-enums';
import { IsCalendarDateText } from '../records/record-input-rules';

export const SANITISED_MAX = 4000;
export const CONDITIONS_MAX = 1000;
export const OCCURRED_TIME_MAX = 40;
export const PLACE_MAX = 500;
export const CHILDREN_MAX = 20;

@InputType()
export class SubmitIntelligenceInput {
  @Field(() => ID, { description: 'One of your districts (a practitioner without districts: your agency’s, or the named children’s)' })
  @IsUUID('all', { message: 'Choose a district' })
  districtId: string;

  @Field({ description: `What happened, 1 to ${NARRATIVE_MAX} characters` })
  @Transform(trim)
  @IsString({ message: 'Enter what happened' })
  @IsNotEmpty({ message: 'Enter what happened' })
  @MaxLength(NARRATIVE_MAX, { message: `What happened must be ${NARRATIVE_MAX} characters or fewer` })
  what: string;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' })
  @Transform(trimToNull)
  @IsOptional()
  @IsCalendarDateText('date it happened')
  occurredOn?: string | null;

  @Field(() => String, { nullable: true, description: 'As known, e.g. "about 15:30" or "after school"' })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(OCCURRED_TIME_MAX, { message: `Time must be ${OCCURRED_TIME_MAX} characters or fewer` })
  occurredTime?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(PLACE_MAX, { message: `Where must be ${PLACE_MAX} characters or fewer` })
  place?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(REASON_MAX, { message: `Who must be ${REASON_MAX} characters or fewer` })
  who?: string | null;

  @Field(() => IntelligenceProvenance)
  @IsEnum(IntelligenceProvenance, { message: 'Choose how you know' })
  provenance: IntelligenceProvenance;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(REASON_MAX, { message: `How you know must be ${REASON_MAX} characters or fewer` })
  provenanceDetail?: string | null;

  @Field(() => [ID], { nullable: true, defaultValue: [], description: 'Children it is about: children you may see' })
  @IsArray({ message: 'Choose the children it is about' })
  @ArrayMaxSize(CHILDREN_MAX, { message: `Choose no more than ${CHILDREN_MAX} children` })
  @ArrayUnique({ message: 'Choose each child once' })
  @IsUUID('all', { each: true, message: 'Child ids are not valid' })
  childIds: string[] = [];
}

@InputType()
export class GradeIntelligenceInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Intelligence id is not valid' })
  id: string;

  @ReadVersion()
  version: number;

  @Field(() => SourceEvaluation)
  @IsEnum(SourceEvaluation, { message: 'Choose the source evaluation' })
  sourceEvaluation: SourceEvaluation;

  @Field(() => IntelligenceAssessment)
  @IsEnum(IntelligenceAssessment, { message: 'Choose the intelligence assessment' })
  intelligenceAssessment: IntelligenceAssessment;

  @Field(() => HandlingCode)
  @IsEnum(HandlingCode, { message: 'Choose the handling code' })
  handlingCode: HandlingCode;

  @Field(() => String, { nullable: true, description: 'Required for handling code C' })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(CONDITIONS_MAX, { message: `Handling conditions must be ${CONDITIONS_MAX} characters or fewer` })
  handlingConditions?: string | null;

  @Field({ description: `What partners may read, 1 to ${SANITISED_MAX} characters` })
  @Transform(trim)
  @IsString({ message: 'Enter the sanitised text for partners' })
  @IsNotEmpty({ message: 'Enter the sanitised text for partners' })
  @MaxLength(SANITISED_MAX, { message: `Sanitised text must be ${SANITISED_MAX} characters or fewer` })
  sanitisedText: string;
}

@InputType()
export class SetIntelligenceStatusInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Intelligence id is not valid' })
  id: string;

  @ReadVersion()
  version: number;

  @Field(() => IntelligenceStatus)
  @IsEnum(IntelligenceStatus, { message: 'Choose the status' })
  status: IntelligenceStatus;
}

@InputType('IntelligenceFilter')
export class IntelligenceFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a district' })
  districtId?: string;

  @Field(() => [IntelligenceStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(IntelligenceStatus, { each: true, message: 'Choose statuses from the list' })
  status?: IntelligenceStatus[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Child id is not valid' })
  childId?: string;

  @Field({ nullable: true, description: 'true: only your agency’s submissions; false: only others’' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;
}

@ArgsType()
export class IntelligenceReportsArgs extends PageArgs {
  @Field(() => IntelligenceFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => IntelligenceFilterInput)
  filter?: IntelligenceFilterInput;
}

@ArgsType()
export class IntelligenceIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Intelligence id is not valid' })
  id: string;
}

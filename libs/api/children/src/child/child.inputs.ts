import { Field, ID, InputType } from '@nestjs/graphql';
import { Omittable, ReadVersion } from '@mace/api-core';
import {
  ChildStatus,
  EducationStatus,
  Ethnicity,
  ExploitationType,
  Gender,
  LookedAfterStatus,
  OffendingModel,
  RiskLevel,
  RiskSource,
  Vulnerability,
} from '@mace/shared-domain';
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
  ValidateIf,
} from 'class-validator';
import '../graphql/child-enums';
import { IsChildDateOfBirth, IsFutureDate } from '../dates/date-rules.validator';
import { NAME_MAX, NARRATIVE_MAX, REASON_MAX, trim, trimEach, trimToNull } from '../inputs/text';

const CHILD_ID = 'Child id is not valid';

@InputType()
export class ChildFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a district' })
  districtId?: string;

  @Field(() => [RiskLevel], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @IsEnum(RiskLevel, { each: true, message: 'Choose risk levels from the list' })
  riskLevels?: RiskLevel[];

  @Field(() => [ChildStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @IsEnum(ChildStatus, { each: true, message: 'Choose statuses from the list' })
  statuses?: ChildStatus[];

  @Field({ nullable: true, description: 'True: next review is today or earlier (Europe/London); false: not yet due or none' })
  @IsOptional()
  @IsBoolean()
  reviewDue?: boolean;
}

/** Every field but id and version may be left out (unchanged); fields the record requires may not be sent as null. */
@InputType()
export class UpdateChildInput {
  @Field(() => ID)
  @IsUUID('all', { message: CHILD_ID })
  id: string;

  @ReadVersion()
  version: number;

  @Field({ nullable: true })
  @Omittable()
  @Transform(trim)
  @IsNotEmpty({ message: 'Enter the child’s first name' })
  @MaxLength(NAME_MAX, { message: `First name must be ${NAME_MAX} characters or fewer` })
  givenName?: string;

  @Field({ nullable: true })
  @Omittable()
  @Transform(trim)
  @IsNotEmpty({ message: 'Enter the child’s last name' })
  @MaxLength(NAME_MAX, { message: `Last name must be ${NAME_MAX} characters or fewer` })
  familyName?: string;

  @Field(() => [String], { nullable: true, description: 'Replaces every name the child is known as' })
  @Omittable()
  @Transform(trimEach)
  @IsArray({ message: 'Enter the names the child is known as' })
  @ArrayMaxSize(10, { message: 'Enter no more than 10 names the child is known as' })
  @ArrayUnique({ message: 'Enter each name the child is known as once' })
  @IsNotEmpty({ each: true, message: 'Enter each name the child is known as, or remove the empty one' })
  @MaxLength(NAME_MAX, { each: true, message: `Each name the child is known as must be ${NAME_MAX} characters or fewer` })
  knownAs?: string[];

  @Field({ nullable: true, description: 'yyyy-mm-dd' })
  @Omittable()
  @IsChildDateOfBirth()
  dateOfBirth?: string;

  @Field(() => Gender, { nullable: true })
  @Omittable()
  @IsEnum(Gender, { message: 'Choose the child’s gender' })
  gender?: Gender;

  @Field(() => Ethnicity, { nullable: true })
  @Omittable()
  @IsEnum(Ethnicity, { message: 'Choose the ethnicity as the child defines it' })
  ethnicitySelfDefined?: Ethnicity;

  @Field(() => Ethnicity, { nullable: true })
  @Omittable()
  @IsEnum(Ethnicity, { message: 'Choose the ethnicity as observed' })
  ethnicityObserved?: Ethnicity;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(500, { message: 'Address must be 500 characters or fewer' })
  address?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(10, { message: 'Postcode must be 10 characters or fewer' })
  postcode?: string | null;

  @Field(() => EducationStatus, { nullable: true })
  @Omittable()
  @IsEnum(EducationStatus, { message: 'Choose the education status' })
  educationStatus?: EducationStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(NAME_MAX, { message: `School name must be ${NAME_MAX} characters or fewer` })
  schoolName?: string | null;

  @Field(() => LookedAfterStatus, { nullable: true })
  @Omittable()
  @IsEnum(LookedAfterStatus, { message: 'Choose the looked-after status' })
  lookedAfterStatus?: LookedAfterStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(NAME_MAX, { message: `Social worker’s name must be ${NAME_MAX} characters or fewer` })
  socialWorkerName?: string | null;

  @Field(() => ID, { nullable: true, description: 'null: no lead agency' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a lead agency' })
  leadAgencyId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(NAME_MAX, { message: `Lead professional’s name must be ${NAME_MAX} characters or fewer` })
  leadProfessionalName?: string | null;

  @Field(() => [ExploitationType], { nullable: true })
  @Omittable()
  @IsArray({ message: 'Choose the types of exploitation' })
  @ArrayUnique({ message: 'Choose each type of exploitation once' })
  @IsEnum(ExploitationType, { each: true, message: 'Choose types of exploitation from the list' })
  exploitationTypes?: ExploitationType[];

  @Field(() => [OffendingModel], { nullable: true })
  @Omittable()
  @IsArray({ message: 'Choose the offending models' })
  @ArrayUnique({ message: 'Choose each offending model once' })
  @IsEnum(OffendingModel, { each: true, message: 'Choose offending models from the list' })
  offendingModels?: OffendingModel[];

  @Field(() => [Vulnerability], { nullable: true })
  @Omittable()
  @IsArray({ message: 'Choose the vulnerabilities' })
  @ArrayUnique({ message: 'Choose each vulnerability once' })
  @IsEnum(Vulnerability, { each: true, message: 'Choose vulnerabilities from the list' })
  vulnerabilities?: Vulnerability[];

  @Field({ nullable: true, description: 'Restricted records never show in existence-only search results. Chair of the district only.' })
  @Omittable()
  @IsBoolean({ message: 'Choose whether the record is restricted' })
  restricted?: boolean;
}

@InputType()
export class SetChildRiskInput {
  @Field(() => ID)
  @IsUUID('all', { message: CHILD_ID })
  childId: string;

  @ReadVersion()
  version: number;

  @Field(() => RiskLevel)
  @IsEnum(RiskLevel, { message: 'Choose a risk level' })
  level: RiskLevel;

  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: 'Enter why the risk is at this level' })
  @MaxLength(NARRATIVE_MAX, { message: `Rationale must be ${NARRATIVE_MAX} characters or fewer` })
  rationale: string;

  @Field(() => RiskSource)
  @IsEnum(RiskSource, { message: 'Choose where the risk level comes from' })
  source: RiskSource;

  @Field({ nullable: true, description: 'yyyy-mm-dd; by default today plus the review cadence of the level' })
  @IsOptional()
  @IsFutureDate('next review date', { todayAllowed: true })
  nextReviewOn?: string;
}

const NEEDS_REASON = [ChildStatus.STEPPED_DOWN, ChildStatus.CLOSED];

@InputType()
export class SetChildStatusInput {
  @Field(() => ID)
  @IsUUID('all', { message: CHILD_ID })
  childId: string;

  @ReadVersion()
  version: number;

  @Field(() => ChildStatus)
  @IsEnum(ChildStatus, { message: 'Choose a status' })
  status: ChildStatus;

  @Field({ nullable: true, description: 'Required when stepping down or closing' })
  @ValidateIf((input: SetChildStatusInput) => NEEDS_REASON.includes(input.status) || (input.reason !== undefined && input.reason !== null))
  @Transform(trim)
  @IsNotEmpty({ message: 'Enter the reason for stepping down or closing' })
  @MaxLength(REASON_MAX, { message: `Reason must be ${REASON_MAX} characters or fewer` })
  reason?: string;
}

@InputType()
export class AddChildFlagInput {
  @Field(() => ID)
  @IsUUID('all', { message: CHILD_ID })
  childId: string;

  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: 'Enter the flag' })
  @MaxLength(60, { message: 'Flag must be 60 characters or fewer' })
  label: string;

  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: 'Enter why the flag is set' })
  @MaxLength(REASON_MAX, { message: `Reason must be ${REASON_MAX} characters or fewer` })
  reason: string;

  @Field({ nullable: true, description: 'yyyy-mm-dd, after today' })
  @IsOptional()
  @IsFutureDate('expiry date')
  expiresOn?: string;
}

@InputType()
export class RemoveChildFlagInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Flag id is not valid' })
  flagId: string;

  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: 'Enter why the flag is removed' })
  @MaxLength(REASON_MAX, { message: `Reason must be ${REASON_MAX} characters or fewer` })
  reason: string;
}

@InputType()
export class GrantChildAccessInput {
  @Field(() => ID)
  @IsUUID('all', { message: CHILD_ID })
  childId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Choose an agency' })
  agencyId: string;

  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: 'Enter why the agency needs to see this record' })
  @MaxLength(REASON_MAX, { message: `Reason must be ${REASON_MAX} characters or fewer` })
  reason: string;
}

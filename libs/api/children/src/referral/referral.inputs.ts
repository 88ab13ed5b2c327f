import { ReadVersion } from '@mace/api-core';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  Awareness,
  EducationStatus,
  Ethnicity,
  ExploitationType,
  Gender,
  LawfulBasis,
  LookedAfterStatus,
  OffendingModel,
  ReferralStatus,
  RiskLevel,
  TriageDecision,
  Vulnerability,
} from '@mace/shared-domain';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
  registerDecorator,
  ValidateIf,
  ValidateNested,
  ValidationArguments,
} from 'class-validator';
import '../graphql/child-enums';
import { ScreeningResponseInput } from '../screening/screening.inputs';
import { IsChildDateOfBirth, IsFutureDate } from '../dates/date-rules.validator';
import { NARRATIVE_MAX, trim, trimEach, trimToNull } from '../inputs/text';

const narrativeTooLong = (what: string) => `${what} must be 10,000 characters or fewer`;

@InputType({ description: 'A child not yet known to the MACE' })
export class NewChildInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a district' })
  districtId: string;

  @Field()
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'Enter the child’s first name' })
  @MaxLength(100, { message: 'First name must be 100 characters or fewer' })
  givenName: string;

  @Field()
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'Enter the child’s last name' })
  @MaxLength(100, { message: 'Last name must be 100 characters or fewer' })
  familyName: string;

  @Field(() => [String], { nullable: true, defaultValue: [], description: 'Other names the child is known by' })
  @Transform(trimEach)
  @IsArray({ message: 'Enter the names the child is known as' })
  @ArrayMaxSize(10, { message: 'Enter up to 10 names the child is known as' })
  @IsNotEmpty({ each: true, message: 'Enter each name the child is known as, or remove the empty one' })
  @MaxLength(100, { each: true, message: 'Each name the child is known as must be 100 characters or fewer' })
  @ArrayUnique({ message: 'Enter each name the child is known as once' })
  knownAs: string[] = [];

  @Field({ description: 'yyyy-mm-dd; in the past and no more than 25 years ago' })
  @IsChildDateOfBirth()
  dateOfBirth: string;

  @Field(() => Gender)
  @IsEnum(Gender, { message: 'Choose the child’s gender' })
  gender: Gender;

  @Field(() => Ethnicity, { nullable: true, defaultValue: Ethnicity.NOT_YET_RECORDED, description: 'As the child defines it' })
  @IsEnum(Ethnicity, { message: 'Choose the child’s ethnicity as they define it, or not yet recorded' })
  ethnicitySelfDefined: Ethnicity = Ethnicity.NOT_YET_RECORDED;

  @Field(() => Ethnicity, { nullable: true, defaultValue: Ethnicity.NOT_YET_RECORDED, description: 'As observed by a professional' })
  @IsEnum(Ethnicity, { message: 'Choose the child’s ethnicity as observed, or not yet recorded' })
  ethnicityObserved: Ethnicity = Ethnicity.NOT_YET_RECORDED;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'Address must be 500 characters or fewer' })
  address?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(10, { message: 'Postcode must be 10 characters or fewer' })
  postcode?: string | null;

  @Field(() => EducationStatus, { nullable: true, defaultValue: EducationStatus.NOT_KNOWN })
  @IsEnum(EducationStatus, { message: 'Choose the child’s education status, or not known' })
  educationStatus: EducationStatus = EducationStatus.NOT_KNOWN;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'School or college name must be 200 characters or fewer' })
  schoolName?: string | null;

  @Field(() => LookedAfterStatus, { nullable: true, defaultValue: LookedAfterStatus.NOT_KNOWN })
  @IsEnum(LookedAfterStatus, { message: 'Choose whether the child is looked after, or not known' })
  lookedAfterStatus: LookedAfterStatus = LookedAfterStatus.NOT_KNOWN;

  @Field(() => String, { nullable: true, description: 'Allocated social worker' })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'Social worker’s name must be 100 characters or fewer' })
  socialWorkerName?: string | null;

  @Field(() => [ExploitationType], { nullable: true, defaultValue: [] })
  @IsArray({ message: 'Choose the types of exploitation' })
  @IsEnum(ExploitationType, { each: true, message: 'Choose types of exploitation from the list' })
  @ArrayUnique({ message: 'Choose each type of exploitation once' })
  exploitationTypes: ExploitationType[] = [];

  @Field(() => [OffendingModel], { nullable: true, defaultValue: [] })
  @IsArray({ message: 'Choose the offending models' })
  @IsEnum(OffendingModel, { each: true, message: 'Choose offending models from the list' })
  @ArrayUnique({ message: 'Choose each offending model once' })
  offendingModels: OffendingModel[] = [];

  @Field(() => [Vulnerability], { nullable: true, defaultValue: [] })
  @IsArray({ message: 'Choose the vulnerabilities' })
  @IsEnum(Vulnerability, { each: true, message: 'Choose vulnerabilities from the list' })
  @ArrayUnique({ message: 'Choose each vulnerability once' })
  vulnerabilities: Vulnerability[] = [];
}

@InputType()
export class SubmitReferralInput {
  /** Validated when given, or when no new child is given either: one of the two is needed. */
  @Field(() => ID, { nullable: true, description: 'An existing child; give this or newChild, not both' })
  @ValidateIf((input: SubmitReferralInput) => input.childId != null || input.newChild == null)
  @IsUUID('all', { message: 'Choose the child, or enter the details of a new child' })
  childId?: string | null;

  @Field(() => NewChildInput, { nullable: true, description: 'A child not yet known; give this or childId, not both' })
  @ValidateIf((input: SubmitReferralInput) => input.newChild != null)
  @IsEmptyWhen('childId', { message: 'Choose an existing child or enter a new child, not both' })
  @ValidateNested()
  @Type(() => NewChildInput)
  newChild?: NewChildInput | null;

  @Field({ description: 'Your concerns, in your own words' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'Describe your concerns' })
  @MaxLength(NARRATIVE_MAX, { message: narrativeTooLong('Concerns') })
  concerns: string;

  @Field(() => Int, { description: 'The version of the screening tool answered' })
  @IsInt({ message: 'Choose a version of the screening tool' })
  @Min(1, { message: 'Choose a version of the screening tool' })
  screeningToolVersion: number;

  @Field(() => [ScreeningResponseInput], { description: 'Every question of that version, exactly once' })
  @IsArray()
  @ArrayMaxSize(200, { message: 'Send at most 200 answers' })
  @ValidateNested({ each: true })
  @Type(() => ScreeningResponseInput)
  answers: ScreeningResponseInput[];

  @Field(() => RiskLevel, { description: 'The level you judge; explain in overrideReason when it differs from the suggestion' })
  @IsEnum(RiskLevel, { message: 'Choose the level of risk you judge' })
  referrerLevel: RiskLevel;

  @Field(() => String, { nullable: true, description: 'Required when referrerLevel differs from the suggested level' })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MinLength(10, { message: 'Reason for choosing a different level must be at least 10 characters' })
  @MaxLength(2000, { message: 'Reason for choosing a different level must be 2,000 characters or fewer' })
  overrideReason?: string | null;

  @Field({ description: 'What we are worried will happen to the child if nothing changes' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'Enter the danger statement' })
  @MaxLength(NARRATIVE_MAX, { message: narrativeTooLong('Danger statement') })
  dangerStatement: string;

  @Field({ description: 'What needs to be true for the child to be safe' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'Enter the safety goal' })
  @MaxLength(NARRATIVE_MAX, { message: narrativeTooLong('Safety goal') })
  safetyGoal: string;

  @Field({ description: 'What the child has said or shown about their situation' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'Enter the child’s voice: what they have said or shown' })
  @MaxLength(NARRATIVE_MAX, { message: narrativeTooLong('The child’s voice') })
  childVoice: string;

  @Field({ description: 'Strengths and protective factors around the child' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'Enter the strengths around the child' })
  @MaxLength(NARRATIVE_MAX, { message: narrativeTooLong('Strengths') })
  strengths: string;

  @Field(() => Awareness)
  @IsEnum(Awareness, { message: 'Choose whether the child knows about this referral' })
  childAware: Awareness;

  @Field(() => Awareness)
  @IsEnum(Awareness, { message: 'Choose whether the family knows about this referral' })
  familyAware: Awareness;

  @Field(() => LawfulBasis)
  @IsEnum(LawfulBasis, { message: 'Choose the lawful basis for sharing this information' })
  lawfulBasis: LawfulBasis;
}

@InputType()
export class DecideReferralInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Referral id is not valid' })
  referralId: string;

  @ReadVersion()
  version: number;

  @Field(() => TriageDecision)
  @IsEnum(TriageDecision, { message: 'Choose a decision' })
  decision: TriageDecision;

  @Field({ description: 'Why: shown to the referrer and kept in the child’s risk history when accepted' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'Enter the reasons for your decision' })
  @MaxLength(NARRATIVE_MAX, { message: narrativeTooLong('Reasons for the decision') })
  rationale: string;

  @Field(() => RiskLevel, { nullable: true, description: 'Required when accepting to MACE' })
  @ValidateIf((input: DecideReferralInput) => input.decision === TriageDecision.ACCEPTED || input.provisionalLevel != null)
  @IsEnum(RiskLevel, { message: 'Choose a provisional risk level' })
  provisionalLevel?: RiskLevel | null;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd; when accepting. Defaults from the cadence of the provisional level' })
  @IsOptional()
  @IsFutureDate('next review date', { todayAllowed: true })
  nextReviewOn?: string | null;

  @Field(() => ID, { nullable: true, description: 'When accepting: the agency that will lead' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose an agency' })
  leadAgencyId?: string | null;
}

@InputType()
export class ReferralFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a district' })
  districtId?: string;

  @Field(() => [ReferralStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsEnum(ReferralStatus, { each: true, message: 'Choose statuses from the list' })
  statuses?: ReferralStatus[];

  @Field({ nullable: true, description: 'Only referrals your agency submitted' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;
}

/** Refuses a value when `other` is also given: for pairs where exactly one may be sent. */
function IsEmptyWhen(other: string, options: { message: string }): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isEmptyWhen',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [other],
      options,
      validator: {
        validate: (value: unknown, args: ValidationArguments) =>
          value == null || (args.object as Record<string, unknown>)[other] == null,
      },
    });
}

import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { trim } from '@mace/api-children';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsNotEmpty, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';

export const SECTION_KEY_MAX = 100;
export const SECTION_HEADING_MAX = 200;
export const SECTION_BODY_MAX = 20_000;
export const ADDENDUM_MAX = 4000;
/** Far more than any meeting's sections (an agenda of 25 items and its action reviews). */
export const SECTIONS_MAX = 500;

const MEETING_ID = 'Choose a meeting';
const VERSION_ZERO_OR_MORE = 'version must be 0 (a fresh draft) or the version you read';

@InputType()
export class MinutesSectionInput {
  @Field({ description: 'The key of a section of the draft' })
  @IsString()
  @IsNotEmpty({ message: 'Enter the section’s key' })
  @MaxLength(SECTION_KEY_MAX, { message: 'Section key must be 100 characters or fewer' })
  key: string;

  @Field({ description: '1 to 200 characters' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'Enter a heading' })
  @MaxLength(SECTION_HEADING_MAX, { message: 'Heading must be 200 characters or fewer' })
  heading: string;

  @Field({ description: 'Up to 20,000 characters' })
  @IsString()
  @MaxLength(SECTION_BODY_MAX, { message: 'Section text must be 20,000 characters or fewer' })
  body: string;
}

@InputType({ description: 'The chair’s edit of the draft minutes: every section of the draft, with its key' })
export class SaveMinutesInput {
  @Field(() => ID)
  @IsUUID('all', { message: MEETING_ID })
  meetingId: string;

  @Field(() => Int, { description: '0: first save of the fresh draft; then the version you read' })
  @IsInt({ message: 'version must be a whole number' })
  @Min(0, { message: VERSION_ZERO_OR_MORE })
  version: number;

  @Field(() => [MinutesSectionInput])
  @IsArray()
  @ArrayMinSize(1, { message: 'Send the sections of the minutes' })
  @ArrayMaxSize(SECTIONS_MAX, { message: 'Send no more than 500 sections' })
  @ValidateNested({ each: true })
  @Type(() => MinutesSectionInput)
  sections: MinutesSectionInput[];
}

@ArgsType()
export class ApproveMinutesArgs {
  @Field(() => ID)
  @IsUUID('all', { message: MEETING_ID })
  meetingId: string;

  @Field(() => Int, { description: 'The version of the saved draft you read (0 approves the fresh draft)' })
  @IsInt({ message: 'version must be a whole number' })
  @Min(0, { message: VERSION_ZERO_OR_MORE })
  version: number;
}

@InputType()
export class AddMinutesAddendumInput {
  @Field(() => ID)
  @IsUUID('all', { message: MEETING_ID })
  meetingId: string;

  @Field({ description: '1 to 4,000 characters' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'Enter the addendum' })
  @MaxLength(ADDENDUM_MAX, { message: 'Addendum must be 4,000 characters or fewer' })
  body: string;
}

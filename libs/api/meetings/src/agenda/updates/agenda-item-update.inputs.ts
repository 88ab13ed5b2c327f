import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { trimToNull } from '@mace/api-children';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';

export const UPDATE_TEXT_MAX = 4000;
const tooLong = (what: string) => `${what} must be ${UPDATE_TEXT_MAX.toLocaleString('en-GB')} characters or fewer`;

/** Your agency's update on an item before the meeting; one per agency, edited with its version. */
@InputType()
export class SaveAgendaItemUpdateInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Agenda item id is not valid' })
  itemId: string;

  @Field(() => Int, { nullable: true, description: 'The version of your agency’s update you read; leave out for the first save' })
  @IsOptional()
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must not be less than 1' })
  version?: number | null;

  @Field(() => String, { nullable: true, description: `Contact with the child since the last meeting; up to ${UPDATE_TEXT_MAX} characters` })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(UPDATE_TEXT_MAX, { message: tooLong('Contact since last time') })
  contactSinceLast?: string | null;

  @Field(() => String, { nullable: true, description: `Up to ${UPDATE_TEXT_MAX} characters` })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(UPDATE_TEXT_MAX, { message: tooLong('Concerns') })
  concerns?: string | null;

  @Field(() => String, { nullable: true, description: `The child’s voice; up to ${UPDATE_TEXT_MAX} characters` })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(UPDATE_TEXT_MAX, { message: tooLong('The child’s voice') })
  childVoice?: string | null;

  @Field(() => String, { nullable: true, description: `Progress on your agency’s actions; up to ${UPDATE_TEXT_MAX} characters` })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(UPDATE_TEXT_MAX, { message: tooLong('Action progress') })
  actionProgress?: string | null;
}

import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { trimToNull } from '@mace/api-children';
import { LinkConfidence, LinkRelation } from '@mace/shared-domain';
import { Transform, Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import '../graphql/intelligence-enums';
import { IsCalendarDateText } from '../records/record-input-rules';
import { EntityRefInput } from '../refs/entity-ref.model';

export const NOTE_MAX = 1000;

@InputType()
export class CreateLinkInput {
  @Field(() => EntityRefInput)
  @ValidateNested()
  @Type(() => EntityRefInput)
  from: EntityRefInput;

  @Field(() => EntityRefInput)
  @ValidateNested()
  @Type(() => EntityRefInput)
  to: EntityRefInput;

  @Field(() => LinkRelation)
  @IsEnum(LinkRelation, { message: 'Choose how they are linked' })
  relation: LinkRelation;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' })
  @Transform(trimToNull)
  @IsOptional()
  @IsCalendarDateText('date the link began')
  validFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd, on or after validFrom' })
  @Transform(trimToNull)
  @IsOptional()
  @IsCalendarDateText('date the link ended')
  validTo?: string | null;

  @Field(() => LinkConfidence)
  @IsEnum(LinkConfidence, { message: 'Choose how confident you are' })
  confidence: LinkConfidence;

  @Field(() => ID, { nullable: true, description: 'The intelligence that supports the link (police of its district)' })
  @IsOptional()
  @IsUUID('all', { message: 'Intelligence id is not valid' })
  intelligenceId?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX, { message: `Note must be ${NOTE_MAX} characters or fewer` })
  note?: string | null;
}

@ArgsType()
export class LinksOfArgs {
  @Field(() => EntityRefInput)
  @ValidateNested()
  @Type(() => EntityRefInput)
  subject: EntityRefInput;
}

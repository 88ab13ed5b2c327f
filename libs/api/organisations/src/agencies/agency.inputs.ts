import { Field, ID, InputType } from '@nestjs/graphql';
import { Omittable, ReadVersion } from '@mace/api-core';
import { AgencyKind } from '@mace/shared-domain';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsNotEmpty, IsOptional, IsUUID, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class CreateAgencyInput {
  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: 'Enter the agency name' })
  @MaxLength(120, { message: 'Agency name must be 120 characters or fewer' })
  name: string;

  @Field(() => AgencyKind)
  @IsEnum(AgencyKind, { message: 'Choose the kind of agency' })
  kind: AgencyKind;

  @Field(() => ID, { nullable: true, description: 'Leave empty for an agency that covers every district' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a district' })
  districtId?: string | null;
}

@InputType()
export class UpdateAgencyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Agency id is not valid' })
  id: string;

  @ReadVersion()
  version: number;

  @Field({ nullable: true })
  @Omittable()
  @Transform(trim)
  @IsNotEmpty({ message: 'Enter the agency name' })
  @MaxLength(120, { message: 'Agency name must be 120 characters or fewer' })
  name?: string;

  @Field(() => AgencyKind, { nullable: true })
  @Omittable()
  @IsEnum(AgencyKind, { message: 'Choose the kind of agency' })
  kind?: AgencyKind;

  @Field({ nullable: true })
  @Omittable()
  @IsBoolean({ message: 'Choose whether the agency is active' })
  active?: boolean;
}

@InputType()
export class AgencyFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a district' })
  districtId?: string;

  @Field(() => AgencyKind, { nullable: true })
  @IsOptional()
  @IsEnum(AgencyKind)
  kind?: AgencyKind;
}

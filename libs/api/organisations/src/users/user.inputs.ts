import { Field, ID, InputType } from '@nestjs/graphql';
import { Omittable, ReadVersion } from '@mace/api-core';
import { Role } from '@mace/shared-domain';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class CreateUserInput {
  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: 'Enter an email address' })
  @IsEmail({}, { message: 'Enter an email address in the correct format, like name@example.org' })
  @MaxLength(254, { message: 'Email address must be 254 characters or fewer' })
  email: string;

  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: 'Enter the person’s name' })
  @MaxLength(100, { message: 'Name must be 100 characters or fewer' })
  displayName: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Choose an agency' })
  agencyId: string;

  @Field(() => [Role])
  @IsArray()
  @ArrayMinSize(1, { message: 'Choose at least one role' })
  @ArrayUnique({ message: 'Choose each role once' })
  @IsEnum(Role, { each: true, message: 'Choose roles from the list' })
  roles: Role[];

  @Field(() => [ID], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique({ message: 'Choose each district once' })
  @IsUUID('all', { each: true, message: 'Choose districts from the list' })
  districtIds: string[] = [];

  @Field({ nullable: true, description: 'Leave empty for accounts that will sign in through single sign-on' })
  @IsOptional()
  @IsString()
  @MinLength(12, { message: 'Password must be at least 12 characters' })
  @MaxLength(1024, { message: 'Password must be 1024 characters or fewer' })
  password?: string;
}

@InputType()
export class UpdateUserInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'User id is not valid' })
  id: string;

  @ReadVersion()
  version: number;

  @Field({ nullable: true })
  @Omittable()
  @Transform(trim)
  @IsNotEmpty({ message: 'Enter the person’s name' })
  @MaxLength(100, { message: 'Name must be 100 characters or fewer' })
  displayName?: string;

  @Field(() => ID, { nullable: true })
  @Omittable()
  @IsUUID('all', { message: 'Choose an agency' })
  agencyId?: string;

  @Field(() => [Role], { nullable: true })
  @Omittable()
  @IsArray({ message: 'Choose at least one role' })
  @ArrayMinSize(1, { message: 'Choose at least one role' })
  @ArrayUnique({ message: 'Choose each role once' })
  @IsEnum(Role, { each: true, message: 'Choose roles from the list' })
  roles?: Role[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique({ message: 'Choose each district once' })
  @IsUUID('all', { each: true, message: 'Choose districts from the list' })
  districtIds?: string[];
}

@InputType()
export class SetUserActiveInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'User id is not valid' })
  id: string;

  @ReadVersion()
  version: number;

  @Field({ description: 'False ends every session of the user at once' })
  @IsBoolean()
  active: boolean;
}

@InputType()
export class UserFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose an agency' })
  agencyId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a district' })
  districtId?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field({ nullable: true, description: 'Part of a name or e-mail address' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

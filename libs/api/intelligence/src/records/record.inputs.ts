import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { NAME_MAX, REASON_MAX, trim, trimEach, trimToNull } from '@mace/api-children';
import { Omittable, PageArgs, ReadVersion } from '@mace/api-core';
import {
  IdentifierKind,
  LocationType,
  MakesafeStatus,
  NetworkStatus,
  OffendingModel,
  PersonRiskMarker,
  Platform,
} from '@mace/shared-domain';
import { Transform, Type } from 'class-transformer';
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
import { IDENTIFIER_MAX, POSTCODE_MAX, REGISTRATION_MAX } from '../normalise/normalise';
import { IsCalendarDateText } from './record-input-rules';

export const LOCATION_NAME_MAX = 200;
export const ADDRESS_MAX = 500;
export const NETWORK_NAME_MAX = 120;
export const VEHICLE_DETAIL_MAX = 60;
export const COLOUR_MAX = 40;
export const SEARCH_MAX = 100;

const M = {
  district: 'Choose a district',
  given: 'Enter the given name',
  family: 'Enter the family name',
  nameLong: `Names must be ${NAME_MAX} characters or fewer`,
  aliases: 'Enter no more than 20 other names, each 100 characters or fewer',
  markers: 'Choose risk markers from the list, each once',
  ocg: 'Choose whether the person is an organised crime group nominal',
  description: `Description must be ${REASON_MAX} characters or fewer`,
  locationName: 'Enter the name of the place',
  locationNameLong: `Name must be ${LOCATION_NAME_MAX} characters or fewer`,
  address: `Address must be ${ADDRESS_MAX} characters or fewer`,
  postcode: `Postcode must be ${POSTCODE_MAX} characters or fewer`,
  type: 'Choose the type of place',
  makesafe: 'Choose the Op Makesafe status from the list',
  networkName: 'Enter the name of the network',
  networkNameLong: `Name must be ${NETWORK_NAME_MAX} characters or fewer`,
};

@InputType()
export class CreatePersonInput {
  @Field(() => ID)
  @IsUUID('all', { message: M.district })
  districtId: string;

  @Field()
  @Transform(trim)
  @IsString({ message: M.given })
  @IsNotEmpty({ message: M.given })
  @MaxLength(NAME_MAX, { message: M.nameLong })
  givenName: string;

  @Field()
  @Transform(trim)
  @IsString({ message: M.family })
  @IsNotEmpty({ message: M.family })
  @MaxLength(NAME_MAX, { message: M.nameLong })
  familyName: string;

  @Field(() => [String], { nullable: true, defaultValue: [] })
  @Transform(trimEach)
  @IsArray({ message: M.aliases })
  @ArrayMaxSize(20, { message: M.aliases })
  @IsString({ each: true, message: M.aliases })
  @IsNotEmpty({ each: true, message: M.aliases })
  @MaxLength(NAME_MAX, { each: true, message: M.aliases })
  aliases: string[] = [];

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' })
  @Transform(trimToNull)
  @IsOptional()
  @IsCalendarDateText('date of birth')
  dateOfBirth?: string | null;

  @Field(() => [PersonRiskMarker], { nullable: true, defaultValue: [] })
  @IsArray({ message: M.markers })
  @ArrayUnique({ message: M.markers })
  @IsEnum(PersonRiskMarker, { each: true, message: M.markers })
  riskMarkers: PersonRiskMarker[] = [];

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsBoolean({ message: M.ocg })
  ocgNominal = false;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString({ message: M.description })
  @MaxLength(REASON_MAX, { message: M.description })
  description?: string | null;
}

/** Fields left out stay as they are; optional texts may be cleared with null, required ones not. */
@InputType()
export class UpdatePersonInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Person id is not valid' })
  id: string;

  @ReadVersion()
  version: number;

  @Field({ nullable: true })
  @Omittable()
  @Transform(trim)
  @IsString({ message: M.given })
  @IsNotEmpty({ message: M.given })
  @MaxLength(NAME_MAX, { message: M.nameLong })
  givenName?: string;

  @Field({ nullable: true })
  @Omittable()
  @Transform(trim)
  @IsString({ message: M.family })
  @IsNotEmpty({ message: M.family })
  @MaxLength(NAME_MAX, { message: M.nameLong })
  familyName?: string;

  @Field(() => [String], { nullable: true })
  @Omittable()
  @Transform(trimEach)
  @IsArray({ message: M.aliases })
  @ArrayMaxSize(20, { message: M.aliases })
  @IsString({ each: true, message: M.aliases })
  @IsNotEmpty({ each: true, message: M.aliases })
  @MaxLength(NAME_MAX, { each: true, message: M.aliases })
  aliases?: string[];

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd; null clears it' })
  @Transform(trimToNull)
  @IsOptional()
  @IsCalendarDateText('date of birth')
  dateOfBirth?: string | null;

  @Field(() => [PersonRiskMarker], { nullable: true })
  @Omittable()
  @IsArray({ message: M.markers })
  @ArrayUnique({ message: M.markers })
  @IsEnum(PersonRiskMarker, { each: true, message: M.markers })
  riskMarkers?: PersonRiskMarker[];

  @Field({ nullable: true })
  @Omittable()
  @IsBoolean({ message: M.ocg })
  ocgNominal?: boolean;

  @Field(() => String, { nullable: true, description: 'null clears it' })
  @Transform(trimToNull)
  @IsOptional()
  @IsString({ message: M.description })
  @MaxLength(REASON_MAX, { message: M.description })
  description?: string | null;
}

@InputType()
export class CreateLocationInput {
  @Field(() => ID)
  @IsUUID('all', { message: M.district })
  districtId: string;

  @Field(() => LocationType)
  @IsEnum(LocationType, { message: M.type })
  type: LocationType;

  @Field()
  @Transform(trim)
  @IsString({ message: M.locationName })
  @IsNotEmpty({ message: M.locationName })
  @MaxLength(LOCATION_NAME_MAX, { message: M.locationNameLong })
  name: string;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString({ message: M.address })
  @MaxLength(ADDRESS_MAX, { message: M.address })
  address?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString({ message: M.postcode })
  @MaxLength(POSTCODE_MAX, { message: M.postcode })
  postcode?: string | null;

  @Field(() => MakesafeStatus, { nullable: true, description: 'Hotels only' })
  @IsOptional()
  @IsEnum(MakesafeStatus, { message: M.makesafe })
  makesafeStatus?: MakesafeStatus | null;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd, hotels only' })
  @Transform(trimToNull)
  @IsOptional()
  @IsCalendarDateText('date of the Op Makesafe check')
  makesafeCheckedOn?: string | null;
}

@InputType()
export class UpdateLocationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Location id is not valid' })
  id: string;

  @ReadVersion()
  version: number;

  @Field({ nullable: true })
  @Omittable()
  @Transform(trim)
  @IsString({ message: M.locationName })
  @IsNotEmpty({ message: M.locationName })
  @MaxLength(LOCATION_NAME_MAX, { message: M.locationNameLong })
  name?: string;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString({ message: M.address })
  @MaxLength(ADDRESS_MAX, { message: M.address })
  address?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString({ message: M.postcode })
  @MaxLength(POSTCODE_MAX, { message: M.postcode })
  postcode?: string | null;

  @Field(() => MakesafeStatus, { nullable: true, description: 'Hotels only' })
  @IsOptional()
  @IsEnum(MakesafeStatus, { message: M.makesafe })
  makesafeStatus?: MakesafeStatus | null;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd, hotels only' })
  @Transform(trimToNull)
  @IsOptional()
  @IsCalendarDateText('date of the Op Makesafe check')
  makesafeCheckedOn?: string | null;
}

/** Find-or-create by normalised registration: an existing vehicle is returned unchanged. */
@InputType()
export class CreateVehicleInput {
  @Field({ description: 'As written; "ab12 cde" and "AB12CDE" are one vehicle' })
  @IsString({ message: 'Enter the registration' })
  @MaxLength(REGISTRATION_MAX, { message: `Registration must be ${REGISTRATION_MAX} characters or fewer` })
  registration: string;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(VEHICLE_DETAIL_MAX, { message: `Make must be ${VEHICLE_DETAIL_MAX} characters or fewer` })
  make?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(VEHICLE_DETAIL_MAX, { message: `Model must be ${VEHICLE_DETAIL_MAX} characters or fewer` })
  model?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(COLOUR_MAX, { message: `Colour must be ${COLOUR_MAX} characters or fewer` })
  colour?: string | null;
}

/** Find-or-create by kind, platform and normalised value. */
@InputType()
export class CreateIdentifierInput {
  @Field(() => IdentifierKind)
  @IsEnum(IdentifierKind, { message: 'Choose phone, e-mail or handle' })
  kind: IdentifierKind;

  @Field(() => Platform, { nullable: true, description: 'Handles only, and required for them' })
  @IsOptional()
  @IsEnum(Platform, { message: 'Choose the platform from the list' })
  platform?: Platform | null;

  @Field({ description: `As written, ${IDENTIFIER_MAX} characters or fewer` })
  @IsString({ message: 'Enter the value' })
  @MaxLength(IDENTIFIER_MAX, { message: `Value must be ${IDENTIFIER_MAX} characters or fewer` })
  value: string;
}

@InputType()
export class CreateNetworkInput {
  @Field(() => ID)
  @IsUUID('all', { message: M.district })
  districtId: string;

  @Field()
  @Transform(trim)
  @IsString({ message: M.networkName })
  @IsNotEmpty({ message: M.networkName })
  @MaxLength(NETWORK_NAME_MAX, { message: M.networkNameLong })
  name: string;

  @Field(() => OffendingModel)
  @IsEnum(OffendingModel, { message: 'Choose the offending model' })
  model: OffendingModel;

  @Field(() => NetworkStatus, { nullable: true, defaultValue: NetworkStatus.ACTIVE })
  @IsEnum(NetworkStatus, { message: 'Choose the network status' })
  status: NetworkStatus = NetworkStatus.ACTIVE;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsBoolean({ message: 'Choose whether this is group-based child sexual exploitation' })
  groupBasedCse = false;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString({ message: M.description })
  @MaxLength(REASON_MAX, { message: M.description })
  description?: string | null;
}

@InputType()
export class UpdateNetworkInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Network id is not valid' })
  id: string;

  @ReadVersion()
  version: number;

  @Field({ nullable: true })
  @Omittable()
  @Transform(trim)
  @IsString({ message: M.networkName })
  @IsNotEmpty({ message: M.networkName })
  @MaxLength(NETWORK_NAME_MAX, { message: M.networkNameLong })
  name?: string;

  @Field(() => OffendingModel, { nullable: true })
  @Omittable()
  @IsEnum(OffendingModel, { message: 'Choose the offending model' })
  model?: OffendingModel;

  @Field(() => NetworkStatus, { nullable: true })
  @Omittable()
  @IsEnum(NetworkStatus, { message: 'Choose the network status' })
  status?: NetworkStatus;

  @Field({ nullable: true })
  @Omittable()
  @IsBoolean({ message: 'Choose whether this is group-based child sexual exploitation' })
  groupBasedCse?: boolean;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString({ message: M.description })
  @MaxLength(REASON_MAX, { message: M.description })
  description?: string | null;
}

@InputType('RecordFilter')
export class RecordFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only this district’s records (persons, locations, networks)' })
  @IsOptional()
  @IsUUID('all', { message: M.district })
  districtId?: string;

  @Field(() => String, { nullable: true, description: 'Names and aliases, or normalised values (registration, phone, handle, postcode)' })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_MAX, { message: `Search must be ${SEARCH_MAX} characters or fewer` })
  search?: string | null;
}

@ArgsType()
export class RecordsArgs extends PageArgs {
  @Field(() => RecordFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RecordFilterInput)
  filter?: RecordFilterInput;
}

@ArgsType()
export class RecordIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Record id is not valid' })
  id: string;
}

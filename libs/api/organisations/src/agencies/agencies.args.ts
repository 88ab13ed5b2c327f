import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '@mace/api-core';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { AgencyFilterInput } from './agency.inputs';

/** Paging and filter as one args class, for the reason given on UsersArgs. */
@ArgsType()
export class AgenciesArgs extends PageArgs {
  @Field(() => AgencyFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AgencyFilterInput)
  filter?: AgencyFilterInput;
}

import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '@mace/api-core';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { ReferralFilterInput } from './referral.inputs';

/** Paging and filter as one args class (see UsersArgs). */
@ArgsType()
export class ReferralsArgs extends PageArgs {
  @Field(() => ReferralFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReferralFilterInput)
  filter?: ReferralFilterInput;
}

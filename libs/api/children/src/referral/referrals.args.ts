import { ArgsType, Field, Int } from '@nestjs/graphql';
import { PageArgs } from '@mace/api-core';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { ReferralFilterInput } from './referral.inputs';

/** Paging and filter as one args class (see UsersArgs); pages of 20, as the triage board shows. */
@ArgsType()
export class ReferralsArgs extends PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'How many to return, 1 to 100' })
  @IsInt({ message: 'first must be a whole number' })
  @Min(1, { message: 'first must be between 1 and 100' })
  @Max(100, { message: 'first must be between 1 and 100' })
  override first = 20;

  @Field(() => ReferralFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReferralFilterInput)
  filter?: ReferralFilterInput;
}

import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '@mace/api-core';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { UserFilterInput } from './user.inputs';

/**
 * Paging and filter as one args class: a bare `@Args() page: PageArgs` receives every argument,
 * and the whitelisting validation pipe then refused `filter` as unknown.
 */
@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => UserFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => UserFilterInput)
  filter?: UserFilterInput;
}

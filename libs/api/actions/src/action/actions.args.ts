import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '@mace/api-core';
import { ActionOrder } from '@mace/shared-domain';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import '../graphql/action-enums';
import { ActionFilterInput } from './action.inputs';

/** Paging, filter and order as one args class (see UsersArgs). */
@ArgsType()
export class ActionsArgs extends PageArgs {
  @Field(() => ActionFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ActionFilterInput)
  filter?: ActionFilterInput;

  @Field(() => ActionOrder, { nullable: true, defaultValue: ActionOrder.DUE_SOONEST })
  @IsOptional()
  @IsEnum(ActionOrder, { message: 'Choose an order from the list' })
  orderBy: ActionOrder = ActionOrder.DUE_SOONEST;
}

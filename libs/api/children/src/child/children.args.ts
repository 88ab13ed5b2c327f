import { ArgsType, Field, Int, registerEnumType } from '@nestjs/graphql';
import { PageArgs } from '@mace/api-core';
import { ChildOrder } from '@mace/shared-domain';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { ChildFilterInput } from './child.inputs';

registerEnumType(ChildOrder, {
  name: 'ChildOrder',
  description: 'RISK: highest risk first, then the earliest next review, then name',
});

@ArgsType()
export class ChildrenArgs extends PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'How many to return, 1 to 100' })
  @IsInt({ message: 'first must be a whole number' })
  @Min(1, { message: 'first must be between 1 and 100' })
  @Max(100, { message: 'first must be between 1 and 100' })
  override first = 20;

  @Field(() => ChildFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ChildFilterInput)
  filter?: ChildFilterInput;

  @Field(() => ChildOrder, { nullable: true, defaultValue: ChildOrder.RISK })
  @IsOptional()
  @IsEnum(ChildOrder)
  orderBy: ChildOrder = ChildOrder.RISK;
}

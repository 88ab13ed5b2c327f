import { ArgsType, Field, registerEnumType } from '@nestjs/graphql';
import { PageArgs } from '@mace/api-core';
import { ChildOrder } from '@mace/shared-domain';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { ChildFilterInput } from './child.inputs';

registerEnumType(ChildOrder, {
  name: 'ChildOrder',
  description: 'RISK: highest risk first, then the earliest next review, then name',
});

@ArgsType()
export class ChildrenArgs extends PageArgs {
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

import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '@mace/api-core';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { ChildFilterInput } from '../child/child.inputs';

@ArgsType()
export class PseudonymisedChildrenArgs extends PageArgs {
  @Field(() => ChildFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ChildFilterInput)
  filter?: ChildFilterInput;
}

import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '@mace/api-core';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { MeetingFilterInput } from './meeting.inputs';

@ArgsType()
export class MeetingsArgs extends PageArgs {
  @Field(() => MeetingFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MeetingFilterInput)
  filter?: MeetingFilterInput;
}

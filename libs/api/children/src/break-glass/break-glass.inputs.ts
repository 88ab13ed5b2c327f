import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { PageArgs } from '@mace/api-core';
import { Transform } from 'class-transformer';
import { IsInt, IsUUID, Length, Max, Min } from 'class-validator';
import { trim } from '../inputs/text';

@InputType()
export class BreakGlassInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Child id is not valid' })
  childId: string;

  @Field({ description: '10 to 1000 characters: why you need to see this record now' })
  @Transform(trim)
  @Length(10, 1000, { message: 'Enter why you need to see this record, in 10 to 1000 characters' })
  reason: string;
}

@ArgsType()
export class BreakGlassAccessesArgs extends PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'How many to return, 1 to 100' })
  @IsInt({ message: 'first must be a whole number' })
  @Min(1, { message: 'first must be between 1 and 100' })
  @Max(100, { message: 'first must be between 1 and 100' })
  override first = 20;
}

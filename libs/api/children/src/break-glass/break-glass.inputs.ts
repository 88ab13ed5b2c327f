import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { PageArgs } from '@mace/api-core';
import { Transform } from 'class-transformer';
import { IsUUID, Length } from 'class-validator';
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
/** Its own name in the schema's args, though it adds nothing to paging yet. */
export class BreakGlassAccessesArgs extends PageArgs {}

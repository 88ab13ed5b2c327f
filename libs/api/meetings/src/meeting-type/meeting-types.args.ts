import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';

@ArgsType()
export class MeetingTypesArgs {
  @Field(() => ID, { nullable: true, description: 'Only this district’s types' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a district' })
  districtId?: string;
}

import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

/** Operations on one meeting by id: a malformed id is bad input, an unknown one NOT_FOUND. */
@ArgsType()
export class MeetingIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Meeting id is not valid' })
  meetingId: string;
}

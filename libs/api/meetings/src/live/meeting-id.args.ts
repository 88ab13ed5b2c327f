import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

/** The one meeting a live operation acts on. */
@ArgsType()
export class MeetingIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Meeting id is not valid' })
  meetingId: string;
}

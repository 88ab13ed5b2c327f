import { Field, ID, InputType } from '@nestjs/graphql';
import { PackKind } from '@mace/shared-domain';
import { IsEnum, IsUUID } from 'class-validator';
import '../graphql/meeting-enums';

@InputType()
export class ProduceAgencyPackInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a meeting' })
  meetingId: string;

  @Field(() => ID, { description: 'A member agency of the meeting' })
  @IsUUID('all', { message: 'Choose an agency invited to the meeting' })
  agencyId: string;

  @Field(() => PackKind)
  @IsEnum(PackKind, { message: 'Choose the agenda or the minutes' })
  kind: PackKind;
}

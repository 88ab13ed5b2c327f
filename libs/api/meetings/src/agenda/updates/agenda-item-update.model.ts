import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/** An agency's structured pre-meeting update on one item. The agency is a field resolver. */
@ObjectType('AgendaItemUpdate')
export class AgendaItemUpdateModel {
  @Field(() => ID)
  id: string;

  agendaItemId: string;
  agencyId: string;

  @Field({ description: 'Display name of who saved it last' })
  author: string;

  @Field(() => String, { nullable: true })
  contactSinceLast: string | null;

  @Field(() => String, { nullable: true })
  concerns: string | null;

  @Field(() => String, { nullable: true, description: 'What the child has said, in their words where possible' })
  childVoice: string | null;

  @Field(() => String, { nullable: true, description: 'Progress on the agency’s actions' })
  actionProgress: string | null;

  @Field()
  updatedAt: Date;

  @Field(() => Int)
  version: number;

  @Field({ description: 'Your agency wrote it and the meeting has not started' })
  canEdit: boolean;
}

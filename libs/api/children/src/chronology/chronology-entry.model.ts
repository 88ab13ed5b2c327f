import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ChronologyKind } from '@mace/shared-domain';

registerEnumType(ChronologyKind, { name: 'ChronologyKind' });

/** One event on a child's timeline. */
@ObjectType('ChronologyEntry')
export class ChronologyEntryModel {
  @Field(() => ID, { description: 'Unique within the timeline: the kind and the id of the source row' })
  id: string;

  @Field()
  at: Date;

  @Field(() => ChronologyKind)
  kind: ChronologyKind;

  @Field()
  summary: string;

  @Field(() => String, { nullable: true })
  detail: string | null;

  @Field(() => String, { nullable: true, description: 'Display name of who did it' })
  by: string | null;

  @Field(() => String, { nullable: true })
  agencyName: string | null;
}

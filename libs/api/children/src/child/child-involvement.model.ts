import { Field, ObjectType } from '@nestjs/graphql';
import { InvolvementKind } from '@mace/shared-domain';
import '../graphql/child-enums';

/** One reason an agency may see the child. */
@ObjectType('ChildInvolvement')
export class ChildInvolvementModel {
  /** Resolved to Agency by a field resolver. */
  agencyId: string;

  @Field(() => InvolvementKind)
  kind: InvolvementKind;

  @Field(() => String, { nullable: true, description: 'Why access was given (GRANTED)' })
  reason: string | null;

  @Field()
  since: Date;
}

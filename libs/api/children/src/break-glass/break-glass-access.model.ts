import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@mace/api-core';

/** One break-glass opening of a record, for auditors. */
@ObjectType('BreakGlassAccess')
export class BreakGlassAccessModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'The child id; auditors see who opened what, not the record' })
  childRef: string;

  /** Resolved to User by a field resolver. */
  userId: string;

  /** Resolved to Agency by a field resolver. */
  agencyId: string;

  @Field()
  reason: string;

  @Field()
  openedAt: Date;

  @Field()
  expiresAt: Date;
}

@ObjectType('BreakGlassAccessConnection')
export class BreakGlassAccessConnection extends ConnectionType(BreakGlassAccessModel) {}

import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '@mace/shared-domain';

registerEnumType(Role, { name: 'Role' });

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => [Role])
  roles: Role[];

  @Field()
  active: boolean;

  /** Resolved by UserFieldsResolver through DataLoaders. */
  agencyId: string;

  @Field(() => Int, { description: 'Send back with an update; a stale one is refused with CONFLICT' })
  version: number;
}

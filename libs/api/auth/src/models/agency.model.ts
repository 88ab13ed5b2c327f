import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AgencyKind } from '@mace/shared-domain';

registerEnumType(AgencyKind, { name: 'AgencyKind' });

@ObjectType('Agency')
export class AgencyModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => AgencyKind)
  kind: AgencyKind;

  /** Resolved by AgencyFieldsResolver through a DataLoader. */
  districtId: string | null;

  @Field()
  active: boolean;

  @Field(() => Int, { description: 'Send back with an update; a stale one is refused with CONFLICT' })
  version: number;
}

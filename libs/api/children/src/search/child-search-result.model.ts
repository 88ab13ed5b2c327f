import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ChildSearchAccess } from '@mace/shared-domain';
import { ChildModel } from '../graphql/child.model';

registerEnumType(ChildSearchAccess, {
  name: 'ChildSearchAccess',
  description: 'FULL: a record you may see; EXISTENCE_ONLY: only that the child is known, and whom to contact',
});

/** One search hit. An existence-only hit carries no name, date of birth or detail of the child. */
@ObjectType('ChildSearchResult')
export class ChildSearchResultModel {
  @Field(() => ID, { description: 'The child id (for break-glass); never enough to read anything' })
  ref: string;

  @Field(() => ChildSearchAccess)
  access: ChildSearchAccess;

  @Field(() => ChildModel, { nullable: true, description: 'Null when EXISTENCE_ONLY' })
  child: ChildModel | null;

  /** Resolved to District by a field resolver. */
  districtId: string;

  /** The lead agency, resolved to Agency by a field resolver. */
  contactAgencyId: string | null;

  @Field({ description: 'Where the child is known and whom to contact' })
  contactNote: string;

  @Field(() => String, { nullable: true, description: 'FULL only: what matched, e.g. "name", "known as: Jaz", "date of birth"' })
  matchedOn: string | null;
}

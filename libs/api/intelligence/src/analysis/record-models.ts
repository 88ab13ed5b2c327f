import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DistrictModel } from '@mace/api-auth';
import { LinkConfidence, LinkRelation, NetworkStatus, OffendingModel } from '@mace/shared-domain';
import '../graphql/intelligence-enums';
import { EntityRefModel } from '../refs/entity-ref.model';

/*
 * MERGE NOTE: the RECORDS part owns the `Link` and `Network` GraphQL types. The analysis part needs
 * them as result types and cannot see that branch, so it declares them here with the contract's
 * fields, filled eagerly by its own set-based queries. On merge, delete this file and point the
 * imports at the RECORDS models (toLinkModel / toNetworkModel below show which columns fill them).
 */

@ObjectType('Link')
export class LinkModel {
  @Field(() => ID)
  id: string;

  @Field(() => EntityRefModel)
  from: EntityRefModel;

  @Field(() => EntityRefModel)
  to: EntityRefModel;

  @Field(() => LinkRelation)
  relation: LinkRelation;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' })
  validFrom: string | null;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' })
  validTo: string | null;

  @Field(() => LinkConfidence)
  confidence: LinkConfidence;

  @Field(() => String, { nullable: true })
  intelligenceReference: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field()
  createdBy: string;

  @Field()
  createdAt: Date;
}

@ObjectType('Network')
export class NetworkModel {
  @Field(() => ID)
  id: string;

  @Field(() => DistrictModel)
  district: DistrictModel;

  @Field()
  name: string;

  @Field(() => OffendingModel)
  model: OffendingModel;

  @Field(() => NetworkStatus)
  status: NetworkStatus;

  @Field()
  groupBasedCse: boolean;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => Int)
  version: number;

  @Field(() => Int)
  linkCount: number;
}

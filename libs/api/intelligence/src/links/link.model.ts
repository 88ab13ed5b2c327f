import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LinkConfidence, LinkRelation } from '@mace/shared-domain';
import '../graphql/intelligence-enums';
import { EntityRefModel } from '../refs/entity-ref.model';

/** A link as the caller may see it: both ends are refs the caller may see (links to anything else are left out). */
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

  intelligenceId: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  createdByUserId: string;

  @Field()
  createdAt: Date;
}

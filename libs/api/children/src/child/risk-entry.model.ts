import { Field, ID, ObjectType } from '@nestjs/graphql';
import { RiskLevel, RiskSource } from '@mace/shared-domain';
import '../graphql/child-enums';

/** One entry of a child's risk history. */
@ObjectType('RiskEntry')
export class RiskEntryModel {
  @Field(() => ID)
  id: string;

  @Field(() => RiskLevel)
  level: RiskLevel;

  @Field()
  rationale: string;

  @Field(() => RiskSource)
  source: RiskSource;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' })
  nextReviewOn: string | null;

  @Field()
  setAt: Date;

  @Field(() => String, { nullable: true, description: 'Display name of who set it' })
  setBy: string | null;

  @Field(() => String, { nullable: true })
  agencyName: string | null;
}
